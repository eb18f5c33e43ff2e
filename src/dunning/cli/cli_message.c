/* cli_message: the verbs that read one message file and touch no ledger — parse, classify. */
#include "dunning/cli/dm-cli.h"
#include "dunning/engine/dm-policy.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"
#include "common/dm-spool.h"
#include "parser/invoice/dm-invoice.h"
#include "parser/invoice/dm-invoice-rules.h"
#include "parser/invoice/dm-debtor.h"
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-reply.h"

#include <stdio.h>

#define MESSAGE_FILE_MAX (64 * 1024 * 1024)

/* Reads @path (a plain message or a spool file) into a message; prints errors.  A spool
 * file's envelope goes to *@env_out (nullable; NULL for a plain message). */
static GMimeMessage *
load_message(const char *path, DmEnvelope **env_out)
{
	g_autofree char *data = NULL;
	gsize len = 0;
	g_autoptr(GError) error = NULL;
	if (!g_file_get_contents(path, &data, &len, &error)) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return NULL;
	}
	if (len > MESSAGE_FILE_MAX) {
		fprintf(stderr, "dunmail: %s: larger than %d MiB, not a message dunmail reads\n", path,
		        MESSAGE_FILE_MAX >> 20);
		return NULL;
	}
	gsize offset = 0;
	g_autoptr(DmEnvelope) env = NULL;
	if (dm_spool_is_spool_file(data, len) && !dm_envelope_parse(data, len, &env, &offset, &error)) {
		fprintf(stderr, "dunmail: %s: %s\n", path, error->message);
		return NULL;
	}
	dm_parser_init();
	GMimeMessage *msg = dm_message_parse(data + offset, len - offset, &error);
	if (!msg)
		fprintf(stderr, "dunmail: %s: %s\n", path, error->message);
	else if (env_out)
		*env_out = g_steal_pointer(&env);
	return msg;
}

static gboolean
one_file(int argc, char **argv, const char **path)
{
	if (argc != 2) {
		fprintf(stderr, "dunmail %s: expected one FILE (a message, .eml, or a spool file)\n"
		        "Try 'dunmail %s --help'.\n", argv[0], argv[0]);
		return FALSE;
	}
	*path = argv[1];
	return TRUE;
}

/* The rule file named by --rules, else by [invoices] rules of an explicit -c
 * configuration (parse reads no configuration unless asked: it needs none). */
static int
load_rules(DmCliGlobal *global, const char *path, DmRuleFile **rules)
{
	g_autoptr(DmConfig) config = NULL;
	if (!path && global->config_path) {
		config = dm_cli_config(global);
		if (!config)
			return DM_EXIT_CONFIG;
		path = config->invoice_rules;
	}
	if (!path)
		return DM_EXIT_OK;
	g_autoptr(GError) error = NULL;
	*rules = dm_invoice_rules_load(path, &error);
	if (!*rules) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_CONFIG;
	}
	return DM_EXIT_OK;
}

/* The texts of parse --explain --text, as the readers and rule patterns see them. */
static void
print_texts(const DmInvoiceTexts *texts)
{
	for (guint i = 0; i < texts->pdf->len; i++) {
		const char *name = g_ptr_array_index(texts->pdf_names, i);
		const char *pdf = g_ptr_array_index(texts->pdf, i);
		printf("\n--- text of PDF %u%s%s%s (one printed row a line, its cells separated by a tab)\n", i + 1,
		       name ? " \"" : "", name ? name : "", name ? "\"" : "");
		printf("%s", pdf ? pdf : "(poppler does not open it)\n");
		if (pdf && *pdf && !g_str_has_suffix(pdf, "\n"))
			printf("\n");
	}
	printf("\n--- text of the body (the subject first)\n%s", texts->body);
	if (!g_str_has_suffix(texts->body, "\n"))
		printf("\n");
}

static void
json_texts(JsonBuilder *b, const DmInvoiceTexts *texts)
{
	json_builder_set_member_name(b, "texts");
	json_builder_begin_array(b);
	for (guint i = 0; i < texts->pdf->len; i++) {
		json_builder_begin_object(b);
		dm_cli_json_string(b, "source", "pdf");
		dm_cli_json_string(b, "name", g_ptr_array_index(texts->pdf_names, i));
		dm_cli_json_string(b, "text", g_ptr_array_index(texts->pdf, i));
		json_builder_end_object(b);
	}
	json_builder_begin_object(b);
	dm_cli_json_string(b, "source", "body");
	dm_cli_json_string(b, "name", NULL);
	dm_cli_json_string(b, "text", texts->body);
	json_builder_end_object(b);
	json_builder_end_array(b);
}

