/* dm-reply-trailer: what ends a reply without being written for it: signatures, contact
 * blocks, mobile footers and confidentiality disclaimers (reply_trailer.c).
 * Private to src/parser/reply. */
#pragma once
#include <glib.h>

/* The number of lines of @lines (@n lines of new text, quotes already gone; blank lines
 * separate paragraphs) to keep: what follows them is a trailer.  A closing and the name
 * under it ("Met vriendelijke groet,\nJan") are kept; so is everything when the trailer
 * would be all there is. */
guint dm_reply_trailer_start(char **lines, guint n);

/* Where in @lines (@n lines of new text, as dm_reply_trailer_start kept them) the firm's
 * lines under the name signed after the closing begin ("Freundliche Grüsse\nDaniel
 * Roth\nRoth Elektro AG": the last line); @n when there are none.  Typed, and kept in the
 * new text, but no word of them the writer's intent: the reader does not weigh them. */
guint dm_reply_signed_firm_start(char **lines, guint n);

/* Whether @line is a line a mail program appends ("Sent from my iPhone", "Verzonden
 * vanaf mijn iPhone", "Get Outlook for Android", "Outlook voor iOS downloaden"). */
gboolean dm_reply_is_device_line(const char *line);

/* Whether @line is blank in the Unicode sense: HTML conversions leave no-break spaces on
 * empty lines, Gmail an invisible U+1427 after a sent message, some programs zero-width
 * spaces. */
gboolean dm_reply_line_is_blank(const char *line);
