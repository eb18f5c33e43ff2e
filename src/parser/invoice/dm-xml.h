/* dm-xml: safe reading of e-invoice XML with libxml2, and the XPath field readers the
 * UBL and CII readers share.  Private to src/parser/invoice. */
#pragma once
#include <glib.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include "parser/invoice/dm-invoice-facts.h"

/* (transfer full) the document, or NULL: not well-formed, too large, or empty.  No network,
 * no DTD loading, no entity substitution (hostile attachments: XXE, billion laughs). */
xmlDocPtr dm_xml_read(const char *data, gsize len);

/* (transfer full) the trimmed text of the first node @xpath selects, at most 256 bytes of
 * valid UTF-8 with control characters replaced; NULL when nothing or empty. */
char *dm_xml_string(xmlXPathContextPtr ctx, const char *xpath);

/* (transfer full) the text of the first of the NULL-terminated @xpaths that selects any
 * (dm_xml_string), and in *@which (transfer none) that path; NULL when none does. */
char *dm_xml_first(xmlXPathContextPtr ctx, const char *const *xpaths, const char **which);

/* Each setter below fills its field only while it is empty, and then explains it in
 * @facts as "@name: xml XPATH" (the --explain line naming the path that gave it). */

/* Sets *@field from the text @xpath selects; TRUE when it did. */
gboolean dm_xml_set_string(xmlXPathContextPtr ctx, const char *xpath, const char *name, char **field,
			   DmInvoiceFacts *facts);
/* Sets @field from the date @xpath selects (xsd:date with or without a zone, CII format 102). */
void dm_xml_date(xmlXPathContextPtr ctx, const char *xpath, const char *name, GDate *field,
		 DmInvoiceFacts *facts);
/* Sets the amount of @facts from the decimal @xpath selects, in the minor units of
 * facts->currency (read the currency first); TRUE when it did. */
gboolean dm_xml_amount(xmlXPathContextPtr ctx, const char *xpath, DmInvoiceFacts *facts);
/* Sets the currency of @facts from the ISO 4217 code the first of @xpaths selects. */
void dm_xml_currency(xmlXPathContextPtr ctx, const char *const *xpaths, DmInvoiceFacts *facts);
/* Sets the debtor's e-mail address from the first of @xpaths that selects one ("mailto:"
 * taken off), normalized. */
void dm_xml_email(xmlXPathContextPtr ctx, const char *const *xpaths, DmInvoiceFacts *facts);

/* Where an e-invoice syntax keeps the facts beyond the skeleton's (XPath 1.0 each). */
typedef struct {
	const char *total;        /* the total including VAT */
	const char *iban;         /* the creditor's account */
	const char *reference;    /* the payment reference */
	const char *buyer_tax;    /* the buyer's VAT or registration number */
	const char *type_code;    /* the document type code (381: credit note) */
	const char *credit_root;  /* (nullable) XPath true for a credit note by its root */
	const char *credited;     /* a credit note's reference to the invoice it corrects */
	const char *language;     /* the document's language code ("de", "nl-NL", "EN") */
} DmXmlPaths;

/* Reads (facts->currency known, for its minor units) the total, IBAN (checksum verified), payment reference, language (when nl, en or de), business (the buyer has a
 * tax or registration number) and credit note (amounts made negative) into @facts, each
 * explained by its XPath. */
void dm_xml_extras(xmlXPathContextPtr ctx, const DmXmlPaths *paths, DmInvoiceFacts *facts);
