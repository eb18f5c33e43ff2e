# lib.sh: a private Postfix on loopback for dunmail's integration tests, the demo and the
# benchmark.  Source it from bash; it defines functions and changes nothing until called.
#
#   dm_init NAME            make the private directory $T (mode 755) and pick free ports;
#                           installs an EXIT trap that stops everything started and removes
#                           $T (kept when DM_KEEP=1, or always by the demo)
#   dm_postfix_config M...  write $T/etc/{main,master}.cf; M are milter sockets
#                           ("unix:/path" or "inet:port@host") in smtpd_milters order
#   dm_postfix_start/stop   the instance; start waits until its SMTP port answers
#   dm_sink_start [ARGS]    smtp-sink on $SINK_PORT capturing into $T/capture/
#   dm_wait_captures N [S]  wait until N messages are captured and the queue is empty
#   dm_dunmail_config [X]   write $T/dunmail.conf; each X, "group|key = value", replaces
#                           the defaults of that group's extra lines
#   dm_milter_start/stop    dunmail-milter with $T/dunmail.conf; wait for its socket
#   dm_bg NAME CMD...       run CMD in the background, logged to $T/log/NAME.log
#   ok/not_ok/dm_check/diag TAP output; dm_done prints the plan and sets the exit status
#
# Everything is written inside $T.  Failures to set up are fatal ("Bail out!" in TAP).
# Needs: postfix (postconf, postqueue, smtp-sink, smtp-source), swaks; runs as root
# because Postfix's master needs it.

