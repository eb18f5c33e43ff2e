/* reply_names: the names of the kinds and classes of a debtor's message, as the ledger,
 * the CLI's JSON and the model file write them (dm-reply-types.h).  One table each. */
#include "parser/reply/dm-reply-types.h"

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

char *
dm_reply_class_names_joined(const char *separator)
{
	g_return_val_if_fail(separator != NULL, NULL);
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < G_N_ELEMENTS(class_names); i++)
		g_string_append_printf(s, "%s%s", i ? separator : "", class_names[i]);
	return g_string_free(s, FALSE);
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
