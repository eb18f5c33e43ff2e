#!/bin/bash
# test-faults: mail keeps flowing through the faults dunmail must survive (issue 11,
# point 2).  Short by default (make check); `make soak` runs it at length with
# FAULT_MESSAGES and FAULT_KILLS set higher.
#
#   1. dunmail-milter killed (SIGKILL) and restarted again and again during a stream of
#      ordinary and billing mail through the private Postfix (milter_default_action =
#      accept, as contrib/postfix/main.cf and DESIGN.md's "fail open" want): every message
#      is delivered, and every billing message is spooled or named in a missed record (a
#      copy the killed milter left in tmp/ is named by the restart's sweep at once, its
#      writer being gone: dm-tmp-sweep.h, so none stays there); only a message caught
#      before its end of headers leaves no trace but Postfix's log, at most the billing
#      message in flight at each kill, and one sent while the milter is down passes untouched;
#   2. the spool's disk full (a 1 MB tmpfs): mail still flows, each billing message the
#      milter could not spool is named (warning with queue id, sender, recipient, time)
#      and recorded at once in the fallback directory (missed/ beside the ledger, another
#      disk), so the milter killed and restarted meanwhile loses none; dunmaild catches
#      up and the digest names each by its queue id;
#   3. the ledger locked by another process (sqlite3 holding a write transaction): mail
#      still flows and is spooled; dunmaild sets nothing aside and ingests it all once
#      the lock is gone.
# TAP on stdout; exit status 0 when every check passed.
set -u
source "$(dirname "$0")/lib.sh"
dm_require_built dunmail-milter dunmaild dunmail
MESSAGES=${FAULT_MESSAGES:-24}
KILLS=${FAULT_KILLS:-3}

dm_init faults
trap 'rc=$?; umount "$T/spool" 2>/dev/null; (exit $rc); dm_cleanup' EXIT
dm_dunmail_config
dm_postfix_config "unix:$MILTER_SOCK"
dm_postfix_set "relay_domains = acme.example"
dm_milter_start
dm_sink_start
dm_postfix_start
dm_check "contrib/postfix/main.cf lets mail through when the milter is gone" \
	grep -q '^milter_default_action = accept' "$DM_REPO/contrib/postfix/main.cf"

# message FILE TOKEN BILLING: a small message; billing mail is an invoice.
message() {
	{
		printf 'From: <%s>\nTo: <klant@debtor.example>\nSubject: fault %s\n' \
			"$([ "$3" = 1 ] && echo billing@acme.example || echo colleague@acme.example)" "$2"
		printf 'Message-ID: <fault-%s@acme.example>\nDate: Tue, 24 Nov 2026 10:00:00 +0100\n\n' "$2"
		printf 'Factuurnummer: %s\nFactuurdatum: 24-11-2026\nTotaal te betalen: EUR 10,00\n' "$4"
		printf 'Te betalen voor 8 december 2026.\n'
		head -c 20000 /dev/zero | tr '\0' 'x' | fold -w 70
	} >"$1"
}
send() { # TOKEN BILLING INVOICE-NUMBER
	local f="$T/msg/$1.eml"
	message "$f" "$1" "$2" "${3:-2026-$RANDOM}"
	dm_swaks "$([ "$2" = 1 ] && echo billing@acme.example || echo colleague@acme.example)" \
		klant@debtor.example "$f"
}
mkdir -p "$T/msg"

