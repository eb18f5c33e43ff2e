/* policy: the reply -> dunning decision table of dm-policy.h. */
#include "dunning/engine/dm-policy.h"

static GDate
days_after(const GDate *from, int days)
{
	GDate d = *from;
	g_date_add_days(&d, (guint) days);
	return d;
}

void
dm_policy_for_reply(DmReplyClass klass, const GDate *stated, const GDate *today,
                    DmPolicyDecision *out)
{
	gboolean dated = stated && g_date_valid(stated) && g_date_compare(stated, today) >= 0;
	out->changes = TRUE;
	out->status = DM_INVOICE_STATUS_PAUSED;
	out->reason = dm_reply_class_name(klass);
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
	out->changes = FALSE;
	out->status = DM_INVOICE_STATUS_ANY;
	out->reason = NULL;
}

void
dm_policy_merge(DmInvoiceStatus status, const GDate *until, DmPolicyDecision *d)
{
	if (!d->changes)
		return;
	gboolean dated = g_date_valid(&d->until);
	if (status == DM_INVOICE_STATUS_PAID || status == DM_INVOICE_STATUS_STOPPED) {
		d->changes = FALSE;
		return;
	}
	if (d->status == DM_INVOICE_STATUS_STOPPED || status != DM_INVOICE_STATUS_PAUSED)
		return;
	if (!until || !g_date_valid(until)) {
		/* Waiting for the owner: only another owner matter replaces the reason. */
		if (dated)
			d->changes = FALSE;
		return;
	}
	if (dated && g_date_compare(&d->until, until) < 0)
		d->until = *until;
}
