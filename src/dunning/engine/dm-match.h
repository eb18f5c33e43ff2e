/* dm-match: which invoice does an incoming message talk about?
 *
 * In order, first hit wins:
 *   1. threading: In-Reply-To / References name an invoice mail or a reminder we sent —
 *      unless the text names another invoice of the same debtor and not this one
 *      ("factuur 2026-0043 klopt niet" in the thread of 2026-0042): the number wins;
 *   2. number: one of the sender's invoice numbers appears in the subject or new text;
 *   3. sender: the sender (for a bounce: the failed recipient) has exactly one invoice
 *      that is not paid.  With several, nothing is guessed: the owner decides.
 */
#pragma once
#include "dunning/ledger/dm-ledger.h"
#include "parser/reply/dm-reply.h"

/* The invoice id, or 0.  *@how names the rule that matched ("thread", "number",
 * "sender"), or why nothing did. */
gint64 dm_match_invoice(DmLedger *ledger, GMimeMessage *msg, const DmReplyAnalysis *analysis,
                        const char *from_address, const char **how);
/* The same, from the pieces of the message the rules read, for a message parsed in
 * another process: its Subject (nullable) and the Message-IDs its In-Reply-To and
 * References name, nearest first (of char*, never NULL). */
gint64 dm_match_invoice_from(DmLedger *ledger, const char *subject, GPtrArray *thread_ids,
                             const DmReplyAnalysis *analysis, const char *from_address,
                             const char **how);

/* TRUE when @from_address may speak for the debtor of an invoice sent to @debtor_email:
 * the same address or the same domain (a colleague).  For a bounce, the failed recipient
 * must be the debtor's address.  A stranger holding the thread (a forwarded reminder)
 * is shown to the owner but never changes the dunning. */
gboolean dm_match_speaks_for_debtor(const char *from_address, const char *debtor_email,
                                    const DmReplyAnalysis *analysis);
