/* scheduler: the ladder applied to the ledger, and the outbox delivered (dm-scheduler.h). */
#include "dunning/dm-scheduler.h"
#include "dunning/dm-mailer.h"
#include "dunning/dm-outbox.h"
#include "dunning/dm-template.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"

#include <string.h>

const DmLadderStep *
dm_scheduler_next_step(DmLedger *ledger, const DmInvoice *inv, GDate *when)
{
	g_date_clear(when, 1);
	gboolean waiting = strcmp(inv->status, "paused") == 0 && g_date_valid(&inv->pause_until);
	if (strcmp(inv->status, "open") != 0 && !waiting)
		return NULL;

	g_autoptr(GPtrArray) rows = dm_outbox_list(ledger, inv->id, NULL, NULL);
	int last_step = 0;
	GDate last_sent;
	g_date_clear(&last_sent, 1);
	for (guint i = 0; rows && i < rows->len; i++) {
		DmOutboxItem *it = g_ptr_array_index(rows, i);
		if (strcmp(it->state, "cancelled") == 0)
			continue;       /* never went out: the step is still to come */
		if (strcmp(it->state, "pending") == 0 || strcmp(it->state, "sending") == 0)
			return NULL;    /* one reminder at a time: the next waits until this one went */
		if (it->step > last_step) {
			last_step = it->step;
			g_autofree char *day = g_strndup(it->sent_at ? it->sent_at : it->created_at, 10);
			dm_date_parse_iso(day, &last_sent);
		}
	}
	const DmLadderStep *next = dm_ladder_next(&inv->due_date, last_step, &last_sent, when);
	if (next && waiting && g_date_compare(&inv->pause_until, when) > 0)
		*when = inv->pause_until;
	return next;
}

gboolean
dm_scheduler_recover(DmLedger *ledger, GDateTime *now, GError **error)
{
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	g_autoptr(GPtrArray) rows = dm_outbox_list(ledger, 0, "sending", error);
	if (!rows)
		return FALSE;
	for (guint i = 0; i < rows->len; i++) {
		DmOutboxItem *it = g_ptr_array_index(rows, i);
		g_autofree char *detail = g_strdup_printf(
			"message %s to %s was being sent when dunmaild stopped; not resent automatically "
			"(the mail server may have it)", it->message_id, it->recipient);
		g_warning("outbox %" G_GINT64_FORMAT ": %s", it->id, detail);
		if (!dm_ledger_begin(ledger, error))
			return FALSE;
		gboolean moved = dm_outbox_move(ledger, it->id, "sending", "unknown", "interrupted",
		                                now_iso, error);
		if (!moved && error && *error) {
			dm_ledger_rollback(ledger);
			return FALSE;
		}
		if ((moved && !dm_ledger_event(ledger, it->invoice_id, now_iso, "send_interrupted",
		                               detail, error)) ||
		    !dm_ledger_commit(ledger, error)) {
			dm_ledger_rollback(ledger);
			return FALSE;
		}
	}
	return TRUE;
}

static char *
format_day(const GDate *d, const char *language)
{
	static const char *nl[] = { "januari", "februari", "maart", "april", "mei", "juni", "juli",
	                            "augustus", "september", "oktober", "november", "december" };
	static const char *en[] = { "January", "February", "March", "April", "May", "June", "July",
	                            "August", "September", "October", "November", "December" };
	if (!g_date_valid(d))
		return g_strdup("?");
	const char *month = (g_strcmp0(language, "en") == 0 ? en : nl)[g_date_get_month(d) - 1];
	return g_strdup_printf("%u %s %u", g_date_get_day(d), month, g_date_get_year(d));
}

