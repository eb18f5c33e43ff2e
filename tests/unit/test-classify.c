/* test-classify: dm_reply_classify_text on sentences written the way debtors write them
 * (Dutch first, typos, short and long, formal and informal, negations), each with the
 * class and the date it must give.  Reference date: Monday 23 November 2026.  Also the
 * date reader on its own, and the names of classes and kinds.
 *
 * Four tables: `cases` (the sentences the rules were first written for; all must pass),
 * and three fresh sets written later and measured before the rules were changed for them
 * (holdout_cases, blind_cases, probe_cases; each must stay above its threshold and prints
 * its figure).  Refusals in the fresh sets are checked strictly: never promise or paid.
 *
 * Since issue 6 the learned model decides a reply's class and the rules are among its
 * features (and decide alone only without a model, in tests and tools): /classify/model
 * runs the shipped model over the same four tables.  Its figure is printed and must stay
 * above MODEL_THRESHOLD; a refusal it reads as a promise or a payment must never be
 * confident (the safety net then holds it for the owner). */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-reply-features.h"
#include "test-dunning-util.h"

#include <string.h>

typedef struct {
	const char *text;
	DmReplyClass klass;
	const char *date;       /* YYYY-MM-DD or NULL */
} ClassifyCase;

#define D DM_REPLY_CLASS_DISPUTE
#define PR DM_REPLY_CLASS_PROMISE_TO_PAY
#define PA DM_REPLY_CLASS_PAID
#define AR DM_REPLY_CLASS_ARRANGEMENT
#define Q DM_REPLY_CLASS_QUESTION
#define O DM_REPLY_CLASS_OTHER

static const ClassifyCase cases[] = {
	/* A day named with "not sooner" is a promise of that day, not a withdrawal. */
	{ "Ik betaal factuur 2026-0043 op 31 december 2026, eerder lukt helaas niet.", PR, "2026-12-31" },
	{ "Op 31 december betaal ik, het lukt niet eerder.", PR, "2026-12-31" },
	/* dispute */
	{ "Ik ben het niet eens met deze factuur.", D, NULL },
	{ "Hallo, deze factuur klopt niet. Wij hebben maar 3 uur afgenomen ipv 5.", D, NULL },
	{ "Wij betwisten de factuur, de werkzaamheden zijn nooit uitgevoerd zoals afgesproken.", D, NULL },
	{ "Dit is onterecht, ik heb hier nooit iets besteld!!", D, NULL },
	{ "de spullen zijn nog steeds niet geleverd dus ik betaal niks", D, NULL },
	{ "Ik weiger deze rekening te betalen.", D, NULL },
	{ "Het bedrag op de factuur is te hoog, er was een prijs van 450 euro afgesproken.", D, NULL },
	{ "Geachte heer/mevrouw, ik ben het er absoluut niet mee eens dat u administratiekosten rekent.", D, NULL },
	{ "we hebben deze bestelling nooit ontvangen", D, NULL },
	{ "U heeft dubbel gefactureerd, factuur 2026-113 is dezelfde als 2026-098.", D, NULL },
	{ "We do not agree with this invoice.", D, NULL },
	{ "This is an incorrect invoice, the hourly rate is wrong.", D, NULL },
	{ "We never received the goods, so we dispute this charge.", D, NULL },
	{ "ik heb een klacht over de geleverde kast, die is beschadigd aangekomen. Ik ga niet betalen voordat dit is opgelost", D, NULL },
	/* arrangement */
	{ "Is het mogelijk om een betalingsregeling te treffen?", AR, NULL },
	{ "Kan ik het bedrag in 3 termijnen betalen? Ik zit even krap.", AR, NULL },
	{ "Ik wil graag gespreid betalen, bijvoorbeeld 100 euro per maand.", AR, NULL },
	{ "zou ik het in delen mogen overmaken, eerste deel eind van de maand", AR, "2026-11-30" },
	{ "Could we agree on a payment plan? Money is tight this month.", AR, NULL },
	{ "Would it be possible to pay in monthly instalments?", AR, NULL },
	{ "We kunnen het niet in een keer betalen, graag een regeling in termijnen", AR, NULL },
	/* paid */
	{ "Deze factuur is al betaald.", PA, NULL },
	{ "Heb ik gisteren overgemaakt.", PA, "2026-11-22" },
	{ "Het bedrag is op 20 november overgemaakt naar uw rekening.", PA, "2026-11-20" },
	{ "Goedemiddag, de factuur hebben wij vrijdag voldaan. Mvg, Petra", PA, "2026-11-20" },
	{ "Is al voldaan hoor", PA, NULL },
	{ "Wij hebben op 18-11 betaald, zie bijgevoegd betaalbewijs.", PA, "2026-11-18" },
	{ "I already paid this invoice last week.", PA, "2026-11-16" },
	{ "The payment was sent yesterday.", PA, "2026-11-22" },
	{ "Payment has been made on November 20th, please check your account.", PA, "2026-11-20" },
	{ "heb het vanmorgen betaald, excuses voor de vertraging", PA, "2026-11-23" },
	/* promise to pay */
	{ "Ik betaal vrijdag.", PR, "2026-11-27" },
	{ "Het bedrag wordt volgende week overgemaakt.", PR, "2026-12-04" },
	{ "Betalen we op 5 december.", PR, "2026-12-05" },
	{ "ik maak het morgen over", PR, "2026-11-24" },
	{ "Excuses, vergeten. Ik zal het overmorgen betalen.", PR, "2026-11-25" },
	{ "We zullen de factuur eind van de maand voldoen.", PR, "2026-11-30" },
	{ "Ik ga binnen 5 dagen betalen", PR, "2026-11-28" },
	{ "Uiterlijk 5-12 wordt het bedrag overgemaakt.", PR, "2026-12-05" },
	{ "ik heb nog niet betaald maar ik betaal donderdag", PR, "2026-11-26" },
	{ "Sorry voor de vertraging, ik kan pas na het weekend betalen.", PR, "2026-11-30" },
	{ "I will pay by Friday.", PR, "2026-11-27" },
	{ "Payment will be made on December 5th.", PR, "2026-12-05" },
	{ "We'll transfer the money on the 5th.", PR, "2026-12-05" },
	{ "I have not paid yet, but I will pay tomorrow.", PR, "2026-11-24" },
	{ "wij gaan het bedrag zsm overmaken", PR, NULL },
	{ "Ik zorg dat het volgende week maandag is overgemaakt.", PR, "2026-11-30" },
	/* question */
	{ "Kunt u mij een kopie van de factuur sturen?", Q, NULL },
	{ "Welk rekeningnummer moet ik gebruiken?", Q, NULL },
	{ "Waar is deze factuur voor?", Q, NULL },
	{ "Ik heb de factuur nooit ontvangen, kunt u die nog een keer mailen?", Q, NULL },
	{ "Could you send a copy of the invoice?", Q, NULL },
	{ "What is this invoice for?", Q, NULL },
	{ "wat is het betalingskenmerk", Q, NULL },
	{ "Hoeveel moet ik nu precies betalen?", Q, NULL },
	/* other */
	{ "Bedankt voor uw bericht.", O, NULL },
	{ "Ok", O, NULL },
	{ "Thanks, noted.", O, NULL },
	{ "Ik heb uw mail doorgestuurd naar onze boekhouding.", O, NULL },
	/* negations */
	{ "De factuur is nog niet betaald.", O, NULL },
	{ "Ik ben het er niet mee oneens.", O, NULL },
	{ "I have not paid yet.", O, NULL },
	{ "Geen bezwaar tegen de factuur, alleen nog niet betaald.", O, NULL },
	{ "ik kan deze maand niet betalen", O, NULL },
	/* precedence */
	{ "Ik heb al betaald, kunt u dat controleren?", PA, NULL },
	{ "Ik betaal vrijdag, maar welk rekeningnummer?", PR, "2026-11-27" },
	{ "De factuur klopt niet. Ik heb het deel dat wel klopt al betaald.", D, NULL },
	{ "Ik betaal volgende maand de helft en daarna de rest in termijnen.", AR, "2026-12-31" },
};

