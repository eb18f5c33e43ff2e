/* dm-html: HTML to plain text, for mail bodies that come only as text/html.
 * Private to src/parser. */
#pragma once
#include <glib.h>

/* (transfer full) the visible text of @html (@len bytes, UTF-8): block elements become
 * line breaks (a <br> on a line already empty a blank line, as "<br><br>" shows), runs
 * of white space one space, script/style/head dropped; at most @max
 * bytes, cut on a character boundary.  Never NULL ("" when nothing is readable). */
char *dm_html_to_text(const char *html, gsize len, gsize max);

/* (transfer full) @text cut to at most @max bytes on a UTF-8 character boundary;
 * invalid UTF-8 sequences are replaced.  Never NULL. */
char *dm_text_bound(const char *text, gsize len, gsize max);
