/* test-dunning-policy: what each class of reply does to an invoice, with and without a
 * stated date, and with a stated date already past; who may act by itself and who holds
 * for the owner (dm_policy_decide: verified, confident, the horizon, the maximum hold);
 * the merge with the invoice's state (a hold never shortens a stronger one); the owner's
 * decision (dm_policy_for_owner). */
#include "common/dm-clock.h"
#include "dunning/engine/dm-policy.h"
#include "dunning/report/dm-digest-words.h"

#define TODAY "2026-11-24"

typedef struct {
	const char *name;
	DmReplyClass klass;
	const char *stated;         /* NULL: none */
	gboolean changes;
	const char *status;
	const char *reason;
	const char *until;          /* NULL: no automatic resume */
} Case;

static const Case cases[] = {
	{ "dispute", DM_REPLY_CLASS_DISPUTE, NULL, TRUE, "paused", "dispute", NULL },
	{ "dispute-dated", DM_REPLY_CLASS_DISPUTE, "2026-12-01", TRUE, "paused", "dispute", NULL },
	{ "promise-dated", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-01", TRUE, "paused",
	  "promise_to_pay", "2026-12-04" },
	{ "promise-today", DM_REPLY_CLASS_PROMISE_TO_PAY, TODAY, TRUE, "paused", "promise_to_pay",
	  "2026-11-27" },
	{ "promise-undated", DM_REPLY_CLASS_PROMISE_TO_PAY, NULL, TRUE, "paused", "promise_to_pay",
	  "2026-12-01" },
	{ "promise-past-date", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-11-20", TRUE, "paused",
	  "promise_to_pay", "2026-12-01" },
	{ "promise-far", DM_REPLY_CLASS_PROMISE_TO_PAY, "2027-02-28", TRUE, "paused",
	  "promise_to_pay", "2027-03-03" },
	{ "paid", DM_REPLY_CLASS_PAID, NULL, TRUE, "paused", "paid", "2026-12-08" },
	{ "paid-dated", DM_REPLY_CLASS_PAID, "2026-11-23", TRUE, "paused", "paid", "2026-12-08" },
	{ "arrangement", DM_REPLY_CLASS_ARRANGEMENT, NULL, TRUE, "paused", "arrangement", NULL },
	{ "question", DM_REPLY_CLASS_QUESTION, NULL, TRUE, "paused", "question", NULL },
	{ "question-dated", DM_REPLY_CLASS_QUESTION, "2026-12-10", TRUE, "paused", "question", NULL },
	{ "auto-reply-dated", DM_REPLY_CLASS_AUTO_REPLY, "2026-12-03", TRUE, "paused", "auto_reply",
	  "2026-12-04" },
	{ "auto-reply-undated", DM_REPLY_CLASS_AUTO_REPLY, NULL, FALSE, NULL, NULL, NULL },
	{ "auto-reply-past", DM_REPLY_CLASS_AUTO_REPLY, "2026-11-01", FALSE, NULL, NULL, NULL },
	{ "bounce", DM_REPLY_CLASS_BOUNCE, NULL, TRUE, "stopped", "bounce", NULL },
	{ "other", DM_REPLY_CLASS_OTHER, NULL, FALSE, NULL, NULL, NULL },
	{ "other-dated", DM_REPLY_CLASS_OTHER, "2026-12-01", FALSE, NULL, NULL, NULL },
};

/* *@out = @iso, or invalid when @iso is NULL ("none"). */
static void
date_or_none(const char *iso, GDate *out)
{
	g_date_clear(out, 1);
	if (iso)
		g_assert_true(dm_date_parse_iso(iso, out));
}

/* The name of @s, NULL for "no status" (no change). */
static const char *
status_name(DmInvoiceStatus s)
{
	return s == DM_INVOICE_STATUS_ANY ? NULL : dm_invoice_status_name(s);
}

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	GDate today, stated;
	g_assert_true(dm_date_parse_iso(TODAY, &today));
	date_or_none(c->stated, &stated);
	DmPolicyDecision d;
	g_date_set_dmy(&d.until, 1, 1, 2000);
	d.status = DM_INVOICE_STATUS_PAID;       /* junk: never what a reply decides */
	dm_policy_for_reply(c->klass, &stated, &today, &d);
	g_assert_cmpint(d.changes, ==, c->changes);
	g_assert_cmpstr(status_name(d.status), ==, c->status);
	g_assert_cmpstr(d.reason, ==, c->reason);
	g_autofree char *until = dm_date_iso(&d.until);
	g_assert_cmpstr(until, ==, c->until);
}

