/* test-reply-misses33: test-blind33's missed days (events, hospitality and travel), by
 * family, in other words than the split's.
 *
 * /reply/misses33/through-then: the writer away up to and including a day ("t/m", "tot en
 *   met", "through", "bis einschließlich"), then paying ("daarna", "after that",
 *   "danach"): the day after it, the writer's calendar day (corpus/replies/README.md, "a
 *   promise for after a named day"), as after "tot" and "bis"; near misses: a day of its
 *   own, a deadline with no "then", the payment on return (moved past a weekend).
 * /reply/misses33/swiss-through: the Swiss "bis einschliesslich" (no ß) is the last day
 *   away, as "bis einschließlich" is: the day back is the first working day after it.
 * /reply/misses33/honeymoon: someone on honeymoon ("op huwelijksreis", "on her
 *   honeymoon", "in den Flitterwochen", "auf Hochzeitsreise") until a day is away, the day
 *   back an out-of-office's; near miss: a honeymoon or a wedding that says nobody is away.
 * /reply/misses33/after-named-event: a payment after an event named with its day ("na de
 *   voorstelling op 20 maart", "after the rehearsal on 20 March", "nach der Aufführung am
 *   20. März"): the day after it, as "na 20 maart" is; near misses: the payment on the day
 *   and the event after it, another day for the payment, a payment made after such an
 *   event (that day), the writer's income after "na" ("na mijn salaris op 25 maart": that
 *   day, the income's).
 * /reply/misses33/payment-moved: a payment moved to a day ("die Anzahlung auf den 30.
 *   verschieben", "de restbetaling verzetten naar 30 september"): a payment's day, not a
 *   booking moved; near misses: an appointment or a shoot moved, the payment moved in
 *   the next sentence.
 * /reply/misses33/span-before: a payment a span before a day named for an event ("We komen
 *   op 24 juli aan, dus ik maak het saldo twee weken daarvoor over", "two weeks before our
 *   arrival on 24 July"): that day less the span, the last day the writer allows; near
 *   misses: the span with no day named, the event's day the payment's, a cancellation a
 *   span before, the terms only stated.
 * /reply/misses33/booking-noted: a day to be put down for ("noteren voor", "vormerken",
 *   "lock in") beside a payment is the booking's, not the payment's.
 * /reply/misses33/just-now: "zojuist", "zonet", "soeben" (only ever "just now") with the
 *   way it was paid between it and the participle: paid the day sent.
 * /reply/misses33/answer-only: a reply that promises only an answer ("Ik kom er maandag
 *   op terug", "I'll get back to you on Monday", "ich melde mich") read as a promise does
 *   not act alone; near misses: the answer brings the money, a payment beside it.  The
 *   answer's day, "bij je op terug" too, is no payment's.
 * /reply/misses33/debit-permitted: a direct debit permitted with what and from where ("U
 *   mag het lesgeld voor de zomercursus van mijn rekening afschrijven", "take the
 *   outstanding balance by direct debit") is a plan, not a payment or a promise to act on
 *   alone; near misses: a debit refused, a payment reported. */
#include "parser/reply/dm-reply.h"
#include "test-reply-date-cases.h"

static void
test_through_then(void)
{
	const DmReplyClass p = DM_REPLY_CLASS_PROMISE_TO_PAY;
	/* 2026-08-12 is a Wednesday, 2026-08-15 a Saturday. */
	for_class("Ik ben tot en met 12 augustus op Texel zonder internet. Daarna betaal ik de "
	          "rekening.", "2026-07-28", p, "2026-08-13");
	for_class("Ik zit t/m 12 augustus in Noorwegen, daarna maak ik het over.", "2026-07-28", p,
	          "2026-08-13");
	for_class("We're in Portugal through August 12, after that I'll pay the balance.",
	          "2026-07-28", p, "2026-08-13");
	for_class("Ich bin bis einschließlich 12. August in Kroatien. Danach überweise ich den "
	          "Rest.", "2026-07-28", p, "2026-08-13");
	for_class("Ich bin bis und mit 12. August im Tessin, danach zahle ich.", "2026-07-28", p,
	          "2026-08-13");
	/* The writer's calendar day, a Sunday kept. */
	for_class("Ik ben t/m zaterdag 15 augustus op vakantie, daarna maak ik het over.",
	          "2026-07-28", p, "2026-08-16");
	/* near misses: "tot" as before; a day of its own; a deadline with no "then"; the
	 * payment on return, moved past the weekend */
	for_class("Ik ben tot 12 augustus op Texel, daarna betaal ik.", "2026-07-28", p,
	          "2026-08-13");
	for_class("Ik ben t/m 12 augustus weg. Ik betaal op 20 augustus.", "2026-07-28", p,
	          "2026-08-20");
	for_class("Ich überweise bis einschließlich 12. August.", "2026-07-28", p, "2026-08-12");
	for_class("Ik ben t/m zaterdag 15 augustus op vakantie. Als ik terug ben betaal ik.",
	          "2026-07-28", p, "2026-08-17");
}

