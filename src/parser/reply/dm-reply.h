/* dm-reply: what a debtor's message says.
 *
 * Separates bounces and auto-replies from replies, strips quoted text and signature, and
 * classifies the new text (Dutch, English) with a PCRE2 rule set.  Dates the text states
 * ("ik betaal vrijdag", "paid yesterday", "back on 3 December") are resolved against the
 * message's Date header.  Pure: no database, clock or network. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>

typedef enum {
	DM_REPLY_KIND_REPLY,
	DM_REPLY_KIND_AUTO_REPLY,
	DM_REPLY_KIND_BOUNCE,
} DmReplyKind;

typedef enum {
	DM_REPLY_CLASS_OTHER = 0,
	DM_REPLY_CLASS_DISPUTE,
	DM_REPLY_CLASS_PROMISE_TO_PAY,
	DM_REPLY_CLASS_PAID,
	DM_REPLY_CLASS_ARRANGEMENT,
	DM_REPLY_CLASS_QUESTION,
	DM_REPLY_CLASS_AUTO_REPLY,
	DM_REPLY_CLASS_BOUNCE,
} DmReplyClass;

const char *dm_reply_kind_name(DmReplyKind kind);     /* "reply", "auto_reply", "bounce" */
const char *dm_reply_class_name(DmReplyClass klass);  /* "dispute", "promise_to_pay", ... */
/* Parses a class name; FALSE when unknown. */
gboolean dm_reply_class_from_name(const char *name, DmReplyClass *out);

typedef struct {
	DmReplyKind kind;
	DmReplyClass klass;
	double confidence;          /* 0..1 */
	GDate date;                 /* promised / paid / return date, invalid when none */
	char *reply_text;           /* the new text, quotes and signature removed */
	char *bounced_recipient;    /* for bounces: the failed address, or NULL */
	char *matched_rule;         /* name of the rule that decided, for `explain` */
} DmReplyAnalysis;

void dm_reply_analysis_free(DmReplyAnalysis *a);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmReplyAnalysis, dm_reply_analysis_free)

/* (transfer full) never NULL for a parsed message. */
DmReplyAnalysis *dm_reply_analyze(GMimeMessage *msg);

/* Lower layers, exposed for tests and for later issues: */
/* (transfer full) @text without quoted lines, attribution line and signature. */
char *dm_reply_strip_quotes(const char *text);
/* Classifies already-stripped text; @reference resolves relative dates. */
DmReplyClass dm_reply_classify_text(const char *text, const GDate *reference,
                                    double *confidence, GDate *date, const char **rule);
