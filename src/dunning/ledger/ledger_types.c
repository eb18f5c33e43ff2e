/* ledger_types: the one name table of each ledger enum, and the row destructors
 * (dm-ledger-types.h).  Pure: no I/O. */
#include "dunning/ledger/dm-ledger-types.h"

#include <string.h>

static const char *const invoice_status_names[] = {
	[DM_INVOICE_STATUS_OPEN] = "open",
	[DM_INVOICE_STATUS_PAUSED] = "paused",
	[DM_INVOICE_STATUS_STOPPED] = "stopped",
	[DM_INVOICE_STATUS_PAID] = "paid",
	[DM_INVOICE_STATUS_HELD] = "held",
	[DM_INVOICE_STATUS_WRITTEN_OFF] = "written_off",
	[DM_INVOICE_STATUS_HANDED_OVER] = "handed_over",
};

static const char *const debtor_kind_names[] = {
	[DM_DEBTOR_KIND_BUSINESS] = "business",
	[DM_DEBTOR_KIND_CONSUMER] = "consumer",
};

static const char *const outbox_state_names[] = {
	[DM_OUTBOX_STATE_PENDING] = "pending",
	[DM_OUTBOX_STATE_SENDING] = "sending",
	[DM_OUTBOX_STATE_SENT] = "sent",
	[DM_OUTBOX_STATE_CONFIRMED] = "confirmed",
	[DM_OUTBOX_STATE_CANCELLED] = "cancelled",
	[DM_OUTBOX_STATE_FAILED] = "failed",
	[DM_OUTBOX_STATE_UNKNOWN] = "unknown",
	[DM_OUTBOX_STATE_DRY_RUN] = "dry_run",
};

static const char *const outbox_kind_names[] = {
	[DM_OUTBOX_KIND_REMINDER] = "reminder",
	[DM_OUTBOX_KIND_DIGEST] = "digest",
	[DM_OUTBOX_KIND_CONFIRMATION] = "confirmation",
	[DM_OUTBOX_KIND_NOTICE] = "notice",
};

static const char *const event_kind_names[] = {
	[DM_EVENT_INVOICE_RECORDED] = "invoice_recorded",
	[DM_EVENT_INVOICE_UNREADABLE] = "invoice_unreadable",
	[DM_EVENT_REPLY_RECORDED] = "reply_recorded",
	[DM_EVENT_REPLY_APPLIED] = "reply_applied",
	[DM_EVENT_OWNER_MESSAGE] = "owner_message",
	[DM_EVENT_SPOOL_SET_ASIDE] = "spool_set_aside",
	[DM_EVENT_REMINDER_QUEUED] = "reminder_queued",
	[DM_EVENT_REMINDER_STALE] = "reminder_stale",
	[DM_EVENT_REMINDER_CANCELLED] = "reminder_cancelled",
	[DM_EVENT_RESUMED] = "resumed",
	[DM_EVENT_SENT] = "sent",
	[DM_EVENT_SEND_FAILED] = "send_failed",
	[DM_EVENT_SEND_UNCERTAIN] = "send_uncertain",
	[DM_EVENT_SEND_INTERRUPTED] = "send_interrupted",
	[DM_EVENT_DIGEST_QUEUED] = "digest_queued",
	[DM_EVENT_REPLY_HELD] = "reply_held",
	[DM_EVENT_RECLASSIFIED] = "reclassified",
	[DM_EVENT_HOLD_EXPIRED] = "hold_expired",
	[DM_EVENT_BOUNCE_FAILED] = "bounce_failed",
	[DM_EVENT_BOUNCE_EXPIRED] = "bounce_expired",
	[DM_EVENT_BOUNCE_DELAYED] = "bounce_delayed",
	[DM_EVENT_BOUNCE_UNPROVEN] = "bounce_unproven",
	[DM_EVENT_ADDRESS_CHANGE] = "address_change",
	[DM_EVENT_SEND_UNSEEN] = "send_unseen",
	[DM_EVENT_DRY_RUN] = "dry_run",
	[DM_EVENT_OWNER_WROTE] = "owner_wrote",
	[DM_EVENT_DELIVERED] = "delivered",
	[DM_EVENT_PAUSED] = "paused",
	[DM_EVENT_DISPUTE_RESOLVED] = "dispute_resolved",
	[DM_EVENT_WRITTEN_OFF] = "written_off",
	[DM_EVENT_PAYMENT] = "payment",
	[DM_EVENT_PAID] = "paid",
	[DM_EVENT_HANDED_OVER] = "handed_over",
	[DM_EVENT_DEBTOR_SETTINGS] = "debtor_settings",
	[DM_EVENT_NOT_INVOICE] = "not_invoice",
	[DM_EVENT_CREDITED] = "credited",
	[DM_EVENT_CREDIT_UNMATCHED] = "credit_unmatched",
	[DM_EVENT_SOURCES_DISAGREE] = "sources_disagree",
	[DM_EVENT_REMINDER_BLOCKED] = "reminder_blocked",
	[DM_EVENT_ADDRESS_OK] = "address_ok",
	[DM_EVENT_MAIL_MISSED] = "mail_missed",
	[DM_EVENT_PLAN_CREATED] = "plan_created",
	[DM_EVENT_PLAN_CHANGED] = "plan_changed",
	[DM_EVENT_PLAN_CANCELLED] = "plan_cancelled",
	[DM_EVENT_INSTALMENT_PAID] = "instalment_paid",
	[DM_EVENT_INSTALMENT_MISSED] = "instalment_missed",
	[DM_EVENT_OWNER_COMMAND] = "owner_command",
	[DM_EVENT_COMMANDS_REFUSED] = "commands_refused",
};

