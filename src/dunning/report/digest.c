/* digest: the owner's daily overview (dm-digest.h). */
#include "dunning/report/dm-digest.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/engine/dm-next-step.h"
#include "dunning/template/dm-template.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"
#include "common/dm-sanitize.h"

#include <string.h>

#define NEXT_MAX 20
#define DIGEST_ATTEMPTS_ALERT 3     /* a reminder still pending after this many tries */

/* A name in the ledger and how the digest says it, per language. */
typedef struct {
	const char *name;
	const char *nl;
	const char *en;
} Label;

/* Events that need the owner's eye, with how the digest introduces them. */
static const Label attention_events[] = {
	{ "spool_set_aside", "bericht apart gezet in de spool (bad/)", "message set aside in the spool (bad/)" },
	{ "invoice_unreadable", "factuur niet gevolgd", "invoice not tracked" },
	{ "owner_message", "bericht van uw adres", "message from your address" },
	{ "hold_expired", "niet beslist, herinneringen hervat", "not decided, reminders resumed" },
	{ "bounce_failed", "onbestelbaar: herinnering gestopt, adres werkt niet",
	  "bounced: reminders stopped, the address fails" },
	{ "bounce_expired", "niet afgeleverd (server gaf het op)", "not delivered (the server gave up)" },
	{ "bounce_delayed", "vertraagd (server probeert nog)", "delayed (the server is still trying)" },
	{ "bounce_unproven", "lijkt onbestelbaar, niet bewezen: niets gedaan",
	  "looks like a bounce, not proven: nothing done" },
	{ "address_change", "automatisch antwoord noemt een nieuw adres",
	  "an automatic reply names a new address" },
	{ "sources_disagree", "bronnen van een factuur spreken elkaar tegen",
	  "the sources of an invoice disagree" },
	{ "credit_unmatched", "creditnota zonder bekende factuur: niets verlaagd",
	  "credit note without a known invoice: nothing lowered" },
	{ "not_invoice", "geen factuur, niet gevolgd", "not an invoice, not chased" },
	{ "reminder_blocked", "herinnering niet verstuurd: adres werkt niet",
	  "reminder not sent: the address fails" },
	{ "address_ok", "adres werkt weer", "the address takes mail again" },
};

static const Label class_labels[] = {
	{ "dispute",        "betwist de factuur",          "disputes the invoice" },
	{ "promise_to_pay", "belooft te betalen",          "promises to pay" },
	{ "paid",           "zegt betaald te hebben",      "says it has paid" },
	{ "arrangement",    "vraagt een betalingsregeling", "asks for a payment plan" },
	{ "question",       "stelt een vraag",             "asks a question" },
	{ "other",          "overig",                      "other" },
	{ "auto_reply",     "automatisch antwoord",        "automatic reply" },
	{ "bounce",         "onbestelbaar",                "bounced" },
};

static const Label step_labels[] = {
	{ "reminder",        "herinnering",         "reminder" },
	{ "second_reminder", "tweede herinnering",  "second reminder" },
	{ "formal_notice",   "aanmaning",           "formal notice" },
	{ "fourteen_day_letter", "veertiendagenbrief", "14-day letter" },
	{ "collection_notice", "aanmaning met incassokosten", "notice claiming collection costs" },
	{ "hand_over",       "overdracht aan u",    "hand-over to you" },
};

static gboolean
is_en(const DmConfig *config)
{
	return strcmp(config->language, "en") == 0;
}

static const char *
T(const DmConfig *config, const char *nl, const char *en)
{
	return is_en(config) ? en : nl;
}

static const Label *
find_label(const Label *table, gsize n, const char *name)
{
	for (gsize i = 0; i < n; i++)
		if (strcmp(table[i].name, name) == 0)
			return &table[i];
	return NULL;
}

/* How the digest says @name; the name itself when the table does not know it. */
static const char *
label(const DmConfig *config, const Label *table, gsize n, const char *name)
{
	const Label *l = find_label(table, n, name);
	return l ? T(config, l->nl, l->en) : name;
}

