/* test-invoice-threads: invoices sent inside a thread (own_words.c and its use in
 * invoice.c).  Each rule has its case and a near miss: the wording that must not set it
 * off.  The mails are written for this test. */
#include "parser/invoice/dm-invoice.h"
#include "parser/invoice/dm-own-words.h"
#include "parser/invoice/dm-invoice-first.h"
#include "parser/invoice/dm-not-invoice.h"
#include "parser/invoice/dm-not-invoice-reason.h"
#include "parser/mime/dm-message.h"

#include <string.h>

#define IBAN_TEXT "NL31 INGB 8505 1952 69"
#define IBAN "NL31INGB8505195269"

static GMimeMessage *
parse(const char *from, const char *to, const char *subject, const char *headers, const char *body)
{
	g_autofree char *raw = g_strdup_printf("From: %s\nTo: %s\nSubject: %s\nDate: Mon, 16 Nov 2026 10:00:00 +0100\n"
					       "Message-ID: <t1@osinga.example>\n%sMIME-Version: 1.0\n"
					       "Content-Type: text/plain; charset=utf-8\n"
					       "Content-Transfer-Encoding: 8bit\n\n%s\n",
					       from, to, subject, headers, body);
	GError *error = NULL;
	GMimeMessage *msg = dm_message_parse(raw, strlen(raw), &error);
	g_assert_no_error(error);
	return msg;
}

static char *
subject_text(const char *subject, const char *body)
{
	return g_strconcat("Subject: ", subject, "\n\n", body, NULL);
}

/* ---------------------------------------------------------------- own words */

static const char reply_body[] =
	"Beste Karin,\n\nIn de bijlage de factuur.\n\nGr. Sjoerd\n\n"
	"Van: Karin Bosma <karin@bosma.example>\nVerzonden: 14-11-2026 10:42\nAan: sjoerd@osinga.example\n"
	"Onderwerp: Rekening\n\nDe aanbetaling is al voldaan, die kunt u eraf halen.\n";

static void
test_reply_drops_quote(void)
{
	g_autoptr(GMimeMessage) msg = parse("sjoerd@osinga.example", "Karin Bosma <karin@bosma.example>",
					    "Antw: Rekening", "", reply_body);
	g_autofree char *text = subject_text("Antw: Rekening", reply_body);
	g_autofree char *own = dm_own_words_of_reply(msg, text);
	g_assert_nonnull(strstr(own, "In de bijlage de factuur"));
	g_assert_null(strstr(own, "aanbetaling"));
	g_assert_true(g_str_has_prefix(own, "Subject: Antw: Rekening\n\n"));
}

/* Near miss: a forward passes on what it quotes, and is read whole. */
static void
test_forward_kept_whole(void)
{
	g_autoptr(GMimeMessage) msg = parse("sjoerd@osinga.example", "Karin Bosma <karin@bosma.example>",
					    "FW: Rekening", "", reply_body);
	g_autofree char *text = subject_text("FW: Rekening", reply_body);
	g_autofree char *own = dm_own_words_of_reply(msg, text);
	g_assert_cmpstr(own, ==, text);
}

/* A corrected invoice under a subject of its own answers the customer: by In-Reply-To,
 * or by quoting a mail the recipient wrote. */
static void
test_answers_without_re(void)
{
	g_autofree char *text = subject_text("Gecorrigeerde factuur F2026-0183", reply_body);
	g_autoptr(GMimeMessage) threaded = parse("sjoerd@osinga.example", "Karin Bosma <karin@bosma.example>",
						 "Gecorrigeerde factuur F2026-0183",
						 "In-Reply-To: <k1@bosma.example>\n", "Zie bijlage.");
	g_assert_true(dm_own_words_answers(threaded, text));
	g_autoptr(GMimeMessage) quoting = parse("sjoerd@osinga.example", "Karin Bosma <karin@bosma.example>",
						"Gecorrigeerde factuur F2026-0183", "", reply_body);
	g_assert_true(dm_own_words_answers(quoting, text));
}

/* Near miss: a mail quoting someone else's mail, with no reply's subject or header, is
 * not taken for an answer (a bill passed on without "FW:" stays whole). */
static void
test_quoting_third_party_is_no_answer(void)
{
	g_autofree char *text = subject_text("Factuur drukkerij", reply_body);
	g_autoptr(GMimeMessage) msg = parse("sjoerd@osinga.example", "Marieke <marieke@osinga.example>",
					    "Factuur drukkerij", "", reply_body);
	g_assert_false(dm_own_words_answers(msg, text));
}

/* A short answer over the customer's quoted mail is the answer all the same: the quote
 * stays theirs ("Zie bijlage." is 11 bytes). */
