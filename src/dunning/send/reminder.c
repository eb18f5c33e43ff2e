/* reminder: the variables of one reminder letter, and the check of every template
 * (dm-reminder.h). */
#include "dunning/send/dm-reminder.h"
#include "dunning/send/dm-instalment.h"
#include "dunning/engine/dm-costs.h"
#include "dunning/engine/dm-interest.h"
#include "common/dm-language.h"
#include "common/dm-money.h"

#include <string.h>

const DmLadderStep *
dm_reminder_letter_step(const DmReminderItem *items, guint n_items, const char *combined_step)
{
	g_return_val_if_fail(n_items > 0, NULL);
	gboolean lowest = combined_step && strcmp(combined_step, "lowest") == 0;
	const DmLadderStep *pick = items[0].step;
	for (guint i = 1; i < n_items; i++)
		if (lowest ? items[i].step->step < pick->step : items[i].step->step > pick->step)
			pick = items[i].step;
	return pick;
}

DmReminderContext
dm_reminder_context_for(const DmConfig *config, const DmRateTable *rates, const DmInvoice *lead,
                        const GDate *today)
{
	DmCountry country = DM_COUNTRY_NL;
	/* The configuration allows only the codes dm_country_parse knows. */
	dm_country_parse(config->country, &country);
	return (DmReminderContext) {
		.config = config, .rates = rates, .country = country,
		.debtor = dm_invoice_debtor_kind(config->ladders, lead) == DM_DEBTOR_KIND_CONSUMER
		        ? DM_DEBTOR_CONSUMER : DM_DEBTOR_BUSINESS,
		.today = *today,
		.language = lead->debtor.language ? lead->debtor.language
		          : lead->language ? lead->language : config->language,
	};
}

char *
dm_reminder_answer_subject(const char *answer, const char *number)
{
	return g_strdup_printf("[dunmail:%s %s]", answer, number);
}

/* The words of the one-click answers' bodies, so the debtor sees what they send. */
static const struct {
	const char *lang, *paid, *plan, *question;
} answer_words[] = {
	{ "nl", "Ik heb al betaald.", "Ik wil graag een betalingsregeling.",
	  "Ik heb een vraag over deze factuur:" },
	{ "en", "I have already paid.", "I would like a payment plan.",
	  "I have a question about this invoice:" },
	{ "de", "Ich habe bereits bezahlt.", "Ich möchte eine Ratenzahlung vereinbaren.",
	  "Ich habe eine Frage zu dieser Rechnung:" },
};

/* (transfer full) mailto:@to?subject=…&body=…, every part URL-encoded. */
static char *
mailto(const char *to, const char *subject, const char *body)
{
	g_autofree char *s = g_uri_escape_string(subject, NULL, FALSE);
	g_autofree char *b = g_uri_escape_string(body, NULL, FALSE);
	g_autofree char *t = g_uri_escape_string(to, "@", FALSE);
	return g_strdup_printf("mailto:%s?subject=%s&body=%s", t, s, b);
}

/* (transfer full) "1250.00": the amount as a pay link wants it, in major units. */
static char *
plain_amount(gint64 cents, const char *currency)
{
	int digits = dm_money_minor_digits(currency);
	gint64 unit = 1;
	for (int i = 0; i < digits; i++)
		unit *= 10;
	if (digits == 0)
		return g_strdup_printf("%" G_GINT64_FORMAT, cents);
	return g_strdup_printf("%" G_GINT64_FORMAT ".%0*" G_GINT64_FORMAT, cents / unit, digits,
	                       cents % unit);
}

/* (transfer full) the configured pay link with {amount}, {currency}, {reference} and
 * {invoice} filled in, each URL-encoded; "" when none is configured. */
static char *
pay_link(const char *pattern, gint64 cents, const char *currency, const char *reference,
         const char *number)
{
	if (!pattern)
		return g_strdup("");
	g_autofree char *amount = plain_amount(cents, currency);
	const char *names[] = { "{amount}", "{currency}", "{reference}", "{invoice}" };
	const char *values[] = { amount, currency ? currency : "EUR", reference, number };
	GString *out = g_string_new(NULL);
	for (const char *p = pattern; *p;) {
		gsize i;
		for (i = 0; i < G_N_ELEMENTS(names); i++)
			if (g_str_has_prefix(p, names[i]))
				break;
		if (i == G_N_ELEMENTS(names)) {
			g_string_append_c(out, *p++);
			continue;
		}
		g_autofree char *esc = g_uri_escape_string(values[i], NULL, FALSE);
		g_string_append(out, esc);
		p += strlen(names[i]);
	}
	return g_string_free(out, FALSE);
}

