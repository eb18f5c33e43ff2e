/* test-reply-texts: a message's texts read once for the whole of a reading
 * (dm_reply_texts_read: its HTML part parsed once, its text/plain part decoded once)
 * give what the separate readings give: the new text dm_reply_new_text reads, the whole
 * text dm_message_text reads, and the bounce check fed that text answers as the one that
 * reads it itself.
 *
 * /reply/texts/cases: one message per way a text can stand (text/plain alone, HTML alone
 * with and without each kind of quote mark, both, an HTML part too deep for libxml2, an
 * empty one, a Latin-1 one, no text at all, a delivery report); where the two texts must
 * differ, that they do.
 * /reply/texts/files: every message of tests/data/replies (bounces, auto-replies,
 * replies).
 * /reply/texts/corpus: every reply of the training corpus as its client writes it
 * (dm_learn_compose: HTML-only, multipart/alternative and text/plain ones). */
#include "dunning/learn/dm-learn.h"
#include "parser/mime/dm-gmime-autoptr.h"
#include "parser/mime/dm-html-quote.h"
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-part.h"
#include "parser/reply/dm-bounce.h"
#include "parser/reply/dm-reply.h"

#include <string.h>

#define DATA_DIR "tests/data/replies"
#define CORPUS_DIR "corpus/replies"

/* What was compared, so that a test can check that its cases reached each path. */
typedef struct {
	guint messages, html_only, html_marked;
} Seen;

static void
assert_same_report(GMimeMessage *msg, const char *body)
{
	DmBounceReport own, fed;
	DmBounceKind k_own = dm_bounce_detect(msg, &own);
	DmBounceKind k_fed = dm_bounce_detect_text(msg, body, &fed);
	g_assert_cmpint(k_own, ==, k_fed);
	g_assert_cmpstr(own.rule, ==, fed.rule);
	g_assert_cmpstr(own.recipient, ==, fed.recipient);
	g_assert_cmpstr(own.returned_message_id, ==, fed.returned_message_id);
	dm_bounce_report_clear(&own);
	dm_bounce_report_clear(&fed);
}

/* Compares the one reading of @msg with the separate ones; notes its kind in @seen. */
static void
assert_same_texts(GMimeMessage *msg, Seen *seen)
{
	g_auto(DmReplyTexts) texts = { NULL, NULL };
	dm_reply_texts_read(msg, &texts);
	g_autofree char *new_text = dm_reply_new_text(msg);
	g_autofree char *body = dm_message_text(msg);
	g_assert_cmpstr(texts.new_text, ==, new_text);
	g_assert_cmpstr(texts.body, ==, body);
	assert_same_report(msg, texts.body);

	GMimePart *plain = NULL, *html = NULL;
	dm_message_text_parts(msg, &plain, &html);
	seen->messages++;
	if (html && !plain) {
		seen->html_only++;
		/* A quote mark makes the new text, before the text rules, shorter than the whole. */
		g_autofree char *markup = dm_part_text(html, DM_MAX_HTML_BYTES);
		gboolean marked = FALSE;
		g_autofree char *unused = dm_html_reply_text(markup, strlen(markup),
		                                             DM_MAX_TEXT_BYTES, &marked);
		seen->html_marked += marked;
	}
}

static GMimeMessage *
parse(const char *eml)
{
	g_autoptr(GError) error = NULL;
	GMimeMessage *msg = dm_message_parse(eml, strlen(eml), &error);
	g_assert_no_error(error);
	return msg;
}

#define HEAD "From: Jan <jan@y.nl>\r\nTo: deb@x.nl\r\nSubject: Re: Herinnering\r\n" \
             "Date: Mon, 23 Nov 2026 10:12:00 +0100\r\nMIME-Version: 1.0\r\n"
#define HTML_HEAD HEAD "Content-Type: text/html; charset=utf-8\r\n\r\n"
#define QUOTE "Op 20 nov. schreef Debiteuren:<br>Uw factuur 2026-042 staat open."

