/* test-dunning-reminder: what a reminder says.  Every shipped template renders in nl, en
 * and de, text and HTML; the Dutch 14-day letter meets the checklist of rules.md 4.3; the
 * pay link and the answer links are encoded; hostile names and numbers stay harmless in
 * the text, the HTML and the headers; a bad override template is an error naming file and
 * line; the answer tag is read back with certainty. */
#include <gio/gio.h>
#include <string.h>

#include "dunning/send/dm-reminder.h"
#include "dunning/send/dm-mailer.h"
#include "dunning/engine/dm-costs.h"
#include "parser/reply/dm-reply.h"
#include "parser/mime/dm-message.h"
#include "test-dunning-util.h"

static DmInvoice *
invoice(const char *number, const char *name, gint64 cents, int due_day)
{
	DmInvoice *inv = dm_invoice_new();
	inv->id = due_day;
	inv->number = g_strdup(number);
	inv->debtor_email = g_strdup("klant@debtor.example");
	inv->debtor_name = g_strdup(name);
	inv->has_amount = TRUE;
	inv->amount_cents = cents;
	inv->currency = g_strdup("EUR");
	g_date_set_dmy(&inv->issue_date, 1, 3, 2026);
	g_date_set_dmy(&inv->due_date, (GDateDay) due_day, 3, 2026);
	inv->message_id = g_strdup_printf("<inv-%d@acme.example>", due_day);
	return inv;
}

static const DmLadderStep step_reminder = {
	.step = 1, .name = "reminder", .template_name = "reminder", .offset_days = 7,
	.days_after_due = 7 };
static const DmLadderStep step_notice = {
	.step = 3, .name = "formal_notice", .template_name = "formal_notice", .offset_days = 35,
	.days_after_due = 35, .flags = DM_STEP_CLAIMS_COSTS | DM_STEP_CLAIMS_INTEREST };
static const DmLadderStep step_fourteen = {
	.step = 4, .name = "fourteen_day_letter", .template_name = "fourteen_day_letter",
	.offset_days = 42, .days_after_due = 42, .flags = DM_STEP_FOURTEEN_DAY };

typedef struct {
	DmConfig *config;
	DmReminderContext ctx;
} Fixture;

static void
setup(Fixture *f, gconstpointer data)
{
	(void) data;
	f->config = dm_test_config_new("/nonexistent");
	f->config->account_holder = g_strdup("Acme B.V.");
	f->config->iban = g_strdup("NL91 ABNA 0417 1643 00");
	f->config->bic = g_strdup("ABNANL2A");
	f->config->pay_link = g_strdup("https://pay.example/p?amount={amount}&ref={reference}");
	f->ctx = (DmReminderContext) { .config = f->config, .country = DM_COUNTRY_NL,
	                               .debtor = DM_DEBTOR_CONSUMER, .language = "nl" };
	g_date_set_dmy(&f->ctx.today, 30, 4, 2026);
}

static void
teardown(Fixture *f, gconstpointer data)
{
	(void) data;
	dm_config_free(f->config);
}

/* Every step in every language, text and HTML, all optional parts on and off. */
static void
test_shipped_templates(void)
{
	g_autoptr(DmConfig) c = dm_test_config_new("/nonexistent");
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_reminder_check_templates(c, &err));
	g_assert_no_error(err);
	static const char *const langs[] = { "nl", "en", "de" };
	static const char *const steps[] = { "reminder", "second_reminder", "formal_notice",
	                                     "fourteen_day_letter" };
	for (gsize l = 0; l < G_N_ELEMENTS(langs); l++)
		for (gsize s = 0; s < G_N_ELEMENTS(steps); s++) {
			/* Each language has its own file, not the fallback's. */
			g_autofree char *txt = g_strdup_printf("templates/%s/%s.txt", langs[l], steps[s]);
			g_autofree char *html = g_strdup_printf("templates/%s/%s.html", langs[l], steps[s]);
			g_assert_true(g_file_test(txt, G_FILE_TEST_EXISTS));
			g_assert_true(g_file_test(html, G_FILE_TEST_EXISTS));
			g_autofree char *h = NULL;
			g_assert_true(g_file_get_contents(html, &h, NULL, NULL));
			/* Renders in mail clients: no script, no remote image, no style sheet link. */
			g_assert_null(strstr(h, "<script"));
			g_assert_null(strstr(h, "<img"));
			g_assert_null(strstr(h, "<link"));
			g_assert_nonnull(strstr(h, "style=\""));
		}
}

