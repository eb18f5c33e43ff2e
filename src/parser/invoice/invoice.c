/* invoice: invoice facts from one message (dm_invoice_extract): the chain of sources.
 *
 * One DmInvoiceFacts is filled by the sources in order of reliability, each filling only
 * what the ones before left empty:
 *   1. an attached e-invoice XML (UBL or CII), the first one that reads;
 *   2. a PDF's embedded e-invoice (Factur-X, ZUGFeRD, XRechnung), the first one;
 *   3. the page text of an attached PDF, the first that reads as an invoice (behind an
 *      e-invoice it only fills what the XML lacks: the structured data is the truth);
 *   4. the body text (a reply in a thread counts only when it states number and amount);
 * then the headers: the debtor from To: (its name settled against the block's:
 * header_name.c), the due date from the issue date (or the message's Date) plus the
 * term.  A second invoice of the same kind is never mixed in.  Which parts are read:
 * attachments.c.
 * Failures: none reported; a part that cannot be read is skipped (one message's trouble). */
#include "parser/invoice/dm-invoice.h"
#include "parser/invoice/dm-delivery-due.h"
#include "parser/invoice/dm-address-block.h"
#include "common/dm-currency.h"
#include "parser/invoice/dm-invoice-facts.h"
#include "parser/invoice/dm-einvoice.h"
#include "parser/invoice/dm-file-name-printed.h"
#include "parser/invoice/dm-pdf.h"
#include "parser/invoice/dm-invoice-text.h"
#include "parser/invoice/dm-not-invoice.h"
#include "parser/invoice/dm-business.h"
#include "parser/invoice/dm-table-text.h"
#include "parser/invoice/dm-invoice-rules.h"
#include "parser/invoice/dm-attachments.h"
#include "parser/invoice/dm-header-name.h"
#include "parser/invoice/dm-own-words.h"
#include "parser/invoice/dm-invoice-first.h"
#include "parser/invoice/dm-service-footer.h"
#include "parser/mime/dm-message.h"
#include "parser/text/dm-bank.h"
#include "parser/mime/dm-html.h"
#include "parser/mime/dm-part.h"
#include "parser/mime/dm-subject.h"
#include "common/dm-sanitize.h"

#include <string.h>

typedef gboolean (*ReadFunc)(const char *data, gsize len, DmInvoiceFacts *facts);

/* Fills @facts from the first of @docs that @read reads as an invoice; TRUE if one did. */
static gboolean
read_first(GPtrArray *docs, ReadFunc read, DmInvoiceFacts *facts)
{
	for (guint i = 0; i < docs->len; i++) {
		gsize len = 0;
		const char *data = g_bytes_get_data(g_ptr_array_index(docs, i), &len);
		if (read(data, len, facts))
			return TRUE;
	}
	return FALSE;
}

/* (transfer full) the page text of each document of @docs, in order (NULL for one that
 * did not open). */
static GPtrArray *
pdf_texts(GPtrArray *docs)
{
	GPtrArray *texts = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < docs->len; i++) {
		PopplerDocument *doc = g_ptr_array_index(docs, i);
		g_ptr_array_add(texts, doc ? dm_pdf_document_text(doc) : NULL);
	}
	return texts;
}

/* Source 2 of the chain: the first of @docs with an embedded e-invoice that reads, its
 * fields marked "facturx" whatever its syntax (an XRechnung in UBL inside a PDF too: the
 * source is the PDF's XML).  Behind an attached e-invoice it is a second structured
 * source: compared with the first like any other (a sources_disagree event), and it
 * fills only what the first left empty. */