static void
test_cases(void)
{
	GDate ref;
	g_date_clear(&ref, 1);
	g_date_set_dmy(&ref, 23, G_DATE_NOVEMBER, 2026);
	guint failures = 0;
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		const ClassifyCase *c = &cases[i];
		double conf = -1;
		GDate date;
		const char *rule = NULL;
		DmReplyClass got = dm_reply_classify_text(c->text, &ref, &conf, &date, &rule);
		char iso[16] = "null";
		if (g_date_valid(&date))
			g_snprintf(iso, sizeof iso, "%04u-%02u-%02u", g_date_get_year(&date),
			           g_date_get_month(&date), g_date_get_day(&date));
		gboolean ok = got == c->klass && strcmp(iso, c->date ? c->date : "null") == 0 &&
		              conf >= 0.0 && conf <= 1.0 && rule != NULL;
		if (!ok) {
			failures++;
			g_test_message("case %zu \"%s\": got %s %s (%.2f, %s), want %s %s", i, c->text,
			               dm_reply_class_name(got), iso, conf, rule,
			               dm_reply_class_name(c->klass), c->date ? c->date : "null");
		}
	}
	g_test_message("classify: %zu/%zu cases right", G_N_ELEMENTS(cases) - failures,
	               G_N_ELEMENTS(cases));
	g_assert_cmpuint(G_N_ELEMENTS(cases), >=, 60);
	g_assert_cmpuint(failures, ==, 0);
}

/* The holdout set: sentences written after the rules above, to measure how the rules
 * generalise rather than how well they were tuned.  Do not tune a rule to one of these;
 * when a rule is added, it must be for a phrasing, and the figure printed by
 * test_holdout is the honest one.  @refusal marks a debtor who says he will not pay:
 * reading that as a promise or a payment pauses the dunning for nothing, so those are
 * checked strictly on top of the accuracy threshold. */
typedef struct {
	const char *text;
	DmReplyClass klass;
	const char *date;       /* YYYY-MM-DD or NULL */
	gboolean refusal;
} HoldoutCase;

#define REFUSES TRUE

