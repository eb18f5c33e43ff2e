/* scheduler: the ladder applied to the ledger, and the outbox delivered (dm-scheduler.h). */
#include "dunning/daemon/dm-scheduler.h"
#include "dunning/engine/dm-next-step.h"
#include "dunning/send/dm-deliver.h"
#include "dunning/send/dm-mailer.h"
#include "dunning/ledger/dm-failing.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/template/dm-template.h"
#include "common/dm-clock.h"
#include "common/dm-language.h"
#include "common/dm-money.h"

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
			"message %s to %s was being sent when dunmaild stopped; not resent automatically "
			"(the mail server may have it)", it->message_id, it->recipient);
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

/* (transfer full) @d as a reminder writes it, in the debtor's language. */
static char *
format_day(const GDate *d, const char *language)
{
	return dm_language_format_date(language, d);
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
	return dm_ledger_event(ledger, inv->id, now_iso, DM_EVENT_REMINDER_QUEUED, detail, error);
}

/* Puts @inv back on the ladder: its pause or hold ran out today.  A hold nobody decided
 * about is logged as such, and its replies no longer wait for the owner (the digest said
 * beforehand when this would happen). */
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
	    !dm_ledger_event(ledger, inv->id, now_iso,
	                     held ? DM_EVENT_HOLD_EXPIRED : DM_EVENT_RESUMED, detail, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	return TRUE;
}

static gboolean
resume_expired_pauses(DmLedger *ledger, const GDate *today, const char *now_iso,
                      DmSchedulerStats *stats, GError **error)
{
	static const DmInvoiceStatus waiting[] = { DM_INVOICE_STATUS_PAUSED, DM_INVOICE_STATUS_HELD };
	for (gsize w = 0; w < G_N_ELEMENTS(waiting); w++) {
		g_autoptr(GPtrArray) list = dm_ledger_invoices_list(ledger, NULL, waiting[w], error);
		if (!list)
			return FALSE;
		for (guint i = 0; i < list->len; i++) {
			DmInvoice *inv = g_ptr_array_index(list, i);
			if (!g_date_valid(&inv->pause_until) || g_date_compare(&inv->pause_until, today) > 0)
				continue;
			if (!resume_one(ledger, inv, now_iso, error))
				return FALSE;
			stats->resumed++;
		}
	}
	return TRUE;
}

/* A reminder that could not go out for days says the wrong things (its Date, "n days
 * overdue"): cancel it, so that this pass renders the step afresh. */
static gboolean
expire_stale_reminders(DmLedger *ledger, const GDate *today, const char *now_iso,
                       DmSchedulerStats *stats, GError **error)
{
	g_autoptr(GPtrArray) pending = dm_outbox_list(ledger, 0, DM_OUTBOX_STATE_PENDING, error);
	if (!pending)
		return FALSE;
	for (guint i = 0; i < pending->len; i++) {
		DmOutboxItem *it = g_ptr_array_index(pending, i);
		g_autofree char *day = g_strndup(it->created_at, 10);
		GDate created;
		if (it->kind != DM_OUTBOX_KIND_REMINDER || !dm_date_parse_iso(day, &created) ||
		    g_date_days_between(&created, today) <= DM_OUTBOX_STALE_DAYS)
			continue;
		g_autofree char *detail = g_strdup_printf(
			"step %d to %s could not be sent since %s (%s); it will be written anew",
			it->step, it->recipient, day, it->last_error ? it->last_error : "no error recorded");
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

/* What the pass over the open invoices needs at each one. */
typedef struct {
	const DmConfig *config;
	DmLedger *ledger;
	GDateTime *now;
	const char *now_iso;
	GDate today;
	gboolean dry_run;
	DmSchedulerStats *stats;
} Pass;

/* *@blocked: does @inv's address refuse mail (a proven hard bounce marked it failing)?
 * The first time a step is held back for it since the mark, the timeline and the digest
 * say why. */
static gboolean
address_blocked(Pass *p, const DmInvoice *inv, const DmLadderStep *step, gboolean *blocked,
                GError **error)
{
	g_autofree char *since = NULL;
	if (!dm_ledger_address_failing(p->ledger, inv->debtor_email, blocked, &since, error))
		return FALSE;
	if (!*blocked)
		return TRUE;
	g_autofree char *detail = g_strdup_printf(
		"%s (step %d) not sent: %s is failing since %s (a proven hard bounce); "
		"`dunmail address %s --ok` when it takes mail again", step->name, step->step,
		inv->debtor_email, since, inv->debtor_email);
	if (p->dry_run) {
		g_message("dry run: invoice %s: %s", inv->number, detail);
		return TRUE;
	}
	gboolean told = FALSE;
	if (!dm_ledger_event_since(p->ledger, inv->id, DM_EVENT_REMINDER_BLOCKED, since, &told,
	                           error))
		return FALSE;
	if (told)
		return TRUE;
	g_message("invoice %s: %s", inv->number, detail);
	return dm_ledger_event(p->ledger, inv->id, p->now_iso, DM_EVENT_REMINDER_BLOCKED, detail,
	                       error);
}

/* Queues @inv's next step when it is due (dm_ledger_invoices_foreach callback). */
static gboolean
schedule_one(const DmInvoice *inv, const DmOutboxSummary *reminders, gpointer user,
             GError **error)
{
	Pass *p = user;
	GDate when;
	const DmLadderStep *step = dm_next_step(inv, reminders, &when);
	if (!step || g_date_compare(&when, &p->today) > 0)
		return TRUE;
	gboolean blocked = FALSE;
	if (!address_blocked(p, inv, step, &blocked, error))
		return FALSE;
	if (blocked)
		return TRUE;
	if (p->dry_run) {
		g_message("dry run: would send %s for invoice %s to %s", step->name, inv->number,
		          inv->debtor_email);
		p->stats->queued++;
		return TRUE;
	}
	if (!dm_ledger_begin(p->ledger, error))
		return FALSE;
	if (!queue_reminder(p->config, p->ledger, inv, step, p->now, p->now_iso, error) ||
	    !dm_ledger_commit(p->ledger, error)) {
		dm_ledger_rollback(p->ledger);
		return FALSE;
	}
	p->stats->queued++;
	return TRUE;
}

gboolean
dm_scheduler_run(const DmConfig *config, DmLedger *ledger, GDateTime *now, gboolean dry_run,
                 DmSchedulerStats *stats, GError **error)
{
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	Pass p = { .config = config, .ledger = ledger, .now = now, .now_iso = now_iso,
	           .today = dm_clock_date(now), .dry_run = dry_run, .stats = stats };
	if (!dry_run && (!resume_expired_pauses(ledger, &p.today, now_iso, stats, error) ||
	                 !expire_stale_reminders(ledger, &p.today, now_iso, stats, error)))
		return FALSE;
	if (!dm_ledger_invoices_foreach(ledger, NULL, DM_INVOICE_STATUS_OPEN, schedule_one, &p,
	                                error))
		return FALSE;
	return dry_run || dm_deliver_pending(config, ledger, now, &stats->delivery, error);
}
