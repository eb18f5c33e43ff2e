/* dm-instalment: what an instalment reminder says — the instalment due (or overdue), the
 * plan's instalments with what is paid, and what is still open — rendered from the
 * "instalment" template in the debtor's language, and the check of that template at
 * start (dm_reminder_check_templates calls it).
 *
 * The variables, besides those of every letter (dm_reminder_set_letter): instalment_number,
 * instalment_count, instalment_amount, instalment_date, overdue (a flag: the reminder after
 * the day), paid_total, total_open, and the list instalments (number, date, amount, and the
 * flags paid and current).  README.md ("Templates") documents them.
 *
 * Diagnostics: template errors (G_IO_ERROR, naming file and line) are returned. */
#pragma once
#include "dunning/send/dm-reminder.h"
#include "dunning/engine/dm-plan.h"

/* (transfer full) the variables of the reminder @next of @plan, on invoice @inv. */
DmTemplateData *dm_instalment_data(const DmReminderContext *ctx, const DmInvoice *inv,
                                   const DmPlan *plan, const DmPlanNext *next);

/* Renders the "instalment" template over dm_instalment_data in ctx->language. */
gboolean dm_instalment_render(const DmReminderContext *ctx, const DmInvoice *inv,
                              const DmPlan *plan, const DmPlanNext *next, DmRendered *out,
                              GError **error);

/* Renders the "instalment" template in every language, text and HTML, before and after an
 * instalment's day, with and without payment details: an error names file and line. */
gboolean dm_instalment_check_templates(const DmConfig *config, GError **error);
