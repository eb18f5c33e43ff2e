/* dm-policy: what a reply does to an invoice's dunning.  One function, one table test.
 *
 * Who may change the ladder by itself (dm_policy_decide), first rule that applies wins:
 *   - a sender who does not speak for the debtor: nothing changes, the reply is shown;
 *   - a bounce or an automatic reply from an unverified sender: nothing changes, shown —
 *     but only a machine's message whose headers or report structure say so
 *     (dm_policy_typed); an "auto reply" read from the words alone ("Ik ben op
 *     vakantie tot 14 december. Daarna kijk ik naar uw factuur.") was typed by a person
 *     and goes by the next rule, its return date pausing as an out-of-office's would;
 *   - a person's reply that names none of the sender's several unpaid invoices (no
 *     thread headers, no number): HOLDS each of them, as below, since it may concern any;
 *   - a person's reply whose class and own day disagree (a promise for a day before the
 *     message, a payment on a day after it: dm_reply_date_contradicts): HOLDS, as below,
 *     with that reason;
 *   - a person's reply from an unverified sender, or one not understood with confidence,
 *     or one whose class acts on a stated date beyond the horizon (a promise to pay in
 *     2099; likewise a verified out-of-office "until 1 March 2099"): HOLDS the invoice —
 *     no reminder until the owner decides, at most max_hold_days, then the ladder resumes
 *     by itself;
 *   - otherwise (verified, confident, a date within the horizon) the class acts by
 *     itself, as the table below says.
 *
 * What a class does (dm_policy_for_reply):
 *   dispute        -> paused until the owner resolves it
 *   promise_to_pay -> paused until the promised day + grace (a week when no day is named)
 *   paid           -> paused for the bank statement (14 days), then the ladder resumes
 *   arrangement    -> paused: the owner proposes a plan
 *   question       -> paused: the owner answers
 *   auto_reply     -> paused until the stated return day, else unchanged
 *   bounce         -> stopped, the owner is alerted
 *   other          -> unchanged, shown in the digest
 */
#pragma once
#include "dunning/ledger/dm-ledger-types.h"
#include "parser/reply/dm-reply.h"

#define DM_POLICY_PROMISE_GRACE_DAYS 3
#define DM_POLICY_PROMISE_DEFAULT_DAYS 7
#define DM_POLICY_PAID_HOLD_DAYS 14

typedef struct {
	gboolean changes;           /* FALSE: leave the invoice as it is */
	DmInvoiceStatus status;     /* paused, held, stopped or open; ANY when no change */
	const char *reason;         /* "dispute", "promise_to_pay", ... or why it holds */
	GDate until;                /* invalid: until the owner acts */
	gboolean review;            /* the reply waits for the owner ("needs you") */
	const char *why;            /* (nullable) why the reply did not act by itself */
	DmReplyNote note;           /* the same as a code, for the digest to word; NONE
	                             * when @why is NULL */
} DmPolicyDecision;

/* What the policy weighs of one reply. */
typedef struct {
	DmReplyKind kind;
	DmReplyClass klass;
	gboolean confident;         /* DmReplyAnalysis.confident */
	gboolean verified;          /* our MTA authenticated the sender */
	gboolean speaks_for_debtor; /* dm_match_speaks_for_debtor() */
	gboolean typed;             /* kind auto_reply without machine evidence: a person's
	                             * (dm_policy_typed()) */
	gboolean several;           /* matched no invoice: the sender has several unpaid, and
	                             * this is one of them (dm_match_unsure()) */
	gboolean date_contradicts;  /* DmReplyAnalysis.date_contradicts */
	GDate stated;               /* the day the reply holds until: the date it states, or
	                             * the end of a vague time it names
	                             * (dm_reply_analysis_hold_date); invalid when none */
} DmPolicyReply;

/* The owner's limits: `[replies] horizon_days` and `max_hold_days`. */
typedef struct {
	int horizon_days;
	int max_hold_days;
} DmPolicyLimits;

/* TRUE when @a is an auto_reply that nothing but its words calls one: no automatic-mail
 * header (@a->automatic_headers: Auto-Submitted, X-Autoreply, X-Autorespond, Precedence:
 * auto_reply, bulk or junk, X-Auto-Response-Suppress, a null Return-Path) and no delivery
 * report's structure.  The model, or a subject like "met vakantie", read it from what a
 * person may well have typed. */
gboolean dm_policy_typed(const DmReplyAnalysis *a);

/* The class table alone, as for a verified, confidently understood reply. */
void dm_policy_for_reply(DmReplyClass klass, const GDate *stated, const GDate *today,
                         DmPolicyDecision *out);

/* The whole policy (the rules above) for @r received @today; merge the result with the
 * invoice's state (dm_policy_merge) before writing it. */
void dm_policy_decide(const DmPolicyReply *r, const GDate *today, const DmPolicyLimits *limits,
                      DmPolicyDecision *out);

/* The owner's decision that reply is of class @klass (with @stated, nullable): applied as
 * a verified, confident reply would be, except that a hold is lifted first — so a reply
 * the owner calls "other" puts a held invoice back on the ladder.  Already merged with
 * the invoice's @status and @until. */
void dm_policy_for_owner(DmReplyClass klass, const GDate *stated, const GDate *today,
                         DmInvoiceStatus status, const GDate *until, DmPolicyDecision *out);

/* Whether a reply of this analysis would hold for the owner rather than act by itself,
 * judged as if its sender were verified and spoke for the debtor (`classify --json`'s
 * needs_review). */
gboolean dm_policy_needs_review(const DmReplyAnalysis *a, const GDate *today,
                                const DmPolicyLimits *limits);

/* (transfer none) Why such a reply would hold for the owner, in the ledger's words ("not
 * understood with confidence", "date beyond the horizon"), or NULL when it would act by
 * itself (dm_policy_needs_review). */
const char *dm_policy_review_why(const DmReplyAnalysis *a, const GDate *today,
                                 const DmPolicyLimits *limits);

/* Weighs @d against the invoice's current @status and @until, so that a later, weaker
 * reply never lifts a stronger hold:
 *   - paid and stopped invoices change only by the owner's hand;
 *   - a hold never shortens a pause: not one until the owner decides (a dispute), nor a
 *     dated one that already lasts as long; a hold (dated) otherwise counts as a dated
 *     pause;
 *   - a pause until the owner decides (dispute, question, arrangement) is not shortened
 *     into a dated one (an out-of-office after a dispute does not end the dispute);
 *   - a dated pause is only ever extended;
 *   - a bounce stops the invoice whatever it was (unless paid).
 * Clears d->changes when nothing is to change. */
void dm_policy_merge(DmInvoiceStatus status, const GDate *until, DmPolicyDecision *d);

/* What a reply that could not be read at all does to an invoice it is tied to by its
 * envelope or thread headers (set aside in the spool's bad/): held for the owner, at most
 * max_hold_days, as a reply dunmail was not sure of — its words may be "paid yesterday",
 * and a reminder must not cross them.  Not yet merged with the invoice's state. */
void dm_policy_for_unread(const GDate *today, const DmPolicyLimits *limits,
                          DmPolicyDecision *out);
