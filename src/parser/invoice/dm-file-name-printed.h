/* dm-file-name-printed: the invoice number a PDF's file name gives when the document prints
 * it too (file_name_printed.c).  Tools name the file they attach after the invoice's number
 * ("2027_PR_0211.pdf", "contributie_C26-0190.pdf", "PV-2027-0088.pdf") even when the
 * document prints that number under no label the text readers know.  Private to
 * src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* (transfer full) (nullable) the number @pdf_name (nullable) gives, as @text (nullable, the
 * document's text) prints it: a run of the file name's words (split at spaces and
 * underscores) holding a digit and five letters or digits at least, no date, that @text
 * prints with any of "-", "/", "_", "." or a space between its parts ("2027/PR/0211" for
 * "2027_PR_0211.pdf", "PV-2027/0088" for "PV-2027-0088.pdf").  The longest run wins; NULL
 * when @text prints none. */
char *dm_file_name_printed_number(const char *pdf_name, const char *text);
