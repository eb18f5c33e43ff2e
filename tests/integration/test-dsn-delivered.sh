#!/bin/bash
# test-dsn-delivered: the 14-day letter's proof of arrival, end to end through a real
# private Postfix (issue 7, point 6: "the letter counts only if it arrived").
#
#   (a) an invoice of a consumer goes out; its ladder's one step is a 14-day letter
#   (b) dunmaild sends the letter with NOTIFY=SUCCESS,FAILURE and a VERP envelope sender
#   (c) the next hop announces no DSN (smtp_discard_ehlo_keywords = dsn), so our own
#       Postfix writes the success notice ("relayed") to the VERP address; with
#       internal_mail_filter_classes = bounce it passes dunmail-milter and is spooled
#   (d) dunmaild records "delivered" in the invoice's timeline, proven by the tag, and
#       the invoice stays open (a success notice stops nothing)
#
# TAP on stdout; exit status 0 when every check passed.  DM_KEEP=1 keeps the directory.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"
dm_require_built dunmail-milter dunmaild dunmail

dm_init dsn-delivered
dm_dunmail_config "mail|verp_secret = integration-test-verp-secret-42"
printf '%s\n' '[ladder consumer]' 'kind = consumer' 'steps = letter' \
	'[step letter]' 'after = due+7' 'template = fourteen_day_letter' \
	'flags = fourteen_day, final_notice' >>"$T/dunmail.conf"
dm_postfix_config "unix:$AR_SOCK" "unix:$MILTER_SOCK"
dm_postfix_set "relay_domains = acme.example" "recipient_delimiter = +" \
	"internal_mail_filter_classes = bounce" "smtp_discard_ehlo_keywords = dsn"
dm_ar_start acme.example
dm_milter_start
dm_sink_start
dm_postfix_start
diag "private Postfix on 127.0.0.1:$SMTP_PORT, capture on :$SINK_PORT, in $T"

events_of() { dm_cli show "$1" --json 2>>"$T/log/cli.log" | jq -r '.events[].kind'; }

# ---- (a) the invoice ----------------------------------------------------------------
dm_check "invoice 2026-0042 accepted by Postfix" \
	dm_swaks billing@acme.example klant@debtor.example "$HERE/data/invoice-2026-0042.eml"
dm_check "it reaches the capture" dm_wait_captures 1
dm_check "dunmaild records it" dm_dunmaild --once --now 2026-11-10
dm_check "the debtor is made a consumer" \
	dm_cli debtor klant@debtor.example --consumer --now 2026-11-10

# ---- (b) the letter, (c) Postfix's success notice -----------------------------------
dm_check "dunmaild --once --now 2026-11-24 sends the 14-day letter" \
	dm_dunmaild --once --now 2026-11-24
dm_check "the letter was submitted asking for a delivery notification" \
	grep -q 'delivery notification requested' "$T/log/dunmaild.log"
notice_captured() {
	[ -n "$(dm_captures_with '^X-Rcpt-Args: <billing\+dm-[0-9]+-[0-9a-f]{20}@acme.example>')" ]
}
dm_check "Postfix's success notice comes back to the VERP address" dm_wait_for 30 notice_captured
notice=$(dm_captures_with '^X-Rcpt-Args: <billing\+dm-' | tail -1)
dm_check "it is a delivery status notification saying relayed" \
	grep -qi '^Action: *relayed' "${notice:-/dev/null}"
dm_check "the milter spooled it" \
	grep -q 'incoming: billing recipient billing+dm-' "$T/log/dunmail-milter.log"

# ---- (d) the ledger -----------------------------------------------------------------
dm_check "dunmaild ingests the notice" dm_dunmaild --once --now 2026-11-24
dm_check "the invoice's timeline says delivered" grep -qx delivered <<<"$(events_of 2026-0042)"
dm_is "the invoice is still open" \
	"$(jq -r '.status' <<<"$(dm_invoice_json 2026-0042)")" open
dm_check "the log names the proof" \
	grep -qE 'delivery report for klant@debtor.example .*proven by VERP tag' "$T/log/dunmaild.log"
no_bounce_event() { ! grep -q '^bounce' <<<"$(events_of 2026-0042)"; }
dm_check "no bounce event was recorded" no_bounce_event

dm_check_clean_logs
dm_done
