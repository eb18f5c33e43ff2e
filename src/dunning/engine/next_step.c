/* next_step: the next reminder of one invoice and its day (dm-next-step.h). */
#include "dunning/engine/dm-next-step.h"

const DmLadderStep *
dm_next_step(const DmInvoice *inv, const DmOutboxSummary *reminders, GDate *when)
{
	g_date_clear(when, 1);
	/* A dated pause and a hold both wait for their day; a hold's is the latest the
	 * ladder waits for the owner. */
	gboolean waiting = (inv->status == DM_INVOICE_STATUS_PAUSED ||
	                    inv->status == DM_INVOICE_STATUS_HELD) && g_date_valid(&inv->pause_until);
	if (inv->status != DM_INVOICE_STATUS_OPEN && !waiting)
		return NULL;
	if (reminders->in_flight)
		return NULL;    /* one reminder at a time: the next waits until this one went */
	const DmLadderStep *next = dm_ladder_next(&inv->due_date, reminders->last_step,
	                                          &reminders->last_sent, when);
	if (next && waiting && g_date_compare(&inv->pause_until, when) > 0)
		*when = inv->pause_until;
	return next;
}
