/* invoice_text: invoice facts from free text — a mail body or a PDF's text — in Dutch and
 * English (German and French labels where they come cheap).
 *
 * The text is cut before quoted mail (invoice_text_scan.c).  Then each field has its own
 * reader: the invoice number (invoice_text_number.c), the amount payable and the total
 * (invoice_text_amount.c, less what invoice_text_deductions.c finds taken off), the
 * issue and due dates and the payment term (invoice_text_dates.c), the IBAN and the
 * payment reference (invoice_text_payment.c), the language (invoice_text_language.c) and
 * the debtor's address block (address_block.c).  This file decides whether the text is an
 * invoice at all, deliberately strictly, because calling a quote, a newsletter or a reply
 * an invoice would start dunning someone who owes nothing: an invoice word must be there,
 * the text must not be a quote, and besides an amount or a number there must be one more
 * sign (the other of the two, a due date, a term, or a "te betalen" amount).  A credit
 * note is read as one: its amounts negative, the invoice it corrects named, no due date.
 * Failures: none reported; text that is not an invoice gives is_invoice FALSE. */
#include "parser/invoice/dm-invoice-text.h"
#include "parser/invoice/dm-dollar-country.h"
#include "parser/invoice/dm-invoice-facts.h"
#include "parser/invoice/dm-invoice-text-amount.h"
#include "parser/invoice/dm-invoice-text-dates.h"
#include "parser/invoice/dm-invoice-text-language.h"
#include "parser/invoice/dm-invoice-text-number.h"
#include "parser/invoice/dm-invoice-text-payment.h"
#include "parser/invoice/dm-invoice-text-scan.h"
#include "parser/invoice/dm-invoice-text-term-due.h"
#include "parser/invoice/dm-address-block.h"
#include "parser/invoice/dm-name-persons.h"
#include "parser/invoice/dm-business.h"
#include "parser/invoice/dm-debtor-name.h"
#include "parser/invoice/dm-self-billing.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI PCRE2_CASELESS
#define CIM (PCRE2_CASELESS | PCRE2_MULTILINE)

static DmPattern invoice_word = DM_PATTERN(
	"\\b(?:\\w*factu(?:ur|ren)|invoice|(?:schluss|abschlags|teil|sammel|jahres|monats|honorar|zins|miet|korrektur|ersatz|pacht|hausgeld"
	/* a doctor's, dentist's, vet's or adviser's bill by its maker: "Zahnarztrechnung", "Gebührenrechnung" */
	"|arzt|zahnarzt|tierarzt|gebühren)?rechnung|facture"
	/* a Dutch bill named for what it bills: "Huurnota", "Voorschotnota", "Termijnnota" */
	"|(?:huur|voorschot|termijn|eind|jaar|maand|kwartaal|servicekosten|onkosten|rente|honorarium|behandel|uitvaart)?nota\\b"
	"|" DM_FEE_NOTE_RE
	/* an architect's or a builder's progress bill by its ordinal: "2. Abschlag nach HOAI" */
	"|\\d{1,2}\\.[ \\t]*abschlag\\b"
	/* cut short before its number on a phone: "inv 57", "Fact. 31", "Rg. 118" */
	"|" DM_INVOICE_ABBREV_RE ")", CI);
/* A club's or an association's bill of its membership fee names no invoice: its title line
 * does the invoice word's work ("Contributie seizoen 2026-2027", "Mitgliedsbeitrag 2027",
 * the Swiss "Mitgliederbeitrag 2027", "Membership fee 2026/27", "Contributienota", the
 * Flemish "Lidgeld 2027"); so
 * does a nursery's or a school's bill of its month's or term's fees ("Elternbeitrag
 * Dezember 2026", "Childcare fees - December 2026", "Tuition fees, spring term"); the
 * other signs are still needed. */
static DmPattern fee_title = DM_PATTERN(
	/* the Flemish "lidgeld", also under a request for payment ("Betaalverzoek lidgeld 2027") */
	"^[ \\t]*(?:(?:betaalverzoek|payment\\s+request|request\\s+for\\s+payment)[ \\t:-]+)?"
	"(?:contributie(?:nota)?|lidgeld|lidmaatschapsgeld|lidmaatschapsbijdrage|mitglied(?:s|er)beitrag|jahresbeitrag|vereinsbeitrag"
	"|membership\\s+(?:fee|fees|dues|subscription)|elternbeitrag|betreuungsbeitrag"
	"|(?:childcare|crèche|creche|nursery|tuition)\\s+fees?)\\b[^\\n\\t]{0,40}(?:\\t|$)", CIM);