/* Three invoices of one debtor in one letter: each listed with its facts, the total, the
 * payment details and the links. */
static void
test_letter_lists_all(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(DmInvoice) a = invoice("2026-0040", "Jan de Vries", 10000, 2);
	g_autoptr(DmInvoice) b = invoice("2026-0041", "Jan de Vries", 25050, 5);
	g_autoptr(DmInvoice) c = invoice("2026-0042", "Jan de Vries", 125000, 9);
	DmReminderItem items[] = { { c, &step_reminder }, { a, &step_notice }, { b, &step_reminder } };
	const DmLadderStep *letter = dm_reminder_letter_step(items, 3, "highest");
	g_assert_true(letter == &step_notice);
	g_assert_true(dm_reminder_letter_step(items, 3, "lowest") == &step_reminder);
	f->ctx.debtor = DM_DEBTOR_BUSINESS;
	DmRendered r;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_reminder_render(&f->ctx, items, 3, letter, &r, &err));
	g_assert_no_error(err);
	g_assert_cmpstr(r.subject, ==, "Aanmaning: facturen 2026-0042, 2026-0040, 2026-0041");
	const char *want[] = { "2026-0040", "2026-0041", "2026-0042", "€ 100,00", "€ 250,50",
	                       "€ 1.250,00", "Totaal openstaand: € 1.600,50",
	                       "NL91 ABNA 0417 1643 00", "ABNANL2A", "Ten name van: Acme B.V.",
	                       /* 30 April is 59, 56 and 52 days after the due dates. */
	                       "59 dagen", "56 dagen", "52 dagen",
	                       /* Costs claimed per claim of a business: the scale with the
	                        * EUR 40 floor, 40 + 40 + 15 % of 1,250. */
	                       "Incassokosten: € 267,50", "Totaal te betalen: € 1.868,00",
	                       "https://pay.example/p?amount=1868.00&ref=2026-0042",
	                       "mailto:billing@acme.example?subject=%5Bdunmail%3Apaid%202026-0042%5D" };
	for (gsize i = 0; i < G_N_ELEMENTS(want); i++) {
		if (!strstr(r.text, want[i]))
			g_test_fail_printf("text lacks '%s':\n%s", want[i], r.text);
		if (!strstr(r.html, want[i]) && !strchr(want[i], '&') && !g_str_has_prefix(want[i], "Totaal") &&
		    !g_str_has_prefix(want[i], "Ten name") && !g_str_has_prefix(want[i], "Incasso") &&
		    !g_str_has_prefix(want[i], "Totaal te") &&
		    !strstr(want[i], "dagen"))
			g_test_fail_printf("html lacks '%s'", want[i]);
	}
	/* In HTML an ampersand in a link is written as an entity. */
	if (!strstr(r.html, "amount=1868.00&amp;ref=2026-0042"))
		g_test_message("%s", r.html);
	g_assert_nonnull(strstr(r.html, "amount=1868.00&amp;ref=2026-0042"));
	dm_rendered_clear(&r);
}

