/* dm-ingest-missed: the milter's records of billing mail it could not spool, into the
 * ledger.
 *
 * dunmail-milter fails open: a billing message it could not copy (disk full, spool broken,
 * over the size cap) still goes, and the milter leaves a record in <spool>/missed/ (an
 * envelope block, no message; dm-missed.h, doc/spool.md).  At each pass dunmaild turns
 * each record into one DM_EVENT_MAIL_MISSED event (queue id, sender, recipients, time,
 * why), which the digest shows under "needs you" with what to do (import the message from
 * the Sent folder), and then moves the record to missed/done/.  The event is committed
 * before the move, so a crash between the two names the message twice rather than never.
 * A record that cannot be read is named by its file name, and moved all the same.  Files
 * that are not records (the milter's own temporary files, anything else) are left alone.
 * The fallback directory ([spool] missed_fallback, dm_config_missed_fallback), where the
 * milter writes a record the spool could not take, is read the same way, after missed/. */
#pragma once
#include <glib.h>
#include "common/dm-config.h"
#include "dunning/ledger/dm-ledger.h"

/* Records every record now in missed/ and the fallback directory as an event at @now_iso and moves it to done/;
 * *@recorded counts them, *@left those that stay for the next pass (unreadable now, or
 * done/ cannot be made).  FALSE only when the ledger fails (the record stays, for the
 * next pass). */
gboolean dm_ingest_missed(const DmConfig *config, DmLedger *ledger, const char *now_iso,
                          guint *recorded, guint *left, GError **error);