static void
test_swiss_through(void)
{
	const DmReplyClass p = DM_REPLY_CLASS_PROMISE_TO_PAY, a = DM_REPLY_CLASS_AUTO_REPLY;
	/* 2026-08-21 is a Friday. */
	for_class("Mein Partner ist bis einschliesslich 21. August in den Ferien und zahlt die "
	          "Rechnung nach seiner Rückkehr.", "2026-08-10", p, "2026-08-24");
	for_class("Ich bin bis einschliesslich 21. August abwesend.", "2026-08-10", a,
	          "2026-08-24");
	/* near miss: "until X" alone is X */
	for_class("Mein Partner ist bis 21. August in den Ferien und zahlt die Rechnung nach "
	          "seiner Rückkehr.", "2026-08-10", p, "2026-08-21");
}

static void
test_honeymoon(void)
{
	const DmReplyClass o = DM_REPLY_CLASS_OTHER;
	/* 2026-06-22 is a Monday. */
	for_class("Mijn compagnon is tot 22 juni op huwelijksreis. Hij kijkt ernaar als hij "
	          "terug is.", "2026-06-05", o, "2026-06-22");
	for_class("Ciara is on her honeymoon until 22 June, she'll look at it when she's back.",
	          "2026-06-05", o, "2026-06-22");
	for_class("Frau Huber ist bis 22. Juni in den Flitterwochen und meldet sich danach.",
	          "2026-06-05", o, "2026-06-22");
	for_class("Herr Berger ist bis 22. Juni auf Hochzeitsreise und meldet sich danach.",
	          "2026-06-05", o, "2026-06-22");
	/* near misses: nobody away */
	for_class("Bedankt voor de mooie foto's van de bruiloft op 13 juni!", "2026-06-05", o,
	          "null");
	for_class("Thanks again for the honeymoon suite on 13 June, it was lovely.", "2026-06-05",
	          o, "null");
}

static void
test_after_named_event(void)
{
	const DmReplyClass p = DM_REPLY_CLASS_PROMISE_TO_PAY, a = DM_REPLY_CLASS_ARRANGEMENT,
	                   paid = DM_REPLY_CLASS_PAID;
	/* 2026-03-20 is a Friday. */
	for_class("Ik betaal het restant na de voorstelling op 20 maart.", "2026-03-03", p,
	          "2026-03-21");
	for_class("I'll settle the balance after the rehearsal on 20 March.", "2026-03-03", p,
	          "2026-03-21");
	for_class("Den Rest zahle ich nach der Aufführung am 20. März.", "2026-03-03", p,
	          "2026-03-21");
	for_class("Kunt u de factuur laten staan tot na het gala op 20 maart?", "2026-03-03", a,
	          "2026-03-21");
	/* ... the day said of the event after a comma */
	for_class("Ik betaal het restant na ons trouwfeest, dat is op 12 september.",
	          "2026-08-10", p, "2026-09-13");
	for_class("We'll pay the rest after the wedding, which is on 12 September.", "2026-08-10",
	          p, "2026-09-13");
	for_class("Den Rest zahlen wir nach der Hochzeit, die am 12. September ist.",
	          "2026-08-10", p, "2026-09-13");
	/* ... and none when no day is named */
	for_class("Ik betaal het restant na de bruiloft.", "2026-08-10", p, "null");
	for_class("I'll pay the balance after the trip.", "2026-08-10", p, "null");
	for_class("Nach der Hochzeit zahle ich den Rest.", "2026-08-10", p, "null");
	/* near misses: the payment on the day, the event after it; another day for the
	 * payment; a payment made after such an event, on its day */
	for_class("Ik betaal op 20 maart, na de voorstelling.", "2026-03-03", p, "2026-03-20");
	for_class("Na de voorstelling op 20 maart heb ik tijd. Ik betaal op 25 maart.",
	          "2026-03-03", p, "2026-03-25");
	for_class("Na de bruiloft, die op 12 september is, zijn we weg. Ik betaal op 30 "
	          "september.", "2026-08-10", p, "2026-09-30");
	for_class("Ik heb na de les op 10 maart contant betaald.", "2026-03-12", paid,
	          "2026-03-10");
	/* ... and the writer's income after "na", whose day the payment waits for */
	for_class("Het eerste deel na mijn salaris op 25 maart, graag.", "2026-03-03", a,
	          "2026-03-25");
	for_class("I'll pay half after my wages on 25 March.", "2026-03-03", p, "2026-03-25");
}

