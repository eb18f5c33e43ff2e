/* doc_html: the overview as one self-contained HTML page, the digest's text/html part and
 * `dunmail report --html` (dm-doc.h).  Tables and inline styles only: mail clients drop
 * <style> blocks, classes, scripts and (by default) remote images. */
#include "dunning/report/dm-doc.h"
#include "common/dm-money.h"

#include <string.h>

/* One place for the look, so the renderings agree. */
#define FONT "font-family:Arial,Helvetica,sans-serif;"
#define WRAP "overflow-wrap:anywhere;word-wrap:break-word;word-break:break-word;"
#define H2_STYLE "font-size:16px;margin:22px 0 8px 0;padding-bottom:4px;border-bottom:1px solid #dddddd;color:#1a3d5c;"
#define ITEM_STYLE "margin:0 0 12px 0;"
#define EXCERPT_STYLE "margin:4px 0;padding:2px 0 2px 8px;border-left:3px solid #c8c8c8;color:#444444;font-style:italic;"
#define NOTE_STYLE "margin:2px 0;color:#555555;font-size:13px;"
#define COMMAND_STYLE "margin:2px 0;padding:3px 6px;background:#f1f3f5;font-family:Consolas,Menlo,monospace;font-size:12px;color:#222222;"
#define BAR_COLOUR_DUE "#7fa7c9"
#define BAR_COLOUR_LATE "#c0504d"

/* Appends @text, made safe and escaped, inside <tag style="@style">. */
static void
append_element(GString *out, const char *tag, const char *style, const char *text)
{
	g_autofree char *safe = dm_doc_line_html(text);
	g_string_append_printf(out, "<%s style=\"%s\">%s</%s>\n", tag, style, safe, tag);
}

static void
append_section(GString *out, const char *language, const DmDocSection *s)
{
	append_element(out, "h2", H2_STYLE, s->title);
	for (guint i = 0; i < s->items->len; i++) {
		const DmDocItem *it = g_ptr_array_index(s->items, i);
		g_string_append(out, "<div style=\"" ITEM_STYLE "\">\n");
		append_element(out, "div", "margin:0;", it->text);
		if (it->excerpt) {
			g_autofree char *excerpt = dm_doc_excerpt(it->excerpt);
			g_autofree char *html = g_markup_escape_text(excerpt, -1);
			g_string_append_printf(out, "<div style=\"" EXCERPT_STYLE "\">\xe2\x80\x9c%s\xe2\x80\x9d</div>\n",
			                       html);
		}
		for (guint j = 0; j < it->notes->len; j++)
			append_element(out, "div", NOTE_STYLE, g_ptr_array_index(it->notes, j));
		for (guint j = 0; j < it->commands->len; j++)
			append_element(out, "div", COMMAND_STYLE, g_ptr_array_index(it->commands, j));
		g_string_append(out, "</div>\n");
	}
	if (s->more > 0) {
		g_autofree char *more = g_strdup_printf("%s %u %s", dm_doc_say(language, "en", "and", "und"),
		                                        s->more, dm_doc_say(language, "meer", "more", "weitere"));
		append_element(out, "div", NOTE_STYLE, more);
	}
}

/* One bucket as a row: label, a bar as wide as its share of the largest bucket (a cell
 * with a background colour: no image, no script), the amount, the count. */
static void
append_bar(GString *out, const char *language, const DmAgingTotals *t, DmAgeBucket b, gint64 max)
{
	g_autofree char *amount = dm_money_format(t->open[b], t->currency, language);
	g_autofree char *amount_html = g_markup_escape_text(amount, -1);
	int pct = (int) (t->open[b] * 100 / max);
	if (pct == 0 && t->open[b] > 0)
		pct = 1;
	const char *colour = b == DM_AGE_NOT_DUE ? BAR_COLOUR_DUE : BAR_COLOUR_LATE;
	g_string_append_printf(out,
		"<tr><td style=\"padding:3px 8px 3px 0;white-space:nowrap;width:130px;\">%s</td>"
		"<td style=\"padding:3px 0;\"><table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" style=\"width:100%%;\"><tr>",
		dm_doc_bucket_label(language, b));
	if (pct > 0)
		g_string_append_printf(out, "<td style=\"width:%d%%;background:%s;height:14px;font-size:0;line-height:0;\">&nbsp;</td>",
		                       pct, colour);
	if (pct < 100)
		g_string_append(out, "<td style=\"font-size:0;line-height:0;\">&nbsp;</td>");
	g_string_append_printf(out, "</tr></table></td>"
		"<td style=\"padding:3px 0 3px 8px;text-align:right;white-space:nowrap;width:110px;\">%s</td>"
		"<td style=\"padding:3px 0 3px 8px;text-align:right;color:#777777;width:30px;\">%u</td></tr>\n",
		amount_html, t->count[b]);
}