static void
test_short_answer_drops_quote(void)
{
	static const char *answers[] = { "Zie bijlage.", "Anbei.", "See attached.", "Zie bijlage.\n\nSjoerd" };
	for (guint i = 0; i < G_N_ELEMENTS(answers); i++) {
		g_autofree char *body = g_strconcat(answers[i], "\n\n", strstr(reply_body, "Van: "), NULL);
		g_autoptr(GMimeMessage) msg = parse("sjoerd@osinga.example", "Karin Bosma <karin@bosma.example>",
						    "Antw: Rekening", "", body);
		g_autofree char *text = subject_text("Antw: Rekening", body);
		g_autofree char *own = dm_own_words_of_reply(msg, text);
		g_test_message("case %u: %s", i, own);
		g_assert_null(strstr(own, "aanbetaling"));
		g_assert_nonnull(strstr(own, answers[i]));
	}
	/* Near miss: an answer written under the quoted header block leaves nothing above it;
	 * the whole text is read. */
	const char *under = "Van: Karin Bosma <karin@bosma.example>\nVerzonden: 14-11-2026 10:42\nAan: sjoerd@osinga.example\n"
			    "Onderwerp: Rekening\n\nFactuurnummer: F2026-0301\nTotaal: € 840,00\n";
	g_autoptr(GMimeMessage) msg = parse("sjoerd@osinga.example", "Karin Bosma <karin@bosma.example>",
					    "Antw: Rekening", "", under);
	g_autofree char *text = subject_text("Antw: Rekening", under);
	g_autofree char *own = dm_own_words_of_reply(msg, text);
	g_assert_cmpstr(own, ==, text);
}

/* A corrected invoice under a new subject, quoting the customer by an attribution line that
 * names them, answers them. */
static void
test_answers_by_attribution(void)
{
	const char *body = "Beste Karin,\n\nHierbij de gecorrigeerde factuur.\n\nSjoerd\n\n"
			   "Op 14 nov. 2026 om 10:42 schreef Karin Bosma <karin@bosma.example>:\n> De aanbetaling is al voldaan.\n";
	g_autofree char *text = subject_text("Gecorrigeerde factuur F2026-0183", body);
	g_autoptr(GMimeMessage) msg = parse("sjoerd@osinga.example", "Karin Bosma <karin@bosma.example>",
					    "Gecorrigeerde factuur F2026-0183", "", body);
	g_assert_true(dm_own_words_answers(msg, text));
	/* Near miss: the attribution names someone else (a colleague's mail passed on). */
	g_autoptr(GMimeMessage) other = parse("sjoerd@osinga.example", "Marieke <marieke@osinga.example>",
					      "Gecorrigeerde factuur F2026-0183", "", body);
	g_assert_false(dm_own_words_answers(other, text));
}

static void
test_state_invoice(void)
{
	const char *own = "Subject: Re: klus\n\nHoi Karin,\n\nHierbij de rekening voor het schilderwerk, factuurnr. "
			  "F2026-0136: € 1.757,52 incl. btw.\nWil je het binnen 14 dagen overmaken op " IBAN_TEXT "?\n";
	g_assert_true(dm_own_words_state_invoice(own, "F2026-0136", "NL31INGB8505195269"));
	/* Near misses: the number without the account (a question about an invoice), another
	 * account, or the number only in the subject. */
	const char *asks = "Subject: Re: klus\n\nHeb je factuur F2026-0136 ontvangen? Het ging om € 1.757,52.\n";
	g_assert_false(dm_own_words_state_invoice(asks, "F2026-0136", "NL31INGB8505195269"));
	g_assert_false(dm_own_words_state_invoice(own, "F2026-0136", "NL17ASNB0513218835"));
	const char *subject_only = "Subject: Re: factuur F2026-0136\n\nOvermaken op " IBAN_TEXT " graag.\n";
	g_assert_false(dm_own_words_state_invoice(subject_only, "F2026-0136", "NL31INGB8505195269"));
	/* Near misses with number and account both: words about an invoice hand none over. */
	const char *about[] = {
		"Subject: Re: F2026-0136\n\nHet bedrag van € 1.757,52 klopt. Factuur F2026-0136 kan gewoon betaald worden op "
		IBAN_TEXT ".\n",
		"Subject: Re: F2026-0136\n\nDid you get invoice F2026-0136? Our details again: " IBAN_TEXT ".\n",
		"Subject: AW: F2026-0136\n\nRechnung F2026-0136 bitte ignorieren und nichts auf " IBAN_TEXT " überweisen.\n",
		"Subject: AW: Vorkasse\n\nHier die Proforma-Rechnung F2026-0136, bitte vorab auf " IBAN_TEXT " überweisen.\n",
	};
	for (guint i = 0; i < G_N_ELEMENTS(about); i++)
		g_assert_false(dm_own_words_state_invoice(about[i], "F2026-0136", "NL31INGB8505195269"));
}

/* Words that ask about or chase an invoice, with its number and the account, hand none
 * over: "hier" inside a question, "find out", a check verb. */
