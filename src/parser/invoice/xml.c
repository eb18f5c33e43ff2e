/* xml: libxml2 set up for hostile e-invoice attachments, and a small XPath helper.
 *
 * Documents are parsed without network access, without loading DTDs and without entity
 * substitution; libxml2's own amplification limits stay on (no XML_PARSE_HUGE).
 * Failures: none reported; bad XML gives NULL (the caller treats it as "not an invoice");
 * libxml2's own error output is switched off per parse (NOERROR, NOWARNING). */
#include "parser/invoice/dm-xml.h"
#include "parser/invoice/dm-einvoice.h"

#include <string.h>
#include <libxml/parser.h>

xmlDocPtr
dm_xml_read(const char *data, gsize len)
{
	if (!data || len == 0 || len > DM_MAX_ATTACHMENT_BYTES)
		return NULL;
	xmlDocPtr doc = xmlReadMemory(data, (int)len, NULL, NULL,
				      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
				      XML_PARSE_NOCDATA);
	if (doc && !xmlDocGetRootElement(doc)) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	return doc;
}

const char *
dm_xml_root_name(xmlDocPtr doc)
{
	xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
	return root ? (const char *)root->name : NULL;
}

char *
dm_xml_string(xmlXPathContextPtr ctx, const char *xpath)
{
	g_return_val_if_fail(ctx != NULL && xpath != NULL, NULL);
	xmlXPathObjectPtr res = xmlXPathEvalExpression((const xmlChar *)xpath, ctx);
	if (!res)
		return NULL;
	char *out = NULL;
	xmlChar *content = NULL;
	if (res->type == XPATH_NODESET && res->nodesetval && res->nodesetval->nodeNr > 0)
		content = xmlNodeGetContent(res->nodesetval->nodeTab[0]);
	else if (res->type == XPATH_STRING && res->stringval)
		content = xmlStrdup(res->stringval);
	xmlXPathFreeObject(res);
	if (!content)
		return NULL;
	gsize n = strlen((const char *)content);
	g_autofree char *valid = g_utf8_make_valid((const char *)content, MIN(n, 256));
	xmlFree(content);
	for (char *p = valid; *p; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	g_strstrip(valid);
	if (*valid) {
		/* make_valid can cut a character in half at 256; it was replaced, so fine. */
		out = g_steal_pointer(&valid);
	}
	return out;
}
