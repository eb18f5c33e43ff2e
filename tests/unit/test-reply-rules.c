/* test-reply-rules: single rules of the built-in table (classify_rules.c) on the texts
 * they are for and on their near misses.
 *
 * /reply/rules/refund: money asked back (question_refund) in the three languages, as
 * people who paid twice write it, including the German separable verb ("überweisen Sie
 * … zurück"); not a new account named for refunds to come, a payment promised, or a
 * credit note asked for (a dispute's rule). */
#include "parser/reply/dm-reply-classify.h"

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

static void
test_refund(void)
{
	static const char *const yes[] = {
		"Kunt u het dubbele bedrag terugstorten op NL21 RABO 0311 2874 55?",
		"Kunnen jullie het teveel betaalde terug storten?",
		"Graag het bedrag terugbetalen, we hebben twee keer betaald.",
		"Ik zie graag een terugstorting van de tweede betaling.",
		"Could you refund the duplicate to the account it came from?",
		"Please reimburse the second payment.",
		"We paid twice, can we get the money back?",
		"Bitte erstatten Sie den doppelt gezahlten Betrag.",
		"Bitte überweisen Sie mir den doppelten Betrag zurück.",
		"Könnten Sie mir einen Betrag zurückerstatten?",
		"Wir bitten um Rückzahlung der zweiten Überweisung.",
		"Wir ersuchen um Rücküberweisung des doppelt bezahlten Betrags.",
		"Können Sie den Betrag bitte zurücküberweisen?",
	};
	static const char *const no[] = {
		"Voor eventuele terugbetalingen gelieve voortaan BE45 0018 8888 2289 te gebruiken.",
		"Ik maak het bedrag vrijdag over.",
		"Graag een creditnota voor de dubbele regel.",
		"Die Rechnung ist bezahlt, bitte prüfen Sie den Zahlungseingang.",
		"We paid this last week, please check again.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(yes); i++)
		if (!hits(yes[i], "question_refund"))
			g_error("\"%s\" does not hit question_refund", yes[i]);
	for (gsize i = 0; i < G_N_ELEMENTS(no); i++)
		if (hits(no[i], "question_refund"))
			g_error("\"%s\" hits question_refund", no[i]);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/rules/refund", test_refund);
	return g_test_run();
}
