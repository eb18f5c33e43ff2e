/* dm-reminder: what a reminder says — the template variables of one letter that covers one
 * or more invoices of one debtor (invoice list, costs and interest when the step claims
 * them, payment details, pay link, answer links), rendered in the debtor's language — and
 * the check of every template at start.
 *
 * The variables are documented in README.md ("Templates"); tests/unit/test-dunning-reminder.c
 * renders every shipped template with them.  Amounts come from the engine (dm-costs.h,
 * dm-interest.h) exactly as `dunmail costs` computes them.
 *
 * Diagnostics: template errors (G_IO_ERROR, naming file and line) and interest errors
 * (DM_RATES_ERROR when the table has no rate for a day) are returned; nothing is logged. */
#pragma once
#include <glib.h>
#include "common/dm-config.h"
#include "dunning/engine/dm-country.h"
#include "dunning/engine/dm-ladder.h"
#include "dunning/engine/dm-rates.h"
#include "dunning/ledger/dm-ledger-types.h"
#include "dunning/template/dm-template.h"

/* One invoice of the letter and the step of its own ladder it is at. */
typedef struct {
	const DmInvoice *invoice;
	const DmLadderStep *step;
} DmReminderItem;

/* What the letter is written for. */
typedef struct {
	const DmConfig *config;
	const DmRateTable *rates;   /* (nullable) no table: interest is not claimed */
	DmCountry country;
	DmDebtor debtor;
	GDate today;
	const char *language;       /* nl, en, de */
} DmReminderContext;

/* The context of a letter to @lead's debtor on @today: its kind (the debtor's setting over
 * the invoice's reading), its language (the debtor's, the invoice's, the configuration's),
 * Dutch law; @rates (nullable) as given. */
DmReminderContext dm_reminder_context_for(const DmConfig *config, const DmRateTable *rates,
                                          const DmInvoice *lead, const GDate *today);

/* (transfer none) the step the letter is written at: the highest or (@combined_step
 * "lowest") the lowest of @items' steps.  @n_items > 0. */
const DmLadderStep *dm_reminder_letter_step(const DmReminderItem *items, guint n_items,
                                            const char *combined_step);

/* (transfer full) the variables of the letter at @letter over @items, or NULL with @error. */
DmTemplateData *dm_reminder_data(const DmReminderContext *ctx, const DmReminderItem *items,
                                 guint n_items, const DmLadderStep *letter, GError **error);

/* Sets @name to @cents formatted in @lang, or to @date in @lang's words ("" when invalid). */
void dm_reminder_set_money(DmTemplateData *d, const char *name, gint64 cents,
                           const char *currency, const char *lang);
void dm_reminder_set_date(DmTemplateData *d, const char *name, const GDate *date,
                          const char *lang);

/* Sets the variables every letter to a debtor has, for invoice @lead: debtor_name,
 * debtor_email, company, billing_address, letter_date, number, the payment details (bank,
 * account_holder, iban, bic, payment_reference), pay_link for @pay_cents, and the one-click
 * answers (answer_paid, answer_plan, answer_question). */
void dm_reminder_set_letter(DmTemplateData *d, const DmReminderContext *ctx,
                            const DmInvoice *lead, gint64 pay_cents);

/* Renders @letter's template over @items in ctx->language (falling back to the configured
 * language), from the configured templates and the user's overrides. */
gboolean dm_reminder_render(const DmReminderContext *ctx, const DmReminderItem *items,
                            guint n_items, const DmLadderStep *letter, DmRendered *out,
                            GError **error);

/* The subject a one-click answer carries: "[dunmail:paid 2026-0042]" for @answer "paid",
 * "plan" or "question" (parser/reply/dm-reply-answer.h reads it).  (transfer full) */
char *dm_reminder_answer_subject(const char *answer, const char *number);

/* Renders every step's template (and the 14-day letter's) in every language, text and
 * HTML, with sample values, once with every optional part and once without: a template
 * that names an unknown variable, leaves a section open or is not UTF-8 is an error
 * naming the file and line.  For dunmaild's start and `dunmail check`. */
gboolean dm_reminder_check_templates(const DmConfig *config, GError **error);
/* For such a check: the payment details of @sample, a shallow copy of the configuration
 * (its strings not owned), set to the configured ones or sample values when @full, and
 * to none otherwise, so that a letter's payment part is rendered present and absent. */
void dm_reminder_sample_payment(DmConfig *sample, gboolean full);
