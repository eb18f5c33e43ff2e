/* dm-deliver: getting outbox rows out exactly once.
 *
 * Each pending row is moved to sending (committed), submitted over SMTP, and moved to
 * sent, back to pending (the server did not take it), to failed (refused) or to unknown
 * (the connection broke after the data went out).  A reminder whose invoice is no longer
 * open by then is cancelled instead.  Shared by dunmaild's pass and `dunmail digest --send`.
 */
#pragma once
#include "common/dm-config.h"
#include "dunning/ledger/dm-ledger.h"
#include "dunning/ledger/dm-outbox.h"

typedef struct {
	guint sent;
	guint failed;
	guint deferred;
	guint cancelled;
	guint elsewhere;            /* claimed or moved on by another process meanwhile */
} DmDeliverStats;

/* Submits one pending outbox row @it and moves it on (sent, pending again, failed or
 * unknown); a reminder whose invoice is no longer open is cancelled instead. */
gboolean dm_deliver_one(const DmConfig *config, DmLedger *ledger, const DmOutboxItem *it,
                        GDateTime *now, DmDeliverStats *stats, GError **error);

/* Submits every pending outbox row (reminders and digests). */
gboolean dm_deliver_pending(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                            DmDeliverStats *stats, GError **error);
