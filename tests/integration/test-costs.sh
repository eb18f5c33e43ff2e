#!/usr/bin/env bash
# test-costs: "dunmail costs" end to end, as the owner runs it — no ledger, no Postfix, no
# root.  The worked examples of shared/legal/rules.md (1.2 collection costs, 2.4 B2B
# interest) through the real binary and the shipped rate tables, in text and JSON; the
# rate directory found through the configuration ([dunning] rates); and every kind of bad
# input with its message and exit status 2 (78 for a bad rate table, 3 for a period with
# no verified rate).  TAP on stdout.
set -u
source "$(dirname "$0")/lib.sh"     # TAP helpers only: ok, not_ok, dm_is, diag, dm_done

DUNMAIL="$BUILD/dunmail"
[ -x "$DUNMAIL" ] || { echo "Bail out! $DUNMAIL not built (run make)"; exit 3; }
RATES="$DM_REPO/data/rates"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# costs ARGS...: run the verb with the shipped rates; stdout in $out, stderr in $err,
# status in $rc.
costs() {
	out=$("$DUNMAIL" costs --rates "$RATES" "$@" 2>"$T/err"); rc=$?
	err=$(cat "$T/err")
}
# json_field NAME: a top-level integer or string member of $out.
json_field() {
	printf '%s\n' "$out" | sed -n "s/^  \"$1\" : \"\{0,1\}\([^\",]*\)\"\{0,1\},\{0,1\}$/\1/p" | head -1
}

# rules.md 2.4, B2B: EUR 10,000 from 2025-01-01 to 2026-06-30 -> interest 1,621.50;
# rules.md 1.2: WIK costs on 10,000 are 375 + 250 + 250 = 875.00.
costs --amount 10000.00 --from 2025-01-01 --to 2026-06-30 --business --json
dm_is "2.4 B2B example: exit 0" "$rc" 0
dm_is "2.4 B2B example: interest_cents" "$(json_field interest_cents)" 162150
dm_is "2.4 B2B example: collection_costs_cents" "$(json_field collection_costs_cents)" 87500
dm_is "2.4 B2B example: compensation_cents" "$(json_field compensation_cents)" 4000
dm_is "2.4 B2B example: the 40 is a floor, not added" "$(json_field costs_claim_cents)" 87500
dm_is "2.4 B2B example: three segments" "$(printf '%s\n' "$out" | grep -c '"days" :')" 3
dm_is "2.4 B2B example: the year's interest joins the principal" \
	"$(printf '%s\n' "$out" | grep -c '"principal_cents" : 1106459')" 1
dm_is "2.4 B2B example: total" "$(json_field total_cents)" $((1000000 + 87500 + 162150))

# The same in text: the segments with their rates, and the totals.
costs --amount 10000,00 --from 2025-01-01 --to 2026-06-30 --business
dm_is "text: exit 0" "$rc" 0
if printf '%s\n' "$out" | grep -q '^  2025-01-01  2025-06-30    181   11.15%      €10,000.00       €552.92$'; then
	ok "text: first segment line"
else not_ok "text: first segment line"; diag "$out"; fi
if printf '%s\n' "$out" | grep -q '^Interest  *€1,621.50  wettelijke handelsrente'; then
	ok "text: interest total with its basis"
else not_ok "text: interest total with its basis"; diag "$out"; fi

# rules.md 1.2 worked examples through the CLI (consumer, NL): principal -> costs.
for row in 250.00:4000 2500.00:37500 5000.00:62500 12000.00:89500 300000.00:327500 1000000.00:677500; do
	costs --amount "${row%%:*}" --from 2025-01-01 --to 2025-01-31 --consumer --json
	dm_is "1.2 example ${row%%:*}: collection_costs_cents" "$(json_field collection_costs_cents)" "${row#*:}"
done
# ... and with the VAT surcharge of 1.3 (12,000 -> 1,082.95).
costs --amount 12000 --from 2025-01-01 --to 2025-01-31 --consumer --vat-surcharge --json
dm_is "1.3 VAT surcharge on 12,000" "$(json_field collection_costs_cents)" 108295
dm_is "1.3 VAT surcharge flagged" "$(json_field vat_surcharge)" true

# A consumer's costs are due only after the 14-day letter's term (1.4).
costs --amount 1250 --from 2025-03-01 --to 2025-09-30 --consumer --json
dm_is "consumer without --letter: costs not due" "$(json_field costs_due)" false
dm_is "consumer without --letter: no due date" "$(json_field costs_due_from)" null
costs --amount 1250 --from 2025-03-01 --to 2025-09-30 --consumer --letter 2025-02-10 --json
dm_is "consumer with --letter: due from received + 15" "$(json_field costs_due_from)" 2025-02-27
dm_is "consumer with --letter: due by TO" "$(json_field costs_due)" true

# Germany: simple interest at base + 9 (§ 288 Abs. 2), the 40 Pauschale, no scale.
costs --amount 1000 --from 2025-07-01 --to 2026-06-30 --business --country de --json
dm_is "de: compensation" "$(json_field compensation_cents)" 4000
dm_is "de: no collection costs" "$(json_field collection_costs_cents)" 0
dm_is "de: simple interest" "$(json_field compounded_yearly)" false
dm_is "de: 10.27 % for a year" "$(json_field interest_cents)" 10270
# Belgium: the consumer cap of Boek XIX (3.3) on 1,000 is 65 + 25 = 90.
costs --amount 1000 --from 2025-07-01 --to 2025-07-31 --consumer --country be --json
dm_is "be: consumer damages-clause cap" "$(json_field collection_costs_cents)" 9000

