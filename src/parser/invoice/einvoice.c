/* einvoice: the one e-invoice dispatcher (dm_einvoice_read).
 *
 * The XML is parsed once (dm_xml_read: no network, no DTD, no entities) and the root
 * element decides the reader: UBL's Invoice or CreditNote in their own namespaces, or a
 * Cross Industry Invoice (CrossIndustryInvoice; ZUGFeRD 1's CrossIndustryDocument) in any
 * namespace, because the CII versions differ in URI but not in the fields we read.
 * Failures: none reported; XML that is neither is "not an e-invoice". */
#include "parser/invoice/dm-einvoice.h"
#include "parser/invoice/dm-invoice-facts.h"
#include "parser/invoice/dm-ubl.h"
#include "parser/invoice/dm-cii.h"
#include "parser/invoice/dm-xml.h"

#include <string.h>

#define NS_UBL_INVOICE "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
#define NS_UBL_CREDIT  "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"

static DmInvoiceSource
syntax_of(xmlDocPtr doc)
{
	xmlNodePtr root = xmlDocGetRootElement(doc);
	const char *name = (const char *) root->name;
	const char *ns = root->ns ? (const char *) root->ns->href : "";
	if ((strcmp(name, "Invoice") == 0 && strcmp(ns, NS_UBL_INVOICE) == 0) ||
	    (strcmp(name, "CreditNote") == 0 && strcmp(ns, NS_UBL_CREDIT) == 0))
		return DM_INVOICE_SOURCE_UBL;
	if (strcmp(name, "CrossIndustryInvoice") == 0 || strcmp(name, "CrossIndustryDocument") == 0)
		return DM_INVOICE_SOURCE_FACTURX;
	return DM_INVOICE_SOURCE_NONE;
}

gboolean
dm_einvoice_read(const char *xml, gsize len, DmInvoiceFacts *facts)
{
	g_return_val_if_fail(facts != NULL, FALSE);
	xmlDocPtr doc = dm_xml_read(xml, len);
	if (!doc)
		return FALSE;
	DmInvoiceSource syntax = syntax_of(doc);
	xmlXPathContextPtr ctx = syntax != DM_INVOICE_SOURCE_NONE ? xmlXPathNewContext(doc) : NULL;
	gboolean read = ctx != NULL;
	if (read) {
		if (syntax == DM_INVOICE_SOURCE_UBL)
			dm_ubl_read(ctx, facts);
		else
			dm_cii_read(ctx, facts);
		dm_invoice_facts_claim(facts, syntax);
		xmlXPathFreeContext(ctx);
	}
	xmlFreeDoc(doc);
	return read;
}
