/* test-auto-headers: dm_auto_headers_read on one header block per row — the headers
 * automatic answers carry as mail programs really write them, in any case and with
 * comments, and the odd and hostile values that must not pass for a machine's ("no",
 * an empty value, a comment alone, List-* of a shared mailbox); then what the analysis
 * keeps of it (automatic_headers, automatic_header, the explain line). */
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-auto-headers.h"
#include "parser/reply/dm-reply.h"
#include "test-reply-message.h"

#include <string.h>

typedef struct {
	const char *headers;        /* header lines, each ending in \n */
	DmAutoHeaders expect;
	const char *which;          /* what @which should say, or NULL */
} Row;

#define NONE DM_AUTO_HEADERS_NONE
#define SUPPORTING DM_AUTO_HEADERS_SUPPORTING
#define DECISIVE DM_AUTO_HEADERS_DECISIVE

static const Row rows[] = {
	/* RFC 3834, as responders write it. */
	{ "Auto-Submitted: auto-replied\n", DECISIVE, "Auto-Submitted: auto-replied" },
	{ "Auto-Submitted: auto-generated\n", DECISIVE, "Auto-Submitted: auto-generated" },
	{ "Auto-Submitted: Auto-Replied (vacation)\n", DECISIVE, "Auto-Submitted: Auto-Replied" },
	{ "auto-submitted: AUTO-REPLIED\n", DECISIVE, "Auto-Submitted: AUTO-REPLIED" },
	{ "Auto-Submitted: (Microsoft Exchange) auto-replied\n", DECISIVE,
	  "Auto-Submitted: auto-replied" },
	{ "Auto-Submitted: auto-replied; owner-email=\"jan@debtor.example\"\n", DECISIVE,
	  "Auto-Submitted: auto-replied" },
	{ "Auto-Submitted:\n auto-replied\n", DECISIVE, "Auto-Submitted: auto-replied" },
	/* "no" says a person wrote it, however it is dressed. */
	{ "Auto-Submitted: no\n", NONE, NULL },
	{ "Auto-Submitted: No\n", NONE, NULL },
	{ "Auto-Submitted: NO (typed by hand)\n", NONE, NULL },
	{ "Auto-Submitted: (a (nested) comment) no\n", NONE, NULL },
	{ "Auto-Submitted: no;\n", NONE, NULL },
	/* No keyword at all: no evidence. */
	{ "Auto-Submitted: \n", NONE, NULL },
	{ "Auto-Submitted: (just a comment)\n", NONE, NULL },
	{ "Auto-Submitted: (unclosed comment auto-replied\n", NONE, NULL },
	{ "Auto-Submitted: \"auto-replied\"\n", NONE, NULL },
	/* A keyword that is not "no" is automatic, even one RFC 3834 does not name. */
	{ "Auto-Submitted: auto-notified\n", DECISIVE, "Auto-Submitted: auto-notified" },
	{ "Auto-Submitted: nope\n", DECISIVE, "Auto-Submitted: nope" },
	/* The X- family: present unless it denies. */
	{ "X-Autoreply: yes\n", DECISIVE, "X-Autoreply: yes" },
	{ "X-AutoReply: YES\n", DECISIVE, "X-Autoreply: YES" },
	{ "X-Autorespond: 1\n", DECISIVE, "X-Autorespond: 1" },
	{ "X-Autoreply-From: <jan@debtor.example>\n", DECISIVE, "X-Autoreply-From" },
	{ "X-Mail-Autoreply: \n", DECISIVE, "X-Mail-Autoreply" },
	{ "X-Autoreply: no\n", NONE, NULL },
	{ "X-Autoreply: False\n", NONE, NULL },
	{ "X-Autoreply: (off) false\n", NONE, NULL },
	/* Precedence: auto_reply decides, bulk and junk support, list is no evidence. */
	{ "Precedence: auto_reply\n", DECISIVE, "Precedence: auto_reply" },
	{ "Precedence: Auto_Reply\n", DECISIVE, "Precedence: Auto_Reply" },
	{ "Precedence: bulk\n", SUPPORTING, "Precedence: bulk" },
	{ "Precedence: junk (vacation)\n", SUPPORTING, "Precedence: junk" },
	{ "Precedence: list\n", NONE, NULL },
	{ "Precedence: first-class\n", NONE, NULL },
	{ "Precedence: bulky\n", NONE, NULL },
	/* Outlook's suppression header supports; an empty one says nothing. */
	{ "X-Auto-Response-Suppress: All\n", SUPPORTING, "X-Auto-Response-Suppress: All" },
	{ "X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply\n", SUPPORTING,
	  "X-Auto-Response-Suppress: DR" },
	{ "X-Auto-Response-Suppress: \n", NONE, NULL },
	/* The null sender, however spaced. */
	{ "Return-Path: <>\n", SUPPORTING, "Return-Path: <>" },
	{ "Return-Path: < > (null sender)\n", SUPPORTING, "Return-Path: <>" },
	{ "Return-Path: <jan@debtor.example>\n", NONE, NULL },
	{ "Return-Path: <>x\n", NONE, NULL },
	/* A shared mailbox run as a list: a person's reply carries these. */
	{ "List-Id: <crediteuren.debtor.example>\nList-Unsubscribe: <mailto:x@debtor.example>\n",
	  NONE, NULL },
	/* Decisive wins over supporting; the first decisive one is named. */
	{ "Precedence: bulk\nAuto-Submitted: auto-replied\n", DECISIVE,
	  "Auto-Submitted: auto-replied" },
	{ "Auto-Submitted: no\nPrecedence: junk\n", SUPPORTING, "Precedence: junk" },
	/* A long keyword is cut, never copied whole. */
	{ "Auto-Submitted: auto-replied-auto-replied-auto-replied-auto-replied\n", DECISIVE,
	  "Auto-Submitted: auto-replied-auto-replied-auto-r" },
	/* Nothing at all. */
	{ "", NONE, NULL },
};

