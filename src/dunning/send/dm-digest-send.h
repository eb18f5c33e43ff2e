/* dm-digest-send: the owner's digest through the outbox, like a reminder: recorded with
 * the mark of what it covers in one transaction, then sent. */
#pragma once
#include "common/dm-config.h"
#include "dunning/ledger/dm-digest-mark.h"
#include "dunning/ledger/dm-ledger.h"

/* Queues the rendered digest (@subject, @body) for the owner with @mark, then sends it. */
gboolean dm_digest_send(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                        const char *subject, const char *body, const DmDigestMark *mark,
                        GError **error);
