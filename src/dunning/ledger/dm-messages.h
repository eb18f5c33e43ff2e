/* dm-messages: ingested messages and the replies read from them. */
#pragma once
#include "dunning/ledger/dm-ledger.h"

/* TRUE when a message with this Message-ID and content hash was ingested before. */
gboolean dm_ledger_message_seen(DmLedger *ledger, const char *message_id, const char *sha256);

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

typedef struct {
	gint64 id;
	gint64 message_row;
	gint64 invoice_id;          /* 0 when it matched no invoice */
	char *invoice_number;       /* (nullable) filled by the list query */
	char *from_addr;
	char *subject;              /* (nullable) filled by the list query */
	char *kind;
	char *klass;
	double confidence;
	GDate stated_date;
	char *reply_text;
	gboolean authenticated;
	char *auth_detail;
	gboolean applied;           /* it changed the invoice's dunning */
	char *note;                 /* (nullable) why it did not act although it would have */
	char *received_at;
} DmReplyRow;

void dm_reply_row_free(DmReplyRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmReplyRow, dm_reply_row_free)

gboolean dm_ledger_reply_add(DmLedger *ledger, const DmReplyRow *row, GError **error);
/* (transfer full) of DmReplyRow*, oldest first; only those received at or after @since
 * (ISO 8601) when non-NULL; of one invoice when @invoice_id > 0. */
GPtrArray *dm_ledger_replies_list(DmLedger *ledger, const char *since, gint64 invoice_id,
                                  GError **error);
