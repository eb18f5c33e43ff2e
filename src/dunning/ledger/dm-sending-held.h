/* dm-sending-held: whether dunmaild's passes hold everything back because their ingest did
 * not complete (dm-pass.h), since when and why — kept in the meta table, so that `dunmail
 * status` can say it while it lasts. */
#pragma once
#include "dunning/ledger/dm-ledger.h"

typedef struct {
	char *since;                /* (nullable) ISO 8601 UTC of the first such pass; NULL: not held */
	char *why;                  /* (nullable) what the latest such pass left unread */
	char *noticed;              /* (nullable) the since of the hold the owner was last told
	                             * of by mail (dm-held-notice.h) */
} DmSendingHeld;

void dm_sending_held_clear(DmSendingHeld *held);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(DmSendingHeld, dm_sending_held_clear)

/* Reads the state into @out (since NULL when sending is not held). */
gboolean dm_ledger_sending_held_get(DmLedger *ledger, DmSendingHeld *out, GError **error);
/* Records that the pass at @now_iso held everything back because of @why; since stays the
 * time of the first pass of the run of such passes. */
gboolean dm_ledger_sending_held_set(DmLedger *ledger, const char *now_iso, const char *why,
                                    GError **error);
/* Records that sending goes on (a pass read everything); writes only when it was held.
 * *@ended (may be NULL): it was held until now. */
gboolean dm_ledger_sending_held_end(DmLedger *ledger, gboolean *ended, GError **error);
/* Records that the owner was told of the hold that began at @since, in the caller's
 * transaction. */
gboolean dm_ledger_sending_held_noticed(DmLedger *ledger, const char *since, GError **error);
