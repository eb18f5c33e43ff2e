/* invoice_eval: one corpus record read as dunmaild reads it and scored against its label;
 * the tallies per language and per kind, printed and as JSON. */
#include "dm-eval.h"
#include "parser/invoice/dm-invoice.h"
#include "parser/invoice/dm-debtor.h"
#include "parser/mime/dm-message.h"
#include "parser/text/dm-dates.h"

#include <string.h>

const char *const dm_eval_field_names[DM_EVAL_FIELDS] = {
	"number", "amount_due", "amount_total", "currency", "issue_date", "due_date",
	"debtor_email", "debtor_name", "payment_reference", "iban", "business", "credit_note",
	"language",
};

char *
dm_eval_put_pdf(const char *eml, const char *slot, GBytes *pdf, const char *filename)
{
	g_autofree char *line = g_strconcat(slot, "\n", NULL);
	const char *at = strstr(eml, line);
	if (!at)
		return g_strdup(eml);
	GString *out = g_string_new_len(eml, at - eml);
	if (pdf) {
		/* UTF-8 in a quoted parameter, as many mail clients write it; GMime reads it. */
		g_autofree char *name = g_strdelimit(g_strdup(filename ? filename : "invoice.pdf"),
						     "\"\\\r\n", '_');
		g_string_append_printf(out, "Content-Type: application/pdf; name=\"%s\"\n"
				       "Content-Disposition: attachment; filename=\"%s\"\n"
				       "Content-Transfer-Encoding: base64\n\n", name, name);
		gsize len = 0;
		const guchar *data = g_bytes_get_data(pdf, &len);
		g_autofree char *b64 = g_base64_encode(data, len);
		for (gsize i = 0, n = strlen(b64); i < n; i += 76) {
			g_string_append_len(out, b64 + i, MIN(76, n - i));
			g_string_append_c(out, '\n');
		}
	}
	g_string_append(out, at + strlen(line));
	return g_string_free(out, FALSE);
}

char *
dm_eval_build_mail(const char *eml, GBytes *pdf, const char *filename)
{
	return dm_eval_put_pdf(eml, "@@PDF@@", pdf, filename);
}

DmEvalReport *
dm_eval_report_new(void)
{
	DmEvalReport *r = g_new0(DmEvalReport, 1);
	r->by_lang = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	r->by_kind = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	r->misses = g_ptr_array_new_with_free_func(g_free);
	return r;
}

void
dm_eval_report_free(DmEvalReport *report)
{
	if (!report)
		return;
	g_hash_table_unref(report->by_lang);
	g_hash_table_unref(report->by_kind);
	g_ptr_array_unref(report->misses);
	g_free(report);
}

static DmEvalTally *
group(GHashTable *table, const char *key)
{
	DmEvalTally *t = g_hash_table_lookup(table, key);
	if (!t) {
		t = g_new0(DmEvalTally, 1);
		g_hash_table_insert(table, g_strdup(key), t);
	}
	return t;
}

static const char *
member_string(JsonObject *o, const char *name)
{
	return json_object_has_member(o, name) ? json_object_get_string_member(o, name) : NULL;
}

static gboolean
same_string(const char *want, const char *got)
{
	return g_strcmp0(want, got) == 0;
}

static gboolean
same_amount(JsonObject *exp, const char *name, gboolean has, gint64 got)
{
	JsonNode *n = json_object_get_member(exp, name);
	if (!n || JSON_NODE_HOLDS_NULL(n))
		return !has;
	return has && json_node_get_int(n) == got;
}

static gboolean
same_date(const char *want, const GDate *got)
{
	if (!want)
		return !g_date_valid(got);
	char buf[16] = "";
	if (g_date_valid(got))
		dm_date_to_buf(got, buf);
	return strcmp(want, buf) == 0;
}

static gboolean
same_bool(JsonObject *exp, const char *name, gboolean got)
{
	JsonNode *n = json_object_get_member(exp, name);
	gboolean want = n && !JSON_NODE_HOLDS_NULL(n) && json_node_get_boolean(n);
	return want == got;
}

