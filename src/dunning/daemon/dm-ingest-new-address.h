/* dm-ingest-new-address: "no longer works here, write to X" shown to the owner.
 *
 * Called from ingest.c's record_incoming inside its transaction when the analysis of an
 * incoming message names a new address (dm_autoreply_new_address).  It records an
 * address_change event for the digest, naming the old and the new address and the
 * invoice; the debtor's address is never changed automatically (a stranger could write
 * the same words): the owner decides.
 */
#pragma once
#include "dunning/ledger/dm-ledger.h"

/* Records that @from_address (nullable) names @new_address, for invoice @invoice_id (0:
 * none matched) whose debtor is @debtor_email (nullable), at @now_iso. */
gboolean dm_ingest_new_address(DmLedger *ledger, gint64 invoice_id, const char *debtor_email,
                               const char *from_address, const char *new_address,
                               const char *now_iso, const char *spool_name, GError **error);
