-- A body over the size cap: the mail is accepted as it is, not spooled, a warning logged.
--@ spool.max_message_size = 4K
dofile(lib)
local conn = h.connect()
h.conninfo(conn, "localhost", "127.0.0.1")
h.mail(conn, "<billing@example.nl>", "QBIG")
h.rcpt(conn, "<klant@debtor.example>")
h.data(conn)
h.headers(conn, { { "Subject", "groot" } })
local line = string.rep("x", 998) .. "\r\n"
h.body(conn, line:rep(3))
h.body(conn, line:rep(3), SMFIR_ACCEPT)
mt.disconnect(conn)
h.expect_files("tmp", 0)
h.expect_files("new", 0)
h.expect_log("warning: QBIG: spool: message exceeds the size cap of 4096 bytes")
-- its record names the cause as a code the digest words
local missed = h.expect_files("missed", 1)
if not string.find(h.read(spool .. "/missed/" .. missed[1]), "Missed: too_big", 1, true) then
	h.fail("the missed record of a message over the cap lacks \"Missed: too_big\"")
end
