/* test-invoice: dm_invoice_extract over hand-written mails in tests/data/invoices, one
 * .eml and its expected .json each (the `dunmail parse --json` fields, plus optional
 * "language", "payment_term_days" and "debtor_kind").  Invoices in Dutch, English and German, a UBL
 * attachment (and two, of which only the first counts, with a zoned xsd:date and a term
 * "30 dagen na factuurdatum"), an HTML-only mail, a windows-1252 quoted-printable one,
 * and mails that are NOT invoices (a quote, a newsletter, "the invoice follows", a reply
 * quoting an invoice); and a table of replies in a thread, which count only when they set
 * out an invoice of their own. */
#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"
#include "parser/text/dm-dates.h"

#include <string.h>
#include <json-glib/json-glib.h>

#define DATA "tests/data/invoices"

/* Compares one nullable string field; appends to @errs on mismatch. */
static void
cmp_str(GString *errs, JsonObject *exp, const char *field, const char *got)
{
	if (!json_object_has_member(exp, field)) {
		g_string_append_printf(errs, " [%s missing from .json]", field);
		return;
	}
	const char *want = json_object_get_null_member(exp, field)
				   ? NULL
				   : json_object_get_string_member(exp, field);
	if (g_strcmp0(want, got) != 0)
		g_string_append_printf(errs, " [%s: want %s, got %s]", field,
				       want ? want : "null", got ? got : "null");
}

static void
check_one(const char *name, GString *report, guint *failures)
{
	g_autofree char *eml = g_build_filename(DATA, name, NULL);
	g_autofree char *stem = g_strndup(name, strlen(name) - 4);
	g_autofree char *json = g_strdup_printf("%s/%s.json", DATA, stem);
	g_autofree char *data = NULL;
	gsize len = 0;
	g_autoptr(GError) error = NULL;
	g_assert_true(g_file_get_contents(eml, &data, &len, &error));
	g_autoptr(JsonParser) parser = json_parser_new();
	if (!json_parser_load_from_file(parser, json, &error))
		g_error("%s: %s", json, error->message);
	JsonObject *exp = json_node_get_object(json_parser_get_root(parser));

	GMimeMessage *msg = dm_message_parse(data, len, &error);
	g_assert_no_error(error);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_object_unref(msg);

	g_autoptr(GString) errs = g_string_new(NULL);
	gboolean want_inv = json_object_get_boolean_member(exp, "is_invoice");
	if (want_inv != f->is_invoice)
		g_string_append_printf(errs, " [is_invoice: want %d, got %d]", want_inv,
				       f->is_invoice);
	cmp_str(errs, exp, "number", f->number);
	if (json_object_get_null_member(exp, "amount_cents")) {
		if (f->has_amount)
			g_string_append_printf(errs, " [amount_cents: want null, got %" G_GINT64_FORMAT "]",
					       f->amount_cents);
	} else {
		gint64 want = json_object_get_int_member(exp, "amount_cents");
		if (!f->has_amount || f->amount_cents != want)
			g_string_append_printf(errs, " [amount_cents: want %" G_GINT64_FORMAT ", got %s%" G_GINT64_FORMAT "]",
					       want, f->has_amount ? "" : "none ", f->amount_cents);
	}
	cmp_str(errs, exp, "currency", f->currency[0] ? f->currency : NULL);
	char iso[11];
	dm_date_to_buf(&f->issue_date, iso);
	cmp_str(errs, exp, "issue_date", iso[0] ? iso : NULL);
	dm_date_to_buf(&f->due_date, iso);
	cmp_str(errs, exp, "due_date", iso[0] ? iso : NULL);
	cmp_str(errs, exp, "debtor_email", f->debtor_email);
	cmp_str(errs, exp, "source", dm_invoice_source_name(f->source));
	if (json_object_has_member(exp, "language"))
		cmp_str(errs, exp, "language", f->language);
	if (json_object_has_member(exp, "debtor_kind"))
		cmp_str(errs, exp, "debtor_kind", dm_invoice_debtor_kind_name(f->debtor_kind));
	if (json_object_has_member(exp, "payment_term_days") &&
	    json_object_get_int_member(exp, "payment_term_days") != f->payment_term_days)
		g_string_append_printf(errs, " [payment_term_days: got %d]", f->payment_term_days);

	if (errs->len) {
		(*failures)++;
		g_string_append_printf(report, "%s:%s\n", name, errs->str);
	}
}

