#!/bin/bash
# test-daemon: dunmaild as a daemon on the real clock, its start-up recovery and its exits.
#
#   - a spooled invoice long overdue: within a few ticks the reminder and the day's digest
#     reach the SMTP server (smtp-sink), each once, however many ticks pass;
#   - a file left in work/ by a crash a second time (not in the ledger, already retried once)
#     is set aside in bad/ at start-up;
#   - a second dunmaild on the same ledger (as a daemon or --once) is refused with exit 78,
#     naming the lock file and the first one's pid, --dry-run too (it writes its decisions);
#   - SIGTERM stops it cleanly (exit 0, "stopped" logged);
#   - bad configuration and bad usage give clear errors and their exit codes;
#   - a simulated clock never mails the world: this ledger was made on the real clock, so
#     --now is refused (dunmaild and a writing CLI verb) unless at a time not in the
#     future with --dry-run or --test-sink (loopback smtp_url); no future event enters it.
#
# TAP on stdout; exit status 0 when every check passed.  DM_KEEP=1 keeps the directory.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"
[ -x "$BUILD/dunmaild" ] || { echo "Bail out! $BUILD/dunmaild not built (run make)"; exit 3; }

dm_init daemon
dm_sink_start
SMTP_PORT=$SINK_PORT dm_dunmail_config "daemon|digest_hour = 0"
mkdir -p "$T/spool/new" "$T/spool/work"

# spool_file DIR NAME MESSAGE-ID NUMBER: an outgoing invoice due 2026-10-01.
spool_file() {
	{
		printf 'X-Dunmail-Spool: 1\nDirection: outgoing\nMail-From: billing@acme.example\n'
		printf 'Rcpt-To: klant@debtor.example\nClient-Addr: 127.0.0.1\n\n'
		printf 'From: Acme BV <billing@acme.example>\r\nTo: Klant <klant@debtor.example>\r\n'
		printf 'Subject: Factuur %s\r\nMessage-ID: %s\r\n' "$4" "$3"
		printf 'Date: Thu, 17 Sep 2026 10:00:00 +0200\r\n\r\n'
		printf 'Hierbij factuur %s.\r\nFactuurdatum: 17-09-2026\r\n' "$4"
		printf 'Vervaldatum: 01-10-2026\r\nTotaal te betalen: EUR 600,00\r\n'
	} >"$T/spool/$1/$2"
}
spool_file new 0001.eml '<daemon-inv-1@acme.example>' D-0001
spool_file work 0000.eml.retry '<crashed@acme.example>' D-0000

