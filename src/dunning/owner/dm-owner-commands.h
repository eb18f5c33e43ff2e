/* dm-owner-commands: the owner's commands by mail (parser/command/dm-command.h) applied
 * through the same decisions as the `dunmail` verbs, and who may give them.
 *
 *   dm_owner_command_run      one command -> dm_owner_reclassify, _paid, _resolve, _resume,
 *                             _writeoff, _pause or dm_owner_debtor: so every command by
 *                             mail exists in the CLI with the same effect (dm_command_cli
 *                             names the verb);
 *   dm_owner_command_trusted  a reply to a digest is obeyed only when it is from the
 *                             owner's address and either the trusted Authentication-Results
 *                             verify it or it carries the digest's valid token.  Pure.
 *
 * Diagnostics: as dm-owner.h; a payment plan's as dm-owner-plan.h (DM_PLAN_ERROR for a
 * request that makes no plan).
 */
#pragma once
#include "dunning/owner/dm-owner.h"
#include "common/dm-command-token.h"
#include "common/dm-ladder-config.h"
#include "parser/command/dm-command.h"

/* Runs @cmd at @now; *@summary (transfer full) what changed.  @ladders: the configured
 * ladders (a debtor's settings are checked against them). */
gboolean dm_owner_command_run(DmLedger *ledger, const DmLadderSet *ladders, const DmCommand *cmd,
                              GDateTime *now, char **summary, GError **error);

/* What is known of a reply to a digest when deciding whether to obey it. */
typedef struct {
	const char *from_addr;      /* (nullable) the From header's address, normalized */
	const char *owner_address;  /* [dunning] owner_address */
	gboolean auth_verified;     /* the trusted Authentication-Results verify From */
	const char *auth_detail;    /* (nullable) what they say, for the reason */
	DmCommandToken token;       /* the token its recipient carries */
	gint64 token_digest;        /* the digest a VALID or EXPIRED token names */
	const GDate *token_expires; /* (nullable) its last day */
	gint64 thread_digest;       /* the digest In-Reply-To / References name, 0: none */
} DmCommandSender;

/* TRUE when @s may command; *@digest_id is then the digest its commands answer.  FALSE
 * with *@why (transfer full) saying why nothing is run, and *@code (transfer none) the
 * same as a code for the digest to word: "not_owner", "no_digest", "token_expired",
 * "token_invalid" or "no_token". */
gboolean dm_owner_command_trusted(const DmCommandSender *s, gint64 *digest_id, char **why,
                                  const char **code);
