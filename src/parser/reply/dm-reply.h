/* dm-reply: what a debtor's message says.
 *
 * Separates bounces and auto-replies from replies, strips quoted text and signature, and
 * classifies the new text (Dutch, English) with a PCRE2 rule set.  Dates the text states
 * ("ik betaal vrijdag", "paid yesterday", "back on 3 December") are resolved against the
 * message's Date header.  Pure: no database, clock or network. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>
#include "parser/reply/dm-reply-types.h"
#include "parser/reply/dm-reply-quote.h"
#include "parser/reply/dm-reply-text.h"
#include "parser/reply/dm-reply-classify.h"

const char *dm_reply_kind_name(DmReplyKind kind);     /* "reply", "auto_reply", "bounce" */
const char *dm_reply_class_name(DmReplyClass klass);  /* "dispute", "promise_to_pay", ... */
/* Parses a class name; FALSE when unknown. */
gboolean dm_reply_class_from_name(const char *name, DmReplyClass *out);

/* What a delivery report says; DM_DELIVERY_NONE for everything else. */
typedef enum {
	DM_DELIVERY_NONE = 0,
	DM_DELIVERY_FAILED,         /* a hard failure (5.x.x): kind bounce */
	DM_DELIVERY_EXPIRED,        /* the MTA gave up retrying (failed, 4.x.x): kind bounce */
	DM_DELIVERY_DELAYED,        /* still retrying: kind auto_reply, changes nothing */
} DmDeliveryReport;

typedef struct {
	DmReplyKind kind;
	DmReplyClass klass;
	double confidence;          /* 0..1 */
	gboolean confident;         /* the class may act by itself (confidence >= 0.8) */
	DmReplyClass secondary;     /* a second intent, DM_REPLY_CLASS_OTHER when none */
	GDate date;                 /* promised / paid / return date, invalid when none */
	char *reply_text;           /* the new text, quotes and signature removed */
	char *bounced_recipient;    /* for bounces: the failed address, or NULL */
	char *matched_rule;         /* name of the rule that decided, for `explain` */
	DmDeliveryReport delivery;  /* for delivery reports: hard failure, expiry or delay */
	char *returned_message_id;  /* for delivery reports: the Message-ID (with <>) of the
	                             * returned message, or NULL */
	char *new_address;          /* "no longer works here, write to X": X, or NULL */
} DmReplyAnalysis;

void dm_reply_analysis_free(DmReplyAnalysis *a);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmReplyAnalysis, dm_reply_analysis_free)

/* (transfer full) never NULL for a parsed message. */
DmReplyAnalysis *dm_reply_analyze(GMimeMessage *msg);

/* Lower layers, exposed for tests and for later issues: dm_reply_strip_quotes
 * (dm-reply-quote.h), dm_reply_new_text and dm_reply_strip_html (dm-reply-text.h) and
 * dm_reply_classify_text (dm-reply-classify.h). */
