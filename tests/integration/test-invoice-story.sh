#!/bin/bash
# test-invoice-story: what dunmaild makes of invoice mail, end to end through a real
# private Postfix (issue 8).
#
#   (a) an invoice whose facts are only in its PDF, with a rewritten garbage To header:
#       recorded from the PDF, the debtor is the envelope recipient, each field's source
#       is in `invoices --json`
#   (b) a credit note naming that invoice lowers its open amount, with an event in `show`;
#       the credit note itself is recorded, never chased
#   (c) a quote from the billing address is not an invoice: not recorded as one, its
#       reason shown in the digest
#   (d) at due + 8 days the reminder goes to the envelope recipient (not the garbage
#       address), for the open amount; nothing for the credit note or the quote
#   (e) a bad [invoices] rules file stops dunmaild at start, naming file and line
#
# TAP on stdout; exit status 0 when every check passed.  DM_KEEP=1 keeps the directory.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="$HERE/data"
source "$HERE/lib.sh"
dm_require_built dunmail-milter dunmaild dunmail tests/eval-invoices
command -v jq >/dev/null || { echo "Bail out! jq missing: run 'make deps'"; exit 3; }

dm_story_setup invoice-story
diag "private Postfix on 127.0.0.1:$SMTP_PORT, capture on :$SINK_PORT, in $T"
DEBTOR=boekhouding@letterbak.example

# The PDF invoice is rendered with cairo from its layout, as the evaluation corpus is.
mkdir -p "$T/mails"
"$BUILD/tests/eval-invoices" --dump "$T/mails" "$DATA/invoice-story.jsonl" >/dev/null ||
	bail "could not render the PDF invoice"
PDF_MAIL="$T/mails/story-pdf-2026-0101.eml"

# ---- (a) the PDF invoice with a garbage To header --------------------------------------
dm_check "invoice 2026-0101 (PDF, rewritten To) accepted by Postfix" \
	dm_swaks billing@acme.example "$DEBTOR" "$PDF_MAIL"
dm_check "it reaches the capture" dm_wait_captures 1
dm_check "dunmaild --once --now 2026-11-03 succeeds" dm_dunmaild --once --now 2026-11-03
inv=$(dm_invoice_json 2026-0101)
diag "invoice: $inv"
dm_is "2026-0101 read from the PDF" "$(jq -r '.source' <<<"$inv")" pdf
dm_is "2026-0101 amount 1000.00" "$(jq -r '.amount_cents' <<<"$inv")" 100000
dm_is "2026-0101 due 2026-11-16" "$(jq -r '.due_date' <<<"$inv")" 2026-11-16
dm_is "the debtor is the envelope recipient, not the To header" \
	"$(jq -r '.debtor_email' <<<"$inv")" "$DEBTOR"
dm_is "its source is the envelope" "$(jq -r '.field_sources.debtor_email' <<<"$inv")" envelope
dm_is "the amount's source is the PDF" "$(jq -r '.field_sources.amount_due' <<<"$inv")" pdf
dm_is "the IBAN is stored" "$(jq -r '.iban' <<<"$inv")" NL91ABNA0417164300

# ---- (b) the credit note, (c) the quote ----------------------------------------------
dm_check "credit note CN-2026-0011 accepted by Postfix" \
	dm_swaks billing@acme.example "$DEBTOR" "$DATA/creditnota-2026-0011.eml"
dm_check "quote 2026-Q-12 accepted by Postfix" \
	dm_swaks billing@acme.example "$DEBTOR" "$DATA/offerte-2026-q-12.eml"
dm_check "both reach the capture" dm_wait_captures 3
dm_check "dunmaild --once --now 2026-11-06 succeeds" dm_dunmaild --once --now 2026-11-06
inv=$(dm_invoice_json 2026-0101)
dm_is "the credit note lowered the open amount to 800.00" "$(jq -r '.open_cents' <<<"$inv")" 80000
dm_is "and recorded what it credited" "$(jq -r '.credited_cents' <<<"$inv")" 20000
cn=$(dm_invoice_json CN-2026-0011)
dm_is "the credit note is recorded as one" "$(jq -r '.credit_note' <<<"$cn")" true
dm_is "naming its invoice" "$(jq -r '.credit_reference' <<<"$cn")" 2026-0101
dm_is "and is not chased (stopped)" "$(jq -r '.status' <<<"$cn")" stopped
show=$(dm_cli show 2026-0101 2>>"$T/log/cli.log")
dm_check "show names the credit in the timeline" grep -q 'credited .*CN-2026-0011 lowers the open amount' <<<"$show"
dm_check "show prints the open amount" grep -qE '^  open +€ 800,00' <<<"$show"
dm_check "show prints the sources" grep -q 'sources .*debtor_email=envelope' <<<"$show"
dm_is "the quote is no invoice in the ledger" \
	"$(dm_cli invoices --json 2>/dev/null | jq '[.[] | select(.number == "2026-Q-12")] | length')" 0
digest=$(dm_cli digest --now 2026-11-06 2>>"$T/log/cli.log")
dm_check "the digest shows the quote as not an invoice, with its reason in Dutch" \
	grep -q 'geen factuur, niet gevolgd: .*offerte-2026-q-12.*: een offerte: ' <<<"$digest"

# ---- (d) the reminder ----------------------------------------------------------------
dm_check "dunmaild --once --now 2026-11-24 succeeds" dm_dunmaild --once --now 2026-11-24
dm_check "the reminder reaches the capture" dm_wait_captures 4
rem=$(dm_captures_with '^X-Dunmail: reminder' "^X-Rcpt-Args: <$DEBTOR>" | tail -1)
if [ -n "$rem" ]; then
	ok "the reminder went to the envelope recipient $DEBTOR"
	dm_check "it asks for the open amount (€ 800,00)" grep -q '800,00' <<<"$(dm_body_text "$rem")"
else
	not_ok "the reminder went to the envelope recipient $DEBTOR"
	diag "$(tail -20 "$T/log/dunmaild.log")"
fi
dm_is "nothing went to the rewritten To address" \
	"$(dm_captures_with '^X-Rcpt-Args: <x7f3-rewritten@relay.invalid>' | wc -l)" 0
dm_is "exactly one reminder went (none for the credit note or the quote)" \
	"$(dm_captures_with '^X-Dunmail: reminder' | wc -l)" 1

# ---- (e) the user's rule file is loaded at start; a bad one stops dunmaild --------------
printf '# my layout\nnumber = /Bon nr\\. (\\d+/\n' >"$T/bad.rules"
{ cat "$T/dunmail.conf"; printf '[invoices]\nrules = %s\n' "$T/bad.rules"; } >"$T/bad.conf"
out=$("$BUILD/dunmaild" -c "$T/bad.conf" --once --now 2026-11-25 2>&1); rc=$?
dm_is "dunmaild refuses to start with a bad rule file (exit 78)" "$rc" 78
dm_check "naming the file and the line" grep -q "bad.rules:2" <<<"$out"
diag "$out"

dm_check_clean_logs
dm_done