static gboolean
read_first_embedded(GPtrArray *docs, DmInvoiceFacts *facts)
{
	for (guint i = 0; i < docs->len; i++) {
		PopplerDocument *doc = g_ptr_array_index(docs, i);
		g_autoptr(DmInvoiceFacts) embedded = dm_invoice_facts_new();
		if (!doc || !dm_pdf_document_einvoice(doc, embedded))
			continue;
		embedded->source = DM_INVOICE_SOURCE_FACTURX;
		for (guint k = 0; k < embedded->seller_names->len; k++)
			dm_invoice_facts_add_seller_name(facts, g_strdup(g_ptr_array_index(embedded->seller_names, k)));
		dm_invoice_facts_fill(facts, embedded);
		dm_invoice_facts_claim(facts, DM_INVOICE_SOURCE_FACTURX);
		dm_invoice_facts_mark_sources(facts, dm_invoice_source_name(DM_INVOICE_SOURCE_FACTURX));
		return TRUE;
	}
	return FALSE;
}

/* Source 3 of the chain over @texts, the PDFs' page texts (pdf_texts); the index of the
 * first that read as an invoice, or -1. */
static int
read_pdf_texts(GPtrArray *texts, DmInvoiceFacts *facts)
{
	/* The PDF's text is read even behind an e-invoice, for what the XML lacks (a credit
	 * note's IBAN): the text is at hand already, and it fills only empty fields. */
	gboolean structured = facts->is_invoice;
	int read = -1;
	for (guint i = 0; i < texts->len && (structured || !facts->is_invoice); i++)
		if (dm_invoice_text_read(g_ptr_array_index(texts, i), NULL, DM_INVOICE_SOURCE_PDF, facts) && read < 0)
			read = (int) i;
	return read;
}

/* (transfer full) the PDFs' texts joined, for the title lines the decision looks at. */
static char *
joined(GPtrArray *texts)
{
	GString *all = g_string_new(NULL);
	for (guint i = 0; i < texts->len; i++)
		if (g_ptr_array_index(texts, i))
			g_string_append(all, g_ptr_array_index(texts, i));
	return g_string_free(all, FALSE);
}

/* (transfer full) the body's text: its text/plain, unless that is a stub of the HTML
 * beside it ("amount due EUR 3,166.57. View the HTML version for details"), saying less
 * than a third as much: then the HTML's text, where the invoice is. */
static char *
body_text(GMimeMessage *msg)
{
	GMimePart *plain = NULL, *html = NULL;
	dm_message_text_parts(msg, &plain, &html);
	if (!plain || !html)
		return dm_message_text(msg);
	g_autofree char *text = dm_part_text(plain, DM_MAX_TEXT_BYTES);
	g_autofree char *markup = dm_part_text(html, DM_MAX_HTML_BYTES);
	g_autofree char *rendered = dm_html_to_text(markup, strlen(markup), DM_MAX_TEXT_BYTES);
	return g_strdup(strlen(text) * 3 < strlen(rendered) ? rendered : text);
}

/* Text the body extractor reads: the subject first (freelancers often put
 * "Factuur 2026-0042" only there), then the body. */
static char *
subject_and_body(GMimeMessage *msg)
{
	const char *subject = g_mime_message_get_subject(msg);
	/* An HTML table's header row over its values: each value beside its label too. */
	g_autofree char *rendered = body_text(msg);
	g_autofree char *body = dm_table_text_with_pairs(rendered);
	g_autofree char *subj = subject ? g_utf8_make_valid(subject, MIN(strlen(subject), 998))
					: g_strdup("");
	/* Header folding must not leak line breaks into the subject line. */
	g_strdelimit(subj, "\r\n", ' ');
	return g_strconcat("Subject: ", subj, "\n\n", body, NULL);
}

/* A reply in a thread ("Re:", "AW:", "[EXT] RE:", "SV:" …) only counts when it states
 * the invoice outright.  A forward is no reply: the not-invoice rules refuse it first. */
static gboolean
is_reply(GMimeMessage *msg)
{
	return dm_subject_kind(g_mime_message_get_subject(msg), NULL) == DM_SUBJECT_REPLY;
}

/* (transfer full) (nullable) the number a PDF's file name gives ("Invoice_0028.pdf", read
 * with its underscores as spaces). */
