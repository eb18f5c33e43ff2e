/* answer_tag: the subject tags of the one-click answers (dm-reply-answer.h). */
#include "parser/reply/dm-reply-answer.h"

#include <string.h>

#define TAG "[dunmail:"
#define NUMBER_MAX 64

static const struct {
	const char *word;
	DmReplyClass klass;
} answers[] = {
	{ "paid", DM_REPLY_CLASS_PAID },
	{ "plan", DM_REPLY_CLASS_ARRANGEMENT },
	{ "question", DM_REPLY_CLASS_QUESTION },
};

gboolean
dm_reply_answer_tag(const char *subject, DmReplyClass *klass, char **number)
{
	*number = NULL;
	if (!subject)
		return FALSE;
	/* Folded white space (a long subject wrapped by the client) reads as one space. */
	g_autoptr(GString) flat = g_string_new(NULL);
	for (const char *p = subject; *p; p++) {
		gboolean space = g_ascii_isspace(*p);
		if (space && (flat->len == 0 || flat->str[flat->len - 1] == ' '))
			continue;
		g_string_append_c(flat, space ? ' ' : *p);
	}
	g_autofree char *lower = g_ascii_strdown(flat->str, -1);
	for (const char *at = strstr(lower, TAG); at; at = strstr(at + 1, TAG)) {
		const char *word = at + strlen(TAG);
		for (gsize i = 0; i < G_N_ELEMENTS(answers); i++) {
			gsize n = strlen(answers[i].word);
			if (strncmp(word, answers[i].word, n) != 0 || word[n] != ' ')
				continue;
			const char *start = flat->str + (word + n + 1 - lower);
			const char *end = strchr(start, ']');
			if (!end)
				continue;
			g_autofree char *num = g_strstrip(g_strndup(start, (gsize) (end - start)));
			if (*num == '\0' || strlen(num) > NUMBER_MAX)
				continue;
			*klass = answers[i].klass;
			*number = g_steal_pointer(&num);
			return TRUE;
		}
	}
	return FALSE;
}
