-- An MTA of milter protocol 6 (Postfix, Sendmail) offers the no-reply steps: the milter
-- takes them for connect, MAIL, RCPT, headers and body, and its decisions stay where they
-- were.  Ordinary mail: nothing answered until DATA, which says ACCEPT.  Billing mail on
-- the same connection: answered at DATA, end of headers and end of message only, spooled
-- byte for byte, its missing Message-ID added at end of message as before.
dofile(lib)
local conn = h.connect_no_reply()
h.expect_log("the MTA takes no reply at connect, MAIL, RCPT, headers and body")
h.conninfo(conn, "mx.other.example", "198.51.100.7")
h.mail(conn, "<news@other.example>", "QNRPLAIN")
h.rcpt(conn, "<someone@example.nl>")
h.rcpt(conn, "<other@example.nl>")
h.data(conn, SMFIR_ACCEPT)
h.expect_log("QNRPLAIN: ignored: not internal, no billing recipient")

h.mail(conn, "<billing@example.nl>", "QNRINV", "alice")
h.rcpt(conn, "<klant@debtor.example>")
h.data(conn)
h.headers(conn, { { "From", "billing@example.nl" }, { "Subject", "Factuur 18" } })
h.body(conn, "Factuur 18, te betalen binnen 14 dagen.\r\n")
h.body(conn, "Met vriendelijke groet.\r\n")
h.eom(conn)
if not mt.eom_check(conn, MT_HDRADD, "Message-ID") then
	h.fail("no Message-ID added")
end
mt.disconnect(conn)
local env, msg = h.spooled()
h.expect_eq("Queue-Id", env["Queue-Id"], "QNRINV")
h.expect_eq("Direction", env["Direction"], "outgoing")
h.expect_eq("message bytes", msg, "From: billing@example.nl\r\nSubject: Factuur 18\r\n" ..
	"Message-ID: " .. env["Added-Message-Id"] .. "\r\n\r\n" ..
	"Factuur 18, te betalen binnen 14 dagen.\r\nMet vriendelijke groet.\r\n")
h.expect_files("tmp", 0)
