#!/bin/bash
# bench/run.sh: what a milter costs Postfix, and what dunmail-milter costs beyond that.
#
# One private Postfix (tests/integration/lib.sh) relays to an smtp-sink that only counts.
# Two smtp-source streams run side by side as one load: BENCH_MESSAGES in all,
# BENCH_INVOICE_PERCENT (default 10) of them invoices from the billing address (which
# dunmail-milter spools; 0 measures the decline path alone), the rest
# ordinary mail (which it accepts as soon as it knows).  The same load runs with no milter,
# with noop-milter (ACCEPT at RCPT TO: the floor any milter pays) and with dunmail-milter,
# BENCH_RUNS times each, interleaved; the median of each is reported in messages per second
# (from the first message sent until the sink has received the last) and as a ratio to the
# no-milter run.  Results: stdout and BENCH_OUT (default $BUILD/bench-results.json).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/../tests/integration/lib.sh"

N=${BENCH_MESSAGES:-3000}
RUNS=${BENCH_RUNS:-3}
OUT=${BENCH_OUT:-$BUILD/bench-results.json}
PCT=${BENCH_INVOICE_PERCENT:-10}
case $PCT in ''|*[!0-9]*) echo "bench: BENCH_INVOICE_PERCENT must be 0 to 100" >&2; exit 2 ;; esac
[ "$PCT" -le 100 ] || { echo "bench: BENCH_INVOICE_PERCENT must be 0 to 100" >&2; exit 2; }
N_INV=$(( N * PCT / 100 ))
N_OTHER=$(( N - N_INV ))

for p in "$BUILD/dunmail-milter" "$DM_TOOLS/noop-milter"; do
	[ -x "$p" ] || { echo "bench: $p not built (make bench builds it)" >&2; exit 1; }
done
command -v smtp-source >/dev/null || { echo "bench: smtp-source missing (make deps)" >&2; exit 1; }

dm_init bench
NOOP_SOCK="$T/run/noop.sock"
dm_dunmail_config
dm_milter_start
rm -f "$NOOP_SOCK"
dm_bg noop-milter "$DM_TOOLS/noop-milter" "unix:$NOOP_SOCK"
dm_wait_for 10 dm_socket_ready "$NOOP_SOCK" || bail "noop-milter did not start"

# one_run CONFIG: sets RUN_SECS to the elapsed seconds for N messages.  Not run in a
# subshell, so that the clean-up trap knows everything it started.
one_run() {
	case $1 in
	none)    dm_postfix_config ;;
	noop)    dm_postfix_config "unix:$NOOP_SOCK" ;;
	dunmail) dm_postfix_config "unix:$MILTER_SOCK" ;;
	esac
	dm_postfix_start
	# A counting sink (no capture files: disk would be the bottleneck) that exits after N.
	smtp-sink -u nobody -M "$N" "127.0.0.1:$SINK_PORT" 256 >>"$T/log/sink.log" 2>&1 &
	local sink=$!
	DM_PIDS+=("$sink")
	dm_wait_for 10 eval '! dm_port_free "$SINK_PORT"' || bail "smtp-sink did not start"
	local t0 t1
	t0=$(date +%s.%N)
	smtp-source -s 9 -m "$N_OTHER" -f someone@elsewhere.example -t user@debtor.example \
		-S "ordinary mail" -l 2000 "127.0.0.1:$SMTP_PORT" >>"$T/log/source.log" 2>&1 &
	local s1=$!
	local s2=""
	if [ "$N_INV" -gt 0 ]; then
		smtp-source -s 1 -m "$N_INV" -f billing@acme.example -t klant@debtor.example \
			-F "$HERE/invoice.eml" "127.0.0.1:$SMTP_PORT" >>"$T/log/source.log" 2>&1 &
		s2=$!
	fi
	wait "$s1" $s2
	# The sink exits on its N-th message; bounded so that a lost message cannot hang us.
	local i
	for (( i=0; i<1200; i++ )); do
		kill -0 "$sink" 2>/dev/null || break
		sleep 0.05
		(( i % 100 == 99 )) && dm_flush
	done
	t1=$(date +%s.%N)
	if kill -0 "$sink" 2>/dev/null; then
		kill "$sink"; echo "bench: $1: the sink did not receive all $N messages" >&2
		dm_forget "$sink"; dm_postfix_stop; return 1
	fi
	dm_forget "$sink"
	dm_postfix_stop
	RUN_SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }')
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A secs
echo "bench: $N messages per run ($N_INV invoices from billing@acme.example), $RUNS runs per configuration"
for (( r=1; r<=RUNS; r++ )); do
	for c in none noop dunmail; do
		one_run "$c" || exit 1
		s=$RUN_SECS
		secs[$c]+="$s "
		printf 'bench: run %d %-8s %8.3f s  %8.1f msg/s\n' "$r" "$c" "$s" "$(awk -v n="$N" -v s="$s" 'BEGIN { print n / s }')"
	done
done
spooled=$(dm_spool_files | wc -l)

declare -A rate
for c in none noop dunmail; do
	m=$(tr ' ' '\n' <<<"${secs[$c]}" | grep . | median)
	rate[$c]=$(awk -v n="$N" -v s="$m" 'BEGIN { printf "%.1f", n / s }')
done
ratio() { awk -v a="$1" -v b="${rate[none]}" 'BEGIN { printf "%.3f", a / b }'; }
echo
printf '%-10s %12s %18s\n' config "msg/s" "ratio to none"
for c in none noop dunmail; do printf '%-10s %12s %18s\n' "$c" "${rate[$c]}" "$(ratio "${rate[$c]}")"; done
echo "dunmail-milter spooled $spooled invoice messages (expected $(( N_INV * RUNS )))"

runs_json() { tr ' ' '\n' <<<"${secs[$1]}" | grep . | paste -sd, -; }
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //; s/"//g')
cat >"$OUT" <<-JSON
{
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "postfix": "$(postconf -h mail_version)",
  "cpu": "$cpu",
  "cpus": $(nproc),
  "messages_per_run": $N,
  "invoice_messages_per_run": $N_INV,
  "runs": $RUNS,
  "dunmail_spooled": $spooled,
  "results": {
    "none":    { "msgs_per_sec": ${rate[none]}, "ratio": $(ratio "${rate[none]}"), "seconds": [$(runs_json none)] },
    "noop":    { "msgs_per_sec": ${rate[noop]}, "ratio": $(ratio "${rate[noop]}"), "seconds": [$(runs_json noop)] },
    "dunmail": { "msgs_per_sec": ${rate[dunmail]}, "ratio": $(ratio "${rate[dunmail]}"), "seconds": [$(runs_json dunmail)] }
  }
}
JSON
echo "bench: results in $OUT"
