/* aging: buckets, DSO and payment behaviour over the invoices (dm-aging.h). */
#include "dunning/report/dm-aging.h"

#include <string.h>

struct _DmAging {
	GDate today, then;          /* then: DM_DSO_TREND_DAYS before today */
	GPtrArray *totals;          /* of DmAgingTotals* */
	GPtrArray *debtors;         /* of DmDebtorStats*, indexed by by_email */
	GHashTable *by_email;       /* email -> DmDebtorStats* (transfer none) */
};

static const char *const bucket_names[DM_AGE_BUCKETS] = {
	"not_due", "1-30", "31-60", "61-90", "over_90",
};

const char *
dm_age_bucket_name(DmAgeBucket bucket)
{
	g_return_val_if_fail(bucket < DM_AGE_BUCKETS, NULL);
	return bucket_names[bucket];
}

DmAgeBucket
dm_age_bucket(const GDate *due, const GDate *today)
{
	int late = g_date_days_between(due, today);
	if (late <= 0)
		return DM_AGE_NOT_DUE;
	if (late <= 30)
		return DM_AGE_1_30;
	if (late <= 60)
		return DM_AGE_31_60;
	if (late <= 90)
		return DM_AGE_61_90;
	return DM_AGE_OVER_90;
}

gboolean
dm_dso(gint64 open, gint64 invoiced_window, double *dso)
{
	if (invoiced_window <= 0)
		return FALSE;
	*dso = (double) open / (double) invoiced_window * DM_DSO_WINDOW_DAYS;
	return TRUE;
}

static void
totals_free(gpointer p)
{
	DmAgingTotals *t = p;
	g_free(t->currency);
	g_free(t);
}

static void
debtor_free(gpointer p)
{
	DmDebtorStats *d = p;
	g_free(d->email);
	g_free(d->name);
	g_free(d->currency);
	g_free(d);
}

DmAging *
dm_aging_new(const GDate *today)
{
	g_return_val_if_fail(g_date_valid(today), NULL);
	DmAging *a = g_new0(DmAging, 1);
	a->today = *today;
	a->then = *today;
	g_date_subtract_days(&a->then, DM_DSO_TREND_DAYS);
	a->totals = g_ptr_array_new_with_free_func(totals_free);
	a->debtors = g_ptr_array_new_with_free_func(debtor_free);
	a->by_email = g_hash_table_new(g_str_hash, g_str_equal);
	return a;
}

void
dm_aging_free(DmAging *aging)
{
	if (!aging)
		return;
	g_hash_table_destroy(aging->by_email);
	g_ptr_array_unref(aging->debtors);
	g_ptr_array_unref(aging->totals);
	g_free(aging);
}

static DmAgingTotals *
totals_for(DmAging *a, const char *currency)
{
	for (guint i = 0; i < a->totals->len; i++) {
		DmAgingTotals *t = g_ptr_array_index(a->totals, i);
		if (strcmp(t->currency, currency) == 0)
			return t;
	}
	DmAgingTotals *t = g_new0(DmAgingTotals, 1);
	t->currency = g_strdup(currency);
	g_ptr_array_add(a->totals, t);
	return t;
}

static DmDebtorStats *
debtor_for(DmAging *a, const DmReceivable *r, const char *currency)
{
	DmDebtorStats *d = g_hash_table_lookup(a->by_email, r->debtor_email);
	if (!d) {
		d = g_new0(DmDebtorStats, 1);
		d->email = g_strdup(r->debtor_email);
		d->currency = g_strdup(currency);
		g_ptr_array_add(a->debtors, d);
		g_hash_table_insert(a->by_email, d->email, d);
	}
	if (r->debtor_name && *r->debtor_name) {
		g_free(d->name);
		d->name = g_strdup(r->debtor_name);
	}
	return d;
}

/* Was @r open at the end of @day?  Issued by then and not yet paid; a payment on an
 * unknown day is taken as made on the due day. */
static gboolean
open_on(const DmReceivable *r, const GDate *day)
{
	if (g_date_compare(&r->issued, day) > 0)
		return FALSE;
	if (!r->is_paid)
		return TRUE;
	const GDate *paid = g_date_valid(&r->paid) ? &r->paid : &r->due;
	return g_date_compare(paid, day) > 0;
}

/* Issued within the DM_DSO_WINDOW_DAYS that end on @day? */
static gboolean
issued_in_window(const DmReceivable *r, const GDate *day)
{
	int age = g_date_days_between(&r->issued, day);
	return age >= 0 && age < DM_DSO_WINDOW_DAYS;
}

/* A running average: @avg over @n values, then @value. */
static void
average_in(double *avg, guint *n, int value)
{
	*n += 1;
	*avg += ((double) value - *avg) / (double) *n;
}