: "${BUILD:=build}"
DM_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
case $BUILD in /*) ;; *) BUILD="$DM_REPO/$BUILD" ;; esac
DM_TOOLS="$BUILD/tests/tools"

DM_PIDS=()          # background processes we started, stopped in reverse order
DM_POSTFIX_UP=0
DM_KEEP_DIR=${DM_KEEP:-0}
TAP_N=0
TAP_FAILED=0

# ---- TAP ----------------------------------------------------------------------------
diag() { local line; while IFS= read -r line; do printf '# %s\n' "$line"; done <<<"$*"; }
ok()     { TAP_N=$((TAP_N + 1)); printf 'ok %d - %s\n' "$TAP_N" "$*"; }
not_ok() { TAP_N=$((TAP_N + 1)); TAP_FAILED=$((TAP_FAILED + 1)); printf 'not ok %d - %s\n' "$TAP_N" "$*"; }
# dm_check DESCRIPTION CMD...: ok when CMD succeeds.
dm_check() {
	local desc=$1; shift
	if "$@"; then ok "$desc"; else not_ok "$desc"; return 1; fi
}
# dm_is DESCRIPTION GOT WANT
dm_is() {
	if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1"; diag "got:  '$2'"; diag "want: '$3'"; return 1; fi
}
bail() { printf 'Bail out! %s\n' "$*"; DM_KEEP_DIR=1; exit 3; }
dm_done() {
	printf '1..%d\n' "$TAP_N"
	if [ "$TAP_FAILED" -gt 0 ]; then
		DM_KEEP_DIR=1
		diag "$TAP_FAILED of $TAP_N failed"
		exit 1
	fi
	exit 0
}

# ---- set-up and clean-up ------------------------------------------------------------
dm_port_free() {
	# Free when nothing accepts a connection there (bash's /dev/tcp, no extra tools).
	! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
dm_pick_port() {
	local p i
	for i in $(seq 1 200); do
		p=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
		if dm_port_free "$p" && [[ " ${DM_PORTS_TAKEN:-} " != *" $p "* ]]; then
			DM_PORTS_TAKEN="${DM_PORTS_TAKEN:-} $p"
			echo "$p"; return 0
		fi
	done
	return 1
}

dm_init() {
	local name=${1:-test}
	[ "$(id -u)" = 0 ] || bail "the private Postfix needs root (its master process checks it)"
	for tool in postfix postconf postqueue smtp-sink swaks; do
		command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || bail "missing $tool: run 'make deps'"
	done
	export PATH="$PATH:/usr/sbin:/sbin"
	T=$(mktemp -d "${TMPDIR:-/tmp}/dunmail-$name.XXXXXX") || bail "mktemp failed"
	chmod 755 "$T"          # the postfix user must traverse it
	mkdir -p "$T/etc" "$T/queue" "$T/data" "$T/capture" "$T/log" "$T/spool" "$T/run"
	chown postfix "$T/data" || bail "chown postfix $T/data"
	chown nobody "$T/capture"
	chmod 755 "$T/run"
	SMTP_PORT=$(dm_pick_port) || bail "no free port"
	SINK_PORT=$(dm_pick_port) || bail "no free port"
	MILTER_SOCK="$T/run/milter.sock"
	AR_SOCK="$T/run/ar.sock"
	trap dm_cleanup EXIT
	trap 'exit 130' INT TERM
}

dm_cleanup() {
	local rc=$?
	[ "${DM_CLEANED:-0}" = 1 ] && return 0
	DM_CLEANED=1
	# Also when a subshell started it: a live master is found by its pid file.
	if [ "$DM_POSTFIX_UP" = 1 ] || { [ -n "${T:-}" ] && kill -0 "$(dm_master_pid)" 2>/dev/null; }; then
		dm_postfix_stop
	fi
	local i
	for (( i=${#DM_PIDS[@]}-1; i>=0; i-- )); do
		kill "${DM_PIDS[i]}" 2>/dev/null
	done
	for (( i=${#DM_PIDS[@]}-1; i>=0; i-- )); do
		dm_wait_gone "${DM_PIDS[i]}" 5 || kill -9 "${DM_PIDS[i]}" 2>/dev/null
	done
	DM_PIDS=()
	if [ -n "${T:-}" ] && [ -d "$T" ]; then
		if [ "$DM_KEEP_DIR" = 1 ] || [ "$rc" != 0 ]; then
			[ "${DM_QUIET_KEEP:-0}" = 1 ] || echo "# kept $T (remove with: rm -rf $T)"
		else
			rm -rf "$T"
		fi
	fi
}

# dm_wait_gone PID SECONDS
dm_wait_gone() {
	local i
	for (( i=0; i<$2*10; i++ )); do
		kill -0 "$1" 2>/dev/null || return 0
		sleep 0.1
	done
	return 1
}

# dm_bg NAME CMD...: background job, output in $T/log/NAME.log; its pid in DM_LAST_PID.
dm_bg() {
	local name=$1; shift
	"$@" >>"$T/log/$name.log" 2>&1 &
	DM_LAST_PID=$!
	disown "$DM_LAST_PID"   # no "Killed" notices from bash when we stop it
	DM_PIDS+=("$DM_LAST_PID")
	echo "$DM_LAST_PID" >"$T/run/$name.pid"
}

# dm_forget PID: a process we stopped ourselves.
dm_forget() {
	local keep=() p
	for p in "${DM_PIDS[@]}"; do [ "$p" = "$1" ] || keep+=("$p"); done
	DM_PIDS=("${keep[@]}")
}

# dm_wait_for SECONDS CMD...: poll CMD every 0.1 s until it succeeds.
# Under make check VALGRIND=1 the programs run many times slower, and a wait's cap that
# fits them natively would fail a correct run: every cap below is multiplied by this.
# The waits return as soon as their condition holds, so only a failing wait is longer.
DM_WAIT_SCALE=1
[ -n "${DM_VALGRIND:-}" ] && DM_WAIT_SCALE=10

dm_wait_for() {
	local secs=$(( $1 * DM_WAIT_SCALE )) i; shift
	for (( i=0; i<secs*10; i++ )); do
		"$@" && return 0
		sleep 0.1
	done
	return 1
}

dm_socket_ready() {
	local s=${1#unix:}
	[ -S "$s" ]
}

# ---- Postfix ------------------------------------------------------------------------
# dm_postfix_config [MILTER...]: milter sockets in order, each with its own fail-open
# settings (Postfix >= 3.0), so a dead milter never blocks mail.
dm_postfix_config() {
	local milters="" m
	for m in "$@"; do
		milters="${milters:+$milters, }{ $m, default_action=accept, connect_timeout=10s, command_timeout=10s, content_timeout=60s }"
	done
	cat >"$T/etc/main.cf" <<-EOF
	# private Postfix for dunmail tests: everything under $T
	compatibility_level = 3.6
	queue_directory = $T/queue
	data_directory = $T/data
	maillog_file = $T/postfix.log
	maillog_file_prefixes = $T
	myhostname = mx.acme.example
	mydomain = acme.example
	myorigin = acme.example
	inet_interfaces = 127.0.0.1
	inet_protocols = ipv4
	mydestination =
	local_recipient_maps =
	alias_maps =
	alias_database =
	mynetworks = 127.0.0.0/8
	relayhost = [127.0.0.1]:$SINK_PORT
	smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
	smtpd_authorized_xclient_hosts = 127.0.0.0/8
	smtpd_peername_lookup = no
	smtp_dns_support_level = disabled
	smtp_host_lookup = native
	smtp_connect_timeout = 5s
	smtp_tls_security_level = none
	smtpd_tls_security_level = none
	biff = no
	queue_run_delay = 2s
	minimal_backoff_time = 2s
	maximal_backoff_time = 4s
	in_flow_delay = 0
	default_process_limit = 100
	smtpd_client_connection_count_limit = 0
	smtp_destination_concurrency_limit = 20
	initial_destination_concurrency = 10
	milter_protocol = 6
	smtpd_milters = $milters
	non_smtpd_milters = $milters
	EOF
	# Every service unchrooted: chrooted ones could not reach sockets under $T.
	cat >"$T/etc/master.cf" <<-EOF
	# service type  private unpriv chroot wakeup maxproc command
	127.0.0.1:$SMTP_PORT inet n - n - - smtpd
	pickup    unix  n       -       n       60      1       pickup
	cleanup   unix  n       -       n       -       0       cleanup
	qmgr      unix  n       -       n       300     1       qmgr
	rewrite   unix  -       -       n       -       -       trivial-rewrite
	bounce    unix  -       -       n       -       0       bounce
	defer     unix  -       -       n       -       0       bounce
	trace     unix  -       -       n       -       0       bounce
	verify    unix  -       -       n       -       1       verify
	flush     unix  n       -       n       1000?   0       flush
	proxymap  unix  -       -       n       -       -       proxymap
	proxywrite unix -       -       n       -       1       proxymap
	smtp      unix  -       -       n       -       -       smtp
	relay     unix  -       -       n       -       -       smtp
	showq     unix  n       -       n       -       -       showq
	error     unix  -       -       n       -       -       error
	retry     unix  -       -       n       -       -       error
	discard   unix  -       -       n       -       -       discard
	anvil     unix  -       -       n       -       1       anvil
	scache    unix  -       -       n       -       1       scache
	postlog   unix-dgram n  -       n       -       1       postlogd
	EOF
}

# dm_postfix_set KEY=VALUE...: change main.cf (before start, or reload after).
dm_postfix_set() { postconf -c "$T/etc" -e "$@"; }

dm_smtp_up() { ! dm_port_free "$SMTP_PORT"; }

dm_postfix_start() {
	postfix -c "$T/etc" start >>"$T/log/postfix-start.log" 2>&1 \
		|| { cat "$T/log/postfix-start.log" >&2; bail "postfix start failed (see $T/log/postfix-start.log)"; }
	DM_POSTFIX_UP=1
	dm_wait_for 20 dm_smtp_up || bail "private Postfix does not answer on 127.0.0.1:$SMTP_PORT"
}

dm_postfix_stop() {
	postfix -c "$T/etc" stop >>"$T/log/postfix-start.log" 2>&1
	DM_POSTFIX_UP=0
	# master exits asynchronously; wait so that $T can be removed.
	local pid
	pid=$(dm_master_pid)
	[ -n "$pid" ] && dm_wait_gone "$pid" 10
}
dm_master_pid() { [ -f "$T/queue/pid/master.pid" ] && tr -d ' \n' <"$T/queue/pid/master.pid"; }

dm_postfix_reload() { postfix -c "$T/etc" reload >>"$T/log/postfix-start.log" 2>&1; }
dm_flush() { postqueue -c "$T/etc" -f >/dev/null 2>&1; }
dm_queue_empty() { postqueue -c "$T/etc" -p 2>/dev/null | grep -q 'Mail queue is empty'; }

# ---- capture (smtp-sink) ------------------------------------------------------------
dm_sink_start() {
	dm_bg smtp-sink smtp-sink -u nobody -d "$T/capture/%Y%m%d%H%M%S." "$@" "127.0.0.1:$SINK_PORT" 64
	DM_SINK_PID=$DM_LAST_PID
	dm_wait_for 10 eval '! dm_port_free "$SINK_PORT"' || bail "smtp-sink did not start"
}
dm_sink_stop() {
	kill "$DM_SINK_PID" 2>/dev/null; dm_wait_gone "$DM_SINK_PID" 5; dm_forget "$DM_SINK_PID"
}

dm_capture_count() { find "$T/capture" -type f | wc -l; }
# Captured files, oldest first.
dm_captures() { ls -1tr "$T/capture"/* 2>/dev/null; }

# dm_wait_captures N [SECONDS]: at least N captured and nothing left in the queue.
dm_wait_captures() {
	local want=$1 secs=$(( ${2:-30} * DM_WAIT_SCALE )) i
	for (( i=0; i<secs*5; i++ )); do
		if [ "$(dm_capture_count)" -ge "$want" ] && dm_queue_empty; then
			return 0
		fi
		(( i % 10 == 9 )) && dm_flush
		sleep 0.2
	done
	diag "waited ${secs}s for $want captured messages, have $(dm_capture_count)"
	return 1
}

# dm_capture_find PATTERN: newest captured file whose text matches the extended regex.
dm_capture_find() {
	local f found=""
	for f in $(dm_captures); do grep -qE -- "$1" "$f" && found=$f; done
	[ -n "$found" ] && echo "$found"
}

# dm_capture_message FILE: the message as delivered (smtp-sink's own header lines and its
# three-line Received header removed, and the empty line it appends).
dm_capture_message() {
	awk 'BEGIN { skip = 1; rl = 0 }
	     skip && /^X-(Client-Addr|Client-Proto|Helo-Args|Mail-Args|Rcpt-Args): / { next }
	     skip && rl == 0 && /^Received: from .*/ { rl = 1; next }
	     skip && rl == 1 { if (/^[ \t]/) next; skip = 0 }
	     { print }' "$1" | sed '$ { /^$/ d }'
}

