/* dm-ingest-commands: the owner's reply to a digest, obeyed or refused.
 *
 * A message to a billing address is a reply to a digest when its recipient carries a
 * digest's token (dm-command-token.h) or its In-Reply-To / References name a digest we
 * sent.  Such a message is never a debtor's reply.  It is obeyed when
 * dm_owner_command_trusted() says so: each line of its new text is read
 * (parser/command/dm-command.h) and run through the owner's decisions
 * (dm-owner-commands.h), a command already done for the same digest is not run again
 * ("already done on DATE"), and a confirmation listing every line's outcome is queued for
 * the owner in the outbox (sent by the pass, like the digest).  Refused, nothing is run and
 * a commands_refused event tells the next digest why.
 *
 * Each command is its own transaction (the owner's decisions are), recorded as done just
 * after; the message, its event and the confirmation are one transaction at the end.  A
 * crash in between leaves the file for the next pass, whose commands then read "already
 * done"; only a crash between a decision and its record could run that one again.
 */
#pragma once
#include "common/dm-config.h"
#include "dunning/daemon/dm-ingest-plan.h"
#include "dunning/ledger/dm-messages.h"

/* Outside any transaction.  *@handled: the message was a reply to a digest and is
 * recorded (as *@rec, with role "commands" or "commands_refused"); FALSE: not one, the
 * caller records it as before.  FALSE with @error for the ledger's trouble. */
gboolean dm_ingest_commands(const DmConfig *config, DmLedger *ledger, const DmIngestPlan *plan,
                            DmMessageRecord *rec, GDateTime *now, const char *name,
                            gboolean *handled, GError **error);
