/* test-not-invoice-threads: the recall17 round's not-invoice rules, as a table like
 * test-not-invoice's: an invoice answered in the customer's thread under a quote's or a
 * question's subject (dm-thread-subject.h), an office forwarding the invoice it made for
 * its client (dm-for-client.h), a credit note whose number's label stands in a cell, an
 * invoice withdrawn, a typed payment receipt — each with the near miss that must still be
 * refused (rule: the reason's start; NULL: no rule may refuse it). */
#include "parser/invoice/dm-not-invoice.h"
#include "parser/invoice/dm-for-client.h"
#include "parser/invoice/dm-thread-subject.h"
#include "parser/mime/dm-message.h"

#include <string.h>

typedef struct {
	const char *name;
	const char *subject;
	const char *body;
	const char *doc;         /* a PDF's text, or NULL */
	const char *rule;        /* the reason's start, or NULL for an invoice */
} Case;

#define INVOICE_EN "Fence & Gate Co\nINVOICE\nInvoice no.\t0211\nTotal\t£900.00\n"
#define FACTUUR_NL "Badkamers BV\nFACTUUR\nFactuurnummer\tF-12\nOfferte\tOF-3\nTotaal\t€ 850,00\n"
#define RECHNUNG_DE "Malermeister X\nRechnung\nRechnungs-Nr.\t2026-214\nRechnungsbetrag\t1.879,01 €\n"

