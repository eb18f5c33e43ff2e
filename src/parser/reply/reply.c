/* reply: one function that says what a debtor's message is, over the layers below it.
 *
 *   1. bounce.c: a delivery failure report -> kind bounce, class bounce, with the failed
 *      recipient, the returned Message-ID, and whether it is a hard failure or an expiry
 *      (@delivery).  A delay notice is not a bounce (the MTA is still trying): it becomes
 *      an auto_reply without a date, confidence 0.5, delivery "delayed", so it changes
 *      nothing but is still shown.
 *   2. autoreply.c: an automatic answer -> kind auto_reply, class auto_reply, with the
 *      return date its text states (relative to the message's Date).
 *   3. otherwise a reply: the new text (reply_text.c: the part that shows the quote best,
 *      without quotes, signature and disclaimer) is classified
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
	g_free(a->returned_message_id);
	g_free(a->new_address);
	g_free(a);
}

/* (transfer full) the stripped text of @msg, bounded for storage and display. */
static char *
stripped_text(GMimeMessage *msg)
{
	g_autofree char *stripped = dm_reply_new_text(msg);
	return dm_text_bound(stripped, strlen(stripped), DM_REPLY_MAX_TEXT_BYTES);
}

/* Below this, a class is a guess: the reply holds the ladder for the owner instead. */
#define CONFIDENT_AT 0.8

static DmReplyAnalysis *
analyze(GMimeMessage *msg)
{
	DmReplyAnalysis *a = g_new0(DmReplyAnalysis, 1);
	g_date_clear(&a->date, 1);
	a->reply_text = stripped_text(msg);
	GDate reference = dm_message_date(msg);

	const char *rule = NULL;
	DmBounceReport report;
	DmBounceKind bounce = dm_bounce_detect(msg, &report);
	if (bounce != DM_BOUNCE_NONE) {
		a->matched_rule = g_strdup(report.rule);
		a->returned_message_id = g_steal_pointer(&report.returned_message_id);
	}
	if (bounce == DM_BOUNCE_FAILED || bounce == DM_BOUNCE_EXPIRED) {
		a->kind = DM_REPLY_KIND_BOUNCE;
		a->klass = DM_REPLY_CLASS_BOUNCE;
		a->delivery = bounce == DM_BOUNCE_FAILED ? DM_DELIVERY_FAILED : DM_DELIVERY_EXPIRED;
		/* A standard report is unambiguous; a free-form one is read from words. */
		a->confidence = g_str_has_prefix(report.rule, "dsn_") ? 0.97 : 0.85;
		a->bounced_recipient = g_steal_pointer(&report.recipient);
	} else if (bounce == DM_BOUNCE_DELAYED) {
		a->kind = DM_REPLY_KIND_AUTO_REPLY;
		a->klass = DM_REPLY_CLASS_AUTO_REPLY;
		a->delivery = DM_DELIVERY_DELAYED;
		a->confidence = 0.5;
	}
	dm_bounce_report_clear(&report);
	if (bounce != DM_BOUNCE_NONE)
		return a;

	g_autofree char *from = dm_message_from_address(msg);
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
		a->new_address = dm_autoreply_new_address(both, from);
		return a;
	}
	/* A person may say it too ("Jan werkt hier niet meer, mail naar ..."). */
	a->new_address = dm_autoreply_new_address(a->reply_text, from);

	a->kind = DM_REPLY_KIND_REPLY;
	a->klass = dm_reply_classify_text(a->reply_text, &reference, &a->confidence, &a->date,
	                                  &rule);
	a->matched_rule = g_strdup(rule);
	return a;
}

DmReplyAnalysis *
dm_reply_analyze(GMimeMessage *msg)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), NULL);
	DmReplyAnalysis *a = analyze(msg);
	a->confident = a->confidence >= CONFIDENT_AT;
	return a;
}
