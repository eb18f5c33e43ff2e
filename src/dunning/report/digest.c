/* digest: the owner's daily overview (dm-digest.h).  Collected into a DmDoc (dm-doc.h),
 * rendered as text and HTML. */
#include "dunning/report/dm-digest.h"
#include "dunning/report/dm-doc.h"
#include "dunning/report/dm-digest-note.h"
#include "dunning/report/dm-digest-words.h"
#include "dunning/report/dm-receivable.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/ledger/dm-plans.h"
#include "dunning/engine/dm-next-step.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"

#include <string.h>

#define NEXT_MAX 12                 /* "coming up" lines; the rest is "and N more" */
#define NEXT_DAYS 7                 /* "coming up": the next week */
#define PROMISE_LOOKBACK_DAYS 60    /* a promise or payment claim older than this is stale */
#define DIGEST_ATTEMPTS_ALERT 3     /* a reminder still pending after this many tries */

/* The words of the digest in the owner's language. */
#define SAY(c, nl, en, de) dm_doc_say((c)->config->language, nl, en, de)

/* Events that need the owner's eye (under "needs you") or tell of a bounce (under
 * "bounces"), with how the digest introduces them. */
typedef struct {
	DmEventKind kind;
	gboolean bounce;
	const char *nl, *en, *de;
} EventLabel;

static const EventLabel event_labels[] = {
	{ DM_EVENT_MAIL_MISSED, FALSE, "niet gezien door dunmail, importeer het uit uw Verzonden items",
	  "not seen by dunmail, import it from your Sent folder",
	  "von dunmail nicht gesehen, importieren Sie sie aus Ihrem Gesendet-Ordner" },
	{ DM_EVENT_SPOOL_SET_ASIDE, FALSE, "bericht apart gezet in de spool (bad/)",
	  "message set aside in the spool (bad/)", "Nachricht im Spool beiseitegelegt (bad/)" },
	{ DM_EVENT_INVOICE_UNREADABLE, FALSE, "factuur niet gevolgd", "invoice not tracked",
	  "Rechnung nicht verfolgt" },
	{ DM_EVENT_OWNER_MESSAGE, FALSE, "bericht van uw adres", "message from your address",
	  "Nachricht von Ihrer Adresse" },
	{ DM_EVENT_COMMANDS_REFUSED, FALSE, "antwoord op het overzicht niet uitgevoerd",
	  "reply to the digest not obeyed", "Antwort auf die \xc3\x9c" "bersicht nicht ausgef\xc3\xbchrt" },
	{ DM_EVENT_HOLD_EXPIRED, FALSE, "niet beslist, herinneringen hervat",
	  "not decided, reminders resumed", "nicht entschieden, Erinnerungen fortgesetzt" },
	{ DM_EVENT_BOUNCE_FAILED, TRUE, "onbestelbaar: herinnering gestopt, adres werkt niet",
	  "bounced: reminders stopped, the address fails",
	  "unzustellbar: Erinnerungen gestoppt, die Adresse funktioniert nicht" },
	{ DM_EVENT_BOUNCE_EXPIRED, TRUE, "niet afgeleverd (server gaf het op)",
	  "not delivered (the server gave up)", "nicht zugestellt (der Server gab auf)" },
	{ DM_EVENT_BOUNCE_DELAYED, TRUE, "vertraagd (server probeert nog)",
	  "delayed (the server is still trying)", "verz\xc3\xb6gert (der Server versucht es noch)" },
	{ DM_EVENT_BOUNCE_UNPROVEN, TRUE, "lijkt onbestelbaar, niet bewezen: niets gedaan",
	  "looks like a bounce, not proven: nothing done",
	  "sieht unzustellbar aus, nicht bewiesen: nichts getan" },
	{ DM_EVENT_ADDRESS_CHANGE, TRUE, "automatisch antwoord noemt een nieuw adres",
	  "an automatic reply names a new address",
	  "eine automatische Antwort nennt eine neue Adresse" },
	{ DM_EVENT_REMINDER_BLOCKED, TRUE, "herinnering niet verstuurd: adres werkt niet",
	  "reminder not sent: the address fails",
	  "Erinnerung nicht gesendet: die Adresse funktioniert nicht" },
	{ DM_EVENT_DELIVERED, TRUE, "afgeleverd: de server van de debiteur bevestigt ontvangst",
	  "delivered: the debtor's server confirms receipt",
	  "zugestellt: der Server des Schuldners best\xc3\xa4tigt den Empfang" },
	{ DM_EVENT_ADDRESS_OK, TRUE, "adres werkt weer", "the address takes mail again",
	  "die Adresse funktioniert wieder" },
	{ DM_EVENT_HANDED_OVER, FALSE, "overgedragen aan u: geen automatische herinneringen meer",
	  "handed over to you: no more automatic reminders",
	  "an Sie \xc3\xbc" "bergeben: keine automatischen Erinnerungen mehr" },
	{ DM_EVENT_SOURCES_DISAGREE, FALSE, "bronnen van een factuur spreken elkaar tegen",
	  "the sources of an invoice disagree", "die Quellen einer Rechnung widersprechen sich" },
	{ DM_EVENT_CREDIT_UNMATCHED, FALSE, "creditnota zonder bekende factuur: niets verlaagd",
	  "credit note without a known invoice: nothing lowered",
	  "Gutschrift ohne bekannte Rechnung: nichts gemindert" },
	{ DM_EVENT_NOT_INVOICE, FALSE, "geen factuur, niet gevolgd", "not an invoice, not chased",
	  "keine Rechnung, nicht verfolgt" },
	{ DM_EVENT_SEND_UNSEEN, FALSE, "herinnering onderbroken en opnieuw verstuurd",
	  "reminder interrupted and sent again", "Erinnerung unterbrochen und erneut gesendet" },
};

