/* test-debtor-name: what can be a debtor's name (dm_debtor_name_plausible) — names of
 * people and organisations in Dutch, English and German pass; a caption of the invoice's
 * vocabulary, a field's caption and a sentence of the letter do not — and where a name
 * ends: a remark in brackets, an address after a comma, a legal form after a comma, a
 * department after a mail's display name. */
#include "parser/invoice/dm-debtor-name.h"
#include "parser/mime/dm-message.h"

/* Names as invoices print them: particles, initials, double surnames, legal forms with
 * their full stops, an organisation's connecting words. */
static const char *const names[] = {
	"Mevr. C. Roelofs-van Dijk", "H.J. ten Brink en mevr. A. ten Brink-Oosterveld", "S. de Vries-Hoogland",
	"VvE Residentie Koningslaan", "Installatiebedrijf Post & Zn.", "Bouwbedrijf Gebr. Mulder",
	"Tanaka Shoten Co., Ltd.", "Mr. De Lange & Partners Advocaten", "Stichting Vrienden van het Openluchtmuseum",
	"Vereniging van Eigenaren De Wachter", "Kaffeerösterei Falkenberg UG (haftungsbeschränkt)",
	"Frau Dr. Maren Voss", "Matthias Schäfer-Yıldız", "Eigentümergemeinschaft Rosenstraße", "Jan Lorenz und Frau Petra Lorenz",
	"University of Northbridge", "The Copper Kettle Tea Rooms", "Holloway & Pike Estate Agents Ltd",
	"Acme Corp.", "Smith Bros.", "Kanzlei Weber & Partner mbB", "Bokförlaget Måsen AB", "Priya Ramdin",
	/* near misses: one verb-like word among capitalised ones, a short final abbreviation */
	"Your Move Ltd", "Thank You Flowers", "Ist Consulting GmbH", "Jansen Zn.", "Tax Matters Ltd",
	/* near misses: a letter's note or an addressing word inside a name */
	"Urgent Care Centre Ltd", "Private Health Partners Ltd", "Persoonlijk Advies B.V.", "An Nguyen",
};

/* What stands where a name should and is none. */
static const struct {
	const char *s, *why;
} not_names[] = {
	{ "Eigenaar", "caption" }, { "Huurder:", "caption" }, { "Leerling", "caption" }, { "Patiënt", "caption" },
	{ "Tenant", "caption" }, { "Owner", "caption" }, { "Customer", "caption" }, { "Account", "caption" },
	{ "Mieterin", "caption" }, { "Rechnungsempfänger", "caption" }, { "Tierhalter", "caption" },
	{ "Factuurnummer", "field" }, { "Klantnummer:", "field" }, { "Kundennr.", "field" },
	{ "Rechnungsdatum", "field" }, { "Invoice number", "field" }, { "Due date", "field" },
	{ "Order no.", "field" }, { "Customer #", "field" }, { "Geburtsdatum", "field" },
	{ "zur Rechnung", "field" }, { "bij factuur", "field" }, { "For invoice no.", "field" },
	{ "vom", "caption" }, { "TAX", "caption" }, { "VAT", "caption" }, { "MwSt.", "caption" },
	{ "Hierbij ontvangt u de eerste termijnfactuur voor de lessen van Sophie.", "sentence" },
	{ "Please find attached your invoice for March", "sentence" },
	{ "Anbei erhalten Sie unsere Rechnung", "sentence" },
	{ "Thank you for your order with Harbour Lane", "sentence" },
	{ "de kosten voor het onderhoud van de tuin en het gras", "sentence" },
	{ "Wir danken für Ihren Auftrag.", "sentence" },
	{ "Zoals afgesproken de factuur voor Sophie.", "sentence" },
	/* a note of the letter above the name (DIN 5008's note zone and its neighbours' habits) */
	{ "Persönlich/Vertraulich", "note" }, { "Einschreiben", "note" }, { "Vertrouwelijk", "note" },
	{ "Per e-mail", "note" }, { "Private & Confidential", "note" }, { "BY EMAIL ONLY", "note" },
	/* a line that addresses the name below it */
	{ "An die", "addresses" }, { "An das", "addresses" }, { "Aan het bestuur van", "addresses" },
	{ "To the Trustees of", "addresses" },
};

