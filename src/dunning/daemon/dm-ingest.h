/* dm-ingest: spool -> ledger.  The contract of the spool is doc/spool.md.
 *
 * Each file in new/ is claimed by renaming it into work/, read in a child process under
 * the parse budget with no transaction open (the plan, dm-ingest-plan.h), and recorded in
 * one short ledger transaction; only after the commit is the file removed.  So:
 *   - a ledger failure (locked, disk full) or a child that cannot be started puts the file
 *     back in new/ for the next pass;
 *   - a file over the parse budget, or that crashes the parser, goes to bad/ with an event
 *     saying why, and the pass goes on;
 *   - a file whose parse was stopped from outside (the OOM killer) goes back to new/ with
 *     DM_INGEST_STOPPED_SUFFIX and the count on its name, and the pass goes on; stopped
 *     DM_INGEST_STOPPED_TRIES times, it goes to bad/ with an event;
 *   - a crash before the commit leaves the file in work/; at the next start
 *     dm_ingest_recover() removes it when the ledger has it, else returns it to new/ once
 *     with DM_INGEST_RETRY_SUFFIX on its name (the parser runs in a child, so dunmaild
 *     stopping is seldom the file's fault); found in work/ a second time, it is set aside
 *     in bad/;
 *   - a file that cannot be read or parsed goes to bad/ with an event, for the digest;
 *   - the same message spooled twice is recorded once (Message-ID + SHA-256 of content);
 *     set aside, a message the ledger has already ingested (by its SHA-256) is removed as
 *     a duplicate, and one set aside before (moved back from bad/ to be retried) goes to
 *     bad/ again holding nothing anew and with no second event.
 */
#pragma once
#include "common/dm-config.h"
#include "dunning/ledger/dm-ledger.h"
#include "parser/reply/dm-reply-model.h"
#include "parser/text/dm-rule-file.h"

typedef struct {
	guint ingested;
	guint duplicates;
	guint set_aside;
	guint invoices;
	guint replies;
	guint confirmed;            /* our own messages seen passing the MTA */
	guint retried;              /* found in work/ at start-up, returned to new/ once */
	guint stopped;              /* parse stopped from outside, returned to new/ */
	guint unclaimed;            /* could not be moved to work/: left in new/, unread */
} DmIngestStats;

/* Marks a spool file returned from work/ to new/ at start-up: it gets no third try. */
#define DM_INGEST_RETRY_SUFFIX ".retry"

/* Marks a spool file whose parse was stopped from outside: "NAME.stopped-1", "-2"; the
 * DM_INGEST_STOPPED_TRIES-th stop sets it aside. */
#define DM_INGEST_STOPPED_SUFFIX ".stopped-"
#define DM_INGEST_STOPPED_TRIES 3

/* Deals with files left in work/ by a previous run. */
gboolean dm_ingest_recover(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                           DmIngestStats *stats, GError **error);
/* What the parse children read with, loaded once at start by dunmaild (the children are
 * forks and share it). */
typedef struct {
	const DmReplyModel *model;  /* classifies replies (nullable: the rules, for tests) */
	const DmRuleFile *rules;    /* [invoices] rules (nullable: none configured) */
} DmIngestReaders;

/* Ingests every file now in new/ with @readers (see dm_ingest_spool). */
gboolean dm_ingest_spool_with(const DmConfig *config, DmLedger *ledger,
                              const DmIngestReaders *readers, GDateTime *now,
                              DmIngestStats *stats, GError **error);
/* Ingests every file now in new/, without a user rule file; replies classified by @model (loaded once at start;
 * the parse children are forks and share it).  FALSE only for trouble of ours, the ledger's or a
 * fork's (the pass stops; the file goes back to new/); one bad file never stops the pass. */
gboolean dm_ingest_spool(const DmConfig *config, DmLedger *ledger, const DmReplyModel *model,
                         GDateTime *now, DmIngestStats *stats, GError **error);
