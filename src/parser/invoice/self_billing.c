/* self_billing: a self-billing statement named in a mail or its document
 * (dm_self_billing_reason).  Where a customer and a supplier agree on self-billing, the
 * customer draws up the document that stands for the supplier's invoice and pays by it:
 * German law names it "Gutschrift" (§ 14 Abs. 2 Satz 2 UStG) and the procedure
 * "Gutschriftverfahren", the UK "self-billed invoice" under a "self-billing agreement", the
 * Dutch "zelffacturering" (art. 35a Wet OB: "factuur uitgereikt door de afnemer"), the
 * French and Belgian "autofacturation" (Flemish "autofacturatie").  The supplier's mail
 * passes it on (to its bookkeeper, or back signed), but nothing in it is the supplier's to
 * chase — unless the document asks for payment within a term ("Betaling binnen 30 dagen aan
 * de leverancier", "Payment within 30 days", "Zahlbar innerhalb von 30 Tagen"): then it is
 * the supplier's invoice, drawn up by the customer and returned approved, and the customer
 * owes it (corpus/invoices/README.md, "A self-billing invoice").  A term in a sentence where
 * the customer announces its own transfer ("Dit bedrag wordt binnen 10 dagen overgemaakt",
 * "Wij maken het bedrag binnen 14 dagen over", "Der Betrag wird innerhalb von 14 Tagen
 * überwiesen", "will be paid to your account within 30 days") asks for nothing: that is a
 * remittance, the payer's schedule.
 * Failures: none. */
#include "parser/invoice/dm-self-billing.h"
#include "parser/text/dm-pattern.h"
#include "parser/text/dm-sentence.h"
#include "parser/text/dm-terms.h"
#include "common/dm-sanitize.h"

#include <string.h>

/* The procedure's own names.  Not "Gutschrift" alone: a supplier's credit note is one. */
static DmPattern self_billing = DM_PATTERN(
	"\\bgutschrifts?verfahren\\b"
	"|\\bgutschrift\\s+(?:gem(?:\\.|äß)|nach|i\\.\\s?s\\.\\s?(?:d\\.|v\\.))\\s*§\\s*14\\s+abs(?:atz|\\.)?\\s*2\\s+(?:satz|s\\.)\\s*2\\b"
	"|\\bself[- ]?bill(?:ing|ed)\\b"
	"|\\bzelf[- ]?factur(?:ering|atie)\\b|\\bfactuur\\s+uitgereikt\\s+door\\s+de\\s+afnemer\\b"
	"|\\bauto-?factur(?:ation|atie)\\b",
	PCRE2_CASELESS | PCRE2_UTF);

/* The procedure named to be refused, earlier on its line: a supplier's own invoice saying
 * "we do not operate a self-billing arrangement", "geen zelffacturering", "kein
 * Gutschriftsverfahren", "not a self-billed invoice".  ASCII words only: the stretch looked
 * at may start inside a character. */
#define NEGATION_REACH 48
static DmPattern refused_before = DM_PATTERN(
	"(?:\\bno|\\bnot|\\bnever|n't|\\bgeen|\\bniet|\\bnooit|\\bkein\\w*|\\bnicht|\\bpas\\s+(?:de|d')|"
	"\\bwithout|\\bzonder|\\bohne)\\b[^\\n]*$",
	PCRE2_CASELESS);

/* The customer announcing its own payment, in the sentence a term stands in: Dutch and
 * German passives of transferring or paying ("wordt … overgemaakt", "wird … überwiesen");
 * the payer's own "we" right beside its verb, in either order ("wir überweisen", "den Betrag
 * überweisen wir", "wij maken … over", "binnen 30 dagen maken wij … over", "we pay"), or
 * through its auxiliary ("wir werden … überweisen", "wij zullen … overmaken", "we'll
 * transfer") — never "wir bitten Sie … zu überweisen", "wij verzoeken u … te betalen", "we
 * ask you to pay", which ask; the payment said to take place ("Zahlung erfolgt", "die
 * Überweisung erfolgt", "(uit)betaling vindt plaats", "payment is made"); the supplier told
 * it will receive the money ("Sie erhalten den Betrag", "u ontvangt het bedrag", "you will
 * receive payment"); English "will be paid", "to be paid by them", "payable to you". */
