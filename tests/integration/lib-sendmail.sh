# lib-sendmail.sh: a private Sendmail for dunmail's integration tests, beside lib.sh's
# private Postfix.  Source it after lib.sh; it changes nothing until called.
#
# Debian's sendmail-bin conflicts with postfix as an installed package, but it runs
# unpacked: the packages are downloaded (never installed), unpacked into a directory of
# the test's own, and started with a .cf built from the test's .mc.
#
#   dm_sendmail_fetch       the .debs of sendmail-bin and sendmail-cf, cached in
#                           $BUILD/sendmail-debs (one download per clone); returns 1 with
#                           the reason in DM_SENDMAIL_SKIP when they cannot be had
#   dm_sendmail_init        after dm_init: $SM, a root-owned 0755 directory under /run
#                           (Sendmail refuses a queue or socket below a world-writable
#                           directory without the sticky bit's owner, such as /tmp/x),
#                           the packages unpacked into $SM/root, ports SM_PORT (the MTA,
#                           on loopback) and SM_MSA_PORT / SM_MX_PORT (on SM_OUTSIDE_ADDR,
#                           the machine's first non-loopback IPv4 address, when it has one)
#   dm_sendmail_config      $SM/etc/dunmail-test.mc → .cf: the test's queue, pid and status
#                           paths, its daemons, a smart host on smtp-sink ($SINK_PORT), and
#                           contrib/sendmail/dunmail.mc with the test's milter socket
#   dm_sendmail_start/stop  `sendmail -C CF -bD -q1m` (the -bd daemon, in the foreground)
#   dm_sendmail_swaks PORT FROM TO FILE [ARGS]  SMTP to one of its daemons
#   dm_sendmail_t FILE      local submission: `sendmail -C CF -t` (recipients from the
#                           message, sender from its From:)
#   dm_sendmail_bs FROM TO FILE  local submission as an SMTP session on stdin (-bs)
#
# Needs: libwrap0 and m4 installed (scripts/deps.sh), apt-get download once.

DM_SM_DEBS="$BUILD/sendmail-debs"

# dm_sm ARGS...: the unpacked sendmail with the test's .cf (SM_USE_CF to use another).  Sendmail qualifies the
# machine's own name before it reads any configuration and, when it cannot ("My unqualified
# host name (vm) unknown; sleeping for retry"), sleeps a minute at every start; so each
# one runs in a UTS namespace of its own named mx.acme.example, leaving the machine's
# name and /etc/hosts alone.
dm_sm() {
	# Its own name is looked up in DNS too: one short try, so a slow or absent resolver
	# (CI without network) costs a second, not a minute.
	RES_OPTIONS="timeout:1 attempts:1" unshare --uts sh -c 'hostname mx.acme.example && exec "$@"' sendmail "$SM_BIN" -C "${SM_USE_CF:-$SM_CF}" "$@"
}

dm_sendmail_have_debs() {
	compgen -G "$DM_SM_DEBS/sendmail-bin_*.deb" >/dev/null \
		&& compgen -G "$DM_SM_DEBS/sendmail-cf_*.deb" >/dev/null
}

