/* bounce_person: a postmaster, an IT man or a debtor who answers the business's question
 * about its returned reminders ("Onze herinneringen komen terug met 550 5.7.1") writes from
 * a report's address (postmaster@) and in a report's words: the code, "Client host
 * blocked", "niet afgeleverd".  Words and a sender's address are all a free-form report
 * has to show for itself, so such an answer would read as a failure of the mail it
 * answers.  A person's answer has a shape no MTA gives its reports together: a reply's
 * subject, a thread header, none of the headers of machine mail, and the words of the
 * writer above the quoted mail.  (Verizon's reports do say "Re:" and In-Reply-To, but
 * quote nothing.) */
#include "parser/reply/dm-bounce-person.h"
#include "parser/reply/dm-auto-headers.h"
#include "parser/reply/dm-reply-quote.h"
#include "parser/reply/dm-report-sender.h"
#include "parser/mime/dm-subject.h"

#include <string.h>

/* How many lines of a person's answer are read for its quote: an answer is short. */
#define QUOTE_LOOK_LINES 200

/* TRUE when @text holds own words above the mail it answers, quoted line by line ("> …")
 * or under an attribution ("Op … schreef …:").  Not a header block: reports list the
 * failed mail's fields the way Outlook quotes a mail ("Subject: …", "From: …"). */
static gboolean
quotes_an_original(const char *text)
{
	g_auto(GStrv) lines = g_strsplit(text, "\n", QUOTE_LOOK_LINES);
	gboolean own_words = FALSE;
	for (guint i = 0; lines[i] && i + 1 < QUOTE_LOOK_LINES; i++) {
		const char *l = lines[i] + strspn(lines[i], " \t");
		if (own_words && (*l == '>' || dm_reply_is_attribution(l)))
			return TRUE;
		own_words = own_words || (*l != '\0' && *l != '\r' && *l != '>');
	}
	return FALSE;
}

gboolean
dm_bounce_person_answer(GMimeMessage *msg, const char *subject, const char *text)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), FALSE);
	GMimeObject *obj = GMIME_OBJECT(msg);
	if (dm_subject_kind(subject, NULL) != DM_SUBJECT_REPLY ||
	    (g_mime_object_get_header(obj, "In-Reply-To") == NULL &&
	     g_mime_object_get_header(obj, "References") == NULL) ||
	    g_mime_object_get_header(obj, "X-Failed-Recipients") != NULL)
		return FALSE;
	if (dm_auto_headers_read(obj, NULL) != DM_AUTO_HEADERS_NONE)
		return FALSE;
	/* A sender only an MTA writes as (MAILER-DAEMON, "Mail Delivery System"), not
	 * postmaster@, a person's mailbox too (the answer this file is for comes from one).
	 * Such a report that answers the reminder with "Re:" and quotes it is told by its
	 * null Return-Path when the daemon reads it, but a mailbox imported without one, or a
	 * file given to dunmail classify, shows none: a missed report keeps reminding a dead
	 * address. */
	if (dm_report_sender(msg, DM_REPORT_SENDER_MACHINE))
		return FALSE;
	return text != NULL && quotes_an_original(text);
}
