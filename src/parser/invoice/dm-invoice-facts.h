/* dm-invoice-facts: the one invoice-facts record (DmInvoiceFacts), and how the invoice
 * sources fill it.  Included by dm-invoice.h for its callers.
 *
 * The sources run in order of reliability (e-invoice XML, Factur-X in a PDF, PDF text,
 * body text) over one record, and each fills only what is still empty: what a better
 * source said is never overwritten by a worse one. */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-not-invoice-reason.h"

/* Attachments larger than this are not opened (hostile input; real invoices are small). */
#define DM_MAX_ATTACHMENT_BYTES (20 * 1024 * 1024)

typedef enum {
	DM_INVOICE_SOURCE_NONE = 0,
	DM_INVOICE_SOURCE_UBL,
	DM_INVOICE_SOURCE_FACTURX,
	DM_INVOICE_SOURCE_PDF,
	DM_INVOICE_SOURCE_BODY,
} DmInvoiceSource;

/* "ubl", "facturx", "pdf", "body", or NULL for NONE. */
const char *dm_invoice_source_name(DmInvoiceSource source);

/* The fields whose source is recorded (field_source) and compared between sources. */
typedef enum {
	DM_INVOICE_FIELD_NUMBER = 0,
	DM_INVOICE_FIELD_AMOUNT_DUE,
	DM_INVOICE_FIELD_CURRENCY,
	DM_INVOICE_FIELD_ISSUE_DATE,
	DM_INVOICE_FIELD_DUE_DATE,
	DM_INVOICE_FIELD_DEBTOR_EMAIL,
	DM_INVOICE_FIELD_DEBTOR_NAME,
	DM_INVOICE_FIELD_AMOUNT_TOTAL,
	DM_INVOICE_FIELD_PAYMENT_REFERENCE,
	DM_INVOICE_FIELD_IBAN,
	DM_INVOICE_FIELD_BUSINESS,
	DM_INVOICE_FIELD_CREDIT_REFERENCE,
	DM_INVOICE_N_FIELDS
} DmInvoiceField;

/* (transfer none) "number", "amount_due", "currency", … (the parse --json names). */
const char *dm_invoice_field_name(DmInvoiceField field);

/* Two sources of one invoice that state a field differently, in parts, so that dunmaild
 * can store them and the digest word them in the owner's language.  A source is named as
 * dm_invoice_source_name() or field_source names it ("rules"), or "the first source" /
 * "another source" when the reader cannot name it. */
typedef struct {
	DmInvoiceField field;
	char *kept, *ours;          /* the source whose value was kept, and that value */
	char *other, *theirs;       /* the other source, and the value it states */
} DmInvoiceDisagreement;

/* (transfer full) a disagreement; the strings are copied. */
DmInvoiceDisagreement *dm_invoice_disagreement_new(DmInvoiceField field, const char *kept,
						   const char *ours, const char *other,
						   const char *theirs);
void dm_invoice_disagreement_free(DmInvoiceDisagreement *d);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmInvoiceDisagreement, dm_invoice_disagreement_free)
/* (transfer full) the English line `dunmail parse` prints: "amount_due: ubl says 1250.00,
 * body says 1205.00; kept ubl". */
char *dm_invoice_disagreement_text(const DmInvoiceDisagreement *d);

/* What the invoice says its debtor is.  The law differs: a Dutch consumer must have had
 * the 14-day letter before collection costs may be claimed (art. 6:96 lid 6 BW).  UNKNOWN
 * when the invoice says neither; the configured default applies downstream. */
typedef enum {
	DM_INVOICE_DEBTOR_UNKNOWN = 0,
	DM_INVOICE_DEBTOR_BUSINESS,
	DM_INVOICE_DEBTOR_CONSUMER,
} DmInvoiceDebtorKind;

/* (transfer none) "unknown", "business", "consumer" (the parse --json debtor_kind). */
const char *dm_invoice_debtor_kind_name(DmInvoiceDebtorKind kind);