dm_sendmail_fetch() {
	local p
	DM_SENDMAIL_SKIP=""
	for p in m4 dpkg-deb; do
		command -v "$p" >/dev/null || { DM_SENDMAIL_SKIP="$p missing: run 'make deps'"; return 1; }
	done
	unshare --uts true 2>/dev/null \
		|| { DM_SENDMAIL_SKIP="cannot make a UTS namespace (unshare --uts) to give Sendmail a qualified name"; return 1; }
	dpkg-query -W -f='${Status}' libwrap0 2>/dev/null | grep -q 'ok installed' \
		|| { DM_SENDMAIL_SKIP="libwrap0 missing: run 'make deps'"; return 1; }
	dm_sendmail_have_debs && return 0
	mkdir -p "$DM_SM_DEBS"
	# apt-get writes where it runs; _apt cannot write into a root-owned build directory,
	# hence the "unsandboxed" note it prints, which is harmless here.
	( cd "$DM_SM_DEBS" && apt-get download -qq sendmail-bin sendmail-cf ) >"$DM_SM_DEBS/download.log" 2>&1 \
		|| { apt-get update -qq >>"$DM_SM_DEBS/download.log" 2>&1 \
		     && ( cd "$DM_SM_DEBS" && apt-get download -qq sendmail-bin sendmail-cf ) >>"$DM_SM_DEBS/download.log" 2>&1; }
	dm_sendmail_have_debs && return 0
	DM_SENDMAIL_SKIP="cannot download sendmail-bin and sendmail-cf: $(grep -E '^(E|W):' "$DM_SM_DEBS/download.log" | head -1)"
	return 1
}

dm_sendmail_init() {
	local f
	SM=$(mktemp -d /run/dunmail-sm.XXXXXX) || bail "mktemp under /run failed"
	chown root:root "$SM" && chmod 755 "$SM" || bail "cannot make $SM root-owned 0755"
	for f in "$DM_SM_DEBS"/sendmail-bin_*.deb "$DM_SM_DEBS"/sendmail-cf_*.deb; do
		dpkg-deb -x "$f" "$SM/root" || bail "dpkg-deb -x $f failed"
	done
	SM_BIN="$SM/root/usr/libexec/sendmail/sendmail"
	[ -x "$SM_BIN" ] || bail "no sendmail binary in the unpacked package ($SM_BIN)"
	mkdir -p "$SM/etc" "$SM/queue" "$SM/run"
	chmod 700 "$SM/queue"
	# The milter's socket lives here, where Sendmail's safety checks accept it.
	MILTER_SOCK="$SM/run/milter.sock"
	SM_PORT=$(dm_pick_port) || bail "no free port"
	SM_OUTSIDE_ADDR=$(ip -4 -o addr show scope global 2>/dev/null | awk '{ sub(/\/.*/, "", $4); print $4; exit }')
	if [ -n "$SM_OUTSIDE_ADDR" ]; then
		SM_MSA_PORT=$(dm_pick_port) || bail "no free port"
		SM_MX_PORT=$(dm_pick_port) || bail "no free port"
	fi
	trap 'dm_sm_rc=$?; dm_sendmail_cleanup; (exit $dm_sm_rc); dm_cleanup' EXIT
}

dm_sendmail_cleanup() {
	[ -n "${SM_PID:-}" ] && dm_sendmail_stop
	if [ -n "${SM:-}" ] && [ -d "$SM" ]; then
		if [ "$DM_KEEP_DIR" = 1 ] || [ "${dm_sm_rc:-0}" != 0 ]; then
			echo "# kept $SM (remove with: rm -rf $SM)"
		else
			rm -rf "$SM"
		fi
	fi
}

