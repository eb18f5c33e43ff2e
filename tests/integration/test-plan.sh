#!/bin/bash
# test-plan: a payment plan end to end through a real private Postfix.
#
#   (a) an invoice goes out and is recorded; the owner agrees a plan of two monthly
#       instalments (`dunmail plan`)
#   (b) on the ladder's day nothing goes: the plan replaces the ladder
#   (c) 3 days before the first instalment its reminder reaches the capture, once;
#       `dunmail show` and `dunmail forecast` explain the plan's next reminder
#   (d) unpaid 3 days after its day, the reminder of the unpaid instalment goes, once
#   (e) unpaid 10 days after its day the instalment is missed: the digest lists it under
#       missed instalments with the command to act, and the ladder resumes (its first
#       reminder goes)
#
# TAP on stdout; exit status 0 when every check passed.  DM_KEEP=1 keeps the directory.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="$HERE/data"
source "$HERE/lib.sh"
for p in dunmail-milter dunmaild dunmail; do
	[ -x "$BUILD/$p" ] || { echo "Bail out! $BUILD/$p not built (run make)"; exit 3; }
done

dm_story_setup plan
diag "private Postfix on 127.0.0.1:$SMTP_PORT, capture on :$SINK_PORT, in $T"
reminders_to() { dm_captures_with '^X-Dunmail: reminder' "^X-Rcpt-Args: <$1>" | wc -l; }
latest_reminder_to() { dm_captures_with '^X-Dunmail: reminder' "^X-Rcpt-Args: <$1>" | tail -1; }
# subject_of CAPTURE: the captured message's Subject, decoded.
subject_of() {
	dm_capture_message "$1" >"$T/subject.eml"
	perl -MEncode -ne 'if (/^Subject: (.*)/) { print decode("MIME-Header", $1), "\n"; exit }' \
		"$T/subject.eml"
}
pass_on() { dm_dunmaild --once --now "$1"; sleep 2; dm_flush; dm_wait_captures "$2" 20 >/dev/null; }

# ---- (a) the invoice, and the plan ---------------------------------------------------
dm_check "invoice 2026-0042 accepted by Postfix" \
	dm_swaks billing@acme.example klant@debtor.example "$DATA/invoice-2026-0042.eml"
dm_check "the invoice reaches the capture" dm_wait_captures 1
dm_check "dunmaild --once --now 2026-11-20 succeeds" dm_dunmaild --once --now 2026-11-20
out=$(dm_cli plan 2026-0042 --instalments 2 --every fortnight --from 2026-12-01 --now 2026-11-20 2>&1); rc=$?
dm_is "(a) a bad --every is refused (exit 2)" "$rc" 2
dm_check "(a) ... naming the option and what was expected" grep -qF -- "--every 'fortnight' is not month, week" <<<"$out"
out=$(dm_cli plan 2026-0042 --instalments 2 --every month --from 2026-12-01 --now 2026-11-20 2>&1); rc=$?
diag "$out"
dm_is "(a) dunmail plan 2026-0042 --instalments 2 --every month --from 2026-12-01 exits 0" "$rc" 0
dm_check "(a) ... splitting 1250.00 in two" grep -qF '2026-12-01 €625.00, 2027-01-01 €625.00' <<<"$out"

# ---- (b) the ladder's day -----------------------------------------------------------
dm_check "dunmaild --once --now 2026-11-24 succeeds" pass_on 2026-11-24 1
dm_is "(b) no ladder reminder while the plan runs (due + 8)" "$(reminders_to klant@debtor.example)" 0

# ---- (c) before the first instalment ----------------------------------------------------
show=$(dm_cli show 2026-0042 --now 2026-11-27 2>&1)
dm_check "(c) dunmail show explains the plan's next reminder" \
	grep -qF 'instalment 1 of 2, €625.00 due 2026-12-01: reminder on 2026-11-28 — 3 days before' <<<"$show"
