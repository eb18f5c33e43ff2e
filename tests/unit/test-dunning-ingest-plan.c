/* test-dunning-ingest-plan: the plan of a spool file survives its trip from the parse
 * child to dunmaild (GVariant and back) field for field, including bytes that are not
 * UTF-8; and the plan is read as ingestion expects (invoice facts for outgoing mail, the
 * reply analysis and verdict for incoming). */
#include <string.h>

#include "dunning/daemon/dm-ingest-plan.h"
#include "parser/mime/dm-message.h"
#include "parser/invoice/dm-invoice-rules.h"
#include "test-dunning-util.h"

#define DATA "tests/data/dunning/"

/* (transfer full) a plan read from a spool file holding @raw (LF made CRLF), sent to the
 * envelope recipients @rcpts (NULL-terminated), read with the rule file @rules (nullable). */
static DmIngestPlan *
plan_of_text(DmDirection direction, const char *raw, const char *const *rcpts,
             const DmRuleFile *rules)
{
	g_autoptr(DmEnvelope) env = dm_envelope_new();
	env->direction = direction;
	env->mail_from = g_strdup("billing@acme.example");
	for (const char *const *r = rcpts; *r; r++)
		g_ptr_array_add(env->rcpt_to, g_strdup(*r));
	env->queue_id = g_strdup("4ABCDE");
	g_autoptr(GString) file = g_string_new(NULL);
	dm_envelope_write(env, file);
	for (const char *p = raw; *p; p++) {
		if (*p == '\n')
			g_string_append_c(file, '\r');
		g_string_append_c(file, *p);
	}
	g_autoptr(GError) err = NULL;
	DmIngestPlan *plan = dm_ingest_plan_read(file->str, file->len, "mx.acme.example",
	                                         dm_test_reply_model(), rules, &err);
	g_assert_no_error(err);
	g_assert_nonnull(plan);
	return plan;
}

static DmIngestPlan *
plan_of(DmDirection direction, const char *eml)
{
	g_autofree char *raw = NULL;
	g_assert_true(g_file_get_contents(eml, &raw, NULL, NULL));
	return plan_of_text(direction, raw, (const char *[]) { "Klant@Debtor.example", NULL }, NULL);
}

/* The invoice mail of tests/data with its To header replaced by @to. */
static char *
invoice_with_to(const char *to)
{
	g_autofree char *raw = NULL;
	g_assert_true(g_file_get_contents(DATA "invoice-nl.eml", &raw, NULL, NULL));
	g_auto(GStrv) lines = g_strsplit(raw, "\n", -1);
	for (char **l = lines; *l; l++)
		if (g_str_has_prefix(*l, "To:")) {
			g_free(*l);
			*l = g_strdup_printf("To: %s", to);
		}
	return g_strjoinv("\n", lines);
}

static DmIngestPlan *
round_trip(const DmIngestPlan *plan)
{
	g_autoptr(GVariant) v = g_variant_ref_sink(dm_ingest_plan_to_variant(plan));
	/* As the parse child sends it: serialised bytes, read back in normal form. */
	g_autoptr(GBytes) bytes = g_variant_get_data_as_bytes(v);
	g_autoptr(GVariant) back = g_variant_ref_sink(
		g_variant_new_from_bytes(G_VARIANT_TYPE_VARDICT, bytes, FALSE));
	g_assert_true(g_variant_is_normal_form(back));
	return dm_ingest_plan_from_variant(back);
}

/* The debtor is the envelope recipient, not what a rewritten To header says; one the
 * headers also name wins over the first. */
static void
test_debtor_from_envelope(void)
{
	g_autofree char *garbage = invoice_with_to("\"rewritten\" <x7f3@relay.invalid>");
	g_autoptr(DmIngestPlan) plan = plan_of_text(DM_DIRECTION_OUTGOING, garbage,
		(const char *[]) { "Klant@Debtor.example", NULL }, NULL);
	g_assert_true(plan->invoice->is_invoice);
	g_assert_cmpstr(plan->invoice->debtor_email, ==, "klant@debtor.example");
	g_assert_cmpstr(plan->invoice->field_source[DM_INVOICE_FIELD_DEBTOR_EMAIL], ==, "envelope");

	g_autofree char *named = invoice_with_to("Boekhouding <admin@debtor.example>");
	g_autoptr(DmIngestPlan) two = plan_of_text(DM_DIRECTION_OUTGOING, named,
		(const char *[]) { "bcc-archive@acme.example", "admin@debtor.example", NULL }, NULL);
	g_assert_cmpstr(two->invoice->debtor_email, ==, "admin@debtor.example");
}

