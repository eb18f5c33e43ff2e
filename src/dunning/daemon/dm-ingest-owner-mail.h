/* dm-ingest-owner-mail: the owner mailed a debtor personally.
 *
 * Outgoing mail from the business (it passed dunmail-milter from a billing address) that
 * is neither an invoice nor our own mail is the owner talking to the debtor in person.
 * A reminder arriving on top of that would contradict whatever was said, so each open
 * invoice of that debtor waits [sending] owner_mail_wait_days (default 7; 0: off): it is
 * paused until then, with an event saying why, and the ladder resumes by itself. */
#pragma once
#include "common/dm-config.h"
#include "dunning/ledger/dm-ledger.h"

/* Inside the caller's transaction: pauses the open invoices of @recipient (any case, with
 * or without <>) until @now's day + the configured days; their number in *@held. */
gboolean dm_ingest_owner_mail(const DmConfig *config, DmLedger *ledger, const char *recipient,
                              const char *subject, GDateTime *now, const char *now_iso,
                              guint *held, GError **error);