/* A NULL stated date is "none", like an invalid one. */
static void
test_null_stated(void)
{
	GDate today;
	g_assert_true(dm_date_parse_iso(TODAY, &today));
	DmPolicyDecision d;
	dm_policy_for_reply(DM_REPLY_CLASS_PROMISE_TO_PAY, NULL, &today, &d);
	g_autofree char *until = dm_date_iso(&d.until);
	g_assert_cmpstr(until, ==, "2026-12-01");
	dm_policy_for_reply(DM_REPLY_CLASS_AUTO_REPLY, NULL, &today, &d);
	g_assert_false(d.changes);
}

/* dm_policy_merge: the current state of the invoice against the reply's decision. */
typedef struct {
	const char *name;
	const char *status;         /* the invoice now */
	const char *until;          /* its resume date, NULL for none */
	DmReplyClass klass;         /* the new reply */
	const char *stated;
	gboolean changes;
	const char *until_after;    /* the resume date the reply sets, NULL for none */
} MergeCase;

static const MergeCase merges[] = {
	{ "open-takes-dispute", "open", NULL, DM_REPLY_CLASS_DISPUTE, NULL, TRUE, NULL },
	{ "open-takes-promise", "open", NULL, DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-04", TRUE, "2026-12-07" },
	{ "dispute-keeps-over-out-of-office", "paused", NULL, DM_REPLY_CLASS_AUTO_REPLY, "2026-11-30", FALSE, NULL },
	{ "dispute-keeps-over-promise", "paused", NULL, DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-04", FALSE, NULL },
	{ "dispute-then-question-replaces-reason", "paused", NULL, DM_REPLY_CLASS_QUESTION, NULL, TRUE, NULL },
	{ "promise-then-dispute", "paused", "2026-12-07", DM_REPLY_CLASS_DISPUTE, NULL, TRUE, NULL },
	{ "promise-extended", "paused", "2026-12-07", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-20", TRUE, "2026-12-23" },
	{ "promise-not-shortened", "paused", "2026-12-20", DM_REPLY_CLASS_AUTO_REPLY, "2026-11-30", TRUE, "2026-12-20" },
	{ "paid-stays", "paid", NULL, DM_REPLY_CLASS_DISPUTE, NULL, FALSE, NULL },
	{ "stopped-stays", "stopped", NULL, DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-04", FALSE, NULL },
	{ "bounce-stops-a-pause", "paused", "2026-12-07", DM_REPLY_CLASS_BOUNCE, NULL, TRUE, NULL },
	{ "other-changes-nothing", "paused", "2026-12-07", DM_REPLY_CLASS_OTHER, NULL, FALSE, NULL },
	/* A hold counts as a dated pause: a dispute replaces it, a dated reply extends it. */
	{ "held-then-dispute", "held", "2026-12-04", DM_REPLY_CLASS_DISPUTE, NULL, TRUE, NULL },
	{ "held-then-promise-extends", "held", "2026-12-04", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-10", TRUE, "2026-12-13" },
	{ "held-not-shortened", "held", "2026-12-04", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-11-25", TRUE, "2026-12-04" },
};

static void
test_merge(gconstpointer data)
{
	const MergeCase *c = data;
	GDate today, stated, until;
	g_assert_true(dm_date_parse_iso(TODAY, &today));
	date_or_none(c->stated, &stated);
	date_or_none(c->until, &until);
	DmPolicyDecision d;
	dm_policy_for_reply(c->klass, &stated, &today, &d);
	DmInvoiceStatus now;
	g_assert_true(dm_invoice_status_from_name(c->status, &now));
	dm_policy_merge(now, &until, &d);
	g_assert_cmpint(d.changes, ==, c->changes);
	if (c->changes) {
		g_autofree char *after = dm_date_iso(&d.until);
		g_assert_cmpstr(after, ==, c->until_after);
	}
}

/* dm_policy_decide: who may act by itself.  Limits: horizon 60 days, hold 10 days. */
typedef struct {
	const char *name;
	DmReplyKind kind;
	DmReplyClass klass;
	gboolean verified, confident, debtor;
	const char *stated;
	const char *status;         /* what the reply decides; NULL: no change */
	const char *until;
	gboolean review;
	const char *why;            /* NULL when it acts by itself */
} DecideCase;

#define R DM_REPLY_KIND_REPLY
#define AUTO DM_REPLY_KIND_AUTO_REPLY
#define BOUNCE DM_REPLY_KIND_BOUNCE
static const DecideCase decides[] = {
	/* verified and confident: the class table */
	{ "verified-dispute-acts", R, DM_REPLY_CLASS_DISPUTE, TRUE, TRUE, TRUE, NULL, "paused", NULL, FALSE, NULL },
	{ "verified-promise-acts", R, DM_REPLY_CLASS_PROMISE_TO_PAY, TRUE, TRUE, TRUE, "2026-12-01", "paused", "2026-12-04", FALSE, NULL },
	{ "verified-other-shown", R, DM_REPLY_CLASS_OTHER, TRUE, TRUE, TRUE, NULL, NULL, NULL, FALSE, NULL },
	/* unverified: held, whatever the class (a confident "thanks" too) */
	{ "unverified-dispute-holds", R, DM_REPLY_CLASS_DISPUTE, FALSE, TRUE, TRUE, NULL, "held", "2026-12-04", TRUE, "sender not verified" },
	{ "unverified-promise-holds", R, DM_REPLY_CLASS_PROMISE_TO_PAY, FALSE, TRUE, TRUE, "2026-12-01", "held", "2026-12-04", TRUE, "sender not verified" },
	{ "unverified-other-holds", R, DM_REPLY_CLASS_OTHER, FALSE, TRUE, TRUE, NULL, "held", "2026-12-04", TRUE, "sender not verified" },
	/* not understood with confidence: held */
	{ "unsure-dispute-holds", R, DM_REPLY_CLASS_DISPUTE, TRUE, FALSE, TRUE, NULL, "held", "2026-12-04", TRUE, "not understood with confidence" },
	{ "unsure-other-holds", R, DM_REPLY_CLASS_OTHER, TRUE, FALSE, TRUE, NULL, "held", "2026-12-04", TRUE, "not understood with confidence" },
	/* the horizon: 60 days from today is 2027-01-23 */
	{ "promise-at-horizon-acts", R, DM_REPLY_CLASS_PROMISE_TO_PAY, TRUE, TRUE, TRUE, "2027-01-23", "paused", "2027-01-26", FALSE, NULL },
	{ "promise-beyond-horizon-holds", R, DM_REPLY_CLASS_PROMISE_TO_PAY, TRUE, TRUE, TRUE, "2027-01-24", "held", "2026-12-04", TRUE, "date beyond the horizon" },
	{ "promise-2099-holds", R, DM_REPLY_CLASS_PROMISE_TO_PAY, TRUE, TRUE, TRUE, "2099-01-01", "held", "2026-12-04", TRUE, "date beyond the horizon" },
	{ "dispute-far-date-acts", R, DM_REPLY_CLASS_DISPUTE, TRUE, TRUE, TRUE, "2099-01-01", "paused", NULL, FALSE, NULL },
	{ "out-of-office-2099-holds", AUTO, DM_REPLY_CLASS_AUTO_REPLY, TRUE, TRUE, TRUE, "2099-03-01", "held", "2026-12-04", TRUE, "date beyond the horizon" },
	{ "out-of-office-near-acts", AUTO, DM_REPLY_CLASS_AUTO_REPLY, TRUE, TRUE, TRUE, "2026-12-03", "paused", "2026-12-04", FALSE, NULL },
	/* machines and strangers: shown, never held */
	{ "out-of-office-unverified-shown", AUTO, DM_REPLY_CLASS_AUTO_REPLY, FALSE, TRUE, TRUE, "2026-12-03", NULL, NULL, FALSE, "sender not verified" },
	{ "bounce-verified-stops", BOUNCE, DM_REPLY_CLASS_BOUNCE, TRUE, TRUE, TRUE, NULL, "stopped", NULL, FALSE, NULL },
	{ "bounce-unverified-shown", BOUNCE, DM_REPLY_CLASS_BOUNCE, FALSE, TRUE, TRUE, NULL, NULL, NULL, FALSE, "sender not verified" },
	{ "stranger-shown", R, DM_REPLY_CLASS_DISPUTE, TRUE, TRUE, FALSE, NULL, NULL, NULL, FALSE, "not the debtor" },
	{ "unverified-stranger-shown", R, DM_REPLY_CLASS_DISPUTE, FALSE, FALSE, FALSE, NULL, NULL, NULL, FALSE, "not the debtor" },
};

static const DmPolicyLimits limits = { .horizon_days = 60, .max_hold_days = 10 };

/* @r, decided @today, holds its invoice for the owner, as long as the limits allow
 * (today + 10 days), saying @why; the note's code. */
static DmReplyNote
assert_held(const DmPolicyReply *r, const GDate *today, const char *why)
{
	DmPolicyDecision d;
	dm_policy_decide(r, today, &limits, &d);
	g_assert_cmpstr(status_name(d.status), ==, "held");
	g_autofree char *until = dm_date_iso(&d.until);
	g_assert_cmpstr(until, ==, "2026-12-04");
	g_assert_true(d.review);
	g_assert_cmpstr(d.why, ==, why);
	return d.note;
}

/* @r, decided @today, changes nothing and waits for no one. */
static void
assert_holds_nothing(const DmPolicyReply *r, const GDate *today)
{
	DmPolicyDecision d;
	dm_policy_decide(r, today, &limits, &d);
	g_assert_false(d.changes);
	g_assert_false(d.review);
}

static void
test_decide(gconstpointer data)
{
	const DecideCase *c = data;
	GDate today;
	g_assert_true(dm_date_parse_iso(TODAY, &today));
	DmPolicyReply r = { .kind = c->kind, .klass = c->klass, .verified = c->verified,
	                    .confident = c->confident, .speaks_for_debtor = c->debtor };
	date_or_none(c->stated, &r.stated);
	DmPolicyDecision d;
	dm_policy_decide(&r, &today, &limits, &d);
	g_assert_cmpint(d.changes, ==, c->status != NULL);
	g_assert_cmpstr(status_name(d.status), ==, c->status);
	g_autofree char *until = dm_date_iso(&d.until);
	g_assert_cmpstr(until, ==, c->until);
	g_assert_cmpint(d.review, ==, c->review);
	g_assert_cmpstr(d.why, ==, c->why);
}

/* An auto reply nothing but its words calls one was typed by a person: the safety net
 * holds it like any person's reply, and only a verified return date pauses by itself. */
typedef struct {
	const char *name;
	gboolean verified;
	const char *stated;
	const char *status;
	const char *until;
	gboolean review;
} TypedCase;

static const TypedCase typeds[] = {
	{ "unverified-holds", FALSE, "2026-12-14", "held", "2026-12-04", TRUE },
	{ "verified-return-date-pauses", TRUE, "2026-12-14", "paused", "2026-12-15", FALSE },
	{ "verified-no-date-holds", TRUE, NULL, "held", "2026-12-04", TRUE },
	{ "verified-2099-holds", TRUE, "2099-03-01", "held", "2026-12-04", TRUE },
};

static void
test_typed(gconstpointer data)
{
	const TypedCase *c = data;
	GDate today;
	g_assert_true(dm_date_parse_iso(TODAY, &today));
	DmPolicyReply r = { .kind = AUTO, .klass = DM_REPLY_CLASS_AUTO_REPLY,
	                    .verified = c->verified, .confident = TRUE,
	                    .speaks_for_debtor = TRUE, .typed = TRUE };
	date_or_none(c->stated, &r.stated);
	DmPolicyDecision d;
	dm_policy_decide(&r, &today, &limits, &d);
	g_assert_true(d.changes);
	g_assert_cmpstr(status_name(d.status), ==, c->status);
	g_autofree char *until = dm_date_iso(&d.until);
	g_assert_cmpstr(until, ==, c->until);
	g_assert_cmpint(d.review, ==, c->review);
	/* A stranger's typed "I am away" still changes nothing. */
	r.speaks_for_debtor = FALSE;
	assert_holds_nothing(&r, &today);
}

/* A person's reply that names none of the sender's several unpaid invoices holds each,
 * verified and confident or not; a machine's message or a stranger's holds nothing. */
static void
test_several(void)
{
	GDate today;
	g_assert_true(dm_date_parse_iso(TODAY, &today));
	DmPolicyReply r = { .kind = R, .klass = DM_REPLY_CLASS_PROMISE_TO_PAY, .verified = TRUE,
	                    .confident = TRUE, .speaks_for_debtor = TRUE, .several = TRUE };
	g_assert_true(dm_date_parse_iso("2026-12-01", &r.stated));
	assert_held(&r, &today, "which invoice? the sender has several unpaid");
	DmPolicyDecision d;
	r.verified = FALSE;
	dm_policy_decide(&r, &today, &limits, &d);
	g_assert_cmpstr(d.why, ==, "which invoice? the sender has several unpaid");
	r.speaks_for_debtor = FALSE;
	assert_holds_nothing(&r, &today);
	r.speaks_for_debtor = TRUE;
	r.kind = AUTO;
	r.klass = DM_REPLY_CLASS_AUTO_REPLY;
	assert_holds_nothing(&r, &today);
}

/* Which auto replies a machine vouches for: headers and reports, never words alone (nor
 * a rule's name: "model" or "headers" decides nothing here). */
static void
test_typed_evidence(void)
{
	DmReplyAnalysis a = { .kind = AUTO, .klass = DM_REPLY_CLASS_AUTO_REPLY };
	static const struct { const char *rule; gboolean headers; gboolean typed; } rows[] = {
		{ "model", FALSE, TRUE }, { "subject", FALSE, TRUE }, { NULL, FALSE, TRUE },
		{ "headers", FALSE, TRUE }, { "header_auto_submitted", FALSE, TRUE },
		{ "model", TRUE, FALSE }, { "subject", TRUE, FALSE }, { "headers", TRUE, FALSE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		a.matched_rule = (char *) rows[i].rule;
		a.automatic_headers = rows[i].headers;
		g_assert_cmpint(dm_policy_typed(&a), ==, rows[i].typed);
	}
	a.automatic_headers = FALSE;
	a.matched_rule = (char *) "dsn_delayed";
	a.delivery = DM_DELIVERY_DELAYED;
	g_assert_false(dm_policy_typed(&a));
	a.delivery = DM_DELIVERY_NONE;
	a.kind = R;
	a.matched_rule = (char *) "model";
	g_assert_false(dm_policy_typed(&a));
}

/* The maximum hold is the configured one. */
static void
test_max_hold(void)
{
	GDate today;
	g_assert_true(dm_date_parse_iso(TODAY, &today));
	DmPolicyReply r = { .kind = R, .klass = DM_REPLY_CLASS_QUESTION, .verified = FALSE,
	                    .confident = TRUE, .speaks_for_debtor = TRUE };
	g_date_clear(&r.stated, 1);
	DmPolicyLimits three = { .horizon_days = 60, .max_hold_days = 3 };
	DmPolicyDecision d;
	dm_policy_decide(&r, &today, &three, &d);
	g_autofree char *until = dm_date_iso(&d.until);
	g_assert_cmpstr(until, ==, "2026-11-27");
}

/* A hold merged with the invoice's state: it never shortens or lifts a stronger one. */
typedef struct {
	const char *name;
	const char *status;         /* the invoice now */
	const char *until;
	gboolean changes;
	const char *until_after;
} HoldMergeCase;

static const HoldMergeCase hold_merges[] = {
	{ "open-is-held", "open", NULL, TRUE, "2026-12-04" },
	{ "dispute-not-turned-into-hold", "paused", NULL, FALSE, NULL },
	{ "longer-pause-not-shortened", "paused", "2026-12-20", FALSE, NULL },
	{ "shorter-pause-held-longer", "paused", "2026-11-28", TRUE, "2026-12-04" },
	{ "hold-extends-hold", "held", "2026-11-30", TRUE, "2026-12-04" },
	{ "hold-keeps-longer-hold", "held", "2026-12-10", TRUE, "2026-12-10" },
	{ "paid-stays-paid", "paid", NULL, FALSE, NULL },
	{ "stopped-stays-stopped", "stopped", NULL, FALSE, NULL },
};

static void
test_hold_merge(gconstpointer data)
{
	const HoldMergeCase *c = data;
	GDate today, until;
	g_assert_true(dm_date_parse_iso(TODAY, &today));
	date_or_none(c->until, &until);
	DmPolicyReply r = { .kind = R, .klass = DM_REPLY_CLASS_DISPUTE, .verified = FALSE,
	                    .confident = TRUE, .speaks_for_debtor = TRUE };
	g_date_clear(&r.stated, 1);
	DmPolicyDecision d;
	dm_policy_decide(&r, &today, &limits, &d);
	DmInvoiceStatus now;
	g_assert_true(dm_invoice_status_from_name(c->status, &now));
	dm_policy_merge(now, &until, &d);
	g_assert_cmpint(d.changes, ==, c->changes);
	g_assert_true(d.review);    /* merged or not, the reply waits for the owner */
	if (c->changes) {
		g_assert_cmpstr(status_name(d.status), ==, "held");
		g_autofree char *after = dm_date_iso(&d.until);
		g_assert_cmpstr(after, ==, c->until_after);
	}
}

/* The owner's class, applied to an invoice in some state. */
typedef struct {
	const char *name;
	const char *status;
	const char *until;
	DmReplyClass klass;
	const char *date;
	gboolean changes;
	const char *status_after;
	const char *until_after;
} OwnerCase;

static const OwnerCase owners[] = {
	{ "held-dispute-pauses", "held", "2026-12-04", DM_REPLY_CLASS_DISPUTE, NULL, TRUE, "paused", NULL },
	{ "held-promise-takes-owner-date", "held", "2026-12-04", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-11-26", TRUE, "paused", "2026-11-29" },
	{ "held-promise-far-date-as-owner-says", "held", "2026-12-04", DM_REPLY_CLASS_PROMISE_TO_PAY, "2027-06-01", TRUE, "paused", "2027-06-04" },
	{ "held-other-lifts-hold", "held", "2026-12-04", DM_REPLY_CLASS_OTHER, NULL, TRUE, "open", NULL },
	{ "open-other-changes-nothing", "open", NULL, DM_REPLY_CLASS_OTHER, NULL, FALSE, NULL, NULL },
	{ "open-dispute-pauses", "open", NULL, DM_REPLY_CLASS_DISPUTE, NULL, TRUE, "paused", NULL },
	{ "paid-stays-paid", "paid", NULL, DM_REPLY_CLASS_DISPUTE, NULL, FALSE, NULL, NULL },
	{ "dispute-pause-kept-over-promise", "paused", NULL, DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-01", FALSE, NULL, NULL },
};

static void
test_owner(gconstpointer data)
{
	const OwnerCase *c = data;
	GDate today, until, date;
	g_assert_true(dm_date_parse_iso(TODAY, &today));
	date_or_none(c->until, &until);
	date_or_none(c->date, &date);
	DmInvoiceStatus now;
	g_assert_true(dm_invoice_status_from_name(c->status, &now));
	DmPolicyDecision d;
	dm_policy_for_owner(c->klass, &date, &today, now, &until, &d);
	g_assert_cmpint(d.changes, ==, c->changes);
	if (c->changes) {
		g_assert_cmpstr(status_name(d.status), ==, c->status_after);
		g_autofree char *after = dm_date_iso(&d.until);
		g_assert_cmpstr(after, ==, c->until_after);
	}
}

/* A reply whose class and own day disagree holds with that reason, however verified and
 * confident; an unverified sender and several unpaid invoices still say why first, and
 * a machine's message or a stranger's holds nothing. */
static void
test_date_contradicts(void)
{
	GDate today;
	g_assert_true(dm_date_parse_iso(TODAY, &today));
	DmPolicyReply r = { .kind = R, .klass = DM_REPLY_CLASS_PROMISE_TO_PAY, .verified = TRUE,
	                    .confident = TRUE, .speaks_for_debtor = TRUE,
	                    .date_contradicts = TRUE };
	g_assert_true(dm_date_parse_iso("2026-11-20", &r.stated));
	g_assert_cmpint(assert_held(&r, &today, "read as a promise, but for a day before the message"),
	                ==, DM_REPLY_NOTE_HELD_PAST_PROMISE);

	r.klass = DM_REPLY_CLASS_PAID;
	g_assert_true(dm_date_parse_iso("2026-11-30", &r.stated));
	g_assert_cmpint(assert_held(&r, &today, "read as paid, but on a day after the message"),
	                ==, DM_REPLY_NOTE_HELD_FUTURE_PAYMENT);

	DmPolicyDecision d;

	r.verified = FALSE;
	dm_policy_decide(&r, &today, &limits, &d);
	g_assert_cmpint(d.note, ==, DM_REPLY_NOTE_HELD_UNVERIFIED);
	r.verified = TRUE;
	r.several = TRUE;
	dm_policy_decide(&r, &today, &limits, &d);
	g_assert_cmpint(d.note, ==, DM_REPLY_NOTE_HELD_WHICH);
	r.several = FALSE;
	r.speaks_for_debtor = FALSE;
	assert_holds_nothing(&r, &today);

	/* Without the flag the same paid reply acts: the guard is the flag's, not the day's. */
	r.speaks_for_debtor = TRUE;
	r.date_contradicts = FALSE;
	dm_policy_decide(&r, &today, &limits, &d);
	g_assert_cmpstr(status_name(d.status), ==, "paused");
	g_assert_false(d.review);
}

/* classify --json's needs_review: judged as if verified and from the debtor. */
static void
test_needs_review(void)
{
	GDate today;
	g_assert_true(dm_date_parse_iso(TODAY, &today));
	DmReplyAnalysis a = { .kind = R, .klass = DM_REPLY_CLASS_DISPUTE, .confidence = 0.9,
	                      .confident = TRUE };
	g_date_clear(&a.date, 1);
	g_assert_false(dm_policy_needs_review(&a, &today, &limits));
	a.confident = FALSE;
	g_assert_true(dm_policy_needs_review(&a, &today, &limits));
	a.confident = TRUE;
	a.klass = DM_REPLY_CLASS_PROMISE_TO_PAY;
	g_assert_true(dm_date_parse_iso("2099-03-01", &a.date));
	g_assert_true(dm_policy_needs_review(&a, &today, &limits));
	g_assert_true(dm_date_parse_iso("2026-12-01", &a.date));
	g_assert_false(dm_policy_needs_review(&a, &today, &limits));
	a.date_contradicts = TRUE;
	g_assert_true(dm_policy_needs_review(&a, &today, &limits));
	a.date_contradicts = FALSE;
	/* The model's "auto reply" without headers: a person away, no day back. */
	a.kind = AUTO;
	a.klass = DM_REPLY_CLASS_AUTO_REPLY;
	a.matched_rule = (char *) "model";
	g_date_clear(&a.date, 1);
	g_assert_true(dm_policy_needs_review(&a, &today, &limits));
	a.automatic_headers = TRUE;
	g_assert_false(dm_policy_needs_review(&a, &today, &limits));
}

/* Each note the policy gives stands for one reason, and the digest words every reason a
 * hold can give in the owner's three languages: a new note without its words fails
 * here, not in an owner's digest as "?". */
static void
test_note_reasons(void)
{
	g_assert_null(dm_reply_note_reason(DM_REPLY_NOTE_NONE));
	for (int n = DM_REPLY_NOTE_NOT_DEBTOR; n <= DM_REPLY_NOTE_HELD_FUTURE_PAYMENT; n++) {
		const char *reason = dm_reply_note_reason((DmReplyNote) n);
		g_assert_nonnull(reason);
		if (n == DM_REPLY_NOTE_NOT_DEBTOR)
			continue; /* worded whole by digest_note.c, with the debtor's name */
		for (const char *const *lang = (const char *const[]) { "nl", "en", "de", NULL };
		     *lang; lang++)
			g_assert_nonnull(dm_digest_word(*lang, "pause", reason));
	}
	g_assert_null(dm_reply_note_reason((DmReplyNote) (DM_REPLY_NOTE_HELD_FUTURE_PAYMENT + 1)));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
/* One test per row of @table, named @prefix and the row's name. */
#define ADD_TABLE(prefix, table, fn)                                                \
	for (gsize i = 0; i < G_N_ELEMENTS(table); i++) {                               \
		g_autofree char *p = g_strconcat(prefix, table[i].name, NULL);              \
		g_test_add_data_func(p, &table[i], fn);                                     \
	}
	ADD_TABLE("/policy/", cases, test_case);
	g_test_add_func("/policy/null-stated", test_null_stated);
	ADD_TABLE("/policy/merge/", merges, test_merge);
	ADD_TABLE("/policy/decide/", decides, test_decide);
	g_test_add_func("/policy/decide/max-hold", test_max_hold);
	ADD_TABLE("/policy/decide/typed-auto-reply/", typeds, test_typed);
	g_test_add_func("/policy/typed-evidence", test_typed_evidence);
	g_test_add_func("/policy/decide/several-unpaid", test_several);
	g_test_add_func("/policy/decide/date-contradicts", test_date_contradicts);
	ADD_TABLE("/policy/hold-merge/", hold_merges, test_hold_merge);
	ADD_TABLE("/policy/owner/", owners, test_owner);
	g_test_add_func("/policy/needs-review", test_needs_review);
	g_test_add_func("/policy/note-reasons", test_note_reasons);
	return g_test_run();
}