static void
test_state_invoice_talk(void)
{
	const char *about[] = {
		"Subject: Re: F2026-0136\n\nKunt u hier de factuur F2026-0136 nog eens naast leggen? Op " IBAN_TEXT
		" is nog niets binnengekomen.\n",
		"Subject: Re: F2026-0136\n\nCould you please find out whether invoice F2026-0136 was paid? Nothing has "
		"reached " IBAN_TEXT " yet.\n",
		"Subject: AW: F2026-0136\n\nKönnen Sie hier die Rechnung F2026-0136 prüfen? Auf " IBAN_TEXT
		" ist noch nichts eingegangen.\n",
		"Subject: Re: F2026-0136\n\nHierbij de factuur F2026-0136 van € 1.386,00 nog eens, kun je die nakijken? "
		"Op " IBAN_TEXT " is niets binnen.\n",
	};
	for (guint i = 0; i < G_N_ELEMENTS(about); i++) {
		g_test_message("case %u", i);
		g_assert_false(dm_own_words_state_invoice(about[i], "F2026-0136", IBAN));
	}
	/* Near miss: the sentence opens with "Hier": it gives the invoice. */
	const char *gives = "Subject: Re: klus\n\nHoi Karin. Hier de factuur F2026-0136 voor het schilderwerk, "
			    "graag overmaken op " IBAN_TEXT ".\n";
	g_assert_true(dm_own_words_state_invoice(gives, "F2026-0136", IBAN));
}

/* Ordinary ways to hand an invoice over, with number and account: each states one. */
static void
test_state_invoice_common_wordings(void)
{
	const char *hand[] = {
		"Subject: Re: klus\n\nHierbij stuur ik je de rekening voor het schilderwerk, factuurnr. F2026-0136: € 850,-. "
		"Graag overmaken op " IBAN_TEXT ".\n",
		"Subject: AW: Umbau\n\nHiermit sende ich Ihnen die Rechnung F2026-0136 über 850,00 €, zahlbar auf " IBAN_TEXT ".\n",
		"Subject: AW: Umbau\n\nAnbei erhalten Sie die Rechnung F2026-0136 über 850,00 €, zahlbar auf " IBAN_TEXT ".\n",
		"Subject: Re: shelving\n\nHere’s the invoice for the shelving, no. F2026-0136: £840. Please pay to " IBAN_TEXT ".\n",
		"Subject: Re: shelving\n\nI’ve attached the invoice F2026-0136 for £840; please pay to " IBAN_TEXT ".\n",
	};
	for (guint i = 0; i < G_N_ELEMENTS(hand); i++) {
		g_test_message("case %u", i);
		g_assert_true(dm_own_words_state_invoice(hand[i], "F2026-0136", IBAN));
	}
	/* Near miss: the same words asking whether it came. */
	const char *asks = "Subject: Re: shelving\n\nHave you seen the invoice F2026-0136 I’ve attached last week? "
			   "Nothing reached " IBAN_TEXT ".\n";
	g_assert_false(dm_own_words_state_invoice(asks, "F2026-0136", IBAN));
}

static void
test_header_blocks_dropped(void)
{
	const char *text = "Forwarding the invoice below.\n\n---------- Forwarded message ---------\n"
			   "From: Owen Pritchard <owen@fernhill.example>\nDate: Fri, 6 Nov 2026\n"
			   "Subject: Invoice INV-04842\nTo: Peter Whitlock <peter@whitlock.example>\n\nHi Peter,\n";
	g_autofree char *out = dm_own_words_without_header_blocks(text);
	g_assert_null(strstr(out, "Peter Whitlock"));
	g_assert_nonnull(strstr(out, "Hi Peter,"));
	g_assert_nonnull(strstr(out, "Forwarding the invoice below."));
	/* Near miss: a typed invoice's own "To:" line is no header block. */
	const char *typed = "Invoice INV-04842\nTo: Mr and Mrs Whitlock\nDate: 6 November 2026\nTotal: £1,711.24\n";
	g_autofree char *kept = dm_own_words_without_header_blocks(typed);
	g_assert_cmpstr(kept, ==, typed);
}

/* ---------------------------------------------------------------- the invoice's PDF first */

static GPtrArray *
texts_of(const char *const *docs, guint n)
{
	GPtrArray *texts = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < n; i++)
		g_ptr_array_add(texts, g_strdup(docs[i]));
	return texts;
}

static void
test_invoice_pdf_first(void)
{
	const char *docs[] = {
		"Klusbedrijf Osinga\nOPDRACHTBEVESTIGING\nOpdrachtnummer: OB-311\nVoor akkoord getekend\n",
		NULL,
		"Klusbedrijf Osinga\nFACTUUR\nFactuurnummer: F2026-0311\nTotaal € 749,29\n",
		"Algemene voorwaarden\nArtikel 6 – Betaling binnen 21 dagen\n",
	};
	g_autoptr(GPtrArray) texts = texts_of(docs, G_N_ELEMENTS(docs));
	dm_invoice_first(texts, NULL);
	g_assert_cmpuint(texts->len, ==, 4);
	g_assert_nonnull(strstr(g_ptr_array_index(texts, 0), "FACTUUR"));
	g_assert_nonnull(strstr(g_ptr_array_index(texts, 1), "OPDRACHTBEVESTIGING"));
	g_assert_null(g_ptr_array_index(texts, 2));
	g_assert_nonnull(strstr(g_ptr_array_index(texts, 3), "voorwaarden"));
}