static const HoldoutCase holdout_cases[] = {
	/* dispute, refusals (Dutch puts "niet" after the verb) */
	{ "Deze uren zijn nooit door ons goedgekeurd, wij betalen dit niet.", D, NULL, REFUSES },
	{ "ik betaal die factuur niet, de monteur is maar een half uur geweest", D, NULL, REFUSES },
	{ "Betalen doen we niet, het werk is niet afgemaakt.", D, NULL, REFUSES },
	{ "Daar betaal ik niet voor, dat was niet afgesproken.", D, NULL, REFUSES },
	{ "Dat ga ik echt niet betalen hoor.", D, NULL, REFUSES },
	{ "Die factuur ga ik niet betalen voordat de lekkage is verholpen.", D, NULL, REFUSES },
	{ "Wij zullen deze factuur niet voldoen.", D, NULL, REFUSES },
	{ "Wij gaan niet betalen voor werk dat niet is uitgevoerd.", D, NULL, REFUSES },
	{ "betaal ik niet, is nooit besteld", D, NULL, REFUSES },
	{ "De factuur wordt door ons niet betaald.", D, NULL, REFUSES },
	{ "Wij maken dit bedrag niet over.", D, NULL, REFUSES },
	{ "Nee, dat is niet overgemaakt en dat gaan we ook niet doen.", D, NULL, REFUSES },
	{ "Ik heb niet betaald en dat ga ik ook niet doen.", D, NULL, REFUSES },
	{ "We will not pay this invoice until the work is finished.", D, NULL, REFUSES },
	{ "I refuse to pay for something I never ordered.", D, NULL, REFUSES },
	{ "We won't be paying this, the order was cancelled weeks ago.", D, NULL, REFUSES },
	{ "I don't owe you anything, the subscription was cancelled in August.", D, NULL, REFUSES },
	/* dispute, other grounds */
	{ "Wij hebben nooit akkoord gegeven op deze meerwerkfactuur.", D, NULL, FALSE },
	{ "Die offerte is nooit door ons ondertekend of afgesproken.", D, NULL, FALSE },
	{ "Jullie hebben dit al eerder gefactureerd (factuur 2026-077).", D, NULL, FALSE },
	{ "Het bedrag is veel te hoog, we hadden 40 euro per uur afgesproken.", D, NULL, FALSE },
	{ "Graag ontvang ik een creditnota voor de teruggestuurde artikelen.", D, NULL, FALSE },
	{ "Kunt u een creditnota sturen? De helft van de bestelling was kapot.", D, NULL, FALSE },
	{ "hier klopt helemaal niks van, we hebben nooit 12 uur gehad", D, NULL, FALSE },
	{ "Dit klopt niet, de korting van 10% is niet verrekend.", D, NULL, FALSE },
	{ "Niet akkoord. De materialen waren van de klant zelf.", D, NULL, FALSE },
	{ "Ik ben het hier totaal niet mee eens.", D, NULL, FALSE },
	{ "De pakketten zijn nooit bij ons aangekomen, dus ik zie niet waarom ik zou moeten betalen.", D, NULL, FALSE },
	{ "Sorry maar die uren kloppen niet, er is maximaal 3 uur gewerkt.", D, NULL, FALSE },
	{ "U rekent voorrijkosten die niet afgesproken waren.", D, NULL, FALSE },
	{ "wij hebben die dienst opgezegd in september, deze factuur is dus niet terecht", D, NULL, FALSE },
	{ "De factuur is niet betaald omdat die niet klopt.", D, NULL, FALSE },
	{ "Deze factuur klopt neit.", D, NULL, FALSE },
	{ "This charge is not ours, we never signed up for the premium plan.", D, NULL, FALSE },
	{ "You've charged us twice for the same delivery.", D, NULL, FALSE },
	{ "We never approved these extra hours.", D, NULL, FALSE },
	{ "Please issue a credit note for the returned items.", D, NULL, FALSE },
	/* promise to pay, with and without "zal/ga" */
	{ "Sorry voor de vertraging, volgende week vrijdag staat het op uw rekening.", PR, "2026-12-04", FALSE },
	{ "Het geld is onderweg, zou morgen bij u binnen moeten zijn.", PR, "2026-11-24", FALSE },
	{ "Komt eraan! Uiterlijk vrijdag heeft u het binnen.", PR, "2026-11-27", FALSE },
	{ "Wordt deze week nog geregeld.", PR, "2026-11-27", FALSE },
	{ "Excuses, ik was het vergeten. Morgen staat het erop.", PR, "2026-11-24", FALSE },
	{ "Ik regel het vandaag nog.", PR, "2026-11-23", FALSE },
	{ "Wij boeken het bedrag begin volgende week over.", PR, "2026-12-01", FALSE },
	{ "U krijgt het geld uiterlijk 4 december.", PR, "2026-12-04", FALSE },
	{ "Ik stort het vrijdag.", PR, "2026-11-27", FALSE },
	{ "De betaling staat klaar voor donderdag.", PR, "2026-11-26", FALSE },
	{ "Wij hebben de betaling ingepland op 1 december.", PR, "2026-12-01", FALSE },
	{ "Zodra ons salaris binnen is, maak ik het over. Dat is op de 25e.", PR, "2026-11-25", FALSE },
	{ "Ik probeer het eind deze week over te maken.", PR, "2026-11-27", FALSE },
	{ "Je krijgt het vrijdag van me, beloofd!", PR, "2026-11-27", FALSE },
	{ "Uiterlijk woensdag heeft u het geld.", PR, "2026-11-25", FALSE },
	{ "Ik betaal het restant na ontvangst van mijn loon op 1 december.", PR, "2026-12-01", FALSE },
	{ "mijn excuses, ik heb het over het hoofd gezien. Het wordt morgen overgemaakt", PR, "2026-11-24", FALSE },
	{ "Betaling volgt na het weekend.", PR, "2026-11-30", FALSE },
	{ "De factuur klopt wel, maar ik kan pas volgende week betalen.", PR, "2026-12-04", FALSE },
	{ "Excuses, het is me ontschoten. Vrijdag heeft u het.", PR, "2026-11-27", FALSE },
	{ "Wij zijn het eens met de factuur en betalen deze voor het eind van de maand.", PR, "2026-11-30", FALSE },
	{ "word volgende week overgemaakt", PR, "2026-12-04", FALSE },
	{ "sorry, betaling is er doorheen geglipt. gaat deze week de deur uit", PR, "2026-11-27", FALSE },
	{ "I'll sort it out by Friday.", PR, "2026-11-27", FALSE },
	{ "You'll have it by the end of the week.", PR, "2026-11-27", FALSE },
	{ "Payment is on its way, should reach you tomorrow.", PR, "2026-11-24", FALSE },
	{ "We're processing it now and it will go out on Wednesday.", PR, "2026-11-25", FALSE },
	{ "Apologies for the delay, the money will be with you early next week.", PR, "2026-12-01", FALSE },
	{ "I can pay the full amount on December 1st.", PR, "2026-12-01", FALSE },
	{ "We'll get this paid on the 30th.", PR, "2026-11-30", FALSE },
	{ "Thanks for the reminder, I'll take care of it tomorrow.", PR, "2026-11-24", FALSE },
	/* paid */
	{ "Dit is vorige week al overgemaakt, zie bijlage.", PA, "2026-11-16", FALSE },
	{ "Staat al op jullie rekening sinds vrijdag.", PA, "2026-11-20", FALSE },
	{ "Betaald op 19-11, kenmerk 2026-0045.", PA, "2026-11-19", FALSE },
	{ "Het geld is gisteren van onze rekening afgeschreven.", PA, "2026-11-22", FALSE },
	{ "Wij hebben het bedrag op 13 november naar uw IBAN gestuurd.", PA, "2026-11-13", FALSE },
	{ "Is vanochtend via de bank overgemaakt.", PA, "2026-11-23", FALSE },
	{ "ik heb het al betaalt", PA, NULL, FALSE },
	{ "Payment went out this morning.", PA, "2026-11-23", FALSE },
	{ "We settled this on the 20th.", PA, "2026-11-20", FALSE },
	{ "The invoice was settled in full last Friday.", PA, "2026-11-20", FALSE },
	{ "We have transferred the amount today.", PA, "2026-11-23", FALSE },
	/* arrangement */
	{ "Kan ik het in twee keer betalen? Nu de helft en de rest in januari.", AR, NULL, FALSE },
	{ "Is het goed als ik elke maand 50 euro overmaak tot het betaald is?", AR, NULL, FALSE },
	{ "Ik zou graag wat langer de tijd willen krijgen om te betalen, tot eind december.", AR, "2026-12-31", FALSE },
	{ "Could I pay 200 a month until it's cleared?", AR, NULL, FALSE },
	{ "Would you accept three payments of 150 starting next month?", AR, "2026-12-31", FALSE },
	{ "Mogen we het over drie maanden verdelen?", AR, NULL, FALSE },
	{ "Prima, we maken er een regeling van: 3 x 100 euro.", AR, NULL, FALSE },
	/* question */
	{ "Op welk nummer moet ik het overmaken?", Q, NULL, FALSE },
	{ "Waarvoor is die post 'administratiekosten' precies?", Q, NULL, FALSE },
	{ "Kunt u mij de urenspecificatie mailen?", Q, NULL, FALSE },
	{ "Is dit de factuur van oktober of november?", Q, NULL, FALSE },
	{ "What's the IBAN again?", Q, NULL, FALSE },
	{ "Hi, to whom should I address the payment?", Q, NULL, FALSE },
	{ "Kunnen jullie de factuur op naam van mijn bedrijf zetten?", Q, NULL, FALSE },
	/* other, and negations that must not become paid or promise */
	{ "Ik ben tot 1 december op vakantie, daarna kijk ik ernaar.", O, NULL, FALSE },
	{ "Ik heb het doorgezet naar de crediteurenadministratie.", O, NULL, FALSE },
	{ "Ontvangen, dank u.", O, NULL, FALSE },
	{ "Wij hebben een nieuw adres: Kerkstraat 12, 3511 AB Utrecht.", O, NULL, FALSE },
	{ "Noted, I've forwarded this to our finance team.", O, NULL, FALSE },
	{ "Ik kijk ernaar.", O, NULL, FALSE },
	{ "Ik heb nog niets overgemaakt, sorry.", O, NULL, FALSE },
	{ "We haven't been able to pay yet.", O, NULL, FALSE },
	{ "Ik kan voorlopig niks betalen, ik zit zonder werk.", O, NULL, FALSE },
	{ "Betalen lukt deze maand niet.", O, NULL, FALSE },
};

