#!/bin/bash
# bench/run.sh: what dunmail costs the mail server (issue 11, points 1a and 1d).
#
# One private Postfix (tests/integration/lib.sh) relays to an smtp-sink that only counts.
# The load is one stream of mixed mail, shuffled into one list that smtp-clock's sessions
# share (tests/tools/smtp-clock.c, mode stream):
# ordinary mail (2 KB), invoice mails from billing@acme.example carrying a 200 KB PDF
# (outgoing: dunmail-milter spools them) and replies from a debtor to the billing address
# (incoming: spooled too).  Every message is DKIM-signed beforehand (opendkim-testmsg with
# a key made here by opendkim-genkey), so that OpenDKIM has a signature to verify.
#
# The stream runs in rounds; each round runs every configuration once, in a shuffled
# order, each in a freshly started Postfix:
#   none      no milter: the ceiling
#   noop      tests/tools/noop-milter (ACCEPT at RCPT TO): the floor any milter pays
#   opendkim  Debian's OpenDKIM verifying (Mode v): the peer every mail server runs
#   dunmail   dunmail-milter with the test configuration
# Two streams: "mix" (the shares below) and "plain" (ordinary mail only: what dunmail
# costs the mail that is none of its business).  Per round, each configuration's rate is
# taken as a ratio to none (and dunmail's to noop and to opendkim) in the same round and
# stream; the median, min and max over the rounds are reported, so that noise shows.
# BENCH_DESIGN=pairs runs the paired design instead (bench/pairs.sh): many short pairs of
# two configurations back to back in one Postfix, and per comparison the median of the
# pairs' ratios with a bootstrap interval and a verdict against the target.
#
# Then, on the same machine: the latency dunmail adds per SMTP transaction (smtp-clock,
# one sequential client, with no milter, the no-op milter and dunmail-milter; ordinary
# mail and spooled mail), dunmail-milter's memory with BENCH_RSS_SESSIONS connections open at once, and
# the reminder submission rate (dunmaild sending BENCH_REMINDERS due reminders in one
# pass through the private Postfix, against smtp-source submitting as many messages).
#
# Knobs (defaults are issue 11's sizes):
#   BENCH_MESSAGES (5000) per run; BENCH_ROUNDS (7); BENCH_INVOICE_PERCENT (10) and
#   BENCH_REPLY_PERCENT (5) of the mix; BENCH_SESSIONS (10) concurrent sessions sharing
#   the stream; BENCH_SEED (1) the stream's order;
#   BENCH_CONFIGS ("none noop opendkim dunmail"); BENCH_STREAMS ("mix plain");
#   BENCH_LATENCY_MESSAGES (1000) per kind and configuration, BENCH_LATENCY_ROUNDS (3);
#   BENCH_RSS_SESSIONS (100); BENCH_REMINDERS (500); BENCH_PARTS ("mail latency rss
#   reminders"): which parts run; BENCH_DESIGN (rounds) or pairs, with BENCH_PAIRS (30)
#   per comparison, BENCH_COMPARISONS ("dunmail/noop dunmail/none noop/noop") and
#   BENCH_WARMUP (20) untimed messages before each half.
# Output: a line per run on stdout, and every figure in BENCH_MAIL_OUT (default
# $BUILD/bench-mail.json); bench/report.sh turns it into the table.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/../tests/integration/lib.sh"

