#!/bin/bash
# test-digest-commands: the owner answers the digest by mail, through a real private
# Postfix.
#
#   (a) two invoices go out; a DMARC-failing dispute of 2026-0043 is held for the owner
#   (b) the digest reaches the owner with a Reply-To carrying its token
#   (c) the owner's reply to that address (its own DMARC failing: the token proves it)
#       with good and bad lines, a signature and a quote: the good lines run (a pause, a
#       reclassification kept in `dunmail corrections`), the bad ones are answered "not
#       understood" or "not done", quoted lines are not run, and the confirmation reaches
#       the capture, threaded to the owner's reply
#   (d) a forged reply with the owner's From, threaded to the digest but without token or
#       authentication, changes nothing, sends nothing back, and the next digest says so
#   (e) replays: the same reply again, and the same line in a new reply, run nothing twice
#   (f) with the DMARC milter passing the owner's domain, a reply that only names the
#       digest in In-Reply-To is obeyed (the Authentication-Results path)
#
# TAP on stdout; exit status 0 when every check passed.  DM_KEEP=1 keeps the directory.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
DATA="$HERE/data"
source "$HERE/lib.sh"
dm_require_built dunmail-milter dunmaild dunmail

dm_init digest-commands
dm_dunmail_config
dm_postfix_config "unix:$AR_SOCK" "unix:$MILTER_SOCK"
dm_postfix_set "relay_domains = acme.example"
# The owner's own domain fails DMARC at first: only the token can prove the owner.
dm_ar_start debtor2.example,acme.example
dm_milter_start
dm_sink_start
dm_postfix_start
diag "private Postfix on 127.0.0.1:$SMTP_PORT, capture on :$SINK_PORT, in $T"

INV2_ID='<factuur-2026-0043.91c2@acme.example>'
status_of() { dm_invoice_json "$1" | jq -r '.status'; }
confirmations() { dm_captures_with '^X-Dunmail: confirmation' '^X-Rcpt-Args: <owner@acme.example>'; }
run_pass() { dm_dunmaild --once --now "$1"; }

# owner_mail FILE TO IN-REPLY-TO MESSAGE-ID BODY: a reply from the owner.
owner_mail() {
	cat >"$1" <<-EOM
	From: Olga Owner <owner@acme.example>
	To: $2
	Subject: Re: dunmail: overzicht
	Date: Sat, 21 Nov 2026 08:30:00 +0100
	Message-ID: $4
	In-Reply-To: $3
	References: $3
	MIME-Version: 1.0
	Content-Type: text/plain; charset=UTF-8

	$5
	EOM
}

# ---- (a) invoices and a held reply ---------------------------------------------------
dm_check "invoice 2026-0042 accepted" \
	dm_swaks billing@acme.example klant@debtor.example "$DATA/invoice-2026-0042.eml"
dm_check "invoice 2026-0043 accepted" \
	dm_swaks billing@acme.example other@debtor2.example "$DATA/invoice-2026-0043.eml"
dm_check "both invoices reach the capture" dm_wait_captures 2
printf '> Factuur 2026-0043\n' >"$T/quote"
SUBJECT="Factuur 2026-0043" IN_REPLY_TO="$INV2_ID" REFERENCES="$INV2_ID" QUOTE_FILE="$T/quote" \
perl -pe '
	BEGIN { local $/; open my $q, "<", $ENV{QUOTE_FILE} or die; $main::quote = <$q>; chomp $main::quote }
	s/\@SUBJECT\@/$ENV{SUBJECT}/g; s/\@IN_REPLY_TO\@/$ENV{IN_REPLY_TO}/g;
	s/\@REFERENCES\@/$ENV{REFERENCES}/g; s/\@QUOTE\@/$main::quote/g' \
	"$DATA/reply-dispute-unauth.eml.in" >"$T/reply-unauth.eml"
dm_check "the unauthenticated dispute is accepted" \
	dm_swaks other@debtor2.example billing@acme.example "$T/reply-unauth.eml"
dm_check "it reaches the capture" dm_wait_captures 3
dm_check "dunmaild --once --now 2026-11-20 succeeds" run_pass 2026-11-20
rid=$(dm_cli replies --json 2>>"$T/log/cli.log" | jq -r 'map(select(.invoice == "2026-0043")) | .[0].id')
dm_check "the dispute of 2026-0043 has a reply id" grep -qE '^R[0-9]+$' <<<"$rid"
dm_is "2026-0043 is held for the owner" "$(status_of 2026-0043)" held

