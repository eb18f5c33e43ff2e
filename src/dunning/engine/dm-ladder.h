/* dm-ladder: the escalation ladder, and the one function that decides an invoice's next
 * step.  Fixed for now (reminder at due + 7, second at + 21, formal notice at + 35);
 * the dunning-engine issue makes it configurable. */
#pragma once
#include <glib.h>

typedef struct {
	int step;                   /* 1.. */
	const char *name;           /* "reminder", "second_reminder", "formal_notice" */
	const char *template_name;  /* file in templates/<lang>/ without ".txt" */
	int days_after_due;
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
