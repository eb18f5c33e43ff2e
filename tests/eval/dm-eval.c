/* dm-eval: how well the reply classifier reads replies (`make eval`).
 *
 *   dm-eval --model FILE [--corpus DIR] [--json OUT] [--blind] [--hard] [--cv] [--date-misses]
 *           [--misses] [--action-misses] [--holdout FILE]...
 *   dm-eval --cv --C C [--corpus DIR] [--date-misses] [--rules] [--cv-confident-misses P]
 *
 * --cv: 5-fold cross-validation on DIR/train-*.jsonl with the model's C or --C's (the
 * folds and the features those of `dunmail train`), the confidence threshold calibrated
 * on its answers as `dunmail train` calibrates it, and the second intent's precision
 * and recall for each threshold of the model's intents (dm-reply-secondary.h; each
 * fold's replies read with that fold's model, as dm_reply_analyze reads them with the
 * shipped one), and the share acting alone and its precision under other rules than the
 * one threshold (per class, on the margin; calibrated on four folds, measured on the
 * fifth); --blind: the model
 * on DIR/test.jsonl, every item composed into a message and read by dm_reply_analyze
 * exactly as dunmaild reads it.  For each, and per language: accuracy, per-class precision, recall and F1,
 * macro-F1, the confusion matrix, calibration (how often a reply at or above the model's
 * threshold is right, and what share of replies reach it) and date accuracy (the exact
 * date among the replies whose label states one); then the same in brief per voice (the
 * items' variant) and per kind (HTML only, under 80 characters typed, 600 or more).  The
 * same figures go to OUT as JSON.  Beside "right" among the replies that act alone, what
 * they do: how many move the ladder as the labelled reply would (dm_policy_for_reply: the
 * same state, until the same day) — a dispute read as a question pauses the invoice just
 * the same, while a question read as other lets the ladder run on.
 *
 * --text-misses: every reply of a test split or held-out set whose stripped text is not
 * what was typed, the text typed beside the text kept (the quote and trailer stripping's
 * error analysis; never of a blind set).
 *
 * --misses: every reply of a test split or held-out set read as the wrong class, with the
 * text it was read from and, where the stripping kept or lost something, the text typed
 * (for the error analysis of a set whose first figure is reported; never of a blind one).
 *
 * --action-misses: every reply of a test split or held-out set that acts alone, read as the
 * right class, yet moves the ladder otherwise than its label would (a promise dated
 * wrongly, dated where the label has none or undated where it has one): the labelled and
 * the read day, the day sent and the text read (never of a closed split).
 *
 * --cv-confident-misses P (with --cv): the out-of-fold replies read wrong that would act
 * alone at a confidence of P or more, the ones that keep the threshold up.
 *
 * --rules (with --cv): each PCRE2 rule's precision on the training replies, and the
 * cross-validation again with the rules that earn it overriding the model (a rule
 * overrides a fold's replies only when it cleared RULE_OVERRIDE_PRECISION over at least
 * RULE_OVERRIDE_MIN_FIRINGS on the other folds, or the bar --override-precision and
 * --override-min say; an override acts, as a confident reply).
 *
 * --hard: the model on DIR/test-hard.jsonl, the second blind split (hard replies: phone
 * one-liners, lawyers' letters, HTML only, Flemish, Austrian and Swiss German), read as
 * the test split is, with the held-out set's two extra date figures (below).
 *
 * --holdout FILE: a held-out set (corpus/replies/dates-holdout.jsonl) read like the test
 * split, with two more date figures: the date read under the labelled class (the date
 * reader alone, whatever the classifier said) and the replies that state no day yet were
 * given one.
 *
 * The test splits are blind: run them when a change is finished, and report the first
 * figure each gave (corpus/replies/README.md). */
#include "dunning/engine/dm-policy.h"
#include "dunning/learn/dm-learn.h"
#include "parser/mime/dm-gmime-autoptr.h"
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-reply-dates.h"
#include "rule-overrides.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

typedef struct {
	int gold, pred;             /* DmReplyClass */
	int gold_secondary, pred_secondary;     /* DmReplyClass, OTHER: none */
	double top;
	gboolean held;              /* the analysis did not act though top reached the threshold */
	gboolean date_held;         /* held because its class and its day disagree
	                             * (dm_reply_date_contradicts) */
	gboolean has_date, date_right;
	gboolean same_action;       /* the class table does with it what it does with the label:
	                             * the same state until the same day (dm_policy_for_reply) */
	gboolean date_right_as_labelled;    /* read under the labelled class */
	gboolean date_given;                /* some date was read */
	const char *lang;
	const char *variant;                /* interned; "" when the item names none */
	gboolean html_only;
	glong typed;                        /* characters the writer typed */
	gboolean text_exact;                /* the stripped text is what was typed (white
	                                     * space aside) */
} Outcome;

/* Whether the reply would act by itself: confident by the threshold, and not held by the
 * analysis (reply.c: an "other" whose sentence read alone is an intent is held). */
static gboolean
acted(const Outcome *x, double threshold)
{
	return x->top >= threshold && !x->held;
}

/* The fields of @x that say who wrote @it and how: language, voice, kind. */
static void
outcome_describe(Outcome *x, const DmLearnItem *it)
{
	x->lang = g_intern_string(it->lang);
	x->variant = g_intern_string(it->variant ? it->variant : "");
	x->html_only = it->html_only;
	x->typed = g_utf8_strlen(it->new_text ? it->new_text : it->text, -1);
}

/* @text with every run of white space one space and none at either end: how two texts
 * are compared that differ only in the line breaks an HTML conversion gives. */
static char *
flattened(const char *text)
{
	GString *out = g_string_new(NULL);
	gboolean space = FALSE;
	for (const char *p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (g_unichar_isspace(c)) {
			space = TRUE;
			continue;
		}
		if (space && out->len)
			g_string_append_c(out, ' ');
		space = FALSE;
		g_string_append_unichar(out, c);
	}
	return g_string_free(out, FALSE);
}

/* Whether @read, the text the stripping left of @it's message, is what its writer typed
 * (white space aside). */
static gboolean
read_as_typed(const DmLearnItem *it, const char *read)
{
	g_autofree char *a = flattened(read ? read : "");
	g_autofree char *b = flattened(it->new_text ? it->new_text : it->text);
	return strcmp(a, b) == 0;
}

/* Whether the class table does with a reply read as @klass and @date on @today what it
 * does with @it's label: the same state until the same day. */
static gboolean
same_action(const DmLearnItem *it, DmReplyClass klass, const GDate *date, const GDate *today)
{
	DmPolicyDecision want, got;
	dm_policy_for_reply(it->klass, &it->date, today, &want);
	dm_policy_for_reply(klass, date, today, &got);
	if (want.changes != got.changes || want.status != got.status)
		return FALSE;
	if (g_date_valid(&want.until) != g_date_valid(&got.until))
		return FALSE;
	return !g_date_valid(&want.until) || g_date_compare(&want.until, &got.until) == 0;
}

