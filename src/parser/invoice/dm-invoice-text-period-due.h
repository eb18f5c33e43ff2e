/* dm-invoice-text-period-due: the due date of rent or a lease paid in advance, on the first
 * day (or a working day) of the period the invoice prints.  Private to src/parser/invoice.
 * Pure. */
#pragma once
#include <glib.h>

/* The due date @t (prepared text of @len bytes) gives by a rule on its period — "Die Miete
 * ist monatlich im Voraus, spätestens am 3. Werktag fällig", "te voldoen vóór de eerste
 * dag van de huurperiode", "payable in advance on the 1st of each month" — counted from the
 * period it prints ("Mietzeitraum Januar 2027", "Huurperiode 01-01-2027 t/m 31-01-2027",
 * "Period: 1–31 January 2027"), into @out; @ref (nullable) dates a year-less period.
 * Working days are Monday to Friday.  Returns the rule's name for --explain, or NULL
 * (and @out untouched) when the text states no such rule or no period. */
const char *dm_invoice_text_period_due(const char *t, gsize len, const GDate *ref, GDate *out);