static void
test_cases(void)
{
	static const char *const cases[] = {
		HEAD "Content-Type: text/plain; charset=utf-8\r\n\r\nIk betaal vrijdag.\r\n",
		HTML_HEAD "<div>Ik betaal vrijdag.</div>\r\n",
		HTML_HEAD "<div>Ik betaal vrijdag.</div><div class=\"gmail_quote\">" QUOTE "</div>",
		HTML_HEAD "<p>Betaald.</p><blockquote type=\"cite\">" QUOTE "</blockquote><p>Jan</p>",
		HTML_HEAD "<p>Klopt niet.</p><div id=\"x_divRplyFwdMsg\">" QUOTE "</div>",
		HTML_HEAD "<p>Klopt niet.</p><div style=\"border:none;border-top:solid #E1E1E1 "
		"1.0pt;padding:3.0pt 0cm 0cm 0cm\"><b>Van:</b> Debiteuren</div><p>" QUOTE "</p>",
		HTML_HEAD "",
		HEAD "Content-Type: text/html; charset=iso-8859-1\r\n\r\n<p>Ik betaal v\xf3\xf3r "
		"vrijdag.</p>",
		HEAD "Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n"
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nIk betaal vrijdag.\r\n"
		"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<div>Ik betaal vrijdag."
		"</div><div class=\"gmail_quote\">" QUOTE "</div>\r\n--b--\r\n",
		HEAD "Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n"
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nIk betaal vrijdag.\r\n"
		"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<div>Ik betaal vrijdag.</div>"
		"\r\n--b--\r\n",
		HEAD "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
		"JVBERi0xLjQK\r\n",
		"From: MAILER-DAEMON@mx.y.nl\r\nTo: deb@x.nl\r\nSubject: Undelivered Mail Returned "
		"to Sender\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
		"<p>This is the mail system at host mx.y.nl.</p><p>I'm sorry to have to inform you "
		"that your message could not be delivered to one or more recipients.</p>"
		"<p>&lt;jan@y.nl&gt;: host mx.y.nl said: 550 5.1.1 User unknown</p>",
	};
	Seen seen = { 0 };
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GMimeMessage) msg = parse(cases[i]);
		assert_same_texts(msg, &seen);
	}
	g_assert_cmpuint(seen.html_only, ==, 8);
	g_assert_cmpuint(seen.html_marked, ==, 4);

	/* Where the HTML marks a quote, the whole text keeps it and the new text does not. */
	g_autoptr(GMimeMessage) marked = parse(cases[2]);
	g_auto(DmReplyTexts) texts = { NULL, NULL };
	dm_reply_texts_read(marked, &texts);
	g_assert_cmpstr(texts.new_text, ==, "Ik betaal vrijdag.");
	g_assert_nonnull(strstr(texts.body, "staat open"));

	/* The delivery report is one, read from the text the reading gave it. */
	g_autoptr(GMimeMessage) report = parse(cases[G_N_ELEMENTS(cases) - 1]);
	g_auto(DmReplyTexts) report_texts = { NULL, NULL };
	dm_reply_texts_read(report, &report_texts);
	DmBounceReport r;
	g_assert_cmpint(dm_bounce_detect_text(report, report_texts.body, &r), ==,
	                DM_BOUNCE_FAILED);
	dm_bounce_report_clear(&r);
}

/* An HTML body nested deeper than libxml2 reads (its depth limit is 256): parsed once,
 * flattened, both texts from the flat tree. */
static void
test_deep(void)
{
	g_autoptr(GString) eml = g_string_new(HTML_HEAD);
	for (int i = 0; i < 400; i++)
		g_string_append(eml, "<div>");
	g_string_append(eml, "Ik betaal vrijdag.<div class=\"gmail_quote\">" QUOTE "</div>");
	Seen seen = { 0 };
	g_autoptr(GMimeMessage) msg = parse(eml->str);
	assert_same_texts(msg, &seen);
	g_auto(DmReplyTexts) texts = { NULL, NULL };
	dm_reply_texts_read(msg, &texts);
	g_assert_nonnull(strstr(texts.body, "Ik betaal vrijdag."));
}

static void
test_files(void)
{
	g_autoptr(GDir) dir = g_dir_open(DATA_DIR, 0, NULL);
	g_assert_nonnull(dir);
	Seen seen = { 0 };
	for (const char *name; (name = g_dir_read_name(dir)) != NULL;) {
		if (!g_str_has_suffix(name, ".eml"))
			continue;
		g_autofree char *path = g_build_filename(DATA_DIR, name, NULL);
		g_autofree char *raw = NULL;
		gsize len = 0;
		g_assert_true(g_file_get_contents(path, &raw, &len, NULL));
		g_autoptr(GMimeMessage) msg = dm_message_parse(raw, len, NULL);
		if (msg)
			assert_same_texts(msg, &seen);
	}
	g_assert_cmpuint(seen.messages, >=, 20);
}

static void
test_corpus(void)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) items = dm_learn_corpus_read_dir(CORPUS_DIR, "train-", &error);
	g_assert_no_error(error);
	Seen seen = { 0 };
	for (guint i = 0; i < items->len; i++) {
		g_autoptr(GMimeMessage) msg = dm_learn_compose(g_ptr_array_index(items, i));
		assert_same_texts(msg, &seen);
	}
	g_test_message("%u messages, %u HTML only, %u of them marking a quote", seen.messages,
	               seen.html_only, seen.html_marked);
	/* The composed corpus reaches both of the shared tree's readings. */
	g_assert_cmpuint(seen.html_only, >, 100);
	g_assert_cmpuint(seen.html_marked, >, 10);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/reply/texts/cases", test_cases);
	g_test_add_func("/reply/texts/deep", test_deep);
	g_test_add_func("/reply/texts/files", test_files);
	g_test_add_func("/reply/texts/corpus", test_corpus);
	return g_test_run();
}
