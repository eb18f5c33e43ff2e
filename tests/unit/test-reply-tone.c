/* test-reply-tone: the rules for replies that say it obliquely, hedge or mock
 * (classify_rules.c, "tone"; written with train-tone.jsonl), each on sentences it is for
 * and on the near misses it must leave alone.  The sentences are fresh, none from a
 * corpus file.
 *
 * /reply/tone/as-if: money spoken of as arrived (paid_as_if): "you should have it by
 *   now", "dat zou al binnen moeten zijn", "müsste längst bei Ihnen sein"; not a promise
 *   of when it will arrive, nor a debt that should have been paid.
 * /reply/tone/oblique: a payment said by the account or the door it went out of
 *   (paid_oblique, paid_de); not one still to go.
 * /reply/tone/neg-paid-de: "noch nicht überwiesen", "bisher nicht bezahlt", "wird …
 *   bezahlt" cancel the German paid rules (neg_paid_de); "schon überwiesen" does not.
 * /reply/tone/not-disputing: "I'm not disputing it", "ik betwist niks", "ich bestreite
 *   die Rechnung nicht" cancel the dispute rules of the sentence
 *   (neg_dispute_not_disputing), unless it goes on to say what is wrong ("maar het klopt
 *   niet"); "we dispute" still disputes.
 * /reply/tone/question-not-disputing: not disputing, but asking (question_not_disputing);
 *   not a plain "I'm not disputing it" with nothing asked.
 * /reply/tone/ironic: a mocking "of course I'll pay" (tone_ironic, dispute_ironic) is no
 *   promise (neg_promise_ironic); a plain "natuurlijk betaal ik vrijdag", "na klar,
 *   überweise ich morgen" is.
 * /reply/tone/acts-alone: a promise read from a mocking text never acts alone
 *   (dm_reply_text_ironic in dm_reply_acts_alone), however sure; a plain one does, and so
 *   does a payment with an annoyed eye-roll. */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-tone.h"

#include <string.h>

static gboolean
hits(const char *text, const char *rule)
{
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	dm_reply_rule_hits(text, names);
	for (guint i = 0; i < names->len; i++)
		if (strcmp(names->pdata[i], rule) == 0)
			return TRUE;
	return FALSE;
}

/* Whether any rule whose name starts with @prefix hit @text. */
static gboolean
hits_prefix(const char *text, const char *prefix)
{
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	dm_reply_rule_hits(text, names);
	for (guint i = 0; i < names->len; i++)
		if (g_str_has_prefix(names->pdata[i], prefix))
			return TRUE;
	return FALSE;
}

/* Each of @yes hits @rule, none of @no does. */
static void
check(const char *rule, const char *const *yes, gsize n_yes, const char *const *no, gsize n_no)
{
	for (gsize i = 0; i < n_yes; i++)
		if (!hits(yes[i], rule))
			g_error("\"%s\" does not hit %s", yes[i], rule);
	for (gsize i = 0; i < n_no; i++)
		if (hits(no[i], rule))
			g_error("\"%s\" hits %s", no[i], rule);
}

static const char *const as_if[] = {
	"Honestly you should have it by now, it went from our side on the 3rd.",
	"You ought to have received it already.",
	"It should have landed in your account days ago.",
	"That must have cleared, my bank shows it as complete.",
	"It should be with you by now.",
	"I would have thought it had gone through last week.",
	"Het zou al lang bij jullie binnen moeten zijn.",
	"Dat moet inmiddels toch wel zijn toegekomen.",
	"Jullie zouden het nu wel moeten hebben ontvangen.",
	"Das müsste längst bei Ihnen eingegangen sein.",
	"Sie sollten den Betrag mittlerweile erhalten haben.",
};

static void
test_as_if(void)
{
	static const char *const no[] = {
		"You should have it by Friday.",
		"You'll have it next week.",
		"It should have been paid a month ago, I know, sorry.",
		"Het moet nog binnenkomen bij mij, dan betaal ik.",
		"Ik moet al die rekeningen nog betalen.",
		"Sie sollten das Geld bis Freitag haben.",
		"Das müsste eigentlich jemand anders zahlen.",
	};
	check("paid_as_if", as_if, G_N_ELEMENTS(as_if), no, G_N_ELEMENTS(no));
}

