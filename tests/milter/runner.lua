-- runner.lua: runs one scenario (-D scenario=FILE) and prints why it failed, with the
-- scenario's line in the traceback, since miltertest itself only exits non-zero.
local ok, err = xpcall(dofile, debug.traceback, scenario)
if not ok then
	mt.echo("FAIL: " .. tostring(err))
	error("scenario failed")
end
