/* test-reply-care: replies about who pays (care.c and the rules of rules_care.h; written
 * with train-care.jsonl).  The sentences are fresh, none from a corpus file.  Each rule is
 * a table of sentences that must fire it and near misses that must not.
 *
 * /reply/care/waits-on-payer: a payment tied to an insurer's, a fund's, a grant's or an
 *   allowance's money still to come (care_waits_on_payer); not a wage, nor the writer's
 *   own day beside that money, nor an insurer named without a wait.
 * /reply/care/patience: patience asked (arrangement_patience); not the thanks for it.
 * /reply/care/debt-help: a debt counsellor or budget guide (arrangement_debt_help); not a
 *   court scheme's words, nor "advice" of another kind.
 * /reply/care/debt-scheme: a court debt scheme (dispute_debt_scheme); not one avoided.
 * /reply/care/ap-status: an AP status alone (other_ap_status); not approved, scheduled or
 *   rejected.
 * /reply/care/day-asked: a payment day asked for (arrangement_day_asked); not a payment
 *   method asked with a day, nor a day stated.
 * /reply/care/passes-on: the reminder passed on to someone else (care.c, passes_on_re);
 *   not a payment or a promise.
 * /reply/care/acts-alone: a promise that waits on the payer, read from an AP status alone
 *   or from a reply that passes the reminder on, and an "other" in which a rule reads a
 *   payment, never act alone; their near misses (the writer's own day, an approval with
 *   the next payment run, news alone) do. */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-care.h"
#include "parser/reply/dm-reply-classify.h"

#include <string.h>

static gboolean
fires(const char *text, const char *rule)
{
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	dm_reply_rule_hits(text, names);
	for (guint i = 0; i < names->len; i++)
		if (strcmp(g_ptr_array_index(names, i), rule) == 0)
			return TRUE;
	return FALSE;
}


static void
check(const char *rule, const char *const *yes, const char *const *no)
{
	for (gsize i = 0; yes[i]; i++)
		if (!fires(yes[i], rule))
			g_error("%s does not fire on \"%s\"", rule, yes[i]);
	for (gsize i = 0; no[i]; i++)
		if (fires(no[i], rule))
			g_error("%s fires on \"%s\"", rule, no[i]);
}

static void
test_waits_on_payer(void)
{
	static const char *const yes[] = {
		"Ik maak het over zodra de zorgverzekeraar heeft uitgekeerd.",
		"Betalen doe ik als de vergoeding van het fonds binnen is.",
		"We'll settle up once the insurance pays out.",
		"As soon as they reimburse me you'll have it.",
		"Ich überweise, sobald die Beihilfe gezahlt hat.",
		"Wir warten noch auf den Zuschuss der Gemeinde.",
		"Still waiting on the grant, then it's yours.",
		"Zodra het kindgebonden budget binnen is, maak ik het over.",
		/* the payers dm-reply-payer.h shares with the dates: a municipality, DUO, "they'll" */
		"Begin volgende maand, als de premie van de gemeente binnen is.",
		"Zodra DUO heeft gestort, betaal ik.",
		"When they'll pay out, I pay you.",
		NULL,
	};
	static const char *const no[] = {
		"Ik betaal zodra mijn salaris binnen is.",
		"I'll pay when I get my wages on Friday.",
		"De toeslag komt de 24e. Die dag maak ik het over.",
		"Mijn verzekering heeft het al vergoed, ik betaal vandaag.",
		"Ich zahle am Montag.",
		/* "die" and "sie" are the writer's own invoice; "my budget" the writer's money */
		"Ich werde bis zum 15.12.2026 die Rechnung bezahlen.",
		"Ich werde sie bis zum 15.12.2026 überweisen.",
		"I will pay the invoice on 15 December when my budget allows.",
		/* the council and the till are no payer's money here (the dates take them only
		 * before a paying verb) */
		"It's been tight after we lost the council contract; I'll pay on the 3rd.",
		"Sobald ich wieder bei Kasse bin, überweise ich.",
		NULL,
	};
	check("care_waits_on_payer", yes, no);
	g_assert_true(dm_reply_text_waits_on_payer("I pay you when they pay me, the insurer I mean."));
	g_assert_false(dm_reply_text_waits_on_payer("I pay you on the 3rd."));
}

static void
test_patience(void)
{
	static const char *const yes[] = {
		"Mag ik u vragen nog wat geduld te hebben?",
		"Could you bear with us for a few more weeks?",
		"Please be a little patient with me.",
		"Können Sie bis dahin warten?",
		"Kunt u tot die tijd wachten?",
		"Ich bitte Sie um noch ein wenig Geduld.",
		NULL,
	};
	static const char *const no[] = {
		"Bedankt voor uw geduld, het is vandaag betaald.",
		"Danke für Ihre Geduld, ich zahle morgen.",
		"Thank you for your patience, paid this morning.",
		"De patiënt is de 14e geholpen.",
		NULL,
	};
	check("arrangement_patience", yes, no);
}

static void
test_debt_help(void)
{
	static const char *const yes[] = {
		"Ik werk bij de schuldhulpverlening van de gemeente.",
		"Hij staat onder beschermingsbewind sinds vorig jaar.",
		"I'm her money adviser at MABS in Tralee.",
		"Die Schuldnerberatung der Caritas betreut Herrn Lenz.",
		"The debt advice charity asked me to write to you.",
		/* near miss of the negation below: another thing denied, the adviser named */
		"We had no choice in the end, the debt advice service is helping us now.",
		NULL,
	};
	static const char *const no[] = {
		"Ik heb advies gevraagd aan mijn boekhouder.",
		"We take advice from our lawyer first.",
		"Die Beratung war sehr gut, danke.",
		/* an adviser the writer needs none of (review24b) */
		"Ik betaal vrijdag, ik heb geen schuldhulp nodig.",
		"No need for debt advice, just a busy month.",
		"I don't need debt help, I'll pay on Friday.",
		"Ich brauche keine Schuldnerberatung, ich zahle am Freitag.",
		NULL,
	};
	check("arrangement_debt_help", yes, no);
}