# ---- 1. the milter killed and restarted during a stream ------------------------------
# While the milter is down, Postfix lets mail through untouched (fail open), and a message
# sent then leaves no trace but Postfix's log. How many that is depends on how long a
# restart takes on a busy machine, so the stream holds back new messages while the milter
# is down: what goes untraced is only what was in flight at a kill, at most a pair each.
start=$SECONDS
down="$T/milter-down"
(
	for (( i = 1; i <= MESSAGES; i++ )); do
		while [ -e "$down" ]; do sleep 0.05; done
		send "k$i" $((i % 2)) & [ $((i % 2)) = 0 ] && wait
	done
	wait
) &
stream=$!
for (( k = 1; k <= KILLS; k++ )); do
	# 0.1 to 0.9 s between kills; under valgrind, where one message takes the milter about
	# as long, ten times that, or nothing would be spooled between kills.
	gap=$(( (RANDOM % 9 + 1) * DM_WAIT_SCALE ))
	sleep "$((gap / 10)).$((gap % 10))"
	touch "$down"
	kill -KILL "$DM_MILTER_PID"; dm_wait_gone "$DM_MILTER_PID" 5; dm_forget "$DM_MILTER_PID"
	# Once, a billing message sent while the milter is down: Postfix takes it untouched.
	[ "$k" = 1 ] && send down1 1
	sleep 0.2
	dm_milter_start
	rm -f "$down"
done
wait "$stream"
dm_check "all $MESSAGES messages of the stream and the one sent while down are delivered ($KILLS kills)" \
	dm_wait_captures "$((MESSAGES + 1))" 120
