/* dm-ingest-not-invoice: what a message from a billing address that is no invoice means,
 * for the digest to word in the owner's language.
 *
 * The invoice reader hands its reason over in parts (dm-not-invoice-reason.h): the kind
 * of mail, where that was found, the words found there.  The not_invoice event keeps them
 * as its words, with the English line beside them: the digest words the kind and the
 * place (digest_words.c, "not_invoice" and "found_in") and quotes the evidence; the
 * English line is what it shows for a kind it has no words for.
 */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-not-invoice-reason.h"

/* (transfer floating) the words (dm_words) of message @message_id, subject @subject (both
 * already sanitised), judged no invoice for @why (nullable: nothing in it read as an
 * invoice); the parts sanitised to one line. */
GVariant *dm_ingest_not_invoice_words(const char *message_id, const char *subject,
                                      const DmNotInvoiceReason *why);