static char *
file_name_number(const char *pdf_name)
{
	if (!pdf_name)
		return NULL;
	g_autofree char *name = g_utf8_make_valid(pdf_name, MIN(strlen(pdf_name), 255));
	char *dot = strrchr(name, '.');
	if (dot)
		*dot = '\0';
	g_strdelimit(name, "_", ' ');
	return dm_invoice_text_number(name);
}

/* Whether @number ends in a run of zeros after a separator ("GS-26-00"): the zero padding
 * of a counter, which no invoice's number ends in by itself. */
static gboolean
ends_in_padding(const char *number, gsize n)
{
	gsize zeros = 0;
	while (zeros < n && number[n - 1 - zeros] == '0')
		zeros++;
	return zeros > 0 && zeros < n && !g_ascii_isalnum(number[n - 1 - zeros]);
}

/* A number a PDF prints cut short (a title set past the page's right edge prints
 * "Gutschrift GS-26-00" of "GS-26-0061") is the mail's longer one that begins with it.
 * Only a cut inside a counter's zero padding counts: one invoice's number beginning
 * another's is common where counters are not padded ("2026-1" and "2026-12"), and a
 * subject may name another invoice than the document. */
static void
number_cut_short(DmInvoiceFacts *facts, const char *subj, const char *pdf_name)
{
	if (g_strcmp0(facts->field_source[DM_INVOICE_FIELD_NUMBER], "pdf") != 0)
		return;
	g_autofree char *from_subject = dm_invoice_text_number(subj);
	g_autofree char *from_file = file_name_number(pdf_name);
	const char *whole = from_subject ? from_subject : from_file;
	gsize n = strlen(facts->number);
	/* Cut inside a run of digits, never at a separator ("RE-12" of "RE-12-B"). */
	if (!whole || n < 4 || strlen(whole) <= n || !g_str_has_prefix(whole, facts->number) ||
	    !ends_in_padding(facts->number, n) || !g_ascii_isdigit(whole[n]))
		return;
	dm_invoice_facts_explain(facts, "number", "rule number-cut-short: the document's \"%s\" begins the mail's \"%s\"",
				 facts->number, whole);
	g_free(facts->number);
	facts->number = g_strdup(whole);
}

/* A document that prints no number of its own (a therapist's nota, a photographer's
 * poster) is named by the mail that carries it: its subject ("Nota 2026-384"), else the
 * PDF's file name ("Invoice_0028.pdf"), else a number the file name gives and @doc_text
 * (nullable) prints under no label ("2027_PR_0211.pdf", file_name_printed.c).  A number it prints, cut short, is
 * made whole from them (number_cut_short). */
static void
number_from_mail(DmInvoiceFacts *facts, GMimeMessage *msg, const char *pdf_name, const char *doc_text)
{
	const char *subject = g_mime_message_get_subject(msg);
	g_autofree char *subj = subject ? g_utf8_make_valid(subject, MIN(strlen(subject), 998)) : NULL;
	if (facts->number) {
		number_cut_short(facts, subj, pdf_name);
		return;
	}
	facts->number = dm_invoice_text_number(subj);
	const char *rule = "subject-number", *said = subj;
	if (!facts->number && pdf_name) {
		facts->number = file_name_number(pdf_name);
		rule = "file-name-number", said = pdf_name;
	}
	if (!facts->number && pdf_name) {
		facts->number = dm_file_name_printed_number(pdf_name, doc_text);
		rule = "file-name-printed", said = pdf_name;
	}
	if (!facts->number)
		return;
	g_autofree char *clean = dm_sanitize_oneline(said, 100);
	dm_invoice_facts_explain(facts, "number", "rule %s: the document prints none, the mail's \"%s\" does",
				 rule, clean);
}

/* Amounts written without a currency ("TOTAAL 672,24") paid to an IBAN of the euro area
 * are in euros: a business there invoices in another currency only by writing it.  So
 * are those paid to a country whose currency's sign others share ("31 750,00 kr" to a
 * Swedish IBAN: SEK).  A British or Swiss invoice writes £, CHF or Fr.: one without is
 * no guess. */
