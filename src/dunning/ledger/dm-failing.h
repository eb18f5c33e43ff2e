/* dm-failing: debtor addresses that refuse mail.
 *
 * A hard bounce (5.x.x) proven to answer one of our own messages (dm-verp.h, or the
 * returned Message-ID) marks the address it went to as failing: the owner sees it in the
 * digest and decides what replaces it; dunmail never changes a debtor's address itself.
 * A later mark of the same address keeps the first date and takes the latest detail.
 * While an address is failing no reminder goes to it (the scheduler asks); a proven
 * report that mail to it was delivered, or the owner (`dunmail address ADDR --ok`),
 * clears the mark.
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

/* (transfer full) every failing address -> since (ISO): one read for a listing, not one
 * per row; few addresses ever fail. */
GHashTable *dm_ledger_failing_addresses(DmLedger *ledger, GError **error);

/* Clears @address's mark; *@was_failing (nullable): whether it had one. */
gboolean dm_ledger_address_clear_failing(DmLedger *ledger, const char *address,
                                         gboolean *was_failing, GError **error);

/* *@told: has invoice @invoice_id an event of @kind at or after @since (ISO, UTC)?  So
 * that a blocked reminder is told once per mark, not at every pass. */
gboolean dm_ledger_event_since(DmLedger *ledger, gint64 invoice_id, DmEventKind kind,
                               const char *since, gboolean *told, GError **error);
