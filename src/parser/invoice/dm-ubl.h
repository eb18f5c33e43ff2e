/* dm-ubl: the UBL 2.x reader behind dm_einvoice_read.  Private to src/parser/invoice. */
#pragma once
#include <libxml/xpath.h>
#include "parser/invoice/dm-invoice-facts.h"

/* Fills the empty fields of @facts from the UBL Invoice or CreditNote that @ctx is set
 * on (the caller has checked the root element). */
void dm_ubl_read(xmlXPathContextPtr ctx, DmInvoiceFacts *facts);