/* The user's rule file reaches the plan: its not_invoice rule refuses a message the
 * built-in readers take, with the rule named as the reason. */
static void
test_rules(void)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmRuleFile) rules = dm_rule_file_parse("my.rules",
		"not_invoice = /onderhoud website/i\n", dm_invoice_rule_fields, &err);
	g_assert_no_error(err);
	g_autofree char *raw = NULL;
	g_assert_true(g_file_get_contents(DATA "invoice-nl.eml", &raw, NULL, NULL));
	g_autoptr(DmIngestPlan) plan = plan_of_text(DM_DIRECTION_OUTGOING, raw,
		(const char *[]) { "klant@debtor.example", NULL }, rules);
	g_assert_false(plan->invoice->is_invoice);
	const DmNotInvoiceReason *why = plan->invoice->not_invoice;
	g_assert_cmpint(why->kind, ==, DM_NOT_INVOICE_USER_RULE);
	g_assert_cmpstr(why->rule, ==, "my.rules:1");
	/* The reason crosses the fork in its parts. */
	g_autoptr(DmIngestPlan) back = round_trip(plan);
	const DmNotInvoiceReason *said = back->invoice->not_invoice;
	g_assert_cmpint(said->kind, ==, why->kind);
	g_assert_cmpint(said->where, ==, why->where);
	g_assert_cmpstr(said->evidence, ==, why->evidence);
	g_assert_cmpstr(said->rule, ==, why->rule);
}

static void
assert_same_date(const GDate *a, const GDate *b)
{
	g_assert_cmpint(g_date_valid(a), ==, g_date_valid(b));
	if (g_date_valid(a))
		g_assert_cmpint(g_date_compare(a, b), ==, 0);
}

static void
assert_same_common(const DmIngestPlan *a, const DmIngestPlan *b)
{
	g_assert_cmpint(a->direction, ==, b->direction);
	g_assert_cmpstr(a->mail_from, ==, b->mail_from);
	g_assert_cmpstr(a->first_rcpt, ==, b->first_rcpt);
	g_assert_cmpstr(a->queue_id, ==, b->queue_id);
	g_assert_cmpstr(a->message_id, ==, b->message_id);
	g_assert_cmpstr(a->sha256, ==, b->sha256);
	g_assert_cmpstr(a->from_addr, ==, b->from_addr);
	g_assert_cmpstr(a->subject, ==, b->subject);
	assert_same_date(&a->date, &b->date);
	g_assert_cmpint(a->own, ==, b->own);
	g_assert_cmpuint(a->thread_ids->len, ==, b->thread_ids->len);
	for (guint i = 0; i < a->thread_ids->len; i++)
		g_assert_cmpstr(a->thread_ids->pdata[i], ==, b->thread_ids->pdata[i]);
}

static void
test_invoice(void)
{
	g_autoptr(DmIngestPlan) plan = plan_of(DM_DIRECTION_OUTGOING, DATA "invoice-nl.eml");
	g_assert_nonnull(plan->invoice);
	g_assert_null(plan->reply);
	g_assert_true(plan->invoice->is_invoice);
	g_assert_cmpstr(plan->message_id, ==, "<inv-2026-0042@acme.example>");
	g_assert_cmpuint(strlen(plan->sha256), ==, 64);
	g_assert_cmpstr(plan->first_rcpt, ==, "Klant@Debtor.example");
	/* Facts this mail does not state, set so that a field the trip drops shows. */
	g_free(plan->invoice->debtor_name);
	plan->invoice->debtor_name = g_strdup("Jan de Vries");
	plan->invoice->payment_term_days = 14;

	g_autoptr(DmIngestPlan) back = round_trip(plan);
	assert_same_common(plan, back);
	g_assert_null(back->reply);
	const DmInvoiceFacts *a = plan->invoice, *b = back->invoice;
	g_assert_nonnull(b);
	g_assert_cmpint(a->is_invoice, ==, b->is_invoice);
	g_assert_cmpstr(a->number, ==, b->number);
	g_assert_cmpint(a->has_amount, ==, b->has_amount);
	g_assert_cmpint(a->amount_cents, ==, b->amount_cents);
	g_assert_cmpint(b->amount_cents, ==, 125000);
	g_assert_cmpstr(a->currency, ==, b->currency);
	assert_same_date(&a->issue_date, &b->issue_date);
	assert_same_date(&a->due_date, &b->due_date);
	g_assert_true(g_date_valid(&b->due_date));
	g_assert_cmpint(a->payment_term_days, ==, b->payment_term_days);
	g_assert_cmpstr(a->debtor_email, ==, b->debtor_email);
	g_assert_cmpstr(a->debtor_name, ==, b->debtor_name);
	g_assert_cmpstr(a->language, ==, b->language);
	g_assert_cmpint(a->source, ==, b->source);
}