static void
test_payment_moved(void)
{
	const DmReplyClass a = DM_REPLY_CLASS_ARRANGEMENT;
	for_class("Können wir die Anzahlung auf den 30. September verschieben?", "2026-08-19", a,
	          "2026-09-30");
	for_class("Könnten wir die Restzahlung für den Saal auf nach dem 30. September "
	          "verschieben?", "2026-08-19", a, "2026-10-01");
	for_class("Kunnen we de restbetaling verzetten naar 30 september?", "2026-08-19", a,
	          "2026-09-30");
	/* near misses: an appointment, a shoot moved */
	for_class("Können wir den Termin auf den 30. September verschieben?", "2026-08-19", a,
	          "null");
	for_class("Kunnen we de fotoshoot verzetten naar 30 september?", "2026-08-19", a, "null");
	for_class("Können wir den Termin auf den 30. September verschieben? Die Zahlung "
	          "verschieben wir dann auch.", "2026-08-19", a, "null");
}

static void
test_span_before(void)
{
	const DmReplyClass p = DM_REPLY_CLASS_PROMISE_TO_PAY, d = DM_REPLY_CLASS_DISPUTE,
	                   q = DM_REPLY_CLASS_QUESTION;
	/* 2026-07-24 is a Friday; two weeks before it, 10 July. */
	for_class("Wij komen op 24 juli aan, dus ik maak het saldo uiterlijk twee weken daarvoor "
	          "over.", "2026-06-22", p, "2026-07-10");
	for_class("We arrive on 24 July, so I'll pay the balance two weeks before that.",
	          "2026-06-22", p, "2026-07-10");
	for_class("Wir reisen am 24. Juli an, den Restbetrag überweise ich zwei Wochen vorher.",
	          "2026-06-22", p, "2026-07-10");
	for_class("Ik betaal het restant twee weken voor aankomst. We komen 24 juli aan.",
	          "2026-06-22", p, "2026-07-10");
	for_class("I'll pay the rest ten days before our arrival on 24 July.", "2026-06-22", p,
	          "2026-07-14");
	for_class("Den Rest überweise ich 14 Tage vor der Anreise am 24. Juli.", "2026-06-22", p,
	          "2026-07-10");
	/* near misses: no day named; the event's day the payment's; a cancellation a span
	 * before; the terms only stated */
	for_class("I'll pay it at the latest two weeks before the trip.", "2026-06-22", p, "null");
	for_class("Ik betaal op 24 juli, twee weken daarvoor stuur ik de gastenlijst.",
	          "2026-06-22", p, "2026-07-24");
	for_class("Ich habe den Kurs am 5. November zwei Tage vorher abgesagt, die Gebühr zahle "
	          "ich nicht.", "2026-11-20", d, "null");
	for_class("Volgens het contract moet het saldo zes weken voor het feest betaald zijn. Het "
	          "feest is op 19 september. Klopt dat?", "2026-06-22", q, "null");
}

static void
test_booking_noted(void)
{
	const DmReplyClass paid = DM_REPLY_CLASS_PAID;
	for_class("Betaald! Wil je ons alvast noteren voor zaterdag 5 juni?", "2026-09-29", paid,
	          "null");
	for_class("Bezahlt. Können Sie uns für den 5. Juni vormerken?", "2026-09-29", paid,
	          "null");
	for_class("All paid. Can we lock in Friday 4 December again?", "2026-09-29", paid,
	          "null");
	/* near miss: the payment's own day */
	for_class("Betaald op 25 september. Noteer je het even?", "2026-09-29", paid,
	          "2026-09-25");
}

