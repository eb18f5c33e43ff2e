/* dm-table-text: a table in text (cells separated by tabs, as an HTML body's table or a
 * PDF row reads) whose header row labels the values in the row below it.  Private to
 * src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* TRUE when @cell (one whole cell) is an item table's column header ("Omschrijving",
 * "Menge", "Unit price", "Amount"): a row of two or more labels items, not the invoice. */
gboolean dm_table_is_item_header(const char *cell);

/* (transfer full) @text (nullable: NULL) with, after it, a line "label: value" for each
 * cell of a header row of labels (no digit in any) over a row of as many cells right below
 * it ("Invoice number<TAB>Due date" over "SN-118<TAB>17 November 2026"), so that the
 * readers of labelled fields find each value beside its label.  A row of item-table
 * headers is never paired with its first item. */
char *dm_table_text_with_pairs(const char *text);
