/* invoice: invoice facts from one message (dm_invoice_extract): the chain of sources.
 *
 * One DmInvoiceFacts is filled by the sources in order of reliability, each filling only
 * what the ones before left empty:
 *   1. an attached e-invoice XML (UBL or CII), the first one that reads;
 *   2. a PDF's embedded e-invoice (Factur-X, ZUGFeRD, XRechnung), the first one;
 *   3. the page text of an attached PDF, the first that reads as an invoice (behind an
 *      e-invoice it only fills what the XML lacks: the structured data is the truth);
 *   4. the body text (a reply in a thread counts only when it states number and amount);
 * then the headers: the debtor from To:, the due date from the issue date (or the
 * message's Date) plus the term.  A second invoice of the same kind is never mixed in.
 * Failures: none reported; a part that cannot be read is skipped (one message's trouble). */
#include "parser/invoice/dm-invoice.h"
#include "common/dm-currency.h"
#include "parser/invoice/dm-invoice-facts.h"
#include "parser/invoice/dm-einvoice.h"
#include "parser/invoice/dm-pdf.h"
#include "parser/invoice/dm-invoice-text.h"
#include "parser/invoice/dm-not-invoice.h"
#include "parser/invoice/dm-business.h"
#include "parser/invoice/dm-debtor-name.h"
#include "parser/invoice/dm-address-block.h"
#include "parser/invoice/dm-table-text.h"
#include "parser/invoice/dm-invoice-rules.h"
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-html.h"
#include "parser/mime/dm-part.h"
#include "parser/mime/dm-part-stream.h"
#include "common/dm-sanitize.h"

#include <string.h>

/* The decoded bytes of a leaf part, or NULL when larger than the cap or unreadable. */
static GByteArray *
part_bytes(GMimePart *part)
{
	gboolean truncated = FALSE;
	GByteArray *bytes = dm_part_decode(part, DM_MAX_ATTACHMENT_BYTES, &truncated);
	if (bytes && truncated)
		g_clear_pointer(&bytes, g_byte_array_unref);
	return bytes;
}

static gboolean
name_ends_with(const char *name, const char *suffix)
{
	return name && g_str_has_suffix(name, suffix);
}

typedef enum { KIND_OTHER, KIND_XML, KIND_PDF } PartKind;

/* The part's content begins as a PDF does; only its first block is decoded. */
static gboolean
starts_as_pdf(GMimePart *part)
{
	static const char magic[] = "%PDF-";
	g_autoptr(GByteArray) head = dm_part_decode(part, sizeof magic - 1, NULL);
	return head && head->len == sizeof magic - 1 && memcmp(head->data, magic, sizeof magic - 1) == 0;
}

static PartKind
part_kind(GMimePart *part)
{
	GMimeContentType *ct = g_mime_object_get_content_type(GMIME_OBJECT(part));
	const char *fname = g_mime_part_get_filename(part);
	g_autofree char *lower = fname ? g_ascii_strdown(fname, -1) : NULL;
	if (g_mime_content_type_is_type(ct, "application", "pdf") || name_ends_with(lower, ".pdf"))
		return KIND_PDF;
	if (g_mime_content_type_is_type(ct, "application", "xml") ||
	    g_mime_content_type_is_type(ct, "text", "xml") || name_ends_with(lower, ".xml"))
		return KIND_XML;
	/* Images, text, audio and the like are never decoded: their type says enough.  Any
	 * other application type (octet-stream, x-download; named ".bin" or not named at all)
	 * may still be a PDF that a tool labelled lazily: its first bytes tell. */
	if (g_mime_content_type_is_type(ct, "application", "*") && starts_as_pdf(part))
		return KIND_PDF;
	return KIND_OTHER;
}

/* The attachments that may hold an invoice, in document order. */
typedef struct {
	GPtrArray *xml;       /* of GBytes, decoded */
	GPtrArray *pdf;       /* of PopplerDocument, opened (NULL for one poppler does not open) */
	GPtrArray *pdf_names; /* of char*, each PDF's file name (NULL where it has none) */
	char *pdf_name;       /* the first PDF's file name (nullable) */
} Attachments;