static void
test_names(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
		const char *why = NULL;
		if (!dm_debtor_name_plausible(names[i], &why))
			g_error("\"%s\" refused as a name: %s", names[i], why);
		g_assert_null(why);
	}
}

static void
test_not_names(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(not_names); i++) {
		const char *why = NULL;
		if (dm_debtor_name_plausible(not_names[i].s, &why))
			g_error("\"%s\" taken for a name", not_names[i].s);
		g_assert_nonnull(why);
		if (!strstr(why, not_names[i].why))
			g_error("\"%s\" refused as \"%s\", want %s", not_names[i].s, why, not_names[i].why);
	}
	g_assert_false(dm_debtor_name_plausible("", NULL));
	g_assert_false(dm_debtor_name_plausible(NULL, NULL));
	/* A caption is a caption whatever its case; the field's test says it too. */
	g_assert_true(dm_debtor_name_is_caption("EIGENAAR"));
	g_assert_true(dm_debtor_name_is_caption("Debiteurnummer"));
	g_assert_false(dm_debtor_name_is_caption("Eigenaar Vastgoed B.V."));
	g_assert_false(dm_debtor_name_is_caption("Lucy Date"));
}

/* An input and what a function that cuts a name gives for it (NULL: none). */
typedef struct {
	const char *in, *want;
} Pair;

static void
check_pairs(char *(*cut)(const char *), const Pair *cases, guint n)
{
	for (guint i = 0; i < n; i++) {
		g_autofree char *got = cut(cases[i].in);
		if (g_strcmp0(got, cases[i].want) != 0)
			g_error("\"%s\" gave \"%s\", want \"%s\"", cases[i].in, got ? got : "(null)",
				cases[i].want ? cases[i].want : "(null)");
	}
}

static void
test_remark(void)
{
	static const Pair cases[] = {
		{ "I. Vermeulen (ouder van Daan Vermeulen)", "I. Vermeulen" },
		{ "mw. I. Vermeulen (ouder van Daan Vermeulen) ", "mw. I. Vermeulen" },
		{ "Anna Berg (for the attention of accounts)", "Anna Berg" },
		{ "Jan Lorenz (Mieter, 2. OG links)", "Jan Lorenz" },
		/* a registration number beside the name is no part of it */
		{ "Borders Riding for the Disabled (SC041286)", "Borders Riding for the Disabled" },
		{ "Stichting Vrienden van het Hofje (KvK 41216845)", "Stichting Vrienden van het Hofje" },
		{ "Hollin Park Trust (Charity No. 1092456)", "Hollin Park Trust" },
		{ "Verein Alpenblick (CHE-123.456.789)", "Verein Alpenblick" },
		/* the sender's code for its customer ("Debiteur<TAB>Bakkerij Van Loon (DB-1044)") */
		{ "Bakkerij Van Loon (DB-1044)", "Bakkerij Van Loon" },
		{ "Hotel Zeezicht (K-20417)", "Hotel Zeezicht" },
		/* a contact by a form of address in brackets (misses22) */
		{ "Warwickshire County Council (Mr R. Hollis)", "Warwickshire County Council" },
		{ "Gemeente Houten (t.a.v. mevr. J. Smit)", "Gemeente Houten" },
		/* a team, an age group or a class of a club or a school */
		{ "Hadley Wanderers FC (Under-11s)", "Hadley Wanderers FC" },
		{ "VV Oranje (JO11-2)", "VV Oranje" },
		{ "SV Blau-Weiß Linden (D-Jugend)", "SV Blau-Weiß Linden" },
		{ "Basisschool De Regenboog (Groep 7)", "Basisschool De Regenboog" },
		{ "St Mary's Primary School (Year 6)", "St Mary's Primary School" },
		{ "Harlow Town CC (2nd XI)", "Harlow Town CC" },
		/* near misses: a legal status or a capitalised part of the name stays */
		{ "Under 11s Football Club (Harlow)", NULL },
		{ "Class One Cleaning (Leeds)", NULL },
		{ "Kaffeerösterei Falkenberg UG (haftungsbeschränkt)", NULL },
		{ "Bakkerij Jansen B.V. (in oprichting)", NULL },
		{ "Acme (UK) Ltd", NULL },
		{ "Studio 54 (1979)", NULL },
		{ "Acme Holdings (No. 2)", NULL },
		{ "Acme Holdings (No-2)", NULL },
		{ "Ferienpark Nord (A-7)", NULL },
		{ "Müller Maschinenbau (Deutschland)", NULL },
		{ "(ouder van Daan)", NULL },
		{ "Anna Berg", NULL },
	};
	check_pairs(dm_debtor_name_without_remark, cases, G_N_ELEMENTS(cases));
	g_assert_null(dm_debtor_name_without_remark(NULL));
}

