/* invoice_text_payment: the IBAN an invoice's text asks to be paid to — the first it
 * names, unless that is the debtor's own account a direct debit names ("afgeschreven van
 * uw rekening NL61 …") or an account the office holds for others (a Stichting
 * Derdengelden, a notary's kwaliteitsrekening, an Anderkonto, a G-rekening) — and its
 * payment reference (parser/text/bank.c).
 * Failures: none; what is not found stays NULL. */
#include "parser/invoice/dm-invoice-text-payment.h"
#include "parser/invoice/dm-number-asked-back.h"
#include "parser/invoice/dm-invoice-text-scan.h"
#include "parser/text/dm-bank.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI PCRE2_CASELESS

/* The debtor's own account named just before an IBAN: a direct debit's "afgeschreven van
 * uw rekening NL61 …", "debited from your account number …", "von Ihrem Konto …". */
static DmPattern own_account = DM_PATTERN(
	"(?:\\buw|\\byour|\\bihrem|\\bihr)\\s+(?:bank\\s*)?(?:rekening|account|konto|bankrekening|bankkonto)"
	"(?:\\s*(?:nummer|number|nr\\.?|no\\.?))?\\s*:?\\s*\\z", CI);

/* An account the office holds for others, named just before an IBAN with no other number
 * between: the lawyer's "Stichting Derdengelden", the notary's "kwaliteitsrekening" or
 * Belgian "rubriekrekening", the German "Anderkonto" or "Treuhandkonto", the English
 * "client account", the G-rekening a subcontractor's wage-cost share goes to (Wet
 * ketenaansprakelijkheid).  The bill is paid to the office's own account beside it. */
static DmPattern third_party_account = DM_PATTERN(
	"(?:derdengeld\\w*|kwaliteitsrekening|rubriekrekening|\\w*anderkonto|treuhandkonto|client\\s+account"
	"|\\bg-rekening|geblokkeerde\\s+rekening)[^\\n\\d]{0,50}\\z", CI);

/* (transfer full) (nullable) The IBAN to pay to: the first in @t that is neither the
 * debtor's own account a direct debit names (own_account) nor an account held for others
 * (third_party_account); the first of all when every one is.  @at gets where it stands. */
static char *
payee_iban(const char *t, gsize len, gsize *at)
{
	char *first = NULL;
	gsize first_at = 0, off = 0, found = 0;
	for (char *iban; off < len && (iban = dm_iban_find(t + off, len - off, &found)); off += found + 4) {
		gsize before = off + found > 60 ? off + found - 60 : 0;
		while (before < off + found && ((guchar) t[before] & 0xC0) == 0x80)
			before++;
		DmMatch m;
		if (!dm_pattern_match(&own_account, t + before, off + found - before, 0, &m) &&
		    !dm_pattern_match(&third_party_account, t + before, off + found - before, 0, &m)) {
			g_free(first);
			*at = off + found;
			return iban;
		}
		if (!first) {
			first = iban;
			first_at = off + found;
		} else {
			g_free(iban);
		}
	}
	*at = first_at;
	return first;
}

void
dm_invoice_text_read_payment(const char *t, gsize len, const char *source, DmInvoiceFacts *f)
{
	gsize at = 0;
	f->iban = payee_iban(t, len, &at);
	if (f->iban)
		dm_invoice_text_explain_line(f, "iban", source, t, len, at);
	f->payment_reference = dm_payment_reference_find(t, len);
	gsize start = 0, end = 0;
	if (dm_number_asked_back(t, len, f->payment_reference, f->number, &start, &end)) {
		/* The number asked back is none; a reference given elsewhere still counts, so the
		 * text is read again with the field blanked out. */
		dm_invoice_facts_explain(f, "payment_reference", "%s, not \"%s\": the invoice's own number asked "
					 "back", source, f->number);
		g_autofree char *rest = g_strndup(t, len);
		memset(rest + start, ' ', end - start);
		g_free(f->payment_reference);
		f->payment_reference = dm_payment_reference_find(rest, len);
	}
	if (f->payment_reference)
		dm_invoice_facts_explain(f, "payment_reference", "%s, labelled reference \"%s\"", source,
					 f->payment_reference);
}
