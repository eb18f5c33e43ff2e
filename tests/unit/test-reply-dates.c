/* test-reply-dates: dm_reply_find_date_precise, the date a reply states.
 *
 * /reply/dates/table: each form in each language, with its reference date, its sense (a
 * payment made reads backwards, a promise forwards) and the ISO date it must give, or
 * none for a vague time; across month and year ends, on the named weekday itself and
 * over a change of summer time.
 * /reply/dates/event-then-payment: a day for another event first, then the payment's day
 * told by it or after it (session 34): "de dag erna", "the day after", "am Tag danach" the
 * next day; the writer's own day after the day a customer pays him or his money comes in
 * ("mijn klant betaalt mij de 26e, uiterlijk de 27e"); an event named with its day and
 * again after "na mijn", "after the" (its next day); where the writer is on a day ("morgen
 * ben ik op de bouw") no payment's day.  Near misses beside each: the money's arrival the
 * day after, the day after tomorrow, the payment tied to the income's day, the writer's
 * own day first, the event's day the payment's, the payment in the whereabouts' sentence.
 * /reply/dates/away-then-payment: the writer away until a day ("ik zit nog in Portugal t/m
 * 27 november", "I am in Spain until 28 November"), the payment on return: the day back as
 * an out-of-office's; near miss: a day of its own named.
 * /reply/dates/relative-forms: a rhythm's weekday in the week named ("elke donderdag …
 * die van volgende week"), the middle of a week (its Wednesday), a day near a month's edge
 * over the edge ("end-of-month run on Friday 30th"), a day in words before thanks, a day
 * in digits before "of this month"; near misses: the rhythm alone, the middle of a month,
 * a day far from the edge, an ordinal that counts.
 * /reply/dates/corpus: the exact-date accuracy on the labelled training replies
 * (corpus/replies/train-*.jsonl): among the items whose gold `date` is set, the share
 * for which the text (`new_text` for inline items) gives exactly that date, stated (not
 * resolved from a vague period), read against the day of `sent` in its own offset, in
 * the sense of `date_role` (paid backwards, promised forwards).  Return dates (an
 * absence's end) are read by the auto-reply reader on top of ours and counted apart.
 * Printed per language; the test fails when promised and paid dates fall below the floor
 * in any language.  DM_DATES_CORPUS=file.jsonl measures another
 * file instead (the blind split, once, when the work is done); DM_CORPUS_VERBOSE=1 prints
 * every miss. */
#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-autoreply.h"
#include "dunning/learn/dm-learn.h"
#include "test-reply-date-cases.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#define CORPUS_DIR "corpus/replies"
/* Exact-date accuracy on the training files, per language and overall; the issue's
 * target is 90 %. */
#define FLOOR_EXACT 0.90

/* Reference days used below: 2026-11-23 is a Monday; 2026-10-23 a Friday before the
 * end of summer time (25 October); 2026-12-30 a Wednesday at the end of the year;
 * 2027-02-26 a Friday at the end of a short month. */
