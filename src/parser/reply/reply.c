/* reply: one function that says what a debtor's message is, over the layers below it.
 *
 *   1. bounce.c: a delivery failure report -> kind bounce, class bounce, with the failed
 *      recipient.  A delay notice is not a bounce (the MTA is still trying): it becomes an
 *      auto_reply without a date, confidence 0.5, rule "dsn_delayed", so it changes
 *      nothing but is still shown.
 *   2. autoreply.c: an automatic answer -> kind auto_reply, class auto_reply, with the
 *      return date its text states (relative to the message's Date).
 *   3. otherwise a reply: the text without quotes and signature is classified
 *      (classify.c), relative dates resolved against the message's Date.
 * reply_text is always the stripped text, bounded to DM_REPLY_MAX_TEXT_BYTES.
 *
 * Failure classes: none; every parsed message gets an analysis. */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-autoreply.h"
#include "parser/reply/dm-bounce.h"
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-html.h"

#include <string.h>

static const char *const kind_names[] = {
	[DM_REPLY_KIND_REPLY] = "reply",
	[DM_REPLY_KIND_AUTO_REPLY] = "auto_reply",
	[DM_REPLY_KIND_BOUNCE] = "bounce",
};

static const char *const class_names[] = {
	[DM_REPLY_CLASS_OTHER] = "other",
	[DM_REPLY_CLASS_DISPUTE] = "dispute",
	[DM_REPLY_CLASS_PROMISE_TO_PAY] = "promise_to_pay",
	[DM_REPLY_CLASS_PAID] = "paid",
	[DM_REPLY_CLASS_ARRANGEMENT] = "arrangement",
	[DM_REPLY_CLASS_QUESTION] = "question",
	[DM_REPLY_CLASS_AUTO_REPLY] = "auto_reply",
	[DM_REPLY_CLASS_BOUNCE] = "bounce",
};

const char *
dm_reply_kind_name(DmReplyKind kind)
{
	g_return_val_if_fail((guint) kind < G_N_ELEMENTS(kind_names), "reply");
	return kind_names[kind];
}

const char *
dm_reply_class_name(DmReplyClass klass)
{
	g_return_val_if_fail((guint) klass < G_N_ELEMENTS(class_names), "other");
	return class_names[klass];
}

gboolean
dm_reply_class_from_name(const char *name, DmReplyClass *out)
{
	g_return_val_if_fail(out != NULL, FALSE);
	if (name == NULL)
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(class_names); i++)
		if (strcmp(name, class_names[i]) == 0) {
			*out = (DmReplyClass) i;
			return TRUE;
		}
	return FALSE;
}

void
dm_reply_analysis_free(DmReplyAnalysis *a)
{
	if (a == NULL)
		return;
	g_free(a->reply_text);
	g_free(a->bounced_recipient);
	g_free(a->matched_rule);
	g_clear_pointer(&a->explain, g_ptr_array_unref);
	g_free(a);
}

/* (transfer full) the stripped text of @msg, bounded for storage and display. */
static char *
stripped_text(GMimeMessage *msg)
{
	g_autofree char *text = dm_message_text(msg);
	g_autofree char *stripped = dm_reply_strip_quotes(text);
	return dm_text_bound(stripped, strlen(stripped), DM_REPLY_MAX_TEXT_BYTES);
}

DmReplyAnalysis *
dm_reply_analyze(GMimeMessage *msg)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), NULL);
	DmReplyAnalysis *a = g_new0(DmReplyAnalysis, 1);
	g_date_clear(&a->date, 1);
	a->secondary = DM_REPLY_CLASS_OTHER;
	a->explain = g_ptr_array_new_with_free_func(g_free);
	a->reply_text = stripped_text(msg);
	GDate reference = dm_message_date(msg);

	const char *rule = NULL;
	char *recipient = NULL;
	DmBounceKind bounce = dm_bounce_detect(msg, &recipient, &rule);
	if (bounce == DM_BOUNCE_FAILED) {
		a->kind = DM_REPLY_KIND_BOUNCE;
		a->klass = DM_REPLY_CLASS_BOUNCE;
		/* A standard report is unambiguous; a free-form one is read from words. */
		a->confidence = g_str_has_prefix(rule, "dsn_") ? 0.97 : 0.85;
		a->bounced_recipient = recipient;
		a->matched_rule = g_strdup(rule);
		return a;
	}
	g_free(recipient);
	if (bounce == DM_BOUNCE_DELAYED) {
		a->kind = DM_REPLY_KIND_AUTO_REPLY;
		a->klass = DM_REPLY_CLASS_AUTO_REPLY;
		a->confidence = 0.5;
		a->matched_rule = g_strdup("dsn_delayed");
		return a;
	}

	if (dm_autoreply_detect(msg, &rule)) {
		a->kind = DM_REPLY_KIND_AUTO_REPLY;
		a->klass = DM_REPLY_CLASS_AUTO_REPLY;
		a->confidence = g_str_has_prefix(rule, "header_") ? 0.95 : 0.8;
		a->matched_rule = g_strdup(rule);
		/* The subject often carries the dates ("Afwezig t/m 30 november"). */
		const char *subject = g_mime_message_get_subject(msg);
		g_autofree char *text = dm_message_text(msg);
		g_autofree char *both = g_strconcat(subject ? subject : "", "\n", text, NULL);
		dm_autoreply_return_date(both, &reference, &a->date);
		return a;
	}

	a->kind = DM_REPLY_KIND_REPLY;
	a->klass = dm_reply_classify_text(a->reply_text, &reference, &a->confidence, &a->date,
	                                  &rule);
	a->matched_rule = g_strdup(rule);
	return a;
}
