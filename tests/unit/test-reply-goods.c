/* test-reply-goods: replies about what was delivered (goods.c, goods_intent.c, the
 * goods_* rules of classify_rules.c, and the date reader's use of them; written with
 * probe-goods.jsonl).  The sentences are fresh, none from a corpus file.
 *
 * /reply/goods/event-days: the day a parcel went back, a delivery, a fitting, a shoot or
 *   a rental is no payment's day; near misses: a payment's day in the same words, and a
 *   payment's day beside the event's, and one whose sentence ends before the event's
 *   word.
 * /reply/goods/after-event: a payment asked for after an event's day gives the day after
 *   it ("na die levering", "after that", "danach", "nach der Hochzeit"); near misses: "na
 *   het weekend", a day of its own for the payment, an "after" that pays nothing, an
 *   event that is past.
 * /reply/goods/vague-dispute: a dispute's promise for a vague time ("deze week") names no
 *   day; a weekday in the same place does.
 * /reply/goods/dispute-day: a dispute's day only from a clause that pays, not from the
 *   promise beside it ("Ik breng de fiets maandag terug. Zodra hij gemaakt is betaal
 *   ik"); near misses: a part promised on a day, a question's promise.
 * /reply/goods/secondary: the second intent the goods rules give (a payment once the
 *   goods are put right, a flaw beside a payment); near misses: a plain refusal, praise
 *   beside a payment, the model's own second intent.
 * /reply/goods/rules: each goods_* rule on what it is for, and not on its near misses. */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-reply-goods.h"
#include "parser/reply/dm-reply-goods-intent.h"

#include <string.h>

typedef struct {
	const char *ref;        /* the day sent, YYYY-MM-DD */
	const char *text;
	const char *want;       /* the exact day read, or NULL for none (or only a vague one) */
} DayCase;

static void
check_days(const DayCase *cases, gsize n)
{
	for (gsize i = 0; i < n; i++) {
		GDate ref, got;
		g_date_clear(&ref, 1);
		g_date_clear(&got, 1);
		g_date_set_parse(&ref, cases[i].ref);
		g_assert_true(g_date_valid(&ref));
		DmReplyDatePrecision precision = DM_REPLY_DATE_EXACT;
		gboolean found = dm_reply_find_date_precise(cases[i].text, &ref, FALSE, FALSE, &got,
		                                            NULL, &precision);
		char iso[16] = "none";
		if (found && precision == DM_REPLY_DATE_EXACT)
			g_date_strftime(iso, sizeof iso, "%Y-%m-%d", &got);
		if (g_strcmp0(cases[i].want ? cases[i].want : "none", iso) != 0)
			g_error("\"%s\" (sent %s): want %s, got %s", cases[i].text, cases[i].ref,
			        cases[i].want ? cases[i].want : "none", iso);
	}
}

static void
test_event_days(void)
{
	static const DayCase cases[] = {
		{ "2026-03-10", "De trui heb ik op 27 februari al teruggestuurd.", NULL },
		{ "2026-03-10", "I sent the toaster back on the 3rd.", NULL },
		{ "2026-03-10", "Den Wasserkocher habe ich am 2. M\xc3\xa4rz zur\xc3\xbc" "ckgeschickt.",
		  NULL },
		{ "2026-03-10", "De fotoshoot is verschoven naar 9 mei.", NULL },
		{ "2026-03-10", "The workshop has been postponed to 14 April.", NULL },
		{ "2026-03-10", "Ik had de cursus op 3 maart geannuleerd.", NULL },
		/* near misses: the same kind of day given to a payment */
		{ "2026-03-10", "Ik heb op 27 februari betaald.", "2026-02-27" },
		{ "2026-03-10", "I'll pay on the 13th.", "2026-03-13" },
		{ "2026-03-10", "De trui heb ik teruggestuurd, de rest betaal ik op 20 maart.",
		  "2026-03-20" },
		/* A sentence's full stop ends the words that may follow an event's day. */
		{ "2026-02-09", "Het restant volgt eind van de maand. Het feest op de verjaardag "
		  "van mijn man was geslaagd.", "2026-02-28" },
	};
	check_days(cases, G_N_ELEMENTS(cases));
}