static const DateCase cases[] = {
	/* A named week is its Friday, its start its Monday (ISO weeks; the year that puts
	 * it nearest on the asked side); a week of a month holds its first Friday. */
	{ "2026-11-23", FALSE, "we betalen in week 49", "2026-12-04" },
	{ "2026-11-23", FALSE, "Zahlung in KW 2", "2027-01-15" },
	{ "2026-11-23", FALSE, "Anfang KW 3 \xc3\xbc" "berweisen wir", "2027-01-18" },
	{ "2026-11-23", FALSE, "begin week 50 betalen wij", "2026-12-07" },
	{ "2026-11-23", FALSE, "in de eerste week van december", "2026-12-04" },
	{ "2026-11-23", FALSE, "in the first week of January", "2027-01-01" },
	{ "2026-11-23", FALSE, "in der ersten Dezemberwoche", "2026-12-04" },
	{ "2026-11-23", FALSE, "the week of 7 December", "2026-12-11" },
	{ "2026-11-23", FALSE, "in de week van 7 december maak ik het over", "2026-12-11" },
	/* Holidays that fix a day; "voor de kerst" the day before Christmas, "na" the day
	 * after the holiday. */
	{ "2026-11-23", FALSE, "uiterlijk op oudejaarsdag", "2026-12-31" },
	{ "2026-11-23", TRUE, "I paid it on Boxing Day", "2025-12-26" },
	{ "2026-11-23", FALSE, "voor de kerst betaal ik", "2026-12-24" },
	{ "2026-11-23", FALSE, "na Koningsdag", "2027-04-28" },
	{ "2026-11-23", FALSE, "an Silvester", "2026-12-31" },
	{ "2026-11-23", FALSE, "on Christmas Eve", "2026-12-24" },
	{ "2026-11-23", FALSE, "op tweede paasdag", "2027-03-29" },
	/* The second day of Christmas is the 26th, however it is written; the first the 25th. */
	{ "2026-11-23", FALSE, "am zweiten Weihnachtstag", "2026-12-26" },
	{ "2026-11-23", FALSE, "am 2. Weihnachtsfeiertag", "2026-12-26" },
	{ "2026-11-23", FALSE, "am ersten Weihnachtsfeiertag", "2026-12-25" },
	{ "2026-11-23", TRUE, "noch vor Weihnachten, am 19.12., \xc3\xbc" "berwiesen", "2025-12-19" },
	/* "in acht Tagen" is a week; a span "from today". */
	{ "2026-11-23", FALSE, "heute in acht Tagen zahle ich", "2026-11-30" },
	{ "2026-11-23", FALSE, "I'll pay a fortnight from today", "2026-12-07" },
	{ "2026-11-23", FALSE, "zwei Wochen ab heute", "2026-12-07" },
	/* A weekday so many weeks on; "the Monday after next" as "Monday week". */
	{ "2026-11-23", FALSE, "ik betaal dinsdag over twee weken", "2026-12-08" },
	{ "2026-11-23", FALSE, "Dienstag in zwei Wochen", "2026-12-08" },
	{ "2026-11-25", FALSE, "the Monday after next", "2026-12-07" },
	/* Two days offered: the later. */
	{ "2026-11-23", FALSE, "morgen of overmorgen", "2026-11-25" },
	{ "2026-11-23", FALSE, "Wednesday or Thursday", "2026-11-26" },
	{ "2026-11-23", FALSE, "morgen oder \xc3\xbc" "bermorgen", "2026-11-25" },
	/* Numbers that are no day. */
	{ "2026-11-23", FALSE, "ik betaal \xe2\x82\xac 50 per week", NULL },
	{ "2026-11-23", FALSE, "ik kan per week 12 euro missen", NULL },
	{ "2026-11-23", FALSE, "factuur 2026-0412 komt eraan", NULL },
	{ "2026-11-23", FALSE, "bel me op 06-12345678", NULL },
	{ "2026-11-23", FALSE, "ik zit tot 9.30 in overleg", NULL },
	{ "2026-11-23", FALSE, "het bedrag van 12,50 klopt", NULL },
	{ "2026-11-23", FALSE, "ik betaal het nog in 2026", NULL },
	{ "2026-11-23", FALSE, "we plan 2 visits a week 3 times", NULL },
	/* Dutch and Flemish */
	{ "2026-11-23", FALSE, "ik betaal vrijdag", "2026-11-27" },
	{ "2026-11-23", FALSE, "maandag", "2026-11-30" },
	{ "2026-11-23", TRUE, "betaald op maandag", "2026-11-16" },   /* today: "vandaag" */
	{ "2026-11-23", FALSE, "volgende week woensdag", "2026-12-02" },
	{ "2026-11-23", FALSE, "woensdag volgende week", "2026-12-02" },
	{ "2026-11-23", FALSE, "eind van de maand", "2026-11-30" },
	{ "2026-11-23", FALSE, "tegen het einde van de maand", "2026-11-30" },
	{ "2026-11-23", FALSE, "begin volgende maand", "2026-12-01" },
	{ "2026-11-23", FALSE, "over twee weken", "2026-12-07" },
	/* "na de 25e" is the day after it (corpus/replies/README.md); "tot", "voor", "by",
	 * "bis zum" name the day itself. */
	{ "2026-11-23", FALSE, "na de 25e", "2026-11-26" },
	{ "2026-11-23", FALSE, "kort na de 25e maak ik het over", "2026-11-26" },
	{ "2026-11-23", FALSE, "Zahlung nach dem 25.", "2026-11-26" },
	{ "2026-11-23", FALSE, "I can pay after the 25th", "2026-11-26" },
	/* ... also with the month it is of ("of this month", "van volgende maand"). */
	{ "2026-11-03", FALSE, "I can only send it after the 20th of this month", "2026-11-21" },
	{ "2026-11-23", FALSE, "Ik maak het over na de 5e van volgende maand.", "2026-12-06" },
	{ "2026-11-03", FALSE, "Überweisung nach dem 20. dieses Monats.", "2026-11-21" },
	{ "2026-11-03", FALSE, "tegen de 20e van deze maand", "2026-11-20" },
	{ "2026-11-23", FALSE, "uiterlijk de 25e", "2026-11-25" },
	{ "2026-11-23", FALSE, "voor de 25e", "2026-11-25" },
	{ "2026-11-23", FALSE, "by the 25th", "2026-11-25" },
	{ "2026-11-23", FALSE, "bis zum 25.", "2026-11-25" },
	{ "2026-11-23", FALSE, "banana de 25e", "2026-11-25" },
	/* With its month, or as a date: the same. */
	{ "2026-11-23", FALSE, "we mogen pas na 30 december betalen", "2026-12-31" },
	{ "2026-11-23", FALSE, "Ich kann erst nach dem 1. Dezember \xc3\xbc" "berweisen", "2026-12-02" },
	{ "2026-11-23", FALSE, "I can pay after 1 December", "2026-12-02" },
	{ "2026-11-23", FALSE, "na 15-12-2026 maak ik het over", "2026-12-16" },
	{ "2026-11-23", FALSE, "nach dem 15.12. zahlen wir", "2026-12-16" },
	{ "2026-11-23", FALSE, "uiterlijk 30 december betaald", "2026-12-30" },
	{ "2026-11-23", FALSE, "bis zum 1. Dezember", "2026-12-01" },
	{ "2026-11-23", FALSE, "banana 30 december", "2026-12-30" },
	{ "2026-11-23", FALSE, "morgen", "2026-11-24" },
	{ "2026-11-23", FALSE, "overmorgen", "2026-11-25" },
	{ "2026-11-23", TRUE, "gisteren overgemaakt", "2026-11-22" },
	{ "2026-11-23", TRUE, "vorige week donderdag betaald", "2026-11-19" },
	{ "2026-11-23", TRUE, "afgelopen vrijdag", "2026-11-20" },
	{ "2026-11-23", FALSE, "vandaag nog", "2026-11-23" },
	{ "2026-11-23", FALSE, "5 december", "2026-12-05" },
	{ "2026-11-23", FALSE, "op 5-12", "2026-12-05" },
	{ "2026-11-23", FALSE, "ten laatste de 1ste van volgende maand", "2026-12-01" },
	{ "2026-12-30", FALSE, "3 januari", "2027-01-03" },
	{ "2026-12-30", FALSE, "begin volgende maand", "2027-01-01" },
	{ "2026-12-30", FALSE, "eind volgende maand", "2027-01-31" },
	{ "2026-12-30", FALSE, "vrijdag", "2027-01-01" },
	{ "2026-12-30", FALSE, "over 10 dagen", "2027-01-09" },
	{ "2027-02-26", FALSE, "eind van de maand", "2027-02-28" },
	{ "2026-10-23", FALSE, "volgende week maandag", "2026-10-26" },
	{ "2026-10-23", FALSE, "over twee weken", "2026-11-06" },
	{ "2026-11-23", FALSE, "volgende week", NULL },
	{ "2026-11-23", FALSE, "binnenkort", NULL },
	{ "2026-11-23", FALSE, "in de loop van volgende week", NULL },
	{ "2026-11-23", FALSE, "medio december", "2026-12-15" },
	/* English */
	{ "2026-11-23", FALSE, "next Friday", "2026-11-27" },
	{ "2026-11-23", FALSE, "by the 15th", "2026-12-15" },
	{ "2026-11-10", FALSE, "by the 15th", "2026-11-15" },
	{ "2026-11-23", FALSE, "end of next week", "2026-12-04" },
	{ "2026-11-23", FALSE, "tomorrow", "2026-11-24" },
	{ "2026-11-23", TRUE, "last Tuesday", "2026-11-17" },
	{ "2026-11-23", FALSE, "Friday week", "2026-12-04" },
	{ "2026-11-23", FALSE, "by the end of the month", "2026-11-30" },
	{ "2026-11-23", FALSE, "in two weeks", "2026-12-07" },
	{ "2026-11-23", TRUE, "paid it on the 20th", "2026-11-20" },
	{ "2026-11-23", FALSE, "December 4th", "2026-12-04" },
	/* No 20th month: month first, wherever it was written. */
	{ "2026-11-23", TRUE, "paid on 11/20/2026", "2026-11-20" },
	{ "2026-11-23", FALSE, "next week", NULL },
	{ "2026-11-23", FALSE, "soon", NULL },
	{ "2026-11-23", FALSE, "mid-December", "2026-12-15" },
	/* German, Austrian, Swiss */
	{ "2026-11-23", FALSE, "Ende des Monats", "2026-11-30" },
	{ "2026-11-23", FALSE, "nächsten Mittwoch", "2026-11-25" },
	{ "2026-11-23", FALSE, "bis zum 15.", "2026-12-15" },
	{ "2026-11-23", FALSE, "in 10 Tagen", "2026-12-03" },
	{ "2026-11-23", TRUE, "vorgestern überwiesen", "2026-11-21" },
	{ "2026-11-23", TRUE, "heute überwiesen", "2026-11-23" },
	{ "2026-11-23", FALSE, "morgen früh", "2026-11-24" },
	{ "2026-11-23", FALSE, "übermorgen", "2026-11-25" },
	{ "2026-11-23", FALSE, "am 3. Dezember", "2026-12-03" },
	{ "2026-12-30", FALSE, "am 7. Jänner", "2027-01-07" },
	{ "2026-12-30", FALSE, "Anfang nächsten Monats", "2027-01-01" },
	{ "2026-11-23", FALSE, "nächste Woche Freitag", "2026-12-04" },
	/* Swiss: "innert" (within), "morn" (tomorrow), "Wuche", "grad" (just). */
	{ "2026-11-23", FALSE, "ich zahle innert 5 Tagen", "2026-11-28" },
	{ "2026-11-23", FALSE, "mach ich morn", "2026-11-24" },
	{ "2026-11-23", FALSE, "bis Ende Wuche", "2026-11-27" },
	{ "2026-11-23", TRUE, "hani grad zahlt", "2026-11-23" },
	/* Colloquial Dutch "gister", Flemish "net overgeschreven". */
	{ "2026-11-23", TRUE, "gister overgemaakt", "2026-11-22" },
	{ "2026-11-23", TRUE, "heb het net overgeschreven", "2026-11-23" },
	{ "2026-11-23", TRUE, "letzten Donnerstag", "2026-11-19" },
	{ "2026-11-23", FALSE, "zum Monatsende", "2026-11-30" },
	{ "2026-11-23", FALSE, "in zwei Wochen", "2026-12-07" },
	{ "2026-11-23", FALSE, "nächste Woche", NULL },
	{ "2026-11-23", FALSE, "Mitte Dezember", "2026-12-15" },
	{ "2026-11-23", FALSE, "demnächst", NULL },
	/* A stated date wins over a vague time before it. */
	{ "2026-11-23", FALSE, "volgende week, uiterlijk 4 december", "2026-12-04" },
	/* Far from their digit (the patterns that need a digit are tried only near one):
	 * a month name, a dot and a long run of white space before the day, a Kelvin sign
	 * for the "k" of "oktober", a word, white space and a day, and a no-break space. */
	{ "2026-11-23", FALSE, "wij betalen op December.                                   5",
	  "2026-12-05" },
	{ "2026-09-01", FALSE, "wij betalen O\u212atober 5", "2026-10-05" },
	{ "2026-11-23", FALSE, "ik betaal tegen\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t5e",
	  "2026-12-05" },
	{ "2026-11-23", TRUE, "we paid it on\u00a09.11", "2026-11-09" },
	/* Each way of naming a day, and of counting days back, that the words of the date
	 * kinds (kinds_possible) must let through. */
	{ "2026-11-23", FALSE, "tmrw I'll pay", "2026-11-24" },
	{ "2026-11-23", FALSE, "2moro betaal ik", "2026-11-24" },
	{ "2026-11-23", FALSE, "morgn zahl i", "2026-11-24" },
	{ "2026-11-23", TRUE, "zojuist betaald", "2026-11-23" },
	{ "2026-11-23", TRUE, "zonet overgemaakt", "2026-11-23" },
	/* "voldaan", "afgerekend", "settled" are paying verbs too; near miss: "net als vorige
	 * maand voldaan" is "just like last month". */
	{ "2026-11-23", TRUE, "Zojuist voldaan via de betaallink in uw laatste aanmaning.", "2026-11-23" },
	{ "2026-11-23", TRUE, "Net afgerekend bij de balie.", "2026-11-23" },
	{ "2026-11-23", TRUE, "Just settled it online.", "2026-11-23" },
	{ "2026-11-23", TRUE, "net als vorige maand voldaan", NULL },
	/* "paid just now", "nu gedaan", "net gedaan": the day sent; "nu" alone is no day. */
	{ "2026-11-23", TRUE, "Paid just now, so sorry!", "2026-11-23" },
	{ "2026-11-23", TRUE, "Sent it just now.", "2026-11-23" },
	/* "just now" alone is "at the moment", no day. */
	{ "2026-11-23", TRUE, "Sorry, I cannot pay just now. I will let you know when I can.", NULL },
	{ "2026-11-23", TRUE, "Sorry vergeten, nu gedaan", "2026-11-23" },
	/* A negation among the words between is no payment today. */
	{ "2026-11-23", TRUE, "Ich habe eben nichts überwiesen, weil die Rechnung falsch ist.", NULL },
	{ "2026-11-23", TRUE, "Ik heb nu niks betaald, de factuur klopt niet.", NULL },
	{ "2026-11-23", TRUE, "Wir haben soeben keinen Cent bezahlt.", NULL },
	{ "2026-11-23", TRUE, "Net als vorige maand betaald via de bank.", NULL },
	{ "2026-11-23", TRUE, "heb het net gedaan, sorry!", "2026-11-23" },
	{ "2026-11-23", TRUE, "Erledigt, nu is het klaar", NULL },
	{ "2026-11-23", TRUE, "soeben überwiesen", "2026-11-23" },
	{ "2026-11-23", TRUE, "gerade bezahlt", "2026-11-23" },
	/* What the sum includes may stand between, as a late reminder's costs make people
	 * write it; "daarnet" is Flemish "just now" (train-ladder).  Not a negation there, nor
	 * an inclusion that runs on past three words. */
	{ "2026-11-23", TRUE, "Ik heb net het volledige bedrag inclusief de kosten overgemaakt.",
	  "2026-11-23" },
	{ "2026-11-23", TRUE, "Ich habe soeben den vollen Betrag inklusive Mahngebühren überwiesen.",
	  "2026-11-23" },
	{ "2026-11-23", TRUE, "Ik heb daarnet alles overgeschreven, ook de kosten.", "2026-11-23" },
	{ "2026-11-23", TRUE, "Ik heb net het volledige bedrag inclusief de kosten niet betaald.",
	  NULL },
	{ "2026-11-23", TRUE, "Net als vorige maand het bedrag inclusief de rente betaald.", NULL },
	{ "2026-11-23", TRUE, "gisternacht betaald", "2026-11-22" },
	{ "2026-11-23", TRUE, "eergisteren betaald", "2026-11-21" },
	{ "2026-11-23", TRUE, "vanochtend betaald", "2026-11-23" },
	/* Flemish "deze morgen" is this morning; "tomorow" a hurried tomorrow. */
	{ "2026-11-21", TRUE, "deze morgen overgeschreven via de app", "2026-11-21" },
	{ "2026-11-23", TRUE, "deze voormiddag betaald", "2026-11-23" },
	{ "2026-11-23", FALSE, "ok I pay tomorow", "2026-11-24" },
	{ "2026-11-23", FALSE, "will transfer it tommorow morning", "2026-11-24" },
	{ "2026-11-23", FALSE, "vanavond maak ik het over", "2026-11-23" },
	{ "2026-11-23", FALSE, "tonight I will transfer it", "2026-11-23" },
	{ "2026-11-23", TRUE, "paid last night", "2026-11-22" },
	{ "2026-11-23", TRUE, "paid it yesterday", "2026-11-22" },
	{ "2026-11-23", TRUE, "drie dagen geleden betaald", "2026-11-20" },
	{ "2026-11-23", TRUE, "paid two days ago", "2026-11-21" },
	/* A birth date names a person, not a payment. */
	{ "2026-11-23", FALSE, "Namens de heer J. Kramer, geboren 14-02-1979, vragen wij een "
	  "regeling.", NULL },
	{ "2026-11-23", FALSE, "De heer M. Vos (geb. 12-03-1981) betaalt vanaf 1 december.",
	  "2026-12-01" },
	{ "2026-11-23", FALSE, "Frau A. Berger, Geburtsdatum: 03.05.1950, zahlt am 30.11.",
	  "2026-11-30" },
	{ "2026-11-23", TRUE, "Mr T. Walsh, born 3 May 1980, paid on 20 November",
	  "2026-11-20" },
	{ "2026-11-23", TRUE, "vor drei Tagen bezahlt", "2026-11-20" },
	/* Days of another event than a payment: a death, a state's start, a contract's end, a
	 * change that takes effect, someone else's proposal; and a day that waits on an
	 * approval.  A payment's day beside them still counts. */
	{ "2026-11-23", FALSE, "Namens de familie van de op 2 november overleden heer De Wit.",
	  NULL },
	{ "2026-11-23", TRUE, "Als Nachlasspflegerin der am 2. Oktober verstorbenen Frau Huber "
	  "teile ich mit, dass die Rechnung beglichen wurde.", NULL },
	{ "2026-11-23", FALSE, "Mijn vader is op 28 oktober overleden, wij betalen vrijdag.",
	  "2026-11-27" },
	{ "2026-11-23", FALSE, "De heer D. Kramer staat sinds 1 september onder bewind.", NULL },
	{ "2026-11-23", TRUE, "Ist seit Freitag bezahlt!", "2026-11-20" },
	{ "2026-11-23", FALSE, "Ich möchte den Klavierunterricht zum Monatsende kündigen.", NULL },
	{ "2026-11-23", FALSE, "Ich kündige zum 31. Dezember, die Rechnung zahle ich am Freitag.",
	  "2026-11-27" },
	{ "2026-11-23", FALSE, "Please note from 1 December we have a new bank account.", NULL },
	{ "2026-11-23", FALSE, "Per 1 december zijn wij verhuisd naar Utrecht.", NULL },
	{ "2026-11-23", FALSE, "Ab Montag überweise ich den Betrag.", "2026-11-30" },
	/* Someone else's past payment after a comma is no tense of the date's promise; near
	 * miss: the date before the comma in a clause that pays nothing yet. */
	{ "2026-11-23", FALSE, "Ik betaal het deze vrijdag, mijn klant heeft eindelijk betaald.", "2026-11-27" },
	{ "2026-11-23", FALSE, "I'll pay it on Friday, my client has paid me at last.", "2026-11-27" },
	{ "2026-11-23", TRUE, "Ich habe es am Freitag überwiesen, mein Chef hat mich erinnert.", "2026-11-20" },
	/* A farewell names the next lesson's or visit's day, no payment's; a curt deadline
	 * keeps its day. */
	{ "2026-11-23", TRUE, "Betaald vanmiddag, mijn fout! Tot dinsdag!", "2026-11-23" },
	{ "2026-11-23", TRUE, "Paid this afternoon, sorry! See you Tuesday.", "2026-11-23" },
	{ "2026-11-23", FALSE, "Ich zahle am Freitag. Bis Dienstag dann!", "2026-11-27" },
	{ "2026-11-23", FALSE, "Bis Freitag.", "2026-11-27" },
	/* ... unless the money comes along to that meeting: its day is the payment's; near
	 * miss: money brought already keeps the farewell's day out. */
	{ "2026-11-23", FALSE, "Sorry, vergeten! Ik neem het geld contant mee naar de les. Tot dinsdag!", "2026-11-24" },
	{ "2026-11-23", FALSE, "Sorry, I forgot. I will bring the cash to the lesson. See you Tuesday!", "2026-11-24" },
	{ "2026-11-23", FALSE, "Entschuldigung! Ich bringe das Geld zur Stunde mit. Bis Dienstag dann!", "2026-11-24" },
	{ "2026-11-23", TRUE, "Ik heb het geld vanmiddag meegenomen en betaald. Tot dinsdag!", "2026-11-23" },
	{ "2026-11-23", FALSE, "Ik betaal het uiterlijk tot vrijdag.", "2026-11-27" },
	{ "2026-11-23", FALSE, "U ontvangt binnen 6 weken een voorstel.", NULL },
	{ "2026-11-23", FALSE, "U ontvangt binnen de zes weken ons voorstel.", NULL },
	{ "2026-11-23", FALSE, "Wij verzoeken u binnen 14 dagen een actueel overzicht van uw vordering te sturen.", NULL },
	{ "2026-11-23", FALSE, "Bitte senden Sie uns innerhalb von 14 Tagen eine aktuelle Forderungsaufstellung.", NULL },
	/* an overview that comes with the money, or that the payment follows, leaves the
	 * payment's day */
	{ "2026-11-23", FALSE, "The money will be with you on Friday, with a statement of the invoices it covers.", "2026-11-27" },
	{ "2026-11-23", FALSE, "U heeft het geld binnen 14 dagen, met een overzicht erbij.", "2026-12-07" },
	{ "2026-11-23", FALSE, "Der Betrag geht am Freitag raus, eine Aufstellung der Rechnungen folgt.", "2026-11-27" },
	{ "2026-11-23", FALSE, "You will have it by Friday as per your statement.", "2026-11-27" },
	/* near miss: the payment itself within the span keeps its day */
	{ "2026-11-23", FALSE, "Ik betaal binnen 14 dagen het volledige bedrag.", "2026-12-07" },
	{ "2026-11-23", FALSE, "Na goedkeuring volgt betaling binnen 30 dagen.", NULL },
	{ "2026-11-23", FALSE, "Once approved we pay on the 30th.", NULL },
	{ "2026-11-23", FALSE, "Nach Freigabe überweisen wir am 30.11.", NULL },
	/* A day something is booked, reserved, ordered or delivered on is no payment's
	 * (train-refusals); a payment's day beside it still counts. */
	{ "2026-11-23", FALSE, "Kan mijn zoon volgende week donderdag nog een extra les "
	  "inplannen?", NULL },
	{ "2026-11-23", FALSE, "Can we reserve the marquee again for Saturday 5 December?", NULL },
	{ "2026-11-23", FALSE, "Hätten Sie am Donnerstag noch einen Termin für mich?", NULL },
	{ "2026-11-23", FALSE, "Could you ship another 20 units on the 10th?", NULL },
	{ "2026-11-23", FALSE, "Mogen wij voor 12 december de zaal reserveren?", NULL },
	{ "2026-11-23", FALSE, "Kunnen we op 28 november nog een rijles plannen? De factuur betaal "
	  "ik vrijdag.", "2026-11-27" },
	{ "2026-11-23", FALSE, "I'll pay on Friday and would like to book another lesson for "
	  "Monday.", "2026-11-27" },
	/* ... in more wordings (train-bookings): a hall pinned down, a room hired, a delivery
	 * put down for a day, catering locked in; the delivery's day beside the payment's. */
	{ "2026-11-23", FALSE, "Kunnen we de zaal op 14 december vastleggen?", NULL },
	{ "2026-11-23", FALSE, "Wir möchten für den 15. Dezember wieder den Konferenzraum buchen.",
	  NULL },
	{ "2026-11-23", FALSE, "Keen to lock in the same catering for our do on 11 December.", NULL },
	{ "2026-11-23", FALSE, "Kan ik de aanhanger zaterdag 28 november huren?", NULL },
	{ "2026-11-23", FALSE, "Die Lieferung kommt am 30., die Rechnung überweise ich aber schon am "
	  "Freitag.", "2026-11-27" },
	{ "2026-11-23", FALSE, "Ich bezahle die Bestellung, und zwar am Freitag.", "2026-11-27" },
	/* Flemish "den 10den", Swiss day names, "eben" before an amount, and the start of
	 * this month for what was paid. */
	{ "2026-11-23", FALSE, "wordt ten laatste tegen den 25den betaald", "2026-11-25" },
	{ "2026-11-23", TRUE, "Isch am Mäntig scho zahlt worde", "2026-11-16" },
	{ "2026-11-23", FALSE, "zahle am Zischtig", "2026-11-24" },
	{ "2026-11-23", FALSE, "Am Fritig zahl ich", "2026-11-27" },
	{ "2026-11-23", TRUE, "habe eben 960 € überwiesen", "2026-11-23" },
	{ "2026-11-23", TRUE, "Begin van de maand al betaald.", "2026-11-01" },
	/* A weekday told after a holiday: that day after it (Easter 2026 is 5 April, 2027
	 * 28 March; Whit Sunday 2026 24 May); the holiday alone is vague. */
	{ "2026-03-26", FALSE, "Ich zahle gleich nach Ostern, am Dienstag.", "2026-04-07" },
	{ "2026-03-26", FALSE, "Na Pasen op woensdag betaal ik.", "2026-04-08" },
	{ "2026-05-12", FALSE, "After Whitsun, on Tuesday.", "2026-05-26" },
	{ "2026-12-10", FALSE, "Nach Weihnachten, am Montag, überweise ich.", "2026-12-28" },
	{ "2026-12-10", FALSE, "Ik betaal na de kerst.", NULL },
	{ "2026-04-20", FALSE, "Ich zahle nach Ostern am Dienstag.", "2027-03-30" },
	/* Not dates */
	{ "2026-11-23", FALSE, "factuur 2026-0012 van EUR 1.250,00", NULL },
	{ "2026-11-23", FALSE, "31-02", NULL },
	{ "2026-11-23", FALSE, "bellen kan 24/7, betalen doe ik zsm", NULL },
	{ "2026-11-23", FALSE, "wir überweisen zeitnah", NULL },
	/* The tuning set of the date reader (issue 6, point 5), in other words than the
	 * held-out set's: Swiss "Ende Monat", Austrian months, Flemish "tegen de 10de",
	 * and a day given to a payment over one given to something else. */
	{ "2026-11-23", FALSE, "Wir begleichen das bis Ende Monat, freundliche Grüsse", "2026-11-30" },
	{ "2027-01-07", TRUE, "Die Überweisung ist am 4. Jänner raus", "2027-01-04" },
	{ "2026-12-30", TRUE, "hab's am 28. überwiesen", "2026-12-28" },
	{ "2027-03-02", TRUE, "am 26. Feber bezahlt", "2027-02-26" },
	{ "2026-11-23", FALSE, "we storten het tegen de 10de", "2026-12-10" },
	{ "2026-11-23", FALSE, "ten laatste donderdag staat het op uw rekening", "2026-11-26" },
	{ "2026-11-23", FALSE, "Ik zit tot woensdag op de beurs. Vrijdag boek ik het over.",
	  "2026-11-27" },
	{ "2026-11-23", FALSE, "I'm on site until Wednesday. The transfer goes out on Friday.",
	  "2026-11-27" },
	{ "2026-11-23", FALSE, "Bin bis Mittwoch auf Montage und überweise am Freitag.",
	  "2026-11-27" },
	{ "2026-11-23", TRUE, "I have made the transfer on Thursday, can you check?", "2026-11-19" },
	{ "2026-11-23", FALSE, "the balance hits your account on the 2nd", "2026-12-02" },
	{ "2026-11-23", FALSE, "Betrag ist ab dem 1. auf Ihrem Konto", "2026-12-01" },
	/* The start of next week is its Monday (corpus/replies/README.md); of this week,
	 * a vague time. */
	{ "2026-11-25", FALSE, "begin volgende week", "2026-11-30" },
	{ "2026-11-25", FALSE, "Anfang nächster Woche wird überwiesen", "2026-11-30" },
	{ "2026-11-25", FALSE, "early next week", "2026-11-30" },
	{ "2026-11-25", FALSE, "begin deze week", NULL },
	/* "vd" for "van de"; "end-of-month" hyphenated. */
	{ "2026-11-23", FALSE, "eind vd maand", "2026-11-30" },
	{ "2026-11-23", FALSE, "eind v.d. maand", "2026-11-30" },
	{ "2026-11-23", FALSE, "paid in our end-of-month run", "2026-11-30" },
	{ "2026-11-23", FALSE, "our end-of-year closing", NULL },
	/* "two days before" with nothing it is before. */
	{ "2026-11-23", TRUE, "Payment was done two days before.", "2026-11-21" },
	{ "2026-11-23", FALSE, "two days before the deadline", NULL },
	/* "morge", Flemish and short for tomorrow; the Swiss greeting is none. */
	{ "2026-11-23", FALSE, "morge betaal ik", "2026-11-24" },
	{ "2026-11-23", FALSE, "Guete Morge, mir zahle das", NULL },
	{ "2026-11-23", FALSE, "Morge,\nmir händ d Rechnig übercho", NULL },
	/* A deadline lies ahead whatever the clause's verbs say, and wins over another day
	 * on the same side; a day after "betaald" with no deadline word still points back. */
	{ "2025-02-04", FALSE, "Uiterlijk de 15e is het voldaan.", "2025-02-15" },
	{ "2026-05-01", FALSE, "Ik heb al 1.550,00 betaald vorige week, de rest ten laatste de 10de.",
	  "2026-05-10" },
	{ "2025-11-01", FALSE, "Bis zum 15. ist alles bezahlt.", "2025-11-15" },
	{ "2025-10-16", FALSE, "Einen Teil hab ich heute überwiesen, den Rest bis zum 20.",
	  "2025-10-20" },
	{ "2025-10-08", FALSE, "Ich überweise am Montag, spätestens Dienstag.", "2025-10-14" },
	{ "2026-11-23", FALSE, "Friday at the latest, sorry", "2026-11-27" },
	{ "2026-11-23", TRUE, "Op de 15e betaald.", "2026-11-15" },
	{ "2026-11-23", FALSE, "Ich überweise am Montag, dann Dienstag den Rest.", "2026-11-30" },
	/* "to be paid" is still to come, "was paid" is not. */
	{ "2026-11-20", TRUE, "That's down to be paid on the 1st of December.", "2026-12-01" },
	{ "2026-11-20", TRUE, "It was paid on the 1st of November.", "2026-11-01" },
	/* "goes out" is still to come. */
	{ "2026-07-07", FALSE, "Sent $1,000 via ACH today, the balance goes out Friday.",
	  "2026-07-10" },
	/* "morgen," is tomorrow unless it greets. */
	{ "2025-07-21", FALSE, "morgen, fix", "2025-07-22" },
	{ "2025-07-21", FALSE, "Morgen, Herr Vogt. Wir prüfen das.", NULL },
	/* "dieses" as "this" before a month; "dieses Jahr" is no day. */
	{ "2026-11-23", FALSE, "bis Ende dieses Monats", "2026-11-30" },
	{ "2026-11-23", FALSE, "wir zahlen dieses Jahr noch", NULL },
	/* A day of the month as a word: before "of the month", after a weekday; not as a
	 * plain ordinal ("de eerste herinnering", "the second batch"). */
	{ "2026-11-23", FALSE, "Wij betalen op de twintigste van de maand.", "2026-12-20" },
	{ "2026-11-23", FALSE, "ik betaal het donder dag de negende", "2026-12-09" },
	{ "2026-11-23", FALSE, "Thursday the twenty-sixth at the latest", "2026-11-26" },
	{ "2026-11-23", FALSE, "Ich zahle am zehnten des Monats.", "2026-12-10" },
	{ "2026-11-23", FALSE, "Freitag, den siebenundzwanzigsten", "2026-11-27" },
	{ "2026-11-23", FALSE, "na de eerste herinnering", NULL },
	{ "2026-11-23", FALSE, "we only got the second batch", NULL },
	{ "2025-12-04", FALSE, "Volgende week dinsdag de tweede helft.", "2025-12-09" },
	{ "2026-11-23", FALSE, "Tuesday the first 100, then the rest", "2026-11-24" },
	{ "2026-11-23", FALSE, "de dertigste van de maand", "2026-11-30" },
	/* ... at a month's end: the 31st of a month without one is no day. */
	{ "2027-02-26", FALSE, "op de eenendertigste van de maand", "2027-03-31" },
	/* A weekday and its day of the month: the day of the month wins ("next Thursday"
	 * written on a Sunday may mean either week). */
	{ "2026-03-01", FALSE, "First one would be next Thursday, the 12th.", "2026-03-12" },
	{ "2026-11-23", FALSE, "donderdag de 3e", "2026-12-03" },
	/* "on 25." and a day and month without the closing dot after a word that puts a day
	 * there; never a time, never an amount. */
	{ "2026-11-23", FALSE, "our payments go out on 25. of the month", "2026-11-25" },
	{ "2025-12-11", TRUE, "I have made transfer on 9.12, please check", "2025-12-09" },
	{ "2025-12-11", TRUE, "am 9.12 überwiesen", "2025-12-09" },
	{ "2026-11-23", FALSE, "ich rufe bis 9.30 Uhr an", NULL },
	{ "2026-11-23", FALSE, "call me on 10.11 am please", NULL },
	{ "2026-11-23", FALSE, "costs 9.12 per unit", NULL },
	/* Slashed dates that cannot be day first are month first, wherever written; one
	 * that can be stays day first outside the Americas. */
	{ "2025-10-09", FALSE, "Payment will go out 10/15 with our payroll", "2025-10-15" },
	{ "2026-03-23", TRUE, "paid via ACH on 3/18/2026", "2026-03-18" },
	{ "2026-03-23", TRUE, "paid on 3/2", "2026-02-03" },
	{ "2026-03-23", TRUE, "paid on 13/13", NULL },
	/* The end and start of last month. */
	{ "2026-02-24", TRUE, "eind vorige maand al betaald", "2026-01-31" },
	{ "2026-06-02", TRUE, "Ende letzten Monats beglichen", "2026-05-31" },
	{ "2026-03-10", TRUE, "paid at the end of last month", "2026-02-28" },
	{ "2026-01-05", TRUE, "begin vorige maand betaald", "2025-12-01" },
	/* Later today. */
	{ "2026-01-15", FALSE, "I'll transfer it this arvo", "2026-01-15" },
	{ "2026-09-24", FALSE, "Doe ik straks op de trein", "2026-09-24" },
	/* "Morgen!" alone answers; "Morgen Robin," greets; "Morgen Vormittag," does not. */
	{ "2026-09-30", FALSE, "Morgen!", "2026-10-01" },
	{ "2026-09-30", FALSE, "Morgen!\n", "2026-10-01" },
	{ "2025-04-22", FALSE, "Morgen Robin, donderdag gaat ie eruit.", "2025-04-24" },
	{ "2025-04-22", FALSE, "Morgen Vormittag, dann ist es da.", "2025-04-23" },
	/* ... and "Morgen," or "Morgen!" opening a line greets when another day or time
	 * follows: that one is the payment's. */
	{ "2026-03-02", FALSE, "Morgen, ik ben onderweg. Het komt donderdag in orde.", "2026-03-05" },
	{ "2026-03-02", FALSE, "Morgen! Bin auf Montage, das wird am Donnerstag erledigt.",
	  "2026-03-05" },
	{ "2026-03-02", FALSE, "Morgen! sorry, het komt volgende week.", NULL },
	/* ... but only when that day is one: an invoice's date after it is none, and
	 * "Morgen" is then tomorrow. */
	{ "2026-03-02", FALSE, "Morgen, samen met de factuur van 12 februari.", "2026-03-03" },
	{ "2026-03-02", FALSE, "Morgen, zusammen mit der Rechnung vom 12.02.2026.", "2026-03-03" },
	/* ... nor when "dan" / "dann" goes on from it: the day after is what follows
	 * tomorrow's payment, its arrival. */
	{ "2026-03-02", FALSE, "Morgen, dan heb je het donderdag.", "2026-03-03" },
	{ "2026-03-02", FALSE, "Morgen, dann ist es am Donnerstag bei Ihnen.", "2026-03-03" },
	/* "just" with a few words before the verb: today, but not when they deny it. */
	{ "2026-05-12", TRUE, "Zonet de factuur via iDEAL overgemaakt", "2026-05-12" },
	{ "2026-05-12", TRUE, "soeben den Betrag per Twint bezahlt", "2026-05-12" },
	{ "2026-05-12", TRUE, "just the full amount paid, cheers", "2026-05-12" },
	{ "2026-05-12", TRUE, "nu nog niet betaald", NULL },
	/* A day that ends an absence, with the thing done after it: the day after. */
	{ "2026-07-30", FALSE, "Onze boekhouder is met vakantie tot de 20e, daarna wordt hij betaald.",
	  "2026-08-21" },
	{ "2025-07-02", FALSE, "Die Buchhaltung ist bis zum 10. Juli in den Ferien. Danach wird bezahlt.",
	  "2025-07-11" },
	{ "2025-12-29", FALSE, "I'm away until the 31st, after that I'll pay", "2026-01-01" },
	/* The "then" a sentence later, after what fills the time. */
	{ "2026-03-02", FALSE, "Ich bin bis zum 12. März zur Kur und komme bis dahin nicht an "
	  "meine Unterlagen heran. Danach zahle ich umgehend.", "2026-03-13" },
	{ "2026-03-02", FALSE, "Ik lig tot de 12e in het ziekenhuis en kan niet bij mijn "
	  "bankapp of mijn post. Daarna maak ik het direct over.", "2026-03-13" },
	{ "2026-03-02", FALSE, "I'm on a site job until the 12th with no signal and no laptop "
	  "to hand for the banking. Afterwards I'll sort it.", "2026-03-13" },
	{ "2026-11-23", FALSE, "tot de 25e kan ik niets doen", "2026-11-25" },
	/* A payment's own date is no document's. */
	{ "2025-09-29", TRUE, "wir verweisen auf unsere Zahlung vom 22.09.2025", "2025-09-22" },
	{ "2025-09-29", TRUE, "Ihre Rechnung vom 22.09.2025 ist bezahlt", NULL },
	/* A payday named by its place in the month: this month's while it is to come, else
	 * the next one's; "last Friday" alone is still the one gone by. */
	{ "2026-11-23", FALSE, "ik betaal op de laatste werkdag van de maand", "2026-11-30" },
	{ "2026-11-23", FALSE, "We pay on the last Friday of the month.", "2026-11-27" },
	{ "2026-11-23", FALSE, "Das Gehalt kommt am letzten Freitag im Monat", "2026-11-27" },
	{ "2026-11-23", FALSE, "am letzten Werktag des Monats", "2026-11-30" },
	{ "2026-11-28", FALSE, "de laatste vrijdag van de maand", "2026-12-25" },
	{ "2026-11-23", FALSE, "the last working day of next month", "2026-12-31" },
	{ "2026-11-23", FALSE, "wij betalen op de eerste werkdag van april", "2027-04-01" },
	{ "2026-11-23", TRUE, "last Friday I paid it", "2026-11-20" },
	{ "2026-06-03", TRUE, "paid on the last working day of last month", "2026-05-29" },
	/* A day that comes round each month: the first from the day sent. */
	{ "2026-11-23", FALSE, "\xe2\x82\xac 120 op elke 28e", "2026-11-28" },
	{ "2026-11-23", FALSE, "I'll pay every 15th", "2026-12-15" },
	{ "2026-11-23", FALSE, "jeweils am 23. eine Rate", "2026-11-23" },
	{ "2026-11-23", FALSE, "elke 2 weken een deel", NULL },
	/* Austria's and Switzerland's Nationalfeiertag. */
	{ "2026-10-14", FALSE, "ich zahle gleich nach dem Nationalfeiertag", "2026-10-27" },
	{ "2026-07-20", FALSE, "Gr\xc3\xbc" "ezi, am Nationalfeiertag ist die Zahlung bei Ihnen",
	  "2026-08-01" },
	/* The start of a plan lies ahead, whatever the clause's "paid" says. */
	{ "2026-11-23", FALSE, "$100 every week starting this Friday until it's paid off",
	  "2026-11-27" },
	{ "2026-11-23", TRUE, "I can do $50 a month starting the 1st until it's paid", "2026-12-01" },
	/* After a weekday, the day after it; after a day named before, the day after. */
	{ "2026-11-23", FALSE, "ik betaal na vrijdag", "2026-11-28" },
	{ "2026-11-23", FALSE, "vrijdag betaal ik", "2026-11-27" },
	{ "2026-03-30", FALSE, "Mijn klant betaalt mij pas op 10 april. Is het ok\xc3\xa9 als ik "
	  "uw factuur na 10 april betaal?", "2026-04-11" },
	/* Another event's day: fitted, collected, a meeting, a wedding. */
	{ "2026-03-16", FALSE, "De keuken werd op 3 maart geplaatst. Wij betalen het saldo "
	  "volgende week.", NULL },
	{ "2025-11-05", FALSE, "die Zelte wurden am 28.10. abgeholt. Die Rechnung geht mit dem "
	  "n\xc3\xa4" "chsten Zahllauf raus.", NULL },
	{ "2026-10-06", FALSE, "It needs sign-off at our board meeting on the 9th, after which "
	  "it will be paid.", NULL },
	{ "2026-11-23", FALSE, "De keuken is geplaatst, ik betaal op 3 december", "2026-12-03" },
	{ "2026-09-01", TRUE, "das Rad habe ich am 28.08. abgeholt und bezahlt", "2026-08-28" },
	{ "2026-03-06", TRUE, "The amount was collected by your direct debit on 1 March",
	  "2026-03-01" },
	/* The next bank holiday of England and Wales; not a bank holiday weekend. */
	{ "2026-05-21", FALSE, "I'll pay after the bank holiday, away this weekend", "2026-05-26" },
	{ "2026-12-20", FALSE, "I will pay on the bank holiday", "2026-12-25" },
	{ "2026-12-20", TRUE, "paid on the bank holiday", "2026-08-31" },
	{ "2026-05-21", FALSE, "I'll pay after the bank holiday weekend", NULL },
	/* An Irish writer's (an amount in euro, an Irish address): Ireland's public
	 * holidays, the first Monday of August; the same words in pounds are England's. */
	{ "2026-07-30", FALSE, "Sorry, the €380 goes out after the bank holiday Monday.", "2026-08-04" },
	{ "2026-07-30", FALSE, "Sorry, the £380 goes out after the bank holiday Monday.", "2026-09-01" },
	{ "2026-09-14", FALSE, "We pay on the bank holiday. Gerry, Tralee, Co. Kerry", "2026-10-26" },
	/* A plan's first instalment, not its remainder's day (a two-part promise is
	 * /reply/dates/two-part-promise); a written-out date still says more than a
	 * relative one that is no instalment. */
	{ "2026-03-02", FALSE, "Voorstel: \xe2\x82\xac 600 op vrijdag en het restant van "
	  "\xe2\x82\xac 612,50 op 27 maart.", "2026-03-06" },
	{ "2026-03-02", FALSE, "Is it ok if I pay \xc2\xa3" "200 on Friday and the rest on "
	  "27 March?", "2026-03-06" },
	{ "2026-11-23", FALSE, "binnen 30 dagen, dus voor 20 december", "2026-12-20" },
	/* A period's end is no day: after the builders' holiday, the summer holidays. */
	{ "2026-07-01", FALSE, "Ik betaal na de bouwvakantie.", NULL },
	{ "2026-07-01", FALSE, "Wir zahlen nach den Sommerferien.", NULL },
	{ "2026-07-01", FALSE, "I'll pay after the school holidays.", NULL },
	/* The middle of a month is its 15th. */
	{ "2026-02-25", FALSE, "I'll have it sorted mid-March", "2026-03-15" },
	{ "2025-12-17", FALSE, "wird Mitte J\xc3\xa4nner bezahlt", "2026-01-15" },
	{ "2026-09-28", FALSE, "we betalen half oktober", "2026-10-15" },
	/* A weekday a week on; a weekday and its date, the deadline the weekday's. */
	{ "2026-06-11", FALSE, "Ik stort het bedrag vrijdag over een week", "2026-06-19" },
	{ "2026-11-02", FALSE, "Wir \xc3\xbc" "berweisen bis sp\xc3\xa4testens Freitag, 13. November",
	  "2026-11-13" },
	/* Someone else's payment day (train-care): an insurer's or a fund's, never the
	 * writer's by itself; the writer's own day beside it wins, and one the writer pays on
	 * himself stays. */
	{ "2026-06-09", FALSE, "The insurer reckons they'll pay around the 22nd, but I'm not "
	  "waiting: I'll pay you Thursday the 11th.", "2026-06-11" },
	{ "2026-06-09", FALSE, "De verzekeraar zou rond de 24e uitbetalen. Ik betaal maandag.",
	  "2026-06-15" },
	{ "2026-06-09", FALSE, "Die Kasse erstattet am 19., ich zahle Ihnen aber schon morgen.",
	  "2026-06-10" },
	{ "2026-06-09", FALSE, "They said they'll pay out on the 22nd.", NULL },
	/* A payer in the plural, its verb "vergoeden" (dm-reply-payer.h, shared with the care
	 * rules); the council, which the dates alone take. */
	{ "2026-06-09", FALSE, "De zorgverzekeraars vergoeden rond de 24e; ik betaal maandag.",
	  "2026-06-15" },
	{ "2026-06-09", FALSE, "The council pays on the 22nd, but I'll pay you Thursday the 11th.",
	  "2026-06-11" },
	{ "2026-06-09", FALSE, "Die zal ik op de 19e betalen.", "2026-06-19" },
	{ "2026-06-09", FALSE, "We pay on the 19th.", "2026-06-19" },
	/* "sie" and "ze" are the writer's own invoices as often: no third party */
	{ "2026-06-09", FALSE, "Ich werde sie am 19.06.2026 \xc3\xbc" "berweisen.", "2026-06-19" },
	{ "2026-06-09", FALSE, "Ik zal ze storten op 19 juni.", "2026-06-19" },
};

