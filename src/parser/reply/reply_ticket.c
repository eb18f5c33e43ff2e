/* reply_ticket: the human line inside a ticket system's notification.
 *
 * Accounts-payable departments and facilities desks answer a reminder through a ticket
 * system (Zendesk, Freshdesk, TOPdesk, a supplier portal).  What reaches us is the
 * system's notification: a "reply above this line" marker, "Your request 48213 has been
 * updated", a status line ("Ticket #48990 status: solved"), the author and the date of
 * each comment, newest first, and a footer ("This email is a service from ...").  The
 * reply is the newest comment alone: the status "solved" or "opgelost" is the ticket's,
 * never a payment, and the older comments are the thread, as a quote is.
 *
 * A message is taken for a notification only on a marker a person does not type (see
 * marker_re); everything else in this file applies to notifications only, so that a
 * person's "Status: betaald" in an ordinary reply stays.
 *
 * Failures: none.  Every line is looked at a bounded number of times. */
#include "parser/reply/dm-reply-ticket.h"
#include "parser/reply/dm-reply-trailer.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define RK(src) DM_PATTERN("(*ANY)" src, PCRE2_CASELESS)

/* The marker is looked for in this many first lines: it heads the notification. */
#define MARKER_REACH 8
/* A comment's author line is at most this many words ("Samira Khan (Accounts
 * Payable)"). */
#define AUTHOR_MAX_WORDS 8

/* The lines only a ticket system writes at the top of its notification. */
static DmPattern marker_re = RK(
	"^\\s*##-.{0,120}-##\\s*$|"
	"\\b(?:reply|respond|answer) above this line\\b|"
	"^\\s*(?:your|uw|ihre?) (?:request|ticket|aanvraag|verzoek|melding|anfrage|ticket)\\s*"
	"\\[?#?[\\w-]*\\d[\\w-]*\\]?\\s+(?:has been|is|werd|wurde)\\s+(?:updated|bijgewerkt|"
	"aktualisiert|beantwortet|in behandeling genomen|received|ontvangen)|"
	/* "Uw verzoek (48213) is bijgewerkt": a comment added.  Not "Your request (#88213)
	 * has been received", a helpdesk's automatic acknowledgement, whose words are what
	 * says it is one. */
	"^\\s*(?:your|uw|ihre?) (?:request|ticket|aanvraag|verzoek|melding|anfrage)\\s*"
	"\\(#?[\\w-]*\\d[\\w-]*\\)\\s+(?:has been|is|werd|wurde)\\s+(?:updated|bijgewerkt|"
	"aktualisiert)|"
	"^\\s*ticket\\s*#?\\s*[\\w-]*\\d[\\w-]*\\s*(?::|-|—|–)\\s*(?:status|invoice|\\S.{0,60}"
	"(?:status|inquiry|query|anfrage|vraag))");
/* Lines of the notification that are no one's words: the markers, the status, the
 * invitation to answer, "X replied:" and its kin. */
static DmPattern chrome_re = RK(
	"^\\s*##-.{0,120}-##\\s*$|"
	"^\\s*please (?:type your )?reply above this line\\.?\\s*$|"
	/* "Your request ..." only in the system's own shape, a number or a state the system
	 * reports: "Your request for payment has been approved, ..." is a person's. */
	"^\\s*(?:your|uw|ihre?) (?:request|ticket|aanvraag|verzoek|melding|anfrage)\\s*(?:"
	"[\\[(]?#?[\\w-]*\\d[\\w-]*[\\])]?(?!\\S)|.{0,80}?\\b(?:has been|is|werd|wurde)\\s+(?:updated|"
	"received|solved|closed|bijgewerkt|ontvangen|opgelost|gesloten|in behandeling genomen|"
	"aktualisiert|beantwortet|erhalten|gelöst|geschlossen)\\b).{0,160}$|"
	"^\\s*(?:ticket\\s*#?\\s*[\\w-]*\\d[\\w-]*\\b.{0,80}|(?:ticket)?status\\s*:\\s*"
	"[\\p{L}\" ]{1,30}(?:\\|.{0,40})?)$|"
	"^\\s*(?:re|aw|antw):\\s*\\[[\\w#-]+\\].{0,120}$|"
	"^\\s*(?:to add (?:additional )?comments?|antworten sie auf diese|beantwoord deze)\\b.{0,120}$|"
	"^\\s*(?:\\S+\\s+){0,6}\\S+\\s+(?:replied|commented|antwortete|reageerde)\\s*:\\s*$|"
	"^\\s*(?:reactie|antwort|kommentar|comment|reply|response) (?:van|von|from)\\b.{0,80}:\\s*$");
