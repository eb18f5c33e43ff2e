#!/usr/bin/env bash
# test-bench-report: the arithmetic and the verdicts of `make bench`'s table, on made-up
# runs whose answers are known (bench/ratios.awk, bench/report.sh, bench/report.jq),
# smtp-clock's and pair-stats' refusal of bad arguments, and its stream mode: the shuffled order, and a
# stream into an smtp-sink (Postfix's test server, no Postfix instance).  No root needed.
set -u
source "$(dirname "$0")/lib.sh"     # TAP helpers only
BENCH=$DM_REPO/bench
command -v jq >/dev/null || { echo "Bail out! jq missing: run 'make deps'"; exit 3; }
D=$(mktemp -d "${TMPDIR:-/tmp}/dunmail-bench-report.XXXXXX") || exit 3
trap 'rm -rf "$D"' EXIT

# ---- ratios.awk: the median of per-round ratios, not the ratio of medians -------------
# Rounds: noop/none = 10/20 = 0.5, 10/11 = 0.909, 30/25 = 1.2.  The medians of the times
# (none 10, noop 20) would give 0.5; the median of the rounds' ratios is 0.909.  Round 4
# has no noop run and counts for nothing.
printf '%s\n' "mix	1	none	10	0	0" "mix	1	noop	20	0	0" \
	"mix	2	noop	11	0	0" "mix	2	none	10	0	0" \
	"mix	3	none	30	0	0" "mix	3	noop	25	0	0" "mix	4	none	7	0	0" \
	"plain	1	none	4	0	0" "plain	1	dunmail	5	9	9" >"$D/runs.tsv"
r=$(awk -F'\t' -v pairs="noop/none dunmail/none dunmail/noop" -f "$BENCH/ratios.awk" "$D/runs.tsv")
is_json() { jq -e "$@" >/dev/null; }
dm_check "ratios.awk writes JSON" is_json . <<<"$r"
mix=$(jq -c '.[] | select(.stream == "mix" and .of == "noop") | [.median, .min, .max, (.rounds | length)]' <<<"$r")
dm_is "mix noop/none: median of the per-round ratios, min, max, rounds with both" "$mix" "[0.9091,0.5,1.2,3]"
dm_is "plain dunmail/none: its one round" \
	"$(jq -c '.[] | select(.stream == "plain" and .of == "dunmail") | .median' <<<"$r")" "0.8"
dm_is "a pair without runs is left out" "$(jq '[.[] | select(.to == "noop" and .of == "dunmail")] | length' <<<"$r")" "0"

# ---- report.sh: the table and its verdicts --------------------------------------------
cat >"$D/bench-mail.json" <<-'EOF'
{ "ratios": [
  {"stream": "mix", "of": "dunmail", "to": "noop", "median": 0.96, "min": 0.90, "max": 1.01, "rounds": []},
  {"stream": "mix", "of": "dunmail", "to": "opendkim", "median": 1.1, "min": 1.0, "max": 1.3, "rounds": []},
  {"stream": "plain", "of": "dunmail", "to": "noop", "median": 0.995, "min": 0.98, "max": 1.0, "rounds": []}],
  "latency": {"ordinary": {"added_p50_us": {"median": 40, "min": 30, "max": 50},
                           "added_p99_us": {"median": 1200, "min": 900, "max": 1500}}},
  "rss": {"sessions": 100, "rss_held_kb": 10240, "hwm_kb": 25600},
  "reminders": {"ratio": 0.5, "dunmaild_per_sec": 40} }