# The rate directory through the configuration, [dunning] rates.
printf '[mail]\nbilling_addresses = billing@example.nl\nowner = owner@example.nl\n[dunning]\nrates = %s\n' \
	"$RATES" >"$T/dunmail.conf"
out=$("$DUNMAIL" -c "$T/dunmail.conf" costs --amount 100 --from 2025-01-01 --to 2025-01-31 --business --json 2>"$T/err"); rc=$?
dm_is "[dunning] rates: exit 0" "$rc" 0
dm_is "[dunning] rates: interest found" "$(json_field interest_cents)" 95
mkdir -p "$T/badrates"
printf '2025-01-01 6 11,15\n' >"$T/badrates/nl.txt"
out=$("$DUNMAIL" costs --rates "$T/badrates" --amount 100 --from 2025-01-01 --to 2025-01-31 --business 2>"$T/err"); rc=$?
dm_is "bad rate table: exit 78" "$rc" 78
if grep -q "badrates/nl.txt:1: expected 'YYYY-MM-DD RATE_CONSUMER RATE_COMMERCIAL'" "$T/err"; then
	ok "bad rate table: the error names file, line and what was expected"
else not_ok "bad rate table: the error names file, line and what was expected"; diag "$(cat "$T/err")"; fi

# Bad input: a clear message and exit status 2.
bad() {   # DESCRIPTION EXPECTED-MESSAGE-PART ARGS...
	local desc=$1 want=$2; shift 2
	costs "$@"
	if [ "$rc" = 2 ] && [[ $err == *"$want"* ]] && [ -z "$out" ]; then ok "bad input: $desc"
	else not_ok "bad input: $desc"; diag "rc=$rc err=$err"; fi
}
base=(--from 2025-01-01 --to 2025-12-31 --business)
bad "grouped amount 1,250.00" "no thousands separators" --amount 1,250.00 "${base[@]}"
bad "grouped amount 1.250,00" "no thousands separators" --amount 1.250,00 "${base[@]}"
bad "ambiguous 1.250" "no thousands separators" --amount 1.250 "${base[@]}"
bad "three decimals" "at most two decimals" --amount 12.505 "${base[@]}"
bad "zero amount" "above 0" --amount 0 "${base[@]}"
bad "letters" "expected euros" --amount twelve "${base[@]}"
bad "too large" "at most 1000000000" --amount 1000000000.01 "${base[@]}"
bad "no amount" "--amount is required" "${base[@]}"
bad "backwards range" "--to 2024-12-31 is before --from 2025-01-01" --amount 10 --from 2025-01-01 --to 2024-12-31 --business
bad "bad date" "--from '2025-13-01': expected a date YYYY-MM-DD" --amount 10 --from 2025-13-01 --to 2025-12-31 --business
bad "unknown country" "--country 'fr': expected nl, de or be" --amount 10 "${base[@]}" --country fr
bad "neither kind of debtor" "--business or --consumer" --amount 10 --from 2025-01-01 --to 2025-12-31
bad "both kinds of debtor" "--business or --consumer" --amount 10 "${base[@]}" --consumer
bad "unknown day count" "--day-count '30/360'" --amount 10 "${base[@]}" --day-count 30/360
bad "VAT surcharge outside NL" "Dutch rule" --amount 10 "${base[@]}" --country de --vat-surcharge
bad "letter for a business" "--letter is for consumers" --amount 10 "${base[@]}" --letter 2025-01-01
bad "stray argument" "unexpected argument 'extra'" --amount 10 "${base[@]}" extra

# 12,50 and 12.50 are the same amount.
costs --amount 12,50 "${base[@]}" --json; a=$(json_field principal_cents)
costs --amount 12.50 "${base[@]}" --json; b=$(json_field principal_cents)
dm_is "decimal comma and point agree" "$a/$b" "1250/1250"

# A period whose rate no source confirmed is refused, not guessed (exit 3).
costs --amount 100 --from 2026-06-01 --to 2026-07-31 --business
dm_is "unverified rate: exit 3" "$rc" 3
if [[ $err == *"no commercial rate for 2026-07-01"* ]]; then ok "unverified rate: says which day"
else not_ok "unverified rate: says which day"; diag "$err"; fi

# --help is a manual: usage, each option, the rules, exit statuses and examples.
help=$("$DUNMAIL" costs --help); rc=$?
dm_is "--help: exit 0" "$rc" 0
for part in "--amount=AMOUNT" "--consumer" "--country=CODE" "WIK scale" "Exit status" "Examples:"; do
	if [[ $help == *"$part"* ]]; then ok "--help mentions $part"; else not_ok "--help mentions $part"; fi
done
if "$DUNMAIL" --help | grep -q '^  costs '; then ok "dunmail --help lists costs"
else not_ok "dunmail --help lists costs"; fi

dm_done
