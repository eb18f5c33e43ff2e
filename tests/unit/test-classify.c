/* test-classify: dm_reply_classify_text on sentences written the way debtors write them
 * (Dutch first, typos, short and long, formal and informal, negations), each with the
 * class and the date it must give.  Reference date: Monday 23 November 2026.  Also the
 * date reader on its own, and the names of classes and kinds. */
#include "parser/dm-reply.h"
#include "parser/dm-reply-private.h"

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
	{ "heb het vanmorgen betaald, excuses voor de vertraging", PA, NULL },
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
		{ "maandag", TRUE, "2026-11-23" },
		{ "afgelopen vrijdag", FALSE, "2026-11-20" },
		{ "volgende week", FALSE, "2026-12-04" },
		{ "volgende week dinsdag", FALSE, "2026-12-01" },
		{ "deze week", FALSE, "2026-11-27" },
		{ "eind van de maand", FALSE, "2026-11-30" },
		{ "eind volgende maand", FALSE, "2026-12-31" },
		{ "begin volgende maand", FALSE, "2026-12-07" },
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
	g_test_add_func("/classify/confidence", test_confidence_order);
	g_test_add_func("/classify/dates", test_dates);
	g_test_add_func("/classify/names", test_names);
	g_test_add_func("/classify/hostile", test_hostile);
	return g_test_run();
}
