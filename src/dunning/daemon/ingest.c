/* ingest: spool files -> ledger rows (dm-ingest.h has the rules). */
#include "dunning/daemon/dm-ingest.h"
#include "common/dm-money.h"
#include "dunning/daemon/dm-ingest-plan.h"
#include "dunning/daemon/dm-ingest-bounce.h"
#include "dunning/daemon/dm-ingest-commands.h"
#include "dunning/daemon/dm-ingest-disagreement.h"
#include "dunning/daemon/dm-ingest-not-invoice.h"
#include "dunning/daemon/dm-ingest-new-address.h"
#include "dunning/daemon/dm-ingest-own.h"
#include "dunning/daemon/dm-ingest-unsure.h"
#include "dunning/daemon/dm-ingest-unread.h"
#include "dunning/daemon/dm-ingest-owner-mail.h"
#include "dunning/daemon/dm-parse-child.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/daemon/dm-match-lookup.h"
#include "dunning/engine/dm-match.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/ledger/dm-plans.h"
#include "dunning/engine/dm-plan.h"
#include "dunning/engine/dm-policy.h"
#include "common/dm-address.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"
#include "common/dm-sanitize.h"
#include "common/dm-spool.h"

#include <errno.h>
#include <gio/gio.h>
#include <stdio.h>
#include <string.h>

/* One spool file on its way into the ledger: its plan, read outside any transaction. */
typedef struct {
	const DmConfig *config;
	DmLedger *ledger;
	GDateTime *now;
	const char *now_iso;
	const char *name;           /* "FILE (queue id ID)", for log lines */
	const DmIngestPlan *plan;
	DmMessageRecord rec;
} Item;

static gboolean
move_file(const char *from_dir, const char *to_dir, const char *name, GError **error)
{
	g_autofree char *from = g_build_filename(from_dir, name, NULL);
	g_autofree char *to = g_build_filename(to_dir, name, NULL);
	if (rename(from, to) != 0) {
		int e = errno;
		g_set_error(error, G_IO_ERROR, g_io_error_from_errno(e), "rename %s -> %s: %s",
		            from, to, g_strerror(e));
		return FALSE;
	}
	return TRUE;
}

/* When the spool file at @path is the milter's copy of one of our own reminders (*@own),
 * the proof that it went is kept by its Message-ID (dm_ingest_own_rescue) and the file
 * removed, counted as confirmed. */
static gboolean
keep_own_copy(DmLedger *ledger, const char *path, DmIngestStats *stats, gboolean *own,
              GError **error)
{
	if (!dm_ingest_own_rescue(ledger, path, own, error))
		return FALSE;
	if (*own) {
		stats->confirmed++;
		unlink(path);
	}
	return TRUE;
}

/* (transfer full) (nullable) the hex SHA-256 of the message in the spool file at @path,
 * its envelope excluded (dm_ingest_message_sha256's hash: what messages.sha256 holds), or
 * of the whole file when it has no envelope; NULL when it cannot be read.  Read a piece
 * at a time: the file may be 50 MB, and one that was set aside may be why memory ran out. */
static char *
spool_file_sha256(const char *path)
{
	g_autoptr(GFile) file = g_file_new_for_path(path);
	g_autoptr(GFileInputStream) in = g_file_read(file, NULL, NULL);
	if (in == NULL)
		return NULL;
	g_autofree char *head = g_malloc(DM_SPOOL_ENVELOPE_MAX);
	gsize len = 0, offset = 0;
	if (!g_input_stream_read_all(G_INPUT_STREAM(in), head, DM_SPOOL_ENVELOPE_MAX, &len, NULL,
	                             NULL))
		return NULL;
	g_autoptr(DmEnvelope) env = NULL;
	if (!dm_envelope_parse(head, len, &env, &offset, NULL))
		offset = 0;
	g_autoptr(GChecksum) sum = g_checksum_new(G_CHECKSUM_SHA256);
	g_checksum_update(sum, (const guchar *) head + offset, (gssize) (len - offset));
	gssize n;
	while ((n = g_input_stream_read(G_INPUT_STREAM(in), head, DM_SPOOL_ENVELOPE_MAX, NULL,
	                                NULL)) > 0)
		g_checksum_update(sum, (const guchar *) head, n);
	return n == 0 ? g_strdup(g_checksum_get_string(sum)) : NULL;
}

/* Records that work/@name is set aside with @why (@aside: the same as a code, for the
 * digest), in the timeline of each invoice @held holds (the digest then offers `dunmail
 * resume` for it), or once with no invoice. */
static gboolean
record_set_aside(DmLedger *ledger, const char *now_iso, const char *name, const char *why,
                 const char *aside, const GArray *held, const char *numbers, GError **error)
{
	g_autofree char *detail = numbers
		? g_strdup_printf("%s: %s; it may be a reply about %s, which waits for you until "
		                  "you have read it", name, why, numbers)
		: g_strdup_printf("%s: %s", name, why);
	g_autoptr(GVariant) said = g_variant_ref_sink(dm_words("set_aside", "name", name, "aside", aside,
	                                                       "numbers", numbers, NULL));
	if (held->len == 0)
		return dm_ledger_event_said(ledger, 0, now_iso, DM_EVENT_SPOOL_SET_ASIDE, detail, said,
		                            error);
	for (guint i = 0; i < held->len; i++)
		if (!dm_ledger_event_said(ledger, g_array_index(held, gint64, i), now_iso,
		                          DM_EVENT_SPOOL_SET_ASIDE, detail, said, error))
			return FALSE;
	return TRUE;
}

/* In one transaction: holds what the file at @path (work/@name, content hash @sha, may be
 * NULL) is tied to, records why it is set aside, and remembers its hash. */
