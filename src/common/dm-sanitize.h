/* dm-sanitize: make hostile strings safe for a log line, a header, a table or a mail body.
 * Control characters (CR and LF among them, NEL and the other C1 controls), the Unicode line
 * and paragraph separators and the bidi controls (which turn the text after them around,
 * so "invoice 1234" could read as another number) become '?'; the result is valid UTF-8 and
 * at most @max bytes long (an ellipsis marks a cut). */
#pragma once
#include <glib.h>

/* TRUE for a character dm_sanitize replaces. */
gboolean dm_sanitize_unsafe(gunichar c);

/* (transfer full) */
char *dm_sanitize(const char *text, gsize max);

/* (transfer full) like dm_sanitize, but runs of white space (line breaks among them)
 * become one space first: for one-line excerpts of a message's text. */
char *dm_sanitize_oneline(const char *text, gsize max);

/* (transfer full) dm_sanitize_oneline's result escaped for HTML text or a quoted
 * attribute value (& < > " '): what a debtor wrote shows as text, never as markup. */
char *dm_sanitize_html(const char *text, gsize max);