static GMimeMessage *
message(const char *headers, const char *subject, const char *body)
{
	return dm_test_plain_message("Jan <jan@debtor.example>", headers, subject, body);
}

static void
test_rows(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		g_autoptr(GMimeMessage) msg = message(rows[i].headers, "Re: factuur", "Dank.");
		g_autofree char *which = NULL;
		DmAutoHeaders got = dm_auto_headers_read(GMIME_OBJECT(msg), &which);
		if (got != rows[i].expect || g_strcmp0(which, rows[i].which) != 0)
			g_error("row %zu (%s): got %d \"%s\", want %d \"%s\"", i, rows[i].headers, got,
			        which ? which : "(null)", rows[i].expect,
			        rows[i].which ? rows[i].which : "(null)");
		/* @which may be left out. */
		g_assert_cmpint(dm_auto_headers_read(GMIME_OBJECT(msg), NULL), ==, rows[i].expect);
	}
}

/* What the analysis keeps: the field the policy reads, the header for explain. */
static void
test_analysis(void)
{
	static const char ooo[] = "Ik ben afwezig tot en met 10 april en lees mijn mail niet.";
	/* A decisive header: an automatic answer, and the analysis says why. */
	g_autoptr(GMimeMessage) m1 = message("Auto-Submitted: auto-replied\n", "Re: factuur", ooo);
	g_autoptr(DmReplyAnalysis) a1 = dm_reply_analyze(m1, NULL);
	g_assert_cmpint(a1->kind, ==, DM_REPLY_KIND_AUTO_REPLY);
	g_assert_true(a1->automatic_headers);
	g_assert_cmpstr(a1->automatic_header, ==, "Auto-Submitted: auto-replied");
	g_assert_cmpuint(a1->explain->len, >, 0);
	g_assert_cmpstr(g_ptr_array_index(a1->explain, a1->explain->len - 1), ==,
	                "header: Auto-Submitted: auto-replied");
	/* An automatic subject alone: an auto reply, but no header vouches for it. */
	g_autoptr(GMimeMessage) m2 = message("", "Afwezig", ooo);
	g_autoptr(DmReplyAnalysis) a2 = dm_reply_analyze(m2, NULL);
	g_assert_cmpint(a2->kind, ==, DM_REPLY_KIND_AUTO_REPLY);
	g_assert_false(a2->automatic_headers);
	g_assert_null(a2->automatic_header);
	/* The same subject with a supporting header: a machine's. */
	g_autoptr(GMimeMessage) m3 = message("X-Auto-Response-Suppress: All\n", "Afwezig", ooo);
	g_autoptr(DmReplyAnalysis) a3 = dm_reply_analyze(m3, NULL);
	g_assert_cmpint(a3->kind, ==, DM_REPLY_KIND_AUTO_REPLY);
	g_assert_true(a3->automatic_headers);
	/* A supporting header alone makes no automatic answer of a person's words. */
	g_autoptr(GMimeMessage) m4 = message("Precedence: bulk\n", "Re: factuur 2026-0042",
	                                     "Deze factuur klopt niet.");
	g_autoptr(DmReplyAnalysis) a4 = dm_reply_analyze(m4, NULL);
	g_assert_cmpint(a4->kind, ==, DM_REPLY_KIND_REPLY);
	g_assert_true(a4->automatic_headers);
	g_assert_cmpstr(a4->automatic_header, ==, "Precedence: bulk");
	/* "Auto-Submitted: no" is a person's word for it. */
	g_autoptr(GMimeMessage) m5 = message("Auto-Submitted: no\n", "Re: factuur", ooo);
	g_autoptr(DmReplyAnalysis) a5 = dm_reply_analyze(m5, NULL);
	g_assert_false(a5->automatic_headers);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/auto-headers/rows", test_rows);
	g_test_add_func("/auto-headers/analysis", test_analysis);
	return g_test_run();
}