static const char *
class_label(const DmConfig *config, DmReplyClass klass)
{
	return label(config, class_labels, G_N_ELEMENTS(class_labels), dm_reply_class_name(klass));
}

/* Each section is a list of "- " lines; the template supplies the blank lines between. */
static void
finish_section(const DmConfig *config, GString *s)
{
	if (s->len == 0)
		g_string_append(s, T(config, "(niets)", "(nothing)"));
	while (s->len > 0 && s->str[s->len - 1] == '\n')
		g_string_truncate(s, s->len - 1);
}

static void
add_replies(const DmConfig *config, GPtrArray *replies, GString *list, GString *attention)
{
	for (guint i = 0; i < replies->len; i++) {
		DmReplyRow *r = g_ptr_array_index(replies, i);
		g_autofree char *text = dm_sanitize_oneline(r->reply_text, 160);
		g_autofree char *from = dm_sanitize(r->from_addr, 120);
		g_autofree char *date = dm_date_iso(&r->stated_date);
		const char *klass = dm_reply_class_name(r->klass);
		g_string_append_printf(list, "- %s %s %s %s: [%s] %s (%.0f%%)%s%s\n    \"%s\"\n",
		                       from, T(config, "over", "about"),
		                       r->invoice_number ? T(config, "factuur", "invoice") : "",
		                       r->invoice_number ? r->invoice_number : T(config, "(geen factuur gevonden)", "(no invoice found)"),
		                       klass, class_label(config, r->klass), r->confidence * 100,
		                       date ? T(config, ", datum ", ", date ") : "", date ? date : "",
		                       text);
		if (r->applied)
			g_string_append_printf(list, "    %s\n", T(config, "-> herinneringen aangepast",
			                                          "-> reminders adjusted"));
		else if (r->needs_review)
			g_string_append_printf(list, "    %s\n", T(config, "-> wacht op u (zie boven)",
			                                          "-> waiting for you (see above)"));
		if (r->needs_review)
			continue;   /* under "needs you" with its own lines */
		if (!r->invoice_number)
			g_string_append_printf(attention, "- %s: %s [%s]\n", from,
			                       T(config, "reactie die bij geen factuur past; welke is het?",
			                         "a reply that matches no invoice; which one is it?"),
			                       klass);
		else if (r->note && r->klass != DM_REPLY_CLASS_OTHER)
			g_string_append_printf(attention, "- %s %s: %s [%s] (%s)\n", from, r->invoice_number,
			                       T(config, "niets aangepast; beoordeel zelf",
			                         "nothing changed; please judge"),
			                       klass, r->note);
	}
}

/* (transfer full) what dunmail did with the invoice a waiting reply is about, as the
 * invoice stands now: a hold says when the ladder resumes unless the owner decides. */
static char *
what_dunmail_did(const DmConfig *config, const DmInvoice *inv)
{
	g_autofree char *until = dm_date_iso(&inv->pause_until);
	const char *reason = inv->pause_reason ? inv->pause_reason : "?";
	switch (inv->status) {
	case DM_INVOICE_STATUS_HELD:
		return g_strdup_printf(T(config, "wacht op u; herinneringen gaan verder op %s tenzij u beslist",
		                         "waiting for you; resumes on %s unless you decide"),
		                       until ? until : "?");
	case DM_INVOICE_STATUS_PAUSED:
		if (until)
			return g_strdup_printf(T(config, "factuur gepauzeerd (%s) tot %s",
			                         "invoice paused (%s) until %s"), reason, until);
		return g_strdup_printf(T(config, "factuur blijft gepauzeerd (%s) tot u beslist",
		                         "invoice stays paused (%s) until you decide"), reason);
	default:
		return g_strdup_printf(T(config, "factuur is %s", "invoice is %s"),
		                       dm_invoice_status_name(inv->status));
	}
}

/* The "needs you" lines of the replies that wait for the owner's decision (all of them,
 * not only those since the last digest: they stay until the owner decides): who, which
 * invoice and amount, the class and confidence, what they wrote, what dunmail did, and
 * the commands that answer it. */
