/* test-direct-debit: the one list of words that name a direct debit (dm-direct-debit.h),
 * as a table of sentences in each language that name one, and near misses that must not:
 * collection costs, a moving day, a transfer asked for, a parcel collected. */
#include "parser/invoice/dm-direct-debit.h"
#include "parser/text/dm-pattern.h"
#include "parser/mime/dm-message.h"

#include <string.h>

typedef struct {
	const char *text;
	gboolean named;
} Case;

static const Case cases[] = {
	{ "Het bedrag wordt via automatische incasso van uw rekening afgeschreven.", TRUE },
	{ "U hoeft niets te doen, het bedrag wordt automatisch geïncasseerd.", TRUE },
	{ "Wij innen het bedrag via SEPA-incasso.", TRUE },
	{ "Het bedrag wordt via domiciliëring betaald.", TRUE },
	{ "Betaling per domiciliering op 5 januari.", TRUE },
	{ "Der Betrag wird per SEPA-Lastschrift eingezogen.", TRUE },
	{ "Zahlung per Bankeinzug.", TRUE },
	{ "Sie haben uns eine Einzugsermächtigung erteilt.", TRUE },
	{ "Die Abbuchung erfolgt am 02.01.2027.", TRUE },
	{ "Zahlung per LSV.", TRUE },
	{ "wir ziehen den Betrag am 04.01.2027 ein.", TRUE },
	{ "We will collect \u00a340.00 by Direct Debit on 3 January.", TRUE },
	{ "The amount will be collected from your account on 8 December.", TRUE },
	/* Near misses. */
	{ "Wij brengen de buitengerechtelijke incassokosten in rekening.", FALSE },
	{ "Graag overmaken naar NL91 ABNA 0417 1643 00.", FALSE },
	{ "Bitte überweisen Sie den Betrag bis zum 15.12.2026.", FALSE },
	{ "Die Einzugsgebiete der Schule wurden geändert.", FALSE },
	{ "Please pay by bank transfer within 14 days.", FALSE },
	{ "Your parcel was collected on 3 December.", FALSE },
	{ "", FALSE },
};

static void
test_named(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++)
		if (dm_direct_debit_named(cases[i].text) != cases[i].named)
			g_error("\"%s\": expected %s", cases[i].text, cases[i].named ? "a debit named" : "none");
	g_assert_false(dm_direct_debit_named(NULL));
}

/* The nouns, set in a rule's own pattern, find the debit's name and only it. */
static void
test_noun_in_pattern(void)
{
	static DmPattern announced = DM_PATTERN("\\baankondiging\\s+(?:van\\s+de\\s+)?" DM_DIRECT_DEBIT_NOUN_RE,
						PCRE2_CASELESS);
	DmMatch m;
	const char *yes[] = { "Aankondiging van de automatische incasso", "Aankondiging SEPA-domiciliëring",
			      "aankondiging lastschrift" };
	for (guint i = 0; i < G_N_ELEMENTS(yes); i++)
		g_assert_true(dm_pattern_match(&announced, yes[i], strlen(yes[i]), 0, &m));
	const char *no = "Aankondiging van de open dag";
	g_assert_false(dm_pattern_match(&announced, no, strlen(no), 0, &m));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/direct-debit/named", test_named);
	g_test_add_func("/direct-debit/noun-in-pattern", test_noun_in_pattern);
	return g_test_run();
}
