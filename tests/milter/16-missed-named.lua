-- Billing mail the spool cannot take is named: a warning with queue id, sender, recipient
-- and time, and a record in spool/missed/ (an envelope without a message) for the digest
-- and the owner.  While the spool is broken and the fallback directory cannot be made
-- (it is under /proc, where nothing can be made) the record waits in memory; once
-- a message spools again, the waiting record is written too.  Mail flows throughout.
--@ spool.missed_fallback = /proc/dunmail-fallback
dofile(lib)
h.missed_with_spool_broken("QMISSED1", "Factuur 2026-001")
h.expect_log("kept in memory")
-- the spool is repaired: the next message is spooled, and the waiting record written
os.execute("rm -f '" .. spool .. "/tmp' '" .. spool .. "/missed' && mkdir '" .. spool .. "/tmp'"
           .. " && chown --reference='" .. spool .. "/new' '" .. spool .. "/tmp'"
           .. " && chmod --reference='" .. spool .. "/new' '" .. spool .. "/tmp'")
local conn = h.connect()
h.conninfo(conn, "mua.example", "203.0.113.5")
h.mail(conn, "<billing@example.nl>", "QMISSED2", "alice")
h.rcpt(conn, "<klant@debtor.example>")
h.data(conn)
h.headers(conn, { { "Subject", "Factuur 2026-002" }, { "Message-ID", "<m2@example.nl>" } })
h.body(conn, "Factuur 2026-002, te betalen binnen 14 dagen.\r\n")
h.eom(conn)
mt.disconnect(conn)
h.expect_files("new", 1)
local missed = h.expect_files("missed", 1)
local record = h.read(spool .. "/missed/" .. missed[1])
for _, want in ipairs({ "Queue-Id: QMISSED1", "Mail-From: billing@example.nl",
                        "Rcpt-To: klant@debtor.example", "Reason: not spooled: ",
                        "Missed: spool_failed", "Received-At: 20", "Direction: outgoing" }) do
	if not string.find(record, want, 1, true) then
		h.fail("missed record lacks %q:\n%s", want, record)
	end
end
