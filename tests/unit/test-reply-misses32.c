/* test-reply-misses32: test-blind32's misses of holds and days (the accounts-payable desks
 * of bigger customers), in other words.  The sentences are fresh, none from a corpus file.
 *
 * /reply/misses32/paid-instead-of: a sum paid "in plaats van", "instead of", "statt"
 *   another sum is not the invoice's (part of it, or more): read as paid it never acts
 *   alone; a payment made "instead of" a way of paying, or the whole sum, still acts; a
 *   sum charged "instead of" another is no part paid.
 * /reply/misses32/run: a payment run named by its day ("the month-end run", "de run van
 *   10 december", "mit dem nächsten Lauf am 15.") pays, so its day is the payment's
 *   beside a meeting's or an approval's day, and a run's "vom" ("Zahllauf vom letzten
 *   Freitag") names its day as a payment's does; "run" as a verb ("I'll run it past
 *   finance on Monday") pays nothing.
 * /reply/misses32/run-name: a run named by when it usually goes ("the month-end run",
 *   "our end-of-month supplier run", "the Friday run") takes that day only when no other
 *   is given to the payment: "on the 25th when our month-end run goes through" is the
 *   25th, and no rival day to hold the promise for.
 * /reply/misses32/freeze: the days of a span without payments ("tot en met 5 januari
 *   geen betalingen", "a payment freeze from Dec 20 through Jan 4", "vom 21.12. bis
 *   04.01. keine Zahlläufe") are no payment's: the run named after it is, or, with
 *   "daarna", "danach", "after that", the day after the span.  A payment day beside "keine
 *   Zahlungen" that ends no span keeps its day.  "tot en met" is one word, and the Dutch
 *   "worden" before more of its clause is a present (the German "überwiesen worden" a
 *   past).
 * /reply/misses32/after-event: a payment put after an event named with its day ("na de
 *   raadsvergadering van 14 januari", "nach der Abnahme am 20. Januar", "after the board
 *   meeting on 14 January") is the day after it; not a day said before "na de
 *   vergadering", a week named by its day, an approval no one has given yet, an event's
 *   day in a clause that pays nothing ("het herstel na de storm van 2 januari").
 * /reply/misses32/sitting: a body's sitting ("the steering group meets on December 15",
 *   "de raad vergadert op", "der Ausschuss tagt am") and the owner's time asked for ("are
 *   you free to start ... on January 11?") are no payment's day.
 * /reply/misses32/gets-back: the day the writer comes back to the owner ("kom er maandag
 *   bij je op terug", "komme am Montag darauf zurück") is no payment's; a payment made on
 *   it keeps it.
 * /reply/misses32/terms-change: the day from which a buyer's terms change ("Per 1 januari
 *   2027 wijzigen onze betalingsvoorwaarden", "From 1 March our payment terms change", "Ab
 *   1. Januar gelten neue Zahlungsbedingungen") is no payment's.
 * /reply/misses32/firm-lines: the firm's lines typed under the signed name ("Freundliche
 *   Grüsse\nDaniel Roth\nRoth Elektro AG", "Regards,\nMei Lin\nFinance Executive\nLin
 *   Trading Pte Ltd", "Groet,\nAnouk\nFinance | Reclamebureau Blauwe Reiger") stay in the
 *   new text; a telephone, an address, a mail address or a third line under the name is
 *   the signature's, cut from the name on as before.  The reader weighs the text without
 *   those firm lines (dm_reply_text_weighed), as it was trained.
 * /reply/misses32/away: the approver "is off until 4 January", "ist bis einschließlich 8.
 *   Jänner auf Urlaub": away, and the day back is the reply's; "paid off", "sign it off"
 *   are nobody's absence.
 */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-away.h"
#include "parser/reply/dm-reply-several.h"
#include "test-reply-date-cases.h"

/* Whether the promise's day of @text, sent on @sent, was chosen between two. */
static gboolean
rivalled(const char *text, const char *sent)
{
	GDate ref = day_of(sent), day;
	g_autoptr(DmReplyDateScan) scan = dm_reply_date_scan_new_typed(text);
	DmReplyDatePrecision precision;
	g_assert_true(dm_reply_scan_find_date_precise(scan, &ref, FALSE, FALSE, &day, NULL,
	                                              &precision));
	return dm_reply_scan_date_rivalled(scan);
}