# ---- dunmail ------------------------------------------------------------------------
# dm_dunmail_config [EXTRA_LINE...]: the test configuration; extra lines go at the end of
# the section named in front of them: "milter|internal_networks = 10.9.9.0/24".
dm_dunmail_config() {
	local -A extra=()
	local e
	for e in "$@"; do extra[${e%%|*}]+="${e#*|}"$'\n'; done
	mkdir -p "$T/spool"
	cat >"$T/dunmail.conf" <<-EOF
	# dunmail test configuration, written by tests/integration/lib.sh
	[ledger]
	database = $T/ledger.sqlite
	${extra[ledger]:-}
	[spool]
	directory = $T/spool
	${extra[spool]:-}
	[mail]
	billing_addresses = billing@acme.example
	owner = owner@acme.example
	from_name = Acme BV
	smtp_url = smtp://127.0.0.1:$SMTP_PORT
	authserv_id = mx.acme.example
	${extra[mail]:-}
	[milter]
	socket = unix:$MILTER_SOCK
	socket_group = postfix
	${extra[milter]:-internal_networks = 127.0.0.0/8}
	[dunning]
	timezone = Europe/Amsterdam
	language = nl
	templates = $DM_REPO/templates
	freemail_domains = $DM_REPO/data/freemail-domains.txt
	${extra[dunning]:-}
	[sending]
	${extra[sending]:-days = mon-sun
	hours = 00:00-24:00
	holidays = none}
	[daemon]
	tick = 1
	${extra[daemon]:-}
	[replies]
	model = $BUILD/replies.model
	${extra[replies]:-}
	EOF
}