static const Case cases[] = {
	/* The invoice answered in the thread: the subject is the thread's. */
	{ "quote-thread-invoice-en", "Re: Quote for garden fence", "Invoice attached as discussed.", INVOICE_EN, NULL },
	{ "quote-thread-invoice-nl", "Re: Offerte badkamer", "Hierbij de factuur zoals besproken.", FACTUUR_NL, NULL },
	{ "quote-thread-invoice-be", "Re: offerte schilderwerk", "In bijlage vindt u de factuur.", FACTUUR_NL, NULL },
	{ "quote-thread-invoice-de", "AW: AW: Angebot Malerarbeiten", "anbei die Rechnung.", RECHNUNG_DE, NULL },
	{ "question-thread-invoice-en", "Re: sofa - when?",
	  "We'll deliver on Thursday.\n\nI've also attached the invoice for the balance.", INVOICE_EN, NULL },
	{ "question-thread-invoice-de", "Re: Rechnung November?", "Rechnung mit Stundennachweis hängt an.", RECHNUNG_DE, NULL },
	{ "question-thread-invoice-is-attached", "RE: invoice for March?", "The invoice for March is attached.",
	  INVOICE_EN, NULL },
	/* Near misses: a new quote in the thread, an invoice still to come, nothing set out, a
	 * new mail's own subject, a handing-over asked as a question. */
	{ "quote-thread-new-quote", "Re: Offerte badkamer", "Hierbij de aangepaste offerte.",
	  "Badkamers BV\nOFFERTE\nOffertenummer\tOF-4\n", "quote" },
	{ "quote-thread-invoice-follows", "Re: Quote for garden fence", "Glad you like it, the invoice will follow.", NULL,
	  "quote" },
	{ "question-thread-nothing-set-out", "Re: Rechnung November?", "Die Rechnung hängt an.", NULL, "a question" },
	{ "quote-subject-of-a-new-mail", "Quote for garden fence", "Invoice attached.", INVOICE_EN, "quote" },
	{ "question-thread-asked-again", "Re: sofa - when?", "Is the invoice attached to my last mail?", INVOICE_EN,
	  "a question" },
	/* A credit note with its number's label in a cell beside the address is issued: its
	 * cover note's "storten we deze week terug" announces none. */
	{ "credit-note-label-in-cell", "RE: retour krukken", "Hierbij de creditnota, het bedrag storten we deze week terug.",
	  "Houtlab\nCafé Zuid\tCreditnotanr.\tCN-6\nCREDITNOTA\nTotaal\t€ -238,03\n", NULL },
	{ "gutschrift-label-in-cell", "AW: Rückgabe", "anbei die Gutschrift; den Betrag überweisen wir in den nächsten Tagen zurück.",
	  "Papeterie\nKanzlei Voigt\tGutschrift-Nr.\tGS-5\nGUTSCHRIFT\n", NULL },
	{ "credit-note-announced-beside-an-invoice", "RE: retour", "De creditnota volgt deze week.", FACTUUR_NL,
	  "credit note announced" },
	/* An office sends the invoice it made for its client, forwarding the client's request. */
	{ "for-client-forward-be", "TR: factuur november",
	  "In opdracht van onze cliënt Bakkerij Dams bezorgen wij u hierbij de factuur.\n\n"
	  "De : Bakkerij Dams <bakkerij@example.be>\nEnvoyé : lundi 30 novembre 2026 17:12\nÀ : f@office.example.be\n"
	  "Objet : factuur november\n\nKan je de factuur opmaken?\n", FACTUUR_NL, NULL },
	{ "for-client-forward-de", "WG: Rechnung Hotel",
	  "im Auftrag unseres Mandanten erhalten Sie anbei die Rechnung.\n\n-----Ursprüngliche Nachricht-----\n"
	  "Von: Tischlerei <t@example.de>\nGesendet: Montag, 1. März 2027 08:00\nAn: r@office.example.de\n"
	  "Betreff: Rechnung Hotel\n\nBitte an das Hotel schicken.\n", RECHNUNG_DE, NULL },
	{ "for-client-forward-en", "FW: invoice annual dinner",
	  "On behalf of our client Copperleaf Catering, please find attached their invoice.", INVOICE_EN, NULL },
	/* The business's own invoice sent again under a forward's subject, the quote cut: the
	 * copy is the invoice (heldout29's inv-hold29-034). */
	{ "own-copy-forward-nl", "FW: Factuur F-12",
	  "Zoals telefonisch besproken hierbij nogmaals de factuur F-12 van 22 oktober.", FACTUUR_NL, NULL },
	{ "own-copy-forward-en", "Fwd: Invoice 0211", "As requested, a copy of the invoice again.", INVOICE_EN, NULL },
	{ "own-copy-forward-de", "WG: Rechnung 2026-214", "anbei wie besprochen nochmals die Rechnung.", RECHNUNG_DE,
	  NULL },
	/* Near miss: a copy of someone else's bill, the forwarded mail quoted below. */
	{ "copy-of-a-bill-passed-on", "FW: factuur houthandel",
	  "Hierbij nogmaals de factuur van de houthandel.\n\nVan: Houthandel Berg <info@houthandel-berg.example>\n"
	  "Verzonden: maandag 2 november 2026 09:12\nAan: ik@example.nl\nOnderwerp: factuur\n", FACTUUR_NL, "forwarded" },
	/* Near misses: a bill passed on to the bookkeeper, a client named in another sentence,
	 * another document handed over for the client. */
	{ "forward-to-bookkeeper", "FW: factuur houthandel", "Hierbij de factuur van de houthandel, kun je deze inboeken?",
	  FACTUUR_NL, "forwarded" },
	{ "for-client-in-another-sentence", "FW: factuur drukker",
	  "Hierbij de factuur van de drukker. Wij doen de boekhouding namens onze klant.", FACTUUR_NL, "forwarded" },
	{ "for-client-other-document", "FW: levering", "Namens onze klant sturen wij u hierbij de leveringslijst.",
	  FACTUUR_NL, "forwarded" },
	/* An invoice withdrawn: its Storno announced, "überweisen Sie nichts". */
	{ "storno-announced", "Rechnung 2026-0833", "Die Stornorechnung erhalten Sie in den nächsten Tagen.", NULL,
	  "credit note announced" },
	{ "withdrawn-pay-nothing", "Rechnung 2026-0833",
	  "Bitte betrachten Sie die Rechnung als gegenstandslos und überweisen Sie nichts.", NULL,
	  "the mail says nothing is to be paid" },
	{ "corrected-pay-nothing-on-old", "Korrigierte Rechnung 2026-0840",
	  "Anbei die korrigierte Rechnung. Überweisen Sie nichts auf die alte Rechnung, nur diese.", RECHNUNG_DE, NULL },
	/* A typed payment receipt. */
	{ "betaalbewijs-title", "Haag en afvoer",
	  "Zoals gevraagd:\n\nBETAALBEWIJS\nOntvangen van: Marc Peeters\nBedrag: € 350,00\nVoldaan.\n", NULL, "receipt" },
	{ "betaalbewijs-subject", "betaalbewijs", "Zie hieronder.", NULL, "receipt" },
	{ "invoice-kept-as-proof", "Factuur 2026-12", "Bewaar deze factuur als betaalbewijs.", FACTUUR_NL, NULL },
	/* The mail around the invoice (wrap24): a short answer on a line of its own hands over
	 * what the question asked for, when the document sets out an invoice. */
	{ "question-thread-bare-handover-nl", "Re: factuur tuin?", "Hoi Jeroen,\n\nJa hoor, hierbij.\n\nGroet, Jolanda",
	  FACTUUR_NL, NULL },
	{ "question-thread-bare-handover-en", "RE: invoice for the survey?", "Hi Paul,\nSure - attached.\nBeth", INVOICE_EN,
	  NULL },
	{ "quote-thread-bare-handover-de", "AW: Angebot Malerarbeiten", "Guten Tag,\nanbei.\nGruß", RECHNUNG_DE, NULL },
	/* Near misses: the same answer with nothing set out, with a quote attached, or one that
	 * says more than the hand-over on its line. */
	{ "question-thread-bare-handover-nothing-set-out", "Re: factuur tuin?", "Ja hoor, hierbij.", NULL, "a question" },
	{ "quote-thread-bare-handover-quote", "Re: Offerte badkamer", "Zie bijlage.",
	  "Badkamers BV\nOFFERTE\nOffertenummer\tOF-4\n", "quote" },
	{ "question-thread-handover-asked", "Re: factuur tuin?", "Hierbij, of moet ik hem anders opsturen?", FACTUUR_NL,
	  "a question" },
};

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	g_autofree char *raw = g_strdup_printf(
		"From: Billing <billing@example.nl>\nTo: klant@example.com\nSubject: %s\n"
		"Message-ID: <t@example.nl>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
		"Content-Transfer-Encoding: 8bit\n\n%s\n", c->subject, c->body);
	g_autoptr(GError) error = NULL;
	g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), &error);
	g_assert_no_error(error);
	g_autoptr(DmNotInvoiceReason) reason = dm_not_invoice_decide(msg, c->body, c->doc);
	g_autofree char *why = reason ? dm_not_invoice_reason_text(reason) : NULL;
	if (!c->rule) {
		if (why)
			g_error("%s: an invoice refused: %s", c->name, why);
		return;
	}
	if (!why || !g_str_has_prefix(why, c->rule))
		g_error("%s: expected rule \"%s\", got %s", c->name, c->rule, why ? why : "none");
}