static void
test_just_now(void)
{
	const DmReplyClass paid = DM_REPLY_CLASS_PAID;
	for_class("Ik heb zojuist via de link in uw e-mail betaald.", "2026-04-09", paid,
	          "2026-04-09");
	for_class("Zonet met de betaallink uit jullie mail van gisteren betaald.", "2026-04-09",
	          paid, "2026-04-09");
	for_class("Soeben habe ich über den Link in Ihrer Mail bezahlt.", "2026-04-09", paid,
	          "2026-04-09");
	/* near misses: a negation between; "net" keeps its four words ("just like") */
	for_class("Zojuist zag ik dat de factuur van maart nog niet betaald is.", "2026-04-09",
	          paid, "null");
	for_class("Ik heb net een nieuwe baan en heb de vorige factuur ook al betaald.",
	          "2026-04-09", paid, "null");
}

static void
test_answer_only(void)
{
	const DmReplyClass p = DM_REPLY_CLASS_PROMISE_TO_PAY, o = DM_REPLY_CLASS_OTHER;
	g_assert_false(acts_as(p, "Ik moet het even met de penningmeester bespreken. Ik kom er "
	                          "maandag op terug."));
	g_assert_false(acts_as(p, "I need to check with the committee about the hall invoice. "
	                          "I'll get back to you on Monday."));
	g_assert_false(acts_as(p, "Ich muss das erst mit dem Vorstand besprechen und melde mich "
	                          "am Montag wieder."));
	/* Still: an answer that brings the money, and a payment beside the answer. */
	g_assert_true(acts_as(p, "Ik kom er maandag op terug met de betaling."));
	g_assert_true(acts_as(p, "Ik maak het maandag over en kom er dan op terug."));
	g_assert_true(acts_as(p, "I'll pay on Monday and get back to you about the deposit."));
	g_assert_true(acts_as(p, "Ich überweise am Montag und melde mich dann."));
	/* The answer's day is no payment's, said "bij je op terug" too. */
	for_class("Ik moet even met de penningmeester overleggen over deze rekening, ik kom er "
	          "donderdag bij je op terug.", "2026-06-10", o, "null");
	for_class("Ik kom er donderdag bij je op terug met het geld.", "2026-06-10", p,
	          "2026-06-11");
}

static void
test_debit_permitted(void)
{
	const DmReplyClass paid = DM_REPLY_CLASS_PAID, p = DM_REPLY_CLASS_PROMISE_TO_PAY;
	g_assert_false(acts_as(paid, "U mag het lesgeld voor de zomercursus van mijn rekening "
	                             "afschrijven, de machtiging zit in de bijlage."));
	g_assert_false(acts_as(paid, "Sie dürfen die Kursgebühr gerne von meinem Konto abbuchen, "
	                             "das Mandat liegt bei."));
	g_assert_false(acts_as(p, "You can take the outstanding balance by direct debit on the "
	                          "1st, the form is attached."));
	/* Still: a debit refused, or one taken already, and the payment reported. */
	g_assert_true(acts_as(paid, "U mag het bedrag niet meer van mijn rekening afschrijven, ik "
	                            "heb het gisteren zelf overgemaakt."));
	g_assert_true(acts_as(paid, "Ik heb het lesgeld voor de zomercursus gisteren overgemaakt."));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/misses33/through-then", test_through_then);
	g_test_add_func("/reply/misses33/swiss-through", test_swiss_through);
	g_test_add_func("/reply/misses33/honeymoon", test_honeymoon);
	g_test_add_func("/reply/misses33/after-named-event", test_after_named_event);
	g_test_add_func("/reply/misses33/payment-moved", test_payment_moved);
	g_test_add_func("/reply/misses33/span-before", test_span_before);
	g_test_add_func("/reply/misses33/booking-noted", test_booking_noted);
	g_test_add_func("/reply/misses33/just-now", test_just_now);
	g_test_add_func("/reply/misses33/answer-only", test_answer_only);
	g_test_add_func("/reply/misses33/debit-permitted", test_debit_permitted);
	return g_test_run();
}