static const char *const plan_state_names[] = {
	[DM_PLAN_STATE_RUNNING] = "running",
	[DM_PLAN_STATE_CANCELLED] = "cancelled",
	[DM_PLAN_STATE_MISSED] = "missed",
	[DM_PLAN_STATE_DONE] = "done",
};

static const char *const reply_note_names[] = {
	[DM_REPLY_NOTE_NOT_DEBTOR] = "not_debtor",
	[DM_REPLY_NOTE_UNVERIFIED] = "unverified",
	[DM_REPLY_NOTE_HELD_UNVERIFIED] = "held_unverified",
	[DM_REPLY_NOTE_HELD_UNSURE] = "held_unsure",
	[DM_REPLY_NOTE_HELD_FAR] = "held_beyond_horizon",
	[DM_REPLY_NOTE_HELD_AWAY] = "held_away",
	[DM_REPLY_NOTE_HELD_WHICH] = "held_which_invoice",
	[DM_REPLY_NOTE_HELD_PAST_PROMISE] = "held_promise_past",
	[DM_REPLY_NOTE_HELD_FUTURE_PAYMENT] = "held_payment_future",
};

/* Index 0 ("any") has no name. */
static const char *
name_of(const char *const *names, gsize n, int value)
{
	g_return_val_if_fail(value > 0 && (gsize) value < n, NULL);
	return names[value];
}

static gboolean
value_of(const char *const *names, gsize n, const char *name, int *out)
{
	for (gsize i = 1; name && i < n; i++)
		if (strcmp(names[i], name) == 0) {
			*out = (int) i;
			return TRUE;
		}
	return FALSE;
}

/* name <-> value for enum @type with table @table, generated once per enum. */
#define NAME_FUNCTIONS(type, prefix, table)                                         \
	const char *prefix##_name(type value)                                           \
	{                                                                               \
		return name_of(table, G_N_ELEMENTS(table), (int) value);                    \
	}                                                                               \
	gboolean prefix##_from_name(const char *name, type *out)                        \
	{                                                                               \
		int v;                                                                      \
		if (!value_of(table, G_N_ELEMENTS(table), name, &v))                        \
			return FALSE;                                                           \
		*out = (type) v;                                                            \
		return TRUE;                                                                \
	}

NAME_FUNCTIONS(DmInvoiceStatus, dm_invoice_status, invoice_status_names)
NAME_FUNCTIONS(DmOutboxState, dm_outbox_state, outbox_state_names)
NAME_FUNCTIONS(DmOutboxKind, dm_outbox_kind, outbox_kind_names)
NAME_FUNCTIONS(DmEventKind, dm_event_kind, event_kind_names)
NAME_FUNCTIONS(DmDebtorKind, dm_debtor_kind, debtor_kind_names)
NAME_FUNCTIONS(DmPlanState, dm_plan_state, plan_state_names)
NAME_FUNCTIONS(DmReplyNote, dm_reply_note, reply_note_names)

/* The English reason of each note: what dm_policy_decide gives the hold or the shown
 * reply, and the key under which the digest finds its words ("pause" in
 * digest_words.c). */
static const char *const reply_note_reasons[] = {
	[DM_REPLY_NOTE_NOT_DEBTOR] = "not the debtor",
	[DM_REPLY_NOTE_UNVERIFIED] = "sender not verified",
	[DM_REPLY_NOTE_HELD_UNVERIFIED] = "sender not verified",
	[DM_REPLY_NOTE_HELD_UNSURE] = "not understood with confidence",
	[DM_REPLY_NOTE_HELD_FAR] = "date beyond the horizon",
	[DM_REPLY_NOTE_HELD_AWAY] = "away without a return day",
	[DM_REPLY_NOTE_HELD_WHICH] = "which invoice? the sender has several unpaid",
	[DM_REPLY_NOTE_HELD_PAST_PROMISE] = "read as a promise, but for a day before the message",
	[DM_REPLY_NOTE_HELD_FUTURE_PAYMENT] = "read as paid, but on a day after the message",
};