dm_milter_start() {
	[ -x "$BUILD/dunmail-milter" ] || bail "$BUILD/dunmail-milter not built"
	rm -f "$MILTER_SOCK"
	dm_bg dunmail-milter ${DM_VALGRIND:-} "$BUILD/dunmail-milter" -f -c "$T/dunmail.conf"
	DM_MILTER_PID=$DM_LAST_PID
	dm_wait_for 10 dm_socket_ready "$MILTER_SOCK" \
		|| { cat "$T/log/dunmail-milter.log" >&2; bail "dunmail-milter did not open $MILTER_SOCK"; }
}
dm_milter_stop() {
	kill "${1:--TERM}" "$DM_MILTER_PID" 2>/dev/null
	dm_wait_gone "$DM_MILTER_PID" 10
	dm_forget "$DM_MILTER_PID"
}

# dm_ar_start [FAIL-DOMAINS]: the stand-in DKIM/DMARC milter on $AR_SOCK.
dm_ar_start() {
	rm -f "$AR_SOCK"
	dm_bg ar-milter "$DM_TOOLS/ar-milter" "unix:$AR_SOCK" mx.acme.example "${1:-}"
	dm_wait_for 10 dm_socket_ready "$AR_SOCK" || bail "ar-milter did not open $AR_SOCK"
}

