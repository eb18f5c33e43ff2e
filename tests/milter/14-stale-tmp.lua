-- Copies left in tmp/ by a milter that died mid-message are never used: at start-up those
-- older than an hour are removed, each with a log line.  A younger one may be another
-- milter's message in flight on the same spool, so it stays; so does a directory.
--$ mkdir -p "$SPOOL/tmp/old-directory"
--$ printf 'X-Dunmail-Spool: 1\n' >"$SPOOL/tmp/1700000000.1.0.0badf00d.eml"
--$ touch -d '3 hours ago' "$SPOOL/tmp/1700000000.1.0.0badf00d.eml" "$SPOOL/tmp/old-directory"
--$ printf 'X-Dunmail-Spool: 1\n' >"$SPOOL/tmp/young.eml"
--$ touch -d '10 minutes ago' "$SPOOL/tmp/young.eml"
dofile(lib)
local conn = h.connect()
-- Three hours old when the spool was prepared; the milter may take minutes to start (under
-- valgrind on a busy machine), so the age it logs is 180 or a little more.
h.expect_log_match("tmp sweep: removed " .. spool:gsub("%p", "%%%0") .. "/tmp/1700000000%.1%.0%.0badf00d%.eml "
                   .. "%(19 bytes, last written 18%d minutes ago%)")
local left = h.files("tmp")
table.sort(left)
h.expect_eq("tmp/ after the sweep", table.concat(left, " "), "old-directory young.eml")
if h.read(log):find("warning: tmp sweep", 1, true) then
	h.fail("the sweep warned: %s", h.read(log))
end
-- and the milter works as usual
h.conninfo(conn, "localhost", "127.0.0.1")
h.mail(conn, "<billing@example.nl>", "QAFTER")
h.rcpt(conn, "<klant@debtor.example>")
h.data(conn)
h.headers(conn, { { "Subject", "na de sweep" }, { "Message-ID", "<after@example.nl>" } })
h.body(conn, "x\r\n")
h.eom(conn)
mt.disconnect(conn)
h.expect_eq("Queue-Id", h.spooled()["Queue-Id"], "QAFTER")