/* Renders and queues step @step for @inv; the caller holds the transaction. */
static gboolean
queue_reminder(const DmConfig *config, DmLedger *ledger, const DmInvoice *inv,
               const DmLadderStep *step, GDateTime *now, const char *now_iso, GError **error)
{
	const char *lang = inv->language ? inv->language : config->language;
	GDate today = dm_clock_date(now);
	g_autofree char *amount = inv->has_amount
		? dm_money_format(inv->amount_cents, inv->currency, lang) : g_strdup("");
	g_autofree char *due = format_day(&inv->due_date, lang);
	g_autofree char *issued = format_day(&inv->issue_date, lang);
	g_autofree char *overdue = g_strdup_printf("%d", g_date_days_between(&inv->due_date, &today));
	const char *dear = inv->debtor_name ? inv->debtor_name
	                 : strcmp(lang, "en") == 0 ? "Sir or Madam" : "heer, mevrouw";

	g_autoptr(GHashTable) vars = g_hash_table_new(g_str_hash, g_str_equal);
	g_hash_table_insert(vars, "number", inv->number);
	g_hash_table_insert(vars, "amount", amount);
	g_hash_table_insert(vars, "due_date", due);
	g_hash_table_insert(vars, "issue_date", issued);
	g_hash_table_insert(vars, "days_overdue", overdue);
	g_hash_table_insert(vars, "debtor_name", (char *) dear);
	g_hash_table_insert(vars, "company", config->from_name ? config->from_name : config->billing_addresses[0]);
	g_hash_table_insert(vars, "billing_address", config->billing_addresses[0]);

	g_autofree char *subject = NULL, *body = NULL;
	if (!dm_template_render(config->templates_dir, lang, config->language, step->template_name,
	                        vars, &subject, &body, error))
		return FALSE;

	g_autoptr(GPtrArray) refs = g_ptr_array_new();
	g_ptr_array_add(refs, inv->message_id);
	g_autofree char *message_id = dm_mailer_new_message_id(config);
	DmMailSpec spec = {
		.kind = "reminder", .to_address = inv->debtor_email, .to_name = inv->debtor_name,
		.subject = subject, .body = body, .in_reply_to = inv->message_id,
		.references = refs, .date = now,
	};
	g_autoptr(GBytes) message = dm_mailer_compose(config, &spec, message_id);
	gint64 id;
	if (!dm_outbox_add(ledger, inv->id, step->step, message_id, inv->debtor_email, subject,
	                   message, now_iso, &id, error))
		return FALSE;
	g_autofree char *detail = g_strdup_printf("%s (step %d) queued for %s, %s overdue days, "
	                                          "message %s", step->name, step->step,
	                                          inv->debtor_email, overdue, message_id);
	g_message("invoice %s: %s", inv->number, detail);
	return dm_ledger_event(ledger, inv->id, now_iso, "reminder_queued", detail, error);
}

static gboolean
resume_expired_pauses(DmLedger *ledger, const GDate *today, const char *now_iso,
                      DmSchedulerStats *stats, GError **error)
{
	g_autoptr(GPtrArray) paused = dm_ledger_invoices_list(ledger, NULL, "paused", error);
	if (!paused)
		return FALSE;
	for (guint i = 0; i < paused->len; i++) {
		DmInvoice *inv = g_ptr_array_index(paused, i);
		if (!g_date_valid(&inv->pause_until) || g_date_compare(&inv->pause_until, today) > 0)
			continue;
		g_autofree char *detail = g_strdup_printf("pause (%s) ended: back on the ladder",
		                                          inv->pause_reason ? inv->pause_reason : "?");
		g_message("invoice %s: %s", inv->number, detail);
		if (!dm_ledger_begin(ledger, error))
			return FALSE;
		if (!dm_ledger_invoice_set_status(ledger, inv->id, "open", NULL, NULL, error) ||
		    !dm_ledger_event(ledger, inv->id, now_iso, "resumed", detail, error) ||
		    !dm_ledger_commit(ledger, error)) {
			dm_ledger_rollback(ledger);
			return FALSE;
		}
		stats->resumed++;
	}
	return TRUE;
}

/* A reminder that could not go out for days says the wrong things (its Date, "n days
 * overdue"): cancel it, so that this pass renders the step afresh. */
static gboolean
expire_stale_reminders(DmLedger *ledger, const GDate *today, const char *now_iso,
                       DmSchedulerStats *stats, GError **error)
{
	g_autoptr(GPtrArray) pending = dm_outbox_list(ledger, 0, "pending", error);
	if (!pending)
		return FALSE;
	for (guint i = 0; i < pending->len; i++) {
		DmOutboxItem *it = g_ptr_array_index(pending, i);
		g_autofree char *day = g_strndup(it->created_at, 10);
		GDate created;
		if (it->invoice_id <= 0 || !dm_date_parse_iso(day, &created) ||
		    g_date_days_between(&created, today) <= DM_OUTBOX_STALE_DAYS)
			continue;
		g_autofree char *detail = g_strdup_printf(
			"step %d to %s could not be sent since %s (%s); it will be written anew",
			it->step, it->recipient, day, it->last_error ? it->last_error : "no error recorded");
		g_message("outbox %" G_GINT64_FORMAT ": %s", it->id, detail);
		if (!dm_ledger_begin(ledger, error))
			return FALSE;
		gboolean moved = dm_outbox_move(ledger, it->id, "pending", "cancelled", "stale",
		                                now_iso, error);
		if ((!moved && error && *error) ||
		    (moved && !dm_ledger_event(ledger, it->invoice_id, now_iso, "reminder_stale",
		                               detail, error)) ||
		    !dm_ledger_commit(ledger, error)) {
			dm_ledger_rollback(ledger);
			return FALSE;
		}
		stats->cancelled += moved;
	}
	return TRUE;
}

