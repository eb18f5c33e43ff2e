/* doc_text: the overview as plain text, the digest's text/plain part (dm-doc.h). */
#include "dunning/report/dm-doc.h"
#include "common/dm-money.h"

#define BAR_CHARS 24

static void
append_line(GString *out, const char *prefix, const char *text, const char *suffix)
{
	g_autofree char *safe = dm_doc_line(text);
	g_string_append_printf(out, "%s%s%s\n", prefix, safe, suffix);
}

static void
append_section(GString *out, const char *language, const DmDocSection *s)
{
	g_string_append_printf(out, "\n== %s ==\n", s->title);
	for (guint i = 0; i < s->items->len; i++) {
		const DmDocItem *it = g_ptr_array_index(s->items, i);
		append_line(out, "- ", it->text, "");
		if (it->excerpt) {
			g_autofree char *excerpt = dm_doc_excerpt(it->excerpt);
			g_string_append_printf(out, "    \"%s\"\n", excerpt);
		}
		for (guint j = 0; j < it->notes->len; j++)
			append_line(out, "    ", g_ptr_array_index(it->notes, j), "");
		for (guint j = 0; j < it->commands->len; j++)
			append_line(out, "    > ", g_ptr_array_index(it->commands, j), "");
	}
	if (s->more > 0)
		g_string_append_printf(out, "- %s %u %s\n", dm_doc_say(language, "en", "and", "und"),
		                       s->more, dm_doc_say(language, "meer", "more", "weitere"));
}

static void
append_totals(GString *out, const char *language, const DmAgingTotals *t)
{
	g_autofree char *total = dm_money_format(t->open_total, t->currency, language);
	g_string_append_printf(out, "%s (%s): %s\n", dm_doc_say(language, "Open", "Open", "Offen"),
	                       t->currency, total);
	gint64 max = 1;
	for (int b = 0; b < DM_AGE_BUCKETS; b++)
		max = MAX(max, t->open[b]);
	for (int b = 0; b < DM_AGE_BUCKETS; b++) {
		g_autofree char *amount = dm_money_format(t->open[b], t->currency, language);
		int n = (int) (t->open[b] * BAR_CHARS / max);
		if (n == 0 && t->open[b] > 0)
			n = 1;
		g_autofree char *bar = g_strnfill((gsize) n, '#');
		g_string_append_printf(out, "  %-20s %16s  %-*s %u\n",
		                       dm_doc_bucket_label(language, (DmAgeBucket) b), amount,
		                       BAR_CHARS, bar, t->count[b]);
	}
	double now, then;
	gboolean has_then;
	if (dm_doc_glance_dso(t, &now, &then, &has_then)) {
		g_string_append_printf(out, "DSO: %.0f %s", now, dm_doc_say(language, "dagen", "days", "Tage"));
		if (has_then)
			g_string_append_printf(out, " (%s: %.0f, %+.0f)",
			                       dm_doc_say(language, "30 dagen eerder", "30 days earlier",
			                                  "vor 30 Tagen"), then, now - then);
		g_string_append_c(out, '\n');
	}
}

char *
dm_doc_text(const DmDoc *doc)
{
	GString *out = g_string_new(NULL);
	if (doc->intro)
		g_string_append_printf(out, "%s\n", doc->intro);
	for (guint i = 0; i < doc->sections->len; i++) {
		const DmDocSection *s = g_ptr_array_index(doc->sections, i);
		if (s->items->len > 0)
			append_section(out, doc->language, s);
	}
	GPtrArray *totals = doc->aging ? dm_aging_totals(doc->aging) : NULL;
	if (totals && totals->len > 0) {
		g_string_append_printf(out, "\n== %s ==\n", dm_doc_say(doc->language, "In een oogopslag",
		                                                       "At a glance", "Auf einen Blick"));
		for (guint i = 0; i < totals->len; i++)
			append_totals(out, doc->language, g_ptr_array_index(totals, i));
		for (guint i = 0; doc->signals && i < doc->signals->len; i++) {
			g_autofree char *text = dm_doc_signal_text(doc->language,
			                                          g_ptr_array_index(doc->signals, i));
			append_line(out, "! ", text, "");
		}
	}
	if (doc->footer)
		g_string_append_printf(out, "\n%s\n", doc->footer);
	return g_string_free(out, FALSE);
}
