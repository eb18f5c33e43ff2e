/* dm-ingest-bounce: recording a delivery report (a bounce, an expiry, a delay notice).
 *
 * Called from ingest.c's record_incoming inside its transaction, for an incoming message
 * whose analysis is a delivery report.  It looks for the proof that the report answers our
 * own mail — the VERP tag of the envelope recipient (dm-verp.h), verified against the
 * secret in use (dm-verp-secret.h), or the returned Message-ID found in our outbox — and
 * applies dm_bounce_policy(): a proven hard failure stops the invoice of that outbox row,
 * marks the address it went to as failing (dm-failing.h) and alerts the owner; anything
 * else is recorded and shown.  The sender's authentication plays no part.
 */
#pragma once
#include "common/dm-config.h"
#include "dunning/daemon/dm-ingest-plan.h"
#include "dunning/ledger/dm-ledger.h"

/* TRUE when @plan is an incoming delivery report, which dm_ingest_bounce() records. */
gboolean dm_ingest_is_delivery_report(const DmIngestPlan *plan);

/* Records @plan (message row @message_row) as a delivery report at @now: the reply row,
 * the event, and what a proven hard failure changes.  *@applied: did it change dunning?
 * FALSE with @error when the ledger fails (the caller rolls back). */
gboolean dm_ingest_bounce(const DmConfig *config, DmLedger *ledger, const DmIngestPlan *plan,
                          gint64 message_row, GDateTime *now, const char *spool_name,
                          gboolean *applied, GError **error);
