/* test-reply: dm_reply_analyze on hand-written messages, one .eml and its expected .json
 * per case in tests/data/replies/.  The JSON holds the fields of the `dunmail classify`
 * contract that the analysis decides (kind, class, date) and optionally confident,
 * bounced_recipient, delivery (none, failed, expired, delayed; none when absent),
 * returned_message_id, automatic_header (the header that says a machine wrote it, or
 * null), machine_mail (the sign that a system sent a reply, or null), date_contradicts
 * (a promise dated before the message or a payment after it), holds_until (the
 * end of a vague time the reply names instead of a day), reply_text_contains and
 * reply_text_lacks.  Every analysis must also
 * carry a confidence in 0..1, a reply_text and a rule name, and
 * dm_reply_analyze_unexplained must give the same answer with an empty explanation.
 * /reply/unexplained/corpus checks that last on every reply of the training corpus as its
 * client writes it: the reading without explain logs only the rules' names, from which
 * the second intent's cues are read. */
#include "dunning/learn/dm-learn.h"
#include "parser/mime/dm-gmime-autoptr.h"
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-reply.h"
#include "test-dunning-util.h"
#include "test-util.h"

#include <json-glib/json-glib.h>
#include <string.h>

#define DATA "tests/data/replies"

static void
check_strings(JsonObject *e, const char *member, const char *text, gboolean want_present,
              const char *file)
{
	if (!json_object_has_member(e, member))
		return;
	JsonArray *arr = json_object_get_array_member(e, member);
	for (guint i = 0; i < json_array_get_length(arr); i++) {
		const char *s = json_array_get_string_element(arr, i);
		if ((strstr(text, s) != NULL) != want_present)
			g_error("%s: reply_text %s \"%s\":\n%s", file,
			        want_present ? "lacks" : "contains", s, text);
	}
}

/* dm_reply_analyze_unexplained's answer is @a's but for the explanation, which it
 * leaves empty. */
static void
assert_unexplained_same(const DmReplyAnalysis *a, const DmReplyAnalysis *u)
{
	g_assert_cmpint(u->kind, ==, a->kind);
	g_assert_cmpint(u->klass, ==, a->klass);
	g_assert_cmpfloat(u->confidence, ==, a->confidence);
	g_assert_cmpint(u->confident, ==, a->confident);
	g_assert_cmpint(u->secondary, ==, a->secondary);
	g_assert_cmpint(g_date_valid(&u->date), ==, g_date_valid(&a->date));
	if (g_date_valid(&a->date))
		g_assert_cmpint(g_date_compare(&u->date, &a->date), ==, 0);
	g_assert_cmpint(g_date_valid(&u->holds_until), ==, g_date_valid(&a->holds_until));
	if (g_date_valid(&a->holds_until))
		g_assert_cmpint(g_date_compare(&u->holds_until, &a->holds_until), ==, 0);
	g_assert_cmpstr(u->reply_text, ==, a->reply_text);
	g_assert_cmpstr(u->bounced_recipient, ==, a->bounced_recipient);
	g_assert_cmpstr(u->matched_rule, ==, a->matched_rule);
	g_assert_cmpint(u->delivery, ==, a->delivery);
	g_assert_cmpstr(u->returned_message_id, ==, a->returned_message_id);
	g_assert_cmpstr(u->new_address, ==, a->new_address);
	g_assert_cmpint(u->automatic_headers, ==, a->automatic_headers);
	g_assert_cmpstr(u->automatic_header, ==, a->automatic_header);
	g_assert_cmpstr(u->machine_mail, ==, a->machine_mail);
	g_assert_cmpint(u->date_contradicts, ==, a->date_contradicts);
	g_assert_nonnull(u->explain);
	g_assert_cmpuint(u->explain->len, ==, 0);
}

