-- Folded headers (LF or CRLF between the lines, as MTAs hand them over), 8-bit header
-- bytes, odd spacing: the spooled message equals the input, byte for byte, in CRLF form.
dofile(lib)
local conn = h.connect()
h.conninfo(conn, "localhost", "127.0.0.1")
h.mail(conn, "<billing@example.nl>", "QBYTES")
h.rcpt(conn, "<klant@debtor.example>")
h.data(conn)
local sent = {
	{ "Received", "from a.example (a.example [192.0.2.1])\n\tby mx.example.nl (Postfix)\n\twith ESMTP id QBYTES" },
	{ "Subject", "=?UTF-8?Q?Factuur_f=C3=BCr?=\r\n =?UTF-8?Q?_M=C3=A4rz?=" },
	{ "X-Raw-8bit", "Caf\xc3\xa9 \xe9t\xe9 \xff" },
	{ "X-Spaces", "  two leading spaces and trailing  " },
	{ "X-Empty", "" },
	{ "Message-ID", "<bytes@example.nl>" },
}
h.headers(conn, sent)
local body = "line one\r\n\r\n.dot-start\r\nno final newline"
h.body(conn, body)
h.eom(conn)
mt.disconnect(conn)
local want = ""
for _, hv in ipairs(sent) do
	-- the MTA's form of each field: "Name: value" with CRLF between folded lines
	local value = hv[2]:gsub("\r\n", "\n"):gsub("\n", "\r\n")
	want = want .. hv[1] .. ": " .. value .. "\r\n"
end
want = want .. "\r\n" .. body
local _, msg = h.spooled()
h.expect_eq("message bytes", msg, want)
