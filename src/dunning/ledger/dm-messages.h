/* dm-messages: ingested messages and the replies read from them. */
#pragma once
#include "dunning/ledger/dm-ledger.h"

/* *@seen is TRUE when a message with this Message-ID and content hash was ingested. */
gboolean dm_ledger_message_seen(DmLedger *ledger, const char *message_id, const char *sha256,
                                gboolean *seen, GError **error);
/* *@seen is TRUE when a message with this Message-ID was ingested, whatever its bytes
 * (`dunmail import` re-reads mailboxes whose copies differ from what the milter saw). */
gboolean dm_ledger_message_id_seen(DmLedger *ledger, const char *message_id, gboolean *seen,
                                   GError **error);
/* *@seen is TRUE when a message with this content hash was ingested (start-up recovery
 * has the file's bytes, not yet its parsed Message-ID). */
gboolean dm_ledger_message_hash_seen(DmLedger *ledger, const char *sha256, gboolean *seen,
                                     GError **error);

/* *@seen is TRUE when a spool file whose message has this content hash was set aside
 * unread before (dm_ledger_set_aside_add), when *@name (transfer full, may be NULL) gets
 * its name then. */
gboolean dm_ledger_set_aside_seen(DmLedger *ledger, const char *sha256, gboolean *seen,
                                  char **name, GError **error);
/* Records that spool file @name, whose message has content hash @sha256, was set aside
 * unread at @at (ISO 8601 UTC); a hash already recorded keeps its first record. */
gboolean dm_ledger_set_aside_add(DmLedger *ledger, const char *sha256, const char *name,
                                 const char *at, GError **error);

typedef struct {
	const char *message_id;     /* "" when the message has none */
	const char *sha256;
	const char *direction;      /* outgoing, incoming */
	const char *role;           /* invoice, reply, own, other */
	const char *mail_from;
	const char *from_addr;
	const char *subject;
	const char *queue_id;
	const char *received_at;
} DmMessageRecord;

/* Records a message; its row id in *@id_out. */
gboolean dm_ledger_message_add(DmLedger *ledger, const DmMessageRecord *rec, gint64 *id_out,
                               GError **error);

gboolean dm_ledger_reply_add(DmLedger *ledger, const DmReplyRow *row, GError **error);
/* Records @row (its invoice_id 0) as holding each invoice of @held (gint64 ids): a reply
 * that may concern any of them, until the owner decides (dm_ledger_reply_reviewed). */
gboolean dm_ledger_reply_add_holding(DmLedger *ledger, const DmReplyRow *row,
                                     const GArray *held, GError **error);
/* (transfer full) the ids (gint64) of the invoices reply @reply_id still holds; empty for
 * a reply that matched its invoice. */
GArray *dm_ledger_reply_holds(DmLedger *ledger, gint64 reply_id, GError **error);
/* (transfer full) of DmReplyRow*, oldest first; only those received at or after @since
 * (ISO 8601) when non-NULL; of one invoice when @invoice_id > 0. */
GPtrArray *dm_ledger_replies_list(DmLedger *ledger, const char *since, gint64 invoice_id,
                                  GError **error);
/* Called with each reply in turn (transfer none: valid during the call); FALSE with
 * @error stops the walk. */
typedef gboolean (*DmReplyFunc)(const DmReplyRow *reply, gpointer user, GError **error);
/* Calls @fn with every reply, oldest first (dm_ledger_replies_list's order), reading them
 * a page of DM_LEDGER_PAGE_ROWS at a time: memory stays that of one page whatever the
 * number of replies (`dunmail replies`). */
gboolean dm_ledger_replies_foreach(DmLedger *ledger, DmReplyFunc fn, gpointer user,
                                   GError **error);
/* (transfer full) of DmReplyRow*: the replies recorded after reply @after_id, in the order
 * they were recorded.  Ids, not times, say what is new: a pass that began before the last
 * digest may commit a reply after it, stamped with the earlier time. */
GPtrArray *dm_ledger_replies_after(DmLedger *ledger, gint64 after_id, GError **error);
/* (transfer full) of DmReplyRow*, oldest first: the replies waiting for the owner's
 * decision (needs_review), whenever they came. */
GPtrArray *dm_ledger_replies_for_review(DmLedger *ledger, GError **error);
/* (transfer full) of DmReplyRow*, newest first, at most @limit: the replies about the
 * invoices of debtor @email or sent from @email (`dunmail debtor`). */
GPtrArray *dm_ledger_replies_of_debtor(DmLedger *ledger, const char *email, guint limit,
                                       GError **error);
/* (transfer full) (nullable) reply @id; NULL without error when there is none. */
DmReplyRow *dm_ledger_reply_get(DmLedger *ledger, gint64 id, GError **error);
/* The owner has decided: reply @reply_id (when > 0), or every reply of invoice
 * @invoice_id (when > 0), no longer waits for review.  The holds of
 * dm_ledger_reply_add_holding go with it: all of reply @reply_id's, or those on invoice
 * @invoice_id — a reply that holds no other invoice then no longer waits either. */
gboolean dm_ledger_reply_reviewed(DmLedger *ledger, gint64 reply_id, gint64 invoice_id,
                                  GError **error);