# dm_swaks FROM TO FILE [SWAKS-ARGS...]: send FILE through the private Postfix.
dm_swaks() {
	local from=$1 to=$2 file=$3; shift 3
	swaks --silent 1 --server "127.0.0.1:$SMTP_PORT" --helo client.example \
		--from "$from" --to "$to" --data "@$file" "$@" >>"$T/log/swaks.log" 2>&1
}

# dm_require_built PROGRAM...: bail out unless each is built in $BUILD (and jq exists).
dm_require_built() {
	local p
	for p in "$@"; do
		[ -x "$BUILD/$p" ] || { echo "Bail out! $BUILD/$p not built (run make)"; exit 3; }
	done
	command -v jq >/dev/null || { echo "Bail out! jq missing: run 'make deps'"; exit 3; }
}
# dm_invoice_json NUMBER: the invoice's object from `dunmail invoices --json`, or "null".
dm_invoice_json() {
	dm_cli invoices --json 2>>"$T/log/cli.log" | jq -c --arg n "$1" 'map(select(.number == $n)) | .[0]'
}

# Under make check VALGRIND=1 (DM_VALGRIND set by tests/run) these run under memcheck.
dm_dunmaild() { ${DM_VALGRIND:-} "$BUILD/dunmaild" -f -c "$T/dunmail.conf" "$@" >>"$T/log/dunmaild.log" 2>&1; }
dm_cli() { ${DM_VALGRIND:-} "$BUILD/dunmail" -c "$T/dunmail.conf" "$@"; }

# The spool files the milter committed.
dm_spool_files() { find "$T/spool" -path '*/new/*' -type f 2>/dev/null; }

