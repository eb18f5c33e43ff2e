/* auto_headers: the headers that say a machine wrote a message (dm-auto-headers.h).
 *
 * Decisive, an automatic answer whatever its words: RFC 3834 Auto-Submitted with any
 * keyword but "no"; X-Autoreply, X-Autorespond, X-Autoreply-From, X-Mail-Autoreply unless
 * they say "no" or "false"; Precedence: auto_reply; X-List-Administrivia: yes (a mailing
 * list's notice to the poster); a Content-Type of multipart/report with report-type
 * disposition-notification (a read receipt) or feedback-report (a complaint).
 *
 * Supporting, machine mail but not an answer by itself: Precedence: bulk or junk (the
 * classic vacation programs, and newsletters); X-Auto-Response-Suppress (Exchange puts it
 * on out-of-office replies, but also on calendar traffic and on ordinary mail from some
 * clients); a null Return-Path (RFC 3834 asks responders for the null sender; ingestion
 * writes the spool envelope's, dm-ingest-plan.h).
 *
 * Not evidence: List-* and Precedence: list.  A company's shared mailbox is often a
 * mailing list (a Google Group, a Mailman alias), so a person's typed answer carries them.
 *
 * Values are read as RFC 5322 does: comments and folding white space anywhere around the
 * keyword, keywords in any case.  A value that holds no keyword where one is needed is
 * no evidence: reading a machine where there is none would let a person's reply pass
 * without the owner (dm-policy.h), so doubt goes to the person.
 *
 * Failure classes: none; hostile values are only read up to a short keyword, and only
 * the keyword's own characters are copied into @which. */
#include "parser/reply/dm-auto-headers.h"

#include <string.h>

/* The longest keyword read; longer ones are cut (no real keyword comes near it). */
#define KEYWORD_MAX DM_HEADER_KEYWORD_MAX

/* @p past white space and (nested) comments. */
static const char *
skip_cfws(const char *p)
{
	int depth = 0;
	for (; *p; p++) {
		if (depth > 0 && *p == '\\' && p[1])
			p++;        /* a quoted pair inside a comment */
		else if (*p == '(')
			depth++;
		else if (*p == ')' && depth > 0)
			depth--;
		else if (depth == 0 && !g_ascii_isspace(*p))
			break;
	}
	return p;
}

static gboolean
keyword_char(char c)
{
	return g_ascii_isalnum(c) || c == '-' || c == '_' || c == '.' || c == '+';
}

/* The first keyword of @value into @out (at most KEYWORD_MAX characters); "" when the
 * value opens with anything else. */
static void
keyword(const char *value, char out[KEYWORD_MAX + 1])
{
	const char *p = skip_cfws(value);
	gsize n = 0;
	while (n < KEYWORD_MAX && keyword_char(p[n])) {
		out[n] = p[n];
		n++;
	}
	out[n] = '\0';
}

static gboolean
is(const char *word, const char *want)
{
	return g_ascii_strcasecmp(word, want) == 0;
}

/* A null path: "<>", with any comments and white space around and inside it. */
static gboolean
null_path(const char *value)
{
	const char *p = skip_cfws(value);
	if (*p != '<')
		return FALSE;
	p = skip_cfws(p + 1);
	if (*p != '>')
		return FALSE;
	return *skip_cfws(p + 1) == '\0';
}

static void
say(char **which, const char *name, const char *word)
{
	if (which)
		*which = word && word[0] ? g_strdup_printf("%s: %s", name, word) : g_strdup(name);
}

gboolean
dm_header_keyword(GMimeObject *obj, const char *name, char word[DM_HEADER_KEYWORD_MAX + 1])
{
	const char *v = g_mime_object_get_header(obj, name);
	if (v == NULL)
		return FALSE;
	keyword(v, word);
	return TRUE;
}

static gboolean
decisive(GMimeObject *obj, char **which)
{
	char word[KEYWORD_MAX + 1];
	if (dm_header_keyword(obj, "Auto-Submitted", word) && word[0] && !is(word, "no")) {
		say(which, "Auto-Submitted", word);
		return TRUE;
	}
	/* Their mere presence says it (X-Autoreply-From holds an address, not a keyword),
	 * unless they deny it. */
	static const char *const present[] = { "X-Autoreply", "X-Autorespond",
	                                        "X-Autoreply-From", "X-Mail-Autoreply" };
	for (gsize i = 0; i < G_N_ELEMENTS(present); i++)
		if (dm_header_keyword(obj, present[i], word) && !is(word, "no") && !is(word, "false")) {
			say(which, present[i], word);
			return TRUE;
		}
	if (dm_header_keyword(obj, "Precedence", word) && is(word, "auto_reply")) {
		say(which, "Precedence", word);
		return TRUE;
	}
	/* A report that is no delivery report (those are read before, dm-bounce.h): a read
	 * receipt (RFC 8098), which the mail program sends when the message is opened or
	 * deleted unread, or a complaint (RFC 5965's feedback report).  A machine wrote it, and
	 * it says nothing the debtor wrote. */
	GMimeObject *body = GMIME_IS_MESSAGE(obj) ? g_mime_message_get_mime_part(GMIME_MESSAGE(obj))
	                                          : obj;
	GMimeContentType *ct = body ? g_mime_object_get_content_type(body) : NULL;
	const char *report = ct ? g_mime_content_type_get_parameter(ct, "report-type") : NULL;
	if (report && g_mime_content_type_is_type(ct, "multipart", "report") &&
	    (g_ascii_strcasecmp(report, "disposition-notification") == 0 ||
	     g_ascii_strcasecmp(report, "feedback-report") == 0)) {
		g_autofree char *said = g_strdup_printf("multipart/report; report-type=%s",
		                                        g_ascii_strcasecmp(report, "feedback-report") == 0
		                                        ? "feedback-report" : "disposition-notification");
		say(which, "Content-Type", said);
		return TRUE;
	}
	/* Mailman's own notices to a poster (held for approval, rejected, a confirmation). */
	if (dm_header_keyword(obj, "X-List-Administrivia", word) && is(word, "yes")) {
		say(which, "X-List-Administrivia", word);
		return TRUE;
	}
	return FALSE;
}

static gboolean
supporting(GMimeObject *obj, char **which)
{
	char word[KEYWORD_MAX + 1];
	if (dm_header_keyword(obj, "Precedence", word) && (is(word, "bulk") || is(word, "junk"))) {
		say(which, "Precedence", word);
		return TRUE;
	}
	if (dm_header_keyword(obj, "X-Auto-Response-Suppress", word) && word[0]) {
		say(which, "X-Auto-Response-Suppress", word);
		return TRUE;
	}
	const char *v = g_mime_object_get_header(obj, "Return-Path");
	if (v && null_path(v)) {
		say(which, "Return-Path", "<>");
		return TRUE;
	}
	return FALSE;
}

DmAutoHeaders
dm_auto_headers_read(GMimeObject *obj, char **which)
{
	if (which)
		*which = NULL;
	g_return_val_if_fail(GMIME_IS_OBJECT(obj), DM_AUTO_HEADERS_NONE);
	if (decisive(obj, which))
		return DM_AUTO_HEADERS_DECISIVE;
	if (supporting(obj, which))
		return DM_AUTO_HEADERS_SUPPORTING;
	return DM_AUTO_HEADERS_NONE;
}
