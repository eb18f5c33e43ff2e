/* ingest_disagreement: a disagreement's parts into the words of its event
 * (dm-ingest-disagreement.h). */
#include "dunning/daemon/dm-ingest-disagreement.h"
#include "common/dm-sanitize.h"
#include "dunning/ledger/dm-ledger.h"

/* The longest a value is shown: a debtor's name, an IBAN, an amount or a date. */
#define VALUE_MAX 120

GVariant *
dm_ingest_disagreement_words(const char *number, const DmInvoiceDisagreement *d)
{
	g_return_val_if_fail(d != NULL, NULL);
	g_autofree char *kept = dm_sanitize_oneline(d->kept, 40);
	g_autofree char *other = dm_sanitize_oneline(d->other, 40);
	g_autofree char *ours = dm_sanitize_oneline(d->ours, VALUE_MAX);
	g_autofree char *theirs = dm_sanitize_oneline(d->theirs, VALUE_MAX);
	return dm_words("sources_disagree", "number", number, "field", dm_invoice_field_name(d->field),
	                "kept", kept, "ours", ours, "other", other, "theirs", theirs, NULL);
}
