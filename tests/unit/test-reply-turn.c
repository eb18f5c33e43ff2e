/* test-reply-turn: a reply that changes its mind, and the part of it that stands
 * (turn.c).
 *
 * /reply/turn/added: a postscript, a "Nachtrag", an "inmiddels", a later finding ("Turns
 *   out", "Achteraf") after a sentence that says something is an addition; what stands is
 *   the addition on.
 * /reply/turn/taken-back: words that take back what came before ("scratch that", "laat
 *   maar", "stimmt nicht mehr", "toch maar", "Korrektur") drop the sentences before them;
 *   "P.S." cut off as a sentence of its own still opens the words that take back; so
 *   does a "laat maar" beside the reminder waved off ("Laat maar, een herinnering is
 *   overbodig, ik betaal pas in maart").
 * /reply/turn/dismissed: a message dismissed ("ignore my text ... saying", "negeer mijn
 *   vorige bericht", "please ignore that mail") drops its own sentence, up to a comma
 *   that ends the dismissal, and keeps the sentences before it.
 * /reply/turn/report: a report of what was said, planned or believed before drops up to
 *   the word that turns from it ("ik had u geschreven dat ..., maar"), or whole when a
 *   later sentence turns ("Toen vond ik hem", "Stimmt leider nicht"); the reminder's own
 *   question reported ("Sie fragen, wann wir zahlen") is dropped without a turn.
 * /reply/turn/none: near misses keep the whole text: a single sentence ("Deze is
 *   inmiddels betaald"), a PS with nothing before it, a day confirmed ("zoals ik al zei"),
 *   a report stood by ("daar blijf ik bij", "and that stands"), a report nothing turns
 *   from, the owner's reminder waved off ("Bitte ignorieren Sie die Zahlungserinnerung"),
 *   a "laat maar" or "nvm" beside such a wave with nothing more said,
 *   an apology for the delay ("My mistake for letting it slide"), "hang on to", "after
 *   all the trouble".
 * /reply/turn/reads-otherwise: a taking back whose rest reads any other class turns the
 *   reading, and so does its own class read below the threshold; an addition only with
 *   another intent read at 0.6 or more (a postscript of thanks read as a question, or as
 *   a dispute at a guess, does not), never its own class. */
#include "parser/reply/dm-reply-turn.h"

#include <string.h>

typedef struct {
	const char *text;
	DmReplyTurn turn;
	const char *stands;     /* a piece of what must stand */
	const char *gone;       /* a piece of what must be gone (nullable) */
} Case;

static void
check(const Case *cases, gsize n)
{
	for (gsize i = 0; i < n; i++) {
		DmReplyTurn turn;
		g_autofree char *standing = dm_reply_text_standing(cases[i].text, &turn);
		if (turn != cases[i].turn)
			g_error("turn %d, want %d: %s", turn, cases[i].turn, cases[i].text);
		g_assert_true(standing != NULL);
		if (!strstr(standing, cases[i].stands))
			g_error("'%s' not standing in '%s'", cases[i].stands, standing);
		if (cases[i].gone && strstr(standing, cases[i].gone))
			g_error("'%s' still standing in '%s'", cases[i].gone, standing);
	}
}

static void
test_added(void)
{
	static const Case cases[] = {
		{ "Ik heb dit nooit besteld, dit betaal ik niet.\n\nPS: net in de app gekeken, hij "
		  "is in juni gewoon betaald.", DM_REPLY_TURN_ADDED, "in juni gewoon betaald",
		  "nooit besteld" },
		{ "Alles klar, ich überweise bis Freitag.\n\nNachtrag: Sie berechnen 12 Stunden, es "
		  "waren 8.", DM_REPLY_TURN_ADDED, "es waren 8", "bis Freitag" },
		{ "We paid the first half on the 2nd of May. Meanwhile the second delivery never "
		  "arrived.", DM_REPLY_TURN_ADDED, "never arrived", "first half" },
		/* A later finding opens an addition, not a taking back: what it adds turns the
		 * reading only with an intent of its own. */
		{ "We paid the full amount on the 2nd of December via our bank. Turns out the "
		  "reference was missing, so it may not have been matched.", DM_REPLY_TURN_ADDED,
		  "reference was missing", "via our bank" },
		{ "Ik heb het volle bedrag op 2 december overgemaakt. Achteraf zag ik dat ik het "
		  "factuurnummer vergeten was.", DM_REPLY_TURN_ADDED, "factuurnummer", "overgemaakt" },
	};
	check(cases, G_N_ELEMENTS(cases));
}

