/* dm-einvoice: the one e-invoice dispatcher.  Private to src/parser.
 * Pure: no database, clock or network. */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-invoice-facts.h"

/* Parses @xml (@len bytes) once and hands the document to the UBL reader (root Invoice or
 * CreditNote in the UBL 2 namespaces) or the CII reader (root CrossIndustryInvoice, or
 * ZUGFeRD 1's CrossIndustryDocument).  TRUE when it is one of them: the empty fields of
 * @facts are filled and, unless it already was one, @facts becomes an invoice with
 * source UBL or FACTURX.  FALSE (and @facts untouched) for anything else. */
gboolean dm_einvoice_read(const char *xml, gsize len, DmInvoiceFacts *facts);
