/* test-dunning-scheduler-index: the scheduler reads only the invoices whose next day has
 * come (their next_action, through an index) and decides exactly as the full walk of
 * every invoice did:
 *   - over randomized ledgers (many seeds: steps sent late or skipped, pauses and holds
 *     over or not, promises, disputes, reminders in flight, cancelled or rehearsed,
 *     debtors excluded, paused, on the consumer ladder, payment plans), day after day
 *     with changes in between (pauses, payments in full and in part, resumes, debtor
 *     settings) and the ladders changed half way, the indexed pass and the full walk
 *     leave the same ledger (the plans' instalments, reminders and ends included) and
 *     count the same;
 *   - on a realistic ledger, a pass reads exactly the invoices due that day;
 *   - every change the decision reads marks the invoice for a new decision (the
 *     triggers), table-driven;
 *   - a change of the ladders decides every invoice again, once. */
#include "ledger-gen.h"
#include "common/dm-clock.h"
#include "dunning/daemon/dm-scheduler.h"
#include "dunning/engine/dm-attention.h"
#include "dunning/engine/dm-plan.h"
#include "dunning/ledger/dm-debtors.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/ledger/dm-plans.h"
#include "test-dunning-util.h"

#define SEEDS 8
#define DAYS 30
#define INVOICES 100

/* Another business ladder: shorter, other offsets, for the change half way. */
static const char other_ladder[] =
	"[ladder business]\nsteps = reminder, formal_notice, hand_over\n"
	"[step reminder]\nafter = due+3\ntemplate = reminder\n"
	"[step formal_notice]\nafter = previous+10\ntemplate = formal_notice\n"
	"flags = claims_costs, claims_interest, final_notice\n"
	"[step hand_over]\nafter = previous+14\nflags = hand_over\n";

static void
use_other_ladder(DmConfig *config)
{
	g_autoptr(GKeyFile) kf = g_key_file_new();
	g_autoptr(GError) err = NULL;
	g_assert_true(g_key_file_load_from_data(kf, other_ladder, -1, G_KEY_FILE_NONE, &err));
	DmLadderSet *set = dm_ladder_set_new_default();
	g_assert_true(dm_ladder_set_load(set, kf, "test", NULL, NULL, &err));
	g_assert_no_error(err);
	dm_ladder_set_free(config->ladders);
	config->ladders = set;
}

typedef struct {
	char *dir;
	DmConfig *config;
	DmLedger *ledger;
} Side;

static guint
side_open(Side *s, const char *name, const DmBenchLedgerSpec *spec)
{
	s->dir = g_dir_make_tmp(name, NULL);
	g_assert_nonnull(s->dir);
	s->config = dm_test_config_new(s->dir);
	g_free(s->config->smtp_url);
	s->config->smtp_url = g_strdup("smtp://127.0.0.1:1");  /* nobody: rows stay pending */
	g_autoptr(GError) err = NULL;
	s->ledger = dm_ledger_open(s->config->database, FALSE, &err);
	g_assert_no_error(err);
	DmBenchLedgerCounts counts;
	g_assert_true(dm_bench_ledger_fill(s->ledger, spec, &counts, &err));
	g_assert_no_error(err);
	return counts.due;
}

static void
side_close(Side *s)
{
	dm_ledger_close(s->ledger);
	dm_config_free(s->config);
	dm_test_rm_rf(s->dir);
	g_free(s->dir);
}

