/* test-one-edit: two words one slip of the hand apart (dm-one-edit.h): a letter left out,
 * put in, replaced or swapped with its neighbour, without case and by character (not by
 * byte).  Near misses: equal words, two slips, a swap of letters not side by side. */
#include "parser/text/dm-one-edit.h"

static void
test_slips(void)
{
	static const char *const pairs[][2] = {
		{ "Rechnug", "rechnung" },    /* left out */
		{ "Factuurr", "factuur" },    /* one too many */
		{ "Facteur", "factuur" },     /* replaced */
		{ "Invocie", "invoice" },     /* neighbours swapped */
		{ "RECHNUNGS", "rechnung" },
		{ "Rëchnung", "rechnung" },   /* a letter with an accent is one character */
		{ "nvoice", "invoice" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(pairs); i++)
		if (!dm_one_edit_apart(pairs[i][0], pairs[i][1]))
			g_error("\"%s\" and \"%s\" are not read as one slip apart", pairs[i][0], pairs[i][1]);
}

static void
test_not_slips(void)
{
	static const char *const pairs[][2] = {
		{ "Rechnung", "rechnung" },   /* equal */
		{ "Rekening", "rechnung" },
		{ "Rechnen", "rechnung" },
		{ "Invcoei", "invoice" },     /* a swap of letters not side by side */
		{ "Kunden", "factuur" },
		{ "", "factuur" },
		{ "Factu", "factuur" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(pairs); i++)
		if (dm_one_edit_apart(pairs[i][0], pairs[i][1]))
			g_error("\"%s\" and \"%s\" are read as one slip apart", pairs[i][0], pairs[i][1]);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/one-edit/slips", test_slips);
	g_test_add_func("/one-edit/not-slips", test_not_slips);
	return g_test_run();
}
