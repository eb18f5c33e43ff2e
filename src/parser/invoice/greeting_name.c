/* greeting_name: the debtor's name as a typed invoice's greeting gives it
 * (dm_greeting_name).
 *
 * A private lesson, a gardener's instalment, a tutor's month are typed into a mail with no
 * address block: the greeting is the only place that names who owes ("Beste Marloes,",
 * "Hallo Jonas,", "Geachte heer en mevrouw Dekker,").  The greeting opens the body; what a
 * greeting line is and whom it names (no one in "Dear customer", "Beste Leden", "Hallo
 * Buchhaltung") is greeting.c's to say, whether that is a debtor's name is this file's.
 * Failures: none. */
#include "parser/invoice/dm-greeting-name.h"
#include "parser/invoice/dm-debtor-name.h"
#include "parser/invoice/dm-greeting.h"

/* The non-empty lines a greeting may stand among at the body's top (after a title, a date). */
#define GREETING_WITHIN 3

char *
dm_greeting_name(const char *body)
{
	if (!body)
		return NULL;
	g_auto(GStrv) lines = g_strsplit(body, "\n", 40);
	guint seen = 0;
	for (guint i = 0; lines[i] && seen < GREETING_WITHIN; i++) {
		g_strchomp(lines[i]);
		if (!*g_strstrip(lines[i]))
			continue;
		seen++;
		g_autofree char *whom = NULL;
		if (!dm_greeting_line(lines[i], &whom))
			continue;
		/* The first greeting decides: one of no one names no debtor. */
		if (!whom || !dm_debtor_name_plausible(whom, NULL))
			return NULL;
		return g_steal_pointer(&whom);
	}
	return NULL;
}
