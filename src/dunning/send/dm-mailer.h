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
	const char *kind;           /* "reminder", "digest" */
	const char *to_address;
	const char *to_name;        /* (nullable) */
	const char *subject;
	const char *body;           /* UTF-8 text */
	const char *body_html;      /* (nullable) the same as HTML: multipart/alternative */
	const char *in_reply_to;    /* (nullable) Message-ID with <> */
	GPtrArray *references;      /* (nullable) of Message-IDs with <> */
	GDateTime *date;
} DmMailSpec;

/* (transfer full) a fresh Message-ID "<dunmail.…@domain>" for the billing domain. */
char *dm_mailer_new_message_id(const DmConfig *config);

/* (transfer full) the complete message, CRLF line ends, with @message_id. */
GBytes *dm_mailer_compose(const DmConfig *config, const DmMailSpec *spec, const char *message_id);

/* Submits @message to config->smtp_url to @recipient, with @envelope_from as the
 * envelope sender (the VERP address of dm-verp.h; NULL: the first billing address). */
gboolean dm_mailer_submit(const DmConfig *config, const char *envelope_from,
                          const char *recipient, GBytes *message, GError **error);
