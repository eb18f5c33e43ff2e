/* dm-next-step: the one function that says what an invoice's next reminder is and when. */
#pragma once
#include "dunning/engine/dm-ladder.h"
#include "dunning/ledger/dm-invoices.h"

/* The next step for @inv and the day it is due, or NULL when none will be sent (paid,
 * stopped, paused without a resume date, ladder done, a reminder still on its way). */
const DmLadderStep *dm_next_step(DmLedger *ledger, const DmInvoice *inv, GDate *when);
