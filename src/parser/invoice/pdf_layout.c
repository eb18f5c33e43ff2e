/* pdf_layout: a page's text rebuilt from character positions (dm_pdf_layout_text).
 *
 * poppler_page_get_text_layout gives one rectangle per character of the page text.  The
 * characters are cut into runs (a run ends at a line break or a gap wider than a space),
 * the runs grouped into rows by their baseline, and each row printed left to right.  A
 * label in one row over a value in the next, their x ranges overlapping, is printed once
 * more as "label: value", because invoices set their header fields that way; a value run
 * that spans two labels' columns (two cells set too close to be told apart by the gap) is
 * cut at the column the next label starts, an item table's header ("Datum | Leistung
 * | Betrag") is never paired with its first item, and a totals row's label, its amount
 * beside it, with nothing below.
 * Failures: none; a page whose rectangles do not match its text gives its plain text. */
#include "parser/invoice/dm-pdf-layout.h"
#include "parser/invoice/dm-table-text.h"

#include <math.h>
#include <string.h>

/* Points: two items further apart than this are separate cells, not words of one. */
#define CELL_GAP 6.0
/* Baselines closer than this are one row. */
#define ROW_SLACK 2.5
/* A value row stands at most this many row heights below its label row. */
#define BELOW_ROWS 2.2
#define MAX_RUNS 4000

typedef struct {
	GString *text;
	GArray *xs;      /* of double: the left edge of each character of text, in order */
	double x1, y1, x2, y2;
	guint style;
} Run;

static void
run_free(gpointer p)
{
	Run *r = p;
	g_string_free(r->text, TRUE);
	g_array_unref(r->xs);
	g_free(r);
}

static gboolean
blank(const char *s)
{
	for (; *s; s++)
		if (!g_ascii_isspace(*s))
			return FALSE;
	return TRUE;
}

/* For each character of the page text, a number for its style (font name and size): a
 * label set bold next to a value set plain is two runs even with no gap between.  The
 * style is told by what it is, not by poppler's list of attribute spans: a PDF writer
 * that puts the glyphs outside Latin-1 ("ı" in "Yıldız") in a second subset of the same
 * font starts a new span in mid-word, and the word must stay one. */
static guint *
styles_of(PopplerPage *page, guint n)
{
	guint *style = g_new0(guint, MAX(n, 1));
	g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	GList *attrs = poppler_page_get_text_attributes(page);
	for (GList *l = attrs; l; l = l->next) {
		PopplerTextAttributes *a = l->data;
		char *key = g_strdup_printf("%s/%.2f", a->font_name ? a->font_name : "", a->font_size);
		gpointer k;
		if (!g_hash_table_lookup_extended(seen, key, NULL, &k)) {
			k = GUINT_TO_POINTER(g_hash_table_size(seen));
			g_hash_table_insert(seen, key, k);
		} else {
			g_free(key);
		}
		for (int i = MAX(a->start_index, 0); i <= a->end_index && (guint)i < n; i++)
			style[i] = GPOINTER_TO_UINT(k);
	}
	poppler_page_free_text_attributes(attrs);
	return style;
}

/* A word of the page text: its bytes and its characters' span. */
typedef struct {
	const char *start;
	gsize len;
	guint first, last; /* character indexes */
	double x1, x2, y2;
} Word;

/* TRUE when @w is drawn over @earlier: the same word on the same baseline, overlapping it
 * (two words side by side never do: a space or a cell's gap parts them). */
static gboolean
drawn_over(const Word *w, const Word *earlier)
{
	double overlap = MIN(w->x2, earlier->x2) - MAX(w->x1, earlier->x1);
	return w->len == earlier->len && memcmp(w->start, earlier->start, w->len) == 0 &&
	       fabs(w->y2 - earlier->y2) <= ROW_SLACK && overlap > 1.0;
}

/* Marks the characters of @w in @again when an earlier word of @words (those in @by_text
 * under the same text) lies under it; else adds @w to them. */
static void
add_word(const Word *w, GArray *words, GHashTable *by_text, gboolean *again)
{
	g_autofree char *key = g_strndup(w->start, w->len);
	GArray *same = g_hash_table_lookup(by_text, key);
	for (guint k = 0; same && k < same->len; k++)
		if (drawn_over(w, &g_array_index(words, Word, g_array_index(same, guint, k)))) {
			for (guint c = w->first; c <= w->last; c++)
				again[c] = TRUE;
			return;
		}
	if (!same) {
		same = g_array_new(FALSE, FALSE, sizeof(guint));
		g_hash_table_insert(by_text, g_steal_pointer(&key), same);
	}
	g_array_append_val(same, words->len);
	g_array_append_val(words, *w);
}

