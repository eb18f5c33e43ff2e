/* commands: the owner's commands by mail, run through the owner's decisions, and the rule
 * of who may give them (dm-owner-commands.h). */
#include "dunning/owner/dm-owner-commands.h"
#include "dunning/owner/dm-owner-plan.h"
#include "dunning/owner/dm-owner-debtor.h"
#include "common/dm-clock.h"

/* Why a digest reply of @s is not obeyed (transfer full): what would have proven it;
 * *@code: the same as a code. */
static char *
refusal(const DmCommandSender *s, const char **code)
{
	g_autofree char *auth = g_strdup_printf("the Authentication-Results do not verify it (%s)",
	                                        s->auth_detail ? s->auth_detail : "none");
	g_autofree char *day = s->token_expires ? dm_date_iso(s->token_expires) : NULL;
	switch (s->token) {
	case DM_COMMAND_TOKEN_EXPIRED:
		*code = "token_expired";
		return g_strdup_printf("its token expired on %s and %s", day ? day : "?", auth);
	case DM_COMMAND_TOKEN_INVALID:
		*code = "token_invalid";
		return g_strdup_printf("its token is not one dunmail made, and %s", auth);
	default:
		*code = "no_token";
		return g_strdup_printf("it carries no token and %s", auth);
	}
}

gboolean
dm_owner_command_trusted(const DmCommandSender *s, gint64 *digest_id, char **why,
                         const char **code)
{
	*digest_id = 0;
	*why = NULL;
	*code = NULL;
	if (!s->from_addr || !s->owner_address || g_ascii_strcasecmp(s->from_addr,
	                                                            s->owner_address) != 0) {
		*why = g_strdup_printf("it is from %s, not from the owner's address",
		                       s->from_addr ? s->from_addr : "an unknown sender");
		*code = "not_owner";
		return FALSE;
	}
	if (s->token == DM_COMMAND_TOKEN_VALID) {
		*digest_id = s->token_digest;
		return TRUE;
	}
	/* A token that verifies but expired still says truly which digest it answers. */
	gint64 digest = s->thread_digest > 0 ? s->thread_digest
	              : s->token == DM_COMMAND_TOKEN_EXPIRED ? s->token_digest : 0;
	if (s->auth_verified && digest > 0) {
		*digest_id = digest;
		return TRUE;
	}
	if (s->auth_verified) {
		*why = g_strdup("it names no digest of ours (no In-Reply-To or References to one, "
		                "no valid token)");
		*code = "no_digest";
		return FALSE;
	}
	*why = refusal(s, code);
	return FALSE;
}

static gboolean
pause_debtor(DmLedger *ledger, const DmLadderSet *ladders, const DmCommand *cmd,
             GDateTime *now, char **summary, GError **error)
{
	DmDebtorChange change = { .kind = DM_DEBTOR_KIND_UNSET, .pause_until = &cmd->date,
	                          .pause_reason = cmd->reason };
	DmDebtorSettings settings = { 0 };
	gboolean ok = dm_owner_debtor(ledger, ladders, cmd->address, &change, now, &settings,
	                              summary, error);
	dm_debtor_settings_clear(&settings);
	return ok;
}

gboolean
dm_owner_command_run(DmLedger *ledger, const DmLadderSet *ladders, const DmCommand *cmd,
                     GDateTime *now, char **summary, GError **error)
{
	*summary = NULL;
	switch (cmd->verb) {
	case DM_COMMAND_RECLASSIFY:
		return dm_owner_reclassify(ledger, cmd->reply_id, cmd->klass, &cmd->date, now, summary,
		                           error);
	case DM_COMMAND_PAID:
		return dm_owner_paid(ledger, cmd->number, cmd->amount_cents, &cmd->date, now, summary,
		                     error);
	case DM_COMMAND_RESOLVE:
		return dm_owner_resolve(ledger, cmd->number, now, summary, error);
	case DM_COMMAND_RESUME:
		return dm_owner_resume(ledger, cmd->number, now, summary, error);
	case DM_COMMAND_WRITEOFF:
		return dm_owner_writeoff(ledger, cmd->number, cmd->reason, now, summary, error);
	case DM_COMMAND_PAUSE:
		return dm_owner_pause(ledger, cmd->number, cmd->reason, &cmd->date, now, summary,
		                      error);
	case DM_COMMAND_PAUSE_DEBTOR:
		return pause_debtor(ledger, ladders, cmd, now, summary, error);
	case DM_COMMAND_PLAN: {
		DmPlanRequest request = {
			.instalments = cmd->plan.instalments,
			.every = { cmd->plan.period == DM_COMMAND_PLAN_WEEKLY ? DM_PLAN_EVERY_WEEK
			                                                      : DM_PLAN_EVERY_MONTH, 1 },
			.from = cmd->plan.first,
		};
		return dm_owner_plan_create(ledger, cmd->number, &request, "the owner", now,
		                            summary, error);
	}
	}
	g_return_val_if_reached(FALSE);
}
