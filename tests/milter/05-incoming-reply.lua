-- Outside client, RCPT to a billing address among others: incoming, spooled with the
-- MTA's Authentication-Results, nothing added.
dofile(lib)
local conn = h.connect()
h.conninfo(conn, "mx.debtor.example", "192.0.2.44")
h.mail(conn, "<klant@debtor.example>", "QREPLY")
h.rcpt(conn, "<info@example.nl>")
h.rcpt(conn, "<Billing@Example.NL>")
h.data(conn)
local headers = {
	{ "Authentication-Results", "mx.example.nl; dkim=pass header.d=debtor.example;\n\tdmarc=pass" },
	{ "From", "Klant <klant@debtor.example>" },
	{ "Subject", "Re: Factuur 2024-001" },
	{ "Message-ID", "<reply-1@debtor.example>" },
	{ "In-Reply-To", "<inv-2024-001@example.nl>" },
}
h.headers(conn, headers)
h.body(conn, "Wij betwisten deze factuur.\r\n")
h.eom(conn)
if mt.eom_check(conn, MT_HDRADD) then
	h.fail("a header was added to an incoming message")
end
mt.disconnect(conn)
local env, msg = h.spooled()
h.expect_eq("Direction", env["Direction"], "incoming")
h.expect_eq("Rcpt-To 1", env["Rcpt-To"][1], "info@example.nl")
h.expect_eq("Rcpt-To 2", env["Rcpt-To"][2], "Billing@Example.NL")
if not msg:find("Authentication-Results: mx.example.nl; dkim=pass header.d=debtor.example;\r\n\tdmarc=pass\r\n", 1, true) then
	h.fail("Authentication-Results not spooled as received: %q", msg)
end
h.expect_log("QREPLY: incoming: billing recipient Billing@Example.NL from outside client 192.0.2.44")
