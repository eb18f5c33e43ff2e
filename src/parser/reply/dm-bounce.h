/* dm-bounce: delivery failure reports (bounce.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>
#include "parser/reply/dm-bounce-text.h"   /* DmBounceKind */

typedef struct {
	DmBounceKind kind;
	char *recipient;            /* failed or expired: the address, when one can be read */
	char *returned_message_id;  /* with <>: the Message-ID of the returned message or
	                             * headers (message/rfc822, text/rfc822-headers), or NULL */
	const char *rule;           /* (transfer none) what decided; NULL for none */
} DmBounceReport;

/* Frees what @r holds and empties it. */
void dm_bounce_report_clear(DmBounceReport *r);

/* Decides whether @msg is a delivery report (RFC 3464 or the free-form kind
 * MAILER-DAEMONs write) and fills @out (cleared first; dm_bounce_report_clear() it). */
DmBounceKind dm_bounce_detect(GMimeMessage *msg, DmBounceReport *out);
/* dm_bounce_detect, with @body the text dm_message_text(@msg) gives, read already by the
 * caller (a reply's reading reads it with the new text, dm_reply_texts_read). */
DmBounceKind dm_bounce_detect_text(GMimeMessage *msg, const char *body, DmBounceReport *out);