typedef struct {
	DmReplyClass klass;
	const char *nl, *en, *de;
} ClassLabel;

static const ClassLabel class_labels[] = {
	{ DM_REPLY_CLASS_DISPUTE, "betwist de factuur", "disputes the invoice", "bestreitet die Rechnung" },
	{ DM_REPLY_CLASS_PROMISE_TO_PAY, "belooft te betalen", "promises to pay", "verspricht zu zahlen" },
	{ DM_REPLY_CLASS_PAID, "zegt betaald te hebben", "says it has paid", "sagt, es habe bezahlt" },
	{ DM_REPLY_CLASS_ARRANGEMENT, "vraagt een betalingsregeling", "asks for a payment plan",
	  "bittet um eine Ratenzahlung" },
	{ DM_REPLY_CLASS_QUESTION, "stelt een vraag", "asks a question", "stellt eine Frage" },
	{ DM_REPLY_CLASS_OTHER, "overig", "other", "sonstiges" },
};

/* What the digest knows of an unpaid invoice while it reads the replies. */
typedef struct {
	gint64 id;
	char *number, *who, *amount;
	DmInvoiceStatus status;
	char *pause_reason;
	GDate pause_until;
	gboolean told;              /* a reply of this digest already names it */
} Brief;

static void
brief_free(gpointer p)
{
	Brief *b = p;
	g_free(b->number);
	g_free(b->who);
	g_free(b->amount);
	g_free(b->pause_reason);
	g_free(b);
}

typedef struct {
	const DmConfig *config;
	DmLedger *ledger;
	GDate today;
	DmDoc *doc;
	DmDocSection *needs, *promises, *claims, *bounces, *auto_replies, *sent, *next;
	GHashTable *unpaid;         /* invoice id -> Brief* */
	GPtrArray *quiet_holds;     /* of Brief* (transfer none): paused or stopped invoices */
	GHashTable *limits;         /* the debtors' credit limits (dm_receivable_limits_new) */
	guint n_next;
} Ctx;

static const char *
step_label(const Ctx *c, const char *name)
{
	const char *word = dm_digest_word(c->config->language, "step", name);
	return word ? word : name;
}

static const char *
class_label(const Ctx *c, DmReplyClass klass)
{
	for (gsize i = 0; i < G_N_ELEMENTS(class_labels); i++)
		if (class_labels[i].klass == klass)
			return SAY(c, class_labels[i].nl, class_labels[i].en, class_labels[i].de);
	return dm_reply_class_name(klass);
}

/* (transfer full) "Name <address>" or the address. */
static char *
who(const char *name, const char *email)
{
	return name && *name ? g_strdup_printf("%s <%s>", name, email) : g_strdup(email);
}

/* dm_ledger_invoices_foreach callback: the invoice into the aging, what goes next, and,
 * when unpaid, the index the replies are read against. */
