#!/bin/bash
# test-kill: never twice, never skipped, whatever moment dunmaild is killed at.
#
# Many reminders are due (KILL_INVOICES invoices, recorded before the first kill).  dunmaild runs against a private Postfix whose dunmail-milter sees our
# own reminders pass, and is killed with SIGKILL at a random moment KILL_ROUNDS times
# (ingesting, scheduling, or inside an SMTP transaction: every fourth round aims at one),
# then restarted.  At the end
# one dunmaild runs until the outbox is settled, and the capture (smtp-sink behind
# Postfix) must hold every due reminder exactly once: a reminder cut off before the end
# of DATA (the milter never saw it) went again; one the milter saw was never resent.
#
#   KILL_ROUNDS (200), KILL_INVOICES (200), KILL_MAX_MS (250): the kills and their spread;
#   `make soak` runs 1000 rounds.  DM_KILL_LEGACY=1 writes no [sending] keys (to measure
#   a build from before them).
#
# TAP on stdout; exit status 0 when every check passed.  DM_KEEP=1 keeps the directory.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"
for p in dunmail-milter dunmaild dunmail; do
	[ -x "$BUILD/$p" ] || { echo "Bail out! $BUILD/$p not built (run make)"; exit 3; }
done
ROUNDS=${KILL_ROUNDS:-200}
INVOICES=${KILL_INVOICES:-200}
MAX_MS=${KILL_MAX_MS:-250}

dm_init kill
# The window always open (the test runs at any hour); an interrupted send the milter did
# not see is judged after 2 s instead of 5 minutes.
# Two reminders a pass, so that sending spreads over many passes and many kills.
if [ "${DM_KILL_LEGACY:-0}" = 1 ]; then
	dm_dunmail_config "daemon|digest_hour = 0"
else
	dm_dunmail_config "daemon|digest_hour = 0" "sending|days = mon-sun
hours = 00:00-24:00
holidays = none
unseen_after = 2
max_per_pass = 2"
fi
dm_postfix_config "unix:$MILTER_SOCK"
dm_postfix_set "relay_domains = acme.example"
dm_milter_start
dm_sink_start
dm_postfix_start
diag "private Postfix on 127.0.0.1:$SMTP_PORT, capture on :$SINK_PORT, in $T"
mkdir -p "$T/spool/new" "$T/spool/tmp"

ISSUED=$(date -d '-40 days' +%d-%m-%Y)
DUE=$(date -d '-10 days' +%d-%m-%Y)
# spool_invoice N: outgoing invoice K-N to klant-N@debtor.example, due ten days ago
# (its first reminder is due; the second is weeks away).
spool_invoice() {
	local f="$T/spool/tmp/kill-$1.eml"
	{
		printf 'X-Dunmail-Spool: 1\nDirection: outgoing\nMail-From: billing@acme.example\n'
		printf 'Rcpt-To: klant-%s@debtor.example\nClient-Addr: 127.0.0.1\n\n' "$1"
		printf 'From: Acme BV <billing@acme.example>\r\nTo: Klant <klant-%s@debtor.example>\r\n' "$1"
		printf 'Subject: Factuur K-%s\r\nMessage-ID: <kill-inv-%s@acme.example>\r\n' "$1" "$1"
		printf 'Date: Thu, 17 Sep 2026 10:00:00 +0200\r\n\r\n'
		printf 'Hierbij factuur K-%s.\r\nFactuurdatum: %s\r\n' "$1" "$ISSUED"
		printf 'Vervaldatum: %s\r\nTotaal te betalen: EUR 100,00\r\n' "$DUE"
	} >"$f"
	mv "$f" "$T/spool/new/$(printf '%08d' "$1").eml"
}
for (( n = 1; n <= INVOICES; n++ )); do spool_invoice "$n"; done
# Recorded and queued before the kills begin, with the mail server unreachable (the
# reminders wait as pending): the kills then fall on passes that send.
sed 's|^smtp_url = .*|smtp_url = smtp://127.0.0.1:1|' "$T/dunmail.conf" >"$T/unreachable.conf"
"$BUILD/dunmaild" -f -c "$T/unreachable.conf" --once >>"$T/log/dunmaild.log" 2>&1 ||
	bail "dunmaild could not record the invoices"

