/* dm-ingest-unread: a reply set aside unread still holds the invoices it is tied to.
 *
 * A spool file set aside in bad/ (it crashed or hung the parser, went over its budget, or
 * was found in work/ twice) may be a debtor's "paid yesterday": left alone, the ladder
 * would remind a debtor whose reply dunmail could not read.  Without parsing the message
 * — it may be the file that crashes the parser — what ties it to invoices is read from
 * what the milter wrote and a plain scan of the header lines: a VERP tag among its
 * envelope recipients (a reply or bounce to one of our reminders, verified), the
 * Message-IDs of In-Reply-To and References (an invoice's mail or a reminder), and
 * failing those the envelope sender, whose unpaid invoices it may concern.  Each such
 * invoice is held for the owner (dm_policy_for_unread: "needs you", at most [replies]
 * max_hold_days) with a reply_held event; a file tied to nothing holds nothing and is
 * only named in the digest.  Only incoming mail: an outgoing file is our own or an
 * invoice, and holds nothing.
 */
#pragma once
#include "common/dm-config.h"
#include "dunning/ledger/dm-ledger.h"

/* Holds, as of @now, the unpaid invoices the spool file at @path is tied to, inside the
 * caller's transaction.  *@held (transfer full) gets their ids (empty when none) and
 * *@numbers (transfer full) their numbers, ", "-separated, or NULL.  A file that cannot be
 * read holds nothing; FALSE only when the ledger fails. */
gboolean dm_ingest_unread_hold(const DmConfig *config, DmLedger *ledger, const char *path,
                               GDateTime *now, GArray **held, char **numbers, GError **error);

/* (transfer full) of char*: the Message-IDs (with <>) the In-Reply-To and References
 * headers of @message (@len bytes, its header block only, continuation lines included)
 * name, in order, at most @max; a plain line scan that never reads past the header
 * block or DM_INGEST_UNREAD_HEADER_MAX bytes. */
#define DM_INGEST_UNREAD_HEADER_MAX (64 * 1024)
GPtrArray *dm_ingest_unread_thread_ids(const char *message, gsize len, guint max);