static gboolean
add_invoice(const DmInvoice *inv, const DmOutboxSummary *reminders, gpointer user,
            GError **error)
{
	Ctx *c = user;
	DmReceivable r;
	dm_receivable_from_invoice(inv, &r);
	dm_aging_add(c->doc->aging, &r);
	dm_receivable_note_limit(c->limits, inv);
	if (r.is_paid)
		return TRUE;
	Brief *b = g_new0(Brief, 1);
	b->id = inv->id;
	b->number = g_strdup(inv->number);
	b->who = who(inv->debtor_name, inv->debtor_email);
	b->amount = inv->has_amount ? dm_money_format(dm_invoice_open_cents(inv), inv->currency,
	                                              c->config->language) : g_strdup("?");
	b->status = inv->status;
	b->pause_reason = g_strdup(inv->pause_reason);
	b->pause_until = inv->pause_until;
	g_hash_table_insert(c->unpaid, &b->id, b);
	if ((inv->status == DM_INVOICE_STATUS_PAUSED && !g_date_valid(&inv->pause_until)) ||
	    inv->status == DM_INVOICE_STATUS_STOPPED || inv->status == DM_INVOICE_STATUS_HANDED_OVER)
		g_ptr_array_add(c->quiet_holds, b);

	/* A running payment plan's reminders replace the ladder's. */
	g_autoptr(DmPlan) plan = NULL;
	DmInvoice with_plan;
	if (!dm_ledger_plan_attach(c->ledger, inv, &with_plan, &plan, &inv, error))
		return FALSE;
	DmNextStep next;
	const DmLadderStep *step = dm_next_step(c->config->ladders, inv, reminders, &c->today,
	                                        &next);
	GDate when = next.when;
	if (!step || g_date_days_between(&c->today, &when) > NEXT_DAYS)
		return TRUE;
	if (c->n_next++ >= NEXT_MAX) {
		c->next->more++;
		return TRUE;
	}
	if (g_date_compare(&when, &c->today) < 0)
		when = c->today;    /* overdue steps go with the next pass */
	g_autofree char *day = dm_date_iso(&when);
	dm_doc_item(c->next, "%s: %s %s %s, %s (%s)", day, step_label(c, step->name), SAY(c, "voor", "for", "f\xc3\xbcr"),
	            inv->number, b->who, b->amount);
	return TRUE;
}

/* (transfer full) what dunmail did with the invoice a waiting reply is about, as the
 * invoice stands now: a hold says when the ladder resumes unless the owner decides. */
static char *
what_dunmail_did(const Ctx *c, const Brief *b)
{
	g_autofree char *until = dm_date_iso(&b->pause_until);
	const char *reason = b->pause_reason
		? dm_digest_pause_reason(c->config->language, b->pause_reason) : "?";
	switch (b->status) {
	case DM_INVOICE_STATUS_HELD:
		return g_strdup_printf(SAY(c, "wacht op u; herinneringen gaan verder op %s tenzij u beslist",
		                           "waiting for you; resumes on %s unless you decide",
		                           "wartet auf Sie; Erinnerungen gehen am %s weiter, wenn Sie nicht entscheiden"),
		                       until ? until : "?");
	case DM_INVOICE_STATUS_PAUSED:
		if (until)
			return g_strdup_printf(SAY(c, "factuur gepauzeerd (%s) tot %s", "invoice paused (%s) until %s",
			                           "Rechnung pausiert (%s) bis %s"), reason, until);
		return g_strdup_printf(SAY(c, "factuur blijft gepauzeerd (%s) tot u beslist",
		                           "invoice stays paused (%s) until you decide",
		                           "Rechnung bleibt pausiert (%s), bis Sie entscheiden"), reason);
	case DM_INVOICE_STATUS_STOPPED:
		return g_strdup_printf(SAY(c, "herinneringen gestopt (%s)", "reminders stopped (%s)",
		                           "Erinnerungen gestoppt (%s)"), reason);
	default:
		return g_strdup(SAY(c, "herinneringen lopen door", "reminders go on",
		                    "Erinnerungen laufen weiter"));
	}
}

/* The commands that lift what holds @b as it stands, those the CLI accepts for it:
 * resolve for a dispute (whatever the reply that paused it), resume for any pause or
 * hold; a stopped invoice takes neither. */
static void
add_state_commands(DmDocItem *it, const Brief *b)
{
	gboolean waiting = b->status == DM_INVOICE_STATUS_PAUSED || b->status == DM_INVOICE_STATUS_HELD;
	if (waiting && g_strcmp0(b->pause_reason, dm_reply_class_name(DM_REPLY_CLASS_DISPUTE)) == 0)
		dm_doc_command(it, "dunmail resolve %s", b->number);
	if (waiting)
		dm_doc_command(it, "dunmail resume %s", b->number);
}

/* A reply under "needs you": who, which invoice and amount, class and confidence, what
 * they wrote, what dunmail did, and the commands that answer it.  The class is in the
 * owner's words; its name, the word the commands take, is in the reclassify command. */
