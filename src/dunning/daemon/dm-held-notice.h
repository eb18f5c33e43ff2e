/* dm-held-notice: the owner told by mail, once, that sending has been held for hours.
 *
 * A pass whose ingest did not read everything waiting sends nothing, the digest included
 * (dm-pass.h): the owner would otherwise learn of it only from the log and `dunmail
 * status`.  Once a hold has lasted [daemon] held_notice_hours (default 4; 0: never), the
 * first held pass queues one short notice to the owner alone and sends it: since when,
 * why (what the pass left unread), that nothing is lost and what to look at.  It says
 * nothing of debtors or invoices — it is built from the hold's own record, not from the
 * ledger that lacks what waits — so the rule that nothing is built from such a ledger
 * holds.  Once per hold (the ledger remembers which hold it told of); a notice the mail
 * server did not take is tried again at the next held pass, and withdrawn (cancelled)
 * when sending resumes before it went: the digest then goes as usual.
 */
#pragma once
#include "common/dm-config.h"
#include "dunning/ledger/dm-ledger.h"

/* At a held pass at @now: queues and sends the notice when the hold is old enough and
 * its owner not yet told, or sends again one still pending.  *@sent: a notice went now. */
gboolean dm_held_notice_run(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                            gboolean *sent, GError **error);

/* At the pass that ends a hold, at @now_iso: cancels a notice still pending. */
gboolean dm_held_notice_withdraw(DmLedger *ledger, const char *now_iso, GError **error);
