/* dm-match: which invoice does an incoming message talk about?
 *
 * In order, first hit wins:
 *   1. threading: In-Reply-To / References name an invoice mail or a reminder we sent —
 *      unless the text names another invoice of the same debtor and not this one
 *      ("factuur 2026-0043 klopt niet" in the thread of 2026-0042): the number wins;
 *   2. number: one of the sender's invoice numbers appears in the subject or new text;
 *   3. sender: the sender (for a bounce: the failed recipient) has exactly one invoice
 *      that is not paid.  With several, nothing is guessed: the owner decides, and until
 *      then the reply holds each of them (dm_match_unsure, dm-policy.h).
 *
 * Pure: the caller (src/dunning/daemon/match_lookup.c) reads from the ledger what the
 * rules need into DmMatchFacts; a ledger error fails the message there, and never turns
 * into "no match" here.
 */
#pragma once
#include "dunning/ledger/dm-ledger-types.h"
#include "parser/reply/dm-reply.h"
#include "common/dm-domain-set.h"

typedef struct {
	const char *subject;                /* (nullable) */
	const char *text;                   /* (nullable) the reply's new text */
	const DmInvoice *thread_invoice;    /* (nullable) the first invoice the thread names */
	GPtrArray *thread_debtor_invoices;  /* (nullable) of DmInvoice*: all of its debtor's */
	const char *who;                    /* (nullable) dm_match_who() */
	GPtrArray *who_invoices;            /* (nullable) of DmInvoice*: all invoices of @who */
} DmMatchFacts;

/* (transfer none) whose invoices rules 2 and 3 look at: the sender, or for a bounce the
 * failed recipient; NULL when there is none. */
const char *dm_match_who(const char *from_address, const DmReplyAnalysis *analysis);

/* The invoice id, or 0.  *@how names the rule that matched ("thread", "number",
 * "sender"), or why nothing did. */
gint64 dm_match_decide(const DmMatchFacts *facts, const char **how);

/* (transfer full) (nullable) when dm_match_decide() finds no invoice because the sender
 * has several unpaid ones and the message names none of them (no thread, no number): their
 * ids (gint64), every one of which the message may concern; else NULL. */
GArray *dm_match_unsure(const DmMatchFacts *facts);

/* TRUE when @from_address may speak for the debtor of an invoice sent to @debtor_email:
 * the same address, or a colleague at the debtor's own domain — unless that domain is in
 * @shared_domains (nullable), the free-mail and provider domains where the same domain
 * says nothing (a stranger at gmail.com is no colleague of a debtor at gmail.com).  For a
 * bounce, the failed recipient must be the debtor's address.  A stranger holding the
 * thread (a forwarded reminder) is shown to the owner but never changes the dunning. */
gboolean dm_match_speaks_for_debtor(const char *from_address, const char *debtor_email,
                                    const DmReplyAnalysis *analysis,
                                    const DmDomainSet *shared_domains);
