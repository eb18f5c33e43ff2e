/* dm-ingest-disagreement: what a disagreement between two sources of one invoice means, for
 * the digest to word in the owner's language.
 *
 * The invoice reader states each disagreement as one line (dm-invoice-facts.h,
 * disagreements): "FIELD: KEPT says OURS, OTHER says THEIRS; kept KEPT", FIELD a field's
 * name (dm_invoice_field_name) and KEPT, OTHER a source's (dm_invoice_source_name).  The
 * sources_disagree event keeps that line as its English detail; this reads its parts back
 * into the event's words.  A line of another shape keeps only its text.
 */
#pragma once
#include <glib.h>

/* (transfer floating) the words (dm_words) of disagreement @line about invoice @number. */
GVariant *dm_ingest_disagreement_words(const char *number, const char *line);
