/* dm-invoice: invoice facts from one outgoing message.
 *
 * Sources, best first: an attached UBL invoice (.xml), a Factur-X / ZUGFeRD PDF (its
 * embedded CII XML), the text of an attached PDF, the body text (Dutch, English).
 * Pure: no database, clock or network. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>

typedef enum {
	DM_INVOICE_SOURCE_NONE = 0,
	DM_INVOICE_SOURCE_UBL,
	DM_INVOICE_SOURCE_FACTURX,
	DM_INVOICE_SOURCE_PDF,
	DM_INVOICE_SOURCE_BODY,
} DmInvoiceSource;

/* "ubl", "facturx", "pdf", "body", or NULL for NONE. */
const char *dm_invoice_source_name(DmInvoiceSource source);

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
} DmInvoiceFacts;

DmInvoiceFacts *dm_invoice_facts_new(void);
void dm_invoice_facts_free(DmInvoiceFacts *facts);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmInvoiceFacts, dm_invoice_facts_free)

/* (transfer full) Never NULL for a parsed message: is_invoice is FALSE when the message
 * is not an invoice.  When the invoice states a payment term but no due date, due_date is
 * issue date (or the message's Date) + term. */
DmInvoiceFacts *dm_invoice_extract(GMimeMessage *msg);