/* The Dutch 14-day letter, item by item of rules.md 4.3 (and 1.4). */
static void
test_fourteen_day_checklist(Fixture *f, gconstpointer data)
{
	(void) data;
	g_autoptr(DmInvoice) a = invoice("2026-0040", "Jan de Vries", 100000, 2);
	g_autoptr(DmInvoice) b = invoice("2026-0041", "Jan de Vries", 50000, 5);
	DmReminderItem items[] = { { b, &step_fourteen }, { a, &step_fourteen } };
	DmRendered r;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_reminder_render(&f->ctx, items, 2, &step_fourteen, &r, &err));
	g_assert_no_error(err);
	const char *t = r.text;
	/* 1. Creditor identity and contact; debtor name. */
	g_assert_nonnull(strstr(t, "Acme B.V."));
	g_assert_nonnull(strstr(t, "billing@acme.example"));
	g_assert_nonnull(strstr(t, "Jan de Vries"));
	/* 2. Every invoice number, its date and open principal, and the total principal. */
	g_assert_nonnull(strstr(t, "Factuur 2026-0040 van 1 maart 2026"));
	g_assert_nonnull(strstr(t, "open € 1.000,00"));
	g_assert_nonnull(strstr(t, "open € 500,00"));
	g_assert_nonnull(strstr(t, "Totaal openstaand: € 1.500,00"));
	/* 3. The collection costs on the total principal (6:96 lid 7), exactly as the scale
	 * gives them: 15 % of 1,500 = EUR 225. */
	gint64 scale = dm_costs_nl_scale(150000);
	g_assert_cmpint(scale, ==, 22500);
	g_assert_nonnull(strstr(t, "incassokosten verschuldigd van € 225,00"));
	/* 4. The consequences: costs, statutory interest, legal action. */
	g_assert_nonnull(strstr(t, "wettelijke rente"));
	g_assert_nonnull(strstr(t, "gerechtelijke procedure"));
	/* 5. The term from the day after receipt, never from the date of the letter. */
	g_assert_nonnull(strstr(t, "binnen veertien dagen na de dag waarop u deze brief heeft "
	                           "ontvangen"));
	g_assert_null(strstr(t, "dagtekening"));
	g_assert_null(strstr(t, "na heden"));
	g_assert_null(strstr(t, "na verzending"));
	/* 1.4.2: free of charge: no costs as already due, no total including them. */
	g_assert_null(strstr(t, "Incassokosten:"));
	g_assert_null(strstr(t, "Totaal te betalen"));
	/* 6. No VAT declaration: the VAT surcharge is never configured to apply. */
	g_assert_null(strstr(t, "BTW"));
	/* 7. Payment details and a payment reference. */
	g_assert_nonnull(strstr(t, "IBAN: NL91 ABNA 0417 1643 00"));
	g_assert_nonnull(strstr(t, "Onder vermelding van: 2026-0041"));
	/* 8. The date of the letter (the channel's evidence is the outbox's). */
	g_assert_nonnull(strstr(t, "30 april 2026"));
	dm_rendered_clear(&r);
}

/* Each hostile character in a debtor name and an invoice number: replaced in the text,
 * escaped in the HTML, never a header of its own. */
static void
test_hostile_values(Fixture *f, gconstpointer data)
{
	(void) data;
	static const char *const hostile[] = {
		"\r\nBcc: victim@evil.example", "\n", "<b>bold</b><script>x()</script>",
		"\xe2\x80\xa8", "\xe2\x80\xa9", "\xc2\x85", "\xe2\x80\xae", "\xe2\x81\xa6",
		"\x1b[31m", "\x7f",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(hostile); i++) {
		g_autofree char *name = g_strconcat("Jan", hostile[i], "Vries", NULL);
		g_autofree char *number = g_strconcat("42", hostile[i], "43", NULL);
		g_autoptr(DmInvoice) a = invoice(number, name, 10000, 2);
		DmReminderItem items[] = { { a, &step_reminder } };
		DmRendered r;
		g_autoptr(GError) err = NULL;
		g_assert_true(dm_reminder_render(&f->ctx, items, 1, &step_reminder, &r, &err));
		g_assert_no_error(err);
		const char *bad[] = { "\r", "\xe2\x80\xa8", "\xe2\x80\xa9", "\xc2\x85", "\xe2\x80\xae",
		                      "\xe2\x81\xa6", "\x1b", "\x7f", "Jan\nVries" };
		for (gsize b = 0; b < G_N_ELEMENTS(bad); b++) {
			g_assert_null(strstr(r.subject, bad[b]));
			g_assert_null(strstr(r.text, bad[b]));
			g_assert_null(strstr(r.html, bad[b]));
		}
		/* Markup is text in the text part and escaped in the HTML. */
		g_assert_null(strstr(r.html, "<b>"));
		g_assert_null(strstr(r.html, "<script"));
		if (strchr(hostile[i], '<'))
			g_assert_nonnull(strstr(r.html, "&lt;b&gt;bold"));
		g_assert_null(strchr(r.subject, '\n'));
		/* The message: one To, one Subject, no Bcc; the name is an encoded word or
		 * sanitized, never a line of its own. */
		DmMailSpec spec = { .kind = "reminder", .to_address = "klant@debtor.example",
		                    .to_name = name, .subject = r.subject, .body = r.text,
		                    .html = r.html };
		g_autoptr(GDateTime) now = g_date_time_new_utc(2026, 4, 30, 9, 0, 0);
		spec.date = now;
		g_autoptr(GBytes) msg = dm_mailer_compose(f->config, &spec, "<dunmail.1@acme.example>");
		gsize len;
		const char *raw = g_bytes_get_data(msg, &len);
		g_autofree char *text = g_strndup(raw, len);
		char *end = strstr(text, "\r\n\r\n");
		g_assert_nonnull(end);
		*end = '\0';
		g_assert_null(strstr(text, "\nBcc:"));
		g_assert_null(strstr(text, "\nbcc:"));
		g_auto(GStrv) lines = g_strsplit(text, "\r\n", -1);
		for (char **l = lines; *l; l++) {
			/* Every header line is a header or its continuation; no bare LF inside. */
			g_assert_null(strchr(*l, '\n'));
			g_assert_null(strchr(*l, '\r'));
			g_assert_true(**l == ' ' || **l == '\t' || strchr(*l, ':'));
		}
		g_assert_nonnull(strstr(text, "multipart/alternative"));
		dm_rendered_clear(&r);
	}
}

