/* test-name-persons: a couple named one by one, one person a line (the second line a
 * couple's or not, and the two joined as one name), and a trade's name printed with its
 * owner after a slash — as tables, each with its near misses. */
#include "parser/invoice/dm-name-persons.h"

static const struct {
	const char *name, *below;
	gboolean couple;
} below_cases[] = {
	/* Both addressed, the same surname, a double surname, the joining word on the second line. */
	{ "Mr Daniel Osei", "Mrs Hannah Osei", TRUE },
	{ "Dhr. R. Bakker", "Mevr. L. Bakker-Visser", TRUE },
	{ "Dr. Katrin Hoffmann", "Michael Schulze-Hoffmann", TRUE },
	{ "Herrn Matthias Lorenz", "und Frau Sevgi Lorenz-Aydın", TRUE },
	{ "J.W. van den Berg", "en A.M. van den Berg-de Jong", TRUE },
	{ "Ms Niamh O'Sullivan", "& Mr Kofi Mensah", TRUE },
	{ "Dhr. J. Smit", "Mevr. M. de Vries", TRUE },
	/* Near misses: a contact under a firm, a firm's owner, a managing agent, a street, a
	 * firm under a person, two people who share nothing, a house's name. */
	{ "Harrow & Vale Ltd", "Emily Carter", FALSE },
	{ "Bakkerij De Korenaar", "J. Smit", FALSE },
	{ "Schreinerei Holzwurm", "Inh. Peter Lang", FALSE },
	{ "J. Visser", "c/o Studio Lumen B.V.", FALSE },
	{ "Mrs Hannah Osei", "41 Beech Avenue", FALSE },
	{ "Marieke de Boer", "Groenland Hoveniers B.V.", FALSE },
	{ "Jan Smit", "Marie de Vries", FALSE },
	{ "Tom Baker", "Baker Design", FALSE },
	{ "Mr and Mrs Hartley", "The Old Forge", FALSE },
	{ "Kapsalon Knip & Kleur", "Mevrouw S. Yilmaz", FALSE },
	{ "Weber & Söhne Metallbau GmbH", "Herr Jonas Weber", FALSE },
	{ NULL, "Mrs Hannah Osei", FALSE },
};

static void
test_couple_below(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(below_cases); i++)
		if (dm_name_persons_couple_below(below_cases[i].name, below_cases[i].below) != below_cases[i].couple)
			g_error("%s / %s: want %d", below_cases[i].name, below_cases[i].below, below_cases[i].couple);
}

static void
test_join(void)
{
	static const struct {
		const char *first, *second, *language, *want;
	} cases[] = {
		{ "Dhr. R. Bakker", "Mevr. L. Bakker-Visser", "nl", "Dhr. R. Bakker en Mevr. L. Bakker-Visser" },
		{ "Dr. Katrin Hoffmann", "Michael Schulze-Hoffmann", "de", "Dr. Katrin Hoffmann und Michael Schulze-Hoffmann" },
		{ "Mr Daniel Osei", "Mrs Hannah Osei", "en", "Mr Daniel Osei and Mrs Hannah Osei" },
		/* the second line's own joining word, whatever the language */
		{ "Herrn Matthias Lorenz", "und Frau Sevgi Lorenz-Aydın", "en", "Herrn Matthias Lorenz und Frau Sevgi Lorenz-Aydın" },
		{ "Ms Niamh O'Sullivan", "& Mr Kofi Mensah", NULL, "Ms Niamh O'Sullivan & Mr Kofi Mensah" },
		/* no language: the form of address speaks it, else "&" */
		{ "Dhr. J. Smit", "Mevr. M. de Vries", NULL, "Dhr. J. Smit en Mevr. M. de Vries" },
		{ "Herr Jan Berg", "Frau Anna Berg", NULL, "Herr Jan Berg und Frau Anna Berg" },
		{ "Dr. Anna Berg", "Jan Berg", NULL, "Dr. Anna Berg & Jan Berg" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *both = dm_name_persons_join_couple(cases[i].first, cases[i].second, cases[i].language);
		g_assert_cmpstr(both, ==, cases[i].want);
	}
}

static void
test_before_owner(void)
{
	static const struct {
		const char *name, *want;
	} cases[] = {
		{ "Bakkerij De Korenaar / J. Smit", "Bakkerij De Korenaar" },
		{ "Fietsenmakerij De Spaak / R. de Jong", "Fietsenmakerij De Spaak" },
		{ "Kapsalon Knipkunst / Inh. S. Demir", "Kapsalon Knipkunst" },
		{ "Bluebell Florist / Prop. Emma Hughes", "Bluebell Florist" },
		/* Near misses: a couple with a slash, one firm, no slash, a firm after the slash. */
		{ "Jan Smit / Marie Smit", NULL },
		{ "Müller / Schmidt GbR", NULL },
		{ "Bakkerij De Korenaar", NULL },
		{ "Drukkerij Van Lent / Studio Noord B.V.", NULL },
		{ NULL, NULL },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *trade = dm_name_persons_before_owner(cases[i].name);
		g_assert_cmpstr(trade, ==, cases[i].want);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/name-persons/couple-below", test_couple_below);
	g_test_add_func("/name-persons/join", test_join);
	g_test_add_func("/name-persons/before-owner", test_before_owner);
	return g_test_run();
}
