#!/usr/bin/env bash
# test-import: `dunmail import` on a Maildir, an mbox and .eml files — invoices from the
# billing address and replies to it handed to dunmaild through the spool (nothing sent,
# the ledger written by dunmaild only), duplicates (in one run, and on a second run once
# dunmaild has the messages) and non-billing, Message-ID-less and broken messages
# skipped with their reason in the summary.  No Postfix.  TAP on stdout.
set -u
source "$(dirname "$0")/lib.sh"     # TAP helpers only
for p in dunmail dunmaild; do [ -x "$BUILD/$p" ] || bail "$BUILD/$p not built (run make)"; done
T=$(mktemp -d "${TMPDIR:-/tmp}/dunmail-import.XXXXXX") || bail "mktemp"
trap 'rm -rf "$T"' EXIT
DATA="$DM_REPO/tests/integration/data"
cat >"$T/dunmail.conf" <<EOF
[ledger]
database = $T/ledger.sqlite
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
mkdir -p "$T/Maildir/cur" "$T/Maildir/new" "$T/Maildir/tmp" "$T/eml"

# The Maildir: an invoice (cur/), a reply to it (new/), mail that is not billing mail.
cp "$DATA/invoice-2026-0042.eml" "$T/Maildir/cur/1700000000.1.host:2,S"
sed -e 's/@SUBJECT@/Factuur 2026-0042 van Acme BV/' \
    -e 's/@IN_REPLY_TO@/<factuur-2026-0042.7f3a@acme.example>/' \
    -e 's/@REFERENCES@/<factuur-2026-0042.7f3a@acme.example>/' \
    "$DATA/reply-dispute.eml.in" >"$T/Maildir/new/1700000001.2.host"
printf 'From: a@friend.example\nTo: b@other.example\nSubject: lunch\nMessage-ID: <lunch@friend.example>\n\nNoon?\n' \
	>"$T/Maildir/cur/1700000002.3.host:2,S"

# The mbox: the second invoice, and the first again (a duplicate within the run); a
# body line starting "From " is quoted as ">From " (GMime keeps the quote: mboxo and
# mboxrd cannot be told apart, and the parser reads past it).
{
	echo "From billing@acme.example Mon Nov  2 10:20:00 2026"
	cat "$DATA/invoice-2026-0043.eml"
	echo ">From the archive: nothing"
	echo
	echo "From billing@acme.example Mon Nov  2 10:15:00 2026"
	cat "$DATA/invoice-2026-0042.eml"
	echo
} >"$T/sent.mbox"

# .eml files: one without a Message-ID, one broken (empty), one of garbage.
printf 'From: billing@acme.example\nTo: x@debtor.example\nSubject: no id\n\nhi\n' >"$T/eml/noid.eml"
: >"$T/eml/empty.eml"
head -c 300 /dev/urandom | tr -d '\n:' >"$T/eml/garbage.eml"