/* A second fresh set, written after the rules were changed for holdout_cases and run
 * once before any further change (the figure is in the report of that change): the
 * check that the rules generalise beyond the first set. */
static const HoldoutCase blind_cases[] = {
	{ "Wij betalen deze nota niet, de schade aan de vloer is nog steeds niet hersteld.", D, NULL, REFUSES },
	{ "Ik ben niet van plan om dit te betalen.", D, NULL, REFUSES },
	{ "Dit bedrag betaal ik dus echt niet.", D, NULL, REFUSES },
	{ "Daar gaan wij niet voor betalen.", D, NULL, REFUSES },
	{ "U krijgt van mij geen cent voordat het dak lekvrij is.", D, NULL, REFUSES },
	{ "No way we're paying this, the job was never finished.", D, NULL, REFUSES },
	{ "We are not going to pay for a service we cancelled.", D, NULL, REFUSES },
	{ "I dispute this and won't pay it.", D, NULL, REFUSES },
	{ "Die rekening voldoen wij niet.", D, NULL, REFUSES },
	{ "Ik weiger te betalen voor iets wat ik niet heb besteld.", D, NULL, REFUSES },
	{ "Wij zien geen reden om deze factuur te betalen.", D, NULL, REFUSES },
	{ "This invoice will not be paid by us.", D, NULL, REFUSES },
	{ "Er is 8 uur gefactureerd terwijl er maar 5 gewerkt zijn.", D, NULL, FALSE },
	{ "De prijs wijkt af van de offerte.", D, NULL, FALSE },
	{ "Dit is niet wat we hebben afgesproken.", D, NULL, FALSE },
	{ "Wij hebben deze opdracht nooit gegeven.", D, NULL, FALSE },
	{ "The hours on this invoice don't match what we agreed.", D, NULL, FALSE },
	{ "There must be a mistake, we cancelled our subscription in June.", D, NULL, FALSE },
	{ "Graag een gecorrigeerde factuur, het btw-bedrag klopt niet.", D, NULL, FALSE },
	{ "Het uurtarief is hoger dan afgesproken.", D, NULL, FALSE },
	{ "Het wordt uiterlijk 30 november overgemaakt.", PR, "2026-11-30", FALSE },
	{ "Ik maak het vanavond nog over.", PR, "2026-11-23", FALSE },
	{ "Betaling gaat morgen de deur uit.", PR, "2026-11-24", FALSE },
	{ "Eind van de maand is alles betaald.", PR, "2026-11-30", FALSE },
	{ "Wij voldoen de factuur binnen 14 dagen.", PR, "2026-12-07", FALSE },
	{ "Je hebt het maandag.", PR, "2026-11-30", FALSE },
	{ "Ik zet het morgen over.", PR, "2026-11-24", FALSE },
	{ "Zodra mijn uitkering binnen is betaal ik.", PR, NULL, FALSE },
	{ "The transfer will be done on Thursday.", PR, "2026-11-26", FALSE },
	{ "I'll get the money to you next week.", PR, "2026-12-04", FALSE },
	{ "Expect payment by the 1st of December.", PR, "2026-12-01", FALSE },
	{ "We will settle the invoice within 7 days.", PR, "2026-11-30", FALSE },
	{ "Ik hoop het volgende week te kunnen overmaken.", PR, "2026-12-04", FALSE },
	{ "Ik zal niet vergeten te betalen.", PR, NULL, FALSE },
	{ "Dit is niet betaald, want de factuur was zoek. Ik betaal vandaag.", PR, "2026-11-23", FALSE },
	{ "Het is vorige week vrijdag overgemaakt.", PA, "2026-11-20", FALSE },
	{ "Is gisteren door mijn boekhouder betaald.", PA, "2026-11-22", FALSE },
	{ "Heb het net via tikkie betaald.", PA, NULL, FALSE },
	{ "Betaling is op 20-11 uitgevoerd.", PA, "2026-11-20", FALSE },
	{ "We paid it last Thursday, see the attached receipt.", PA, "2026-11-19", FALSE },
	{ "The amount left our account on 18 November.", PA, "2026-11-18", FALSE },
	{ "Bedrag is gisteren gestort.", PA, "2026-11-22", FALSE },
	{ "Mag ik het in drie keer betalen?", AR, NULL, FALSE },
	{ "Kunnen we afspreken dat ik 75 euro per maand betaal?", AR, NULL, FALSE },
	{ "Can I pay half now and the rest next month?", AR, "2026-12-31", FALSE },
	{ "Ik wil graag uitstel van betaling tot 15 december.", AR, "2026-12-15", FALSE },
	{ "Wat is het kenmerk dat ik moet vermelden?", Q, NULL, FALSE },
	{ "Vanaf welk bedrag rekenen jullie rente?", Q, NULL, FALSE },
	{ "Can you tell me what the late fee is for?", Q, NULL, FALSE },
	{ "Klopt het dat de korting al verrekend is?", Q, NULL, FALSE },
	{ "Ik heb de betaling nog niet kunnen doen.", O, NULL, FALSE },
	{ "Ik ben de komende twee weken niet bereikbaar.", O, NULL, FALSE },
	{ "Dank voor de herinnering.", O, NULL, FALSE },
	{ "Mijn partner regelt de financiën, ik stuur het door.", O, NULL, FALSE },
	{ "We have not received payment from our client yet, so we cannot pay you.", O, NULL, FALSE },
	{ "Nee, betaald is er nog niks.", O, NULL, FALSE },
};