static gboolean
hold_and_record(const DmConfig *config, DmLedger *ledger, GDateTime *now, const char *now_iso,
                const char *name, const char *why, const char *aside, const char *path,
                const char *sha, GError **error)
{
	g_autoptr(GArray) held = NULL;
	g_autofree char *numbers = NULL;
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	if (!dm_ingest_unread_hold(config, ledger, path, now, &held, &numbers, error) ||
	    !record_set_aside(ledger, now_iso, name, why, aside, held, numbers, error) ||
	    (sha && !dm_ledger_set_aside_add(ledger, sha, name, now_iso, error)) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	g_warning("spool %s set aside in bad/: %s%s%s", name, why,
	          numbers ? "; held for you, as it may be a reply about " : "",
	          numbers ? numbers : "");
	return TRUE;
}

/* Records why work/@name is set aside, for the digest, then moves it to bad/.  A reply
 * dunmail could not read holds the invoices its envelope and thread headers tie it to
 * (dm-ingest-unread.h), in the same transaction.  The event comes first: a file in bad/
 * that the digest never names would be lost to the owner, so when the ledger cannot take
 * the event the file stays where it is and the pass fails (FALSE with @error), to be
 * tried again. */
static gboolean
set_aside(const DmConfig *config, DmLedger *ledger, GDateTime *now, const char *now_iso,
          const char *name, const char *why, const char *aside, DmIngestStats *stats,
          GError **error)
{
	g_autofree char *work = g_build_filename(config->spool_dir, "work", NULL);
	g_autofree char *bad = g_build_filename(config->spool_dir, "bad", NULL);
	g_autoptr(GError) move_err = NULL;
	g_autofree char *path = g_build_filename(work, name, NULL);
	/* Our own reminder's copy: its proof is kept; there is nothing else to read. */
	gboolean own = FALSE;
	if (!keep_own_copy(ledger, path, stats, &own, error))
		return FALSE;
	if (own)
		return TRUE;
	/* The same message read again — moved back from bad/ to be retried, found in work/
	 * once more — is known by its bytes, as ingestion knows a message: one already
	 * ingested is a duplicate; one set aside before holds nothing and is not named again,
	 * so a retry never holds an invoice anew nor tells the owner twice. */
	g_autofree char *sha = spool_file_sha256(path);
	gboolean ingested = FALSE, again = FALSE;
	g_autofree char *first = NULL;
	if (sha && (!dm_ledger_message_hash_seen(ledger, sha, &ingested, error) ||
	            (!ingested && !dm_ledger_set_aside_seen(ledger, sha, &again, &first, error))))
		return FALSE;
	if (ingested) {
		g_message("spool %s: its message was already ingested; removed", name);
		stats->duplicates++;
		unlink(path);
		return TRUE;
	}
	if (again)
		g_warning("spool %s set aside in bad/ again: %s; set aside before as %s, which "
		          "holds what it may concern and is named", name, why, first);
	else if (!hold_and_record(config, ledger, now, now_iso, name, why, aside, path, sha, error))
		return FALSE;
	if (!move_file(work, bad, name, &move_err))
		g_warning("spool %s: %s", name, move_err->message);
	stats->set_aside++;
	return TRUE;
}

/* How many times the parse of @name was stopped from outside (its DM_INGEST_STOPPED_SUFFIX
 * count), and in *@base_len how much of the name comes before that suffix. */
static guint
stopped_tries(const char *name, gsize *base_len)
{
	const char *mark = g_strrstr(name, DM_INGEST_STOPPED_SUFFIX);
	*base_len = strlen(name);
	if (mark == NULL || !g_ascii_isdigit(mark[strlen(DM_INGEST_STOPPED_SUFFIX)]))
		return 0;
	*base_len = (gsize) (mark - name);
	return (guint) g_ascii_strtoull(mark + strlen(DM_INGEST_STOPPED_SUFFIX), NULL, 10);
}

/* A parse stopped from outside (dm-parse-child.h: STOPPED) is most likely the machine's
 * trouble, so work/@name goes back to new/ for the next pass, its name counting the
 * stops, and the pass goes on with the other files.  Aborting the pass instead would
 * retry this file first every minute while nothing else is read or sent.  The
 * DM_INGEST_STOPPED_TRIES-th stop sets it aside: a file that needs more memory than the
 * machine has free must not have the OOM killer fire every minute. */
static gboolean
try_again_later(const DmConfig *config, DmLedger *ledger, GDateTime *now, const char *now_iso,
                const char *name, const char *why, DmIngestStats *stats, GError **error)
{
	gsize base_len;
	guint tries = stopped_tries(name, &base_len) + 1;
	if (tries >= DM_INGEST_STOPPED_TRIES) {
		g_autofree char *reason = g_strdup_printf("%s, %u times", why, tries);
		return set_aside(config, ledger, now, now_iso, name, reason, "stopped", stats, error);
	}
	g_autofree char *retry = g_strdup_printf("%.*s" DM_INGEST_STOPPED_SUFFIX "%u",
	                                         (int) base_len, name, tries);
	g_autofree char *from = g_build_filename(config->spool_dir, "work", name, NULL);
	g_autofree char *to = g_build_filename(config->spool_dir, "new", retry, NULL);
	if (rename(from, to) != 0) {
		/* Left in work/: the next start-up's recovery gives it its try. */
		g_warning("spool %s: rename to new/%s: %s", name, retry, g_strerror(errno));
		return TRUE;
	}
	g_warning("spool %s: %s; back in new/ as %s for another try", name, why, retry);
	stats->stopped++;
	return TRUE;
}

/* The parser's reading of the debtor in the ledger's terms (src/parser knows no ledger,
 * so each has its own enum). */
static DmDebtorKind
debtor_kind_of(DmInvoiceDebtorKind read)
{
	switch (read) {
	case DM_INVOICE_DEBTOR_BUSINESS:
		return DM_DEBTOR_KIND_BUSINESS;
	case DM_INVOICE_DEBTOR_CONSUMER:
		return DM_DEBTOR_KIND_CONSUMER;
	case DM_INVOICE_DEBTOR_UNKNOWN:
	default:
		return DM_DEBTOR_KIND_UNSET;
	}
}

/* (transfer full) the invoice @it's plan describes, the configured defaults filled in;
 * NULL when the message is no invoice, or when it is one we cannot track (*@unreadable
 * then says why, transfer full).  Pure. */
static DmInvoice *
invoice_from_plan(const Item *it, char **unreadable, GVariant **said)
{
	const DmIngestPlan *plan = it->plan;
	const DmInvoiceFacts *facts = plan->invoice;
	*unreadable = NULL;
	if (!facts || !facts->is_invoice)
		return NULL;
	g_autofree char *subject = dm_sanitize(plan->subject, 120);
	if (!facts->number) {
		*unreadable = g_strdup_printf("invoice mail without a number, not tracked: "
		                              "message %s, subject \"%s\"", plan->message_id, subject);
		*said = dm_words("invoice_no_number", "message", plan->message_id, "subject", subject,
		                 NULL);
		return NULL;
	}
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup(facts->number);
	inv->debtor_email = g_strdup(facts->debtor_email);
	if (!inv->debtor_email && plan->first_rcpt)
		inv->debtor_email = dm_address_normalize(plan->first_rcpt);
	if (!inv->debtor_email) {
		*unreadable = g_strdup("invoice mail without a recipient");
		*said = dm_words("invoice_no_recipient", "message", plan->message_id, "subject", subject,
		                 NULL);
		return NULL;
	}
	inv->debtor_name = g_strdup(facts->debtor_name);
	inv->has_amount = facts->has_amount;
	inv->amount_cents = facts->amount_cents;
	inv->currency = facts->currency[0] ? g_strdup(facts->currency) : NULL;
	inv->issue_date = facts->issue_date;
	if (!g_date_valid(&inv->issue_date))
		inv->issue_date = plan->date;
	if (!g_date_valid(&inv->issue_date))
		inv->issue_date = dm_clock_date(it->now);
	inv->due_date = facts->due_date;
	if (!g_date_valid(&inv->due_date)) {
		/* No due date and no term stated: the configured default term applies. */
		inv->due_date = inv->issue_date;
		g_date_add_days(&inv->due_date, (guint) it->config->payment_term_days);
	}
	inv->language = g_strdup(facts->language ? facts->language : it->config->language);
	inv->source = g_strdup(dm_invoice_source_name(facts->source));
	inv->debtor_kind = debtor_kind_of(facts->debtor_kind);
	inv->debtor_kind_why = g_strdup(facts->debtor_kind_why);
	inv->has_total = facts->has_total;
	inv->amount_total_cents = facts->amount_total_cents;
	inv->payment_reference = g_strdup(facts->payment_reference);
	inv->iban = g_strdup(facts->iban);
	inv->credit_note = facts->credit_note;
	inv->credit_reference = g_strdup(facts->credit_reference);
	inv->field_sources = dm_invoice_facts_sources_text(facts);
	inv->message_id = g_strdup(plan->message_id);
	inv->subject = dm_sanitize(plan->subject, 200);
	return g_steal_pointer(&inv);
}

/* A message from a billing address that is no invoice: recorded with the parser's reason,
 * so the owner sees what was not chased and why (a misjudged invoice shows up here). */
static gboolean
record_not_invoice(Item *it, GError **error)
{
	const DmInvoiceFacts *facts = it->plan->invoice;
	if (!facts)
		return TRUE;
	g_autofree char *subject = dm_sanitize_oneline(it->plan->subject, 120);
	g_autofree char *line = facts->not_invoice ? dm_not_invoice_reason_text(facts->not_invoice) : NULL;
	g_autofree char *reason = dm_sanitize_oneline(line ? line : "nothing in it reads as an invoice", 200);
	g_autofree char *detail = g_strdup_printf("message %s, subject \"%s\": not an invoice, not "
	                                          "chased: %s", it->plan->message_id, subject, reason);
	g_message("spool %s: %s", it->name, detail);
	/* The reader's reason in its parts, for the digest to word in the owner's language. */
	GVariant *said = dm_ingest_not_invoice_words(it->plan->message_id, subject, facts->not_invoice);
	return dm_ledger_event_said(it->ledger, 0, it->now_iso, DM_EVENT_NOT_INVOICE, detail, said,
	                            error);
}

/* A credit note on an invoice under a running payment plan lowers the plan's unpaid
 * instalments too, from the last backwards (dm_plan_credit); *@text (transfer full) says
 * which ("; under the payment plan instalment 3 of 3 from EUR 83.34 to EUR 33.34"). */
static gboolean
credit_plan(Item *it, const DmInvoice *inv, gint64 credit, char **text, GError **error)
{
	g_autoptr(GError) local = NULL;
	g_autoptr(DmPlan) plan = dm_ledger_plan_get(it->ledger, inv->plan_id, &local);
	if (local) {
		g_propagate_error(error, g_steal_pointer(&local));
		return FALSE;
	}
	if (!plan)
		return TRUE;
	guint n = plan->instalments->len;
	g_autofree gint64 *amounts = g_new(gint64, n);
	dm_plan_credit(plan, dm_plan_paid_since_start(plan, inv), credit, amounts);
	g_autoptr(GString) s = g_string_new(NULL);
	for (guint i = 0; i < n; i++) {
		const DmInstalment *inst = &g_array_index(plan->instalments, DmInstalment, i);
		if (amounts[i] == inst->amount_cents)
			continue;
		if (!dm_ledger_instalment_set_amount(it->ledger, inst->id, amounts[i], error))
			return FALSE;
		const char *lang = it->config->language;
		g_autofree char *from = dm_money_format(inst->amount_cents, inv->currency, lang);
		g_autofree char *to = dm_money_format(amounts[i], inv->currency, lang);
		g_string_append_printf(s, "%s instalment %d of %u from %s to %s",
		                       s->len ? "," : "; under the payment plan", inst->number, n,
		                       from, to);
	}
	*text = g_strdup(s->str);
	return TRUE;
}

/* Credit note @cn (recorded, stopped) lowers the open amount of the invoice it names, when
 * we know that invoice and it is the same debtor's in the same currency; otherwise it is
 * only shown (an event for the digest), never guessed onto another invoice. */
static gboolean
apply_credit_note(Item *it, const DmInvoice *cn, GError **error)
{
	g_autoptr(DmInvoice) target = cn->credit_reference
		? dm_ledger_invoice_by_number(it->ledger, cn->credit_reference, error) : NULL;
	if (!target && error && *error)
		return FALSE;
	/* Why it lowers nothing, as a code (the digest words it) and in English. */
	static const struct { const char *code, *why; } refusals[] = {
		{ "no_reference", "it names no invoice" },
		{ "not_in_ledger", "it names an invoice not in the ledger" },
		{ "credit_note", "it names another credit note" },
		{ "other_debtor", "it names another debtor's invoice" },
		{ "amount_unknown", "an amount is unknown" },
		{ "currency", "the currencies differ" },
	};
	int refused = !cn->credit_reference ? 0 : !target ? 1 : target->credit_note ? 2
	            : g_strcmp0(target->debtor_email, cn->debtor_email) != 0 ? 3
	            : !cn->has_amount || !target->has_amount ? 4
	            : g_strcmp0(target->currency, cn->currency) != 0 ? 5 : -1;
	if (refused >= 0) {
		const char *why = refusals[refused].why;
		g_autofree char *ref = dm_sanitize_oneline(cn->credit_reference ? cn->credit_reference : "", 60);
		g_autofree char *named = *ref ? g_strdup_printf("for invoice %s", ref)
		                              : g_strdup("no invoice named");
		g_autofree char *detail = g_strdup_printf("credit note %s to %s (%s): %s; recorded, "
		                                          "nothing lowered", cn->number, cn->debtor_email,
		                                          named, why);
		g_message("spool %s: %s", it->name, detail);
		GVariant *said = dm_words("credit_unmatched", "number", cn->number, "to", cn->debtor_email,
		                          "reference", *ref ? ref : NULL, "credit", refusals[refused].code,
		                          NULL);
		return dm_ledger_event_said(it->ledger, cn->id, it->now_iso, DM_EVENT_CREDIT_UNMATCHED,
		                            detail, said, error);
	}
	gint64 credit = ABS(cn->amount_cents);
	g_autofree char *plan_text = NULL;
	if (!dm_ledger_invoice_credit(it->ledger, target->id, credit, error) ||
	    (target->plan_id && !credit_plan(it, target, credit, &plan_text, error)))
		return FALSE;
	target->credited_cents += credit;
	gint64 open = dm_invoice_open_cents(target);
	g_autofree char *amount = dm_money_format(credit, target->currency, it->config->language);
	g_autofree char *left = dm_money_format(open, target->currency, it->config->language);
	g_autofree char *detail = g_strdup_printf("credit note %s lowers the open amount by %s to %s%s%s",
	                                          cn->number, amount, left,
	                                          plan_text ? plan_text : "",
	                                          open <= 0 ? ": nothing left open, reminders stopped" : "");
	g_message("invoice %s: %s", target->number, detail);
	if (!dm_ledger_event(it->ledger, target->id, it->now_iso, DM_EVENT_CREDITED, detail, error))
		return FALSE;
	if (open > 0 || target->status == DM_INVOICE_STATUS_PAID)
		return TRUE;
	/* Nothing left to pay: a running plan is done. */
	return (!target->plan_id || dm_ledger_plan_end(it->ledger, target->plan_id,
	                                               DM_PLAN_STATE_DONE, it->now_iso, error)) &&
	       dm_ledger_invoice_set_status(it->ledger, target->id, DM_INVOICE_STATUS_STOPPED,
	                                    "credited in full", NULL, error);
}

/* Invoice @inv, just recorded: the credit notes of its debtor that named it before it was
 * in the ledger (each then recorded with nothing lowered) lower it now, oldest first. */
static gboolean
apply_waiting_credit_notes(Item *it, const DmInvoice *inv, GError **error)
{
	g_autoptr(GPtrArray) stopped = dm_ledger_invoices_list(it->ledger, inv->debtor_email,
	                                                       DM_INVOICE_STATUS_STOPPED, error);
	if (!stopped)
		return FALSE;
	for (guint i = 0; i < stopped->len; i++) {
		const DmInvoice *cn = g_ptr_array_index(stopped, i);
		/* Recorded before the invoice, it cannot have been applied to it yet. */
		if (cn->credit_note && cn->id < inv->id && g_strcmp0(cn->credit_reference, inv->number) == 0 &&
		    !apply_credit_note(it, cn, error))
			return FALSE;
	}
	return TRUE;
}

/* *@ours: @it (incoming, with our X-Dunmail header) is a copy of a message in our outbox.
 * When it is not, it is read like any other mail, and the log says why. */
static gboolean
outbox_has(Item *it, gboolean *ours, GError **error)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmOutboxItem) row = dm_outbox_get_by_message_id(it->ledger, it->plan->message_id,
	                                                          &err);
	if (err) {
		g_propagate_error(error, g_steal_pointer(&err));
		return FALSE;
	}
	*ours = row != NULL;
	if (!*ours)
		g_message("spool %s: carries X-Dunmail but message %s is none of ours: read as any "
		          "other mail", it->name, it->plan->message_id);
	return TRUE;
}

