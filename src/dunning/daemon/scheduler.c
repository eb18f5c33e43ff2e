/* scheduler: the ladder applied to the ledger, and the outbox delivered (dm-scheduler.h). */
#include "dunning/daemon/dm-scheduler.h"
#include "dunning/engine/dm-attention.h"
#include "dunning/daemon/dm-plan-pass.h"
#include "dunning/ledger/dm-plans.h"
#include "dunning/engine/dm-next-step.h"
#include "dunning/engine/dm-calendar.h"
#include "dunning/send/dm-deliver.h"
#include "dunning/send/dm-mailer.h"
#include "dunning/ledger/dm-failing.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/send/dm-reminder.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"
#include "common/dm-sanitize.h"

#include <string.h>

gboolean
dm_scheduler_recover(DmLedger *ledger, GDateTime *now, GError **error)
{
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	g_autoptr(GPtrArray) rows = dm_outbox_list(ledger, 0, DM_OUTBOX_STATE_SENDING, error);
	if (!rows)
		return FALSE;
	for (guint i = 0; i < rows->len; i++) {
		DmOutboxItem *it = g_ptr_array_index(rows, i);
		g_autofree char *detail = g_strdup_printf(
			"message %s to %s was being sent when dunmaild stopped; the milter's copy will "
			"show whether the mail server has it", it->message_id, it->recipient);
		g_warning("outbox %" G_GINT64_FORMAT ": %s", it->id, detail);
		if (!dm_ledger_begin(ledger, error))
			return FALSE;
		gboolean moved = FALSE;
		if (!dm_outbox_move(ledger, it->id, DM_OUTBOX_STATE_SENDING, DM_OUTBOX_STATE_UNKNOWN,
		                    "interrupted", now_iso, &moved, error) ||
		    (moved && !dm_ledger_event(ledger, it->invoice_id, now_iso,
		                               DM_EVENT_SEND_INTERRUPTED, detail, error)) ||
		    !dm_ledger_commit(ledger, error)) {
			dm_ledger_rollback(ledger);
			return FALSE;
		}
	}
	return TRUE;
}

/* The rate table of the letters' interest, read once per pass; NULL (and said once) when
 * it cannot be read: then no letter claims interest rather than a wrong amount. */
static DmRateTable *
load_rates(const DmConfig *config)
{
	g_autofree char *name = g_strdup_printf("%s.txt", config->country);
	g_autofree char *path = g_build_filename(config->rates_dir, name, NULL);
	g_autofree char *text = NULL;
	gsize len = 0;
	g_autoptr(GError) err = NULL;
	DmRateTable *t = NULL;
	if (g_file_get_contents(path, &text, &len, &err))
		t = dm_rate_table_parse(path, text, len, &err);
	if (!t)
		g_warning("reminders claim no interest: %s", err->message);
	return t;
}

/* Renders and queues one letter to a debtor covering @items (the first is the invoice it is
 * threaded to); the caller holds the transaction. */
