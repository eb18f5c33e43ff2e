#!/usr/bin/env bash
# test-check-config: `dunmail check-config` as an administrator runs it — a clean
# configuration passes (exit 0), each kind of problem is one line naming where and what
# (exit 78), postconf is asked about the milters before ours — and dunmaild and
# dunmail-milter refuse to start on the errors that concern them.  No Postfix; a fake
# postconf in PATH.  TAP on stdout.
set -u
source "$(dirname "$0")/lib.sh"     # TAP helpers only
for p in dunmail dunmaild dunmail-milter; do
	[ -x "$BUILD/$p" ] || bail "$BUILD/$p not built (run make)"
done
T=$(mktemp -d "${TMPDIR:-/tmp}/dunmail-check.XXXXXX") || bail "mktemp"
trap 'rm -rf "$T"' EXIT
chmod 755 "$T"
mkdir -m 750 "$T/spool" "$T/lib" "$T/lib/missed" "$T/run" "$T/bin"
cp -r "$DM_REPO/templates" "$T/templates"
# The socket's directory as the package makes it: the MTA's group may enter.
if id postfix >/dev/null 2>&1; then chgrp postfix "$T/run"; else chmod 755 "$T/run"; fi
# postconf as Postfix would answer for a server with a milter before ours, or none.
cat >"$T/bin/postconf" <<'PC'
#!/bin/sh
[ "$2" = smtpd_milters ] && echo "${FAKE_MILTERS-unix:/run/opendmarc/opendmarc.sock}"
PC
chmod 755 "$T/bin/postconf"
export PATH="$T/bin:$PATH"

conf() {    # conf EXTRA-LINES...: writes $T/dunmail.conf
	cat >"$T/dunmail.conf" <<-EOF
	[ledger]
	database = $T/lib/ledger.sqlite
	[spool]
	directory = $T/spool
	[mail]
	billing_addresses = billing@acme.test
	owner = owner@acme.test
	authserv_id = mx.acme.test
	smtp_url = smtp://127.0.0.1:1
	[milter]
	socket = unix:$T/run/milter.sock
	[dunning]
	templates = $T/templates
	freemail_domains = $DM_REPO/data/freemail-domains.txt
	[replies]
	model = $BUILD/replies.model
	EOF
	local line
	for line in "$@"; do printf '%s\n' "$line" >>"$T/dunmail.conf"; done
}
check() { "$BUILD/dunmail" -c "$T/dunmail.conf" check-config "$@" 2>"$T/stderr"; }

conf
out=$(check --offline); rc=$?
dm_is "a clean configuration: exit 0" "$rc" 0
dm_is "a clean configuration: only the not-yet-created ledger is said" "$out" \
	"warning: [ledger] database: ledger $T/lib/ledger.sqlite does not exist yet: dunmaild creates it on its first pass"
dm_is "the summary on stderr" "$(cat "$T/stderr")" "dunmail: $T/dunmail.conf: 0 error(s), 1 warning(s)"

out=$(check --timeout 2); rc=$?
dm_is "an SMTP server that does not answer: exit 78" "$rc" 78
dm_is "... one error naming the URL" "$(grep -c '^error: \[mail\] smtp_url: smtp://127.0.0.1:1: ' <<<"$out")" 1
dm_is "a DMARC milter before ours: no authserv_id warning" "$(grep -c authserv_id <<<"$out")" 0
out=$(FAKE_MILTERS="unix:$T/run/milter.sock" check --timeout 2)
dm_is "no DMARC or DKIM milter: the authserv_id warning says what is at risk" \
	"$(grep -c "^warning: \[mail\] authserv_id: 'mx.acme.test' is set but Postfix's smtpd_milters (unix:$T/run/milter.sock) shows no DMARC or DKIM milter: .*forged" <<<"$out")" 1

printf '[mail]\nowner = other@acme.test\n' >>"$T/dunmail.conf"
out=$(check --offline); rc=$?
dm_is "a key given twice: exit 78" "$rc" 78
dm_is "... FILE:LINE and the first line" "$out" \
	"error: $T/dunmail.conf:18: [mail] owner given twice (first at line 7); keep one (dunmail would silently use the last)"

conf "[mail]" "nosuchkey = 1"
out=$(check --offline); rc=$?
dm_is "an unknown key: exit 78, named" "$rc $out" \
	"78 error: configuration: $T/dunmail.conf: [mail] nosuchkey: unknown key"

conf "[milter]" "user = root" "socket_group = root"
sed -i 's/billing@acme.test/facturen@example.nl/' "$T/dunmail.conf"
chmod 755 "$T/spool"
rm "$T/templates/nl/formal_notice.txt"
out=$(check --offline); rc=$?
dm_is "several problems: exit 78" "$rc" 78
dm_is "a sample value" "$(grep -c "^warning: \[mail\] billing_addresses: 'facturen@example.nl' is the sample" <<<"$out")" 1
dm_is "an open spool directory" "$(grep -c "^warning: $T/spool: mode 0755 lets every user" <<<"$out")" 1
dm_is "a missing template" "$(grep -c "^error: templates: $T/templates/nl/formal_notice.txt: no such template" <<<"$out")" 1
if id postfix >/dev/null 2>&1; then
	dm_is "a socket group the MTA is not in" \
		"$(grep -c "^error: \[milter\] socket_group: user postfix is not in the socket's group" <<<"$out")" 1
else
	ok "# SKIP no postfix user"
fi

# The same checks at start.
"$BUILD/dunmaild" -f -c "$T/dunmail.conf" --once 2>"$T/dunmaild.err"; rc=$?
dm_is "dunmaild refuses to start on a missing template: exit 78" "$rc" 78
dm_is "... naming the file" "$(grep -c "$T/templates/nl/formal_notice.txt: no such template" "$T/dunmaild.err")" 1
dm_is "... and logs the sample value as a warning" "$(grep -c "facturen@example.nl" "$T/dunmaild.err")" 1
if id postfix >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
	timeout 3 "$BUILD/dunmail-milter" -f -c "$T/dunmail.conf" 2>"$T/milter.err"; rc=$?
	dm_is "dunmail-milter starts all the same (it never stands in mail's way)" "$rc" 124
	dm_is "... and warns that Postfix could not connect" \
		"$(grep -c "warning: \[milter\] socket_group: user postfix is not in the socket's group" "$T/milter.err")" 1
	# A second milter on a socket the first is listening on refuses to take it over:
	# libmilter would remove the path, and the MTA lose the running milter.
	# (The run above left its socket file behind: wait for this one's own "listening".)
	rm -f "$T/run/milter.sock"
	timeout 8 "$BUILD/dunmail-milter" -f -c "$T/dunmail.conf" 2>"$T/first.err" &
	first=$!
	for _ in $(seq 50); do grep -q "listening on" "$T/first.err" && break; sleep 0.1; done
	timeout 3 "$BUILD/dunmail-milter" -f -c "$T/dunmail.conf" 2>"$T/second.err"; rc=$?
	dm_is "a second dunmail-milter on a socket in use refuses to start: exit 71" "$rc" 71
	dm_is "... saying a milter already listens there" \
		"$(grep -c "milter.sock: a milter is already listening there" "$T/second.err")" 1
	dm_is "... and the first one's socket is still there" "$([ -S "$T/run/milter.sock" ] && echo yes)" yes
	kill "$first" 2>/dev/null; wait "$first" 2>/dev/null
else
	ok "# SKIP dunmail-milter's start check needs root and a postfix user"
	ok "# SKIP"
	ok "# SKIP"
	ok "# SKIP"
	ok "# SKIP"
fi
dm_done
