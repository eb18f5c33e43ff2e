/* dm-ingest-disagreement: what a disagreement between two sources of one invoice means,
 * for the digest to word in the owner's language.
 *
 * The invoice reader hands each disagreement over in its parts (dm-invoice-facts.h,
 * DmInvoiceDisagreement): the field, the source kept and its value, the other source and
 * its value.  The sources_disagree event keeps them as its words (dm_words); the digest
 * words the field and the sources (digest_words.c) and shows the values as stated.
 */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-invoice-facts.h"

/* (transfer floating) the words (dm_words) of disagreement @d about invoice @number; the
 * values and the sources' names sanitised to one line. */
GVariant *dm_ingest_disagreement_words(const char *number, const DmInvoiceDisagreement *d);
