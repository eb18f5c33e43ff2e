/* plan: payment plans decided — instalments made from a request, which are paid, the next
 * instalment reminder, which is missed (dm-plan.h). */
#include "dunning/engine/dm-plan.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"

#include <stdlib.h>
#include <string.h>

G_DEFINE_QUARK(dm-plan-error-quark, dm_plan_error)

gboolean
dm_plan_every_parse(const char *text, DmPlanEvery *out)
{
	static const struct {
		const char *word;
		DmPlanUnit unit;
	} words[] = {
		{ "month", DM_PLAN_EVERY_MONTH }, { "months", DM_PLAN_EVERY_MONTH },
		{ "monthly", DM_PLAN_EVERY_MONTH }, { "week", DM_PLAN_EVERY_WEEK },
		{ "weeks", DM_PLAN_EVERY_WEEK }, { "weekly", DM_PLAN_EVERY_WEEK },
		{ "day", DM_PLAN_EVERY_DAY }, { "days", DM_PLAN_EVERY_DAY },
	};
	if (!text)
		return FALSE;
	g_autofree char *trimmed = g_strstrip(g_strdup(text));
	g_autofree char *lower = g_ascii_strdown(trimmed, -1);
	/* "14-days", "14 days", "2-weeks", or a unit alone: one of it. */
	char *end = lower;
	guint64 count = 1;
	if (g_ascii_isdigit(*lower)) {
		count = g_ascii_strtoull(lower, &end, 10);
		if (count < 1 || count > 366 || (*end != '-' && *end != ' '))
			return FALSE;
		end++;
	}
	for (gsize i = 0; i < G_N_ELEMENTS(words); i++) {
		if (strcmp(end, words[i].word) != 0)
			continue;
		/* Nobody pays every day: "day" alone is a slip, N days is meant. */
		if (words[i].unit == DM_PLAN_EVERY_DAY && end == lower)
			return FALSE;
		out->unit = words[i].unit;
		out->count = (int) count;
		return TRUE;
	}
	return FALSE;
}

void
dm_plan_split(gint64 total, int n, gint64 *out)
{
	g_return_if_fail(n >= 1 && total >= 0);
	gint64 share = total / n;
	for (int i = 0; i < n - 1; i++)
		out[i] = share;
	out[n - 1] = total - share * (n - 1);
}

void
dm_plan_dates(const GDate *from, int n, const DmPlanEvery *every, GDate *out)
{
	g_return_if_fail(g_date_valid(from) && every->count >= 1);
	for (int k = 0; k < n; k++) {
		out[k] = *from;
		guint steps = (guint) (k * every->count);
		switch (every->unit) {
		case DM_PLAN_EVERY_MONTH:
			/* GLib clamps to the month's last day; counted from @from each time, so the
			 * clamp of one month does not carry into the next. */
			g_date_add_months(&out[k], steps);
			break;
		case DM_PLAN_EVERY_WEEK:
			g_date_add_days(&out[k], steps * 7);
			break;
		case DM_PLAN_EVERY_DAY:
			g_date_add_days(&out[k], steps);
			break;
		}
	}
}

