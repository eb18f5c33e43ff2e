/* test-reply-corpus: dm_reply_strip_quotes measured against the reply corpora of other
 * projects (../shared/corpora/replies): talon (standard replies as .eml, HTML replies),
 * crisp email-reply-parser (expected.json) and discourse email_reply_trimmer (trimmed/).
 *
 * A case passes when our text equals the expected text after white space is normalised
 * (runs of white space become one space, ends trimmed).  The sources differ in what they
 * call the reply (talon keeps signatures, we drop them), so the figure is a measure, not a
 * target of 100%; the test prints it and fails below the floor measured when it was
 * written.  DM_CORPUS_VERBOSE=1 prints every miss. */
#include "parser/mime/dm-html.h"
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-reply.h"

#include <json-glib/json-glib.h>
#include <string.h>

#define CORPUS "../shared/corpora/replies"

/* Measured when written (see the report printed by the test); a drop below means a
 * change made stripping worse on text we have no reason to treat differently. */
#define FLOOR_OVERALL 0.85

typedef struct {
	const char *name;
	guint total;
	guint exact;
} Tally;

static char *
normalize_ws(const char *text)
{
	GString *s = g_string_new(NULL);
	gboolean space = FALSE;
	for (const char *p = text; *p; p++) {
		if (g_ascii_isspace(*p)) {
			space = s->len > 0;
			continue;
		}
		if (space)
			g_string_append_c(s, ' ');
		space = FALSE;
		g_string_append_c(s, *p);
	}
	return g_string_free(s, FALSE);
}

/* Everything white removed: talon compares its HTML cases this way. */
static char *
remove_ws(const char *text)
{
	GString *s = g_string_new(NULL);
	for (const char *p = text; *p; p++)
		if (!g_ascii_isspace(*p))
			g_string_append_c(s, *p);
	return g_string_free(s, FALSE);
}

static void
score(Tally *t, const char *file, const char *got, const char *expected, gboolean no_ws)
{
	g_autofree char *a = no_ws ? remove_ws(got) : normalize_ws(got);
	g_autofree char *b = no_ws ? remove_ws(expected) : normalize_ws(expected);
	t->total++;
	if (strcmp(a, b) == 0) {
		t->exact++;
		return;
	}
	if (g_getenv("DM_CORPUS_VERBOSE"))
		g_printerr("MISS %s/%s\n--- got:\n%s\n--- expected:\n%s\n", t->name, file, got,
		           expected);
}

static char *
read_or_fail(const char *path)
{
	char *data = NULL;
	GError *error = NULL;
	if (!g_file_get_contents(path, &data, NULL, &error))
		g_error("%s: %s", path, error->message);
	return data;
}

static JsonObject *
load_json(JsonParser *parser, const char *path)
{
	GError *error = NULL;
	if (!json_parser_load_from_file(parser, path, &error))
		g_error("%s: %s", path, error->message);
	return json_node_get_object(json_parser_get_root(parser));
}

static void
run_crisp(Tally *t)
{
	g_autoptr(JsonParser) parser = json_parser_new();
	JsonObject *root = load_json(parser, CORPUS "/crisp-email-reply-parser/expected.json");
	JsonObject *expected = json_object_get_object_member(root, "expected");
	g_autoptr(GList) names = json_object_get_members(expected);
	for (GList *l = names; l; l = l->next) {
		const char *name = l->data;
		JsonObject *e = json_object_get_object_member(expected, name);
		/* visible_text is the text without quotes and signature, our contract;
		 * first_fragment (the text above the quote) where that is all there is. */
		const char *want = json_object_has_member(e, "visible_text")
			? json_object_get_string_member(e, "visible_text")
			: json_object_get_string_member(e, "first_fragment");
		g_autofree char *path = g_build_filename(CORPUS "/crisp-email-reply-parser", name, NULL);
		g_autofree char *text = read_or_fail(path);
		g_autofree char *got = dm_reply_strip_quotes(text);
		score(t, name, got, want, FALSE);
	}
}