static void
test_after_event(void)
{
	static const DayCase cases[] = {
		{ "2026-03-02", "De tegels worden pas op 12 maart geleverd. Mag ik de factuur "
		  "voldoen na die levering?", "2026-03-13" },
		{ "2026-04-09", "The shoot has been pushed to 16 May. Could I pay the balance after "
		  "that?", "2026-05-17" },
		{ "2026-04-09", "The shoot has been pushed to 16 May. Would it be OK if I paid the "
		  "balance after that?", "2026-05-17" },
		{ "2026-03-09", "Die Plissees werden am 19. M\xc3\xa4rz montiert. Ich w\xc3\xbc" "rde "
		  "die Rechnung gern erst danach begleichen.", "2026-03-20" },
		{ "2026-01-13", "Die Hochzeit wurde auf den 20. Juni verschoben. D\xc3\xbc" "rfte ich "
		  "die Blumen nach der Hochzeit zahlen?", "2026-06-21" },
		/* near misses */
		{ "2026-03-02", "De tegels worden pas op 12 maart geleverd. Ik betaal na het weekend.",
		  NULL },
		{ "2026-03-02", "De tegels worden pas op 12 maart geleverd. Ik betaal op 20 maart.",
		  "2026-03-20" },
		{ "2026-03-02", "De tegels worden pas op 12 maart geleverd. Daarna bel ik u voor de "
		  "voegen.", NULL },
		{ "2026-03-20", "Die Plissees wurden am 19. M\xc3\xa4rz montiert. Danach habe ich die "
		  "Rechnung bezahlt.", NULL },
	};
	check_days(cases, G_N_ELEMENTS(cases));
}

static void
test_vague_dispute(void)
{
	GDate ref, got;
	g_date_clear(&ref, 1);
	g_date_set_dmy(&ref, 28, G_DATE_JANUARY, 2026);     /* a Wednesday */
	dm_reply_date_for_class("De factuur klopt niet: er staan 9 uur op in plaats van 6. Die 6 "
	                        "uur betaal ik deze week.", &ref, FALSE,
	                        DM_REPLY_CLASS_DISPUTE, &got);
	g_assert_false(g_date_valid(&got));
	dm_reply_date_for_class("De factuur klopt niet: er staan 9 uur op in plaats van 6. Die 6 "
	                        "uur betaal ik vrijdag.", &ref, FALSE,
	                        DM_REPLY_CLASS_DISPUTE, &got);
	g_assert_true(g_date_valid(&got));
	g_assert_cmpint(g_date_get_day(&got), ==, 30);
}

/* A dispute's day is a paying clause's: the promise beside it adds none of another
 * clause's (the day a bike is brought in). */
static void
test_dispute_day(void)
{
	GDate ref, got;
	g_date_clear(&ref, 1);
	g_date_set_dmy(&ref, 16, G_DATE_APRIL, 2026);      /* a Thursday */
	dm_reply_date_for_classes("De ketting loopt er weer af. Ik breng de fiets maandag terug. "
	                          "Zodra hij gemaakt is betaal ik.", &ref, FALSE,
	                          DM_REPLY_CLASS_DISPUTE, DM_REPLY_CLASS_PROMISE_TO_PAY, &got);
	g_assert_false(g_date_valid(&got));
	dm_reply_date_for_classes("De ketting loopt er weer af. De helft betaal ik maandag, de rest "
	                          "als hij gemaakt is.", &ref, FALSE, DM_REPLY_CLASS_DISPUTE,
	                          DM_REPLY_CLASS_PROMISE_TO_PAY, &got);
	g_assert_true(g_date_valid(&got));
	g_assert_cmpint(g_date_get_day(&got), ==, 20);
	/* ... while a question's promise still gives its day. */
	dm_reply_date_for_classes("Op welk rekeningnummer? Dan maak ik het maandag over.", &ref,
	                          FALSE, DM_REPLY_CLASS_QUESTION, DM_REPLY_CLASS_PROMISE_TO_PAY,
	                          &got);
	g_assert_true(g_date_valid(&got));
	g_assert_cmpint(g_date_get_day(&got), ==, 20);
}