static gboolean
queue_reminder(const DmConfig *config, DmLedger *ledger, const DmRateTable *rates,
               const DmReminderItem *items, guint n_items, GDateTime *now, const char *now_iso,
               GError **error)
{
	const DmInvoice *lead = items[0].invoice;
	const DmLadderStep *letter = dm_reminder_letter_step(items, n_items, config->combined_step);
	/* The debtor's settings win over what the invoice said. */
	const char *to = lead->debtor.contact ? lead->debtor.contact : lead->debtor_email;
	GDate today = dm_clock_date(now);
	DmReminderContext ctx = dm_reminder_context_for(config, rates, lead, &today);
	DmRendered r;
	if (!dm_reminder_render(&ctx, items, n_items, letter, &r, error))
		return FALSE;

	g_autoptr(GPtrArray) refs = g_ptr_array_new();
	g_autoptr(GArray) covers = g_array_new(FALSE, FALSE, sizeof(DmOutboxCover));
	for (guint i = 0; i < n_items; i++) {
		g_ptr_array_add(refs, items[i].invoice->message_id);
		DmOutboxCover c = { .invoice_id = items[i].invoice->id, .step = items[i].step->step };
		g_array_append_val(covers, c);
	}
	g_autofree char *message_id = dm_mailer_new_message_id(config);
	DmMailSpec spec = {
		.kind = "reminder", .to_address = to, .to_name = lead->debtor_name,
		.subject = r.subject, .body = r.text, .html = r.html, .in_reply_to = lead->message_id,
		.references = refs, .date = now,
	};
	g_autoptr(GBytes) message = dm_mailer_compose(config, &spec, message_id);
	gboolean ok = dm_outbox_add_covering(ledger, (DmOutboxCover *) (void *) covers->data,
	                                     covers->len, letter->step, message_id,
	                                     to, r.subject, message, now_iso, NULL,
	                                     error);
	dm_rendered_clear(&r);
	for (guint i = 0; ok && i < n_items; i++) {
		const DmInvoice *inv = items[i].invoice;
		g_autofree char *detail = g_strdup_printf(
			"%s (step %d) queued for %s, %d days overdue, message %s%s", letter->name,
			items[i].step->step, to,
			g_date_days_between(&inv->due_date, &ctx.today), message_id,
			n_items > 1 ? ", one letter for several invoices" : "");
		g_autofree char *number = dm_sanitize(inv->number, 80);
		g_message("invoice %s: %s", number, detail);
		ok = dm_ledger_event(ledger, inv->id, now_iso, DM_EVENT_REMINDER_QUEUED, detail, error);
	}
	return ok;
}

/* The ladder reached its hand-over step: no more automatic mail; the owner is told by
 * the event (and the digest, which lists handed-over invoices).  The caller holds the
 * transaction. */
static gboolean
hand_over(const DmConfig *config, DmLedger *ledger, const DmInvoice *inv,
          const DmLadderStep *step, const char *now_iso, GError **error)
{
	g_autofree char *open = inv->has_amount
		? dm_money_format(dm_invoice_open_cents(inv), inv->currency, config->language)
		: g_strdup("an unknown amount");
	g_autofree char *detail = g_strdup_printf("%s: the ladder ends here, no more automatic "
	                                          "mail; %s is open — collect it yourself",
	                                          step->name, open);
	g_autofree char *number = dm_sanitize(inv->number, 80);
	g_message("invoice %s: %s", number, detail);
	g_autoptr(GVariant) said = g_variant_ref_sink(inv->has_amount
		? dm_words("handed_over", "step", step->name, "open", open, NULL)
		: dm_words("handed_over_unknown", "step", step->name, NULL));
	return dm_ledger_invoice_set_status(ledger, inv->id, DM_INVOICE_STATUS_HANDED_OVER,
	                                    step->name, NULL, error) &&
	       dm_ledger_event_said(ledger, inv->id, now_iso, DM_EVENT_HANDED_OVER, detail, said,
	                            error);
}

/* Puts @inv back on the ladder: its pause or hold ran out today.  A hold nobody decided
 * about is logged as such, and its replies no longer wait for the owner (the digest said
 * beforehand when this would happen). */
typedef struct {
	DmLedger *ledger;
	const GDate *today;
	const char *now_iso;
	DmSchedulerStats *stats;
} Resume;

