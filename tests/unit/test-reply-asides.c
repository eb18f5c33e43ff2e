/* test-reply-asides: the words that keep a confident reading from acting alone.
 *
 * /reply/asides/note: a P.S. or an aside opened with a name in an out-of-office text is a
 * person's note; near misses: a notice's own words, a name in a sentence, "PS" inside a
 * word or a model name.
 * /reply/asides/leave: a first-person question asking whether a payment may be made
 * later or otherwise; near misses: a promise stated, a question that asks for nothing
 * to be allowed, a question about someone else.
 * /reply/asides/debit: a direct debit asked of the owner ("u mag het incasseren", "buchen
 *   Sie es ab", "take it by direct debit"); near misses: a debit that came back or was
 *   taken, a transfer promised, "ein" and "ab" in other verbs, a debit refused ("buchen Sie
 *   nichts ab", "do not take it by direct debit"), "you can collect" the parcel.
 * /reply/asides/own-payment: the writer's own payment stated inside a question ("Heb ik
 *   dat niet al betaald?", "ich habe doch per PayPal bezahlt?", "Didn't I pay this last
 *   week?") is found, and no reading of it acts alone; near misses: someone else's
 *   payment asked about, a payment asked for ("Can I pay by card?"), a payment stated
 *   with a question about something else after it, a payment stated plainly.
 * /reply/asides/acts-alone: an auto-reply with a note, a promise asked for and a debit
 * asked for never act alone however confident; the same classes without them do. */
#include "parser/reply/dm-reply-asides.h"
#include "parser/reply/dm-reply.h"

typedef struct {
	const char *text;
	gboolean want;
} Case;

static const Case note_cases[] = {
	{ "Ik ben afwezig tot en met 2 maart.\n\nPS Sanne, ik zie je herinnering: ik maak het "
	  "maandag over.", TRUE },
	{ "I'm away until 9 June. (Tom — the invoice went out on Friday's run.)", TRUE },
	{ "Ich bin bis 3. April im Urlaub. P.S.: Die Rechnung ist angewiesen.", TRUE },
	{ "Bin im Urlaub bis 4. Mai.\nPS: Überweisung folgt nach meiner Rückkehr.", TRUE },
	/* Near misses. */
	{ "Ik ben afwezig tot en met 2 maart. Voor dringende zaken: bel 020-1234567.", FALSE },
	{ "I'm away until 9 June; please contact Tom Baker for anything urgent.", FALSE },
	{ "Wir sind bis 3. April geschlossen (Betriebsurlaub).", FALSE },
	{ "Our GPS tracker and the UPS depot are closed until Monday.", FALSE },
};

static const Case leave_cases[] = {
	{ "Mag het na de 25e? Dan heb ik mijn loon.", TRUE },
	{ "Is het goed als ik het op 3 mei betaal?", TRUE },
	{ "Could we pay this on the 15th instead? Cash flow is tight.", TRUE },
	{ "Sorry! Would it be ok if I paid at the end of the month?", TRUE },
	{ "Darf ich erst am 20. überweisen?", TRUE },
	{ "Wäre es möglich, die Zahlung auf Anfang Mai zu schieben?", TRUE },
	/* Near misses. */
	{ "Ik betaal het na de 25e, dan heb ik mijn loon.", FALSE },
	{ "I'll pay on the 15th. Could you send the invoice again?", FALSE },
	{ "Ich überweise am 20. Wo finde ich die IBAN?", FALSE },
	{ "Can she still join the class on Saturday? We pay Friday.", FALSE },
};

static const Case debit_cases[] = {
	{ "U mag het bedrag gewoon incasseren, de machtiging heeft u.", TRUE },
	{ "Schrijf het maar af van mijn rekening.", TRUE },
	{ "Bitte buchen Sie es am 15. April erneut ab.", TRUE },
	{ "Sie dürfen den Betrag gern abbuchen.", TRUE },
	{ "Ziehen Sie die Rechnung doch per Lastschrift ein.", TRUE },
	{ "Please take it by direct debit, you have the mandate.", TRUE },
	{ "You can just collect it from the account on file.", TRUE },
	/* Near misses. */
	{ "Die Lastschrift ist zurückgegangen, ich überweise am Freitag.", FALSE },
	{ "U heeft het al afgeschreven in maart, kijk even na.", FALSE },
	{ "Ik maak het vrijdag over.", FALSE },
	{ "Holen Sie die Teile bitte ab, dann zahle ich bar.", FALSE },
	{ "We paid by direct debit on the 1st.", FALSE },
	/* A debit refused or said of something else: no debit asked. */
	{ "U kunt het niet meer incasseren, de machtiging is ingetrokken. Ik maak het vrijdag over.", FALSE },
	{ "Bitte buchen Sie nichts ab, ich überweise am Freitag.", FALSE },
	{ "Buchen Sie es bitte nicht ab, ich zahle bar.", FALSE },
	{ "Please do not take it by direct debit, I will transfer it on Friday.", FALSE },
	{ "You can collect the parcel at reception; I will pay by transfer on Friday.", FALSE },
};

