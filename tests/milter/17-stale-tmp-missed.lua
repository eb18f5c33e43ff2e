-- A stale copy of billing mail in tmp/ (its milter killed after end of headers) is named
-- before the sweep removes it: a missed record with its queue id, sender and recipient,
-- and a warning.  A stale file without an envelope is removed without a record.
--$ mkdir -p "$SPOOL/tmp"
--$ printf 'X-Dunmail-Spool: 1\nDirection: outgoing\nMail-From: billing@example.nl\nRcpt-To: klant@debtor.example\nQueue-Id: QKILLED\nReceived-At: 2026-12-01T10:00:00Z\n\nSubject: Factuur\r\n' >"$SPOOL/tmp/1700000000.1.0.killed.eml"
--$ printf 'garbage' >"$SPOOL/tmp/1700000000.1.0.garbage.eml"
--$ touch -d '3 hours ago' "$SPOOL/tmp/1700000000.1.0.killed.eml" "$SPOOL/tmp/1700000000.1.0.garbage.eml"
dofile(lib)
local conn = h.connect()
h.expect_log("warning: QKILLED: missed billing mail from <billing@example.nl> to "
             .. "<klant@debtor.example> at 2026-12-01T10:00:00Z: the milter stopped mid-message")
h.expect_files("tmp", 0)
local missed = h.expect_files("missed", 1)
local record = h.read(spool .. "/missed/" .. missed[1])
if not string.find(record, "Queue-Id: QKILLED", 1, true) then
	h.fail("missed record lacks the queue id:\n%s", record)
end
mt.disconnect(conn)