static const int shown[] = {
	DM_REPLY_CLASS_DISPUTE, DM_REPLY_CLASS_PROMISE_TO_PAY, DM_REPLY_CLASS_PAID,
	DM_REPLY_CLASS_ARRANGEMENT, DM_REPLY_CLASS_QUESTION, DM_REPLY_CLASS_OTHER,
	DM_REPLY_CLASS_AUTO_REPLY, DM_REPLY_CLASS_BOUNCE,
};

static gboolean
same_date(const GDate *a, const GDate *b)
{
	return g_date_valid(a) && g_date_valid(b) && g_date_compare(a, b) == 0;
}

/* The figures every set and group reports, as members of the object open in @b. */
static void
json_core(JsonBuilder *b, guint n, guint right, double macro, guint above, guint above_right,
          guint dated, guint dated_right)
{
	json_builder_set_member_name(b, "replies");
	json_builder_add_int_value(b, n);
	json_builder_set_member_name(b, "accuracy");
	json_builder_add_double_value(b, (double) right / n);
	json_builder_set_member_name(b, "macro_f1");
	json_builder_add_double_value(b, macro);
	json_builder_set_member_name(b, "confident_share");
	json_builder_add_double_value(b, (double) above / n);
	json_builder_set_member_name(b, "confident_precision");
	json_builder_add_double_value(b, above ? (double) above_right / above : 1.0);
	json_builder_set_member_name(b, "dates_stated");
	json_builder_add_int_value(b, dated);
	json_builder_set_member_name(b, "dates_exact");
	json_builder_add_double_value(b, dated ? (double) dated_right / dated : 0);
}

/* Prints the figures of the outcomes of @lang (NULL: all) and adds them to @b. */
static void
report(const char *title, const GArray *all, const char *lang, double threshold,
       gboolean held_out, JsonBuilder *b)
{
	g_autoptr(GArray) o = g_array_new(FALSE, FALSE, sizeof(Outcome));
	for (guint i = 0; i < all->len; i++) {
		const Outcome *x = &g_array_index(all, Outcome, i);
		if (!lang || strcmp(x->lang, lang) == 0)
			g_array_append_vals(o, x, 1);
	}
	guint n = o->len;
	if (n == 0)
		return;
	g_autofree int *gold = g_new(int, n);
	g_autofree int *pred = g_new(int, n);
	guint right = 0, above = 0, above_right = 0, dated = 0, dated_right = 0;
	guint dated_right_labelled = 0, undated = 0, undated_given = 0;
	guint sec_labelled = 0, sec_said = 0, sec_right = 0, text_exact = 0;
	guint date_held = 0, date_held_right = 0, above_same_action = 0;
	guint confusion[DM_REPLY_N_CLASSES][DM_REPLY_N_CLASSES] = { { 0 } };
	for (guint i = 0; i < n; i++) {
		const Outcome *x = &g_array_index(o, Outcome, i);
		gold[i] = x->gold;
		pred[i] = x->pred;
		right += x->gold == x->pred;
		confusion[x->gold][x->pred]++;
		if (acted(x, threshold)) {
			above++;
			above_right += x->gold == x->pred;
			above_same_action += x->same_action;
		}
		if (x->has_date) {
			dated++;
			dated_right += x->date_right;
			dated_right_labelled += x->date_right_as_labelled;
		} else {
			undated++;
			undated_given += x->date_given;
		}
		text_exact += x->text_exact;
		/* Only those the threshold would have let act: the others were held anyway. */
		gboolean date_guarded = x->date_held && x->top >= threshold;
		date_held += date_guarded;
		date_held_right += date_guarded && x->gold == x->pred;
		sec_labelled += x->gold_secondary != DM_REPLY_CLASS_OTHER;
		sec_said += x->pred_secondary != DM_REPLY_CLASS_OTHER;
		sec_right += x->pred_secondary != DM_REPLY_CLASS_OTHER &&
		             x->pred_secondary == x->gold_secondary;
	}
	double macro = dm_learn_macro_f1(gold, pred, n);
	printf("\n== %s%s%s: %u replies ==\n", title, lang ? ", " : "", lang ? lang : "", n);
	printf("accuracy %.3f   macro-F1 %.3f\n", (double) right / n, macro);
	printf("confident (>= %.3f): %.1f %% of replies, %.1f %% of them right\n", threshold,
	       100.0 * above / n, above ? 100.0 * above_right / above : 100.0);
	printf("acting alone, the ladder as the label asks: %u of %u (%.1f %%)\n", above_same_action,
	       above, above ? 100.0 * above_same_action / above : 100.0);
	printf("dates: %u of %u exact (%.1f %%)\n", dated_right, dated,
	       dated ? 100.0 * dated_right / dated : 0);
	printf("new text as typed (white space aside): %u of %u (%.1f %%)\n", text_exact, n,
	       100.0 * text_exact / n);
	/* What the guard costs: the held replies that were read right would have acted. */
	printf("held at or above the threshold, class and day disagree: %u (%u of them read "
	       "right)\n", date_held,
	       date_held_right);
	if (held_out) {
		printf("dates under the labelled class: %u of %u exact (%.1f %%)\n",
		       dated_right_labelled, dated, dated ? 100.0 * dated_right_labelled / dated : 0);
		printf("no day stated, yet one read: %u of %u\n", undated_given, undated);
	}
	/* The secondary intent: precision among the replies given one, recall among those
	 * labelled with one (right only when it is the labelled class). */
	double sec_p = sec_said ? (double) sec_right / sec_said : 0;
	double sec_r = sec_labelled ? (double) sec_right / sec_labelled : 0;
	printf("secondary: precision %.3f (%u of %u given), recall %.3f (%u of %u labelled)\n",
	       sec_p, sec_right, sec_said, sec_r, sec_right, sec_labelled);
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "set");
	json_builder_add_string_value(b, title);
	json_builder_set_member_name(b, "language");
	json_builder_add_string_value(b, lang ? lang : "all");
	json_core(b, n, right, macro, above, above_right, dated, dated_right);
	json_builder_set_member_name(b, "confident_same_action");
	json_builder_add_double_value(b, above ? (double) above_same_action / above : 1.0);
	json_builder_set_member_name(b, "text_exact");
	json_builder_add_double_value(b, (double) text_exact / n);
	json_builder_set_member_name(b, "threshold");
	json_builder_add_double_value(b, threshold);
	json_builder_set_member_name(b, "date_held");
	json_builder_add_int_value(b, date_held);
	json_builder_set_member_name(b, "date_held_right");
	json_builder_add_int_value(b, date_held_right);
	if (held_out) {
		json_builder_set_member_name(b, "dates_exact_labelled_class");
		json_builder_add_double_value(b, dated ? (double) dated_right_labelled / dated : 0);
		json_builder_set_member_name(b, "undated");
		json_builder_add_int_value(b, undated);
		json_builder_set_member_name(b, "undated_given_a_date");
		json_builder_add_int_value(b, undated_given);
	}
	json_builder_set_member_name(b, "secondary_labelled");
	json_builder_add_int_value(b, sec_labelled);
	json_builder_set_member_name(b, "secondary_given");
	json_builder_add_int_value(b, sec_said);
	json_builder_set_member_name(b, "secondary_precision");
	json_builder_add_double_value(b, sec_p);
	json_builder_set_member_name(b, "secondary_recall");
	json_builder_add_double_value(b, sec_r);

	printf("%-15s %9s %9s %9s %7s\n", "class", "precision", "recall", "F1", "n");
	json_builder_set_member_name(b, "classes");
	json_builder_begin_object(b);
	for (gsize k = 0; k < G_N_ELEMENTS(shown); k++) {
		int c = shown[k];
		guint tp = confusion[c][c], fp = 0, fn = 0;
		for (int j = 0; j < DM_REPLY_N_CLASSES; j++)
			if (j != c) {
				fp += confusion[j][c];
				fn += confusion[c][j];
			}
		if (tp + fn == 0 && fp == 0)
			continue;
		double p = tp + fp ? (double) tp / (tp + fp) : 0, r = tp + fn ? (double) tp / (tp + fn) : 0;
		double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
		printf("%-15s %9.3f %9.3f %9.3f %7u\n", dm_reply_class_name(c), p, r, f, tp + fn);
		json_builder_set_member_name(b, dm_reply_class_name(c));
		json_builder_begin_object(b);
		json_builder_set_member_name(b, "precision");
		json_builder_add_double_value(b, p);
		json_builder_set_member_name(b, "recall");
		json_builder_add_double_value(b, r);
		json_builder_set_member_name(b, "f1");
		json_builder_add_double_value(b, f);
		json_builder_set_member_name(b, "n");
		json_builder_add_int_value(b, tp + fn);
		json_builder_end_object(b);
	}
	json_builder_end_object(b);

	printf("confusion (row: label, column: read as)\n%-15s", "");
	for (gsize k = 0; k < G_N_ELEMENTS(shown); k++)
		printf(" %5.5s", dm_reply_class_name(shown[k]));
	printf("\n");
	json_builder_set_member_name(b, "confusion");
	json_builder_begin_object(b);
	for (gsize r = 0; r < G_N_ELEMENTS(shown); r++) {
		printf("%-15s", dm_reply_class_name(shown[r]));
		json_builder_set_member_name(b, dm_reply_class_name(shown[r]));
		json_builder_begin_object(b);
		for (gsize k = 0; k < G_N_ELEMENTS(shown); k++) {
			guint v = confusion[shown[r]][shown[k]];
			printf(" %5u", v);
			if (v) {
				json_builder_set_member_name(b, dm_reply_class_name(shown[k]));
				json_builder_add_int_value(b, v);
			}
		}
		printf("\n");
		json_builder_end_object(b);
	}
	json_builder_end_object(b);
	json_builder_end_object(b);
}

