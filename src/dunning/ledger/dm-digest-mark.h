/* dm-digest-mark: how far the last digest went — when it was queued, for which day, and
 * the highest event and reply ids it covered, so the next digest tells only what is new. */
#pragma once
#include "dunning/ledger/dm-ledger.h"

typedef struct {
	char *sent_at;              /* (nullable) ISO 8601 UTC; NULL before the first digest */
	char *day;                  /* (nullable) the local day it was for, YYYY-MM-DD */
	gint64 event_id;            /* 0 when none was covered yet */
	gint64 reply_id;
} DmDigestMark;

void dm_digest_mark_clear(DmDigestMark *mark);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(DmDigestMark, dm_digest_mark_clear)

/* Reads the mark of the last digest (all empty before the first). */
gboolean dm_ledger_digest_mark_get(DmLedger *ledger, DmDigestMark *out, GError **error);
/* Records @mark; the caller holds the transaction that queues the digest. */
gboolean dm_ledger_digest_mark_set(DmLedger *ledger, const DmDigestMark *mark, GError **error);
