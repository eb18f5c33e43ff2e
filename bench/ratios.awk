# ratios.awk: per-round ratios of the mail path's runs (bench/run.sh).
#
#   awk -F'\t' -v pairs="noop/none dunmail/noop ..." -f ratios.awk runs.tsv
#
# Input lines: stream, round, config, seconds (one run of N messages), spooled, billing.
# For each stream and pair A/B: in each round where both ran, A's rate over B's (the same
# N messages, so B's seconds over A's); then the median, min and max of those per-round
# ratios, never a ratio of medians: a round's noise touches both configurations of that
# round alike, and the spread over rounds shows what is left.  Output: one JSON array.
{ secs[$1 SUBSEP $2 SUBSEP $3] = $4; streams[$1] = 1; if ($2 > rounds) rounds = $2 }
function median(v, n,   i, j, t) {
	for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
	return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}
END {
	np = split(pairs, p, " "); first = 1; printf "["
	for (s in streams) for (k = 1; k <= np; k++) {
		split(p[k], ab, "/"); n = 0; list = ""
		for (r = 1; r <= rounds; r++) {
			a = secs[s SUBSEP r SUBSEP ab[1]]; b = secs[s SUBSEP r SUBSEP ab[2]]
			if (a == "" || b == "" || a <= 0) continue
			v[++n] = b / a; list = list (n > 1 ? ", " : "") sprintf("%.4f", b / a)
		}
		if (n == 0) continue
		lo = v[1]; hi = v[1]; for (i = 2; i <= n; i++) { if (v[i] < lo) lo = v[i]; if (v[i] > hi) hi = v[i] }
		printf "%s{\"stream\": \"%s\", \"of\": \"%s\", \"to\": \"%s\", \"median\": %.4f, \"min\": %.4f, \"max\": %.4f, \"rounds\": [%s]}",
			first ? "" : ", ", s, ab[1], ab[2], median(v, n), lo, hi, list
		first = 0
	}
	print "]"
}
