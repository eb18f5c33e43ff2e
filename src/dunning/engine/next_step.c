/* next_step: the next reminder of one invoice and its day (dm-next-step.h). */
#include "dunning/engine/dm-next-step.h"
#include "dunning/ledger/dm-outbox.h"
#include "common/dm-clock.h"

#include <string.h>

const DmLadderStep *
dm_next_step(DmLedger *ledger, const DmInvoice *inv, GDate *when)
{
	g_date_clear(when, 1);
	gboolean waiting = strcmp(inv->status, "paused") == 0 && g_date_valid(&inv->pause_until);
	if (strcmp(inv->status, "open") != 0 && !waiting)
		return NULL;

	g_autoptr(GPtrArray) rows = dm_outbox_list(ledger, inv->id, NULL, NULL);
	int last_step = 0;
	GDate last_sent;
	g_date_clear(&last_sent, 1);
	for (guint i = 0; rows && i < rows->len; i++) {
		DmOutboxItem *it = g_ptr_array_index(rows, i);
		if (strcmp(it->state, "cancelled") == 0)
			continue;       /* never went out: the step is still to come */
		if (strcmp(it->state, "pending") == 0 || strcmp(it->state, "sending") == 0)
			return NULL;    /* one reminder at a time: the next waits until this one went */
		if (it->step > last_step) {
			last_step = it->step;
			g_autofree char *day = g_strndup(it->sent_at ? it->sent_at : it->created_at, 10);
			dm_date_parse_iso(day, &last_sent);
		}
	}
	const DmLadderStep *next = dm_ladder_next(&inv->due_date, last_step, &last_sent, when);
	if (next && waiting && g_date_compare(&inv->pause_until, when) > 0)
		*when = inv->pause_until;
	return next;
}
