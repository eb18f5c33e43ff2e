/* dm-bounce: delivery failure reports (bounce.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>

typedef enum {
	DM_BOUNCE_NONE = 0,
	DM_BOUNCE_FAILED,    /* a final failure: the address does not take mail */
	DM_BOUNCE_DELAYED,   /* a delay notice: the MTA keeps trying; not a bounce */
} DmBounceKind;

/* Decides whether @msg is a delivery failure report (RFC 3464 or the free-form kind
 * MAILER-DAEMONs write).  @recipient (transfer full, nullable) receives the failed
 * address when one can be read; @rule (transfer none) names what decided. */
DmBounceKind dm_bounce_detect(GMimeMessage *msg, char **recipient, const char **rule);
