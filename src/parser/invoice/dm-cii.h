/* dm-cii: the Cross Industry Invoice reader behind dm_einvoice_read.
 * Private to src/parser/invoice. */
#pragma once
#include <libxml/xpath.h>
#include "parser/invoice/dm-invoice-facts.h"

/* Fills the empty fields of @facts from the CII (or ZUGFeRD 1) document that @ctx is set
 * on (the caller has checked the root element). */
void dm_cii_read(xmlXPathContextPtr ctx, DmInvoiceFacts *facts);