/* Sets *@known (transfer full) to an open or paused invoice of the ledger with @inv's number,
 * amount and currency but another debtor address, or leaves it NULL. */
static gboolean
same_invoice_open(DmLedger *ledger, const DmInvoice *inv, DmInvoice **known, GError **error)
{
	GError *local = NULL;
	g_autoptr(DmInvoice) x = inv->number ? dm_ledger_invoice_by_number(ledger, inv->number, &local) : NULL;
	if (local) {
		g_propagate_error(error, local);
		return FALSE;
	}
	if (x && inv->has_amount && x->has_amount && x->amount_cents == inv->amount_cents &&
	    g_strcmp0(x->currency, inv->currency) == 0 && g_strcmp0(x->debtor_email, inv->debtor_email) != 0 &&
	    (x->status == DM_INVOICE_STATUS_OPEN || x->status == DM_INVOICE_STATUS_PAUSED))
		*known = g_steal_pointer(&x);
	return TRUE;
}

static gboolean
record_outgoing(Item *it, DmIngestStats *stats, GError **error)
{
	if (it->plan->own) {
		/* Our own reminder or digest: proof the MTA took it, never an invoice. */
		it->rec.role = "own";
		gboolean confirmed;
		if (!dm_outbox_confirm(it->ledger, it->plan->message_id, &confirmed, error))
			return FALSE;
		if (!confirmed) {
			g_message("spool %s: own message %s matches no outbox row", it->name,
			          it->plan->message_id);
			return TRUE;
		}
		stats->confirmed++;
		return TRUE;
	}

	it->rec.role = "other";
	g_autofree char *unreadable = NULL;
	GVariant *said = NULL;
	g_autoptr(DmInvoice) inv = invoice_from_plan(it, &unreadable, &said);
	if (unreadable) {
		g_message("spool %s: %s", it->name, unreadable);
		return dm_ledger_event_said(it->ledger, 0, it->now_iso, DM_EVENT_INVOICE_UNREADABLE,
		                            unreadable, said, error);
	}
	if (!inv) {
		/* Neither an invoice nor ours: shown with the reader's reason, and taken as the
		 * owner writing to the debtor in person. */
		guint held = 0;
		return record_not_invoice(it, error) &&
		       dm_ingest_owner_mail(it->config, it->ledger, it->plan->first_rcpt,
		                            it->plan->subject, it->now, it->now_iso, &held, error);
	}

	/* A copy of an invoice still open, sent to another address (crediteuren@ beside klant@):
	 * the same number, amount and currency is the same invoice, not a second ladder. */
	g_autoptr(DmInvoice) known = NULL;
	if (!inv->credit_note && !same_invoice_open(it->ledger, inv, &known, error))
		return FALSE;
	if (known) {
		g_message("spool %s: invoice %s to %s is invoice %s to %s sent again; not added again",
		          it->name, inv->number, inv->debtor_email, known->number, known->debtor_email);
		guint held = 0;
		return dm_ingest_owner_mail(it->config, it->ledger, known->debtor_email, it->plan->subject,
		                            it->now, it->now_iso, &held, error);
	}
	gboolean existed;
	if (!dm_ledger_invoice_add(it->ledger, inv, it->now_iso, &existed, error))
		return FALSE;
	/* As money, in the owner's language: the line is read by people (log, digest). */
	g_autofree char *amount = inv->has_amount
		? dm_money_format(inv->amount_cents, inv->currency, it->config->language)
		: g_strdup("unknown amount");
	g_autofree char *due = dm_date_iso(&inv->due_date);
	if (existed) {
		g_message("spool %s: invoice %s to %s was recorded before; not added again",
		          it->name, inv->number, inv->debtor_email);
		/* The copy sent again is still the owner writing to the debtor: the pause that
		 * any other mail of theirs brings holds here too. */
		guint held = 0;
		return dm_ingest_owner_mail(it->config, it->ledger, it->plan->first_rcpt,
		                            it->plan->subject, it->now, it->now_iso, &held, error);
	}
	it->rec.role = "invoice";
	stats->invoices++;
	g_autofree char *detail = g_strdup_printf("%s %s to %s, %s, %s%s (read from %s; %s)",
	                                          inv->credit_note ? "credit note" : "invoice",
	                                          inv->number, inv->debtor_email, amount,
	                                          inv->credit_note ? "not chased" : "due ",
	                                          inv->credit_note ? "" : due, inv->source,
	                                          inv->debtor_kind ? dm_debtor_kind_name(inv->debtor_kind)
	                                                           : "kind unknown");
	g_message("spool %s: %s", it->name, detail);
	if (!dm_ledger_event(it->ledger, inv->id, it->now_iso, DM_EVENT_INVOICE_RECORDED, detail, error))
		return FALSE;
	const GPtrArray *disagreements = it->plan->invoice->disagreements;
	for (guint i = 0; disagreements && i < disagreements->len; i++) {
		const DmInvoiceDisagreement *x = g_ptr_array_index(disagreements, i);
		g_autofree char *line = dm_invoice_disagreement_text(x);
		g_autofree char *d = g_strdup_printf("invoice %s: %s", inv->number, line);
		g_autofree char *clean = dm_sanitize_oneline(d, 300);
		g_message("spool %s: sources disagree: %s", it->name, clean);
		if (!dm_ledger_event_said(it->ledger, inv->id, it->now_iso, DM_EVENT_SOURCES_DISAGREE,
		                          clean, dm_ingest_disagreement_words(inv->number, x), error))
			return FALSE;
	}
	return inv->credit_note ? apply_credit_note(it, inv, error) : apply_waiting_credit_notes(it, inv, error);
}

