#!/usr/bin/env bash
# fuzz/run.sh — runs libFuzzer targets one after the other (`make fuzz`; fuzz/README.md).
#
#   FUZZ_SECONDS=N [FUZZ_TIMEOUT=S] [FUZZ_BUILD=build-fuzz] [MODEL=build/replies.model] \
#       fuzz/run.sh TARGET...
#
# Each target is seeded from the shared corpora and the repository's own test messages
# (read where they are: nothing is copied into the repository); what it finds new goes to
# build/fuzz/<target>/corpus, a crash, leak or timeout to build/fuzz/<target>/crashes/.
# Prints one line per target (seconds, executions, crashes) and exits 1 when any crashed.
set -u
cd "$(dirname "$0")/.."
FUZZ_BUILD=${FUZZ_BUILD:-build-fuzz}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
SHARED=${DM_CORPORA:-../shared/corpora}
OUT=build/fuzz
# Large enough for an invoice mail with a small PDF; a message's cost grows with its size,
# and the hostile-input tests (tests/integration/test-hostile.sh) take the big ones.
MAX_LEN=${FUZZ_MAX_LEN:-131072}
RSS_MB=${FUZZ_RSS_MB:-2048}
# Seconds one input may take before it counts as a hang.  libFuzzer measures it by the
# clock, not by CPU: on a loaded machine (a fuzzer at nice 19 beside builds) an input of
# 0.2 s can be starved past 30 s, so raise it there (FUZZ_TIMEOUT=600) and replay what it
# reports (`build-fuzz/fuzz/fuzz-TARGET FILE`) before calling it a hang.
TIMEOUT=${FUZZ_TIMEOUT:-30}

# findings TARGET: how many crashes, leaks, hangs and out-of-memory inputs TARGET has kept.
# libFuzzer also writes slow-unit-* there, inputs that merely took long (by the clock, on a
# loaded machine often); those are reported, not counted.
findings() {
	find "$OUT/$1/crashes" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' \
		-o -name 'timeout-*' -o -name 'oom-*' \) | wc -l
}

# seeds TARGET: the seed directories of TARGET, those that exist.
seeds() {
	local dirs=()
	case "$1" in
	invoice) dirs=(tests/data/invoices tests/data/dunning "$SHARED/mime" "$OUT/seeds/einvoice") ;;
	reply)   dirs=(tests/data/dunning "$SHARED/replies" "$SHARED/bounces") ;;
	authres) dirs=(tests/data/dunning "$OUT/seeds/authres") ;;
	spool)   dirs=("$OUT/seeds/spool") ;;
	config)  dirs=("$OUT/seeds/config") ;;
	template) dirs=(templates) ;;
	esac
	local d
	for d in "${dirs[@]}"; do [ -d "$d" ] && echo "$d"; done
}

# Seeds that need a shape the corpora do not have: spool files (an envelope before a
# message), configurations, Authentication-Results lines, e-invoices attached to a mail.
make_seeds() {
	mkdir -p "$OUT/seeds/spool" "$OUT/seeds/config" "$OUT/seeds/authres" "$OUT/seeds/einvoice"
	local f i=0
	for f in tests/data/dunning/*.eml tests/data/invoices/*.eml; do
		i=$((i + 1))
		{ printf 'X-Dunmail-Spool: 1\nDirection: outgoing\nMail-From: billing@acme.example\n'
		  printf 'Rcpt-To: debtor@example.nl\nRcpt-To: <b@example.nl>\nQueue-Id: 4Xy%d\n' "$i"
		  printf 'Client-Addr: 127.0.0.1\nReceived-At: 2026-12-01T10:00:00Z\nReason: seed\n\n'
		  cat "$f"; } > "$OUT/seeds/spool/$i"
	done
	cp contrib/dunmail.conf.sample "$OUT/seeds/config/sample"
	printf '[mail]\nbilling_addresses = a@x.nl, b@x.nl\nowner = o@x.nl\nauthserv_id = mx\n[daemon]\nparse_memory_limit = 512M\n' \
		> "$OUT/seeds/config/minimal"
	printf 'Authentication-Results: mx.acme.example; dkim=pass header.d=example.nl header.i=@example.nl; spf=pass smtp.mailfrom=example.nl; dmarc=pass (p=none) header.from=example.nl\n' \
		> "$OUT/seeds/authres/pass"
	printf 'Authentication-Results: mx.acme.example (comment (nested)); dkim=fail reason="bad sig"\nAuthentication-Results: evil.example; dmarc=pass header.from=example.nl\n' \
		> "$OUT/seeds/authres/mixed"
	i=0
	for f in $(find "$SHARED/einvoices" -name '*.xml' 2>/dev/null | sort | head -40); do
		i=$((i + 1))
		{ printf 'From: billing@acme.example\nTo: debtor@example.nl\nSubject: Invoice %d\n' "$i"
		  printf 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\n'
		  printf 'Content-Type: text/plain\n\nPlease find the invoice attached.\n--b\n'
		  printf 'Content-Type: application/xml; name=invoice.xml\nContent-Disposition: attachment; filename=invoice.xml\n\n'
		  head -c 100000 "$f"; printf '\n--b--\n'; } > "$OUT/seeds/einvoice/$i.eml"
	done
}

make_seeds
status=0
printf '%-10s %8s %12s %8s\n' target seconds executions crashes
for t in "$@"; do
	prog=$FUZZ_BUILD/fuzz/fuzz-$t
	mkdir -p "$OUT/$t/corpus" "$OUT/$t/crashes"
	log=$OUT/$t/last-run.log
	before=$(findings "$t")
	start=$SECONDS
	# Leaks count: detect_leaks stays on.  The reply target reads the trained model when
	# there is one, so the learned classifier is fuzzed too.
	DM_FUZZ_REPLY_MODEL=${MODEL:-} ASAN_OPTIONS=detect_leaks=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0 \
		"$prog" -max_total_time="$FUZZ_SECONDS" -max_len="$MAX_LEN" -rss_limit_mb="$RSS_MB" \
		-timeout="$TIMEOUT" -print_final_stats=1 -artifact_prefix="$OUT/$t/crashes/" \
		"$OUT/$t/corpus" $(seeds "$t") >"$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	crashes=$(( $(findings "$t") - before ))
	printf '%-10s %8d %12s %8d\n' "$t" $((SECONDS - start)) "${execs:-?}" "$crashes"
	if [ "$rc" != 0 ] || [ "$crashes" -gt 0 ]; then
		status=1
		echo "  $t: exit $rc, see $log and $OUT/$t/crashes/" >&2
		grep -E 'ERROR: |runtime error|SUMMARY' "$log" | head -5 | sed 's/^/  /' >&2
	fi
done
exit $status