/* The ledger as the scheduler left it: each invoice's status, pause and reminders. */
static char *
snapshot(Side *s)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) all = dm_ledger_invoices_list(s->ledger, NULL, DM_INVOICE_STATUS_ANY,
	                                                   &err);
	g_assert_no_error(err);
	GString *out = g_string_new(NULL);
	for (guint i = 0; i < all->len; i++) {
		const DmInvoice *inv = g_ptr_array_index(all, i);
		DmOutboxSummary sum;
		g_assert_true(dm_ledger_invoice_summary(s->ledger, inv->id, &sum, &err));
		g_autofree char *until = dm_date_iso(&inv->pause_until);
		g_autofree char *last = dm_date_iso(&sum.last_sent);
		g_string_append_printf(out, "%s %s %s step %d %s%s", inv->number,
		                       dm_invoice_status_name(inv->status), until ? until : "-",
		                       sum.last_step, last ? last : "-", sum.in_flight ? " in flight" : "");
		g_autoptr(DmPlan) plan = dm_ledger_plan_latest(s->ledger, inv->id, &err);
		g_assert_no_error(err);
		if (plan) {
			g_string_append_printf(out, " plan %s%s:", dm_plan_state_name(plan->state),
			                       inv->plan_id == plan->id ? " (its)" : "");
			for (guint k = 0; k < plan->instalments->len; k++) {
				const DmInstalment *n = &g_array_index(plan->instalments, DmInstalment, k);
				g_string_append_printf(out, " %d%s%s%s", n->number, n->reminded_before ? "b" : "",
				                       n->reminded_after ? "a" : "", n->missed ? "m" : "");
			}
		}
		g_string_append_c(out, '\n');
	}
	return g_string_free(out, FALSE);
}

/* What happens between two passes, the same on both sides: the reminders queued reach
 * the mail server, and the owner or a debtor changes a few invoices. */
static void
between_days(Side *s, guint32 seed, const GDate *today)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *day = dm_date_iso(today);
	g_autofree char *now = g_strconcat(day, "T17:00:00Z", NULL);
	g_autoptr(GPtrArray) pending = dm_outbox_list(s->ledger, 0, DM_OUTBOX_STATE_PENDING, &err);
	g_assert_no_error(err);
	gboolean moved;
	for (guint i = 0; i < pending->len; i++) {
		const DmOutboxItem *it = g_ptr_array_index(pending, i);
		g_assert_true(dm_outbox_move(s->ledger, it->id, DM_OUTBOX_STATE_PENDING,
		                             DM_OUTBOX_STATE_SENDING, NULL, now, &moved, &err) &&
		              dm_outbox_move(s->ledger, it->id, DM_OUTBOX_STATE_SENDING,
		                             DM_OUTBOX_STATE_SENT, NULL, now, &moved, &err));
	}
	g_autoptr(GRand) r = g_rand_new_with_seed(seed);
	g_autoptr(GPtrArray) all = dm_ledger_invoices_list(s->ledger, NULL, DM_INVOICE_STATUS_ANY,
	                                                   &err);
	g_assert_no_error(err);
	for (int k = 0; k < 4; k++) {
		const DmInvoice *inv = g_ptr_array_index(all, g_rand_int_range(r, 0, (gint32) all->len));
		GDate until = *today;
		g_date_add_days(&until, (guint) g_rand_int_range(r, 1, 12));
		switch (g_rand_int_range(r, 0, 6)) {
		case 5:
			/* A part payment (never more than is open, as `dunmail paid` keeps it): under
			 * a plan, an instalment or two paid. */
			if (dm_invoice_open_cents(inv) > 0)
				g_assert_true(dm_ledger_payment_add(s->ledger, inv->id,
				              MIN(inv->amount_cents / 3, dm_invoice_open_cents(inv)), today,
				              now, &err));
			break;
		case 0:
			g_assert_true(dm_ledger_invoice_set_status(s->ledger, inv->id,
			              DM_INVOICE_STATUS_PAUSED, "promise_to_pay", &until, &err));
			break;
		case 1:
			g_assert_true(dm_ledger_payment_add(s->ledger, inv->id,
			                                    MAX(0, dm_invoice_open_cents(inv)), today,
			                                    now, &err) &&
			              dm_ledger_invoice_set_status(s->ledger, inv->id,
			              DM_INVOICE_STATUS_PAID, NULL, NULL, &err));
			break;
		case 2:
			g_assert_true(dm_ledger_invoice_set_status(s->ledger, inv->id,
			              DM_INVOICE_STATUS_OPEN, NULL, NULL, &err));
			break;
		case 3: {
			DmDebtorSettings set = { 0 };
			set.paused_until = until;
			set.excluded = g_rand_boolean(r);
			g_assert_true(dm_ledger_debtor_settings_set(s->ledger, inv->debtor_id, &set, now,
			                                            &err));
			break;
		}
		default:
			g_assert_true(dm_ledger_invoice_set_status(s->ledger, inv->id,
			              DM_INVOICE_STATUS_HELD, "question", &until, &err));
		}
		g_assert_no_error(err);
	}
}