static void
set_money(DmTemplateData *d, const char *name, gint64 cents, const char *currency,
          const char *lang)
{
	g_autofree char *text = dm_money_format(cents, currency, lang);
	dm_template_data_set(d, name, text);
}

static void
set_date(DmTemplateData *d, const char *name, const GDate *date, const char *lang)
{
	g_autofree char *text = g_date_valid(date) ? dm_language_format_date(lang, date)
	                                           : g_strdup("");
	dm_template_data_set(d, name, text);
}

void
dm_reminder_set_money(DmTemplateData *d, const char *name, gint64 cents, const char *currency,
                      const char *lang)
{
	set_money(d, name, cents, currency, lang);
}

void
dm_reminder_set_date(DmTemplateData *d, const char *name, const GDate *date, const char *lang)
{
	set_date(d, name, date, lang);
}

/* The three one-click answers about invoice @number, as @d's answer_* values. */
static void
set_answers(DmTemplateData *d, const DmConfig *config, const char *lang, const char *number)
{
	gsize w = 0;
	while (w + 1 < G_N_ELEMENTS(answer_words) && strcmp(answer_words[w].lang, lang) != 0)
		w++;
	const char *kinds[] = { "paid", "plan", "question" };
	const char *bodies[] = { answer_words[w].paid, answer_words[w].plan,
	                         answer_words[w].question };
	for (gsize k = 0; k < G_N_ELEMENTS(kinds); k++) {
		g_autofree char *subject = dm_reminder_answer_subject(kinds[k], number);
		g_autofree char *link = mailto(config->billing_addresses[0], subject, bodies[k]);
		g_autofree char *name = g_strconcat("answer_", kinds[k], NULL);
		dm_template_data_set(d, name, link);
	}
}

/* Interest on @inv from the day after its due date to @today, by the rule of the law of
 * @ctx; 0 when there is no table or the invoice is not yet overdue. */
static gboolean
interest_on(const DmReminderContext *ctx, const DmInvoice *inv, gint64 *cents, GError **error)
{
	*cents = 0;
	if (!ctx->rates || !inv->has_amount)
		return TRUE;
	GDate first = inv->due_date;
	g_date_add_days(&first, 1);
	if (g_date_compare(&first, &ctx->today) > 0)
		return TRUE;
	DmInterestRule rule = dm_interest_rule(ctx->country, ctx->debtor, DM_DAY_COUNT_ACT_365);
	return dm_interest_compute(ctx->rates, &rule, dm_invoice_open_cents(inv), &first,
	                           &ctx->today,
	                           NULL, cents, error);
}

static const char *
payment_reference(const DmInvoice *inv)
{
	return inv->payment_reference && *inv->payment_reference ? inv->payment_reference
	                                                          : inv->number;
}

void
dm_reminder_set_letter(DmTemplateData *d, const DmReminderContext *ctx, const DmInvoice *lead,
                       gint64 pay_cents)
{
	const DmConfig *config = ctx->config;
	const char *lang = ctx->language;
	const char *currency = lead->currency ? lead->currency : "EUR";
	dm_template_data_set(d, "debtor_name", lead->debtor_name ? lead->debtor_name : "");
	dm_template_data_set(d, "debtor_email", lead->debtor_email);
	dm_template_data_set(d, "company", config->from_name ? config->from_name
	                                                     : config->billing_addresses[0]);
	dm_template_data_set(d, "billing_address", config->billing_addresses[0]);
	set_date(d, "letter_date", &ctx->today, lang);
	dm_template_data_set(d, "number", lead->number);
	dm_template_data_set_flag(d, "bank", config->iban != NULL);
	dm_template_data_set(d, "account_holder", config->account_holder);
	dm_template_data_set(d, "iban", config->iban);
	dm_template_data_set(d, "bic", config->bic);
	dm_template_data_set(d, "payment_reference", payment_reference(lead));
	g_autofree char *link = pay_link(config->pay_link, pay_cents, currency,
	                                 payment_reference(lead), lead->number);
	dm_template_data_set(d, "pay_link", link);
	set_answers(d, config, lang, lead->number);
}