static void
run_case(gconstpointer data)
{
	const char *base = data;
	g_autofree char *eml = g_strdup_printf(DATA "/%s.eml", base);
	g_autofree char *json = g_strdup_printf(DATA "/%s.json", base);

	g_autofree char *raw = NULL;
	gsize len = 0;
	g_assert_true(g_file_get_contents(eml, &raw, &len, NULL));
	g_autoptr(GError) error = NULL;
	GMimeMessage *msg = dm_message_parse(raw, len, &error);
	g_assert_no_error(error);
	g_autoptr(DmReplyAnalysis) a = dm_reply_analyze(msg, dm_test_reply_model());
	g_autoptr(DmReplyAnalysis) unexplained = dm_reply_analyze_unexplained(msg,
	                                                                     dm_test_reply_model());
	assert_unexplained_same(a, unexplained);
	g_object_unref(msg);

	g_autoptr(JsonParser) parser = json_parser_new();
	g_assert_true(json_parser_load_from_file(parser, json, NULL));
	JsonObject *e = json_node_get_object(json_parser_get_root(parser));

	g_assert_cmpstr(dm_reply_kind_name(a->kind), ==, json_object_get_string_member(e, "kind"));
	/* A reply the model reads without confidence may say "confident": false instead of a
	 * class: what matters then is that it is not acted on by itself. */
	if (json_object_has_member(e, "class"))
		g_assert_cmpstr(dm_reply_class_name(a->klass), ==,
		                json_object_get_string_member(e, "class"));
	if (json_object_has_member(e, "confident"))
		g_assert_cmpint(a->confident, ==, json_object_get_boolean_member(e, "confident"));
	char iso[16] = "";
	if (g_date_valid(&a->date))
		g_snprintf(iso, sizeof iso, "%04u-%02u-%02u", g_date_get_year(&a->date),
		           g_date_get_month(&a->date), g_date_get_day(&a->date));
	if (json_object_get_null_member(e, "date"))
		g_assert_cmpstr(iso, ==, "");
	else
		g_assert_cmpstr(iso, ==, json_object_get_string_member(e, "date"));
	if (json_object_has_member(e, "bounced_recipient"))
		g_assert_cmpstr(a->bounced_recipient, ==,
		                json_object_get_string_member(e, "bounced_recipient"));

	const char *delivery = json_object_has_member(e, "delivery")
		? json_object_get_string_member(e, "delivery") : "none";
	g_assert_cmpstr(dm_delivery_name(a->delivery), ==, delivery);
	/* What the policy reads to tell a machine's auto reply from a typed one. */
	if (json_object_has_member(e, "automatic_header")) {
		const char *want = json_object_get_null_member(e, "automatic_header")
			? NULL : json_object_get_string_member(e, "automatic_header");
		g_assert_cmpstr(a->automatic_header, ==, want);
		g_assert_cmpint(a->automatic_headers, ==, want != NULL);
	}
	/* A vague time names no day, but bounds the hold (dm_reply_analysis_hold_date). */
	if (json_object_has_member(e, "holds_until")) {
		char until[16] = "";
		if (g_date_valid(&a->holds_until))
			g_date_strftime(until, sizeof until, "%Y-%m-%d", &a->holds_until);
		g_assert_cmpstr(until, ==, json_object_get_string_member(e, "holds_until"));
		g_assert_false(g_date_valid(&a->date));
		g_assert_true(dm_reply_analysis_hold_date(a) == &a->holds_until);
	} else {
		g_assert_false(g_date_valid(&a->holds_until) && g_date_valid(&a->date));
	}
	/* The sign that a system sent a reply (dm-machine-mail.h). */
	if (json_object_has_member(e, "machine_mail")) {
		const char *want = json_object_get_null_member(e, "machine_mail")
			? NULL : json_object_get_string_member(e, "machine_mail");
		g_assert_cmpstr(a->machine_mail, ==, want);
	}
	/* A class its own day contradicts never acts alone (dm_reply_date_contradicts). */
	if (json_object_has_member(e, "date_contradicts")) {
		g_assert_cmpint(a->date_contradicts, ==,
		                json_object_get_boolean_member(e, "date_contradicts"));
		if (a->date_contradicts)
			g_assert_false(a->confident);
	}
	if (json_object_has_member(e, "new_address"))
		g_assert_cmpstr(a->new_address, ==, json_object_get_string_member(e, "new_address"));
	if (json_object_has_member(e, "returned_message_id"))
		g_assert_cmpstr(a->returned_message_id, ==,
		                json_object_get_string_member(e, "returned_message_id"));

	g_assert_cmpfloat(a->confidence, >, 0.0);
	g_assert_cmpfloat(a->confidence, <=, 1.0);
	g_assert_nonnull(a->reply_text);
	g_assert_true(g_utf8_validate(a->reply_text, -1, NULL));
	g_assert_nonnull(a->matched_rule);
	check_strings(e, "reply_text_contains", a->reply_text, TRUE, base);
	check_strings(e, "reply_text_lacks", a->reply_text, FALSE, base);
}

