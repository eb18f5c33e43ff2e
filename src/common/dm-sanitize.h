/* dm-sanitize: make hostile strings safe for a log line or a header.
 * Control characters (CR and LF among them), U+2028/U+2029 and the bidirectional
 * controls (U+202A-U+202E, U+2066-U+2069, LRM, RLM, ALM) become '?', the result is valid UTF-8 and at
 * most @max bytes long (an ellipsis marks a cut). */
#pragma once
#include <glib.h>

/* (transfer full) */
char *dm_sanitize(const char *text, gsize max);

/* (transfer full) like dm_sanitize, but runs of white space (line breaks among them)
 * become one space first: for one-line excerpts of a message's text. */
char *dm_sanitize_oneline(const char *text, gsize max);

/* (transfer full) dm_sanitize_oneline's result escaped for HTML text or a quoted
 * attribute value (& < > " '): what a debtor wrote shows as text, never as markup. */
char *dm_sanitize_html(const char *text, gsize max);