/* A third set, written after the rules were changed for blind_cases too, with more traps
 * for the broad negation and refusal patterns; run once before any further change. */
static const HoldoutCase probe_cases[] = {
	{ "Ik betaal liever niet via iDEAL, kan ik een factuur per post krijgen?", Q, NULL, FALSE },
	{ "Wij betalen normaal gesproken binnen 30 dagen, dus u krijgt het voor 20 december.", PR, "2026-12-20", FALSE },
	{ "Ik heb het bedrag van 250 euro vandaag overgemaakt.", PA, "2026-11-23", FALSE },
	{ "Het lukt me niet om dit voor vrijdag te betalen.", O, NULL, FALSE },
	{ "Kunt u bevestigen dat mijn betaling binnen is?", Q, NULL, FALSE },
	{ "Volgens mij heb ik deze al betaald in oktober.", PA, NULL, FALSE },
	{ "Wij hebben geen opdracht gegeven voor deze extra werkzaamheden.", D, NULL, FALSE },
	{ "I won't be able to pay until the 15th.", PR, "2026-12-15", FALSE },
	{ "We zijn het eens, betaling volgt deze week.", PR, "2026-11-27", FALSE },
	{ "Sorry, ik ben het vergeten! Morgen maak ik het over.", PR, "2026-11-24", FALSE },
	{ "The invoice is incorrect: we were charged for 3 licences, we only have 2.", D, NULL, FALSE },
	{ "Ik ga dit niet nog een keer betalen, ik heb al betaald op 2 november.", D, NULL, FALSE },
	{ "Ik kan niet betalen, ik ben mijn baan kwijt.", O, NULL, FALSE },
	{ "Geen idee waar deze factuur over gaat.", Q, NULL, FALSE },
	{ "Betalen? Nee hoor, eerst de boel repareren.", D, NULL, REFUSES },
	{ "U heeft het bedrag uiterlijk donderdag op uw rekening.", PR, "2026-11-26", FALSE },
	{ "Ik maak volgende week 100 euro over en de rest in december.", AR, "2026-12-04", FALSE },
	{ "Dat bedrag klopt wel, ik betaal het morgen.", PR, "2026-11-24", FALSE },
	{ "Deze factuur is volgens mij niet voor ons bestemd.", D, NULL, FALSE },
	{ "Wij betalen deze factuur niet zolang de klacht loopt.", D, NULL, REFUSES },
	{ "We're not paying until the defect is fixed.", D, NULL, REFUSES },
	{ "Nee, ik betaal niets.", D, NULL, REFUSES },
	{ "Ik heb nog steeds niks ontvangen, dus ik betaal ook niks.", D, NULL, REFUSES },
	{ "Bedankt, ik heb het genoteerd en betaal op de vervaldatum.", PR, NULL, FALSE },
	{ "Graag ontvang ik de factuur nogmaals, ik kan hem niet vinden.", Q, NULL, FALSE },
	{ "Wij hebben de factuur op 20 november voldaan, graag uw bevestiging.", PA, "2026-11-20", FALSE },
	{ "Het geld staat morgen op jullie rekening.", PR, "2026-11-24", FALSE },
	{ "Ik betaal het pas als de monteur is teruggekomen.", D, NULL, FALSE },
};