gboolean
dm_scheduler_run(const DmConfig *config, DmLedger *ledger, GDateTime *now, gboolean dry_run,
                 DmSchedulerStats *stats, GError **error)
{
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	GDate today = dm_clock_date(now);
	if (!dry_run && (!resume_expired_pauses(ledger, &today, now_iso, stats, error) ||
	                 !expire_stale_reminders(ledger, &today, now_iso, stats, error)))
		return FALSE;

	g_autoptr(GPtrArray) open = dm_ledger_invoices_list(ledger, NULL, "open", error);
	if (!open)
		return FALSE;
	for (guint i = 0; i < open->len; i++) {
		DmInvoice *inv = g_ptr_array_index(open, i);
		GDate when;
		const DmLadderStep *step = dm_scheduler_next_step(ledger, inv, &when);
		if (!step || g_date_compare(&when, &today) > 0)
			continue;
		if (dry_run) {
			g_message("dry run: would send %s for invoice %s to %s", step->name, inv->number,
			          inv->debtor_email);
			stats->queued++;
			continue;
		}
		if (!dm_ledger_begin(ledger, error))
			return FALSE;
		if (!queue_reminder(config, ledger, inv, step, now, now_iso, error) ||
		    !dm_ledger_commit(ledger, error)) {
			dm_ledger_rollback(ledger);
			return FALSE;
		}
		stats->queued++;
	}
	return dry_run || dm_scheduler_flush(config, ledger, now, stats, error);
}

/* TRUE when @it may still go: digests always, reminders only while the invoice is open. */
static gboolean
still_wanted(DmLedger *ledger, const DmOutboxItem *it)
{
	if (it->invoice_id <= 0)
		return TRUE;
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(ledger, it->invoice_id, NULL);
	return inv && strcmp(inv->status, "open") == 0;
}

/* One committed state change with its event. */
static gboolean
move(DmLedger *ledger, const DmOutboxItem *it, const char *from, const char *to,
     const char *error_text, const char *now_iso, const char *event, const char *detail,
     GError **error)
{
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	gboolean moved = dm_outbox_move(ledger, it->id, from, to, error_text, now_iso, error);
	if ((!moved && error && *error) ||
	    (moved && event && !dm_ledger_event(ledger, it->invoice_id, now_iso, event, detail, error)) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	if (!moved)
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_SQL,
		            "outbox %" G_GINT64_FORMAT ": not in state %s (another dunmaild running?)",
		            it->id, from);
	return moved;
}

gboolean
dm_scheduler_deliver(const DmConfig *config, DmLedger *ledger, const DmOutboxItem *it,
                     GDateTime *now, DmSchedulerStats *stats, GError **error)
{
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	if (!still_wanted(ledger, it)) {
		if (!move(ledger, it, "pending", "cancelled", NULL, now_iso, "reminder_cancelled",
		          "invoice no longer open before the reminder went out", error))
			return FALSE;
		stats->cancelled++;
		return TRUE;
	}
	/* Committed before the SMTP transaction: a crash from here on leaves "sending",
	 * which recovery turns into "unknown", never into a second message. */
	if (!move(ledger, it, "pending", "sending", NULL, now_iso, NULL, NULL, error))
		return FALSE;
	g_autoptr(GError) send_err = NULL;
	if (dm_mailer_submit(config, it->recipient, it->body, &send_err)) {
		g_autofree char *detail = g_strdup_printf("sent to %s: \"%s\", message %s",
		                                          it->recipient, it->subject, it->message_id);
		g_message("outbox %" G_GINT64_FORMAT ": %s", it->id, detail);
		if (!move(ledger, it, "sending", "sent", NULL, now_iso, "sent", detail, error))
			return FALSE;
		stats->sent++;
	} else if (g_error_matches(send_err, DM_MAILER_ERROR, DM_MAILER_ERROR_PERMANENT)) {
		g_warning("outbox %" G_GINT64_FORMAT ": refused: %s", it->id, send_err->message);
		if (!move(ledger, it, "sending", "failed", send_err->message, now_iso, "send_failed",
		          send_err->message, error))
			return FALSE;
		stats->failed++;
	} else if (g_error_matches(send_err, DM_MAILER_ERROR, DM_MAILER_ERROR_UNCERTAIN)) {
		g_warning("outbox %" G_GINT64_FORMAT ": outcome unknown, not retried: %s", it->id,
		          send_err->message);
		if (!move(ledger, it, "sending", "unknown", send_err->message, now_iso,
		          "send_uncertain", send_err->message, error))
			return FALSE;
		stats->failed++;
	} else {
		g_warning("outbox %" G_GINT64_FORMAT ": will retry: %s", it->id, send_err->message);
		if (!move(ledger, it, "sending", "pending", send_err->message, now_iso, NULL, NULL, error))
			return FALSE;
		stats->deferred++;
	}
	return TRUE;
}

gboolean
dm_scheduler_flush(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                   DmSchedulerStats *stats, GError **error)
{
	g_autoptr(GPtrArray) pending = dm_outbox_list(ledger, 0, "pending", error);
	if (!pending)
		return FALSE;
	for (guint i = 0; i < pending->len; i++)
		if (!dm_scheduler_deliver(config, ledger, g_ptr_array_index(pending, i), now, stats,
		                          error))
			return FALSE;
	return TRUE;
}