static gboolean
record_incoming(Item *it, gint64 message_row, DmIngestStats *stats, GError **error)
{
	const DmReplyAnalysis *a = it->plan->reply;
	const DmAuthVerdict *verdict = &it->plan->auth;
	const char *from_addr = it->plan->from_addr;
	g_return_val_if_fail(a != NULL, FALSE);
	if (dm_ingest_is_delivery_report(it->plan)) {
		/* Bounces act on proof that they answer our mail, not on the sender. */
		gboolean applied;
		stats->replies++;
		return dm_ingest_bounce(it->config, it->ledger, it->plan, message_row, it->now,
		                        it->name, &applied, error);
	}
	const char *how = NULL;
	gint64 invoice_id = 0;
	g_autoptr(GArray) unsure = NULL;
	if (!dm_match_lookup(it->ledger, it->plan->subject, it->plan->thread_ids, a, from_addr,
	                     &invoice_id, &how, &unsure, error))
		return FALSE;

	DmReplyRow row = {
		.message_row = message_row,
		.invoice_id = invoice_id,
		.from_addr = (char *) from_addr,
		.kind = (char *) dm_reply_kind_name(a->kind),
		.klass = a->klass,
		.confidence = a->confidence,
		/* The vague time's end too ("volgende week"): the held reply's day, as before
		 * the analysis told it from a stated one. */
		.stated_date = *dm_reply_analysis_hold_date(a),
		.reply_text = a->reply_text,
		.authenticated = verdict->verified,
		.auth_detail = verdict->detail,
		.received_at = (char *) it->now_iso,
	};

	g_autoptr(GString) why = g_string_new(NULL);
	g_string_append_printf(why, "%s from %s: %s (%.2f), matched by %s", row.kind,
	                       from_addr ? from_addr : "(unknown)", dm_reply_class_name(row.klass),
	                       a->confidence, how);
	g_autoptr(DmInvoice) inv = NULL;
	if (invoice_id > 0) {
		inv = dm_ledger_invoice_get(it->ledger, invoice_id, error);
		if (!inv)
			return error && *error ? FALSE : TRUE;
	}
	g_autofree char *note = NULL;
	if (inv) {
		/* DESIGN: only a verified, confidently understood reply changes the dunning by
		 * itself; any other reply from the debtor's side holds it for the owner. */
		GDate today = dm_clock_date(it->now);
		DmPolicyReply reply = {
			.kind = a->kind, .klass = a->klass, .confident = a->confident,
			.verified = verdict->verified,
			.speaks_for_debtor = dm_match_speaks_for_debtor(from_addr, inv->debtor_email, a,
			                                                it->config->shared_domains),
			.stated = *dm_reply_analysis_hold_date(a),
			.typed = dm_policy_typed(a),
			.date_contradicts = a->date_contradicts,
		};
		DmPolicyLimits limits = { .horizon_days = it->config->horizon_days,
		                          .max_hold_days = it->config->max_hold_days };
		DmPolicyDecision d;
		dm_policy_decide(&reply, &today, &limits, &d);
		dm_policy_merge(inv->status, &inv->pause_until, &d);
		row.needs_review = d.review;
		g_autofree char *auth = verdict->verified ? g_strdup("")
			: g_strdup_printf(" (%s)", verdict->detail ? verdict->detail : "no result");
		if (!reply.speaks_for_debtor)
			note = g_strdup_printf("not applied: %s is not the debtor of invoice %s (%s)",
			                       from_addr ? from_addr : "the sender", inv->number,
			                       inv->debtor_email);
		else if (d.review)
			note = g_strdup_printf("waiting for you: %s%s", d.why, auth);
		else if (d.why)
			note = g_strdup_printf("not applied: %s%s", d.why, auth);
		if (note) {
			g_string_append_printf(why, "; %s", note);
			row.note = note;
			row.note_reason = reply.speaks_for_debtor ? d.note : DM_REPLY_NOTE_NOT_DEBTOR;
		}
		if (d.changes) {
			if (!dm_ledger_invoice_set_status(it->ledger, invoice_id, d.status, d.reason,
			                                  &d.until, error))
				return FALSE;
			row.applied = !d.review;
			g_autofree char *until = dm_date_iso(&d.until);
			g_string_append_printf(why, "; invoice %s %s (%s)%s%s", inv->number,
			                       dm_invoice_status_name(d.status),
			                       d.reason, until ? " until " : "", until ? until : "");
		} else {
			g_string_append_printf(why, "; invoice %s unchanged (%s%s%s)", inv->number,
			                       dm_invoice_status_name(inv->status),
			                       inv->pause_reason ? ": " : "",
			                       inv->pause_reason ? inv->pause_reason : "");
		}
	}

	g_autoptr(GArray) held = NULL;
	if (unsure) {
		/* DESIGN: a person's reply is never ignored, even when it names no invoice. */
		g_autofree char *numbers = NULL;
		if (!dm_ingest_unsure(it->ledger, it->config, unsure, a, from_addr, verdict->verified,
		                      it->now, &held, &numbers, error))
			return FALSE;
		if (numbers) {
			note = g_strdup_printf("waiting for you: which invoice? it may concern %s", numbers);
			row.note = note;
			row.note_reason = DM_REPLY_NOTE_HELD_WHICH;
			row.needs_review = TRUE;
			g_string_append_printf(why, "; %s; held", note);
		}
	}

	if (a->new_address &&
	    !dm_ingest_new_address(it->ledger, invoice_id, inv ? inv->debtor_email : NULL, from_addr,
	                           a->new_address, it->now_iso, it->name, error))
		return FALSE;
	g_message("spool %s: %s", it->name, why->str);
	stats->replies++;
	DmEventKind kind = row.applied ? DM_EVENT_REPLY_APPLIED
	                 : row.needs_review ? DM_EVENT_REPLY_HELD : DM_EVENT_REPLY_RECORDED;
	if (!dm_ledger_reply_add_holding(it->ledger, &row, held, error))
		return FALSE;
	if (!held || held->len == 0)
		return dm_ledger_event(it->ledger, invoice_id, it->now_iso, kind, why->str, error);
	for (guint i = 0; i < held->len; i++)
		if (!dm_ledger_event(it->ledger, g_array_index(held, gint64, i), it->now_iso, kind,
		                     why->str, error))
			return FALSE;
	return TRUE;
}