/* What the holdout figure must at least be, in percent of cases with class and date right. */
#define HOLDOUT_THRESHOLD 90.0
#define BLIND_THRESHOLD 90.0
#define PROBE_THRESHOLD 85.0

static DmReplyClass
classify_case(const char *text, char iso[16], double *conf, const char **rule)
{
	GDate ref, date;
	g_date_clear(&ref, 1);
	g_date_set_dmy(&ref, 23, G_DATE_NOVEMBER, 2026);
	DmReplyClass got = dm_reply_classify_text(text, &ref, conf, &date, rule);
	g_strlcpy(iso, "null", 16);
	if (g_date_valid(&date))
		g_snprintf(iso, 16, "%04u-%02u-%02u", g_date_get_year(&date),
		           g_date_get_month(&date), g_date_get_day(&date));
	return got;
}

/* Percentage of @table with class and date right; logs each miss and the figure. */
static double
measure(const char *name, const HoldoutCase *table, gsize n)
{
	guint class_right = 0, exact = 0;
	for (gsize i = 0; i < n; i++) {
		const HoldoutCase *c = &table[i];
		char iso[16];
		double conf = -1;
		const char *rule = NULL;
		DmReplyClass got = classify_case(c->text, iso, &conf, &rule);
		gboolean klass_ok = got == c->klass;
		gboolean date_ok = strcmp(iso, c->date ? c->date : "null") == 0;
		class_right += klass_ok;
		exact += klass_ok && date_ok;
		if (!klass_ok || !date_ok)
			g_test_message("%s miss \"%s\": got %s %s (%.2f, %s), want %s %s", name, c->text,
			               dm_reply_class_name(got), iso, conf, rule,
			               dm_reply_class_name(c->klass), c->date ? c->date : "null");
	}
	double pct = 100.0 * exact / n;
	g_test_message("classify %s: %u/%zu exact (%.1f%%), %u/%zu class right", name, exact, n,
	               pct, class_right, n);
	return pct;
}

static void
test_holdout(void)
{
	g_assert_cmpuint(G_N_ELEMENTS(holdout_cases), >=, 60);
	double pct = measure("holdout", holdout_cases, G_N_ELEMENTS(holdout_cases));
	g_assert_cmpfloat(pct, >=, HOLDOUT_THRESHOLD);
}