/* A settlement of advances, or a syndic's call for the provision, names no invoice either
 * when it bills a balance: its title line ("Afrekening servicekosten 2026",
 * "Betriebskostenabrechnung 2026", "Provisie-oproep PV-2027/0088") does the invoice word's
 * work together with a balance to pay (settlement_balance); one that pays a credit back
 * ("Uw tegoed", "Guthaben") stays no invoice. */
static DmPattern settlement_title = DM_PATTERN(
	"^[ \\t]*(?:(?:jaar)?afrekening\\s+(?:service|stook|energie)kosten|(?:betriebs|neben|heiz)kostenabrechnung"
	"|hausgeldabrechnung|service\\s+charge\\s+(?:statement|reconciliation)|provisie-?\\s*(?:oproep|aanvraag|vraag))"
	"\\b[^\\n\\t]{0,40}(?:\\t|$)", CIM);
/* A Dutch bill by its older name, as a title with its number: "Rekening nr. PC-0936 van 19
 * november 2026", "Rekening 2026-014" — a number with letters or a separator; never an
 * account ("Rekeningnummer", "Rekening nr. NL91 ABNA …", the old "Rekening nr. 1234567"
 * and "12.34.56.789", "rekening van de stichting"). */
static DmPattern bill_title = DM_PATTERN(
	"^[ \\t]*rekening(?:\\s+(?:nr\\.?|nummer|no\\.?))?\\s*[:#]?\\s*(?![A-Z]{2}\\d{2}\\s?[A-Z]{4})"
	"(?=[\\w/-]*(?:[A-Z]|\\d[-/]\\d))[A-Z]{0,4}[-/]?\\d[\\w/-]*(?:\\s|$)", CIM);
static DmPattern settlement_balance = DM_PATTERN(
	"^[ \\t]*(?:(?:bij|nog)\\s+te\\s+betalen|te\\s+betalen|nachzahlung|balancing\\s+charge|balance\\s+(?:due|to\\s+pay))\\b", CIM);
static DmPattern quote_word = DM_PATTERN(
	"\\b(?:offerte|offertenummer|quotation|quote|estimate|prijsopgave|angebot|devis|pro[ -]?forma)\\b",
	CI);
static DmPattern subject_line = DM_PATTERN("\\ASubject:[^\\n]*", 0);
/* A bill typed in a line or two says it bills: it hands the invoice over ("Hierbij factuur
 * 2026-14", "anbei unsere Rechnung", "Here is invoice 5123", "please find attached"), says
 * what it comes to ("komt op", "bedraagt", "beträgt", "comes to") or asks for the money
 * ("graag overmaken", "bitte überweisen", "please pay").  A mail that only talks about an
 * invoice (one to be replaced, a payment to be matched) says none of it. */
static DmPattern bills_in_words = DM_PATTERN(
	"\\b(?:hierbij|bijgaand|bijgevoegd|anbei|hiermit|beigef(?:ü|ue)gt|attached|enclosed|herewith|here(?:'s|\\s+is)"
	"|please\\s+find)\\b[^.!?\\n]{0,40}?\\b(?:\\w*factuur|\\w*rechnung|invoice|nota)\\b"
	"|\\b(?:komt\\s+op|bedraagt|betr(?:ä|ae)gt|comes\\s+to|amounts\\s+to)\\b"
	"|\\bgraag\\s+(?:\\w+\\s+){0,3}?(?:overmaken|overschrijven|betalen|voldoen)\\b"
	"|\\bgelieve\\s+(?:\\w+\\s+){0,4}?(?:over\\s+te\\s+maken|te\\s+betalen|te\\s+voldoen)\\b"
	"|\\bbitte\\s+(?:\\w+\\s+){0,4}?(?:überweisen|ueberweisen|zahlen|begleichen)\\b"
	"|\\bplease\\s+(?:kindly\\s+)?(?:pay|transfer|settle)\\b", CI | PCRE2_UTF);
/* A credit note names itself in its subject or its title line, or in the last cell of a
 * PDF's row, beside the letterhead ("Moorland Print Co.<TAB>CREDIT<TAB>NOTE") or the
 * address ("Orbital Logistics Ltd<TAB>Credit note: CN154"), alone or with its number, or
 * as a title in capitals in a cell of its own before the letterhead's address
 * ("CREDIT<TAB>NOTE<TAB>Unit 4, Spike Island Works"): capitals, and a next cell that is
 * no amount. */
#define CREDIT_WORDS "creditnota|creditfactuur|credit\\s*note|credit\\s*memo|gutschrift|rechnungskorrektur" \
	"|stornorechnung|korrekturrechnung"
