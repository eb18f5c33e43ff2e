/* ingest_disagreement: a disagreement line read back into its parts
 * (dm-ingest-disagreement.h). */
#include "dunning/daemon/dm-ingest-disagreement.h"
#include "dunning/ledger/dm-ledger.h"
#include "parser/invoice/dm-invoice-facts.h"

#include <string.h>

/* The names a source goes by in a disagreement, beside dm_invoice_source_name's: the
 * reader's words for a source it cannot name. */
static const char *const unnamed_sources[] = { "the first source", "another source" };

static gboolean
is_source(const char *s)
{
	for (int i = DM_INVOICE_SOURCE_NONE + 1; i <= DM_INVOICE_SOURCE_BODY; i++)
		if (strcmp(s, dm_invoice_source_name((DmInvoiceSource) i)) == 0)
			return TRUE;
	for (gsize i = 0; i < G_N_ELEMENTS(unnamed_sources); i++)
		if (strcmp(s, unnamed_sources[i]) == 0)
			return TRUE;
	return FALSE;
}

static gboolean
is_field(const char *s)
{
	for (int i = 0; i < DM_INVOICE_N_FIELDS; i++)
		if (strcmp(s, dm_invoice_field_name((DmInvoiceField) i)) == 0)
			return TRUE;
	return FALSE;
}

/* Splits "KEPT says OURS, OTHER says THEIRS" at the ", OTHER says " whose OTHER is a
 * source: a value may hold commas, a source's name is one of a few. */
static gboolean
split_values(const char *s, const char *kept, char **ours, char **other, char **theirs)
{
	g_autofree char *lead = g_strdup_printf("%s says ", kept);
	if (!g_str_has_prefix(s, lead))
		return FALSE;
	const char *values = s + strlen(lead);
	for (const char *comma = strstr(values, ", "); comma; comma = strstr(comma + 1, ", ")) {
		const char *says = strstr(comma + 2, " says ");
		if (!says)
			return FALSE;
		g_autofree char *name = g_strndup(comma + 2, (gsize) (says - comma - 2));
		if (!is_source(name))
			continue;
		*ours = g_strndup(values, (gsize) (comma - values));
		*other = g_steal_pointer(&name);
		*theirs = g_strdup(says + strlen(" says "));
		return TRUE;
	}
	return FALSE;
}

GVariant *
dm_ingest_disagreement_words(const char *number, const char *line)
{
	const char *colon = strstr(line, ": ");
	const char *kept_at = g_strrstr(line, "; kept ");
	if (colon && kept_at && kept_at > colon) {
		g_autofree char *field = g_strndup(line, (gsize) (colon - line));
		g_autofree char *kept = g_strdup(kept_at + strlen("; kept "));
		g_autofree char *middle = g_strndup(colon + 2, (gsize) (kept_at - colon - 2));
		g_autofree char *ours = NULL, *other = NULL, *theirs = NULL;
		if (is_field(field) && is_source(kept) &&
		    split_values(middle, kept, &ours, &other, &theirs))
			return dm_words("sources_disagree", "number", number, "field", field, "kept", kept,
			                "ours", ours, "other", other, "theirs", theirs, NULL);
	}
	return dm_words("sources_disagree_text", "number", number, "text", line, NULL);
}