/* The facts beyond the skeleton's cross the fork too: amounts, payment identifiers, the
 * debtor's kind, a credit note and its invoice, each field's source, disagreements. */
static void
test_invoice_extras(void)
{
	g_autoptr(DmIngestPlan) plan = plan_of(DM_DIRECTION_OUTGOING, DATA "invoice-nl.eml");
	DmInvoiceFacts *a = plan->invoice;
	a->has_total = TRUE;
	a->amount_total_cents = 150000;
	/* (The fixture's own reading is replaced: freed first.) */
	g_free(a->payment_reference);
	a->payment_reference = g_strdup("RF18539007547034");
	g_free(a->iban);
	a->iban = g_strdup("NL91ABNA0417164300");
	a->debtor_kind = DM_INVOICE_DEBTOR_CONSUMER;
	g_free(a->debtor_kind_why);
	a->debtor_kind_why = g_strdup("addressed as \"Dhr.\" (\"Dhr. P. de Boer\")");
	a->credit_note = TRUE;
	g_free(a->credit_reference);
	a->credit_reference = g_strdup("2026-0041");
	g_ptr_array_add(a->disagreements, dm_invoice_disagreement_new(DM_INVOICE_FIELD_DEBTOR_NAME, "pdf",
			"Jansen, de Vries en Zn", "facturx", "Jansen BV"));
	g_assert_cmpstr(a->field_source[DM_INVOICE_FIELD_NUMBER], ==, "body");

	g_autoptr(DmIngestPlan) back = round_trip(plan);
	const DmInvoiceFacts *b = back->invoice;
	g_assert_true(b->has_total);
	g_assert_cmpint(b->amount_total_cents, ==, 150000);
	g_assert_cmpstr(b->payment_reference, ==, a->payment_reference);
	g_assert_cmpstr(b->iban, ==, a->iban);
	g_assert_cmpint(b->debtor_kind, ==, DM_INVOICE_DEBTOR_CONSUMER);
	g_assert_cmpstr(b->debtor_kind_why, ==, a->debtor_kind_why);
	g_assert_true(b->credit_note);
	g_assert_cmpstr(b->credit_reference, ==, "2026-0041");
	g_assert_cmpuint(b->disagreements->len, ==, 1);
	const DmInvoiceDisagreement *x = a->disagreements->pdata[0], *y = b->disagreements->pdata[0];
	g_assert_cmpint(y->field, ==, x->field);
	g_assert_cmpstr(y->kept, ==, x->kept);
	g_assert_cmpstr(y->ours, ==, x->ours);
	g_assert_cmpstr(y->other, ==, x->other);
	g_assert_cmpstr(y->theirs, ==, x->theirs);
	for (int i = 0; i < DM_INVOICE_N_FIELDS; i++)
		g_assert_cmpstr(b->field_source[i], ==, a->field_source[i]);
}

