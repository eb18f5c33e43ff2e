/* test-reply-corpus: the new text of a reply measured against the reply corpora of other
 * projects (../shared/corpora/replies, read in place, never copied) and against the inline
 * replies of our own corpus:
 *   - crisp email-reply-parser: every fixture expected.json gives a reply for;
 *   - discourse email_reply_trimmer: every emails/X.txt with its trimmed/X.txt, and the
 *     forwarded and embedded ones (7) again with before/X.txt, the text above the
 *     forward or embedded header: what the forwarder typed;
 *   - talon standard replies (.eml, through dm_reply_new_text as dunmaild reads a message),
 *     talon HTML replies (through dm_reply_strip_html), and talon's signature samples (the
 *     body without the expected signature);
 *   - corpus/replies/train-*.jsonl, layout "inline": `text` must give `new_text`; the
 *     other layouts composed as a client sends them (the typed text, then the item's
 *     signature, mobile footer and disclaimer, then for "top" an Outlook header block
 *     and the quoted reminder) must give the typed `text` back, and no line of a
 *     disclaimer may survive.
 *
 * "Exact" means the same text once line ends are normalised (CRLF and CR become LF),
 * white space at the end of each line is dropped and the whole is trimmed of leading and
 * trailing white space; nothing else is forgiven.  The one exception is talon's HTML set,
 * which its own tests compare with all white space removed (the HTML decides the line
 * breaks), and which is compared so here.  The sources differ in details (talon keeps a
 * signature the other two drop), so 100 % is not reachable; the test prints the figure per
 * source and overall and fails below the floors.  DM_CORPUS_VERBOSE=1 prints every miss. */
#include "parser/mime/dm-html.h"
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-reply.h"
#include "dunning/learn/dm-learn.h"

#include <json-glib/json-glib.h>
#include <string.h>

#define CORPUS "../shared/corpora/replies"

/* The floor over the other projects' fixtures, and for our own inline replies (measured
 * when written; a drop means stripping got worse).  The target over the others'
 * is 0.92; measured 120/129 with discourse's before/ set counted.  Of the nine misses,
 * two are where that set and discourse's own trimmed/ want different texts of one email
 * (a forward sent without a word: "" or the forwarded text; a reply chain under an
 * embedded header: the chain or the reply), both of which are counted; the others keep
 * what our contract takes off (quotes between answers, a mobile footer, a closing with
 * the name under it). */
#define FLOOR_OVERALL 0.930
#define FLOOR_INLINE 0.90
#define FLOOR_COMPOSED 0.98

typedef struct {
	const char *name;
	guint total;
	guint exact;
} Tally;

/* (transfer full) @text with CRLF and CR as LF, each line without trailing white space,
 * the whole trimmed: what "exact" forgives. */
