# bench/pairs.sh: the mail path's paired design (BENCH_DESIGN=pairs), sourced by
# bench/run.sh, whose functions (postfix_with, timed_stream, milter_of …) it uses.
#
# Why: on this VM the machine a run sees drifts over minutes (the disk, the hypervisor), so
# a configuration measured a quarter of an hour after another is measured on another
# machine; two quiet runs of the rounds design put dunmail/noop on ordinary mail at 0.988
# and 0.918.  Here each comparison A/B (BENCH_COMPARISONS) is many short pairs: A and B
# back to back in one freshly started Postfix, the milter switched between the two halves
# by rewriting main.cf and `postfix reload` (a restart would add its own noise), each half
# after an untimed warm-up.  The order within a pair alternates (B first in odd pairs),
# so whatever the second half gains or loses cancels over the pairs; the ratio of a pair
# is A's rate over B's.  Drift slower than a pair cancels within it.
#
# An A/A comparison (the same configuration on both sides, e.g. noop/noop) is the check
# that the design is fair: its ratio is the second half's rate over the first's (after the
# reload over after the start), and its interval must hold 1.
#
# Per comparison and stream: the median of the pairs' ratios, a 95 % bootstrap interval
# for it and the verdict against the target (bench/pair-stats, tested by
# tests/unit/test-pair-stats.c).
#
# $PAIRS_TSV (set by run.sh): stream, A, B, pair, the config run first, A's seconds, B's,
# A's spooled, B's, billing messages in the stream.

pairs_check_knobs() {
	[ "$PAIRS" -ge 5 ] || { echo "bench: BENCH_PAIRS must be at least 5 (an interval needs them)" >&2; exit 2; }
	local c
	for c in $COMPARISONS; do
		[[ "$c" =~ ^(none|noop|opendkim|dunmail)/(none|noop|opendkim|dunmail)$ ]] ||
			{ echo "bench: BENCH_COMPARISONS: '$c' is not CONFIG/CONFIG" >&2; exit 2; }
	done
}

# pairs_configs: every configuration the comparisons name, once.
pairs_configs() { tr ' /' '\n\n' <<<"$COMPARISONS" | sort -u | tr '\n' ' '; }

# pair_target STREAM A B: pair-stats's verdict arguments for that comparison: issue 11's
# targets (the same as bench/report.jq's for the rounds design), and 1 for an A/A check.
pair_target() {
	case "$1 $2/$3" in
	"plain dunmail/noop") echo "--target 0.99" ;;
	"mix dunmail/noop") echo "--target 0.95" ;;
	"mix dunmail/opendkim") echo "--target 1.2" ;;
	*) [ "$2" = "$3" ] && echo "--contains 1" ;;
	esac
}

# switch_milter CONFIG: the running Postfix's milter becomes CONFIG's.  Returns once the
# master has logged the reload, so that no session of the next half can reach an smtpd of
# the old configuration (the master stops those on reload).
reloads_logged() { grep -c 'postfix/master.*: reload' "$T/postfix.log" 2>/dev/null; }
reloaded_since() { [ "$(reloads_logged)" -gt "$1" ]; }
switch_milter() {
	local before
	before=$(reloads_logged)
	postfix_config_for "$1"
	dm_postfix_reload || bail "postfix reload failed (see $T/log/postfix-start.log)"
	dm_wait_for 20 reloaded_since "${before:-0}" || bail "Postfix did not log its reload"
}

# warm_up: WARMUP untimed messages into a sink that does not count, so that the timed half
# after a start and the one after a reload both begin with Postfix's processes spawned.
warm_up() {
	[ "$WARMUP" -gt 0 ] || return 0
	sink_counting ""
	"$DM_TOOLS/smtp-clock" time "$SMTP_PORT" someone@elsewhere.example user@debtor.example \
		"$T/msg/ordinary.eml" "$WARMUP" >/dev/null || bail "smtp-clock failed (warm-up)"
	dm_wait_for 30 dm_queue_empty || bail "the warm-up's messages were not delivered"
	sink_stop
}

