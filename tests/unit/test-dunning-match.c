/* test-dunning-match: dm_match_decide, the pure rules of matching a message to an invoice,
 * one row per situation over a fixed set of invoices (no ledger involved). */
#include <string.h>

#include "dunning/engine/dm-match.h"

/* Debtor klant@debtor.example has 2026-0042 (open), 2026-0043 (open) and 2026-0040
 * (paid); solo@other.example has 2026-0050 (open). */
typedef struct {
	gint64 id;
	const char *number;
	const char *debtor;
	DmInvoiceStatus status;
} Row;

static const Row rows[] = {
	{ 42, "2026-0042", "klant@debtor.example", DM_INVOICE_STATUS_OPEN },
	{ 43, "2026-0043", "klant@debtor.example", DM_INVOICE_STATUS_OPEN },
	{ 40, "2026-0040", "klant@debtor.example", DM_INVOICE_STATUS_PAID },
	{ 50, "2026-0050", "solo@other.example", DM_INVOICE_STATUS_OPEN },
};

typedef struct {
	const char *name;
	gint64 thread;              /* the invoice the thread names, 0 for none */
	const char *who;            /* NULL: no sender */
	const char *subject;
	const char *text;
	gint64 expect;
	const char *expect_how;
} Case;

static const Case cases[] = {
	{ "thread", 42, "klant@debtor.example", "Re: Factuur", "Klopt niet.", 42, "thread" },
	{ "thread-names-itself", 42, "klant@debtor.example", "Re: 2026-0042", "en 2026-0043", 42,
	  "thread" },
	{ "thread-of-another", 42, "klant@debtor.example", "Re: Factuur", "2026-0043 klopt niet",
	  43, "number (in the thread of another invoice)" },
	{ "thread-names-two-others", 42, "klant@debtor.example", "", "2026-0043 en 2026-0040", 42,
	  "thread" },
	{ "number", 0, "klant@debtor.example", "Vraag over 2026-0043", "", 43, "number" },
	{ "number-whole-token-only", 0, "klant@debtor.example", "", "2026-00431", 0,
	  "sender has several unpaid invoices" },
	{ "sender-one-unpaid", 0, "solo@other.example", "Vraag", "Wanneer?", 50, "sender" },
	{ "sender-unknown", 0, "nobody@else.example", "Vraag", "", 0, "sender has no invoices" },
	{ "no-sender", 0, NULL, "Vraag", "", 0, "no sender address" },
};

/* (transfer full) of DmInvoice*: the rows of @debtor. */
static GPtrArray *
invoices_of(const char *debtor)
{
	GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify) dm_invoice_free);
	for (gsize i = 0; debtor && i < G_N_ELEMENTS(rows); i++) {
		if (strcmp(rows[i].debtor, debtor) != 0)
			continue;
		DmInvoice *inv = dm_invoice_new();
		inv->id = rows[i].id;
		inv->number = g_strdup(rows[i].number);
		inv->debtor_email = g_strdup(rows[i].debtor);
		inv->status = rows[i].status;
		g_ptr_array_add(out, inv);
	}
	return out;
}

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autoptr(GPtrArray) thread_debtor = invoices_of(c->thread ? "klant@debtor.example" : NULL);
	g_autoptr(GPtrArray) theirs = invoices_of(c->who);
	const DmInvoice *in_thread = NULL;
	for (guint i = 0; i < thread_debtor->len; i++)
		if (((DmInvoice *) thread_debtor->pdata[i])->id == c->thread)
			in_thread = thread_debtor->pdata[i];
	DmMatchFacts facts = {
		.subject = c->subject, .text = c->text,
		.thread_invoice = in_thread, .thread_debtor_invoices = thread_debtor,
		.who = c->who, .who_invoices = theirs,
	};
	const char *how = NULL;
	g_assert_cmpint(dm_match_decide(&facts, &how), ==, c->expect);
	g_assert_cmpstr(how, ==, c->expect_how);
}

/* A bounce speaks of its failed recipient, not of the mailer daemon that sent it. */
static void
test_who(void)
{
	DmReplyAnalysis bounce = { .kind = DM_REPLY_KIND_BOUNCE,
	                           .bounced_recipient = (char *) "klant@debtor.example" };
	DmReplyAnalysis reply = { .kind = DM_REPLY_KIND_REPLY };
	g_assert_cmpstr(dm_match_who("mailer-daemon@mx.example", &bounce), ==, "klant@debtor.example");
	g_assert_cmpstr(dm_match_who("klant@debtor.example", &reply), ==, "klant@debtor.example");
	g_assert_null(dm_match_who(NULL, &reply));
}

typedef struct {
	const char *name;
	const char *from, *debtor;
	gboolean expect;
} SpeaksCase;

/* Who speaks for the debtor: the debtor, a colleague at the debtor's own domain; not a
 * stranger who merely shares a free-mail or provider domain with the debtor. */
static const SpeaksCase speaks_cases[] = {
	{ "the debtor", "klant@debtor.example", "klant@debtor.example", TRUE },
	{ "the debtor, other case", "Klant@Debtor.Example", "klant@debtor.example", TRUE },
	{ "a colleague", "boekhouding@debtor.example", "klant@debtor.example", TRUE },
	{ "another company", "info@other.example", "klant@debtor.example", FALSE },
	{ "a stranger at gmail", "someone@gmail.com", "klant@gmail.com", FALSE },
	{ "the debtor at gmail", "klant@gmail.com", "klant@gmail.com", TRUE },
	{ "a stranger at hotmail.nl", "x@hotmail.nl", "klant@hotmail.nl", FALSE },
	{ "a stranger at ziggo", "buurman@ziggo.nl", "klant@ziggo.nl", FALSE },
	{ "a stranger at web.de", "nachbar@web.de", "kunde@web.de", FALSE },
	{ "a look-alike domain is no colleague", "x@debtor.example.evil", "klant@debtor.example",
	  FALSE },
	{ "no sender", NULL, "klant@debtor.example", FALSE },
};

static void
test_speaks(void)
{
	const char *lines[] = { "gmail.com", "hotmail.*", "ziggo.nl", "web.de", NULL };
	g_autoptr(DmDomainSet) shared = dm_domain_set_from_lines(lines, NULL);
	DmReplyAnalysis reply = { .kind = DM_REPLY_KIND_REPLY };
	for (gsize i = 0; i < G_N_ELEMENTS(speaks_cases); i++) {
		const SpeaksCase *c = &speaks_cases[i];
		if (dm_match_speaks_for_debtor(c->from, c->debtor, &reply, shared) != c->expect)
			g_test_fail_printf("%s: %s for %s should be %d", c->name, c->from, c->debtor,
			                   c->expect);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *p = g_strconcat("/match/", cases[i].name, NULL);
		g_test_add_data_func(p, &cases[i], test_case);
	}
	g_test_add_func("/match/who", test_who);
	g_test_add_func("/match/speaks-for-debtor", test_speaks);
	return g_test_run();
}