fc=$(dm_cli forecast --days 10 --now 2026-11-27 2>&1)
dm_check "(c) dunmail forecast lists it" grep -qF 'instalment 1 of 2' <<<"$fc"
# forecast --json: the documented fields, typed; the test configuration's send window is
# always open, so the reminder due on the 28th goes that day and says it is inside it.
fj=$(dm_cli forecast --days 10 --json --now 2026-11-27 2>&1)
diag "$fj"
dm_check "(c) forecast --json: an array of objects with exactly its documented fields" \
	jq -e 'length >= 1 and all(.[]; keys == ["due", "goes_at", "invoice", "step",
	       "step_name", "to", "why"] and (.step | type) == "number"
	       and (.why | type) == "string")' <<<"$fj"
dm_check "(c) forecast --json: instalment 1's reminder, due 2026-11-28, goes that day" \
	jq -e 'map(select(.invoice == "2026-0042")) | sort_by(.goes_at) | .[0]
	       | .to == "klant@debtor.example" and .due == "2026-11-28"
	         and (.goes_at | startswith("2026-11-28T00:00:00"))
	         and .step_name == "instalment_reminder"
	         and (.why | test("instalment 1 of 2.*inside the send window"))' <<<"$fj"
dm_check "dunmaild --once --now 2026-11-30 succeeds" pass_on 2026-11-30 2
dm_is "(c) the instalment reminder reaches the capture" "$(reminders_to klant@debtor.example)" 1
rem=$(latest_reminder_to klant@debtor.example)
[ -n "$rem" ] && dm_check "(c) ... as the reminder of instalment 1 of 2" \
	grep -qF 'Termijn 1 van 2 voor factuur 2026-0042 vervalt op' <<<"$(subject_of "$rem")"
dm_check "a second pass on the same day succeeds" pass_on 2026-11-30 2
dm_check "a pass on the instalment's day succeeds" pass_on 2026-12-01 2
dm_is "(c) it went once" "$(reminders_to klant@debtor.example)" 1

# ---- (d) unpaid after its day -----------------------------------------------------------
dm_check "dunmaild --once --now 2026-12-04 succeeds" pass_on 2026-12-04 3
dm_check "... and again" pass_on 2026-12-04 3
dm_is "(d) the reminder of the unpaid instalment goes, once" "$(reminders_to klant@debtor.example)" 2
rem=$(latest_reminder_to klant@debtor.example)
[ -n "$rem" ] && dm_check "(d) ... saying it is not yet paid" \
	grep -qF 'Termijn 1 van 2 voor factuur 2026-0042 is nog niet betaald' <<<"$(subject_of "$rem")"

# ---- (e) missed ------------------------------------------------------------------
dm_check "dunmaild --once --now 2026-12-11 succeeds" pass_on 2026-12-11 4
dm_is "(e) the ladder resumed: its first reminder goes" "$(reminders_to klant@debtor.example)" 3
dm_check "(e) the timeline has the missed instalment" \
	grep -qF 'instalment 1 of 2 (€625.00, due 2026-12-01) missed' <<<"$(dm_cli show 2026-0042 --now 2026-12-11 2>&1)"
ncap=$(dm_capture_count)
dm_check "dunmail digest --send --now 2026-12-11 succeeds" \
	dm_cli digest --send --now 2026-12-11
dm_check "the digest reaches the capture" dm_wait_captures $((ncap + 1))
dig=$(dm_captures_with '^X-Dunmail: digest' '^X-Rcpt-Args: <owner@acme.example>' | tail -1)
if [ -n "$dig" ]; then
	dm_capture_message "$dig" >"$T/digest.eml"
	text=$(dm_body_text "$T/digest.eml")
	dm_check "(e) the digest lists the missed instalment" \
		grep -qE 'TERMIJN GEMIST: .*klant@debtor.example>?, factuur 2026-0042: termijn 1/2' <<<"$text"
	dm_check "(e) ... with the command to act" grep -qF 'dunmail plan 2026-0042 --show' <<<"$text"
else
	not_ok "a digest went to owner@acme.example"
fi
dm_done
