/* test-reply-secondary: the second intent of a reply (secondary.c).
 *
 * /reply/secondary/cues: what a text shows of each intent — a rule of its class, a
 *   question mark, a day given to a payment (after the message: a promise; before it or
 *   on it: a payment) — and near misses that show nothing (a day given to something
 *   else, no question mark).
 * /reply/secondary/choose: a class the text shows counts from the low threshold, any
 *   other only from the high one; the class itself, other, auto_reply and bounce never;
 *   of several, the most probable.
 * /reply/secondary/confirmed: in a reply of several sentences a cue stands only when a
 *   sentence read alone goes to its class; a reply of one sentence keeps its cues.
 * /reply/secondary/acts-alone: a reply acts by itself from the threshold on, except an
 *   "other" with a second intent, which is held for the owner however sure; an intent
 *   with a second intent still acts.
 * /reply/secondary/sentences: with the shipped model, what single sentences carry: a
 *   question asked apart from a payment is carried as a question; an arrangement asked
 *   as a question carries no question beside it; one sentence carries nothing; and the
 *   second intent dm_reply_analyze reads from them. */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-dates.h"
#include "test-dunning-util.h"

#include <string.h>

#define BIT(k) (1u << (k))

static guint
cues_of(const char *text, const char *ref_iso)
{
	GDate ref;
	g_date_clear(&ref, 1);
	g_date_set_parse(&ref, ref_iso);
	g_assert_true(g_date_valid(&ref));
	g_autoptr(GPtrArray) rules = g_ptr_array_new();
	dm_reply_rule_hits(text, rules);
	g_autoptr(DmReplyDateScan) scan = dm_reply_date_scan_new(text);
	return dm_reply_secondary_cues(rules, text, scan, &ref, FALSE);
}

static void
test_cues(void)
{
	/* 2026-11-23 is a Monday. */
	static const struct {
		const char *text;
		guint want;         /* bits that must be set */
		guint never;        /* bits that must not */
	} cases[] = {
		{ "Betaald. Klopt het bedrag wel?", BIT(DM_REPLY_CLASS_QUESTION), 0 },
		{ "Paid it. Was the discount applied?", BIT(DM_REPLY_CLASS_QUESTION), 0 },
		{ "Ik betaal vrijdag het restant.", BIT(DM_REPLY_CLASS_PROMISE_TO_PAY),
		  BIT(DM_REPLY_CLASS_PAID) | BIT(DM_REPLY_CLASS_QUESTION) },
		{ "Wir haben gestern überwiesen.", BIT(DM_REPLY_CLASS_PAID),
		  BIT(DM_REPLY_CLASS_PROMISE_TO_PAY) },
		/* A day given to something else than paying: no promise shown. */
		{ "Ik zit tot donderdag in het ziekenhuis.", 0,
		  BIT(DM_REPLY_CLASS_PROMISE_TO_PAY) | BIT(DM_REPLY_CLASS_PAID) },
		{ "Thanks for letting me know.", 0, BIT(DM_REPLY_CLASS_QUESTION) },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		guint got = cues_of(cases[i].text, "2026-11-23");
		g_test_message("%s: cues 0x%x", cases[i].text, got);
		g_assert_cmpuint(got & cases[i].want, ==, cases[i].want);
		g_assert_cmpuint(got & cases[i].never, ==, 0);
	}
	/* A rule's hit shows its class: whatever rule matches a plain refusal is a
	 * dispute's. */
	g_autoptr(GPtrArray) rules = g_ptr_array_new();
	dm_reply_rule_hits("Wij betalen deze factuur niet, het werk is nooit uitgevoerd.", rules);
	g_assert_cmpuint(rules->len, >, 0);
	guint c = dm_reply_secondary_cues(rules, "x", NULL, NULL, FALSE);
	g_assert_cmpuint(c & BIT(DM_REPLY_CLASS_DISPUTE), !=, 0);
	/* Names that are no rule show nothing. */
	g_autoptr(GPtrArray) bogus = g_ptr_array_new();
	g_ptr_array_add(bogus, (gpointer) "no_such_rule");
	g_assert_cmpuint(dm_reply_secondary_cues(bogus, "x", NULL, NULL, FALSE), ==, 0);
}