/* The PDFs' file names move with their texts: a field read from the invoice is named by
 * the invoice's file, not by the terms placed before it.  Near miss: an order kept as it
 * is keeps its names too. */
static void
test_invoice_pdf_first_names(void)
{
	const char *docs[] = {
		"Algemene voorwaarden\nArtikel 6 – Betaling binnen 21 dagen\n",
		"Klusbedrijf Osinga\nFACTUUR\nFactuurnummer: F2026-0311\nTotaal € 749,29\n",
	};
	g_autoptr(GPtrArray) texts = texts_of(docs, G_N_ELEMENTS(docs));
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(names, g_strdup("Voorwaarden.pdf"));
	g_ptr_array_add(names, g_strdup("Factuur_F2026-0311.pdf"));
	dm_invoice_first(texts, names);
	g_assert_nonnull(strstr(g_ptr_array_index(texts, 0), "FACTUUR"));
	g_assert_cmpstr(g_ptr_array_index(names, 0), ==, "Factuur_F2026-0311.pdf");
	g_assert_cmpstr(g_ptr_array_index(names, 1), ==, "Voorwaarden.pdf");
	const char *kept[] = { docs[1], docs[0] };
	g_autoptr(GPtrArray) texts2 = texts_of(kept, G_N_ELEMENTS(kept));
	g_autoptr(GPtrArray) names2 = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(names2, g_strdup("Factuur.pdf"));
	g_ptr_array_add(names2, NULL);
	dm_invoice_first(texts2, names2);
	g_assert_cmpstr(g_ptr_array_index(names2, 0), ==, "Factuur.pdf");
	g_assert_null(g_ptr_array_index(names2, 1));
}

/* misses34: a credit note sent with the corrected invoice that replaces the one it credits:
 * the new invoice is the bill, whichever PDF comes first (nl, en, de).  Near miss: a credit
 * note sent with the very invoice it credits, for reference, stays first — it is the
 * document the mail sends. */