/* For each character of the page text, TRUE when its word was drawn before at the same
 * place: a writer that fakes a bold face, sets a shadow or draws a line once plain and once
 * bold puts each word over itself, and poppler gives both, interleaved ("Quillmark
 * Quillmark Software, Software, Inc.Inc."), where the page shows one.  A word ends at a
 * space or a line break, or where a character steps back over the one before it. */
static gboolean *
overprinted(const char *text, const PopplerRectangle *rects, guint n)
{
	gboolean *again = g_new0(gboolean, MAX(n, 1));
	g_autoptr(GArray) words = g_array_new(FALSE, FALSE, sizeof(Word));
	/* Words by their text, to compare a word only with its namesakes. */
	g_autoptr(GHashTable) by_text = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
							     (GDestroyNotify) g_array_unref);
	Word w = { 0 };
	const char *p = text;
	for (guint i = 0; i <= n; i++) {
		gboolean end = i == n || !*p;
		gboolean space = end || g_unichar_isspace(g_utf8_get_char(p));
		gboolean back = !space && w.start && (rects[i].x1 < rects[i - 1].x2 - 1.0 ||
						      fabs(rects[i].y2 - w.y2) > ROW_SLACK);
		if (w.start && (space || back)) {
			w.len = (gsize) (p - w.start);
			add_word(&w, words, by_text, again);
			w.start = NULL;
		}
		if (end)
			break;
		if (!space && !w.start)
			w = (Word){ p, 0, i, i, rects[i].x1, rects[i].x2, rects[i].y2 };
		else if (!space)
			w.last = i, w.x2 = MAX(w.x2, rects[i].x2);
		p = g_utf8_next_char(p);
	}
	return again;
}

/* Cuts the page text into runs of characters that sit together in one style. */
static GPtrArray *
runs_of(const char *text, const PopplerRectangle *rects, const guint *style, guint n)
{
	GPtrArray *runs = g_ptr_array_new_with_free_func(run_free);
	g_autofree gboolean *again = overprinted(text, rects, n);
	Run *cur = NULL;
	gboolean broken = FALSE; /* a line break since cur's last character */
	const char *p = text;
	for (guint i = 0; i < n && *p && runs->len < MAX_RUNS; i++, p = g_utf8_next_char(p)) {
		const PopplerRectangle *r = &rects[i];
		gunichar c = g_utf8_get_char(p);
		if (c == '\n' || c == '\r') {
			broken = cur != NULL;
			continue;
		}
		if (again[i])
			continue;
		gboolean apart = cur && (r->x1 - cur->x2 > CELL_GAP || fabs(r->y2 - cur->y2) > ROW_SLACK ||
					 r->x1 < cur->x1 || (c != ' ' && style[i] != cur->style));
		/* poppler ends a line where a word drawn over another interrupted it; the line
		 * goes on when the next word follows on its baseline, a space's width on. */
		if (broken && !apart && r->x1 < cur->x2 - 0.5)
			apart = TRUE;
		if (broken && !apart && c != ' ')
			g_string_append_c(cur->text, ' '), g_array_append_val(cur->xs, cur->x2);
		broken = FALSE;
		if (c == ' ' && (!cur || apart))
			continue;
		if (!cur || apart) {
			cur = g_new0(Run, 1);
			cur->text = g_string_new(NULL);
			cur->xs = g_array_new(FALSE, FALSE, sizeof(double));
			cur->x1 = r->x1, cur->y1 = r->y1, cur->x2 = r->x2, cur->y2 = r->y2;
			cur->style = style[i];
			g_ptr_array_add(runs, cur);
		}
		g_string_append_unichar(cur->text, c);
		g_array_append_val(cur->xs, r->x1);
		if (c != ' ') {
			cur->x2 = MAX(cur->x2, r->x2);
			cur->y1 = MIN(cur->y1, r->y1);
		}
	}
	for (guint i = runs->len; i > 0; i--) {
		Run *r = g_ptr_array_index(runs, i - 1);
		g_strchomp(r->text->str);
		r->text->len = strlen(r->text->str);
		if (blank(r->text->str))
			g_ptr_array_remove_index(runs, i - 1);
	}
	return runs;
}

