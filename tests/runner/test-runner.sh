#!/usr/bin/env bash
# test-runner: tests/run itself, against fake TAP producers (tests/runner/fake/): that
# it reads each program's plan, counts skips as skips, reports a test that lost its run
# bit, and that its last line and exit status say so.  Each fake runs alone as a unit
# test of a private $BUILD, then all together.  TAP on stdout.
set -u
REPO=$(cd "$(dirname "$0")/../.." && pwd)
source "$REPO/tests/integration/lib.sh"     # TAP helpers only: ok, not_ok, dm_is, dm_done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dm-runner-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/tests"
cp "$REPO"/tests/runner/fake/test-fake-* "$WORK/tests/"
chmod 755 "$WORK"/tests/test-fake-*
chmod 644 "$WORK/tests/test-fake-no-exec"   # whatever the checkout did to its mode

# runner PATTERN: tests/run on the fakes matching PATTERN; sets OUT, LAST and RC.
runner() {
	OUT=$(BUILD="$WORK" "$REPO/tests/run" --unit-only "$1" 2>&1)
	RC=$?
	LAST=$(printf '%s\n' "$OUT" | tail -1)
}

# expect FAKE LAST-LINE EXIT-STATUS [WHY]: the verdict on one fake alone.
expect() {
	local fake=$1 last=$2 rc=$3 why=${4:-}
	runner "test-fake-$fake"
	dm_is "$fake: last line" "$LAST" "$last" || diag "$OUT"
	dm_is "$fake: exit status" "$RC" "$rc"
	if [ -n "$why" ]; then
		if printf '%s\n' "$OUT" | grep -qF "not ok - unit/test-fake-$fake: $why"; then
			ok "$fake: says '$why'"
		else
			not_ok "$fake: says '$why'"; diag "$OUT"
		fi
	fi
}

expect pass        "2 passed, 0 failed" 0
expect plan-last   "2 passed, 0 failed" 0
expect short-plan  "2 passed, 1 failed" 1 "planned 3 results, ran 2"
expect long-plan   "2 passed, 1 failed" 1 "planned 1 results, ran 2"
expect crash       "1 passed, 1 failed" 1 "planned 2 results, ran 1"
runner test-fake-crash
if printf '%s\n' "$OUT" | grep -qF "killed by signal 11"; then ok "crash: says 'killed by signal 11'"
else not_ok "crash: says 'killed by signal 11'"; diag "$OUT"; fi
expect no-plan     "1 passed, 1 failed" 1 "no plan (1..N)"
expect mid-plan    "2 passed, 1 failed" 1 "the plan is in the middle of the results"
expect bail        "1 passed, 1 failed" 1 "bailed out"
expect not-ok      "1 passed, 1 failed" 1
expect skip-one    "1 passed, 0 failed, 1 skipped" 0
expect skip-all    "0 passed, 0 failed, 1 skipped" 0
expect no-exec     "0 passed, 1 failed" 1 "$WORK/tests/test-fake-no-exec is not executable"

# All together: the counts add up, and the exit status is still non-zero.
runner test-fake-
dm_is "all fakes: last line" "$LAST" "15 passed, 8 failed, 2 skipped" || diag "$OUT"
dm_is "all fakes: exit status" "$RC" 1
dm_is "all fakes: one verdict line each" \
	"$(printf '%s\n' "$OUT" | grep -cE '^(ok  |FAIL) unit/test-fake-')" \
	"$(ls "$REPO"/tests/runner/fake/test-fake-* | wc -l)"
dm_done
