/* test-not-invoice: the decision that a mail from a billing address is not an invoice,
 * as a table: a subject, a body, a PDF's text, and the rule that must decide (NULL: no
 * rule may — a real invoice must never be refused). */
#include "parser/invoice/dm-not-invoice.h"
#include "parser/mime/dm-message.h"

#include <string.h>

typedef struct {
	const char *name;
	const char *headers;     /* extra header lines, each ending in \n */
	const char *subject;
	const char *body;
	const char *doc;         /* a PDF's text, or NULL */
	const char *rule;        /* the reason's start, or NULL for an invoice */
} Case;

static const Case cases[] = {
	{ "invoice-nl", "", "Factuur 2026-0004 van Studio Kraanvogel", "Hierbij de factuur.", NULL, NULL },
	{ "invoice-de", "", "Ihre Rechnung RE-2026-0088", "Anbei die Rechnung.", NULL, NULL },
	{ "invoice-en", "", "Invoice INV-0042 from Bluebell Design Ltd", "Please find attached.", NULL, NULL },
	{ "credit-note-is-invoice", "", "Creditnota 2026-0006", "Bijgaand de creditnota.", NULL, NULL },
	{ "invoice-pdf-title", "", "Factuur 12", "Zie bijlage.", "Studio X\nFactuur\nFactuurnummer\t12\n", NULL },
	{ "quote-nl", "", "Offerte OF-2026-014", "Bijgaand onze offerte.", NULL, "quote" },
	{ "quote-de", "", "Ihr Angebot AN-2026-0107", "Anbei.", NULL, "quote" },
	{ "estimate-en", "", "Estimate 1009 from Pine Ridge", "Attached.", NULL, "quote" },
	{ "pro-forma", "", "Pro forma factuur PF-2026-003", "Bijgaand.", NULL, "pro-forma" },
	{ "pro-forma-title", "", "Documenten", "Zie bijlage.", "Bedrijf\nPro forma factuur\nNummer 3\n", "pro-forma" },
	{ "order-confirmation", "", "Auftragsbestätigung AB-2026-033", "Danke.", NULL, "order confirmation" },
	{ "receipt", "", "Your receipt from Brightpath Analytics #2291", "Amount paid $10.00", NULL, "receipt" },
	{ "payment-received", "", "Betaling ontvangen voor factuur 2026-0004", "Dank!", NULL, "receipt" },
	{ "reminder-nl", "", "Herinnering: factuur 2026-012 staat nog open", "Graag betalen.", NULL, "reminder" },
	{ "reminder-de", "", "Zahlungserinnerung zur Rechnung RE-1042", "Bitte zahlen.", NULL, "reminder" },
	{ "question", "", "Did you get our invoice?", "Just checking.", NULL, "a question" },
	{ "renewal", "", "Verlängerung Ihres Wartungsvertrags", "Neuer Preis.", NULL, "renewal" },
	{ "newsletter-header", "List-Unsubscribe: <mailto:x@y>\n", "Nieuws", "Prijzen.", NULL, "price list" },
	{ "statement", "", "Statement from Bluebell Design Ltd", "Open items.", NULL, "statement" },
	{ "statement-title", "", "Overzicht", "Zie bijlage.", "Kontoauszug\nOffene Posten\n", "statement" },
	{ "delivery-note", "", "Lieferschein LS-2026-0412", "Anbei.", NULL, "delivery note" },
	{ "batch", "", "Verkoopfacturen maart 2026", "Voor de boekhouding.", NULL, "invoices passed" },
	{ "forward-subject", "", "Fwd: Your Pixelforge invoice PF-88231907", "FYI", NULL, "forwarded" },
	{ "forward-body", "", "Factuur Telvia", "Zie hieronder.\n---------- Forwarded message ---------\nFrom: x", NULL, "forwarded" },
	{ "invitation", "", "Uitnodiging: Overleg openstaande facturen", "Agenda.", NULL, "invitation" },
	{ "auto-reply-subject", "", "Out of Office: RE: Invoice INV-0042", "Back Monday.", NULL, "automatic reply" },
	{ "auto-submitted", "Auto-Submitted: auto-replied\n", "Re: Factuur 1", "Afwezig.", NULL, "automatic reply" },
	{ "auto-submitted-no", "Auto-Submitted: no\n", "Factuur 2026-1", "Hierbij.", NULL, NULL },
	{ "credit-announced", "", "Re: factuur 2026089 - creditnota volgt", "Klopt, sorry.", NULL, "credit note announced" },
};

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autofree char *raw = g_strdup_printf(
		"From: Billing <billing@example.nl>\nTo: klant@example.com\n%sSubject: %s\n"
		"Message-ID: <t@example.nl>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
		"Content-Transfer-Encoding: 8bit\n\n%s\n", c->headers, c->subject, c->body);
	g_autoptr(GError) error = NULL;
	g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), &error);
	g_assert_no_error(error);
	g_autofree char *why = dm_not_invoice_reason(msg, c->body, c->doc);
	if (!c->rule) {
		if (why)
			g_error("%s: an invoice refused: %s", c->name, why);
		return;
	}
	if (!why || !g_str_has_prefix(why, c->rule))
		g_error("%s: expected rule \"%s\", got %s", c->name, c->rule, why ? why : "none");
	/* The reason quotes what it matched, so the owner can see why. */
	g_assert_nonnull(strchr(why, ':'));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/not-invoice/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	return g_test_run();
}