/* Which outcomes a line of report_groups counts. */
typedef gboolean (*Keep)(const Outcome *x, gconstpointer data);

/* The kinds of reply the hard split was written to hold: phone one-liners and long
 * letters, by the length of what the writer typed. */
#define SHORT_TYPED 80
#define LONG_TYPED  600

static gboolean
keep_variant(const Outcome *x, gconstpointer variant)
{
	return x->variant == variant;       /* both interned */
}

static gboolean
keep_html_only(const Outcome *x, gconstpointer data)
{
	return x->html_only;
}

static gboolean
keep_short(const Outcome *x, gconstpointer data)
{
	return x->typed < SHORT_TYPED;
}

static gboolean
keep_long(const Outcome *x, gconstpointer data)
{
	return x->typed >= LONG_TYPED;
}

/* One line of figures for the outcomes of @all that @keep accepts; also into @b. */
static void
brief(const char *title, const char *group, const GArray *all, Keep keep, gconstpointer data,
      double threshold, JsonBuilder *b)
{
	g_autoptr(GArray) gold = g_array_new(FALSE, FALSE, sizeof(int));
	g_autoptr(GArray) pred = g_array_new(FALSE, FALSE, sizeof(int));
	guint right = 0, above = 0, above_right = 0, dated = 0, dated_right = 0;
	for (guint i = 0; i < all->len; i++) {
		const Outcome *x = &g_array_index(all, Outcome, i);
		if (!keep(x, data))
			continue;
		g_array_append_val(gold, x->gold);
		g_array_append_val(pred, x->pred);
		right += x->gold == x->pred;
		above += acted(x, threshold);
		above_right += acted(x, threshold) && x->gold == x->pred;
		dated += x->has_date;
		dated_right += x->has_date && x->date_right;
	}
	guint n = gold->len;
	if (n == 0)
		return;
	double macro = dm_learn_macro_f1((const int *) (gpointer) gold->data,
	                                 (const int *) (gpointer) pred->data, n);
	printf("%-26s %5u %8.3f %8.3f %8.1f %% %7.1f %% %4u/%u\n", group, n, (double) right / n,
	       macro, 100.0 * above / n, above ? 100.0 * above_right / above : 100.0, dated_right,
	       dated);
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "set");
	json_builder_add_string_value(b, title);
	json_builder_set_member_name(b, "group");
	json_builder_add_string_value(b, group);
	json_core(b, n, right, macro, above, above_right, dated, dated_right);
	json_builder_end_object(b);
}

