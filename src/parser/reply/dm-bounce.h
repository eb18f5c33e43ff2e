/* dm-bounce: delivery failure reports (bounce.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>

typedef enum {
	DM_BOUNCE_NONE = 0,
	DM_BOUNCE_FAILED,    /* a hard failure (5.x.x): the address does not take mail */
	DM_BOUNCE_EXPIRED,   /* the MTA retried until it gave up (failed, 4.x.x): final for
	                      * this message, but says nothing sure about the address */
	DM_BOUNCE_DELAYED,   /* a delay notice: the MTA keeps trying; not a bounce */
} DmBounceKind;

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