static void
test_corpus(void)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(GDir) dir = g_dir_open(DATA, 0, &error);
	g_assert_no_error(error);
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	const char *n;
	while ((n = g_dir_read_name(dir)))
		if (g_str_has_suffix(n, ".eml"))
			g_ptr_array_add(names, g_strdup(n));
	/* Enough cases that an empty directory cannot pass for success. */
	g_assert_cmpuint(names->len, >=, 15);
	g_autoptr(GString) report = g_string_new(NULL);
	guint failures = 0, negatives = 0;
	for (guint i = 0; i < names->len; i++) {
		check_one(names->pdata[i], report, &failures);
		if (g_str_has_prefix(names->pdata[i], "not-"))
			negatives++;
	}
	g_assert_cmpuint(negatives, >=, 4);
	if (failures)
		g_test_fail_printf("%u of %u mails wrong:\n%s", failures, names->len, report->str);
}

/* Not an invoice: every fact is absent, so nothing downstream can act on a stray value. */
static void
test_empty_message(void)
{
	static const char raw[] = "From: a@b.example\r\nTo: c@d.example\r\nSubject: hi\r\n\r\nhello\r\n";
	g_autoptr(GError) error = NULL;
	GMimeMessage *msg = dm_message_parse(raw, sizeof raw - 1, &error);
	g_assert_no_error(error);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_object_unref(msg);
	g_assert_false(f->is_invoice);
	g_assert_null(f->number);
	g_assert_false(f->has_amount);
	g_assert_cmpstr(f->currency, ==, "");
	g_assert_false(g_date_valid(&f->due_date));
	g_assert_null(f->debtor_email);
	g_assert_cmpint(f->source, ==, DM_INVOICE_SOURCE_NONE);
	g_assert_null(dm_invoice_source_name(f->source));
}

/* A reply in a thread counts only when it sets out an invoice of its own (its number under
 * a label or title, and an amount); the number its subject carries is the thread's.  The
 * reply prefix is read by dm-subject.h: tags, "SV:", "Re: Fwd:" too. */
static void
test_replies(void)
{
	static const struct {
		const char *subject;
		const char *body;
		gboolean invoice;
	} rows[] = {
		{ "Re: Factuur 2026-144", "Geen probleem, de € 275,00 mag je ook in twee keer betalen.", FALSE },
		{ "Antw: factuur 2026-171", "De factuur 2026-171 van € 484,00 betreft het meerwerk aan de dakgoot.", FALSE },
		{ "[EXT] RE: Invoice INV-2026-080", "The £960.00 covers both shoot days and the edit.", FALSE },
		{ "Re: Fwd: Factuur 2026-014", "Klopt, die € 120,00 is voor het onderhoud van factuur 2026-014.", FALSE },
		{ "AW: Rechnung 2026-0877", "Der Betrag von 416,50 € zu Rechnung 2026-0877 ist Material und Montage.", FALSE },
		/* The quoted invoice's label is the earlier mail's, not this one's. */
		{ "Re: Factuur 2026-144", "Dat klopt.\n\n> Factuurnummer: 2026-144\n> Totaal: € 275,00\n", FALSE },
		{ "Re: workshop - factuur", "Zoals beloofd:\n\nFactuurnummer: 2026-160\nFactuurdatum: 24-11-2026\n"
		  "Totaal: € 45,00\n\nGraag binnen 14 dagen overmaken.", TRUE },
		{ "AW: Angebot Wallbox - Rechnung", "Hiermit die Rechnung.\n\nRechnungsnummer: 2026-0920\nRechnungsdatum: 30.11.2026\n"
		  "Zahlbetrag: 1.490,00 €\nZahlbar bis 14.12.2026.", TRUE },
		{ "SV: Invoice", "Here it is.\n\nINVOICE 2026-31\nAmount due: €300.00\nDue: 15 December 2026", TRUE },
		/* No reply: a subject that only contains "re". */
		{ "Reparatie fiets - factuur 2026-77", "Factuur 2026-77 voor de reparatie: € 85,00, binnen 14 dagen.", TRUE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		g_autofree char *raw = g_strdup_printf("From: Studio <a@studio.example>\r\nTo: Klant <k@klant.example>\r\n"
						       "Subject: %s\r\nDate: Tue, 24 Nov 2026 10:00:00 +0100\r\n"
						       "Content-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n",
						       rows[i].subject, rows[i].body);
		g_autoptr(GError) error = NULL;
		GMimeMessage *msg = dm_message_parse(raw, strlen(raw), &error);
		g_assert_no_error(error);
		g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
		g_object_unref(msg);
		g_autofree char *why = f->not_invoice ? dm_not_invoice_reason_text(f->not_invoice) : NULL;
		if (f->is_invoice != rows[i].invoice)
			g_error("\"%s\": is_invoice %d, expected %d (%s)", rows[i].subject, f->is_invoice,
				rows[i].invoice, why ? why : "no reason");
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/invoice/mails", test_corpus);
	g_test_add_func("/invoice/empty", test_empty_message);
	g_test_add_func("/invoice/replies", test_replies);
	return g_test_run();
}
