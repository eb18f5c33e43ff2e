/* dm-match: which invoice does an incoming message talk about?
 *
 * In order, first hit wins:
 *   1. threading: In-Reply-To / References name an invoice mail or a reminder we sent;
 *   2. number: one of the sender's invoice numbers appears in the subject or new text;
 *   3. sender: the sender (for a bounce: the failed recipient) has exactly one invoice
 *      that is not paid.  With several, nothing is guessed: the owner decides.
 */
#pragma once
#include "dunning/dm-ledger.h"
#include "parser/dm-reply.h"

/* The invoice id, or 0.  *@how names the rule that matched ("thread", "number",
 * "sender"), or why nothing did. */
gint64 dm_match_invoice(DmLedger *ledger, GMimeMessage *msg, const DmReplyAnalysis *analysis,
                        const char *from_address, const char **how);