static gboolean
add_waiting_replies(const DmConfig *config, DmLedger *ledger, GString *attention,
                    GError **error)
{
	g_autoptr(GPtrArray) waiting = dm_ledger_replies_for_review(ledger, error);
	if (!waiting)
		return FALSE;
	for (guint i = 0; i < waiting->len; i++) {
		DmReplyRow *r = g_ptr_array_index(waiting, i);
		g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(ledger, r->invoice_id, error);
		if (!inv)
			return error && *error ? FALSE : TRUE;
		g_autofree char *rid = dm_reply_short_id(r->id);
		/* UBL invoice numbers are the sender's text: one line, no controls. */
		g_autofree char *number = dm_sanitize(inv->number, 80);
		g_autofree char *from = dm_sanitize_oneline(r->from_addr, 120);
		g_autofree char *name = inv->debtor_name ? dm_sanitize_oneline(inv->debtor_name, 80) : NULL;
		g_autofree char *text = dm_sanitize_oneline(r->reply_text, 200);
		g_autofree char *amount = inv->has_amount
			? dm_money_format(inv->amount_cents, inv->currency, config->language) : g_strdup("?");
		g_autofree char *date = dm_date_iso(&r->stated_date);
		g_autofree char *did = what_dunmail_did(config, inv);
		const char *klass = dm_reply_class_name(r->klass);
		g_string_append_printf(attention, "- %s %s%s%s%s, %s %s (%s): [%s] %s (%.0f%%)%s%s\n",
		                       rid, name ? name : "", name ? " <" : "", from, name ? ">" : "",
		                       T(config, "factuur", "invoice"), number, amount, klass,
		                       class_label(config, r->klass), r->confidence * 100,
		                       date ? T(config, ", datum ", ", date ") : "", date ? date : "");
		if (r->note) {
			g_autofree char *note = dm_sanitize_oneline(r->note, 200);
			g_string_append_printf(attention, "    %s\n", note);
		}
		g_string_append_printf(attention, "    \"%s\"\n    dunmail: %s\n", text, did);
		g_string_append_printf(attention, "    %s dunmail reclassify %s %s%s%s\n",
		                       T(config, "zo behandelen (of noem een andere klasse):",
		                         "to act on it (or name another class):"),
		                       rid, klass, date ? " --date " : "", date ? date : "");
		g_string_append_printf(attention, "    %s dunmail resume %s\n",
		                       T(config, "niets aanpassen:", "to change nothing:"), number);
	}
	return TRUE;
}

/* The sections built from the invoices, one invoice at a time. */
typedef struct {
	const DmConfig *config;
	GDate today;
	guint n_next;
	GString *next, *overdue, *attention;
} InvoiceSections;

/* dm_ledger_invoices_foreach callback: @inv's lines in the next, overdue and attention
 * sections. */
