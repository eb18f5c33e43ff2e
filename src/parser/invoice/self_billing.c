/* self_billing: a self-billing statement named in a mail or its document
 * (dm_self_billing_reason).  Where a customer and a supplier agree on self-billing, the
 * customer draws up the document that stands for the supplier's invoice and pays by it:
 * German law names it "Gutschrift" (§ 14 Abs. 2 Satz 2 UStG) and the procedure
 * "Gutschriftverfahren", the UK "self-billed invoice" under a "self-billing agreement", the
 * Dutch "zelffacturering" (art. 35a Wet OB: "factuur uitgereikt door de afnemer"), the
 * French and Belgian "autofacturation" (Flemish "autofacturatie").  The supplier's mail
 * passes it on (to its bookkeeper, or back signed), but nothing in it is the supplier's to
 * chase.
 * Failures: none. */
#include "parser/invoice/dm-self-billing.h"
#include "parser/text/dm-pattern.h"
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

/* (transfer full) the reason found in @text (nullable), told as found in @where; the words
 * matched are its evidence unless @where takes none (a PDF's text). */
static DmNotInvoiceReason *
named_in(const char *text, DmNotInvoiceWhere where)
{
	DmMatch m;
	if (!text)
		return NULL;
	gsize len = strlen(text);
	gsize off = 0;
	for (;;) {
		if (!dm_pattern_match(&self_billing, text, len, off, &m))
			return NULL;
		if (!refused_at(text, m.start[0]))
			break;
		off = dm_match_next(&m, len);
	}
	g_autofree char *hit = dm_match_group(&m, 0);
	g_autofree char *clean = dm_sanitize(g_strstrip(hit), 60);
	return dm_not_invoice_reason_new(DM_NOT_INVOICE_SELF_BILLING, where,
					 where == DM_NOT_INVOICE_IN_PDF_TEXT ? NULL : clean, NULL);
}

DmNotInvoiceReason *
dm_self_billing_reason(const char *body_text, const char *doc_text)
{
	DmNotInvoiceReason *why = named_in(body_text, DM_NOT_INVOICE_IN_BODY);
	return why ? why : named_in(doc_text, DM_NOT_INVOICE_IN_PDF_TEXT);
}
