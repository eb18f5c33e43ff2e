/* sending_held: whether the passes hold everything back, kept in the meta table
 * (dm-sending-held.h). */
#include "dunning/ledger/dm-sending-held.h"

#define META_HELD_SINCE "sending_held_since"
#define META_HELD_WHY "sending_held_why"
#define META_HELD_NOTICED "sending_held_noticed"

void
dm_sending_held_clear(DmSendingHeld *held)
{
	g_clear_pointer(&held->since, g_free);
	g_clear_pointer(&held->why, g_free);
	g_clear_pointer(&held->noticed, g_free);
}

gboolean
dm_ledger_sending_held_get(DmLedger *ledger, DmSendingHeld *out, GError **error)
{
	if (!dm_ledger_meta_get(ledger, META_HELD_SINCE, &out->since, error) ||
	    !dm_ledger_meta_get(ledger, META_HELD_WHY, &out->why, error) ||
	    !dm_ledger_meta_get(ledger, META_HELD_NOTICED, &out->noticed, error)) {
		dm_sending_held_clear(out);
		return FALSE;
	}
	/* The meta table has no deletion: an empty value is "not held". */
	if (out->since && !*out->since)
		dm_sending_held_clear(out);
	return TRUE;
}

gboolean
dm_ledger_sending_held_set(DmLedger *ledger, const char *now_iso, const char *why,
                           GError **error)
{
	g_auto(DmSendingHeld) held = { 0 };
	if (!dm_ledger_sending_held_get(ledger, &held, error) || !dm_ledger_begin(ledger, error))
		return FALSE;
	if (!dm_ledger_meta_set(ledger, META_HELD_SINCE, held.since ? held.since : now_iso, error) ||
	    !dm_ledger_meta_set(ledger, META_HELD_WHY, why, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	return TRUE;
}

gboolean
dm_ledger_sending_held_end(DmLedger *ledger, gboolean *ended, GError **error)
{
	g_auto(DmSendingHeld) held = { 0 };
	if (ended)
		*ended = FALSE;
	if (!dm_ledger_sending_held_get(ledger, &held, error))
		return FALSE;
	if (!held.since)
		return TRUE;                /* the usual case: no write at every pass */
	if (ended)
		*ended = TRUE;
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	if (!dm_ledger_meta_set(ledger, META_HELD_SINCE, "", error) ||
	    !dm_ledger_meta_set(ledger, META_HELD_WHY, "", error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	return TRUE;
}

gboolean
dm_ledger_sending_held_noticed(DmLedger *ledger, const char *since, GError **error)
{
	return dm_ledger_meta_set(ledger, META_HELD_NOTICED, since, error);
}