static DmPattern credit_word = DM_PATTERN("\\b(?:" CREDIT_WORDS ")\\b", CI);
/* An invoice may say that a credit note was set off against it, on a line of its own or
 * in its subject ("Creditnota 2026-0051 (€ 181,50) is verrekend.", "Invoice INV-3120
 * (credit note CN-88 applied)", "Gutschrift GS-19 wurde verrechnet"): a credit note named
 * beside such a word is one the invoice deducts, not the document's title. */
#define SET_OFF_WORD "(?:verrekend|verrekening|in\\s+mindering|afgetrokken|set\\s+off|offset|deducted|applied" \
	"|verrechnet|angerechnet|abgezogen|in\\s+abzug)"
static DmPattern credit_set_off = DM_PATTERN("\\b" SET_OFF_WORD "\\b", CI);
/* A line whose last cell is an amount ("CREDIT NOTE<TAB>-£100.00", "Creditnota 2026-0051<TAB>
 * € -181,50") is an invoice's line that deducts a credit note, not the title of one. */
#define AMOUNT_CELL_NOT_LAST "(?![^\\n]*\\t[^\\t\\n]*\\d[.,]\\d\\d\\)?[^\\t\\n\\d]{0,5}$)"
static DmPattern credit_title = DM_PATTERN(
	"^[ \\t]*(?:(?:" CREDIT_WORDS ")\\b(?![^\\n]*\\b" SET_OFF_WORD "\\b)" AMOUNT_CELL_NOT_LAST "[^\\n]{0,40}|[^\\n(]{0,30}\\([ \\t]*(?:" CREDIT_WORDS ")[ \\t]*\\)[^\\n]{0,30})$"
	"|\\t[ \\t]*(?:" CREDIT_WORDS ")(?:[ \\t]*(?:nr\\.?|no\\.?|#)?[ \\t]*:?[ \\t]*[A-Z0-9][A-Z0-9/_.-]*)?[ \\t]*$"
	"|(?:^|\\t)[ \\t]*(?-i:CREDIT[ \\t]*NOTE|CREDIT[ \\t]*MEMO|CREDITNOTA|CREDITFACTUUR|GUTSCHRIFT)"
	"[ \\t]*\\t[ \\t]*(?![-(€£$\\d\\x{2212}])(?![^\\n]*\\b" SET_OFF_WORD "\\b)", CIM);

/* DmAddressBlockOwn's test over the sender's names of a DmInvoiceFacts. */
static gboolean
is_seller_name(const char *name, gconstpointer facts)
{
	return dm_invoice_facts_is_seller_name(facts, name);
}

/* Sets @f's debtor's name to @name (transfer full; nothing when NULL), @rule and @what
 * saying why in the explanation. */
static void
rename_debtor(DmInvoiceFacts *f, char *name, const char *rule, const char *what)
{
	if (!name)
		return;
	dm_invoice_facts_explain(f, "debtor_name", "rule %s: \"%s\", %s", rule, name, what);
	g_free(f->debtor_name);
	f->debtor_name = name;
}

/* The debtor's name from its address block, and its kind from what the block holds; a
 * block in the name of @seller's sender is the letterhead or the payee, and passed over. */
static void
read_debtor(const char *t, const char *source, const DmInvoiceFacts *seller, DmInvoiceFacts *f)
{
	DmAddressBlock b;
	const DmAddressBlockOwn own = { is_seller_name, seller };
	if (!dm_address_block_find(t, &own, &b))
		return;
	f->debtor_name = g_strdup(b.name);
	dm_invoice_facts_explain(f, "debtor_name", "%s, rule address-block-%s: \"%s\"", source, b.rule, b.name);
	if (b.run_on)
		dm_invoice_facts_explain(f, "debtor_name", "rule name-runs-over-lines: \"%s\", joined from the two "
					 "lines a narrow cell wrapped it over", b.name);
	/* "mw. I. Vermeulen (ouder van Daan Vermeulen)": the remark says who the debtor is to
	 * the sender; it is no part of the name. */
	rename_debtor(f, dm_debtor_name_without_remark(f->debtor_name), "remark-in-brackets",
		      "without the remark after it");
	/* "Vries, de J.", "Okafor, Grace": a customer file's order, surname first, printed as
	 * the block's name; the name is the one said ("J. de Vries"), as a header's is. */
	rename_debtor(f, dm_debtor_name_from_directory_form(f->debtor_name), "surname-first",
		      "said in its own order");
	/* "Warwickshire County Council, Children's Services": the council owes. */
	rename_debtor(f, dm_debtor_name_without_unit(f->debtor_name), "unit-after-comma",
		      "without its unit after the comma");
	/* "Bakkerij De Korenaar / J. Smit": the trade owes, its owner acts for it. */
	rename_debtor(f, dm_name_persons_before_owner(f->debtor_name), "trade-name-before-owner",
		      "without the owner named after it");
	/* "Dhr. R. Bakker" over "Mevr. L. Bakker-Visser": a couple named one by one owes as
	 * one, joined in the document's language. */
	if (b.partner)
		rename_debtor(f, dm_name_persons_join_couple(f->debtor_name, b.partner, f->language),
			      "couple-one-a-line", "the second person named on the line below");
	char *why = NULL;
	if (b.practice)
		dm_invoice_facts_set_debtor_kind(f, DM_INVOICE_DEBTOR_BUSINESS, source,
						 g_strdup_printf("\"%s\" is billed over the own practice's name "
								 "on the next line: its holder, a business", b.name));
	else if (dm_debtor_block_is_business(b.block, b.name, b.attention, &why))
		dm_invoice_facts_set_debtor_kind(f, DM_INVOICE_DEBTOR_BUSINESS, source, why);
	else
		g_free(why);
	dm_address_block_clear(&b);
}