static gboolean
refuse(GError **error, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

static gboolean
refuse(GError **error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_autofree char *msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_set_error_literal(error, DM_PLAN_ERROR, DM_PLAN_ERROR_REQUEST, msg);
	return FALSE;
}

/* The number of instalments @r asks for, or 0 with @error. */
static int
instalment_count(const DmPlanRequest *r, GError **error)
{
	guint n_amounts = r->amounts ? r->amounts->len : 0;
	guint n_dates = r->dates ? r->dates->len : 0;
	if (n_amounts && n_dates && n_amounts != n_dates)
		return refuse(error, "--amounts names %u instalments and --dates %u: give one date "
		              "for each amount", n_amounts, n_dates);
	guint n = n_amounts ? n_amounts : n_dates;
	if (n && r->instalments > 0 && (guint) r->instalments != n)
		return refuse(error, "--instalments %d does not match the %u %s given", r->instalments,
		              n, n_amounts ? "amounts" : "dates");
	if (!n)
		n = r->instalments > 0 ? (guint) r->instalments : 0;
	if (n < 1)
		return refuse(error, "--instalments: expected how many instalments (2 or more), or "
		              "--amounts and --dates");
	if (n > DM_PLAN_MAX_INSTALMENTS)
		return refuse(error, "--instalments: %u is more than %d instalments", n,
		              DM_PLAN_MAX_INSTALMENTS);
	return (int) n;
}

GArray *
dm_plan_build(const DmPlanRequest *r, gint64 open_cents, const char *currency,
              const GDate *today, GError **error)
{
	g_autofree char *open = dm_money_format(open_cents, currency, "en");
	if (open_cents <= 0) {
		refuse(error, "nothing is open (%s): there is nothing to pay in instalments", open);
		return NULL;
	}
	int n = instalment_count(r, error);
	if (!n)
		return NULL;
	g_autofree gint64 *amounts = g_new0(gint64, n);
	g_autofree GDate *dates = g_new0(GDate, n);
	if (r->amounts) {
		gint64 sum = 0;
		for (int i = 0; i < n; i++) {
			amounts[i] = g_array_index(r->amounts, gint64, i);
			if (amounts[i] <= 0) {
				refuse(error, "--amounts: instalment %d is not a positive amount", i + 1);
				return NULL;
			}
			sum += amounts[i];
		}
		if (sum != open_cents) {
			g_autofree char *given = dm_money_format(sum, currency, "en");
			refuse(error, "--amounts: the amounts add up to %s, not the %s open", given, open);
			return NULL;
		}
	} else {
		dm_plan_split(open_cents, n, amounts);
		if (amounts[0] <= 0) {
			refuse(error, "--instalments: %s cannot be paid in %d instalments", open, n);
			return NULL;
		}
	}
	if (r->dates) {
		for (int i = 0; i < n; i++)
			dates[i] = g_array_index(r->dates, GDate, i);
	} else if (g_date_valid(&r->from)) {
		DmPlanEvery every = r->every.unit ? r->every
		                                  : (DmPlanEvery) { DM_PLAN_EVERY_MONTH, 1 };
		dm_plan_dates(&r->from, n, &every, dates);
	} else {
		refuse(error, "--from: expected the first instalment's day (YYYY-MM-DD), or --dates");
		return NULL;
	}
	for (int i = 0; i < n; i++) {
		g_autofree char *day = dm_date_iso(&dates[i]);
		if (i > 0 && g_date_compare(&dates[i], &dates[i - 1]) <= 0) {
			refuse(error, "--dates: instalment %d (%s) is not after instalment %d: expected "
			       "the days in order, each later than the one before", i + 1, day, i);
			return NULL;
		}
		if (today && g_date_valid(today) && g_date_compare(&dates[i], today) < 0) {
			refuse(error, "%s: instalment %d falls on %s, before today", r->dates ? "--dates"
			       : "--from", i + 1, day);
			return NULL;
		}
	}
	GArray *out = g_array_sized_new(FALSE, TRUE, sizeof(DmInstalment), (guint) n);
	for (int i = 0; i < n; i++) {
		DmInstalment inst = { .number = i + 1, .due = dates[i], .amount_cents = amounts[i] };
		g_array_append_val(out, inst);
	}
	return out;
}

#define INST(plan, i) (&g_array_index((plan)->instalments, DmInstalment, (i)))

guint
dm_plan_paid_count(const DmPlan *plan, gint64 paid_cents)
{
	guint n = 0;
	for (guint i = 0; i < plan->instalments->len; i++) {
		if (paid_cents < INST(plan, i)->amount_cents)
			break;
		paid_cents -= INST(plan, i)->amount_cents;
		n++;
	}
	return n;
}

gint64
dm_plan_paid_of(const DmPlan *plan, guint index, gint64 paid_cents)
{
	g_return_val_if_fail(index < plan->instalments->len, 0);
	for (guint i = 0; i < index; i++)
		paid_cents -= INST(plan, i)->amount_cents;
	return CLAMP(paid_cents, 0, INST(plan, index)->amount_cents);
}

gint64
dm_plan_credit(const DmPlan *plan, gint64 paid_cents, gint64 credit_cents, gint64 *amounts)
{
	g_return_val_if_fail(credit_cents >= 0, 0);
	gint64 left = credit_cents;
	for (guint i = plan->instalments->len; i-- > 0;) {
		gint64 amount = INST(plan, i)->amount_cents;
		gint64 cut = MIN(left, amount - dm_plan_paid_of(plan, i, paid_cents));
		amounts[i] = amount - cut;
		left -= cut;
	}
	return left;
}

gint64
dm_plan_paid_since_start(const DmPlan *plan, const DmInvoice *inv)
{
	return MAX(0, inv->paid_cents - plan->paid_at_start_cents);
}

int
dm_instalment_step(gint64 instalment_id, DmInstalmentPhase phase)
{
	g_return_val_if_fail(instalment_id > 0 && instalment_id < G_MAXINT / 2 - 1, 0);
	return -(int) (instalment_id * 2 + phase);
}

gboolean
dm_instalment_step_parse(int step, gint64 *instalment_id, DmInstalmentPhase *phase)
{
	if (step >= -1)
		return FALSE;
	*instalment_id = (-step) / 2;
	*phase = (-step) % 2 ? DM_INSTALMENT_AFTER : DM_INSTALMENT_BEFORE;
	return TRUE;
}

static void
day_plus(const GDate *day, int days, GDate *out)
{
	*out = *day;
	if (days >= 0)
		g_date_add_days(out, (guint) days);
	else
		g_date_subtract_days(out, (guint) -days);
}

void
dm_plan_missed_day(const DmInstalment *inst, const DmPlanTiming *timing, GDate *out)
{
	day_plus(&inst->due, timing->missed_after_days, out);
}

gboolean
dm_plan_next(const DmPlan *plan, const DmPlanTiming *timing, gint64 paid_cents,
             const GDate *today, DmPlanNext *out)
{
	*out = (DmPlanNext) { .count = plan->instalments->len };
	g_date_clear(&out->when, 1);
	gboolean today_known = today && g_date_valid(today);
	for (guint i = dm_plan_paid_count(plan, paid_cents); i < plan->instalments->len; i++) {
		const DmInstalment *inst = INST(plan, i);
		if (inst->missed)
			continue;
		DmInstalmentPhase phases[2] = { DM_INSTALMENT_BEFORE, DM_INSTALMENT_AFTER };
		for (int k = 0; k < 2; k++) {
			gboolean before = phases[k] == DM_INSTALMENT_BEFORE;
			if (before ? inst->reminded_before : inst->reminded_after)
				continue;
			if (before && timing->remind_before_days == 0)
				continue;
			/* "due in three days" is wrong once the day has come. */
			if (before && today_known && g_date_compare(today, &inst->due) >= 0) {
				out->skipped_before++;
				continue;
			}
			int offset = before ? -timing->remind_before_days : timing->remind_after_days;
			GDate when;
			day_plus(&inst->due, offset, &when);
			if (g_date_valid(&out->when) && g_date_compare(&when, &out->when) >= 0)
				continue;
			out->instalment = inst;
			out->phase = phases[k];
			out->offset_days = offset;
			out->when = when;
		}
	}
	return out->instalment != NULL;
}

const DmInstalment *
dm_plan_missed(const DmPlan *plan, const DmPlanTiming *timing, gint64 paid_cents,
               const GDate *today)
{
	guint first = dm_plan_paid_count(plan, paid_cents);
	for (guint i = first; i < plan->instalments->len; i++) {
		const DmInstalment *inst = INST(plan, i);
		if (inst->missed)
			continue;
		GDate missed;
		dm_plan_missed_day(inst, timing, &missed);
		return g_date_compare(today, &missed) >= 0 ? inst : NULL;
	}
	return NULL;
}

char *
dm_plan_next_text(const DmPlanNext *next, const char *currency)
{
	const DmInstalment *inst = next->instalment;
	g_autofree char *amount = dm_money_format(inst->amount_cents, currency, "en");
	g_autofree char *due = dm_date_iso(&inst->due);
	g_autofree char *when = dm_date_iso(&next->when);
	int days = abs(next->offset_days);
	return g_strdup_printf("instalment %d of %u, %s due %s: %s on %s — %d day%s %s",
	                       inst->number, next->count, amount, due,
	                       next->phase == DM_INSTALMENT_BEFORE ? "reminder"
	                                                           : "reminder of the unpaid instalment",
	                       when, days, days == 1 ? "" : "s",
	                       next->phase == DM_INSTALMENT_BEFORE ? "before" : "after");
}

char *
dm_plan_table(const DmPlan *plan, gint64 paid_cents, const char *currency)
{
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < plan->instalments->len; i++) {
		const DmInstalment *inst = INST(plan, i);
		gint64 paid = dm_plan_paid_of(plan, i, paid_cents);
		g_autofree char *day = dm_date_iso(&inst->due);
		g_autofree char *amount = dm_money_format(inst->amount_cents, currency, "en");
		g_autofree char *part = dm_money_format(paid, currency, "en");
		const char *state = paid == inst->amount_cents ? "paid"
		                  : inst->missed ? "missed"
		                  : "open";
		g_string_append_printf(s, "  %3d  %s  %14s  %s", inst->number, day, amount, state);
		if (paid > 0 && paid < inst->amount_cents)
			g_string_append_printf(s, " (%s paid)", part);
		g_string_append_c(s, '\n');
	}
	return g_string_free(s, FALSE);
}
