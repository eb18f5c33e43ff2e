/* dm-invoice-first: the invoice's PDF before the other documents of a mail
 * (invoice_first.c). */
#pragma once
#include <glib.h>

/* Moves the texts of @texts (of char*, NULL for a PDF that did not open) that set out an
 * invoice of their own (dm_not_invoice_sets_out: its title line or its number's label)
 * before the others, keeping each group's order; @names (nullable: of char*, each PDF's
 * file name, as long as @texts) is moved in step, so that a field read from a PDF is
 * named by that PDF's file.  A signed order confirmation, a delivery
 * note or general terms sent beside the invoice then neither decide the mail's kind (a
 * document's kind is its first title) nor are read before it.  A reminder letter among them
 * keeps the order: it and the invoice copy it chases are a reminder. */
void dm_invoice_first(GPtrArray *texts, GPtrArray *names);