gboolean
dm_invoice_text_read(const char *text, const GDate *ref, DmInvoiceSource source,
		     DmInvoiceFacts *facts)
{
	g_return_val_if_fail(facts != NULL, FALSE);
	if (!text)
		return FALSE;
	g_autofree char *t = dm_invoice_text_prepare(text);
	gsize len = strlen(t);
	const char *source_name = dm_invoice_source_name(source);
	DmMatch m;

	gboolean keyword = dm_pattern_match(&invoice_word, t, len, 0, &m) ||
			   dm_pattern_match(&fee_title, t, len, 0, &m) ||
			   dm_pattern_match(&bill_title, t, len, 0, &m) ||
			   dm_invoice_text_misspelt_label(t, len) ||
			   (dm_pattern_match(&settlement_title, t, len, 0, &m) &&
			    dm_pattern_match(&settlement_balance, t, len, 0, &m));
	/* A quote ("offerte") says so in its subject; a body may still mention one. */
	gboolean quote = FALSE;
	gboolean credit = FALSE;
	if (dm_pattern_match(&subject_line, t, len, 0, &m)) {
		g_autofree char *subj = dm_match_group(&m, 0);
		DmMatch q, k;
		quote = dm_pattern_match(&quote_word, subj, strlen(subj), 0, &q) &&
			!dm_pattern_match(&invoice_word, subj, strlen(subj), 0, &k);
		credit = dm_pattern_match(&credit_word, subj, strlen(subj), 0, &q) &&
			 !dm_pattern_match(&credit_set_off, subj, strlen(subj), 0, &k);
	}
	credit = credit || dm_pattern_match(&credit_title, t, len, 0, &m);
	/* A self-billing "Gutschrift" (Gutschriftverfahren, § 14 Abs. 2 Satz 2 UStG) stands for
	 * the supplier's invoice: read as one only when it asks for payment (dm-self-billing.h),
	 * it bills (its word names a bill), and credits nothing. */
	keyword = keyword || credit;
	credit = credit && !dm_self_billing_named(t);

	/* Read into a record of its own first: whether the text is an invoice is decided on
	 * all of it, and nothing of a text that is not may reach @facts. */
	g_autoptr(DmInvoiceFacts) f = dm_invoice_facts_new();
	gboolean labelled_number = dm_invoice_text_read_number(t, len, credit, source_name, facts, f);
	if (!labelled_number && dm_invoice_text_count(&quote_word, t, len) > dm_invoice_text_count(&invoice_word, t, len))
		quote = TRUE;

	DmInvoiceTextAmountRank rank = dm_invoice_text_read_amount(t, len, f, source_name);
	f->has_amount = rank != DM_INVOICE_TEXT_AMOUNT_NONE;
	if (f->has_amount && !f->currency[0])
		dm_invoice_text_sole_currency(t, len, f->currency);
	if (f->has_amount && strcmp(f->currency, "USD") == 0) {
		const char *dollar = dm_dollar_country(t, len);
		if (dollar) {
			memcpy(f->currency, dollar, 4);
			dm_invoice_facts_explain(f, "currency", "%s, a bare \"$\" in an invoice from %s", source_name,
						 strcmp(dollar, "CAD") == 0 ? "Canada" : "Australia");
		}
	}
	if (credit) {
		f->credit_reference = dm_invoice_text_credited_invoice(t, len, f->number);
		if (f->credit_reference)
			dm_invoice_facts_explain(f, "credit_reference", "%s, the invoice named beside the credit note",
						 source_name);
		f->credit_note = TRUE;
		f->amount_cents = -ABS(f->amount_cents);
		f->amount_total_cents = -ABS(f->amount_total_cents);
		dm_invoice_facts_explain(f, "credit_note", "%s, a credit note: amounts negative", source_name);
	}

	dm_invoice_text_read_dates(t, len, ref, dm_invoice_text_month_first(t, len, f->currency), source_name, f);
	dm_invoice_text_read_payment(t, len, source_name, f);

	/* A number and an amount are two signs only with something of a bill about them: a
	 * label on the number, a total or due label on the amount, a date, a term, an account
	 * to pay to.  A mail that names an invoice's number (its subject's) and an amount in
	 * its prose, and nothing else, talks about an invoice: one to be replaced, a payment
	 * to be matched to one ("Invoice 4410 (€1,476.00) was addressed to the wrong company",
	 * "Wij ontvingen € 250,00; voor welke factuur?") — unless it says it bills
	 * (bills_in_words: "Hierbij factuur 2026-14 voor het schilderwerk: € 450,00"). */
	gboolean mentioned_only = !labelled_number && rank == DM_INVOICE_TEXT_AMOUNT_ANY &&
				  !g_date_valid(&f->issue_date) && !g_date_valid(&f->due_date) &&
				  f->payment_term_days == 0 && !f->iban && !dm_pattern_match(&bills_in_words, t, len, 0, &m);
	gboolean second_sign = (f->number && f->has_amount && !mentioned_only) || rank == DM_INVOICE_TEXT_AMOUNT_STRONG ||
			       g_date_valid(&f->due_date) || f->payment_term_days > 0;
	/* What keeps the text from being an invoice; N_KINDS when nothing does. */
	DmNotInvoiceKind why = !keyword ? DM_NOT_INVOICE_NO_INVOICE_WORD
			     : quote ? DM_NOT_INVOICE_READS_AS_QUOTE
			     : !(f->number || f->has_amount) ? DM_NOT_INVOICE_NO_NUMBER_OR_AMOUNT
			     : !second_sign ? DM_NOT_INVOICE_NO_SECOND_SIGN
			     : DM_NOT_INVOICE_N_KINDS;
	if (why != DM_NOT_INVOICE_N_KINDS) {
		if (!facts->not_invoice)
			facts->not_invoice = dm_not_invoice_reason_new(
				why, source == DM_INVOICE_SOURCE_PDF ? DM_NOT_INVOICE_IN_PDF_TEXT
								    : DM_NOT_INVOICE_IN_BODY_TEXT, NULL, NULL);
		return FALSE;
	}
	dm_invoice_text_month_end_due_of_mail(t, len, ref, source_name, f);
	/* A credit note's due date is no claim on the debtor. */
	if (credit)
		g_date_clear(&f->due_date, 1), f->payment_term_days = 0;
	f->language = g_strdup(dm_invoice_text_language_of(t, len));
	read_debtor(t, source_name, facts, f);
	f->source = source;
	dm_invoice_facts_fill(facts, f);
	dm_invoice_facts_claim(facts, source);
	return TRUE;
}

