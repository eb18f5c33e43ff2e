/* dm-digest-commands: the owner's commands by mail that were done, once per digest.
 *
 * A command is known by the digest its reply answers and its CLI form (dm_command_cli):
 * the same reply ingested twice, or the same line sent again in a new reply to the same
 * digest, finds it done and is not run again.  (Migration 9.)
 */
#pragma once
#include "dunning/ledger/dm-ledger.h"

/* *@done_at (transfer full): when @command was done for digest @digest_id, NULL when it
 * was not. */
gboolean dm_ledger_digest_command_done(DmLedger *ledger, gint64 digest_id, const char *command,
                                       char **done_at, GError **error);

/* Records @command (written as @line in message @message_id) as done for digest
 * @digest_id at @now with @outcome.  DM_LEDGER_ERROR_EXISTS when it was recorded before. */
gboolean dm_ledger_digest_command_add(DmLedger *ledger, gint64 digest_id, const char *command,
                                      const char *message_id, const char *line,
                                      const char *outcome, const char *now, GError **error);