EOF
echo '{"runs": [{"invoices": 10000, "due_share": 0.001, "pass": {"seconds": 1.5, "peak_rss_mb": 12.5}}], "pass_seconds_1000000_over_10000_at_0.1%": 10.5}' >"$D/bench-scheduler.json"
echo '{"messages": 40, "rounds": 7, "ratio_median": 0.6, "ratio_min": 0.4, "ratio_max": 0.7}' >"$D/bench-invoices.json"
table=$(BENCH_OUT="$D/results.json" "$BENCH/report.sh" "$D")
dm_check "report.sh writes the results JSON" is_json '.table | length > 0' "$D/results.json"
met() { jq -r --arg n "$1" '.table[] | select(.name == $n) | .met // "none"' "$D/results.json"; }
dm_is "0.96 against >= 0.95 is met" "$(met 'mix: dunmail / noop')" yes
dm_is "1.1 against >= 1.2 is not" "$(met 'mix: dunmail / opendkim')" no
dm_is "plain 0.995 against >= 0.99 is met" "$(met 'plain: dunmail / noop')" yes
dm_is "p99 1200 µs against < 1000 is not" "$(met 'latency added, ordinary p99 (µs)')" no
dm_is "a row without a target has no verdict" "$(met 'latency added, ordinary p50 (µs)')" none
dm_is "held RSS 10 MB is under 20" "$(met 'milter VmRSS, 100 sessions held (MB)')" yes
dm_is "VmHWM 25 MB is not" "$(met 'milter VmHWM, 100 messages at once (MB)')" no
dm_is "invoices 0.6 against >= 0.5 is met" "$(met '1b invoices: extract / parse')" yes
dm_is "the scheduler's pass of each size becomes rows (time and peak memory)" "$(jq '[.table[] | select(.name | startswith("1c 10000 invoices, 0.1% due: pass "))] | length' "$D/results.json")" 2
dm_is "... a phase that did not run has none" "$(jq '[.table[] | select(.name | startswith("1c 10000 invoices, 0.1% due: walk "))] | length' "$D/results.json")" 0
dm_is "... and each growth figure is a row" "$(jq -r '.table[] | select(.name == "1c growth pass_seconds_1000000_over_10000_at_0.1%") | .median' "$D/results.json")" 10.5
dm_is "a part that did not run has no rows (spool, replies)" \
	"$(jq '[.table[] | select(.name | test("^spool|^1b replies"))] | length' "$D/results.json")" 0
dm_is "its part is null in the JSON" "$(jq -c '.parts.spool' "$D/results.json")" null
row=$(grep '^mix: dunmail / noop' <<<"$table" | tr -s ' ')
dm_is "the table prints median, min, max, target and verdict" "$row" "mix: dunmail / noop 0.960 0.900 1.010 >= 0.95 yes"

# ---- smtp-clock: bad arguments are refused, not sent ----------------------------------
if [ -x "$DM_TOOLS/smtp-clock" ]; then
	"$DM_TOOLS/smtp-clock" time 0 a@b c@d /dev/null 5 2>/dev/null
	dm_is "smtp-clock refuses port 0 (usage, status 2)" "$?" 2
	"$DM_TOOLS/smtp-clock" stroll 25 a@b c@d /dev/null 5 2>/dev/null
	dm_is "smtp-clock refuses an unknown mode" "$?" 2
	port=$(dm_pick_port)
	"$DM_TOOLS/smtp-clock" time "$port" a@b c@d /dev/null 1 2>/dev/null
	dm_is "smtp-clock fails (status 1) when nothing listens" "$?" 1
else
	not_ok "smtp-clock is built ($DM_TOOLS/smtp-clock)"
fi

# ---- pair-stats: usage errors are status 2, bad data status 1 ---------------------------
if [ -x "$BUILD/bench/pair-stats" ]; then
	ps_run() { printf '1.0\n0.9\n1.1\n1.05\n0.95\n' | "$BUILD/bench/pair-stats" "$@" >/dev/null 2>&1; }
	ps_run --target 0.95
	dm_is "pair-stats: five ratios and a target give a verdict" "$?" 0
	ps_run --resamples 50
	dm_is "pair-stats: fewer than 100 resamples is a usage error (status 2)" "$?" 2
	ps_run --level 1.5
	dm_is "pair-stats: a level outside (0, 1) is a usage error (status 2)" "$?" 2
	ps_run --target 1 --contains 1
	dm_is "pair-stats: --target and --contains together is a usage error (status 2)" "$?" 2
	printf '1.0\n0.9\n' | "$BUILD/bench/pair-stats" >/dev/null 2>&1
	dm_is "pair-stats: too few pairs fails (status 1)" "$?" 1
	printf '1.0\nabc\n1.1\n1.0\n0.9\n' | "$BUILD/bench/pair-stats" >/dev/null 2>&1
	dm_is "pair-stats: a line that is no ratio fails (status 1)" "$?" 1