static void
test_table(void)
{
	g_assert_cmpuint(run_cases(cases, G_N_ELEMENTS(cases)), ==, 0);
}

/* Regression tests of review findings, each beside a near miss that must keep working. */

/* "Nationalfeiertag" is Switzerland's 1 August only where the writer is Swiss: not for
 * the ASCII "Gruesse" / "Gruss" that German and Austrian writers type too. */
static void
test_nationalfeiertag_ascii(void)
{
	static const DateCase c[] = {
		{ "2026-10-01", FALSE, "Ich \xc3\xbc" "berweise nach dem Nationalfeiertag.\n"
		  "Viele Gruesse aus Graz", "2026-10-27" },
		{ "2026-10-01", FALSE, "Ich \xc3\xbc" "berweise nach dem Nationalfeiertag.\nGruss Jan",
		  "2026-10-27" },
		{ "2026-07-20", FALSE, "Ich \xc3\xbc" "berweise die CHF 450 nach dem Nationalfeiertag.",
		  "2026-08-02" },
		{ "2026-07-20", FALSE, "Nach dem Nationalfeiertag.\nGr\xc3\xbc" "essli, Reto\n"
		  "reto@keller-ag.ch", "2026-08-02" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* A payment's day under its label in a remittance advice or a bank's confirmation wins
 * over the invoice dates of its table; near misses: "mit Valuta" inside a sentence beside
 * the execution day, and "betaaldatum" inside a sentence about another invoice. */
static void
test_payment_label(void)
{
	static const DateCase c[] = {
		{ "2026-11-20", TRUE, "REMITTANCE\nInvoice   Invoice date   Amount\n"
		  "A-1187    02/10/2026     £410.00\nA-1201    16/10/2026     £95.00\n\n"
		  "Payment date: 18/11/2026\n", "2026-11-18" },
		{ "2026-11-20", TRUE, "Betaaladvies\nFactuur F-88 van 12-10-2026: € 410,00\n"
		  "Uitvoeringsdatum: 17-11-2026\n", "2026-11-17" },
		{ "2026-11-20", TRUE, "Zahlungsavis\nRechnung 4411 vom 09.10.2026  980,00\n"
		  "Valutadatum: 18.11.\n", "2026-11-18" },
		/* Near misses. */
		{ "2026-07-06", TRUE, "Die Zahlung wurde am 30.6. mit Valuta 1.7. ausgeführt.",
		  "2026-06-30" },
		{ "2026-11-20", FALSE, "De betaaldatum van de vorige factuur was 12-10-2026; deze "
		  "betalen we op 27-11-2026.", "2026-11-27" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* A plan put as a question ("Zou ik het in twee delen mogen doen?") carries its first
 * instalment's day; a two-part promise stated carries its last. */
static void
test_plan_in_parts(void)
{
	static const DateCase c[] = {
		{ "2026-11-30", FALSE, "Zou ik het in twee delen mogen doen? € 400 op vrijdag en "
		  "de rest op 20 januari.", "2026-12-04" },
		{ "2026-11-30", FALSE, "Ik betaal € 400 op vrijdag en de rest op 20 januari.",
		  "2027-01-20" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* A plan's first instalment named beside the day the writer's income comes: the
 * instalment's day, said without a verb of its own, wins; the income's day alone, tied
 * to the payment, still dates it (train-care's en-care-0016, a vaguer day beside a
 * paycheck's, stays the paycheck's: the corpus case). */
static void
test_income_day(void)
{
	static const DateCase c[] = {
		{ "2026-08-10", FALSE, "Ik ben net begonnen bij een nieuwe werkgever en mijn eerste "
		  "loon komt pas eind september. Gaat het in drie stukken, het eerste begin volgende "
		  "maand?", "2026-09-01" },
		{ "2026-09-14", FALSE, "New job, but my first pay cheque only comes at the end of "
		  "October. Could I split it in three, the first part at the start of next month?",
		  "2026-10-01" },
		{ "2026-09-14", FALSE, "Das erste Gehalt kommt erst Ende Oktober. Ginge es in drei "
		  "Raten, die erste Anfang n\xc3\xa4" "chsten Monats?", "2026-10-01" },
		/* The income's day alone, or tied to the payment. */
		{ "2026-08-10", FALSE, "Als mijn salaris er de 25e is, maak ik het over.",
		  "2026-08-25" },
		{ "2026-09-14", FALSE, "My salary comes on the 28th, I'll pay you then.", "2026-09-28" },
		/* "first", "eerste", "erste" of something other than a part: the income's
		 * day tied to the payment still dates it (review30b). */
		{ "2026-09-14", FALSE, "My salary comes on the 28th, I'll pay you then. The first "
		  "week of October I'm away.", "2026-09-28" },
		{ "2026-09-14", FALSE, "My salary comes on the 28th and I'll pay you then, and first "
		  "thing on Monday I'll send the proof.", "2026-09-28" },
		{ "2026-08-10", FALSE, "Als mijn salaris er de 25e is, maak ik het over. De eerste "
		  "week van september ben ik weg.", "2026-08-25" },
		{ "2026-09-14", FALSE, "Wenn das Gehalt am 28. kommt, \xc3\xbc" "berweise ich. Die "
		  "erste Woche im Oktober bin ich verreist.", "2026-09-28" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* A day for another event first, then the payment's day told by it or named after it
 * (issue 6, session 34).  2026-11-23 is a Monday, 2026-11-27 a Friday. */
static void
test_event_then_payment(void)
{
	static const DateCase c[] = {
		/* "de dag erna", "the day after", "am Tag danach": the day after the one
		 * named before. */
		{ "2026-11-23", FALSE, "Op 27 november krijg ik zelf geld binnen, de dag erna maak "
		  "ik het over.", "2026-11-28" },
		{ "2026-11-23", FALSE, "My own invoices get paid on the 27th, the day after I'll "
		  "send yours.", "2026-11-28" },
		{ "2026-11-23", FALSE, "Am 27. bekomme ich mein Geld, am Tag danach \xc3\xbc"
		  "berweise ich.", "2026-11-28" },
		/* near misses: the money's arrival the day after, and the day after tomorrow */
		{ "2026-11-23", FALSE, "Ik betaal op 27 november, de dag erna staat het op je "
		  "rekening.", "2026-11-27" },
		{ "2026-11-23", FALSE, "I'll pay it the day after tomorrow.", "2026-11-25" },
		/* Money that comes to the writer (a customer who pays him, his own invoices
		 * paid) on a day, then the writer's own later day: the later. */
		{ "2026-11-23", FALSE, "Mijn opdrachtgever betaalt mij op de 26e, uiterlijk de "
		  "27e heb jij het.", "2026-11-27" },
		{ "2026-11-23", FALSE, "Ik verwacht dat mijn klant me rond de 25e betaalt. Voor de "
		  "zekerheid zeg ik de 30e.", "2026-11-30" },
		{ "2026-11-23", FALSE, "I'm waiting on a customer paying me, should be in by "
		  "Wednesday, so I'll pay you Friday at the latest.", "2026-11-27" },
		{ "2026-11-23", FALSE, "Mein Kunde zahlt mir am 25., ich \xc3\xbc" "berweise Ihnen "
		  "am 27.", "2026-11-27" },
		{ "2026-11-23", FALSE, "My client pays me on Wednesday, so I'll pay you Friday week at "
		  "the latest.", "2026-12-04" },
		{ "2026-11-24", FALSE, "I'm waiting on a client paying me, should be in by Monday, so "
		  "I'll pay you Wednesday week at the latest.", "2026-12-02" },
		/* near misses: the payment tied to the income's day, the writer's own day
		 * first, a later day that is not the payment's */
		{ "2026-11-23", FALSE, "Mijn klant betaalt mij de 25e, dan maak ik het meteen over.",
		  "2026-11-25" },
		{ "2026-11-23", FALSE, "Ik betaal het op de 25e, mijn klant betaalt mij de 27e.",
		  "2026-11-25" },
		{ "2026-11-23", FALSE, "My customer pays me on the 25th and I'll pay you the same "
		  "day. On the 27th I'm away.", "2026-11-25" },
		{ "2026-11-23", FALSE, "I will pay the invoice end of this month, because my client "
		  "pays me on the 27th.", "2026-11-30" },
		/* An event named with its day, the payment after it by name: the day after. */
		{ "2026-11-23", FALSE, "Donderdag 26 november heb ik mijn rijexamen, na mijn examen "
		  "betaal ik.", "2026-11-27" },
		{ "2026-11-23", FALSE, "My surgery is on Thursday 26 November, I'll pay after the "
		  "surgery.", "2026-11-27" },
		{ "2026-11-23", FALSE, "Am Donnerstag, 26. November habe ich meine Pr\xc3\xbc" "fung, "
		  "nach der Pr\xc3\xbc" "fung zahle ich.", "2026-11-27" },
		{ "2026-11-19", FALSE, "Ik doe dinsdag 1 december examen, maar sowieso betaal ik na mijn "
		  "examen.", "2026-12-02" },
		/* near misses: the event's day is the payment's; another thing after it */
		{ "2026-11-23", FALSE, "Ik betaal donderdag 26 november, na mijn examen heb ik tijd.",
		  "2026-11-26" },
		{ "2026-11-23", FALSE, "Donderdag heb ik mijn examen; vrijdag betaal ik.",
		  "2026-11-27" },
		/* Where the writer is on a day, in a sentence that pays nothing: no payment's
		 * day; the day in the next sentence is. */
		{ "2026-11-23", FALSE, "Morgen ben ik op de bouw. Donderdag doe ik hem.",
		  "2026-11-26" },
		{ "2026-11-23", FALSE, "Tomorrow I'm on site all day. Thursday I'll do it.",
		  "2026-11-26" },
		{ "2026-11-23", FALSE, "Morgen bin ich auf der Baustelle. Am Donnerstag mache ich es.",
		  "2026-11-26" },
		/* near misses: the payment in the same sentence, or the bank's the place */
		{ "2026-11-23", FALSE, "Morgen ben ik op kantoor, dan maak ik het over.",
		  "2026-11-24" },
		{ "2026-11-23", FALSE, "Morgen ben ik bij de bank en regel ik het.", "2026-11-24" },
		{ "2026-11-23", FALSE, "Tomorrow I'm in the office and I'll pay it then.",
		  "2026-11-24" },
		{ "2026-11-23", FALSE, "I'll have it sorted by Friday week, I'm waiting on the money "
		  "from a customer.", "2026-12-04" },
		{ "2026-11-23", FALSE, "I'll take care of it when I'm back in the office on Thursday "
		  "the 26th.", "2026-11-26" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* The writer away until a day, the payment on return: the day back as an out-of-office's
 * ("t/m X" the first working day after it, "until X" X; the settled call,
 * corpus/replies/README.md), the writer's own stay as someone else's.  2026-11-27 is a
 * Friday, 2026-11-28 a Saturday. */
static void
test_away_then_payment(void)
{
	for_class("Ik zit nog in Portugal t/m 27 november en kan niet bij de rekening. Ik betaal "
	          "hem als ik terug ben.", "2026-11-16", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-11-30");
	for_class("I am in Spain for the fair until 28 November. When I'm back I will pay.",
	          "2026-11-16", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-11-30");
	for_class("Ich bin bis 28. November in Spanien. Nach meiner R\xc3\xbc" "ckkehr zahle ich.",
	          "2026-11-16", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-11-30");
	/* near misses: a stay with no payment on return, and the day back named */
	for_class("Ik zit nog in Portugal t/m 27 november. Ik betaal vrijdag 4 december.",
	          "2026-11-16", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-04");
	for_class("Ik zit nog in Portugal t/m 27 november. Ik betaal hem als ik terug ben, op 2 "
	          "december.", "2026-11-16", DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-12-02");
}

/* Relative forms: a weekday of a rhythm in the week named for the payment, the middle of
 * a week, a month's end named more closely by a day of it.  2026-11-23 is a Monday. */
static void
test_relative_forms(void)
{
	static const DateCase c[] = {
		{ "2026-11-23", FALSE, "Onze betaalrun is elke donderdag, hij gaat mee in die van "
		  "volgende week.", "2026-12-03" },
		{ "2026-11-23", FALSE, "We pay suppliers every Tuesday; yours goes in next week's run.",
		  "2026-12-01" },
		{ "2026-11-23", FALSE, "Unser Zahllauf ist jeden Donnerstag, Ihre Rechnung ist "
		  "n\xc3\xa4" "chste Woche dabei.", "2026-12-03" },
		/* near misses: the rhythm alone, and a day of its own beside it */
		{ "2026-11-23", FALSE, "Onze betaalrun is elke donderdag.", "2026-11-26" },
		{ "2026-11-23", FALSE, "Onze betaalrun is elke donderdag, maar deze maak ik volgende "
		  "week vrijdag over.", "2026-12-04" },
		/* The middle of a week is its Wednesday, as the middle of a month its 15th. */
		{ "2026-11-23", FALSE, "Sollte bis Mitte n\xc3\xa4" "chster Woche klappen.", "2026-12-02" },
		{ "2026-11-23", FALSE, "Ik betaal midden volgende week.", "2026-12-02" },
		{ "2026-11-23", FALSE, "I'll pay by the middle of next week.", "2026-12-02" },
		{ "2026-11-23", FALSE, "I'll pay mid next week.", "2026-12-02" },
		{ "2026-11-23", FALSE, "Zahlung Mitte dieser Woche.", "2026-11-25" },
		/* near misses: the middle of a month; a week alone is vague */
		{ "2026-11-23", FALSE, "Mitte Dezember zahle ich.", "2026-12-15" },
		{ "2026-11-23", FALSE, "Ik betaal volgende week.", NULL },
		/* A day of a month's last week names its end more closely, wherever it
		 * stands. */
		{ "2025-05-21", FALSE, "I'll get it paid with our end-of-month supplier run on "
		  "Friday 30th.", "2025-05-30" },
		{ "2026-11-23", FALSE, "Eind van de maand, op de 27e, maak ik het over.", "2026-11-27" },
		{ "2026-11-23", FALSE, "Ende des Monats, am 27., zahle ich.", "2026-11-27" },
		/* near misses: a day early in the month beside its end */
		{ "2026-11-02", FALSE, "Ik betaal op de 10e, ruim voor het eind van de maand.",
		  "2026-11-10" },
		{ "2026-11-02", FALSE, "Ich zahle am 10., sonst Ende des Monats.", "2026-11-10" },
		/* A day of the month written as a word, then thanks (no full stop). */
		{ "2027-02-16", FALSE, "I'll send the payment on the twenty-third thanks so much",
		  "2027-02-23" },
		{ "2027-02-16", FALSE, "Ik betaal de drieëntwintigste bedankt!", "2027-02-23" },
		/* near miss: an ordinal that counts */
		{ "2027-02-16", FALSE, "this is the twenty-third reminder thanks", NULL },
		/* A day in digits without its ending before this or next month. */
		{ "2026-11-16", FALSE, "I am pay on 25 of this month, when I get salary.",
		  "2026-11-25" },
		{ "2026-11-16", FALSE, "Ik betaal op 5 van volgende maand.", "2026-12-05" },
		/* near misses: a count of days, an amount */
		{ "2026-11-16", FALSE, "I pay 25 of this month's invoices first.", NULL },
		{ "2026-11-16", FALSE, "I can do 25 of the 100 this month.", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* "Starting" a day reads forwards for a plan, not in a report of payments made. */
static void
test_start_past(void)
{
	static const DateCase c[] = {
		{ "2026-11-23", TRUE, "Vanaf 1 oktober heb ik elke maand 50 euro overgemaakt.", "2026-10-01" },
		{ "2026-11-23", TRUE, "Ab dem 1. Oktober habe ich jeden Monat 50 Euro \xc3\xbc"
		  "berwiesen.", "2026-10-01" },
		{ "2026-11-23", TRUE, "Starting 1 October we have paid 50 pounds every month.", "2026-10-01" },
		{ "2026-11-23", TRUE, "I can do $50 a month starting the 1st until it's paid", "2026-12-01" },
		{ "2026-11-23", FALSE, "Vanaf 1 oktober betaal ik elke maand 50 euro.", "2027-10-01" },
		{ "2026-11-23", TRUE, "Ab dem 1. Dezember zahle ich 50 Euro im Monat, bis alles bezahlt ist.",
		  "2026-12-01" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* An ordinal before a week, a month or a weekday is a rhythm or a rule, no day of the
 * month; the ordinal alone still is one. */
static void
test_every_nth(void)
{
	static const DateCase c[] = {
		{ "2026-11-23", FALSE, "elke 2e week betaal ik 50 euro", NULL },
		{ "2026-11-23", FALSE, "I'll pay 50 every 2nd week", NULL },
		{ "2026-11-23", FALSE, "Ich zahle 100 Euro, jeweils am 2. Montag", NULL },
		{ "2026-11-23", FALSE, "elke 2e betaal ik 50 euro", "2026-12-02" },
		{ "2026-11-23", FALSE, "I'll pay 50 every 2nd of the month", "2026-12-02" },
		{ "2026-11-23", FALSE, "Ich zahle 100 Euro, jeweils am 2. des Monats", "2026-12-02" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* A day that comes round each month, paid: the last one up to the day sent. */
static void
test_every_past(void)
{
	static const DateCase c[] = {
		{ "2026-11-23", TRUE, "Ich habe jeweils am 28. \xc3\xbc" "berwiesen", "2026-10-28" },
		{ "2026-11-23", TRUE, "Ich habe jeweils am 23. \xc3\xbc" "berwiesen", "2026-11-23" },
		{ "2026-11-23", FALSE, "Ich \xc3\xbc" "berweise jeweils am 28.", "2026-11-28" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* "na <the day named before>" is the promise's day only where its own part pays. */
static void
test_after_same(void)
{
	static const DateCase c[] = {
		{ "2026-11-23", FALSE, "Ik betaal op 10 april, na 10 april ben ik drie weken op vakantie.",
		  "2027-04-10" },
		{ "2026-11-23", FALSE, "I'll pay on 10 April; after 10 April I'm away for three weeks.",
		  "2027-04-10" },
		{ "2026-11-23", FALSE, "Ich zahle am 10. April, nach dem 10. April bin ich drei Wochen "
		  "im Urlaub.", "2027-04-10" },
		{ "2026-11-23", FALSE, "Ik betaal vrijdag, na vrijdag ben ik weg.", "2026-11-27" },
		{ "2026-11-23", FALSE, "I'll pay on Friday, after Friday I'm away.", "2026-11-27" },
		{ "2026-11-23", FALSE, "Ich zahle am Freitag, nach Freitag bin ich weg.", "2026-11-27" },
		{ "2026-11-23", FALSE, "Mijn klant betaalt op 10 april, na 10 april betaal ik.", "2027-04-11" },
		{ "2026-11-23", FALSE, "My client pays me on Friday, after Friday I'll pay you.",
		  "2026-11-28" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* A two-part promise is dated by its last part, a plan put to the owner by its first. */
static void
test_two_part_promise(void)
{
	static const DateCase c[] = {
		{ "2026-11-23", FALSE, "Ich \xc3\xbc" "berweise 300 \xe2\x82\xac am Freitag und den Rest "
		  "am 15. Dezember.", "2026-12-15" },
		{ "2026-11-23", FALSE, "I'll pay 300 on Friday and the rest on 15 December.", "2026-12-15" },
		{ "2026-11-23", FALSE, "Ik betaal 300 euro op vrijdag en het restant op 15 december.",
		  "2026-12-15" },
		{ "2026-11-23", FALSE, "Is it ok if I pay 300 on Friday and the rest on 15 December?",
		  "2026-11-27" },
		{ "2026-11-23", FALSE, "Mag ik 300 euro op vrijdag betalen en het restant op 15 december?",
		  "2026-11-27" },
		{ "2026-11-23", FALSE, "Ginge es, 300 \xe2\x82\xac am Freitag und den Rest am 15. Dezember "
		  "zu zahlen?", "2026-11-27" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

/* A vague time still gives a date to hold a promise until, marked as vague. */
static void
test_vague_still_resolves(void)
{
	GDate ref = day_of("2026-11-23"), d;
	g_date_clear(&d, 1);
	DmReplyDatePrecision p = DM_REPLY_DATE_EXACT;
	g_assert_true(dm_reply_find_date_precise("volgende week", &ref, FALSE, FALSE, &d, NULL, &p));
	g_assert_cmpint(p, ==, DM_REPLY_DATE_VAGUE);
	g_assert_cmpuint(g_date_get_day(&d), ==, 4);   /* Friday of next week */
	g_assert_true(dm_reply_find_date("volgende week", &ref, FALSE, &d, NULL));
}

/* Per language: promised and paid dates (ours), return dates (the auto-reply reader's). */
/* "8/15" is August 15th wherever it was written (there is no 15th month); "9/1" is
 * September 1st from the Americas, the 9th of January from Europe; "18/8" day first
 * anyway. */
static void
test_month_first(void)
{
	GDate ref = day_of("2026-08-20");
	char iso[16];
	stated("paid on 8/15 by check", &ref, TRUE, TRUE, iso);
	g_assert_cmpstr(iso, ==, "2026-08-15");
	stated("will pay 9/1", &ref, FALSE, TRUE, iso);
	g_assert_cmpstr(iso, ==, "2026-09-01");
	stated("will pay 9/1", &ref, FALSE, FALSE, iso);
	g_assert_cmpstr(iso, ==, "2027-01-09");
	stated("paid on 8/15 by check", &ref, TRUE, FALSE, iso);
	g_assert_cmpstr(iso, ==, "2026-08-15");
	stated("paid on 13/15 by check", &ref, TRUE, FALSE, iso);
	g_assert_cmpstr(iso, ==, "null");
	stated("paid 18/8", &ref, TRUE, TRUE, iso);
	g_assert_cmpstr(iso, ==, "2026-08-18");
	stated("payment date: 8/14/2026", &ref, TRUE, TRUE, iso);
	g_assert_cmpstr(iso, ==, "2026-08-14");
	g_assert_true(dm_reply_month_first(-5 * 60));
	g_assert_true(dm_reply_month_first(-8 * 60));
	g_assert_false(dm_reply_month_first(0));
	g_assert_false(dm_reply_month_first(60));
}

typedef struct {
	guint stated, right;
	guint returns, returns_right;
} Tally;

static void
measure_file(const char *path, GHashTable *by_lang, Tally *all)
{
	g_autofree char *data = NULL;
	g_autoptr(GError) error = NULL;
	if (!g_file_get_contents(path, &data, NULL, &error))
		g_error("%s: %s", path, error->message);
	g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
	for (guint i = 0; lines[i]; i++) {
		if (lines[i][0] == '\0')
			continue;
		g_autoptr(JsonParser) parser = json_parser_new();
		if (!json_parser_load_from_data(parser, lines[i], -1, &error))
			g_error("%s:%u: %s", path, i + 1, error->message);
		JsonObject *o = json_node_get_object(json_parser_get_root(parser));
		const char *gold = json_object_get_string_member_with_default(o, "date", NULL);
		if (gold == NULL)
			continue;
		const char *role = json_object_get_string_member(o, "date_role");
		const char *lang = json_object_get_string_member(o, "lang");
		const char *text = json_object_get_string_member_with_default(o, "new_text", NULL);
		if (text == NULL)
			text = json_object_get_string_member(o, "text");
		g_autoptr(GDateTime) sent =
			g_date_time_new_from_iso8601(json_object_get_string_member(o, "sent"), NULL);
		g_assert_nonnull(sent);
		GDate ref;
		g_date_clear(&ref, 1);
		g_date_set_dmy(&ref, (GDateDay) g_date_time_get_day_of_month(sent),
		               (GDateMonth) g_date_time_get_month(sent),
		               (GDateYear) g_date_time_get_year(sent));
		char iso[16];
		if (g_strcmp0(role, "return") == 0) {
			/* An absence's end: read as the product reads it, by the
			 * auto-reply's return-date reader on top of ours. */
			GDate back;
			g_date_clear(&back, 1);
			if (dm_autoreply_return_date(text, &ref, &back))
				g_snprintf(iso, sizeof iso, "%04u-%02u-%02u", g_date_get_year(&back),
				           g_date_get_month(&back), g_date_get_day(&back));
			else
				g_strlcpy(iso, "null", sizeof iso);
		} else {
		gboolean month_first =
			dm_reply_month_first((int) (g_date_time_get_utc_offset(sent) / G_TIME_SPAN_MINUTE));
		stated(text, &ref, g_strcmp0(role, "paid") == 0, month_first, iso);
		}
		Tally *t = g_hash_table_lookup(by_lang, lang);
		if (!t) {
			t = g_new0(Tally, 1);
			g_hash_table_insert(by_lang, g_strdup(lang), t);
		}
		gboolean ok = strcmp(iso, gold) == 0;
		if (g_strcmp0(role, "return") == 0) {
			t->returns++;
			all->returns++;
			t->returns_right += ok;
			all->returns_right += ok;
		} else {
			t->stated++;
			all->stated++;
			t->right += ok;
			all->right += ok;
		}
		if (!ok && g_getenv("DM_CORPUS_VERBOSE"))
			g_printerr("MISS %s (%s, sent %.10s): got %s, want %s\n  %s\n\f\n",
			           json_object_get_string_member(o, "id"), role,
			           json_object_get_string_member(o, "sent"), iso, gold, text);
	}
}

static void
test_corpus(void)
{
	g_autoptr(GHashTable) by_lang = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	                                                      g_free);
	Tally all = { 0, 0, 0, 0 };
	const char *only = g_getenv("DM_DATES_CORPUS");
	if (only) {
		measure_file(only, by_lang, &all);
	} else {
		g_autoptr(GError) error = NULL;
		g_autoptr(GPtrArray) files = dm_learn_corpus_files(CORPUS_DIR, "train-", &error);
		g_assert_no_error(error);
		for (guint i = 0; i < files->len; i++)
			measure_file(g_ptr_array_index(files, i), by_lang, &all);
	}
	static const char *const langs[] = { "nl", "en", "de" };
	double worst = 1.0;
	for (gsize i = 0; i < G_N_ELEMENTS(langs); i++) {
		Tally *t = g_hash_table_lookup(by_lang, langs[i]);
		if (!t)
			continue;
		g_test_message("dates %s: %u/%u exact (%.1f%%); return dates %u/%u (%.1f%%)",
		               langs[i], t->right, t->stated, 100.0 * t->right / MAX(t->stated, 1),
		               t->returns_right, t->returns,
		               100.0 * t->returns_right / MAX(t->returns, 1));
		worst = MIN(worst, (double) t->right / MAX(t->stated, 1));
	}
	g_test_message("dates overall: %u/%u exact (%.1f%%); return dates %u/%u (%.1f%%); "
	               "together %u/%u (%.1f%%)", all.right, all.stated,
	               100.0 * all.right / MAX(all.stated, 1), all.returns_right, all.returns,
	               100.0 * all.returns_right / MAX(all.returns, 1),
	               all.right + all.returns_right, all.stated + all.returns,
	               100.0 * (all.right + all.returns_right) / MAX(all.stated + all.returns, 1));
	g_assert_cmpuint(all.stated, >=, 100);
	if (!only)
		g_assert_cmpfloat(worst, >=, FLOOR_EXACT);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/dates/table", test_table);
	g_test_add_func("/reply/dates/vague", test_vague_still_resolves);
	g_test_add_func("/reply/dates/month-first", test_month_first);
	g_test_add_func("/reply/dates/nationalfeiertag-ascii", test_nationalfeiertag_ascii);
	g_test_add_func("/reply/dates/start-past", test_start_past);
	g_test_add_func("/reply/dates/every-nth", test_every_nth);
	g_test_add_func("/reply/dates/every-past", test_every_past);
	g_test_add_func("/reply/dates/after-same", test_after_same);
	g_test_add_func("/reply/dates/two-part-promise", test_two_part_promise);
	g_test_add_func("/reply/dates/payment-label", test_payment_label);
	g_test_add_func("/reply/dates/plan-in-parts", test_plan_in_parts);
	g_test_add_func("/reply/dates/income-day", test_income_day);
	g_test_add_func("/reply/dates/event-then-payment", test_event_then_payment);
	g_test_add_func("/reply/dates/away-then-payment", test_away_then_payment);
	g_test_add_func("/reply/dates/relative-forms", test_relative_forms);
	g_test_add_func("/reply/dates/corpus", test_corpus);
	return g_test_run();
}
