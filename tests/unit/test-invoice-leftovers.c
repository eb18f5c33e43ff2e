/* test-invoice-leftovers: the rules heldout27's leftovers asked for (numbers and amounts that
 * look alike), each on a small mail written for it and a near miss that must not trigger
 * it, as a table: a number printed in groups of digits is read whole. */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"
#include "test-invoice-facts.h"

typedef struct {
	const char *name, *subject, *body;
	gboolean invoice;                   /* FALSE: must not be read as an invoice */
	const char *number;                 /* NULL: not checked */
	gint64 due_cents, total_cents;      /* -1: not checked */
	const char *due;                    /* "" : none read; NULL: not checked */
	const char *debtor;                 /* NULL: not checked */
} Case;

static const Case cases[] = {
	/* A number printed in groups of digits, filling its cell or line, is one number. */
	{ "number-in-groups-de", "Ihre Rechnung",
	  "Rechnung\nRechnung\t380 2026 1187\nDatum\t20.11.2026\nTotal CHF\tCHF 1'200.00\n",
	  TRUE, "380 2026 1187", 120000, 120000, NULL, NULL },
	{ "number-in-groups-nl", "Uw factuur",
	  "Factuur 26 0417 55\nFactuurdatum: 20-11-2026\nTotaal: € 240,00\n",
	  TRUE, "26 0417 55", 24000, 24000, NULL, NULL },
	/* Near misses: a count or an amount after the number on its line is none of it. */
	{ "near-miss-count-after-number", "Factuur",
	  "Factuur 2026-88 12 stuks\nFactuurdatum: 20-11-2026\nTotaal: € 240,00\n",
	  TRUE, "2026-88", 24000, 24000, NULL, NULL },
	{ "near-miss-groups-before-a-word", "Invoice",
	  "Invoice 4471 2026 for the autumn works\nDate: 20 November 2026\nTotal: £240.00\n",
	  TRUE, "4471", 24000, 24000, NULL, NULL },
};

/* Each case read from a mail dated 4 December 2026 to a business's payables box. */
static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autoptr(GMimeMessage) msg = dm_test_invoice_mail("Fri, 04 Dec 2026 10:00:00 +0100", "ap@debtor.example",
							   c->subject, c->body);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	if (!dm_test_assert_kind(f, c->invoice))
		return;
	dm_test_assert_read(f, c->number, c->due_cents, c->total_cents, NULL, c->due);
	if (c->debtor)
		g_assert_cmpstr(f->debtor_name, ==, c->debtor);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/invoice-leftovers/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	return g_test_run();
}
