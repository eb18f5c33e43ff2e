/* dm-ingest-own: our own mail's copy confirmed without parsing it.
 *
 * A spool file that would be set aside unread (found in work/ at start-up, or a parse that
 * failed) may be the milter's copy of our own reminder: the proof that the MTA had it.
 * Set aside, that proof would be lost, and an interrupted reminder would go twice.  Its
 * Message-ID is read from the header block by a plain line scan (no MIME parser, so a
 * hostile file cannot hurt) and, when it names an outbox row, the row is confirmed. */
#pragma once
#include "dunning/ledger/dm-ledger.h"

/* *@rescued: the file at @path was the copy of one of our outbox rows, now confirmed;
 * the caller removes the file instead of setting it aside. */
gboolean dm_ingest_own_rescue(DmLedger *ledger, const char *path, gboolean *rescued,
                              GError **error);

/* (transfer full) the Message-ID (with <>) in the header block of @message (@len bytes),
 * or NULL.  Only the first one; continuation lines are not joined (ours are one line). */
char *dm_ingest_own_message_id(const char *message, gsize len);

/* The next line of a message's raw header block from *@cursor (before @end), without its
 * CRLF or LF, its length in *@len, *@cursor moved past it; NULL at the empty line that
 * ends the block or at @end.  A plain scan: no MIME parser meets the bytes. */
const char *dm_ingest_header_line(const char **cursor, const char *end, gsize *len);
