#!/bin/bash
# test-sendmail: the story through a real Sendmail (Debian's sendmail-bin, unpacked) with
# dunmail-milter as its INPUT_MAIL_FILTER, built from contrib/sendmail/dunmail.mc.
#
#   (a) an invoice the owner sends through Sendmail goes on unchanged, is spooled with
#       Sendmail's queue id and recorded in the ledger
#   (b) the reminder dunmaild submits through Sendmail reaches the debtor; its own copy,
#       passing the milter, is not taken for an invoice
#   (c) the debtor's reply, from an outside address, is recorded as a reply to the invoice
#   (d) direction with Sendmail's macros: the owner's submission daemon ({daemon_name}
#       in originating_daemons) is outgoing from any address; a billing sender on the
#       world's daemon from outside is a forgery, not spooled; the sendmail(1) paths
#       (-t and -bs, no client address) are outgoing
#   (e) the logs name the queue id, the invoice number and the amount as money
#
# SKIPs (does not fail) when the Sendmail packages cannot be downloaded.  TAP on stdout.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="$HERE/data"
source "$HERE/lib.sh"
source "$HERE/lib-sendmail.sh"
dm_require_built dunmail-milter dunmaild dunmail

if ! dm_sendmail_fetch; then
	echo "1..0 # SKIP $DM_SENDMAIL_SKIP"
	exit 0
fi
dm_init sendmail
dm_sendmail_init
# dunmaild submits its reminders to Sendmail, not to a Postfix.
SMTP_PORT=$SM_PORT
dm_dunmail_config "milter|internal_networks = 127.0.0.0/8" "milter|originating_daemons = MSA"
dm_sink_start
dm_sendmail_config
dm_milter_start
dm_sendmail_start
diag "private Sendmail on 127.0.0.1:$SM_PORT${SM_OUTSIDE_ADDR:+ and $SM_OUTSIDE_ADDR:$SM_MSA_PORT (MSA), :$SM_MX_PORT (MX)}, in $SM"

MLOG="$T/log/dunmail-milter.log"
INV1_ID='<factuur-2026-0042.7f3a@acme.example>'
# milter_line REGEX: the milter's log lines matching REGEX.
milter_line() { grep -E -- "$1" "$MLOG"; }
# queue_id_of LINE: the queue id that starts a milter log line ("...: ID: text").
queue_id_of() { sed -nE 's/^.*dunmail-milter[^:]*: (MESSAGE|WARNING)?:? *([A-Za-z0-9]+): .*/\2/p' <<<"$1" | head -1; }
# lines_at_least N REGEX: the milter has logged at least N lines matching REGEX.
lines_at_least() { [ "$(milter_line "$2" | wc -l)" -ge "$1" ]; }
spool_queue_ids() { for f in $(dm_spool_files); do sed -n 's/^Queue-Id: //p; /^$/q' "$f"; done; }

# ---- (a) the invoice ------------------------------------------------------------------
diag "(a) invoice 2026-0042 goes out through Sendmail"
dm_check "Sendmail accepts invoice 2026-0042 from the owner" \
	dm_sendmail_swaks "127.0.0.1:$SM_PORT" billing@acme.example klant@debtor.example "$DATA/invoice-2026-0042.eml"
dm_check "the invoice reaches the capture" dm_sendmail_wait_captures 1
cap1=$(dm_capture_find '^Subject: Factuur 2026-0042')
if [ -n "$cap1" ]; then
	dm_is "delivered body is the sent body" \
		"$(dm_capture_message "$cap1" | sed '1,/^$/d' | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' | md5sum)" \
		"$(sed '1,/^$/d' "$DATA/invoice-2026-0042.eml" | md5sum)"
else
	not_ok "invoice 2026-0042 found in the capture"