static void
append_totals(GString *out, const char *language, const DmAgingTotals *t)
{
	g_autofree char *total = dm_money_format(t->open_total, t->currency, language);
	g_autofree char *head = g_strdup_printf("%s (%s): %s", dm_doc_say(language, "Open", "Open", "Offen"),
	                                        t->currency, total);
	append_element(out, "p", "margin:6px 0;font-weight:bold;", head);
	gint64 max = 1;
	for (int b = 0; b < DM_AGE_BUCKETS; b++)
		max = MAX(max, t->open[b]);
	g_string_append(out, "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
	                     "style=\"width:100%;font-size:13px;\">\n");
	for (int b = 0; b < DM_AGE_BUCKETS; b++)
		append_bar(out, language, t, (DmAgeBucket) b, max);
	g_string_append(out, "</table>\n");
	double now, then;
	gboolean has_then;
	if (!dm_doc_glance_dso(t, &now, &then, &has_then))
		return;
	g_autoptr(GString) dso = g_string_new(NULL);
	g_string_append_printf(dso, "DSO: %.0f %s", now, dm_doc_say(language, "dagen", "days", "Tage"));
	if (has_then)
		g_string_append_printf(dso, " (%s: %.0f, %s%+.0f)",
		                       dm_doc_say(language, "30 dagen eerder", "30 days earlier", "vor 30 Tagen"),
		                       then, now > then ? "\xe2\x96\xb2 " : now < then ? "\xe2\x96\xbc " : "",
		                       now - then);
	append_element(out, "p", "margin:8px 0;", dso->str);
}

static void
append_glance(GString *out, const DmDoc *doc)
{
	GPtrArray *totals = doc->aging ? dm_aging_totals(doc->aging) : NULL;
	if (!totals || totals->len == 0)
		return;
	append_element(out, "h2", H2_STYLE, dm_doc_say(doc->language, "In een oogopslag",
	                                               "At a glance", "Auf einen Blick"));
	for (guint i = 0; i < totals->len; i++)
		append_totals(out, doc->language, g_ptr_array_index(totals, i));
	for (guint i = 0; doc->signals && i < doc->signals->len; i++) {
		g_autofree char *text = dm_doc_signal_text(doc->language, g_ptr_array_index(doc->signals, i));
		append_element(out, "div", "margin:4px 0;padding:4px 8px;background:#fff4e5;border-left:3px solid #e69500;",
		               text);
	}
}

char *
dm_doc_html(const DmDoc *doc)
{
	GString *out = g_string_new(NULL);
	g_autofree char *title = dm_doc_line_html(doc->title);
	g_autofree char *lang = dm_doc_line_html(doc->language);
	g_string_append_printf(out,
		"<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
		"<title>%s</title></head>\n"
		"<body style=\"margin:0;padding:0;background:#f4f4f4;\">\n"
		"<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f4f4;\">"
		"<tr><td align=\"center\" style=\"padding:12px 8px;\">\n"
		"<table role=\"presentation\" width=\"%d\" cellpadding=\"0\" cellspacing=\"0\" "
		"style=\"width:100%%;max-width:%dpx;background:#ffffff;" FONT "font-size:14px;line-height:1.45;color:#222222;\">"
		"<tr><td style=\"padding:16px 20px;text-align:left;" WRAP "\">\n",
		lang, title, DM_DOC_WIDTH_PX, DM_DOC_WIDTH_PX);
	append_element(out, "h1", "font-size:20px;margin:0 0 8px 0;color:#1a3d5c;", doc->title);
	if (doc->intro)
		append_element(out, "p", "margin:0 0 8px 0;", doc->intro);
	for (guint i = 0; i < doc->sections->len; i++) {
		const DmDocSection *s = g_ptr_array_index(doc->sections, i);
		if (s->items->len > 0)
			append_section(out, doc->language, s);
	}
	append_glance(out, doc);
	if (doc->footer)
		append_element(out, "p", "margin:20px 0 0 0;color:#777777;font-size:12px;", doc->footer);
	g_string_append(out, "</td></tr></table>\n</td></tr></table>\n</body></html>\n");
	return g_string_free(out, FALSE);
}
