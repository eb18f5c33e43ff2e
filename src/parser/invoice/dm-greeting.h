/* dm-greeting: what a greeting line is and whom it names, in Dutch, English and German
 * ("Beste Marloes,", "Dear Mr & Mrs Okafor,", "Sehr geehrter Herr Müller,"; "Beste Leden,",
 * "Dear Colleagues,", "Hallo Buchhaltung," name no one) — dm_greeting_line — and whether a
 * name on a line follows a greeting's words (dm_greeting_before).  One table of greeting
 * words and forms of address serves both.
 * Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* TRUE when @line (one line, no newline) is a greeting: a greeting word, whom it greets,
 * and the comma that ends the line.  @whom (out) (transfer full) (nullable; may be NULL to
 * ask only whether it is one): the person it names, without a single person's form of
 * address ("Van den Berg" of "Geachte heer Van den Berg,"), a couple as printed ("heer en
 * mevrouw Dekker"); NULL when it names no one — a role, a group, an office, everyone
 * ("Beste klant", "Dear Colleagues", "Hallo Buchhaltung", "Sehr geehrte Damen und Herren")
 * or words that are not a name. */
gboolean dm_greeting_line(const char *line, char **whom);

/* TRUE when the first @len bytes of @line end in a greeting's words, perhaps with a form of
 * address or a doctor's title after them ("Sehr geehrte ", "Dear Dr. ", "Beste heer "): the
 * name written next is greeted, not printed as an address. */
gboolean dm_greeting_before(const char *line, gsize len);
