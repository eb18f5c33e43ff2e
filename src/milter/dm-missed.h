/* dm-missed: billing mail the milter let through without a spool copy, named.
 *
 * The milter fails open: when the spool cannot take a billing message (disk full, spool
 * broken, message over the size cap) the mail still goes, and the owner must learn which
 * message dunmail did not see, to import it by hand.  Each such message is named twice:
 * a warning in the mail log ("missed billing mail: queue id, sender, recipient, time,
 * why") and a small record, an envelope block without a message (doc/spool.md), in
 * <spool>/missed/, where dunmaild and the owner find it.  The spool that could not take
 * the message seldom takes its record, so then the record goes to the fallback directory
 * ([spool] missed_fallback, by default missed/ beside the ledger: another directory,
 * often another disk), which dunmaild reads too: a record on disk survives a restart of
 * the milter, one in memory would not.  A file per record, written like the spool's,
 * rather than log lines read back: the mail log may be rotated, journald's or closed to
 * dunmaild, and a record must be whole or absent.  When neither can take it, it is kept
 * in memory (at most DM_MISSED_PENDING_MAX) and written by the next call, so a full disk
 * that empties loses no name while the milter runs; the warning names it in the mail log
 * whatever happens.  Writing waits on nothing but the local disk and never changes the
 * answer to the MTA.  Thread-safe once dm_missed_init ran. */
#pragma once
#include <glib.h>
#include "common/dm-spool.h"

#define DM_MISSED_PENDING_MAX 1000

/* Sets the fallback directory (nullable: none) and creates it; called once at start,
 * before any other call. */
void dm_missed_init(const char *fallback_dir);

/* Logs and records @env (its queue id, sender, recipients, direction; received_at is set
 * to now when NULL) as missed for @cause (a DM_MISSED_* code, dm-spool.h), @why its
 * technical detail, under @spool_dir.  Returns the number of records still held in memory
 * after this call (0 when everything reached the disk). */
guint dm_missed_record(const char *spool_dir, const DmEnvelope *env, const char *cause,
                       const char *why);

/* Writes the records held in memory, if any (called after a message was spooled: the
 * disk has room again).  Returns how many are still held. */
guint dm_missed_flush(const char *spool_dir);