static void
test_paid_instead_of(void)
{
	const DmReplyClass paid = DM_REPLY_CLASS_PAID;
	static const char *const part[] = {
		"Op 14 maart is € 1.800,00 overgemaakt in plaats van € 2.000,00, wegens de "
		"kortingsregeling in het contract.",
		"We remitted $3,150.00 instead of $3,500.00 on Friday; the late fee in clause 7 "
		"applies.",
		"Wir haben am 3. Mai 2.700,00 € statt 3.000,00 € überwiesen.",
		"Am 3. Mai sind CHF 900.– anstelle von CHF 1'000.– überwiesen worden.",
		/* ... or more: the difference is owed back */
		"Wir haben am 4. Mai irrtümlich 1.910 € statt 1.091 € überwiesen.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(part); i++) {
		if (!dm_reply_text_part_paid(part[i]))
			g_error("\"%s\" is not read as a part payment", part[i]);
		if (acts_as(paid, part[i]))
			g_error("\"%s\" acts alone as paid", part[i]);
	}
	/* Near misses: a way of paying instead of another, or the whole sum. */
	static const char *const whole[] = {
		"We hebben € 2.000,00 per bank overgemaakt in plaats van contant te betalen.",
		"I paid the full $3,500.00 by card instead of by cheque.",
		"Wir haben die 3.000,00 € statt per Lastschrift per Überweisung bezahlt.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(whole); i++) {
		if (dm_reply_text_part_paid(whole[i]))
			g_error("\"%s\" is read as a part payment", whole[i]);
		if (!acts_as(paid, whole[i]))
			g_error("\"%s\" does not act alone as paid", whole[i]);
	}
	/* ... nor is a sum charged in place of another, which asks about the invoice. */
	g_assert_false(dm_reply_text_part_paid("U rekent € 120 in plaats van € 102, klopt dat?"));
	g_assert_false(dm_reply_text_part_paid("You charged $3,500 instead of $3,150."));
	g_assert_false(dm_reply_text_part_paid("Auf der Rechnung stehen 1.190 € statt 1.019 €."));
}

static void
test_run(void)
{
	const DmReplyClass p = DM_REPLY_CLASS_PROMISE_TO_PAY, q = DM_REPLY_CLASS_QUESTION,
	                   paid = DM_REPLY_CLASS_PAID;
	for_class("Approved at Tuesday's budget meeting; it will be released with the "
	          "month-end run.", "2026-05-13", p, "2026-05-31");
	for_class("De factuur is in het overleg van maandag goedgekeurd en gaat mee in de run "
	          "van 22 mei.", "2026-05-13", p, "2026-05-22");
	for_class("Die Rechnung wurde in der Sitzung am Montag freigegeben und geht mit dem "
	          "nächsten Lauf am 20. raus.", "2026-05-13", p, "2026-05-20");
	/* Read for a question, the run's day is the payment's. */
	for_class("Could you confirm the bank details? It is scheduled for the Friday run on "
	          "22 May.", "2026-05-13", q, "2026-05-22");
	/* A run's "vom" names the run's day, as a payment's does; a letter's does not. */
	for_class("Wurde mit dem Zahllauf vom letzten Freitag bezahlt.", "2026-12-15", paid,
	          "2026-12-11");
	for_class("Ist mit dem Zahlungslauf vom 9.12. überwiesen worden.", "2026-12-15", paid,
	          "2026-12-09");
	for_class("Ihr Schreiben vom 9.12. haben wir erhalten, bezahlt ist die Rechnung.",
	          "2026-12-15", paid, "null");
	/* Near misses: "run" as a verb, and a meeting's day alone. */
	for_class("I'll run it past the budget meeting on Monday.", "2026-05-13", q, "null");
	for_class("We run the numbers at the board meeting on 20 May.", "2026-05-13", q, "null");
}

