/* dm-autoreply: automatic answers (vacation, out-of-office) and the return date they
 * state (autoreply.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>
#include "parser/reply/dm-auto-headers.h"

/* TRUE when @msg is an automatic answer (vacation, out-of-office): its @headers
 * (dm_auto_headers_read of @msg) are decisive, or its subject says so.  @rule (transfer
 * none) names what decided: "headers", "subject" or "subject_prefix". */
gboolean dm_autoreply_detect(GMimeMessage *msg, DmAutoHeaders headers, const char **rule);
/* Reads a return date from an out-of-office text ("ik ben terug op 3 december",
 * "tot en met 30 november afwezig" -> 1 December, "back on Monday").  Fills @out and
 * returns TRUE when one is found; @reference is the message's own date. */
gboolean dm_autoreply_return_date(const char *text, const GDate *reference, GDate *out);
/* (transfer full) the new address a "no longer works here, write to X" text names — an
 * address other than @own_address (the sender's, nullable) — or NULL when the text says
 * no such thing.  Normalized; never acted on, only shown. */
char *dm_autoreply_new_address(const char *text, const char *own_address);
