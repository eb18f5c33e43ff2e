-- Two messages on one connection, the second aborted in the middle of its body: the first
-- is spooled, no temporary file is left.
dofile(lib)
local conn = h.connect()
h.conninfo(conn, "localhost", "127.0.0.1")
h.mail(conn, "<billing@example.nl>", "QFIRST")
h.rcpt(conn, "<klant@debtor.example>")
h.data(conn)
h.headers(conn, { { "Subject", "een" }, { "Message-ID", "<een@example.nl>" } })
h.body(conn, "een\r\n")
h.eom(conn)

h.mail(conn, "<billing@example.nl>", "QSECOND")
h.rcpt(conn, "<klant@debtor.example>")
h.data(conn)
h.headers(conn, { { "Subject", "twee" }, { "Message-ID", "<twee@example.nl>" } })
h.body(conn, "twee, eerste helft\r\n")
h.expect_files("tmp", 1)
if mt.abort(conn) ~= nil then
	h.fail("abort failed")
end
h.expect_files("tmp", 0)

-- a third, cut off by a dropped connection in the middle of its body
h.mail(conn, "<billing@example.nl>", "QTHIRD")
h.rcpt(conn, "<klant@debtor.example>")
h.data(conn)
h.headers(conn, { { "Subject", "drie" } })
h.body(conn, "drie\r\n")
h.expect_files("tmp", 1)
mt.disconnect(conn, false)
h.expect_files("tmp", 0)
local env = h.spooled()
h.expect_eq("Queue-Id", env["Queue-Id"], "QFIRST")
