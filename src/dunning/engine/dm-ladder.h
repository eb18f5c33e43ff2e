/* dm-ladder: which ladder an invoice follows, and its steps.  The ladders themselves are
 * configuration (common/dm-ladder-config.h: the steps, their offsets, templates and
 * flags); the next step of one invoice is dm-next-step.h's. */
#pragma once
#include <glib.h>
#include "common/dm-ladder-config.h"
#include "dunning/ledger/dm-ledger-types.h"

/* The kind of debtor an invoice is to: the debtor's setting when the owner made one,
 * else the invoice's own reading (@invoice_reading; UNSET when it says neither), else
 * @unknown, the configured default. */
DmDebtorKind dm_debtor_kind_effective(DmDebtorKind debtor_setting, DmDebtorKind invoice_reading,
                                      DmDebtorKind unknown);

/* The kind that [dunning] default_debtor_kind gives a debtor nothing says the kind of. */
DmDebtorKind dm_ladder_set_unknown_kind(const DmLadderSet *set);

/* The kind for @inv, from its debtor's settings, the invoice's reading and @set's default
 * (dm_debtor_kind_effective). */
DmDebtorKind dm_invoice_debtor_kind(const DmLadderSet *set, const DmInvoice *inv);

/* (transfer full) which kind applies to @inv and why, for the owner to read:
 *   "consumer: addressed as \"Dhr.\" (\"Dhr. P. de Boer\")",
 *   "unknown: nothing in the invoice says; the default (consumer) applies",
 *   "business: set by the owner (dunmail debtor); the invoice read unknown: …".
 * The reason is the parser's, so it may quote the invoice: sanitise before printing. */
char *dm_invoice_debtor_kind_text(const DmLadderSet *set, const DmInvoice *inv);

/* (transfer none) the ladder @inv follows: its debtor's own ladder when the set has it
 * (a consumer only on a consumer ladder, so no costs are ever claimed before the 14-day
 * letter), else the set's ladder for its kind. */
const DmLadder *dm_ladder_for(const DmLadderSet *set, const DmInvoice *inv);

/* (transfer none) step @step (1..) of @ladder, or NULL. */
const DmLadderStep *dm_ladder_step(const DmLadder *ladder, int step);

/* (transfer full) "second reminder": a step's name as a person reads it. */
char *dm_ladder_step_label(const DmLadderStep *step);
