/* instalment: the variables and the rendering of an instalment reminder
 * (dm-instalment.h). */
#include "dunning/send/dm-instalment.h"
#include "common/dm-money.h"

#define TEMPLATE_NAME "instalment"

DmTemplateData *
dm_instalment_data(const DmReminderContext *ctx, const DmInvoice *inv, const DmPlan *plan,
                   const DmPlanNext *next)
{
	const char *lang = ctx->language;
	const char *currency = inv->currency ? inv->currency : "EUR";
	const DmInstalment *due = next->instalment;
	gint64 paid = dm_plan_paid_since_start(plan, inv);
	guint index = (guint) (due->number - 1);
	gint64 still = due->amount_cents - dm_plan_paid_of(plan, index, paid);
	g_autoptr(DmTemplateData) d = dm_template_data_new();
	dm_reminder_set_letter(d, ctx, inv, still);
	g_autofree char *number = g_strdup_printf("%d", due->number);
	g_autofree char *count = g_strdup_printf("%u", plan->instalments->len);
	dm_template_data_set(d, "instalment_number", number);
	dm_template_data_set(d, "instalment_count", count);
	dm_reminder_set_money(d, "instalment_amount", still, currency, lang);
	dm_reminder_set_date(d, "instalment_date", &due->due, lang);
	dm_template_data_set_flag(d, "overdue", next->phase == DM_INSTALMENT_AFTER);
	dm_reminder_set_money(d, "paid_total", paid, currency, lang);
	dm_reminder_set_money(d, "total_open", dm_invoice_open_cents(inv), currency, lang);
	dm_template_data_declare_list(d, "instalments");
	for (guint i = 0; i < plan->instalments->len; i++) {
		const DmInstalment *inst = &g_array_index(plan->instalments, DmInstalment, i);
		DmTemplateData *it = dm_template_data_add_item(d, "instalments");
		g_autofree char *n = g_strdup_printf("%d", inst->number);
		dm_template_data_set(it, "number", n);
		dm_reminder_set_date(it, "date", &inst->due, lang);
		dm_reminder_set_money(it, "amount", inst->amount_cents, currency, lang);
		dm_template_data_set_flag(it, "paid",
		                          dm_plan_paid_of(plan, i, paid) == inst->amount_cents);
		dm_template_data_set_flag(it, "current", inst == due);
	}
	return g_steal_pointer(&d);
}

gboolean
dm_instalment_render(const DmReminderContext *ctx, const DmInvoice *inv, const DmPlan *plan,
                     const DmPlanNext *next, DmRendered *out, GError **error)
{
	g_autoptr(DmTemplateData) d = dm_instalment_data(ctx, inv, plan, next);
	return dm_template_render_data(ctx->config->templates_dir, ctx->config->template_overrides,
	                               ctx->language, ctx->config->language, TEMPLATE_NAME, d, out,
	                               error);
}

/* Renders the template in @lang for the sample plan; @full: with payment details and a
 * part already paid, the reminder after the day. */
static gboolean
check_one(const DmConfig *config, const char *lang, gboolean full, GError **error)
{
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup("2026-0042");
	inv->debtor_email = g_strdup("debtor@example.org");
	inv->debtor_name = full ? g_strdup("Sample Debtor") : NULL;
	inv->has_amount = TRUE;
	inv->amount_cents = 25000;
	inv->currency = g_strdup("EUR");
	inv->paid_cents = full ? 8333 : 0;
	g_date_set_dmy(&inv->due_date, 31, 3, 2026);
	g_autoptr(DmPlan) plan = dm_plan_new();
	gint64 amounts[3];
	dm_plan_split(25000, 3, amounts);
	for (int i = 0; i < 3; i++) {
		DmInstalment inst = { .id = i + 1, .number = i + 1, .amount_cents = amounts[i] };
		g_date_set_dmy(&inst.due, 1, (GDateMonth) (4 + i), 2026);
		g_array_append_val(plan->instalments, inst);
	}
	DmConfig sample = *config;
	dm_reminder_sample_payment(&sample, full);
	DmReminderContext ctx = { .config = &sample, .language = lang };
	g_date_set_dmy(&ctx.today, 28, 4, 2026);
	DmPlanNext next = { .instalment = &g_array_index(plan->instalments, DmInstalment, 1),
	                    .count = 3, .phase = full ? DM_INSTALMENT_AFTER : DM_INSTALMENT_BEFORE };
	DmRendered r;
	g_autoptr(DmTemplateData) d = dm_instalment_data(&ctx, inv, plan, &next);
	if (!dm_template_render_data(config->templates_dir, config->template_overrides, lang, lang,
	                             TEMPLATE_NAME, d, &r, error))
		return FALSE;
	dm_rendered_clear(&r);
	return TRUE;
}

gboolean
dm_instalment_check_templates(const DmConfig *config, GError **error)
{
	static const char *const langs[] = { "nl", "en", "de" };
	for (gsize i = 0; i < G_N_ELEMENTS(langs); i++)
		for (int full = 0; full < 2; full++)
			if (!check_one(config, langs[i], full, error))
				return FALSE;
	return TRUE;
}
