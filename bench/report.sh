#!/bin/bash
# bench/report.sh: every figure of `make bench` in one table and one JSON file.
#
#   bench/report.sh [DIR]      (DIR: where the parts wrote their JSON; default $BUILD)
#
# Reads DIR/bench-mail.json (bench/run.sh), bench-spool.json, bench-replies.json,
# bench-invoices.json and, when present, bench-scheduler.json (the scheduler bench);
# a part that is missing is left out of the table and is null in the JSON.  Writes
# DIR/bench-results.json (or $BENCH_OUT): the parts as they are, under "parts", and the
# table's rows under "table".  Prints the table: configuration, median, min, max, target
# and whether the median meets it ("-" where there is no target); for the paired design's
# rows, min and max are the median's 95 % interval and the last column is the verdict.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
: "${BUILD:=build}"
DIR=${1:-$BUILD}
OUT=${BENCH_OUT:-$DIR/bench-results.json}
command -v jq >/dev/null || { echo "bench: jq missing (make deps)" >&2; exit 1; }

part() { if [ -s "$DIR/bench-$1.json" ]; then cat "$DIR/bench-$1.json"; else echo null; fi; }

jq -n --argjson mail "$(part mail)" --argjson spool "$(part spool)" \
	--argjson replies "$(part replies)" --argjson invoices "$(part invoices)" \
	--argjson scheduler "$(part scheduler)" -f "$HERE/report.jq" >"$OUT" ||
	{ echo "bench: cannot write $OUT" >&2; exit 1; }

jq -r '.table[] | [.name, .median, .min, .max, .target, .met] | map(. // "-" | tostring) | @tsv' "$OUT" |
awk -F'\t' '
	# Ratios with three decimals; counts (µs, per second) as whole numbers.
	function fmt(v) {
		if (v !~ /^-?[0-9.]+(e[-+]?[0-9]+)?$/) return v
		return (v >= 100 || v <= -100) ? sprintf("%.0f", v) : sprintf("%.3f", v)
	}
	BEGIN { printf "%-46s %9s %9s %9s %10s %5s\n", "configuration", "median", "min", "max", "target", "met?" }
	{ printf "%-46s %9s %9s %9s %10s %5s\n", $1, fmt($2), fmt($3), fmt($4), $5, $6 }'
echo "bench: all figures in $OUT"