/* g_ptr_array free function: the array holds NULL for a PDF that did not open. */
static void
document_unref(gpointer doc)
{
	if (doc)
		g_object_unref(doc);
}

/* (transfer full) @part's PDF opened by poppler, once for both its embedded e-invoice
 * and its page text, or NULL when poppler does not open it; FALSE in *@decoded when the
 * part cannot be decoded at all.  Regular base64 is read on demand from the message
 * (dm_part_stream_new): poppler never asks for most of a logo's or a scan's bytes, and
 * they are never decoded.  Anything else is decoded whole first. */
static PopplerDocument *
open_pdf_part(GMimePart *part, gboolean *decoded)
{
	goffset length = 0;
	g_autoptr(GInputStream) lazy = dm_part_stream_new(part, DM_MAX_ATTACHMENT_BYTES, &length);
	*decoded = TRUE;
	if (lazy)
		return dm_pdf_open_stream(lazy, length);
	GByteArray *bytes = part_bytes(part);
	*decoded = bytes != NULL;
	if (!bytes)
		return NULL;
	g_autoptr(GBytes) whole = g_byte_array_free_to_bytes(bytes);
	return dm_pdf_open_bytes(whole);
}

/* dm_message_foreach_part visitor: collects XML and PDF attachments (attached messages,
 * message/rfc822, are not entered: a forwarded invoice is not ours). */
static gboolean
collect_attachment(GMimeObject *obj, gpointer user)
{
	Attachments *found = user;
	if (!GMIME_IS_PART(obj))
		return TRUE;
	PartKind kind = part_kind(GMIME_PART(obj));
	if (kind == KIND_PDF) {
		gboolean decoded = FALSE;
		PopplerDocument *doc = open_pdf_part(GMIME_PART(obj), &decoded);
		if (decoded) {
			g_ptr_array_add(found->pdf, doc);
			g_ptr_array_add(found->pdf_names, g_strdup(g_mime_part_get_filename(GMIME_PART(obj))));
		}
		if (decoded && !found->pdf_name && g_mime_part_get_filename(GMIME_PART(obj)))
			found->pdf_name = g_strdup(g_mime_part_get_filename(GMIME_PART(obj)));
		return TRUE;
	}
	GByteArray *bytes = kind == KIND_XML ? part_bytes(GMIME_PART(obj)) : NULL;
	if (bytes)
		g_ptr_array_add(found->xml, g_byte_array_free_to_bytes(bytes));
	return TRUE;
}

/* (transfer full) @msg's attachments that may hold an invoice (collect_attachment). */
static Attachments
attachments_of(GMimeMessage *msg)
{
	Attachments found = {
		g_ptr_array_new_with_free_func((GDestroyNotify)g_bytes_unref),
		g_ptr_array_new_with_free_func(document_unref),
		g_ptr_array_new_with_free_func(g_free),
		NULL,
	};
	dm_message_foreach_part(msg, collect_attachment, &found);
	return found;
}

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

