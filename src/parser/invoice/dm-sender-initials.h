/* dm-sender-initials: whether a number's letters are its sender's initials
 * (sender_initials.c).  A small business numbers its invoices after its own initials
 * ("PO-2026-014" of Pieter Oosterhof, "KD-2026-014" of Koen Dekker, "DEB-0412" of Debbie
 * Evans Bookkeeping), letters that another party's purchase or sales order may carry too
 * ("PO-4471", "SO-118"): the sender's names and its letterhead tell them apart.  Private to
 * src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

#include "parser/invoice/dm-invoice-facts.h"

/* TRUE when @letters (ASCII, any case) are the first initials of a name the sender goes by
 * (@f's seller names: the From header's, an e-invoice's seller) or, unless they are "PO"
 * (a purchase order's prefix, which only the sender's names vouch for), of the letterhead, the
 * first line of @t (@len bytes; a "Subject:" line the body's reader puts first is passed
 * over) that holds letters and no digit.  Initials are those of the words written with a
 * capital on the letterhead, of all but the small words ("van", "de", "and") in a seller's name,
 * kept case-folded ("Pieter van Oosterhof" is "PO"); "Koen Dekker Timmerwerken" begins with
 * "KD".  A seller's name made of a desk's words alone ("Sales Office", "Purchase Office",
 * "Accounts Department") names no one and vouches for no initials. */
gboolean dm_sender_initials_are(const char *letters, const DmInvoiceFacts *f, const char *t, gsize len);