N=${BENCH_MESSAGES:-5000}
ROUNDS=${BENCH_ROUNDS:-7}
INV_PCT=${BENCH_INVOICE_PERCENT:-10}
REPLY_PCT=${BENCH_REPLY_PERCENT:-5}
SESSIONS=${BENCH_SESSIONS:-10}
SEED=${BENCH_SEED:-1}
CONFIGS=${BENCH_CONFIGS:-none noop opendkim dunmail}
STREAMS=${BENCH_STREAMS:-mix plain}
LAT_N=${BENCH_LATENCY_MESSAGES:-1000}
LAT_ROUNDS=${BENCH_LATENCY_ROUNDS:-3}
RSS_SESSIONS=${BENCH_RSS_SESSIONS:-100}
REMINDERS=${BENCH_REMINDERS:-500}
PARTS=${BENCH_PARTS:-mail latency rss reminders}
DESIGN=${BENCH_DESIGN:-rounds}
PAIRS=${BENCH_PAIRS:-30}
COMPARISONS=${BENCH_COMPARISONS:-dunmail/noop dunmail/none noop/noop}
WARMUP=${BENCH_WARMUP:-20}
OUT=${BENCH_MAIL_OUT:-$BUILD/bench-mail.json}

count_ok() { case $2 in ''|*[!0-9]*) echo "bench: $1 must be a number, not '$2'" >&2; exit 2 ;; esac; }
for v in N ROUNDS INV_PCT REPLY_PCT SESSIONS SEED LAT_N LAT_ROUNDS RSS_SESSIONS REMINDERS PAIRS WARMUP; do
	count_ok "$v" "${!v}"
done
[ $(( INV_PCT + REPLY_PCT )) -le 100 ] || { echo "bench: the invoice and reply shares exceed 100 %" >&2; exit 2; }
[ "$N" -ge 1 ] && [ "$ROUNDS" -ge 1 ] && [ "$SESSIONS" -ge 1 ] ||
	{ echo "bench: BENCH_MESSAGES, BENCH_ROUNDS and BENCH_SESSIONS must be at least 1" >&2; exit 2; }
has_part() { [[ " $PARTS " == *" $1 "* ]]; }
source "$HERE/pairs.sh"
case $DESIGN in
rounds) [[ " $CONFIGS " == *" none "* ]] ||
		{ echo "bench: BENCH_CONFIGS must hold none (the ratios' base)" >&2; exit 2; } ;;
pairs) pairs_check_knobs; CONFIGS=$(pairs_configs) ;;
*) echo "bench: BENCH_DESIGN is rounds or pairs, not '$DESIGN'" >&2; exit 2 ;;
esac
has_config() { [[ " $CONFIGS " == *" $1 "* ]]; }

for p in "$BUILD/dunmail-milter" "$BUILD/dunmaild" "$DM_TOOLS/noop-milter" "$DM_TOOLS/smtp-clock" \
         "$BUILD/bench/bench-invoices" "$BUILD/bench/pair-stats"; do
	[ -x "$p" ] || { echo "bench: $p not built (make bench builds it)" >&2; exit 1; }
done
for t in smtp-source smtp-sink opendkim opendkim-genkey opendkim-testmsg jq sqlite3 shuf; do
	command -v "$t" >/dev/null || [ -x "/usr/sbin/$t" ] || { echo "bench: $t missing (make deps)" >&2; exit 1; }
done

dm_init bench
export PATH="$PATH:/usr/sbin"
mkdir -p "$T/msg" "$T/dkim"
RUNS="$T/runs.tsv"          # stream round config seconds spooled
PAIRS_TSV="$T/pairs.tsv"    # the paired design's (bench/pairs.sh)
: >"$RUNS"; : >"$PAIRS_TSV"