/* The date line under a comment's author: "3 Dec 2026, 14:22 GMT", "Dec 9, 2026, 10:15
 * GMT+1", "2. Dez. 2026, 10:41 MEZ", "30 nov. 2026 15:40". */
static DmPattern comment_date_re = RK(
	"^\\s*(?:\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+|\\d{1,2}\\.?\\s+\\p{L}{3,9}\\.?\\s+|"
	/* "06.10.2026, 09:33 MESZ", "20-10-2026 14:26" */
	"\\d{1,2}[./-]\\d{1,2}[./-])(?:19|20)\\d\\d,?"
	"\\s+\\d{1,2}:\\d\\d(?:\\s*(?:[AP]M|[A-Z]{2,5}(?:[+-]\\d{1,2})?))?\\s*$");
/* The footer that ends the notification. */
static DmPattern footer_re = RK(
	"^\\s*(?:this (?:e-?mail|message) is a service from|deze e-?mail is een service van|"
	"diese e-?mail ist ein service von|dit bericht werd verzonden door|"
	"dit is een automatisch (?:verzonden|gegenereerd) bericht|dies ist eine automatisch|"
	"bitte antworten sie nicht auf diese|please do not reply to this|"
	"view this (?:ticket|request)|you are receiving this|to reply, respond above|"
	/* The invitation to comment and the system's own word on the ticket's state, in
	 * each language: "U kunt op deze e-mail reageren om opmerkingen ... toe te voegen",
	 * "Dit ticket is opgelost. Reageert u binnen 7 dagen ...", "This ticket has been
	 * marked as solved", "Dieses Ticket wurde gelöst". */
	"u kunt op deze e-?mail reageren|sie können auf diese e-?mail antworten|"
	"you can (?:reply to|respond to) this e-?mail|"
	"dit bericht is verzonden met|diese nachricht wurde (?:mit|über)|this message was sent (?:with|via)|"
	"(?:dit|deze) (?:ticket|melding|verzoek) is (?:opgelost|gesloten)|"
	"this (?:ticket|request) has been (?:marked as )?(?:solved|closed)|"
	"(?:dieses|das) ticket wurde (?:als gelöst markiert|gelöst|geschlossen)|"
	"attachment\\(s\\)|anh(?:ä|ae)nge?\\s*:?\\s*$|bijlage\\(n\\))|"
	"^\\s*\\[[A-Z0-9]{5,8}-[A-Z0-9]{4,6}\\]\\s*$");

gboolean
dm_reply_is_ticket(char **lines, guint n)
{
	for (guint i = 0, seen = 0; i < n && seen < MARKER_REACH; i++) {
		if (dm_reply_line_is_blank(lines[i]))
			continue;
		if (dm_pattern_found(&marker_re, lines[i]))
			return TRUE;
		seen++;
	}
	return FALSE;
}

/* Line @i is a comment's author: a short line that ends no sentence, directly above a
 * date line. */
static gboolean
author_at(char **lines, guint n, guint i)
{
	if (i + 1 >= n || dm_reply_line_is_blank(lines[i]) || !dm_pattern_found(&comment_date_re, lines[i + 1]))
		return FALSE;
	g_autofree char *trimmed = g_strstrip(g_strdup(lines[i]));
	g_auto(GStrv) words = g_strsplit_set(trimmed, " \t", -1);
	return g_strv_length(words) <= AUTHOR_MAX_WORDS;
}

char **
dm_reply_ticket_comment(char **lines, guint n)
{
	GPtrArray *out = g_ptr_array_new();
	gboolean heading_seen = FALSE;
	for (guint i = 0; i < n; i++) {
		const char *l = lines[i];
		if (dm_pattern_found(&footer_re, l))
			break;
		if (author_at(lines, n, i)) {
			/* The next heading opens an older comment: the thread. */
			if (heading_seen)
				break;
			heading_seen = TRUE;
			i++;
			continue;
		}
		if (dm_pattern_found(&chrome_re, l))
			continue;
		g_ptr_array_add(out, (gpointer) l);
	}
	g_ptr_array_add(out, NULL);
	return (char **) g_ptr_array_free(out, FALSE);
}
