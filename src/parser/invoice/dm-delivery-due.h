/* dm-delivery-due: the due date of an invoice payable on delivery ("Balance payable on
 * delivery", "Zahlbar bei Lieferung", "Te betalen bij aflevering"): the delivery's day,
 * printed on the page under its label or named by the cover note ("We'll deliver on
 * Thursday 10 December", "wir liefern am 10.12.2026", "We leveren op donderdag 10
 * december").  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* TRUE when @doc_text or @body (both nullable) say the invoice is payable on delivery and
 * one of them gives the delivery's day, into @due; a day without a year is taken in the
 * year nearest @ref. */
gboolean dm_delivery_due(const char *doc_text, const char *body, const GDate *ref, GDate *due);
