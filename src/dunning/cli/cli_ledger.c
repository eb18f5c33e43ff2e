/* cli_ledger: the verbs that report from the ledger — invoices, show, replies. */
#include "dunning/cli/dm-cli.h"
#include "dunning/ledger/dm-failing.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-plans.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/engine/dm-ladder.h"
#include "dunning/engine/dm-next-step.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"
#include "common/dm-sanitize.h"

#include <stdio.h>
#include <string.h>

static void
json_bool(JsonBuilder *b, const char *name, gboolean value)
{
	json_builder_set_member_name(b, name);
	json_builder_add_boolean_value(b, value);
}

/* The members beyond the skeleton's: what the invoice itself said, and where from.
 * "business" keeps its first meaning (the invoice reads a business); "debtor_kind" is the
 * reading in three states, "debtor_kind_applied" what the ladder and the costs follow. */
static void
invoice_facts_json(JsonBuilder *b, const DmConfig *config, const DmInvoice *inv)
{
	dm_cli_json_string(b, "debtor_name", inv->debtor_name);
	json_bool(b, "business", inv->debtor_kind == DM_DEBTOR_KIND_BUSINESS);
	dm_cli_json_string(b, "debtor_kind", inv->debtor_kind ? dm_debtor_kind_name(inv->debtor_kind)
	                                                      : "unknown");
	dm_cli_json_string(b, "debtor_kind_why", inv->debtor_kind_why);
	dm_cli_json_string(b, "debtor_kind_applied",
	                   dm_debtor_kind_name(dm_invoice_debtor_kind(config->ladders, inv)));
	g_autofree char *kind_text = dm_invoice_debtor_kind_text(config->ladders, inv);
	dm_cli_json_string(b, "debtor_kind_text", kind_text);
	dm_cli_json_int(b, "amount_total_cents", inv->has_total, inv->amount_total_cents);
	dm_cli_json_int(b, "credited_cents", TRUE, inv->credited_cents);
	dm_cli_json_int(b, "open_cents", inv->has_amount, dm_invoice_open_cents(inv));
	dm_cli_json_string(b, "payment_reference", inv->payment_reference);
	dm_cli_json_string(b, "iban", inv->iban);
	json_bool(b, "credit_note", inv->credit_note);
	dm_cli_json_string(b, "credit_reference", inv->credit_reference);
	json_builder_set_member_name(b, "field_sources");
	json_builder_begin_object(b);
	g_auto(GStrv) pairs = g_strsplit(inv->field_sources ? inv->field_sources : "", " ", -1);
	for (char **p = pairs; *p; p++) {
		char *eq = strchr(*p, '=');
		if (!eq)
			continue;
		*eq = '\0';
		dm_cli_json_string(b, *p, eq + 1);
	}
	json_builder_end_object(b);
}

/* The next step of @inv as of @today (NULL: the clock's day). */
static const DmLadderStep *
next_step(const DmConfig *config, const GDate *today, const DmInvoice *inv,
          const DmOutboxSummary *reminders, DmNextStep *next)
{
	GDate day;
	if (today)
		day = *today;
	else {
		g_autoptr(GDateTime) now = g_date_time_new_now(config->tz);
		day = dm_clock_date(now);
	}
	return dm_next_step(config->ladders, inv, reminders, &day, next);
}

/* @failing_since: when the invoice's address was marked failing, or NULL. */
static void
invoice_json(JsonBuilder *b, const DmConfig *config, const GDate *today, const DmInvoice *inv,
             const DmOutboxSummary *reminders, const char *failing_since)
{
	DmNextStep next;
	const DmLadderStep *step = next_step(config, today, inv, reminders, &next);
	json_builder_begin_object(b);
	dm_cli_json_string(b, "number", inv->number);
	json_builder_set_member_name(b, "amount_cents");
	if (inv->has_amount)
		json_builder_add_int_value(b, inv->amount_cents);
	else
		json_builder_add_null_value(b);
	dm_cli_json_string(b, "currency", inv->currency);
	dm_cli_json_date(b, "issue_date", &inv->issue_date);
	dm_cli_json_date(b, "due_date", &inv->due_date);
	dm_cli_json_string(b, "debtor_email", inv->debtor_email);
	dm_cli_json_string(b, "status", dm_invoice_status_name(inv->status));
	dm_cli_json_string(b, "pause_reason", inv->pause_reason);
	dm_cli_json_date(b, "pause_until", &inv->pause_until);
	dm_cli_json_string(b, "message_id", inv->message_id);
	dm_cli_json_string(b, "source", inv->source);
	dm_cli_json_string(b, "next_step", step ? step->name : NULL);
	dm_cli_json_date(b, "next_date", step ? &next.when : NULL);
	invoice_facts_json(b, config, inv);
	json_builder_set_member_name(b, "address_failing");
	json_builder_add_boolean_value(b, failing_since != NULL);
	dm_cli_json_string(b, "address_failing_since", failing_since);
	json_builder_end_object(b);
}

