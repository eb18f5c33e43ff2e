/* dm-match-lookup: the ledger side of matching an incoming message to an invoice — reads
 * what the rules of dunning/engine/dm-match.h need, and lets them decide. */
#pragma once
#include "dunning/ledger/dm-ledger.h"
#include "parser/reply/dm-reply.h"

/* The invoice a message talks about — by its @subject, the Message-IDs of its thread
 * headers (@thread_ids, In-Reply-To first), its analysis and sender — in *@invoice_id (0
 * for none) and the rule in *@how.  When @unsure is non-NULL it gets dm_match_unsure()'s
 * ids (transfer full, NULL unless several unpaid invoices of the sender fit).  FALSE with @error when the ledger cannot be read: the
 * message then fails to ingest (and is retried), rather than being recorded as matching
 * nothing. */
gboolean dm_match_lookup(DmLedger *ledger, const char *subject, GPtrArray *thread_ids,
                         const DmReplyAnalysis *analysis, const char *from_address,
                         gint64 *invoice_id, const char **how, GArray **unsure,
                         GError **error);
