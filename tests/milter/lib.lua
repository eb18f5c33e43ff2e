-- lib.lua: helpers shared by the miltertest scenarios of dunmail-milter.
--
-- run.sh starts the real dunmail-milter on a temporary unix socket with a temporary spool
-- and passes, with -D: socket (unix:/path), spool (directory), log (the milter's stderr),
-- connect_tries (how many times to try the socket, 0.05 s apart, while the milter starts)
-- and read_timeout (seconds to wait for each of its answers; miltertest's default is 10).
-- A scenario fails by raising an error; miltertest then exits non-zero.

h = {}

function h.fail(fmt, ...)
	error(string.format(fmt, ...), 2)
end

-- The steps miltertest offers by default (SMFI_CURR_PROT of libmilter/mfdef.h), the
-- no-reply steps among them, and those dunmail-milter takes.  The bits are distinct, so
-- sums and differences of them are unions and removals.
local ALL_STEPS = 0x1FFFFF
local NR_ALL = SMFIP_NR_CONN + SMFIP_NR_HELO + SMFIP_NR_MAIL + SMFIP_NR_RCPT + SMFIP_NR_DATA
	+ SMFIP_NR_UNKN + SMFIP_NR_HDR + SMFIP_NR_EOH + SMFIP_NR_BODY
h.NO_REPLY = { CONN = SMFIP_NR_CONN, MAIL = SMFIP_NR_MAIL, RCPT = SMFIP_NR_RCPT,
               HDR = SMFIP_NR_HDR, BODY = SMFIP_NR_BODY }
h.REPLY = { DATA = SMFIP_NR_DATA, EOH = SMFIP_NR_EOH }

-- Connects, retrying while the milter starts, and does no more (not even negotiation).
-- 400 tries are 20 s, for a sanitizer build starting on a busy machine; run.sh asks for
-- more under valgrind, and a longer wait for each answer.
function h.connect_raw()
	if read_timeout ~= nil then
		mt.set_timeout(tonumber(read_timeout))
	end
	return mt.connect(socket, tonumber(connect_tries) or 400, 0.05)
end

-- Connects, retrying while the milter starts, and negotiates offering @steps (miltertest's
-- mt.negotiate takes the version, the steps, then the actions).
local function connect_offering(steps)
	local conn = h.connect_raw()
	if conn == nil then
		h.fail("cannot connect to %s", socket)
	end
	local err = mt.negotiate(conn, nil, steps, nil)
	if err ~= nil then
		h.fail("negotiation: %s", tostring(err))
	end
	return conn
end

-- Connects as an MTA without the no-reply steps (milter protocol before 6): every step is
-- answered, so each h.* step below checks the milter's own reply.  Besides the no-reply
-- bits it leaves out SMFIP_SKIP, the protocol-6 step dunmail-milter reads the offer from
-- (libmilter shows a milter every no-reply bit, offered or not, and never passes on one
-- the MTA did not offer: that the milter did not take them shows in the replies, such as
-- 10-size-cap's ACCEPT in the middle of the body).
function h.connect()
	return connect_offering(ALL_STEPS - NR_ALL - SMFIP_SKIP)
end

-- Connects as a protocol-6 MTA offering every step, as Postfix and Sendmail do, and checks
-- that the milter took exactly the no-reply steps of connect, MAIL, RCPT, headers and body.
-- At those steps miltertest then reads no reply (h.step sees CONTINUE); an ACCEPT decided
-- there comes at the next step that replies: DATA, EOH or EOM.
function h.connect_no_reply()
	local conn = connect_offering(ALL_STEPS)
	for name, bit in pairs(h.NO_REPLY) do
		if not mt.test_option(conn, bit) then
			h.fail("no-reply step %s offered but not taken", name)
		end
	end
	for name, bit in pairs(h.REPLY) do
		if mt.test_option(conn, bit) then
			h.fail("step %s should still be answered", name)
		end
	end
	return conn
end

local names = {}
names[SMFIR_CONTINUE] = "CONTINUE"
names[SMFIR_ACCEPT] = "ACCEPT"
names[SMFIR_REJECT] = "REJECT"
names[SMFIR_TEMPFAIL] = "TEMPFAIL"
names[SMFIR_DISCARD] = "DISCARD"

local function reply_name(r)
	return names[r] or tostring(r)
end

-- Checks that a protocol step went through and the milter answered @want.
function h.step(conn, what, result, want)
	if result ~= nil then
		h.fail("%s: %s", what, tostring(result))
	end
	local got = mt.getreply(conn)
	if got ~= want then
		h.fail("%s: expected %s, got %s", what, reply_name(want), reply_name(got))
	end
end

-- Sends connection info; @ip may be "unspec" (no address).
function h.conninfo(conn, host, ip)
	h.step(conn, "connect " .. tostring(ip), mt.conninfo(conn, host, ip), SMFIR_CONTINUE)
end

-- MAIL FROM with the queue id and optional {auth_authen}.
function h.mail(conn, from, qid, auth, want)
	if auth then
		mt.macro(conn, SMFIC_MAIL, "i", qid, "{auth_authen}", auth)
	else
		mt.macro(conn, SMFIC_MAIL, "i", qid)
	end
	h.step(conn, "MAIL FROM " .. from, mt.mailfrom(conn, from), want or SMFIR_CONTINUE)
end

function h.rcpt(conn, to, want)
	h.step(conn, "RCPT TO " .. to, mt.rcptto(conn, to), want or SMFIR_CONTINUE)
end

function h.data(conn, want)
	h.step(conn, "DATA", mt.data(conn), want or SMFIR_CONTINUE)
end

-- Sends a list of {name, value} headers and end of headers.
function h.headers(conn, list, want_eoh)
	for _, hv in ipairs(list) do
		h.step(conn, "header " .. hv[1], mt.header(conn, hv[1], hv[2]), SMFIR_CONTINUE)
	end
	h.step(conn, "EOH", mt.eoh(conn), want_eoh or SMFIR_CONTINUE)
end

function h.body(conn, text, want)
	h.step(conn, "body", mt.bodystring(conn, text), want or SMFIR_CONTINUE)
end

function h.eom(conn, want)
	h.step(conn, "EOM", mt.eom(conn), want or SMFIR_CONTINUE)
end

-- Breaks the spool entirely (tmp/ and missed/ cannot be created), then passes billing
-- message @qid from alice: answered ACCEPT at the end of its headers, and named missed in
-- a warning.
function h.missed_with_spool_broken(qid, subject)
	local conn = h.connect()
	os.execute("rm -rf '" .. spool .. "/tmp' && touch '" .. spool .. "/tmp' '" .. spool
	           .. "/missed'")
	h.conninfo(conn, "mua.example", "203.0.113.5")
	h.mail(conn, "<billing@example.nl>", qid, "alice")
	h.rcpt(conn, "<klant@debtor.example>")
	h.data(conn)
	h.headers(conn, { { "Subject", subject } }, SMFIR_ACCEPT)
	mt.disconnect(conn)
	h.expect_log("warning: " .. qid .. ": missed billing mail from <billing@example.nl> to "
	             .. "<klant@debtor.example> at 20")
end

-- The file names in spool/@sub.
function h.files(sub)
	local list = {}
	local p = io.popen("ls -A '" .. spool .. "/" .. sub .. "' 2>/dev/null")
	for line in p:lines() do
		list[#list + 1] = line
	end
	p:close()
	return list
end

-- Waits (up to 3 s: close and abort run in the milter's own thread) until spool/@sub
-- holds @n files, then returns their names; fails otherwise.
function h.expect_files(sub, n)
	local list
	for _ = 1, 60 do
		list = h.files(sub)
		if #list == n then
			return list
		end
		mt.sleep(0.05)
	end
	h.fail("spool %s/ holds %d file(s), expected %d", sub, #list, n)
end

function h.read(path)
	local f = io.open(path, "rb")
	if f == nil then
		h.fail("cannot read %s", path)
	end
	local data = f:read("a")
	f:close()
	return data
end

-- The only spool file in new/: its envelope block (a table of key -> value; Rcpt-To as a
-- list) and the message bytes.
function h.spooled()
	local list = h.expect_files("new", 1)
	local data = h.read(spool .. "/new/" .. list[1])
	local cut = data:find("\n\n", 1, true)
	if cut == nil or data:sub(1, 19) ~= "X-Dunmail-Spool: 1\n" then
		h.fail("spool file %s has no envelope block", list[1])
	end
	local env = { ["Rcpt-To"] = {} }
	for line in data:sub(1, cut):gmatch("([^\n]*)\n") do
		local k, v = line:match("^([%w-]+): ?(.*)$")
		if k == "Rcpt-To" then
			table.insert(env[k], v)
		elseif k then
			env[k] = v
		end
	end
	return env, data:sub(cut + 2)
end

-- Waits until the milter's log holds @needle (plain text), or fails.
function h.expect_log(needle)
	for _ = 1, 60 do
		local text = h.read(log)
		if text:find(needle, 1, true) then
			return
		end
		mt.sleep(0.05)
	end
	h.fail("log lacks %q", needle)
end

-- Waits until the milter's log matches the Lua pattern @pattern, or fails.
function h.expect_log_match(pattern)
	for _ = 1, 60 do
		if h.read(log):find(pattern) then
			return
		end
		mt.sleep(0.05)
	end
	h.fail("log does not match %q", pattern)
end

function h.expect_eq(what, got, want)
	if got ~= want then
		h.fail("%s: got %q, expected %q", what, tostring(got), tostring(want))
	end
end
