/* amount: money text -> integer minor units and an ISO 4217 code.
 *
 * dm_amount_parse reads what people write in Dutch and English mail and PDFs ("€ 1.234,56",
 * "1,234.56 EUR", "€ 12,-"); dm_amount_parse_decimal reads XML decimals from e-invoices.
 * Integer arithmetic only, with overflow and plausibility bounds: a "total" of twelve
 * digits is a reference number, not money.
 * Failures: none reported; text that is not an amount gives FALSE. */
#include "parser/text/dm-amount.h"
#include "common/dm-currency.h"
#include "common/dm-money.h"

#include <string.h>

const char *
dm_amount_currency_code(const char *token)
{
	const DmCurrency *c = dm_currency_of_token(token);
	return c ? c->code : NULL;
}

gboolean
dm_amount_currency_valid(const char *code, char out[4])
{
	if (!code || strlen(code) != 3)
		return FALSE;
	for (int i = 0; i < 3; i++)
		if (!g_ascii_isalpha(code[i]))
			return FALSE;
	for (int i = 0; i < 3; i++)
		out[i] = g_ascii_toupper(code[i]);
	out[3] = '\0';
	return TRUE;
}

/* A space groups thousands too ("1 234,56", the French and Swiss-French way). */
static gboolean
is_sep(char c)
{
	return c == '.' || c == ',' || c == '\'' || c == ' ';
}

/* Reads the number part ("1.234,56", "12,-") into cents. */
static gboolean
parse_number(const char *s, gsize n, gint64 *cents)
{
	gboolean negative = FALSE;
	if (n > 0 && s[0] == '-') {
		negative = TRUE;
		s++;
		n--;
	}
	if (n == 0 || n > 24 || !g_ascii_isdigit(s[0]))
		return FALSE;
	/* "12,-" and "12,--": whole units, the Dutch way. */
	gboolean whole_dash = FALSE;
	if (n >= 2 && s[n - 1] == '-') {
		gsize k = n - 1;
		if (k >= 1 && s[k - 1] == '-')
			k--;
		if (k >= 1 && (s[k - 1] == ',' || s[k - 1] == '.')) {
			n = k - 1;
			whole_dash = TRUE;
		} else {
			return FALSE;
		}
	}
	/* Separators: where they are and which kinds. */
	gssize last = -1;
	int kinds = 0, count = 0;
	gboolean seen_dot = FALSE, seen_comma = FALSE, seen_apos = FALSE, seen_space = FALSE;
	for (gsize i = 0; i < n; i++) {
		if (is_sep(s[i])) {
			last = (gssize)i;
			count++;
			if (s[i] == '.' && !seen_dot)
				seen_dot = TRUE, kinds++;
			else if (s[i] == ',' && !seen_comma)
				seen_comma = TRUE, kinds++;
			else if (s[i] == '\'' && !seen_apos)
				seen_apos = TRUE, kinds++;
			else if (s[i] == ' ' && !seen_space)
				seen_space = TRUE, kinds++;
		} else if (!g_ascii_isdigit(s[i])) {
			return FALSE;
		}
	}
	gssize dec = -1;    /* position of the decimal separator, -1 when none */
	if (last >= 0) {
		gsize tail = n - (gsize)last - 1;
		char lc = s[last];
		if (kinds > 1) {
			if (lc == '\'' || lc == ' ' || tail < 1 || tail > 2)
				return FALSE;
			dec = last;
		} else if (count == 1 && lc != '\'' && lc != ' ' && tail >= 1 && tail <= 2) {
			dec = last;
		} else if (tail != 3) {
			return FALSE;
		}
	}
	if (whole_dash && dec >= 0)
		return FALSE;
	/* Integer part: separators (if any) every three digits. */
	gsize int_end = dec >= 0 ? (gsize)dec : n;
	gint64 units = 0;
	int group = 0, groups = 0;
	gboolean grouped = FALSE;
	char tsep = 0;   /* the thousands separator: one kind, never the decimal one */
	for (gsize i = 0; i < int_end; i++) {
		if (is_sep(s[i])) {
			if ((tsep && s[i] != tsep) || (dec >= 0 && s[i] == s[dec]))
				return FALSE;
			tsep = s[i];
			if ((groups == 0 && (group < 1 || group > 3)) || (groups > 0 && group != 3))
				return FALSE;
			grouped = TRUE;
			groups++;
			group = 0;
			continue;
		}
		if (units > DM_AMOUNT_MAX_CENTS / 10)
			return FALSE;
		units = units * 10 + (s[i] - '0');
		group++;
	}
	if (group == 0 || (grouped && group != 3))
		return FALSE;
	gint64 frac = 0;
	if (dec >= 0) {
		gsize tail = n - (gsize)dec - 1;
		frac = (s[dec + 1] - '0') * 10;
		if (tail == 2)
			frac += s[dec + 2] - '0';
	}
	if (units > (DM_AMOUNT_MAX_CENTS - frac) / 100)
		return FALSE;
	gint64 v = units * 100 + frac;
	*cents = negative ? -v : v;
	return TRUE;
}

/* The byte length of the longest currency token @s begins with (prefix TRUE) or ends in,
 * among the first @n bytes; 0 when none. */
static gsize
currency_token_length(const char *s, gsize n, gboolean prefix)
{
	gsize best = 0;
	for (gsize t = 1; t <= n && t <= DM_CURRENCY_TOKEN_MAX; t++) {
		g_autofree char *token = g_strndup(prefix ? s : s + n - t, t);
		if (dm_currency_token_known(token))
			best = t;
	}
	return best;
}