static void
test_run_name(void)
{
	const DmReplyClass p = DM_REPLY_CLASS_PROMISE_TO_PAY;
	for_class("It will be paid on the 26th when our month-end run goes out.", "2026-05-13",
	          p, "2026-05-26");
	for_class("We'll include it in our end-of-month supplier run on Thursday 28th.",
	          "2026-05-13", p, "2026-05-28");
	for_class("Die Rechnung geht mit dem Monatsende-Lauf am 27. raus.", "2026-05-13", p,
	          "2026-05-27");
	g_assert_false(rivalled("It will be paid on the 26th when our month-end run goes out.",
	                        "2026-05-13"));
	/* Alone, or beside a day on the wrong side or a day that pays nothing, the run's
	 * name is its day; "yesterday's run" is yesterday. */
	for_class("It goes out with the month-end run.", "2026-05-13", p, "2026-05-31");
	for_class("Your invoice was logged on 4 May. It is down for Thursday's supplier run.",
	          "2026-05-13", p, "2026-05-14");
	for_class("De factuur is op 4 mei geregistreerd en gaat mee in de run van vrijdag.",
	          "2026-05-13", p, "2026-05-15");
	for_class("Approved now; it will go out in Thursday week's payment run.", "2026-05-13", p,
	          "2026-05-21");
	for_class("This went out in yesterday's payment run and should be with you within 3 "
	          "working days.", "2026-05-13", DM_REPLY_CLASS_PAID, "2026-05-12");
	/* Near misses: the month's end naming no run, beside another day; a day the run is
	 * in. */
	for_class("The delivery was on the 12th, we pay at month end.", "2026-05-13", p,
	          "2026-05-31");
	for_class("Wir zahlen Ende Monat im Zahllauf.", "2026-05-13", p, "2026-05-31");
}

static void
test_freeze(void)
{
	const DmReplyClass p = DM_REPLY_CLASS_PROMISE_TO_PAY, paid = DM_REPLY_CLASS_PAID;
	for_class("Wegens de jaarafsluiting worden er tot en met 4 januari geen betalingen "
	          "verricht. Daarna wordt uw factuur direct voldaan.", "2026-12-18", p,
	          "2027-01-05");
	for_class("Wegens de jaarafsluiting worden er t/m 4 januari geen betalingen gedaan, "
	          "daarna gaat uw factuur mee.", "2026-12-18", p, "2027-01-05");
	for_class("There is a payment freeze from 21 December through 3 January. Your invoice "
	          "will go out in the first run after it, on 6 January.", "2026-12-15", p,
	          "2027-01-06");
	for_class("No payments are made between 21 December and 3 January. After that your "
	          "invoice will be paid straight away.", "2026-12-15", p, "2027-01-04");
	for_class("Vom 22.12. bis 05.01. finden keine Zahlläufe statt. Ihre Rechnung wird im "
	          "ersten Zahllauf am 08.01. bezahlt.", "2026-12-15", p, "2027-01-08");
	for_class("Zwischen dem 22.12. und dem 05.01. werden keine Zahlungen ausgeführt, danach "
	          "wird Ihre Rechnung sofort überwiesen.", "2026-12-15", p, "2027-01-06");
	/* Dutch "worden" before more of its clause is still to come; the German perfect
	 * passive "überwiesen worden" is a payment made. */
	for_class("Uw facturen worden op vrijdag 8 januari betaald.", "2026-12-15", p,
	          "2027-01-08");
	for_class("Die Rechnung ist am Freitag überwiesen worden.", "2026-12-15", paid,
	          "2026-12-11");
	for_class("Is scho überwiesn worden am Freitag.", "2026-12-15", paid, "2026-12-11");
	/* Near misses: no payments said of something else, a day that ends no span. */
	for_class("Ich habe keine Zahlungen mehr offen, die letzte ging am 3. Dezember raus.",
	          "2026-12-15", paid, "2026-12-03");
	for_class("We hebben geen betalingen gemist; de laatste is op 3 december gedaan.",
	          "2026-12-15", paid, "2026-12-03");
	for_class("Ik betaal tot en met maart elke maand € 50.", "2026-12-15", p, "null");
}