# ---- the messages, signed ------------------------------------------------------------
# LF line ends: smtp-source and smtp-clock send CRLF; DKIM signs the canonical form.
"$BUILD/bench/bench-invoices" --write-mail "$T/msg/invoice.crlf" || bail "cannot write the invoice mail"
tr -d '\r' <"$T/msg/invoice.crlf" >"$T/msg/invoice.raw"
{
	printf 'From: Someone <someone@elsewhere.example>\nTo: <user@debtor.example>\n'
	printf 'Subject: Minutes of the Tuesday meeting\nDate: Tue, 01 Dec 2026 10:00:00 +0100\n'
	printf 'Message-ID: <bench-ordinary@elsewhere.example>\nMIME-Version: 1.0\n'
	printf 'Content-Type: text/plain; charset=utf-8\n\n'
	for i in $(seq 1 28); do printf 'Line %02d of an ordinary message that is none of our business.\n' "$i"; done
} >"$T/msg/ordinary.raw"
{
	printf 'From: Klant BV <klant@debtor.example>\nTo: Acme BV <billing@acme.example>\n'
	printf 'Subject: Re: Factuur 2026-0001\nDate: Tue, 01 Dec 2026 11:00:00 +0100\n'
	printf 'Message-ID: <bench-reply@debtor.example>\nIn-Reply-To: <2026-0001@acme.example>\n'
	printf 'MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n'
	printf 'Goedemiddag,\n\nWij hebben de factuur ontvangen en betalen hem volgende week.\n\n'
	printf 'Met vriendelijke groet,\nP. Jansen\n\n'
	for i in $(seq 1 12); do printf '> Regel %02d van de factuurmail.\n' "$i"; done
} >"$T/msg/reply.raw"
opendkim-genkey -b 2048 -d acme.example -s bench -D "$T/dkim" || bail "opendkim-genkey failed"
# opendkim-testmsg (2.11.0) repeats the tail of the signature's last line after it; a
# 2048-bit signature is 344 base64 characters ending in "==", so the line is cut there.
for m in ordinary invoice reply; do
	opendkim-testmsg -d acme.example -s bench -k "$T/dkim/bench.private" <"$T/msg/$m.raw" |
		sed -E 's/^([[:space:]]+[A-Za-z0-9+\/]*==).*/\1/' >"$T/msg/$m.eml" ||
		bail "opendkim-testmsg could not sign $m"
	grep -q '^DKIM-Signature:' "$T/msg/$m.eml" || bail "opendkim-testmsg did not sign $m"
done
# The public key as OpenDKIM's test key file wants it: the record name, then the TXT data,
# without the record's "h=sha256" (opendkim-testmsg signs with rsa-sha1, which that tag
# would refuse).
printf 'bench._domainkey.acme.example %s\n' \
	"$(tr -d '\n' <"$T/dkim/bench.txt" | sed -E 's/^[^(]*\(//; s/\).*$//' | tr -d '"\t ' |
	   sed -E 's/h=[^;]*;//; s/;/; /g')" >"$T/dkim/keys"

# ---- the milters ---------------------------------------------------------------------
NOOP_SOCK="$T/run/noop.sock"
DKIM_SOCK="$T/run/dkim.sock"
dm_dunmail_config
dm_milter_start
rm -f "$NOOP_SOCK"
dm_bg noop-milter "$DM_TOOLS/noop-milter" "unix:$NOOP_SOCK"
dm_wait_for 10 dm_socket_ready "$NOOP_SOCK" || bail "noop-milter did not start"
cat >"$T/dkim/opendkim.conf" <<-EOF
	Mode            v
	Socket          local:$DKIM_SOCK
	UMask           000
	Syslog          no
	PidFile         $T/run/opendkim.pid
	TestPublicKeys  $T/dkim/keys
	AlwaysAddARHeader yes
	EOF
if has_config opendkim; then
	dm_bg opendkim opendkim -f -x "$T/dkim/opendkim.conf"
	dm_wait_for 10 dm_socket_ready "$DKIM_SOCK" || { cat "$T/log/opendkim.log" >&2; bail "opendkim did not start"; }
fi

