/* test-name-lines: one name printed over two lines of a block (a person over the name
 * traded under, an organisation's words alone beside its name) and a person under a name
 * who is its contact; near misses where each line names someone of its own. */
#include "parser/invoice/dm-name-lines.h"
#include "parser/mime/dm-message.h"

static const struct {
	const char *name, *upper, *lower, *want;
} joins[] = {
	{ "hodn", "J. de Wit", "h.o.d.n. De Wit Schilderwerken", "J. de Wit h.o.d.n. De Wit Schilderwerken" },
	{ "trading-as", "Mark Evans", "t/a Evans Roofing", "Mark Evans t/a Evans Roofing" },
	/* A titled trader's line joins too; the form of address goes later, as the corpus's
	 * personal-title convention drops it ("J. de Wit h.o.d.n. ..."). */
	{ "titled-hodn", "Dhr. J. de Wit", "h.o.d.n. De Wit Schilderwerken", "Dhr. J. de Wit h.o.d.n. De Wit Schilderwerken" },
	{ "handelnd-unter", "Petra Lang", "handelnd unter Blumen Lang", "Petra Lang handelnd unter Blumen Lang" },
	{ "kind-below", "Northern Counties Housing", "Association Ltd", "Northern Counties Housing Association Ltd" },
	{ "kind-above", "Coöperatieve Zuivelfabriek", "De Eendracht U.A.", "Coöperatieve Zuivelfabriek De Eendracht U.A." },
	{ "holding-below", "Van der Linden", "Holding B.V.", "Van der Linden Holding B.V." },
	/* An organisation's name carries on below its kind with a joining word. */
	{ "carries-on", "IVAGO-West, Intergemeentelijke Vereniging", "voor Afvalbeheer",
	  "IVAGO-West, Intergemeentelijke Vereniging voor Afvalbeheer" },
	{ "carries-on-de", "Verein", "für Heimatpflege Lindau e.V.", "Verein für Heimatpflege Lindau e.V." },
	/* Near misses: a joining word under a person, a capitalised particle (a surname), a
	 * street under an organisation. */
	{ "joining-word-under-person", "Jan Bakker", "voor Afvalbeheer", NULL },
	{ "particle-capitalised", "Stichting Welzijn", "Van Dijk", NULL },
	{ "joining-word-street", "Stichting Welzijn", "van Heemstraweg 12", NULL },
	/* Near misses: a line handing the post to someone, and a contact's surname alone with
	 * its particles, under a firm; an association's name that carries on with "van" and
	 * more than a surname still joins. */
	{ "attention-under-firm-en", "Harrow & Vale Ltd", "for the attention of Accounts Payable", NULL },
	{ "attention-person-under-firm-en", "Harrow & Vale Ltd", "for the attention of Emily Carter", NULL },
	{ "attention-under-firm-de", "Baumeister Hofer GmbH", "zur Hd. Ing. Florian Gruber", NULL },
	{ "surname-particles-under-firm", "Bakkerij De Korenaar B.V.", "van der Berg", NULL },
	{ "for-the-account-of-under-firm", "Harrow & Vale Ltd", "for the account of Marlowe Property Services Ltd", NULL },
	{ "carries-on-van-more-words", "Stichting Vrienden", "van het Rijksmuseum", "Stichting Vrienden van het Rijksmuseum" },
	/* Near misses: a contact under a firm, a firm under a contact, two firms, an owner's
	 * line, a person with a form of address over a firm's words, a practice over its doctor. */
	{ "contact-under-firm", "Harrow & Vale Ltd", "Emily Carter", NULL },
	{ "firm-under-contact", "Priya Nair", "Marlowe Property Services Ltd", NULL },
	{ "firm-under-firm", "Studio Noord B.V.", "Holding B.V.", NULL },
	{ "titled-person-under-kind", "Praxis", "Dr. Jana Roth", NULL },
	{ "titled-person-over-kind", "Mevr. J. Bos", "Holding B.V.", NULL },
	{ "trading-word-in-a-name", "Mark Evans", "Atlas Trading Ltd", NULL },
	{ "trading-under-firm", "Evans Roofing Ltd", "t/a Evans & Sons", NULL },
	{ "street-words", "Northern Counties Housing", "Unit 4 Ltd", NULL },
	/* Near misses: a contact by name or initials over a firm's words. */
	{ "contact-over-firm", "Priya Nair", "Digital Media B.V.", NULL },
	/* Near misses: two organisations, the lower a whole firm's name. */
	{ "holding-over-firm", "Holding B.V.", "Jansen Installatie B.V.", NULL },
	{ "department-over-firm", "Marketing Services", "Acme B.V.", NULL },
	{ "initials-over-kind", "J. Jansen", "Garage", NULL },
	{ "given-name-over-kind", "Jan Bakker", "Studio", NULL },
	{ "given-name-over-firm", "Mark Evans", "Trading Ltd", NULL },
	/* A line cut off on a particle, an article or a preposition: the window was too narrow
	 * and the name runs on below, a person's and an organisation's alike (names27 round). */
	{ "cut-off-der", "Kuratorium der", "Evangelischen Akademie Loccum", "Kuratorium der Evangelischen Akademie Loccum" },
	{ "cut-off-van-den", "Dhr. P.J. van den", "Hoogenband", "Dhr. P.J. van den Hoogenband" },
	{ "cut-off-of-the", "Guild of the", "Holy Well Almshouses", "Guild of the Holy Well Almshouses" },
	{ "cut-off-von", "Dr. Henrike von", "Bülow-Tessin", "Dr. Henrike von Bülow-Tessin" },
	{ "cut-off-ampersand", "Verhulst &", "Brouwer Advocaten", "Verhulst & Brouwer Advocaten" },
	/* A partnership's name that ends on its partners, then its trade and legal form on the
	 * next line (misses28); near misses: a contact or a street under such a name, a line
	 * without a legal form. */
	{ "partners-then-form-de", "Steuerberatung Huber & Partner", "Steuerberatungsgesellschaft mbH",
	  "Steuerberatung Huber & Partner Steuerberatungsgesellschaft mbH" },
	{ "partners-then-form-nl", "Wouters en Zonen", "Installatietechniek B.V.", "Wouters en Zonen Installatietechniek B.V." },
	{ "partners-contact-below", "Huber & Partner", "Mag. Eva Lindner", NULL },
	{ "partners-street-below", "Huber & Partner", "Ringstraße 4 GmbH", NULL },
	{ "partners-no-form-below", "Huber & Partner", "Buchhaltung", NULL },
	/* review28b: near misses: a line handing the post to another firm under such a name. */
	{ "partners-care-of-firm-below", "Hale & Sons", "C/o Brightside Accountants Ltd", NULL },
	{ "partners-per-adres-below", "Wouters en Zonen", "P/a Boekhoudkantoor Claeys BV", NULL },
	/* Near misses: a line that addresses the board or the trustees above the organisation
	 * (named alone), a line cut off over a street (a number: an address line, not the
	 * name's end), and a capitalised last word, which is a name's own ("Gasthof Zum"). */
	{ "board-of-over-club", "Het bestuur van", "Roeivereniging De Amstel", NULL },
	{ "trustees-of-over-charity", "The Trustees of", "Saltmarsh Heritage Trust", NULL },
	{ "cut-off-over-street", "Stichting Vrienden van", "Kerkstraat 12", NULL },
	{ "capital-last-word", "Gasthof Zum", "Bahnhofstraße 4", NULL },
	/* Nor a heading that says where the goods or the bill went ("Lieferung an", "Delivered
	 * to the", "Geleverd aan"): the firm below is named alone. */
	{ "delivered-to-over-firm", "Lieferung an", "Bäckerei Huber GmbH", NULL },
	{ "delivered-to-the-over-firm", "Delivered to the", "Orchard Vets LLP", NULL },
	{ "invoice-for-over-firm", "Invoice for", "Orchard Vets LLP", NULL },
};