/* A unit of an organisation after a comma is dropped; near misses: a person's name before
 * the comma, a legal form or a town after it. */
static void
test_unit(void)
{
	static const Pair cases[] = {
		{ "Warwickshire County Council, Children's Services", "Warwickshire County Council" },
		{ "Gemeente Houten, afdeling Financiën", "Gemeente Houten" },
		{ "Landkreis Harburg, Abteilung Jugend und Familie", "Landkreis Harburg" },
		{ "Smith, Property Services", NULL },
		{ "Marlow & Finch Ltd, Bristol", NULL },
		{ "Harbour Lane Joinery Ltd", NULL },
	};
	check_pairs(dm_debtor_name_without_unit, cases, G_N_ELEMENTS(cases));
	g_assert_null(dm_debtor_name_without_unit(NULL));
}

static void
test_before_address(void)
{
	static const Pair cases[] = {
		{ "Hr. M. Yilmaz, Rembrandtlaan 33, 3723 BG Bilthoven", "Hr. M. Yilmaz" },
		{ "Tanaka Shoten Co., Ltd., 2-14-7 Kuramae, Tokyo", "Tanaka Shoten Co., Ltd." },
		{ "Fernhill Outdoor, Inc., 41 Oak Lane, Austin, TX 78701", "Fernhill Outdoor, Inc." },
		{ "Brightwater, LLC, 12 Main St", "Brightwater, LLC" },
		{ "Harbour Lane Joinery Ltd, 4 Quay St, Bristol BS1 4DJ", "Harbour Lane Joinery Ltd" },
		/* near misses: a comma with no address after it, no comma at all */
		{ "Jansen, Pieter", "Jansen, Pieter" },
		{ "Tanaka Shoten Co., Ltd.", "Tanaka Shoten Co., Ltd." },
		{ "Sophie Maas", "Sophie Maas" },
		/* A name ending in a legal form, then a city and its state, is the name alone;
		 * near miss: partners' names before a firm's legal form keep the city. */
		{ "Tall Pines Press LLC, Portland, Oregon", "Tall Pines Press LLC" },
		{ "Smith, Jones & Co, Leeds", "Smith, Jones & Co, Leeds" },
	};
	check_pairs(dm_debtor_name_before_address, cases, G_N_ELEMENTS(cases));
	g_assert_true(dm_debtor_name_comma_legal_form(" Ltd."));
	g_assert_true(dm_debtor_name_comma_legal_form("Inc"));
	g_assert_true(dm_debtor_name_comma_legal_form("LLC, 12 Main St"));
	g_assert_false(dm_debtor_name_comma_legal_form("Ltda Rua 5"));
	g_assert_false(dm_debtor_name_comma_legal_form("Incline Road 4"));
	g_assert_false(dm_debtor_name_comma_legal_form(NULL));
}

/* The word a typed line addresses the debtor with is no part of its name. */
/* An attention after the name on its line is not the name's. */
static char *
before_attention(const char *s)
{
	return dm_debtor_name_before_attention(s, NULL);
}

static void
test_before_attention(void)
{
	static const Pair cases[] = {
		{ "Pennine Climbing Wall Ltd, Attn: Accounts Payable", "Pennine Climbing Wall Ltd" },
		{ "Bouwbedrijf Van Veen B.V. - t.a.v. crediteurenadministratie", "Bouwbedrijf Van Veen B.V." },
		{ "Weinhandlung Roth KG, z. Hd. Frau Lange", "Weinhandlung Roth KG" },
		{ "Castlebar Physio Ltd, FAO Niamh Walsh", "Castlebar Physio Ltd" },
		{ "J. Visser, c/o Studio Lumen B.V.", "J. Visser" },
		/* near misses: a dash or a comma inside the name */
		{ "Peeters - Van Looy", NULL }, { "Tanaka Shoten Co., Ltd.", NULL }, { "t.a.v. Marieke Post", NULL },
		{ "Smith, Attwood & Partners", NULL },
	};
	check_pairs(before_attention, cases, G_N_ELEMENTS(cases));
	const char *marker = NULL;
	g_autofree char *name = dm_debtor_name_before_attention("Acme Ltd, Attn: Jo Hall", &marker);
	g_assert_cmpstr(marker, ==, "Attn: Jo Hall");
}

