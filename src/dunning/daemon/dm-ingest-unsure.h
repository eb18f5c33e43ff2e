/* dm-ingest-unsure: a person's reply that matched none of its sender's several unpaid
 * invoices (no thread headers, no number) holds each of them for the owner.
 *
 * Called from ingest.c's record_incoming inside its transaction when dm_match_lookup gave
 * no invoice but dm_match_unsure() ids.  Each invoice whose debtor the sender speaks for
 * is weighed by dm_policy_decide as "several" (held "waiting for you", at most
 * `[replies] max_hold_days`) and merged with its state; a machine's message (an
 * auto-reply its headers give away) and a stranger hold nothing.  The reply row then
 * records which invoices it holds (dm_ledger_reply_add_holding), so that the digest lists
 * them and the owner's reclassify or resume lifts them.
 */
#pragma once
#include "common/dm-config.h"
#include "dunning/ledger/dm-ledger.h"
#include "parser/reply/dm-reply.h"

/* Holds the invoices @ids (gint64) may concern, as of @now.  *@held (transfer full) gets
 * the ids it held — empty when none — and *@numbers (transfer full) their numbers,
 * ", "-separated, or NULL. */
gboolean dm_ingest_unsure(DmLedger *ledger, const DmConfig *config, const GArray *ids,
                          const DmReplyAnalysis *a, const char *from_address, gboolean verified,
                          GDateTime *now, GArray **held, char **numbers, GError **error);
