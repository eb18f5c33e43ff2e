/* dm-message: one e-mail message, read with GMime, and the pieces of it the extractors use.
 * Pure: no database, clock or network. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>
#include "parser/mime/dm-gmime-autoptr.h"

#define DM_MESSAGE_ERROR dm_message_error_quark()
typedef enum {
	DM_MESSAGE_ERROR_NOT_A_MESSAGE = 1,
} DmMessageError;
GQuark dm_message_error_quark(void);

/* Call once per process before any other parser function (idempotent, thread-safe). */
void dm_parser_init(void);

/* Hard limits on hostile input. */
#define DM_MAX_TEXT_BYTES   (512 * 1024)   /* text taken from one body or PDF */
#define DM_MAX_PARTS        256            /* MIME parts walked per message */
/* HTML decoded for one body: markup takes several times the bytes of the text it holds. */
#define DM_MAX_HTML_BYTES   (4 * DM_MAX_TEXT_BYTES)

/* (transfer full) parses RFC 5322 bytes (a spool file's envelope already skipped).
 * NULL with @error when GMime finds no message at all. */
GMimeMessage *dm_message_parse(const char *data, gsize len, GError **error);

/* Called by dm_message_foreach_part with each part (transfer none); returns FALSE to stop. */
typedef gboolean (*DmPartVisitFunc)(GMimeObject *part, gpointer user);

/* Calls @visit for the MIME parts of @msg that are not multiparts, breadth-first in
 * document order: text parts, attachments, and attached messages (message/rfc822), which
 * are handed over whole and never entered (a forwarded mail is not this message).  Stops
 * when @visit returns FALSE.  Iterative, and bounded for hostile nesting: at most
 * DM_MAX_PARTS objects (multiparts included) are taken from the tree. */
void dm_message_foreach_part(GMimeMessage *msg, DmPartVisitFunc visit, gpointer user);
/* The same walk, but @visit also sees each multipart (before its children), for readers
 * that care about the structure itself (a multipart/report and its report-type). */
void dm_message_foreach_object(GMimeMessage *msg, DmPartVisitFunc visit, gpointer user);

/* (transfer full) the readable text of the message: the first text/plain part, or the
 * first text/html part turned into text; decoded to UTF-8; at most DM_MAX_TEXT_BYTES.
 * Never NULL ("" when there is no text). */
char *dm_message_text(GMimeMessage *msg);
/* The first inline text/plain and text/html parts of @msg with content (transfer none),
 * each NULL when there is none; read them with dm_part_text. */
void dm_message_text_parts(GMimeMessage *msg, GMimePart **plain, GMimePart **html);

/* (transfer full) the normalized address of the first From / To mailbox, or NULL. */
char *dm_message_from_address(GMimeMessage *msg);
char *dm_message_to_address(GMimeMessage *msg);
/* (transfer full) (element-type utf8) every address of the To and Cc headers, normalized,
 * in their order (groups' members too; at most DM_MAX_PARTS). */
GPtrArray *dm_message_recipients(GMimeMessage *msg);
/* (transfer full) display name of the first From / To mailbox, or NULL. */
char *dm_message_from_name(GMimeMessage *msg);
char *dm_message_to_name(GMimeMessage *msg);

/* (transfer full) Message-ID with angle brackets, or NULL. */
char *dm_message_id(GMimeMessage *msg);
/* (transfer full) the Message-IDs (with <>) named in In-Reply-To and References,
 * nearest first; never NULL. */
GPtrArray *dm_message_thread_ids(GMimeMessage *msg);
/* The Date header as a calendar day in its own offset; invalid GDate when absent/bad. */
GDate dm_message_date(GMimeMessage *msg);