/* "next": the decision and its reason as fields (show --json). */
static void
next_json(JsonBuilder *b, const DmNextStep *next)
{
	g_autofree char *text = dm_next_step_text(next);
	json_builder_begin_object(b);
	dm_cli_json_string(b, "outcome", dm_next_outcome_name(next->outcome));
	dm_cli_json_string(b, "ladder", next->ladder->name);
	gboolean scheduled = next->outcome == DM_NEXT_SCHEDULED;
	dm_cli_json_string(b, "step", scheduled ? next->step->name : NULL);
	dm_cli_json_date(b, "date", scheduled ? &next->when : NULL);
	dm_cli_json_string(b, "from", !scheduled ? NULL
	                   : next->anchor == DM_STEP_FROM_DUE ? "due" : "previous");
	dm_cli_json_date(b, "base_date", scheduled ? &next->base : NULL);
	dm_cli_json_int(b, "offset_days", scheduled, next->offset_days);
	dm_cli_json_date(b, "planned", scheduled ? &next->planned : NULL);
	json_builder_set_member_name(b, "adjustments");
	json_builder_begin_array(b);
	for (guint i = 0; i < next->n_adjustments; i++) {
		const DmAdjustment *a = &next->adjustments[i];
		json_builder_begin_object(b);
		dm_cli_json_string(b, "kind", dm_adjust_kind_name(a->kind));
		dm_cli_json_date(b, "until", &a->until);
		json_builder_set_member_name(b, "days");
		json_builder_add_int_value(b, a->days);
		dm_cli_json_string(b, "reason", a->reason);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	dm_cli_json_string(b, "text", text);
	json_builder_end_object(b);
}

static char *
status_text(const DmInvoice *inv)
{
	g_autofree char *until = dm_date_iso(&inv->pause_until);
	const char *status = dm_invoice_status_name(inv->status);
	if (!inv->pause_reason && !until)
		return g_strdup(status);
	return g_strdup_printf("%s (%s%s%s)", status,
	                       inv->pause_reason ? inv->pause_reason : "",
	                       until ? ", until " : "", until ? until : "");
}

/* show's lines for what the invoice itself said (each only when known). */
static void
print_facts(const DmInvoice *inv, const DmConfig *config)
{
	if (inv->debtor_name) {
		g_autofree char *name = dm_sanitize_oneline(inv->debtor_name, 120);
		printf("  name       %s\n", name);
	}
	g_autofree char *kind_text = dm_invoice_debtor_kind_text(config->ladders, inv);
	g_autofree char *kind = dm_sanitize_oneline(kind_text, 300);
	printf("  kind       %s\n", kind);
	if (inv->has_total && inv->amount_total_cents != inv->amount_cents) {
		g_autofree char *total = dm_money_format(inv->amount_total_cents, inv->currency, config->language);
		printf("  total      %s (before what was paid already)\n", total);
	}
	if (inv->credited_cents) {
		g_autofree char *credited = dm_money_format(inv->credited_cents, inv->currency, config->language);
		g_autofree char *open = dm_money_format(dm_invoice_open_cents(inv), inv->currency, config->language);
		printf("  credited   %s\n  open       %s\n", credited, open);
	}
	if (inv->payment_reference) {
		g_autofree char *ref = dm_sanitize_oneline(inv->payment_reference, 80);
		printf("  reference  %s\n", ref);
	}
	if (inv->iban)
		printf("  iban       %s\n", inv->iban);
	if (inv->credit_note) {
		g_autofree char *ref = dm_sanitize_oneline(inv->credit_reference, 80);
		printf("  credit     a credit note%s%s (never chased)\n",
		       inv->credit_reference ? " for invoice " : " naming no invoice",
		       inv->credit_reference ? ref : "");
	}
	if (inv->field_sources)
		printf("  sources    %s\n", inv->field_sources);
}

/* The listing, one invoice at a time as the ledger pages through them: each is printed
 * as it comes, so memory stays that of one page whatever the size of the book. */
typedef struct {
	const DmConfig *config;
	gboolean json;              /* FALSE: the text table */
	JsonGenerator *gen;         /* json: prints one invoice's object */
	GHashTable *failing;        /* failing address -> since */
	guint n;
} Listing;

/* Prints the one element of the array in @b as an element of the array that
 * dm_cli_print_json would have printed whole (@n elements before it): the same text, one
 * element at a time.  The element is generated inside an array of its own so that
 * json-glib indents it as it would in the whole array. */
static void
print_json_element(JsonGenerator *gen, JsonBuilder *b, guint n)
{
	g_autoptr(JsonNode) node = json_builder_get_root(b);
	json_generator_set_root(gen, node);
	g_autofree char *text = json_generator_to_data(gen, NULL);
	/* "[\n  {…}\n]": the lines between the brackets */
	char *first = strchr(text, '\n'), *last = strrchr(text, '\n');
	g_return_if_fail(first && last > first);
	*last = '\0';
	fputs(n == 0 ? "[\n" : ",\n", stdout);
	fputs(first + 1, stdout);
}

/* Ends the array that print_json_element began (@n elements), or prints an empty one:
 * what was printed stays valid JSON even when the walk stopped on an error. */
static void
end_json_array(guint n)
{
	if (n)
		puts("\n]");
	else
		dm_cli_print_json(json_node_init_array(json_node_alloc(), json_array_new()));
}

static gboolean
list_one(const DmInvoice *inv, const DmOutboxSummary *reminders, gpointer user, GError **error)
{
	Listing *l = user;
	const char *failing = g_hash_table_lookup(l->failing, inv->debtor_email);
	if (l->json) {
		g_autoptr(JsonBuilder) b = json_builder_new();
		json_builder_begin_array(b);
		invoice_json(b, l->config, NULL, inv, reminders, failing);
		json_builder_end_array(b);
		print_json_element(l->gen, b, l->n++);
		return TRUE;
	}
	if (l->n++ == 0)
		printf("%-14s %-30s %14s %-10s %-22s %s\n", "NUMBER", "DEBTOR", "AMOUNT", "DUE",
		       "STATUS", "NEXT");
	DmNextStep next;
	const DmLadderStep *step = next_step(l->config, NULL, inv, reminders, &next);
	g_autofree char *amount = inv->has_amount
		? dm_money_format(dm_invoice_open_cents(inv), inv->currency,
		                  l->config->language) : g_strdup("?");
	g_autofree char *due = dm_date_iso(&inv->due_date);
	g_autofree char *st = status_text(inv);
	g_autofree char *next_day = step ? dm_date_iso(&next.when) : NULL;
	g_autofree char *next_text = failing ? g_strdup("none: the address fails")
	                           : step ? g_strdup_printf("%s on %s", step->name, next_day)
	                                  : g_strdup("-");
	/* UBL invoice numbers are the sender's text: one line, no controls in the table. */
	g_autofree char *number = dm_sanitize(inv->number, 80);
	printf("%-14s %-30s %14s %-10s %-22s %s\n", number, inv->debtor_email, amount,
	       due, st, next_text);
	return TRUE;
}

int
dm_cli_invoices(DmCliGlobal *global, int argc, char **argv)
{
	gboolean json = FALSE;
	g_autofree char *status_name = NULL;
	GOptionEntry entries[] = {
		{ "json", 'j', 0, G_OPTION_ARG_NONE, &json, "Print the list as a JSON array", NULL },
		{ "status", 's', 0, G_OPTION_ARG_STRING, &status_name,
		  "Only invoices in STATUS (open, paused, held, stopped, paid, written_off,\n"
		  "handed_over)", "STATUS" },
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv, "",
	        "List the invoices dunmail tracks, with their status and next step.",
	        "Exit status: 0 some listed, 1 none, 2 usage error, 3 failure.\n\n"
	        "JSON: an array of {\"number\", \"amount_cents\", \"currency\", \"issue_date\",\n"
	        "\"due_date\", \"debtor_email\", \"status\", \"pause_reason\", \"pause_until\",\n"
	        "\"message_id\", \"source\", \"next_step\", \"next_date\", \"debtor_name\",\n"
	        "\"business\", \"debtor_kind\" (business, consumer or unknown: the invoice's\n"
	        "reading), \"debtor_kind_why\", \"debtor_kind_applied\" (what the ladder and the\n"
	        "costs follow: the owner's setting, the reading, else [dunning]\n"
	        "default_debtor_kind), \"debtor_kind_text\", \"amount_total_cents\",\n"
	        "\"credited_cents\", \"open_cents\",\n"
	        "\"payment_reference\", \"iban\", \"credit_note\", \"credit_reference\",\n"
	        "\"field_sources\" ({field: source}), \"address_failing\",\n"
	        "\"address_failing_since\"}; a failing address (a proven hard bounce) gets no\n"
	        "reminder until `dunmail address ADDRESS --ok` or a delivery clears it", entries))
		return DM_EXIT_USAGE;
	DmInvoiceStatus status = DM_INVOICE_STATUS_ANY;
	if (status_name && !dm_invoice_status_from_name(status_name, &status)) {
		g_autofree char *clean = dm_sanitize(status_name, 40);
		fprintf(stderr, "dunmail invoices: unknown status '%s' (open, paused, held, stopped, paid, "
		        "written_off, handed_over)\n",
		        clean);
		return DM_EXIT_USAGE;
	}
	g_autoptr(DmConfig) config = NULL;
	g_autoptr(DmLedger) ledger = NULL;
	int rc = dm_cli_open(global, argc, argv, FALSE, &config, &ledger);
	if (rc != DM_EXIT_OK)
		return rc;
	g_autoptr(GError) error = NULL;
	g_autoptr(GHashTable) failing = dm_ledger_failing_addresses(ledger, &error);
	if (!failing) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	g_autoptr(JsonGenerator) gen = json_generator_new();
	json_generator_set_pretty(gen, TRUE);
	Listing listing = { .config = config, .json = json, .gen = gen, .failing = failing };
	gboolean ok = dm_ledger_invoices_foreach(ledger, NULL, status, list_one, &listing, &error);
	if (json && (ok || listing.n))
		end_json_array(listing.n);
	if (!ok) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	return listing.n ? DM_EXIT_OK : DM_EXIT_NOTHING;
}

