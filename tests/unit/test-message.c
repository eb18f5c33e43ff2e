/* test-message: the message helpers other parsers build on — body text (plain preferred,
 * HTML as text, charsets to UTF-8, bounded), addresses, Message-ID, thread ids, date. */
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-html.h"

#include <string.h>

#include "test-util.h"

static GMimeMessage *
parse(const char *raw)
{
	g_autoptr(GError) error = NULL;
	GMimeMessage *msg = dm_message_parse(raw, strlen(raw), &error);
	g_assert_no_error(error);
	g_assert_nonnull(msg);
	return msg;
}

static const char alternative[] =
	"From: \"Jansen, Piet\" <Piet@Example.NL>\r\n"
	"To: undisclosed:; , Marie <marie@klant.example>\r\n"
	"Subject: test\r\n"
	"Date: Mon, 23 Nov 2026 23:30:00 -0800\r\n"
	"Message-ID: <abc.123@example.nl>\r\n"
	"In-Reply-To: <parent@x.example>\r\n"
	"References: <root@x.example>\r\n <middle@x.example> <parent@x.example>\r\n"
	"MIME-Version: 1.0\r\n"
	"Content-Type: multipart/alternative; boundary=b\r\n\r\n"
	"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>HTML version</p>\r\n"
	"--b\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
	"Content-Transfer-Encoding: quoted-printable\r\n\r\nCaf=E9 plain version\r\n"
	"--b--\r\n";

static void
test_headers(void)
{
	GMimeMessage *msg = parse(alternative);
	g_autofree char *from = dm_message_from_address(msg);
	g_autofree char *from_name = dm_message_from_name(msg);
	g_autofree char *to = dm_message_to_address(msg);
	g_autofree char *to_name = dm_message_to_name(msg);
	g_autofree char *id = dm_message_id(msg);
	g_assert_cmpstr(from, ==, "piet@example.nl");
	g_assert_cmpstr(from_name, ==, "Jansen, Piet");
	/* An empty group comes first; the first real mailbox is the one meant. */
	g_assert_cmpstr(to, ==, "marie@klant.example");
	g_assert_cmpstr(to_name, ==, "Marie");
	g_assert_cmpstr(id, ==, "<abc.123@example.nl>");

	g_autoptr(GPtrArray) ids = dm_message_thread_ids(msg);
	g_assert_cmpuint(ids->len, ==, 3);
	g_assert_cmpstr(ids->pdata[0], ==, "<parent@x.example>");
	g_assert_cmpstr(ids->pdata[1], ==, "<middle@x.example>");
	g_assert_cmpstr(ids->pdata[2], ==, "<root@x.example>");

	/* The day in the message's own offset, not converted to UTC (that is the 24th). */
	GDate d = dm_message_date(msg);
	g_assert_true(g_date_valid(&d));
	g_assert_cmpint(g_date_get_day(&d), ==, 23);
	g_assert_cmpint(g_date_get_month(&d), ==, 11);
	g_assert_cmpint(g_date_get_year(&d), ==, 2026);

	/* text/plain wins over text/html, and Latin-1 arrives as UTF-8. */
	g_autofree char *text = dm_message_text(msg);
	g_assert_nonnull(strstr(text, "Café plain version"));
	g_object_unref(msg);
}

static void
test_absent(void)
{
	GMimeMessage *msg = parse("Subject: nothing\r\n\r\n");
	g_assert_null(dm_message_from_address(msg));
	g_assert_null(dm_message_to_address(msg));
	g_assert_null(dm_message_from_name(msg));
	g_assert_null(dm_message_id(msg));
	g_autoptr(GPtrArray) ids = dm_message_thread_ids(msg);
	g_assert_cmpuint(ids->len, ==, 0);
	GDate d = dm_message_date(msg);
	g_assert_false(g_date_valid(&d));
	g_autofree char *text = dm_message_text(msg);
	g_assert_cmpstr(text, ==, "");
	g_object_unref(msg);

	/* Beyond the date reader's years: no date, not a year 10000 due date in the ledger. */
	msg = parse("Subject: far\r\nDate: Fri, 31 Dec 9999 10:00:00 +0000\r\n\r\n");
	d = dm_message_date(msg);
	g_assert_false(g_date_valid(&d));
	g_object_unref(msg);
}

