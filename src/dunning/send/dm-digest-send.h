/* dm-digest-send: the owner's digest through the outbox, like a reminder: recorded with
 * the mark of what it covers in one transaction, then sent.  One digest per owner and
 * local day, whoever queues it (dunmaild's pass or `dunmail digest --send`). */
#pragma once
#include "common/dm-config.h"
#include "dunning/ledger/dm-digest-mark.h"
#include "dunning/ledger/dm-ledger.h"

/* Queues the rendered digest (@subject, @body its text, @html (nullable) the same as
 * HTML: multipart/alternative) for the owner with @mark (whose day is the
 * local day it is for), then sends it.  FALSE with DM_LEDGER_ERROR_EXISTS ("the digest
 * for DAY was already queued at TIME") when that day's digest was queued before. */
gboolean dm_digest_send(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                        const char *subject, const char *body, const char *html,
                        const DmDigestMark *mark, GError **error);