static void
currency_from_iban(DmInvoiceFacts *facts)
{
	if (facts->currency[0] || !facts->has_amount || !facts->iban || strlen(facts->iban) < 2)
		return;
	char country[3] = { facts->iban[0], facts->iban[1], '\0' };
	const DmCurrency *c = dm_currency_of_country(country);
	if (!c || (strcmp(c->code, "EUR") != 0 && !dm_currency_sign_shared(c)))
		return;
	memcpy(facts->currency, c->code, 4);
	facts->field_source[DM_INVOICE_FIELD_CURRENCY] = facts->field_source[DM_INVOICE_FIELD_IBAN];
	dm_invoice_facts_explain(facts, "currency", "rule iban-country: no currency written, or a sign several "
				 "share, paid to an IBAN of %s (%s)", country, c->code);
}

/* The debtor's name as the ledger keeps it: without the "Mrs" or "Herrn" the address
 * printed before it (corpus/invoices/README.md, labelling choices), once the debtor's
 * kind has been read from it.  A structured invoice's buyer name is kept as it is. */
static void
drop_form_of_address(DmInvoiceFacts *facts)
{
	const char *src = facts->field_source[DM_INVOICE_FIELD_DEBTOR_NAME];
	if (g_strcmp0(src, "pdf") != 0 && g_strcmp0(src, "body") != 0 && g_strcmp0(src, "headers") != 0 &&
	    g_strcmp0(src, "text") != 0)
		return;
	g_autofree char *bare = dm_name_without_form_of_address(facts->debtor_name);
	if (!bare)
		return;
	dm_invoice_facts_explain(facts, "debtor_name", "rule form-of-address: \"%s\" without the form of "
				 "address printed before it", bare);
	g_free(facts->debtor_name);
	facts->debtor_name = g_steal_pointer(&bare);
}

DmInvoiceTexts *
dm_invoice_texts(GMimeMessage *msg)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), NULL);
	DmInvoiceAttachments found = dm_invoice_attachments(msg);
	g_ptr_array_unref(found.xml);
	g_free(found.pdf_name);
	DmInvoiceTexts *texts = g_new0(DmInvoiceTexts, 1);
	texts->pdf = pdf_texts(found.pdf);
	texts->pdf_names = found.pdf_names;
	texts->body = subject_and_body(msg);
	g_ptr_array_unref(found.pdf);
	return texts;
}

void
dm_invoice_texts_free(DmInvoiceTexts *texts)
{
	if (!texts)
		return;
	g_ptr_array_unref(texts->pdf);
	g_ptr_array_unref(texts->pdf_names);
	g_free(texts->body);
	g_free(texts);
}

DmInvoiceFacts *
dm_invoice_extract(GMimeMessage *msg)
{
	return dm_invoice_extract_with_rules(msg, NULL);
}

/* A reply's own words leave out the sender's signature (own_words.c), so that its VAT and
 * KvK numbers are not taken for the debtor's; its IBAN is the account the invoice is to be
 * paid to all the same ("Gr. Sjoerd / Klusbedrijf Osinga / IBAN NL31 …").  Taken from
 * @signed_own (dm_own_words_signed) when the own words named none. */
static void
iban_from_signature(DmInvoiceFacts *facts, const char *signed_own)
{
	if (facts->iban)
		return;
	facts->iban = dm_iban_find(signed_own, strlen(signed_own), NULL);
	if (facts->iban)
		dm_invoice_facts_explain(facts, "iban", "body, the sender's signature");
}

/* The user's rules over the PDFs' text, then the body's: fills empty fields, and makes an
 * invoice of a text the rules give number and amount for (source: where they matched). */