/* A line handing the mail to a back office names its organisation after the comma. */
static void
test_after_attention(void)
{
	static const Pair cases[] = {
		{ "FAO Finance, Eastfield Community Health NHS Trust", "Eastfield Community Health NHS Trust" },
		{ "t.a.v. crediteurenadministratie, Woonstichting De Linde", "Woonstichting De Linde" },
		{ "z. Hd. Kreditorenbuchhaltung, Stadtwerke Lindau GmbH", "Stadtwerke Lindau GmbH" },
		{ "Attn: Accounts Payable, Harrow & Vale Ltd", "Harrow & Vale Ltd" },
		/* near misses: a person after the department, a person at the attention, an
		 * address after the organisation, the organisation first */
		{ "Attn: Accounts, Sarah Bell", NULL }, { "FAO Niamh Walsh, Castlebar Physio Ltd", NULL },
		{ "FAO Finance, Acme Ltd, 4 Mill Lane", NULL }, { "Acme Ltd, FAO Finance", NULL },
	};
	check_pairs(dm_debtor_name_after_attention, cases, G_N_ELEMENTS(cases));
	g_assert_null(dm_debtor_name_after_attention(NULL));
}

/* A directory's "Surname, Given" is said the other way round. */
static void
test_directory_form(void)
{
	static const Pair cases[] = {
		{ "Whitlock, Martin", "Martin Whitlock" }, { "Dijk, Anouk van", "Anouk van Dijk" },
		{ "Schneider, K.", "K. Schneider" }, { "Meyer-Lüdenscheidt, Anna Maria", "Anna Maria Meyer-Lüdenscheidt" },
		{ "Vries, J.P. de", "J.P. de Vries" },
		/* a Dutch customer file's order, the particles before the initials */
		{ "Vries, de J.", "J. de Vries" }, { "Berg, van den A.B.", "A.B. van den Berg" },
		{ "Linden, van der Anouk", "Anouk van der Linden" },
		/* near misses: particles on both sides, a particle with no given name after it */
		{ "Berg, van den A.B. de", NULL }, { "Vries, de", NULL },
		/* near misses: a legal form after the comma, a name in its own order, two names */
		{ "Acme, Inc.", NULL }, { "Fernhill, LLC", NULL }, { "Martin Whitlock", NULL },
		{ "Jansen, Peter en Marie", NULL }, { "Smith, Jones & Partners", NULL },
		/* a firm's name with a comma, an organisation's word in it (review24b); near
		 * miss: a given name after the particles, "Linden, van der Anouk" above */
		{ "Bakker, de Wit Advocaten", NULL }, { "Jansen, Schilderwerken", NULL },
		{ "Groot, de Bouwbedrijf", NULL }, { "Wit, de Anna", "Anna de Wit" },
	};
	check_pairs(dm_debtor_name_from_directory_form, cases, G_N_ELEMENTS(cases));
}

static void
test_addressing_word(void)
{
	static const Pair cases[] = {
		{ "an Frau Dr. Ayşe Demir-Schubert", "Frau Dr. Ayşe Demir-Schubert" },
		{ "aan Dhr. P. de Boer", "Dhr. P. de Boer" }, { "to Harbour Lane Joinery Ltd", "Harbour Lane Joinery Ltd" },
		{ "für Familie Brückner", "Familie Brückner" }, { "An Herrn Stefan Wagner", "Herrn Stefan Wagner" },
		{ "To Mrs H. Carter", "Mrs H. Carter" },
		/* the document's own word before the name, as a typed invoice writes it */
		{ "Factuur voor Fam. Jansen-El Amrani", "Fam. Jansen-El Amrani" }, { "Rechnung an Stadt Paderborn", "Stadt Paderborn" },
		{ "Invoice for Brightwater Studio", "Brightwater Studio" },
		/* near misses: a name that begins with such a word, lowercase after it, none */
		{ "An Nguyen", NULL }, { "Voorhees Consulting", NULL }, { "Anna Berg", NULL }, { "to whom it may concern", NULL },
		{ "", NULL }, { NULL, NULL },
	};
	check_pairs(dm_debtor_name_without_addressing_word, cases, G_N_ELEMENTS(cases));
}

