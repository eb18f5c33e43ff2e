/* machine_mail: was a message sent by a system rather than typed by a person answering
 * our mail (dm-machine-mail.h)?
 *
 * Two signs, both from how real mail is sent, not from its words:
 *   - the sender's address.  A no-reply mailbox takes no answers, so nobody types from
 *     it; shops, carriers, booking systems, survey tools and accounts-payable systems
 *     send from one.  The address is read with its separators dropped ("no-reply",
 *     "no_reply", "noreply.finance", "noreply-creditors" are all "noreply…"), and its
 *     parts one by one for the senders of notifications and newsletters ("notifications",
 *     "notify", "newsletter", "nieuwsbrief", "mailer"), in the mailbox or the domain
 *     ("@ups-notify.example", "@mailer.shop.example").  Role mailboxes people do type
 *     from ("info@", "admin@", "accounts@", "hello@") are no sign.
 *   - the headers of bulk mail — List-Unsubscribe (which large mailbox providers demand
 *     of bulk senders), List-Id, Feedback-ID, Precedence: bulk, junk or list — on a
 *     message that is no reply: no In-Reply-To, no References, no reply or forward
 *     prefix before the subject.  A list a person's answer passed through (a firm's
 *     shared mailbox as a Google Group) adds the same headers, but the answer keeps the
 *     headers of the mail it answers, and a person forwarding a notice has written
 *     something of their own.
 *
 * Failure classes: none; a message without a From address or headers is no machine's by
 * these signs. */
#include "parser/reply/dm-machine-mail.h"
#include "parser/reply/dm-auto-headers.h"
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-subject.h"
#include "common/dm-sanitize.h"

#include <string.h>

/* No-reply mailboxes, as their address reads with '.', '-', '_' and '+' dropped, in the
 * languages of the debtors' senders. */
static const char *const no_reply[] = {
	"noreply", "donotreply", "nepasrepondre", "nietbeantwoorden", "nichtantworten",
	"keineantwort",
};

/* Parts of an address (between '.', '-', '_', '+' and '@') only a system's mail carries. */
static const char *const system_parts[] = {
	"notify", "notification", "notifications", "newsletter", "newsletters", "nieuwsbrief",
	"nieuwsbrieven", "mailer", "mailings",
};

static gboolean
separator(char c)
{
	return c == '.' || c == '-' || c == '_' || c == '+';
}

static gboolean
no_reply_mailbox(const char *address)
{
	const char *at = strchr(address, '@');
	GString *joined = g_string_new(NULL);
	for (const char *p = address; *p && p != at; p++)
		if (!separator(*p))
			g_string_append_c(joined, g_ascii_tolower(*p));
	gboolean found = FALSE;
	for (gsize i = 0; i < G_N_ELEMENTS(no_reply) && !found; i++)
		found = strstr(joined->str, no_reply[i]) != NULL;
	g_string_free(joined, TRUE);
	return found;
}

static gboolean
system_part(const char *address)
{
	g_autofree char *lower = g_ascii_strdown(address, -1);
	g_auto(GStrv) parts = g_strsplit_set(lower, ".-_+@", -1);
	for (guint i = 0; parts[i]; i++)
		for (gsize k = 0; k < G_N_ELEMENTS(system_parts); k++)
			if (strcmp(parts[i], system_parts[k]) == 0)
				return TRUE;
	return FALSE;
}

/* Whether @msg answers or passes on another mail: its threading headers, or a reply or
 * forward prefix before its subject (dm-subject.h). */
static gboolean
is_reply(GMimeMessage *msg)
{
	GMimeObject *obj = GMIME_OBJECT(msg);
	return g_mime_object_get_header(obj, "In-Reply-To") != NULL ||
	       g_mime_object_get_header(obj, "References") != NULL ||
	       dm_subject_kind(g_mime_message_get_subject(msg), NULL) != DM_SUBJECT_NEW;
}

/* The bulk header @msg carries, or NULL. */
static const char *
bulk_header(GMimeMessage *msg)
{
	GMimeObject *obj = GMIME_OBJECT(msg);
	static const char *const present[] = { "List-Unsubscribe", "List-Id", "Feedback-ID" };
	for (gsize i = 0; i < G_N_ELEMENTS(present); i++)
		if (g_mime_object_get_header(obj, present[i]))
			return present[i];
	char word[DM_HEADER_KEYWORD_MAX + 1];
	if (dm_header_keyword(obj, "Precedence", word) &&
	    (g_ascii_strcasecmp(word, "bulk") == 0 || g_ascii_strcasecmp(word, "junk") == 0 ||
	     g_ascii_strcasecmp(word, "list") == 0))
		return "Precedence";
	return NULL;
}

gboolean
dm_machine_mail(GMimeMessage *msg, char **which)
{
	if (which)
		*which = NULL;
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), FALSE);
	g_autofree char *from = dm_message_from_address(msg);
	if (from && (no_reply_mailbox(from) || system_part(from))) {
		if (which) {
			g_autofree char *shown = dm_sanitize(from, 80);
			*which = g_strdup_printf("From: %s", shown);
		}
		return TRUE;
	}
	const char *bulk = bulk_header(msg);
	if (bulk && !is_reply(msg)) {
		if (which)
			*which = g_strdup_printf("%s, not a reply", bulk);
		return TRUE;
	}
	return FALSE;
}
