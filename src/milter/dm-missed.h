/* dm-missed: billing mail the milter let through without a spool copy, named.
 *
 * The milter fails open: when the spool cannot take a billing message (disk full, spool
 * broken, message over the size cap) the mail still goes, and the owner must learn which
 * message dunmail did not see, to import it by hand.  Each such message is named twice:
 * a warning in the mail log ("missed billing mail: queue id, sender, recipient, time,
 * why") and a small record, an envelope block without a message (doc/spool.md), in
 * <spool>/missed/, where dunmaild and the owner find it.  When even that record cannot be
 * written (the disk is full), it is kept in memory (at most DM_MISSED_PENDING_MAX) and
 * written by the next call, so a full disk that empties loses no name.  Thread-safe. */
#pragma once
#include <glib.h>
#include "common/dm-spool.h"

#define DM_MISSED_PENDING_MAX 1000

/* Logs and records @env (its queue id, sender, recipients, direction; received_at is set
 * to now when NULL) as missed for @why, under @spool_dir.  Returns the number of records
 * still held in memory after this call (0 when everything reached the disk). */
guint dm_missed_record(const char *spool_dir, const DmEnvelope *env, const char *why);

/* Writes the records held in memory, if any (called after a message was spooled: the
 * disk has room again).  Returns how many are still held. */
guint dm_missed_flush(const char *spool_dir);
