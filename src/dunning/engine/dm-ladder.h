/* dm-ladder: the escalation ladder, and the one function that decides an invoice's next
 * step.  Fixed for now (reminder at due + 7, second at + 21, formal notice at + 35);
 * the dunning-engine issue makes it configurable. */
#pragma once
#include <glib.h>

/* What a step does besides reminding (the engine issue makes them configurable). */
typedef enum {
	DM_STEP_CLAIMS_COSTS      = 1 << 0, /* claims the statutory collection costs */
	DM_STEP_CLAIMS_INTEREST   = 1 << 1, /* claims statutory interest */
	DM_STEP_FOURTEEN_DAY      = 1 << 2, /* the Dutch 14-day letter (art. 6:96 lid 6 BW) */
	DM_STEP_FINAL_NOTICE      = 1 << 3, /* the last letter before hand-over */
	DM_STEP_HAND_OVER         = 1 << 4, /* no more automatic mail: the owner is told */
} DmStepFlags;

typedef struct {
	int step;                   /* 1.. */
	const char *name;           /* "reminder", "second_reminder", "formal_notice" */
	const char *template_name;  /* file in templates/<lang>/ without ".txt" */
	int days_after_due;
	DmStepFlags flags;
} DmLadderStep;

/* Least days between two reminders to one invoice, so that catching up after downtime or
 * a late-recorded invoice never fires several steps at once. */
#define DM_LADDER_MIN_GAP_DAYS 7

/* (transfer none) the step after @last_step (0 = none sent yet), or NULL when the ladder
 * is done.  *@when is the day it is due: due + its offset, and at least the minimum gap
 * after @last_sent (when valid). */
const DmLadderStep *dm_ladder_next(const GDate *due, int last_step, const GDate *last_sent,
                                   GDate *when);
/* (transfer none) step @step, or NULL. */
const DmLadderStep *dm_ladder_step(int step);