#define PAY_DE "(?:überweisen|zahlen|bezahlen|begleichen|anweisen|auszahlen)"
#define PAY_NL "(?:betalen|storten|boeken|voldoen|overmaken|overboeken|uitbetalen)"
#define PAY_EN "(?:pay|transfer|remit|settle)"
static DmPattern transfer_announced = DM_PATTERN(
	"\\b(?:wordt|worden)\\b[^\\n]*?\\b(?:overgemaakt|overgeboekt|betaald|voldaan|uitbetaald|gestort|uitgekeerd)\\b"
	"|\\b(?:wird|werden)\\b[^\\n]*?\\b(?:überwiesen|ausgezahlt|gezahlt|bezahlt|angewiesen|gutgeschrieben)\\b"
	"|\\bwir\\s+" PAY_DE "\\b|\\b" PAY_DE "\\s+wir\\b|\\b(?:wir\\s+werden|werden\\s+wir)\\b[^.\\n]*?\\b" PAY_DE "\\b"
	"|\\b(?:wij|we)\\s+" PAY_NL "\\b|\\b" PAY_NL "\\s+(?:wij|we)\\b|\\b(?:(?:wij|we)\\s+zullen|zullen\\s+(?:wij|we))\\b[^.\\n]*?\\b" PAY_NL "\\b"
	"|\\b(?:(?:wij|we)\\s+maken|maken\\s+(?:wij|we))\\b[^.\\n]*?\\bover\\b"
	"|\\bwe(?:\\s+will|\\s+shall|['’]ll)?\\s+" PAY_EN "\\b"
	"|\\b(?:aus)?zahlung\\s+erfolgt\\b|\\büberweisung\\s+erfolgt\\b|\\berfolgt\\s+die\\s+(?:(?:aus)?zahlung|überweisung)\\b"
	"|\\b(?:uit)?betaling\\s+(?:vindt\\s+plaats|geschiedt)\\b|\\b(?:vindt|geschiedt)\\s+de\\s+(?:uit)?betaling\\b"
	"|\\bsie\\s+erhalten\\s+(?:den\\s+(?:gesamt|auszahlungs)?betrag|die\\s+zahlung|ihr\\s+geld)\\b"
	"|\\bu\\s+ontvangt\\s+(?:het\\s+bedrag|de\\s+betaling|uw\\s+geld)\\b"
	"|\\byou(?:\\s+will|['’]ll)\\s+receive\\s+(?:the\\s+)?(?:payment|amount|sum|funds|money)\\b"
	"|\\bwill\\s+be\\s+(?:paid|transferred|remitted|credited|made)\\b|\\bpayment\\s+is\\s+made\\b"
	"|\\bto\\s+be\\s+paid\\s+by\\b|\\bpayable\\s+to\\s+you\\b",
	PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP);

/* TRUE when a sentence of @text (nullable) states a term for paying (dm-terms.h: not "Einwände
 * binnen 14 Tagen") and is no announcement of the customer's own transfer. */
static gboolean
payment_asked(const char *text)
{
	if (!text)
		return FALSE;
	gsize len = strlen(text);
	for (gsize off = 0; off < len;) {
		gsize from, to;
		DmMatch m;
		dm_sentence_around(text, len, off, off, &from, &to);
		if ((dm_payment_term_days_paying(text + from, to - from) > 0 ||
		     dm_payment_term_months(text + from, to - from) > 0) &&
		    !dm_pattern_match(&transfer_announced, text, to, from, &m))
			return TRUE;
		off = to + 1;
	}
	return FALSE;
}

/* TRUE when the line of @text before byte @at refuses what stands at @at. */
static gboolean
refused_at(const char *text, gsize at)
{
	gsize from = at > NEGATION_REACH ? at - NEGATION_REACH : 0;
	const char *nl = g_strrstr_len(text + from, (gssize) (at - from), "\n");
	if (nl)
		from = (gsize) (nl + 1 - text);
	DmMatch x;
	return dm_pattern_match(&refused_before, text + from, at - from, 0, &x);
}

/* TRUE when @text (nullable) names the procedure somewhere it does not refuse it; the
 * name's match into @m. */
static gboolean
first_named(const char *text, DmMatch *m)
{
	if (!text)
		return FALSE;
	gsize len = strlen(text);
	for (gsize off = 0; dm_pattern_match(&self_billing, text, len, off, m); off = dm_match_next(m, len))
		if (!refused_at(text, m->start[0]))
			return TRUE;
	return FALSE;
}

/* (transfer full) the reason found in @text (nullable), told as found in @where; the
 * words matched are its evidence unless @where takes none (a PDF's text). */
static DmNotInvoiceReason *
named_in(const char *text, DmNotInvoiceWhere where)
{
	DmMatch m;
	if (!first_named(text, &m))
		return NULL;
	g_autofree char *hit = dm_match_group(&m, 0);
	g_autofree char *clean = dm_sanitize(g_strstrip(hit), 60);
	return dm_not_invoice_reason_new(DM_NOT_INVOICE_SELF_BILLING, where,
					 where == DM_NOT_INVOICE_IN_PDF_TEXT ? NULL : clean, NULL);
}

gboolean
dm_self_billing_named(const char *text)
{
	DmMatch m;
	return first_named(text, &m);
}

DmNotInvoiceReason *
dm_self_billing_reason(const char *body_text, const char *doc_text)
{
	g_autoptr(DmNotInvoiceReason) why = named_in(body_text, DM_NOT_INVOICE_IN_BODY);
	if (!why)
		why = named_in(doc_text, DM_NOT_INVOICE_IN_PDF_TEXT);
	if (!why || payment_asked(body_text) || payment_asked(doc_text))
		return NULL;
	return g_steal_pointer(&why);
}