/* Source 3 of the chain over @texts, the PDFs' page texts (pdf_texts). */
static void
read_pdf_texts(GPtrArray *texts, DmInvoiceFacts *facts)
{
	/* The PDF's text is read even behind an e-invoice, for what the XML lacks (a credit
	 * note's IBAN): the text is at hand already, and it fills only empty fields. */
	gboolean structured = facts->is_invoice;
	for (guint i = 0; i < texts->len && (structured || !facts->is_invoice); i++)
		(void)dm_invoice_text_read(g_ptr_array_index(texts, i), NULL, DM_INVOICE_SOURCE_PDF, facts);
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

/* A reply in a thread ("Re: ...") only counts when it states the invoice outright. */
static gboolean
is_reply(GMimeMessage *msg)
{
	const char *subject = g_mime_message_get_subject(msg);
	if (!subject)
		return FALSE;
	while (*subject == ' ')
		subject++;
	return g_ascii_strncasecmp(subject, "re:", 3) == 0 ||
	       g_ascii_strncasecmp(subject, "antw:", 5) == 0 ||
	       g_ascii_strncasecmp(subject, "aw:", 3) == 0;
}

/* (transfer full) @s in lower-case ASCII letters and digits only ("Café Noord" "cafenoord"). */
static char *
squashed(const char *s)
{
	g_autofree char *ascii = g_str_to_ascii(s, "C");
	GString *out = g_string_new(NULL);
	for (const char *p = ascii; *p; p++)
		if (g_ascii_isalnum(*p))
			g_string_append_c(out, g_ascii_tolower(*p));
	return g_string_free(out, FALSE);
}

/* The domain of @address without its top level, squashed ("harbourhostel"), or NULL.  A
 * country's second level goes too ("hollowaypike.co.uk", "kookaburradigital.com.au"). */
static char *
mail_domain(const char *address)
{
	static const char *const second_levels[] = { "co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", NULL };
	const char *at = address ? strrchr(address, '@') : NULL;
	if (!at)
		return NULL;
	g_autofree char *host = g_ascii_strdown(at + 1, -1);
	char *dot = strrchr(host, '.');
	gboolean country = dot && strlen(dot + 1) == 2;
	if (dot)
		*dot = '\0';
	dot = country ? strrchr(host, '.') : NULL;
	if (dot && g_strv_contains(second_levels, dot + 1))
		*dot = '\0';
	return squashed(host);
}

/* TRUE when the To header's @name is the organisation whose mailbox @address is: the
 * name's letters make up the domain, or the domain nearly all of the name ("Opticien
 * Scherpzicht" <info@opticienscherpzicht.nl>, "The Copper Kettle Tea Rooms"
 * <hello@thecopperkettletearoom.example>).  A person's own surname domain is a small part
 * of the name ("Jan Smit" <jan@smit.example>): no. */
static gboolean
name_is_mail_domain(const char *name, const char *address)
{
	g_autofree char *d = mail_domain(address);
	if (!d)
		return FALSE;
	g_autofree char *n = squashed(name);
	gsize nl = strlen(n), dl = strlen(d);
	return (nl >= 5 && strstr(d, n)) || (dl >= 6 && strstr(n, d) && dl * 4 >= nl * 3);
}

/* (transfer full) (nullable) the To header's display name as a debtor's name: a
 * department or shared mailbox in it ("Kastanje Vastgoedbeheer - facturen", "Accounts
 * Payable") names no one who owes (dm_debtor_name_without_department), nor does one it
 * ends in after a space when the words before it spell the mailbox's domain and the whole
 * does not ("Harbor & Vine AP" <ap@harborvine.example> is Harbor & Vine's accounts
 * payable). */
static char *
to_display_name(GMimeMessage *msg)
{
	g_autofree char *to = dm_message_to_name(msg);
	char *name = dm_debtor_name_without_department(to);
	g_autofree char *rest = dm_debtor_name_without_trailing_department(name);
	g_autofree char *address = rest ? dm_message_to_address(msg) : NULL;
	/* "Kestrel Finance" <info@kestrelfinance.example>: the word is the organisation's. */
	g_autofree char *domain = rest ? mail_domain(address) : NULL;
	g_autofree char *whole = rest ? squashed(name) : NULL;
	if (rest && name_is_mail_domain(rest, address) && !(domain && strstr(domain, whole))) {
		g_free(name);
		name = g_steal_pointer(&rest);
	}
	return name;
}

/* The name an address block gave is one reading; the To header's display name, when the
 * document itself prints it too, is two sources agreeing, and wins (a block reader can
 * take a department or an attention line for the name; the header and the document
 * rarely agree on a wrong one).  The e-invoice's buyer name is never replaced. */
static void
prefer_confirmed_name(DmInvoiceFacts *facts, GMimeMessage *msg, const char *body, const char *doc)
{
	const char *src = facts->field_source[DM_INVOICE_FIELD_DEBTOR_NAME];
	if (!facts->debtor_name || (g_strcmp0(src, "pdf") != 0 && g_strcmp0(src, "body") != 0))
		return;
	g_autofree char *to = to_display_name(msg);
	if (!to || strlen(to) < 3 || g_strcmp0(to, facts->debtor_name) == 0 ||
	    !(dm_address_block_prints_name(body, to) || dm_address_block_prints_name(doc, to)))
		return;
	/* The block's name that holds the header's is the fuller form of the same debtor: a
	 * double surname the header cut ("A. Kuipers" of "A. Kuipers-de Boer"), a couple
	 * ("Jan Lorenz" of "Petra und Jan Lorenz"), a legal form the header left off. */
	if (strstr(facts->debtor_name, to)) {
		dm_invoice_facts_explain(facts, "debtor_name", "the address block's \"%s\", which extends the To "
					 "header's \"%s\"", facts->debtor_name, to);
		return;
	}
	/* An organisation in the block owes; a person the header names reads its mail. */
	if (dm_name_is_organisation(facts->debtor_name, NULL) && !dm_name_is_organisation(to, NULL)) {
		dm_invoice_facts_explain(facts, "debtor_name", "the address block's organisation \"%s\", not the "
					 "To header's person \"%s\", who reads its mail", facts->debtor_name, to);
		return;
	}
	/* The header names the person who reads the mail; the document the one who owes.
	 * The header's name printed as the block's contact ("t.a.v. Marieke Post", "Attn:
	 * Priya Nair", or on the line above the organisation's) is a person at the debtor. */
	if (dm_address_block_names_contact(body, to, facts->debtor_name) ||
	    dm_address_block_names_contact(doc, to, facts->debtor_name)) {
		dm_invoice_facts_explain(facts, "debtor_name", "the address block's \"%s\", not the To header's "
					 "\"%s\", its contact there", facts->debtor_name, to);
		return;
	}
	dm_invoice_facts_explain(facts, "debtor_name", "the To header's \"%s\", which the document prints too, "
				 "over the address block's \"%s\"", to, facts->debtor_name);
	g_free(facts->debtor_name);
	facts->debtor_name = g_steal_pointer(&to);
	facts->field_source[DM_INVOICE_FIELD_DEBTOR_NAME] = g_intern_static_string("headers");
	/* What the block said of the debtor's kind goes with its name: decided again below. */
	const char *bsrc = facts->field_source[DM_INVOICE_FIELD_BUSINESS];
	if (g_strcmp0(bsrc, "pdf") == 0 || g_strcmp0(bsrc, "body") == 0) {
		facts->debtor_kind = DM_INVOICE_DEBTOR_UNKNOWN;
		g_clear_pointer(&facts->debtor_kind_why, g_free);
		facts->field_source[DM_INVOICE_FIELD_BUSINESS] = NULL;
	}
}

/* (transfer full) @cell from after its last word that addresses what follows ("Billed to
 * Pinecrest Outdoor Gear Co.", "Invoice INV-0944 from Brightwater Ltd for Fernhill & Coe
 * LLP") while the rest still spells @domain and names an organisation; @cell whole when no
 * such word stands in it. */
static char *
after_addressing_word(const char *cell, const char *domain)
{
	static const char *const words[] = { " to ", " for ", " voor ", " aan ", " für ", " an " };
	g_autofree char *lower = g_ascii_strdown(cell, -1);
	const char *best = NULL;
	for (guint w = 0; w < G_N_ELEMENTS(words); w++)
		for (const char *p = lower; (p = strstr(p, words[w])); p++) {
			const char *rest = cell + (p - lower) + strlen(words[w]);
			g_autofree char *name = squashed(rest);
			if (strstr(name, domain) && dm_name_is_organisation(rest, NULL) && (!best || rest > best))
				best = rest;
		}
	return g_strdup(best ? best : cell);
}

/* (transfer full) (nullable) an organisation @text names (a cell or a bracket's content
 * with a legal form or an organisation's word) whose name spells the domain of the
 * debtor's mailbox @address: "Project: HX-12 (Harbour Hostel Rotterdam B.V.)" for
 * finance@harbourhostel.nl.  A typed invoice with no address block names the company this
 * way, while the To header names the person who reads the mail. */
static char *
organisation_of_mailbox(const char *text, const char *address)
{
	g_autofree char *domain = mail_domain(address);
	if (!text || !domain || strlen(domain) < 5)
		return NULL;
	g_auto(GStrv) cells = g_strsplit_set(text, "\n\t()|;,:", 4000);
	gsize at = 0;
	for (guint i = 0; cells[i]; at += strlen(cells[i]) + 1, i++) {
		/* "Tanaka Shoten Co., Ltd.": a legal form after a comma is the name's. */
		gboolean comma_form = cells[i + 1] && text[at + strlen(cells[i])] == ',' &&
				      dm_debtor_name_comma_legal_form(cells[i + 1]);
		g_autofree char *whole = comma_form ? g_strconcat(cells[i], ",", cells[i + 1], NULL)
						    : g_strdup(cells[i]);
		g_autofree char *cell = g_strstrip(g_utf8_make_valid(whole, -1));
		if (g_utf8_strlen(cell, -1) > 80 || !dm_name_is_organisation(cell, NULL))
			continue;
		g_autofree char *name = squashed(cell);
		if (strstr(name, domain))
			return after_addressing_word(cell, domain);
	}
	return NULL;
}

/* The To header's person printed as the first line of the debtor's block, another name
 * below it and the address after: the person is the contact, and the name below the
 * organisation that owes — one with no legal form or trade's word to tell it by.  When
 * the header's name is the organisation's own mailbox's, the name below is its contact. */
static void
prefer_organisation_below(DmInvoiceFacts *facts, GMimeMessage *msg, const char *body, const char *doc)
{
	const char *src = facts->field_source[DM_INVOICE_FIELD_DEBTOR_NAME];
	if (!facts->debtor_name || (g_strcmp0(src, "pdf") != 0 && g_strcmp0(src, "body") != 0))
		return;
	g_autofree char *to = to_display_name(msg);
	if (!to || strcmp(to, facts->debtor_name) != 0)
		return;
	g_autofree char *org = dm_address_block_organisation_below(g_strcmp0(src, "pdf") == 0 ? doc : body, to);
	if (!org)
		return;
	g_autofree char *address = dm_message_to_address(msg);
	if (name_is_mail_domain(to, address)) {
		/* The other way round: the organisation first, "Joost Hazelhoff" below its contact. */
		dm_invoice_facts_explain(facts, "debtor_name", "rule name-is-mail-domain: the To header's \"%s\" "
					 "is its mailbox's organisation, \"%s\" below it its contact", to, org);
		facts->debtor_kind = DM_INVOICE_DEBTOR_UNKNOWN;
		dm_invoice_facts_set_debtor_kind(facts, DM_INVOICE_DEBTOR_BUSINESS, "rule name-is-mail-domain",
						 g_strdup_printf("\"%s\", an organisation with a contact", to));
		facts->field_source[DM_INVOICE_FIELD_BUSINESS] = src;
		return;
	}
	dm_invoice_facts_explain(facts, "debtor_name", "rule contact-above-organisation: \"%s\" below the To "
				 "header's \"%s\", its contact", org, to);
	g_free(facts->debtor_name);
	facts->debtor_name = g_steal_pointer(&org);
	/* The organisation replaces the person the block's kind was read from. */
	facts->debtor_kind = DM_INVOICE_DEBTOR_UNKNOWN;
	dm_invoice_facts_set_debtor_kind(facts, DM_INVOICE_DEBTOR_BUSINESS, "rule contact-above-organisation",
					 g_strdup_printf("\"%s\", an organisation with a contact", facts->debtor_name));
	facts->field_source[DM_INVOICE_FIELD_BUSINESS] = src;
}

/* A document that prints no number of its own (a therapist's nota, a photographer's
 * poster) is named by the mail that carries it: its subject ("Nota 2026-384"), else the
 * PDF's file name ("Invoice_0028.pdf", read with its underscores as spaces). */
static void
number_from_mail(DmInvoiceFacts *facts, GMimeMessage *msg, const char *pdf_name)
{
	if (facts->number)
		return;
	const char *subject = g_mime_message_get_subject(msg);
	g_autofree char *subj = subject ? g_utf8_make_valid(subject, MIN(strlen(subject), 998)) : NULL;
	facts->number = dm_invoice_text_number(subj);
	const char *rule = "subject-number", *said = subj;
	g_autofree char *name = NULL;
	if (!facts->number && pdf_name) {
		name = g_utf8_make_valid(pdf_name, MIN(strlen(pdf_name), 255));
		char *dot = strrchr(name, '.');
		if (dot)
			*dot = '\0';
		g_strdelimit(name, "_", ' ');
		facts->number = dm_invoice_text_number(name);
		rule = "file-name-number", said = pdf_name;
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
	Attachments found = attachments_of(msg);
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
	Attachments found = attachments_of(msg);
	g_autoptr(GPtrArray) docs = found.pdf;
	g_ptr_array_unref(found.pdf_names);
	g_autofree char *pdf_name = found.pdf_name;
	g_autoptr(GPtrArray) texts = pdf_texts(docs);
	g_autofree char *doc_text = joined(texts);
	facts->not_invoice = dm_not_invoice_reason(msg, text, doc_text);
	if (!facts->not_invoice && rules)
		facts->not_invoice = dm_invoice_rules_refuse(rules, doc_text);
	if (!facts->not_invoice && rules)
		facts->not_invoice = dm_invoice_rules_refuse(rules, text);
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
	apply_rules(rules, doc_text, text, &sent, facts);
	dm_invoice_facts_mark_sources(facts, "rules");
	read_pdf_texts(texts, facts);
	dm_invoice_facts_mark_sources(facts, "pdf");
	g_ptr_array_unref(found.xml);
	if (facts->is_invoice) {
		/* A structured invoice is the truth; the body only adds what it lacks. */
		(void)dm_invoice_text_read(text, &sent, DM_INVOICE_SOURCE_BODY, facts);
	} else if (dm_invoice_text_read(text, &sent, DM_INVOICE_SOURCE_BODY, facts) &&
		   is_reply(msg) && !(facts->number && facts->has_amount)) {
		/* A reply that only talks about an invoice is not one. */
		g_clear_pointer(&facts, dm_invoice_facts_free);
		facts = dm_invoice_facts_new();
		facts->not_invoice = g_strdup("a reply (Re:) that names no invoice number and amount of its own");
	}
	/* Even a message that is not an invoice has a language a caller can use. */
	if (!facts->language)
		facts->language = g_strdup(dm_invoice_text_language(text));
	if (!facts->is_invoice)
		return g_steal_pointer(&facts);
	/* A source that did not read as an invoice left its reason; a better one did. */
	g_clear_pointer(&facts->not_invoice, g_free);
	dm_invoice_facts_mark_sources(facts, "body");
	number_from_mail(facts, msg, pdf_name);
	dm_invoice_facts_set_string(&facts->debtor_email, dm_message_to_address(msg));
	prefer_organisation_below(facts, msg, text, doc_text);
	prefer_confirmed_name(facts, msg, text, doc_text);
	g_autofree char *to_name = to_display_name(msg);
	g_autofree char *to_address = dm_message_to_address(msg);
	/* No block named the debtor: the To header names it, unless it names a person there
	 * and the text the organisation its mailbox belongs to. */
	if (!facts->debtor_name &&
	    !(to_name && (dm_name_is_organisation(to_name, NULL) || name_is_mail_domain(to_name, to_address)))) {
		g_autofree char *all = g_strconcat(text, "\n", doc_text, NULL);
		facts->debtor_name = organisation_of_mailbox(all, to_address);
		if (facts->debtor_name) {
			dm_invoice_facts_explain(facts, "debtor_name", "rule organisation-of-mailbox: \"%s\" spells the "
						 "domain of %s", facts->debtor_name, to_address);
			facts->field_source[DM_INVOICE_FIELD_DEBTOR_NAME] = g_intern_static_string("text");
		}
	}
	dm_invoice_facts_set_string(&facts->debtor_name, g_steal_pointer(&to_name));
	dm_invoice_facts_mark_sources(facts, "headers");
	dm_invoice_facts_settle_due(facts, &sent);
	currency_from_iban(facts);
	if (facts->debtor_kind == DM_INVOICE_DEBTOR_UNKNOWN) {
		g_autofree char *all = g_strconcat(text, "\n", doc_text, NULL);
		char *why = NULL;
		DmInvoiceDebtorKind kind = dm_debtor_kind_read(all, facts->debtor_name, &why);
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