int
dm_cli_parse(DmCliGlobal *global, int argc, char **argv)
{
	gboolean json = FALSE, explain = FALSE, text = FALSE;
	g_autofree char *rules_path = NULL;
	GOptionEntry entries[] = {
		{ "rules", 'r', 0, G_OPTION_ARG_FILENAME, &rules_path,
		  "Also apply this rule file (default: [invoices] rules of the -c configuration)", "FILE" },
		{ "json", 'j', 0, G_OPTION_ARG_NONE, &json, "Print the facts as JSON", NULL },
		{ "explain", 'e', 0, G_OPTION_ARG_NONE, &explain,
		  "Say which rule, XML path or PDF line gave each field, or why the message is not an invoice", NULL },
		{ "text", 't', 0, G_OPTION_ARG_NONE, &text,
		  "With --explain: also print the texts the patterns run on (each PDF's rows, the body)", NULL },
		G_OPTION_ENTRY_NULL
	};
	const char *path;
	if (!dm_cli_options(global, &argc, &argv, "FILE",
	        "Read the invoice facts from one message: number, amount, currency, issue and due\n"
	        "date, debtor, and where they were found (UBL, Factur-X, PDF text or body text).",
	        "A spool file (the milter's) is read as dunmaild reads it: the debtor's address is\n"
	        "an envelope recipient, not the To header alone.\n"
	        "No ledger is read or written. Exit status: 0 an invoice, 1 not an invoice,\n"
	        "2 usage error, 3 the file could not be read.\n\n"
	        "JSON: {\"is_invoice\", \"number\", \"amount_cents\" (the amount due), \"currency\",\n"
	        "       \"issue_date\", \"due_date\", \"debtor_email\", \"source\", \"amount_total_cents\",\n"
	        "       \"payment_reference\", \"iban\", \"debtor_name\", \"business\" (true: the\n"
	        "       invoice says business), \"debtor_kind\" (\"business\", \"consumer\" or\n"
	        "       \"unknown\": then [dunning] default_debtor_kind applies), \"debtor_kind_why\",\n"
	        "       \"credit_note\",\n"
	        "       \"explain\" (lines \"field: where\"), \"not_invoice\" (why not),\n"
	        "       \"not_invoice_kind\" (its stable code: \"quote\", \"receipt\", …),\n"
	        "       \"credit_reference\" (the invoice a credit note corrects), \"language\"\n"
	        "       (\"nl\", \"en\" or \"de\": the reminders' language), \"field_sources\"\n"
	        "       ({field: source}), \"disagreements\" (lines)} (null where unknown);\n"
	        "       with --explain --text also \"texts\": [{\"source\" (\"pdf\" or \"body\"),\n"
	        "       \"name\" (the PDF's file name), \"text\"}]",
	        entries) || !one_file(argc, argv, &path))
		return DM_EXIT_USAGE;
	if (text && !explain) {
		fprintf(stderr, "dunmail parse: --text goes with --explain\n");
		return DM_EXIT_USAGE;
	}
	g_autoptr(DmRuleFile) rules = NULL;
	int status = load_rules(global, rules_path, &rules);
	if (status != DM_EXIT_OK)
		return status;
	g_autoptr(DmEnvelope) env = NULL;
	g_autoptr(GMimeMessage) msg = load_message(path, &env);
	if (!msg)
		return DM_EXIT_FAILURE;
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract_with_rules(msg, rules);
	/* A spool file says where the mail went, as dunmaild reads it. */
	if (env)
		dm_invoice_debtor_from_envelope(f, msg, env->rcpt_to);

	if (json) {
		g_autoptr(JsonBuilder) b = json_builder_new();
		json_builder_begin_object(b);
		json_builder_set_member_name(b, "is_invoice");
		json_builder_add_boolean_value(b, f->is_invoice);
		dm_cli_json_string(b, "number", f->number);
		json_builder_set_member_name(b, "amount_cents");
		if (f->has_amount)
			json_builder_add_int_value(b, f->amount_cents);
		else
			json_builder_add_null_value(b);
		dm_cli_json_string(b, "currency", f->currency[0] ? f->currency : NULL);
		dm_cli_json_date(b, "issue_date", &f->issue_date);
		dm_cli_json_date(b, "due_date", &f->due_date);
		dm_cli_json_string(b, "debtor_email", f->debtor_email);
		dm_cli_json_string(b, "source", dm_invoice_source_name(f->source));
		json_builder_set_member_name(b, "amount_total_cents");
		if (f->has_total)
			json_builder_add_int_value(b, f->amount_total_cents);
		else
			json_builder_add_null_value(b);
		dm_cli_json_string(b, "payment_reference", f->payment_reference);
		dm_cli_json_string(b, "iban", f->iban);
		dm_cli_json_string(b, "debtor_name", f->debtor_name);
		json_builder_set_member_name(b, "business");
		json_builder_add_boolean_value(b, f->debtor_kind == DM_INVOICE_DEBTOR_BUSINESS);
		dm_cli_json_string(b, "debtor_kind", dm_invoice_debtor_kind_name(f->debtor_kind));
		dm_cli_json_string(b, "debtor_kind_why", f->debtor_kind_why);
		json_builder_set_member_name(b, "credit_note");
		json_builder_add_boolean_value(b, f->credit_note);
		json_builder_set_member_name(b, "explain");
		json_builder_begin_array(b);
		for (guint i = 0; i < f->explain->len; i++)
			json_builder_add_string_value(b, g_ptr_array_index(f->explain, i));
		json_builder_end_array(b);
		g_autofree char *not_invoice = f->not_invoice ? dm_not_invoice_reason_text(f->not_invoice) : NULL;
		dm_cli_json_string(b, "not_invoice", not_invoice);
		dm_cli_json_string(b, "not_invoice_kind",
				   f->not_invoice ? dm_not_invoice_kind_code(f->not_invoice->kind) : NULL);
		dm_cli_json_string(b, "credit_reference", f->credit_reference);
		dm_cli_json_string(b, "language", f->language);
		json_builder_set_member_name(b, "field_sources");
		json_builder_begin_object(b);
		for (int i = 0; i < DM_INVOICE_N_FIELDS; i++)
			if (f->field_source[i])
				dm_cli_json_string(b, dm_invoice_field_name((DmInvoiceField) i), f->field_source[i]);
		json_builder_end_object(b);
		json_builder_set_member_name(b, "disagreements");
		json_builder_begin_array(b);
		for (guint i = 0; i < f->disagreements->len; i++) {
			g_autofree char *line = dm_invoice_disagreement_text(g_ptr_array_index(f->disagreements, i));
			json_builder_add_string_value(b, line);
		}
		json_builder_end_array(b);
		if (text) {
			g_autoptr(DmInvoiceTexts) texts = dm_invoice_texts(msg);
			json_texts(b, texts);
		}
		json_builder_end_object(b);
		dm_cli_print_json(json_builder_get_root(b));
	} else if (!f->is_invoice) {
		g_autofree char *why = f->not_invoice ? dm_not_invoice_reason_text(f->not_invoice) : NULL;
		printf("%s: not an invoice%s%s\n", path, explain ? ": " : "",
		       explain ? (why ? why : "nothing in it reads as an invoice") : "");
	} else {
		g_autofree char *amount = f->has_amount
			? dm_money_format(f->amount_cents, f->currency, "en") : g_strdup("(unknown)");
		g_autofree char *issued = dm_date_iso(&f->issue_date);
		g_autofree char *due = dm_date_iso(&f->due_date);
		printf("invoice      %s\namount       %s\nissued       %s\ndue          %s\n"
		       "debtor       %s\nread from    %s\n",
		       f->number ? f->number : "(no number found)", amount,
		       issued ? issued : "(unknown)", due ? due : "(unknown: the default term applies)",
		       f->debtor_email ? f->debtor_email : "(unknown)",
		       dm_invoice_source_name(f->source));
		if (explain)
			for (guint i = 0; i < f->explain->len; i++)
				printf("  because    %s\n", (char *)g_ptr_array_index(f->explain, i));
		for (guint i = 0; i < f->disagreements->len; i++) {
			g_autofree char *line = dm_invoice_disagreement_text(g_ptr_array_index(f->disagreements, i));
			printf("disagreement %s\n", line);
		}
	}
	if (text && !json) {
		g_autoptr(DmInvoiceTexts) texts = dm_invoice_texts(msg);
		print_texts(texts);
	}
	return f->is_invoice ? DM_EXIT_OK : DM_EXIT_NOTHING;
}

