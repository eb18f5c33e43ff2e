/* dm-next-step: the one function that says what an invoice's next reminder is and when. */
#pragma once
#include "dunning/engine/dm-ladder.h"
#include "dunning/ledger/dm-ledger-types.h"

/* The next step for @inv, given the summary of its reminders (dm_ledger_invoices_foreach
 * reads both in one statement), and the day it is due; NULL when none will be sent (paid,
 * stopped, paused or held without a resume date, ladder done, a reminder still on its way).
 * Pure: no I/O. */
const DmLadderStep *dm_next_step(const DmInvoice *inv, const DmOutboxSummary *reminders,
                                 GDate *when);
