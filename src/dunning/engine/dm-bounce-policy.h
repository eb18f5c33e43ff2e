/* dm-bounce-policy: what a delivery report does.  One function, one table test.
 *
 * A report acts only when it is proven to answer our own mail — a valid VERP tag on the
 * address it came back to, or a returned Message-ID from our outbox (DESIGN: "A bounce
 * counts only when it answers our own mail").  Its sender's DMARC result does not matter
 * then: a real bounce usually fails it, and the tag proves more than DMARC could.
 *
 *   proven hard failure (5.x.x)  -> invoice stopped, address marked failing, owner alerted
 *   proven expiry (gave up, 4.x) -> shown to the owner: nothing is known about the address
 *   proven delay (still trying)  -> shown, nothing else
 *   proven delivery (success)    -> "delivered" in the timeline of every invoice the letter
 *                                   covers (the 14-day letter's proof of arrival); the
 *                                   address our mail went to is no longer failing
 *   anything not proven          -> shown to the owner, never acted on
 */
#pragma once
#include "dunning/ledger/dm-ledger-types.h"
#include "parser/reply/dm-reply.h"

typedef struct {
	DmEventKind event;          /* what the audit trail and the digest say */
	gboolean stop;              /* stop the invoice the report answers */
	gboolean mark_failing;      /* mark the address our mail went to as failing */
	gboolean clear_failing;     /* the address our mail went to takes mail after all */
	const char *note;           /* (nullable) why it does not act although it looks like
	                             * a bounce */
} DmBouncePolicy;

/* The decision for a report of kind @delivery (not DM_DELIVERY_NONE); @proven: does it
 * answer a row of our outbox? */
void dm_bounce_policy(DmDeliveryReport delivery, gboolean proven, DmBouncePolicy *out);