static void
test_secondary(void)
{
	g_assert_cmpint(dm_reply_goods_secondary("Zodra de kast gerepareerd is, betaal ik.",
	                                         DM_REPLY_CLASS_DISPUTE, DM_REPLY_CLASS_OTHER),
	                ==, DM_REPLY_CLASS_PROMISE_TO_PAY);
	g_assert_cmpint(dm_reply_goods_secondary("De kast is kapot. Ik betaal hem niet.",
	                                         DM_REPLY_CLASS_DISPUTE, DM_REPLY_CLASS_OTHER),
	                ==, DM_REPLY_CLASS_OTHER);
	g_assert_cmpint(dm_reply_goods_secondary("Gisteren betaald. Er zit wel een kras in het "
	                                         "blad.", DM_REPLY_CLASS_PAID,
	                                         DM_REPLY_CLASS_OTHER),
	                ==, DM_REPLY_CLASS_DISPUTE);
	g_assert_cmpint(dm_reply_goods_secondary("Gisteren betaald. De kast staat prachtig.",
	                                         DM_REPLY_CLASS_PAID, DM_REPLY_CLASS_OTHER),
	                ==, DM_REPLY_CLASS_OTHER);
	/* The model's own second intent stands. */
	g_assert_cmpint(dm_reply_goods_secondary("Gisteren betaald. Er zit wel een kras in het "
	                                         "blad, krijg ik korting?", DM_REPLY_CLASS_PAID,
	                                         DM_REPLY_CLASS_QUESTION),
	                ==, DM_REPLY_CLASS_QUESTION);
}

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

typedef struct {
	const char *rule;
	const char *text;
	gboolean fires;
} RuleCase;

static void
test_rules(void)
{
	static const RuleCase cases[] = {
		{ "goods_sent_back", "Ik heb de sjaal vorige week teruggestuurd.", TRUE },
		{ "goods_sent_back", "We sent both lamps back with the courier.", TRUE },
		{ "goods_sent_back", "Die R\xc3\xbc" "cksendung ist bei Ihnen angekommen.", TRUE },
		{ "goods_sent_back", "Ik stuur het geld vandaag over.", FALSE },
		{ "goods_sent_back", "I'll get back to you on Friday.", FALSE },
		{ "goods_refund_due", "Ik verwacht dus een creditnota.", TRUE },
		{ "goods_refund_due", "As far as I can tell this invoice should be zero.", TRUE },
		{ "goods_refund_due", "Bitte schreiben Sie mir eine Gutschrift, statt mich zu mahnen.",
		  TRUE },
		{ "goods_refund_due", "De creditnota heb ik ontvangen, dank u.", FALSE },
		{ "goods_pay_once_right", "Zodra de kast gerepareerd is, betaal ik.", TRUE },
		{ "goods_pay_once_right", "We'll settle once the leak is fixed.", TRUE },
		{ "goods_pay_once_right", "Sobald die fehlenden St\xc3\xbc" "hle da sind, zahle ich.",
		  TRUE },
		{ "goods_pay_once_right", "Zodra mijn salaris binnen is, betaal ik.", FALSE },
		{ "goods_pay_once_right", "I'll pay once my wages are in.", FALSE },
		{ "goods_am_i_wrong", "Valt dat niet onder de garantie? Of zie ik iets over het hoofd?",
		  TRUE },
		{ "goods_am_i_wrong", "Or am I missing something here?", TRUE },
		{ "goods_am_i_wrong", "Oder \xc3\xbc" "bersehe ich da etwas?", TRUE },
		{ "goods_am_i_wrong", "Of betaal ik gewoon de helft?", FALSE },
		{ "goods_day_asked", "Kan ik het op 6 februari betalen?", TRUE },
		{ "goods_day_asked", "Could I pay it on the 27th?", TRUE },
		{ "goods_day_asked", "Mag ik de factuur voldoen na die levering?", TRUE },
		{ "goods_day_asked", "Kan ik met TWINT betalen?", FALSE },
		{ "goods_day_asked", "Ik betaal op de 27e.", FALSE },
		{ "goods_flaw", "Er zit een kras in het blad.", TRUE },
		{ "goods_flaw", "The print has faded on one side.", TRUE },
		{ "goods_flaw", "Leider ist die Ecke abgeplatzt.", TRUE },
		{ "goods_flaw", "De kast staat er prachtig bij.", FALSE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
		if (hits(cases[i].text, cases[i].rule) != cases[i].fires)
			g_error("%s %s \"%s\"", cases[i].rule, cases[i].fires ? "misses" : "fires on",
			        cases[i].text);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/goods/event-days", test_event_days);
	g_test_add_func("/reply/goods/after-event", test_after_event);
	g_test_add_func("/reply/goods/vague-dispute", test_vague_dispute);
	g_test_add_func("/reply/goods/dispute-day", test_dispute_day);
	g_test_add_func("/reply/goods/secondary", test_secondary);
	g_test_add_func("/reply/goods/rules", test_rules);
	return g_test_run();
}