out=$("$BUILD/dunmail" -c "$T/dunmail.conf" import "$T/Maildir" "$T/sent.mbox" "$T"/eml/*.eml 2>"$T/err"); rc=$?
dm_is "import: exit 0" "$rc" 0
dm_is "the summary: what was handed over" "$(sed -n 1p <<<"$out")" \
	"8 messages read: 2 invoices (sent from a billing address) and 1 replies handed to dunmaild"
dm_is "the summary: what was skipped and why" "$(sed -n 2p <<<"$out")" \
	"skipped: 1 duplicate (Message-ID already in the ledger or read twice), 1 not billing mail, 1 without Message-ID, 2 unreadable"
dm_is "not a terminal: plain progress lines" "$(tail -1 "$T/err")" "dunmail import: 8 of 8 messages read"
dm_is "three spool files in new/" "$(ls "$T/spool/new" | wc -l)" 3
dm_is "nothing in the ledger yet: dunmaild is its only writer" "$([ -e "$T/ledger.sqlite" ] && echo yes || echo no)" no
dm_is "the original date is kept as Received-At" \
	"$(grep -h '^Received-At: 2026-11-02T09:15:00Z' "$T"/spool/new/* | wc -l)" 1
dm_is "a quoted >From line stays in its message, which is not split there" \
	"$(grep -l 'From the archive' $(grep -l 'Factuur 2026-0043' "$T"/spool/new/*) | wc -l)" 1
dm_is "a reply is spooled as incoming" "$(grep -l '^Direction: incoming' "$T"/spool/new/* | wc -l)" 1

"$BUILD/dunmaild" -f -c "$T/dunmail.conf" --once >"$T/dunmaild.log" 2>&1
dm_is "dunmaild ingests them" "$(ls "$T/spool/new" | wc -l)" 0
inv=$("$BUILD/dunmail" -c "$T/dunmail.conf" invoices --json | jq -r '[.[].number] | sort | join(" ")')
dm_is "both invoices are in the ledger" "$inv" "2026-0042 2026-0043"
dm_is "the reply is in the ledger" "$("$BUILD/dunmail" -c "$T/dunmail.conf" replies --json | jq length)" 1
dm_is "the summary says how what is recorded is dated" "$(sed -n 3p <<<"$out")" \
	"dated: dunmaild records each one at its own Date (a Date in the future: at the time it reads it), as history, not as news of today"
# recorded_at NUMBER: when the ledger says invoice NUMBER was recorded (its event).
recorded_at() {
	sqlite3 "$T/ledger.sqlite" "SELECT e.at FROM events e JOIN invoices i ON i.id = e.invoice_id
	                            WHERE e.kind = 'invoice_recorded' AND i.number = '$1'"
}
dm_is "an imported invoice is recorded at its own Date, not at the import" "$(recorded_at 2026-0042)" 2026-11-02T09:15:00Z
dm_is "... each at its own" "$(recorded_at 2026-0043)" 2026-11-16T08:30:00Z
dm_is "the reply too" "$(sqlite3 "$T/ledger.sqlite" "SELECT at FROM events WHERE kind LIKE 'reply_%'")" 2026-11-25T08:12:44Z

# A Date in the future (a wrong clock) puts no future event in the ledger.
sed -e 's/2026-0042/2026-0099/g' -e 's/factuur-2026-0042.7f3a/factuur-2026-0099.1b2c/' \
    -e 's/^Date: .*/Date: Tue, 01 Jan 2099 10:00:00 +0100/' "$DATA/invoice-2026-0042.eml" >"$T/future.eml"
"$BUILD/dunmail" -c "$T/dunmail.conf" import "$T/future.eml" >/dev/null 2>&1
"$BUILD/dunmaild" -f -c "$T/dunmail.conf" --once >>"$T/dunmaild.log" 2>&1
future=$(recorded_at 2026-0099)
dm_check "a future Date is recorded at the time dunmaild read it (got '$future')" \
	test -n "$future" -a "$future" \< "$(date -u -d '+1 minute' +%Y-%m-%dT%H:%M:%SZ)"

out=$("$BUILD/dunmail" -c "$T/dunmail.conf" import "$T/Maildir" "$T/sent.mbox" 2>/dev/null); rc=$?
dm_is "importing again: every billing message is a duplicate" "$(sed -n 2p <<<"$out")" \
	"skipped: 4 duplicate (Message-ID already in the ledger or read twice), 1 not billing mail, 0 without Message-ID, 0 unreadable"
dm_is "... and nothing is spooled" "$(ls "$T/spool/new" | wc -l)" 0

"$BUILD/dunmail" -c "$T/dunmail.conf" import "$T/nonexistent" >/dev/null 2>&1; rc=$?
dm_is "a path that does not exist: usage error" "$rc" 2
"$BUILD/dunmail" -c "$T/dunmail.conf" import >/dev/null 2>&1; rc=$?
dm_is "no path: usage error" "$rc" 2
dm_done