static gint
by_row_then_x(gconstpointer a, gconstpointer b)
{
	const Run *ra = *(Run *const *)a, *rb = *(Run *const *)b;
	if (fabs(ra->y2 - rb->y2) > ROW_SLACK)
		return ra->y2 < rb->y2 ? -1 : 1;
	return ra->x1 < rb->x1 ? -1 : ra->x1 > rb->x1;
}

static gboolean
has_digit(const char *s)
{
	return strpbrk(s, "0123456789") != NULL;
}

/* A label: letters, at most one digit-free short phrase ("Factuurdatum", "Invoice No."). */
static gboolean
looks_like_label(const char *s)
{
	return !has_digit(s) && g_utf8_strlen(s, -1) <= 40;
}

/* A money value ("€ 625,00", "1.895,00"): a table's first row under its column header,
 * never a header field's value (those are numbers and dates). */
static gboolean
looks_like_money(const char *s)
{
	gsize n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || !g_ascii_isdigit(s[n - 1])) && n > 0 &&
	       !g_ascii_isalnum(s[n - 1]))
		n--;
	gboolean cents = n >= 3 && (s[n - 3] == ',' || s[n - 3] == '.') && g_ascii_isdigit(s[n - 1]) &&
			 g_ascii_isdigit(s[n - 2]);
	return cents || strstr(s, "€") || strchr(s, '$') || strstr(s, "£");
}

/* Row index of each run, after sorting: runs within ROW_SLACK of the row's first run. */
static guint *
rows_of(GPtrArray *runs, guint *n_rows)
{
	guint *row = g_new0(guint, MAX(runs->len, 1));
	guint r = 0;
	double base = 0;
	for (guint i = 0; i < runs->len; i++) {
		Run *run = g_ptr_array_index(runs, i);
		if (i > 0 && fabs(run->y2 - base) > ROW_SLACK)
			r++;
		if (i == 0 || row[i - 1] != r)
			base = run->y2;
		row[i] = r;
	}
	*n_rows = runs->len ? r + 1 : 0;
	return row;
}

/* Points: runs that start this close together stand in one column. */
#define COLUMN_SLACK 3.0
/* Points: two columns of a band stand at least this far apart. */
#define COLUMN_APART 120.0

/* The column (0 left, 1 right) of @run in a band whose columns start at @x[0] and @x[1];
 * -1 when it starts at neither. */
static int
column_of(const Run *run, const double x[2])
{
	for (int c = 0; c < 2; c++)
		if (fabs(run->x1 - x[c]) <= COLUMN_SLACK)
			return c;
	return -1;
}

/* The run of row @r (two runs, the first at @first[r]) in the column other than @c that
 * the row shares with it, or NULL when the row's two runs are not one in each column. */
static const Run *
other_column_run(GPtrArray *runs, const guint *first, guint r, int c, const double x[2])
{
	const Run *one = g_ptr_array_index(runs, first[r]), *two = g_ptr_array_index(runs, first[r] + 1);
	if (column_of(one, x) == c && column_of(two, x) == 1 - c)
		return two;
	if (column_of(two, x) == c && column_of(one, x) == 1 - c)
		return one;
	return NULL;
}

/* TRUE when rows [@a, @b] of @runs (the first run of each row at @first[row]) interleave
 * two columns starting at @x: a row of the left column alone, then one of the right
 * alone, then the left again (or the other way round), each closer to the one before
 * than the runs are high.  Two blocks set side by side at different line pitches (the
 * debtor's window left, the sender's letterhead right) come out of the page that way.
 * Their baselines meet now and then within a row's slack, and such a row holds a line of
 * each column: after a row of one column alone, the row's run in the other column is a
 * switch when it too stands closer than it is high (the left column's line, then the
 * right's); a table's rows, a line's pitch apart, never are.  The row after it is compared
 * with none, both columns having a line there. */