/* Adds to *@letters the instalment reminders queued in @s, to *@missed its plans that
 * ended with an instalment missed. */
static void
count_plans(Side *s, guint *letters, guint *missed)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) rows = dm_outbox_list(s->ledger, 0, DM_OUTBOX_STATE_ANY, &err);
	g_assert_no_error(err);
	for (guint i = 0; i < rows->len; i++)
		*letters += ((const DmOutboxItem *) g_ptr_array_index(rows, i))->step < 0;
	g_autoptr(GPtrArray) all = dm_ledger_invoices_list(s->ledger, NULL, DM_INVOICE_STATUS_ANY,
	                                                   &err);
	g_assert_no_error(err);
	for (guint i = 0; i < all->len; i++) {
		const DmInvoice *inv = g_ptr_array_index(all, i);
		g_autoptr(DmPlan) plan = dm_ledger_plan_latest(s->ledger, inv->id, &err);
		g_assert_no_error(err);
		*missed += plan && plan->state == DM_PLAN_STATE_MISSED;
	}
}

static DmSchedulerStats
pass(Side *s, GDateTime *now, gboolean walk_all)
{
	DmSchedulerStats st = { 0 };
	g_autoptr(GError) err = NULL;
	g_autoptr(DmClock) clock = dm_clock_new_running_from(now);
	gboolean ok = walk_all
		? dm_scheduler_run_walking_all(s->config, s->ledger, clock, now, FALSE, &st, &err)
		: dm_scheduler_run(s->config, s->ledger, clock, now, FALSE, &st, &err);
	g_assert_no_error(err);
	g_assert_true(ok);
	return st;
}

static void
test_same_as_full_walk(void)
{
	g_autoptr(GTimeZone) tz = g_time_zone_new_identifier("Europe/Amsterdam");
	guint letters = 0, resumed = 0, instalment_letters = 0, missed = 0;
	for (guint32 seed = 1; seed <= SEEDS; seed++) {
		DmBenchLedgerSpec spec = { .invoices = INVOICES, .seed = seed, .random_history = TRUE };
		g_date_set_dmy(&spec.today, 2, 11, 2026);
		Side indexed, walked;
		side_open(&indexed, "dm-index-XXXXXX", &spec);
		side_open(&walked, "dm-walk-XXXXXX", &spec);
		for (int d = 0; d < DAYS; d++) {
			GDate today = spec.today;
			g_date_add_days(&today, (guint) d);
			g_autoptr(GDateTime) now = g_date_time_new(tz, g_date_get_year(&today),
			                                           g_date_get_month(&today),
			                                           g_date_get_day(&today), 10, 0, 0);
			if (d == DAYS / 2) {
				use_other_ladder(indexed.config);
				use_other_ladder(walked.config);
			}
			DmSchedulerStats a = pass(&indexed, now, FALSE);
			DmSchedulerStats b = pass(&walked, now, TRUE);
			g_autofree char *sa = snapshot(&indexed);
			g_autofree char *sb = snapshot(&walked);
			if (g_strcmp0(sa, sb) != 0)
				g_test_message("seed %u day %d:\nindexed:\n%s\nwalked:\n%s", seed, d, sa, sb);
			g_assert_cmpstr(sa, ==, sb);
			g_assert_cmpuint(a.queued, ==, b.queued);
			g_assert_cmpuint(a.waiting, ==, b.waiting);
			g_assert_cmpuint(a.resumed, ==, b.resumed);
			g_assert_cmpuint(a.handed_over, ==, b.handed_over);
			letters += a.queued;
			resumed += a.resumed;
			between_days(&indexed, seed * 1000 + (guint32) d, &today);
			between_days(&walked, seed * 1000 + (guint32) d, &today);
		}
		count_plans(&indexed, &instalment_letters, &missed);
		side_close(&indexed);
		side_close(&walked);
	}
	/* The comparison meant something: letters went, pauses ran out, and plans reminded
	 * their instalments and found some missed. */
	g_assert_cmpuint(letters, >, SEEDS * 10);
	g_assert_cmpuint(resumed, >, SEEDS);
	g_assert_cmpuint(instalment_letters, >, SEEDS);
	g_assert_cmpuint(missed, >, SEEDS / 2);
	dm_test_log_clear();
}