static int
by_string(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/* The figures per voice (the items' variant) and per kind of reply: which writers the
 * classifier serves worst, without looking at any one reply. */
static void
report_groups(const char *title, const GArray *o, double threshold, JsonBuilder *b)
{
	printf("\n-- %s: by voice and kind --\n", title);
	printf("%-26s %5s %8s %8s %10s %9s %s\n", "group", "n", "accuracy", "macro-F1",
	       "confident", "right", "dates");
	g_autoptr(GPtrArray) variants = g_ptr_array_new();
	for (guint i = 0; i < o->len; i++) {
		const char *v = g_array_index(o, Outcome, i).variant;
		if (!g_ptr_array_find(variants, v, NULL))
			g_ptr_array_add(variants, (gpointer) v);
	}
	g_ptr_array_sort(variants, by_string);
	for (guint i = 0; i < variants->len; i++) {
		const char *v = g_ptr_array_index(variants, i);
		brief(title, v[0] ? v : "(no variant)", o, keep_variant, v, threshold, b);
	}
	brief(title, "html-only", o, keep_html_only, NULL, threshold, b);
	brief(title, "short (< 80 characters)", o, keep_short, NULL, threshold, b);
	brief(title, "long (>= 600 characters)", o, keep_long, NULL, threshold, b);
}

static void
report_all(const char *title, const GArray *o, double threshold, gboolean held_out,
           JsonBuilder *b)
{
	static const char *const languages[] = { NULL, "nl", "en", "de" };
	for (gsize i = 0; i < G_N_ELEMENTS(languages); i++)
		report(title, o, languages[i], threshold, held_out, b);
	report_groups(title, o, threshold, b);
}

/* One date miss, for the one improving the date reader: a miss of @item (a day read
 * wrong, none read, or one read where it states none), whose new text @text sent on
 * @reference was read as @pred and given @got.  Listed for the held-out sets too, once
 * their first figures are reported (they are seen sets from then on). */
static void
print_date_miss(const DmLearnItem *item, const char *text, const GDate *reference, int pred,
                const GDate *got)
{
	char want[16] = "none", have[16] = "none";
	if (g_date_valid(&item->date))
		g_date_strftime(want, sizeof want, "%Y-%m-%d", &item->date);
	if (g_date_valid(got))
		g_date_strftime(have, sizeof have, "%Y-%m-%d", got);
	char sent[16];
	g_date_strftime(sent, sizeof sent, "%Y-%m-%d %a", reference);
	g_autofree char *flat = g_strdelimit(g_strndup(text, 300), "\r\n", ' ');
	printf("date miss %s (%s, read as %s): want %s, got %s, sent %s (%s): %s\n",
	       item->id, dm_reply_class_name(item->klass), dm_reply_class_name(pred), want,
	       have, sent, item->variant, flat);
}

/* The thresholds the second intent may be chosen by, tried in cross-validation. */
static const double sweep_min[] = { 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6 };

/* Secondary precision, recall and F1 for each threshold, over the examples of @set whose
 * class @pred and intents' probabilities @present were read out of fold: the threshold
 * is chosen by these lines (never by a test split). */
static void
secondary_sweep(const DmLearnSet *set, const int *pred, const double *present)
{
	guint n = set->examples->len;
	printf("\n-- secondary intent by threshold (cross-validation) --\n");
	printf("%6s %9s %9s %9s %7s\n", "min", "precision", "recall", "F1", "given");
	for (gsize a = 0; a < G_N_ELEMENTS(sweep_min); a++) {
		guint labelled = 0, given = 0, right = 0;
		for (guint i = 0; i < n; i++) {
			const DmLearnItem *it = g_array_index(set->examples, DmLearnExample, i).item;
			DmReplyClass s = dm_reply_secondary_choose(present + (gsize) i * DM_REPLY_N_CLASSES,
			                                           (DmReplyClass) pred[i], sweep_min[a]);
			labelled += it->secondary != DM_REPLY_CLASS_OTHER;
			given += s != DM_REPLY_CLASS_OTHER;
			right += s != DM_REPLY_CLASS_OTHER && s == it->secondary;
		}
		double p = given ? (double) right / given : 0;
		double r = labelled ? (double) right / labelled : 0;
		printf("%6.2f %9.3f %9.3f %9.3f %7u\n", sweep_min[a], p, r,
		       p + r > 0 ? 2 * p * r / (p + r) : 0, given);
	}
	/* By class, at the threshold dm_reply_secondary uses. */
	guint given[DM_REPLY_N_CLASSES] = { 0 }, right[DM_REPLY_N_CLASSES] = { 0 };
	guint labelled[DM_REPLY_N_CLASSES] = { 0 };
	for (guint i = 0; i < n; i++) {
		const DmLearnItem *it = g_array_index(set->examples, DmLearnExample, i).item;
		DmReplyClass s = dm_reply_secondary_choose(present + (gsize) i * DM_REPLY_N_CLASSES,
		                                           (DmReplyClass) pred[i],
		                                           DM_REPLY_SECONDARY_MIN);
		given[s]++;
		labelled[it->secondary]++;
		right[s] += s == it->secondary;
	}
	printf("%-15s %7s %7s %9s (min %.2f)\n", "secondary", "given", "right", "labelled",
	       DM_REPLY_SECONDARY_MIN);
	for (int k = 1; k < DM_REPLY_N_CLASSES; k++)
		if (given[k] || labelled[k])
			printf("%-15s %7u %7u %9u\n", dm_reply_class_name(k), given[k], right[k],
			       labelled[k]);
}

/* The guard on "other" (dm_reply_acts_alone) by the threshold its second intent is
 * chosen at: of the replies read as other at or above the confidence @threshold, those
 * it holds whose label is an intent (a reminder that would have ignored it) and whose
 * label is other (held for nothing), and the intents it lets act as other. */
static void
other_guard_sweep(const DmLearnSet *set, const int *pred, const double *probs,
                  const double *present, double threshold)
{
	guint n = set->examples->len;
	printf("\n-- the guard on 'other': replies read as other at or above %.3f (cross-validation) --\n",
	       threshold);
	printf("%6s %14s %14s %18s\n", "min", "intents held", "others held", "intents acting");
	for (gsize a = 0; a < G_N_ELEMENTS(sweep_min); a++) {
		guint held_intent = 0, held_other = 0, acting = 0;
		for (guint i = 0; i < n; i++) {
			const DmLearnItem *it = g_array_index(set->examples, DmLearnExample, i).item;
			if (pred[i] != DM_REPLY_CLASS_OTHER ||
			    probs[(gsize) i * DM_REPLY_N_CLASSES + DM_REPLY_CLASS_OTHER] < threshold)
				continue;
			DmReplyClass s = dm_reply_secondary_choose(present + (gsize) i * DM_REPLY_N_CLASSES,
			                                           DM_REPLY_CLASS_OTHER, sweep_min[a]);
			gboolean intent = it->klass != DM_REPLY_CLASS_OTHER;
			if (s != DM_REPLY_CLASS_OTHER) {
				held_intent += intent;
				held_other += !intent;
			} else
				acting += intent;
		}
		printf("%6.2f %14u %14u %18u\n", sweep_min[a], held_intent, held_other, acting);
	}
}

/* What a rule for acting alone ranks replies by (higher: surer): the top probability; the
 * margin between the two most probable classes; or the top probability's worth for its
 * class, the share right among the calibration replies read as the same class at or above
 * it (Laplace-smoothed), so that one cut over all classes is a threshold per class chosen
 * together, each class acting as far as the overall 98 % allows. */
typedef enum { SCORE_TOP, SCORE_MARGIN, SCORE_CLASS_PRECISION } Score;

static double
margin_of(const double *p, int pred)
{
	double second = 0;
	for (int k = 0; k < DM_REPLY_N_CLASSES; k++)
		if (k != pred && p[k] > second)
			second = p[k];
	return p[pred] - second;
}

typedef struct {
	const DmLearnSet *set;
	const double *probs;
	const int *pred;
	const int *secondary;       /* NULL: no reply is held whatever its probability */
	int held_out;               /* the fold measured, left out of the calibration */
} Calibration;

/* Whether reply @i may act alone at all (dm_reply_acts_alone at certainty). */
static gboolean
may_act(const Calibration *c, guint i)
{
	return !c->secondary ||
	       dm_reply_acts_alone((DmReplyClass) c->pred[i], (DmReplyClass) c->secondary[i],
	                           g_array_index(c->set->examples, DmLearnExample, i).text,
	                           1.0, 0.0);
}

static gboolean
calibrates(const Calibration *c, guint i)
{
	return g_array_index(c->set->examples, DmLearnExample, i).fold != c->held_out &&
	       may_act(c, i);
}

static gboolean
read_right(const Calibration *c, guint i)
{
	return c->pred[i] == (int) g_array_index(c->set->examples, DmLearnExample, i).item->klass;
}

static double
score_of(const Calibration *c, guint i, Score score)
{
	const double *p = c->probs + (gsize) i * DM_REPLY_N_CLASSES;
	if (score == SCORE_TOP)
		return p[c->pred[i]];
	if (score == SCORE_MARGIN)
		return margin_of(p, c->pred[i]);
	guint above = 0, good = 0;
	for (guint j = 0; j < c->set->examples->len; j++) {
		const double *q = c->probs + (gsize) j * DM_REPLY_N_CLASSES;
		if (!calibrates(c, j) || c->pred[j] != c->pred[i] || q[c->pred[j]] < p[c->pred[i]])
			continue;
		above++;
		good += read_right(c, j);
	}
	return (good + 1.0) / (above + 2.0);
}

/* The threshold of one rule (per class when @per_class: by DmReplyClass, 2.0 where a
 * class cannot reach it), calibrated as `dunmail train` calibrates its one threshold
 * (dm_learn_calibrate) on the replies outside the fold measured; @scores holds each
 * reply's score. */
static void
calibrate_rule(const Calibration *c, const double *scores, gboolean per_class,
               double *thresholds)
{
	guint n = c->set->examples->len;
	g_autofree double *v = g_new(double, n);
	g_autofree gboolean *right = g_new(gboolean, n);
	for (int k = 0; k < DM_REPLY_N_CLASSES; k++) {
		guint m = 0;
		for (guint i = 0; i < n; i++) {
			if (!calibrates(c, i) || (per_class && c->pred[i] != k))
				continue;
			v[m] = scores[i];
			right[m++] = read_right(c, i);
		}
		thresholds[k] = m ? dm_learn_calibrate(v, right, m, DM_LEARN_TARGET_PRECISION,
		                                       NULL, NULL) : 2.0;
		if (!per_class) {
			for (int j = 1; j < DM_REPLY_N_CLASSES; j++)
				thresholds[j] = thresholds[0];
			return;
		}
	}
}

/* Which rule lets a reply act alone (doc/reply-model.md, "Threshold"): one threshold on
 * the top probability (what the model file carries), one per class, one on the margin
 * between the two most probable classes, overall or per class, or one cut over the
 * classes' precisions.  Each is calibrated on four folds and applied to the fifth, so
 * that the share and the precision printed are those of replies the calibration did not
 * see. */
static void
acting_rule_sweep(const DmLearnSet *set, const double *probs, const int *pred,
                  const int *secondary)
{
	static const struct {
		const char *name;
		Score score;
		gboolean per_class;
		gboolean guarded;       /* dm_reply_acts_alone's holds apply, before calibrating */
	} rules[] = {
		{ "top probability, one threshold", SCORE_TOP, FALSE, FALSE },
		{ "top probability, per class", SCORE_TOP, TRUE, FALSE },
		{ "margin to the second, one threshold", SCORE_MARGIN, FALSE, FALSE },
		{ "margin to the second, per class", SCORE_MARGIN, TRUE, FALSE },
		{ "class precision above it, one cut", SCORE_CLASS_PRECISION, FALSE, FALSE },
		{ "top probability, the holds first", SCORE_TOP, FALSE, TRUE },
	};
	guint n = set->examples->len;
	g_autofree double *scores = g_new(double, n);
	printf("\n-- acting alone: rules calibrated on four folds, measured on the fifth --\n");
	printf("%-38s %8s %8s %7s\n", "rule", "share", "right", "wrong");
	for (gsize r = 0; r < G_N_ELEMENTS(rules); r++) {
		guint acting = 0, good = 0;
		for (int f = 0; f < DM_LEARN_FOLDS; f++) {
			Calibration c = { set, probs, pred, rules[r].guarded ? secondary : NULL, f };
			for (guint i = 0; i < n; i++)
				scores[i] = score_of(&c, i, rules[r].score);
			double t[DM_REPLY_N_CLASSES];
			calibrate_rule(&c, scores, rules[r].per_class, t);
			for (guint i = 0; i < n; i++) {
				if (g_array_index(set->examples, DmLearnExample, i).fold != f ||
				    !may_act(&c, i) || scores[i] < t[pred[i]])
					continue;
				acting++;
				good += read_right(&c, i);
			}
		}
		printf("%-38s %7.1f %% %7.2f %% %7u\n", rules[r].name, 100.0 * acting / n,
		       acting ? 100.0 * good / acting : 100.0, acting - good);
	}
}

/* Out-of-fold outcomes of the training files with @C; the confidence threshold
 * calibrated on them as `dunmail train` does (so that a change of the features is
 * measured with the threshold a model trained with it would get) into @threshold. */
/* The bar of --rules (rule-overrides.h; --override-precision, --override-min say
 * another, to see what a lower one would do). */
static double override_precision = RULE_OVERRIDE_PRECISION;
static int override_min = RULE_OVERRIDE_MIN_FIRINGS;
/* --cv-confident-misses: the confidence from which an out-of-fold reply that would act
 * alone yet was read wrong is listed (0: none listed).  These are the replies that set the
 * threshold: each one above a candidate cut keeps the cut from coming down. */
static double cv_miss_floor = 0;

/* One out-of-fold reply that would have acted alone, read wrong. */
static void
print_cv_confident_miss(const DmLearnItem *item, const char *text, int pred, double top)
{
	g_autofree char *read = flattened(text ? text : "");
	printf("cv confident miss %s (%s): %s read as %s, %.3f: %s\n", item->id, item->variant,
	       dm_reply_class_name(item->klass), dm_reply_class_name(pred), top, read);
}

static GArray *
cross_validate(const char *dir, double C, gboolean show_date_misses, double *threshold,
               GArray **overridden)
{
	g_autoptr(GError) error = NULL;
	GPtrArray *items = dm_learn_corpus_read_dir(dir, "train-", &error);
	if (!items)
		g_error("%s", error->message);
	g_autoptr(DmLearnSet) set = dm_learn_prepare(items);
	guint n = set->examples->len;
	g_autofree double *probs = g_new(double, (gsize) n * DM_REPLY_N_CLASSES);
	dm_learn_cross_validate(set, C, probs);
	g_autofree int *pred = g_new(int, n);
	g_autofree int *secondary = g_new(int, n);
	g_autofree double *present = g_new(double, (gsize) n * DM_REPLY_N_CLASSES);
	DmReplyModel *fold_models[DM_LEARN_FOLDS] = { NULL };
	g_autofree double *top = g_new(double, n);
	g_autofree gboolean *right = g_new(gboolean, n);
	GArray *o = g_array_new(FALSE, FALSE, sizeof(Outcome));
	g_autoptr(RuleTally) tally = overridden
		? rule_tally_new(override_precision, (guint) MAX(override_min, 0)) : NULL;
	g_autoptr(GPtrArray) all_hits = g_ptr_array_new_with_free_func((GDestroyNotify) g_ptr_array_unref);
	for (guint i = 0; i < n; i++) {
		const DmLearnExample *ex = &g_array_index(set->examples, DmLearnExample, i);
		const double *p = probs + (gsize) i * DM_REPLY_N_CLASSES;
		Outcome x = { .gold = ex->item->klass, .gold_secondary = ex->item->secondary,
		              .text_exact = read_as_typed(ex->item, ex->text) };
		outcome_describe(&x, ex->item);
		x.pred = dm_reply_rank_classes(p);
		gboolean month_first = dm_reply_month_first(
			(int) (g_date_time_get_utc_offset(ex->item->sent) / G_TIME_SPAN_MINUTE));
		GPtrArray *rules = g_ptr_array_new();
		g_ptr_array_add(all_hits, rules);
		dm_reply_rule_hits(ex->text, rules);
		if (tally)
			rule_tally_add(tally, rules, ex->fold, ex->item->klass);
		/* The second intent as dm_reply_analyze chooses it, by this fold's intents. */
		if (!fold_models[ex->fold])
			fold_models[ex->fold] = dm_learn_train_fold(set, ex->fold, C);
		double *q = present + (gsize) i * DM_REPLY_N_CLASSES;
		dm_reply_model_intents(fold_models[ex->fold], ex->features, q);
		x.pred_secondary = dm_reply_secondary_choose(q, x.pred, DM_REPLY_SECONDARY_MIN);
		secondary[i] = x.pred_secondary;
		/* Held whatever its probability, as dm_reply_analyze holds it. */
		x.held = !dm_reply_acts_alone(x.pred, x.pred_secondary, ex->text, 1.0, 0.0);
		pred[i] = x.pred;
		x.top = top[i] = p[x.pred];
		right[i] = x.pred == x.gold;
		x.has_date = g_date_valid(&ex->item->date);
		GDate d;
		g_date_clear(&d, 1);
		if (x.has_date || x.pred == DM_REPLY_CLASS_PROMISE_TO_PAY ||
		    x.pred == DM_REPLY_CLASS_PAID)
			dm_reply_date_for_classes(ex->text, &ex->reference, month_first, x.pred,
			                          x.pred_secondary, &d);
		if (x.has_date) {
			x.date_right = same_date(&d, &ex->item->date);
			if (!x.date_right && show_date_misses)
				print_date_miss(ex->item, ex->text, &ex->reference, x.pred, &d);
		}
		/* Held, as dm_reply_analyze holds it, when the class and its day disagree (after
		 * the threshold's calibration, which, like dunmail train's, leaves this out). */
		x.date_held = dm_reply_date_contradicts(x.pred, &d, &ex->reference);
		x.held = x.held || x.date_held;
		x.same_action = same_action(ex->item, x.pred, &d, &ex->reference);
		g_array_append_val(o, x);
	}
	for (int f = 0; f < DM_LEARN_FOLDS; f++)
		g_clear_pointer(&fold_models[f], dm_reply_model_free);
	*threshold = dm_learn_calibrate_acting(set, top, right, pred, secondary, n,
	                                       DM_LEARN_TARGET_PRECISION, NULL, NULL);
	for (guint i = 0; cv_miss_floor > 0 && i < n; i++) {
		const DmLearnExample *ex = &g_array_index(set->examples, DmLearnExample, i);
		/* As the calibration counts them: acting alone by class and second intent. */
		if (!right[i] && top[i] >= cv_miss_floor &&
		    dm_reply_acts_alone(pred[i], secondary[i], ex->text, 1.0, 0.0))
			print_cv_confident_miss(ex->item, ex->text, pred[i], top[i]);
	}
	secondary_sweep(set, pred, present);
	other_guard_sweep(set, pred, probs, present, *threshold);
	acting_rule_sweep(set, probs, pred, secondary);
	if (tally) {
		rule_tally_print(tally);
		/* The same answers, but where rules that earned it on the other folds agree on
		 * a class: that class, acting by itself (its date is not read again). */
		*overridden = g_array_copy(o);
		guint changed = 0, fixed = 0, broken = 0;
		for (guint i = 0; i < n; i++) {
			const DmLearnExample *ex = &g_array_index(set->examples, DmLearnExample, i);
			Outcome *x = &g_array_index(*overridden, Outcome, i);
			int k = rule_tally_override(tally, g_ptr_array_index(all_hits, i), ex->fold);
			if (k < 0)
				continue;
			if (k != x->pred) {
				changed++;
				fixed += k == x->gold;
				broken += x->pred == x->gold;
			}
			x->pred = k;
			x->top = 1.0;
		}
		printf("  overrides change %u of %u answers: %u made right, %u made wrong\n", changed,
		       n, fixed, broken);
	}
	return o;
}

/* One reply read as the wrong class, for the error analysis of a seen set: the class
 * labelled and read, the confidence (with " acted" when it reached the threshold), the
 * kind the reply was taken for, and the text read; below it the text typed when the
 * stripping left something else (a quote, a signature or a disclaimer kept, or text
 * lost), so that a stripping error is told from the model's. */
static void
print_class_miss(const DmLearnItem *item, const DmReplyAnalysis *a)
{
	g_autofree char *read = flattened(a->reply_text ? a->reply_text : "");
	gboolean second = item->secondary != DM_REPLY_CLASS_OTHER;
	printf("class miss %s (%s%s%s%s): %s read as %s, %.3f%s, %s by %s: %s\n", item->id,
	       item->variant, item->html_only ? ", html-only" : "", second ? ", secondary " : "",
	       second ? dm_reply_class_name(item->secondary) : "",
	       dm_reply_class_name(item->klass), dm_reply_class_name(a->klass), a->confidence,
	       a->confident ? " acted" : "", a->kind == DM_REPLY_KIND_REPLY ? "reply" : "automatic",
	       a->matched_rule ? a->matched_rule : "-", read);
	if (!read_as_typed(item, a->reply_text)) {
		g_autofree char *typed = flattened(item->new_text ? item->new_text : item->text);
		printf("    typed: %s\n", typed);
	}
}

/* One reply held because its class and its day disagree, read right or wrong: what the
 * guard costs and what it saves. */
static void
print_date_hold(const DmLearnItem *item, const DmReplyAnalysis *a, const GDate *reference)
{
	char day[16], sent[16];
	g_date_strftime(day, sizeof day, "%Y-%m-%d", &a->date);
	g_date_strftime(sent, sizeof sent, "%Y-%m-%d", reference);
	g_autofree char *read = flattened(a->reply_text ? a->reply_text : "");
	printf("date hold %s: %s read as %s, %.3f, day %s, sent %s: %s\n", item->id,
	       dm_reply_class_name(item->klass), dm_reply_class_name(a->klass), a->confidence, day,
	       sent, read);
}

/* --text-misses: whether the next set's stripping misses are listed (one flag for every
 * set run, so it lives beside the other option globals rather than in each call). */
static gboolean show_text_misses;
static gboolean show_decisions;

/* --action-misses: the same, for the replies of the right class that act on the wrong day. */
static gboolean show_action_misses;

/* A day as the listings print it, "-" when there is none. */
static void
day_text(const GDate *d, char out[16])
{
	if (g_date_valid(d))
		g_date_strftime(out, 16, "%Y-%m-%d", d);
	else
		g_strlcpy(out, "-", 16);
}

/* One reply acting alone as the right class that still does what its label would not:
 * the day labelled and the day read, beside the day sent. */
static void
print_action_miss(const DmLearnItem *item, const DmReplyAnalysis *a, const GDate *reference)
{
	char want[16], got[16], sent[16];
	day_text(&item->date, want);
	day_text(&a->date, got);
	day_text(reference, sent);
	g_autofree char *read = flattened(a->reply_text ? a->reply_text : "");
	printf("action miss %s (%s, %s): label %s, read %s, sent %s: %s\n", item->id, item->variant,
	       dm_reply_class_name(item->klass), want, got, sent, read);
}

/* One reply whose stripped text is not what was typed: what was typed and what was kept. */
static void
print_text_miss(const DmLearnItem *item, const DmReplyAnalysis *a)
{
	g_autofree char *typed = flattened(item->new_text ? item->new_text : item->text);
	g_autofree char *kept = flattened(a->reply_text ? a->reply_text : "");
	printf("text miss %s (%s, %s, %s%s):\n    typed: %s\n    kept:  %s\n", item->id,
	       item->variant, item->client ? item->client : "-", item->layout ? item->layout : "-",
	       item->html_only ? ", html-only" : "", typed, kept);
}

/* Every item of the JSON Lines file @path composed into a message and read as dunmaild
 * reads it. */
static GArray *
blind(const char *path, const DmReplyModel *model, gboolean show_date_misses,
      gboolean show_class_misses)
{
	g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func((GDestroyNotify) dm_learn_item_free);
	g_autoptr(GError) error = NULL;
	if (!dm_learn_corpus_read(path, items, &error))
		g_error("%s", error->message);
	dm_parser_init();
	GArray *o = g_array_new(FALSE, FALSE, sizeof(Outcome));
	for (guint i = 0; i < items->len; i++) {
		const DmLearnItem *it = g_ptr_array_index(items, i);
		g_autoptr(GMimeMessage) composed = dm_learn_compose(it);
		g_autofree char *bytes = g_mime_object_to_string(GMIME_OBJECT(composed), NULL);
		g_autoptr(GMimeMessage) msg = dm_message_parse(bytes, strlen(bytes), &error);
		g_assert_no_error(error);
		g_autoptr(DmReplyAnalysis) a = dm_reply_analyze(msg, model);
		Outcome x = { .gold = it->klass, .pred = a->klass, .top = a->confidence,
		              .held = !a->confident, .date_held = a->date_contradicts,
		              .gold_secondary = it->secondary, .pred_secondary = a->secondary,
		              .has_date = g_date_valid(&it->date) };
		outcome_describe(&x, it);
		x.text_exact = read_as_typed(it, a->reply_text);
		x.date_right = x.has_date && same_date(&a->date, &it->date);
		x.date_given = g_date_valid(&a->date);
		GDate reference = dm_message_date(msg);
		x.same_action = same_action(it, a->klass, &a->date, &reference);
		if (show_class_misses && x.gold != x.pred)
			print_class_miss(it, a);
		if (show_text_misses && !x.text_exact)
			print_text_miss(it, a);
		if (show_action_misses && x.gold == x.pred && !x.same_action &&
		    acted(&x, dm_reply_model_threshold(model)))
			print_action_miss(it, a, &reference);
		if (show_decisions) {
			char got[16];
			day_text(&a->date, got);
			printf("decision %s: %s %.3f %s %s %s\n", it->id, dm_reply_class_name(a->klass),
			       a->confidence, acted(&x, dm_reply_model_threshold(model)) ? "acts" : "held",
			       got, x.same_action ? "as-labelled" : "not-as-labelled");
		}
		if (show_class_misses && x.date_held)
			print_date_hold(it, a, &reference);
		/* A day read where the text states none is a miss too ("want none"). */
		if (show_date_misses && (x.has_date ? !x.date_right : x.date_given))
			print_date_miss(it, a->reply_text ? a->reply_text : it->text, &reference,
			                a->klass, &a->date);
		if (a->kind == DM_REPLY_KIND_REPLY) {
			GDate d;
			dm_reply_date_for_class(a->reply_text, &reference, dm_reply_message_month_first(msg),
			                        it->klass, &d);
			x.date_right_as_labelled = x.has_date && same_date(&d, &it->date);
		} else
			x.date_right_as_labelled = x.date_right;
		g_array_append_val(o, x);
	}
	return o;
}

/* --threshold P: a probability, 0 to 1.  Anything else is refused, never left to the
 * model's calibrated threshold, which would measure at a threshold no one asked for. */
static double pinned = -1;

static gboolean
parse_threshold(const char *name, const char *value, gpointer data, GError **error)
{
	(void) data;
	char *end;
	double p = g_ascii_strtod(value, &end);
	if (end == value || *end || !(p >= 0 && p <= 1)) {
		g_set_error(error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
		            "%s wants a threshold between 0 and 1, not \"%s\"", name, value);
		return FALSE;
	}
	pinned = p;
	return TRUE;
}

int
main(int argc, char **argv)
{
	g_autofree char *model_path = NULL, *corpus = NULL, *json_out = NULL;
	gboolean do_blind = FALSE, do_hard = FALSE, do_cv = FALSE, date_misses = FALSE;
	gboolean do_rules = FALSE, class_misses = FALSE;
	double cv_c = 0;
	g_auto(GStrv) holdouts = NULL;
	GOptionEntry entries[] = {
		{ "model", 'm', 0, G_OPTION_ARG_FILENAME, &model_path, "The model (required)", "FILE" },
		{ "corpus", 0, 0, G_OPTION_ARG_FILENAME, &corpus, "Default corpus/replies", "DIR" },
		{ "json", 0, 0, G_OPTION_ARG_FILENAME, &json_out, "Write the figures as JSON", "OUT" },
		{ "blind", 0, 0, G_OPTION_ARG_NONE, &do_blind, "Measure on DIR/test.jsonl", NULL },
		{ "hard", 0, 0, G_OPTION_ARG_NONE, &do_hard,
		  "Measure on DIR/test-hard.jsonl, the second blind split", NULL },
		{ "cv", 0, 0, G_OPTION_ARG_NONE, &do_cv, "5-fold cross-validation on train-*", NULL },
		{ "C", 0, 0, G_OPTION_ARG_DOUBLE, &cv_c,
		  "With --cv: the regularisation C (default the model's; then no model is needed)",
		  "C" },
		{ "date-misses", 0, 0, G_OPTION_ARG_NONE, &date_misses,
		  "List the replies whose date was missed", NULL },
		{ "misses", 0, 0, G_OPTION_ARG_NONE, &class_misses,
		  "List the replies of the test splits read as the wrong class, with their text", NULL },
		{ "text-misses", 0, 0, G_OPTION_ARG_NONE, &show_text_misses,
		  "List the replies whose stripped text is not what was typed", NULL },
		{ "decisions", 0, 0, G_OPTION_ARG_NONE, &show_decisions,
		  "Print each reply's reading (class, certainty, acts or held, day, whether it does as labelled), no text: to compare two builds reply by reply", NULL },
		{ "action-misses", 0, 0, G_OPTION_ARG_NONE, &show_action_misses,
		  "List the replies acting alone as the right class whose action is not the label's",
		  NULL },
		{ "rules", 0, 0, G_OPTION_ARG_NONE, &do_rules,
		  "With --cv: each rule's precision, and the CV again with rules overriding", NULL },
		{ "override-precision", 0, 0, G_OPTION_ARG_DOUBLE, &override_precision,
		  "With --rules: the precision a rule must reach to override (default 0.99)", "P" },
		{ "override-min", 0, 0, G_OPTION_ARG_INT, &override_min,
		  "With --rules: the firings it must reach it over (default 20)", "N" },
		{ "cv-confident-misses", 0, 0, G_OPTION_ARG_DOUBLE, &cv_miss_floor,
		  "With --cv: list the replies read wrong that would act alone at or above P", "P" },
		{ "threshold", 0, 0, G_OPTION_ARG_CALLBACK, parse_threshold,
		  "Measure the test splits with the model acting at P, not at its calibrated "
		  "threshold (to compare two builds at one threshold; --cv still calibrates "
		  "its own)", "P" },
		{ "holdout", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &holdouts,
		  "Measure on a held-out JSON Lines set too (repeatable)", "FILE" },
		G_OPTION_ENTRY_NULL
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("- measure the reply classifier");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_autoptr(GError) error = NULL;
	if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
		fprintf(stderr, "dm-eval: %s\n", error->message);
		return 2;
	}
	/* Cross-validation alone needs no model when --C says the regularisation. */
	if (!model_path && (do_blind || do_hard || holdouts || !do_cv || cv_c <= 0)) {
		fprintf(stderr, "dm-eval: --model FILE is required (or --cv with --C)\n");
		return 2;
	}
	g_autoptr(DmReplyModel) model = NULL;
	if (model_path && !(model = dm_reply_model_load(model_path, &error))) {
		fprintf(stderr, "dm-eval: %s\n", error->message);
		return 3;
	}
	if (pinned >= 0) {
		if (!model || !(do_blind || do_hard || holdouts)) {
			fprintf(stderr, "dm-eval: --threshold needs a model and a split to measure at it "
			                "(--blind, --hard or --holdout; --cv calibrates its own)\n");
			return 2;
		}
		dm_reply_model_set_threshold(model, pinned);
	}
	const char *dir = corpus ? corpus : "corpus/replies";
	double threshold = model ? dm_reply_model_threshold(model) : 1.0;
	g_autoptr(JsonBuilder) b = json_builder_new();
	json_builder_begin_array(b);
	if (do_cv) {
		double C = cv_c > 0 ? cv_c : dm_reply_model_c(model), cv_threshold = 1.0;
		g_autoptr(GArray) overridden = NULL;
		g_autoptr(GArray) o = cross_validate(dir, C, date_misses, &cv_threshold,
		                                     do_rules ? &overridden : NULL);
		g_autofree char *title = g_strdup_printf("cross-validation (5 folds, train-*, C %g, "
		                                         "threshold calibrated on it)", C);
		report_all(title, o, cv_threshold, FALSE, b);
		if (overridden) {
			g_autofree char *with = g_strdup_printf("%s, rules overriding", title);
			report_all(with, overridden, cv_threshold, FALSE, b);
		}
	}
	if (do_blind) {
		g_autofree char *path = g_build_filename(dir, "test.jsonl", NULL);
		g_autoptr(GArray) o = blind(path, model, date_misses, class_misses);
		report_all("blind (test.jsonl)", o, threshold, FALSE, b);
	}
	if (do_hard) {
		/* With the held-out set's two extra date figures: the hard split names days in
		 * voices the date reader was not written for. */
		g_autofree char *path = g_build_filename(dir, "test-hard.jsonl", NULL);
		g_autoptr(GArray) o = blind(path, model, date_misses, class_misses);
		report_all("second blind split, hard replies (test-hard.jsonl)", o, threshold, TRUE, b);
	}
	for (guint i = 0; holdouts && holdouts[i]; i++) {
		g_autoptr(GArray) o = blind(holdouts[i], model, date_misses, class_misses);
		g_autofree char *base = g_path_get_basename(holdouts[i]);
		g_autofree char *title = g_strdup_printf("held out (%s)", base);
		report_all(title, o, threshold, TRUE, b);
	}
	json_builder_end_array(b);
	if (json_out) {
		g_autoptr(JsonGenerator) gen = json_generator_new();
		g_autoptr(JsonNode) root = json_builder_get_root(b);
		json_generator_set_root(gen, root);
		json_generator_set_pretty(gen, TRUE);
		if (!json_generator_to_file(gen, json_out, &error)) {
			fprintf(stderr, "dm-eval: %s\n", error->message);
			return 3;
		}
	}
	return 0;
}