int
dm_cli_show(DmCliGlobal *global, int argc, char **argv)
{
	gboolean json = FALSE;
	g_autofree char *now_text = NULL;
	GOptionEntry entries[] = {
		{ "json", 'j', 0, G_OPTION_ARG_NONE, &json, "Print the invoice as JSON", NULL },
		DM_CLI_NOW_ENTRY(now_text),
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv, "INVOICE",
	        "Show one invoice: its facts, the timeline of everything dunmail saw and did,\n"
	        "the replies, and the next step with its date and the reason for that date.",
	        "The next step is explained: the ladder the invoice follows, the day the step\n"
	        "counts from (the due date, or the day the last reminder went) and its offset,\n"
	        "then everything that moved it later: the least gap of 7 days after the last\n"
	        "reminder, a pause or a hold of the invoice until a day, the debtor paused, a\n"
	        "consumer's 14-day term. Or why nothing will be sent: paid, written off,\n"
	        "excluded, handed over, paused until you decide, the ladder done.\n\n"
	        "  next       second reminder on 2026-04-02 — due 2026-03-12 + 21 days, moved 3\n"
	        "             days by the pause (promise_to_pay) until 2026-04-02\n\n"
	        "JSON: {\"invoice\", \"next\", \"events\", \"outbox\"}; next is {\"outcome\",\n"
	        "\"ladder\", \"step\", \"date\", \"from\", \"base_date\", \"offset_days\", \"planned\",\n"
	        "\"adjustments\": [{\"kind\", \"until\", \"days\", \"reason\"}], \"text\"}.\n\n"
	        "Exit status: 0 shown, 1 no such invoice, 2 usage error, 3 failure.", entries))
		return DM_EXIT_USAGE;
	if (argc != 2) {
		fprintf(stderr, "dunmail show: expected one INVOICE number\nTry 'dunmail show --help'.\n");
		return DM_EXIT_USAGE;
	}
	g_autoptr(DmConfig) config = NULL;
	g_autoptr(GDateTime) now = NULL;
	g_autoptr(DmLedger) ledger = NULL;
	int rc = dm_cli_open_at(global, now_text, FALSE, &config, &now, &ledger);
	if (rc != DM_EXIT_OK)
		return rc;
	g_autoptr(GError) error = NULL;
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_by_number(ledger, argv[1], &error);
	if (!inv) {
		if (error) {
			fprintf(stderr, "dunmail: %s\n", error->message);
			return DM_EXIT_FAILURE;
		}
		g_autofree char *clean = dm_sanitize(argv[1], 80);
		fprintf(stderr, "dunmail show: no invoice numbered '%s'\n", clean);
		return DM_EXIT_NOTHING;
	}
	DmOutboxSummary reminders;
	g_autoptr(GPtrArray) events = dm_ledger_events_list(ledger, inv->id, NULL, DM_EVENT_ANY,
	                                                    &error);
	g_autoptr(GPtrArray) replies = events ? dm_ledger_replies_list(ledger, NULL, inv->id, &error) : NULL;
	g_autoptr(GPtrArray) outbox = replies
		? dm_outbox_list(ledger, inv->id, DM_OUTBOX_STATE_ANY, &error) : NULL;
	gboolean failing = FALSE;
	g_autofree char *failing_since = NULL;
	if (!outbox || !dm_ledger_invoice_summary(ledger, inv->id, &reminders, &error) ||
	    !dm_ledger_address_failing(ledger, inv->debtor_email, &failing, &failing_since,
	                               &error)) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	/* A running payment plan replaces the ladder: the next step is its reminder. */
	g_autoptr(DmPlan) plan = inv->plan_id ? dm_ledger_plan_get(ledger, inv->plan_id, &error)
	                                      : NULL;
	if (error) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	inv->plan = plan;
	DmNextStep next;
	GDate today = dm_clock_date(now);
	next_step(config, &today, inv, &reminders, &next);

	if (json) {
		g_autoptr(JsonBuilder) b = json_builder_new();
		json_builder_begin_object(b);
		json_builder_set_member_name(b, "invoice");
		invoice_json(b, config, &today, inv, &reminders, failing_since);
		json_builder_set_member_name(b, "next");
		next_json(b, &next);
		json_builder_set_member_name(b, "events");
		json_builder_begin_array(b);
		for (guint i = 0; i < events->len; i++) {
			DmEvent *ev = g_ptr_array_index(events, i);
			json_builder_begin_object(b);
			dm_cli_json_string(b, "at", ev->at);
			dm_cli_json_string(b, "kind", dm_event_kind_name(ev->kind));
			dm_cli_json_string(b, "detail", ev->detail);
			json_builder_end_object(b);
		}
		json_builder_end_array(b);
		json_builder_set_member_name(b, "outbox");
		json_builder_begin_array(b);
		for (guint i = 0; i < outbox->len; i++) {
			DmOutboxItem *it = g_ptr_array_index(outbox, i);
			json_builder_begin_object(b);
			json_builder_set_member_name(b, "step");
			json_builder_add_int_value(b, it->step);
			dm_cli_json_string(b, "state", dm_outbox_state_name(it->state));
			dm_cli_json_string(b, "message_id", it->message_id);
			dm_cli_json_string(b, "subject", it->subject);
			dm_cli_json_string(b, "sent_at", it->sent_at);
			dm_cli_json_string(b, "queue_id", it->queue_id);
			json_builder_end_object(b);
		}
		json_builder_end_array(b);
		json_builder_end_object(b);
		dm_cli_print_json(json_builder_get_root(b));
		return DM_EXIT_OK;
	}

	g_autofree char *amount = inv->has_amount
		? dm_money_format(inv->amount_cents, inv->currency, config->language) : g_strdup("(unknown)");
	g_autofree char *issued = dm_date_iso(&inv->issue_date);
	g_autofree char *due = dm_date_iso(&inv->due_date);
	g_autofree char *st = status_text(inv);
	g_autofree char *subject = dm_sanitize(inv->subject, 120);
	g_autofree char *number = dm_sanitize(inv->number, 80);
	printf("Invoice %s\n  debtor     %s\n  amount     %s\n  issued     %s\n  due        %s\n"
	       "  status     %s\n  subject    %s\n  message    %s\n  read from  %s\n",
	       number, inv->debtor_email, amount, issued ? issued : "?", due, st, subject,
	       inv->message_id, inv->source ? inv->source : "?");
	print_facts(inv, config);
	if (inv->has_amount && (inv->paid_cents || inv->credited_cents)) {
		g_autofree char *open = dm_money_format(dm_invoice_open_cents(inv),
		                                        inv->currency, config->language);
		printf("  open       %s (after part payments and credit notes)\n", open);
	}
	/* When the send window lets it go, as the forecast says it. */
	if (next.outcome == DM_NEXT_SCHEDULED) {
		DmSendWindow window = dm_send_window_from_config(config);
		GDateTime *release = dm_next_step_release(&next, &window, now);
		g_clear_pointer(&release, g_date_time_unref);
	}
	g_autofree char *next_text = dm_next_step_text(&next);
	printf("  ladder     %s\n", next.ladder->name);
	if (failing)
		printf("  next       nothing: %s fails since %s (a proven hard bounce);\n"
		       "             `dunmail address %s --ok` when it takes mail again\n",
		       inv->debtor_email, failing_since, inv->debtor_email);
	else
		printf("  next       %s\n", next_text);
	printf("\nTimeline\n");
	for (guint i = 0; i < events->len; i++) {
		DmEvent *ev = g_ptr_array_index(events, i);
		g_autofree char *detail = dm_sanitize(ev->detail, 300);
		g_autofree char *at = dm_clock_local_text(ev->at, config->tz);
		printf("  %s  %-17s %s\n", at, dm_event_kind_name(ev->kind), detail);
	}
	if (outbox->len)
		printf("\nOutbox\n");
	for (guint i = 0; i < outbox->len; i++) {
		DmOutboxItem *it = g_ptr_array_index(outbox, i);
		g_autofree char *at = it->sent_at ? dm_clock_local_text(it->sent_at, config->tz) : NULL;
		printf("  step %d  %-9s %s  queue id %s  %s\n", it->step, dm_outbox_state_name(it->state),
		       at ? at : "-", it->queue_id ? it->queue_id : "-", it->message_id);
	}
	if (replies->len)
		printf("\nReplies\n");
	for (guint i = 0; i < replies->len; i++) {
		DmReplyRow *r = g_ptr_array_index(replies, i);
		g_autofree char *text = dm_sanitize_oneline(r->reply_text, 200);
		g_autofree char *at = dm_clock_local_text(r->received_at, config->tz);
		g_autofree char *rid = dm_reply_short_id(r->id);
		printf("  %s  %s %s: %s (%.2f)%s%s\n    \"%s\"\n", at, rid, r->from_addr,
		       dm_reply_class_name(r->klass),
		       r->confidence, r->authenticated ? ", verified" : ", NOT verified",
		       r->owner_decided ? ", reclassified by you" : r->applied ? ", applied"
		       : r->needs_review ? ", waiting for you" : ", not applied",
		       text);
		if (r->note)
			printf("    %s\n", r->note);
		if (r->owner_decided) {
			g_autofree char *day = dm_date_iso(&r->owner_date);
			printf("    you: %s%s%s\n", dm_reply_class_name(r->owner_class),
			       day ? " " : "", day ? day : "");
		}
	}
	return DM_EXIT_OK;
}