# ---- (b) the digest and its token ----------------------------------------------------
ncap=$(dm_capture_count)
send_digest() { dm_cli digest --send --now 2026-11-21 >>"$T/log/cli.log" 2>&1; }
dm_check "dunmail digest --send --now 2026-11-21 succeeds" send_digest
dm_check "the digest reaches the capture" dm_wait_captures $((ncap + 1))
dig=$(dm_captures_with '^X-Dunmail: digest' | tail -1)
dm_capture_message "$dig" >"$T/digest.eml"
reply_to=$(dm_header "$T/digest.eml" Reply-To | grep -oE 'billing\+dmc-[0-9]+-[0-9]{8}-[0-9a-f]{20}@acme\.example')
digest_id=$(dm_header "$T/digest.eml" Message-ID)
dm_check "the digest's Reply-To carries a token ($reply_to)" test -n "$reply_to"
dm_check "the token expires 14 days after the digest" grep -q -- '-20261205-' <<<"$reply_to"
dm_check "the digest tells how to answer it" grep -q 'Beantwoord deze mail' <(dm_body_text "$T/digest.eml")

# ---- (c) the owner's reply with the token ---------------------------------------------
owner_mail "$T/cmd1.eml" "$reply_to" "$digest_id" "<cmd1.7781@acme.example>" \
"2026-0042 stop belt zelf tot 2026-12-15
$rid promise 2026-12-20
2026-0099 betaald
graag ook even bellen

--
Olga Owner, Acme BV

Op 21 nov 2026 schreef dunmail:
> 2026-0043 writeoff"
ncap=$(dm_capture_count)
dm_check "the owner's reply is accepted by Postfix" \
	dm_swaks owner@acme.example "$reply_to" "$T/cmd1.eml"
dm_check "it reaches the capture" dm_wait_captures $((ncap + 1))
dm_check "the owner's reply fails DMARC (the token must prove it)" \
	test -n "$(dm_captures_with '^Message-ID: <cmd1.7781' 'dmarc=fail .*header.from=acme.example')"
ncap=$(dm_capture_count)
dm_check "dunmaild --once --now 2026-11-21 succeeds" run_pass 2026-11-21
dm_check "a confirmation reaches the owner" dm_wait_captures $((ncap + 1))
conf=$(confirmations | tail -1)
if [ -n "$conf" ]; then
	dm_capture_message "$conf" >"$T/confirmation-1.eml"
	text=$(dm_body_text "$T/confirmation-1.eml")
	diag "$text"
	dm_check "the confirmation answers the owner's reply" \
		grep -qF '<cmd1.7781@acme.example>' <<<"$(dm_header "$T/confirmation-1.eml" In-Reply-To)"
	dm_check "... says the pause was done" grep -qE 'gedaan: invoice 2026-0042: paused by the owner \(belt zelf\) until 2026-12-15' <<<"$text"
	dm_check "... says the reclassification was done" grep -qE "gedaan: $rid reclassified" <<<"$text"
	dm_check "... says the unknown invoice was not done, and why" \
		grep -qF "niet gedaan: no invoice numbered '2026-0099'" <<<"$text"
	dm_check "... says the sentence was not understood" grep -qF 'niet begrepen:' <<<"$text"
	dm_check "... and has nothing to say about the signature or the quote" \
		test -z "$(grep -E 'Olga|writeoff' <<<"$text")"
	dm_is "... in the subject: 2 done, 2 not" "$(dm_header "$T/confirmation-1.eml" Subject)" \
		"dunmail: uw opdrachten (2 gedaan, 2 niet)"
else
	not_ok "the confirmation is in the capture"
	diag "$(tail -20 "$T/log/dunmaild.log")"
fi
dm_is "2026-0042 is paused" "$(status_of 2026-0042)" paused
dm_is "2026-0043 follows the promise (paused), not the quoted writeoff" "$(status_of 2026-0043)" paused
corr=$(dm_cli corrections --json 2>>"$T/log/cli.log")
dm_is "dunmail corrections lists the correction by mail, with the reply's text" \
	"$(jq -r --arg r "$rid" 'map(select(.reply == $r)) | .[0] | "\(.original_class) \(.class)"' <<<"$corr")" \
	"dispute promise_to_pay"