/* What the shipped model must at least read right, in percent of the four tables'
 * sentences (class only: the date is the date reader's, tested above).  Measured 2026-12-01
 * at 88.7 % (the tables are single sentences, shorter than the corpus it learnt from). */
#define MODEL_THRESHOLD 85.0

static DmReplyClass
model_class(const char *text, gboolean *confident)
{
	double p[DM_REPLY_N_CLASSES];
	DmReplyClass best = dm_test_reply_probs(text, p);
	*confident = p[best] >= dm_reply_model_threshold(dm_test_reply_model());
	return best;
}

static void
test_model(void)
{
	guint n = 0, right = 0, unsafe = 0;
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++, n++) {
		gboolean confident;
		DmReplyClass got = model_class(cases[i].text, &confident);
		right += got == cases[i].klass;
		if (got != cases[i].klass)
			g_test_message("model miss \"%s\": got %s, want %s", cases[i].text,
			               dm_reply_class_name(got), dm_reply_class_name(cases[i].klass));
	}
	const struct { const HoldoutCase *t; gsize n; } tables[] = {
		{ holdout_cases, G_N_ELEMENTS(holdout_cases) },
		{ blind_cases, G_N_ELEMENTS(blind_cases) },
		{ probe_cases, G_N_ELEMENTS(probe_cases) },
	};
	for (gsize k = 0; k < G_N_ELEMENTS(tables); k++)
		for (gsize i = 0; i < tables[k].n; i++, n++) {
			const HoldoutCase *c = &tables[k].t[i];
			gboolean confident;
			DmReplyClass got = model_class(c->text, &confident);
			right += got == c->klass;
			if (got != c->klass)
				g_test_message("model miss \"%s\": got %s%s, want %s", c->text,
				               dm_reply_class_name(got), confident ? " (confident)" : "",
				               dm_reply_class_name(c->klass));
			if (c->refusal && confident &&
			    (got == DM_REPLY_CLASS_PROMISE_TO_PAY || got == DM_REPLY_CLASS_PAID)) {
				unsafe++;
				g_test_message("model UNSAFE: refusal \"%s\" read as %s with confidence",
				               c->text, dm_reply_class_name(got));
			}
		}
	double pct = 100.0 * right / n;
	g_test_message("classify model: %u/%u class right (%.1f%%)", right, n, pct);
	g_assert_cmpfloat(pct, >=, MODEL_THRESHOLD);
	g_assert_cmpuint(unsafe, ==, 0);
}

static void
test_probe(void)
{
	double pct = measure("probe", probe_cases, G_N_ELEMENTS(probe_cases));
	g_assert_cmpfloat(pct, >=, PROBE_THRESHOLD);
}

static void
test_blind(void)
{
	g_assert_cmpuint(G_N_ELEMENTS(blind_cases), >=, 50);
	double pct = measure("blind", blind_cases, G_N_ELEMENTS(blind_cases));
	g_assert_cmpfloat(pct, >=, BLIND_THRESHOLD);
}

/* A debtor who refuses to pay must never be read as one who promised or paid. */
static guint
check_refusals(const HoldoutCase *table, gsize n)
{
	guint n_refusals = 0;
	for (gsize i = 0; i < n; i++) {
		const HoldoutCase *c = &table[i];
		if (!c->refusal)
			continue;
		n_refusals++;
		char iso[16];
		double conf;
		const char *rule;
		DmReplyClass got = classify_case(c->text, iso, &conf, &rule);
		if (got == DM_REPLY_CLASS_PROMISE_TO_PAY || got == DM_REPLY_CLASS_PAID)
			g_error("refusal \"%s\" read as %s (%s)", c->text, dm_reply_class_name(got), rule);
	}
	return n_refusals;
}

static void
test_refusals(void)
{
	guint n = check_refusals(holdout_cases, G_N_ELEMENTS(holdout_cases)) +
	          check_refusals(blind_cases, G_N_ELEMENTS(blind_cases)) +
	          check_refusals(probe_cases, G_N_ELEMENTS(probe_cases));
	g_assert_cmpuint(n, >=, 25);
}

/* A match of several strong rules must be surer than a lone weak one. */
static void
test_confidence_order(void)
{
	GDate ref;
	g_date_clear(&ref, 1);
	g_date_set_dmy(&ref, 23, G_DATE_NOVEMBER, 2026);
	double strong = 0, weak = 0;
	dm_reply_classify_text("Wij betwisten deze factuur, het bedrag klopt niet en is onterecht.",
	                       &ref, &strong, NULL, NULL);
	dm_reply_classify_text("ok?", &ref, &weak, NULL, NULL);
	g_assert_cmpfloat(strong, >, weak);
	g_assert_cmpfloat(strong, <=, 1.0);
	g_assert_cmpfloat(weak, >, 0.0);
}

typedef struct {
	const char *text;
	gboolean past;
	const char *want;       /* NULL: no date */
} DateCase;

