/* policy: the reply -> dunning decision of dm-policy.h: who may act by itself, the class
 * table, and the merge with the invoice's state. */
#include "dunning/engine/dm-policy.h"

static GDate
days_after(const GDate *from, int days)
{
	GDate d = *from;
	g_date_add_days(&d, (guint) days);
	return d;
}

static void
no_change(DmPolicyDecision *out)
{
	out->changes = FALSE;
	out->status = DM_INVOICE_STATUS_ANY;
	out->reason = NULL;
	g_date_clear(&out->until, 1);
}

void
dm_policy_for_reply(DmReplyClass klass, const GDate *stated, const GDate *today,
                    DmPolicyDecision *out)
{
	gboolean dated = stated && g_date_valid(stated) && g_date_compare(stated, today) >= 0;
	out->changes = TRUE;
	out->status = DM_INVOICE_STATUS_PAUSED;
	out->reason = dm_reply_class_name(klass);
	out->review = FALSE;
	out->why = NULL;
	out->note = DM_REPLY_NOTE_NONE;
	g_date_clear(&out->until, 1);

	switch (klass) {
	case DM_REPLY_CLASS_DISPUTE:
	case DM_REPLY_CLASS_ARRANGEMENT:
	case DM_REPLY_CLASS_QUESTION:
		return;
	case DM_REPLY_CLASS_PROMISE_TO_PAY:
		out->until = dated ? days_after(stated, DM_POLICY_PROMISE_GRACE_DAYS)
		                   : days_after(today, DM_POLICY_PROMISE_DEFAULT_DAYS);
		return;
	case DM_REPLY_CLASS_PAID:
		out->until = days_after(today, DM_POLICY_PAID_HOLD_DAYS);
		return;
	case DM_REPLY_CLASS_AUTO_REPLY:
		if (dated) {
			out->until = days_after(stated, 1);
			return;
		}
		break;
	case DM_REPLY_CLASS_BOUNCE:
		out->status = DM_INVOICE_STATUS_STOPPED;
		return;
	case DM_REPLY_CLASS_OTHER:
		break;
	}
	no_change(out);
}

/* TRUE when @klass acts on the date a reply states (a promise's day, a return day) and
 * that date lies beyond the horizon: a far date is more often misread than meant. */
static gboolean
beyond_horizon(DmReplyClass klass, const GDate *stated, const GDate *today, int horizon_days)
{
	if (klass != DM_REPLY_CLASS_PROMISE_TO_PAY && klass != DM_REPLY_CLASS_AUTO_REPLY)
		return FALSE;
	if (!g_date_valid(stated))
		return FALSE;
	GDate horizon = days_after(today, horizon_days);
	return g_date_compare(stated, &horizon) > 0;
}

/* The invoice waits for the owner, at most max_hold_days, for @why. */
static void
hold_for(const GDate *today, const DmPolicyLimits *limits, DmReplyNote note, const char *why,
         DmPolicyDecision *out)
{
	out->changes = TRUE;
	out->status = DM_INVOICE_STATUS_HELD;
	out->reason = why;
	out->until = days_after(today, limits->max_hold_days);
	out->review = TRUE;
	out->why = why;
	out->note = note;
}

/* The invoice waits for the owner, for the reason @note stands for. */
static void
hold(const GDate *today, const DmPolicyLimits *limits, DmReplyNote note, DmPolicyDecision *out)
{
	hold_for(today, limits, note, dm_reply_note_reason(note), out);
}

/* Nothing changes; the reply is shown with the reason @note stands for. */
static void
show(DmReplyNote note, DmPolicyDecision *out)
{
	no_change(out);
	out->review = FALSE;
	out->why = dm_reply_note_reason(note);
	out->note = note;
}