/* A user's template: each kind of mistake is named with its file and line. */
typedef struct {
	const char *name;
	const char *text;
	const char *expect;
} BadTemplate;

static const BadTemplate bad_templates[] = {
	{ "unknown-variable", "Subject: x {{number}}\n\nline 3\n{{debtr_name}}\n",
	  "reminder.txt:4: unknown variable {{debtr_name}}" },
	{ "unclosed-section", "Subject: x\n\n{{#invoices}}\n{{number}}\n",
	  "reminder.txt:5: {{#invoices}} of line 3 is never closed" },
	{ "wrong-close", "Subject: x\n\n{{#invoices}}\n{{/bank}}\n",
	  "reminder.txt:4: {{/bank}} closes {{#invoices}} of line 3" },
	{ "open-brace", "Subject: x\n\nDear {{debtor_name,\n", "reminder.txt:3: '{{' without '}}'" },
	{ "latin1", "Subject: x\n\nline 3\nGr\xfc\xdf" "e\n", "reminder.txt:4: not UTF-8" },
	{ "unknown-section", "Subject: x\n\n\n{{#nothing}}x{{/nothing}}\n",
	  "reminder.txt:4: unknown section {{#nothing}}" },
};

static void
test_bad_override(gconstpointer data)
{
	const BadTemplate *bt = data;
	g_autofree char *dir = g_dir_make_tmp("dm-override-XXXXXX", NULL);
	g_autofree char *en = g_build_filename(dir, "en", NULL);
	g_assert_cmpint(g_mkdir_with_parents(en, 0755), ==, 0);
	g_autofree char *path = g_build_filename(en, "reminder.txt", NULL);
	g_assert_true(g_file_set_contents(path, bt->text, -1, NULL));
	g_autoptr(DmConfig) c = dm_test_config_new("/nonexistent");
	c->template_overrides = g_strdup(dir);
	g_autoptr(GError) err = NULL;
	g_assert_false(dm_reminder_check_templates(c, &err));
	g_assert_nonnull(err);
	g_test_message("%s", err->message);
	g_assert_true(g_str_has_prefix(err->message, path));
	g_assert_nonnull(strstr(err->message, bt->expect));
	/* A good override is used instead of the shipped one. */
	g_assert_true(g_file_set_contents(path, "Subject: Pay {{number}}\n\nPlease, {{debtor_name}}.\n",
	                                  -1, NULL));
	g_clear_error(&err);
	g_assert_true(dm_reminder_check_templates(c, &err));
	g_assert_no_error(err);
	dm_test_rm_rf(dir);
}