fi
dm_is "the invoice is spooled" "$(dm_spool_files | wc -l)" 1
line=$(milter_line 'outgoing: internal client 127\.0\.0\.1 \(loopback\), sender billing@acme\.example' | head -1)
dm_check "the milter logs it as outgoing from a loopback client" test -n "$line"
qid=$(spool_queue_ids | head -1)
dm_check "the spool envelope has Sendmail's queue id (got '$qid')" grep -qE '^[0-9A-Za-z]{12,16}$' <<<"$qid"
dm_check "the milter's decision and spool lines name that queue id" \
	test "$(milter_line "$qid: (outgoing|spooled)" | wc -l)" -ge 2

dm_check "dunmaild --once --now 2026-11-20 succeeds" dm_dunmaild --once --now 2026-11-20
inv=$(dm_invoice_json 2026-0042)
dm_is "2026-0042 recorded with amount_cents 125000" "$(jq -r '.amount_cents' <<<"$inv")" 125000
dm_is "2026-0042 recorded with its Message-ID" "$(jq -r '.message_id' <<<"$inv")" "$INV1_ID"

# ---- (b) the reminder -----------------------------------------------------------------
diag "(b) 2026-11-24: the reminder goes through Sendmail"
dm_check "dunmaild --once --now 2026-11-24 succeeds" dm_dunmaild --once --now 2026-11-24
dm_check "the reminder reaches the capture" dm_sendmail_wait_captures 2
rem=$(dm_captures_with '^X-Dunmail: reminder' '^X-Rcpt-Args: <klant@debtor.example>' | tail -1)
dm_check "a reminder went to klant@debtor.example through Sendmail" test -n "$rem"
if [ -n "$rem" ]; then
	dm_check "the reminder is threaded to the invoice" \
		grep -qF "$INV1_ID" <<<"$(dm_header "$(dm_capture_message "$rem" >"$T/rem.eml"; echo "$T/rem.eml")" In-Reply-To)"
fi
dm_check "dunmaild --once --now 2026-11-24 ingests the reminder's own copy" dm_dunmaild --once --now 2026-11-24
dm_is "the reminder's own copy is not taken for an invoice" \
	"$(dm_cli invoices --json 2>>"$T/log/cli.log" | jq 'length')" 1
dm_is "one reminder only" "$(dm_captures_with '^X-Dunmail: reminder' | wc -l)" 1

# ---- (c) the reply from outside -------------------------------------------------------
diag "(c) the debtor's reply comes in from outside"
if [ -n "$rem" ]; then
	dm_make_reply "$DATA/reply-dispute.eml.in" "$rem" "$T/reply.eml"
	if [ -n "$SM_OUTSIDE_ADDR" ]; then
		reply_at="$SM_OUTSIDE_ADDR:$SM_MX_PORT"
	else
		reply_at="127.0.0.1:$SM_PORT"
		diag "no non-loopback address on this machine: the reply comes from loopback"
	fi
	dm_check "Sendmail accepts the reply" \
		dm_sendmail_swaks "$reply_at" klant@debtor.example billing@acme.example "$T/reply.eml"
	dm_check "the reply reaches the capture" dm_sendmail_wait_captures 3
	if [ -n "$SM_OUTSIDE_ADDR" ]; then
		dm_check "the milter logs it as incoming from the outside client" \
			test -n "$(milter_line "incoming: billing recipient billing@acme.example from outside client $SM_OUTSIDE_ADDR")"
	fi
	dm_check "dunmaild --once --now 2026-11-26 succeeds" dm_dunmaild --once --now 2026-11-26
	reply=$(dm_cli replies --json 2>>"$T/log/cli.log" | jq -c 'map(select(.from | test("klant@debtor.example"))) | .[0]')
	dm_is "the reply is recorded and matched to 2026-0042" "$(jq -r '.invoice' <<<"$reply")" 2026-0042
	dm_is "the reply reads as a dispute" "$(jq -r '.class' <<<"$reply")" dispute
else
	not_ok "the reply is sent (no reminder to answer)"
fi