static void
test_reply(void)
{
	g_autoptr(DmIngestPlan) plan = plan_of(DM_DIRECTION_INCOMING, DATA "reply-dispute-nl.eml");
	g_assert_null(plan->invoice);
	g_assert_nonnull(plan->reply);
	g_assert_cmpuint(plan->thread_ids->len, >, 0);
	g_assert_true(plan->auth.verified);
	g_free(plan->reply->bounced_recipient);
	plan->reply->bounced_recipient = g_strdup("klant@debtor.example");
	g_date_set_dmy(&plan->reply->date, 4, G_DATE_DECEMBER, 2026);
	g_assert_false(g_date_valid(&plan->reply->holds_until));
	g_date_set_dmy(&plan->reply->holds_until, 11, G_DATE_DECEMBER, 2026);
	/* What the policy reads to tell a machine's auto reply from a typed one. */
	g_assert_false(plan->reply->automatic_headers);
	plan->reply->automatic_headers = TRUE;
	plan->reply->automatic_header = g_strdup("Precedence: junk");
	g_assert_null(plan->reply->machine_mail);
	plan->reply->machine_mail = g_strdup("From: noreply@debtor.example");
	g_assert_false(plan->reply->date_contradicts);
	plan->reply->date_contradicts = TRUE;

	g_autoptr(DmIngestPlan) back = round_trip(plan);
	assert_same_common(plan, back);
	g_assert_null(back->invoice);
	const DmReplyAnalysis *a = plan->reply, *b = back->reply;
	g_assert_nonnull(b);
	g_assert_cmpint(a->kind, ==, b->kind);
	g_assert_cmpint(a->klass, ==, b->klass);
	g_assert_cmpint(b->klass, ==, DM_REPLY_CLASS_DISPUTE);
	g_assert_cmpfloat(a->confidence, ==, b->confidence);
	assert_same_date(&a->date, &b->date);
	assert_same_date(&a->holds_until, &b->holds_until);
	g_assert_cmpstr(a->reply_text, ==, b->reply_text);
	g_assert_cmpstr(a->bounced_recipient, ==, b->bounced_recipient);
	g_assert_cmpstr(a->matched_rule, ==, b->matched_rule);
	g_assert_true(b->automatic_headers);
	g_assert_cmpstr(b->automatic_header, ==, "Precedence: junk");
	g_assert_cmpstr(b->machine_mail, ==, "From: noreply@debtor.example");
	g_assert_true(b->date_contradicts);
	/* The explanation stays in the child (the ledger keeps none), but the list is never NULL. */
	g_assert_nonnull(b->explain);
	g_assert_cmpint(plan->auth.verified, ==, back->auth.verified);
	g_assert_cmpstr(plan->auth.method, ==, back->auth.method);
	g_assert_cmpstr(plan->auth.detail, ==, back->auth.detail);
}

/* A subject that is not UTF-8 travels as bytes, unchanged, never refused. */
static void
test_hostile_bytes(void)
{
	g_autoptr(DmIngestPlan) plan = plan_of(DM_DIRECTION_INCOMING, DATA "reply-dispute-nl.eml");
	plan->subject = g_realloc(plan->subject, 8);
	memcpy(plan->subject, "x\xff\xfey\xc3(z", 8);     /* not UTF-8 at all */
	g_autoptr(DmIngestPlan) back = round_trip(plan);
	g_assert_cmpstr(back->subject, ==, "x\xff\xfey\xc3(z");
}

/* A dictionary without most keys (or with keys of the wrong type) reads as unknowns. */
static void
test_missing_keys(void)
{
	g_auto(GVariantDict) d = G_VARIANT_DICT_INIT(NULL);
	g_variant_dict_insert(&d, "subject", "s", "a string, not bytes");
	g_autoptr(GVariant) v = g_variant_ref_sink(g_variant_dict_end(&d));
	g_autoptr(DmIngestPlan) plan = dm_ingest_plan_from_variant(v);
	g_assert_cmpint(plan->direction, ==, DM_DIRECTION_NONE);
	g_assert_null(plan->subject);
	g_assert_cmpstr(plan->message_id, ==, "");
	g_assert_cmpstr(plan->sha256, ==, "");
	g_assert_false(g_date_valid(&plan->date));
	g_assert_cmpuint(plan->thread_ids->len, ==, 0);
	g_assert_null(plan->invoice);
	g_assert_null(plan->reply);
}

/* Enums out of range in a child's answer (garbled, yet well-formed) read as each enum's
 * "nothing said", never as an index past a table of names. */
