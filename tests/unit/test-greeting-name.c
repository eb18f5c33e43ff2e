/* test-greeting-name: the name a typed invoice's greeting gives its reader
 * (dm_greeting_name) — a given name, a whole name without its form of address, a couple
 * as printed, in Dutch, English and German — and the greetings that name no one. */
#include "parser/invoice/dm-greeting-name.h"

static const struct {
	const char *name, *body, *want;
} cases[] = {
	{ "nl-given", "Beste Marloes,\n\nHierbij de rekening voor de pianolessen.", "Marloes" },
	{ "de-given", "Hallo Jonas,\n\nhier die Rechnung für November.", "Jonas" },
	{ "en-given", "Hi Tom,\n\nHere is the invoice for the lawn.", "Tom" },
	{ "nl-couple", "Geachte heer en mevrouw Dekker,\n\nZoals afgesproken factureer ik hierbij", "heer en mevrouw Dekker" },
	{ "en-couple", "Dear Mr & Mrs Okafor,\n\nPlease find the invoice below.", "Mr & Mrs Okafor" },
	{ "de-couple", "Sehr geehrte Frau und Herr Baumgartner,\n\nanbei unsere Rechnung.", "Frau und Herr Baumgartner" },
	{ "nl-form", "Geachte heer Van den Berg,\n\nHierbij de factuur.", "Van den Berg" },
	{ "en-form", "Dear Mrs Patel,\n\nThe invoice for March:", "Patel" },
	{ "de-form", "Sehr geehrter Herr Müller,\n\nanbei die Rechnung.", "Müller" },
	{ "after-a-line", "Rechnung 11/2026\n\nLiebe Anna,\n\nanbei die Rechnung.", "Anna" },
	/* Greetings of no one. */
	{ "nl-members", "Beste Leden,\n\nHierbij de factuur voor de contributie.", NULL },
	{ "nl-colleagues", "Beste Collega's,\n\nIn de bijlage de factuur.", NULL },
	{ "nl-sir", "Beste Meneer,\n\nHierbij de factuur.", NULL },
	{ "nl-office", "Beste Administratie,\n\nHierbij de factuur.", NULL },
	{ "en-colleagues", "Dear Colleagues,\n\nPlease find the invoice attached.", NULL },
	{ "en-valued", "Dear Valued Customer,\n\nYour invoice is attached.", NULL },
	{ "en-treasurer", "Dear Treasurer,\n\nPlease find our invoice.", NULL },
	{ "en-both", "Hi Both,\n\nHere is the invoice.", NULL },
	{ "de-colleagues", "Liebe Kolleginnen und Kollegen,\n\nanbei die Rechnung.", NULL },
	{ "de-office", "Hallo Buchhaltung,\n\nanbei die Rechnung.", NULL },
	{ "de-dear-ones", "Hallo Ihr Lieben,\n\nanbei die Rechnung.", NULL },
	{ "nl-customer", "Beste klant,\n\nHierbij uw factuur.", NULL },
	{ "nl-sir-madam", "Geachte heer/mevrouw,\n\nHierbij uw factuur.", NULL },
	{ "en-sir", "Dear Sir or Madam,\n\nPlease find our invoice.", NULL },
	{ "en-all", "Hi all,\n\nInvoice attached.", NULL },
	{ "de-all", "Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung.", NULL },
	{ "de-kunde", "Liebe Kundin,\n\nanbei Ihre Rechnung.", NULL },
	/* No greeting opens the body, or the greeting is a sentence. */
	{ "no-greeting", "Factuur 2026-31\nTotaal € 192,00\nBedrag: € 192,00\n\nBeste Marloes,", NULL },
	{ "sentence", "Hallo, hier ist die Rechnung für November,\n", NULL },
};

static void
test_cases(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *got = dm_greeting_name(cases[i].body);
		if (g_strcmp0(got, cases[i].want) != 0)
			g_error("%s: got \"%s\", want \"%s\"", cases[i].name, got ? got : "(null)",
				cases[i].want ? cases[i].want : "(null)");
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/greeting-name/cases", test_cases);
	return g_test_run();
}