static gboolean
resume_one(DmLedger *ledger, const DmInvoice *inv, const char *now_iso, GError **error)
{
	gboolean held = inv->status == DM_INVOICE_STATUS_HELD;
	g_autofree char *detail = held
		? g_strdup_printf("hold (%s) ended without your decision: back on the ladder",
		                  inv->pause_reason ? inv->pause_reason : "?")
		: g_strdup_printf("pause (%s) ended: back on the ladder",
		                  inv->pause_reason ? inv->pause_reason : "?");
	g_message("invoice %s: %s", inv->number, detail);
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	if (!dm_ledger_invoice_set_status(ledger, inv->id, DM_INVOICE_STATUS_OPEN, NULL, NULL,
	                                  error) ||
	    (held && !dm_ledger_reply_reviewed(ledger, 0, inv->id, error)) ||
	    !dm_ledger_event_said(ledger, inv->id, now_iso,
	                          held ? DM_EVENT_HOLD_EXPIRED : DM_EVENT_RESUMED, detail,
	                          held ? dm_words("hold_expired", "pause", inv->pause_reason, NULL)
	                               : NULL, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	return TRUE;
}

/* Resumes @inv when its pause or hold ran out by @today (a listing's callback). */
static gboolean
resume_if_over(const DmInvoice *inv, const DmOutboxSummary *reminders, gpointer user,
               GError **error)
{
	const Resume *r = user;
	if (inv->status != DM_INVOICE_STATUS_PAUSED && inv->status != DM_INVOICE_STATUS_HELD)
		return TRUE;
	if (!g_date_valid(&inv->pause_until) || g_date_compare(&inv->pause_until, r->today) > 0)
		return TRUE;
	if (!resume_one(r->ledger, inv, r->now_iso, error))
		return FALSE;
	r->stats->resumed++;
	return TRUE;
}

static gboolean
resume_expired_pauses(DmLedger *ledger, const GDate *today, const char *now_iso,
                      gboolean walk_all, DmSchedulerStats *stats, GError **error)
{
	static const DmInvoiceStatus waiting[] = { DM_INVOICE_STATUS_PAUSED, DM_INVOICE_STATUS_HELD };
	Resume r = { .ledger = ledger, .today = today, .now_iso = now_iso, .stats = stats };
	for (gsize w = 0; w < G_N_ELEMENTS(waiting); w++) {
		if (!walk_all) {
			/* A pause or hold that runs out needs attention on its last day. */
			if (!dm_ledger_invoices_foreach_due(ledger, waiting[w], today, resume_if_over, &r,
			                                    error))
				return FALSE;
			continue;
		}
		g_autoptr(GPtrArray) list = dm_ledger_invoices_list(ledger, NULL, waiting[w], error);
		if (!list)
			return FALSE;
		for (guint i = 0; i < list->len; i++)
			if (!resume_if_over(g_ptr_array_index(list, i), NULL, &r, error))
				return FALSE;
	}
	return TRUE;
}

/* A reminder that could not go out for days says the wrong things (its Date, "n days
 * overdue"): cancel it, so that this pass renders the step afresh.  Days are counted in
 * @now's zone, the one the reminder's own day was decided in. */
static gboolean
expire_stale_reminders(DmLedger *ledger, GDateTime *now, const char *now_iso,
                       DmSchedulerStats *stats, GError **error)
{
	GDate today = dm_clock_date(now);
	g_autoptr(GPtrArray) pending = dm_outbox_list(ledger, 0, DM_OUTBOX_STATE_PENDING, error);
	if (!pending)
		return FALSE;
	for (guint i = 0; i < pending->len; i++) {
		DmOutboxItem *it = g_ptr_array_index(pending, i);
		g_autoptr(GDateTime) at = g_date_time_new_from_iso8601(it->created_at, NULL);
		g_autoptr(GDateTime) local = at ? g_date_time_to_timezone(at, g_date_time_get_timezone(now))
		                                : NULL;
		if (it->kind != DM_OUTBOX_KIND_REMINDER || local == NULL)
			continue;
		GDate created = dm_clock_date(local);
		g_autofree char *day = dm_date_iso(&created);
		if (g_date_days_between(&created, &today) <= DM_OUTBOX_STALE_DAYS)
			continue;
		g_autofree char *detail = g_strdup_printf(
			"step %d to %s (message %s) could not be sent since %s (%s); it will be written "
			"anew", it->step, it->recipient, it->message_id, day, it->last_error ? it->last_error : "no error recorded");
		g_message("outbox %" G_GINT64_FORMAT ": %s", it->id, detail);
		if (!dm_ledger_begin(ledger, error))
			return FALSE;
		gboolean moved = FALSE;
		if (!dm_outbox_move(ledger, it->id, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_CANCELLED,
		                    "stale", now_iso, &moved, error) ||
		    (moved && !dm_ledger_event(ledger, it->invoice_id, now_iso, DM_EVENT_REMINDER_STALE,
		                               detail, error)) ||
		    !dm_ledger_commit(ledger, error)) {
			dm_ledger_rollback(ledger);
			return FALSE;
		}
		stats->delivery.cancelled += moved;
	}
	return TRUE;
}

/* *@old: has @unseen_after passed since @it's SMTP transaction began?  Measured on the
 * monotonic clock when the row was stamped on the timeline @clock counts on now (this
 * boot): a wall clock set forward meanwhile (NTP correcting a virtual machine by hours)
 * would otherwise age a reminder cut off a minute ago past the interval while the MTA
 * and the milter may still hold it, and it would go twice.  Otherwise (a row stamped
 * before migration 16, by a simulated clock, or before the machine restarted, which
 * ended whatever was in flight) by the wall clock, from sending_at.  A row with neither
 * is never old: the owner decides. */
static gboolean
unseen_long_enough(DmClock *clock, GDateTime *now, const DmOutboxItem *it, int unseen_after)
{
	GTimeSpan after = (GTimeSpan) unseen_after * G_TIME_SPAN_SECOND;
	gint64 mono = 0;
	const char *timeline = NULL;
	if (it->sending_timeline && dm_clock_monotonic(clock, &mono, &timeline) &&
	    strcmp(it->sending_timeline, timeline) == 0)
		return mono - it->sending_mono >= after;
	g_autoptr(GDateTime) began = it->sending_at
		? g_date_time_new_from_iso8601(it->sending_at, NULL) : NULL;
	return began && g_date_time_difference(now, began) >= after;
}

/* (transfer floating) the words of the send_unseen event of @it (dm_words). */
static GVariant *
unseen_words(const DmConfig *config, const DmOutboxItem *it)
{
	g_autofree char *step = g_strdup_printf("%d", it->step);
	g_autofree char *seconds = g_strdup_printf("%d", config->unseen_after);
	return dm_words("send_unseen", "step", step, "to", it->recipient, "message", it->message_id,
	                "at", it->sending_at, "seconds", seconds, NULL);
}

/* An interrupted reminder (unknown) is resolved by what the milter saw.  Its copy is
 * ingested before this runs, and confirms the row when the MTA had it (dm_outbox_confirm);
 * a row still unknown @unseen_after seconds after its own transaction began (sending_at,
 * stamped as that row went to SMTP, not when its pass began; measured as
 * unseen_long_enough says) never reached the end of DATA (the milter sees a message
 * there, before the MTA's 250), so it is cancelled and this pass writes the step anew.
 * Only where the milter is known to watch our own mail (a row was ever confirmed):
 * elsewhere silence proves nothing, and the owner decides.  A clock set back makes the
 * age smaller, so the row waits longer: never sooner. */
static gboolean
resolve_unseen(const DmConfig *config, DmLedger *ledger, DmClock *clock, GDateTime *now,
               const char *now_iso, DmSchedulerStats *stats, GError **error)
{
	g_autoptr(GPtrArray) rows = dm_outbox_list(ledger, 0, DM_OUTBOX_STATE_UNKNOWN, error);
	if (!rows)
		return FALSE;
	gboolean proven = FALSE;
	if (rows->len > 0 && !dm_outbox_milter_proven(ledger, &proven, error))
		return FALSE;
	for (guint i = 0; proven && i < rows->len; i++) {
		DmOutboxItem *it = g_ptr_array_index(rows, i);
		if (it->kind != DM_OUTBOX_KIND_REMINDER ||
		    !unseen_long_enough(clock, now, it, config->unseen_after))
			continue;
		g_autofree char *detail = g_strdup_printf(
			"step %d to %s (message %s) was cut off at %s and the milter never saw it within "
			"%d s: it never reached the mail server; written anew", it->step, it->recipient,
			it->message_id, it->sending_at, config->unseen_after);
		if (!dm_ledger_begin(ledger, error))
			return FALSE;
		gboolean moved = FALSE;
		if (!dm_outbox_move(ledger, it->id, DM_OUTBOX_STATE_UNKNOWN, DM_OUTBOX_STATE_CANCELLED,
		                    "never reached the mail server", now_iso, &moved, error) ||
		    (moved && !dm_ledger_event_said(ledger, it->invoice_id, now_iso, DM_EVENT_SEND_UNSEEN,
		                                    detail, unseen_words(config, it), error)) ||
		    !dm_ledger_commit(ledger, error)) {
			dm_ledger_rollback(ledger);
			return FALSE;
		}
		if (moved) {
			g_message("outbox %" G_GINT64_FORMAT ": %s", it->id, detail);
			stats->unseen++;
		}
	}
	return TRUE;
}

/* What the pass over the open invoices needs at each one. */
typedef struct {
	const DmConfig *config;
	DmLedger *ledger;
	GDateTime *now;
	const char *now_iso;
	GDate today;
	DmSendWindow window;
	gboolean dry_run;
	DmSchedulerStats *stats;
	GHashTable *due;            /* debtor id -> GArray of Due: one letter per debtor */
} Pass;

/* *@blocked: does @inv's address refuse mail (a proven hard bounce marked it failing)?
 * The first time a step is held back for it since the mark, the timeline and the digest
 * say why. */
static gboolean
address_blocked(Pass *p, const DmInvoice *inv, const DmLadderStep *step, gboolean *blocked,
                GError **error)
{
	g_autofree char *since = NULL;
	const char *to = inv->debtor.contact ? inv->debtor.contact : inv->debtor_email;
	if (!dm_ledger_address_failing(p->ledger, to, blocked, &since, error))
		return FALSE;
	if (!*blocked)
		return TRUE;
	g_autofree char *detail = g_strdup_printf(
		"%s (step %d) not sent: %s is failing since %s (a proven hard bounce); "
		"`dunmail address %s --ok` when it takes mail again", step->name, step->step,
		to, since, to);
	g_autofree char *number = dm_sanitize(inv->number, 80);
	if (p->dry_run) {
		g_message("dry run: invoice %s: %s", number, detail);
		return TRUE;
	}
	gboolean told = FALSE;
	if (!dm_ledger_event_since(p->ledger, inv->id, DM_EVENT_REMINDER_BLOCKED, since, &told,
	                           error))
		return FALSE;
	if (told)
		return TRUE;
	g_message("invoice %s: %s", number, detail);
	return dm_ledger_event_said(p->ledger, inv->id, p->now_iso, DM_EVENT_REMINDER_BLOCKED, detail,
	                            dm_words("reminder_blocked", "step", step->name, "to", to,
	                                     "since", since, NULL), error);
}

/* An invoice whose step is due in this pass. */
typedef struct {
	gint64 invoice_id;
	const DmLadderStep *step;
} Due;

/* Notes @inv's next step when it is due and the send window lets it go
 * (dm_ledger_invoices_foreach callback); the letters are written after the walk, one per
 * debtor.  A hand-over mails nobody: it is done at once. */
static gboolean
schedule_one(const DmInvoice *inv, const DmOutboxSummary *reminders, gpointer user,
             GError **error)
{
	Pass *p = user;
	/* A running payment plan replaces the ladder, until an instalment is missed. */
	g_autoptr(DmPlan) plan = NULL;
	DmInvoice with_plan;
	if (inv->plan_id) {
		gboolean ended = FALSE, held = FALSE;
		plan = dm_ledger_plan_get(p->ledger, inv->plan_id, error);
		if (!plan && error && *error)
			return FALSE;
		if (plan && !dm_plan_pass_missed(p->config, p->ledger, inv, plan, &p->today,
		                                 p->now_iso, &ended, &held, error))
			return FALSE;
		if (held)
			return TRUE;
		with_plan = *inv;
		with_plan.plan = ended ? NULL : plan;
		with_plan.plan_id = ended ? 0 : inv->plan_id;
		inv = &with_plan;
	}
	DmNextStep next;
	const DmLadderStep *step = dm_next_step(p->config->ladders, inv, reminders, &p->today,
	                                        &next);
	if (!step || g_date_compare(&next.when, &p->today) > 0)
		return TRUE;
	/* Due: however many days it is overdue (dunmaild down for a week), the step is the
	 * one dm_next_step names, sent once.  It goes when the window is open. */
	g_autoptr(GDateTime) release = dm_send_window_release(&p->window, &next.when, p->now);
	if (!release || g_date_time_compare(release, p->now) > 0) {
		p->stats->waiting++;
		return TRUE;
	}
	gboolean handing_over = (step->flags & DM_STEP_HAND_OVER) != 0;
	/* A failing address gets no mail, whatever is due (the owner is told once); a
	 * hand-over mails nobody and goes on. */
	gboolean blocked = FALSE;
	if (!handing_over && !address_blocked(p, inv, step, &blocked, error))
		return FALSE;
	if (blocked)
		return TRUE;
	const char *to = inv->debtor.contact ? inv->debtor.contact : inv->debtor_email;
	g_autofree char *number = dm_sanitize(inv->number, 80);
	if (p->dry_run && handing_over) {
		g_message("dry run: would hand invoice %s over to you at %s", number, step->name);
		return TRUE;
	}
	if (p->dry_run) {
		/* A dry run decides each step once: its row (dry_run) holds no step. */
		gboolean rehearsed;
		if (!dm_outbox_step_rehearsed(p->ledger, inv->id, step->step, &rehearsed, error))
			return FALSE;
		if (rehearsed)
			return TRUE;
		g_message("dry run: would send %s for invoice %s to %s", step->name, number, to);
	}
	if (next.instalment) {
		/* A plan's reminder is its own letter, never combined with the ladder's. */
		if (!dm_plan_pass_queue(p->config, p->ledger, inv, &next, p->now, p->now_iso, error))
			return FALSE;
		p->stats->queued++;
		return TRUE;
	}
	if (handing_over) {
		if (!dm_ledger_begin(p->ledger, error))
			return FALSE;
		if (!hand_over(p->config, p->ledger, inv, step, p->now_iso, error) ||
		    !dm_ledger_commit(p->ledger, error)) {
			dm_ledger_rollback(p->ledger);
			return FALSE;
		}
		p->stats->handed_over++;
		return TRUE;
	}
	GArray *list = g_hash_table_lookup(p->due, &inv->debtor_id);
	if (!list) {
		gint64 *key = g_new(gint64, 1);
		*key = inv->debtor_id;
		list = g_array_new(FALSE, FALSE, sizeof(Due));
		g_hash_table_insert(p->due, key, list);
	}
	Due d = { .invoice_id = inv->id, .step = step };
	g_array_append_val(list, d);
	return TRUE;
}

/* The invoice mail written last goes first: the letter is threaded to it. */
static int
newest_first(gconstpointer a, gconstpointer b)
{
	const DmReminderItem *x = a, *y = b;
	int c = g_strcmp0(y->invoice->created_at, x->invoice->created_at);
	return c ? c : (y->invoice->id > x->invoice->id) - (y->invoice->id < x->invoice->id);
}

/* Writes and queues the letter for one debtor's due invoices @list; the caller holds the
 * transaction. */
static gboolean
queue_debtor(Pass *p, const DmRateTable *rates, GArray *list, GError **error)
{
	g_autoptr(GPtrArray) invoices = g_ptr_array_new_with_free_func(
		(GDestroyNotify) dm_invoice_free);
	g_autoptr(GArray) items = g_array_new(FALSE, FALSE, sizeof(DmReminderItem));
	for (guint i = 0; i < list->len; i++) {
		const Due *d = &g_array_index(list, Due, i);
		DmInvoice *inv = dm_ledger_invoice_get(p->ledger, d->invoice_id, error);
		if (!inv)
			return FALSE;
		g_ptr_array_add(invoices, inv);
		DmReminderItem it = { .invoice = inv, .step = d->step };
		g_array_append_val(items, it);
	}
	g_array_sort(items, newest_first);
	if (!queue_reminder(p->config, p->ledger, rates, (DmReminderItem *) (void *) items->data,
	                    items->len, p->now, p->now_iso, error))
		return FALSE;
	p->stats->queued++;
	return TRUE;
}

/* Letters committed together: every letter is in the outbox before any SMTP transaction
 * of the pass begins either way, and a pass with many letters pays one sync per batch
 * instead of one per letter. */
#define LETTERS_PER_COMMIT 64

/* Writes and queues the letters of the debtors in @due, LETTERS_PER_COMMIT to a
 * transaction; a failure rolls back that batch only (the next pass writes it anew). */
static gboolean
queue_letters(Pass *p, GHashTable *due, GError **error)
{
	g_autoptr(DmRateTable) rates = load_rates(p->config);
	GHashTableIter it;
	gpointer list;
	guint batch = 0;
	g_hash_table_iter_init(&it, due);
	while (g_hash_table_iter_next(&it, NULL, &list)) {
		if (batch == 0 && !dm_ledger_begin(p->ledger, error))
			return FALSE;
		if (!queue_debtor(p, rates, list, error)) {
			dm_ledger_rollback(p->ledger);
			return FALSE;
		}
		if (++batch == LETTERS_PER_COMMIT) {
			batch = 0;
			if (!dm_ledger_commit(p->ledger, error))
				return FALSE;
		}
	}
	return batch == 0 || dm_ledger_commit(p->ledger, error);
}

/* The next day @inv needs attention (dm_ledger_next_action_refresh's callback, which
 * gives an invoice under a payment plan with its plan). */
static void
attention_of(const DmInvoice *inv, const DmOutboxSummary *reminders, gpointer user, GDate *next)
{
	const Pass *p = user;
	dm_next_attention(p->config->ladders, inv, reminders, &p->today, next);
}

/* Brings every stored next_action up to date for @p's day: all of them when the ladders
 * changed since they were decided, else those due or changed. */
static gboolean
refresh(Pass *p, GError **error)
{
	g_autofree char *digest = dm_ladder_set_digest(p->config->ladders);
	gboolean reset = FALSE;
	if (!dm_ledger_next_action_rules(p->ledger, digest, &reset, error))
		return FALSE;
	if (reset)
		g_message("scheduler: the ladders changed (or this ledger is new to them): every "
		          "invoice's next day is decided again");
	guint changed = 0;
	if (!dm_ledger_next_action_refresh(p->ledger, &p->today, attention_of, p, &changed, error))
		return FALSE;
	p->stats->refreshed += changed;
	return TRUE;
}

gboolean
dm_scheduler_refresh(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                     DmSchedulerStats *stats, GError **error)
{
	Pass p = { .config = config, .ledger = ledger, .now = now, .today = dm_clock_date(now),
	           .stats = stats };
	return refresh(&p, error);
}

static gboolean
run(const DmConfig *config, DmLedger *ledger, DmClock *clock, GDateTime *now, gboolean dry_run,
    gboolean walk_all, DmSchedulerStats *stats, GError **error)
{
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	g_autoptr(GHashTable) due = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free,
	                                                  (GDestroyNotify) g_array_unref);
	Pass p = { .config = config, .ledger = ledger, .now = now, .now_iso = now_iso,
	           .today = dm_clock_date(now), .window = dm_send_window_from_config(config),
	           .dry_run = dry_run, .stats = stats, .due = due };
	if (!resolve_unseen(config, ledger, clock, now, now_iso, stats, error) ||
	    (!walk_all && !refresh(&p, error)) ||
	    !resume_expired_pauses(ledger, &p.today, now_iso, walk_all, stats, error) ||
	    !expire_stale_reminders(ledger, now, now_iso, stats, error))
		return FALSE;
	/* dm_next_step decides for each invoice read; the index only spares reading those
	 * whose next day has not come (changed ones sort first and are read too). */
	if (!(walk_all ? dm_ledger_invoices_foreach(ledger, NULL, DM_INVOICE_STATUS_OPEN,
	                                            schedule_one, &p, error)
	               : dm_ledger_invoices_foreach_due(ledger, DM_INVOICE_STATUS_OPEN, &p.today,
	                                                schedule_one, &p, error)))
		return FALSE;
	if (g_hash_table_size(due) > 0 && !queue_letters(&p, due, error))
		return FALSE;
	g_autoptr(GDateTime) open = dm_send_window_next(&p.window, now);
	DmDeliverOptions deliver = { .dry_run = dry_run, .clock = clock,
	                             .reminders = open && g_date_time_compare(open, now) == 0 };
	return dm_deliver_pending(config, ledger, &deliver, &stats->delivery, error);
}

gboolean
dm_scheduler_run(const DmConfig *config, DmLedger *ledger, DmClock *clock, GDateTime *now,
                 gboolean dry_run, DmSchedulerStats *stats, GError **error)
{
	return run(config, ledger, clock, now, dry_run, FALSE, stats, error);
}

gboolean
dm_scheduler_run_walking_all(const DmConfig *config, DmLedger *ledger, DmClock *clock,
                             GDateTime *now, gboolean dry_run, DmSchedulerStats *stats,
                             GError **error)
{
	return run(config, ledger, clock, now, dry_run, TRUE, stats, error);
}
