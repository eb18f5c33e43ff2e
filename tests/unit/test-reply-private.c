/* test-reply-private: replies from the private customers of one-person businesses (the
 * rules of rules_private.h and the days of classify_dates.c and holidays.c; written with
 * test-blind27, opened).  The sentences are fresh, none from a corpus file.
 *
 * /reply/private/not-fixed: dispute_not_fixed takes a fault the visit was to mend that is
 *   still there ("the tap is still dripping", "same rattling noise as before", "de
 *   kraan lekt nog steeds", "es tropft immer noch", "der Mangel ist nicht behoben");
 *   near misses: "still" and "nog steeds" of the money, a fault fixed.
 * /reply/private/unfair: dispute_unfair takes paying called unfair ("I don't think it's
 *   fair to pay for", "niet eerlijk dat ik … betaal", "nicht fair, dass ich … zahlen
 *   soll"); near misses: "fair enough", "it's only fair that I pay".
 * /reply/private/on-return: promise_on_return takes the partner who will pay once back
 *   ("hij maakt het over zodra hij thuis is", "she'll pay it when she's back", "er
 *   überweist es, sobald er wieder da ist"), and an "other" read with it is held
 *   (dm_reply_text_names_intent); near misses: a return with no payment ("I'll show it to
 *   him when he's back"), the writer's own return.
 * /reply/private/question-aside: a question asked as an aside after a payment or a promise
 *   ("I'll pay it this week. Quick question, …", "Vraagje:", "Kurze Frage noch:") is
 *   found (dm_reply_text_question_aside, which keeps a question read from it from acting
 *   alone); near misses: the aside opening the text or before the promise ("Quick
 *   question before I pay"), an aside after no payment, one after which the payment
 *   waits on the answer ("won't pay without one"); and a payment said not to wait
 *   ("Either way I'll pay it this week", "hoe dan ook", "so oder so") beside a question
 *   wherever it stands, near misses "either way" in a question or of no payment, or
 *   beside a payment that waits all the same ("in elk geval niet voordat ...").
 * /reply/private/debit-offered: arrangement_debit_offered takes a direct debit offered
 *   ("Mag ik met domiciliëring betalen?", "per Lastschrift einziehen", "take it by
 *   direct debit"); near misses: a debit that came back, one refused.
 * /reply/private/doe-het: promise_doe_het takes "ik doe het morgen", "ik doe da
 *   seffens"; near misses: "dan doe ik het meteen" after a question, "liever niet".
 * /reply/private/days: "after Paddy's Day" is 18 March; "Happy 4th!" names no day;
 *   "I have done the payment just now" is the day sent, "I'll make the payment just now"
 *   none; "Ik kijk het vanavond even na" names an answer's day, none of a payment; a day
 *   denied ("morgen niet, pas vrijdag", "not tomorrow", "morgen klappt nicht") is none;
 *   "transferred the money for the flat just now" and Flemish "daarjuist overgeschreven"
 *   are the day sent, "transferred it on Monday, I can't look just now" Monday
 *   (test-blind28). */
#include "parser/reply/dm-reply-asides.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-features.h"
#include "test-reply-date-cases.h"

static void
assert_rule(const char *rule, const char *const *yes, gsize n_yes, const char *const *no,
            gsize n_no)
{
	for (gsize i = 0; i < n_yes; i++)
		if (!dm_reply_text_hits_rule(yes[i], rule))
			g_error("\"%s\" misses %s", yes[i], rule);
	for (gsize i = 0; i < n_no; i++)
		if (dm_reply_text_hits_rule(no[i], rule))
			g_error("\"%s\" hits %s", no[i], rule);
}