static void
add_needs_reply(Ctx *c, const DmReplyRow *r, Brief *b)
{
	g_autofree char *rid = dm_reply_short_id(r->id);
	g_autofree char *date = dm_date_iso(&r->stated_date);
	const char *klass = dm_reply_class_name(r->klass);
	g_autofree char *from = b ? g_strdup(b->who) : g_strdup(r->from_addr);
	DmDocItem *it;
	if (b)
		it = dm_doc_item(c->needs, "%s %s, %s %s (%s): %s (%.0f%%)%s%s", rid, from,
		                 SAY(c, "factuur", "invoice", "Rechnung"), b->number, b->amount,
		                 class_label(c, r->klass), r->confidence * 100,
		                 date ? SAY(c, ", datum ", ", date ", ", Datum ") : "", date ? date : "");
	else if (r->held_numbers)
		it = dm_doc_item(c->needs, "%s %s: %s (%.0f%%) %s %s; %s", rid, r->from_addr,
		                 class_label(c, r->klass), r->confidence * 100,
		                 SAY(c, "- noemt geen factuur; kan gaan over", "- names no invoice; may concern",
		                     "- nennt keine Rechnung; betrifft vielleicht"), r->held_numbers,
		                 SAY(c, "die wachten op u", "held for you", "sie warten auf Sie"));
	else
		it = dm_doc_item(c->needs, "%s %s: %s (%.0f%%) %s", rid, r->from_addr,
		                 class_label(c, r->klass), r->confidence * 100,
		                 SAY(c, "- past bij geen openstaande factuur; welke is het?",
		                     "- matches no open invoice; which one is it?",
		                     "- passt zu keiner offenen Rechnung; welche ist es?"));
	it->excerpt = g_strdup(r->reply_text ? r->reply_text : "");
	g_autofree char *note = dm_digest_reply_note(c->config->language, r, b ? b->who : NULL);
	if (note)
		dm_doc_note(it, "%s", note);
	if (b) {
		g_autofree char *did = r->applied && !r->needs_review
			? g_strdup(SAY(c, "herinneringen aangepast", "reminders adjusted", "Erinnerungen angepasst"))
			: what_dunmail_did(c, b);
		dm_doc_note(it, "dunmail: %s", did);
		b->told = TRUE;
	}
	dm_doc_command(it, "dunmail reclassify %s %s%s%s", rid, klass, date ? " --date " : "",
	               date ? date : "");
	if (!b && r->held_numbers) {
		/* The owner may answer for one invoice at a time: each resumed one is let go. */
		g_auto(GStrv) numbers = g_strsplit(r->held_numbers, ", ", -1);
		for (guint i = 0; numbers[i]; i++)
			dm_doc_command(it, "dunmail resume %s", numbers[i]);
		return;
	}
	/* A reply that changed nothing and waits for nobody: correcting its class is all. */
	if (!b || (!r->applied && !r->needs_review))
		return;
	add_state_commands(it, b);
	if (b->status == DM_INVOICE_STATUS_OPEN)
		dm_doc_command(it, "dunmail pause %s --reason \"...\"", b->number);
}

/* The replies waiting for the owner's decision: all of them, not only those since the
 * last digest (they stay until the owner decides). */
static gboolean
add_waiting_replies(Ctx *c, DmLedger *ledger, GHashTable *shown, GError **error)
{
	g_autoptr(GPtrArray) waiting = dm_ledger_replies_for_review(ledger, error);
	if (!waiting)
		return FALSE;
	for (guint i = 0; i < waiting->len; i++) {
		DmReplyRow *r = g_ptr_array_index(waiting, i);
		add_needs_reply(c, r, g_hash_table_lookup(c->unpaid, &r->invoice_id));
		g_hash_table_add(shown, g_memdup2(&r->id, sizeof r->id));
	}
	return TRUE;
}

/* The owner's correction stands for the reply from then on: the digest tells the class
 * and the day the owner gave, as acted on, and does not ask the owner again. */
static void
take_owner_decisions(GPtrArray *replies)
{
	for (guint i = 0; i < replies->len; i++) {
		DmReplyRow *r = g_ptr_array_index(replies, i);
		if (!r->owner_decided)
			continue;
		r->klass = r->owner_class;
		r->stated_date = r->owner_date;
		r->applied = TRUE;
		r->needs_review = FALSE;
		g_clear_pointer(&r->note, g_free);
	}
}

static void
add_promise(Ctx *c, const DmReplyRow *r, Brief *b)
{
	g_autofree char *date = dm_date_iso(&r->stated_date);
	gboolean broken = date && g_date_compare(&r->stated_date, &c->today) < 0;
	DmDocItem *it = dm_doc_item(c->promises, "%s%s, %s %s (%s): %s %s",
	                            broken ? SAY(c, "GEBROKEN: ", "BROKEN: ", "GEBROCHEN: ") : "",
	                            b->who, SAY(c, "factuur", "invoice", "Rechnung"), b->number,
	                            b->amount, SAY(c, "beloofd voor", "promised for", "versprochen f\xc3\xbcr"),
	                            date ? date : SAY(c, "(geen datum)", "(no date)", "(kein Datum)"));
	it->excerpt = g_strdup(r->reply_text ? r->reply_text : "");
	if (broken) {
		dm_doc_command(it, "dunmail resume %s", b->number);
		dm_doc_command(it, "dunmail pause %s --reason \"...\"", b->number);
	}
	b->told = TRUE;
}

