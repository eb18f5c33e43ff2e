/* dm-authres: is a message's sender who it claims to be?
 *
 * Reads Authentication-Results headers (RFC 8601) and trusts only those whose authserv-id
 * is ours: a header from anywhere else was written by a stranger.  The sender counts as
 * verified when our MTA recorded dmarc=pass, or dkim=pass / spf=pass for the From domain.
 * Pure. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>

typedef struct {
	gboolean verified;
	char *method;               /* "dmarc", "dkim", "spf" or NULL */
	char *detail;               /* why, for the log and the digest */
} DmAuthVerdict;

void dm_auth_verdict_clear(DmAuthVerdict *v);
/* Fills @out; @authserv_id is compared case-insensitively. */
void dm_authres_check(GMimeMessage *msg, const char *authserv_id, DmAuthVerdict *out);