/* Which fields of @f match @exp, into @right. */
static void
compare(JsonObject *exp, const DmInvoiceFacts *f, gboolean right[DM_EVAL_FIELDS])
{
	right[DM_EVAL_NUMBER] = same_string(member_string(exp, "number"), f->number);
	right[DM_EVAL_AMOUNT_DUE] = same_amount(exp, "amount_due_cents", f->has_amount, f->amount_cents);
	right[DM_EVAL_AMOUNT_TOTAL] = same_amount(exp, "amount_total_cents", f->has_total,
						  f->amount_total_cents);
	right[DM_EVAL_CURRENCY] = same_string(member_string(exp, "currency"),
					      f->currency[0] ? f->currency : NULL);
	right[DM_EVAL_ISSUE] = same_date(member_string(exp, "issue_date"), &f->issue_date);
	right[DM_EVAL_DUE] = same_date(member_string(exp, "due_date"), &f->due_date);
	right[DM_EVAL_DEBTOR_EMAIL] = same_string(member_string(exp, "debtor_email"), f->debtor_email);
	right[DM_EVAL_DEBTOR_NAME] = same_string(member_string(exp, "debtor_name"), f->debtor_name);
	right[DM_EVAL_REFERENCE] = same_string(member_string(exp, "payment_reference"),
					       f->payment_reference);
	right[DM_EVAL_IBAN] = same_string(member_string(exp, "iban"), f->iban);
	right[DM_EVAL_BUSINESS] = same_bool(exp, "business", f->debtor_kind == DM_INVOICE_DEBTOR_BUSINESS);
	right[DM_EVAL_CREDIT_NOTE] = same_bool(exp, "credit_note", f->credit_note);
	/* Older records carry no language: nothing to compare, so nothing wrong. */
	right[DM_EVAL_LANGUAGE] = !json_object_has_member(exp, "language") ||
				  same_string(member_string(exp, "language"), f->language);
}

/* A short text of what @f read for @field, for the list of misses. */
static char *
got_text(const DmInvoiceFacts *f, DmEvalField field)
{
	char buf[16] = "";
	switch (field) {
	case DM_EVAL_NUMBER: return g_strdup(f->number);
	case DM_EVAL_AMOUNT_DUE:
		return f->has_amount ? g_strdup_printf("%" G_GINT64_FORMAT, f->amount_cents) : NULL;
	case DM_EVAL_AMOUNT_TOTAL:
		return f->has_total ? g_strdup_printf("%" G_GINT64_FORMAT, f->amount_total_cents) : NULL;
	case DM_EVAL_CURRENCY: return g_strdup(f->currency);
	case DM_EVAL_ISSUE:
	case DM_EVAL_DUE:
		if (g_date_valid(field == DM_EVAL_ISSUE ? &f->issue_date : &f->due_date))
			dm_date_to_buf(field == DM_EVAL_ISSUE ? &f->issue_date : &f->due_date, buf);
		return g_strdup(buf);
	case DM_EVAL_DEBTOR_EMAIL: return g_strdup(f->debtor_email);
	case DM_EVAL_DEBTOR_NAME: return g_strdup(f->debtor_name);
	case DM_EVAL_REFERENCE: return g_strdup(f->payment_reference);
	case DM_EVAL_IBAN: return g_strdup(f->iban);
	case DM_EVAL_BUSINESS: return g_strdup(f->debtor_kind == DM_INVOICE_DEBTOR_BUSINESS ? "true" : "false");
	case DM_EVAL_CREDIT_NOTE: return g_strdup(f->credit_note ? "true" : "false");
	case DM_EVAL_LANGUAGE: return g_strdup(f->language);
	case DM_EVAL_FIELDS: break;
	}
	return NULL;
}

/* How one record came out: the decision, each field right or not, and of a wrong field
 * whether nothing was read (so a held-out set can be studied by field and kind alone). */
typedef struct {
	gboolean labelled, found;
	gboolean right[DM_EVAL_FIELDS];
	gboolean missing[DM_EVAL_FIELDS];
	gboolean business_wanted;
} Outcome;