static void
add_claim(Ctx *c, const DmReplyRow *r, const Brief *b)
{
	g_autofree char *date = dm_date_iso(&r->stated_date);
	DmDocItem *it = dm_doc_item(c->claims, "%s, %s %s (%s): %s%s%s", b->who,
	                            SAY(c, "factuur", "invoice", "Rechnung"), b->number, b->amount,
	                            SAY(c, "zegt betaald te hebben", "says it has paid", "sagt, es habe bezahlt"),
	                            date ? " " : "", date ? date : "");
	it->excerpt = g_strdup(r->reply_text ? r->reply_text : "");
	dm_doc_note(it, "%s", SAY(c, "wacht op het bankafschrift", "waiting for the bank statement",
	                          "wartet auf den Kontoauszug"));
	dm_doc_command(it, "dunmail paid %s%s%s", b->number, date ? " --date " : "", date ? date : "");
}

/* Promises and payment claims of the last weeks whose invoice is still unpaid: the latest
 * reply of each invoice counts. */
static gboolean
add_promises_and_claims(Ctx *c, DmLedger *ledger, GDateTime *now, GHashTable *shown,
                        GError **error)
{
	g_autoptr(GDateTime) since_t = g_date_time_add_days(now, -PROMISE_LOOKBACK_DAYS);
	g_autofree char *since = dm_clock_iso_utc(since_t);
	g_autoptr(GPtrArray) recent = dm_ledger_replies_list(ledger, since, 0, error);
	if (!recent)
		return FALSE;
	take_owner_decisions(recent);
	g_autoptr(GHashTable) latest = g_hash_table_new(g_int64_hash, g_int64_equal);
	for (guint i = 0; i < recent->len; i++) {
		DmReplyRow *r = g_ptr_array_index(recent, i);
		if (g_strcmp0(r->kind, "reply") == 0 && r->invoice_id > 0)
			g_hash_table_insert(latest, &r->invoice_id, r);     /* oldest first: last wins */
	}
	for (guint i = 0; i < recent->len; i++) {
		DmReplyRow *r = g_ptr_array_index(recent, i);
		Brief *b = g_hash_table_lookup(c->unpaid, &r->invoice_id);
		if (!b || g_hash_table_lookup(latest, &r->invoice_id) != r ||
		    g_hash_table_contains(shown, &r->id))
			continue;
		/* Not acted on (unverified, not the debtor): "needs you" tells it, when new. */
		if (!r->applied && r->note)
			continue;
		if (r->klass == DM_REPLY_CLASS_PROMISE_TO_PAY)
			add_promise(c, r, b);
		else if (r->klass == DM_REPLY_CLASS_PAID)
			add_claim(c, r, b);
		else
			continue;
		g_hash_table_add(shown, g_memdup2(&r->id, sizeof r->id));
	}
	return TRUE;
}

/* Instalments of payment plans missed in the last weeks, on invoices still unpaid: what
 * became of the invoice, and the commands to act. */
static gboolean
add_missed_instalments(Ctx *c, DmLedger *ledger, GDateTime *now, GError **error)
{
	g_autoptr(GDateTime) since_t = g_date_time_add_days(now, -PROMISE_LOOKBACK_DAYS);
	g_autofree char *since = dm_clock_iso_utc(since_t);
	g_autoptr(GPtrArray) missed = dm_ledger_instalments_missed_since(ledger, since, error);
	if (!missed)
		return FALSE;
	for (guint i = 0; i < missed->len; i++) {
		const DmMissedInstalment *m = g_ptr_array_index(missed, i);
		g_autofree char *person = who(m->debtor_name, m->debtor_email);
		g_autofree char *amount = dm_money_format(m->amount_cents, m->currency,
		                                          c->config->language);
		g_autofree char *due = dm_date_iso(&m->due);
		g_autofree char *day = g_strndup(m->missed_at, 10);
		gboolean held = m->status == DM_INVOICE_STATUS_HELD;
		DmDocItem *it = dm_doc_item(c->promises, "%s%s, %s %s: %s %d/%d (%s, %s %s) %s %s",
		                            SAY(c, "TERMIJN GEMIST: ", "MISSED INSTALMENT: ",
		                                "RATE VERPASST: "), person,
		                            SAY(c, "factuur", "invoice", "Rechnung"), m->invoice_number,
		                            SAY(c, "termijn", "instalment", "Rate"), m->number, m->count,
		                            amount, SAY(c, "te betalen op", "due", "f\xc3\xa4llig am"),
		                            due, SAY(c, "gemist op", "missed on", "verpasst am"), day);
		dm_doc_note(it, "%s", held
		            ? SAY(c, "de herinneringen wachten op u", "the reminders wait for you",
		                  "die Erinnerungen warten auf Sie")
		            : SAY(c, "de herinneringen gaan verder met het openstaande bedrag",
		                  "the reminders resume on what is open",
		                  "die Erinnerungen gehen mit dem offenen Betrag weiter"));
		dm_doc_command(it, "dunmail plan %s --show", m->invoice_number);
		dm_doc_command(it, "dunmail plan %s --instalments N --from YYYY-MM-DD",
		               m->invoice_number);
		if (held)
			dm_doc_command(it, "dunmail resume %s", m->invoice_number);
	}
	return TRUE;
}

