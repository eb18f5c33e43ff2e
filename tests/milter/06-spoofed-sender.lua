-- Outside client, spoofed billing MAIL FROM, other RCPT: accepted once the recipients are
-- known (DATA), nothing spooled, the reason logged.
dofile(lib)
local conn = h.connect()
h.conninfo(conn, "unknown", "203.0.113.66")
h.mail(conn, "<billing@example.nl>", "QSPOOF")
h.rcpt(conn, "<victim@example.nl>")
h.data(conn, SMFIR_ACCEPT)
mt.disconnect(conn)
h.expect_files("tmp", 0)
h.expect_files("new", 0)
h.expect_log("QSPOOF: ignored: sender billing@example.nl but client 203.0.113.66 is not internal and not authenticated, no billing recipient")