static char *
normalize_lines(const char *text)
{
	g_autofree char *lf = g_strdup(text);
	GString *s = g_string_new(NULL);
	/* CRLF -> LF, lone CR -> LF. */
	for (const char *p = lf; *p; p++) {
		if (*p == '\r') {
			g_string_append_c(s, '\n');
			if (p[1] == '\n')
				p++;
		} else {
			g_string_append_c(s, *p);
		}
	}
	g_auto(GStrv) lines = g_strsplit(s->str, "\n", -1);
	g_string_free(s, TRUE);
	for (guint i = 0; lines[i]; i++)
		g_strchomp(lines[i]);
	g_autofree char *joined = g_strjoinv("\n", lines);
	return g_strdup(g_strstrip(joined));
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
	g_autofree char *a = no_ws ? remove_ws(got) : normalize_lines(got);
	g_autofree char *b = no_ws ? remove_ws(expected) : normalize_lines(expected);
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

#define DISCOURSE CORPUS "/discourse-email_reply_trimmer"

/* Every emails/X.txt against @expected/X.txt, for each X that has one. */
static void
run_discourse(Tally *t, const char *expected)
{
	g_autofree char *dir = g_build_filename(DISCOURSE, expected, NULL);
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	g_assert_nonnull(d);
	const char *name;
	while ((name = g_dir_read_name(d))) {
		g_autofree char *want_path = g_build_filename(dir, name, NULL);
		g_autofree char *in_path = g_build_filename(DISCOURSE "/emails", name, NULL);
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
		g_autofree char *got = dm_reply_new_text(msg);
		g_object_unref(msg);
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
		g_autofree char *got = dm_reply_strip_html(data, len);
		score(html, name, got,
		      json_object_get_string_member(e, "expected_reply_text_whitespace_insensitive"),
		      TRUE);
	}
}

/* talon's signature samples: the reply is the body without its expected signature. */
static void
run_talon_signatures(Tally *t)
{
	g_autoptr(JsonParser) parser = json_parser_new();
	JsonObject *root = load_json(parser, CORPUS "/talon/expected.json");
	JsonObject *sig = json_object_get_object_member(root, "signature_stripped");
	g_autoptr(GList) names = json_object_get_members(sig);
	for (GList *l = names; l; l = l->next) {
		const char *name = l->data;
		JsonObject *e = json_object_get_object_member(sig, name);
		g_autofree char *body_path = g_build_filename(CORPUS "/talon", name, NULL);
		g_autofree char *sig_path = g_build_filename(CORPUS "/talon",
			json_object_get_string_member(e, "expected_signature_file"), NULL);
		g_autofree char *body = read_or_fail(body_path);
		g_autofree char *signature = read_or_fail(sig_path);
		g_autofree char *b = normalize_lines(body);
		g_autofree char *sg = normalize_lines(signature);
		g_assert_true(g_str_has_suffix(b, sg));
		b[strlen(b) - strlen(sg)] = '\0';
		g_autofree char *got = dm_reply_strip_quotes(body);
		score(t, name, got, b, FALSE);
	}
}

/* Our own corpus: the inline replies, whose new text is labelled (@inline); and the
 * others composed as a client sends them (@composed): what was typed, the signature, the
 * mobile footer and the disclaimer under it, then an Outlook header block and the quoted
 * reminder for a top-posted one; the typed text must come back. */
static void
run_own(Tally *inline_replies, Tally *composed, guint *disclaimer_leaks)
{
	/* DM_REPLY_OWN_CORPUS=file.jsonl: that file instead (the blind split, once). */
	const char *only = g_getenv("DM_REPLY_OWN_CORPUS");
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) files = only ? g_ptr_array_new()
	                                  : dm_learn_corpus_files("corpus/replies", "train-", &error);
	g_assert_no_error(error);
	if (only)
		g_ptr_array_add(files, (gpointer) only);
	for (guint f = 0; f < files->len; f++) {
		g_autofree char *data = read_or_fail(g_ptr_array_index(files, f));
		g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
		for (guint i = 0; lines[i]; i++) {
			if (lines[i][0] == '\0')
				continue;
			g_autoptr(JsonParser) parser = json_parser_new();
			g_assert_true(json_parser_load_from_data(parser, lines[i], -1, NULL));
			JsonObject *o = json_node_get_object(json_parser_get_root(parser));
			const char *id = json_object_get_string_member(o, "id");
			const char *text = json_object_get_string_member(o, "text");
			const char *want =
				json_object_get_string_member_with_default(o, "new_text", NULL);
			if (want != NULL) {
				g_autofree char *got = dm_reply_strip_quotes(text);
				score(inline_replies, id, got, want, FALSE);
				continue;
			}
			g_autoptr(GString) mail = g_string_new(text);
			static const char *const trailers[] = { "signature", "mobile_footer",
			                                        "disclaimer" };
			for (gsize k = 0; k < G_N_ELEMENTS(trailers); k++) {
				const char *tr = json_object_get_string_member_with_default(
					o, trailers[k], NULL);
				if (tr)
					g_string_append_printf(mail, "\n\n%s", tr);
			}
			if (g_strcmp0(json_object_get_string_member(o, "layout"), "top") == 0)
				g_string_append(mail, "\n\nFrom: Billing <billing@example.com>\n"
				                "Sent: Monday, 23 November 2026 10:12\nTo: you\n"
				                "Subject: Reminder\n\nDear customer, please pay.\n");
			g_autofree char *got = dm_reply_strip_quotes(mail->str);
			score(composed, id, got, text, FALSE);
			/* A disclaimer's words must never reach the classifier: no line of it
			 * (that the writer did not type too) may remain. */
			const char *disclaimer =
				json_object_get_string_member_with_default(o, "disclaimer", NULL);
			g_auto(GStrv) dlines = g_strsplit(disclaimer ? disclaimer : "", "\n", -1);
			for (guint d = 0; dlines[d]; d++)
				if (strlen(dlines[d]) > 20 && strstr(got, dlines[d]) &&
				    !strstr(text, dlines[d])) {
					g_test_message("disclaimer leak %s: %s", id, dlines[d]);
					(*disclaimer_leaks)++;
					break;
				}
		}
	}
}

static void
test_corpus(void)
{
	Tally crisp = { "crisp", 0, 0 }, discourse = { "discourse", 0, 0 };
	Tally discourse_forward = { "discourse-forward", 0, 0 };
	Tally talon = { "talon", 0, 0 }, talon_html = { "talon-html", 0, 0 };
	Tally talon_sig = { "talon-signature", 0, 0 }, inline_replies = { "inline", 0, 0 };
	Tally composed = { "composed", 0, 0 };
	run_crisp(&crisp);
	run_discourse(&discourse, "trimmed");
	run_discourse(&discourse_forward, "before");
	run_talon(&talon, &talon_html);
	run_talon_signatures(&talon_sig);
	guint disclaimer_leaks = 0;
	run_own(&inline_replies, &composed, &disclaimer_leaks);
	Tally *own[] = { &inline_replies, &composed };
	for (gsize i = 0; i < G_N_ELEMENTS(own); i++)
		g_test_message("reply corpus %s (%s, not in the overall): %u/%u exact (%.1f%%)",
		               own[i]->name,
		               g_getenv("DM_REPLY_OWN_CORPUS") ? g_getenv("DM_REPLY_OWN_CORPUS")
		                                               : "corpus/replies/train-*",
		               own[i]->exact, own[i]->total,
		               100.0 * own[i]->exact / MAX(own[i]->total, 1));

	Tally *all[] = { &crisp, &discourse, &discourse_forward, &talon, &talon_html, &talon_sig };
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
	g_assert_cmpfloat((double) inline_replies.exact / MAX(inline_replies.total, 1), >=,
	                  FLOOR_INLINE);
	g_assert_cmpfloat((double) composed.exact / MAX(composed.total, 1), >=, FLOOR_COMPOSED);
	g_assert_cmpuint(disclaimer_leaks, ==, 0);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/reply/corpus", test_corpus);
	return g_test_run();
}
