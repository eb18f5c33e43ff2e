/* dm-match-lookup: the ledger side of matching an incoming message to an invoice — reads
 * what the rules of dunning/engine/dm-match.h need, and lets them decide. */
#pragma once
#include "dunning/ledger/dm-ledger.h"
#include "parser/reply/dm-reply.h"

/* The invoice @msg talks about in *@invoice_id (0 for none) and the rule in *@how.  FALSE
 * with @error when the ledger cannot be read: the message then fails to ingest (and is
 * retried), rather than being recorded as matching nothing. */
gboolean dm_match_lookup(DmLedger *ledger, GMimeMessage *msg, const DmReplyAnalysis *analysis,
                         const char *from_address, gint64 *invoice_id, const char **how,
                         GError **error);