/* The replies since the last digest not told above: human ones under "needs you",
 * automatic ones collapsed to a line each. */
static void
add_new_replies(Ctx *c, GPtrArray *replies, GHashTable *shown)
{
	for (guint i = 0; i < replies->len; i++) {
		DmReplyRow *r = g_ptr_array_index(replies, i);
		if (g_hash_table_contains(shown, &r->id))
			continue;
		Brief *b = g_hash_table_lookup(c->unpaid, &r->invoice_id);
		if (g_strcmp0(r->kind, "auto_reply") == 0) {
			g_autofree char *date = dm_date_iso(&r->stated_date);
			dm_doc_item(c->auto_replies, "%s%s%s%s%s", r->from_addr,
			            r->invoice_number ? " " : "", r->invoice_number ? r->invoice_number : "",
			            date ? SAY(c, ": terug op ", ": back on ", ": zur\xc3\xbc" "ck am ") : "",
			            date ? date : "");
		} else if (g_strcmp0(r->kind, "bounce") == 0) {
			dm_doc_item(c->bounces, "%s%s%s", r->from_addr, r->invoice_number ? " " : "",
			            r->invoice_number ? r->invoice_number : "");
		} else if (r->invoice_id > 0 && !b) {
			continue;   /* its invoice is paid: nothing left to do */
		} else if (!r->applied || r->klass == DM_REPLY_CLASS_DISPUTE ||
		           r->klass == DM_REPLY_CLASS_QUESTION || r->klass == DM_REPLY_CLASS_ARRANGEMENT) {
			add_needs_reply(c, r, b);
		}
	}
}

/* @rows are dm_outbox_for_digest()'s: sent since the last digest, or needing the owner. */
static void
add_outbox(Ctx *c, GPtrArray *rows)
{
	for (guint i = 0; i < rows->len; i++) {
		DmOutboxItem *it = g_ptr_array_index(rows, i);
		const char *why = it->last_error ? it->last_error : "";
		switch (it->state) {
		case DM_OUTBOX_STATE_SENT:
		case DM_OUTBOX_STATE_CONFIRMED: {
			g_autofree char *when = dm_clock_local_text(it->sent_at, c->config->tz);
			dm_doc_item(c->sent, "%s: \"%s\" %s %s", when, it->subject,
			            SAY(c, "aan", "to", "an"), it->recipient);
			break;
		}
		case DM_OUTBOX_STATE_PENDING:
			dm_doc_item(c->needs, "\"%s\" %s %s: %s (%d %s: %s)", it->subject,
			            SAY(c, "aan", "to", "an"), it->recipient,
			            SAY(c, "nog niet verstuurd", "not sent yet", "noch nicht versandt"),
			            it->attempts, SAY(c, "pogingen", "attempts", "Versuche"), why);
			break;
		default: {
			/* dunmail's own reason worded; the mail server's answer as it gave it. */
			const char *state = dm_outbox_state_name(it->state);
			const char *word = dm_digest_word(c->config->language, "state", state);
			const char *reason = dm_digest_word(c->config->language, "outbox_error", why);
			dm_doc_item(c->needs, "\"%s\" %s %s: %s (%s)", it->subject, SAY(c, "aan", "to", "an"),
			            it->recipient, word ? word : state, reason ? reason : why);
			break;
		}
		}
	}
}

/* Paused until the owner decides, or stopped, and no reply of this digest told it. */
static void
add_quiet_holds(Ctx *c)
{
	for (guint i = 0; i < c->quiet_holds->len; i++) {
		Brief *b = g_ptr_array_index(c->quiet_holds, i);
		if (b->told)
			continue;
		const char *state =
			b->status == DM_INVOICE_STATUS_STOPPED ? SAY(c, "gestopt", "stopped", "gestoppt")
			: b->status == DM_INVOICE_STATUS_HANDED_OVER
			? SAY(c, "overgedragen aan u: geen automatische herinneringen meer",
			      "handed over to you: no more automatic reminders",
			      "an Sie \xc3\xbc" "bergeben: keine automatischen Erinnerungen mehr")
			: SAY(c, "gepauzeerd tot u beslist", "paused until you decide",
			      "pausiert, bis Sie entscheiden");
		const char *reason = b->pause_reason
			? dm_digest_pause_reason(c->config->language, b->pause_reason) : "?";
		DmDocItem *it = dm_doc_item(c->needs, "%s %s (%s): %s (%s)", b->number, b->who, b->amount,
		                            state, reason);
		if (b->status == DM_INVOICE_STATUS_HANDED_OVER) {
			dm_doc_command(it, "dunmail paid %s --date YYYY-MM-DD", b->number);
			dm_doc_command(it, "dunmail writeoff %s", b->number);
			continue;
		}
		add_state_commands(it, b);
		dm_doc_command(it, "dunmail writeoff %s", b->number);
	}
}

