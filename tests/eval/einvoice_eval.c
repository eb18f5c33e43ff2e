/* einvoice_eval: every UBL, CII and Factur-X sample of the shared e-invoice corpora wrapped
 * into a mail (an XML or PDF attachment) and read by dm_invoice_extract, compared with each
 * corpus's expected-fields.json (dm_eval_einvoices).  A field the collector did not record
 * is not counted; an IBAN is counted only where its own checksum holds (dunmail refuses
 * the others, rightly: a mistyped IBAN must not reach a reminder). */
#include "dm-eval.h"
#include "../unit/test-mail.h"
#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-bank.h"
#include "parser/text/dm-dates.h"

#include <string.h>

static const char *const corpora[] = { "peppol-bis-billing3", "si-ubl-2.0.3.2",
				       "zugferd-corpus-xml-rechnung", "zugferd-corpus-fnfe-and-plain" };

static const char *
want_string(JsonObject *exp, const char *name)
{
	return json_object_has_member(exp, name) ? json_object_get_string_member(exp, name) : NULL;
}

static void
count(DmEvalTally *t, DmEvalField f, gboolean right, guint *total)
{
	total[f]++;
	t->right[f] += right;
}

static gboolean
same_date(const char *want, const GDate *got)
{
	GDate d;
	return dm_date_parse(want, NULL, &d) && g_date_valid(got) && g_date_compare(&d, got) == 0;
}

static gboolean
same_decimal(const char *want, gboolean has, gint64 got, gboolean credit)
{
	gint64 cents;
	if (!has || !dm_amount_parse_decimal(want, &cents))
		return FALSE;
	return (credit ? -cents : cents) == got;
}

static void
check(DmEvalTally *t, guint *total, const DmInvoiceFacts *f, JsonObject *exp)
{
	const char *w;
	gboolean credit = g_strcmp0(want_string(exp, "type_code"), "381") == 0 ||
			  g_strcmp0(want_string(exp, "root"), "CreditNote") == 0;
	if ((w = want_string(exp, "invoice_number")))
		count(t, DM_EVAL_NUMBER, g_strcmp0(w, f->number) == 0, total);
	if ((w = want_string(exp, "payable_amount")))
		count(t, DM_EVAL_AMOUNT_DUE, same_decimal(w, f->has_amount, f->amount_cents, credit), total);
	if ((w = want_string(exp, "tax_inclusive_amount")))
		count(t, DM_EVAL_AMOUNT_TOTAL, same_decimal(w, f->has_total, f->amount_total_cents, credit), total);
	if ((w = want_string(exp, "currency")))
		count(t, DM_EVAL_CURRENCY, strcmp(w, f->currency) == 0, total);
	if ((w = want_string(exp, "issue_date")))
		count(t, DM_EVAL_ISSUE, same_date(w, &f->issue_date), total);
	if ((w = want_string(exp, "due_date")))
		count(t, DM_EVAL_DUE, same_date(w, &f->due_date), total);
	if ((w = want_string(exp, "buyer_name"))) {
		/* The collector kept a line break inside a name; dunmail reads it as a space. */
		g_autofree char *name = g_strdelimit(g_strdup(w), "\r\n\t", ' ');
		count(t, DM_EVAL_DEBTOR_NAME, g_strcmp0(name, f->debtor_name) == 0, total);
	}
	if ((w = want_string(exp, "payment_id")))
		count(t, DM_EVAL_REFERENCE, g_strcmp0(w, f->payment_reference) == 0, total);
	g_autofree char *iban = dm_iban_normalize(want_string(exp, "payee_iban"));
	if (iban)
		count(t, DM_EVAL_IBAN, g_strcmp0(iban, f->iban) == 0, total);
	count(t, DM_EVAL_CREDIT_NOTE, credit == f->credit_note, total);
}

gboolean
dm_eval_einvoices(const char *dir, DmEvalTally *t, guint total[DM_EVAL_FIELDS], GError **error)
{
	dm_parser_init();
	for (guint c = 0; c < G_N_ELEMENTS(corpora); c++) {
		g_autofree char *json = g_build_filename(dir, corpora[c], "expected-fields.json", NULL);
		g_autoptr(JsonParser) parser = json_parser_new();
		if (!json_parser_load_from_file(parser, json, error))
			return FALSE;
		JsonObject *files = json_object_get_object_member(
			json_node_get_object(json_parser_get_root(parser)), "files");
		g_autoptr(GList) names = files ? json_object_get_members(files) : NULL;
		for (GList *l = names; l; l = l->next) {
			g_autofree char *path = g_build_filename(dir, corpora[c], l->data, NULL);
			g_autofree char *data = NULL;
			gsize len = 0;
			if (!g_file_get_contents(path, &data, &len, error))
				return FALSE;
			g_autoptr(GMimeMessage) msg = dm_test_mail_with_attachment(l->data, data, len,
										   "buyer@example.com");
			g_autoptr(DmInvoiceFacts) f = msg ? dm_invoice_extract(msg) : dm_invoice_facts_new();
			t->records++;
			t->invoices++;
			t->true_pos += f->is_invoice;
			t->false_neg += !f->is_invoice;
			check(t, total, f, json_object_get_object_member(files, l->data));
		}
	}
	return TRUE;
}

void
dm_eval_einvoices_print(const DmEvalTally *t, const guint total[DM_EVAL_FIELDS])
{
	g_print("e-invoices (UBL, CII, Factur-X of ../shared/corpora/einvoices, wrapped into mails)\n");
	g_print("  read as invoices %u/%u\n", t->true_pos, t->records);
	for (int i = 0; i < DM_EVAL_FIELDS; i++)
		if (total[i])
			g_print("    %-18s %4u/%-4u %6.1f%%\n", dm_eval_field_names[i], t->right[i],
				total[i], 100.0 * t->right[i] / total[i]);
}
