/* ladder: the fixed three-step ladder of the walking skeleton. */
#include "dunning/engine/dm-ladder.h"

static const DmLadderStep ladder[] = {
	{ 1, "reminder",        "reminder",        7,  0 },
	{ 2, "second_reminder", "second_reminder", 21, 0 },
	{ 3, "formal_notice",   "formal_notice",   35, DM_STEP_FINAL_NOTICE },
};

const DmLadderStep *
dm_ladder_step(int step)
{
	if (step < 1 || step > (int) G_N_ELEMENTS(ladder))
		return NULL;
	return &ladder[step - 1];
}

const DmLadderStep *
dm_ladder_next(const GDate *due, int last_step, const GDate *last_sent, GDate *when)
{
	g_return_val_if_fail(g_date_valid(due), NULL);
	const DmLadderStep *next = dm_ladder_step(last_step + 1);
	g_date_clear(when, 1);
	if (!next)
		return NULL;
	*when = *due;
	g_date_add_days(when, (guint) next->days_after_due);
	if (last_sent && g_date_valid(last_sent)) {
		GDate earliest = *last_sent;
		g_date_add_days(&earliest, DM_LADDER_MIN_GAP_DAYS);
		if (g_date_compare(&earliest, when) > 0)
			*when = earliest;
	}
	return next;
}