static gboolean
add_invoice(const DmInvoice *inv, const DmOutboxSummary *reminders, gpointer user,
            GError **error)
{
	InvoiceSections *s = user;
	const DmConfig *config = s->config;
	if (inv->status == DM_INVOICE_STATUS_PAID || inv->status == DM_INVOICE_STATUS_WRITTEN_OFF)
		return TRUE;
	const char *status = dm_invoice_status_name(inv->status);
	g_autofree char *number = dm_sanitize(inv->number, 80);
	g_autofree char *amount = inv->has_amount
		? dm_money_format(dm_invoice_open_cents(inv), inv->currency, config->language)
		: g_strdup("?");
	int late = g_date_days_between(&inv->due_date, &s->today);
	if (late > 0)
		g_string_append_printf(s->overdue, "- %s %s, %s, %d %s (%s%s%s)\n", number,
		                       inv->debtor_email, amount, late, T(config, "dagen", "days"),
		                       status, inv->pause_reason ? ": " : "",
		                       inv->pause_reason ? inv->pause_reason : "");
	/* A held invoice is under "needs you" with the reply that holds it. */
	if (inv->status == DM_INVOICE_STATUS_PAUSED && !g_date_valid(&inv->pause_until))
		g_string_append_printf(s->attention, "- %s %s: %s (%s)\n", number, inv->debtor_email,
		                       T(config, "gepauzeerd tot u beslist", "paused until you decide"),
		                       inv->pause_reason ? inv->pause_reason : "?");
	else if (inv->status == DM_INVOICE_STATUS_STOPPED)
		g_string_append_printf(s->attention, "- %s %s: %s (%s)\n", number, inv->debtor_email,
		                       T(config, "gestopt", "stopped"),
		                       inv->pause_reason ? inv->pause_reason : "?");
	else if (inv->status == DM_INVOICE_STATUS_HANDED_OVER)
		g_string_append_printf(s->attention, "- %s %s: %s\n", inv->number, inv->debtor_email,
		                       T(config, "overgedragen aan u: geen automatische herinneringen meer",
		                         "handed over to you: no more automatic reminders"));
	DmNextStep next;
	const DmLadderStep *step = dm_next_step(config->ladders, inv, reminders, NULL, &next);
	if (step && s->n_next++ < NEXT_MAX) {
		g_autofree char *day = dm_date_iso(&next.when);
		g_string_append_printf(s->next, "- %s: %s %s %s (%s)\n", day,
		                       label(config, step_labels, G_N_ELEMENTS(step_labels), step->name),
		                       T(config, "voor", "for"), number, inv->debtor_email);
	}
	return TRUE;
}

/* @rows are dm_outbox_for_digest()'s: sent since the last digest, or needing the owner. */
static void
add_outbox(const DmConfig *config, GPtrArray *rows, GString *sent, GString *attention)
{
	for (guint i = 0; i < rows->len; i++) {
		DmOutboxItem *it = g_ptr_array_index(rows, i);
		const char *why = it->last_error ? it->last_error : "";
		switch (it->state) {
		case DM_OUTBOX_STATE_SENT:
		case DM_OUTBOX_STATE_CONFIRMED: {
			g_autofree char *when = dm_clock_local_text(it->sent_at, config->tz);
			g_string_append_printf(sent, "- %s: \"%s\" %s %s\n", when, it->subject,
			                       T(config, "aan", "to"), it->recipient);
			break;
		}
		case DM_OUTBOX_STATE_PENDING:
			g_string_append_printf(attention, "- \"%s\" %s %s: %s (%d %s: %s)\n", it->subject,
			                       T(config, "aan", "to"), it->recipient,
			                       T(config, "nog niet verstuurd", "not sent yet"), it->attempts,
			                       T(config, "pogingen", "attempts"), why);
			break;
		default:
			g_string_append_printf(attention, "- \"%s\" %s %s: %s (%s)\n", it->subject,
			                       T(config, "aan", "to"), it->recipient,
			                       dm_outbox_state_name(it->state), why);
			break;
		}
	}
}

static gint64
event_id(gconstpointer ev)
{
	return ((const DmEvent *) ev)->id;
}

static gint64
reply_id(gconstpointer r)
{
	return ((const DmReplyRow *) r)->id;
}

/* Drops from @rows those the last digest covered, and raises *@mark to the highest id
 * kept.  Times only narrow the query: two things in one second are told apart by ids. */
static void
keep_after(GPtrArray *rows, gint64 (*id_of)(gconstpointer), gint64 covered, gint64 *mark)
{
	for (guint i = rows->len; i-- > 0;) {
		gint64 id = id_of(g_ptr_array_index(rows, i));
		if (id <= covered)
			g_ptr_array_remove_index(rows, i);
		else if (id > *mark)
			*mark = id;
	}
}

