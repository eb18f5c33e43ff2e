#!/usr/bin/env bash
# test-train: `dunmail train` end to end on a small corpus (a model written where
# --output says, the same file twice, read by `dunmail classify --model`), its errors
# (no corpus, a bad line, --corrections without a ledger), and
# `dunmail classify --json` with the shipped model: the fields needs_review,
# secondary_class and explain beside the old ones, and a far-dated promise that needs review.  No root, no Postfix.  TAP on stdout.
set -u
source "$(dirname "$0")/lib.sh"     # TAP helpers only: ok, not_ok, dm_is, dm_check, dm_done

for p in dunmail; do
	[ -x "$BUILD/$p" ] || { echo "Bail out! $BUILD/$p not built (run make)"; exit 3; }
done
[ -f "$BUILD/replies.model" ] || { echo "Bail out! $BUILD/replies.model not built (run make)"; exit 3; }
W=$(mktemp -d "${TMPDIR:-/tmp}/dunmail-train.XXXXXX")
trap 'rm -rf "$W"' EXIT

# A small corpus: the first 40 replies of each training file.
mkdir -p "$W/corpus"
for f in "$DM_REPO"/corpus/replies/train-*.jsonl; do
	head -n 40 "$f" >"$W/corpus/$(basename "$f")"
done
out=$("$BUILD/dunmail" train --corpus "$W/corpus" --output "$W/a.model" 2>&1); rc=$?
dm_is "dunmail train on a small corpus exits 0" "$rc" 0
# 40 from each training file, however many there are.
want=$(cat "$W"/corpus/*.jsonl | wc -l)
dm_check "it says how many replies it read ($want)" eval 'printf "%s" "$out" | grep -q "$want replies from"'
dm_check "it reports the C and the threshold it chose" \
	eval 'printf "%s" "$out" | grep -q "chosen C .*threshold"'
dm_check "the model starts with its envelope" eval 'head -1 "$W/a.model" | grep -qx "dunmail-reply-model 2"'
"$BUILD/dunmail" train --corpus "$W/corpus" --output "$W/b.model" 2>/dev/null
dm_check "the same corpus gives the same file" cmp -s "$W/a.model" "$W/b.model"
dm_check "nothing is written beside the output" eval '[ "$(ls "$W")" = "$(printf "a.model\nb.model\ncorpus")" ]'

eml="$DM_REPO/tests/data/replies/dispute-gmail-nl.eml"
json=$("$BUILD/dunmail" classify --model "$W/a.model" --json "$eml"); rc=$?
dm_is "classify reads with the model just trained" "$rc" 0
dm_check "its answer has a class" eval 'printf "%s" "$json" | jq -e ".class | type == \"string\"" >/dev/null'

# Errors name what is wrong.
out=$("$BUILD/dunmail" train --corpus "$W/none" --output "$W/c.model" 2>&1); rc=$?
dm_is "a missing corpus exits 3" "$rc" 3
dm_check "the error names the directory" eval 'printf "%s" "$out" | grep -q "$W/none"'
mkdir -p "$W/bad"
printf '{"id": "x-1", "lang": "nl", "class": "grumble", "sent": "2026-01-01T10:00:00+01:00", "text": "hm"}\n' >"$W/bad/train-x.jsonl"
out=$("$BUILD/dunmail" train --corpus "$W/bad" --output "$W/c.model" 2>&1); rc=$?
dm_is "an unknown class exits 3" "$rc" 3
dm_check "the error names the file and line" eval 'printf "%s" "$out" | grep -q "train-x.jsonl:1: unknown class"'
dm_check "no model was written" eval '[ ! -e "$W/c.model" ]'
printf '[ledger]\ndatabase = %s/none.sqlite\n[mail]\nbilling_addresses = billing@acme.example\nowner = owner@acme.example\n' "$W" >"$W/c.conf"
out=$("$BUILD/dunmail" -c "$W/c.conf" train --corrections --corpus "$W/corpus" --output "$W/c.model" 2>&1); rc=$?
dm_is "--corrections without a ledger exits 3" "$rc" 3
dm_check "and names the ledger it could not read" eval 'printf "%s" "$out" | grep -q "none.sqlite"'
dm_check "no model was written" eval '[ ! -e "$W/c.model" ]'
out=$("$BUILD/dunmail" train --help 2>&1)
dm_check "--help says a trained model never replaces the configured one" \
	eval 'printf "%s" "$out" | grep -q "never replaces the model dunmaild"'

# classify --json: the old fields and the two new ones, from the shipped model.
json=$("$BUILD/dunmail" classify --model "$BUILD/replies.model" --json "$eml"); rc=$?
dm_is "classify --json exits 0" "$rc" 0
for key in kind class confidence date reply_text needs_review secondary_class explain; do
	dm_check "classify --json has \"$key\"" eval 'printf "%s" "$json" | jq -e "has(\"$key\")" >/dev/null'
done
dm_check "the Dutch dispute is read as a dispute" \
	eval 'printf "%s" "$json" | jq -e ".class == \"dispute\"" >/dev/null'
dm_check "secondary_class is a class name or null" \
	eval 'printf "%s" "$json" | jq -e ".secondary_class == null or (.secondary_class | type == \"string\")" >/dev/null'
dm_check "explain starts with the verdict, then names features" \
	eval 'printf "%s" "$json" | jq -e "(.explain[0] | startswith(\"model: dispute\")) and (.explain | length > 1)" >/dev/null'
dm_check "needs_review is a boolean" \
	eval 'printf "%s" "$json" | jq -e ".needs_review | type == \"boolean\"" >/dev/null'
# A promise to pay in 2099 is more often misread than meant: it waits for the owner.
cat >"$W/far.eml" <<'EML'
From: Jan de Vries <jan@devries-bouw.nl>
To: billing@acme.example
Subject: Re: Herinnering factuur 2026-0042
Date: Tue, 24 Nov 2026 10:12:00 +0100
Message-ID: <far-2099@devries-bouw.nl>
Content-Type: text/plain; charset=utf-8

Goedemorgen,

Ik betaal op 1 maart 2099.

Groet, Jan
EML
json=$("$BUILD/dunmail" classify --model "$BUILD/replies.model" --json "$W/far.eml"); rc=$?
dm_is "classify --json of a far-dated promise exits 0" "$rc" 0
dm_check "a promise to pay on 1 March 2099 needs review" \
	eval 'printf "%s" "$json" | jq -e ".needs_review == true" >/dev/null'
out=$("$BUILD/dunmail" classify --model "$W/none.model" "$eml" 2>&1); rc=$?
dm_is "classify with a missing model exits 3" "$rc" 3
dm_check "the error names the model file" eval 'printf "%s" "$out" | grep -q "model $W/none.model: "'
dm_done
