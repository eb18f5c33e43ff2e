#!/usr/bin/env bash
# test-parse-explain: `dunmail parse --explain` says where each field came from, and why a
# message is not an invoice; `--json` carries the same as "explain" and "not_invoice",
# beside the new fields; `--explain --text` shows the texts the patterns run on.  No root, no Postfix.  TAP on stdout.
set -u
source "$(dirname "$0")/lib.sh"     # TAP helpers only
DATA="$DM_REPO/tests/data/invoices"
[ -x "$BUILD/dunmail" ] || bail "$BUILD/dunmail not built (run make)"

out=$("$BUILD/dunmail" parse --explain "$DATA/nl-betalingstermijn.eml")
dm_is "an invoice: exit 0 and its number" "$(printf '%s\n' "$out" | sed -n 's/^invoice *//p')" "KV-2026-118"
dm_is "the number's line is named" \
	"$(printf '%s\n' "$out" | grep -c 'because    number: body, line "Factuurnummer: KV-2026-118"')" 1
dm_is "the amount's rule and line are named" \
	"$(printf '%s\n' "$out" | grep -c 'because    amount_due: body, the last total line: "Totaal incl. btw: € 2.420,00"')" 1
dm_is "a due date from a term says so" \
	"$(printf '%s\n' "$out" | grep -c 'because    due_date: body, payment term of 30 days')" 1

# --text shows what the patterns of a rule file run on: the subject, then the body.
out=$("$BUILD/dunmail" parse --explain --text "$DATA/nl-betalingstermijn.eml")
dm_is "--text: the body's text under its heading, the subject first" \
	"$(printf '%s\n' "$out" | sed -n '/^--- text of the body (the subject first)$/{n;p}')" \
	"Subject: $(sed -n 's/^Subject: //p' "$DATA/nl-betalingstermijn.eml")"
dm_is "--text: the body's lines as the readers see them" \
	"$(printf '%s\n' "$out" | grep -c '^Factuurnummer: KV-2026-118$')" 1
json=$("$BUILD/dunmail" parse --json --explain --text "$DATA/nl-betalingstermijn.eml")
dm_is "--json --text: the texts, the body last" \
	"$(printf '%s' "$json" | jq -r '.texts[-1] | [.source, (.text | startswith("Subject: "))] | @tsv')" "body	true"
dm_is "--json without --text: no texts" \
	"$("$BUILD/dunmail" parse --json "$DATA/nl-betalingstermijn.eml" | jq -r 'has("texts")')" false
"$BUILD/dunmail" parse --text "$DATA/nl-betalingstermijn.eml" >/dev/null 2>&1; rc=$?
dm_is "--text without --explain: a usage error" "$rc" 2

out=$("$BUILD/dunmail" parse --explain "$DATA/not-offerte.eml"); rc=$?
dm_is "a quote: exit 1" "$rc" 1
dm_is "a quote: the rule and what it matched" "$out" \
	"$DATA/not-offerte.eml: not an invoice: quote: the subject says \"Offerte\""

json=$("$BUILD/dunmail" parse --json "$DATA/not-offerte.eml")
dm_is "json: not_invoice" "$(printf '%s' "$json" | jq -r .not_invoice)" 'quote: the subject says "Offerte"'
dm_is "json: not_invoice_kind, its stable code" "$(printf '%s' "$json" | jq -r .not_invoice_kind)" quote
json=$("$BUILD/dunmail" parse --json "$DATA/ubl-attachment.eml")
dm_is "json: the old fields stay" "$(printf '%s' "$json" | jq -r '[.is_invoice, .source] | @tsv')" "true	ubl"
dm_is "json: the new fields are there" \
	"$(printf '%s' "$json" | jq -r '[has("amount_total_cents"), has("payment_reference"), has("iban"), has("debtor_name"), has("business"), has("credit_note"), has("explain")] | all')" true
dm_is "json: explain names the XPath" \
	"$(printf '%s' "$json" | jq -r '.explain[] | select(startswith("amount_total: xml"))' | wc -l)" 1
dm_is "json: every field the UBL gave names its XPath" \
	"$(printf '%s' "$json" | jq -r '[.explain[] | select(test("^(number|issue_date|due_date|currency|amount_due|debtor_email|debtor_name): xml ")) | sub(":.*"; "")] | unique | length')" 7

# The debtor's kind in three states, beside the old business field (issue 8).
kind() { "$BUILD/dunmail" parse --json "$1" | jq -r '[.business, .debtor_kind, .debtor_kind_why] | @tsv'; }
dm_is "json: a business, and why" "$(kind "$DATA/ubl-attachment.eml")" \
	"true	business	the debtor's name \"Tuincentrum De Hoven B.V.\" has \"Tuincentrum\""
dm_is "json: a consumer by the title, the creditor's KvK and VAT number in the footer no sign" \
	"$(kind "$DATA/nl-consumer-dhr.eml")" \
	"false	consumer	addressed as \"Dhr.\" (\"Dhr. J.P. van Leeuwen\")"
bare=$(mktemp); sed 's/^Dhr\. J\.P\. van Leeuwen$/J.P. van Leeuwen/' "$DATA/nl-consumer-dhr.eml" >"$bare"
dm_is "json: no title, no legal form, no number of the debtor: unknown" "$(kind "$bare" | cut -f1,2)" \
	"false	unknown"
rm -f "$bare"

# A spool file is read as dunmaild reads it: the debtor is the envelope's recipient, not a
# To header rewritten on the way (its address is not where the mail went).
spool=$(mktemp)
{
	printf 'X-Dunmail-Spool: 1\nDirection: outgoing\nMail-From: billing@acme.example\n'
	printf 'Rcpt-To: klant@debtor.example\nClient-Addr: 127.0.0.1\n\n'
	printf 'From: Acme BV <billing@acme.example>\r\nTo: Klant <undisclosed-recipients:;>\r\n'
	printf 'Subject: Factuur S-0001\r\nMessage-ID: <s1@acme.example>\r\n'
	printf 'Date: Thu, 17 Sep 2026 10:00:00 +0200\r\n\r\n'
	printf 'Hierbij factuur S-0001.\r\nFactuurdatum: 17-09-2026\r\nTotaal te betalen: EUR 600,00\r\n'
} >"$spool"
json=$("$BUILD/dunmail" parse --json "$spool")
dm_is "spool file: the debtor is the envelope recipient" \
	"$(printf '%s' "$json" | jq -r '[.debtor_email, .field_sources.debtor_email] | @tsv')" "klant@debtor.example	envelope"

rules=$(mktemp); trap 'rm -f "$rules" "$spool"' EXIT
printf '# test\nnumber = /Factuurnummer: (\\S+)/\namount = /x/\n' >"$rules"
err=$("$BUILD/dunmail" parse --rules "$rules" "$DATA/nl-betalingstermijn.eml" 2>&1 >/dev/null); rc=$?
dm_is "a bad rule file: exit 78" "$rc" 78
dm_is "a bad rule file: file, line and what was expected" "$err" \
	"dunmail: $rules:3: unknown field 'amount' (expected one of: number, amount_due, amount_total, currency, issue_date, due_date, payment_reference, iban, debtor_name, not_invoice)"
dm_done
