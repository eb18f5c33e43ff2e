/* dm-failing: debtor addresses that refuse mail.
 *
 * A hard bounce (5.x.x) proven to answer one of our own messages (dm-verp.h, or the
 * returned Message-ID) marks the address it went to as failing: the owner sees it in the
 * digest and decides what replaces it; dunmail never changes a debtor's address itself.
 * A later mark of the same address keeps the first date and takes the latest detail.
 */
#pragma once
#include "dunning/ledger/dm-ledger.h"

/* Marks @address (normalized) failing since @now, because of outbox row @outbox_id
 * (0: unknown) with @detail (nullable). */
gboolean dm_ledger_address_set_failing(DmLedger *ledger, const char *address, const char *now,
                                       gint64 outbox_id, const char *detail, GError **error);

/* *@failing: is @address marked failing?  *@since_out (nullable; transfer full) when. */
gboolean dm_ledger_address_failing(DmLedger *ledger, const char *address, gboolean *failing,
                                   char **since_out, GError **error);
