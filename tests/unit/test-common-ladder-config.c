/* test-common-ladder-config: [ladder NAME] and [step NAME] read by dm_config_load — a
 * file with its own ladders (offsets from the due date, before it, from the previous step;
 * a built-in ladder replaced; a built-in step changed), and one row per kind of bad ladder,
 * each asserting that the error names the file, the [group] key and the problem. */
#include <glib/gstdio.h>
#include <string.h>

#include "common/dm-config.h"

static char *tmpdir;

#define HEAD "[mail]\nbilling_addresses = billing@acme.example\nowner = owner@acme.example\n"

static char *
write_config(const char *name, const char *text)
{
	char *path = g_build_filename(tmpdir, name, NULL);
	g_autoptr(GError) err = NULL;
	g_assert_true(g_file_set_contents(path, text, -1, &err));
	g_assert_no_error(err);
	return path;
}

static const DmLadderStep *
step_of(const DmLadder *l, guint i)
{
	g_assert_cmpuint(i, <, l->steps->len);
	return g_ptr_array_index(l->steps, i);
}

static void
test_own_ladders(void)
{
	g_autofree char *path = write_config("own.conf", HEAD
		"[dunning]\n"
		"business_ladder = firm\n"
		"[ladder firm]\n"
		"steps = heads_up, reminder, final, hand_over\n"
		"[step heads_up]\n"
		"after = due-3\n"
		"template = reminder\n"
		"[step final]\n"
		"after = previous + 10\n"
		"template = formal_notice\n"
		"flags = claims_costs , claims_interest,final_notice\n"
		"[ladder consumer]\n"
		"kind = consumer\n"
		"steps = reminder, letter, costs\n"
		"[step letter]\n"
		"after = due+30\n"
		"template = fourteen_day_letter\n"
		"flags = fourteen_day\n"
		"[step costs]\n"
		"after = previous+15\n"
		"template = formal_notice\n"
		"flags = claims_costs\n"
		/* Changes the reminder of every ladder that names it, the built-in ones too. */
		"[step reminder]\n"
		"after = due+10\n"
		"template = reminder\n");
	g_autoptr(GError) err = NULL;
	g_autoptr(DmConfig) c = dm_config_load(path, &err);
	g_assert_no_error(err);
	g_assert_cmpstr(c->ladders->business_ladder, ==, "firm");
	g_assert_cmpstr(c->ladders->consumer_ladder, ==, "consumer");
	const DmLadder *firm = dm_ladder_set_find(c->ladders, "firm");
	g_assert_nonnull(firm);
	g_assert_cmpint(firm->kind, ==, DM_LADDER_BUSINESS);
	g_assert_cmpuint(firm->steps->len, ==, 4);
	g_assert_cmpint(step_of(firm, 0)->anchor, ==, DM_STEP_FROM_DUE);
	g_assert_cmpint(step_of(firm, 0)->offset_days, ==, -3);
	g_assert_cmpint(step_of(firm, 1)->days_after_due, ==, 10);
	g_assert_cmpint(step_of(firm, 2)->anchor, ==, DM_STEP_FROM_PREVIOUS);
	g_assert_cmpint(step_of(firm, 2)->offset_days, ==, 10);
	g_assert_cmpint(step_of(firm, 2)->days_after_due, ==, 20);
	g_assert_cmpint(step_of(firm, 2)->flags, ==,
	                DM_STEP_CLAIMS_COSTS | DM_STEP_CLAIMS_INTEREST | DM_STEP_FINAL_NOTICE);
	g_assert_cmpint(step_of(firm, 3)->days_after_due, ==, 34);   /* built-in hand_over */
	g_assert_null(step_of(firm, 3)->template_name);
	/* The file's [ladder consumer] replaced the built-in one. */
	const DmLadder *consumer = dm_ladder_set_find(c->ladders, "consumer");
	g_assert_cmpuint(consumer->steps->len, ==, 3);
	g_assert_cmpstr(step_of(consumer, 1)->name, ==, "letter");
	/* The built-in business ladder is still there, with the file's reminder. */
	const DmLadder *business = dm_ladder_set_find(c->ladders, "business");
	g_assert_cmpint(step_of(business, 0)->days_after_due, ==, 10);
	g_assert_cmpint(step_of(business, 2)->days_after_due, ==, 35);
	g_autofree char *flags = dm_step_flags_text(step_of(firm, 2)->flags);
	g_assert_cmpstr(flags, ==, "claims_costs, claims_interest, final_notice");
}