static void
test_not_fixed(void)
{
	static const char *const yes[] = {
		"The tap in the bathroom is still dripping since you left.",
		"The dishwasher makes the same rattling noise as before.",
		"I'm afraid the fault hasn't gone away.",
		"The leak has not been fixed at all.",
		"De kraan lekt nog steeds, precies zoals vorige week.",
		"De afvoer is nog altijd verstopt.",
		"Het probleem is na uw bezoek niet opgelost.",
		"Die Heizung ist immer noch kalt und laut.",
		"Der Wasserhahn tropft nach wie vor.",
		"Der Mangel ist leider nicht behoben.",
	};
	static const char *const no[] = {
		"I still owe you for the last visit, sorry.",
		"Ik heb de factuur nog steeds niet betaald, excuus.",
		"Die Rechnung ist immer noch offen, ich zahle morgen.",
		"The leak is fixed, thanks so much.",
		"Het lek is verholpen, dank je wel.",
	};
	assert_rule("dispute_not_fixed", yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_unfair(void)
{
	static const char *const yes[] = {
		"I don't think it's fair to pay for a visit that changed nothing.",
		"It's not fair to charge us for the second hour.",
		"Ik vind het niet eerlijk dat ik de hele les moet betalen.",
		"Ich finde es nicht fair, dass ich die Anfahrt zahlen soll.",
		"That seems unfair to me.",
	};
	static const char *const no[] = {
		"Fair enough, I'll pay on Friday.",
		"It's only fair that I pay it now.",
		"Eerlijk gezegd was ik het vergeten, ik betaal vanavond.",
	};
	assert_rule("dispute_unfair", yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_on_return(void)
{
	static const char *const yes[] = {
		"Mijn vrouw doet de bankzaken, ze maakt het over zodra ze thuis is.",
		"Hij regelt het meteen als hij terug is.",
		"My husband does the bills, he'll pay it when he's back from Leeds.",
		"Once she's home she'll sort it.",
		"Mein Mann macht das, er überweist es, sobald er wieder da ist.",
	};
	static const char *const no[] = {
		"I'll show it to him when he's back.",
		"Ik laat het hem zien als hij terug is.",
		"I'll pay it when I'm back from holiday.",
		"Ich zahle, wenn ich zurück bin.",
	};
	assert_rule("promise_on_return", yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
	/* An "other" read with it waits for the owner (reply.c, dm_reply_acts_alone). */
	g_assert_true(dm_reply_text_names_intent("Mijn man is tot zaterdag weg. Hij regelt het "
	                                         "meteen als hij terug is."));
}

static void
test_question_aside(void)
{
	static const char *const yes[] = {
		"Hi Tom, I'll pay it this week, sorry! Quick question, is it still the same account?",
		"Ik betaal hem vrijdag. Vraagje: staan de kilometers er ook op?",
		"Ich zahle am Montag. Kurze Frage noch: ist die Anfahrt dabei?",
		"Paid it last night. One more thing, could you send a receipt for the insurer?",
		/* A payment said not to wait on the answer, wherever the question stands
		 * (test-blind28). */
		"Could you tell me what the second line is for? Either way I'll pay it this week.",
		"Welke les is dit precies? Ik betaal hem hoe dan ook vrijdag.",
		"Is de btw goed zo? In elk geval maak ik het morgen over.",
		"Ist die Anfahrt dabei? Ich zahle so oder so am Montag.",
		"Could you tell me what the second line is for? Either way I'll pay it before "
		"Friday.",
		"Is de btw goed zo? Ik betaal hoe dan ook voor ik op vakantie ga.",
	};
	static const char *const no[] = {
		"Quick question before I pay: is the VAT included? Then I'll pay Friday.",
		"Hoi Lies,\nVraagje: is dit de factuur van maart? Dan betaal ik hem morgen.",
		"Thanks for the lesson. Quick question, is Sam's next lesson on Tuesday?",
		/* The payment waits on the answer: the question is the point. */
		"We'll get it paid. Quick question: can you send your tax form? Our office won't "
		"pay without one.",
		/* "Either way" asked, or of no payment. */
		"Either way, can I pay it by card?",
		"Either way is fine with me. Is the VAT included?",
		"Hoe dan ook, kunt u de factuur opnieuw sturen?",
		/* The wave word beside a payment that waits on the answer after all: the
		 * question is the point (review30b). */
		"Ik betaal in elk geval niet voordat ik weet waarvoor dit is. Waar is deze factuur "
		"voor?",
		"Regardless of what you say, I won't pay until I see the contract. What is this "
		"charge for?",
		"Ich zahle jedenfalls nicht, bevor ich wei\xc3\x9f, wof\xc3\xbcr das ist. Wof\xc3\xbcr "
		"ist diese Rechnung?",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(yes); i++)
		if (!dm_reply_text_question_aside(yes[i]))
			g_error("\"%s\" not found an aside question", yes[i]);
	for (gsize i = 0; i < G_N_ELEMENTS(no); i++)
		if (dm_reply_text_question_aside(no[i]))
			g_error("\"%s\" found an aside question", no[i]);
}

static void
test_debit_offered(void)
{
	static const char *const yes[] = {
		"Mag ik de zwemlessen met domiciliëring betalen?",
		"U mag het bedrag gerust via automatische incasso afschrijven.",
		"Sie können die Stunden gerne per Lastschrift einziehen.",
		"You're welcome to take it by direct debit from the 1st.",
	};
	static const char *const no[] = {
		"De incasso is gestorneerd door mijn bank.",
		"Die Lastschrift ist leider zurückgegangen.",
		"Please do not take it by direct debit.",
		/* A debit already taken, asked about: no arrangement offered (review29b). */
		"De incasso is vorige week al afgeschreven, kunt u dat even checken?",
		"Het bedrag is al via automatische incasso afgeschreven, kunt u kijken?",
		"Der Betrag wurde doch schon per Lastschrift abgebucht, können Sie das prüfen?",
		"The direct debit should have taken it on the 1st, can you check?",
	};
	assert_rule("arrangement_debit_offered", yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_doe_het(void)
{
	static const char *const yes[] = {
		"Oei, vergeten! Ik doe het vanavond nog.",
		"ik doe da seffens via Bancontact",
		"We doen het vrijdag, beloofd.",
	};
	static const char *const no[] = {
		"Op welk nummer moet het? Dan doe ik het meteen.",
		"Ik doe het liever niet via Tikkie.",
		/* The day denied, not promised: "morgen niet, pas vrijdag" (review29b). */
		"Ik doe het morgen niet, pas vrijdag.",
		"We doen het deze week nog niet, pas na de 15e.",
		"Ik doe het morgen niet meer, mijn vrouw betaalt.",
	};
	assert_rule("promise_doe_het", yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

/* 2026-03-09 is a Monday. */
static void
test_days(void)
{
	static const DateCase c[] = {
		{ "2026-03-09", FALSE, "I'll have it to you after Paddy's Day.", "2026-03-18" },
		{ "2026-03-09", FALSE, "I'll pay after Patrick's Day, promise.", "2026-03-18" },
		/* After a December reminder, next year's (review29b). */
		{ "2026-12-07", FALSE, "I'll have it to you after Paddy's Day.", "2027-03-18" },
		{ "2026-12-07", TRUE, "Happy 4th! Paid it this morning.", "2026-12-07" },
		/* A holiday wished is no day of the reply (review29b). */
		{ "2026-07-03", TRUE, "Fijne Koningsdag! Heb het vanochtend betaald.", "2026-07-03" },
		{ "2026-03-16", TRUE, "Happy St. Patrick's Day! Paid it this morning.", "2026-03-16" },
		{ "2026-03-16", FALSE, "I'll pay it after St. Patrick's Day.", "2026-03-18" },
		/* A day denied is no payment's day (review29b); 2026-12-07 is a Monday. */
		{ "2026-12-07", FALSE, "Ik doe het morgen niet, pas vrijdag.", "2026-12-11" },
		{ "2026-12-07", FALSE, "Morgen lukt niet, ik doe het vrijdag.", "2026-12-11" },
		{ "2026-12-07", FALSE, "Ik betaal niet morgen maar vrijdag.", "2026-12-11" },
		{ "2026-12-07", FALSE, "Not tomorrow, sorry, I'll pay Friday.", "2026-12-11" },
		{ "2026-12-07", FALSE, "Tomorrow won't work, I'll pay it Friday.", "2026-12-11" },
		{ "2026-12-07", FALSE, "Morgen klappt nicht, ich zahle am Freitag.", "2026-12-11" },
		{ "2026-12-07", FALSE, "Ich zahle nicht am Mittwoch, sondern am Freitag.", "2026-12-11" },
		/* ... near misses: the negation is another verb's, or of another day. */
		{ "2026-12-07", FALSE, "Ik vergeet het morgen niet, beloofd.", "2026-12-08" },
		{ "2026-12-07", FALSE, "Ich vergesse es morgen nicht, versprochen.", "2026-12-08" },
		{ "2026-12-07", FALSE, "I'll pay tomorrow if not today.", "2026-12-08" },
		{ "2026-12-07", FALSE, "Ik betaal morgen, niet vergeten hoor.", "2026-12-08" },
		{ "2026-06-26", FALSE, "I'll pay it Monday. Happy 4th!", "2026-06-29" },
		{ "2026-08-17", TRUE, "I have done the payment just now.", "2026-08-17" },
		/* A paying clause's "just now" with words between, Flemish "daarjuist"
		 * (test-blind28); 2026-06-16 is a Tuesday. */
		{ "2026-06-16", TRUE, "I have transferred the money for the flat just now.", "2026-06-16" },
		{ "2026-06-16", TRUE, "I transferred it on Monday, I can't look just now.", "2026-06-15" },
		{ "2026-08-26", TRUE, "Ik heb het daarjuist overgeschreven.", "2026-08-26" },
		{ "2026-08-17", TRUE, "We made the transfer just now, please confirm.", "2026-08-17" },
		/* A South African's "just now" of a payment to come: some time later. */
		{ "2026-08-17", FALSE, "I'll make the payment just now.", NULL },
		/* A check promised for tonight: an answer's day. */
		{ "2026-11-23", FALSE, "Ik kijk het vanavond even na, kom erop terug.", NULL },
		{ "2026-11-23", FALSE, "Das schaue ich morgen nach.", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/private/not-fixed", test_not_fixed);
	g_test_add_func("/reply/private/unfair", test_unfair);
	g_test_add_func("/reply/private/on-return", test_on_return);
	g_test_add_func("/reply/private/question-aside", test_question_aside);
	g_test_add_func("/reply/private/debit-offered", test_debit_offered);
	g_test_add_func("/reply/private/doe-het", test_doe_het);
	g_test_add_func("/reply/private/days", test_days);
	return g_test_run();
}