static gboolean
count_one(const DmInvoice *inv, const DmOutboxSummary *summary, gpointer user, GError **error)
{
	(*(guint *) user)++;
	return TRUE;
}

/* The number of invoices (any status) that need attention by @today or changed. */
static guint
count_due(Side *s, const GDate *today)
{
	guint n = 0;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_invoices_foreach_due(s->ledger, DM_INVOICE_STATUS_ANY, today,
	                                             count_one, &n, &err));
	g_assert_no_error(err);
	return n;
}

static void
refresh(Side *s, const GDate *today, guint *refreshed)
{
	g_autoptr(GTimeZone) tz = g_time_zone_new_identifier("Europe/Amsterdam");
	g_autoptr(GDateTime) now = g_date_time_new(tz, g_date_get_year(today),
	                                           g_date_get_month(today),
	                                           g_date_get_day(today), 10, 0, 0);
	DmSchedulerStats st = { 0 };
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_scheduler_refresh(s->config, s->ledger, now, &st, &err));
	g_assert_no_error(err);
	if (refreshed)
		*refreshed = st.refreshed;
}

/* How many invoices dm_next_attention itself says need attention by @today. */
static guint
due_by_engine(Side *s, const GDate *today)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(GPtrArray) all = dm_ledger_invoices_list(s->ledger, NULL, DM_INVOICE_STATUS_ANY,
	                                                   &err);
	g_assert_no_error(err);
	guint n = 0;
	for (guint i = 0; i < all->len; i++) {
		const DmInvoice *inv = g_ptr_array_index(all, i);
		DmOutboxSummary sum;
		g_assert_true(dm_ledger_invoice_summary(s->ledger, inv->id, &sum, &err));
		DmInvoice copy;
		g_autoptr(DmPlan) plan = NULL;
		g_assert_true(dm_ledger_plan_attach(s->ledger, inv, &copy, &plan, &inv, &err));
		GDate next;
		dm_next_attention(s->config->ladders, inv, &sum, today, &next);
		n += g_date_valid(&next) && g_date_compare(&next, today) <= 0;
	}
	return n;
}

/* A realistic ledger: after the first decision, exactly the invoices made due today are
 * read; a day earlier, none is. */
static void
test_reads_only_due(void)
{
	DmBenchLedgerSpec spec = { .invoices = 3000, .seed = 5, .due_share = 0.01 };
	g_date_set_dmy(&spec.today, 2, 12, 2026);
	Side s;
	guint made_due = side_open(&s, "dm-due-XXXXXX", &spec);
	g_autoptr(GError) err = NULL;
	guint n_due = 0;
	GDate yesterday = spec.today;
	g_date_subtract_days(&yesterday, 1);
	g_assert_cmpuint(count_due(&s, &spec.today), ==, 3000);    /* all new: changed */
	guint refreshed = 0;
	refresh(&s, &yesterday, &refreshed);
	g_assert_cmpuint(refreshed, ==, 3000);
	g_assert_cmpuint(count_due(&s, &yesterday), ==, 0);
	refresh(&s, &spec.today, &refreshed);
	g_assert_cmpuint(refreshed, ==, 0);
	n_due = count_due(&s, &spec.today);
	g_assert_cmpuint(n_due, ==, made_due);
	g_assert_cmpuint(n_due, >, 10);
	/* Every invoice read is due by dm_next_attention, and so is none of the rest. */
	g_assert_cmpuint(n_due, ==, due_by_engine(&s, &spec.today));
	side_close(&s);
}