/* A mail's display name: the department or mailbox it names is no part of the debtor's. */
static void
test_department(void)
{
	static const Pair cases[] = {
		{ "Kastanje Vastgoedbeheer - facturen", "Kastanje Vastgoedbeheer" },
		{ "Acme B.V. | Crediteurenadministratie", "Acme B.V." },
		{ "Fenwick Garden Centres Ltd (Accounts Payable)", "Fenwick Garden Centres Ltd" },
		{ "Holzbau Kern GmbH, Buchhaltung", "Holzbau Kern GmbH" },
		{ "Accounts Payable", NULL }, { "Buchhaltung", NULL }, { "facturen", NULL }, { "Finance Team", NULL },
		/* the office that reads a small firm's post (names27 round) */
		{ "Rathmines Osteopathy - Admin", "Rathmines Osteopathy" }, { "Hofmann Zahntechnik (Verwaltung)", "Hofmann Zahntechnik" },
		{ "Praktijk De Linde - Secretariaat", "Praktijk De Linde" }, { "Coldwater Plumbing Ltd, Credit Control", "Coldwater Plumbing Ltd" },
		{ "Admin", NULL }, { "Office", NULL },
		/* near misses: a name that holds such a word, a person, nothing */
		{ "Finance Partners Ltd", "Finance Partners Ltd" }, { "Billing & Co", "Billing & Co" },
		{ "Admiral Office Supplies", "Admiral Office Supplies" }, { "Post Office Ltd", "Post Office Ltd" },
		{ "Priya Nair", "Priya Nair" }, { NULL, NULL },
	};
	check_pairs(dm_debtor_name_without_department, cases, G_N_ELEMENTS(cases));
}

/* A department word a display name ends in after a space, for the caller to weigh. */
static void
test_trailing_department(void)
{
	static const Pair cases[] = {
		{ "Harbor & Vine AP", "Harbor & Vine" }, { "Kookaburra Digital Finance", "Kookaburra Digital" },
		{ "Bakkerij Smit Administratie", "Bakkerij Smit" }, { "Holzbau Kern Buchhaltung", "Holzbau Kern" },
		{ "Fenwick Accounts Payable", "Fenwick" },
		/* near misses: the word alone, within the name, none */
		{ "Finance", NULL }, { "Finance Partners Ltd", NULL }, { "Priya Nair", NULL }, { NULL, NULL },
	};
	check_pairs(dm_debtor_name_without_trailing_department, cases, G_N_ELEMENTS(cases));
}

/* A department or office-holder's word a display name opens with, for the caller to weigh. */
static void
test_leading_department(void)
{
	static const Pair cases[] = {
		{ "IT Okafor Legal", "Okafor Legal" }, { "Kassenwart SF Lindenau", "SF Lindenau" },
		{ "Penningmeester VV De Zwaluwen", "VV De Zwaluwen" }, { "Accounts Payable Fenwick Ltd", "Fenwick Ltd" },
		/* near misses: the word alone, within a word, none */
		{ "Finance", NULL }, { "Italiaanse Delicatessen", NULL }, { "Priya Nair", NULL }, { NULL, NULL },
	};
	check_pairs(dm_debtor_name_without_leading_department, cases, G_N_ELEMENTS(cases));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/debtor-name/names", test_names);
	g_test_add_func("/debtor-name/not-names", test_not_names);
	g_test_add_func("/debtor-name/remark", test_remark);
	g_test_add_func("/debtor-name/unit", test_unit);
	g_test_add_func("/debtor-name/before-address", test_before_address);
	g_test_add_func("/debtor-name/addressing-word", test_addressing_word);
	g_test_add_func("/debtor-name/before-attention", test_before_attention);
	g_test_add_func("/debtor-name/after-attention", test_after_attention);
	g_test_add_func("/debtor-name/directory-form", test_directory_form);
	g_test_add_func("/debtor-name/department", test_department);
	g_test_add_func("/debtor-name/trailing-department", test_trailing_department);
	g_test_add_func("/debtor-name/leading-department", test_leading_department);
	return g_test_run();
}
