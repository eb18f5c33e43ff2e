#!/bin/sh
# bench/same-answers.sh: shows that a change made for speed changed no answer of the reply
# reader.  Run it once on the base tree's build (record), then on the changed build (check):
#
#   BUILD=build bench/same-answers.sh record DIR   writes DIR/dump.txt and DIR/replies.model
#   BUILD=build bench/same-answers.sh check DIR    compares this build's with DIR's
#
# The dump (bench-replies --dump, bench/reply-dump.c) holds every answer of
# dm_reply_analyze, with the model and without it, for each composed reply of
# corpus/replies/train-*.jsonl: kind, class, confidence to 17 digits, secondary class,
# date, rule, addresses, stripped text and explain.  Both dumps read DIR's model, so that
# only the reader differs; the model `dunmail train` writes must be byte-identical too.
# Exit status: 0 the same, 1 a difference (cmp names the first), 2 a usage error.
set -eu

BUILD=${BUILD:-build}
mode=${1:-}
dir=${2:-}
[ -n "$dir" ] && { [ "$mode" = record ] || [ "$mode" = check ]; } ||
	{ echo "usage: BUILD=build $0 record|check DIR" >&2; exit 2; }

if [ "$mode" = record ]; then
	mkdir -p "$dir"
	"$BUILD/dunmail" train --corpus corpus/replies --output "$dir/replies.model" 2>/dev/null
	"$BUILD/bench/bench-replies" --model "$dir/replies.model" --dump "$dir/dump.txt"
	echo "recorded $(wc -l <"$dir/dump.txt") answers and the model in $dir"
	exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$BUILD/bench/bench-replies" --model "$dir/replies.model" --dump "$tmp/dump.txt"
"$BUILD/dunmail" train --corpus corpus/replies --output "$tmp/replies.model" 2>/dev/null
status=0
cmp "$dir/dump.txt" "$tmp/dump.txt" || status=1
cmp "$dir/replies.model" "$tmp/replies.model" || status=1
[ "$status" -eq 0 ] &&
	echo "same: $(wc -l <"$tmp/dump.txt") answers and the trained model are byte-identical"
exit "$status"
