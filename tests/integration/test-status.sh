#!/usr/bin/env bash
# test-status: dunmail-milter warns when no MTA has connected within [milter]
# no_mta_warning seconds of start, and records when an MTA last connected and sent mail
# in its status file; `dunmail status` (and `status --json`, the same facts) reports
# that, whether dunmaild runs (its lock), the spool backlog, the outbox, whether sending
# is held (a pass whose ingest did not complete sends nothing) and the last
# digest.  miltertest plays the MTA; no
# Postfix.  TAP on stdout.
set -u
source "$(dirname "$0")/lib.sh"     # TAP helpers only
for p in dunmail dunmaild dunmail-milter; do [ -x "$BUILD/$p" ] || bail "$BUILD/$p not built (run make)"; done
command -v miltertest >/dev/null || { echo "1..0 # SKIP miltertest not installed (make deps)"; exit 0; }
T=$(mktemp -d "${TMPDIR:-/tmp}/dunmail-status.XXXXXX") || bail "mktemp"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done; [ "${DM_KEEP:-0}" = 1 ] && echo "# kept $T" || rm -rf "$T"' EXIT
cat >"$T/dunmail.conf" <<EOF
[ledger]
database = $T/ledger.sqlite
[spool]
directory = $T/spool
[mail]
billing_addresses = billing@acme.example
owner = owner@acme.example
smtp_url = smtp://127.0.0.1:9
[milter]
socket = unix:$T/milter.sock
no_mta_warning = 1
[dunning]
templates = $DM_REPO/templates
freemail_domains = $DM_REPO/data/freemail-domains.txt
[daemon]
tick = 1
digest_hour = 0
[replies]
model = $BUILD/replies.model
EOF
status() { "$BUILD/dunmail" -c "$T/dunmail.conf" status 2>&1; }
status_json() { "$BUILD/dunmail" -c "$T/dunmail.conf" status --json 2>/dev/null; }

out=$(status); rc=$?
dm_is "nothing started: exit 1 (dunmaild does not run)" "$rc" 1
dm_is "... it says so" "$(grep -c '^dunmaild: *not running$' <<<"$out")" 1
dm_is "... and that the milter has not written its status" "$(grep -c '^milter saw mail: unknown' <<<"$out")" 1
js=$(status_json); rc=$?
dm_is "status --json: the same exit status" "$rc" 1
dm_is "status --json: not running, no pid, no milter times" \
	"$(jq -c '[.dunmaild.running, .dunmaild.pid, .milter.saw_mail, (.milter.error != null)]' <<<"$js")" '[false,null,null,true]'
dm_is "status --json: no ledger yet: why, and no outbox" \
	"$(jq -c '[(.ledger_error | type), .outbox]' <<<"$js")" '["string",null]'

"$BUILD/dunmail-milter" -f -c "$T/dunmail.conf" 2>"$T/milter.log" &
PIDS+=($!)
for _ in $(seq 50); do [ -S "$T/milter.sock" ] && break; sleep 0.1; done
sleep 2
dm_is "no MTA within no_mta_warning: a warning naming the socket" \
	"$(grep -c "warning: no MTA has connected in the 1 s since start: is unix:$T/milter.sock in Postfix's smtpd_milters" "$T/milter.log")" 1
out=$(status)
dm_is "status: the milter started, no MTA yet" "$(grep -cE '^MTA connected: *never$' <<<"$out")" 1

cat >"$T/mta.lua" <<'LUA'
local conn = mt.connect(socket, 40, 0.05)
assert(conn, "connect")
assert(mt.conninfo(conn, "mx.other.example", "198.51.100.7") == nil)
assert(mt.mailfrom(conn, "<news@other.example>") == nil)
assert(mt.rcptto(conn, "<someone@elsewhere.example>") == nil)
-- DATA is the first step the milter answers (connect, MAIL and RCPT take no reply): an
-- MTA that hung up before it could leave those unread.
assert(mt.data(conn) == nil)
assert(mt.getreply(conn) == SMFIR_ACCEPT)
mt.disconnect(conn)
LUA
miltertest -D socket="unix:$T/milter.sock" -s "$T/mta.lua" >"$T/mt.log" 2>&1
dm_check "miltertest played an MTA" test $? = 0
# The milter's own thread writes the file, at once for a first mail but not in the MTA's
# time: give it a moment.
for _ in $(seq 30); do grep -q '^Last-Mail: 20' "$T/spool/milter.status" && break; sleep 0.1; done
out=$(status)
dm_is "status: when an MTA connected" "$(grep -cE '^MTA connected: *[0-9-]+ [0-9:]+ \([0-9]+ s ago\)$' <<<"$out")" 1
dm_is "status: when the milter last saw mail" "$(grep -cE '^milter saw mail: *[0-9-]+ [0-9:]+ \([0-9]+ s ago\)$' <<<"$out")" 1
dm_is "status: the file says it" "$(grep -c '^Last-Mail: 20' "$T/spool/milter.status")" 1