/* *@review: would @a hold the ladder for the owner rather than act by itself, and
 * (transfer none) *@why: why it would (NULL when it would not).  The horizon is counted from the message's Date (else today), with the limits of the
 * configuration -c names, or the defaults.  FALSE when that configuration is bad. */
static gboolean
needs_review(DmCliGlobal *global, GMimeMessage *msg, const DmReplyAnalysis *a,
             gboolean *review, const char **why)
{
	g_autoptr(DmConfig) config = global->config_path ? dm_cli_config(global)
	                                                 : dm_config_new_default();
	if (!config)
		return FALSE;
	GDate sent = dm_message_date(msg);
	if (!g_date_valid(&sent)) {
		g_autoptr(GDateTime) now = g_date_time_new_now(config->tz);
		sent = dm_clock_date(now);
	}
	DmPolicyLimits limits = { .horizon_days = config->horizon_days,
	                          .max_hold_days = config->max_hold_days };
	*why = dm_policy_review_why(a, &sent, &limits);
	*review = *why != NULL;
	return TRUE;
}

/* The model named by --model, else by the configuration's [replies] model; prints the
 * error when there is none or it cannot be read. */
static DmReplyModel *
load_model(DmCliGlobal *global, const char *path)
{
	g_autoptr(DmConfig) config = NULL;
	if (!path) {
		config = dm_cli_config(global);
		if (!config)
			return NULL;
		path = config->reply_model;
	}
	g_autoptr(GError) error = NULL;
	DmReplyModel *model = dm_reply_model_load(path, &error);
	if (!model)
		fprintf(stderr, "dunmail: %s\n", error->message);
	return model;
}

