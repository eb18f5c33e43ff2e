/* dm-ingest-plan: what one spool file says, read before any ledger transaction.
 *
 * The plan holds everything ingestion records that comes from the file itself: the
 * envelope, the message's identity, and — by direction — the invoice facts or the reply
 * analysis with its authentication verdict.  Nothing in it needs the ledger, so it is read
 * in a child process under a budget (dm-parse-child.h), passed back as a GVariant, and
 * only then does dunmaild open its short write transaction (ingest.c).
 *
 * Every string in the plan came from a stranger; it travels as a byte string (no UTF-8
 * promise) and is sanitized where it is shown.
 */
#pragma once
#include <glib.h>
#include "common/dm-spool.h"
#include "parser/invoice/dm-invoice.h"
#include "parser/text/dm-rule-file.h"
#include "parser/mime/dm-authres.h"
#include "parser/reply/dm-reply.h"

typedef struct {
	DmDirection direction;
	char *mail_from;            /* envelope sender, nullable */
	char *first_rcpt;           /* the first envelope recipient as written, nullable */
	char *verp_rcpt;            /* the first envelope recipient with a dunmail VERP tag
	                             * ("+dm-", dm-verp.h), unverified; nullable */
	char *command_rcpt;         /* the first envelope recipient with a digest's token
	                             * ("+dmc-", dm-command-token.h), unchecked; nullable */
	char *queue_id;             /* nullable; "import" for `dunmail import` */
	char *received_at;          /* the envelope's Received-At (ISO UTC), nullable */
	char *message_id;           /* with <>: the header's, or the one the milter added; "" */
	char *sha256;               /* of the message (the envelope excluded), hex */
	char *from_addr;            /* normalized From address, nullable */
	char *subject;              /* decoded, not yet sanitized, nullable */
	GDate date;                 /* the Date header's day, invalid when none */
	gboolean own;               /* carries X-Dunmail: our own reminder or digest */
	GPtrArray *thread_ids;      /* of char*: In-Reply-To / References, nearest first */
	DmInvoiceFacts *invoice;    /* outgoing and not our own; else NULL */
	DmReplyAnalysis *reply;     /* incoming and not our own; else NULL */
	DmAuthVerdict auth;         /* with @reply: is the sender who it claims to be */
} DmIngestPlan;

void dm_ingest_plan_free(DmIngestPlan *plan);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmIngestPlan, dm_ingest_plan_free)

/* (transfer full) the hex SHA-256 of a spool file's message (its envelope excluded): with
 * the Message-ID, what makes ingestion idempotent. */
char *dm_ingest_message_sha256(const char *message, gsize len);

/* (transfer full) reads a spool file's bytes; @authserv_id is the configured one (nullable);
 * @model classifies a reply (nullable: the rules of classify.c, for tests); @rules is the
 * user's invoice rule file ([invoices] rules; nullable).  An invoice's debtor is the
 * envelope recipient dm_invoice_choose_debtor() picks, never a To header alone.
 * NULL with @error (DM_SPOOL_ERROR, DM_MESSAGE_ERROR) when the file is no spool file or
 * holds no message.  Pure: no ledger, clock or network. */
DmIngestPlan *dm_ingest_plan_read(const char *data, gsize len, const char *authserv_id,
                                  const DmReplyModel *model, const DmRuleFile *rules,
                                  GError **error);

/* (transfer full, floating) the plan as a GVariant of type "a{sv}". */
GVariant *dm_ingest_plan_to_variant(const DmIngestPlan *plan);
/* (transfer full) the plan back from dm_ingest_plan_to_variant(); a key missing or of
 * another type reads as unknown (NULL, invalid date, 0). */
DmIngestPlan *dm_ingest_plan_from_variant(GVariant *v);
