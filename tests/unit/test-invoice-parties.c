/* test-invoice-parties: who bills whom, the parties on the page (the parties25 round), each
 * rule on a small text written for it and a near miss that must not trigger it. */
#include <string.h>

#include "parser/invoice/dm-address-block.h"
#include "parser/mime/dm-message.h"

/* The sender's own name, as the invoice's facts know it, tested as a line begins with it. */
static gboolean
sender_in(const char *line, gconstpointer sender)
{
	return strstr(line, sender) != NULL;
}

/* A block printed after the totals ("Billed to" / name / street / town) with the page's
 * one-line footer straight under it: the footer is the sender's, and the block stays the
 * debtor's.  Near miss: a registration row of the debtor's under its block is kept. */
static void
test_block_above_footer(void)
{
	static const struct {
		const char *text, *want, *kept;
	} cases[] = {
		{ "INVOICE\nInvoice no.\tK-40718\nTotal due\t£922.80\nBilled to\nHarbourside Arts CIC\n"
		  "The Granary, South Quay\nGreat Yarmouth NR30 2RG\nCompany No. 12904418\n"
		  "Kestrel IT Services Ltd · Registered in England No. 11872036 · VAT No. GB 331 0928 14\n",
		  "Harbourside Arts CIC", "Company No. 12904418" },
		{ "FACTUUR\nFactuurnummer\t2026-118\nTotaal\t€ 242,00\nGefactureerd aan\nStichting De Kleine Beer\n"
		  "Lindelaan 4\n7412 AB Deventer\nSchilderwerken Oost | KvK 61123987 | BTW NL001893412B55\n",
		  "Stichting De Kleine Beer", "7412 AB Deventer" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		const char *sender = i == 0 ? "Kestrel IT Services Ltd" : "Schilderwerken Oost";
		DmAddressBlockOwn own = { sender_in, sender };
		DmAddressBlock b;
		g_assert_true(dm_address_block_find(cases[i].text, &own, &b));
		g_assert_cmpstr(b.name, ==, cases[i].want);
		g_assert_nonnull(strstr(b.block, cases[i].kept));
		g_assert_null(strstr(b.block, sender));
		dm_address_block_clear(&b);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/invoice-parties/block-above-footer", test_block_above_footer);
	return g_test_run();
}