static void
test_choose(void)
{
	double p[DM_REPLY_N_CLASSES] = { 0 };
	p[DM_REPLY_CLASS_PAID] = 0.86;
	p[DM_REPLY_CLASS_QUESTION] = 0.04;
	p[DM_REPLY_CLASS_DISPUTE] = 0.03;
	p[DM_REPLY_CLASS_OTHER] = 0.05;
	p[DM_REPLY_CLASS_AUTO_REPLY] = 0.02;
	DmReplyClass best = DM_REPLY_CLASS_PAID;
	/* Shown by the text: counts from the low threshold. */
	g_assert_cmpint(dm_reply_secondary_choose(p, best, BIT(DM_REPLY_CLASS_QUESTION), 0.03, 0.25),
	                ==, DM_REPLY_CLASS_QUESTION);
	/* Not shown: only from the high one (and "other" is never a second intent). */
	g_assert_cmpint(dm_reply_secondary_choose(p, best, 0, 0.03, 0.25), ==, DM_REPLY_CLASS_OTHER);
	/* Below the low threshold even when shown. */
	g_assert_cmpint(dm_reply_secondary_choose(p, best, BIT(DM_REPLY_CLASS_QUESTION), 0.05, 0.25),
	                ==, DM_REPLY_CLASS_OTHER);
	/* Of two shown, the more probable. */
	g_assert_cmpint(dm_reply_secondary_choose(p, best, BIT(DM_REPLY_CLASS_QUESTION) |
	                                          BIT(DM_REPLY_CLASS_DISPUTE), 0.01, 0.25),
	                ==, DM_REPLY_CLASS_QUESTION);
	/* The class itself, other, an auto reply: never, even shown and more probable. */
	p[DM_REPLY_CLASS_AUTO_REPLY] = 0.08;
	p[DM_REPLY_CLASS_OTHER] = 0.07;
	g_assert_cmpint(dm_reply_secondary_choose(p, best, BIT(DM_REPLY_CLASS_PAID) |
	                                          BIT(DM_REPLY_CLASS_AUTO_REPLY) |
	                                          BIT(DM_REPLY_CLASS_OTHER), 0.01, 0.01),
	                ==, DM_REPLY_CLASS_QUESTION);
	/* A runner-up probable enough counts without being shown. */
	p[DM_REPLY_CLASS_DISPUTE] = 0.3;
	p[DM_REPLY_CLASS_PAID] = 0.56;
	g_assert_cmpint(dm_reply_secondary_choose(p, best, 0, 0.03, 0.25), ==, DM_REPLY_CLASS_DISPUTE);
	/* dm_reply_rank_classes: the class, and the runner-up by probability alone. */
	DmReplyClass secondary;
	g_assert_cmpint(dm_reply_rank_classes(p, &secondary), ==, DM_REPLY_CLASS_PAID);
	g_assert_cmpint(secondary, ==, p[DM_REPLY_CLASS_DISPUTE] >= DM_REPLY_SECONDARY_MIN
	                ? DM_REPLY_CLASS_DISPUTE : DM_REPLY_CLASS_OTHER);
}

static void
test_confirmed(void)
{
	double carried[DM_REPLY_N_CLASSES] = { 0 };
	guint cues = BIT(DM_REPLY_CLASS_QUESTION) | BIT(DM_REPLY_CLASS_PROMISE_TO_PAY);
	/* Nothing carried (one sentence): the cues stand. */
	g_assert_cmpuint(dm_reply_secondary_confirmed(cues, carried), ==, cues);
	/* The sentences carry paid and question: the promise's cue goes. */
	carried[DM_REPLY_CLASS_PAID] = 0.9;
	carried[DM_REPLY_CLASS_QUESTION] = 0.6;
	g_assert_cmpuint(dm_reply_secondary_confirmed(cues, carried), ==,
	                 BIT(DM_REPLY_CLASS_QUESTION));
	/* A class carried but not cued is not added. */
	g_assert_cmpuint(dm_reply_secondary_confirmed(0, carried), ==, 0);
}

/* The classes sentences of @text carry (bits), read with the shipped model. */
static guint
carried_of(const char *text, double *carried)
{
	GDate ref;
	g_date_set_dmy(&ref, 23, G_DATE_NOVEMBER, 2026);
	dm_reply_secondary_sentences(dm_test_reply_model(), text, &ref, carried);
	guint bits = 0;
	for (int k = 0; k < DM_REPLY_N_CLASSES; k++)
		if (carried[k] > 0)
			bits |= BIT(k);
	return bits;
}