static void
test_taken_back(void)
{
	static const Case cases[] = {
		{ "We never ordered this, who are you?\n\nP.S. Scratch that - my brother booked "
		  "the trailer and paid it.", DM_REPLY_TURN_TAKEN_BACK, "paid it", "never ordered" },
		{ "Ik kan pas volgende maand betalen. Laat maar: mijn vader heeft het al "
		  "overgemaakt.", DM_REPLY_TURN_TAKEN_BACK, "al overgemaakt", "volgende maand" },
		{ "Die Rechnung zahle ich so nicht, das Material fehlt noch. Hat sich erledigt, es "
		  "kam heute an und ist bezahlt.", DM_REPLY_TURN_TAKEN_BACK, "ist bezahlt",
		  "so nicht" },
		{ "I'll pay it at the end of the month. On second thought, the extra hour was "
		  "never agreed, so I won't.", DM_REPLY_TURN_TAKEN_BACK, "never agreed",
		  "end of the month" },
		/* The reminder named, but not what is waved off. */
		{ "I'll pay on Friday the 11th as you asked. Never mind, thanks to your reminder I "
		  "paid it right away.", DM_REPLY_TURN_TAKEN_BACK, "paid it right away",
		  "Friday the 11th" },
		/* "nvm", "never mind" as texted. */
		{ "I'll transfer it on Friday the 11th. Ah nvm, my husband says he already paid it "
		  "on Sunday??", DM_REPLY_TURN_TAKEN_BACK, "already paid", "Friday the 11th" },
		/* A taking back that also waves the reminder off still takes back: the wave
		 * spares only the words that are its own ("ignore the reminder"), not a "laat
		 * maar" beside it that names a new day. */
		{ "Ik betaal de factuur vrijdag. Laat maar, een herinnering is overbodig, ik betaal "
		  "pas in maart.", DM_REPLY_TURN_TAKEN_BACK, "pas in maart", "vrijdag" },
		{ "I'll pay it on Friday. Scratch that, no need for reminders, I can only pay in "
		  "March.", DM_REPLY_TURN_TAKEN_BACK, "only pay in March", "on Friday" },
		{ "Ich zahle am Freitag. Kommando zurück, die Mahnung ist unnötig, ich zahle erst "
		  "im März.", DM_REPLY_TURN_TAKEN_BACK, "erst im März", "am Freitag" },
	};
	check(cases, G_N_ELEMENTS(cases));
}

static void
test_dismissed(void)
{
	static const Case cases[] = {
		{ "Hi Kate, ignore my text from Sunday saying I'd pay on Friday. Paid it this "
		  "morning.", DM_REPLY_TURN_TAKEN_BACK, "Paid it this morning", "pay on Friday" },
		{ "Morgen Evi, negeer mijn appje van zondag, het is gisteravond al geregeld.",
		  DM_REPLY_TURN_TAKEN_BACK, "al geregeld", "appje" },
		{ "Please note the amount was transferred on the 3rd. Earlier I wrote it would "
		  "be done by the 20th, please ignore that mail.", DM_REPLY_TURN_TAKEN_BACK,
		  "transferred on the 3rd", "by the 20th" },
		{ "Vergiss meine SMS von gestern, dass ich erst im Mai zahlen kann. Meine "
		  "Schwester hat es überwiesen.", DM_REPLY_TURN_TAKEN_BACK, "Schwester", "im Mai" },
	};
	check(cases, G_N_ELEMENTS(cases));
}

static void
test_report(void)
{
	static const Case cases[] = {
		{ "Ik had u geschreven dat ik zou wachten op de creditnota, maar die komt maar "
		  "niet. Ik heb alles betaald.", DM_REPLY_TURN_TAKEN_BACK, "alles betaald",
		  "wachten op de creditnota" },
		{ "I was going to write that I never got this invoice. Then I found it in my spam "
		  "folder, and it was paid by direct debit.", DM_REPLY_TURN_TAKEN_BACK,
		  "paid by direct debit", "never got" },
		{ "Am Telefon sagte ich, es sei bezahlt. Stimmt leider nicht, morgen geht es raus.",
		  DM_REPLY_TURN_TAKEN_BACK, "morgen geht es raus", "sei bezahlt" },
		{ "Sie fragen, wann wir zahlen. Ich frage, wann das Tor endlich schließt.",
		  DM_REPLY_TURN_TAKEN_BACK, "das Tor", "wann wir zahlen" },
		{ "Jullie vragen wanneer ik betaal. Ik vraag wanneer de kraan eens gemaakt wordt.",
		  DM_REPLY_TURN_TAKEN_BACK, "de kraan", "wanneer ik betaal" },
	};
	check(cases, G_N_ELEMENTS(cases));
}

