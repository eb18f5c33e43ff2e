/* test-seller-domain: the firm a sender's mail domain spells (dm-seller-domain.h), and the
 * letterhead it makes the sender's in a whole invoice: an office manager sends from the
 * firm's domain under her own name, the letterhead above the customer's block; a sole
 * trader on free mail names the mailbox for the firm ("fliesen.kaya@gmail.com").  Near
 * misses: free mail under one word, a short label, a name that holds the label further on
 * or whose first word runs past it. */
#include "parser/invoice/dm-seller-domain.h"
#include "parser/invoice/dm-invoice-facts.h"
#include "parser/invoice/dm-invoice-text.h"
#include "parser/mime/dm-message.h"

static void
test_label(void)
{
	g_autofree char *a = dm_seller_domain_label("office@pryceandsons.co.uk");
	g_autofree char *b = dm_seller_domain_label("info@Maler-Koenig.de");
	g_autofree char *c = dm_seller_domain_label("someone@gmail.com");
	g_autofree char *d = dm_seller_domain_label("jan@bos.nl");
	g_autofree char *e = dm_seller_domain_label("Sanne <sanne@hotmail.co.uk>");
	g_assert_cmpstr(a, ==, "pryceandsons");
	g_assert_cmpstr(b, ==, "malerkoenig");
	g_assert_null(c);
	g_assert_null(d);
	g_assert_null(e);
	/* misses36: on free mail, a mailbox of two words or more spells the sole trader's firm
	 * ("fliesen.kaya@", "maler_schulz76@"); one word, or a short one, names no firm. */
	g_autofree char *f = dm_seller_domain_label("fliesen.kaya@gmail.com");
	g_autofree char *g = dm_seller_domain_label("Maler_Schulz76@web.de");
	g_assert_cmpstr(f, ==, "fliesenkaya");
	g_assert_cmpstr(g, ==, "malerschulz");
	g_assert_null(dm_seller_domain_label("j.kaya@gmail.com"));
	g_assert_null(dm_seller_domain_label("bethcorbett1@gmail.com"));
	g_assert_null(dm_seller_domain_label(NULL));
	g_assert_null(dm_seller_domain_label("no-address"));
}

static void
test_spells(void)
{
	g_assert_true(dm_seller_domain_spells("pryceandsons", "Pryce & Sons Plumbing and Heating Ltd"));
	g_assert_true(dm_seller_domain_spells("thelarderkitchen", "The Larder Kitchen"));
	g_assert_true(dm_seller_domain_spells("malerkoenig", "Maler König GmbH"));
	g_assert_false(dm_seller_domain_spells("pryceandsons", "Studio Pryce & Sons"));
	g_assert_false(dm_seller_domain_spells("pryceandsons", "Harewood Lettings Ltd"));
	g_assert_true(dm_seller_domain_spells("hofmannelektro", "Hofmann Elektrotechnik GmbH"));
	g_assert_true(dm_seller_domain_spells("pryceandsons", "– Pryce & Sons"));
	/* The label ends inside the name's first word: another firm's name. */
	g_assert_false(dm_seller_domain_spells("smiths", "Smithson Ltd"));
	g_assert_false(dm_seller_domain_spells("bakker", "Bakkerij Jansen B.V."));
	g_assert_false(dm_seller_domain_spells(NULL, "Pryce & Sons"));
	g_assert_false(dm_seller_domain_spells("pryceandsons", NULL));
}

/* The letterhead first, the customer's block under it: the letterhead is passed over when
 * the sender's domain spells it; without the domain (free mail) it would be taken. */
static void
test_letterhead_passed_over(void)
{
	const char *text = "Larkfield Kitchen Co\nUnit 2, Cattle Market, Ludlow SY8 1AY\nVAT No. GB 402 7718 39\n"
			   "Teme Valley Solicitors LLP\n4 Broad Street\nLudlow SY8 1NG\nInvoice no\tLK-0611\n"
			   "Invoice date\t20 November 2026\nInvoice\nTotal\t£987.60\n";
	g_autoptr(DmInvoiceFacts) f = dm_invoice_facts_new();
	dm_invoice_facts_add_seller_name(f, g_strdup("Beth Corbett"));
	dm_invoice_facts_set_seller_domain(f, "beth@larkfieldkitchen.co.uk");
	g_assert_true(dm_invoice_text_read(text, NULL, DM_INVOICE_SOURCE_PDF, f));
	g_assert_cmpstr(f->debtor_name, ==, "Teme Valley Solicitors LLP");
	g_autoptr(DmInvoiceFacts) g = dm_invoice_facts_new();
	dm_invoice_facts_add_seller_name(g, g_strdup("Beth Corbett"));
	dm_invoice_facts_set_seller_domain(g, "bethcorbett1@gmail.com");
	g_assert_true(dm_invoice_text_read(text, NULL, DM_INVOICE_SOURCE_PDF, g));
	g_assert_cmpstr(g->debtor_name, ==, "Larkfield Kitchen Co");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/seller-domain/label", test_label);
	g_test_add_func("/seller-domain/spells", test_spells);
	g_test_add_func("/seller-domain/letterhead-passed-over", test_letterhead_passed_over);
	return g_test_run();
}
