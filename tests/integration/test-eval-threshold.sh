#!/usr/bin/env bash
# test-eval-threshold: dm-eval --threshold P pins the threshold the held-out splits are
# measured at; a P outside 0..1, a negative one or one that is no number is refused
# (exit 2), never quietly replaced by the model's calibrated threshold, and so is
# --threshold with --cv alone, which calibrates its own.  No root, no Postfix.  TAP on
# stdout.
set -u
source "$(dirname "$0")/lib.sh"     # TAP helpers only: ok, not_ok, dm_is, dm_check, dm_done

EVAL="$BUILD/tests/eval/dm-eval"
[ -x "$EVAL" ] || { echo "Bail out! $EVAL not built (run make build-tests)"; exit 3; }
[ -f "$BUILD/replies.model" ] || { echo "Bail out! $BUILD/replies.model not built (run make)"; exit 3; }
W=$(mktemp -d "${TMPDIR:-/tmp}/dunmail-eval-threshold.XXXXXX")
trap 'rm -rf "$W"' EXIT
# A small held-out set: the first ten replies of the public test split.
head -n 10 "$DM_REPO/corpus/replies/test.jsonl" >"$W/ten.jsonl"

run() { "$EVAL" --model "$BUILD/replies.model" --holdout "$W/ten.jsonl" "$@" >"$W/out" 2>"$W/err"; }

run --threshold 0.5; rc=$?
dm_is "--threshold 0.5 exits 0" "$rc" 0
dm_check "the split is measured at 0.500" grep -q '^confident (>= 0.500)' "$W/out"
for bad in 1.5 -0.5 -1 nan abc; do
	run --threshold "$bad"; rc=$?
	dm_is "--threshold $bad is refused (exit 2)" "$rc" 2
	dm_check "... saying why" grep -q 'threshold' "$W/err"
done
# With --cv alone it would measure nothing: the cross-validation calibrates its own.
"$EVAL" --model "$BUILD/replies.model" --cv --threshold 0.5 >"$W/out" 2>"$W/err"; rc=$?
dm_is "--threshold with --cv alone is refused (exit 2)" "$rc" 2
dm_check "... saying the cross-validation calibrates its own" grep -q 'cv calibrates its own' "$W/err"
dm_done