static void
test_html_only(void)
{
	GMimeMessage *msg = parse(
		"From: a@b.example\r\nMIME-Version: 1.0\r\n"
		"Content-Type: text/html; charset=utf-8\r\n\r\n"
		"<html><head><title>T</title><style>p{x:y}</style><script>evil()</script></head>"
		"<body><p>Regel  een</p><div>Regel&nbsp;twee<br>drie</div>"
		"<table><tr><td>Totaal</td><td>&euro; 5</td></tr></table></body></html>\r\n");
	g_autofree char *text = dm_message_text(msg);
	g_assert_null(strstr(text, "evil"));
	g_assert_null(strstr(text, "p{x:y}"));
	g_assert_nonnull(strstr(text, "Regel een\n"));
	g_assert_nonnull(strstr(text, "twee\ndrie"));
	/* Table cells apart by a tab, as a PDF's columns: a label and its value stay apart. */
	g_assert_nonnull(strstr(text, "Totaal\t€ 5"));
	g_object_unref(msg);
}

/* The writer's empty lines survive as one blank line ("<br><br>", Gmail's
 * "<div><br></div>"), so that an HTML-only reply keeps its paragraphs; a block alone
 * breaks the line without one, and a run of empty lines is one blank line. */
static void
test_html_blank_lines(void)
{
	static const struct {
		const char *html, *text;
	} cases[] = {
		{ "<div>a<br><br>b</div>", "a\n\nb\n" },
		{ "<div>a</div><div><br></div><div>b</div>", "a\n\nb\n" },
		{ "<div>a<br>\n<br>\n<br>\n<br>b</div>", "a\n\nb\n" },
		{ "<p>a</p><p>b</p>", "a\nb\n" },
		{ "<div>a<br></div><div>b</div>", "a\nb\n" },
		{ "<br><br>a", "a" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *text = dm_html_to_text(cases[i].html, strlen(cases[i].html), 1000);
		g_assert_cmpstr(text, ==, cases[i].text);
	}
}

/* Attachments are not the body, even when they are text/plain. */
static void
test_attachment_not_text(void)
{
	GMimeMessage *msg = parse(
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n"
		"--z\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=a.txt\r\n\r\n"
		"attached\r\n--z\r\nContent-Type: text/plain\r\n\r\nbody\r\n--z--\r\n");
	g_autofree char *text = dm_message_text(msg);
	g_assert_cmpstr(g_strstrip(text), ==, "body");
	g_object_unref(msg);
}

static void
test_bounds(void)
{
	/* A body larger than the bound is cut to it, on a character boundary. */
	GString *raw = g_string_new("Content-Type: text/plain; charset=utf-8\r\n\r\n");
	for (gsize i = 0; i < DM_MAX_TEXT_BYTES; i++)
		g_string_append(raw, "é");
	GMimeMessage *msg = parse(raw->str);
	g_string_free(raw, TRUE);
	g_autofree char *text = dm_message_text(msg);
	g_assert_cmpuint(strlen(text), <=, DM_MAX_TEXT_BYTES);
	g_assert_cmpuint(strlen(text), >=, DM_MAX_TEXT_BYTES - 4);
	g_assert_true(g_utf8_validate(text, -1, NULL));
	g_object_unref(msg);

	g_autofree char *cut = dm_text_bound("ab\xc3\xa9", 4, 3);
	g_assert_cmpstr(cut, ==, "ab");
	g_autofree char *bad = dm_text_bound("a\xff" "b", 3, 100);
	g_assert_true(g_utf8_validate(bad, -1, NULL));
	g_autofree char *html = dm_html_to_text("", 0, 10);
	g_assert_cmpstr(html, ==, "");
}

/* (transfer full) @open @depth times, then @inner, then @close @depth times. */
static GString *
nested(const char *open, int depth, const char *inner, const char *close)
{
	GString *h = g_string_new(NULL);
	for (int i = 0; i < depth; i++)
		g_string_append(h, open);
	g_string_append(h, inner);
	for (int i = 0; i < depth; i++)
		g_string_append(h, close);
	return h;
}

/* Deep nesting must neither crash nor blow the stack, and the text inside survives:
 * libxml2's HTML parser stops at depth 256, so a document deeper than that is read again
 * with its nesting flattened (html_flatten.c). */
static void
test_deep_html(void)
{
	g_autoptr(GString) h = nested("<div>", 5000, "deep", "");
	g_autofree char *text = dm_html_to_text(h->str, h->len, 1000);
	g_assert_cmpuint(strlen(text), <=, 1000);
	/* As it reads three deep: the closing div breaks the line. */
	g_autofree char *shallow = dm_html_to_text("<div><div><div>deep", 19, 1000);
	g_assert_cmpstr(shallow, ==, "deep\n");
	g_assert_cmpstr(text, ==, shallow);
}

/* Past the depth limit the text is read the same way as above it: block elements break
 * lines, cells are spaced, script/style/title dropped (only their tags when they are not
 * closed), entities decoded, a bare "<" kept. */
static void
test_deep_html_reading(void)
{
	static const struct {
		const char *name, *inner, *text;
	} cases[] = {
		{ "blocks", "one<p>two</p><br>three<div>four</div>", "one\ntwo\nthree\nfour\n" },
		{ "inline", "Pay <b>now</b>, <a href=\"x>y\">please</a>.", "Pay now, please." },
		{ "cells", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc\n" },
		{ "skipped", "<style>p{}</style>x<script>if (a<b) y()</script>y<title>t</title>z", "xyz" },
		{ "skipped unclosed", "x<title>y<title>z", "xyz" },
		{ "comment", "a<!-- <p>hidden</p> -->b<!DOCTYPE html>c", "abc" },
		{ "entities", "AT&amp;T &euro;&#49;0 a &lt; b", "AT&T \xe2\x82\xac" "10 a < b" },
		{ "bare less-than", "1 < 2 <3", "1 < 2 <3" },
		{ "unclosed tag", "text<div class=\"a", "text\n" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GString) h = nested("<span>", 1000, cases[i].inner, "");
		g_autofree char *text = dm_html_to_text(h->str, h->len, 1000);
		g_test_message("%s", cases[i].name);
		g_assert_cmpstr(text, ==, cases[i].text);
	}
}

/* @n nested elements around the text, then @n stray end tags. */
static GString *
hostile_nesting(gsize n)
{
	return nested("<div>", (int) n, "still here", "</span>");
}

static void
read_hostile(const GString *h)
{
	g_autofree char *text = dm_html_to_text(h->str, h->len, 1000);
	g_assert_cmpstr(text, ==, "still here\n");
}

/* A hostile nesting 100,000 deep, with 100,000 end tags that match nothing: libxml2 with
 * XML_PARSE_HUGE would look each end tag up the whole open-element stack (quadratic:
 * about 17 s here); the flattened reading is linear. */
static void
test_hostile_html(void)
{
	dm_test_assert_linear(hostile_nesting, read_hostile, 100000);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/message/headers", test_headers);
	g_test_add_func("/message/absent", test_absent);
	g_test_add_func("/message/html-only", test_html_only);
	g_test_add_func("/message/html-blank-lines", test_html_blank_lines);
	g_test_add_func("/message/attachment-not-text", test_attachment_not_text);
	g_test_add_func("/message/bounds", test_bounds);
	g_test_add_func("/message/deep-html", test_deep_html);
	g_test_add_func("/message/deep-html-reading", test_deep_html_reading);
	g_test_add_func("/message/hostile-html", test_hostile_html);
	return g_test_run();
}
