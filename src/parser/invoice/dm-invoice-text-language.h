/* dm-invoice-text-language: which language an invoice's text is written in, from its
 * common words.  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* (transfer none) "nl", "en", "de" or NULL: which language's common words @t (prepared
 * text of @len bytes) has most of; NULL on a tie for the most. */
const char *dm_invoice_text_language_of(const char *t, gsize len);
