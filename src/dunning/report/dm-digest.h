/* dm-digest: the owner's daily overview — what came in and what dunmail did about it, what
 * needs the owner, what goes out next, the receivables at a glance.  Built as a DmDoc
 * (dm-doc.h) and rendered twice, as text and as HTML, for one multipart/alternative mail in
 * the owner's language ([dunning] language: nl, en, de).  Read-only: queuing and sending
 * it is dm-digest-send.h's. */
#pragma once
#include "common/dm-config.h"
#include "dunning/ledger/dm-digest-mark.h"
#include "dunning/ledger/dm-ledger.h"

typedef struct {
	char *subject;
	char *body;                 /* text/plain */
	char *html;                 /* text/html, the same content */
	DmDigestMark mark;          /* what this digest covers, recorded when it is queued */
} DmDigest;

void dm_digest_clear(DmDigest *digest);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(DmDigest, dm_digest_clear)

/* Renders the digest covering everything since the last one was queued (or since the
 * beginning) into @out. */
gboolean dm_digest_build(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                         DmDigest *out, GError **error);

/* *@due is TRUE when the daily digest is due at @now (past digest_hour, none queued for
 * the owner today). */
gboolean dm_digest_due(const DmConfig *config, DmLedger *ledger, GDateTime *now, gboolean *due,
                       GError **error);
