#!/usr/bin/env bash
# test-demo: `make demo`, the README's first command, tells its story without a step
# going wrong — so that a change elsewhere (a renamed test message, a new rule for
# unverified replies) cannot leave it broken unnoticed.  It runs scripts/demo.sh on the
# built programs and checks the turns of the story: the invoice read, the reminder, the
# verified dispute pausing its invoice, the unverified promise holding its invoice until
# the owner confirms it, no reminder past either, and a digest that no longer asks about
# what the owner already decided.
set -u
source "$(dirname "$0")/lib.sh"     # TAP helpers
for p in dunmail-milter dunmaild dunmail; do
	[ -x "$BUILD/$p" ] || { echo "Bail out! $BUILD/$p not built (run make)"; exit 3; }
done

out=$(BUILD=$BUILD "$DM_REPO/scripts/demo.sh" 2>&1 </dev/null); rc=$?
dir=$(printf '%s\n' "$out" | sed -n 's/^Remove it with: *rm -rf //p' | tail -1)

if [ "$rc" = 0 ]; then ok "the demo exits 0"; else not_ok "the demo exits 0 (exit $rc)"; fi
if printf '%s\n' "$out" | grep -qF '(!)'; then
	not_ok "no step of the demo is marked (!)"
	diag "$(printf '%s\n' "$out" | grep -F '(!)')"
else
	ok "no step of the demo is marked (!)"
fi

# has TEXT DESCRIPTION: the demo's output says TEXT.
has() {
	if printf '%s\n' "$out" | grep -qF -- "$1"; then ok "$2"
	else not_ok "$2"; diag "the demo's output lacks: $1"; fi
}
# has_matching PATTERN DESCRIPTION: a line of it matches the extended regular expression:
# where the text holds the model's confidence, which moves whenever it is trained again.
has_matching() {
	if printf '%s\n' "$out" | grep -qE -- "$1"; then ok "$2"
	else not_ok "$2"; diag "the demo's output matches no line: $1"; fi
}
has 'Subject: Herinnering: factuur 2026-0042' "the first reminder goes to the debtor"
has 'status     paused (dispute)' "the verified dispute pauses 2026-0042"
has_matching 'promise_to_pay 0\.9[0-9] unverified waiting' "the unverified promise waits for the owner"
has 'reclassified by the owner: promise_to_pay' "the owner's confirmation is applied"
has 'nothing goes to him before 3 January' "no reminder past the confirmed promise"
has 'beloofd voor 2026-12-31' "the digest lists the confirmed promise under the promises"

# The digest's "needs you" has the dispute, and not the promise the owner decided.
needs=$(printf '%s\n' "$out" | sed -n '/== Heeft uw aandacht nodig ==/,/^      == /p')
if grep -q 'factuur 2026-0042' <<<"$needs" && ! grep -q 'factuur 2026-0043' <<<"$needs"; then
	ok "the digest's needs-you names the dispute, not the decided promise"
else
	not_ok "the digest's needs-you names the dispute, not the decided promise"
	diag "$needs"
fi

case "$dir" in
/tmp/dunmail-demo.*) rm -rf "$dir" ;;
esac
dm_done