/* The tag the answer links carry is read back, whatever the client puts in front. */
static void
test_answer_tag(void)
{
	static const struct {
		const char *subject;
		DmReplyClass klass;
		const char *number;
	} cases[] = {
		{ "[dunmail:paid 2026-0042]", DM_REPLY_CLASS_PAID, "2026-0042" },
		{ "Re: [dunmail:paid 2026-0042]", DM_REPLY_CLASS_PAID, "2026-0042" },
		{ "AW: WG: [dunmail:plan 2026-0042]", DM_REPLY_CLASS_ARRANGEMENT, "2026-0042" },
		{ "SV: [EXT] [Dunmail:Question  A 17/3]", DM_REPLY_CLASS_QUESTION, "A 17/3" },
		{ "Re: [dunmail:paid\r\n 2026-0042]", DM_REPLY_CLASS_PAID, "2026-0042" },
		{ "[dunmail:bogus 1] [dunmail:paid 7]", DM_REPLY_CLASS_PAID, "7" },
		/* What a person writes is no tag. */
		{ "Re: I have already paid invoice 2026-0042", DM_REPLY_CLASS_OTHER, NULL },
		{ "[dunmail:paid]", DM_REPLY_CLASS_OTHER, NULL },
		{ "[dunmail:paid 2026-0042", DM_REPLY_CLASS_OTHER, NULL },
		{ "[dunmail:paidx 1]", DM_REPLY_CLASS_OTHER, NULL },
		{ "dunmail:paid 2026-0042", DM_REPLY_CLASS_OTHER, NULL },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		DmReplyClass k = DM_REPLY_CLASS_OTHER;
		g_autofree char *number = NULL;
		gboolean found = dm_reply_answer_tag(cases[i].subject, &k, &number);
		g_assert_cmpint(found, ==, cases[i].number != NULL);
		g_assert_cmpint(k, ==, cases[i].klass);
		g_assert_cmpstr(number, ==, cases[i].number);
	}
	/* The subject a reminder writes is the one the reader reads. */
	g_autofree char *subject = dm_reminder_answer_subject("plan", "2026-0042");
	DmReplyClass k;
	g_autofree char *n = NULL;
	g_assert_true(dm_reply_answer_tag(subject, &k, &n));
	g_assert_cmpint(k, ==, DM_REPLY_CLASS_ARRANGEMENT);
}

/* A whole reply with the tag: class with confidence 1.0, whatever its text says, and an
 * explain entry. */
static void
test_answer_reply(void)
{
	const char *raw =
		"From: Jan <klant@debtor.example>\r\nTo: billing@acme.example\r\n"
		"Subject: Re: [dunmail:paid 2026-0042]\r\nDate: Thu, 30 Apr 2026 10:00:00 +0200\r\n"
		"Message-ID: <r1@debtor.example>\r\n\r\nIk heb al betaald.\r\n";
	dm_parser_init();
	g_autoptr(GError) err = NULL;
	g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), &err);
	g_assert_no_error(err);
	g_autoptr(DmReplyAnalysis) a = dm_reply_analyze(msg, dm_test_reply_model());
	g_assert_cmpint(a->klass, ==, DM_REPLY_CLASS_PAID);
	g_assert_cmpfloat(a->confidence, ==, 1.0);
	g_assert_true(a->confident);
	g_assert_cmpstr(a->matched_rule, ==, "answer_tag");
	g_assert_cmpuint(a->explain->len, ==, 1);
	g_assert_cmpstr(g_ptr_array_index(a->explain, 0), ==,
	                "answer link: paid for invoice 2026-0042");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reminder/shipped-templates", test_shipped_templates);
	g_test_add("/reminder/letter-lists-all", Fixture, NULL, setup, test_letter_lists_all,
	           teardown);
	g_test_add("/reminder/fourteen-day-checklist", Fixture, NULL, setup,
	           test_fourteen_day_checklist, teardown);
	g_test_add("/reminder/hostile-values", Fixture, NULL, setup, test_hostile_values, teardown);
	for (gsize i = 0; i < G_N_ELEMENTS(bad_templates); i++) {
		g_autofree char *path = g_strdup_printf("/reminder/bad-override/%s",
		                                        bad_templates[i].name);
		g_test_add_data_func(path, &bad_templates[i], test_bad_override);
	}
	g_test_add_func("/reminder/answer-tag", test_answer_tag);
	g_test_add_func("/reminder/answer-reply", test_answer_reply);
	return g_test_run();
}
