/* dm-pass: one pass of dunmaild's work — ingest the spool, run the scheduler, send the
 * digest when due.  Shared by the daemon's tick and --once.
 *
 * Nothing goes out — no reminder, no digest, nothing the scheduler would resolve — in a
 * pass whose ingest did not read everything that was waiting: it failed (the ledger
 * locked, the spool unreadable: the pass fails), or it left spool files or the milter's
 * records for the next pass (a parse stopped from outside, a file that could not be
 * claimed, a record that could not be filed: logged once, and the pass succeeds).  The
 * ledger keeps since when and why (dm-sending-held.h) for `dunmail status`; the first
 * pass that reads everything ends it.  The one mail such a pass may send is the owner's
 * notice that the hold has lasted [daemon] held_notice_hours (dm-held-notice.h), which
 * tells of the hold alone. */
#pragma once
#include "common/dm-clock.h"
#include "common/dm-config.h"
#include "dunning/ledger/dm-ledger.h"
#include "parser/reply/dm-reply-model.h"
#include "parser/text/dm-rule-file.h"

typedef struct {
	gboolean dry_run;           /* as [daemon] dry_run: decide, mark, hand nothing to SMTP */
	gboolean digest;            /* send the daily digest when it is due */
	const DmReplyModel *reply_model;    /* classifies replies; never NULL in dunmaild */
	const DmRuleFile *invoice_rules;    /* [invoices] rules, loaded at start; nullable */
	DmClock *clock;             /* the program's clock: read again as each message goes out */
} DmPassOptions;

gboolean dm_pass_run(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                     const DmPassOptions *options, GError **error);
