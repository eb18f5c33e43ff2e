/* bounce_mdn: a disposition notification (RFC 8098) that says the recipient's server
 * refused the mail: a Sieve "reject" sent as an MDN (RFC 5429 2.2.1: "Disposition:
 * automatic-action/MDN-sent-automatically; deleted", the reason in the human-readable
 * part).  Every other notification — read, displayed, deleted unread — says the mail
 * arrived.
 *
 * Failure classes: none; a part we cannot read is simply no reject. */
#include "parser/reply/dm-bounce-mdn.h"
#include "parser/text/dm-pattern.h"
#include "common/dm-address.h"

#include <string.h>

/* The words of a refusal, in the subject or the human-readable part, in the languages
 * Sieve implementations are configured in. */
static DmPattern rejected_words = DM_PATTERN(
	"reject|refused|not\\s+(?:been\\s+)?delivered|"
	"abgewiesen|abgelehnt|zurückgewiesen|nicht\\s+zugestellt|"
	"geweigerd|afgewezen|niet\\s+(?:afgeleverd|bezorgd)|"
	"refusé|rejeté|pas\\s+été\\s+(?:remis|distribué)", PCRE2_CASELESS | PCRE2_UTF);

void
dm_bounce_mdn_read(const char *body, DmBounceMdn *out)
{
	g_auto(GStrv) lines = g_strsplit(body, "\n", 256);
	g_autofree char *original = NULL;
	g_autofree char *final = NULL;
	for (guint i = 0; lines[i]; i++) {
		const char *l = g_strchomp(lines[i]);
		const char *colon = strchr(l, ':');
		if (colon == NULL || l[0] == ' ' || l[0] == '\t')
			continue;
		g_autofree char *name = g_ascii_strdown(l, colon - l);
		g_autofree char *value = g_strstrip(g_strdup(colon + 1));
		const char *semi = strchr(value, ';');
		if (strcmp(name, "original-recipient") == 0 && !original)
			original = dm_address_normalize(semi ? semi + 1 : value);
		else if (strcmp(name, "final-recipient") == 0 && !final)
			final = dm_address_normalize(semi ? semi + 1 : value);
		else if (strcmp(name, "original-message-id") == 0 && !out->message_id &&
		         value[0] == '<' && strchr(value, '@') && strlen(value) < 250 &&
		         !strpbrk(value + 1, "< \t") && value[strlen(value) - 1] == '>')
			out->message_id = g_strdup(value);
		else if (strcmp(name, "disposition") == 0) {
			/* "action-mode/sending-mode; disposition-type" */
			g_autofree char *d = g_ascii_strdown(value, -1);
			const char *type = strchr(d, ';');
			out->deleted_automatically |= g_str_has_prefix(d, "automatic-action") && type &&
			                              g_str_has_prefix(g_strchug((char *) type + 1),
			                                               "deleted");
		}
	}
	if (out->recipient == NULL)
		out->recipient = original ? g_steal_pointer(&original) : g_steal_pointer(&final);
}

void
dm_bounce_mdn_clear(DmBounceMdn *mdn)
{
	g_clear_pointer(&mdn->recipient, g_free);
	g_clear_pointer(&mdn->message_id, g_free);
	mdn->deleted_automatically = FALSE;
}

static gboolean
find(DmPattern *p, const char *text)
{
	DmMatch m;
	return text && dm_pattern_match(p, text, strlen(text), 0, &m);
}

gboolean
dm_bounce_mdn_rejected(const DmBounceMdn *mdn, const char *subject, const char *text)
{
	return mdn->deleted_automatically && (find(&rejected_words, subject) ||
	                                      find(&rejected_words, text));
}