/* The two judgements on their own: a reply's subject is the thread's only with an invoice
 * handed over and set out; an office's client is named in the sentence that hands over. */
static void
test_parts(void)
{
	g_assert_true(dm_thread_subject_only("Re: Offerte", "Hierbij de factuur.", TRUE));
	g_assert_false(dm_thread_subject_only("Re: Offerte", "Hierbij de factuur.", FALSE));
	g_assert_false(dm_thread_subject_only("Offerte", "Hierbij de factuur.", TRUE));
	g_assert_false(dm_thread_subject_only("Fwd: Offerte", "Hierbij de factuur.", TRUE));
	g_assert_false(dm_thread_subject_only("Re: Offerte", "De factuur volgt.", TRUE));
	g_assert_false(dm_thread_subject_only(NULL, NULL, TRUE));
	g_assert_true(dm_thread_subject_only("Re: factuur?", "Groet,\nZie bijlage\n", TRUE));
	g_assert_false(dm_thread_subject_only("Re: factuur?", "Zie bijlage\n", FALSE));
	g_assert_false(dm_thread_subject_only("Re: factuur?", "> Zie bijlage\n", TRUE));
	g_assert_true(dm_for_client_hands_over("Namens onze klant X sturen wij u hierbij de factuur."));
	g_assert_true(dm_for_client_hands_over("Im Auftrag unserer Mandantin senden wir Ihnen anbei die Rechnung."));
	g_assert_false(dm_for_client_hands_over("Hierbij de factuur. Namens onze klant bedankt."));
	g_assert_false(dm_for_client_hands_over("Hierbij de factuur van de drukker."));
	g_assert_false(dm_for_client_hands_over(NULL));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_strdup_printf("/not-invoice-threads/%s", cases[i].name);
		g_test_add_data_func(path, &cases[i], test_case);
	}
	g_test_add_func("/not-invoice-threads/parts", test_parts);
	return g_test_run();
}