typedef struct {
	gboolean is_invoice;
	char *number;               /* NULL when unknown */
	gboolean has_amount;
	gint64 amount_cents;        /* amount payable, minor units */
	char currency[4];           /* ISO 4217, "" when unknown */
	GDate issue_date;           /* invalid when unknown */
	GDate due_date;             /* invalid when unknown; see payment_term_days */
	int payment_term_days;      /* 0 when none stated */
	char *debtor_email;         /* normalized, NULL when unknown */
	char *debtor_name;
	char *language;             /* "nl", "en" or NULL: the language the invoice is in */
	DmInvoiceSource source;
	gboolean has_total;
	gint64 amount_total_cents;  /* the total incl. VAT before deposits paid; minor units */
	char *payment_reference;    /* betalingskenmerk, RF reference, Verwendungszweck */
	char *iban;                 /* the creditor's IBAN, checksum verified, no spaces */
	DmInvoiceDebtorKind debtor_kind;    /* business: a VAT / KvK number, a legal form…;
	                                     * consumer: a personal title (Dhr., Frau) */
	char *debtor_kind_why;      /* what said so ("addressed as \"Dhr.\""); for UNKNOWN
	                             * what was looked for, once the reading is done */
	gboolean credit_note;       /* a credit note: the amounts are negative */
	DmNotInvoiceReason *not_invoice;    /* why the message is judged not an invoice, or NULL */
	GPtrArray *explain;         /* of char*: "field: where it came from", in order */
	char *credit_reference;     /* a credit note: the number of the invoice it corrects */
	/* Where each field came from: an interned source name ("ubl", "facturx", "pdf",
	 * "body", "rules", "headers", "envelope", "default"), NULL while the field is empty. */
	const char *field_source[DM_INVOICE_N_FIELDS];
	/* of DmInvoiceDisagreement*: one per field two sources stated differently (the better
	 * source's value is kept). */
	GPtrArray *disagreements;
	/* of char*: the names the sender goes by (the e-invoice's seller, the From header's
	 * display name): a name read as the debtor's that is one of them is the letterhead's. */
	GPtrArray *seller_names;
	/* The firm the sender's mail domain spells ("pryceandsons" of office@pryceandsons.co.uk;
	 * dm-seller-domain.h), NULL for a free-mail or short one: a letterhead named so is the
	 * sender's even when the From name is a person's (an office manager, a VA). */
	char *seller_domain;
} DmInvoiceFacts;

DmInvoiceFacts *dm_invoice_facts_new(void);
void dm_invoice_facts_free(DmInvoiceFacts *facts);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmInvoiceFacts, dm_invoice_facts_free)

/* --- for the sources (src/parser/invoice) --- */

/* Marks @facts as an invoice read from @source, unless a better source came first. */
void dm_invoice_facts_claim(DmInvoiceFacts *facts, DmInvoiceSource source);
/* Sets *@field to @value (transfer full, nullable) when *@field is still NULL; otherwise
 * frees @value. */
void dm_invoice_facts_set_string(char **field, char *value);
/* Sets *@field to @value when *@field is still invalid and @value is valid. */
void dm_invoice_facts_set_date(GDate *field, const GDate *value);
/* Sets the amount when none is known yet. */
void dm_invoice_facts_set_amount(DmInvoiceFacts *facts, gint64 cents);
/* Sets the debtor's kind to @kind (not UNKNOWN) because of @why (transfer full) when it
 * is still unknown, and explains it as "business: @source, @why"; otherwise frees @why. */
void dm_invoice_facts_set_debtor_kind(DmInvoiceFacts *facts, DmInvoiceDebtorKind kind,
				      const char *source, char *why);
/* Adds "@field: @where" to the explanation (printf-style @where). */
void dm_invoice_facts_explain(DmInvoiceFacts *facts, const char *field, const char *where, ...)
	G_GNUC_PRINTF(3, 4);
/* Records @source (any string; interned) as the source of every field of @facts that has
 * a value and no source yet: called after each source of the chain has read. */
void dm_invoice_facts_mark_sources(DmInvoiceFacts *facts, const char *source);
/* (transfer full) "number=ubl amount_due=ubl due_date=body …", the fields with a source in
 * field order; "" when none. */
char *dm_invoice_facts_sources_text(const DmInvoiceFacts *facts);
/* Sets field_source from dm_invoice_facts_sources_text()'s form; unknown names are skipped. */
void dm_invoice_facts_sources_parse(DmInvoiceFacts *facts, const char *text);
/* Fills the empty fields of @into from @from (the explanation lines are appended).  Where
 * both have a value and they differ, @into's is kept and the disagreement recorded, naming
 * @into's source for the field and @from->source. */
void dm_invoice_facts_fill(DmInvoiceFacts *into, const DmInvoiceFacts *from);
/* Adds @name (nullable, transfer full) to the sender's names when not blank. */
void dm_invoice_facts_add_seller_name(DmInvoiceFacts *facts, char *name);
/* Sets the firm the sender's mail address @address (nullable) spells, for
 * dm_invoice_facts_is_seller_name (dm_seller_domain_label). */
void dm_invoice_facts_set_seller_domain(DmInvoiceFacts *facts, const char *address);
/* TRUE when @name is one of the sender's names, or one of them begins with it followed by
 * no more of a word ("Acme B.V." in "Acme B.V. | Facturen"), compared case-folded; or the
 * sender's mail domain spells its beginning ("Pryce & Sons Plumbing Ltd" from
 * pryceandsons.co.uk). */
gboolean dm_invoice_facts_is_seller_name(const DmInvoiceFacts *facts, const char *name);
/* When there is no due date but a term: due = issue date (else @fallback) + term. */
void dm_invoice_facts_settle_due(DmInvoiceFacts *facts, const GDate *fallback);
