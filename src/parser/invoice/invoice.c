/* invoice: invoice facts from one message (dm_invoice_extract), and the facts record.
 *
 * Sources are tried best first: an attached e-invoice XML (UBL, or CII), a PDF with an
 * embedded Factur-X / ZUGFeRD XML, the text of an attached PDF, the body text.  Facts a
 * better source lacks are filled from the body (language, a payment term) and from the
 * headers (debtor address from To:, due date from the Date header plus the term).
 * Failures: none reported; a part that cannot be read is skipped (one message's trouble). */
#include "parser/invoice/dm-invoice.h"
#include "parser/invoice/dm-einvoice.h"
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-part.h"

#include <string.h>

const char *
dm_invoice_source_name(DmInvoiceSource source)
{
	switch (source) {
	case DM_INVOICE_SOURCE_UBL:
		return "ubl";
	case DM_INVOICE_SOURCE_FACTURX:
		return "facturx";
	case DM_INVOICE_SOURCE_PDF:
		return "pdf";
	case DM_INVOICE_SOURCE_BODY:
		return "body";
	case DM_INVOICE_SOURCE_NONE:
	default:
		return NULL;
	}
}

DmInvoiceFacts *
dm_invoice_facts_new(void)
{
	DmInvoiceFacts *f = g_new0(DmInvoiceFacts, 1);
	g_date_clear(&f->issue_date, 1);
	g_date_clear(&f->due_date, 1);
	return f;
}

void
dm_invoice_facts_free(DmInvoiceFacts *facts)
{
	if (!facts)
		return;
	g_free(facts->number);
	g_free(facts->debtor_email);
	g_free(facts->debtor_name);
	g_free(facts->language);
	g_free(facts);
}

void
dm_invoice_facts_settle_due(DmInvoiceFacts *facts, const GDate *fallback)
{
	g_return_if_fail(facts != NULL);
	if (g_date_valid(&facts->due_date) || facts->payment_term_days <= 0)
		return;
	const GDate *base = g_date_valid(&facts->issue_date) ? &facts->issue_date : fallback;
	if (!base || !g_date_valid(base))
		return;
	facts->due_date = *base;
	g_date_add_days(&facts->due_date, (guint)facts->payment_term_days);
}

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
	return KIND_OTHER;
}

static int
source_rank(DmInvoiceSource s)
{
	switch (s) {
	case DM_INVOICE_SOURCE_UBL:
		return 4;
	case DM_INVOICE_SOURCE_FACTURX:
		return 3;
	case DM_INVOICE_SOURCE_PDF:
		return 2;
	case DM_INVOICE_SOURCE_BODY:
		return 1;
	case DM_INVOICE_SOURCE_NONE:
	default:
		return 0;
	}
}

/* dm_message_foreach_part visitor keeping in *user the best attachment-borne facts
 * (transfer full) so far; stops once they come from UBL, which nothing beats. */
static gboolean
consider_attachment(GMimeObject *obj, gpointer user)
{
	DmInvoiceFacts **best = user;
	if (!GMIME_IS_PART(obj))
		return TRUE;
	PartKind kind = part_kind(GMIME_PART(obj));
	if (kind == KIND_OTHER)
		return TRUE;
	GByteArray *bytes = part_bytes(GMIME_PART(obj));
	if (!bytes)
		return TRUE;
	DmInvoiceFacts *f = kind == KIND_PDF
		? dm_pdf_extract((const char *)bytes->data, bytes->len)
		: dm_einvoice_xml_extract((const char *)bytes->data, bytes->len);
	g_byte_array_unref(bytes);
	if (!f)
		return TRUE;
	if (!*best || source_rank(f->source) > source_rank((*best)->source)) {
		dm_invoice_facts_free(*best);
		*best = f;
	} else {
		dm_invoice_facts_free(f);
	}
	return (*best)->source != DM_INVOICE_SOURCE_UBL;
}

/* The best attachment-borne facts (transfer full), or NULL.  Attached messages
 * (message/rfc822) are not entered: a forwarded invoice is not ours. */
static DmInvoiceFacts *
best_attachment(GMimeMessage *msg)
{
	DmInvoiceFacts *best = NULL;
	dm_message_foreach_part(msg, consider_attachment, &best);
	return best;
}

static void
fill_from(DmInvoiceFacts *into, const DmInvoiceFacts *from)
{
	if (!into->number && from->number)
		into->number = g_strdup(from->number);
	if (!into->has_amount && from->has_amount) {
		into->has_amount = TRUE;
		into->amount_cents = from->amount_cents;
		memcpy(into->currency, from->currency, sizeof into->currency);
	}
	if (!into->currency[0] && from->currency[0])
		memcpy(into->currency, from->currency, sizeof into->currency);
	if (!g_date_valid(&into->issue_date) && g_date_valid(&from->issue_date))
		into->issue_date = from->issue_date;
	if (!g_date_valid(&into->due_date) && g_date_valid(&from->due_date))
		into->due_date = from->due_date;
	if (!into->payment_term_days)
		into->payment_term_days = from->payment_term_days;
	if (!into->debtor_email && from->debtor_email)
		into->debtor_email = g_strdup(from->debtor_email);
	if (!into->debtor_name && from->debtor_name)
		into->debtor_name = g_strdup(from->debtor_name);
	if (!into->language && from->language)
		into->language = g_strdup(from->language);
}

/* Text the body extractor reads: the subject first (freelancers often put
 * "Factuur 2026-0042" only there), then the body. */
static char *
subject_and_body(GMimeMessage *msg)
{
	const char *subject = g_mime_message_get_subject(msg);
	g_autofree char *body = dm_message_text(msg);
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

DmInvoiceFacts *
dm_invoice_extract(GMimeMessage *msg)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), dm_invoice_facts_new());
	GDate sent = dm_message_date(msg);
	g_autofree char *text = subject_and_body(msg);
	g_autoptr(DmInvoiceFacts) body = dm_invoice_text_extract(text, &sent,
								 DM_INVOICE_SOURCE_BODY);
	DmInvoiceFacts *facts = best_attachment(msg);
	if (facts) {
		/* A structured invoice is the truth; the body only adds what it lacks. */
		fill_from(facts, body);
	} else if (body->is_invoice &&
		   (!is_reply(msg) || (body->number && body->has_amount))) {
		facts = g_steal_pointer(&body);
	} else {
		facts = dm_invoice_facts_new();
		/* Not an invoice: the language is still useful to a caller. */
		facts->language = g_strdup(body->language);
		return facts;
	}
	if (!facts->debtor_email)
		facts->debtor_email = dm_message_to_address(msg);
	if (!facts->debtor_name)
		facts->debtor_name = dm_message_to_name(msg);
	dm_invoice_facts_settle_due(facts, &sent);
	return facts;
}
