/* dm-held-notice: the owner told by mail, once, that sending has been held for hours.
 *
 * A pass whose ingest did not read everything waiting sends nothing, the digest included
 * (dm-pass.h): the owner would otherwise learn of it only from the log and `dunmail
 * status`.  Once a hold has lasted [daemon] held_notice_hours (default 4; 0: never), the
 * first held pass queues one short notice to the owner alone and sends it: since when,
 * why (what the pass left unread), that nothing is lost and what to look at — every line
 * in the owner's language, as the digest.  It says
 * nothing of debtors or invoices — it is built from the hold's own record, not from the
 * ledger that lacks what waits — so the rule that nothing is built from such a ledger
 * holds.  Once per hold (the ledger remembers which hold it told of); a notice the mail
 * server did not take is tried again at the next held pass, and withdrawn (cancelled)
 * when sending resumes before it went: the digest then goes as usual.
 */
#pragma once
#include "common/dm-config.h"
#include "dunning/ledger/dm-ledger.h"

/* Why a pass held: what its ingest left for the next pass, or how it failed.  Kept as
 * counts, so that each reader says it in its own words: the log and `dunmail status` in
 * English, the notice in the owner's language ([dunning] language, as the digest). */
typedef struct {
	guint stopped;              /* spool files whose reading was stopped from outside */
	guint unclaimed;            /* spool files that could not be claimed */
	guint missed_left;          /* records of mail the milter could not spool, not filed */
	gboolean failed;            /* the ingest failed (the pass with it) */
	const char *failure;        /* (nullable) its error, as reported */
} DmHeldWhy;

/* (transfer full) @why as one line in @language (nl, en, de; as dm_doc_say), e.g. "1 spool
 * files that could not be claimed, left for the next pass"; NULL when it says nothing. */
char *dm_held_why_text(const DmHeldWhy *why, const char *language);

/* At a held pass at @now, held because of @why: queues and sends the notice when the hold
 * is old enough and its owner not yet told, or sends again one still pending.  *@sent: a
 * notice went now. */
gboolean dm_held_notice_run(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                            const DmHeldWhy *why, gboolean *sent, GError **error);

/* At the pass that ends a hold, at @now_iso: cancels a notice still pending. */
gboolean dm_held_notice_withdraw(DmLedger *ledger, const char *now_iso, GError **error);
