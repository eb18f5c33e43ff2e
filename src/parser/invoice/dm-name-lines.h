/* dm-name-lines: how two lines of a debtor's block relate as names — one name printed over
 * both ("Northern Counties Housing" / "Association Ltd"), or a person under a name who is
 * its contact ("Kapsalon Knipperlicht" / "L. de Rijk").
 * Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* (transfer full) (nullable) @upper and @lower, two lines of a block, as the one name they
 * print together: @lower opens with the word a person trades under ("J. de Wit" /
 * "h.o.d.n. De Wit Schilderwerken", "Mark Evans" / "t/a Evans Roofing"), or one of the two
 * is an organisation's words alone, no name of its own, beside an organisation's name
 * ("Northern Counties Housing" / "Association Ltd", "Coöperatieve Zuivelfabriek" / "De
 * Eendracht U.A.").  NULL when each line names someone ("Harrow & Vale Ltd" / "Emily
 * Carter", "Praxis" / "Dr. Jana Roth"). */
char *dm_name_lines_join(const char *upper, const char *lower);

/* TRUE when @below, the line under @name, is a person by initials and surname ("L. de
 * Rijk") and @name is not one and shares no word with it: the person is a contact at the
 * organisation @name names, not its second half (a couple shares a surname). */
gboolean dm_name_lines_initials_below(const char *name, const char *below);

/* TRUE when @a and @b share a word of three letters or more ("Jan Smit" and "Marie
 * Smit"). */
gboolean dm_name_lines_share_a_word(const char *a, const char *b);
