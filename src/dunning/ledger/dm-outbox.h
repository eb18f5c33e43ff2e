/* dm-outbox: reminders and digests on their way out.
 *
 * A row is committed before its SMTP transaction starts, and its state only moves forward:
 *
 *   pending --> sending --> sent --> confirmed      (the milter saw it pass the MTA)
 *      |
 *      --> cancelled                                (the invoice was paused or paid first)
 *                  |  \
 *                  |   --> failed                   (permanent SMTP refusal)
 *                  --> unknown                      (found "sending" after a crash: the
 *                                                    MTA may or may not have it; never
 *                                                    resent automatically, shown to the owner)
 * A transient SMTP failure returns the row from sending to pending for the next pass; that
 * is the one backward step, taken only when the server said it did not take the message.
 * (invoice_id, step) is unique: a step can be queued once, ever.
 */
#pragma once
#include "dunning/ledger/dm-ledger.h"

typedef struct {
	gint64 id;
	gint64 invoice_id;          /* 0 for a digest */
	int step;
	char *message_id;
	char *recipient;
	char *subject;
	GBytes *body;               /* the complete RFC 5322 message */
	char *state;
	int attempts;
	char *last_error;           /* (nullable) */
	char *created_at;
	char *sent_at;              /* (nullable) */
} DmOutboxItem;

void dm_outbox_item_free(DmOutboxItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmOutboxItem, dm_outbox_item_free)

/* Queues a message as pending.  FALSE with @error when (invoice_id, step) is taken. */
gboolean dm_outbox_add(DmLedger *ledger, gint64 invoice_id, int step, const char *message_id,
                       const char *recipient, const char *subject, GBytes *body,
                       const char *now, gint64 *id_out, GError **error);

/* Moves row @id from @from to @to (with @error_text, or the send time for "sent").
 * FALSE without error when the row was not in state @from. */
gboolean dm_outbox_move(DmLedger *ledger, gint64 id, const char *from, const char *to,
                        const char *error_text, const char *now, GError **error);

/* Marks the row with @message_id confirmed; TRUE when there was such a row. */
gboolean dm_outbox_confirm(DmLedger *ledger, const char *message_id, GError **error);

/* (transfer full) of DmOutboxItem*: rows in @state (all rows when NULL) of @invoice_id
 * (all invoices when <= 0), oldest first. */
GPtrArray *dm_outbox_list(DmLedger *ledger, gint64 invoice_id, const char *state, GError **error);
