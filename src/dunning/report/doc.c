/* doc: the overview's model, shared by its two renderings (dm-doc.h). */
#include "dunning/report/dm-doc.h"

#include "common/dm-money.h"
#include "common/dm-sanitize.h"

#include <string.h>


const char *
dm_doc_say(const char *language, const char *nl, const char *en, const char *de)
{
	if (g_strcmp0(language, "en") == 0)
		return en;
	if (g_strcmp0(language, "de") == 0)
		return de;
	return nl;
}

const char *
dm_doc_bucket_label(const char *language, DmAgeBucket bucket)
{
	static const char *const labels[DM_AGE_BUCKETS][3] = {
		{ "nog niet vervallen", "not yet due", "noch nicht f\xc3\xa4llig" },
		{ "1-30 dagen", "1-30 days", "1-30 Tage" },
		{ "31-60 dagen", "31-60 days", "31-60 Tage" },
		{ "61-90 dagen", "61-90 days", "61-90 Tage" },
		{ "meer dan 90 dagen", "over 90 days", "\xc3\xbc" "ber 90 Tage" },
	};
	g_return_val_if_fail(bucket < DM_AGE_BUCKETS, "");
	return dm_doc_say(language, labels[bucket][0], labels[bucket][1], labels[bucket][2]);
}

static void
item_free(gpointer p)
{
	DmDocItem *it = p;
	g_free(it->text);
	g_free(it->excerpt);
	g_ptr_array_unref(it->notes);
	g_ptr_array_unref(it->commands);
	g_free(it);
}

static void
section_free(gpointer p)
{
	DmDocSection *s = p;
	g_free(s->title);
	g_ptr_array_unref(s->items);
	g_free(s);
}

DmDoc *
dm_doc_new(const char *language, const char *title)
{
	DmDoc *doc = g_new0(DmDoc, 1);
	doc->language = g_strdup(language);
	doc->title = g_strdup(title);
	doc->sections = g_ptr_array_new_with_free_func(section_free);
	return doc;
}

void
dm_doc_free(DmDoc *doc)
{
	if (!doc)
		return;
	g_free(doc->language);
	g_free(doc->title);
	g_free(doc->intro);
	g_free(doc->footer);
	g_ptr_array_unref(doc->sections);
	g_clear_pointer(&doc->signals, g_ptr_array_unref);
	g_clear_pointer(&doc->aging, dm_aging_free);
	g_free(doc);
}

DmDocSection *
dm_doc_section(DmDoc *doc, const char *title)
{
	DmDocSection *s = g_new0(DmDocSection, 1);
	s->title = g_strdup(title);
	s->items = g_ptr_array_new_with_free_func(item_free);
	g_ptr_array_add(doc->sections, s);
	return s;
}

/* Cut at the renderers (dm_doc_line), where it is also made safe. */
static char *
vformat(const char *fmt, va_list ap)
{
	return g_strdup_vprintf(fmt, ap);
}

DmDocItem *
dm_doc_item(DmDocSection *section, const char *fmt, ...)
{
	DmDocItem *it = g_new0(DmDocItem, 1);
	va_list ap;
	va_start(ap, fmt);
	it->text = vformat(fmt, ap);
	va_end(ap);
	it->notes = g_ptr_array_new_with_free_func(g_free);
	it->commands = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(section->items, it);
	return it;
}

void
dm_doc_note(DmDocItem *item, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_ptr_array_add(item->notes, vformat(fmt, ap));
	va_end(ap);
}

void
dm_doc_command(DmDocItem *item, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_ptr_array_add(item->commands, vformat(fmt, ap));
	va_end(ap);
}

gboolean
dm_doc_has_items(const DmDoc *doc)
{
	for (guint i = 0; i < doc->sections->len; i++)
		if (((DmDocSection *) g_ptr_array_index(doc->sections, i))->items->len > 0)
			return TRUE;
	return FALSE;
}

char *
dm_doc_line(const char *text)
{
	return dm_sanitize_oneline(text, DM_DOC_LINE_MAX);
}

char *
dm_doc_excerpt(const char *text)
{
	return dm_sanitize_oneline(text, DM_DOC_EXCERPT_MAX);
}

char *
dm_doc_line_html(const char *text)
{
	return dm_sanitize_html(text, DM_DOC_LINE_MAX);
}

gboolean
dm_doc_glance_dso(const DmAgingTotals *t, double *now, double *then, gboolean *has_then)
{
	*has_then = dm_dso(t->open_then, t->invoiced_window_then, then);
	return dm_dso(t->open_total, t->invoiced_window, now);
}

char *
dm_doc_signal_text(const char *language, const DmSignal *s)
{
	const DmDebtorStats *d = s->debtor;
	g_autofree char *who = d->name ? g_strdup_printf("%s <%s>", d->name, d->email)
	                               : g_strdup(d->email);
	switch (s->kind) {
	case DM_SIGNAL_PAYS_LATER:
		return g_strdup_printf(dm_doc_say(language,
			"%s betaalt later dan vroeger: nu gemiddeld %.0f dagen te laat, eerder %.0f",
			"%s pays later than it used to: now %.0f days late on average, before %.0f",
			"%s zahlt sp\xc3\xa4ter als fr\xc3\xbc" "her: jetzt durchschnittlich %.0f Tage zu sp\xc3\xa4t, vorher %.0f"),
			who, d->late_recent, d->late_before);
	case DM_SIGNAL_CREDIT_LIMIT: {
		g_autofree char *open = dm_money_format(d->open_cents, d->currency, language);
		g_autofree char *limit = dm_money_format(s->limit_cents, d->currency, language);
		return g_strdup_printf(dm_doc_say(language,
			"%s staat voor %s open, boven de kredietlimiet van %s",
			"%s owes %s, above its credit limit of %s",
			"%s schuldet %s, \xc3\xbc" "ber dem Kreditlimit von %s"), who, open, limit);
	}
	}
	return g_strdup(who);
}