# dkim_check: one message of each kind through OpenDKIM into a capturing sink; sets
# DKIM_PASS to how many of the three it judged "dkim=pass" (proof that the OpenDKIM runs
# verify a signature rather than skip unsigned mail).
dkim_check() {
	postfix_with opendkim
	dm_sink_start
	local m
	for m in ordinary invoice reply; do
		"$DM_TOOLS/smtp-clock" time "$SMTP_PORT" bench@acme.example user@debtor.example \
			"$T/msg/$m.eml" 1 >/dev/null || bail "smtp-clock could not send $m"
	done
	dm_wait_captures 3 60 || bail "the DKIM check's messages did not arrive"
	DKIM_PASS=$(grep -l 'dkim=pass' "$T/capture"/* | wc -l)
	[ "$DKIM_PASS" = 3 ] || grep -h -A2 '^Authentication-Results:' "$T/capture"/* | sed 's/^/bench: /' >&2
	dm_sink_stop
	dm_postfix_stop
	rm -f "$T/capture"/*
	echo "bench: OpenDKIM judged $DKIM_PASS of 3 signed messages dkim=pass"
}
DKIM_PASS=null

milter_of() {
	case $1 in
	none) ;;
	noop) echo "unix:$NOOP_SOCK" ;;
	opendkim) echo "unix:$DKIM_SOCK" ;;
	dunmail) echo "unix:$MILTER_SOCK" ;;
	*) bail "unknown configuration $1" ;;
	esac
}
# postfix_config_for CONFIG: main.cf with CONFIG's milter (and nothing else changed).
postfix_config_for() {
	dm_postfix_config $(milter_of "$1")
	dm_postfix_set "default_process_limit = $(( RSS_SESSIONS + 50 ))"
}
postfix_with() {
	postfix_config_for "$1"
	dm_postfix_start
}
spooled_now() { dm_spool_files | wc -l; }
spool_clear() { find "$T/spool" -path '*/new/*' -type f -delete 2>/dev/null; }

# A counting sink that exits after its N-th message (no capture files: the disk would be
# the bottleneck, not the milter).
sink_counting() {
	smtp-sink -u nobody ${1:+-M "$1"} "127.0.0.1:$SINK_PORT" 256 >>"$T/log/sink.log" 2>&1 &
	SINK=$!
	DM_PIDS+=("$SINK")
	dm_wait_for 10 eval '! dm_port_free "$SINK_PORT"' || bail "smtp-sink did not start"
}
sink_wait() {
	local i
	for (( i = 0; i < 2400; i++ )); do
		kill -0 "$SINK" 2>/dev/null || break
		sleep 0.05
		(( i % 100 == 99 )) && dm_flush
	done
	if kill -0 "$SINK" 2>/dev/null; then
		kill "$SINK"; dm_forget "$SINK"; return 1
	fi
	dm_forget "$SINK"
}
sink_stop() { kill "$SINK" 2>/dev/null; dm_wait_gone "$SINK" 5; dm_forget "$SINK"; }

# ---- 1a: the mail path ---------------------------------------------------------------
# stream_kinds STREAM: sets KINDS, smtp-clock stream's KIND:COUNT:FROM:TO:FILE arguments
# for N messages of STREAM, and BILLING, how many of them dunmail-milter should spool.
stream_kinds() {
	local n_inv=0 n_rep=0
	if [ "$1" = mix ]; then
		n_inv=$(( N * INV_PCT / 100 )); n_rep=$(( N * REPLY_PCT / 100 ))
	fi
	local n_ord=$(( N - n_inv - n_rep ))
	KINDS=() BILLING=$(( n_inv + n_rep ))
	[ "$n_ord" -gt 0 ] && KINDS+=("ordinary:$n_ord:someone@elsewhere.example:user@debtor.example:$T/msg/ordinary.eml")
	[ "$n_inv" -gt 0 ] && KINDS+=("invoice:$n_inv:billing@acme.example:klant@debtor.example:$T/msg/invoice.eml")
	[ "$n_rep" -gt 0 ] && KINDS+=("reply:$n_rep:klant@debtor.example:billing@acme.example:$T/msg/reply.eml")
	return 0
}

# timed_stream STREAM CONFIG LABEL: N messages of STREAM through the Postfix that is
# running (with CONFIG's milter),
# timed from the first sent until the counting sink has the last; sets SECS and SPOOLED
# and prints the run's line.  The messages go as one list, the kinds shuffled together
# (the same order in every run: BENCH_SEED), that SESSIONS sessions of smtp-clock share,
# each taking the next message: every kind is spread over every session, so the run
# measures the server's throughput, not one session's serial latency.  Not in a subshell,
# so that the clean-up trap knows everything it started.
timed_stream() {
	local stream=$1 config=$2 label=$3 t0 t1 sent
	stream_kinds "$stream"
	spool_clear
	sink_counting "$N"
	t0=$(date +%s.%N)
	if ! sent=$("$DM_TOOLS/smtp-clock" stream "$SMTP_PORT" "$SESSIONS" "$SEED" "${KINDS[@]}" \
	            2>>"$T/log/source.log"); then
		echo "bench: $stream $label: smtp-clock stream failed (see $T/log/source.log)" >&2
		sink_stop; return 1
	fi
	if ! sink_wait; then
		echo "bench: $stream $label: the sink did not receive all $N messages" >&2
		return 1
	fi
	t1=$(date +%s.%N)
	SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
	SPOOLED=$(spooled_now)
	printf 'bench: %-5s %-30s %8.3f s %8.1f msg/s' "$stream" "$label" "$SECS" \
		"$(awk -v n="$N" -v s="$SECS" 'BEGIN { print n / s }')"
	[ "$config" = dunmail ] && printf '  (spooled %d of %d)' "$SPOOLED" "$BILLING"
	# How many of each kind the client handed over, and when the last was accepted.
	jq -r '"  sent: " + ([.kinds | to_entries[] | "\(.key) \(.value)"] | join(", "))
	       + " over \(.sessions) sessions in \(.seconds) s"' <<<"$sent"
}

# one_run STREAM ROUND CONFIG: one run of the rounds design, in a freshly started Postfix;
# appends a line to $RUNS.
one_run() {
	local stream=$1 round=$2 config=$3
	postfix_with "$config"
	if ! timed_stream "$stream" "$config" "round $round $config"; then
		dm_postfix_stop; return 1
	fi
	dm_postfix_stop
	printf '%s\t%d\t%s\t%s\t%d\t%d\n' "$stream" "$round" "$config" "$SECS" "$SPOOLED" "$BILLING" >>"$RUNS"
}

if has_part mail; then
	has_config opendkim && dkim_check
	echo "bench: $N messages a run (mix: $INV_PCT % invoices with a 200 KB PDF, $REPLY_PCT % replies" \
	     "to billing), design $DESIGN; streams: $STREAMS"
	if [ "$DESIGN" = pairs ]; then
		paired_runs || exit 1
	else
		echo "bench: $ROUNDS rounds of: $CONFIGS"
		for (( r = 1; r <= ROUNDS; r++ )); do
			for stream in $STREAMS; do
				for c in $(shuf -e $CONFIGS); do
					one_run "$stream" "$r" "$c" || exit 1
				done
			done
		done
	fi
fi

# ratios_json: for each stream and pair (A over B), the per-round ratio of A's rate to
# B's, with median, min and max (bench/ratios.awk), as a JSON array.
ratios_json() {
	awk -F'\t' -v pairs="noop/none opendkim/none dunmail/none dunmail/noop dunmail/opendkim" \
		-f "$HERE/ratios.awk" "$RUNS"
}

# ---- latency -------------------------------------------------------------------------
LAT="$T/latency.tsv"        # round kind config p50 p99 (µs)
: >"$LAT"
if has_part latency; then
	echo "bench: latency, $LAT_N sequential transactions per kind and configuration, $LAT_ROUNDS rounds"
	for (( r = 1; r <= LAT_ROUNDS; r++ )); do
		for c in $(shuf -e none noop dunmail); do
			spool_clear
			postfix_with "$c"
			sink_counting ""
			# Untimed: the first transactions after a start spawn Postfix's services.
			"$DM_TOOLS/smtp-clock" time "$SMTP_PORT" someone@elsewhere.example user@debtor.example \
				"$T/msg/ordinary.eml" 20 >/dev/null || bail "smtp-clock failed (warm-up, $c)"
			for kind in ordinary reply invoice; do
				case $kind in
				ordinary) from=someone@elsewhere.example to=user@debtor.example ;;
				reply) from=klant@debtor.example to=billing@acme.example ;;
				invoice) from=billing@acme.example to=klant@debtor.example ;;
				esac
				j=$("$DM_TOOLS/smtp-clock" time "$SMTP_PORT" "$from" "$to" "$T/msg/$kind.eml" "$LAT_N") ||
					bail "smtp-clock failed ($kind, $c)"
				printf '%d\t%s\t%s\t%s\t%s\n' "$r" "$kind" "$c" "$(jq .p50_us <<<"$j")" "$(jq .p99_us <<<"$j")" >>"$LAT"
				printf 'bench: latency round %d %-8s %-8s p50 %6d µs  p99 %6d µs\n' "$r" "$c" "$kind" \
					"$(jq .p50_us <<<"$j")" "$(jq .p99_us <<<"$j")"
			done
			sink_stop
			dm_postfix_stop
		done
	done
fi
# latency_json: per kind, dunmail's p50 and p99 minus none's in the same round (µs), and
# the no-op milter's (what any milter adds: libmilter's round trips and its worker pool).
latency_json() {
	awk -F'\t' '
		{ v[$1 SUBSEP $2 SUBSEP $3 SUBSEP "p50"] = $4; v[$1 SUBSEP $2 SUBSEP $3 SUBSEP "p99"] = $5
		  kinds[$2] = 1; if ($1 > rounds) rounds = $1 }
		function median(a, n,   i, j, t) {
			for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
			return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
		}
		END {
			printf "{"; first = 1
			for (k in kinds) {
				printf "%s\"%s\": {", first ? "" : ", ", k; first = 0
				sep = ""
				for (c = 1; c <= 2; c++) for (q = 50; q <= 99; q += 49) {
					cfg = c == 1 ? "dunmail" : "noop"; n = 0; list = ""
					for (r = 1; r <= rounds; r++) {
						d = v[r SUBSEP k SUBSEP cfg SUBSEP "p" q]; b = v[r SUBSEP k SUBSEP "none" SUBSEP "p" q]
						if (d == "" || b == "") continue
						a[++n] = d - b; list = list (n > 1 ? ", " : "") (d - b)
					}
					if (n == 0) continue
					lo = a[1]; hi = a[1]; for (i = 2; i <= n; i++) { if (a[i] < lo) lo = a[i]; if (a[i] > hi) hi = a[i] }
					printf "%s\"%sadded_p%d_us\": {\"median\": %s, \"min\": %s, \"max\": %s, \"rounds\": [%s]}",
						sep, cfg == "noop" ? "noop_" : "", q, median(a, n), lo, hi, list
					sep = ", "
				}
				printf "}"
			}
			print "}"
		}' "$LAT"
}

# ---- memory with many connections ----------------------------------------------------
RSS_JSON=null
if has_part rss; then
	# A fresh milter, so that its high-water mark is this test's alone.
	dm_milter_stop
	dm_milter_start
	spool_clear
	postfix_with dunmail
	sink_counting ""
	coproc HOLD { "$DM_TOOLS/smtp-clock" hold "$SMTP_PORT" billing@acme.example klant@debtor.example \
		"$T/msg/invoice.eml" "$RSS_SESSIONS" 2>>"$T/log/hold.log"; }
	read -r -t 120 held <&"${HOLD[0]}" || bail "smtp-clock hold did not open $RSS_SESSIONS sessions"
	status=/proc/$DM_MILTER_PID/status
	rss_held=$(awk '/^VmRSS:/ { print $2 }' "$status")
	threads_held=$(awk '/^Threads:/ { print $2 }' "$status")
	echo go >&"${HOLD[1]}"
	read -r -t 300 delivered <&"${HOLD[0]}" || bail "smtp-clock hold did not finish"
	wait "$HOLD_PID" 2>/dev/null
	hwm=$(awk '/^VmHWM:/ { print $2 }' "$status")
	rss_after=$(awk '/^VmRSS:/ { print $2 }' "$status")
	spooled=$(spooled_now)
	sink_stop
	dm_postfix_stop
	echo "bench: dunmail-milter with $held sessions: VmRSS $rss_held kB ($threads_held threads);" \
	     "all ended at once: ${delivered#delivered } accepted, $spooled spooled, VmHWM $hwm kB"
	RSS_JSON=$(jq -n --argjson s "$RSS_SESSIONS" --argjson rh "$rss_held" --argjson th "$threads_held" \
		--argjson hwm "$hwm" --argjson ra "$rss_after" --argjson d "${delivered#delivered }" \
		--argjson sp "$spooled" \
		'{sessions: $s, rss_held_kb: $rh, threads_held: $th, hwm_kb: $hwm, rss_after_kb: $ra,
		  delivered: $d, spooled: $sp}')
fi

# ---- 1d: reminder submission ---------------------------------------------------------
REMIND_JSON=null
if has_part reminders; then
	# Its own ledger and spool: N invoices due ten days ago, recorded (and their reminders
	# queued) by a pass that cannot reach the mail server, then one timed pass sends them.
	# A pass hands reminders over for one [daemon] tick at most (the rest wait for the next
	# pass): the tick is an hour here, so that the one pass sends all N.
	R="$T/remind"
	mkdir -p "$R/spool/new" "$R/spool/tmp"
	sed -e "s|^database = .*|database = $R/ledger.sqlite|" -e "s|^directory = .*|directory = $R/spool|" \
		-e "s|^\[sending\]|[sending]\nmax_per_pass = $(( REMINDERS + 10 ))|" \
		-e "s|^tick = .*|tick = 3600\ndigest_hour = $(( ($(date +%-H) + 12) % 24 ))|" \
		"$T/dunmail.conf" >"$R/dunmail.conf"
	issued=$(date -d '-40 days' +%d-%m-%Y) due=$(date -d '-10 days' +%d-%m-%Y)
	for (( i = 1; i <= REMINDERS; i++ )); do
		printf 'X-Dunmail-Spool: 1\nDirection: outgoing\nMail-From: billing@acme.example\nRcpt-To: klant-%d@debtor.example\nClient-Addr: 127.0.0.1\n\nFrom: Acme BV <billing@acme.example>\r\nTo: Klant <klant-%d@debtor.example>\r\nSubject: Factuur B-%d\r\nMessage-ID: <bench-inv-%d@acme.example>\r\nDate: Thu, 17 Sep 2026 10:00:00 +0200\r\n\r\nHierbij factuur B-%d.\r\nFactuurdatum: %s\r\nVervaldatum: %s\r\nTotaal te betalen: EUR 100,00\r\n' \
			"$i" "$i" "$i" "$i" "$i" "$issued" "$due" >"$R/spool/new/$(printf '%08d' "$i").eml"
	done
	sed 's|^smtp_url = .*|smtp_url = smtp://127.0.0.1:1|' "$R/dunmail.conf" >"$R/unreachable.conf"
	"$BUILD/dunmaild" -f -c "$R/unreachable.conf" --once >>"$T/log/remind.log" 2>&1 ||
		bail "dunmaild could not record the reminder invoices (see $T/log/remind.log)"
	postfix_with dunmail
	sink_counting ""
	t0=$(date +%s.%N)
	"$BUILD/dunmaild" -f -c "$R/dunmail.conf" --once >>"$T/log/remind.log" 2>&1 ||
		bail "dunmaild's sending pass failed (see $T/log/remind.log)"
	t1=$(date +%s.%N)
	sent=$(sqlite3 "$R/ledger.sqlite" "SELECT count(*) FROM outbox WHERE kind = 'reminder' AND state = 'sent'")
	[ "$sent" = "$REMINDERS" ] ||
		echo "bench: reminders: the pass sent $sent of $REMINDERS (see $T/log/remind.log): the rate is over those" >&2
	# Messages of a reminder's size (a few KB of text) from the same sender, in one session:
	# dunmaild sends one after the other too.
	t2=$(date +%s.%N)
	smtp-source -s 1 -m "$REMINDERS" -f billing@acme.example -t klant@debtor.example -l 3000 \
		"127.0.0.1:$SMTP_PORT" >>"$T/log/source.log" 2>&1
	t3=$(date +%s.%N)
	sink_stop
	dm_postfix_stop
	REMIND_JSON=$(awk -v n="$REMINDERS" -v sent="$sent" -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" 'BEGIN {
		dr = sent / (b - a); sr = n / (d - c)
		printf "{\"reminders\": %d, \"sent\": %d, \"dunmaild_seconds\": %.3f, \"dunmaild_per_sec\": %.1f, \"smtp_source_seconds\": %.3f, \"smtp_source_per_sec\": %.1f, \"ratio\": %.4f}\n",
			n, sent, b - a, dr, d - c, sr, dr / sr }')
	echo "bench: reminders: $(jq -r '"\(.sent) of \(.reminders) sent in \(.dunmaild_seconds) s (\(.dunmaild_per_sec)/s); smtp-source \(.smtp_source_per_sec)/s; ratio \(.ratio)"' <<<"$REMIND_JSON")"
fi

# ---- the JSON ------------------------------------------------------------------------
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //; s/"//g')
runs=$(awk -F'\t' '{ printf "%s{\"stream\": \"%s\", \"round\": %d, \"config\": \"%s\", \"seconds\": %s, \"spooled\": %d, \"billing\": %d}", (NR > 1 ? ", " : ""), $1, $2, $3, $4, $5, $6 } END { print "" }' "$RUNS")
jq -n --arg date "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --arg postfix "$(postconf -d -h mail_version)" \
	--arg cpu "$cpu" --argjson cpus "$(nproc)" --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" \
	--argjson n "$N" --argjson rounds "$ROUNDS" --argjson inv "$INV_PCT" --argjson rep "$REPLY_PCT" \
	--argjson sessions "$SESSIONS" --argjson seed "$SEED" --argjson latn "$LAT_N" --argjson dkim "$DKIM_PASS" \
	--argjson runs "[$runs]" --argjson ratios "$(ratios_json)" --argjson latency "$(latency_json)" \
	--arg design "$DESIGN" --argjson npairs "$PAIRS" --argjson warmup "$WARMUP" \
	--argjson pairs "$(pairs_runs_json)" --argjson paired "$(paired_json)" \
	--argjson rss "$RSS_JSON" --argjson remind "$REMIND_JSON" \
	'{date: $date, postfix: $postfix, cpu: $cpu, cpus: $cpus, load_at_end: $load, design: $design,
	  messages_per_run: $n, rounds: $rounds, invoice_percent: $inv, reply_percent: $rep,
	  sessions: $sessions, seed: $seed, latency_messages: $latn, opendkim_pass_of_3: $dkim,
	  runs: $runs, ratios: $ratios,
	  pairs_per_comparison: (if $design == "pairs" then $npairs else null end),
	  warmup_messages: (if $design == "pairs" then $warmup else null end),
	  pairs: $pairs, paired: $paired,
	  latency: $latency, rss: $rss, reminders: $remind}' >"$OUT" ||
	bail "cannot write $OUT"
echo "bench: mail path figures in $OUT"
