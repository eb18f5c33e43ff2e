#!/bin/bash
# demo.sh (make demo): the dunmail story told to a person, on a simulated clock.
#
# It starts a private Postfix on loopback with two milters (a stand-in DMARC checker and
# dunmail-milter) relaying everything to a local capture, plays an invoice, a reminder, a
# Dutch dispute, an unverified promise the owner confirms, the silence that follows and the
# owner's digest, and says after each step
# what happened and where to see it.  Nothing leaves the machine; everything is written in
# one temporary directory, which is kept for you to look at; every process it started is
# stopped at the end.  The scene is the one tests/integration/test-story.sh checks.
set -u
REPO=$(cd "$(dirname "$0")/.." && pwd)
DATA="$REPO/tests/integration/data"
source "$REPO/tests/integration/lib.sh"
for p in dunmail-milter dunmaild dunmail; do
	[ -x "$BUILD/$p" ] || { echo "demo: $BUILD/$p not built (run make)" >&2; exit 1; }
done

if [ -t 1 ]; then B=$'\e[1m'; D=$'\e[2m'; R=$'\e[0m'; else B=; D=; R=; fi
PROBLEMS=0
say()     { printf '%s\n' "$*"; }
day()     { printf '\n%s── %s ──%s\n' "$B" "$*" "$R"; }
indent()  { sed 's/^/      /' | cut -c1-200; }
excerpt() { printf '%s' "$D"; indent; printf '%s' "$R"; }
problem() { PROBLEMS=$((PROBLEMS + 1)); say "  (!) $*"; }
step_run() {  # step_run CMD...: run quietly, report a failure with its log tail
	"$@" || { problem "'$*' failed; see $T/log/"; return 1; }
}
# show_mail FILE: the headers a person cares about and the first lines of the text.
show_mail() {
	local msg="$T/show.$$" h
	dm_capture_message "$1" >"$msg"
	for h in From To Subject Date Message-ID In-Reply-To References Auto-Submitted Authentication-Results X-Dunmail; do
		local v; v=$(dm_header "$msg" "$h")
		[ -n "$v" ] && printf '%s: %s\n' "$h" "$v"
	done | excerpt
	echo "      ${D}…${R}"
	dm_body_text "$msg" | sed '/^[[:space:]]*$/N;/^\s*\n$/D' | head -n "${2:-12}" | excerpt
	rm -f "$msg"
}
reminders_to() { dm_captures_with '^X-Dunmail: reminder' "^X-Rcpt-Args: <$1>"; }

say "${B}dunmail demo${R}: dunning that lives in the mail server."
say "Setting the scene: a private Postfix, its milters and a capture, all in one temporary"
say "directory."
DM_QUIET_KEEP=1
dm_story_setup demo
DM_KEEP_DIR=1
say "  Postfix listens on 127.0.0.1:$SMTP_PORT. Its milters, in order: a stand-in DMARC checker"
say "  (adds Authentication-Results; it fails debtor2.example) and dunmail-milter. Postfix relays"
say "  every message to smtp-sink on 127.0.0.1:$SINK_PORT, which stores each one in"
say "  $T/capture/."
say "  Nothing leaves this machine."

day "2026-11-02 — Acme BV sends invoice 2026-0042"
step_run dm_swaks billing@acme.example klant@debtor.example "$DATA/invoice-2026-0042.eml"
step_run dm_swaks billing@acme.example other@debtor2.example "$DATA/invoice-2026-0043.eml"
dm_wait_captures 2 >/dev/null || problem "the invoices did not reach the capture"
say "Anna at Acme sends invoice 2026-0042 (€ 1.250,00, due 2026-11-16) to Kees at"
say "klant@debtor.example from her usual mail client — here swaks, through Postfix — and"
say "invoice 2026-0043 (€ 480,00, due 2026-11-30) to other@debtor2.example."
say "dunmail-milter saw both leave from the billing address and put a copy in the spool"
say "($(dm_spool_files | wc -l) files in $T/spool/new); the mails themselves went on unchanged:"
f=$(dm_capture_find '^Subject: Factuur 2026-0042')
[ -n "$f" ] && show_mail "$f" 8

day "2026-11-20 — dunmaild reads the spool"
step_run dm_dunmaild --once --now 2026-11-20
say "dunmaild --once --now 2026-11-20 read the two invoices into the ledger:"
dm_cli invoices 2>&1 | excerpt

day "2026-11-24 (due + 8) — the friendly reminder"
n=$(dm_capture_count)
step_run dm_dunmaild --once --now 2026-11-24
dm_wait_captures $((n + 1)) >/dev/null || problem "no reminder reached the capture"
rem=$(reminders_to klant@debtor.example | tail -1)
if [ -n "$rem" ]; then
	say "dunmaild sent a friendly reminder to klant@debtor.example, threaded to the invoice"
	say "(In-Reply-To is the invoice's Message-ID, so Kees sees one conversation):"
	show_mail "$rem" 12
else
	problem "expected a reminder to klant@debtor.example"
fi
step_run dm_dunmaild --once --now 2026-11-24
sleep 1; dm_wait_captures "$(dm_capture_count)" 5 >/dev/null
say "Run again on the same day, dunmaild sends nothing: $(reminders_to klant@debtor.example | wc -l) reminder in the capture."

day "2026-11-25 — Kees disputes the invoice"
n=$(dm_capture_count)
if [ -n "$rem" ]; then
	dm_make_reply "$DATA/reply-dispute.eml.in" "$rem" "$T/reply-dispute.eml"
	step_run dm_swaks klant@debtor.example billing@acme.example "$T/reply-dispute.eml"