# ---- messages -----------------------------------------------------------------------
# dm_header FILE NAME: the first NAME header of the message in FILE, unfolded (any case).
dm_header() {
	awk -v want="$(printf '%s' "$2" | tr 'A-Z' 'a-z')" '
		/^\r?$/ { exit }
		/^[ \t]/ { if (cur == want && !done) val = val " " substr($0, 2); next }
		{ if (cur == want && val != "") { done = 1 }
		  n = index($0, ":"); cur = tolower(substr($0, 1, n - 1))
		  if (cur == want && !done) { val = substr($0, n + 1); sub(/^[ \t]+/, "", val) } }
		END { gsub(/\r/, "", val); print val }' "$1"
}

# dm_body_text FILE: the decoded text/plain body of a (captured) message.
dm_body_text() { perl "$DM_REPO/tests/integration/body-text.pl" "$1"; }

# dm_make_reply TEMPLATE ORIGINAL OUT: a reply to the captured ORIGINAL from TEMPLATE
# (data/*.eml.in), threaded to it and quoting its text the way Gmail does.
dm_make_reply() {
	local tmpl=$1 orig=$2 out=$3 msg="$T/reply-orig.$$"
	dm_capture_message "$orig" >"$msg"
	local subject id refs
	subject=$(dm_header "$msg" Subject)
	subject=${subject#Re: }
	id=$(dm_header "$msg" Message-ID)
	refs=$(dm_header "$msg" References)
	dm_body_text "$msg" | head -n 20 | sed 's/^/> /; s/^> $/>/' >"$msg.quote"
	SUBJECT="$subject" IN_REPLY_TO="$id" REFERENCES="${refs:+$refs }$id" QUOTE_FILE="$msg.quote" \
	perl -pe '
		BEGIN { local $/; open my $q, "<", $ENV{QUOTE_FILE} or die; $main::quote = <$q>; chomp $main::quote }
		s/\@SUBJECT\@/$ENV{SUBJECT}/g; s/\@IN_REPLY_TO\@/$ENV{IN_REPLY_TO}/g;
		s/\@REFERENCES\@/$ENV{REFERENCES}/g; s/\@QUOTE\@/$main::quote/g' "$tmpl" >"$out"
	rm -f "$msg" "$msg.quote"
}

# dm_captures_with REGEX...: captured files matching every extended REGEX, oldest first.
dm_captures_with() {
	local f r hit
	for f in $(dm_captures); do
		hit=1
		for r in "$@"; do grep -qE -- "$r" "$f" || { hit=0; break; }; done
		[ $hit = 1 ] && echo "$f"
	done
}

# dm_story_setup NAME: the scene of the story (test-story.sh and the demo): dunmail's
# configuration, the stand-in DMARC milter (failing debtor2.example), dunmail-milter,
# the capture and Postfix with both milters.
dm_story_setup() {
	dm_init "$1"
	dm_dunmail_config
	dm_postfix_config "unix:$AR_SOCK" "unix:$MILTER_SOCK"
	dm_postfix_set "relay_domains = acme.example"
	dm_ar_start debtor2.example
	dm_milter_start
	dm_sink_start
	dm_postfix_start
}

# dm_check_clean_logs: no sanitizer report or GLib critical in any log of ours (under
# SAN=1 the background programs report into their logs, not into our exit status).
dm_check_clean_logs() {
	local hits
	hits=$(grep -lE 'ERROR: (Address|Leak|Undefined)Sanitizer|runtime error:|-CRITICAL \*\*|: bug: |VALGRIND-ERROR-BEGIN' "$T"/log/*.log 2>/dev/null)
	if [ -z "$hits" ]; then
		ok "no sanitizer report or critical warning in the programs' logs"
	else
		not_ok "no sanitizer report or critical warning in the programs' logs"
		diag "in: $hits"
		diag "$(grep -hE -A3 'Sanitizer|runtime error:|CRITICAL|: bug: |VALGRIND-ERROR-BEGIN' $hits | head -20)"
	fi
}