# ---- (d) direction with Sendmail's macros ---------------------------------------------
diag "(d) direction: {daemon_name}, {client_addr}, the sendmail(1) path"
mk_mail() {   # mk_mail FILE FROM TO SUBJECT
	printf 'From: %s\nTo: %s\nSubject: %s\nDate: Mon, 23 Nov 2026 10:00:00 +0100\nMessage-ID: <%s@acme.example>\n\nHallo.\n' \
		"$2" "$3" "$4" "$(tr -c 'A-Za-z0-9' '-' <<<"$4")" >"$1"
}
before=$(dm_spool_files | wc -l)
if [ -n "$SM_OUTSIDE_ADDR" ]; then
	mk_mail "$T/msa.eml" billing@acme.example a@debtor.example "via msa"
	dm_check "the owner's submission daemon MSA accepts mail from $SM_OUTSIDE_ADDR" \
		dm_sendmail_swaks "$SM_OUTSIDE_ADDR:$SM_MSA_PORT" billing@acme.example a@debtor.example "$T/msa.eml"
	dm_check "{daemon_name} MSA makes it outgoing" \
		dm_wait_for 10 test -n "$(milter_line 'outgoing: originating daemon MSA, sender billing@acme.example')"
	mk_mail "$T/forged2.eml" billing@acme.example b@debtor.example "forged two"
	dm_check "the MX daemon accepts a billing sender from outside" \
		dm_sendmail_swaks "$SM_OUTSIDE_ADDR:$SM_MX_PORT" billing@acme.example b@debtor.example "$T/forged2.eml"
	dm_check "a billing sender on the MX daemon from outside is not ours" \
		dm_wait_for 10 test -n "$(milter_line "ignored: sender billing@acme.example but client $SM_OUTSIDE_ADDR is not internal and not authenticated")"
	before=$((before + 1))
	dm_is "the forged one is not spooled" "$(dm_spool_files | wc -l)" "$before"
fi
mk_mail "$T/t.eml" 'Acme BV <billing@acme.example>' c@debtor.example "via t"
dm_check "sendmail -C CF -t submits" dm_sendmail_t billing@acme.example "$T/t.eml"
dm_check "the -t path reaches the milter through the submission program, outgoing" \
	dm_wait_for 15 lines_at_least 2 'outgoing: internal client 127\.0\.0\.1 \(loopback\), sender billing@acme\.example$'
mk_mail "$T/bs.eml" billing@acme.example d@debtor.example "via bs"
dm_check "sendmail -C CF -bs submits" dm_sendmail_bs billing@acme.example d@debtor.example "$T/bs.eml"
dm_check "the -bs path is spooled too" dm_wait_for 10 test "$(dm_spool_files | wc -l)" -ge $((before + 2))
dm_is "each spooled message has a queue id" \
	"$(spool_queue_ids | grep -cvE '^[0-9A-Za-z]{12,16}$')" 0
want=5; [ -n "$SM_OUTSIDE_ADDR" ] && want=6
dm_check "every message reaches the capture" dm_sendmail_wait_captures "$want"

# ---- (e) the logs ---------------------------------------------------------------------
diag "(e) dunmaild's log lines name what they are about"
DLOG="$T/log/dunmaild.log"
dm_check "the ingest line names Sendmail's queue id and the invoice" \
	grep -qE "$qid.*2026-0042|2026-0042.*$qid" "$DLOG"
dm_check "the ingest line gives the amount as money" grep -qE '2026-0042.*(€ ?1\.250,00|EUR 1250\.00|1\.250,00)' "$DLOG"
dm_check "no log line gives raw cents" bash -c "! grep -qE '125000|amount_cents' '$DLOG'"
dm_check "the send line names the Message-ID and Sendmail's queue id" \
	grep -qE 'outbox [0-9]+: sent to klant@debtor.example: .*message <[^>]+>, queue id [0-9A-Za-z]{12,16}' "$DLOG"
dm_check "Sendmail offered, and the milter took, the no-reply steps (milter protocol 6)" \
	grep -q 'the MTA takes no reply at connect, MAIL, RCPT, headers and body' "$MLOG"
dm_check_clean_logs
dm_done