/* The replies, one at a time as the ledger pages through them (as the invoices). */
typedef struct {
	const DmConfig *config;
	gboolean json;              /* FALSE: the text lines */
	JsonGenerator *gen;         /* json: prints one reply's object */
	guint n;
} ReplyListing;

static void
reply_json(JsonBuilder *b, const DmReplyRow *r)
{
	g_autofree char *rid = dm_reply_short_id(r->id);
	json_builder_begin_object(b);
	dm_cli_json_string(b, "id", rid);
	dm_cli_json_string(b, "invoice", r->invoice_number);
	dm_cli_json_string(b, "from", r->from_addr);
	dm_cli_json_string(b, "subject", r->subject);
	dm_cli_json_string(b, "kind", r->kind);
	dm_cli_json_string(b, "class", dm_reply_class_name(r->klass));
	json_builder_set_member_name(b, "confidence");
	json_builder_add_double_value(b, r->confidence);
	dm_cli_json_date(b, "date", &r->stated_date);
	dm_cli_json_string(b, "reply_text", r->reply_text);
	json_bool(b, "authenticated", r->authenticated);
	json_bool(b, "applied", r->applied);
	json_bool(b, "needs_review", r->needs_review);
	dm_cli_json_string(b, "note", r->note);
	dm_cli_json_string(b, "received_at", r->received_at);
	dm_cli_json_string(b, "owner_class",
	                   r->owner_decided ? dm_reply_class_name(r->owner_class) : NULL);
	dm_cli_json_date(b, "owner_date", &r->owner_date);
	json_builder_end_object(b);
}

