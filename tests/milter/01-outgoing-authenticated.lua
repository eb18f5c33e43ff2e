-- Authenticated sender, billing MAIL FROM, invoice attached: one file in new/, none in
-- tmp/, envelope as the MTA gave it, message bytes unchanged, no header added (it has a
-- Message-ID).
dofile(lib)
local conn = h.connect()
h.conninfo(conn, "mua.example", "203.0.113.5")
h.mail(conn, "<billing@example.nl>", "4A1B2C3D", "alice")
h.rcpt(conn, "<klant@debtor.example>")
h.data(conn)
local headers = {
	{ "From", "Billing <billing@example.nl>" },
	{ "To", "klant@debtor.example" },
	{ "Subject", "Factuur 2024-001" },
	{ "Message-ID", "<inv-2024-001@example.nl>" },
	{ "MIME-Version", "1.0" },
	{ "Content-Type", "multipart/mixed; boundary=\"b1\"" },
}
h.headers(conn, headers)
local body = "--b1\r\nContent-Type: text/plain\r\n\r\nZie bijlage.\r\n" ..
	"--b1\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n" ..
	"JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSPj4Kc3RyZWFtCg==\r\n" ..
	"--b1--\r\n"
h.body(conn, body:sub(1, 40))
h.body(conn, body:sub(41))
h.eom(conn)
if mt.eom_check(conn, MT_HDRADD) then
	h.fail("a header was added to a message that has a Message-ID")
end
mt.disconnect(conn)

h.expect_files("tmp", 0)
local env, msg = h.spooled()
h.expect_eq("Direction", env["Direction"], "outgoing")
h.expect_eq("Mail-From", env["Mail-From"], "billing@example.nl")
h.expect_eq("Rcpt-To", env["Rcpt-To"][1], "klant@debtor.example")
h.expect_eq("Client-Addr", env["Client-Addr"], "203.0.113.5")
h.expect_eq("Auth-Authen", env["Auth-Authen"], "alice")
h.expect_eq("Queue-Id", env["Queue-Id"], "4A1B2C3D")
h.expect_eq("Added-Message-Id", env["Added-Message-Id"], nil)
local want = ""
for _, hv in ipairs(headers) do
	want = want .. hv[1] .. ": " .. hv[2] .. "\r\n"
end
h.expect_eq("message bytes", msg, want .. "\r\n" .. body)
h.expect_log("4A1B2C3D: outgoing: authenticated as alice, sender billing@example.nl")