static void
test_none(void)
{
	static const char *const texts[] = {
		"Deze is inmiddels betaald.",
		"Hi,\n\nPS: paid yesterday, sorry for the delay.",
		"Zoals ik al zei: vrijdag staat het op uw rekening.",
		"Ik had u beloofd eind april te betalen en daar blijf ik bij: op 30 april.",
		"I said last week that I would not pay for the broken pane, and that stands.",
		"Ich habe Ihnen schon geschrieben, dass die Lampe defekt ist. Zahlung erst nach "
		"Ersatz.",
		"Paid yesterday.\n\nThanks again for the quick job.",
		/* The owner's reminder dismissed, or said to be needed no more: the writer takes
		 * back nothing of his own. */
		"Ik heb het bedrag gisteren overgemaakt. Het is dus niet meer nodig om nog een "
		"herinnering te sturen.",
		"Ich habe die Rechnung am 2. Dezember bezahlt. Bitte ignorieren Sie die "
		"Zahlungserinnerung dann einfach.",
		"We paid the full amount on the 2nd of December. Please ignore the reminder if it "
		"crossed our payment.",
		"I paid the full amount yesterday by bank transfer. There is no longer any need to "
		"send reminders.",
		/* ... with a "laat maar", "nvm" beside the wave and nothing more said: the words
		 * of a wave, not of a turn (review30b). */
		"Ik heb het bedrag gisteren overgemaakt. Laat maar, die herinnering is overbodig.",
		"I paid it in full yesterday. Nvm, no need for the reminder.",
		"Ich habe gestern alles überwiesen. Hat sich erledigt, die Mahnung ist unnötig.",
		/* An apology for the delay, and a phrasal verb: words that take back only in
		 * another use. */
		"Hello, I will pay the invoice on Friday the 11th. My mistake for letting it slide, "
		"sorry about that.",
		"Guten Tag, wir zahlen die Rechnung am Freitag, dem 11. Dezember. Mein Fehler, dass "
		"es so lange gedauert hat.",
		"Beste, ik betaal de factuur op vrijdag 11 december. Mijn fout dat het zo lang "
		"duurde, excuses daarvoor.",
		"Hello, I paid the invoice on 2 December by bank transfer. Hang on to the receipt in "
		"case you need it, I have a copy too.",
		/* "after all" followed by what it is after: no change of mind. */
		"I paid the full amount on the 3rd by bank transfer. After all the trouble with the "
		"delivery I am glad it is settled.",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(texts); i++) {
		DmReplyTurn turn = DM_REPLY_TURN_ADDED;
		g_autofree char *standing = dm_reply_text_standing(texts[i], &turn);
		if (standing || turn != DM_REPLY_TURN_NONE)
			g_error("a turn (%d) in: %s", turn, texts[i]);
	}
}

static void
test_reads_otherwise(void)
{
	const DmReplyTurn back = DM_REPLY_TURN_TAKEN_BACK, added = DM_REPLY_TURN_ADDED;
	g_assert_true(dm_reply_turn_reads_otherwise(back, DM_REPLY_CLASS_PROMISE_TO_PAY,
	                                            DM_REPLY_CLASS_OTHER, 0.45, 0.93));
	g_assert_true(dm_reply_turn_reads_otherwise(added, DM_REPLY_CLASS_DISPUTE,
	                                            DM_REPLY_CLASS_PAID, 0.91, 0.93));
	g_assert_false(dm_reply_turn_reads_otherwise(added, DM_REPLY_CLASS_DISPUTE,
	                                             DM_REPLY_CLASS_PAID, 0.48, 0.93));
	g_assert_false(dm_reply_turn_reads_otherwise(added, DM_REPLY_CLASS_PAID,
	                                             DM_REPLY_CLASS_QUESTION, 0.95, 0.93));
	g_assert_false(dm_reply_turn_reads_otherwise(back, DM_REPLY_CLASS_PAID,
	                                             DM_REPLY_CLASS_PAID, 0.99, 0.93));
	/* What stands reads the whole's class, but not surely enough to carry it. */
	g_assert_true(dm_reply_turn_reads_otherwise(back, DM_REPLY_CLASS_PROMISE_TO_PAY,
	                                            DM_REPLY_CLASS_PROMISE_TO_PAY, 0.60, 0.93));
	g_assert_false(dm_reply_turn_reads_otherwise(added, DM_REPLY_CLASS_PROMISE_TO_PAY,
	                                             DM_REPLY_CLASS_PROMISE_TO_PAY, 0.60, 0.93));
	g_assert_false(dm_reply_turn_reads_otherwise(DM_REPLY_TURN_NONE, DM_REPLY_CLASS_PAID,
	                                             DM_REPLY_CLASS_DISPUTE, 0.99, 0.93));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/turn/added", test_added);
	g_test_add_func("/reply/turn/taken-back", test_taken_back);
	g_test_add_func("/reply/turn/dismissed", test_dismissed);
	g_test_add_func("/reply/turn/report", test_report);
	g_test_add_func("/reply/turn/none", test_none);
	g_test_add_func("/reply/turn/reads-otherwise", test_reads_otherwise);
	return g_test_run();
}
