/* dm-command: the owner's commands in a reply to the digest, one per line, read into
 * typed values.  Pure: text in, commands out; whether a reply or an invoice exists, and
 * whether the sender may command at all, is decided above (src/dunning/owner, daemon).
 *
 * Grammar (words case-insensitive; Dutch and German synonyms in command.c's tables):
 *
 *   R12 [is] CLASS [DATE]          reclassify reply R12 (`dunmail reclassify`); CLASS is a
 *                                  class name or a synonym (promise, betwist, frage …)
 *   R12 not-a-dispute              the same as "R12 is other" (nothing for dunmail to do)
 *   INVOICE paid [AMOUNT] [DATE]   `dunmail paid` (in full, or a part on a day)
 *   INVOICE resolve | resume       `dunmail resolve`, `dunmail resume`
 *   INVOICE writeoff [REASON…]     `dunmail writeoff`
 *   INVOICE stop REASON… [until DATE]   `dunmail pause` (a reason is required)
 *   INVOICE plan N monthly|weekly from DATE   a payment plan (dm_owner_plan_from_command)
 *   pause ADDRESS until DATE [REASON…]        `dunmail debtor ADDRESS --pause-until DATE
 *                                             --reason REASON`
 *
 * The invoice verbs may also come first, in the CLI's order ("paid 2026-0042").  An
 * INVOICE is a word with a digit in it and no '@'; a DATE one word (2026-04-01,
 * 01-04-2026, 1.4.2026: always day first, with a year); an AMOUNT as dm_money_parse()
 * reads it, with an optional € or EUR.  A line that does not fit is not understood, with
 * the reason — never guessed.
 *
 * Diagnostics: none; the reason a line is not understood is part of the result (English,
 * naming the word that did not fit and what was expected).
 */
#pragma once
#include <glib.h>
#include "parser/reply/dm-reply-types.h"

/* Lines longer than this, or more lines than this, are refused rather than read. */
#define DM_COMMAND_MAX_LINE 300
#define DM_COMMAND_MAX_LINES 100
/* The reason of "pause ADDRESS until DATE" when the owner gives none. */
#define DM_COMMAND_DEBTOR_PAUSE_REASON "asked by mail"


typedef enum {
	DM_COMMAND_RECLASSIFY,
	DM_COMMAND_PAID,
	DM_COMMAND_RESOLVE,
	DM_COMMAND_RESUME,
	DM_COMMAND_WRITEOFF,
	DM_COMMAND_PAUSE,           /* one invoice, with a reason */
	DM_COMMAND_PAUSE_DEBTOR,    /* every invoice of one address, until a day */
	DM_COMMAND_PLAN,
} DmCommandVerb;

typedef enum {
	DM_COMMAND_PLAN_MONTHLY,
	DM_COMMAND_PLAN_WEEKLY,
} DmCommandPlanPeriod;

/* A payment plan as the owner asked for it: @instalments parts, one each @period, the
 * first on @first. */
typedef struct {
	int instalments;
	DmCommandPlanPeriod period;
	GDate first;
} DmCommandPlan;

typedef struct {
	DmCommandVerb verb;
	gint64 reply_id;            /* RECLASSIFY */
	DmReplyClass klass;         /* RECLASSIFY */
	char *number;               /* the invoice verbs */
	char *address;              /* PAUSE_DEBTOR: lower-cased */
	char *reason;               /* PAUSE (required), WRITEOFF, PAUSE_DEBTOR (nullable) */
	GDate date;                 /* RECLASSIFY's day, PAID's day, PAUSE's and PAUSE_DEBTOR's
	                             * until; invalid when not given */
	gint64 amount_cents;        /* PAID: 0 for everything open */
	DmCommandPlan plan;         /* PLAN */
} DmCommand;

void dm_command_free(DmCommand *cmd);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmCommand, dm_command_free)

/* (transfer full) the command on @line, or NULL: then *@why (transfer full) says why it
 * is not understood, or is NULL when the line holds nothing (blank, a bullet alone). */
DmCommand *dm_command_parse_line(const char *line, char **why);

/* (transfer full) @cmd as the `dunmail` command line that does the same
 * ("dunmail reclassify R12 promise_to_pay --date 2026-04-01"): shown in the confirmation,
 * and the key that keeps one command from running twice for one digest. */
char *dm_command_cli(const DmCommand *cmd);

/* One non-empty line of a reply and what it says. */
typedef struct {
	char *text;                 /* the line as written, trimmed */
	DmCommand *command;         /* (nullable) */
	char *why;                  /* (nullable) why it is not understood */
} DmCommandLine;

void dm_command_line_free(DmCommandLine *line);

/* (transfer full) (element-type DmCommandLine) the non-empty lines of @text (the new
 * text of the owner's reply: quotes and signature already removed), each read; at most
 * DM_COMMAND_MAX_LINES (the rest become one line saying they were not read). */
GPtrArray *dm_command_parse_text(const char *text);