static void
json_strings(JsonBuilder *b, const char *key, GPtrArray *strings)
{
	json_builder_set_member_name(b, key);
	json_builder_begin_array(b);
	for (guint i = 0; strings && i < strings->len; i++)
		json_builder_add_string_value(b, g_ptr_array_index(strings, i));
	json_builder_end_array(b);
}

int
dm_cli_classify(DmCliGlobal *global, int argc, char **argv)
{
	gboolean json = FALSE;
	g_autofree char *model_path = NULL;
	GOptionEntry entries[] = {
		{ "json", 'j', 0, G_OPTION_ARG_NONE, &json, "Print the analysis as JSON", NULL },
		{ "model", 'm', 0, G_OPTION_ARG_FILENAME, &model_path,
		  "Classify with this model file instead of the configuration's [replies] model",
		  "FILE" },
		G_OPTION_ENTRY_NULL
	};
	const char *path;
	if (!dm_cli_options(global, &argc, &argv, "FILE",
	        "Read one reply the way dunmaild does: bounce, automatic reply or a person's reply;\n"
	        "the new text without quotes and signature; its class (dispute, promise_to_pay,\n"
	        "paid, arrangement, question, other) and the date it states.",
	        "No ledger is read or written. Relative dates (\"next Friday\") are resolved\n"
	        "against the message's Date header. The model is the configuration's\n"
	        "[replies] model (or --model). Exit status: 0 done, 2 usage error,\n"
	        "3 the file or the model could not be read.\n\n"
	        "JSON: {\"kind\", \"class\", \"confidence\", \"needs_review\", \"date\",\n"
	        "       \"reply_text\", \"secondary_class\", \"explain\", \"delivery\",\n"
	        "       \"bounced_recipient\", \"returned_message_id\", \"new_address\",\n"
	        "       \"automatic_header\", \"machine_mail\", \"holds_until\",\n"
	        "       \"date_contradicts\"}\n"
	        "  confidence       the model's probability of \"class\" (0..1)\n"
	        "  needs_review     true when such a reply would hold the invoice for you rather\n"
	        "                   than change the dunning by itself (judged as if the sender\n"
	        "                   were verified): not understood with confidence, a date\n"
	        "                   beyond [replies] horizon_days of the message's Date (the\n"
	        "                   configuration is read only when -c names it), or a class\n"
	        "                   its own date contradicts (date_contradicts)\n"
	        "  secondary_class  a second intent the reply also carries (a class the text\n"
	        "                   shows - a rule of it, a question mark, a day given to a\n"
	        "                   payment - at a probability of at least 0.003, any other\n"
	        "                   at 0.5), or null\n"
	        "  explain          the model's verdict, then the features that spoke most for\n"
	        "                   the class: r:RULE a rule of the built-in table, w:WORD a\n"
	        "                   word (NEG_ in a negation's scope), b:TWO WORDS, c:CHARS\n"
	        "                   part of a word, m:FACT language, date, amount, length\n"
	        "  delivery         for a delivery report: \"failed\" (a hard bounce), \"expired\"\n"
	        "                   (the server gave up), \"delayed\" (still trying),\n"
	        "                   \"delivered\"; \"none\" for everything else\n"
	        "  bounced_recipient  the address a report says failed, or null\n"
	        "  returned_message_id  the Message-ID of the message a report returns, or null\n"
	        "  new_address      the address a \"no longer works here, write to X\" names, or\n"
	        "                   null (shown to you, never acted on)\n"
	        "  automatic_header the header that says a machine wrote the message\n"
	        "                   (\"Auto-Submitted: auto-replied\", \"Precedence: bulk\",\n"
	        "                   \"Return-Path: <>\" ...), or null: an automatic reply\n"
	        "                   without one may have been typed by a person\n"
	        "  machine_mail     for a person's reply, the sign that a system sent it\n"
	        "                   (\"From: noreply@shop.example\", \"List-Unsubscribe, not a\n"
	        "                   reply\"), or null: read as an intent, such mail is never\n"
	        "                   acted on by itself\n"
	        "  holds_until      when the reply names a vague time instead of a day\n"
	        "                   (\"volgende week\", \"next month\"): its end, which a\n"
	        "                   promise holds the invoice until; \"date\" is then null\n"
	        "  date_contradicts true when the class and the date disagree: a promise for a\n"
	        "                   day before the message, or paid on a day after it (never\n"
	        "                   acted on by itself)",
	        entries) || !one_file(argc, argv, &path))
		return DM_EXIT_USAGE;
	g_autoptr(GMimeMessage) msg = load_message(path, NULL);
	if (!msg)
		return DM_EXIT_FAILURE;
	g_autoptr(DmReplyModel) model = load_model(global, model_path);
	if (!model)
		return DM_EXIT_FAILURE;
	g_autoptr(DmReplyAnalysis) a = dm_reply_analyze(msg, model);
	gboolean review;
	const char *why = NULL;
	if (!needs_review(global, msg, a, &review, &why))
		return DM_EXIT_CONFIG;

	if (json) {
		g_autoptr(JsonBuilder) b = json_builder_new();
		json_builder_begin_object(b);
		dm_cli_json_string(b, "kind", dm_reply_kind_name(a->kind));
		dm_cli_json_string(b, "class", dm_reply_class_name(a->klass));
		json_builder_set_member_name(b, "confidence");
		json_builder_add_double_value(b, a->confidence);
		json_builder_set_member_name(b, "needs_review");
		json_builder_add_boolean_value(b, review);
		dm_cli_json_date(b, "date", &a->date);
		dm_cli_json_date(b, "holds_until", &a->holds_until);
		dm_cli_json_string(b, "reply_text", a->reply_text ? a->reply_text : "");
		dm_cli_json_string(b, "secondary_class", a->secondary == DM_REPLY_CLASS_OTHER
		                   ? NULL : dm_reply_class_name(a->secondary));
		json_strings(b, "explain", a->explain);
		dm_cli_json_string(b, "delivery", dm_delivery_name(a->delivery));
		dm_cli_json_string(b, "bounced_recipient", a->bounced_recipient);
		dm_cli_json_string(b, "returned_message_id", a->returned_message_id);
		dm_cli_json_string(b, "new_address", a->new_address);
		dm_cli_json_string(b, "automatic_header", a->automatic_header);
		dm_cli_json_string(b, "machine_mail", a->machine_mail);
		json_builder_set_member_name(b, "date_contradicts");
		json_builder_add_boolean_value(b, a->date_contradicts);
		json_builder_end_object(b);
		dm_cli_print_json(json_builder_get_root(b));
	} else {
		g_autofree char *date = dm_date_iso(&a->date);
		g_autofree char *wait = review ? g_strdup_printf("yes (it would wait for you: %s)", why)
		                               : g_strdup("no");
		printf("kind         %s\nclass        %s\nconfidence   %.2f\ndate         %s\n"
		       "needs review %s\n",
		       dm_reply_kind_name(a->kind), dm_reply_class_name(a->klass), a->confidence,
		       date ? date : "(none)", wait);
		if (a->secondary != DM_REPLY_CLASS_OTHER)
			printf("secondary    %s\n", dm_reply_class_name(a->secondary));
		if (a->matched_rule)
			printf("rule         %s\n", a->matched_rule);
		if (a->delivery != DM_DELIVERY_NONE)
			printf("delivery     %s%s%s\n", dm_delivery_name(a->delivery),
			       a->bounced_recipient ? " for " : "",
			       a->bounced_recipient ? a->bounced_recipient : "");
		if (a->returned_message_id)
			printf("returned     %s\n", a->returned_message_id);
		if (a->new_address)
			printf("new address  %s\n", a->new_address);
		for (guint i = 0; i < a->explain->len; i++)
			printf("%s %s\n", i == 0 ? "explain     " : "            ",
			       (const char *) g_ptr_array_index(a->explain, i));
		printf("\n%s\n", a->reply_text ? a->reply_text : "");
	}
	return DM_EXIT_OK;
}