diag "stream of $MESSAGES messages with $KILLS kills: $((SECONDS - start)) s"
dm_check "the milter is running after the last restart" kill -0 "$DM_MILTER_PID"
spooled=0 in_tmp=0 missed=0 untraced=0
for (( i = 1; i <= MESSAGES; i += 2 )); do
	if grep -lq "^Subject: fault k$i[[:space:]]*\$" "$T"/spool/new/* 2>/dev/null; then spooled=$((spooled + 1))
	elif grep -lq "^Subject: fault k$i[[:space:]]*\$" "$T"/spool/tmp/* 2>/dev/null; then in_tmp=$((in_tmp + 1))
	else
		qid=$(grep -l "^Subject: fault k$i[[:space:]]*\$" "$T"/capture/* | head -1 | xargs sed -n 's/.*(Postfix) with E\?SMTP id \([0-9A-Za-z]*\).*/\1/p' | head -1)
		if [ -n "$qid" ] && grep -q "Queue-Id: $qid" "$T"/spool/missed/* 2>/dev/null; then
			missed=$((missed + 1))
		else
			untraced=$((untraced + 1))
		fi
	fi
done
billing=$(( (MESSAGES + 1) / 2 ))
diag "billing messages: $billing; spooled $spooled, copy in tmp/ $in_tmp, missed record $missed, caught before end of headers $untraced"
dm_is "no copy is left in tmp/: each restart's sweep named the killed milter's copies" \
	"$in_tmp" 0
# A pair in flight at a kill holds one billing message.
dm_check "every billing message is spooled or accounted for, but those in flight at a kill" \
	test "$untraced" -le "$KILLS"
dm_check "mail sent while the milter is down is delivered (fail open)" \
	grep -lq "^Subject: fault down1[[:space:]]*\$" "$T"/capture/*
dm_is "... and leaves no spool file: the milter never saw it" \
	"$(grep -l "^Subject: fault down1[[:space:]]*\$" "$T"/spool/new/* "$T"/spool/tmp/* 2>/dev/null | wc -l)" 0
dm_is "no ordinary message is spooled" \
	"$(grep -l '^From: <colleague@acme.example>' "$T"/spool/new/* 2>/dev/null | wc -l)" 0

# ---- 2. the spool's disk full ----------------------------------------------------------
dm_milter_stop
rm -rf "$T/spool" && mkdir -p "$T/spool"
mount -t tmpfs -o size=1m,mode=0755 tmpfs "$T/spool" || bail "cannot mount a tmpfs on $T/spool"
dm_milter_start
# Part 1's restarts may have named a killed milter's copy in the same words: count only
# what this part logs.
log_mark=$(wc -l <"$T/log/dunmail-milter.log")
dd if=/dev/zero of="$T/spool/filler" bs=4k 2>/dev/null      # until the disk is full
before=$(dm_capture_count)
for i in 1 2 3; do send "full$i" 1; done
dm_check "with the spool's disk full, the billing mail is still delivered" \
	dm_wait_captures $((before + 3)) 60
dm_check "the milter is running" kill -0 "$DM_MILTER_PID"
dm_is "each unspooled billing message is named at warning, with sender and recipient" \
	"$(tail -n +"$((log_mark + 1))" "$T/log/dunmail-milter.log" |
		grep -c 'missed billing mail from <billing@acme.example> to <klant@debtor.example> at ')" 3
# The fallback directory: missed/ beside the ledger, on another disk than the full spool.
records() { find "$T/missed" -maxdepth 1 -type f -name '*.*.*' 2>/dev/null | wc -l; }
dm_is "... and recorded at once in missed/ beside the ledger, not kept in memory" "$(records)" 3
dm_check "... the warning says where" \
	grep -q "recorded in $T/missed (the spool could not take it)" "$T/log/dunmail-milter.log"
# Killed and started again while the disk is still full: the records are on disk.
dm_milter_stop -KILL
dm_milter_start
send "full4" 1
dm_check "after a restart with the disk still full, billing mail is delivered" \
	dm_wait_captures $((before + 4)) 60
dm_is "... and its record joins the three, which the restart did not lose" "$(records)" 4
rm -f "$T/spool/filler"
send "room" 1 2026-7001
dm_check "with room again, billing mail is spooled" dm_wait_for 20 eval 'grep -lq "^Subject: fault room" "$T"/spool/new/*'
queue_id_of() { # TOKEN: the queue id Postfix gave the captured message "fault TOKEN"
	grep -l "^Subject: fault $1[[:space:]]*\$" "$T"/capture/* | head -1 |
		xargs sed -n 's/.*(Postfix) with E\?SMTP id \([0-9A-Za-z]*\).*/\1/p' | head -1
}
for i in 1 2 3 4; do
	qid=$(queue_id_of "full$i")
	dm_check "the record of fault full$i names its queue id ($qid), sender and recipient" \
		grep -lq "Queue-Id: $qid" "$T"/missed/*.*.*
done
dm_dunmaild --once
dm_is "dunmaild catches up: the spooled invoice is in the ledger" \
	"$(dm_cli invoices --json 2>/dev/null | jq -r '.[].number' | grep -c '^2026-7001$')" 1
dm_is "... and has taken the four missed records (moved to missed/done/)" \
	"$(find "$T/missed/done" -type f 2>/dev/null | wc -l)" 4
digest=$(dm_cli digest 2>>"$T/log/cli.log")
for i in 1 2 3 4; do
	qid=$(queue_id_of "full$i")
	dm_check "the digest names missed message fault full$i by its queue id ($qid), to import" \
		grep -q "$qid" <<<"$digest"
done
dm_milter_stop
umount "$T/spool"
dm_milter_start

# ---- 3. the ledger locked --------------------------------------------------------------
dm_dunmaild --once          # the ledger exists
( printf 'BEGIN IMMEDIATE;\n'
  sleep 12; printf 'COMMIT;\n' ) | sqlite3 "$T/ledger.sqlite" &
locker=$!
sleep 1
before=$(dm_capture_count)
send "locked" 1 2026-7002
dm_check "with the ledger locked, billing mail is delivered" dm_wait_captures $((before + 1)) 30
dm_check "... and spooled" dm_wait_for 10 eval 'grep -lq "^Subject: fault locked" "$T"/spool/new/*'
timeout 60 "$BUILD/dunmaild" -c "$T/dunmail.conf" --once >>"$T/log/dunmaild.log" 2>&1
diag "dunmaild --once while the ledger is locked: exit $?"
dm_is "dunmaild sets nothing aside for a locked ledger" "$(ls "$T/spool/bad" 2>/dev/null | wc -l)" 0
wait "$locker"
dm_dunmaild --once
dm_is "once the lock is gone, dunmaild catches up" \
	"$(dm_cli invoices --json 2>/dev/null | jq -r '.[].number' | grep -c '^2026-7002$')" 1
dm_is "nothing is left in new/ or work/" "$(find "$T/spool/new" "$T/spool/work" -type f | wc -l)" 0
dm_check_clean_logs
dm_done
