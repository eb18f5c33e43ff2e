/* dm-ladder: which ladder an invoice follows, and its steps.  The ladders themselves are
 * configuration (common/dm-ladder-config.h: the steps, their offsets, templates and
 * flags); the next step of one invoice is dm-next-step.h's. */
#pragma once
#include <glib.h>
#include "common/dm-ladder-config.h"
#include "dunning/ledger/dm-ledger-types.h"

/* The kind of debtor an invoice is to: the debtor's setting when the owner made one,
 * else the invoice's own reading (@invoice_reading; UNSET when it has none), else
 * business. */
DmDebtorKind dm_debtor_kind_effective(DmDebtorKind debtor_setting, DmDebtorKind invoice_reading);

/* The kind for @inv, from its debtor's settings and the invoice (dm_debtor_kind_effective). */
DmDebtorKind dm_invoice_debtor_kind(const DmInvoice *inv);

/* (transfer none) the ladder @inv follows: its debtor's own ladder when the set has it
 * (a consumer only on a consumer ladder, so no costs are ever claimed before the 14-day
 * letter), else the set's ladder for its kind. */
const DmLadder *dm_ladder_for(const DmLadderSet *set, const DmInvoice *inv);

/* (transfer none) step @step (1..) of @ladder, or NULL. */
const DmLadderStep *dm_ladder_step(const DmLadder *ladder, int step);

/* (transfer full) "second reminder": a step's name as a person reads it. */
char *dm_ladder_step_label(const DmLadderStep *step);
