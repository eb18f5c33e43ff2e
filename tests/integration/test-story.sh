#!/bin/bash
# test-story: the walking skeleton end to end through a real private Postfix.
#
#   (a) an invoice from the billing address passes Postfix unchanged and is in the ledger
#   (b) at due + 8 days a reminder reaches the debtor, threaded to it; never twice
#   (c) the debtor's Dutch dispute (DMARC pass) pauses the invoice
#   (d) at due + 25 days no second reminder for the paused invoice
#   (e) the digest reaches the owner and names the reply and its class
#   (f) an unauthenticated dispute (DMARC fail) holds its invoice: no reminder goes,
#       although one is due; the digest lists it under "needs you" with the commands;
#       the owner reclassifies it (`dunmail reclassify`), the ladder does what the class
#       says (a dispute: still no reminder after the hold would have ended); `dunmail
#       resume` puts it back on the ladder and the reminder goes
#   (g) with dunmail-milter killed, mid-message and then for good, no mail is lost
#
# TAP on stdout; exit status 0 when every check passed.  DM_KEEP=1 keeps the directory.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="$HERE/data"
source "$HERE/lib.sh"
for p in dunmail-milter dunmaild dunmail; do
	[ -x "$BUILD/$p" ] || { echo "Bail out! $BUILD/$p not built (run make)"; exit 3; }
done
command -v jq >/dev/null || { echo "Bail out! jq missing: run 'make deps'"; exit 3; }

dm_story_setup story
# A hold longer than the default 10 days, so that 2026-0043's first reminder (due
# 2026-12-07) falls inside the hold its reply of 2026-11-26 starts.
printf '[replies]\nmax_hold_days = 20\n' >>"$T/dunmail.conf"
diag "private Postfix on 127.0.0.1:$SMTP_PORT, capture on :$SINK_PORT, in $T"

INV1_ID='<factuur-2026-0042.7f3a@acme.example>'
INV2_ID='<factuur-2026-0043.91c2@acme.example>'

# json_invoice NUMBER: the invoice's object from `dunmail invoices --json`, or "null".
json_invoice() { dm_cli invoices --json 2>>"$T/log/cli.log" | jq -c --arg n "$1" 'map(select(.number == $n)) | .[0]'; }
reminders_to() { dm_captures_with '^X-Dunmail: reminder' "^X-Rcpt-Args: <$1>" | wc -l; }
latest_reminder_to() { dm_captures_with '^X-Dunmail: reminder' "^X-Rcpt-Args: <$1>" | tail -1; }

