#!/bin/sh
# tests/milter/run.sh: miltertest scenarios against the real dunmail-milter.
#
# Each tests/milter/NN-*.lua is one scenario of notes/milter.md.  For each, this script
# makes a temporary directory (config, spool, unix socket, log), starts $BUILD/dunmail-milter
# on it (as root it drops to "nobody", so the privilege drop is exercised too), runs the
# script with miltertest, then checks that the milter is still alive, stops on SIGTERM
# with status 0 and logged no "bug:" or "fatal:" line.  Scenarios run in parallel
# (libmilter takes a few seconds to stop).  Output is TAP; exit status 1 when any failed.
# Under make check VALGRIND=1 (DM_VALGRIND set by tests/run) the milter runs under memcheck,
# which starts it slowly: miltertest then waits longer for its socket and for the scenario.
#
# A scenario adjusts the configuration with lines "--@ section.key = value", and prepares
# the spool before the milter starts with lines "--$ command" (run by sh -e, with SPOOL set
# to the spool directory).
set -u

BUILD=${BUILD:-build}
HERE=$(cd "$(dirname "$0")" && pwd)
MILTER=$(cd "$(dirname "$BUILD/x")" && pwd)/dunmail-milter
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dm-miltertest-XXXXXX")
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT

if ! command -v miltertest >/dev/null 2>&1; then
	echo "1..0 # SKIP miltertest not installed (make deps)"
	exit 1
fi
if [ ! -x "$MILTER" ]; then
	echo "Bail out! $MILTER not built"
	exit 1
fi
CONNECT_TRIES=400 READ_TIMEOUT=10 SCENARIO_SECONDS=60
if [ -n "${DM_VALGRIND:-}" ]; then
	CONNECT_TRIES=6000 READ_TIMEOUT=300 SCENARIO_SECONDS=900
fi
USER_LINE=
if [ "$(id -u)" = 0 ]; then
	USER_LINE="milter.user = nobody"
fi

# Writes the configuration: defaults, then the scenario's overrides (the last value of a
# key wins), grouped by section.
write_config() { # dir script
	{
		cat <<-EOD
		spool.directory = $1/spool
		spool.max_message_size = 1M
		spool.missed_fallback = $1/fallback
		mail.billing_addresses = billing@example.nl, facturen@example.nl
		mail.owner = owner@example.nl
		mail.authserv_id = mx.example.nl
		milter.socket = unix:$1/milter.sock
		milter.internal_networks = 10.0.0.0/8
		milter.originating_daemons = ORIGINATING
		EOD
		[ -n "$USER_LINE" ] && echo "$USER_LINE"
		sed -n 's/^--@ *//p' "$2"
	} | awk '
		{ eq = index($0, "="); key = substr($0, 1, eq - 1); val = substr($0, eq + 1)
		  gsub(/^ +| +$/, "", key); gsub(/^ +| +$/, "", val)
		  dot = index(key, "."); sec = substr(key, 1, dot - 1); k = substr(key, dot + 1)
		  if (!(sec in seen)) { seen[sec] = 1; order[++n] = sec }
		  if (!((sec, k) in val_of)) keys[sec] = keys[sec] " " k
		  val_of[sec, k] = val }
		END { for (i = 1; i <= n; i++) { s = order[i]; print "[" s "]"
		        m = split(keys[s], ks, " ")
		        for (j = 1; j <= m; j++) print ks[j] " = " val_of[s, ks[j]]
		        print "" } }' > "$1/dunmail.conf"
}

run_one() { # script dir
	script=$1 dir=$2
	mkdir -p "$dir" && chmod 755 "$dir"
	write_config "$dir" "$script"
	verdict=ok why=
	if ! sed -n 's/^--\$ *//p' "$script" | SPOOL="$dir/spool" sh -e >"$dir/prepare.out" 2>&1; then
		verdict="not ok" why="preparing the spool failed: $(cat "$dir/prepare.out")"
	fi
	${DM_VALGRIND:-} "$MILTER" -f -c "$dir/dunmail.conf" 2>"$dir/milter.log" &
	pid=$!
	if ! timeout "$SCENARIO_SECONDS" miltertest -D "socket=unix:$dir/milter.sock" -D "spool=$dir/spool" \
	        -D "connect_tries=$CONNECT_TRIES" -D "read_timeout=$READ_TIMEOUT" -D "log=$dir/milter.log" -D "lib=$HERE/lib.lua" -D "scenario=$script" -s "$HERE/runner.lua" \
	        >"$dir/miltertest.out" 2>&1; then
		verdict="not ok" why="scenario failed"
	fi
	if ! kill -0 "$pid" 2>/dev/null; then
		verdict="not ok" why="$why; milter died"
	else
		if [ -n "$USER_LINE" ] && ! grep -q "^Uid:[[:space:]]*$(id -u nobody)[[:space:]]" \
		        "/proc/$pid/status"; then
			verdict="not ok" why="$why; milter did not drop root"
		fi
		kill -TERM "$pid"
	fi
	wait "$pid"
	rc=$?
	if [ "$rc" != 0 ]; then
		verdict="not ok" why="$why; milter exit status $rc"
	fi
	if grep -Eq "dunmail-milter: (bug|fatal): " "$dir/milter.log"; then
		verdict="not ok" why="$why; bug or fatal line in the log"
	fi
	{
		echo "$verdict"
		echo "${why#; }"
	} >"$dir/verdict"
}

n=0
for script in "$HERE"/[0-9]*.lua; do
	n=$((n + 1))
	run_one "$script" "$WORK/$n" &
done
wait

echo "1..$n"
failed=0 i=0
for script in "$HERE"/[0-9]*.lua; do
	i=$((i + 1))
	name=$(basename "$script" .lua)
	dir=$WORK/$i
	verdict=$(sed -n 1p "$dir/verdict" 2>/dev/null)
	[ -n "$verdict" ] || verdict="not ok"
	echo "$verdict $i - milter/$name"
	if [ "$verdict" != ok ]; then
		failed=$((failed + 1))
		echo "# $(sed -n 2p "$dir/verdict" 2>/dev/null)"
		sed 's/^/#   miltertest: /' "$dir/miltertest.out" 2>/dev/null
		sed 's/^/#   milter: /' "$dir/milter.log" 2>/dev/null
	fi
done
[ "$failed" = 0 ]