DmTemplateData *
dm_reminder_data(const DmReminderContext *ctx, const DmReminderItem *items, guint n_items,
                 const DmLadderStep *letter, GError **error)
{
	g_return_val_if_fail(n_items > 0, NULL);
	const DmConfig *config = ctx->config;
	const char *lang = ctx->language;
	const DmInvoice *lead = items[0].invoice;
	const char *currency = lead->currency ? lead->currency : "EUR";
	g_autoptr(DmTemplateData) d = dm_template_data_new();

	dm_template_data_set(d, "step", letter->name);
	g_autofree char *count = g_strdup_printf("%u", n_items);
	dm_template_data_set(d, "invoice_count", count);
	dm_template_data_set_flag(d, "several", n_items > 1);

	gboolean claims_interest = (letter->flags & DM_STEP_CLAIMS_INTEREST) != 0;
	gboolean fourteen = (letter->flags & DM_STEP_FOURTEEN_DAY) != 0;
	/* The 14-day letter must be free of charge (rules.md 1.4.2): it announces the costs,
	 * whatever the step's flags say, and never claims them. */
	gboolean claims_costs = (letter->flags & DM_STEP_CLAIMS_COSTS) != 0 && !fourteen;
	gint64 total_open = 0, total_interest = 0, costs_cents = 0;
	GString *numbers = g_string_new(NULL);
	dm_template_data_declare_list(d, "invoices");
	for (guint i = 0; i < n_items; i++) {
		const DmInvoice *inv = items[i].invoice;
		DmTemplateData *it = dm_template_data_add_item(d, "invoices");
		gint64 open = inv->has_amount ? dm_invoice_open_cents(inv) : 0;
		total_open += open;
		g_string_append_printf(numbers, "%s%s", i ? ", " : "", inv->number);
		dm_template_data_set(it, "number", inv->number);
		set_date(it, "issue_date", &inv->issue_date, lang);
		set_date(it, "due_date", &inv->due_date, lang);
		set_money(it, "amount", inv->has_amount ? inv->amount_cents : 0, currency, lang);
		set_money(it, "open_amount", open, currency, lang);
		g_autofree char *days = g_strdup_printf("%d", MAX(0, g_date_days_between(
			&inv->due_date, &ctx->today)));
		dm_template_data_set(it, "days_overdue", days);
		/* The invoice's own payment reference (betalingskenmerk, RF…) when it named one:
		 * the bank matches on it; else the number, which the debtor quotes anyway. */
		const char *reference = payment_reference(inv);
		dm_template_data_set(it, "payment_reference", reference);
		g_autofree char *link = pay_link(config->pay_link, open, currency, reference,
		                                 inv->number);
		dm_template_data_set(it, "pay_link", link);
		gint64 interest = 0;
		if (claims_interest && !interest_on(ctx, inv, &interest, error))
			return NULL;
		total_interest += interest;
		set_money(it, "interest_amount", interest, currency, lang);
		if (claims_costs && ctx->debtor == DM_DEBTOR_BUSINESS) {
			/* A business owes the costs per claim, at least the flat EUR 40 each. */
			DmCostsInput in = { .country = ctx->country, .debtor = ctx->debtor,
			                    .principal_cents = open };
			DmCosts c;
			dm_costs_compute(&in, &c);
			costs_cents += c.claim_cents;
		}
	}
	/* A consumer's costs are computed once, on the sum of the principals in the one letter
	 * (6:96 lid 7 BW); the 14-day letter announces them, a later step claims them. */
	if ((claims_costs || fourteen) && ctx->debtor == DM_DEBTOR_CONSUMER) {
		DmCostsInput in = { .country = ctx->country, .debtor = ctx->debtor,
		                    .principal_cents = total_open };
		DmCosts c;
		dm_costs_compute(&in, &c);
		costs_cents = c.claim_cents;
	}
	dm_template_data_set(d, "numbers", numbers->str);
	g_string_free(numbers, TRUE);
	set_money(d, "total_open", total_open, currency, lang);
	dm_template_data_set_flag(d, "costs", claims_costs && costs_cents > 0);
	dm_template_data_set_flag(d, "costs_announced", fourteen && costs_cents > 0);
	set_money(d, "costs_amount", costs_cents, currency, lang);
	dm_template_data_set_flag(d, "interest", claims_interest && total_interest > 0);
	set_money(d, "interest_amount", total_interest, currency, lang);
	gint64 total_due = total_open + (claims_costs ? costs_cents : 0) +
	                   (claims_interest ? total_interest : 0);
	set_money(d, "total_due", total_due, currency, lang);

	dm_reminder_set_letter(d, ctx, lead, total_due);
	return g_steal_pointer(&d);
}

