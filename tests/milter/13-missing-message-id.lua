-- An outgoing message without a Message-ID gets one (added at end of message); the spool
-- copy carries the same header and names it in its envelope.
dofile(lib)
local conn = h.connect()
h.conninfo(conn, "mua.example", "203.0.113.5")
h.mail(conn, "<billing@example.nl>", "QNOID", "alice")
h.rcpt(conn, "<klant@debtor.example>")
h.data(conn)
h.headers(conn, { { "From", "billing@example.nl" }, { "Subject", "Factuur 10" } })
h.body(conn, "Factuur 10.\r\n")
h.eom(conn)
if not mt.eom_check(conn, MT_HDRADD, "Message-ID") then
	h.fail("no Message-ID added")
end
local added = mt.getheader(conn, "Message-ID", 0)
mt.disconnect(conn)
local env, msg = h.spooled()
local id = env["Added-Message-Id"]
if id == nil or not id:match("^<[^@<>]+@example%.nl>$") then
	h.fail("bad Added-Message-Id %q", tostring(id))
end
-- libmilter hands the value over with its leading space (SMFIP_HDR_LEADSPC)
h.expect_eq("added header value", added:gsub("^ ", ""), id)
h.expect_eq("message bytes", msg, "From: billing@example.nl\r\nSubject: Factuur 10\r\n" ..
	"Message-ID: " .. id .. "\r\n\r\nFactuur 10.\r\n")
h.expect_log("QNOID: spooled ")
