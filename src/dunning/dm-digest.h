/* dm-digest: the owner's daily overview — what came in and what dunmail did about it, what
 * needs the owner, what goes out next, who is late.  The frame is templates/<lang>/digest.txt;
 * the sections are built here. */
#pragma once
#include "common/dm-config.h"
#include "dunning/dm-ledger.h"

/* Renders the digest covering everything since the last one was sent (or since the
 * beginning).  (transfer full) *@subject, *@body. */
gboolean dm_digest_build(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                         char **subject, char **body, GError **error);

/* Builds the digest, queues it in the outbox, sends it, and remembers when. */
gboolean dm_digest_send(const DmConfig *config, DmLedger *ledger, GDateTime *now, GError **error);

/* TRUE when the daily digest is due at @now (past digest_hour, none sent today). */
gboolean dm_digest_due(const DmConfig *config, DmLedger *ledger, GDateTime *now);