static void
test_dates(void)
{
	static const DateCase dates[] = {
		{ "vandaag", FALSE, "2026-11-23" },
		{ "morgen", FALSE, "2026-11-24" },
		{ "morgenochtend", FALSE, "2026-11-24" },
		{ "overmorgen", FALSE, "2026-11-25" },
		{ "eergisteren", TRUE, "2026-11-21" },
		{ "maandag", FALSE, "2026-11-30" },
		{ "maandag", TRUE, "2026-11-16" },   /* on the day itself: "vandaag" */
		{ "afgelopen vrijdag", FALSE, "2026-11-20" },
		{ "volgende week", FALSE, "2026-12-04" },
		{ "volgende week dinsdag", FALSE, "2026-12-01" },
		{ "deze week", FALSE, "2026-11-27" },
		{ "eind van de maand", FALSE, "2026-11-30" },
		{ "eind volgende maand", FALSE, "2026-12-31" },
		{ "begin volgende maand", FALSE, "2026-12-01" },
		{ "binnen 5 dagen", FALSE, "2026-11-28" },
		{ "binnen twee weken", FALSE, "2026-12-07" },
		{ "within 10 working days", FALSE, "2026-12-07" },
		{ "5 december", FALSE, "2026-12-05" },
		{ "5 dec. a.s.", FALSE, "2026-12-05" },
		{ "3 januari", FALSE, "2027-01-03" },
		{ "28 december", TRUE, "2025-12-28" },
		{ "5-12", FALSE, "2026-12-05" },
		{ "5/1/2027", FALSE, "2027-01-05" },
		{ "2026-12-05", FALSE, "2026-12-05" },
		{ "December 5th", FALSE, "2026-12-05" },
		{ "december 5, 2027", FALSE, "2027-12-05" },
		{ "on the 5th", FALSE, "2026-12-05" },
		{ "vrijdag 4 december", FALSE, "2026-12-04" },
		/* Read by the shared date reader: its forms and its one year bound. */
		{ "ich zahle am 5. Dezember", FALSE, "2026-12-05" },
		{ "betaald op 20.11.2026", TRUE, "2026-11-20" },
		{ "paid on 20 Nov 2026", TRUE, "2026-11-20" },
		{ "betaald op 1-1-1969", TRUE, NULL },
		{ "vrijdag 5-12-2026", FALSE, "2026-12-05" },
		{ "31-02", FALSE, NULL },
		{ "factuur 2026-0012 van EUR 1.250,00", FALSE, NULL },
		{ "geen datum hier", FALSE, NULL },
	};
	GDate ref;
	g_date_clear(&ref, 1);
	g_date_set_dmy(&ref, 23, G_DATE_NOVEMBER, 2026);
	for (gsize i = 0; i < G_N_ELEMENTS(dates); i++) {
		GDate d;
		g_date_clear(&d, 1);
		gboolean found = dm_reply_find_date(dates[i].text, &ref, dates[i].past, &d, NULL);
		char iso[16] = "null";
		if (found)
			g_snprintf(iso, sizeof iso, "%04u-%02u-%02u", g_date_get_year(&d),
			           g_date_get_month(&d), g_date_get_day(&d));
		if (strcmp(iso, dates[i].want ? dates[i].want : "null") != 0)
			g_error("date \"%s\": got %s, want %s", dates[i].text, iso,
			        dates[i].want ? dates[i].want : "null");
	}
}

static void
test_names(void)
{
	for (int k = DM_REPLY_CLASS_OTHER; k <= DM_REPLY_CLASS_BOUNCE; k++) {
		DmReplyClass back;
		g_assert_true(dm_reply_class_from_name(dm_reply_class_name(k), &back));
		g_assert_cmpint(back, ==, k);
	}
	DmReplyClass unused;
	g_assert_false(dm_reply_class_from_name("disputed", &unused));
	g_assert_false(dm_reply_class_from_name(NULL, &unused));
	g_assert_cmpstr(dm_reply_kind_name(DM_REPLY_KIND_AUTO_REPLY), ==, "auto_reply");
	g_assert_cmpstr(dm_reply_class_name(DM_REPLY_CLASS_PROMISE_TO_PAY), ==, "promise_to_pay");
}

/* Hostile text: long, binary, no sentence ends; must finish and stay in bounds. */
static void
test_hostile(void)
{
	GDate ref;
	g_date_clear(&ref, 1);
	g_date_set_dmy(&ref, 23, G_DATE_NOVEMBER, 2026);
	GString *s = g_string_new(NULL);
	for (int i = 0; i < 20000; i++)
		g_string_append(s, i % 7 ? "niet betaald " : "\xff\xfe?? 5-12 ");
	double conf = -1;
	DmReplyClass k = dm_reply_classify_text(s->str, &ref, &conf, NULL, NULL);
	g_assert_cmpfloat(conf, >=, 0.0);
	g_assert_cmpfloat(conf, <=, 1.0);
	g_assert_cmpint(k, <=, DM_REPLY_CLASS_BOUNCE);
	g_string_free(s, TRUE);
	g_assert_cmpint(dm_reply_classify_text("", &ref, &conf, NULL, NULL), ==, DM_REPLY_CLASS_OTHER);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/classify/cases", test_cases);
	g_test_add_func("/classify/holdout", test_holdout);
	g_test_add_func("/classify/blind", test_blind);
	g_test_add_func("/classify/model", test_model);
	g_test_add_func("/classify/probe", test_probe);
	g_test_add_func("/classify/refusals", test_refusals);
	g_test_add_func("/classify/confidence", test_confidence_order);
	g_test_add_func("/classify/dates", test_dates);
	g_test_add_func("/classify/names", test_names);
	g_test_add_func("/classify/hostile", test_hostile);
	return g_test_run();
}