/* Hostile text of @size bytes: every line a marker candidate. */
static GString *
hostile_reply(gsize size)
{
	GString *s = g_string_new(NULL);
	while (s->len < size) {
		g_string_append(s, "Met vriendelijke groet,\n\n\n-- \nOn 1 2 wrote\n> x\nVan: a\n");
		g_string_append(s, "Aan: b\n====\n\xff\xfe\n");
	}
	return s;
}

static void
strip_hostile(const GString *s)
{
	g_autofree char *out = dm_reply_strip_quotes(s->str);
	g_assert_nonnull(out);
	g_assert_true(g_utf8_validate(out, -1, NULL));
}

/* Stripping hostile text must cost in proportion to its size. */
static void
test_strip_hostile(void)
{
	dm_test_assert_linear(hostile_reply, strip_hostile, DM_MAX_TEXT_BYTES);
}

typedef struct {
	const char *in, *out;
} StripCase;

static void
test_strip_table(void)
{
	static const StripCase cases[] = {
		{ "Ik betaal vrijdag.\n\nOp ma 23 nov. 2026 om 10:12 schreef Jan <jan@x.nl>:\n> oud\n",
		  "Ik betaal vrijdag." },
		{ "Klopt niet.\n\nOp ma 23 nov. 2026 om 10:12 schreef Debiteuren <\ndeb@x.nl>:\n\n> oud\n",
		  "Klopt niet." },
		{ "Is betaald.\n\n-----Oorspronkelijk bericht-----\nVan: x\nOnderwerp: y\n", "Is betaald." },
		{ "Paid.\n________________________________\nFrom: a\nSent: b\n", "Paid." },
		{ "Done.\n\nVerzonden vanaf mijn iPhone\n", "Done." },
		{ "Betaal morgen.\n\nMet vriendelijke groet,\n\nJan Jansen\nJansen BV\n", "Betaal morgen." },
		{ "Groeten uit Zeeland, de factuur klopt niet.", "Groeten uit Zeeland, de factuur klopt niet." },
		{ "Sent from my iPhone the invoice is wrong and I will not pay it before you fix the amount on line two.",
		  "Sent from my iPhone the invoice is wrong and I will not pay it before you fix the amount on line two." },
		{ "> vraag?\nantwoord\n", "antwoord" },
		{ "", "" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *got = dm_reply_strip_quotes(cases[i].in);
		if (strcmp(got, cases[i].out) != 0)
			g_error("strip case %zu: got \"%s\", want \"%s\"", i, got, cases[i].out);
	}
}

static void
test_unexplained_corpus(void)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) items = dm_learn_corpus_read_dir("corpus/replies", "train-", &error);
	g_assert_no_error(error);
	guint secondary = 0;
	for (guint i = 0; i < items->len; i++) {
		g_autoptr(GMimeMessage) msg = dm_learn_compose(g_ptr_array_index(items, i));
		g_autoptr(DmReplyAnalysis) a = dm_reply_analyze(msg, dm_test_reply_model());
		g_autoptr(DmReplyAnalysis) u = dm_reply_analyze_unexplained(msg,
		                                                            dm_test_reply_model());
		assert_unexplained_same(a, u);
		secondary += a->secondary != DM_REPLY_CLASS_OTHER;
	}
	/* The second intents, which read the rules' names, are among what was compared. */
	g_assert_cmpuint(secondary, >, 50);
}

static gint
compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_autoptr(GDir) dir = g_dir_open(DATA, 0, NULL);
	g_assert_nonnull(dir);
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	while ((name = g_dir_read_name(dir)))
		if (g_str_has_suffix(name, ".eml"))
			g_ptr_array_add(names, g_strndup(name, strlen(name) - 4));
	g_ptr_array_sort(names, compare_names);
	g_assert_cmpuint(names->len, >=, 5);
	g_test_add_func("/reply/strip/table", test_strip_table);
	g_test_add_func("/reply/strip/hostile", test_strip_hostile);
	g_test_add_func("/reply/unexplained/corpus", test_unexplained_corpus);
	for (guint i = 0; i < names->len; i++) {
		g_autofree char *path = g_strdup_printf("/reply/eml/%s", (char *) names->pdata[i]);
		g_test_add_data_func(path, names->pdata[i], run_case);
	}
	return g_test_run();
}
