/* disagreement: two sources' values of one field, and its English line
 * (dm-invoice-facts.h, DmInvoiceDisagreement).
 * Failures: none; a field out of range is a programmer error. */
#include "parser/invoice/dm-invoice-facts.h"

DmInvoiceDisagreement *
dm_invoice_disagreement_new(DmInvoiceField field, const char *kept, const char *ours,
			    const char *other, const char *theirs)
{
	g_return_val_if_fail(field < DM_INVOICE_N_FIELDS, NULL);
	DmInvoiceDisagreement *d = g_new0(DmInvoiceDisagreement, 1);
	d->field = field;
	d->kept = g_strdup(kept);
	d->ours = g_strdup(ours);
	d->other = g_strdup(other);
	d->theirs = g_strdup(theirs);
	return d;
}

void
dm_invoice_disagreement_free(DmInvoiceDisagreement *d)
{
	if (!d)
		return;
	g_free(d->kept);
	g_free(d->ours);
	g_free(d->other);
	g_free(d->theirs);
	g_free(d);
}

char *
dm_invoice_disagreement_text(const DmInvoiceDisagreement *d)
{
	g_return_val_if_fail(d != NULL, NULL);
	return g_strdup_printf("%s: %s says %s, %s says %s; kept %s", dm_invoice_field_name(d->field),
			       d->kept, d->ours, d->other, d->theirs, d->kept);
}
