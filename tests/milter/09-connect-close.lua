-- A probe that connects and leaves (close may be the only callback, with no private
-- data), and one that leaves after the connect step: no crash, the milter still works.
dofile(lib)
local probe = h.connect_raw()      -- not even negotiation
mt.disconnect(probe, false)
local probe2 = h.connect()
h.conninfo(probe2, "scanner.example", "192.0.2.9")
mt.disconnect(probe2)
local probe3 = h.connect()
h.conninfo(probe3, "scanner.example", "192.0.2.9")
mt.macro(probe3, SMFIC_MAIL, "i", "QHALF")
h.step(probe3, "MAIL", mt.mailfrom(probe3, "<billing@example.nl>"), SMFIR_CONTINUE)
mt.disconnect(probe3, false)

local conn = h.connect()
h.conninfo(conn, "localhost", "127.0.0.1")
h.mail(conn, "<billing@example.nl>", "QALIVE")
h.rcpt(conn, "<klant@debtor.example>")
h.data(conn)
h.headers(conn, { { "Message-ID", "<alive@example.nl>" } })
h.eom(conn)
mt.disconnect(conn)
local env = h.spooled()
h.expect_eq("Queue-Id", env["Queue-Id"], "QALIVE")