# half CONFIG STREAM LABEL: one timed half of a pair in the running Postfix, after the
# warm-up.  A half that spools what its milter should not (or, for dunmail, not every
# billing message) means the switch did not take: the run stops.
half() {
	local config=$1 stream=$2 label=$3 want=0
	warm_up
	timed_stream "$stream" "$config" "$label" || return 1
	[ "$config" = dunmail ] && want=$BILLING
	[ "$SPOOLED" = "$want" ] ||
		bail "$stream $label: $SPOOLED billing messages spooled where $want should be: the milter switch did not take"
}

# one_pair STREAM A B P: pair P of the comparison A/B; appends a line to $PAIRS_TSV.
one_pair() {
	local stream=$1 a=$2 b=$3 p=$4 first second
	if [ "$a" = "$b" ] || (( p % 2 )); then first=$b second=$a; else first=$a second=$b; fi
	local -A secs spooled
	postfix_with "$first"
	half "$first" "$stream" "pair $p $a/$b: $first" || { dm_postfix_stop; return 1; }
	secs[first]=$SECS spooled[first]=$SPOOLED
	switch_milter "$second"
	half "$second" "$stream" "pair $p $a/$b: $second" || { dm_postfix_stop; return 1; }
	secs[second]=$SECS spooled[second]=$SPOOLED
	dm_postfix_stop
	# Which half is A: the second in an A/A pair (its ratio is after-reload over after-start).
	local ai=second bi=first
	[ "$first" = "$a" ] && [ "$a" != "$b" ] && ai=first bi=second
	printf '%s\t%s\t%s\t%d\t%s\t%s\t%s\t%d\t%d\t%d\n' "$stream" "$a" "$b" "$p" "$first" \
		"${secs[$ai]}" "${secs[$bi]}" "${spooled[$ai]}" "${spooled[$bi]}" "$BILLING" >>"$PAIRS_TSV"
}

# paired_runs: BENCH_PAIRS pairs of every comparison for every stream; within each pair
# number the comparisons come in a shuffled order, so that all see the same spread of the
# machine's moods.
paired_runs() {
	echo "bench: $PAIRS pairs of each of: $COMPARISONS (warm-up $WARMUP messages a half)"
	local p stream c
	for (( p = 1; p <= PAIRS; p++ )); do
		for stream in $STREAMS; do
			for c in $(shuf -e $COMPARISONS); do
				one_pair "$stream" "${c%/*}" "${c#*/}" "$p" || return 1
			done
		done
	done
}

# paired_json: per stream and comparison, pair-stats's summary with the pairs' ratios, as
# a JSON array (empty when the rounds design ran).
paired_json() {
	local stream c a b summary
	{
		for stream in $STREAMS; do
			for c in $COMPARISONS; do
				a=${c%/*} b=${c#*/}
				awk -F'\t' -v s="$stream" -v a="$a" -v b="$b" \
					'$1 == s && $2 == a && $3 == b { printf "%.6f\n", $7 / $6 }' "$PAIRS_TSV" >"$T/ratios"
				[ -s "$T/ratios" ] || continue
				summary=$("$BUILD/bench/pair-stats" --seed "$SEED" $(pair_target "$stream" "$a" "$b") \
					<"$T/ratios") || bail "pair-stats failed on $stream $c"
				jq -c --arg s "$stream" --arg a "$a" --arg b "$b" --slurpfile r "$T/ratios" \
					'{stream: $s, of: $a, to: $b} + . + {ratios: $r}' <<<"$summary"
			done
		done
	} | jq -s .
}

# pairs_runs_json: every half of every pair, as a JSON array.
pairs_runs_json() {
	jq -R -s 'split("\n") | map(select(length > 0) | split("\t")
		| {stream: .[0], of: .[1], to: .[2], pair: (.[3] | tonumber), first: .[4],
		   of_seconds: (.[5] | tonumber), to_seconds: (.[6] | tonumber),
		   of_spooled: (.[7] | tonumber), to_spooled: (.[8] | tonumber), billing: (.[9] | tonumber)})' \
		"$PAIRS_TSV"
}