dm_check "... kept with the reply's text" grep -q 'dubbel gerekend' <<<"$corr"
dm_is "the owner's reply is not recorded as a debtor reply" \
	"$(dm_cli replies --json 2>>"$T/log/cli.log" | jq 'map(select(.from | test("owner@"))) | length')" 0

# ---- (d) a forged reply -----------------------------------------------------------------
owner_mail "$T/forged.eml" "billing@acme.example" "$digest_id" "<forged.1@evil.example>" \
	"2026-0042 writeoff"
nconf=$(confirmations | wc -l)
ncap=$(dm_capture_count)
dm_check "the forged reply is accepted by Postfix" \
	dm_swaks owner@acme.example billing@acme.example "$T/forged.eml"
dm_check "it reaches the capture" dm_wait_captures $((ncap + 1))
dm_check "dunmaild --once --now 2026-11-21 succeeds" run_pass 2026-11-21
sleep 2; dm_flush
dm_is "the forged writeoff changed nothing" "$(status_of 2026-0042)" paused
dm_is "nothing is sent back to a forger" "$(confirmations | wc -l)" "$nconf"
dm_check "dunmaild says why it was not obeyed" grep -q 'was not obeyed: it carries no token' "$T/log/dunmaild.log"
dm_check "the next digest tells the owner" \
	grep -q 'antwoord op het overzicht niet uitgevoerd' <(dm_cli digest --now 2026-11-22 2>>"$T/log/cli.log")

# ---- (e) replays --------------------------------------------------------------------------
before=$(dm_cli show 2026-0042 2>&1 | grep -c 'paused by the owner')
ncap=$(dm_capture_count)
dm_check "the same reply is sent again" dm_swaks owner@acme.example "$reply_to" "$T/cmd1.eml"
owner_mail "$T/cmd2.eml" "$reply_to" "$digest_id" "<cmd2.7782@acme.example>" \
	"2026-0042 stop belt zelf tot 2026-12-15"
dm_check "the same line in a new reply is sent" dm_swaks owner@acme.example "$reply_to" "$T/cmd2.eml"
dm_check "both reach the capture" dm_wait_captures $((ncap + 2))
dm_check "dunmaild --once --now 2026-11-22 succeeds" run_pass 2026-11-22
sleep 2; dm_flush
dm_is "no pause was done twice" "$(dm_cli show 2026-0042 2>&1 | grep -c 'paused by the owner')" "$before"
dm_is "2026-0042 is still paused until 2026-12-15" "$(dm_invoice_json 2026-0042 | jq -r '.pause_until')" 2026-12-15
last=$(confirmations | tail -1)
dm_check "the confirmation says the line was already done, and when" \
	grep -q 'al gedaan op: 2026-11-2' <(dm_body_text "$(dm_capture_message "$last" >"$T/c.eml"; echo "$T/c.eml")")

# ---- (f) the Authentication-Results path -------------------------------------------------
kill "$(cat "$T/run/ar-milter.pid")" 2>/dev/null
dm_wait_gone "$(cat "$T/run/ar-milter.pid")" 10
dm_forget "$(cat "$T/run/ar-milter.pid")"
dm_ar_start debtor2.example
owner_mail "$T/cmd3.eml" "billing@acme.example" "$digest_id" "<cmd3.7783@acme.example>" \
	"2026-0042 hervat"
nconf=$(confirmations | wc -l)
ncap=$(dm_capture_count)
dm_check "a verified reply without token is accepted" \
	dm_swaks owner@acme.example billing@acme.example "$T/cmd3.eml"
dm_check "it reaches the capture" dm_wait_captures $((ncap + 1))
dm_check "it carries dmarc=pass for the owner's domain" \
	test -n "$(dm_captures_with '^Message-ID: <cmd3.7783' 'dmarc=pass .*header.from=acme.example')"
dm_check "dunmaild --once --now 2026-11-22 succeeds" run_pass 2026-11-22
dm_check "its confirmation reaches the owner" dm_wait_captures $((ncap + 2))
dm_is "2026-0042 is open again" "$(status_of 2026-0042)" open
dm_is "one more confirmation" "$(confirmations | wc -l)" $((nconf + 1))

dm_check_clean_logs
dm_done