# Each round: start, wait until it is past start-up (its first pass begins), kill it at a
# random moment of that pass.
# (Counted before each start: a round whose start-up was cut short by nothing but a slow
# machine must not make every later round wait out its whole timeout.)
# An SMTP transaction is a few milliseconds of a pass, so a random moment seldom falls
# inside one (2 of 200 on a quiet machine, none on a busy one).  Every fourth round,
# while reminders are still waiting, therefore watches the outbox instead and kills the
# moment a reminder is marked as being sent: the transaction is then just starting, or
# already through DATA, and both must come out right.
starts() { grep -c 'dunmaild .* started' "$T/log/dunmaild.log"; }
outbox_count() {
	sqlite3 "$T/ledger.sqlite" "SELECT count(*) FROM outbox WHERE kind = 'reminder' AND state = '$1'" 2>/dev/null
}
kill_when_sending() {
	local w
	for (( w = 0; w < 400; w++ )); do
		[ "$(outbox_count sending)" = 0 ] || { aimed=$((aimed + 1)); return; }
	done
}
start=$SECONDS aimed=0
for (( r = 1; r <= ROUNDS; r++ )); do
	before=$(starts)
	"$BUILD/dunmaild" -f -c "$T/dunmail.conf" >>"$T/log/dunmaild.log" 2>&1 &
	pid=$!
	for (( w = 0; w < 300; w++ )); do [ "$(starts)" -gt "$before" ] && break; sleep 0.02; done
	if (( r % 4 == 1 )) && [ "$(outbox_count pending)" != 0 ]; then
		kill_when_sending
	else
		ms=$(( RANDOM % MAX_MS ))
		sleep "$(printf '%d.%03d' $(( ms / 1000 )) $(( ms % 1000 )))"
	fi
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
done
diag "$ROUNDS kills in $((SECONDS - start)) s, $aimed of them aimed at a reminder being sent"

# Settle: one dunmaild until every reminder is out and the outbox holds nothing open.
dm_bg dunmaild "$BUILD/dunmaild" -f -c "$T/dunmail.conf"
DAEMON=$DM_LAST_PID
reminders() { grep -l '^X-Dunmail: reminder' "$T/capture"/* 2>/dev/null | wc -l; }
settled() {
	total=$(sqlite3 "$T/ledger.sqlite" "SELECT count(*) FROM invoices")
	[ -z "$(ls "$T/spool/new")" ] && [ "$(reminders)" -ge "$total" ] && dm_queue_empty &&
	[ "$(sqlite3 "$T/ledger.sqlite" "SELECT count(*) FROM outbox WHERE kind = 'reminder' AND state IN ('pending','sending','unknown')" 2>/dev/null)" = 0 ]
}
# Every invoice in the ledger is due; a file a kill caught mid-parse was set aside at the
# next start (a message that may crash the parser is not read again), so it is none.
dm_wait_for 90 settled || diag "not settled after 90 s"
kill -TERM "$DAEMON"; dm_wait_gone "$DAEMON" 10; dm_forget "$DAEMON"
diag "$total invoices recorded, $(ls "$T/spool/bad" | wc -l) spool files set aside after a kill mid-parse"

per_debtor=$(grep -h '^X-Rcpt-Args: <klant-' $(grep -l '^X-Dunmail: reminder' "$T/capture"/*) |
	sed -E 's/^X-Rcpt-Args: <(klant-[0-9]+)@.*/\1/' | sort | uniq -c)
twice=$(printf '%s\n' "$per_debtor" | awk '$1 > 1' | wc -l)
reached=$(printf '%s\n' "$per_debtor" | awk 'NF == 2' | wc -l)
interrupted=$(sqlite3 "$T/ledger.sqlite" "SELECT count(*) FROM events WHERE kind = 'send_interrupted'")
unseen=$(sqlite3 "$T/ledger.sqlite" "SELECT count(*) FROM events WHERE kind = 'send_unseen'" 2>/dev/null || echo 0)
# A digest cut off mid-send stays unknown (the owner asks for it again); reminders may not.
stuck=$(sqlite3 "$T/ledger.sqlite" "SELECT count(*) FROM outbox WHERE kind = 'reminder' AND state = 'unknown'")
diag "reminders captured: $(reminders) for $reached of $total debtors; $twice twice;" \
	"$interrupted kills inside a send, $unseen of them resent (the milter never saw them)," \
	"$stuck left unknown"
dm_is "every due reminder reached the capture" "$reached" "$total"
dm_is "no reminder reached it twice" "$twice" 0
dm_is "no reminder is left unknown" "$stuck" 0
dm_check "kills landed inside SMTP transactions (the test tests something)" test "$interrupted" -gt 0
dm_check_clean_logs
dm_done