static void
test_enums_out_of_range(void)
{
	g_auto(GVariantDict) r = G_VARIANT_DICT_INIT(NULL);
	g_variant_dict_insert(&r, "kind", "i", (gint32) 7);
	g_variant_dict_insert(&r, "class", "i", (gint32) -1);
	g_variant_dict_insert(&r, "secondary", "i", (gint32) 99);
	g_variant_dict_insert(&r, "delivery", "i", (gint32) 1000000);
	g_auto(GVariantDict) inv = G_VARIANT_DICT_INIT(NULL);
	g_variant_dict_insert(&inv, "source", "i", (gint32) 5);
	g_variant_dict_insert(&inv, "debtor_kind", "i", (gint32) 3);
	/* A reason of a kind past the table, a disagreement about a field past it or short of
	 * a value: left out, never guessed. */
	g_auto(GVariantDict) why = G_VARIANT_DICT_INIT(NULL);
	g_variant_dict_insert(&why, "kind", "i", (gint32) DM_NOT_INVOICE_N_KINDS);
	g_variant_dict_insert(&why, "where", "i", (gint32) 0);
	g_variant_dict_insert_value(&inv, "not_invoice", g_variant_dict_end(&why));
	GVariantBuilder list;
	g_variant_builder_init(&list, G_VARIANT_TYPE("aa{sv}"));
	for (gint32 field = DM_INVOICE_N_FIELDS - 1; field <= DM_INVOICE_N_FIELDS; field++) {
		g_auto(GVariantDict) one = G_VARIANT_DICT_INIT(NULL);
		g_variant_dict_insert(&one, "field", "i", field);
		const char *keys[] = { "kept", "ours", "other" };
		for (gsize k = 0; k < G_N_ELEMENTS(keys); k++)
			g_variant_dict_insert_value(&one, keys[k], g_variant_new_bytestring("x"));
		if (field == DM_INVOICE_N_FIELDS)
			g_variant_dict_insert_value(&one, "theirs", g_variant_new_bytestring("y"));
		g_variant_builder_add_value(&list, g_variant_dict_end(&one));
	}
	g_variant_dict_insert_value(&inv, "disagreements", g_variant_builder_end(&list));
	g_auto(GVariantDict) d = G_VARIANT_DICT_INIT(NULL);
	g_variant_dict_insert(&d, "direction", "i", (gint32) 3);
	g_variant_dict_insert_value(&d, "reply", g_variant_dict_end(&r));
	g_variant_dict_insert_value(&d, "invoice", g_variant_dict_end(&inv));
	g_autoptr(GVariant) v = g_variant_ref_sink(g_variant_dict_end(&d));
	g_autoptr(DmIngestPlan) plan = dm_ingest_plan_from_variant(v);
	g_assert_cmpint(plan->direction, ==, DM_DIRECTION_NONE);
	g_assert_cmpint(plan->reply->kind, ==, DM_REPLY_KIND_REPLY);
	g_assert_cmpint(plan->reply->klass, ==, DM_REPLY_CLASS_OTHER);
	g_assert_cmpint(plan->reply->secondary, ==, DM_REPLY_CLASS_OTHER);
	g_assert_cmpint(plan->reply->delivery, ==, DM_DELIVERY_NONE);
	g_assert_cmpint(plan->invoice->source, ==, DM_INVOICE_SOURCE_NONE);
	g_assert_cmpint(plan->invoice->debtor_kind, ==, DM_INVOICE_DEBTOR_UNKNOWN);
	g_assert_null(plan->invoice->not_invoice);
	g_assert_cmpuint(plan->invoice->disagreements->len, ==, 0);
	g_assert_cmpstr(dm_delivery_name(plan->reply->delivery), ==, "none");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/ingest-plan/invoice", test_invoice);
	g_test_add_func("/ingest-plan/invoice-extras", test_invoice_extras);
	g_test_add_func("/ingest-plan/debtor-from-envelope", test_debtor_from_envelope);
	g_test_add_func("/ingest-plan/rules", test_rules);
	g_test_add_func("/ingest-plan/reply", test_reply);
	g_test_add_func("/ingest-plan/hostile-bytes", test_hostile_bytes);
	g_test_add_func("/ingest-plan/missing-keys", test_missing_keys);
	g_test_add_func("/ingest-plan/enums-out-of-range", test_enums_out_of_range);
	return g_test_run();
}