static void
tally(DmEvalTally *t, const Outcome *o)
{
	t->records++;
	t->invoices += o->labelled;
	t->true_pos += o->labelled && o->found;
	t->false_pos += !o->labelled && o->found;
	t->false_neg += o->labelled && !o->found;
	if (!o->labelled || !o->found)
		return;
	gboolean all = TRUE;
	for (int i = 0; i < DM_EVAL_FIELDS; i++) {
		t->right[i] += o->right[i];
		t->missing[i] += !o->right[i] && o->missing[i];
		all = all && o->right[i];
	}
	if (!o->right[DM_EVAL_BUSINESS]) {
		t->business_as_consumer += o->business_wanted;
		t->consumer_as_business += !o->business_wanted;
	}
	t->all_right += all;
}

/* Reads one record; FALSE with @error when it is not a record. */
static gboolean
run_record(JsonObject *rec, DmEvalReport *report, GError **error)
{
	const char *id = member_string(rec, "id");
	const char *eml = member_string(rec, "eml");
	if (!id || !eml) {
		g_set_error_literal(error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
				    "expected a record with \"id\" and \"eml\"");
		return FALSE;
	}
	g_autoptr(GBytes) pdf = NULL;
	JsonNode *layout = json_object_get_member(rec, "pdf");
	if (layout && JSON_NODE_HOLDS_OBJECT(layout) &&
	    !(pdf = dm_eval_render_pdf(json_node_get_object(layout), error)))
		return FALSE;
	g_autofree char *first = dm_eval_build_mail(eml, pdf, member_string(rec, "pdf_filename"));
	/* A second document beside the invoice (general terms, a work order): `pdf2` rendered
	 * where `@@PDF2@@` stands. */
	g_autoptr(GBytes) pdf2 = NULL;
	JsonNode *layout2 = json_object_get_member(rec, "pdf2");
	if (layout2 && JSON_NODE_HOLDS_OBJECT(layout2) &&
	    !(pdf2 = dm_eval_render_pdf(json_node_get_object(layout2), error)))
		return FALSE;
	g_autofree char *mail = dm_eval_put_pdf(first, "@@PDF2@@", pdf2, member_string(rec, "pdf2_filename"));
	if (report->dump_dir) {
		g_autofree char *name = g_strconcat(id, ".eml", NULL);
		g_autofree char *path = g_build_filename(report->dump_dir, name, NULL);
		if (!g_file_set_contents(path, mail, -1, error))
			return FALSE;
	}
	g_autoptr(GMimeMessage) msg = dm_message_parse(mail, strlen(mail), error);
	if (!msg)
		return FALSE;
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_autoptr(GPtrArray) rcpts = g_ptr_array_new();
	JsonObject *env = json_object_get_object_member(rec, "envelope");
	JsonArray *rcpt_to = env ? json_object_get_array_member(env, "rcpt_to") : NULL;
	for (guint i = 0; rcpt_to && i < json_array_get_length(rcpt_to); i++)
		g_ptr_array_add(rcpts, (gpointer)json_array_get_string_element(rcpt_to, i));
	if (f->is_invoice) {
		dm_invoice_choose_debtor(f, msg, rcpts);
		/* As ingest does (invoice_from_plan): no stated issue date, the message's Date. */
		if (!g_date_valid(&f->issue_date))
			f->issue_date = dm_message_date(msg);
	}

	Outcome o = { 0 };
	o.labelled = json_object_get_boolean_member_with_default(rec, "is_invoice", FALSE);
	o.found = f->is_invoice;
	gboolean labelled = o.labelled;
	JsonNode *expn = json_object_get_member(rec, "expected");
	if (labelled && f->is_invoice && expn && JSON_NODE_HOLDS_OBJECT(expn)) {
		JsonObject *exp = json_node_get_object(expn);
		compare(exp, f, o.right);
		o.business_wanted = same_bool(exp, "business", TRUE);
		for (int i = 0; i < DM_EVAL_FIELDS; i++) {
			if (o.right[i])
				continue;
			g_autofree char *got = got_text(f, i);
			o.missing[i] = !got || !*got;
			g_autofree char *want = json_to_string(json_object_get_member(exp,
				i == DM_EVAL_AMOUNT_DUE ? "amount_due_cents" :
				i == DM_EVAL_AMOUNT_TOTAL ? "amount_total_cents" :
				dm_eval_field_names[i]), FALSE);
			g_ptr_array_add(report->misses, g_strdup_printf("%s %s: want %s, got %s", id,
				dm_eval_field_names[i], want ? want : "?", got ? got : "null"));
		}
	} else if (labelled != f->is_invoice) {
		g_autofree char *why = f->not_invoice ? dm_not_invoice_reason_text(f->not_invoice) : NULL;
		g_ptr_array_add(report->misses, g_strdup_printf("%s is_invoice: want %s, got %s%s%s", id,
			labelled ? "true" : "false", f->is_invoice ? "true" : "false",
			why ? " — " : "", why ? why : ""));
	}
	const char *lang = member_string(rec, "lang");
	const char *kind = member_string(rec, "kind");
	tally(&report->all, &o);
	tally(group(report->by_lang, lang ? lang : "?"), &o);
	tally(group(report->by_kind, kind ? kind : "?"), &o);
	return TRUE;
}

