/* ladder: the choice of an invoice's ladder among the configured ones, by the kind of its
 * debtor (dm-ladder.h). */
#include "dunning/engine/dm-ladder.h"

DmDebtorKind
dm_debtor_kind_effective(DmDebtorKind debtor_setting, DmDebtorKind invoice_reading,
                         DmDebtorKind unknown)
{
	if (debtor_setting != DM_DEBTOR_KIND_UNSET)
		return debtor_setting;
	if (invoice_reading != DM_DEBTOR_KIND_UNSET)
		return invoice_reading;
	return unknown;
}

DmDebtorKind
dm_ladder_set_unknown_kind(const DmLadderSet *set)
{
	return set->unknown_debtor == DM_LADDER_CONSUMER ? DM_DEBTOR_KIND_CONSUMER
	                                                 : DM_DEBTOR_KIND_BUSINESS;
}

DmDebtorKind
dm_invoice_debtor_kind(const DmLadderSet *set, const DmInvoice *inv)
{
	return dm_debtor_kind_effective(inv->debtor.kind, inv->debtor_kind,
	                                dm_ladder_set_unknown_kind(set));
}

char *
dm_invoice_debtor_kind_text(const DmLadderSet *set, const DmInvoice *inv)
{
	const char *unknown = dm_debtor_kind_name(dm_ladder_set_unknown_kind(set));
	g_autofree char *reading = NULL;
	if (inv->debtor_kind == DM_DEBTOR_KIND_UNSET)
		reading = g_strdup_printf("unknown: nothing in the invoice says; the default (%s) applies",
		                          unknown);
	else
		/* Rows recorded before the reason was kept (ledger migration 15) have none. */
		reading = g_strdup_printf("%s: %s", dm_debtor_kind_name(inv->debtor_kind),
		                          inv->debtor_kind_why ? inv->debtor_kind_why
		                                               : "as the invoice reads");
	if (inv->debtor.kind == DM_DEBTOR_KIND_UNSET)
		return g_steal_pointer(&reading);
	return g_strdup_printf("%s: set by the owner (dunmail debtor); the invoice read %s",
	                       dm_debtor_kind_name(inv->debtor.kind), reading);
}

const DmLadder *
dm_ladder_for(const DmLadderSet *set, const DmInvoice *inv)
{
	gboolean consumer = dm_invoice_debtor_kind(set, inv) == DM_DEBTOR_KIND_CONSUMER;
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
