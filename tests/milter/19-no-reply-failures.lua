-- With the no-reply steps, trouble in the headers or the body is answered at the next
-- step that replies: a body over the size cap gives up where it happens (warning, the
-- copy dropped, the message recorded in missed/) and end of message says ACCEPT; a header
-- block over the cap gives up at that header and end of headers says ACCEPT.  The ACCEPT
-- owed by one message is not carried into the next.
--@ spool.max_message_size = 4K
dofile(lib)
local conn = h.connect_no_reply()
h.conninfo(conn, "localhost", "127.0.0.1")
h.mail(conn, "<billing@example.nl>", "QNRBIG")
h.rcpt(conn, "<klant@debtor.example>")
h.data(conn)
h.headers(conn, { { "Subject", "groot" }, { "Message-ID", "<groot@example.nl>" } })
local line = string.rep("x", 998) .. "\r\n"
h.body(conn, line:rep(3))
h.body(conn, line:rep(3))        -- over the cap: no reply here ...
h.body(conn, line:rep(3))
h.eom(conn, SMFIR_ACCEPT)        -- ... the ACCEPT comes at end of message
h.expect_log("warning: QNRBIG: spool: message exceeds the size cap of 4096 bytes")
h.expect_log("warning: QNRBIG: missed billing mail from <billing@example.nl> to <klant@debtor.example>")
h.expect_files("missed", 1)
h.expect_files("tmp", 0)
h.expect_files("new", 0)

-- the same connection: the next message owes nothing, and its header block is too big
h.mail(conn, "<billing@example.nl>", "QNRHDR")
h.rcpt(conn, "<klant@debtor.example>")
h.data(conn)
local long = string.rep("h", 900)
h.headers(conn, { { "Subject", "koppen" }, { "X-A", long }, { "X-B", long }, { "X-C", long },
                  { "X-D", long }, { "X-E", long } }, SMFIR_ACCEPT)
mt.disconnect(conn)
h.expect_log("warning: QNRHDR: header: headers exceed the size cap of 4096 bytes")
h.expect_files("missed", 2)
h.expect_files("tmp", 0)
h.expect_files("new", 0)