static gboolean
interleaved(GPtrArray *runs, const guint *first, guint a, guint b, const double x[2])
{
	int last = -1, switches = 0;
	double prev_y = 0;
	for (guint r = a; r <= b; r++) {
		const Run *run = g_ptr_array_index(runs, first[r]);
		gboolean alone = first[r + 1] - first[r] == 1;
		const Run *other = !alone && last >= 0 ? other_column_run(runs, first, r, last, x) : NULL;
		if (other && other->y2 - prev_y < MIN(other->y2 - other->y1, 12.0))
			switches++;
		int c = alone ? column_of(run, x) : -1;
		if (c >= 0 && last >= 0 && c != last) {
			if (run->y2 - prev_y >= MIN(run->y2 - run->y1, 12.0))
				return FALSE;
			switches++;
		}
		last = c;
		prev_y = run->y2;
	}
	return switches >= 4;
}

/* Rows that interleave two columns are read one column after the other: the left
 * column's runs, each a row of its own, then the right column's.  @row is renumbered. */
static void
read_columns_apart(GPtrArray *runs, guint *row, guint n_rows)
{
	g_autofree guint *first = g_new0(guint, n_rows + 1);
	g_autofree gboolean *own_row = g_new0(gboolean, MAX(runs->len, 1));
	gboolean moved = FALSE;
	for (guint i = runs->len; i > 0; i--)
		first[row[i - 1]] = i - 1;
	first[n_rows] = runs->len;
	guint r = 0;
	while (r < n_rows) {
		/* The longest stretch from @r of rows of one or two runs, each starting in one of
		 * two columns set well apart. */
		/* NAN: no column yet (a run may start at or left of the page's edge, x <= 0). */
		double x[2] = { NAN, NAN };
		guint e = r;
		for (; e < n_rows && first[e + 1] - first[e] <= 2; e++) {
			/* A blank line's gap ends the band: what follows is the page's next part. */
			const Run *top = g_ptr_array_index(runs, first[e]);
			const Run *above = e > r ? g_ptr_array_index(runs, first[e] - 1) : NULL;
			if (above && top->y2 - above->y2 > 2 * MAX(above->y2 - above->y1, 6.0))
				break;
			gboolean fits = TRUE;
			for (guint i = first[e]; i < first[e + 1] && fits; i++) {
				const Run *run = g_ptr_array_index(runs, i);
				if (column_of(run, x) >= 0)
					continue;
				if (isnan(x[0]))
					x[0] = run->x1;
				else if (isnan(x[1]) && fabs(run->x1 - x[0]) >= COLUMN_APART)
					x[1] = run->x1;
				else
					fits = FALSE;
			}
			if (!fits || (first[e + 1] - first[e] == 2 &&
				      column_of(g_ptr_array_index(runs, first[e]), x) ==
				      column_of(g_ptr_array_index(runs, first[e] + 1), x)))
				break;
		}
		if (e < r + 3 || isnan(x[1]) || !interleaved(runs, first, r, e - 1, x)) {
			r = MAX(e, r + 1);
			continue;
		}
		if (x[0] > x[1]) {
			double t = x[0];
			x[0] = x[1], x[1] = t;
		}
		g_autoptr(GPtrArray) order = g_ptr_array_sized_new(first[e] - first[r]);
		for (int c = 0; c < 2; c++)
			for (guint i = first[r]; i < first[e]; i++)
				if (column_of(g_ptr_array_index(runs, i), x) == c)
					g_ptr_array_add(order, g_ptr_array_index(runs, i));
		/* Every run of the band is in one of the two columns (the band was built so); were
		 * one not, writing @order back would lose it and hold another twice. */
		if (order->len != first[e] - first[r]) {
			r = e;
			continue;
		}
		for (guint i = 0; i < order->len; i++) {
			runs->pdata[first[r] + i] = order->pdata[i];
			own_row[first[r] + i] = TRUE;
		}
		moved = TRUE;
		r = e;
	}
	if (!moved)
		return;
	/* One row a run inside the bands read apart; the rows elsewhere as they were. */
	guint n = 0;
	for (guint i = 1; i < runs->len; i++) {
		gboolean same = row[i] == row[i - 1] && !own_row[i] && !own_row[i - 1];
		row[i - 1] = n;
		n += same ? 0 : 1;
	}
	row[runs->len - 1] = n;
}

static void
append_rows(GString *out, GPtrArray *runs, const guint *row)
{
	for (guint i = 0; i < runs->len; i++) {
		Run *run = g_ptr_array_index(runs, i);
		if (i > 0)
			g_string_append_c(out, row[i] != row[i - 1] ? '\n' : '\t');
		g_string_append(out, run->text->str);
	}
	g_string_append_c(out, '\n');
}