static void
test_debt_scheme(void)
{
	static const char *const yes[] = {
		"I'm now in a Personal Insolvency Arrangement.",
		"Seit März läuft meine Verbraucherinsolvenz.",
		"Das Privatkonkursverfahren wurde eröffnet.",
		"Sinds mei ben ik toegelaten tot de schuldsanering.",
		NULL,
	};
	static const char *const no[] = {
		"Wir wollen eine Privatinsolvenz unbedingt vermeiden.",
		"I'd like to avoid a debt relief order if I can.",
		"We can arrange a payment plan.",
		NULL,
	};
	check("dispute_debt_scheme", yes, no);
}

static void
test_ap_status(void)
{
	static const char *const yes[] = {
		"De nota ligt ter goedkeuring bij de directeur.",
		"Uw factuur zit in ons betaal-workflow.",
		"Die Rechnung liegt zur Freigabe bei der Schulleitung.",
		"Currently pending approval by the site manager.",
		"It's in the approval queue.",
		NULL,
	};
	static const char *const no[] = {
		"De nota is goedgekeurd en wordt vrijdag betaald.",
		"Approved, payment scheduled for the 20th.",
		"Die Rechnung ist freigegeben.",
		"The invoice was rejected for approval reasons.",
		"Ik wil graag een offerte voor een nieuwe goedkeuring.",
		NULL,
	};
	check("other_ap_status", yes, no);
}

static void
test_day_asked(void)
{
	static const char *const yes[] = {
		"Mag het dinsdag 14 april worden?",
		"Kan ik pas na de 25e betalen?",
		"Could I pay this on the 30th instead?",
		"Wäre es möglich, erst am 12. Mai zu zahlen?",
		"Is it OK if I pay at the end of the month?",
		NULL,
	};
	static const char *const no[] = {
		"Kan ik vrijdag contant betalen?",
		"Can I pay by card on Monday?",
		"Kan ik donderdag langskomen?",
		"Ik betaal dinsdag 14 april.",
		"Kann ich am Freitag bar zahlen?",
		NULL,
	};
	check("arrangement_day_asked", yes, no);
}

static void
test_acts_alone(void)
{
	const DmReplyClass none = DM_REPLY_CLASS_OTHER;
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                   "Ik betaal zodra de verzekeraar heeft uitgekeerd.",
	                                   0.99, 0.9));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                   "Ich zahle, sobald das Kindergeld da ist.", 0.99, 0.9));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                  "Das Kindergeld kommt am 18., am selben Tag zahle ich.",
	                                  0.99, 0.9));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                  "Ik betaal zodra mijn loon binnen is.", 0.99, 0.9));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                   "Die Rechnung liegt beim Amtsleiter zur Freigabe.",
	                                   0.99, 0.9));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                  "Die Rechnung ist freigegeben und geht im nächsten "
	                                  "Zahllauf raus.", 0.99, 0.9));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                   "Ich lege ihm die Rechnung vor, sobald er zurück ist.",
	                                   0.99, 0.9));
	/* An "other" in whose words a rule reads a payment waits for the owner; news alone
	 * does not. */
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_OTHER, none,
	                                   "Is al betaald hoor. Hebben jullie in maart nog plek "
	                                   "voor een nieuwe klus?", 0.99, 0.9));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_OTHER, none,
	                                  "Hebben jullie in maart nog plek voor een nieuwe klus?",
	                                  0.99, 0.9));
}

static void
test_passes_on(void)
{
	static const char *const yes[] = {
		"Ik stuur het door naar zijn vader.",
		"Die geef ik door.",
		"Ik leg het haar voor als ze terug is.",
		"I'll pass it on to Mum tonight.",
		"I've forwarded it to our AP team.",
		"Ich werde ihm Ihre Mahnung nach dem Urlaub vorlegen.",
		"Das leite ich an die Buchhaltung weiter.",
		NULL,
	};
	static const char *const no[] = {
		"Ik betaal het vrijdag.",
		"Voor de 20e maak ik het over.",
		"Ich zahle am Montag, vorher geht es leider nicht.",
		"Paid it forward? No, I paid it on Monday.",
		NULL,
	};
	for (gsize i = 0; yes[i]; i++)
		if (!dm_reply_text_passes_on(yes[i]))
			g_error("\"%s\" is not read as passed on", yes[i]);
	for (gsize i = 0; no[i]; i++)
		if (dm_reply_text_passes_on(no[i]))
			g_error("\"%s\" is read as passed on", no[i]);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/care/waits-on-payer", test_waits_on_payer);
	g_test_add_func("/reply/care/patience", test_patience);
	g_test_add_func("/reply/care/debt-help", test_debt_help);
	g_test_add_func("/reply/care/debt-scheme", test_debt_scheme);
	g_test_add_func("/reply/care/ap-status", test_ap_status);
	g_test_add_func("/reply/care/day-asked", test_day_asked);
	g_test_add_func("/reply/care/passes-on", test_passes_on);
	g_test_add_func("/reply/care/acts-alone", test_acts_alone);
	return g_test_run();
}