static void
run_discourse(Tally *t)
{
	const char *dir = CORPUS "/discourse-email_reply_trimmer/trimmed";
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	g_assert_nonnull(d);
	const char *name;
	while ((name = g_dir_read_name(d))) {
		g_autofree char *want_path = g_build_filename(dir, name, NULL);
		g_autofree char *in_path = g_build_filename(CORPUS "/discourse-email_reply_trimmer/emails",
		                                            name, NULL);
		g_autofree char *want = read_or_fail(want_path);
		g_autofree char *text = read_or_fail(in_path);
		g_autofree char *got = dm_reply_strip_quotes(text);
		score(t, name, got, want, FALSE);
	}
}

static void
run_talon(Tally *plain, Tally *html)
{
	g_autoptr(JsonParser) parser = json_parser_new();
	JsonObject *root = load_json(parser, CORPUS "/talon/expected.json");

	JsonObject *std = json_object_get_object_member(root, "standard_replies");
	g_autoptr(GList) names = json_object_get_members(std);
	for (GList *l = names; l; l = l->next) {
		const char *name = l->data;
		JsonObject *e = json_object_get_object_member(std, name);
		g_autofree char *want = NULL;
		if (json_object_has_member(e, "expected_reply_file")) {
			g_autofree char *p = g_build_filename(CORPUS "/talon",
				json_object_get_string_member(e, "expected_reply_file"), NULL);
			want = read_or_fail(p);
		} else {
			want = g_strdup(json_object_get_string_member(e, "expected_reply_text"));
		}
		g_autofree char *path = g_build_filename(CORPUS "/talon", name, NULL);
		gsize len = 0;
		g_autofree char *data = NULL;
		g_assert_true(g_file_get_contents(path, &data, &len, NULL));
		g_autoptr(GError) error = NULL;
		GMimeMessage *msg = dm_message_parse(data, len, &error);
		g_assert_no_error(error);
		g_autofree char *text = dm_message_text(msg);
		g_object_unref(msg);
		g_autofree char *got = dm_reply_strip_quotes(text);
		score(plain, name, got, want, FALSE);
	}

	JsonObject *h = json_object_get_object_member(root, "html_replies");
	g_autoptr(GList) hnames = json_object_get_members(h);
	for (GList *l = hnames; l; l = l->next) {
		const char *name = l->data;
		JsonObject *e = json_object_get_object_member(h, name);
		g_autofree char *path = g_build_filename(CORPUS "/talon", name, NULL);
		gsize len = 0;
		g_autofree char *data = NULL;
		g_assert_true(g_file_get_contents(path, &data, &len, NULL));
		g_autofree char *text = dm_html_to_text(data, len, DM_MAX_TEXT_BYTES);
		g_autofree char *got = dm_reply_strip_quotes(text);
		score(html, name, got,
		      json_object_get_string_member(e, "expected_reply_text_whitespace_insensitive"),
		      TRUE);
	}
}

static void
test_corpus(void)
{
	Tally crisp = { "crisp", 0, 0 }, discourse = { "discourse", 0, 0 };
	Tally talon = { "talon", 0, 0 }, talon_html = { "talon-html", 0, 0 };
	run_crisp(&crisp);
	run_discourse(&discourse);
	run_talon(&talon, &talon_html);

	Tally *all[] = { &crisp, &discourse, &talon, &talon_html };
	guint total = 0, exact = 0;
	for (gsize i = 0; i < G_N_ELEMENTS(all); i++) {
		g_test_message("reply corpus %s: %u/%u exact (%.1f%%)", all[i]->name, all[i]->exact,
		               all[i]->total, 100.0 * all[i]->exact / MAX(all[i]->total, 1));
		total += all[i]->total;
		exact += all[i]->exact;
	}
	double fraction = (double) exact / MAX(total, 1);
	g_test_message("reply corpus overall: %u/%u exact (%.1f%%)", exact, total, 100.0 * fraction);
	g_assert_cmpuint(total, >=, 100);
	g_assert_cmpfloat(fraction, >=, FLOOR_OVERALL);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/reply/corpus", test_corpus);
	return g_test_run();
}
