-- The spool broken, the record of the billing mail it could not take goes to the fallback
-- directory ([spool] missed_fallback, on another disk) at once, not into memory, so a
-- restart of the milter does not lose it; the warning says where.  Mail flows throughout.
--$ mkdir -p "$SPOOL/../fallback" && chmod 777 "$SPOOL/../fallback"
dofile(lib)
h.missed_with_spool_broken("QFALLBACK1", "Factuur 2026-003")
h.expect_log("/fallback (the spool could not take it)")
local list = h.expect_files("../fallback", 1)
local record = h.read(spool .. "/../fallback/" .. list[1])
for _, want in ipairs({ "Queue-Id: QFALLBACK1", "Mail-From: billing@example.nl",
                        "Rcpt-To: klant@debtor.example", "Reason: not spooled: " }) do
	if not string.find(record, want, 1, true) then
		h.fail("fallback record lacks %q:\n%s", want, record)
	end
end
if string.find(h.read(log), "kept in memory", 1, true) then
	h.fail("the record was kept in memory although the fallback directory could take it")
end