/* What the parse child is given: the file to read and the one setting the parse needs. */
typedef struct {
	const char *path;
	const char *authserv_id;
	const DmReplyModel *model;  /* loaded by the parent before the fork, shared */
	const DmRuleFile *rules;    /* the same: [invoices] rules, loaded once at start */
} PlanRequest;

/* Runs in the parse child: the file's bytes -> the plan, as a GVariant. */
static GVariant *
read_plan_in_child(gpointer user, GError **error)
{
	const PlanRequest *req = user;
	g_autofree char *data = NULL;
	gsize len = 0;
	if (!g_file_get_contents(req->path, &data, &len, error))
		return NULL;
	g_autoptr(DmIngestPlan) plan = dm_ingest_plan_read(data, len, req->authserv_id, req->model,
	                                                   req->rules, error);
	return plan ? dm_ingest_plan_to_variant(plan) : NULL;
}

/* (transfer full) the plan of work/@name, read in a child process under the configured
 * budget; NULL with @error when it cannot be read (DM_PARSE_CHILD_ERROR: SYSTEM is our
 * trouble, STOPPED most likely ours, anything else the file's). */
static DmIngestPlan *
read_plan(const DmConfig *config, const DmIngestReaders *readers, const char *path, GError **error)
{
	PlanRequest req = { .path = path, .authserv_id = config->authserv_id,
	                    .model = readers->model, .rules = readers->rules };
	DmParseBudget budget = { .cpu_seconds = config->parse_time_limit,
	                         .memory_bytes = config->parse_memory_limit };
	DmParseUsage usage = { 0 };
	g_autoptr(GVariant) v = dm_parse_child_run_measured(&budget, read_plan_in_child, &req,
	                                                    &usage, error);
	/* What each file cost against its budget, for whoever tunes the limits. */
	g_debug("%s: parse took %.2f s CPU, %.2f s wall, peak RSS %zu MB", path,
	        usage.cpu_seconds, usage.wall_seconds, usage.max_rss_bytes / (1024 * 1024));
	if (!v)
		return NULL;
	if (!g_variant_is_of_type(v, G_VARIANT_TYPE_VARDICT)) {
		g_set_error(error, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_CRASHED,
		            "parser crashed: its answer is a %s", g_variant_get_type_string(v));
		return NULL;
	}
	return dm_ingest_plan_from_variant(v);
}