/* Without any ladder in the file: the built-in two. */
static void
test_defaults(void)
{
	g_autofree char *path = write_config("plain.conf", HEAD);
	g_autoptr(GError) err = NULL;
	g_autoptr(DmConfig) c = dm_config_load(path, &err);
	g_assert_no_error(err);
	g_assert_cmpuint(c->ladders->ladders->len, ==, 2);
	g_assert_nonnull(dm_ladder_set_find(c->ladders, "business"));
	g_assert_nonnull(dm_ladder_set_find(c->ladders, "consumer"));
	g_assert_null(dm_ladder_set_find(c->ladders, "nope"));
	/* The shipped templates have every step's template, in both languages. */
	g_free(c->templates_dir);
	c->templates_dir = g_strdup("templates");
	const char *langs[] = { "nl", "en" };
	for (gsize i = 0; i < G_N_ELEMENTS(langs); i++) {
		g_free(c->language);
		c->language = g_strdup(langs[i]);
		g_assert_true(dm_config_check_templates(c, &err));
		g_assert_no_error(err);
	}
}

typedef struct {
	const char *name;
	const char *text;           /* after HEAD */
	const char *expect;         /* the error, after "PATH: " */
} BadCase;

static const BadCase bad[] = {
	{ "unknown-flag",
	  "[ladder x]\nsteps = a\n[step a]\nafter = due+7\ntemplate = reminder\n"
	  "flags = claims_costs, claim_interest\n",
	  "[step a] flags: unknown flag 'claim_interest' (known: claims_costs, claims_interest, "
	  "fourteen_day, final_notice, hand_over)" },
	{ "bad-after",
	  "[ladder x]\nsteps = a\n[step a]\nafter = 7 days\ntemplate = reminder\n",
	  "[step a] after: '7 days' is not due+N, due-N or previous+N" },
	{ "missing-after",
	  "[ladder x]\nsteps = a\n[step a]\ntemplate = reminder\n",
	  "[step a] after: required (due+N, due-N or previous+N days)" },
	{ "negative-gap-after-previous",
	  "[ladder x]\nsteps = reminder, a\n[step a]\nafter = previous-2\ntemplate = reminder\n",
	  "[step a] after: 'previous-2' is a negative gap: a step cannot go before the step "
	  "before it (expected previous+N)" },
	{ "step-before-the-one-before",
	  "[ladder x]\nsteps = second_reminder, reminder\n",
	  "[ladder x] steps: reminder (due+7) comes before the step before it, second_reminder "
	  "(due+21): a negative gap" },
	{ "gap-below-minimum",
	  "[ladder x]\nsteps = reminder, a\n[step a]\nafter = due+10\ntemplate = reminder\n",
	  "[ladder x] steps: a is 3 days after reminder: steps must be at least 7 days apart" },
	{ "first-from-previous",
	  "[ladder x]\nsteps = hand_over\n",
	  "[ladder x] steps: the first step, hand_over, has no step before it to count from" },
	{ "after-hand-over",
	  "[ladder x]\nsteps = reminder, hand_over, a\n[step a]\nafter = previous+14\n"
	  "template = reminder\n",
	  "[ladder x] steps: a comes after the hand-over hand_over, which ends the automatic "
	  "ladder: it would never be sent" },
	{ "costs-before-letter",
	  "[ladder c]\nkind = consumer\nsteps = reminder, formal_notice, fourteen_day_letter\n",
	  "[ladder c] steps: formal_notice claims costs before the 14-day letter (a step with "
	  "flags = fourteen_day), which a consumer must have received first" },
	{ "costs-within-letter-term",
	  "[ladder c]\nkind = consumer\nsteps = fourteen_day_letter, a\n[step a]\n"
	  "after = previous+10\ntemplate = formal_notice\nflags = claims_costs\n",
	  "[ladder c] steps: a claims costs 10 days after the 14-day letter fourteen_day_letter: "
	  "its term runs out after 15" },
	{ "letter-claims-costs",
	  "[ladder c]\nkind = consumer\nsteps = a\n[step a]\nafter = due+30\n"
	  "template = fourteen_day_letter\nflags = fourteen_day, claims_costs\n",
	  "[ladder c] steps: a claims costs before the 14-day letter" },
	{ "duplicate-step",
	  "[ladder x]\nsteps = reminder, second_reminder, reminder\n",
	  "[ladder x] steps: the step reminder is named twice" },
	{ "empty-ladder",
	  "[ladder x]\nsteps = ,\n",
	  "[ladder x] steps: empty: a ladder needs at least one step" },
	{ "no-steps-key",
	  "[ladder x]\nkind = business\n",
	  "[ladder x] steps: empty: a ladder needs at least one step" },
	{ "undefined-step",
	  "[ladder x]\nsteps = reminder, gentle_nudge\n",
	  "[ladder x] steps: no [step gentle_nudge] group defines the step 'gentle_nudge'" },
	{ "undefined-ladder",
	  "[dunning]\nbusiness_ladder = quick\n",
	  "[dunning] business_ladder: no ladder 'quick' is defined (defined: business, consumer)" },
	{ "consumer-ladder-not-consumer",
	  "[dunning]\nconsumer_ladder = business\n",
	  "[dunning] consumer_ladder: the ladder 'business' is not for consumers" },
	{ "bad-kind",
	  "[ladder x]\nkind = company\nsteps = reminder\n",
	  "[ladder x] kind: 'company' is neither business nor consumer" },
	{ "unknown-step-key",
	  "[ladder x]\nsteps = a\n[step a]\nafter = due+7\ntemplate = reminder\ndelay = 3\n",
	  "[step a] delay: unknown key (known: after, template, flags)" },
	{ "unknown-ladder-key",
	  "[ladder x]\nsteps = reminder\nlanguage = nl\n",
	  "[ladder x] language: unknown key (known: steps, kind)" },
	{ "template-required",
	  "[ladder x]\nsteps = a\n[step a]\nafter = due+7\n",
	  "[step a] template: required (the mail this step sends; only a hand_over step sends none)" },
	{ "template-path",
	  "[ladder x]\nsteps = a\n[step a]\nafter = due+7\ntemplate = ../../etc/passwd\n",
	  "[step a] template: '../../etc/passwd' is not a template name" },
	{ "offset-too-large",
	  "[ladder x]\nsteps = a\n[step a]\nafter = due+99999\ntemplate = reminder\n",
	  "[step a] after: 'due+99999' is not due+N, due-N or previous+N (N whole days, at most 3650)" },
	/* A bad built-in step the file changed is the file's error. */
	{ "builtin-step-changed-badly",
	  "[step second_reminder]\nafter = due+9\ntemplate = second_reminder\n",
	  "[ladder business] steps: second_reminder is 2 days after reminder: steps must be at "
	  "least 7 days apart" },
};