/* TRUE when the row of run @i holds two or more item-table column headers. */
static gboolean
item_header_row(GPtrArray *runs, const guint *row, guint i)
{
	int headers = 0;
	for (guint k = 0; k < runs->len; k++) {
		Run *r = g_ptr_array_index(runs, k);
		if (row[k] == row[i] && dm_table_is_item_header(r->text->str))
			headers++;
	}
	return headers >= 2;
}

static gboolean
overlaps(const Run *value, const Run *label)
{
	return value->x1 < label->x2 + 2 && value->x2 > label->x1 - 2;
}

/* (transfer full) the text of @value that stands in the column of the label run @i: all of
 * it, unless the value also overlaps the label before or after @i in its row (two cells set
 * too close to be told apart), then the characters from @i's left edge to the next's. */
static char *
value_in_column(GPtrArray *runs, const guint *row, guint i, const Run *value)
{
	const Run *label = g_ptr_array_index(runs, i);
	double lo = -G_MAXDOUBLE, hi = G_MAXDOUBLE;
	if (i > 0 && row[i - 1] == row[i] && overlaps(value, g_ptr_array_index(runs, i - 1)))
		lo = label->x1 - 2;
	if (i + 1 < runs->len && row[i + 1] == row[i] && overlaps(value, g_ptr_array_index(runs, i + 1)))
		hi = ((const Run *)g_ptr_array_index(runs, i + 1))->x1 - 2;
	GString *cut = g_string_new(NULL);
	guint k = 0;
	for (const char *p = value->text->str; *p && k < value->xs->len; p = g_utf8_next_char(p), k++) {
		double x = g_array_index(value->xs, double, k);
		if (x >= lo && x < hi)
			g_string_append_unichar(cut, g_utf8_get_char(p));
	}
	return g_strstrip(g_string_free(cut, FALSE));
}

/* TRUE when the run after @i in its row is money: a totals row ("Totaal incl. btw<TAB>
 * 47.497,95"), whose label has its value beside it and heads nothing below — the next
 * row's label ("Termijn 1 (factuur 2026-0041)") is no value of it. */
static gboolean
money_beside(GPtrArray *runs, const guint *row, guint i)
{
	return i + 1 < runs->len && row[i + 1] == row[i] &&
	       looks_like_money(((const Run *)g_ptr_array_index(runs, i + 1))->text->str);
}

/* "label: value" for a label run with a value run right below it in the next row. */
static void
append_pairs(GString *out, GPtrArray *runs, const guint *row)
{
	for (guint i = 0; i < runs->len; i++) {
		Run *label = g_ptr_array_index(runs, i);
		if (!looks_like_label(label->text->str) || item_header_row(runs, row, i) || money_beside(runs, row, i))
			continue;
		double height = MAX(label->y2 - label->y1, 4.0);
		for (guint j = i + 1; j < runs->len; j++) {
			Run *value = g_ptr_array_index(runs, j);
			if (row[j] == row[i])
				continue;
			if (row[j] > row[i] + 1 || value->y2 - label->y2 > BELOW_ROWS * height)
				break;
			if (!overlaps(value, label))
				continue;
			g_autofree char *text = value_in_column(runs, row, i, value);
			if (has_digit(text) && !looks_like_money(text)) {
				g_string_append_printf(out, "%s: %s\n", label->text->str, text);
				break;
			}
		}
	}
}

char *
dm_pdf_layout_text(PopplerPage *page)
{
	g_return_val_if_fail(POPPLER_IS_PAGE(page), NULL);
	g_autofree char *text = poppler_page_get_text(page);
	if (!text || !*text)
		return NULL;
	PopplerRectangle *rects = NULL;
	guint n = 0;
	if (!poppler_page_get_text_layout(page, &rects, &n) ||
	    n != (guint)g_utf8_strlen(text, -1)) {
		g_free(rects);
		return g_steal_pointer(&text);
	}
	g_autofree guint *style = styles_of(page, n);
	g_autoptr(GPtrArray) runs = runs_of(text, rects, style, n);
	g_free(rects);
	g_ptr_array_sort(runs, by_row_then_x);
	guint n_rows = 0;
	g_autofree guint *row = rows_of(runs, &n_rows);
	read_columns_apart(runs, row, n_rows);
	GString *out = g_string_sized_new(strlen(text) + 256);
	append_rows(out, runs, row);
	append_pairs(out, runs, row);
	return g_string_free(out, FALSE);
}