# dm_sendmail_config: the .mc as an administrator writes it, with the test's paths.
dm_sendmail_config() {
	local q="\`" daemons
	: >"$SM/etc/aliases"; : >"$SM/etc/local-host-names"
	printf 'hosts files\naliases files\n' >"$SM/etc/service.switch"
	printf '127.0.0.1 mx.acme.example localhost\n' >"$SM/etc/hosts"
	daemons="DAEMON_OPTIONS(${q}Port=$SM_PORT, Addr=127.0.0.1, Name=MTA')dnl"
	if [ -n "$SM_OUTSIDE_ADDR" ]; then
		# The same machine, reached from an address that is neither loopback nor internal:
		# "MSA" is the owner's submission port (originating_daemons), "MX" the world's.
		daemons+=$'\n'"DAEMON_OPTIONS(${q}Port=$SM_MSA_PORT, Addr=$SM_OUTSIDE_ADDR, Name=MSA')dnl"
		daemons+=$'\n'"DAEMON_OPTIONS(${q}Port=$SM_MX_PORT, Addr=$SM_OUTSIDE_ADDR, Name=MX')dnl"
		# Sendmail lets that address relay (the owner's desk, in Sendmail's eyes);
		# dunmail does not count it internal, so only {daemon_name} can make it ours.
		daemons+=$'\n'"RELAY_DOMAIN(${q}$SM_OUTSIDE_ADDR')dnl"
	fi
	{
		cat <<-EOF
		divert(-1)
		dnl dunmail test Sendmail, written by tests/integration/lib-sendmail.sh
		divert(0)dnl
		include(${q}$SM/root/usr/share/sendmail/cf/m4/cf.m4')dnl
		VERSIONID(${q}dunmail test')dnl
		OSTYPE(${q}linux')dnl
		define(${q}confDOMAIN_NAME', ${q}mx.acme.example')dnl
		define(${q}QUEUE_DIR', ${q}$SM/queue')dnl
		define(${q}confPID_FILE', ${q}$SM/run/sendmail.pid')dnl
		define(${q}STATUS_FILE', ${q}$SM/run/statistics')dnl
		define(${q}ALIAS_FILE', ${q}$SM/etc/aliases')dnl
		define(${q}confCW_FILE', ${q}$SM/etc/local-host-names')dnl
		define(${q}confSERVICE_SWITCH_FILE', ${q}$SM/etc/service.switch')dnl
		define(${q}confHOSTS_FILE', ${q}$SM/etc/hosts')dnl
		define(${q}confDONT_PROBE_INTERFACES', ${q}True')dnl
		define(${q}confDELIVERY_MODE', ${q}background')dnl
		define(${q}SMART_HOST', ${q}[127.0.0.1]')dnl
		define(${q}RELAY_MAILER_ARGS', ${q}TCP \$h $SINK_PORT')dnl
		define(${q}ESMTP_MAILER_ARGS', ${q}TCP \$h $SINK_PORT')dnl
		FEATURE(${q}no_default_msa')dnl
		FEATURE(${q}nocanonify')dnl
		FEATURE(${q}accept_unresolvable_domains')dnl
		RELAY_DOMAIN(${q}acme.example')dnl
		$daemons
		EOF
		# The administrator's lines, from contrib, with the test's socket.
		sed "s|unix:/run/dunmail/milter.sock|unix:$MILTER_SOCK|" "$DM_REPO/contrib/sendmail/dunmail.mc"
		printf 'MAILER(%ssmtp'"'"')dnl\n' "$q"
	} >"$SM/etc/dunmail-test.mc"
	# The mail submission program: sendmail(1) -t hands the message to the MTA by SMTP on
	# loopback (milters run in Sendmail's SMTP server only), as Debian's submit.cf does.
	mkdir -p "$SM/msp-queue"; chown nobody "$SM/msp-queue"; chmod 700 "$SM/msp-queue"
	cat >"$SM/etc/dunmail-submit.mc" <<-EOF
	divert(-1)
	dnl dunmail test submit.cf, written by tests/integration/lib-sendmail.sh
	divert(0)dnl
	include(${q}$SM/root/usr/share/sendmail/cf/m4/cf.m4')dnl
	VERSIONID(${q}dunmail test submit')dnl
	define(${q}confCF_VERSION', ${q}Submit')dnl
	define(${q}__OSTYPE__', ${q}')dnl
	define(${q}_USE_DECNET_SYNTAX_', ${q}1')dnl
	define(${q}confTIME_ZONE', ${q}USE_TZ')dnl
	define(${q}confDONT_INIT_GROUPS', ${q}True')dnl
	define(${q}confDOMAIN_NAME', ${q}mx.acme.example')dnl
	define(${q}confRUN_AS_USER', ${q}nobody')dnl
	define(${q}confSERVICE_SWITCH_FILE', ${q}$SM/etc/service.switch')dnl
	define(${q}confHOSTS_FILE', ${q}$SM/etc/hosts')dnl
	define(${q}MSP_QUEUE_DIR', ${q}$SM/msp-queue')dnl
	define(${q}RELAY_MAILER_ARGS', ${q}TCP \$h $SM_PORT')dnl
	FEATURE(${q}msp', ${q}[127.0.0.1]')dnl
	EOF
	local mc
	for mc in test submit; do
		m4 "$SM/etc/dunmail-$mc.mc" >"$SM/etc/dunmail-$mc.cf" 2>>"$T/log/m4.log" \
			|| bail "m4 failed on $SM/etc/dunmail-$mc.mc (see $T/log/m4.log)"
	done
	SM_CF="$SM/etc/dunmail-test.cf"
	SM_SUBMIT_CF="$SM/etc/dunmail-submit.cf"
}

dm_sendmail_up() { ! dm_port_free "$SM_PORT"; }

dm_sendmail_start() {
	dm_bg sendmail dm_sm -bD -q1m
	SM_PID=$DM_LAST_PID
	dm_wait_for 60 dm_sendmail_up \
		|| { cat "$T/log/sendmail.log" >&2; bail "private Sendmail does not answer on 127.0.0.1:$SM_PORT"; }
}

dm_sendmail_stop() {
	kill "$SM_PID" 2>/dev/null
	dm_wait_gone "$SM_PID" 10 || kill -9 "$SM_PID" 2>/dev/null
	dm_forget "$SM_PID"
	SM_PID=""
}

# dm_sendmail_flush: run the queue now (what -q1m does within a minute).
dm_sendmail_flush() { dm_sm -q >>"$T/log/sendmail-q.log" 2>&1; }
dm_sendmail_queue_empty() { [ -z "$(find "$SM/queue" -type f -name 'qf*' 2>/dev/null)" ]; }

# dm_sendmail_wait_captures N [SECONDS]: at least N captured, Sendmail's queue empty.
dm_sendmail_wait_captures() {
	local want=$1 secs=$(( ${2:-30} * DM_WAIT_SCALE )) i
	for (( i=0; i<secs*5; i++ )); do
		if [ "$(dm_capture_count)" -ge "$want" ] && dm_sendmail_queue_empty; then
			return 0
		fi
		(( i % 10 == 9 )) && dm_sendmail_flush
		sleep 0.2
	done
	diag "waited ${secs}s for $want captured messages, have $(dm_capture_count)"
	return 1
}

# dm_sendmail_swaks ADDR:PORT FROM TO FILE [SWAKS-ARGS...]
dm_sendmail_swaks() {
	local server=$1 from=$2 to=$3 file=$4; shift 4
	swaks --silent 1 --server "$server" --helo client.example \
		--from "$from" --to "$to" --data "@$file" "$@" >>"$T/log/swaks.log" 2>&1
}

# dm_sendmail_t FROM FILE: the sendmail(1) path through the submission program,
# recipients from the header.
dm_sendmail_t() {
	SM_USE_CF=$SM_SUBMIT_CF dm_sm -f "$1" -t <"$2" >>"$T/log/sendmail-t.log" 2>&1
}

# dm_sendmail_bs FROM TO FILE: an SMTP session on standard input (-bs), as some mail
# programs submit.
dm_sendmail_bs() {
	# One command at a time: Sendmail refuses a client that talks before the greeting
	# ("554 5.5.0 SMTP protocol error").
	{
		sleep 1; printf 'HELO localhost\r\n'
		sleep 0.3; printf 'MAIL FROM:<%s>\r\n' "$1"
		sleep 0.3; printf 'RCPT TO:<%s>\r\n' "$2"
		sleep 0.3; printf 'DATA\r\n'
		sleep 0.3; sed 's/^\./../; s/$/\r/' "$3"; printf '.\r\n'
		sleep 0.5; printf 'QUIT\r\n'
	} | dm_sm -bs >>"$T/log/sendmail-bs.log" 2>&1
}
