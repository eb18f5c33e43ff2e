/* invoice_text_scan: the text the invoice text readers read — a mail body or a PDF's text
 * cut before quoted mail and cleaned of the spaces and line ends that would keep a pattern
 * from matching — and the helpers they share: counting matches, the line around a match,
 * and the --explain record of the line a field came from.
 * Failures: none. */
#include "parser/invoice/dm-invoice-text-scan.h"
#include "common/dm-sanitize.h"
#include "parser/mime/dm-html.h"
#include "parser/mime/dm-message.h"

#include <string.h>

#define CIM (PCRE2_CASELESS | PCRE2_MULTILINE)

/* Where quoted mail starts: everything after it was written by someone else, earlier. */
static DmPattern quote_start = DM_PATTERN(
	"^(?:(?:On|Op|Am|Le|El)\\s[^\\n]{0,200}(?:\\n[^\\n]{0,200})?\\s(?:wrote|schreef|schrieb|a\\s+écrit|escribió)\\b[^\\n]{0,80}:[ \\t]*$"
	"|[ \\t]*-{2,}\\s*(?:Original\\s+Message|Oorspronkelijk\\s+bericht|Ursprüngliche\\s+Nachricht|Message\\s+d'origine)\\s*-{2,})",
	CIM);

/* A VAT word: the tax's name in the three languages, or "tax" itself. */
static DmPattern vat_word = DM_PATTERN("\\b(?:btw|vat|tax|mwst|ust|umsatzsteuer|mehrwertsteuer)\\b", PCRE2_CASELESS);

gboolean
dm_invoice_text_vat_between(const char *t, gsize from, gsize to)
{
	DmMatch x;
	return from < to && dm_pattern_match(&vat_word, t + from, to - from, 0, &x);
}

int
dm_invoice_text_count(DmPattern *p, const char *t, gsize len)
{
	DmMatch m;
	int n = 0;
	DM_INVOICE_TEXT_FOR_MATCHES(p, t, len, m)
		n++;
	return n;
}

char *
dm_invoice_text_prepare(const char *text)
{
	g_autofree char *bounded = dm_text_bound(text, strlen(text), DM_MAX_TEXT_BYTES);
	GString *out = g_string_sized_new(strlen(bounded) + 1);
	const char *p = bounded;
	while (*p) {
		const char *eol = strchr(p, '\n');
		gsize n = eol ? (gsize)(eol - p) : strlen(p);
		if (p[0] != '>') {
			for (gsize i = 0; i < n; i++) {
				guchar c = (guchar)p[i];
				if (c == '\r')
					continue;
				if (c == 0xC2 && i + 1 < n && (guchar)p[i + 1] == 0xA0) {
					g_string_append_c(out, ' ');
					i++;
				} else if (c == 0xE2 && i + 2 < n && (guchar)p[i + 1] == 0x80 &&
					   ((guchar)p[i + 2] == 0xAF || (guchar)p[i + 2] == 0x87 ||
					    (guchar)p[i + 2] == 0x89)) {
					/* narrow no-break, figure and thin spaces */
					g_string_append_c(out, ' ');
					i += 2;
				} else {
					g_string_append_c(out, (char)c);
				}
			}
			g_string_append_c(out, '\n');
		}
		p += n;
		if (*p == '\n')
			p++;
	}
	DmMatch m;
	if (dm_pattern_match(&quote_start, out->str, out->len, 0, &m))
		g_string_truncate(out, m.start[0]);
	return g_string_free(out, FALSE);
}

char *
dm_invoice_text_line_at(const char *t, gsize len, gsize at)
{
	gsize s = at, e = at;
	while (s > 0 && t[s - 1] != '\n')
		s--;
	while (e < len && t[e] != '\n')
		e++;
	return g_strndup(t + s, e - s);
}

gboolean
dm_invoice_text_starts_line(const char *t, gsize at)
{
	while (at > 0 && (t[at - 1] == ' ' || t[at - 1] == '\t'))
		at--;
	return at == 0 || t[at - 1] == '\n';
}

void
dm_invoice_text_explain_line(DmInvoiceFacts *f, const char *field, const char *source, const char *t,
			     gsize len, gsize at)
{
	g_autofree char *line = dm_invoice_text_line_at(t, len, at);
	g_autofree char *clean = dm_sanitize_oneline(line, 120);
	dm_invoice_facts_explain(f, field, "%s, line \"%s\"", source, clean);
}

void
dm_invoice_text_explain_rule(DmInvoiceFacts *f, const char *field, const char *source, const char *rule,
			     const char *t, gsize len, gsize at)
{
	g_autofree char *line = dm_invoice_text_line_at(t, len, at);
	g_autofree char *clean = dm_sanitize_oneline(line, 120);
	dm_invoice_facts_explain(f, field, "%s, rule %s: line \"%s\"", source, rule, clean);
}