static void
test_corrected_invoice_before_its_credit_note(void)
{
	const char *pairs[][2] = {
		{ "Schilder Bos\nCREDITNOTA\nCreditnotanummer: CR-14\nBetreft factuur: F-100\nTotaal € -605,00\n",
		  "Schilder Bos\nFACTUUR\nFactuurnummer: F-104\nTotaal € 484,00\nTe betalen vóór 01-12-2026\n" },
		{ "Fenwick Steel Ltd\nCREDIT NOTE\nCredit note no.: CN-88\nAgainst invoice INV-7701\nTotal -£980.00\n",
		  "Fenwick Steel Ltd\nINVOICE\nInvoice number: INV-7745\nTotal due £860.00\n" },
		{ "Holzbau Rieger KG\nGUTSCHRIFT\nGutschrift-Nr.: GS-26-09\nzu Rechnung RE-26-311\nGesamt -1.190,00 €\n",
		  "Holzbau Rieger KG\nRECHNUNG\nRechnungsnummer: RE-26-330\nZu zahlen 1.071,00 €\n" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(pairs); i++) {
		g_autoptr(GPtrArray) texts = texts_of(pairs[i], 2);
		dm_invoice_first(texts, NULL);
		g_test_message("case %u", i);
		g_assert_null(strstr(g_ptr_array_index(texts, 0), "CREDIT"));
		g_assert_null(strstr(g_ptr_array_index(texts, 0), "GUTSCHRIFT"));
	}
	const char *reference[] = {
		"Schilder Bos\nCREDITNOTA\nCreditnotanummer: CR-14\nBetreft factuur: F-100\nTotaal € -121,00\n",
		"Schilder Bos\nFACTUUR\nFactuurnummer: F-100\nTotaal € 605,00\n",
	};
	g_autoptr(GPtrArray) texts = texts_of(reference, 2);
	dm_invoice_first(texts, NULL);
	g_assert_nonnull(strstr(g_ptr_array_index(texts, 0), "CREDITNOTA"));
}

/* Near miss: no document sets out an invoice (a quote beside a delivery note): the order
 * stays, and the quote still decides the mail's kind. */
static void
test_no_invoice_pdf_keeps_order(void)
{
	const char *docs[] = {
		"Sanitär Brandl GmbH\nLIEFERSCHEIN\nLieferschein-Nr.: LS-641\n",
		"Sanitär Brandl GmbH\nANGEBOT\nAngebotsnummer: AN-2026-155\nAngebotssumme 2.940,00 €\n",
	};
	g_autoptr(GPtrArray) texts = texts_of(docs, G_N_ELEMENTS(docs));
	dm_invoice_first(texts, NULL);
	g_assert_nonnull(strstr(g_ptr_array_index(texts, 0), "LIEFERSCHEIN"));
	g_assert_nonnull(strstr(g_ptr_array_index(texts, 1), "ANGEBOT"));
}

/* A reminder letter sent with a copy of the invoice it chases stays a reminder: the copy is
 * not moved before it, and the letter's title still decides. */
static void
test_reminder_with_invoice_copy(void)
{
	const char *letters[] = {
		"Klusbedrijf Osinga\nBETALINGSHERINNERING\nVolgens onze administratie staat de volgende factuur nog open:\n"
		"Factuur\tDatum\tBedrag\nF2026-0311\t01-10-2026\t€ 749,29\nWij verzoeken u het bedrag binnen 7 dagen te voldoen.\n",
		"Klusbedrijf Osinga\nZAHLUNGSERINNERUNG\nSicher haben Sie übersehen, dass die folgende Rechnung noch offen ist:\n"
		"Rechnung R2026-0311 vom 01.10.2026 über 749,29 €\nBitte überweisen Sie den Betrag innerhalb von 7 Tagen.\n",
		"Osinga Joinery\nPAYMENT REMINDER\nOur records show the following invoice is overdue:\n"
		"INV-0311 dated 01/10/2026, £749.29\nPlease pay within 7 days.\n",
	};
	const char *copy = "Klusbedrijf Osinga\nFACTUUR\nFactuurnummer: F2026-0311\nTotaal € 749,29\n";
	g_autoptr(GMimeMessage) msg = parse("Sjoerd Osinga <sjoerd@osinga.example>", "Karin <karin@bosma.example>",
					    "Uw account", "", "Zie bijlagen.");
	for (guint i = 0; i < G_N_ELEMENTS(letters); i++) {
		const char *docs[] = { letters[i], copy };
		g_autoptr(GPtrArray) texts = texts_of(docs, G_N_ELEMENTS(docs));
		dm_invoice_first(texts, NULL);
		g_assert_null(strstr(g_ptr_array_index(texts, 0), "FACTUUR\n"));
		g_autofree char *joined = g_strconcat(g_ptr_array_index(texts, 0), g_ptr_array_index(texts, 1), NULL);
		g_autoptr(DmNotInvoiceReason) why = dm_not_invoice_decide(msg, "Subject: Uw account\n\nZie bijlagen.\n", joined);
		g_test_message("case %u: %s", i, why ? dm_not_invoice_kind_code(why->kind) : "(invoice)");
		g_assert_nonnull(why);
		g_assert_cmpint(why->kind, ==, DM_NOT_INVOICE_REMINDER);
	}
	/* Near miss: an invoice whose own page mentions a reminder term is no reminder letter;
	 * moved first past the terms it goes with. */
	const char *docs[] = { "Algemene voorwaarden\nArtikel 7 – Herinnering en aanmaning\n", copy };
	g_autoptr(GPtrArray) texts = texts_of(docs, G_N_ELEMENTS(docs));
	dm_invoice_first(texts, NULL);
	g_assert_nonnull(strstr(g_ptr_array_index(texts, 0), "FACTUUR"));
}

/* ---------------------------------------------------------------- the whole reader */

static DmInvoiceFacts *
extract(const char *to, const char *subject, const char *body)
{
	g_autoptr(GMimeMessage) msg = parse("Sjoerd Osinga <sjoerd@osinga.example>", to, subject,
					    "In-Reply-To: <k1@bosma.example>\n", body);
	return dm_invoice_extract(msg);
}

/* An invoice typed from a phone in a reply: a sentence with its number, amount and account. */
static void
test_loose_invoice_in_reply(void)
{
	g_autoptr(DmInvoiceFacts) f = extract(
		"Karin Bosma <karin@bosma.example>", "Antw: Schilderwerk",
		"Hoi Karin,\n\nHierbij de rekening voor het schilderwerk, factuurnr. F2026-0136: € 1.757,52 incl. btw.\n"
		"Wil je het binnen 14 dagen overmaken op " IBAN_TEXT " t.n.v. Klusbedrijf Osinga?\n\nGr. Sjoerd\n\n"
		"Verzonden vanaf mijn iPhone\n\n"
		"Van: Karin Bosma <karin@bosma.example>\nVerzonden: 14-11-2026 10:42\nAan: sjoerd@osinga.example\n"
		"Onderwerp: Schilderwerk\n\nKun je de rekening sturen? De offerte was € 2.145,00.\n");
	g_assert_true(f->is_invoice);
	g_assert_cmpstr(f->number, ==, "F2026-0136");
	g_assert_cmpint(f->amount_cents, ==, 175752);
}

/* Near miss: a reply that asks after an invoice, the invoice quoted under it. */
static void
test_asking_after_invoice_in_reply(void)
{
	g_autoptr(DmInvoiceFacts) f = extract(
		"Karin Bosma <karin@bosma.example>", "Re: Factuur F2026-0217",
		"Hoi Karin,\n\nHeb je de factuur van 3 november ontvangen? Het ging om € 1.386,00.\n\nGr. Sjoerd\n\n"
		"Op 3 nov. 2026 om 11:08 schreef Sjoerd Osinga <sjoerd@osinga.example>:\n"
		"> Factuurnummer: F2026-0217\n> Totaal € 1.386,00, te betalen binnen 14 dagen op " IBAN_TEXT ".\n");
	g_assert_false(f->is_invoice);
}

/* A chase in a reply, naming the invoice's number, amount and account, is no new invoice. */
static void
test_chase_in_reply_nl(void)
{
	g_autoptr(DmInvoiceFacts) f = extract("Karin Bosma <karin@bosma.example>", "Re: Factuur F2026-0217",
		"Hoi Karin,\n\nKun je hier de factuur F2026-0217 van € 1.386,00 nog eens bekijken? Er is nog niets "
		"binnengekomen op " IBAN_TEXT ".\n\nGr. Sjoerd\n");
	g_assert_false(f->is_invoice);
	/* Near miss: the same reply handing the invoice over is one. */
	g_autoptr(DmInvoiceFacts) g = extract("Karin Bosma <karin@bosma.example>", "Re: Factuur F2026-0217",
		"Hoi Karin,\n\nHierbij de factuur F2026-0217 van € 1.386,00. Graag overmaken op " IBAN_TEXT
		".\n\nGr. Sjoerd\n");
	g_assert_true(g->is_invoice);
}

/* The account in the sender's signature is the invoice's account all the same. */
static void
test_iban_in_signature(void)
{
	g_autoptr(DmInvoiceFacts) f = extract("Karin Bosma <karin@bosma.example>", "Re: Rekening",
		"Beste Karin,\n\nFactuurnummer: F2026-0301\nFactuurdatum: 16-11-2026\nTotaal: € 840,00\n"
		"Graag binnen 14 dagen overmaken.\n\nMet vriendelijke groet,\n\nSjoerd Osinga\nKlusbedrijf Osinga\n"
		"IBAN: " IBAN_TEXT "\nKvK 34098711\n\n"
		"Van: Karin Bosma <karin@bosma.example>\nVerzonden: 14-11-2026 10:42\nAan: sjoerd@osinga.example\n"
		"Onderwerp: Rekening\n\nKun je de rekening sturen?\n");
	g_assert_true(f->is_invoice);
	g_assert_cmpstr(f->iban, ==, IBAN);
	/* Near miss: an account only in the customer's quoted mail is not the invoice's. */
	g_autoptr(DmInvoiceFacts) g = extract("Karin Bosma <karin@bosma.example>", "Re: Rekening",
		"Beste Karin,\n\nFactuurnummer: F2026-0301\nFactuurdatum: 16-11-2026\nTotaal: € 840,00\n"
		"Graag binnen 14 dagen overmaken.\n\nSjoerd\n\n"
		"Van: Karin Bosma <karin@bosma.example>\nVerzonden: 14-11-2026 10:42\nAan: sjoerd@osinga.example\n"
		"Onderwerp: Rekening\n\nKun je de rekening sturen? Mijn rekening is " IBAN_TEXT ".\n");
	g_assert_true(g->is_invoice);
	g_assert_null(g->iban);
}

/* A phone-typed invoice in a reply whose account stands in the signature hands one over. */
static void
test_loose_iban_in_signature(void)
{
	g_autoptr(DmInvoiceFacts) f = extract("Karin Bosma <karin@bosma.example>", "Antw: Schilderwerk",
		"Hoi Karin,\n\nHierbij de rekening voor het schilderwerk, factuurnr. F2026-0136: € 1.757,52 incl. btw, "
		"graag binnen 14 dagen.\n\nGr. Sjoerd\nKlusbedrijf Osinga\nIBAN " IBAN_TEXT "\nKvK 34098711\n\n"
		"Van: Karin Bosma <karin@bosma.example>\nVerzonden: 14-11-2026 10:42\nAan: sjoerd@osinga.example\n"
		"Onderwerp: Schilderwerk\n\nKun je de rekening sturen?\n");
	if (f->not_invoice)
		g_test_message("reason: %s", dm_not_invoice_kind_code(f->not_invoice->kind));
	g_assert_true(f->is_invoice);
	g_assert_cmpstr(f->iban, ==, IBAN);
	/* Near miss: the signature's account beside a question about the invoice hands none over. */
	g_autoptr(DmInvoiceFacts) g = extract("Karin Bosma <karin@bosma.example>", "Antw: Schilderwerk",
		"Hoi Karin,\n\nHeb je factuur F2026-0136 van € 1.757,52 al betaald?\n\nGr. Sjoerd\nKlusbedrijf Osinga\n"
		"IBAN " IBAN_TEXT "\n\n"
		"Van: Karin Bosma <karin@bosma.example>\nVerzonden: 14-11-2026 10:42\nAan: sjoerd@osinga.example\n"
		"Onderwerp: Schilderwerk\n\nKun je de rekening sturen?\n");
	g_assert_false(g->is_invoice);
}

/* A short answer's quoted customer text ("De aanbetaling is al voldaan") does not make the
 * mail a receipt. */
static void
test_short_answer_reason(void)
{
	static const char *answers[] = { "Zie bijlage.", "In de bijlage de factuur." };
	for (guint i = 0; i < G_N_ELEMENTS(answers); i++) {
		g_autofree char *body = g_strconcat(answers[i], "\n\n", strstr(reply_body, "Van: "), NULL);
		g_autoptr(DmInvoiceFacts) f = extract("Karin Bosma <karin@bosma.example>", "Antw: Rekening", body);
		g_test_message("case %u: %s", i, f->not_invoice ? dm_not_invoice_kind_code(f->not_invoice->kind) : "-");
		g_assert_true(f->not_invoice == NULL || f->not_invoice->kind != DM_NOT_INVOICE_RECEIPT);
	}
	/* Near miss: the sender's own short "Is al voldaan." is a receipt. */
	g_autofree char *body = g_strconcat("Is al voldaan.\n\n", strstr(reply_body, "Van: "), NULL);
	g_autoptr(DmInvoiceFacts) f = extract("Karin Bosma <karin@bosma.example>", "Antw: Rekening", body);
	g_assert_nonnull(f->not_invoice);
	g_assert_cmpint(f->not_invoice->kind, ==, DM_NOT_INVOICE_RECEIPT);
}

/* The customer's quoted "the deposit is paid" and a quoted offer's "the invoice follows"
 * are theirs and the thread's: the invoice typed above them is one. */
static void
test_quoted_words_do_not_refuse(void)
{
	g_autoptr(DmInvoiceFacts) f = extract(
		"Karin Bosma <karin@bosma.example>", "Re: Rekening",
		"Beste Karin,\n\nFactuurnummer: F2026-0301\nFactuurdatum: 16-11-2026\nTotaal: € 840,00\n"
		"Graag voldoen vóór 30-11-2026 op " IBAN_TEXT " t.n.v. Klusbedrijf Osinga.\n\nSjoerd\n\n"
		"Van: Karin Bosma <karin@bosma.example>\nVerzonden: 14-11-2026 10:42\nAan: sjoerd@osinga.example\n"
		"Onderwerp: Rekening\n\nDe aanbetaling is al voldaan. Na oplevering sturen jullie de factuur, toch?\n");
	g_assert_true(f->is_invoice);
	g_assert_cmpint(f->amount_cents, ==, 84000);
}

/* Near miss: the sender's own "is al voldaan" is a receipt. */
static void
test_own_paid_words_refuse(void)
{
	g_autoptr(DmInvoiceFacts) f = extract(
		"Karin Bosma <karin@bosma.example>", "Re: Rekening",
		"Beste Karin,\n\nDank je, factuur F2026-0301 van € 840,00 is al voldaan.\n\nSjoerd\n\n"
		"Van: Karin Bosma <karin@bosma.example>\nVerzonden: 14-11-2026 10:42\nAan: sjoerd@osinga.example\n"
		"Onderwerp: Rekening\n\nIk heb het bedrag overgemaakt.\n");
	g_assert_false(f->is_invoice);
}

/* A deposit or stage invoice announces the final one: it is an invoice all the same. */
static void
test_final_invoice_announced_by_invoice(void)
{
	g_autoptr(DmInvoiceFacts) f = extract(
		"Claire Benson <accounts@harrowgate.example>", "Re: Shelving",
		"Hi Claire,\n\nThis is the stage invoice; the final invoice will follow once the job is signed off.\n\n"
		"Invoice number: INV-0411\nDate: 16/11/2026\nTotal: £840.00\nPayment due by 30/11/2026.\n\nOwen\n");
	g_assert_true(f->is_invoice);
}

/* Near miss: an order confirmation that announces the deposit and final invoices sets out
 * none: no invoice is sent yet. */
static void
test_final_invoice_announced_by_order(void)
{
	g_autoptr(DmInvoiceFacts) f = extract(
		"Claire Benson <accounts@harrowgate.example>", "Re: Shelving",
		"Hi Claire,\n\nThanks for accepting our quote of £2,940.00. We ask a 30% deposit; the deposit invoice "
		"and the final invoice will follow.\n\nOwen\n");
	g_assert_false(f->is_invoice);
}

/* The sender's signature (a bookkeeping office's VAT number beside the client's) says
 * nothing of the debtor. */
static void
test_signature_vat_not_debtor(void)
{
	g_autoptr(DmInvoiceFacts) f = extract(
		"Karin Bosma <karin@bosma.example>", "Re: Rekening",
		"Beste Karin,\n\nFactuur aan: Karin Bosma\nFactuurnummer: F2026-0302\nFactuurdatum: 16-11-2026\n"
		"Totaal: € 612,00\nGraag voldoen vóór 30-11-2026 op " IBAN_TEXT " t.n.v. Klusbedrijf Osinga.\n\n"
		"Ymke Terpstra\nnamens onze cliënt Klusbedrijf Osinga (BTW NL001987345B55)\nAdministratiekantoor Terpstra\n"
		"KvK 34098711 | BTW NL008877665B01\n");
	g_assert_true(f->is_invoice);
	g_assert_cmpint(f->debtor_kind, !=, DM_INVOICE_DEBTOR_BUSINESS);
}

/* The same in a mail that answers nothing: its signature is still the sender's. */
static void
test_signature_vat_not_debtor_new_mail(void)
{
	g_autoptr(GMimeMessage) msg = parse("Ymke Terpstra <facturatie@terpstra.example>", "Karin Bosma <karin@bosma.example>",
					    "Factuur F2026-0304", "",
					    "Beste Karin,\n\nFactuur aan: Karin Bosma\nFactuurnummer: F2026-0304\nFactuurdatum: 16-11-2026\n"
					    "Totaal: € 612,00\nGraag voldoen vóór 30-11-2026 op " IBAN_TEXT " t.n.v. Klusbedrijf Osinga.\n\n"
					    "Met vriendelijke groet,\n\nYmke Terpstra\nnamens onze cliënt Klusbedrijf Osinga (BTW NL001987345B55)\n"
					    "Administratiekantoor Terpstra\nKvK 34098711 | BTW NL008877665B01\n");
	g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
	g_assert_true(f->is_invoice);
	g_assert_cmpint(f->debtor_kind, !=, DM_INVOICE_DEBTOR_BUSINESS);
}

/* Near miss: a VAT number on the debtor's own line makes the debtor a business. */
static void
test_debtor_vat_in_own_words(void)
{
	g_autoptr(DmInvoiceFacts) f = extract(
		"Els Lambrechts <info@lambrechts.example>", "Re: Rekening",
		"Beste Els,\n\nFactuur aan: Bakkerij Lambrechts, BTW BE0712345908\nFactuurnummer: F2026-0303\n"
		"Factuurdatum: 16-11-2026\nTotaal: € 612,00\nGraag voldoen vóór 30-11-2026 op " IBAN_TEXT
		" t.n.v. Klusbedrijf Osinga, BTW NL001987345B55.\n\nSjoerd\nKlusbedrijf Osinga\n");
	g_assert_true(f->is_invoice);
	g_assert_cmpint(f->debtor_kind, ==, DM_INVOICE_DEBTOR_BUSINESS);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/invoice-threads/own-words/reply-drops-quote", test_reply_drops_quote);
	g_test_add_func("/invoice-threads/own-words/forward-kept-whole", test_forward_kept_whole);
	g_test_add_func("/invoice-threads/own-words/answers-without-re", test_answers_without_re);
	g_test_add_func("/invoice-threads/own-words/quoting-third-party", test_quoting_third_party_is_no_answer);
	g_test_add_func("/invoice-threads/own-words/state-invoice", test_state_invoice);
	g_test_add_func("/invoice-threads/own-words/state-invoice-talk", test_state_invoice_talk);
	g_test_add_func("/invoice-threads/own-words/state-invoice-common-wordings", test_state_invoice_common_wordings);
	g_test_add_func("/invoice-threads/own-words/short-answer-drops-quote", test_short_answer_drops_quote);
	g_test_add_func("/invoice-threads/own-words/answers-by-attribution", test_answers_by_attribution);
	g_test_add_func("/invoice-threads/own-words/header-blocks", test_header_blocks_dropped);
	g_test_add_func("/invoice-threads/pdf/invoice-first", test_invoice_pdf_first);
	g_test_add_func("/invoice-threads/pdf/misses34-corrected-invoice-before-its-credit-note",
			test_corrected_invoice_before_its_credit_note);
	g_test_add_func("/invoice-threads/pdf/no-invoice-keeps-order", test_no_invoice_pdf_keeps_order);
	g_test_add_func("/invoice-threads/pdf/reminder-with-invoice-copy", test_reminder_with_invoice_copy);
	g_test_add_func("/invoice-threads/read/loose-invoice-in-reply", test_loose_invoice_in_reply);
	g_test_add_func("/invoice-threads/read/asking-after-invoice", test_asking_after_invoice_in_reply);
	g_test_add_func("/invoice-threads/read/chase-in-reply-nl", test_chase_in_reply_nl);
	g_test_add_func("/invoice-threads/read/iban-in-signature", test_iban_in_signature);
	g_test_add_func("/invoice-threads/read/loose-iban-in-signature", test_loose_iban_in_signature);
	g_test_add_func("/invoice-threads/read/short-answer-reason", test_short_answer_reason);
	g_test_add_func("/invoice-threads/read/quoted-words-do-not-refuse", test_quoted_words_do_not_refuse);
	g_test_add_func("/invoice-threads/read/own-paid-words-refuse", test_own_paid_words_refuse);
	g_test_add_func("/invoice-threads/read/final-invoice-by-invoice", test_final_invoice_announced_by_invoice);
	g_test_add_func("/invoice-threads/read/final-invoice-by-order", test_final_invoice_announced_by_order);
	g_test_add_func("/invoice-threads/read/signature-vat-not-debtor", test_signature_vat_not_debtor);
	g_test_add_func("/invoice-threads/read/signature-vat-not-debtor-new-mail", test_signature_vat_not_debtor_new_mail);
	g_test_add_func("/invoice-threads/read/debtor-vat-in-own-words", test_debtor_vat_in_own_words);
	g_test_add_func("/invoice-threads/invoice-pdf-first-names", test_invoice_pdf_first_names);
	return g_test_run();
}