/* One change the decision reads, made to invoice @id of @s. */
typedef void (*Change)(Side *s, gint64 id, const GDate *today);

static void
change_pause(Side *s, gint64 id, const GDate *today)
{
	GDate until = *today;
	g_date_add_days(&until, 40);
	g_assert_true(dm_ledger_invoice_set_status(s->ledger, id, DM_INVOICE_STATUS_PAUSED,
	                                           "promise_to_pay", &until, NULL));
}

static void
change_payment(Side *s, gint64 id, const GDate *today)
{
	g_assert_true(dm_ledger_payment_add(s->ledger, id, 100, today, "2026-12-01T10:00:00Z",
	                                    NULL));
}

static void
change_reminder(Side *s, gint64 id, const GDate *today)
{
	g_autoptr(GBytes) body = g_bytes_new_static("x", 1);
	g_autofree char *mid = g_strdup_printf("<t%" G_GINT64_FORMAT "@acme.example>", id);
	g_assert_true(dm_outbox_add(s->ledger, id, 3, mid, "x@debtor.example", "x", body,
	                            "2026-12-01T10:00:00Z", NULL, NULL));
}

static void
change_reminder_cancelled(Side *s, gint64 id, const GDate *today)
{
	g_autoptr(GPtrArray) rows = dm_outbox_list(s->ledger, id, DM_OUTBOX_STATE_SENT, NULL);
	g_assert_cmpuint(rows->len, >, 0);
	const DmOutboxItem *it = g_ptr_array_index(rows, rows->len - 1);
	gboolean moved = FALSE;
	g_assert_true(dm_outbox_move(s->ledger, it->id, DM_OUTBOX_STATE_SENT,
	                             DM_OUTBOX_STATE_CANCELLED, "test", "2026-12-01T10:00:00Z",
	                             &moved, NULL));
	g_assert_true(moved);
}

static void
change_debtor(Side *s, gint64 id, const GDate *today)
{
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(s->ledger, id, NULL);
	DmDebtorSettings set = { .excluded = TRUE };
	g_date_clear(&set.paused_until, 1);
	g_assert_true(dm_ledger_debtor_settings_set(s->ledger, inv->debtor_id, &set,
	                                            "2026-12-01T10:00:00Z", NULL));
}

static const struct {
	const char *name;
	Change change;
} changes[] = {
	{ "pause", change_pause },
	{ "payment", change_payment },
	{ "reminder queued", change_reminder },
	{ "reminder cancelled", change_reminder_cancelled },
	{ "debtor settings", change_debtor },
};

/* An open invoice with a reminder sent, its next day in the future. */
static gint64
settled_invoice(Side *s, const GDate *today)
{
	g_autoptr(GPtrArray) open = dm_ledger_invoices_list(s->ledger, NULL, DM_INVOICE_STATUS_OPEN,
	                                                    NULL);
	for (guint i = 0; i < open->len; i++) {
		const DmInvoice *inv = g_ptr_array_index(open, i);
		DmOutboxSummary sum;
		g_assert_true(dm_ledger_invoice_summary(s->ledger, inv->id, &sum, NULL));
		if (sum.last_step == 1 && !inv->debtor.excluded &&
		    !g_date_valid(&inv->debtor.paused_until))
			return inv->id;
	}
	g_assert_not_reached();
}