gboolean
dm_digest_build(const DmConfig *config, DmLedger *ledger, GDateTime *now, DmDigest *out,
                GError **error)
{
	g_auto(DmDigestMark) last = { 0 };
	if (!dm_ledger_digest_mark_get(ledger, &last, error))
		return FALSE;
	const char *since = last.sent_at;
	gint64 *event_mark = &out->mark.event_id, *reply_mark = &out->mark.reply_id;
	*event_mark = last.event_id;
	*reply_mark = last.reply_id;
	GDate today = dm_clock_date(now);
	g_autoptr(GString) attention = g_string_new(NULL), replies_s = g_string_new(NULL),
		sent = g_string_new(NULL), next = g_string_new(NULL), overdue = g_string_new(NULL);

	g_autoptr(GPtrArray) replies = dm_ledger_replies_after(ledger, last.reply_id, error);
	g_autoptr(GPtrArray) rows = replies
		? dm_outbox_for_digest(ledger, since, DIGEST_ATTEMPTS_ALERT, error) : NULL;
	g_autoptr(GPtrArray) events = rows
		? dm_ledger_events_after(ledger, last.event_id, error) : NULL;
	if (!events)
		return FALSE;
	keep_after(replies, reply_id, *reply_mark, reply_mark);
	keep_after(events, event_id, *event_mark, event_mark);

	if (!add_waiting_replies(config, ledger, attention, error))
		return FALSE;
	add_replies(config, replies, replies_s, attention);
	add_outbox(config, rows, sent, attention);
	InvoiceSections sections = { .config = config, .today = today, .next = next,
	                             .overdue = overdue, .attention = attention };
	if (!dm_ledger_invoices_foreach(ledger, NULL, DM_INVOICE_STATUS_ANY, add_invoice, &sections,
	                                error))
		return FALSE;
	for (guint i = 0; i < events->len; i++) {
		DmEvent *ev = g_ptr_array_index(events, i);
		const Label *l = find_label(attention_events, G_N_ELEMENTS(attention_events),
		                            dm_event_kind_name(ev->kind));
		if (!l)
			continue;
		g_autofree char *detail = dm_sanitize_oneline(ev->detail, 300);
		g_string_append_printf(attention, "- %s: %s\n", T(config, l->nl, l->en), detail);
	}
	gboolean needs_owner = attention->len > 0;
	for (GString **s = (GString *[]) { attention, replies_s, sent, next, overdue, NULL }; *s; s++)
		finish_section(config, *s);

	g_autofree char *date = dm_date_iso(&today);
	g_autofree char *headline = needs_owner
		? g_strdup(T(config, " (actie nodig)", " (action needed)")) : g_strdup("");
	g_autoptr(GHashTable) vars = g_hash_table_new(g_str_hash, g_str_equal);
	g_hash_table_insert(vars, "date", date);
	g_hash_table_insert(vars, "headline", headline);
	g_hash_table_insert(vars, "billing_address", config->billing_addresses[0]);
	g_hash_table_insert(vars, "attention", attention->str);
	g_hash_table_insert(vars, "replies", replies_s->str);
	g_hash_table_insert(vars, "sent", sent->str);
	g_hash_table_insert(vars, "next", next->str);
	g_hash_table_insert(vars, "overdue", overdue->str);
	out->mark.sent_at = dm_clock_iso_utc(now);
	out->mark.day = g_strdup(date);
	return dm_template_render(config->templates_dir, config->language, "en", "digest", vars,
	                          &out->subject, &out->body, error);
}

void
dm_digest_clear(DmDigest *digest)
{
	g_clear_pointer(&digest->subject, g_free);
	g_clear_pointer(&digest->body, g_free);
	dm_digest_mark_clear(&digest->mark);
}

gboolean
dm_digest_due(const DmConfig *config, DmLedger *ledger, GDateTime *now, gboolean *due,
              GError **error)
{
	*due = FALSE;
	if (g_date_time_get_hour(now) < config->digest_hour)
		return TRUE;
	GDate today = dm_clock_date(now);
	g_autofree char *day = dm_date_iso(&today);
	g_autofree char *queued_at = NULL;
	g_auto(DmDigestMark) last = { 0 };
	/* The outbox holds the day of each digest; the mark also covers digests queued
	 * before it did. */
	if (!dm_outbox_digest_queued(ledger, config->owner_address, day, &queued_at, error) ||
	    !dm_ledger_digest_mark_get(ledger, &last, error))
		return FALSE;
	*due = !queued_at && g_strcmp0(last.day, day) != 0;
	return TRUE;
}
