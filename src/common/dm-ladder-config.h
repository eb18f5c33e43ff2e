/* dm-ladder-config: the escalation ladders of the configuration — any number of named
 * ladders, each any number of named steps — read from dunmail.conf and checked when the
 * configuration is loaded, so that dunmail-milter, dunmaild and dunmail all refuse a bad
 * ladder at start, naming file, group, key and problem.
 *
 *   [dunning]
 *   business_ladder = business          # the ladder of a business debtor (the default)
 *   consumer_ladder = consumer          # the ladder of a consumer debtor
 *   default_debtor_kind = consumer      # when nothing says which (config.c reads it)
 *   [ladder business]
 *   steps = reminder, second_reminder, formal_notice, hand_over
 *   [step formal_notice]
 *   after = due+35                      # or due-3 (before the due date), previous+14
 *   template = formal_notice            # templates/<lang>/formal_notice.txt
 *   flags = claims_costs, claims_interest, final_notice
 *
 * Two ladders are built in, "business" and "consumer" (dm_ladder_set_new_default); a
 * [ladder business] or [ladder consumer] group replaces the built-in one of that name.
 * The engine (dunning/engine/dm-ladder.h) decides with these tables; this module only
 * reads and checks them.
 *
 * Diagnostics: DM_CONFIG_ERROR_INVALID, "FILE: [step x] flags: unknown flag 'y' (known: …)";
 * returned to the caller of dm_config_load, which reports it once.
 */
#pragma once
#include <glib.h>

/* What a step does besides reminding. */
typedef enum {
	DM_STEP_CLAIMS_COSTS      = 1 << 0, /* claims the statutory collection costs */
	DM_STEP_CLAIMS_INTEREST   = 1 << 1, /* claims statutory interest */
	DM_STEP_FOURTEEN_DAY      = 1 << 2, /* the Dutch 14-day letter (art. 6:96 lid 6 BW) */
	DM_STEP_FINAL_NOTICE      = 1 << 3, /* the last letter before hand-over */
	DM_STEP_HAND_OVER         = 1 << 4, /* no more automatic mail: the owner is told */
} DmStepFlags;

/* What a step's offset counts from. */
typedef enum {
	DM_STEP_FROM_DUE = 0,       /* the invoice's due date (a negative offset: before it) */
	DM_STEP_FROM_PREVIOUS,      /* the day the step before it went */
} DmStepAnchor;

/* Whom a ladder is for: a consumer ladder must send the 14-day letter before it claims
 * costs. */
typedef enum {
	DM_LADDER_BUSINESS = 0,
	DM_LADDER_CONSUMER,
} DmLadderKind;

typedef struct {
	int step;                   /* 1.. its place in its ladder */
	char *name;                 /* "second_reminder": the [step NAME] */
	char *template_name;        /* file in templates/<lang>/ without ".txt"; NULL for a
	                             * hand-over, which mails no debtor */
	DmStepAnchor anchor;
	int offset_days;            /* from the anchor; negative only from the due date */
	int days_after_due;         /* the planned day, counted from the due date along the
	                             * ladder (previous steps on their planned days) */
	DmStepFlags flags;
} DmLadderStep;

typedef struct {
	char *name;                 /* "business": the [ladder NAME] */
	DmLadderKind kind;
	GPtrArray *steps;           /* of DmLadderStep*, in order; never empty */
} DmLadder;

/* What a payment plan does when an instalment is missed. */
typedef enum {
	DM_PLAN_MISSED_RESUME = 0,  /* the ladder resumes on what is open, where it was */
	DM_PLAN_MISSED_HOLD,        /* the invoice waits for the owner */
} DmPlanOnMissed;

/* The instalment reminders that replace the ladder while a payment plan runs ([plan]):
 * one @remind_before_days before each instalment's day, one @remind_after_days after it
 * when it is unpaid, and the instalment missed @missed_after_days after it. */
typedef struct {
	int remind_before_days;     /* 0: no reminder before the day */
	int remind_after_days;
	int missed_after_days;      /* > remind_after_days, so the reminder after goes first */
	DmPlanOnMissed on_missed;
} DmPlanTiming;

#define DM_PLAN_REMIND_BEFORE_DAYS 3
#define DM_PLAN_REMIND_AFTER_DAYS 3
#define DM_PLAN_MISSED_AFTER_DAYS 10

typedef struct {
	GPtrArray *ladders;         /* of DmLadder* */
	DmPlanTiming plan;          /* the instalment reminders of payment plans ([plan]) */
	char *business_ladder;      /* the names [dunning] business_ladder and consumer_ladder */
	char *consumer_ladder;      /* choose; both name a ladder of the set */
	DmLadderKind unknown_debtor;    /* [dunning] default_debtor_kind: the ladder of a debtor
	                                 * neither the invoice nor the owner says the kind of;
	                                 * consumer unless configured (see the README) */
} DmLadderSet;

/* Least days between two reminders to one invoice, so that catching up after downtime or
 * a late-recorded invoice never fires several steps at once; a ladder whose steps lie
 * closer is refused. */
#define DM_LADDER_MIN_GAP_DAYS 7

/* (transfer full) the two built-in ladders:
 *   business: reminder due+7, second_reminder due+21, formal_notice due+35 (claims costs
 *             and interest, final notice), hand_over previous+14;
 *   consumer: reminder due+7, second_reminder due+21, fourteen_day_letter due+35 (the
 *             14-day letter, final notice), formal_notice previous+15 (claims costs and
 *             interest: the letter's 14 days, counted from the day after it arrived, have
 *             run out), hand_over previous+14. */
DmLadderSet *dm_ladder_set_new_default(void);
void dm_ladder_set_free(DmLadderSet *set);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmLadderSet, dm_ladder_set_free)

/* Reads the [ladder NAME] and [step NAME] groups of @kf into @set (replacing a built-in
 * ladder of the same name) and checks every ladder; @business_ladder / @consumer_ladder
 * (nullable: keep the built-in names) are the [dunning] keys.  @path names the file in
 * errors. */
gboolean dm_ladder_set_load(DmLadderSet *set, GKeyFile *kf, const char *path,
                            const char *business_ladder, const char *consumer_ladder,
                            GError **error);

/* TRUE for a group this module reads ("ladder NAME", "step NAME"). */
gboolean dm_ladder_config_group(const char *group);

/* (transfer none) (nullable) the ladder named @name. */
const DmLadder *dm_ladder_set_find(const DmLadderSet *set, const char *name);

/* Every step's template exists as @dir/@language/NAME.txt: what dunmaild and dunmail
 * check at start (the milter renders nothing).  The error names the file, the step and the
 * missing template. */
gboolean dm_ladder_set_check_templates(const DmLadderSet *set, const char *path,
                                       const char *dir, const char *language, GError **error);

/* (transfer none) "claims_costs" ... for one flag bit; NULL for another value. */
const char *dm_step_flag_name(DmStepFlags flag);
/* (transfer full) "claims_costs, final_notice", or "" when none. */
char *dm_step_flags_text(DmStepFlags flags);
