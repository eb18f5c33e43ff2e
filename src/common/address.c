/* address: normalize envelope and header addresses for comparison. */
#include "common/dm-address.h"

#include <string.h>

#define DM_ADDRESS_MAX 254     /* RFC 5321 path limit less the brackets */

char *
dm_address_normalize(const char *text)
{
	if (!text)
		return NULL;
	while (g_ascii_isspace(*text))
		text++;
	const char *start = text, *end = text + strlen(text);
	const char *lt = strrchr(text, '<');
	if (lt) {
		const char *gt = strchr(lt, '>');
		if (!gt)
			return NULL;
		start = lt + 1;
		end = gt;
	}
	while (end > start && g_ascii_isspace(end[-1]))
		end--;
	while (start < end && g_ascii_isspace(*start))
		start++;
	gsize len = (gsize) (end - start);
	if (len == 0 || len > DM_ADDRESS_MAX)
		return NULL;
	const char *at = NULL;
	for (const char *p = start; p < end; p++) {
		if ((guchar) *p < 0x21 || *p == 0x7f || *p == '<' || *p == '>' || *p == ',')
			return NULL;
		if (*p == '@')
			at = p;
	}
	if (!at || at == start || at == end - 1)
		return NULL;
	char *out = g_ascii_strdown(start, (gssize) len);
	return out;
}

const char *
dm_address_domain(const char *address)
{
	const char *at = address ? strrchr(address, '@') : NULL;
	return at && at[1] ? at + 1 : NULL;
}

char *
dm_address_untagged(const char *address, char **tag_out)
{
	if (tag_out)
		*tag_out = NULL;
	const char *at = address ? strrchr(address, '@') : NULL;
	if (!at || at == address)
		return NULL;
	const char *plus = memchr(address, '+', (gsize) (at - address));
	/* "+tag@x" has no base to speak of: not a sub-address. */
	if (!plus || plus == address)
		return g_strdup(address);
	if (tag_out)
		*tag_out = g_strndup(plus + 1, (gsize) (at - plus - 1));
	return g_strdup_printf("%.*s%s", (int) (plus - address), address, at);
}

char *
dm_address_tag(const char *address)
{
	char *tag = NULL;
	g_free(address ? dm_address_untagged(address, &tag) : NULL);
	return tag;
}

gboolean
dm_address_same_mailbox(const char *a, const char *b)
{
	const char *at_a = a ? strrchr(a, '@') : NULL, *at_b = b ? strrchr(b, '@') : NULL;
	if (!at_a || !at_b || g_ascii_strcasecmp(at_a, at_b) != 0)
		return FALSE;
	gsize la = strcspn(a, "+@"), lb = strcspn(b, "+@");
	return la == lb && g_ascii_strncasecmp(a, b, la) == 0;
}

/* The mail providers whose mailboxes are persons' own: a label alone stands for it under any
 * suffix ("hotmail" for hotmail.com and hotmail.co.uk), a domain with a dot for itself. */
static const char *const free_mail[] = {
	"gmail", "googlemail", "outlook", "hotmail", "live", "msn", "icloud", "me.com", "mac.com",
	"yahoo", "ymail", "aol", "gmx", "web.de", "t-online.de", "freenet.de", "posteo", "proton.me",
	"protonmail", "ziggo.nl", "kpnmail.nl", "planet.nl", "hetnet.nl", "home.nl", "xs4all.nl",
	"telenet.be", "skynet.be", "bluewin.ch", "btinternet.com", "orange.fr", "free.fr",
};

gboolean
dm_address_free_mail_domain(const char *domain)
{
	g_autofree char *label = g_strndup(domain, strcspn(domain, "."));
	for (guint i = 0; i < G_N_ELEMENTS(free_mail); i++)
		if (strcmp(domain, free_mail[i]) == 0 || strcmp(label, free_mail[i]) == 0)
			return TRUE;
	return FALSE;
}
