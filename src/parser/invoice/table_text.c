/* table_text: the pairs of a header row of labels and the row of values under it, in text
 * whose cells are separated by tabs (dm_table_text_with_pairs) — the way an HTML mail's
 * table reads once rendered ("Factuurnummer | Factuurdatum | Te betalen" over
 * "2026-118 | 3 november 2026 | € 1.210,00"), which the field readers, looking for a value
 * beside its label, would otherwise not see.  The PDF reader pairs by position instead
 * (pdf_layout.c) and shares the item header words.
 * Failures: none. */
#include "parser/invoice/dm-table-text.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define MAX_LINES 4000
#define MAX_LABEL 40

/* The words of an item table's column headers: such a row labels items, not the invoice. */
static DmPattern item_header = DM_PATTERN(
	"^(?:omschrijving|beschrijving|artikel|aantal|stuks|prijs|stukprijs|bedrag|btw|leistung|bezeichnung"
	"|beschreibung|menge|anzahl|einzelpreis|preis|betrag|gesamt|pos\\.?|position|description|item|items|qty"
	"|quantity|hours|rate|unit\\s+price|price|amount|total"
	/* a timesheet's: "Datum | Tätigkeit | Std. | Betrag", "Datum | Werkzaamheden | Uren" */
	"|tätigkeit(?:en)?|std\\.?|stunden|leistungen|uren|uur|werkzaamheden|activiteit(?:en)?|activity|tasks?)$",
	PCRE2_CASELESS | PCRE2_UTF);

gboolean
dm_table_is_item_header(const char *cell)
{
	DmMatch m;
	return cell && dm_pattern_match(&item_header, cell, strlen(cell), 0, &m);
}

/* TRUE when @cells (trimmed) are a header row: two or more labels, no digit in any, at
 * most one of them an item table's header word. */
static gboolean
header_row(char **cells)
{
	guint n = g_strv_length(cells), items = 0;
	if (n < 2)
		return FALSE;
	for (guint i = 0; i < n; i++) {
		if (!*cells[i] || strpbrk(cells[i], "0123456789") || g_utf8_strlen(cells[i], -1) > MAX_LABEL)
			return FALSE;
		items += dm_table_is_item_header(cells[i]);
	}
	return items < 2;
}

char *
dm_table_text_with_pairs(const char *text)
{
	if (!text)
		return NULL;
	GString *out = g_string_new(text);
	if (!strchr(text, '\t'))
		return g_string_free(out, FALSE);
	g_auto(GStrv) lines = g_strsplit(text, "\n", MAX_LINES);
	gboolean added = FALSE;
	for (guint i = 0; lines[i] && lines[i + 1]; i++) {
		if (!strchr(lines[i], '\t'))
			continue;
		g_auto(GStrv) labels = g_strsplit(lines[i], "\t", -1);
		g_auto(GStrv) values = g_strsplit(lines[i + 1], "\t", -1);
		for (guint k = 0; labels[k]; k++)
			g_strstrip(labels[k]);
		if (!header_row(labels) || g_strv_length(values) != g_strv_length(labels))
			continue;
		for (guint k = 0; labels[k]; k++) {
			g_strstrip(values[k]);
			if (!*values[k])
				continue;
			if (!added && out->len > 0 && out->str[out->len - 1] != '\n')
				g_string_append_c(out, '\n');
			added = TRUE;
			g_string_append_printf(out, "%s: %s\n", labels[k], values[k]);
		}
	}
	return g_string_free(out, FALSE);
}