static void
test_after_event(void)
{
	const DmReplyClass p = DM_REPLY_CLASS_PROMISE_TO_PAY, a = DM_REPLY_CLASS_ARRANGEMENT;
	for_class("Kunnen we de factuur betalen na de raadsvergadering van 14 januari?",
	          "2026-12-15", a, "2027-01-15");
	for_class("Können wir nach der Abnahme am 20. Januar zahlen?", "2026-12-15", a,
	          "2027-01-21");
	for_class("We'll pay after the board meeting on 14 January.", "2026-12-15", p,
	          "2027-01-15");
	for_class("Betalen we na de zitting van 21 januari?", "2026-12-15", a, "2027-01-22");
	/* Near misses. */
	for_class("Ik betaal op 14 januari, na de vergadering.", "2026-12-15", p, "2027-01-14");
	for_class("Nach Ihrer Bestätigung zahlen wir am Donnerstag.", "2026-11-25", p,
	          "2026-11-26");
	for_class("Ik betaal na de week van 18 januari.", "2026-12-15", p, "2027-01-22");
	for_class("Na de goedkeuring van 14 januari volgt betaling.", "2026-12-15", p, "null");
	for_class("De factuur voor het herstel na de storm van 2 januari ligt bij de "
	          "verzekeraar.", "2027-01-15", DM_REPLY_CLASS_OTHER, "null");
}

static void
test_sitting(void)
{
	const DmReplyClass a = DM_REPLY_CLASS_ARRANGEMENT, paid = DM_REPLY_CLASS_PAID,
	                   p = DM_REPLY_CLASS_PROMISE_TO_PAY;
	for_class("Can we hold payment until sign-off? The board meets on 15 December to "
	          "discuss it.", "2026-12-02", a, "null");
	for_class("Kunnen we wachten met betalen? De raad vergadert op 15 december over het "
	          "project.", "2026-12-02", a, "null");
	for_class("Können wir mit der Zahlung warten? Der Ausschuss tagt am 15. Dezember.",
	          "2026-12-02", a, "null");
	for_class("It went out on Tuesday. Are you free to start the next phase on 11 January?",
	          "2026-12-10", paid, "2026-12-08");
	/* Near misses: the payment's own day beside them. */
	for_class("The board meets on Monday; we pay you on 20 December.", "2026-12-02", p,
	          "2026-12-20");
	for_class("Ik betaal op 15 december, als de raad heeft vergaderd.", "2026-12-02", p,
	          "2026-12-15");
}

static void
test_gets_back(void)
{
	const DmReplyClass o = DM_REPLY_CLASS_OTHER, p = DM_REPLY_CLASS_PROMISE_TO_PAY;
	for_class("Ik zoek het uit en kom er maandag bij je op terug.", "2026-11-25", p, "null");
	for_class("Ik kom er donderdag op terug.", "2026-11-25", o, "null");
	for_class("Ich kläre das und komme am Montag darauf zurück.", "2026-11-25", p, "null");
	for_class("Ich prüfe es und komme morgen auf Sie zurück.", "2026-11-25", p, "null");
	/* Near misses: a payment on the day, a return that pays. */
	for_class("Ik maak het maandag over en kom er dan op terug.", "2026-11-25", p,
	          "2026-11-30");
	for_class("Ik ben maandag terug en betaal het dan.", "2026-11-25", p, "2026-11-30");
	for_class("Ich komme am Montag darauf zurück mit der Zahlung.", "2026-11-25", p,
	          "2026-11-30");
}

static void
test_terms_change(void)
{
	const DmReplyClass o = DM_REPLY_CLASS_OTHER, p = DM_REPLY_CLASS_PROMISE_TO_PAY;
	for_class("Per 1 januari 2027 wijzigen onze betalingsvoorwaarden: facturen worden "
	          "voortaan 60 dagen na ontvangst betaald.", "2026-12-01", o, "null");
	for_class("From 1 March our payment terms change to 45 days; invoices will be paid "
	          "accordingly.", "2026-12-01", o, "null");
	for_class("Ab 1. Januar gelten neue Zahlungsbedingungen für alle Lieferanten.",
	          "2026-12-01", o, "null");
	/* Near misses: a payment's day beside the change. */
	for_class("Onze betalingsvoorwaarden wijzigen, maar deze factuur betalen we op 4 "
	          "december.", "2026-12-01", p, "2026-12-04");
	for_class("Per 1 januari betalen we deze factuur.", "2026-12-01", p, "2027-01-01");
}

