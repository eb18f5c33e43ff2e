/* dm-sanitize: make hostile strings safe for a log line or a header.
 * Control characters (CR and LF among them), the Unicode line and paragraph separators and
 * the bidi controls (U+061C, U+200E/F, U+202A-E, U+2066-9) become '?', the result is valid
 * UTF-8 and at most @max bytes long (an ellipsis marks a cut). */
#pragma once
#include <glib.h>

/* (transfer full) */
char *dm_sanitize(const char *text, gsize max);

/* (transfer full) like dm_sanitize, but runs of white space (line breaks among them)
 * become one space first: for one-line excerpts of a message's text. */
char *dm_sanitize_oneline(const char *text, gsize max);