static void
test_changes_mark(gconstpointer data)
{
	guint c = GPOINTER_TO_UINT(data);
	DmBenchLedgerSpec spec = { .invoices = 400, .seed = 9, .due_share = 0 };
	g_date_set_dmy(&spec.today, 2, 12, 2026);
	Side s;
	side_open(&s, "dm-mark-XXXXXX", &spec);
	refresh(&s, &spec.today, NULL);
	g_assert_cmpuint(count_due(&s, &spec.today), ==, 0);
	gint64 id = settled_invoice(&s, &spec.today);
	changes[c].change(&s, id, &spec.today);
	/* Read again, and only that invoice (a debtor's setting: its invoices). */
	guint n = count_due(&s, &spec.today);
	g_assert_cmpuint(n, >=, 1);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(s.ledger, id, NULL);
	g_autoptr(GPtrArray) theirs = dm_ledger_invoices_list(s.ledger, inv->debtor_email,
	                                                      DM_INVOICE_STATUS_ANY, NULL);
	g_assert_cmpuint(n, <=, theirs->len);
	/* Decided again: due only where the change made it due (a cancelled reminder goes
	 * again). */
	refresh(&s, &spec.today, NULL);
	g_assert_cmpuint(count_due(&s, &spec.today), ==, due_by_engine(&s, &spec.today));
	side_close(&s);
}

static gboolean
note_id(const DmInvoice *inv, const DmOutboxSummary *summary, gpointer user, GError **error)
{
	g_hash_table_add(user, g_memdup2(&inv->id, sizeof inv->id));
	return TRUE;
}

/* Is invoice @id among those a pass on @today (@days after @from) reads? */
static gboolean
read_on(Side *s, gint64 id, const GDate *from, int days)
{
	GDate day = *from;
	g_date_add_days(&day, (guint) days);
	g_autoptr(GHashTable) ids = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_invoices_foreach_due(s->ledger, DM_INVOICE_STATUS_ANY, &day,
	                                             note_id, ids, &err));
	g_assert_no_error(err);
	return g_hash_table_contains(ids, &id);
}

/* Reminder @step of invoice @id queued and sent at @at. */
static void
sent_reminder(Side *s, gint64 id, int step, const char *message_id, const char *at)
{
	g_autoptr(GBytes) body = g_bytes_new_static("x", 1);
	g_autoptr(GError) err = NULL;
	gint64 row = 0;
	gboolean moved = FALSE;
	g_assert_true(dm_outbox_add(s->ledger, id, step, message_id, "x@debtor.example", "x", body,
	                            at, &row, &err) &&
	              dm_outbox_move(s->ledger, row, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_SENDING,
	                             NULL, at, &moved, &err) &&
	              dm_outbox_move(s->ledger, row, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_SENT,
	                             NULL, at, &moved, &err));
	g_assert_no_error(err);
}

/* An invoice under a payment plan is read on the days its plan needs (an instalment's
 * reminder before and after its day, the day it counts as missed), not every day. */