/* The class and second intent dm_reply_analyze reads from @text with the shipped model. */
static DmReplyClass
secondary_of(const char *text, DmReplyClass *best)
{
	double p[DM_REPLY_N_CLASSES];
	*best = dm_test_reply_probs(text, p);
	GDate ref;
	g_date_set_dmy(&ref, 23, G_DATE_NOVEMBER, 2026);
	g_autoptr(GPtrArray) rules = g_ptr_array_new();
	dm_reply_rule_hits(text, rules);
	g_autoptr(DmReplyDateScan) scan = dm_reply_date_scan_new(text);
	guint cues = dm_reply_secondary_cues(rules, text, scan, &ref, FALSE);
	return dm_reply_secondary_read(dm_test_reply_model(), text, &ref, p, *best, cues);
}

static void
test_sentences(void)
{
	double carried[DM_REPLY_N_CLASSES];
	/* A payment, then a question of its own. */
	const char *asks = "Ik heb de factuur gisteren betaald. Kunt u mij een kwitantie sturen?";
	guint bits = carried_of(asks, carried);
	g_assert_cmpuint(bits & BIT(DM_REPLY_CLASS_PAID), !=, 0);
	g_assert_cmpuint(bits & BIT(DM_REPLY_CLASS_QUESTION), !=, 0);
	DmReplyClass best;
	g_assert_cmpint(secondary_of(asks, &best), ==, DM_REPLY_CLASS_QUESTION);
	g_assert_cmpint(best, ==, DM_REPLY_CLASS_PAID);
	/* An arrangement asked as a question, with a reason beside it: its question mark is
	 * the arrangement's, no question of its own. */
	const char *plan = "Ich bin noch in der Lehre und verdiene nicht viel. Wäre es möglich, die "
	                   "Rechnung in Raten von 150 Euro pro Monat zu bezahlen?";
	bits = carried_of(plan, carried);
	g_assert_cmpuint(bits & BIT(DM_REPLY_CLASS_ARRANGEMENT), !=, 0);
	g_assert_cmpuint(bits & BIT(DM_REPLY_CLASS_QUESTION), ==, 0);
	g_assert_cmpint(secondary_of(plan, &best), !=, DM_REPLY_CLASS_QUESTION);
	/* One sentence: nothing beside what the whole says. */
	g_assert_cmpuint(carried_of("Betaald, klopt het bedrag?", carried), ==, 0);
	g_assert_cmpuint(carried_of("", carried), ==, 0);
}

static void
test_acts_alone(void)
{
	const DmReplyClass intents[] = { DM_REPLY_CLASS_DISPUTE, DM_REPLY_CLASS_PROMISE_TO_PAY,
	                                 DM_REPLY_CLASS_PAID, DM_REPLY_CLASS_ARRANGEMENT,
	                                 DM_REPLY_CLASS_QUESTION };
	/* Other alone acts (it changes nothing) from the threshold on, not below it. */
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_OTHER, DM_REPLY_CLASS_OTHER, 0.95, 0.94));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_OTHER, DM_REPLY_CLASS_OTHER, 0.94, 0.94));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_OTHER, DM_REPLY_CLASS_OTHER, 0.93, 0.94));
	for (gsize i = 0; i < G_N_ELEMENTS(intents); i++) {
		/* Other with a sentence that is an intent: held, even at certainty. */
		g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_OTHER, intents[i], 1.0, 0.94));
		/* An intent acts by its confidence, with or without a second one. */
		g_assert_true(dm_reply_acts_alone(intents[i], DM_REPLY_CLASS_OTHER, 0.99, 0.94));
		g_assert_true(dm_reply_acts_alone(intents[i], intents[(i + 1) % G_N_ELEMENTS(intents)],
		                                  0.99, 0.94));
		g_assert_false(dm_reply_acts_alone(intents[i], DM_REPLY_CLASS_OTHER, 0.5, 0.94));
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/secondary/cues", test_cues);
	g_test_add_func("/reply/secondary/choose", test_choose);
	g_test_add_func("/reply/secondary/confirmed", test_confirmed);
	g_test_add_func("/reply/secondary/acts-alone", test_acts_alone);
	g_test_add_func("/reply/secondary/sentences", test_sentences);
	return g_test_run();
}