static void
apply_rules(const DmRuleFile *rules, const char *doc_text, const char *body, const GDate *sent,
	    DmInvoiceFacts *facts)
{
	if (!rules)
		return;
	if (dm_invoice_rules_apply(rules, doc_text, sent, facts))
		dm_invoice_facts_claim(facts, DM_INVOICE_SOURCE_PDF);
	if (dm_invoice_rules_apply(rules, body, sent, facts))
		dm_invoice_facts_claim(facts, DM_INVOICE_SOURCE_BODY);
}

DmInvoiceFacts *
dm_invoice_extract_with_rules(GMimeMessage *msg, const DmRuleFile *rules)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), dm_invoice_facts_new());
	GDate sent = dm_message_date(msg);
	g_autofree char *text = subject_and_body(msg);
	g_autoptr(DmInvoiceFacts) facts = dm_invoice_facts_new();
	DmInvoiceAttachments found = dm_invoice_attachments(msg);
	g_autoptr(GPtrArray) docs = found.pdf;
	g_autoptr(GPtrArray) pdf_names = found.pdf_names;
	g_autofree char *first_pdf_name = found.pdf_name;
	g_autoptr(GPtrArray) texts = pdf_texts(docs);
	dm_invoice_first(texts, pdf_names);
	g_autofree char *doc_text = joined(texts);
	/* In a reply the facts are the sender's: the customer's quoted mail (their name, their
	 * "the deposit is paid", the quote's total and its "the invoice follows") and the
	 * sender's signature are left out (own_words.c).  A forward keeps what it quotes: the
	 * quoted header says whose mail is passed on. */
	g_autofree char *own = dm_own_words_of_reply(msg, text);
	facts->not_invoice = dm_not_invoice_decide(msg, own, doc_text);
	if (!facts->not_invoice && rules)
		facts->not_invoice = dm_invoice_rules_refuse(rules, doc_text);
	if (!facts->not_invoice && rules)
		facts->not_invoice = dm_invoice_rules_refuse(rules, own);
	if (facts->not_invoice) {
		g_ptr_array_unref(found.xml);
		facts->language = g_strdup(dm_invoice_text_language(text));
		return g_steal_pointer(&facts);
	}
	/* Each source is marked on the fields it filled as soon as it has read, so that a
	 * later source that disagrees is named against the right one. */
	gboolean structured = read_first(found.xml, dm_einvoice_read, facts);
	if (structured)
		dm_invoice_facts_mark_sources(facts, dm_invoice_source_name(facts->source));
	structured = read_first_embedded(docs, facts) || structured;
	/* The sender's names, which the texts' readers never take for the debtor's: the
	 * e-invoice's seller (read above) and the From header's. */
	dm_invoice_facts_add_seller_name(facts, dm_message_from_name(msg));
	g_autofree char *from_address = dm_message_from_address(msg);
	dm_invoice_facts_set_seller_domain(facts, from_address);
	apply_rules(rules, doc_text, own, &sent, facts);
	dm_invoice_facts_mark_sources(facts, "rules");
	int pdf_read = read_pdf_texts(texts, facts);
	dm_invoice_facts_mark_sources(facts, "pdf");
	/* The file a number is read from or completed by is the PDF that was read, not the
	 * mail's first (its terms and conditions, a work order); with none read, the first
	 * PDF's that has a name. */
	const char *pdf_name = pdf_read >= 0 && g_ptr_array_index(pdf_names, pdf_read)
			       ? g_ptr_array_index(pdf_names, pdf_read) : first_pdf_name;
	g_ptr_array_unref(found.xml);
	/* The answer with the sender's signature: the account to pay to often stands only there. */
	g_autofree char *signed_own = dm_own_words_signed(msg, text);
	if (facts->is_invoice) {
		/* A structured invoice is the truth; the body only adds what it lacks. */
		(void)dm_invoice_text_read(own, &sent, DM_INVOICE_SOURCE_BODY, facts);
		iban_from_signature(facts, signed_own);
	} else if (dm_invoice_text_read(own, &sent, DM_INVOICE_SOURCE_BODY, facts)) {
		iban_from_signature(facts, signed_own);
		if (is_reply(msg) && !(facts->number && facts->has_amount &&
				       (dm_not_invoice_sets_out(dm_own_words_body_of(own)) ||
					dm_own_words_state_invoice(signed_own, facts->number, facts->iban)))) {
			/* A reply that only talks about an invoice is not one: the number its
			 * subject carries is the thread's, and an amount it names is the one
			 * asked about. */
			g_clear_pointer(&facts, dm_invoice_facts_free);
			facts = dm_invoice_facts_new();
			facts->not_invoice = dm_not_invoice_reason_new(DM_NOT_INVOICE_REPLY_WITHOUT_INVOICE,
								       DM_NOT_INVOICE_IN_NOTHING, NULL, NULL);
		}
	}
	/* Even a message that is not an invoice has a language a caller can use. */
	if (!facts->language)
		facts->language = g_strdup(dm_invoice_text_language(text));
	if (!facts->is_invoice)
		return g_steal_pointer(&facts);
	/* A source that did not read as an invoice left its reason; a better one did. */
	g_clear_pointer(&facts->not_invoice, dm_not_invoice_reason_free);
	dm_invoice_facts_mark_sources(facts, "body");
	number_from_mail(facts, msg, pdf_name, doc_text);
	dm_invoice_facts_set_string(&facts->debtor_email, dm_message_to_address(msg));
	g_autofree char *named = dm_own_words_without_header_blocks(own);
	dm_header_name_settle(facts, msg, named, doc_text);
	dm_invoice_facts_mark_sources(facts, "headers");
	/* Payable on delivery: due the day the page or the cover note names (dm-delivery-due.h). */
	GDate delivered;
	if (!g_date_valid(&facts->due_date) &&
	    dm_delivery_due(doc_text, dm_own_words_body_of(own),
			    g_date_valid(&facts->issue_date) ? &facts->issue_date : &sent, &delivered)) {
		facts->due_date = delivered;
		dm_invoice_facts_explain(facts, "due_date", "rule due-on-delivery: payable on delivery, "
					 "the delivery's day the mail names");
	}
	dm_invoice_facts_settle_due(facts, &sent);
	currency_from_iban(facts);
	if (facts->debtor_kind == DM_INVOICE_DEBTOR_UNKNOWN) {
		/* Not the sender's signature: its VAT and KvK numbers are the sender's own; nor a
		 * sending service's footer, whose numbers are the service's (dm-service-footer.h). */
		g_autofree char *no_signature = dm_own_words_unsigned(own);
		g_autofree char *unsigned_text = dm_service_footer_cut(no_signature);
		g_autofree char *all = g_strconcat(unsigned_text, "\n", doc_text, NULL);
		/* "P.J. Smit" / "p/a Beheerkantoor Wijnands": the mail goes to the office acting
		 * for the debtor, whose mailbox says nothing of the debtor's kind. */
		gboolean posted_via = dm_address_block_posted_via(all, facts->debtor_name);
		if (posted_via)
			dm_invoice_facts_explain(facts, "business", "\"%s\" is sent the invoice care of someone acting "
						 "for it: the mailbox %s is theirs, not read", facts->debtor_name,
						 facts->debtor_email);
		char *why = NULL;
		DmInvoiceDebtorKind kind = dm_debtor_kind_read(all, facts->debtor_name,
							       posted_via ? NULL : facts->debtor_email, &why);
		if (kind != DM_INVOICE_DEBTOR_UNKNOWN) {
			dm_invoice_facts_set_debtor_kind(facts, kind, NULL, why);
		} else {
			dm_invoice_facts_explain(facts, "business", "%s", why);
			g_free(facts->debtor_kind_why);
			facts->debtor_kind_why = why;
		}
		dm_invoice_facts_mark_sources(facts, "text");
	}
	if (!facts->field_source[DM_INVOICE_FIELD_BUSINESS])
		facts->field_source[DM_INVOICE_FIELD_BUSINESS] = g_intern_static_string("default");
	drop_form_of_address(facts);
	return g_steal_pointer(&facts);
}
