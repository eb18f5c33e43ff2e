/* ladder: the choice of an invoice's ladder among the configured ones (dm-ladder.h). */
#include "dunning/engine/dm-ladder.h"

DmDebtorKind
dm_debtor_kind_effective(DmDebtorKind debtor_setting, DmDebtorKind invoice_reading)
{
	if (debtor_setting != DM_DEBTOR_KIND_UNSET)
		return debtor_setting;
	if (invoice_reading != DM_DEBTOR_KIND_UNSET)
		return invoice_reading;
	return DM_DEBTOR_KIND_BUSINESS;
}

DmDebtorKind
dm_invoice_debtor_kind(const DmInvoice *inv)
{
	/* The reader sees a business by its VAT or KvK number; finding none proves no
	 * consumer, so it says nothing then. */
	return dm_debtor_kind_effective(inv->debtor.kind, inv->business ? DM_DEBTOR_KIND_BUSINESS
	                                                                : DM_DEBTOR_KIND_UNSET);
}

const DmLadder *
dm_ladder_for(const DmLadderSet *set, const DmInvoice *inv)
{
	gboolean consumer = dm_invoice_debtor_kind(inv) == DM_DEBTOR_KIND_CONSUMER;
	const DmLadder *own = dm_ladder_set_find(set, inv->debtor.ladder);
	if (own && (!consumer || own->kind == DM_LADDER_CONSUMER))
		return own;
	const DmLadder *l = dm_ladder_set_find(set, consumer ? set->consumer_ladder
	                                                     : set->business_ladder);
	g_assert(l != NULL);    /* dm_ladder_set_load checked both names */
	return l;
}

const DmLadderStep *
dm_ladder_step(const DmLadder *ladder, int step)
{
	if (step < 1 || (guint) step > ladder->steps->len)
		return NULL;
	return g_ptr_array_index(ladder->steps, step - 1);
}

char *
dm_ladder_step_label(const DmLadderStep *step)
{
	char *label = g_strdup(step->name);
	g_strdelimit(label, "_", ' ');
	return label;
}