else
	not_ok "pair-stats is built ($BUILD/bench/pair-stats)"
fi

# ---- smtp-clock stream: one shuffled list that every session draws from ---------------
# kind NAME COUNT: a stream's KIND:COUNT:FROM:TO:FILE for a one-line message of its own.
kind() {
	[ -f "$D/$1.eml" ] || printf 'Subject: kind %s\n\nBody of %s.\n' "$1" "$1" >"$D/$1.eml"
	echo "$1:$2:from-$1@example.org:rcpt@example.net:$D/$1.eml"
}
clock() { "$DM_TOOLS/smtp-clock" "$@" 2>>"$D/clock.err"; }
o1=$(clock order 7 "$(kind a 90)" "$(kind b 10)")
dm_is "order: every message of every kind once" "$(sort <<<"$o1" | uniq -c | awk '{ printf "%s%s ", $2, $1 }')" "a90 b10 "
dm_is "order: the same seed, the same order" "$(clock order 7 "$(kind a 90)" "$(kind b 10)")" "$o1"
dm_check "order: another seed, another order" test "$(clock order 8 "$(kind a 90)" "$(kind b 10)")" != "$o1"
dm_check "order: the rare kind is spread over the list (in its first and its last fifth)" \
	test "$(head -n 20 <<<"$o1" | grep -c b)" -gt 0 -a "$(tail -n 20 <<<"$o1" | grep -c b)" -gt 0
clock stream 25 3 7 "a:1:x@y:z@w" >/dev/null
dm_is "stream: a kind that is not KIND:COUNT:FROM:TO:FILE is a usage error" "$?" 2
clock stream 25 0 7 "$(kind a 1)" >/dev/null
dm_is "stream: no sessions is a usage error" "$?" 2
clock order 7 "$(kind a 0)" >/dev/null
dm_is "order: an empty list is a usage error" "$?" 2
clock stream "$(dm_pick_port)" 2 7 "$(kind a 3)" >/dev/null
dm_is "stream: fails (status 1) when nothing listens" "$?" 1
# Against a capturing smtp-sink: every message arrives, each kind as often as listed.
PATH=$PATH:/usr/sbin
if command -v smtp-sink >/dev/null; then
	port=$(dm_pick_port)
	chmod 755 "$D" && mkdir -p "$D/cap" && chmod 777 "$D/cap"    # smtp-sink writes as nobody
	as=(); [ "$(id -u)" = 0 ] && as=(-u nobody)
	smtp-sink "${as[@]}" -d "$D/cap/%Y%m%d%H%M%S." "127.0.0.1:$port" 16 2>>"$D/sink.err" &
	sink=$!
	dm_wait_for 10 eval '! dm_port_free "$port"'
	j=$(clock stream "$port" 3 7 "$(kind a 6)" "$(kind b 4)")
	dm_is "stream: the count of each kind sent" "$(jq -c .kinds <<<"$j" 2>/dev/null)" '{"a":6,"b":4}'
	dm_is "stream: messages and sessions" "$(jq -c '[.messages, .sessions, .seed]' <<<"$j" 2>/dev/null)" "[10,3,7]"
	dm_wait_for 10 test "$(find "$D/cap" -type f | wc -l)" -ge 10
	dm_is "stream: the sink received 6 of a and 4 of b" \
		"$(grep -l '^Subject: kind a' "$D/cap"/* | wc -l) $(grep -l '^Subject: kind b' "$D/cap"/* | wc -l)" "6 4"
	kill "$sink"; wait "$sink" 2>/dev/null
else
	ok "stream against smtp-sink # SKIP smtp-sink is not installed (make deps)"
fi
dm_done
