/* test-dunning-template: {{variable}} rendering on templates the test writes (errors name
 * file and line; no value can add a header line), and the real templates/ of both
 * languages rendered with the variables the programs supply. */
#include <gio/gio.h>
#include <string.h>

#include "dunning/template/dm-template.h"
#include "test-dunning-util.h"

static char *tdir;

static void
put(const char *lang, const char *name, const char *text)
{
	g_autofree char *dir = g_build_filename(tdir, lang, NULL);
	g_assert_cmpint(g_mkdir_with_parents(dir, 0755), ==, 0);
	g_autofree char *file = g_strconcat(name, ".txt", NULL);
	g_autofree char *path = g_build_filename(dir, file, NULL);
	g_assert_true(g_file_set_contents(path, text, -1, NULL));
}

static GHashTable *
vars_new(void)
{
	GHashTable *v = g_hash_table_new(g_str_hash, g_str_equal);
	g_hash_table_insert(v, "number", "2026-0042");
	g_hash_table_insert(v, "name", "Jan");
	g_hash_table_insert(v, "amount", "€ 1.250,00");
	g_hash_table_insert(v, "tricky", "{{name}}");
	return v;
}

static void
test_render(void)
{
	put("nl", "basic", "Subject: Herinnering: factuur {{number}}\n\nBeste {{name}},\n\n"
	                   "Het bedrag van {{ amount }} staat open.\n{{tricky}}\n");
	g_autoptr(GHashTable) v = vars_new();
	g_autofree char *subject = NULL, *body = NULL;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_template_render(tdir, "nl", "en", "basic", v, &subject, &body, &err));
	g_assert_no_error(err);
	g_assert_cmpstr(subject, ==, "Herinnering: factuur 2026-0042");
	/* A value is inserted as it is, never expanded again. */
	g_assert_cmpstr(body, ==, "Beste Jan,\n\nHet bedrag van € 1.250,00 staat open.\n{{name}}\n");
}

typedef struct {
	const char *name;
	const char *text;
	const char *expect[3];      /* fragments of the error besides the path */
} BadCase;

static const BadCase bad_cases[] = {
	{ "unknown-in-subject", "Subject: Factuur {{nummer}}\n\nx\n",
	  { ":1:", "unknown variable {{nummer}}", NULL } },
	/* The line is the file's line, counted from the Subject line. */
	{ "unknown-in-body", "Subject: x\n\nline 3\nline 4\nBeste {{naam}},\n",
	  { ":5:", "unknown variable {{naam}}", NULL } },
	{ "unclosed", "Subject: x\n\nBeste {{name,\n", { "'{{' without '}}'", NULL } },
	{ "no-subject", "Onderwerp: x\n\nbody\n", { ":1:", "Subject:", NULL } },
	{ "body-first", "\nSubject: x\n\nbody\n", { ":1:", "Subject:", NULL } },
	{ "no-blank-line", "Subject: x\nbody right away\n", { ":2:", "empty line", NULL } },
	{ "subject-only", "Subject: x", { ":2:", "empty line", NULL } },
	{ "crlf-file", "Subject: x\r\n\r\nbody\r\n", { ":2:", "empty line", NULL } },
	{ "empty-file", "", { ":1:", "Subject:", NULL } },
	{ "not-utf8", "Subject: caf\xe9\n\nbody\n", { "UTF-8", NULL } },
};

static void
test_bad(gconstpointer data)
{
	const BadCase *bc = data;
	put("nl", bc->name, bc->text);
	g_autoptr(GHashTable) v = vars_new();
	g_autofree char *subject = NULL, *body = NULL;
	g_autoptr(GError) err = NULL;
	g_assert_false(dm_template_render(tdir, "nl", "en", bc->name, v, &subject, &body, &err));
	g_assert_nonnull(err);
	g_assert_null(subject);
	g_assert_null(body);
	g_test_message("%s: %s", bc->name, err->message);
	g_autofree char *file = g_strconcat(bc->name, ".txt", NULL);
	g_autofree char *path = g_build_filename(tdir, "nl", file, NULL);
	if (!strstr(err->message, path))
		g_test_fail_printf("error \"%s\" does not name %s", err->message, path);
	for (int i = 0; i < 3 && bc->expect[i]; i++)
		if (!strstr(err->message, bc->expect[i]))
			g_test_fail_printf("error \"%s\" lacks \"%s\"", err->message, bc->expect[i]);
}