static void
test_bad(gconstpointer data)
{
	const BadCase *c = data;
	g_autofree char *text = g_strconcat(HEAD, c->text, NULL);
	g_autofree char *file = g_strconcat(c->name, ".conf", NULL);
	g_autofree char *path = write_config(file, text);
	g_autoptr(GError) err = NULL;
	g_autoptr(DmConfig) conf = dm_config_load(path, &err);
	g_assert_null(conf);
	g_assert_error(err, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID);
	g_autofree char *want = g_strconcat(path, ": ", c->expect, NULL);
	if (!g_str_has_prefix(err->message, want))
		g_test_fail_printf("got '%s', expected it to start with '%s'", err->message, want);
}

/* A template the step names but the directory does not have. */
static void
test_missing_template(void)
{
	g_autofree char *path = write_config("tmpl.conf", HEAD
		"[dunning]\ntemplates = templates\n"
		"[ladder x]\nsteps = a\n[step a]\nafter = due+7\ntemplate = polite_nudge\n");
	g_autoptr(GError) err = NULL;
	g_autoptr(DmConfig) c = dm_config_load(path, &err);
	g_assert_no_error(err);
	g_assert_false(dm_config_check_templates(c, &err));
	g_autofree char *want = g_strconcat(path, ": [step a] template: no template 'polite_nudge' "
	                                    "(expected the file templates/nl/polite_nudge.txt", NULL);
	if (!g_str_has_prefix(err->message, want))
		g_test_fail_printf("got '%s', expected '%s'", err->message, want);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	tmpdir = g_dir_make_tmp("dm-ladder-config-XXXXXX", NULL);
	g_test_add_func("/ladder-config/own-ladders", test_own_ladders);
	g_test_add_func("/ladder-config/defaults", test_defaults);
	g_test_add_func("/ladder-config/missing-template", test_missing_template);
	for (gsize i = 0; i < G_N_ELEMENTS(bad); i++) {
		g_autofree char *p = g_strconcat("/ladder-config/bad/", bad[i].name, NULL);
		g_test_add_data_func(p, &bad[i], test_bad);
	}
	int rc = g_test_run();
	g_autoptr(GDir) dir = g_dir_open(tmpdir, 0, NULL);
	for (const char *n; dir && (n = g_dir_read_name(dir));) {
		g_autofree char *f = g_build_filename(tmpdir, n, NULL);
		g_unlink(f);
	}
	g_rmdir(tmpdir);
	g_free(tmpdir);
	return rc;
}