fi
dm_make_reply "$DATA/reply-promise-unauth.eml.in" "$(dm_capture_find '^Subject: Factuur 2026-0043')" "$T/reply-promise.eml"
step_run dm_swaks other@debtor2.example billing@acme.example "$T/reply-promise.eml"
dm_wait_captures $((n + 2)) >/dev/null || problem "the replies did not reach the capture"
say "Kees answers the reminder in his mail client (Dutch, quoting the reminder below his text)."
say "The DMARC checker vouched for debtor.example; dunmail-milter spooled the reply on its way"
say "to Acme's mailbox:"
f=$(dm_captures_with '^Subject: Re: ' 'header.from=debtor.example' | tail -1)
[ -n "$f" ] && show_mail "$f" 7
say "The same day a message claiming to be from other@debtor2.example promises to pay 2026-0043"
say "on 31 December. It fails DMARC: anyone could have written it, so dunmail will not act on"
say "it by itself. Nor will it let the ladder run past it: the reply holds the invoice for Anna."

day "2026-11-26 — dunmaild reads the replies"
step_run dm_dunmaild --once --now 2026-11-26
dm_cli replies 2>&1 | excerpt
say "The dispute is verified and understood: it paused 2026-0042 by itself. What 'dunmail show'"
say "says about it:"
dm_cli show 2026-0042 2>&1 | excerpt
promise_id=$(dm_cli replies --json 2>/dev/null |
	jq -r 'map(select(.from == "other@debtor2.example")) | .[0].id // empty')
held=$(dm_cli invoices --json 2>/dev/null | jq -r '.[] | select(.number == "2026-0043") | .status')
if [ -n "$promise_id" ] && [ "$held" = held ]; then
	say "The unverified promise ($promise_id) holds 2026-0043 (status '$held': waiting for Anna). The"
	say "digest lists it under 'needs you' with the commands that answer it."
	day "2026-11-27 — Anna confirms the promise"
	say "Anna knows Olaf wrote it, and confirms what he promised:"
	say "  \$ dunmail reclassify $promise_id promise_to_pay --date 2026-12-31"
	dm_cli reclassify "$promise_id" promise_to_pay --date 2026-12-31 --now 2026-11-27 2>&1 | excerpt
else
	problem "expected the unverified promise to hold 2026-0043 (status '$held', reply '$promise_id')"
fi

day "2026-12-11 (due + 25) — past the second reminder step"
n=$(dm_capture_count)
step_run dm_dunmaild --once --now 2026-12-11
sleep 2; dm_wait_captures "$n" 10 >/dev/null
# reminders_are ADDRESS N: N reminders to ADDRESS in the capture, or a problem named.
reminders_are() {
	local k; k=$(reminders_to "$1" | wc -l)
	[ "$k" = "$2" ] || { problem "expected $2 reminder(s) to $1, found $k"; return 1; }
}
reminders_are klant@debtor.example 1 &&
	say "The second reminder for 2026-0042 was due on 2026-12-07 (due + 21), but the invoice is" &&
	say "disputed: dunmaild sent Kees nothing more (still 1 reminder in the capture)."
reminders_are other@debtor2.example 0 &&
	say "2026-0043 is due + 11 and its first reminder was due on 2026-12-07, but Anna confirmed" &&
	say "Olaf's promise for 31 December: nothing goes to him before 3 January."

day "2026-12-11 — the owner's digest"
n=$(dm_capture_count)
send_digest() {
	dm_cli digest --send --now 2026-12-11 --html "$T/digest.html" >"$T/digest.txt" 2>>"$T/log/cli.log"
}
step_run send_digest
dm_wait_captures $((n + 1)) >/dev/null || problem "the digest did not reach the capture"
dig=$(dm_captures_with '^X-Dunmail: digest' | tail -1)
if [ -n "$dig" ]; then
	say "Once a day the owner gets one mail: what needs the owner (each item with the command"
	say "that answers it), promises, what was sent and goes out next, and the receivables at a"
	say "glance. It is text and HTML in one message:"
	grep -i '^Content-Type:' "$dig" | excerpt
	say "Its text part (the HTML part, with the aging as a bar chart, is in $T/digest.html):"
	excerpt <"$T/digest.txt"
fi
dm_cli report --html "$T/report.html" --now 2026-12-11 >>"$T/log/cli.log" 2>&1 &&
	say "The same overview with every unpaid invoice: dunmail report --html $T/report.html"
say "And as a table, for a spreadsheet too (dunmail aging --csv):"
dm_cli aging --now 2026-12-11 2>&1 | excerpt

day "Afterwards"
dm_cleanup
say "Everything the demo started (Postfix, the milters, the capture) has been stopped."
say "Look around in $T:"
say "  capture/        every mail Postfix delivered (smtp-sink's header lines, then the mail)"
say "  ledger.sqlite   the ledger:  sqlite3 $T/ledger.sqlite '.tables'"
say "  postfix.log     Postfix's log; log/ holds the milters', dunmaild's and the CLI's"
say "  digest.html     the digest's HTML part; report.html the overview (open them in a browser)"
say "  dunmail.conf    the configuration, to ask the CLI yourself:"
say "                  $BUILD/dunmail -c $T/dunmail.conf show 2026-0042"
say "Remove it with:  rm -rf $T"
if [ "$PROBLEMS" -gt 0 ]; then
	say "$PROBLEMS step(s) did not go as the story says (marked (!) above)."
	exit 1
fi
