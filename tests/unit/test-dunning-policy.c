/* test-dunning-policy: what each class of reply does to an invoice, with and without a
 * stated date, and with a stated date already past. */
#include "common/dm-clock.h"
#include "dunning/engine/dm-policy.h"

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
	g_date_clear(&stated, 1);
	if (c->stated)
		g_assert_true(dm_date_parse_iso(c->stated, &stated));
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
};

static void
test_merge(gconstpointer data)
{
	const MergeCase *c = data;
	GDate today, stated, until;
	g_assert_true(dm_date_parse_iso(TODAY, &today));
	g_date_clear(&stated, 1);
	g_date_clear(&until, 1);
	if (c->stated)
		g_assert_true(dm_date_parse_iso(c->stated, &stated));
	if (c->until)
		g_assert_true(dm_date_parse_iso(c->until, &until));
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

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *p = g_strconcat("/policy/", cases[i].name, NULL);
		g_test_add_data_func(p, &cases[i], test_case);
	}
	g_test_add_func("/policy/null-stated", test_null_stated);
	for (gsize i = 0; i < G_N_ELEMENTS(merges); i++) {
		g_autofree char *p = g_strconcat("/policy/merge/", merges[i].name, NULL);
		g_test_add_data_func(p, &merges[i], test_merge);
	}
	return g_test_run();
}
