/* test-reply-mottos: a firm's signature that closes with its slogan, banner or notice.
 *
 * /reply/mottos/trailer: the slogan, pledge or acknowledgement under a contact block, a
 * motto in quotes beside the firm's name, a banner left as "[...]" by an HTML converter,
 * and statutory, privacy and public-access notices go with the signature.
 * /reply/mottos/near-miss: the writer's own line under their telephone number (a day, the
 * money, "I", a "not", a question), a quote in the writer's sentence, and a banner that
 * says the message is automatic stay.
 * Each case is the input and the exact text that must remain. */
#include "test-strip-cases.h"

#include <string.h>


static const DmStripCase trailer_cases[] = {
	{ "slogan-under-contact-lines",
	  "Goedemiddag,\n\nDe factuur gaat mee in de betaalronde van donderdag.\n\nGroet,\nHans\n\n"
	  "Bakkerij Mulder | Kerkstraat 4 | 7211 AB Eefde\nT 0575 44 12 09\n"
	  "Elke dag vers, elke dag eerlijk.\n",
	  "Goedemiddag,\n\nDe factuur gaat mee in de betaalronde van donderdag.\n\nGroet,\nHans" },
	{ "two-closing-lines-en",
	  "Hi Sam,\n\nCould you resend the invoice with our PO on it?\n\nThanks,\nPriya\n\n"
	  "Priya Shah | Office Manager\n22 Harbour Road, Fremantle WA 6160\n"
	  "Proudly carbon neutral since 2021.\nWe respect the traditional owners of this land.\n",
	  "Hi Sam,\n\nCould you resend the invoice with our PO on it?\n\nThanks,\nPriya" },
	{ "quoted-motto-beside-name",
	  "Hallo Frau Kern,\n\ndie Zahlung ist angewiesen.\n\nBeste Grüße\nUwe\n\n"
	  "Uwe Brandl | Einkauf\nBrandl Getränke — „Wir zahlen pünktlich, wir liefern frisch“\n",
	  "Hallo Frau Kern,\n\ndie Zahlung ist angewiesen.\n\nBeste Grüße\nUwe" },
	{ "banner-alt-text",
	  "Hoi,\n\nIs vanochtend overgemaakt.\n\nGroet,\nEls\n\nEls Timmer | Planning\n"
	  "Timmer Verhuur B.V. | KvK 55112233\n[afbeelding: Kom werken bij Timmer! Zie onze vacatures]\n",
	  "Hoi,\n\nIs vanochtend overgemaakt.\n\nGroet,\nEls" },
	{ "privacy-notice",
	  "Wir überweisen am Freitag.\n\nGruß\nKarin\n\n"
	  "Datenschutzerklärung: Ihre personenbezogenen Daten werden nur zur Abwicklung Ihres "
	  "Auftrags gespeichert.\n",
	  "Wir überweisen am Freitag.\n\nGruß\nKarin" },
	{ "registered-in-england",
	  "We dispute the second line of the invoice.\n\nYours faithfully\nM. Kent\n\n"
	  "Kent & Rowe LLP is registered in England and Wales under number OC301122.\n",
	  "We dispute the second line of the invoice.\n\nYours faithfully\nM. Kent" },
	{ "public-access-notice",
	  "Ik ben afwezig tot en met 9 november.\n\nAn Peeters\nDienst Cultuur\n\n"
	  "Gemeente Lier – Dit bericht bindt het bestuur niet. Elke e-mail kan onder de "
	  "openbaarheid van bestuur vallen.\n",
	  "Ik ben afwezig tot en met 9 november.\n\nAn Peeters\nDienst Cultuur" },
	{ "do-not-print",
	  "Paid this morning.\n\nRegards,\nAoife\n\nAoife Byrne | Byrne Plumbing\nCo. Galway\n"
	  "Please don't print this email unless you need to.\n",
	  "Paid this morning.\n\nRegards,\nAoife" },
};

static const DmStripCase near_miss_cases[] = {
	/* The writer's lines under their own telephone number. */
	{ "writer-day-under-contact",
	  "Hallo,\n\nJan de Vries\nTel. 06-12345678\nDe rest komt op vrijdag binnen.\n",
	  "Hallo,\n\nJan de Vries\nTel. 06-12345678\nDe rest komt op vrijdag binnen." },
	{ "writer-negation-under-contact",
	  "Hello,\n\nJohn Hale\nTel 07700 900123\nThe shelves were never fitted properly.\n",
	  "Hello,\n\nJohn Hale\nTel 07700 900123\nThe shelves were never fitted properly." },
	{ "writer-question-under-contact",
	  "Hallo,\n\nKlaus Berg\nTel. 089 123 456 78\nWelche Lieferung ist das genau?\n",
	  "Hallo,\n\nKlaus Berg\nTel. 089 123 456 78\nWelche Lieferung ist das genau?" },
	{ "writer-first-person-under-contact",
	  "Hi,\n\nMia Novak\n+44 7700 900456\nI have sent it to our accountant today.\n",
	  "Hi,\n\nMia Novak\n+44 7700 900456\nI have sent it to our accountant today." },
	/* The writer's last line under lines that only look like contact lines (an invoice
	 * number read as a fax number) is no slogan. */
	{ "last-line-under-invoice-fields",
	  "Beste Joke,\n\nFactuurnummer: F2026-0412\nTotaal: € 310,00\nBinnen twee weken graag.\n",
	  "Beste Joke,\n\nFactuurnummer: F2026-0412\nTotaal: € 310,00\nBinnen twee weken graag." },
	/* A sentence wrapped over lines under a link is the writer's, not a slogan. */
	{ "wrapped-sentence-under-link",
	  "Klopt, zie de handleiding:\n\nDe [installatiegids](\nhttps://example.com/gids)\n"
	  "werkt ook op een gewone laptop met heel\nweinig aanpassing.\n",
	  "Klopt, zie de handleiding:\n\nDe [installatiegids](\nhttps://example.com/gids)\n"
	  "werkt ook op een gewone laptop met heel\nweinig aanpassing." },
	/* A quote in the writer's own sentence. */
	{ "quote-in-writers-sentence",
	  "Uw monteur zei letterlijk \"dat rekenen we niet\", dus ik betaal dat deel niet.\n",
	  "Uw monteur zei letterlijk \"dat rekenen we niet\", dus ik betaal dat deel niet." },
	/* A mailing's button stays: it says what the message is. */
	{ "mailing-button-stays",
	  "Hoe tevreden was u over ons bezoek? Het kost u maar een minuut.\n\n[Naar de enquête]\n",
	  "Hoe tevreden was u over ons bezoek? Het kost u maar een minuut.\n\n[Naar de enquête]" },
	/* A banner that says what the message is stays for the auto-reply check. */
	{ "automatic-banner-stays",
	  "Dit adres wordt niet meer gelezen. Facturen graag naar boekhouding@voorbeeld.nl.\n\n"
	  "=== Dit bericht is automatisch verstuurd ===\n",
	  "Dit adres wordt niet meer gelezen. Facturen graag naar boekhouding@voorbeeld.nl.\n\n"
	  "=== Dit bericht is automatisch verstuurd ===" },
};


static void
test_trailer(void)
{
	dm_test_strip_cases("trailer", trailer_cases, G_N_ELEMENTS(trailer_cases));
}

static void
test_near_miss(void)
{
	dm_test_strip_cases("near-miss", near_miss_cases, G_N_ELEMENTS(near_miss_cases));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/mottos/trailer", test_trailer);
	g_test_add_func("/reply/mottos/near-miss", test_near_miss);
	return g_test_run();
}
