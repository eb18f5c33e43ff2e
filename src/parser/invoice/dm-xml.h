/* dm-xml: safe reading of e-invoice XML with libxml2.  Private to src/parser. */
#pragma once
#include <glib.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

/* (transfer full) the document, or NULL: not well-formed, too large, or empty.  No network,
 * no DTD loading, no entity substitution (hostile attachments: XXE, billion laughs). */
xmlDocPtr dm_xml_read(const char *data, gsize len);

/* (transfer none) local name of the root element, or NULL. */
const char *dm_xml_root_name(xmlDocPtr doc);

/* (transfer full) the trimmed text of the first node @xpath selects, at most 256 bytes of
 * valid UTF-8 with control characters replaced; NULL when nothing or empty. */
char *dm_xml_string(xmlXPathContextPtr ctx, const char *xpath);
