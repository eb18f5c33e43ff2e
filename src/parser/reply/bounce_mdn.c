/* bounce_mdn: a disposition notification (RFC 8098) that says the recipient's server
 * refused the mail: a Sieve "reject" sent as an MDN (RFC 5429 2.2.1: "Disposition:
 * automatic-action/MDN-sent-automatically; deleted", the reason in the human-readable
 * part).  Every other notification — read, displayed, deleted unread — says the mail
 * arrived.
 *
 * Failure classes: none; a part we cannot read is simply no reject. */
#include "parser/reply/dm-bounce-mdn.h"
#include "parser/reply/dm-bounce-message-id.h"
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
		else if (strcmp(name, "original-message-id") == 0 && !out->message_id)
			out->message_id = dm_bounce_message_id(value);
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

/* A receipt for a mail deleted unread: a person deleted it after it arrived.  ("Not read:"
 * only as Outlook's subject: a reject's reason may say "I do not read mail from you".) */
static DmPattern unread_words = DM_PATTERN(
	"without\\s+being\\s+read|\\A\\s*not\\s+read\\s*:|ungelesen|nicht\\s+gelesen|"
	"zonder\\s+(?:te\\s+)?(?:zijn\\s+)?gelezen|niet\\s+gelezen|non\\s+lu|"
	"sans\\s+avoir\\s+été\\s+lu", PCRE2_CASELESS | PCRE2_UTF);

/* A line of @text that quotes the original's subject ("  Subject: Re: goods not
 * delivered"): its words are the writer's, not the notification's. */
static DmPattern quoted_subject_line = DM_PATTERN(
	"\\A[ \\t>]*(?:subject|betreff|onderwerp|objet|oggetto|asunto)\\s*:",
	PCRE2_CASELESS | PCRE2_UTF);

/* @text without the lines that quote the original's subject. */
static char *
without_quoted_subject(const char *text)
{
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	GString *own = g_string_new(NULL);
	for (guint i = 0; lines[i]; i++)
		if (!dm_pattern_found(&quoted_subject_line, lines[i]))
			g_string_append_printf(own, "%s\n", lines[i]);
	return g_string_free(own, FALSE);
}

gboolean
dm_bounce_mdn_rejected(const DmBounceMdn *mdn, const char *subject, const char *text)
{
	if (!mdn->deleted_automatically || dm_pattern_found(&unread_words, subject) || dm_pattern_found(&unread_words, text))
		return FALSE;
	/* The subject's own words are those before the original's ("Rejected: <original>");
	 * the text's, those not on a line that quotes the original's subject. */
	g_autofree char *own_subject = subject ? g_strndup(subject, strcspn(subject, ":")) : NULL;
	g_autofree char *own_text = text ? without_quoted_subject(text) : NULL;
	return dm_pattern_found(&rejected_words, own_subject) || dm_pattern_found(&rejected_words, own_text);
}