/* @typed followed by @tail, stripped: @typed is what stays. */
static void
strips_to(const char *typed, const char *tail)
{
	g_autofree char *mail = g_strconcat(typed, tail, NULL);
	g_autofree char *kept = dm_reply_strip_quotes(mail);
	g_assert_cmpstr(kept, ==, typed);
}

static void
test_firm_lines(void)
{
	strips_to("Guten Tag\n\nDie Rechnung wird bis Ende Mai beglichen.\n\nFreundliche Grüsse\n"
	          "Daniel Roth\nRoth Elektro AG", "");
	strips_to("Dear Ms Patel,\n\nWe pay on the 25th of the month following receipt.\n\n"
	          "Regards,\nMei Lin\nFinance Executive\nLin Trading Pte Ltd", "");
	strips_to("Goedemiddag,\n\nWordt in de volgende run meegenomen.\n\nGroet,\nAnouk\n"
	          "Finance | Reclamebureau Blauwe Reiger", "");
	strips_to("Goedemiddag,\n\nWordt in de volgende run meegenomen.\n\nGroet,\nAnouk\n"
	          "Finance | Reclamebureau Blauwe Reiger",
	          "\n\nDit bericht is uitsluitend bestemd voor de geadresseerde.");
	/* Near misses: contact details under the name are the signature's. */
	strips_to("Hallo,\n\nIk betaal vrijdag.\n\nGroeten,\nJan Jansen",
	          "\nJansen BV\nT 06 1234 5678\nwww.jansen.nl");
	strips_to("Hi,\n\nPaid today.\n\nRegards,\nTom Hale",
	          "\nHale Plumbing Ltd\nUnit 4, Stamford CT 06901");
	strips_to("Hi,\n\nPaid today.\n\nRegards,\nTom Hale",
	          "\nPlumber\nHale Plumbing\nHale Plumbing Ltd");
	/* The reader weighs the text without the firm's lines; a text without them as it is. */
	g_autofree char *weighed = dm_reply_text_weighed("Die Rechnung wird bezahlt.\n\n"
	                                                 "Freundliche Grüsse\nDaniel Roth\n"
	                                                 "Roth Elektro AG");
	g_assert_cmpstr(weighed, ==, "Die Rechnung wird bezahlt.\n\nFreundliche Grüsse\nDaniel Roth");
	g_assert_null(dm_reply_text_weighed("Ik betaal vrijdag.\n\nGroeten,\nJan\nAdministratie"));
	g_assert_null(dm_reply_text_weighed("Ik betaal vrijdag.\n\nGroeten,\nJan"));
}

static void
test_away(void)
{
	const DmReplyClass o = DM_REPLY_CLASS_OTHER;
	for_class("Our approver, Sarah, is off until 11 January. She'll deal with it when she's "
	          "back.", "2026-12-18", o, "2027-01-11");
	for_class("Marion is off sick till Monday 7 December, she will pick it up then.",
	          "2026-12-01", o, "2026-12-07");
	for_class("Herr Huber ist bis einschließlich 8. Jänner auf Urlaub und gibt die Rechnung "
	          "danach frei.", "2026-12-21", o, "2027-01-11");
	g_assert_true(dm_reply_says_away("Our approver is off until 11 January."));
	g_assert_true(dm_reply_says_away("Frau Gruber ist auf Urlaub."));
	/* Near misses. */
	g_assert_false(dm_reply_says_away("The loan is paid off until next year."));
	g_assert_false(dm_reply_says_away("Could you sign it off until Friday?"));
	g_assert_false(dm_reply_says_away("We will knock it off the total."));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/misses32/paid-instead-of", test_paid_instead_of);
	g_test_add_func("/reply/misses32/run", test_run);
	g_test_add_func("/reply/misses32/run-name", test_run_name);
	g_test_add_func("/reply/misses32/freeze", test_freeze);
	g_test_add_func("/reply/misses32/after-event", test_after_event);
	g_test_add_func("/reply/misses32/sitting", test_sitting);
	g_test_add_func("/reply/misses32/gets-back", test_gets_back);
	g_test_add_func("/reply/misses32/terms-change", test_terms_change);
	g_test_add_func("/reply/misses32/firm-lines", test_firm_lines);
	g_test_add_func("/reply/misses32/away", test_away);
	return g_test_run();
}
