/* dm-doc: one overview, two renderings.  The digest and `dunmail report --html` first
 * collect what they show into a DmDoc (sections of items, and the receivables at a
 * glance), then render it as plain text and as HTML, so both parts of the digest's
 * multipart/alternative say the same thing.
 *
 * Every string a DmDoc holds is plain UTF-8 text as collected; the renderers make it
 * safe: one line, control and bidirectional characters neutralised (dm-sanitize.h), and
 * in HTML escaped, so a debtor's name or reply holding markup shows as text.
 *
 * The HTML is made for mail clients: tables and inline style attributes only — no
 * script, no <style> block (most webmail strips it), no class, no remote image — and at
 * most DM_DOC_WIDTH_PX wide, so it fits a 600-800 px reading pane. */
#pragma once
#include <glib.h>
#include "dunning/report/dm-aging.h"

#define DM_DOC_WIDTH_PX 600
#define DM_DOC_LINE_MAX 400     /* longer lines are cut: a digest is read, not searched */
#define DM_DOC_EXCERPT_MAX 160  /* what a debtor wrote: enough to judge, `dunmail show` has all */

typedef struct {
	char *text;                 /* the line: who, what, how much */
	char *excerpt;              /* (nullable) what the debtor wrote */
	GPtrArray *notes;           /* of char*: what dunmail did, details */
	GPtrArray *commands;        /* of char*: the commands that answer it */
} DmDocItem;

typedef struct {
	char *title;
	GPtrArray *items;           /* of DmDocItem* */
	guint more;                 /* items left out to keep it short ("and 3 more") */
} DmDocSection;

typedef struct {
	char *language;             /* nl, en, de */
	char *title;
	char *intro;                /* (nullable) */
	GPtrArray *sections;        /* of DmDocSection*, in order; empty ones are not shown */
	DmAging *aging;             /* (nullable) the receivables at a glance, when any */
	GPtrArray *signals;         /* (nullable) of DmSignal*, from @aging */
	char *footer;               /* (nullable) */
} DmDoc;

/* (transfer full) */
DmDoc *dm_doc_new(const char *language, const char *title);
void dm_doc_free(DmDoc *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmDoc, dm_doc_free)

/* (transfer none) a new section titled @title, appended. */
DmDocSection *dm_doc_section(DmDoc *doc, const char *title);
/* (transfer none) a new item of @section with the text printf(@fmt, ...). */
DmDocItem *dm_doc_item(DmDocSection *section, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
void dm_doc_note(DmDocItem *item, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
void dm_doc_command(DmDocItem *item, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
/* Does any section have an item? */
gboolean dm_doc_has_items(const DmDoc *doc);

/* (transfer full) the plain-text rendering. */
char *dm_doc_text(const DmDoc *doc);
/* (transfer full) a complete HTML document, self-contained. */
char *dm_doc_html(const DmDoc *doc);

/* The words of the overview in the doc's language: @nl, @en or @de. */
const char *dm_doc_say(const char *language, const char *nl, const char *en, const char *de);
/* (transfer none) the bucket's label in @language ("1-30 dagen"). */
const char *dm_doc_bucket_label(const char *language, DmAgeBucket bucket);

/* For the renderers.  (transfer full) @text as one safe line, cut at DM_DOC_LINE_MAX;
 * the same, escaped for HTML. */
char *dm_doc_line(const char *text);
char *dm_doc_line_html(const char *text);
/* (transfer full) the start of what a debtor wrote, as one safe line (not escaped). */
char *dm_doc_excerpt(const char *text);
/* DSO of @t now (the return value: FALSE when it has no meaning) and DM_DSO_TREND_DAYS
 * earlier (*@has_then). */
gboolean dm_doc_glance_dso(const DmAgingTotals *t, double *now, double *then,
                           gboolean *has_then);
/* (transfer full) the signal as one sentence, unescaped. */
char *dm_doc_signal_text(const char *language, const DmSignal *s);
