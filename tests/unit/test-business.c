/* test-business: business or consumer from what an invoice says of its debtor, as a table. */
#include "parser/invoice/dm-business.h"

static const struct {
	const char *name;
	const char *text;
	const char *debtor;
	gboolean business;
} cases[] = {
	{ "two-vat-numbers", "Klant BTW NL834833019B94\nOns BTW NL893770173B86", "J. Jansen", TRUE },
	{ "one-vat-is-creditors", "BTW NL893770173B86 · IBAN NL13RABO1131166388", "Marloes Verhoeven", FALSE },
	{ "vat-on-debtor-line", "Kunde: Physiotherapie am Park GbR, USt-IdNr. DE119283599", "Physio", TRUE },
	{ "customer-vat-label", "Your VAT no: GB 819 5635 02", NULL, TRUE },
	{ "legal-form-bv", "", "Bakkerij Het Korenschoof B.V.", TRUE },
	{ "legal-form-gmbh", "", "Medienhaus Kranich GmbH & Co. KG", TRUE },
	{ "legal-form-ltd", "", "Marlow & Finch Ltd", TRUE },
	{ "organisation-stichting", "", "Stichting Buurthuis De Linde", TRUE },
	{ "trade-by-ending", "", "Drukkerij Van Lent", TRUE },
	{ "title-herr", "", "Herr Stefan Wagner", FALSE },
	{ "title-dhr", "", "Dhr. P. de Boer", FALSE },
	{ "title-beats-word", "", "Mr Alistair Design", FALSE },
	{ "person", "", "Sophie Maas", FALSE },
	{ "legal-form-ek", "", "Gasthof Schmidt e.K.", TRUE },
	{ "family-firm", "", "Restaurant van Dijk & Zn.", TRUE },
	{ "office-by-ending", "", "Ingenieurbüro Fischer", TRUE },
	{ "consulting", "", "Northside Lakes Consulting", TRUE },
	{ "nothing-known", "", NULL, FALSE },
	/* The Swiss UID and grouped VAT numbers; one number printed twice is still one. */
	{ "two-vat-swiss", "CHE-116.281.710 MWST\nKunde: Kunz Holz, UID CHE-109.322.551 MWST", "Kunz Holz", TRUE },
	{ "seller-vat-twice-grouped", "USt-IdNr. DE 811 907 980\nDE811907980", "Anna Berg", FALSE },
	{ "seller-uid-twice", "UID CHE-116.281.710 MWST\nMWST-Nr. CHE116281710", "Lea Frei", FALSE },
	{ "legal-form-bvba", "", "Peeters BVBA", TRUE },
	{ "legal-form-eu", "", "Gruber e.U.", TRUE },
	{ "legal-form-sarl", "", "Favre Sàrl", TRUE },
	{ "organisation-architects", "", "Hale & Moss Architects", TRUE },
	{ "title-eheleute", "", "Eheleute Berg", FALSE },
	{ "title-mevrouw", "", "Mevrouw J. Bakker", FALSE },
	/* Near misses: a surname with a trade's letters in it. */
	{ "surname-baumann", "", "Ingrid Baumann", FALSE },
	{ "surname-winkel", "", "Tom te Winkel", FALSE },
};

static void
test_table(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *why = NULL;
		gboolean b = dm_debtor_is_business(cases[i].text, cases[i].debtor, &why);
		if (b != cases[i].business)
			g_error("case %s: expected %s (%s)", cases[i].name,
				cases[i].business ? "business" : "consumer", why);
		g_assert_nonnull(why);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/business/table", test_table);
	return g_test_run();
}