static void
test_plan_days(void)
{
	DmBenchLedgerSpec spec = { .invoices = 400, .seed = 9, .due_share = 0 };
	g_date_set_dmy(&spec.today, 2, 12, 2026);
	Side s;
	side_open(&s, "dm-plan-XXXXXX", &spec);
	const DmPlanTiming *t = &s.config->ladders->plan;
	g_assert_cmpint(t->remind_before_days, ==, 3);
	g_assert_cmpint(t->remind_after_days, ==, 3);
	g_assert_cmpint(t->missed_after_days, ==, 10);
	gint64 id = settled_invoice(&s, &spec.today);
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(s.ledger, id, NULL);
	/* Two instalments, on day 10 and day 40. */
	g_autoptr(GArray) inst = g_array_new(FALSE, TRUE, sizeof(DmInstalment));
	for (int k = 0; k < 2; k++) {
		DmInstalment n = { .number = k + 1, .due = spec.today,
		                   .amount_cents = inv->amount_cents / 2 + k * (inv->amount_cents % 2) };
		g_date_add_days(&n.due, k ? 40 : 10);
		g_array_append_val(inst, n);
	}
	gint64 plan_id = 0;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_ledger_plan_add(s.ledger, id, 0, inst, "2026-12-02T09:00:00Z", &plan_id,
	                                 &err));
	g_assert_no_error(err);
	/* Agreed today: read once today (changed), then not until the reminder before the
	 * first instalment, day 7. */
	g_assert_true(read_on(&s, id, &spec.today, 0));
	refresh(&s, &spec.today, NULL);
	g_assert_false(read_on(&s, id, &spec.today, 0));
	g_assert_false(read_on(&s, id, &spec.today, 6));
	g_assert_true(read_on(&s, id, &spec.today, 7));
	/* That reminder went: next the one after the day (13). */
	const DmInstalment *first = &g_array_index(inst, DmInstalment, 0);
	GDate day7 = spec.today;
	g_date_add_days(&day7, 7);
	sent_reminder(&s, id, dm_instalment_step(first->id, DM_INSTALMENT_BEFORE),
	              "<p1b@acme.example>", "2026-12-09T09:00:00Z");
	refresh(&s, &day7, NULL);
	g_assert_false(read_on(&s, id, &spec.today, 12));
	g_assert_true(read_on(&s, id, &spec.today, 13));
	/* And that one: then the day it counts as missed (20), unless it is paid. */
	GDate day13 = spec.today;
	g_date_add_days(&day13, 13);
	sent_reminder(&s, id, dm_instalment_step(first->id, DM_INSTALMENT_AFTER),
	              "<p1a@acme.example>", "2026-12-15T09:00:00Z");
	refresh(&s, &day13, NULL);
	g_assert_false(read_on(&s, id, &spec.today, 19));
	g_assert_true(read_on(&s, id, &spec.today, 20));
	/* Paid: nothing until the reminder before the second instalment (37). */
	g_assert_true(dm_ledger_payment_add(s.ledger, id, first->amount_cents, &day13,
	                                    "2026-12-15T10:00:00Z", &err));
	g_assert_no_error(err);
	refresh(&s, &day13, NULL);
	g_assert_false(read_on(&s, id, &spec.today, 36));
	g_assert_true(read_on(&s, id, &spec.today, 37));
	side_close(&s);
}

/* A change of the ladders decides every invoice again, once; the same ladders do not. */
static void
test_ladder_change(void)
{
	DmBenchLedgerSpec spec = { .invoices = 500, .seed = 3, .due_share = 0 };
	g_date_set_dmy(&spec.today, 2, 12, 2026);
	Side s;
	side_open(&s, "dm-ladder-XXXXXX", &spec);
	guint refreshed = 0;
	refresh(&s, &spec.today, &refreshed);
	g_assert_cmpuint(refreshed, ==, 500);
	refresh(&s, &spec.today, &refreshed);
	g_assert_cmpuint(refreshed, ==, 0);
	use_other_ladder(s.config);
	dm_test_log_clear();
	refresh(&s, &spec.today, &refreshed);
	g_assert_true(dm_test_logged("the ladders changed"));
	g_assert_cmpuint(refreshed, >, 100);    /* the open ones moved to the new offsets */
	refresh(&s, &spec.today, &refreshed);
	g_assert_cmpuint(refreshed, ==, 0);
	side_close(&s);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_test_log_init();
	g_test_add_func("/scheduler-index/same-as-full-walk", test_same_as_full_walk);
	g_test_add_func("/scheduler-index/reads-only-due", test_reads_only_due);
	g_test_add_func("/scheduler-index/ladder-change", test_ladder_change);
	g_test_add_func("/scheduler-index/plan-days", test_plan_days);
	for (guint c = 0; c < G_N_ELEMENTS(changes); c++) {
		g_autofree char *path = g_strdup_printf("/scheduler-index/marks/%s", changes[c].name);
		g_test_add_data_func(path, GUINT_TO_POINTER(c), test_changes_mark);
	}
	return g_test_run();
}
