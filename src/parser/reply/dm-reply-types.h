/* dm-reply-types: the kinds and classes of a debtor's message, and the bounds on the text
 * the reply readers look at, and the names of the kinds and classes; shared by the files of
 * src/parser/reply and their callers (through dm-reply.h). */
#pragma once
#include <glib.h>

/* Hard limit on the text the classifier and the auto-reply scanner look at: a debtor's
 * answer is short, and the patterns must not run over megabytes of hostile text. */
#define DM_REPLY_MAX_CLASSIFY_BYTES (16 * 1024)
/* Hard limit on reply_text kept in the analysis (and shown to the owner). */
#define DM_REPLY_MAX_TEXT_BYTES     (8 * 1024)

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

/* The names (reply_names.c), as the ledger, the JSON and the model file write them. */
const char *dm_reply_kind_name(DmReplyKind kind);     /* "reply", "auto_reply", "bounce" */
const char *dm_reply_class_name(DmReplyClass klass);  /* "dispute", "promise_to_pay", ... */
/* Parses a class name; FALSE when unknown. */
gboolean dm_reply_class_from_name(const char *name, DmReplyClass *out);
/* (transfer full) every class name dm_reply_class_from_name knows, in the order of
 * DmReplyClass, between @separator: what an error about an unknown name lists. */
char *dm_reply_class_names_joined(const char *separator);