static void
run(const Case *cases, gsize n, gboolean (*predicate)(const char *), const char *what)
{
	for (gsize i = 0; i < n; i++)
		if (predicate(cases[i].text) != cases[i].want)
			g_error("%s: \"%s\" should %sbe one", what, cases[i].text,
			        cases[i].want ? "" : "not ");
}

static void
test_note(void)
{
	run(note_cases, G_N_ELEMENTS(note_cases), dm_reply_text_personal_note, "note");
}

static void
test_leave(void)
{
	run(leave_cases, G_N_ELEMENTS(leave_cases), dm_reply_text_asks_leave, "leave");
}

static void
test_debit(void)
{
	run(debit_cases, G_N_ELEMENTS(debit_cases), dm_reply_text_asks_debit, "debit");
}

static void
test_acts_alone(void)
{
	const DmReplyClass none = DM_REPLY_CLASS_OTHER;
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_AUTO_REPLY, none,
	                                   "Ik ben afwezig t/m 2 maart. PS Sanne, ik maak het maandag over.",
	                                   0.99, 0.93));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_AUTO_REPLY, none,
	                                  "Ik ben afwezig t/m 2 maart. Bel bij spoed 020-1234567.",
	                                  0.99, 0.93));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                   "Mag het na de 25e? Dan is mijn loon er.", 0.99, 0.93));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                  "Ik betaal na de 25e, dan is mijn loon er.", 0.99, 0.93));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, none,
	                                   "Bitte buchen Sie es am 15. April erneut ab.", 0.99, 0.93));
}

/* A payment that waits on a corrected invoice; near misses: a promise with no
 * condition, a new invoice for other work, an invoice "as is" paid. */
static void
test_waits_on_correction(void)
{
	static const Case cases[] = {
		{ "Jullie rekenen 8 uur, het waren er 6. Zodra de nieuwe factuur er is betaal ik.", TRUE },
		{ "Stuur me een nieuwe, dan betaal ik die meteen.", TRUE },
		{ "Two of the boxes came back. Once you send a corrected invoice I'll pay it.", TRUE },
		{ "Sobald die korrigierte Rechnung da ist, überweise ich.", TRUE },
		/* Near misses. */
		{ "Ik betaal hem vrijdag, sorry voor de vertraging.", FALSE },
		{ "Paid today. Could you send a new invoice for the spring service?", FALSE },
		{ "Die Rechnung ist korrekt, ich überweise am Montag.", FALSE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++)
		if (dm_reply_text_waits_on_correction(cases[i].text) != cases[i].want)
			g_error("waits on correction, want %d: %s", cases[i].want, cases[i].text);
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PROMISE_TO_PAY, DM_REPLY_CLASS_OTHER,
	                                   cases[0].text, 0.99, 0.93));
}

static void
test_own_payment(void)
{
	static const Case cases[] = {
		{ "Heb ik dat niet al betaald?", TRUE },
		{ "Huh, ik had hem toch vorige maand al overgemaakt??", TRUE },
		{ "Huch, wir haben doch per Karte bezahlt? Ist das nicht angekommen?", TRUE },
		{ "Didn't I pay this last week?", TRUE },
		{ "I'm sure I paid this at the desk on the 3rd?", TRUE },
		/* Near misses. */
		{ "Mijn moeder heeft het al betaald toch?", FALSE },
		{ "Is dit niet al door de verzekering voldaan?", FALSE },
		{ "Can I pay by card over the phone?", FALSE },
		{ "Ich habe gestern bezahlt. Haben Sie meine neue Adresse?", FALSE },
		{ "Paid it this morning, thanks for the reminder!", FALSE },
		/* A plan asked, a salary: no payment done. */
		{ "Would it be ok if I paid 50 a week until it's cleared?", FALSE },
		{ "Kan ik elke maand 100 euro overmaken tot het betaald is?", FALSE },
		{ "Can I do half now and the rest when I get paid?", FALSE },
	};
	run(cases, G_N_ELEMENTS(cases), dm_reply_text_own_payment_asked, "own payment asked");
	/* The labels call it a question or paid: neither reading acts alone. */
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_QUESTION, DM_REPLY_CLASS_OTHER,
	                                   cases[0].text, 0.99, 0.93));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_PAID, DM_REPLY_CLASS_OTHER,
	                                   cases[0].text, 0.99, 0.93));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_QUESTION, DM_REPLY_CLASS_OTHER,
	                                  cases[5].text, 0.99, 0.93));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/asides/note", test_note);
	g_test_add_func("/reply/asides/leave", test_leave);
	g_test_add_func("/reply/asides/debit", test_debit);
	g_test_add_func("/reply/asides/acts-alone", test_acts_alone);
	g_test_add_func("/reply/asides/waits-on-correction", test_waits_on_correction);
	g_test_add_func("/reply/asides/own-payment", test_own_payment);
	return g_test_run();
}
