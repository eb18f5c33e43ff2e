-- 1200 recipients, the billing address the 1151st: the envelope records the first 1000 and
-- the log counts the rest, but the direction saw them all, so the message is incoming.
dofile(lib)
local conn = h.connect()
h.conninfo(conn, "mx.other.example", "198.51.100.7")
h.mail(conn, "<list@other.example>", "QMANY")
for i = 0, 1199 do
	if i == 1150 then
		h.rcpt(conn, "<billing@example.nl>")
	else
		h.rcpt(conn, "<r" .. i .. "@example.nl>")
	end
end
h.data(conn)
h.headers(conn, { { "Subject", "Nieuwsbrief" }, { "Message-ID", "<many@other.example>" } })
h.body(conn, "x\r\n")
h.eom(conn)
mt.disconnect(conn)
local env = h.spooled()
h.expect_eq("Direction", env["Direction"], "incoming")
h.expect_eq("recorded recipients", #env["Rcpt-To"], 1000)
h.expect_eq("first", env["Rcpt-To"][1], "r0@example.nl")
h.expect_eq("last", env["Rcpt-To"][1000], "r999@example.nl")
h.expect_log("QMANY: incoming: billing recipient billing@example.nl from outside client")
h.expect_log("QMANY: 200 more recipient(s) not recorded in the spool envelope (it keeps the "
             .. "first 1000)")
