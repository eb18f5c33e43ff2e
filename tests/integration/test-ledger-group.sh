#!/usr/bin/env bash
# test-ledger-group: a member of the ledger's group reads the ledger while dunmaild is
# stopped.  The ledger is 0640 in a 0750 directory, so the reader can create no file
# there; SQLite's read-only open of a WAL ledger needs its -wal and -shm files, which the
# writer keeps (SQLITE_FCNTL_PERSIST_WAL).  Needs root (setpriv).  TAP on stdout.
set -u
source "$(dirname "$0")/lib.sh"     # TAP helpers only
for p in dunmail dunmaild; do [ -x "$BUILD/$p" ] || bail "$BUILD/$p not built (run make)"; done
if [ "$(id -u)" != 0 ] || ! command -v setpriv >/dev/null || ! getent group nogroup >/dev/null; then
	echo "1..0 # SKIP needs root, setpriv and group nogroup"; exit 0
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/dunmail-group.XXXXXX") || bail "mktemp"
trap 'rm -rf "$T"' EXIT
chmod 755 "$T"
# The package's layout: the directory 0750 of the group (setgid, so files take it).
mkdir -m 2750 "$T/lib" && chgrp nogroup "$T/lib"
cat >"$T/dunmail.conf" <<EOF
[ledger]
database = $T/lib/ledger.sqlite
[spool]
directory = $T/spool
[mail]
billing_addresses = billing@acme.example
owner = owner@acme.example
smtp_url = smtp://127.0.0.1:9
[dunning]
templates = $DM_REPO/templates
freemail_domains = $DM_REPO/data/freemail-domains.txt
[replies]
model = $BUILD/replies.model
EOF
chmod 644 "$T/dunmail.conf"
"$BUILD/dunmaild" -f -c "$T/dunmail.conf" --once >"$T/dunmaild.log" 2>&1
dm_is "dunmaild made the ledger and stopped" "$?" 0
dm_is "the ledger is 0640, of the group" "$(stat -c '%a %G' "$T/lib/ledger.sqlite")" "640 nogroup"
dm_is "its -wal and -shm stay after dunmaild stopped" \
	"$(ls "$T/lib" | grep -c -e '-wal$' -e '-shm$')" 2
out=$(setpriv --reuid=nobody --regid=nogroup --clear-groups "$BUILD/dunmail" -c "$T/dunmail.conf" invoices 2>&1)
rc=$?
dm_is "a member of the group reads it while dunmaild is stopped (exit 1: no invoices)" "$rc" 1
[ "$rc" = 1 ] || diag "$out"
dm_done
