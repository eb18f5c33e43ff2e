/* dm-instalment-invoice: an invoice that bills one instalment of a payment plan.  A plan
 * agreed with the customer ("betalingsregeling", "Ratenzahlung", "payment plan") splits a
 * sum into instalments; a letter that confirms the plan for an invoice sent before lists
 * them all and bills nothing new, but a business may bill each instalment with an invoice
 * of its own — its title, its own number, the one instalment by its place ("Termijn 2 van
 * 3", "Rate 2/3", "Instalment 3 of 6") — whose cover note or page names the plan it bills
 * under.  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* TRUE when @text (nullable) names one instalment by its place in the plan, every place it
 * names the same, and is no plan's own document (no line that is only the plan's title:
 * "Betalingsregeling", "Ratenvereinbarung", "Payment Plan Agreement").  The caller asks
 * too whether @text sets out an invoice of its own (dm_not_invoice_sets_out). */
gboolean dm_instalment_invoice_one_place(const char *text);