/* Takes a currency token off the start (prefix TRUE) or end of [*s, *s+*n): TRUE when
 * there was one, its code in @code ("" for a token several currencies write, "kr"). */
static gboolean
strip_currency(const char **s, gsize *n, gboolean prefix, const char **code)
{
	gsize t = currency_token_length(*s, *n, prefix);
	*code = NULL;
	if (t == 0)
		return FALSE;
	g_autofree char *token = g_strndup(prefix ? *s : *s + *n - t, t);
	if (prefix)
		*s += t;
	*n -= t;
	while (*n > 0 && g_ascii_isspace(prefix ? **s : (*s)[*n - 1])) {
		if (prefix)
			(*s)++;
		(*n)--;
	}
	*code = dm_amount_currency_code(token);
	if (!*code)
		*code = "";
	return TRUE;
}

gboolean
dm_amount_parse(const char *text, gint64 *cents, char currency[4])
{
	g_return_val_if_fail(cents != NULL && currency != NULL, FALSE);
	if (!text)
		return FALSE;
	const char *s = text;
	gsize n = strlen(text);
	if (n > 64)
		return FALSE;
	while (n > 0 && g_ascii_isspace(*s))
		s++, n--;
	while (n > 0 && g_ascii_isspace(s[n - 1]))
		n--;
	/* A sign may stand before the currency ("-€ 50") or after it ("€ -50"). */
	gboolean minus = FALSE;
	if (n > 0 && *s == '-') {
		minus = TRUE;
		s++, n--;
	}
	const char *code = NULL, *code2 = NULL;
	strip_currency(&s, &n, TRUE, &code);
	strip_currency(&s, &n, FALSE, &code2);
	if (code && code2 && *code && *code2 && strcmp(code, code2) != 0)
		return FALSE;
	/* "SEK 31 750,00 kr": the code tells the shared token's currency. */
	if (!code || !*code)
		code = code2 && *code2 ? code2 : code;
	if (n > 0 && *s == '-') {
		if (minus)
			return FALSE;
		minus = TRUE;
		s++, n--;
	}
	/* Apostrophe-like U+2019 (Swiss grouping) becomes a plain apostrophe. */
	char buf[48];
	gsize b = 0;
	for (gsize i = 0; i < n; i++) {
		if (b + 1 >= sizeof buf)
			return FALSE;
		if ((guchar)s[i] == 0xE2 && i + 2 < n && (guchar)s[i + 1] == 0x80 &&
		    ((guchar)s[i + 2] == 0x99 || (guchar)s[i + 2] == 0x94 || (guchar)s[i + 2] == 0x93)) {
			/* U+2019 -> ', U+2014 and U+2013 (em and en dash, "12,—", "Fr. 120.–") -> - */
			buf[b++] = (guchar)s[i + 2] == 0x99 ? '\'' : '-';
			i += 2;
			continue;
		}
		buf[b++] = s[i];
	}
	gint64 v;
	if (!parse_number(buf, b, &v) || v < 0)
		return FALSE;
	/* Hundredths read; a currency with other minor units (JPY none) is scaled to its own. */
	if (code && *code && !dm_money_from_hundredths(v, code, &v))
		return FALSE;
	*cents = minus ? -v : v;
	if (code)
		memcpy(currency, code, strlen(code) + 1);
	else
		currency[0] = '\0';
	return TRUE;
}

gboolean
dm_amount_parse_decimal(const char *text, gint64 *cents)
{
	return dm_amount_parse_decimal_minor(text, 2, cents);
}

gboolean
dm_amount_parse_decimal_minor(const char *text, int digits, gint64 *minor)
{
	g_return_val_if_fail(minor != NULL && digits >= 0 && digits <= 4, FALSE);
	if (!text)
		return FALSE;
	const char *p = text;
	while (g_ascii_isspace(*p))
		p++;
	gboolean negative = FALSE;
	if (*p == '-' || *p == '+')
		negative = *p++ == '-';
	if (!g_ascii_isdigit(*p) && !(*p == '.' && g_ascii_isdigit(p[1])))
		return FALSE;
	/* E-invoices carry larger sums than mail text; still bounded well below overflow. */
	const gint64 max = G_GINT64_CONSTANT(100000000000000);
	gint64 units = 0;
	for (; g_ascii_isdigit(*p); p++) {
		if (units > max / 10)
			return FALSE;
		units = units * 10 + (*p - '0');
	}
	gint64 scale = 1;
	for (int i = 0; i < digits; i++)
		scale *= 10;
	gint64 frac = 0;
	if (*p == '.') {
		p++;
		int k = 0;
		gboolean round_up = FALSE;
		for (; g_ascii_isdigit(*p); p++, k++) {
			if (k < digits)
				frac = frac * 10 + (*p - '0');
			else if (k == digits)
				round_up = *p >= '5';
			if (k > 40)
				return FALSE;
		}
		for (; k < digits; k++)
			frac *= 10;
		if (round_up)
			frac++;
	}
	while (g_ascii_isspace(*p))
		p++;
	if (*p != '\0')
		return FALSE;
	if (units > (max - frac) / scale)
		return FALSE;
	gint64 v = units * scale + frac;
	*minor = negative ? -v : v;
	return TRUE;
}
