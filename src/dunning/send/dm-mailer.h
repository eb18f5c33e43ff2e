/* dm-mailer: composing dunmail's own messages and submitting them over SMTP (libcurl).
 *
 * Every message carries "Auto-Submitted: auto-generated" (RFC 3834, so autoresponders stay
 * quiet), "X-Dunmail: <kind>" and a Message-ID we generate and record before sending, by
 * which the milter's copy is recognised as our own and as proof the MTA accepted it. */
#pragma once
#include <glib.h>
#include "common/dm-config.h"

#define DM_MAILER_ERROR (dm_mailer_error_quark())
GQuark dm_mailer_error_quark(void);
typedef enum {
	DM_MAILER_ERROR_TRANSIENT,  /* not taken (4xx, no connection, our own MAIL FROM / AUTH
	                             * refused): try again later */
	DM_MAILER_ERROR_PERMANENT,  /* 5xx for the recipient or the message: do not retry */
	DM_MAILER_ERROR_UNCERTAIN,  /* broke after the data went out: it may have gone */
} DmMailerError;

typedef struct {
	const char *kind;           /* "reminder", "digest", "confirmation" */
	const char *to_address;
	const char *to_name;        /* (nullable) */
	const char *subject;
	const char *body;           /* UTF-8 text */
	const char *html;           /* (nullable) the same as HTML: multipart/alternative */
	const char *reply_to;       /* (nullable) a Reply-To address (the digest's token) */
	const char *in_reply_to;    /* (nullable) Message-ID with <> */
	GPtrArray *references;      /* (nullable) of Message-IDs with <> */
	GDateTime *date;
} DmMailSpec;

/* (transfer full) a fresh Message-ID "<dunmail.…@domain>" for the billing domain. */
char *dm_mailer_new_message_id(const DmConfig *config);

/* (transfer full) the complete message, CRLF line ends, with @message_id.  The display
 * name and the subject are sanitized (dm-sanitize.h) and encoded by GMime: a value from a
 * debtor or an invoice never adds or breaks a header. */
GBytes *dm_mailer_compose(const DmConfig *config, const DmMailSpec *spec, const char *message_id);

/* Submits @message to config->smtp_url to @recipient, with @envelope_from as the
 * envelope sender (the VERP address of dm-verp.h; NULL: the first billing address). */
gboolean dm_mailer_submit(const DmConfig *config, const char *envelope_from,
                          const char *recipient, GBytes *message, GError **error);

/* An SMTP client kept for a pass: one connection for all its messages (libcurl reuses
 * the easy handle's connection).  STARTTLS as [mail] smtp_starttls says, required with
 * AUTH ([mail] smtp_user). */
typedef struct DmSmtpSession DmSmtpSession;
/* (transfer full) a session for config->smtp_url; it connects at its first submit. */
DmSmtpSession *dm_smtp_session_new(const DmConfig *config);
void dm_smtp_session_free(DmSmtpSession *session);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmSmtpSession, dm_smtp_session_free)
/* Connections the session opened so far (1 for a pass that went well). */
guint dm_smtp_session_connections(const DmSmtpSession *session);

/* Submits @message as dm_mailer_submit does, on the session's connection.  With
 * @request_dsn, asks for a delivery status notification (RFC 3461: MAIL FROM ... RET=HDRS,
 * RCPT TO ... NOTIFY=SUCCESS,FAILURE).  *@queue_id (may be NULL) receives (transfer full)
 * the MTA's queue id from its 250 to DATA, NULL when the reply names none. */
gboolean dm_smtp_session_submit(DmSmtpSession *session, const char *envelope_from,
                                const char *recipient, GBytes *message, gboolean request_dsn,
                                char **queue_id, GError **error);

/* (transfer full) the queue id in an MTA's reply to DATA ("250 2.0.0 Ok: queued as
 * 4ABC123" -> "4ABC123", Sendmail's "250 2.0.0 6B21Gwmr012076 Message accepted for
 * delivery" -> "6B21Gwmr012076"), or NULL. */
char *dm_mailer_queue_id(const char *reply);