gboolean
dm_reminder_render(const DmReminderContext *ctx, const DmReminderItem *items, guint n_items,
                   const DmLadderStep *letter, DmRendered *out, GError **error)
{
	g_autoptr(DmTemplateData) d = dm_reminder_data(ctx, items, n_items, letter, error);
	if (!d)
		return FALSE;
	return dm_template_render_data(ctx->config->templates_dir, ctx->config->template_overrides,
	                               ctx->language, ctx->config->language, letter->template_name,
	                               d, out, error);
}

void
dm_reminder_sample_payment(DmConfig *sample, gboolean full)
{
	if (full) {
		sample->iban = sample->iban ? sample->iban : "NL91 ABNA 0417 1643 00";
		sample->account_holder = sample->account_holder ? sample->account_holder : "Sample";
		sample->pay_link = sample->pay_link ? sample->pay_link
		                                    : "https://pay.example/{reference}";
	} else {
		sample->iban = sample->account_holder = sample->bic = sample->pay_link = NULL;
	}
}

/* Renders @step in @lang with sample invoices; @full: every optional part present. */
static gboolean
check_one(const DmConfig *config, const DmLadderStep *step, const char *lang, gboolean full,
          GError **error)
{
	g_autoptr(DmInvoice) a = dm_invoice_new();
	a->number = g_strdup("2026-0042");
	a->debtor_email = g_strdup("debtor@example.org");
	a->debtor_name = g_strdup("Sample Debtor");
	a->has_amount = TRUE;
	a->amount_cents = 125000;
	a->currency = g_strdup("EUR");
	g_date_set_dmy(&a->issue_date, 1, 3, 2026);
	g_date_set_dmy(&a->due_date, 31, 3, 2026);
	DmReminderItem items[] = { { a, step }, { a, step } };
	DmLadderStep letter = *step;
	if (full)
		letter.flags |= DM_STEP_CLAIMS_COSTS | DM_STEP_CLAIMS_INTEREST;
	else
		letter.flags &= ~(DmStepFlags) (DM_STEP_CLAIMS_COSTS | DM_STEP_CLAIMS_INTEREST);
	DmConfig sample = *config;
	/* Interest without a rate table is 0, which hides its section: a sample principal
	 * gives the section something to show instead. */
	DmReminderContext ctx = { .config = &sample, .country = DM_COUNTRY_NL,
	                          .debtor = full ? DM_DEBTOR_BUSINESS : DM_DEBTOR_CONSUMER,
	                          .language = lang };
	g_date_set_dmy(&ctx.today, 30, 4, 2026);
	dm_reminder_sample_payment(&sample, full);
	g_autoptr(DmTemplateData) d = dm_reminder_data(&ctx, items, full ? 2 : 1, &letter, error);
	if (!d)
		return FALSE;
	if (full)
		dm_template_data_set_flag(d, "interest", TRUE);
	DmRendered r;
	if (!dm_template_render_data(config->templates_dir, config->template_overrides, lang, lang,
	                             step->template_name, d, &r, error))
		return FALSE;
	dm_rendered_clear(&r);
	return TRUE;
}

gboolean
dm_reminder_check_templates(const DmConfig *config, GError **error)
{
	static const char *const langs[] = { "nl", "en", "de" };
	g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint l = 0; l < config->ladders->ladders->len; l++) {
		const DmLadder *ladder = g_ptr_array_index(config->ladders->ladders, l);
		for (guint s = 0; s < ladder->steps->len; s++) {
			const DmLadderStep *step = g_ptr_array_index(ladder->steps, s);
			/* A hand-over tells the owner, not the debtor: it has no template. */
			if (!step->template_name || !g_hash_table_add(seen, step->template_name))
				continue;
			for (gsize i = 0; i < G_N_ELEMENTS(langs); i++)
				for (int full = 0; full < 2; full++)
					if (!check_one(config, step, langs[i], full, error))
						return FALSE;
		}
	}
	/* The payment plans' reminders replace the ladder's: their template too. */
	return dm_instalment_check_templates(config, error);
}
