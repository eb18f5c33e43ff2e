/* dm-pdf-layout: a PDF page's text as it is laid out — rows by position, not poppler's
 * reading order, which reads a two-column block ("Factuurnummer | 2026-0004") column by
 * column and so parts each label from its value.  Private to src/parser.  Pure. */
#pragma once
#include <glib.h>
#include <poppler.h>

/* (transfer full) the text of @page, one line per row of text (items whose baselines
 * align), items in a row in x order, separated by a tab where a gap stands between them.
 * After the rows, for each label with a value right below it in the next row (a header
 * row over a value row: "Factuurnummer  Factuurdatum" over "26700041  16-02-2026"), a
 * line "label: value".  NULL when the page has no text. */
char *dm_pdf_layout_text(PopplerPage *page);