/* Writes @it in one transaction: the ledger's lookups (duplicates aside, matching) and
 * writes only, the parse long done.  FALSE for ledger errors (rolled back). */
static gboolean
record_plan(Item *it, DmIngestStats *stats, GError **error)
{
	const DmIngestPlan *plan = it->plan;
	const DmConfig *config = it->config;
	DmLedger *ledger = it->ledger;
	gboolean ours = FALSE;
	if (plan->direction == DM_DIRECTION_INCOMING && plan->own && !outbox_has(it, &ours, error))
		return FALSE;
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	gboolean ok = TRUE;
	gint64 row = 0;
	if (plan->direction == DM_DIRECTION_OUTGOING) {
		ok = record_outgoing(it, stats, error) &&
		     dm_ledger_message_add(ledger, &it->rec, &row, error);
	} else if (ours) {
		it->rec.role = "own";        /* our own mail to a billing address (a digest) */
		ok = dm_ledger_message_add(ledger, &it->rec, &row, error);
	} else if (plan->from_addr && g_strcmp0(plan->from_addr, config->owner_address) == 0) {
		/* Commands by mail come with the owner's loop; until then the digest says that
		 * the message was seen (and a forged one is not silently swallowed). */
		it->rec.role = "owner";
		g_autofree char *detail = g_strdup_printf(
			"message from the owner's address to %s, subject \"%s\": read, not acted on",
			config->billing_addresses[0], it->rec.subject);
		ok = dm_ledger_message_add(ledger, &it->rec, &row, error) &&
		     dm_ledger_event_said(ledger, 0, it->now_iso, DM_EVENT_OWNER_MESSAGE, detail,
		                          dm_words("owner_message", "to", config->billing_addresses[0],
		                                   "subject", it->rec.subject, NULL), error);
	} else {
		it->rec.role = "reply";
		ok = dm_ledger_message_add(ledger, &it->rec, &row, error) &&
		     record_incoming(it, row, stats, error);
	}
	if (!ok || !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	return TRUE;
}

/* Ingests work/@name: reads it (in a child, no transaction open), then records it.
 * Returns FALSE only for trouble of ours (the ledger, fork); a bad file is set aside. */
/* (transfer full) when what @plan records happened, ISO UTC: now for mail the milter saw;
 * for `dunmail import` (queue id "import") the message's own Date, which the import wrote
 * as Received-At, so that past mail enters the ledger as history.  Never later than @now:
 * a Date in the future (a wrong clock) must not put future events in the ledger. */
static char *
event_time(const DmIngestPlan *plan, GDateTime *now)
{
	if (g_strcmp0(plan->queue_id, DM_IMPORT_QUEUE_ID) != 0 || plan->received_at == NULL)
		return dm_clock_iso_utc(now);
	g_autoptr(GDateTime) when = g_date_time_new_from_iso8601(plan->received_at, NULL);
	if (when == NULL || g_date_time_compare(when, now) > 0)
		return dm_clock_iso_utc(now);
	return dm_clock_iso_utc(when);
}

/* (transfer none) why a file whose reading failed with @err is set aside, as the code the
 * digest words (its technical message is the event's English detail). */
static const char *
aside_code(const GError *err)
{
	if (g_error_matches(err, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_OVER_BUDGET))
		return "over_budget";
	if (g_error_matches(err, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_CRASHED))
		return "crashed";
	return "failed";
}

/* (transfer full) "@name (queue id ID)": the spool file and the MTA's queue id. */
static char *
spool_label(const char *name, const char *queue_id)
{
	g_autofree char *qid = dm_sanitize_oneline(queue_id != NULL && *queue_id ? queue_id
	                                           : "unknown", 64);
	return g_strdup_printf("%s (queue id %s)", name, qid);
}

static gboolean
ingest_one(const DmConfig *config, DmLedger *ledger, const DmIngestReaders *readers, GDateTime *now,
           const char *now_iso, const char *name, DmIngestStats *stats, GError **error)
{
	g_autofree char *path = g_build_filename(config->spool_dir, "work", name, NULL);
	g_autoptr(GError) err = NULL;
	g_autoptr(DmIngestPlan) plan = read_plan(config, readers, path, &err);
	if (!plan && g_error_matches(err, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_SYSTEM)) {
		g_propagate_error(error, g_steal_pointer(&err));
		return FALSE;
	}
	if (!plan && g_error_matches(err, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_STOPPED))
		return try_again_later(config, ledger, now, now_iso, name, err->message, stats, error);
	if (!plan)
		return set_aside(config, ledger, now, now_iso, name, err->message, aside_code(err),
		                 stats, error);

	/* Every line about this message names the MTA's queue id too: that is what the
	 * administrator finds beside it in the mail log. */
	g_autofree char *label = spool_label(name, plan->queue_id);
	gboolean seen;
	if (!dm_ledger_message_seen(ledger, plan->message_id, plan->sha256, &seen, error))
		return FALSE;
	if (seen) {
		g_message("spool %s: message %s already ingested; removed", label, plan->message_id);
		stats->duplicates++;
		unlink(path);
		return TRUE;
	}
	if (plan->direction != DM_DIRECTION_OUTGOING && plan->direction != DM_DIRECTION_INCOMING) {
		return set_aside(config, ledger, now, now_iso, name, "envelope has no direction",
		                 "no_direction", stats, error);
	}

	g_autofree char *subject = dm_sanitize(plan->subject, 200);
	g_autofree char *event_iso = event_time(plan, now);
	Item it = { .config = config, .ledger = ledger, .now = now, .now_iso = event_iso,
	            .name = label, .plan = plan };
	it.rec = (DmMessageRecord) {
		.message_id = plan->message_id, .sha256 = plan->sha256,
		.direction = dm_direction_name(plan->direction), .role = "other",
		.mail_from = plan->mail_from, .from_addr = plan->from_addr, .subject = subject,
		.queue_id = plan->queue_id, .received_at = event_iso,
	};
	/* The owner's reply to a digest is a command (or a forgery), never a debtor's reply. */
	gboolean commands = FALSE;
	if (!dm_ingest_commands(config, ledger, plan, &it.rec, now, name, &commands, error) ||
	    (!commands && !record_plan(&it, stats, error)))
		return FALSE;
	stats->ingested++;
	if (unlink(path) != 0)
		g_warning("spool %s: ingested, but could not remove it: %s", name, g_strerror(errno));
	return TRUE;
}

static int
compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/* (transfer full) sorted names of the regular files in @dir (oldest name first: the
 * milter's names start with the time). */
static GPtrArray *
list_dir(const char *dir, GError **error)
{
	g_autoptr(GDir) d = g_dir_open(dir, 0, error);
	if (!d)
		return NULL;
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	const char *n;
	while ((n = g_dir_read_name(d)))
		if (n[0] != '.')
			g_ptr_array_add(names, g_strdup(n));
	g_ptr_array_sort(names, compare_names);
	return names;
}

gboolean
dm_ingest_recover(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                  DmIngestStats *stats, GError **error)
{
	g_autofree char *work = g_build_filename(config->spool_dir, "work", NULL);
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	g_autoptr(GPtrArray) names = list_dir(work, error);
	if (!names)
		return FALSE;
	for (guint i = 0; i < names->len; i++) {
		const char *name = g_ptr_array_index(names, i);
		g_autofree char *path = g_build_filename(work, name, NULL);
		/* Committed but not yet removed when we stopped?  Then it is done. */
		g_autofree char *sha = spool_file_sha256(path);
		if (sha) {
			gboolean seen;
			if (!dm_ledger_message_hash_seen(ledger, sha, &seen, error))
				return FALSE;
			if (seen) {
				unlink(path);
				continue;
			}
		}
		/* The milter's copy of our own reminder proves it went: kept at once, by its
		 * Message-ID alone, before anything else can lose it. */
		gboolean own = FALSE;
		if (!keep_own_copy(ledger, path, stats, &own, error))
			return FALSE;
		if (own)
			continue;
		/* The parser runs in a child under limits, so a file left here means dunmaild
		 * itself stopped (killed, power lost), most likely not because of this file: it
		 * gets one more try.  Found here a second time, it is set aside. */
		if (!g_str_has_suffix(name, DM_INGEST_RETRY_SUFFIX)) {
			g_autofree char *retry = g_strconcat(name, DM_INGEST_RETRY_SUFFIX, NULL);
			g_autofree char *to = g_build_filename(config->spool_dir, "new", retry, NULL);
			if (rename(path, to) == 0) {
				g_message("spool %s found in progress at start-up: back in new/ for one "
				          "more try", name);
				stats->retried++;
				continue;
			}
			g_warning("spool %s: rename to new/: %s", name, g_strerror(errno));
		}
		if (!set_aside(config, ledger, now, now_iso, name,
		               "found in progress at start-up twice (dunmaild stopped or crashed "
		               "while reading it)", "in_progress_twice", stats, error))
			return FALSE;
	}
	return TRUE;
}

gboolean
dm_ingest_spool(const DmConfig *config, DmLedger *ledger, const DmReplyModel *model,
                GDateTime *now, DmIngestStats *stats,
                GError **error)
{
	DmIngestReaders readers = { .model = model, .rules = NULL };
	return dm_ingest_spool_with(config, ledger, &readers, now, stats, error);
}

gboolean
dm_ingest_spool_with(const DmConfig *config, DmLedger *ledger, const DmIngestReaders *readers,
                     GDateTime *now, DmIngestStats *stats, GError **error)
{
	g_autofree char *newdir = g_build_filename(config->spool_dir, "new", NULL);
	g_autofree char *work = g_build_filename(config->spool_dir, "work", NULL);
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	g_autoptr(GPtrArray) names = list_dir(newdir, error);
	if (!names)
		return FALSE;
	for (guint i = 0; i < names->len; i++) {
		const char *name = g_ptr_array_index(names, i);
		g_autoptr(GError) err = NULL;
		/* Claim it first: from here on, a crash leaves it in work/ for recovery. */
		if (!move_file(newdir, work, name, &err)) {
			g_warning("spool %s: %s", name, err->message);
			stats->unclaimed++;
			continue;
		}
		if (!ingest_one(config, ledger, readers, now, now_iso, name, stats, error)) {
			/* The ledger failed (locked, disk full), not the message: give the file back
			 * to new/ for the next pass.  Left in work/, the next start-up would take it
			 * for a message that crashed us and set it aside unread. */
			g_autoptr(GError) back_err = NULL;
			if (!move_file(work, newdir, name, &back_err))
				g_warning("spool %s: %s", name, back_err->message);
			return FALSE;
		}
	}
	return TRUE;
}