static gboolean
list_reply(const DmReplyRow *r, gpointer user, GError **error)
{
	ReplyListing *l = user;
	if (l->json) {
		g_autoptr(JsonBuilder) b = json_builder_new();
		json_builder_begin_array(b);
		reply_json(b, r);
		json_builder_end_array(b);
		print_json_element(l->gen, b, l->n++);
		return TRUE;
	}
	l->n++;
	g_autofree char *text = dm_sanitize_oneline(r->reply_text, 100);
	g_autofree char *at = dm_clock_local_text(r->received_at, l->config->tz);
	g_autofree char *rid = dm_reply_short_id(r->id);
	printf("%-6s %s  %-30s %-12s %-14s %.2f %s %s\n    \"%s\"\n", rid, at, r->from_addr,
	       r->invoice_number ? r->invoice_number : "-", dm_reply_class_name(r->klass),
	       r->confidence, r->authenticated ? "verified" : "unverified",
	       r->owner_decided ? "reclassified" : r->applied ? "applied"
	       : r->needs_review ? "waiting" : "not-applied", text);
	return TRUE;
}

int
dm_cli_replies(DmCliGlobal *global, int argc, char **argv)
{
	gboolean json = FALSE;
	if (!dm_cli_list_options(global, &argc, &argv,
	        "List the replies dunmail received: who, about which invoice, how it was read,\n"
	        "whether the sender was verified and whether it changed the dunning.",
	        "Each reply has a short id (R12) for 'dunmail reclassify'; \"waiting\" marks a\n"
	        "reply that holds its invoice until you decide, \"reclassified\" one you corrected\n"
	        "(the class column keeps how dunmail read it; JSON's owner_class is yours).\n\n"
	        "JSON: an array of {\"id\", \"invoice\", \"from\", \"subject\", \"kind\", \"class\",\n"
	        "\"confidence\", \"date\", \"reply_text\", \"authenticated\", \"applied\",\n"
	        "\"needs_review\", \"note\", \"received_at\", \"owner_class\", \"owner_date\"}", &json))
		return DM_EXIT_USAGE;
	g_autoptr(DmConfig) config = NULL;
	g_autoptr(DmLedger) ledger = NULL;
	int rc = dm_cli_open(global, argc, argv, FALSE, &config, &ledger);
	if (rc != DM_EXIT_OK)
		return rc;
	g_autoptr(GError) error = NULL;
	g_autoptr(JsonGenerator) gen = json_generator_new();
	json_generator_set_pretty(gen, TRUE);
	ReplyListing listing = { .config = config, .json = json, .gen = gen };
	gboolean ok = dm_ledger_replies_foreach(ledger, list_reply, &listing, &error);
	if (json && (ok || listing.n))
		end_json_array(listing.n);
	if (!ok) {
		fprintf(stderr, "dunmail: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	return listing.n ? DM_EXIT_OK : DM_EXIT_NOTHING;
}