gboolean
dm_eval_run_file(const char *jsonl, DmEvalReport *report, GError **error)
{
	g_autofree char *data = NULL;
	if (!g_file_get_contents(jsonl, &data, NULL, error))
		return FALSE;
	dm_parser_init();
	g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
	for (guint i = 0; lines[i]; i++) {
		if (!*g_strstrip(lines[i]))
			continue;
		g_autoptr(JsonParser) parser = json_parser_new();
		g_autoptr(GError) local = NULL;
		if (!json_parser_load_from_data(parser, lines[i], -1, &local) ||
		    !JSON_NODE_HOLDS_OBJECT(json_parser_get_root(parser))) {
			g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
				    "%s:%u: expected one JSON object per line: %s", jsonl, i + 1,
				    local ? local->message : "not an object");
			return FALSE;
		}
		if (!run_record(json_node_get_object(json_parser_get_root(parser)), report, &local)) {
			g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s:%u: %s", jsonl,
				    i + 1, local->message);
			return FALSE;
		}
	}
	return TRUE;
}

double
dm_eval_accuracy(const DmEvalTally *t, DmEvalField field)
{
	return t->invoices ? (double)t->right[field] / t->invoices : 1.0;
}

double
dm_eval_precision(const DmEvalTally *t)
{
	guint said = t->true_pos + t->false_pos;
	return said ? (double)t->true_pos / said : 1.0;
}

double
dm_eval_recall(const DmEvalTally *t)
{
	return t->invoices ? (double)t->true_pos / t->invoices : 1.0;
}

static void
print_group_line(const char *name, const DmEvalTally *t)
{
	g_print("  %-10s %4u %4u   %4u (%5.1f%%)   %6.1f%% %6.1f%%   %u\n", name, t->records,
		t->invoices, t->all_right, t->invoices ? 100.0 * t->all_right / t->invoices : 100.0,
		100 * dm_eval_precision(t), 100 * dm_eval_recall(t), t->false_pos);
}

static void
print_groups(GHashTable *table)
{
	g_autoptr(GList) keys = g_list_sort(g_hash_table_get_keys(table), (GCompareFunc)strcmp);
	for (GList *l = keys; l; l = l->next)
		print_group_line(l->data, g_hash_table_lookup(table, l->data));
}

/* One line per group with a wrong field: which fields, how many wrong, how many of them
 * read nothing at all.  Counts only, never a record: safe to read on a held-out set. */
static void
print_wrong(const char *name, const DmEvalTally *t)
{
	g_autoptr(GString) line = g_string_new(NULL);
	for (int i = 0; i < DM_EVAL_FIELDS; i++)
		if (t->right[i] < t->true_pos)
			g_string_append_printf(line, " %s %u (%u none)", dm_eval_field_names[i],
					       t->true_pos - t->right[i], t->missing[i]);
	if (t->business_as_consumer + t->consumer_as_business)
		g_string_append_printf(line, "; business read as consumer %u, consumer as business %u",
				       t->business_as_consumer, t->consumer_as_business);
	if (line->len)
		g_print("  %-10s wrong:%s\n", name, line->str);
}

