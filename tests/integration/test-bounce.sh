#!/bin/bash
# test-bounce: bounces end to end through a real private Postfix (issue 6, point 7).
#
#   (a) the invoice goes out; then the debtor's server (a second smtp-sink) refuses
#       every recipient with 550 5.1.1
#   (b) the reminder leaves with a VERP envelope sender (billing+dm-<id>-<mac>@)
#   (c) our own Postfix writes the bounce; with internal_mail_filter_classes = bounce it
#       passes dunmail-milter and is spooled; its DMARC result is fail (the stand-in
#       DMARC milter fails acme.example) and that does not matter
#   (d) dunmaild stops the invoice, marks the address failing, and the digest alerts
#   (e) a forged "Undeliverable" from a stranger, shaped like a DSN but without a valid
#       tag or one of our Message-IDs, leaves the other invoice running
#
# TAP on stdout; exit status 0 when every check passed.  DM_KEEP=1 keeps the directory.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"
dm_require_built dunmail-milter dunmaild dunmail

dm_init bounce
REFUSE_PORT=$(dm_pick_port) || bail "no free port"
dm_dunmail_config "mail|verp_secret = integration-test-verp-secret-42"
dm_postfix_config "unix:$AR_SOCK" "unix:$MILTER_SOCK"
# What the README asks of the administrator: sub-addresses to the billing mailbox, and
# Postfix's own bounces through the milters.
dm_postfix_set "relay_domains = acme.example" "recipient_delimiter = +" \
	"internal_mail_filter_classes = bounce"
dm_ar_start acme.example
dm_milter_start
dm_sink_start
dm_postfix_start
diag "private Postfix on 127.0.0.1:$SMTP_PORT, capture on :$SINK_PORT, refusing sink on :$REFUSE_PORT, in $T"

status_of() { jq -r '.status' <<<"$(dm_invoice_json "$1")"; }

# ---- (a) the invoices go out --------------------------------------------------------
dm_check "invoice 2026-0042 accepted by Postfix" \
	dm_swaks billing@acme.example klant@debtor.example "$HERE/data/invoice-2026-0042.eml"
dm_check "invoice 2026-0043 accepted by Postfix" \
	dm_swaks billing@acme.example other@debtor2.example "$HERE/data/invoice-2026-0043.eml"
dm_check "both invoices reach the capture" dm_wait_captures 2
dm_check "dunmaild records them" dm_dunmaild --once --now 2026-11-10
dm_is "2026-0042 is open" "$(status_of 2026-0042)" open

# From now on the debtor's server refuses: debtor.example goes to a sink that says 550.
dm_bg refusing-sink smtp-sink -u nobody -f RCPT \
	-B "550 5.1.1 <klant@debtor.example>: Recipient address rejected: User unknown" \
	"127.0.0.1:$REFUSE_PORT" 64
dm_wait_for 10 eval '! dm_port_free "$REFUSE_PORT"' || bail "refusing smtp-sink did not start"
dm_postfix_set "transport_maps = inline:{debtor.example=smtp:[127.0.0.1]:$REFUSE_PORT}"
dm_postfix_reload
sleep 1

# ---- (b) the reminder, (c) Postfix's bounce ------------------------------------------
dm_check "dunmaild --once --now 2026-11-24 sends the reminder" dm_dunmaild --once --now 2026-11-24
bounce_captured() { [ -n "$(dm_captures_with '^X-Rcpt-Args: <billing\+dm-[0-9]+-[0-9a-f]{20}@acme.example>')" ]; }
dm_check "Postfix's bounce comes back to the VERP address" dm_wait_for 30 bounce_captured
dm_check "the reminder left with a VERP envelope sender" \
	grep -qE 'from=<billing\+dm-[0-9]+-[0-9a-f]{20}@acme.example>' "$T/postfix.log"
dm_check "the milter spooled the bounce (internal_mail_filter_classes = bounce)" \
	grep -q 'incoming: billing recipient billing+dm-' "$T/log/dunmail-milter.log"
bounce=$(dm_captures_with '^X-Rcpt-Args: <billing\+dm-' | tail -1)
dm_check "the bounce failed DMARC (the stand-in says so)" \
	grep -q 'dmarc=fail' "${bounce:-/dev/null}"

# ---- (d) the ledger -----------------------------------------------------------------
dm_check "dunmaild ingests the bounce" dm_dunmaild --once --now 2026-11-24
dm_is "2026-0042 is stopped by the proven bounce" "$(status_of 2026-0042)" stopped
dm_check "the log names the proof and the failing address" \
	grep -qE 'hard bounce for klant@debtor.example .*proven by VERP tag.*klant@debtor.example marked as failing' \
	"$T/log/dunmaild.log"
digest=$(dm_cli digest --now 2026-11-24 2>>"$T/log/cli.log")
dm_check "the digest alerts the owner" grep -q 'onbestelbaar: herinnering gestopt' <<<"$digest"

# ---- (e) a forged bounce ------------------------------------------------------------
dm_check "a stranger's forged Undeliverable is accepted by Postfix" \
	dm_swaks stranger@evil.example \
	"billing+dm-2-0123456789abcdef0123@acme.example" "$HERE/data/forged-undeliverable.eml"
forged_captured() { [ -n "$(dm_captures_with '^Message-ID: <forged.1@evil.example>')" ]; }
dm_check "the forged message passes" dm_wait_for 30 forged_captured
dm_check "dunmaild ingests it" dm_dunmaild --once --now 2026-11-25
dm_is "2026-0043 keeps running" "$(status_of 2026-0043)" open
dm_check "the log says it proves nothing" \
	grep -q 'looks like a bounce, but proves it answers none of our mail' "$T/log/dunmaild.log"
digest=$(dm_cli digest --now 2026-11-25 2>>"$T/log/cli.log")
dm_check "the digest shows it as unproven" grep -q 'lijkt onbestelbaar, niet bewezen' <<<"$digest"

dm_check_clean_logs
dm_done
