#!/usr/bin/env bash
# test-bench-smoke: bench/run.sh end to end at a tiny size, so that the harness the lead
# measures with keeps working: every configuration runs and its sink receives every
# message (run.sh fails otherwise), OpenDKIM verifies the signed messages (dkim=pass), the
# milter spools every billing message of the mix, smtp-clock times all three kinds with
# and without dunmail, the held sessions all deliver and are all spooled, and the
# reminder pass sends every due reminder.  The figures themselves are not judged here.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"
command -v opendkim >/dev/null || [ -x /usr/sbin/opendkim ] ||
	{ echo "1..0 # SKIP opendkim is not installed (make deps installs it)"; exit 0; }
for p in dunmail-milter dunmaild tests/tools/noop-milter tests/tools/smtp-clock bench/bench-invoices; do
	[ -x "$BUILD/$p" ] || { echo "Bail out! $BUILD/$p not built (make build-tests)"; exit 3; }
done
OUT=$(mktemp "${TMPDIR:-/tmp}/dunmail-bench-smoke.XXXXXX.json") || exit 3
trap 'rm -f "$OUT" "$OUT.log"' EXIT

BENCH_MESSAGES=40 BENCH_ROUNDS=1 BENCH_STREAMS=mix BENCH_INVOICE_PERCENT=10 \
BENCH_REPLY_PERCENT=10 BENCH_SESSIONS=4 BENCH_LATENCY_MESSAGES=5 BENCH_LATENCY_ROUNDS=1 \
BENCH_RSS_SESSIONS=12 BENCH_REMINDERS=6 BENCH_MAIL_OUT="$OUT" DM_QUIET_KEEP=1 \
	"$DM_REPO/bench/run.sh" >"$OUT.log" 2>&1
rc=$?
dm_is "bench/run.sh succeeds" "$rc" 0 || diag "$(tail -n 20 "$OUT.log")"
q() { jq -c "$1" "$OUT" 2>/dev/null; }
dm_is "every configuration ran once" "$(q '[.runs[].config] | sort')" '["dunmail","none","noop","opendkim"]'
dm_is "OpenDKIM judged all three signed kinds dkim=pass" "$(q .opendkim_pass_of_3)" 3
dm_is "dunmail-milter spooled every billing message of its run (4 invoices, 4 replies)" \
	"$(q '.runs[] | select(.config == "dunmail") | [.spooled, .billing]')" "[8,8]"
dm_is "a ratio for every pair" "$(q '[.ratios[] | "\(.of)/\(.to)"] | sort')" \
	'["dunmail/none","dunmail/noop","dunmail/opendkim","noop/none","opendkim/none"]'
dm_is "added latency for the three kinds" "$(q '.latency | keys')" '["invoice","ordinary","reply"]'
dm_is "the held sessions all delivered and were all spooled" "$(q '[.rss.delivered, .rss.spooled]')" "[12,12]"
dm_check "the milter's memory was read" test "$(q .rss.hwm_kb)" -gt 0
dm_is "the reminder pass sent every due reminder" "$(q '[.reminders.sent, .reminders.reminders]')" "[6,6]"
dm_done
