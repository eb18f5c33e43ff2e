/* forward_origin: whether a forward quotes a mail its own sender wrote
 * (dm_forward_origin_is_sender).  The quoted header block of a forward names its first
 * sender on a "From:" line in the mail client's language; that line, not the subject's
 * "FW:", tells a resent invoice from a bill passed on.  The sender's own address is one;
 * a colleague at the same domain is one only when the quoted mail went to someone else:
 * on a shared free-mail domain a supplier's bill to the business has the same domain as
 * the business and names it on its "To:" line.
 * Failures: none. */
#include "parser/invoice/dm-forward-origin.h"
#include "common/dm-address.h"
#include "parser/mime/dm-message.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* The quoted header's sender line: "Van: Dierenkliniek De Hoefslag <balie@...>",
 * "From: Messebau Kranich GmbH [mailto:finanzen@...]", "Von: finanzen@...". */
static DmPattern quoted_from = DM_PATTERN(
	"^[ \\t>*]*(?:From|Van|Von|De|Fra|Från)[ \\t]*:[ \\t]*([^\\n]{1,300})$",
	PCRE2_CASELESS | PCRE2_MULTILINE);
/* The quoted header's recipient line, after its sender line. */
static DmPattern quoted_to = DM_PATTERN(
	"^[ \\t>*]*(?:To|Aan|An|Til|Till)[ \\t]*:[ \\t]*([^\\n]{1,300})$",
	PCRE2_CASELESS | PCRE2_MULTILINE);
static DmPattern address_in_line = DM_PATTERN("[^\\s<>\\[\\]\"':;,]+@[^\\s<>\\[\\]\"';,]+", 0);

/* (transfer full) @line without an address and the brackets and quotes around it. */
static char *
name_part(const char *line)
{
	g_autofree char *copy = g_strdup(line);
	char *cut = strpbrk(copy, "<[");
	if (cut)
		*cut = '\0';
	g_strdelimit(copy, "\"'", ' ');
	return g_strdup(g_strstrip(copy));
}

static gboolean
same_domain(const char *a, const char *b)
{
	const char *da = dm_address_domain(a), *db = dm_address_domain(b);
	return da && db && g_ascii_strcasecmp(da, db) == 0;
}

/* Whether the quoted recipient line from @from_end on names @sender. */
static gboolean
quoted_to_names(const char *body_text, gsize from_end, const char *sender)
{
	DmMatch m;
	gsize len = strlen(body_text);
	if (!dm_pattern_match(&quoted_to, body_text, len, from_end, &m))
		return FALSE;
	g_autofree char *line = dm_match_group(&m, 1);
	for (gsize at = 0; at < strlen(line);) {
		DmMatch a;
		if (!dm_pattern_match(&address_in_line, line, strlen(line), at, &a))
			break;
		g_autofree char *raw = dm_match_group(&a, 0);
		g_autofree char *quoted = dm_address_normalize(raw);
		if (quoted && g_ascii_strcasecmp(quoted, sender) == 0)
			return TRUE;
		at = a.end[0];
	}
	return FALSE;
}

gboolean
dm_forward_origin_is_sender(GMimeMessage *msg, const char *body_text)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), FALSE);
	DmMatch m;
	if (!body_text || !dm_pattern_match(&quoted_from, body_text, strlen(body_text), 0, &m))
		return FALSE;
	g_autofree char *line = dm_match_group(&m, 1);
	g_autofree char *sender = dm_message_from_address(msg);
	DmMatch a;
	if (dm_pattern_match(&address_in_line, line, strlen(line), 0, &a)) {
		g_autofree char *raw = dm_match_group(&a, 0);
		g_autofree char *quoted = dm_address_normalize(raw);
		if (!sender || !quoted)
			return FALSE;
		if (g_ascii_strcasecmp(sender, quoted) == 0)
			return TRUE;
		return same_domain(sender, quoted) && !quoted_to_names(body_text, m.end[0], sender);
	}
	g_autofree char *own_name = dm_message_from_name(msg);
	g_autofree char *quoted_name = name_part(line);
	return own_name && *quoted_name && g_utf8_collate(own_name, quoted_name) == 0;
}

gboolean
dm_forward_quotes_mail(const char *body_text)
{
	DmMatch m;
	return body_text && dm_pattern_match(&quoted_from, body_text, strlen(body_text), 0, &m);
}