# headers_only_added SENT CAPTURED: the delivered header is the sent one with fields only
# added (trace and authentication fields), none removed or changed.
headers_only_added() {
	local d
	d=$(diff <(sed '/^$/q' "$1" | sed '$d') <(dm_capture_message "$2" | sed '/^$/q' | sed '$d'))
	if printf '%s\n' "$d" | grep -q '^<'; then
		diag "removed or changed header lines:" "$(printf '%s\n' "$d" | grep '^<')"
		return 1
	fi
	if printf '%s\n' "$d" | grep '^>' | grep -vqE '^> (Received:|Authentication-Results:|[ 	])'; then
		diag "unexpected added header lines:" "$(printf '%s\n' "$d" | grep '^>')"
		return 1
	fi
	return 0
}
trim_trailing_blank() { sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'; }
body_equal() {
	[ "$(dm_capture_message "$2" | sed '1,/^$/d' | trim_trailing_blank)" = \
	  "$(sed '1,/^$/d' "$1" | trim_trailing_blank)" ]
}

# ---- (a) the invoice goes out -------------------------------------------------------
diag "(a) invoices 2026-0042 and 2026-0043 go out through Postfix"
dm_check "invoice 2026-0042 accepted by Postfix" \
	dm_swaks billing@acme.example klant@debtor.example "$DATA/invoice-2026-0042.eml"
dm_check "invoice 2026-0043 accepted by Postfix" \
	dm_swaks billing@acme.example other@debtor2.example "$DATA/invoice-2026-0043.eml"
dm_check "both invoices reach the capture" dm_wait_captures 2
cap1=$(dm_capture_find '^Subject: Factuur 2026-0042')
if [ -n "$cap1" ]; then
	dm_check "delivered invoice body is the sent body, byte for byte" \
		body_equal "$DATA/invoice-2026-0042.eml" "$cap1"
	dm_check "delivered invoice header is the sent one plus added trace fields only" \
		headers_only_added "$DATA/invoice-2026-0042.eml" "$cap1"
else
	not_ok "invoice 2026-0042 found in the capture"
fi
dm_is "both invoices spooled by the milter" "$(dm_spool_files | wc -l)" 2

dm_check "dunmaild --once --now 2026-11-20 succeeds" dm_dunmaild --once --now 2026-11-20
inv=$(json_invoice 2026-0042)
diag "invoice: $inv"
dm_is "invoices --json lists 2026-0042 with amount_cents 125000" \
	"$(jq -r '.amount_cents' <<<"$inv")" 125000
dm_is "2026-0042 currency EUR" "$(jq -r '.currency' <<<"$inv")" EUR
dm_is "2026-0042 due 2026-11-16" "$(jq -r '.due_date' <<<"$inv")" 2026-11-16
dm_is "2026-0042 issued 2026-11-02" "$(jq -r '.issue_date' <<<"$inv")" 2026-11-02
dm_is "2026-0042 debtor klant@debtor.example" "$(jq -r '.debtor_email' <<<"$inv")" klant@debtor.example
dm_is "2026-0042 is open" "$(jq -r '.status' <<<"$inv")" open
dm_is "2026-0042 recorded with its Message-ID" "$(jq -r '.message_id' <<<"$inv")" "$INV1_ID"
dm_is "invoices --json lists 2026-0043 with amount_cents 48000" \
	"$(jq -r '.amount_cents' <<<"$(json_invoice 2026-0043)")" 48000
dm_is "the spool is empty after ingestion" "$(dm_spool_files | wc -l)" 0
dm_is "nothing sent before anything is due" "$(dm_captures_with '^X-Dunmail:' | wc -l)" 0

# ---- (b) the first reminder ---------------------------------------------------------
diag "(b) 2026-11-24, due + 8: the friendly reminder"
dm_check "dunmaild --once --now 2026-11-24 succeeds" dm_dunmaild --once --now 2026-11-24
dm_check "the reminder reaches the capture" dm_wait_captures 3
rem=$(latest_reminder_to klant@debtor.example)
if [ -n "$rem" ]; then
	ok "a reminder went to klant@debtor.example"
	msg="$T/reminder-1.eml"; dm_capture_message "$rem" >"$msg"
	dm_check "reminder In-Reply-To is the invoice's Message-ID" \
		grep -qF "$INV1_ID" <<<"$(dm_header "$msg" In-Reply-To)"
	dm_check "reminder References holds the invoice's Message-ID" \
		grep -qF "$INV1_ID" <<<"$(dm_header "$msg" References)"
	dm_is "reminder is Auto-Submitted: auto-generated" "$(dm_header "$msg" Auto-Submitted)" auto-generated
	dm_check "reminder has its own Message-ID" test -n "$(dm_header "$msg" Message-ID)"
	dm_check "reminder names invoice 2026-0042" \
		grep -q 2026-0042 <<<"$(dm_header "$msg" Subject; dm_body_text "$msg")"
	dm_check "reminder comes from the billing address" \
		grep -qi 'billing@acme.example' <<<"$(dm_header "$msg" From)"
else
	not_ok "a reminder went to klant@debtor.example"
	diag "$(tail -20 "$T/log/dunmaild.log")"
fi
dm_is "no reminder yet for 2026-0043 (not yet due)" "$(reminders_to other@debtor2.example)" 0
dm_check "a second pass on the same day succeeds" dm_dunmaild --once --now 2026-11-24
sleep 2; dm_flush; dm_wait_captures 3 10 >/dev/null
dm_is "the second pass sends no second reminder" "$(reminders_to klant@debtor.example)" 1
dm_is "the reminder's own copy is not taken for an invoice" \
	"$(dm_cli invoices --json 2>/dev/null | jq 'length')" 2

# ---- (c) the dispute, and (f) an unauthenticated dispute -----------------------------
diag "(c) the debtor disputes 2026-0042; (f) a DMARC-failing dispute of 2026-0043"
ncap=$(dm_capture_count)
if [ -n "$rem" ]; then
	dm_make_reply "$DATA/reply-dispute.eml.in" "$rem" "$T/reply-dispute.eml"
	dm_check "the dispute reply is accepted by Postfix" \
		dm_swaks klant@debtor.example billing@acme.example "$T/reply-dispute.eml"
	ncap=$((ncap + 1))
else
	not_ok "the dispute reply is sent (no reminder to answer)"
fi
if [ -n "$cap1" ]; then
	dm_make_reply "$DATA/reply-dispute-unauth.eml.in" "$(dm_capture_find '^Subject: Factuur 2026-0043')" \
		"$T/reply-dispute-unauth.eml"
	dm_check "the unauthenticated dispute is accepted by Postfix" \
		dm_swaks other@debtor2.example billing@acme.example "$T/reply-dispute-unauth.eml"
	ncap=$((ncap + 1))
fi
dm_check "both replies are delivered" dm_wait_captures "$ncap"
dm_check "the dispute carries dmarc=pass from the DMARC milter" \
	test -n "$(dm_captures_with '^Authentication-Results: mx.acme.example; dmarc=pass .*header.from=debtor.example' '^Subject: Re: ')"
dm_check "the unauthenticated dispute carries dmarc=fail" \
	test -n "$(dm_captures_with '^Authentication-Results: mx.acme.example; dmarc=fail .*header.from=debtor2.example')"
dm_check "dunmaild --once --now 2026-11-26 succeeds" dm_dunmaild --once --now 2026-11-26
replies=$(dm_cli replies --json 2>>"$T/log/cli.log")
diag "replies: $replies"
dispute=$(jq -c 'map(select(.from | test("klant@debtor.example"))) | .[0]' <<<"$replies")
dm_is "the dispute is matched to 2026-0042" "$(jq -r '.invoice' <<<"$dispute")" 2026-0042
dm_is "the reply is classified as dispute" "$(jq -r '.class' <<<"$dispute")" dispute
dm_is "the dispute counts as authenticated" "$(jq -r '.authenticated' <<<"$dispute")" true
dm_is "the dispute was applied" "$(jq -r '.applied' <<<"$dispute")" true
inv=$(json_invoice 2026-0042)
dm_is "2026-0042 is paused" "$(jq -r '.status' <<<"$inv")" paused
dm_check "2026-0042 pause reason names the dispute" grep -qi dispute <<<"$(jq -r '.pause_reason' <<<"$inv")"
show=$(dm_cli show 2026-0042 2>&1); rc=$?
dm_is "dunmail show 2026-0042 succeeds" "$rc" 0
dm_check "dunmail show says paused because of the dispute" \
	grep -qiE 'paused.*dispute|dispute.*paused' <<<"$show"
unauth=$(jq -c 'map(select(.from | test("other@debtor2.example"))) | .[0]' <<<"$replies")
unauth_id=$(jq -r '.id' <<<"$unauth")
dm_is "(f) the unauthenticated reply is matched to 2026-0043" "$(jq -r '.invoice' <<<"$unauth")" 2026-0043
dm_is "(f) it is classified as dispute" "$(jq -r '.class' <<<"$unauth")" dispute
dm_is "(f) it is not authenticated" "$(jq -r '.authenticated' <<<"$unauth")" false
dm_is "(f) it did not act by itself" "$(jq -r '.applied' <<<"$unauth")" false
dm_is "(f) it waits for the owner" "$(jq -r '.needs_review' <<<"$unauth")" true
dm_check "(f) it has a short id for the owner (R and a number)" grep -qE '^R[0-9]+$' <<<"$unauth_id"
inv=$(json_invoice 2026-0043)
dm_is "(f) 2026-0043 is held" "$(jq -r '.status' <<<"$inv")" held
dm_is "(f) 2026-0043 is held at most 20 days (max_hold_days)" "$(jq -r '.pause_until' <<<"$inv")" 2026-12-16

# ---- (d) past the second step: silence for the paused and the held invoice ------------
diag "(d) 2026-12-11, due + 25 for 2026-0042, due + 11 for 2026-0043"
dm_check "dunmaild --once --now 2026-12-11 succeeds" dm_dunmaild --once --now 2026-12-11
sleep 2; dm_flush
dm_is "(f) no reminder for the held 2026-0043, although its first was due on 2026-12-07" \
	"$(reminders_to other@debtor2.example)" 0
dm_is "no new reminder for the disputed 2026-0042" "$(reminders_to klant@debtor.example)" 1

# ---- (e) the digest -------------------------------------------------------------------
diag "(e) the owner's digest"
ncap=$(dm_capture_count)
send_digest() { dm_cli digest --send --now 2026-12-11 >>"$T/log/cli.log" 2>&1; }
if dm_check "dunmail digest --send --now 2026-12-11 succeeds" send_digest; then
	dm_check "the digest reaches the capture" dm_wait_captures $((ncap + 1))
else
	diag "$(tail -3 "$T/log/cli.log")"
fi
dig=$(dm_captures_with '^X-Dunmail: digest' '^X-Rcpt-Args: <owner@acme.example>' | tail -1)
if [ -n "$dig" ]; then
	ok "a digest went to owner@acme.example"
	dm_capture_message "$dig" >"$T/digest.eml"
	text=$(dm_body_text "$T/digest.eml")
	dm_check "the digest names invoice 2026-0042" grep -q 2026-0042 <<<"$text"
	dm_check "the digest names the reply's sender" grep -qi klant@debtor.example <<<"$text"
	dm_check "the digest names the class of the reply" grep -qiE 'dispute|betwist' <<<"$text"
	needs=$(sed -n '/^== Heeft uw aandacht nodig ==/,/^== /p' <<<"$text")
	dm_check "(f) the digest's needs-you names the held reply by its id" grep -qF "$unauth_id " <<<"$needs"
	dm_check "(f) ... and says when the ladder resumes unless the owner decides" \
		grep -qF 'herinneringen gaan verder op 2026-12-16 tenzij u beslist' <<<"$needs"
	dm_check "(f) ... and gives the commands that answer it" \
		grep -qF "dunmail reclassify $unauth_id dispute" <<<"$needs"
	dm_check "(f) ... including resume" grep -qF 'dunmail resume 2026-0043' <<<"$needs"
else
	not_ok "a digest went to owner@acme.example"
fi

# ---- (f) the owner decides ----------------------------------------------------------
diag "(f) the owner confirms the dispute of 2026-0043, later resumes it"
out=$(dm_cli reclassify "$unauth_id" dispute --now 2026-12-11 2>&1); rc=$?
diag "$out"
dm_is "(f) dunmail reclassify $unauth_id dispute succeeds" "$rc" 0
inv=$(json_invoice 2026-0043)
dm_is "(f) 2026-0043 is now paused as a dispute" "$(jq -r '.status + " " + .pause_reason' <<<"$inv")" "paused dispute"
corr=$(dm_cli corrections --json 2>>"$T/log/cli.log")
dm_is "(f) dunmail corrections lists the correction" \
	"$(jq -r '.[0] | .reply + " " + .original_class + " " + .class' <<<"$corr")" "$unauth_id dispute dispute"
dm_check "(f) the correction keeps the reply's text" grep -q 'dubbel gerekend' <<<"$(jq -r '.[0].reply_text' <<<"$corr")"
# A local model learns from it: the correction joins a small corpus in `dunmail train`.
mkdir -p "$T/corpus"
head -n 30 "$DM_REPO/corpus/replies/train-nl.jsonl" >"$T/corpus/train-nl.jsonl"
out=$(dm_cli train --corrections --corpus "$T/corpus" --output "$T/local.model" 2>&1); rc=$?
dm_is "(f) dunmail train --corrections exits 0" "$rc" 0
dm_check "(f) ... and learns from the one correction in the ledger" grep -q '1 corrections from' <<<"$out"
dm_check "(f) ... writing the local model where --output says" test -s "$T/local.model"
dm_is "(f) the reply no longer waits" \
	"$(dm_cli replies --json 2>>"$T/log/cli.log" | jq -r --arg id "$unauth_id" 'map(select(.id == $id)) | .[0].needs_review')" false
dm_check "(f) dunmail show 2026-0043 has the reclassification in its timeline" \
	grep -q 'reclassified' <<<"$(dm_cli show 2026-0043 2>&1)"
dm_check "dunmaild --once --now 2026-12-18 succeeds" dm_dunmaild --once --now 2026-12-18
sleep 2; dm_flush
dm_is "(f) a dispute: still no reminder after the hold would have ended" \
	"$(reminders_to other@debtor2.example)" 0
out=$(dm_cli reclassify R999999 dispute 2>&1); rc=$?
dm_is "(f) reclassify of an unknown reply exits 1" "$rc" 1
dm_check "(f) ... and says which" grep -q 'no reply R999999' <<<"$out"
out=$(dm_cli reclassify "$unauth_id" betaald 2>&1); rc=$?
dm_is "(f) reclassify with an unknown class exits 2" "$rc" 2
dm_check "(f) ... and lists the classes" grep -q 'promise_to_pay' <<<"$out"
out=$(dm_cli reclassify "$unauth_id" promise_to_pay --date 2026-13-40 2>&1); rc=$?
dm_is "(f) reclassify with a bad date exits 2" "$rc" 2
ncap=$(dm_capture_count)
dm_check "(f) dunmail resume 2026-0043 succeeds" dm_cli resume 2026-0043 --now 2026-12-18
dm_is "(f) 2026-0043 is open again" "$(jq -r '.status' <<<"$(json_invoice 2026-0043)")" open
dm_check "dunmaild --once --now 2026-12-18 succeeds" dm_dunmaild --once --now 2026-12-18
dm_check "(f) the resumed 2026-0043's reminder goes" dm_wait_captures $((ncap + 1)) 20
dm_is "(f) one reminder went to other@debtor2.example" "$(reminders_to other@debtor2.example)" 1

# ---- (g) milter down: nothing lost ----------------------------------------------------
diag "(g) dunmail-milter killed mid-message, then down for good"
big="$T/big.eml"
{
	printf 'From: Acme BV <billing@acme.example>\nTo: <bulk@debtor.example>\n'
	printf 'Subject: Bijlage jaaroverzicht (groot)\nMessage-ID: <big-1@acme.example>\n\n'
	for i in $(seq 1 60000); do printf 'Regel %06d van het jaaroverzicht, factuur 2026-0042 en verder.\n' "$i"; done
} >"$big"
ncap=$(dm_capture_count)
dm_swaks billing@acme.example bulk@debtor.example "$big" &
swaks_pid=$!
midway=no
# Busy-wait with shell builtins only: the milter spools megabytes in milliseconds.  Its
# temporary file exists from end of headers until the rename at end of message.
deadline=$((SECONDS + 20))
while [ $SECONDS -lt $deadline ]; do
	if compgen -G "$T/spool/tmp/*" >/dev/null; then
		kill -KILL "$DM_MILTER_PID"; midway=yes; break
	fi
	kill -0 "$swaks_pid" 2>/dev/null || break
done
[ "$midway" = yes ] || kill -KILL "$DM_MILTER_PID"
dm_wait_gone "$DM_MILTER_PID" 5; dm_forget "$DM_MILTER_PID"
dm_is "dunmail-milter was killed while spooling the large message" "$midway" yes
dm_is "so the milter never finished its copy" "$(grep -l 'big-1@acme.example' $(dm_spool_files) /dev/null | wc -l)" 0
wait "$swaks_pid"; rc=$?
dm_is "Postfix accepted the message whose milter died under it" "$rc" 0
dm_check "the large message is delivered" dm_wait_captures $((ncap + 1)) 30
dm_check "the large message is delivered whole" \
	grep -q 'Regel 060000 van het jaaroverzicht' "$(dm_capture_find '^Subject: Bijlage jaaroverzicht')"
ncap=$(dm_capture_count)
smtp-source -c -m 20 -s 4 -f billing@acme.example -t klant@debtor.example \
	-S "zonder milter" "127.0.0.1:$SMTP_PORT" >>"$T/log/smtp-source.log" 2>&1
dm_is "smtp-source handed 20 messages to Postfix" "$?" 0
dm_check "all 20 messages are delivered with the milter down" dm_wait_captures $((ncap + 20)) 60
dm_is "exactly 20 more messages in the capture" "$(( $(dm_capture_count) - ncap ))" 20
dm_check "Postfix logged the milter failure and went on" \
	grep -qE 'connect to Milter service unix:.*(Connection refused|No such file)' "$T/postfix.log"
dm_is "nothing is left in the Postfix queue" "$(dm_queue_empty && echo empty)" empty
dm_check_clean_logs

dm_done