static void
add_behaviour(DmAging *a, DmDebtorStats *d, const DmReceivable *r)
{
	int late;
	if (r->is_paid) {
		if (!g_date_valid(&r->paid))
			return;     /* paid, but when is unknown: says nothing of the behaviour */
		late = MAX(0, g_date_days_between(&r->due, &r->paid));
	} else {
		late = g_date_days_between(&r->due, &a->today);
		if (late <= 0)
			return;     /* not due yet: no behaviour to read */
	}
	d->max_late = MAX(d->max_late, late);
	/* An open overdue invoice is the newest behaviour, however long ago it was due. */
	if (!r->is_paid || g_date_days_between(&r->due, &a->today) <= DM_LATE_RECENT_DAYS)
		average_in(&d->late_recent, &d->n_recent, late);
	else
		average_in(&d->late_before, &d->n_before, late);
}

void
dm_aging_add(DmAging *aging, const DmReceivable *r)
{
	g_return_if_fail(r->debtor_email && g_date_valid(&r->due) && g_date_valid(&r->issued));
	const char *currency = r->currency && *r->currency ? r->currency : "EUR";
	DmDebtorStats *d = debtor_for(aging, r, currency);
	add_behaviour(aging, d, r);
	if (r->is_paid)
		d->paid_count++;
	else {
		d->open_count++;
		if (g_date_days_between(&r->due, &aging->today) > 0)
			d->overdue_count++;
	}
	if (!r->has_amount)
		return;
	DmAgingTotals *t = totals_for(aging, currency);
	if (!r->is_paid) {
		DmAgeBucket b = dm_age_bucket(&r->due, &aging->today);
		t->open[b] += r->amount_cents;
		t->count[b]++;
		t->open_total += r->amount_cents;
		if (strcmp(d->currency, currency) == 0) {
			d->open_cents += r->amount_cents;
			d->open[b] += r->amount_cents;
		}
	}
	if (issued_in_window(r, &aging->today))
		t->invoiced_window += r->amount_cents;
	if (open_on(r, &aging->then))
		t->open_then += r->amount_cents;
	if (issued_in_window(r, &aging->then))
		t->invoiced_window_then += r->amount_cents;
}

static gint
by_open_total(gconstpointer a, gconstpointer b)
{
	const DmAgingTotals *x = *(DmAgingTotals *const *) a, *y = *(DmAgingTotals *const *) b;
	return (x->open_total < y->open_total) - (x->open_total > y->open_total);
}

static gint
by_open_cents(gconstpointer a, gconstpointer b)
{
	const DmDebtorStats *x = *(DmDebtorStats *const *) a, *y = *(DmDebtorStats *const *) b;
	if (x->open_cents != y->open_cents)
		return (x->open_cents < y->open_cents) - (x->open_cents > y->open_cents);
	return strcmp(x->email, y->email);
}

GPtrArray *
dm_aging_totals(DmAging *aging)
{
	g_ptr_array_sort(aging->totals, by_open_total);
	return aging->totals;
}

GPtrArray *
dm_aging_debtors(DmAging *aging)
{
	g_ptr_array_sort(aging->debtors, by_open_cents);
	return aging->debtors;
}

const DmDebtorStats *
dm_aging_debtor(DmAging *aging, const char *email)
{
	return g_hash_table_lookup(aging->by_email, email);
}

/* Later than it used to: enough history to compare (two invoices before, one lately) and
 * the recent average DM_LATE_SIGNAL_DAYS or more above the earlier one. */
static gboolean
pays_later(const DmDebtorStats *d)
{
	return d->n_before >= 2 && d->n_recent >= 1 &&
	       d->late_recent >= d->late_before + DM_LATE_SIGNAL_DAYS;
}

GPtrArray *
dm_aging_signals(DmAging *aging, DmCreditLimitFunc limit, gpointer user)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	GPtrArray *debtors = dm_aging_debtors(aging);
	for (guint i = 0; i < debtors->len; i++) {
		const DmDebtorStats *d = g_ptr_array_index(debtors, i);
		if (pays_later(d)) {
			DmSignal *s = g_new0(DmSignal, 1);
			s->kind = DM_SIGNAL_PAYS_LATER;
			s->debtor = d;
			g_ptr_array_add(out, s);
		}
		gint64 cents;
		if (limit && limit(d->email, &cents, user) && d->open_cents > cents) {
			DmSignal *s = g_new0(DmSignal, 1);
			s->kind = DM_SIGNAL_CREDIT_LIMIT;
			s->debtor = d;
			s->limit_cents = cents;
			g_ptr_array_add(out, s);
		}
	}
	return out;
}