void
dm_policy_decide(const DmPolicyReply *r, const GDate *today, const DmPolicyLimits *limits,
                 DmPolicyDecision *out)
{
	if (!r->speaks_for_debtor) {
		show(DM_REPLY_NOTE_NOT_DEBTOR, out);
		return;
	}
	gboolean far = beyond_horizon(r->klass, &r->stated, today, limits->horizon_days);
	if (r->kind != DM_REPLY_KIND_REPLY && !r->typed) {
		/* A machine's message: acted on only when verified, never held on a guess. */
		if (!r->verified)
			show(DM_REPLY_NOTE_UNVERIFIED, out);
		else if (far)
			hold(today, limits, DM_REPLY_NOTE_HELD_FAR, out);
		else
			dm_policy_for_reply(r->klass, &r->stated, today, out);
		return;
	}
	if (r->several)
		hold(today, limits, DM_REPLY_NOTE_HELD_WHICH, out);
	else if (!r->verified)
		hold(today, limits, DM_REPLY_NOTE_HELD_UNVERIFIED, out);
	else if (r->date_contradicts && r->klass == DM_REPLY_CLASS_PAID)
		hold(today, limits, DM_REPLY_NOTE_HELD_FUTURE_PAYMENT, out);
	else if (r->date_contradicts)
		hold(today, limits, DM_REPLY_NOTE_HELD_PAST_PROMISE, out);
	else if (!r->confident)
		hold(today, limits, DM_REPLY_NOTE_HELD_UNSURE, out);
	else if (far)
		hold(today, limits, DM_REPLY_NOTE_HELD_FAR, out);
	else if (r->klass == DM_REPLY_CLASS_AUTO_REPLY && !g_date_valid(&r->stated))
		/* "I am away" typed by a person, with no day back: the owner reads it. */
		hold(today, limits, DM_REPLY_NOTE_HELD_AWAY, out);
	else
		dm_policy_for_reply(r->klass, &r->stated, today, out);
}

gboolean
dm_policy_typed(const DmReplyAnalysis *a)
{
	if (a->kind != DM_REPLY_KIND_AUTO_REPLY || a->delivery != DM_DELIVERY_NONE)
		return FALSE;
	return !a->automatic_headers;
}

const char *
dm_policy_review_why(const DmReplyAnalysis *a, const GDate *today,
                     const DmPolicyLimits *limits)
{
	DmPolicyReply r = { .kind = a->kind, .klass = a->klass, .confident = a->confident,
	                    .verified = TRUE, .speaks_for_debtor = TRUE,
	                    .stated = *dm_reply_analysis_hold_date(a),
	                    .typed = dm_policy_typed(a),
	                    .date_contradicts = a->date_contradicts };
	DmPolicyDecision d;
	dm_policy_decide(&r, today, limits, &d);
	if (!d.review)
		return NULL;
	return d.why ? d.why : "held";
}

gboolean
dm_policy_needs_review(const DmReplyAnalysis *a, const GDate *today,
                       const DmPolicyLimits *limits)
{
	return dm_policy_review_why(a, today, limits) != NULL;
}

void
dm_policy_for_owner(DmReplyClass klass, const GDate *stated, const GDate *today,
                    DmInvoiceStatus status, const GDate *until, DmPolicyDecision *out)
{
	dm_policy_for_reply(klass, stated, today, out);
	if (status != DM_INVOICE_STATUS_HELD) {
		dm_policy_merge(status, until, out);
		return;
	}
	/* The owner has decided: the hold is over, whatever the class says. */
	if (!out->changes) {
		out->changes = TRUE;
		out->status = DM_INVOICE_STATUS_OPEN;
		out->reason = NULL;
	}
}

void
dm_policy_for_unread(const GDate *today, const DmPolicyLimits *limits, DmPolicyDecision *out)
{
	/* No reply row is written for it: its note code is never stored. */
	hold_for(today, limits, DM_REPLY_NOTE_NONE, "a reply that could not be read", out);
}

void
dm_policy_merge(DmInvoiceStatus status, const GDate *until, DmPolicyDecision *d)
{
	if (!d->changes)
		return;
	if (status == DM_INVOICE_STATUS_PAID || status == DM_INVOICE_STATUS_STOPPED) {
		d->changes = FALSE;
		return;
	}
	if (d->status == DM_INVOICE_STATUS_STOPPED || status == DM_INVOICE_STATUS_OPEN)
		return;
	gboolean dated = g_date_valid(&d->until);
	if (!until || !g_date_valid(until)) {
		/* Waiting for the owner: only another owner matter replaces the reason. */
		if (dated)
			d->changes = FALSE;
		return;
	}
	/* Paused until a day, or held until a day. */
	if (d->status == DM_INVOICE_STATUS_HELD && status == DM_INVOICE_STATUS_PAUSED &&
	    g_date_compare(until, &d->until) >= 0) {
		d->changes = FALSE;     /* the pause already waits as long as a hold would */
		return;
	}
	if (dated && g_date_compare(&d->until, until) < 0)
		d->until = *until;
}