static void
test_too_big(void)
{
	g_autoptr(GString) t = g_string_new("Subject: x\n\n");
	while (t->len <= 64 * 1024)
		g_string_append(t, "filler filler filler filler filler filler filler filler\n");
	put("nl", "big", t->str);
	g_autoptr(GHashTable) v = vars_new();
	g_autofree char *subject = NULL, *body = NULL;
	g_autoptr(GError) err = NULL;
	g_assert_false(dm_template_render(tdir, "nl", "en", "big", v, &subject, &body, &err));
	g_assert_nonnull(err);
}

static void
test_fallback(void)
{
	put("en", "only_en", "Subject: Reminder {{number}}\n\nDear {{name}}\n");
	g_autoptr(GHashTable) v = vars_new();
	g_autoptr(GError) err = NULL;
	{
		g_autofree char *subject = NULL, *body = NULL;
		g_assert_true(dm_template_render(tdir, "nl", "en", "only_en", v, &subject, &body, &err));
		g_assert_no_error(err);
		g_assert_cmpstr(subject, ==, "Reminder 2026-0042");
	}
	{
		g_autofree char *subject = NULL, *body = NULL;
		g_assert_true(dm_template_render(tdir, NULL, "en", "only_en", v, &subject, &body, &err));
		g_assert_cmpstr(body, ==, "Dear Jan\n");
	}
	{
		/* The language's own file wins over the fallback. */
		put("nl", "both", "Subject: NL\n\nnl\n");
		put("en", "both", "Subject: EN\n\nen\n");
		g_autofree char *subject = NULL, *body = NULL;
		g_assert_true(dm_template_render(tdir, "nl", "en", "both", v, &subject, &body, &err));
		g_assert_cmpstr(subject, ==, "NL");
	}
	{
		/* Neither: an error naming the file looked for. */
		g_autofree char *subject = NULL, *body = NULL;
		g_assert_false(dm_template_render(tdir, "nl", "en", "nowhere", v, &subject, &body, &err));
		g_assert_error(err, G_FILE_ERROR, G_FILE_ERROR_NOENT);
		g_assert_nonnull(strstr(err->message, "nowhere.txt"));
	}
}

/* A value with a line break cannot add a header: the subject stops at the break. */
static void
test_crlf_value(void)
{
	put("nl", "inject", "Subject: Factuur {{number}} open\n\nBeste {{name}},\n");
	g_autoptr(GHashTable) v = vars_new();
	g_hash_table_insert(v, "number", "1\r\nBcc: victim@evil.example");
	g_hash_table_insert(v, "name", "Jan\nX-Evil: yes");
	g_autofree char *subject = NULL, *body = NULL;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_template_render(tdir, "nl", "en", "inject", v, &subject, &body, &err));
	g_assert_no_error(err);
	g_assert_null(strpbrk(subject, "\r\n"));
	g_assert_null(strstr(subject, "Bcc"));
	g_assert_cmpstr(subject, ==, "Factuur 1");
}

static void
test_expand(void)
{
	g_autoptr(GHashTable) v = vars_new();
	g_autoptr(GError) err = NULL;
	g_autofree char *a = dm_template_expand("{{number}}{{name}}", v, "x", &err);
	g_assert_cmpstr(a, ==, "2026-0042Jan");
	g_autofree char *b = dm_template_expand("no variables { } }} here", v, "x", &err);
	g_assert_cmpstr(b, ==, "no variables { } }} here");
	g_autofree char *c = dm_template_expand("", v, "x", &err);
	g_assert_cmpstr(c, ==, "");
	g_assert_no_error(err);
	g_autofree char *d = dm_template_expand("a\nb\n{{}}", v, "where", &err);
	g_assert_null(d);
	g_assert_nonnull(err);
	g_assert_nonnull(strstr(err->message, "where:3:"));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	tdir = g_dir_make_tmp("dm-templates-XXXXXX", NULL);
	g_assert_nonnull(tdir);
	g_test_add_func("/template/render", test_render);
	g_test_add_func("/template/too-big", test_too_big);
	g_test_add_func("/template/fallback", test_fallback);
	g_test_add_func("/template/crlf-value", test_crlf_value);
	g_test_add_func("/template/expand", test_expand);
	for (gsize i = 0; i < G_N_ELEMENTS(bad_cases); i++) {
		g_autofree char *p = g_strconcat("/template/bad/", bad_cases[i].name, NULL);
		g_test_add_data_func(p, &bad_cases[i], test_bad);
	}
	int rc = g_test_run();
	dm_test_rm_rf(tdir);
	g_free(tdir);
	return rc;
}
