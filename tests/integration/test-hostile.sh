#!/bin/bash
# test-hostile: hostile mail through the whole path — private Postfix, dunmail-milter,
# the spool, dunmaild's parse child, the ledger, the owner's CLI.
#
#   - a 50 MB message, 1,000 nested multiparts, broken MIME and charsets, a 200 KB header
#     line, NUL bytes and a PDF built to exhaust memory, sent as billing mail: every one is
#     delivered, the milter lives and its memory stays bounded (its peak RSS printed); the
#     one over the spool's size cap is named in spool/missed/;
#   - dunmaild ingests or sets aside every spooled file in one pass, none blocking the
#     rest, each parse within its budget (the figures printed from its debug log);
#   - an e-invoice and a reply whose number, debtor name, subject and text carry SQL
#     (' ; --), bidi overrides and isolates, U+2028/2029, NEL, CR/LF, escape sequences and
#     HTML: the invoice number is stored and read back exactly, and no such character
#     reaches a CLI table, dunmaild's log, or a header of the reminder it sends.
# TAP on stdout; exit status 0 when every check passed.
set -u
source "$(dirname "$0")/lib.sh"
dm_require_built dunmail-milter dunmaild dunmail
GEN="$DM_REPO/tests/integration/hostile-mail.pl"

dm_init hostile
# A PDF bomb costs whatever CPU it is given: a small budget keeps the test short.
dm_dunmail_config "daemon|parse_time_limit = 3"
dm_postfix_config "unix:$MILTER_SOCK"
# We are the MX for acme.example: the debtor's reply comes from outside.
dm_postfix_set "message_size_limit = 60000000" "header_size_limit = 262144" \
	"relay_domains = acme.example"
dm_milter_start
dm_sink_start
dm_postfix_start

n=0
for kind in big nested broken header nul pdfbomb ubl; do
	"$GEN" "$kind" >"$T/$kind.eml"
	dm_check "the $kind message ($(( $(stat -c %s "$T/$kind.eml") / 1024 )) KB) is accepted by Postfix" \
		dm_swaks billing@acme.example klant@debtor.example "$T/$kind.eml"
	n=$((n + 1))
done
"$GEN" reply >"$T/reply.eml"
dm_check "the hostile reply is accepted by Postfix" \
	dm_swaks klant@debtor.example billing@acme.example "$T/reply.eml" \
	--xclient-addr 203.0.113.5 --xclient-name mail.debtor.example
n=$((n + 1))
dm_check "all $n hostile messages are delivered" dm_wait_captures $n 120
dm_check "dunmail-milter is still running" kill -0 "$DM_MILTER_PID"
hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$DM_MILTER_PID/status")
diag "dunmail-milter peak RSS after the hostile stream: $((hwm / 1024)) MB"
# The milter holds at most a message's headers (1 MiB cap) per connection; the bound is
# loose for the sanitizer build, whose shadow memory counts, and under memcheck (make check
# VALGRIND=1), whose own tables do.
limit_mb=48; [ "${SAN:-}" = 1 ] || [ -n "${DM_VALGRIND:-}" ] && limit_mb=400
dm_check "its peak RSS stays under $limit_mb MB" test $((hwm / 1024)) -lt $limit_mb
dm_is "the 50 MB message, over the spool's 25 MB cap, is named in spool/missed/" \
	"$(grep -l 'Reason: not spooled: ' "$T"/spool/missed/* 2>/dev/null | wc -l)" 1
dm_check "... and in the milter's log with its sender and recipient" \
	grep -q 'missed billing mail from <billing@acme.example> to <klant@debtor.example>' \
	"$T/log/dunmail-milter.log"
dm_spool_files | sort >"$T/spooled.list"
dm_is "the other $((n - 1)) are spooled" "$(wc -l <"$T/spooled.list")" $((n - 1))

# One pass takes every file: ingested or set aside, none left behind.
start=$SECONDS
G_MESSAGES_DEBUG=all timeout 300 "$BUILD/dunmaild" -c "$T/dunmail.conf" --once \
	>>"$T/log/dunmaild.log" 2>&1
dm_is "dunmaild --once finishes" "$?" 0
diag "dunmaild's pass over the hostile spool: $((SECONDS - start)) s"
# (The reminder dunmaild sends passes the milter too: new/ may hold its copy.)
dm_is "no spooled file is left in new/ or work/" \
	"$(find "$T/spool/work" -type f; dm_spool_files | sort | comm -12 - "$T/spooled.list")" ""
dm_is "the PDF bomb is set aside in bad/, named in the log" \
	"$(grep -c 'set aside in bad/: parse exceeded' "$T/log/dunmaild.log")" 1
diag "$(grep -o '[^/]*: parse took .*' "$T/log/dunmaild.log")"
over=$(grep -o 'parse took [0-9.]* s CPU, [0-9.]* s wall, peak RSS [0-9]* MB' "$T/log/dunmaild.log" |
	awk '$3 > 3 + 1.5 || $6 > 2 * 3 + 5 + 2 { print }')
dm_is "every parse stayed within its CPU and wall-clock budget" "$over" ""
if [ "${SAN:-}" != 1 ] && [ -z "${DM_VALGRIND:-}" ]; then
	dm_is "every parse stayed within its memory budget (512 MB)" \
		"$(grep -o 'peak RSS [0-9]* MB' "$T/log/dunmaild.log" | awk '$3 > 512')" ""
fi

# Fields that reach tables, logs and headers.
number="2026-'0042;--"
dm_is "the invoice number with SQL metacharacters is stored and read back exactly" \
	"$(dm_cli invoices --json | jq -r --arg n "$number" 'map(select(.number == $n)) | .[0].number')" \
	"$number"
dm_is "the ledger holds its tables whole" \
	"$(sqlite3 "$T/ledger.sqlite" "select count(*) from invoices where number = '2026-''0042;--'")" 1
# The characters that must never reach a terminal or a log raw: C0 controls but tab and
# newline, DEL, C1 (NEL among them), U+2028/2029, bidi controls.
raw_chars() { perl -CSD -ne 'print if /[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\x{2028}\x{2029}\x{202a}-\x{202e}\x{2066}-\x{2069}\x{200e}\x{200f}\x{061c}]/'; }
for view in "invoices" "show $number" "replies" "digest"; do
	out=$(dm_cli $view 2>&1)
	dm_is "dunmail $view shows no raw control, separator or bidi character" \
		"$(printf '%s\n' "$out" | raw_chars)" ""
done
dm_is "dunmaild's log holds no raw control, separator or bidi character" \
	"$(raw_chars <"$T/log/dunmaild.log" | head -3)" ""
dm_is "dunmail-milter's log holds none either" \
	"$(raw_chars <"$T/log/dunmail-milter.log" | head -3)" ""
dm_check_clean_logs
dm_done
