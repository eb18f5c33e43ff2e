/* rule_overrides: per-rule precision on the training replies, and the class an
 * override would give, judged without the fold being read (rule-overrides.h).
 *
 * A rule's precision is the share of the replies it fires on whose labelled class is the
 * rule's.  Negating rules cancel other rules and never speak for a class: left out. */
#include "rule-overrides.h"
#include "parser/reply/dm-reply-rules.h"

#include <stdio.h>
#include <string.h>

typedef struct {
	guint fired[DM_LEARN_FOLDS];
	guint right[DM_LEARN_FOLDS];
} Counts;

struct RuleTally {
	const DmReplyRule *rules;
	gsize n;
	GHashTable *index;          /* rule name -> index + 1 */
	Counts *counts;             /* n */
	double precision;           /* the bar */
	guint min_firings;
};

RuleTally *
rule_tally_new(double precision, guint min_firings)
{
	RuleTally *t = g_new0(RuleTally, 1);
	t->precision = precision;
	t->min_firings = min_firings;
	t->rules = dm_reply_rules(&t->n);
	t->index = g_hash_table_new(g_str_hash, g_str_equal);
	for (gsize i = 0; i < t->n; i++)
		g_hash_table_insert(t->index, (gpointer) t->rules[i].name, GSIZE_TO_POINTER(i + 1));
	t->counts = g_new0(Counts, t->n);
	return t;
}

void
rule_tally_free(RuleTally *t)
{
	if (t == NULL)
		return;
	g_hash_table_unref(t->index);
	g_free(t->counts);
	g_free(t);
}

/* The row of rule @name, or NULL for a negating or unknown one. */
static const DmReplyRule *
row(const RuleTally *t, const char *name, gsize *at)
{
	gsize i = GPOINTER_TO_SIZE(g_hash_table_lookup(t->index, name));
	if (i == 0 || t->rules[i - 1].negates)
		return NULL;
	*at = i - 1;
	return &t->rules[i - 1];
}

void
rule_tally_add(RuleTally *t, const GPtrArray *hits, int fold, DmReplyClass gold)
{
	for (guint h = 0; h < hits->len; h++) {
		gsize i;
		const DmReplyRule *r = row(t, g_ptr_array_index(hits, h), &i);
		if (!r)
			continue;
		t->counts[i].fired[fold]++;
		t->counts[i].right[fold] += r->klass == (int) gold;
	}
}

/* Whether rule @i clears the bar on every fold but @skip (-1: on all). */
static gboolean
clears(const RuleTally *t, gsize i, int skip, guint *fired_out, guint *right_out)
{
	guint fired = 0, right = 0;
	for (int f = 0; f < DM_LEARN_FOLDS; f++)
		if (f != skip) {
			fired += t->counts[i].fired[f];
			right += t->counts[i].right[f];
		}
	if (fired_out) {
		*fired_out = fired;
		*right_out = right;
	}
	return fired >= t->min_firings && (double) right >= t->precision * fired;
}

void
rule_tally_print(const RuleTally *t)
{
	printf("\n== rules as overrides: precision on train-* (bar: %.1f %% over %u firings) ==\n",
	       100 * t->precision, t->min_firings);
	printf("  %-32s %-15s %7s %7s %8s %s\n", "rule", "class", "fired", "right", "precision",
	       "folds cleared");
	for (gsize i = 0; i < t->n; i++) {
		guint fired, right;
		gboolean all = clears(t, i, -1, &fired, &right);
		if (fired == 0 || t->rules[i].negates)
			continue;
		int folds = 0;
		for (int f = 0; f < DM_LEARN_FOLDS; f++)
			folds += clears(t, i, f, NULL, NULL);
		printf("  %-32s %-15s %7u %7u %7.1f%% %d/%d%s\n", t->rules[i].name,
		       dm_reply_class_name((DmReplyClass) t->rules[i].klass), fired, right,
		       100.0 * right / fired, folds, DM_LEARN_FOLDS, all ? "  clears the bar" : "");
	}
}

int
rule_tally_override(const RuleTally *t, const GPtrArray *hits, int fold)
{
	int klass = -1;
	for (guint h = 0; h < hits->len; h++) {
		gsize i;
		const DmReplyRule *r = row(t, g_ptr_array_index(hits, h), &i);
		if (!r || !clears(t, i, fold, NULL, NULL))
			continue;
		if (klass >= 0 && klass != r->klass)
			return -1;      /* two near-certain rules disagree: the model decides */
		klass = r->klass;
	}
	return klass;
}