const char *
dm_reply_note_reason(DmReplyNote note)
{
	if ((int) note <= 0 || (gsize) note >= G_N_ELEMENTS(reply_note_reasons))
		return NULL;
	return reply_note_reasons[note];
}

DmPlan *
dm_plan_new(void)
{
	DmPlan *plan = g_new0(DmPlan, 1);
	plan->state = DM_PLAN_STATE_RUNNING;
	plan->instalments = g_array_new(FALSE, TRUE, sizeof(DmInstalment));
	return plan;
}

void
dm_plan_free(DmPlan *plan)
{
	if (!plan)
		return;
	g_free(plan->created_at);
	g_free(plan->ended_at);
	g_array_unref(plan->instalments);
	g_free(plan);
}

void
dm_debtor_settings_clear(DmDebtorSettings *s)
{
	g_clear_pointer(&s->language, g_free);
	g_clear_pointer(&s->contact, g_free);
	g_clear_pointer(&s->ladder, g_free);
	g_clear_pointer(&s->credit_currency, g_free);
	g_clear_pointer(&s->pause_reason, g_free);
	s->kind = DM_DEBTOR_KIND_UNSET;
	s->has_credit_limit = FALSE;
	s->credit_limit_cents = 0;
	s->excluded = FALSE;
	g_date_clear(&s->paused_until, 1);
}

DmInvoice *
dm_invoice_new(void)
{
	DmInvoice *inv = g_new0(DmInvoice, 1);
	inv->status = DM_INVOICE_STATUS_OPEN;
	g_date_clear(&inv->issue_date, 1);
	g_date_clear(&inv->due_date, 1);
	g_date_clear(&inv->pause_until, 1);
	g_date_clear(&inv->debtor.paused_until, 1);
	return inv;
}

void
dm_invoice_free(DmInvoice *inv)
{
	if (!inv)
		return;
	g_free(inv->number);
	g_free(inv->debtor_email);
	g_free(inv->debtor_name);
	g_free(inv->debtor_kind_why);
	g_free(inv->currency);
	g_free(inv->language);
	g_free(inv->source);
	g_free(inv->message_id);
	g_free(inv->subject);
	g_free(inv->pause_reason);
	g_free(inv->created_at);
	dm_debtor_settings_clear(&inv->debtor);
	g_free(inv->payment_reference);
	g_free(inv->iban);
	g_free(inv->credit_reference);
	g_free(inv->field_sources);
	g_free(inv);
}

gint64
dm_invoice_open_cents(const DmInvoice *inv)
{
	g_return_val_if_fail(inv != NULL, 0);
	return inv->amount_cents - inv->credited_cents - inv->paid_cents;
}

void
dm_outbox_item_free(DmOutboxItem *item)
{
	if (!item)
		return;
	g_free(item->day);
	g_free(item->message_id);
	g_free(item->recipient);
	g_free(item->subject);
	g_free(item->last_error);
	g_free(item->created_at);
	g_free(item->sent_at);
	g_free(item->sending_at);
	g_free(item->sending_timeline);
	g_free(item->queue_id);
	g_free(item);
}

void
dm_event_free(DmEvent *ev)
{
	if (!ev)
		return;
	g_free(ev->at);
	g_free(ev->detail);
	g_clear_pointer(&ev->words, g_variant_unref);
	g_free(ev);
}

void
dm_reply_row_free(DmReplyRow *row)
{
	if (!row)
		return;
	g_free(row->invoice_number);
	g_free(row->held_numbers);
	g_free(row->from_addr);
	g_free(row->subject);
	g_free(row->kind);
	g_free(row->reply_text);
	g_free(row->auth_detail);
	g_free(row->note);
	g_free(row->received_at);
	g_free(row);
}

void
dm_correction_free(DmCorrection *c)
{
	if (!c)
		return;
	g_free(c->invoice_number);
	g_free(c->reply_text);
	g_free(c->at);
	g_free(c);
}

char *
dm_reply_short_id(gint64 id)
{
	return g_strdup_printf("R%" G_GINT64_FORMAT, id);
}

gboolean
dm_reply_short_id_parse(const char *text, gint64 *id)
{
	guint64 v = 0;
	if (!text)
		return FALSE;
	if (text[0] == 'R' || text[0] == 'r')
		text++;
	if (!g_ascii_isdigit(text[0]) ||
	    !g_ascii_string_to_unsigned(text, 10, 1, G_MAXINT64, &v, NULL))
		return FALSE;
	*id = (gint64) v;
	return TRUE;
}