char *
dm_invoice_text_number(const char *text)
{
	if (!text)
		return NULL;
	g_autofree char *t = dm_invoice_text_prepare(text);
	return dm_invoice_text_number_named(t, strlen(t));
}

const char *
dm_invoice_text_language(const char *text)
{
	if (!text)
		return NULL;
	g_autofree char *t = dm_invoice_text_prepare(text);
	return dm_invoice_text_language_of(t, strlen(t));
}

int
dm_invoice_text_open_amount(const char *text)
{
	if (!text)
		return -1;
	g_autofree char *t = dm_invoice_text_prepare(text);
	return dm_invoice_text_amount_open(t, strlen(t));
}

char *
dm_invoice_text_settled(const char *text)
{
	if (!text)
		return NULL;
	g_autofree char *t = dm_invoice_text_prepare(text);
	return dm_invoice_text_amount_settled(t, strlen(t));
}

void
dm_invoice_text_dates(const char *text, const GDate *ref, GDate *issue, GDate *due)
{
	g_date_clear(issue, 1);
	g_date_clear(due, 1);
	if (!text)
		return;
	g_autofree char *t = dm_invoice_text_prepare(text);
	gsize len = strlen(t);
	g_autoptr(DmInvoiceFacts) f = dm_invoice_facts_new();
	dm_invoice_text_read_dates(t, len, ref, dm_invoice_text_month_first(t, len, ""), "text", f);
	*issue = f->issue_date;
	*due = f->due_date;
}