mkdir -p "$T/spool/bad"; : >"$T/spool/new/a.eml"; : >"$T/spool/new/b.eml"; : >"$T/spool/bad/c.eml"
out=$(status)
dm_is "status: the spool backlog" "$(grep -c "^spool: *2 new, 0 in work, 1 set aside" <<<"$out")" 1
js=$(status_json)
dm_is "status --json: the spool, as numbers" "$(jq -c '.spool | [.new, .work, .set_aside]' <<<"$js")" "[2,0,1]"
dm_check "status --json: when an MTA connected, ISO 8601 UTC" \
	grep -qE '^"20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z"$' <<<"$(jq -c '.milter.mta_connected' <<<"$js")"
rm "$T/spool/new/a.eml" "$T/spool/new/b.eml"

# The digest checks below name the local day and count one digest in the outbox: a day
# that turns between them (dunmaild queues the new day's digest too) would fail them for
# the clock's sake, so wait out the last minute before local midnight.
left=$(( $(TZ=Europe/Amsterdam date -d 'tomorrow 00:00' +%s) - $(date +%s) ))
if [ "$left" -lt 60 ]; then echo "# waiting ${left} s for local midnight to pass"; sleep $((left + 2)); fi
"$BUILD/dunmaild" -f -c "$T/dunmail.conf" >"$T/dunmaild.log" 2>&1 &
DPID=$!; PIDS+=($DPID)
for _ in $(seq 50); do [ -e "$T/ledger.sqlite" ] && break; sleep 0.1; done
sleep 1
out=$(status); rc=$?
dm_is "dunmaild runs: exit 0" "$rc" 0
dm_is "... with its pid, from the lock" "$(grep -c "^dunmaild: *running (pid $DPID)$" <<<"$out")" 1
# Past digest_hour dunmaild queues the day's digest at once; nothing listens on port 9,
# so it waits in the outbox.
dm_is "status: the outbox (the digest, waiting)" "$(grep -c '^outbox: *1 pending, 0 unknown' <<<"$out")" 1
dm_is "status: the last digest and its day" \
	"$(grep -cE "^last digest: *[0-9-]+ [0-9:]+ \([0-9]+ s ago\), for $(TZ=Europe/Amsterdam date +%F)$" <<<"$out")" 1
js=$(status_json); rc=$?
dm_is "status --json: running (exit 0), with its pid" "$rc $(jq -c '[.dunmaild.running, .dunmaild.pid]' <<<"$js")" "0 [true,$DPID]"
dm_is "status --json: the outbox" "$(jq -c '.outbox' <<<"$js")" '{"pending":1,"unknown":0}'
dm_is "status --json: the last digest's day" "$(jq -r '.last_digest.day' <<<"$js")" "$(TZ=Europe/Amsterdam date +%F)"
dm_is "status: sending goes on" "$(grep -c '^sending: *goes on' <<<"$out")" 1
dm_is "status --json: sending not held" "$(jq -c '.sending_held' <<<"$js")" null
kill "$DPID"; wait "$DPID" 2>/dev/null
out=$(status); rc=$?
dm_is "dunmaild stopped: exit 1, not running" "$rc $(grep -c '^dunmaild: *not running$' <<<"$out")" "1 1"

# A record of the milter that cannot be filed (missed/done is in the way): the pass
# sends nothing, and status says since when and why until a pass reads everything.
mkdir -p "$T/spool/missed"; printf 'x\r\n' >"$T/spool/missed/20261201T091402.0.6B21GqhJ"
: >"$T/spool/missed/done"
"$BUILD/dunmaild" --once -c "$T/dunmail.conf" >"$T/once.log" 2>&1
dm_is "dunmaild --once with a record it cannot file: exit 0" "$?" 0
dm_is "... says once that it sent nothing" "$(grep -c 'ingest did not complete.*nothing sent' "$T/once.log")" 1
out=$(status)
dm_is "status: sending held, with why" \
	"$(grep -cE '^sending: *HELD since [0-9-]+ [0-9:]+: the ingest did not complete \(1 records of mail the milter could not spool' <<<"$out")" 1
js=$(status_json)
dm_is "status --json: sending_held.why" "$(jq -r '.sending_held.why' <<<"$js")" \
	"1 records of mail the milter could not spool, left for the next pass"
rm "$T/spool/missed/done"
"$BUILD/dunmaild" --once -c "$T/dunmail.conf" >"$T/once.log" 2>&1
dm_is "status --json: a pass that reads everything ends the hold" "$(status_json | jq -c '.sending_held')" null
dm_done