static void
test_oblique(void)
{
	static const char *const yes[] = {
		"It came off my account on Monday.",
		"Went out yesterday by BACS.",
		"The cheque cleared on the 4th.",
		"All handled on our end.",
		"Het bedrag is al van mijn rekening af.",
		"Volgens mijn bank is het eraf.",
		"Vorige week de deur uit gedaan.",
		"Ik heb dat direct overgeschreven.",
		"Dat is toch al lang in orde?",
		"Ist gestern raus.",
		"Das Geld ist doch schon seit Montag bei Ihnen.",
	};
	static const char *const no[] = {
		"It will come off my account on Monday.",
		"The payment goes out on Friday.",
		"I'll send it over tomorrow.",
		"Het gaat morgen de deur uit.",
		"Het wordt volgende week overgeschreven? Of liever contant?",
		"Ich bin ab Montag wieder bei Ihnen im Büro.",
	};
	check("paid_oblique", yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
	static const char *const de_yes[] = {
		"Is eh scho überwiesen.",
		"Wir haben die Rechnung letzte Woche beglichen.",
		"Hab ich am Montag bezahlt.",
	};
	static const char *const de_no[] = {
		"Ist das schon überwiesen?",
		"Die Rechnung wird am Freitag bezahlt.",
		"Das habe ich noch nicht überwiesen.",
		"Ihre Rechnung wurde zur Zahlung angewiesen und ist im nächsten Zahlungslauf.",
	};
	check("paid_de", de_yes, G_N_ELEMENTS(de_yes), de_no, G_N_ELEMENTS(de_no));
}

static void
test_neg_paid_de(void)
{
	static const char *const denied[] = {
		"Noch nicht überwiesen, sorry.",
		"Wir haben es bisher nicht bezahlt, weil die Rechnung fehlte.",
		"Überwiesen habe ich noch nicht.",
		"Bezahlt ist sie nicht.",
		"Die Rechnung wird nächste Woche überwiesen.",
		"Isch no nöd zahlt.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(denied); i++)
		if (hits_prefix(denied[i], "paid_"))
			g_error("\"%s\" still reads as paid", denied[i]);
	static const char *const paid[] = {
		"Ist schon überwiesen.",
		"Gestern überwiesen.",
		"Wir haben den Betrag bereits beglichen.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(paid); i++)
		if (!hits_prefix(paid[i], "paid_"))
			g_error("\"%s\" no longer reads as paid", paid[i]);
}

static void
test_not_disputing(void)
{
	/* Each hit a dispute rule before its denial was read. */
	static const char *const cancelled[] = {
		"We're not contesting the amount, we just can't pay it all now.",
		"Ik betwist de factuur niet.",
		"Ik zeg niet dat het niet klopt.",
		"Ik betwist niks, ik snap alleen niet waar die kosten voor zijn.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cancelled); i++)
		if (hits_prefix(cancelled[i], "dispute_"))
			g_error("\"%s\" still reads as a dispute", cancelled[i]);
	static const char *const disputes[] = {
		"We dispute this invoice.",
		"I'm not disputing the work, but this is an incorrect invoice.",
		"Ik betwist het werk niet, maar het bedrag is fout.",
		"Ik betwist de factuur.",
		"Niet om moeilijk te doen, maar het klopt niet helemaal.",
		"Wij betwisten het bedrag, het klopt niet.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(disputes); i++)
		if (!hits_prefix(disputes[i], "dispute_"))
			g_error("\"%s\" no longer reads as a dispute", disputes[i]);
}

static void
test_question_not_disputing(void)
{
	static const char *const yes[] = {
		"I'm not disputing it, but what is the handling fee for?",
		"Not saying it's wrong, just confused: which invoice is this?",
		"Ik betwist niks, ik snap alleen niet waar die kosten voor zijn.",
		"Niet om moeilijk te doen, maar mag ik de pakbon nog zien?",
		"Ich bestreite das nicht, aber wofür ist die Pauschale?",
		"Kein Problem mit dem Betrag, aber können Sie mir die Rechnung nochmal schicken?",
	};
	static const char *const no[] = {
		"I'm not disputing it.",
		"Ik betwist de factuur niet en betaal vrijdag.",
		"What is this fee for? It was not in the quote.",
		"Ich bestreite die Rechnung, wofür ist diese Pauschale?",
	};
	check("question_not_disputing", yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_ironic(void)
{
	static const char *const mocking[] = {
		"Oh sure, I'll pay in full for a van that broke down on the first day.",
		"Yeah right, I'll pay that straight away.",
		"Natuurlijk betaal ik dat meteen 🙄",
		"Ik ga dat zeker betalen, ik dacht het niet.",
		"Dass ich das zahle, träum weiter.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(mocking); i++) {
		if (!hits(mocking[i], "tone_ironic"))
			g_error("\"%s\" does not hit tone_ironic", mocking[i]);
		if (hits_prefix(mocking[i], "promise_"))
			g_error("\"%s\" still reads as a promise", mocking[i]);
		if (!hits(mocking[i], "dispute_ironic"))
			g_error("\"%s\" does not hit dispute_ironic", mocking[i]);
	}
	static const char *const plain[] = {
		"Natuurlijk betaal ik vrijdag, sorry voor de vertraging.",
		"Of course I'll pay it on Friday.",
		"Sure, I'll pay it tomorrow.",
		"Na klar, ich überweise morgen.",
		"Ich überweise bis Ende Januar, ganz bestimmt.",
		"Sorry, ik betaal hem zsm 🙃",
		"Ja hoor, ik betaal het vandaag nog.",
		/* Markers said plainly: about forgetting, an answer, an "oh sure" before "no
		 * problem" (review of e8a52d8). */
		"Ich zahle am Freitag, das vergesse ich sicher nicht!",
		"Oh sure, no problem, I'll pay the invoice on Friday.",
		"Sorry, I'll pay on Friday, and not a chance I forget.",
		"Did I get a second invoice? I don't think so. I'll pay on Friday.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(plain); i++)
		if (hits(plain[i], "tone_ironic") || hits(plain[i], "dispute_ironic"))
			g_error("\"%s\" read as ironic", plain[i]);
	/* Their near misses still mock (or refuse) where they stand. */
	static const char *const still[] = {
		"Das zahle ich sicher nicht!",
		"Pay for a fence that blew down the week after? Not a chance.",
		"I should pay for a part that broke again a week later, I don't think so!",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(still); i++)
		if (!hits(still[i], "tone_ironic"))
			g_error("\"%s\" does not hit tone_ironic", still[i]);
}

static void
test_acts_alone(void)
{
	const DmReplyClass none = DM_REPLY_CLASS_OTHER;
	g_assert_true(dm_reply_text_ironic("Oh sure, I'll pay that right away."));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                   "Oh sure, I'll pay that right away.", 0.99, 0.9));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                   "Natuurlijk betaal ik dat meteen 🙄", 0.99, 0.9));
	g_assert_false(dm_reply_text_ironic("Sure, I'll pay it tomorrow."));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                  "Sure, I'll pay it tomorrow.", 0.99, 0.9));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_PAID, none, "Ist längst erledigt 🙄",
	                                  0.99, 0.9));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/tone/as-if", test_as_if);
	g_test_add_func("/reply/tone/oblique", test_oblique);
	g_test_add_func("/reply/tone/neg-paid-de", test_neg_paid_de);
	g_test_add_func("/reply/tone/not-disputing", test_not_disputing);
	g_test_add_func("/reply/tone/question-not-disputing", test_question_not_disputing);
	g_test_add_func("/reply/tone/ironic", test_ironic);
	g_test_add_func("/reply/tone/acts-alone", test_acts_alone);
	return g_test_run();
}
