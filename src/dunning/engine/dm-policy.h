/* dm-policy: what a reply does to an invoice's dunning.  One function, one table test.
 *
 *   dispute        -> paused until the owner resolves it
 *   promise_to_pay -> paused until the promised day + grace (a week when no day is named)
 *   paid           -> paused for the bank statement (14 days), then the ladder resumes
 *   arrangement    -> paused: the owner proposes a plan
 *   question       -> paused: the owner answers
 *   auto_reply     -> paused until the stated return day, else unchanged
 *   bounce         -> stopped, the owner is alerted
 *   other          -> unchanged, shown in the digest
 */
#pragma once
#include "dunning/ledger/dm-ledger-types.h"
#include "parser/reply/dm-reply.h"

#define DM_POLICY_PROMISE_GRACE_DAYS 3
#define DM_POLICY_PROMISE_DEFAULT_DAYS 7
#define DM_POLICY_PAID_HOLD_DAYS 14

typedef struct {
	gboolean changes;           /* FALSE: leave the invoice as it is */
	DmInvoiceStatus status;     /* paused or stopped; DM_INVOICE_STATUS_ANY when no change */
	const char *reason;         /* "dispute", "promise", ... */
	GDate until;                /* invalid: until the owner acts */
} DmPolicyDecision;

void dm_policy_for_reply(DmReplyClass klass, const GDate *stated, const GDate *today,
                         DmPolicyDecision *out);

/* Weighs @d against the invoice's current @status and @until, so that a later, weaker
 * reply never lifts a stronger hold:
 *   - paid and stopped invoices change only by the owner's hand;
 *   - a pause until the owner decides (dispute, question, arrangement) is not shortened
 *     into a dated one (an out-of-office after a dispute does not end the dispute);
 *   - a dated pause is only ever extended;
 *   - a bounce stops the invoice whatever it was (unless paid).
 * Clears d->changes when nothing is to change. */
void dm_policy_merge(DmInvoiceStatus status, const GDate *until, DmPolicyDecision *d);