static void
test_join(gconstpointer data)
{
	guint i = GPOINTER_TO_UINT(data);
	g_autofree char *got = dm_name_lines_join(joins[i].upper, joins[i].lower);
	g_assert_cmpstr(got, ==, joins[i].want);
}

static void
test_initials_below(void)
{
	g_assert_true(dm_name_lines_initials_below("Kapsalon Knipperlicht", "L. de Rijk"));
	/* Near misses: a couple shares a surname, two persons by initials, a full given name. */
	g_assert_false(dm_name_lines_initials_below("Jan de Rijk", "L. de Rijk"));
	g_assert_false(dm_name_lines_initials_below("P. Smit", "L. de Rijk"));
	g_assert_false(dm_name_lines_initials_below("Kapsalon Knipperlicht", "Lotte de Rijk"));
	g_assert_true(dm_name_lines_share_a_word("Jan Smit", "Marie Smit"));
	g_assert_false(dm_name_lines_share_a_word("Jan de Wit", "Marie de Vries"));
	g_assert_null(dm_name_lines_join(NULL, "Association Ltd"));
	g_assert_null(dm_name_lines_join("Northern Counties Housing", ""));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	for (guint i = 0; i < G_N_ELEMENTS(joins); i++) {
		g_autofree char *path = g_strconcat("/name-lines/join/", joins[i].name, NULL);
		g_test_add_data_func(path, GUINT_TO_POINTER(i), test_join);
	}
	g_test_add_func("/name-lines/initials-below", test_initials_below);
	return g_test_run();
}