static void
add_events(Ctx *c, GPtrArray *events)
{
	for (guint i = 0; i < events->len; i++) {
		DmEvent *ev = g_ptr_array_index(events, i);
		for (gsize j = 0; j < G_N_ELEMENTS(event_labels); j++) {
			const EventLabel *l = &event_labels[j];
			if (l->kind != ev->kind)
				continue;
			const Brief *inv = ev->invoice_id > 0 ? g_hash_table_lookup(c->unpaid, &ev->invoice_id)
			                                      : NULL;
			/* A hold that ran out: which invoice says it all; the event's English detail
			 * is for `dunmail show`. */
			if (ev->kind == DM_EVENT_HOLD_EXPIRED && inv) {
				dm_doc_item(c->needs, "%s: %s %s, %s (%s)", SAY(c, l->nl, l->en, l->de),
				            SAY(c, "factuur", "invoice", "Rechnung"), inv->number, inv->who,
				            inv->amount);
				continue;
			}
			/* What the event means, in the owner's language; an older dunmail's event by
			 * its English detail. */
			g_autofree char *said = dm_digest_words(c->config->language, ev->words);
			const char *detail = said ? said : ev->detail ? ev->detail : "";
			DmDocItem *it = dm_doc_item(l->bounce ? c->bounces : c->needs, "%s: %s",
			                            SAY(c, l->nl, l->en, l->de), detail);
			/* The message is in the owner's mail: dunmail import reads it from there. */
			if (ev->kind == DM_EVENT_MAIL_MISSED)
				dm_doc_command(it, "dunmail import %s", SAY(c, "MAP-VERZONDEN-ITEMS",
				                                            "SENT-FOLDER", "GESENDET-ORDNER"));
			/* A reply set aside unread that holds its invoice: read it, then resume. */
			if (ev->kind == DM_EVENT_SPOOL_SET_ASIDE && inv && inv->status == DM_INVOICE_STATUS_HELD)
				dm_doc_command(it, "dunmail resume %s", inv->number);
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

/* The sections in the order of the issue; empty ones are left out when rendered. */
static void
add_sections(Ctx *c)
{
	c->needs = dm_doc_section(c->doc, SAY(c, "Heeft uw aandacht nodig", "Needs you", "Braucht Sie"));
	c->promises = dm_doc_section(c->doc, SAY(c, "Beloftes, gebroken beloftes en gemiste termijnen",
	                                         "Promises, broken promises and missed instalments",
	                                         "Zusagen, gebrochene Zusagen und verpasste Raten"));
	c->claims = dm_doc_section(c->doc, SAY(c, "Betaald volgens de klant, wacht op de bank",
	                                       "Said to be paid, waiting for the bank",
	                                       "Laut Kunde bezahlt, wartet auf die Bank"));
	c->bounces = dm_doc_section(c->doc, SAY(c, "Onbestelbaar en adressen die niet werken",
	                                        "Bounces and failing addresses",
	                                        "Unzustellbares und fehlerhafte Adressen"));
	c->auto_replies = dm_doc_section(c->doc, SAY(c, "Automatische antwoorden", "Automatic replies",
	                                             "Automatische Antworten"));
	c->sent = dm_doc_section(c->doc, SAY(c, "Verstuurd", "Sent", "Versandt"));
	c->next = dm_doc_section(c->doc, SAY(c, "Wat er de komende dagen verstuurd wordt",
	                                     "What goes out in the coming days",
	                                     "Was in den n\xc3\xa4" "chsten Tagen verschickt wird"));
}

static gboolean
collect(Ctx *c, DmLedger *ledger, GDateTime *now, const DmDigestMark *last, DmDigestMark *mark,
        GError **error)
{
	g_autoptr(GPtrArray) replies = dm_ledger_replies_after(ledger, last->reply_id, error);
	g_autoptr(GPtrArray) rows = replies
		? dm_outbox_for_digest(ledger, last->sent_at, DIGEST_ATTEMPTS_ALERT, error) : NULL;
	g_autoptr(GPtrArray) events = rows ? dm_ledger_events_after(ledger, last->event_id, error) : NULL;
	if (!events)
		return FALSE;
	keep_after(replies, reply_id, last->reply_id, &mark->reply_id);
	keep_after(events, event_id, last->event_id, &mark->event_id);
	if (!dm_ledger_invoices_foreach(ledger, NULL, DM_INVOICE_STATUS_ANY, add_invoice, c, error))
		return FALSE;
	g_autoptr(GHashTable) shown = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
	if (!add_waiting_replies(c, ledger, shown, error) ||
	    !add_promises_and_claims(c, ledger, now, shown, error) ||
	    !add_missed_instalments(c, ledger, now, error))
		return FALSE;
	take_owner_decisions(replies);
	add_new_replies(c, replies, shown);
	add_quiet_holds(c);
	add_outbox(c, rows);
	add_events(c, events);
	return TRUE;
}

gboolean
dm_digest_build(const DmConfig *config, DmLedger *ledger, GDateTime *now, DmDigest *out,
                GError **error)
{
	g_auto(DmDigestMark) last = { 0 };
	if (!dm_ledger_digest_mark_get(ledger, &last, error))
		return FALSE;
	out->mark.event_id = last.event_id;
	out->mark.reply_id = last.reply_id;
	GDate today = dm_clock_date(now);
	g_autofree char *date = dm_date_iso(&today);
	g_autoptr(DmDoc) doc = dm_doc_new(config->language, "");
	doc->aging = dm_aging_new(&today);
	g_autoptr(GHashTable) unpaid = g_hash_table_new_full(g_int64_hash, g_int64_equal, NULL, brief_free);
	g_autoptr(GPtrArray) quiet = g_ptr_array_new();
	g_autoptr(GHashTable) limits = dm_receivable_limits_new();
	Ctx c = { .config = config, .ledger = ledger, .today = today, .doc = doc, .unpaid = unpaid,
	          .quiet_holds = quiet, .limits = limits };
	add_sections(&c);
	if (!collect(&c, ledger, now, &last, &out->mark, error))
		return FALSE;
	doc->signals = dm_aging_signals(doc->aging, dm_receivable_limit, c.limits);

	gboolean needs_owner = c.needs->items->len > 0;
	g_free(doc->title);
	doc->title = g_strdup_printf("%s %s%s", SAY(&c, "dunmail: overzicht van", "dunmail: digest of",
	                                            "dunmail: \xc3\x9c" "bersicht vom"),
	                             date, needs_owner ? SAY(&c, " (actie nodig)", " (action needed)",
	                                                     " (Handlung n\xc3\xb6tig)") : "");
	gboolean quiet_day = !dm_doc_has_items(doc);
	doc->intro = g_strdup_printf(SAY(&c, "Het dagelijkse overzicht van dunmail voor %s.%s",
	                                 "dunmail's daily digest for %s.%s",
	                                 "Die t\xc3\xa4gliche \xc3\x9c" "bersicht von dunmail f\xc3\xbcr %s.%s"),
	                             config->billing_addresses[0],
	                             quiet_day ? SAY(&c, " Een rustige dag: niets nieuws, niets te doen.",
	                                             " A quiet day: nothing new, nothing to do.",
	                                             " Ein ruhiger Tag: nichts Neues, nichts zu tun.") : "");
	doc->footer = g_strdup(SAY(&c, "Details per factuur: dunmail show FACTUURNUMMER. "
	                           "Beantwoord deze mail met een opdracht per regel, zoals "
	                           "\"R12 promise 2026-04-01\", \"2026-0042 betaald\" of "
	                           "\"2026-0042 stop belt zelf\"; u krijgt een bevestiging.",
	                           "Details per invoice: dunmail show INVOICE-NUMBER. "
	                           "Answer this mail with one command per line, such as "
	                           "\"R12 promise 2026-04-01\", \"2026-0042 paid\" or "
	                           "\"2026-0042 stop disputed by phone\"; a confirmation follows.",
	                           "Details je Rechnung: dunmail show RECHNUNGSNUMMER. "
	                           "Beantworten Sie diese Mail mit einem Befehl pro Zeile, etwa "
	                           "\"R12 promise 2026-04-01\", \"2026-0042 bezahlt\" oder "
	                           "\"2026-0042 stop telefonisch bestritten\"; Sie erhalten eine "
	                           "Best\xc3\xa4tigung."));
	out->subject = dm_doc_line(doc->title);
	out->body = dm_doc_text(doc);
	out->html = dm_doc_html(doc);
	out->mark.sent_at = dm_clock_iso_utc(now);
	out->mark.day = g_strdup(date);
	return TRUE;
}

void
dm_digest_clear(DmDigest *digest)
{
	g_clear_pointer(&digest->subject, g_free);
	g_clear_pointer(&digest->body, g_free);
	g_clear_pointer(&digest->html, g_free);
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
