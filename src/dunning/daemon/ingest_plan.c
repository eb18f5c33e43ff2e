/* ingest_plan: a spool file's bytes -> the plan of what to record (dm-ingest-plan.h).
 * All the parsing of ingestion happens here, and only here: the envelope, the MIME
 * message, the invoice extraction (XML, poppler) and the reply analysis.  Pure. */
#include "dunning/daemon/dm-ingest-plan.h"
#include "common/dm-address.h"
#include "common/dm-command-token.h"
#include "parser/invoice/dm-debtor.h"
#include "parser/mime/dm-message.h"

void
dm_ingest_plan_free(DmIngestPlan *plan)
{
	if (!plan)
		return;
	g_free(plan->mail_from);
	g_free(plan->first_rcpt);
	g_free(plan->verp_rcpt);
	g_free(plan->command_rcpt);
	g_free(plan->queue_id);
	g_free(plan->received_at);
	g_free(plan->message_id);
	g_free(plan->sha256);
	g_free(plan->from_addr);
	g_free(plan->subject);
	g_clear_pointer(&plan->thread_ids, g_ptr_array_unref);
	dm_invoice_facts_free(plan->invoice);
	dm_reply_analysis_free(plan->reply);
	dm_auth_verdict_clear(&plan->auth);
	g_free(plan);
}

char *
dm_ingest_message_sha256(const char *message, gsize len)
{
	return g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *) message, len);
}

/* (transfer full) the first of @rcpts whose sub-address starts with @prefix (our VERP
 * tag "dm-", a digest's token "dmc-"), or NULL. */
static char *
tagged_recipient(GPtrArray *rcpts, const char *prefix)
{
	for (guint i = 0; i < rcpts->len; i++) {
		g_autofree char *norm = dm_address_normalize(g_ptr_array_index(rcpts, i));
		g_autofree char *tag = dm_address_tag(norm);
		if (tag && g_str_has_prefix(tag, prefix))
			return g_steal_pointer(&norm);
	}
	return NULL;
}

DmIngestPlan *
dm_ingest_plan_read(const char *data, gsize len, const char *authserv_id,
                    const DmReplyModel *model, const DmRuleFile *rules, GError **error)
{
	g_autoptr(DmEnvelope) env = NULL;
	gsize offset = 0;
	if (!dm_envelope_parse(data, len, &env, &offset, error))
		return NULL;
	g_autoptr(GMimeMessage) msg = dm_message_parse(data + offset, len - offset, error);
	if (!msg)
		return NULL;

	g_autoptr(DmIngestPlan) plan = g_new0(DmIngestPlan, 1);
	plan->direction = env->direction;
	plan->mail_from = g_strdup(env->mail_from);
	plan->first_rcpt = env->rcpt_to->len > 0 ? g_strdup(g_ptr_array_index(env->rcpt_to, 0)) : NULL;
	plan->queue_id = g_strdup(env->queue_id);
	plan->received_at = g_strdup(env->received_at);
	plan->message_id = dm_message_id(msg);
	if (!plan->message_id)
		plan->message_id = g_strdup(env->added_message_id ? env->added_message_id : "");
	plan->sha256 = dm_ingest_message_sha256(data + offset, len - offset);
	plan->from_addr = dm_message_from_address(msg);
	plan->subject = g_strdup(g_mime_message_get_subject(msg));
	plan->date = dm_message_date(msg);
	plan->own = g_mime_object_get_header(GMIME_OBJECT(msg), "X-Dunmail") != NULL;
	plan->thread_ids = dm_message_thread_ids(msg);
	/* Our own outgoing copy needs no reading.  An incoming one is read all the same: the
	 * header alone proves nothing (anyone can write it, and a reminder the debtor sent
	 * back with "redirect" keeps it), so only a Message-ID in the outbox makes it ours. */
	if (plan->own && plan->direction == DM_DIRECTION_OUTGOING)
		return g_steal_pointer(&plan);
	if (plan->direction == DM_DIRECTION_OUTGOING) {
		plan->invoice = dm_invoice_extract_with_rules(msg, rules);
		dm_invoice_debtor_from_envelope(plan->invoice, msg, env->rcpt_to);
	}
	else if (plan->direction == DM_DIRECTION_INCOMING) {
		plan->verp_rcpt = tagged_recipient(env->rcpt_to, "dm-");
		plan->command_rcpt = tagged_recipient(env->rcpt_to, DM_COMMAND_TOKEN_PREFIX);
		/* The null envelope sender marks a bounce; the parser sees it as the delivering
		 * MTA would record it. */
		GMimeObject *obj = GMIME_OBJECT(msg);
		if (env->mail_from && *env->mail_from == '\0' &&
		    !g_mime_object_get_header(obj, "Return-Path"))
			g_mime_object_prepend_header(obj, "Return-Path", "<>", NULL);
		/* The explanation is not carried back to the parent (ingest_plan_variant.c). */
		plan->reply = dm_reply_analyze_unexplained(msg, model);
		dm_authres_check(msg, authserv_id, &plan->auth);
	}
	return g_steal_pointer(&plan);
}