static void
print_wrong_groups(GHashTable *table)
{
	g_autoptr(GList) keys = g_list_sort(g_hash_table_get_keys(table), (GCompareFunc)strcmp);
	for (GList *l = keys; l; l = l->next)
		print_wrong(l->data, g_hash_table_lookup(table, l->data));
}

void
dm_eval_print(const DmEvalReport *report, const char *title)
{
	const DmEvalTally *t = &report->all;
	g_print("%s\n", title);
	g_print("  per field, over %u labelled invoices:\n", t->invoices);
	for (int i = 0; i < DM_EVAL_FIELDS; i++)
		g_print("    %-18s %4u/%-4u %6.1f%%\n", dm_eval_field_names[i], t->right[i],
			t->invoices, 100 * dm_eval_accuracy(t, i));
	g_print("  group      mails invoices all-right        precision recall  non-invoices taken\n");
	print_group_line("all", t);
	print_groups(report->by_lang);
	print_groups(report->by_kind);
	g_print("  wrong fields of the invoices recognised, per group (none: nothing read):\n");
	print_wrong("all", t);
	print_wrong_groups(report->by_lang);
	print_wrong_groups(report->by_kind);
}

static void
json_tally(JsonBuilder *b, const DmEvalTally *t)
{
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "mails");
	json_builder_add_int_value(b, t->records);
	json_builder_set_member_name(b, "invoices");
	json_builder_add_int_value(b, t->invoices);
	json_builder_set_member_name(b, "all_fields_right");
	json_builder_add_int_value(b, t->all_right);
	json_builder_set_member_name(b, "precision");
	json_builder_add_double_value(b, dm_eval_precision(t));
	json_builder_set_member_name(b, "recall");
	json_builder_add_double_value(b, dm_eval_recall(t));
	json_builder_set_member_name(b, "non_invoices_taken");
	json_builder_add_int_value(b, t->false_pos);
	json_builder_set_member_name(b, "accuracy");
	json_builder_begin_object(b);
	for (int i = 0; i < DM_EVAL_FIELDS; i++) {
		json_builder_set_member_name(b, dm_eval_field_names[i]);
		json_builder_add_double_value(b, dm_eval_accuracy(t, i));
	}
	json_builder_end_object(b);
	json_builder_set_member_name(b, "none_read");
	json_builder_begin_object(b);
	for (int i = 0; i < DM_EVAL_FIELDS; i++) {
		json_builder_set_member_name(b, dm_eval_field_names[i]);
		json_builder_add_int_value(b, t->missing[i]);
	}
	json_builder_end_object(b);
	json_builder_set_member_name(b, "business_read_as_consumer");
	json_builder_add_int_value(b, t->business_as_consumer);
	json_builder_set_member_name(b, "consumer_read_as_business");
	json_builder_add_int_value(b, t->consumer_as_business);
	json_builder_end_object(b);
}

static void
json_groups(JsonBuilder *b, const char *name, GHashTable *table)
{
	json_builder_set_member_name(b, name);
	json_builder_begin_object(b);
	g_autoptr(GList) keys = g_list_sort(g_hash_table_get_keys(table), (GCompareFunc)strcmp);
	for (GList *l = keys; l; l = l->next) {
		json_builder_set_member_name(b, l->data);
		json_tally(b, g_hash_table_lookup(table, l->data));
	}
	json_builder_end_object(b);
}

char *
dm_eval_to_json(const DmEvalReport *report, const char *title)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "title");
	json_builder_add_string_value(b, title);
	json_builder_set_member_name(b, "all");
	json_tally(b, &report->all);
	json_groups(b, "by_language", report->by_lang);
	json_groups(b, "by_kind", report->by_kind);
	json_builder_end_object(b);
	g_autoptr(JsonGenerator) gen = json_generator_new();
	json_generator_set_pretty(gen, TRUE);
	g_autoptr(JsonNode) root = json_builder_get_root(b);
	json_generator_set_root(gen, root);
	return json_generator_to_data(gen, NULL);
}