dm_bg dunmaild "$BUILD/dunmaild" -f -c "$T/dunmail.conf"
DAEMON=$DM_LAST_PID
count_to() { grep -l "^X-Rcpt-Args: <$1>" "$T/capture"/* 2>/dev/null | wc -l; }
dm_wait_for 20 eval '[ "$(count_to klant@debtor.example)" -ge 1 ] && [ "$(count_to owner@acme.example)" -ge 1 ]'
dm_is "the overdue invoice's reminder went out" "$(count_to klant@debtor.example)" 1
dm_is "the day's digest went to the owner" "$(count_to owner@acme.example)" 1
sleep 3     # three more ticks
dm_is "more ticks send no second reminder" "$(count_to klant@debtor.example)" 1
dm_is "more ticks send no second digest" "$(count_to owner@acme.example)" 1
dm_check "the file found in work/ a second time was set aside in bad/" test -f "$T/spool/bad/0000.eml.retry"
dm_check "work/ and new/ are empty" \
	test -z "$(find "$T/spool/work" "$T/spool/new" -type f)"
dm_check "the set-aside file is named in the log" grep -q '0000.eml.retry set aside' "$T/log/dunmaild.log"

# One dunmaild per ledger: a second one, daemon or one-shot, is refused while it runs.
for mode in daemon once; do
	args=(-c "$T/dunmail.conf"); [ "$mode" = once ] && args+=(--once)
	out=$(timeout 10 "$BUILD/dunmaild" "${args[@]}" 2>&1); rc=$?
	dm_is "a second dunmaild ($mode) on the ledger exits 78" "$rc" 78
	dm_check "the refusal ($mode) names the lock file and the holder's pid" \
		eval 'printf "%s" "$out" | grep -q "pid $DAEMON) holds the lock $T/ledger.sqlite.lock"'
done
# The same ledger named another way ("sqlite:" and a detour through "..") is the same lock.
sed "s|^database = .*|database = sqlite:$T/log/../ledger.sqlite|" "$T/dunmail.conf" >"$T/other-name.conf"
out=$(timeout 10 "$BUILD/dunmaild" -c "$T/other-name.conf" --once 2>&1); rc=$?
dm_is "a second dunmaild naming the ledger differently exits 78" "$rc" 78
dm_check "... and is refused by the same lock" \
	eval 'printf "%s" "$out" | grep -q "pid $DAEMON) holds the lock $T/ledger.sqlite.lock"'
timeout 10 "$BUILD/dunmaild" -c "$T/dunmail.conf" --once --dry-run >/dev/null 2>&1; rc=$?
dm_is "a --dry-run beside the daemon is refused too (it records what it decides)" "$rc" 78

kill -TERM "$DAEMON"
if dm_wait_gone "$DAEMON" 10; then ok "SIGTERM stops dunmaild"; else not_ok "SIGTERM stops dunmaild"; fi
wait "$DAEMON" 2>/dev/null
dm_forget "$DAEMON"
dm_check "a clean stop is logged" grep -q 'dunmaild stopped' "$T/log/dunmaild.log"

# Bad configuration: the error names the file, the key and the problem; exit 78.
printf '[mail]\nbilling_addresses = billing@acme.example\nowner = owner@acme.example\n[daemon]\ntick = soon\n' >"$T/bad.conf"
out=$("$BUILD/dunmaild" -c "$T/bad.conf" --once 2>&1); rc=$?
dm_is "bad configuration exits 78" "$rc" 78
dm_check "the error names file, key and value" \
	eval 'printf "%s" "$out" | grep -q "bad.conf: \[daemon\] tick: .soon. is not a whole number"'
# The reply model (issue 6): missing, damaged or cut short, dunmaild refuses to start and
# says which file and what it expected.
sed "s|^model = .*|model = $T/none.model|" "$T/dunmail.conf" >"$T/nomodel.conf"
out=$("$BUILD/dunmaild" -c "$T/nomodel.conf" --once 2>&1); rc=$?
dm_is "a missing model exits 78" "$rc" 78
dm_check "the error names the missing model file" \
	eval 'printf "%s" "$out" | grep -q "model $T/none.model: .*expected a reply model"'
head -c 20000 "$BUILD/replies.model" >"$T/cut.model"
sed "s|^model = .*|model = $T/cut.model|" "$T/dunmail.conf" >"$T/cutmodel.conf"
out=$("$BUILD/dunmaild" -c "$T/cutmodel.conf" --once 2>&1); rc=$?
dm_is "a model cut short exits 78" "$rc" 78
dm_check "the error names the damaged model file" \
	eval 'printf "%s" "$out" | grep -q "model $T/cut.model: .*expected"'
sed '1s/.*/dunmail-reply-model 99/' "$BUILD/replies.model" >"$T/v99.model"
sed "s|^model = .*|model = $T/v99.model|" "$T/dunmail.conf" >"$T/v99.conf"
out=$("$BUILD/dunmaild" -c "$T/v99.conf" --once 2>&1); rc=$?
dm_is "a model of another format version exits 78" "$rc" 78
dm_check "the error names the file and the version expected" \
	eval 'printf "%s" "$out" | grep -q "model $T/v99.model: format version 99, expected 2"'
printf '[mail]\nbilling_adresses = billing@acme.example\n' >"$T/typo.conf"
out=$("$BUILD/dunmaild" -c "$T/typo.conf" --once 2>&1); rc=$?
dm_is "a misspelt key exits 78" "$rc" 78
dm_check "the error names the unknown key" eval 'printf "%s" "$out" | grep -q "\[mail\] billing_adresses: unknown key"'
sed "s|^freemail_domains = .*|freemail_domains = $T/no-such-list.txt|" "$T/dunmail.conf" >"$T/nolist.conf"
out=$("$BUILD/dunmaild" -c "$T/nolist.conf" --once 2>&1); rc=$?
dm_is "a missing free-mail domain list exits 78" "$rc" 78
dm_check "the error names the key and the file" \
	eval 'printf "%s" "$out" | grep -q "\[dunning\] freemail_domains: .*no-such-list.txt"'
"$BUILD/dunmaild" -c "$T/dunmail.conf" --now 2026-12-01 >/dev/null 2>&1; rc=$?
dm_is "--now without --once is a usage error" "$rc" 2
"$BUILD/dunmaild" -c "$T/dunmail.conf" --once --now yesterday >/dev/null 2>&1; rc=$?
dm_is "a bad --now is a usage error" "$rc" 2

sent_before=$(ls "$T/capture" | wc -l)
events_before=$(sqlite3 "$T/ledger.sqlite" 'SELECT count(*) FROM events')
dm_is "the ledger made on the real clock is live" \
	"$(sqlite3 "$T/ledger.sqlite" "SELECT value FROM meta WHERE key = 'clock'")" live
out=$("$BUILD/dunmaild" -c "$T/dunmail.conf" --once --now 2027-06-01 2>&1); rc=$?
dm_is "--now on a live ledger is refused (exit 2)" "$rc" 2
dm_check "... saying why and what to do" eval 'grep -q "this ledger is live .*forecast" <<<"$out"'
"$BUILD/dunmaild" -c "$T/dunmail.conf" --once --now 2027-06-01 --test-sink >/dev/null 2>&1; rc=$?
dm_is "--test-sink does not let a future --now write a live ledger" "$rc" 2
out=$("$BUILD/dunmaild" -c "$T/dunmail.conf" --once --now 2027-06-01 --dry-run 2>&1); rc=$?
dm_is "--dry-run does not let a future --now write a live ledger (it records decisions)" "$rc" 2
out=$("$BUILD/dunmail" -c "$T/dunmail.conf" digest --send --now 2027-06-01 2>&1); rc=$?
dm_is "dunmail digest --send --now on a live ledger is refused (exit 2)" "$rc" 2
dm_is "nothing was sent" "$(ls "$T/capture" | wc -l)" "$sent_before"
dm_is "no event was written" "$(sqlite3 "$T/ledger.sqlite" 'SELECT count(*) FROM events')" "$events_before"
dm_is "no event in the live ledger is dated after the real clock" \
	"$(sqlite3 "$T/ledger.sqlite" "SELECT count(*) FROM events WHERE at > strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+1 minute')")" 0
yesterday=$(date -u -d yesterday +%F)
"$BUILD/dunmaild" -c "$T/dunmail.conf" --once --now "$yesterday" --test-sink >/dev/null 2>&1; rc=$?
dm_is "--test-sink on a loopback smtp_url, a day not in the future: runs" "$rc" 0
"$BUILD/dunmaild" -c "$T/dunmail.conf" --once --now "$yesterday" --dry-run >/dev/null 2>&1; rc=$?
dm_is "--dry-run, a day not in the future: runs" "$rc" 0
sed 's|^smtp_url = .*|smtp_url = smtp://192.0.2.1:25|' "$T/dunmail.conf" >"$T/world.conf"
out=$("$BUILD/dunmaild" -c "$T/world.conf" --once --now "$yesterday" --test-sink 2>&1); rc=$?
dm_is "--test-sink with an smtp_url off loopback is a usage error" "$rc" 2
dm_check "... naming the URL" eval 'grep -q "smtp://192.0.2.1:25 is not on loopback" <<<"$out"'
dm_done
