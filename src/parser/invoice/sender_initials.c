/* sender_initials: whether a number's letters are its sender's initials
 * (dm-sender-initials.h). */
#include "parser/invoice/dm-sender-initials.h"

#include <string.h>

/* The small words of a name no initials are taken of ("Pieter van Oosterhof" is "PO"), for
 * a name kept case-folded, whose capitals are gone. */
static const char *const particles[] = {
	"van", "von", "vom", "de", "der", "den", "het", "te", "ten", "ter", "zu", "zum", "zur",
	"and", "und", "en", "of", "the", "&",
};

/* TRUE when the word @w (@n bytes) is one of the @count words of @list, in any case. */
static gboolean
in_list(const char *const *list, gsize count, const char *w, gsize n)
{
	for (gsize i = 0; i < count; i++)
		if (strlen(list[i]) == n && g_ascii_strncasecmp(w, list[i], n) == 0)
			return TRUE;
	return FALSE;
}

static gboolean
is_particle(const char *w, gsize n)
{
	return in_list(particles, G_N_ELEMENTS(particles), w, n);
}

/* The words of a desk's or a mailbox's name, not a person's nor a firm's ("Sales Office",
 * "Purchase Office", "Accounts Department", "Billing Team", "Verkoop", "Buchhaltung"). */
static const char *const desk_words[] = {
	"sales", "office", "purchase", "purchasing", "order", "orders", "accounts", "account", "accounting",
	"billing", "invoice", "invoices", "invoicing", "team", "department", "dept", "desk", "support",
	"admin", "administration", "finance", "financial", "customer", "customers", "service", "services",
	"receivable", "receivables", "payable", "payables", "credit", "control", "ledger", "info", "mail",
	"no", "reply", "noreply", "helpdesk", "backoffice",
	"verkoop", "inkoop", "administratie", "boekhouding", "facturatie", "facturen", "factuur",
	"debiteuren", "crediteuren", "klantenservice", "afdeling", "financi\u00ebn", "financien",
	"buchhaltung", "verkauf", "einkauf", "vertrieb", "rechnungswesen", "rechnungen", "rechnung",
	"kundenservice", "abteilung", "finanzbuchhaltung", "debitoren", "kreditoren",
};

static gboolean
is_desk_word(const char *w, gsize n)
{
	return in_list(desk_words, G_N_ELEMENTS(desk_words), w, n);
}

/* TRUE when @name has words and each but the small ones is a desk's (desk_words): a From
 * name that says which desk wrote, whose initials ("SO" of "Sales Office", "PO" of
 * "Purchase Office") are a sales or a purchase order's letters, no series of the sender's. */
static gboolean
names_a_desk(const char *name)
{
	gboolean words = FALSE;
	for (const char *p = name; *p;) {
		const char *w = p;
		while (*p && (g_unichar_isalnum(g_utf8_get_char(p)) || *p == '\'' || *p == '&'))
			p = g_utf8_next_char(p);
		if (p == w) {
			p = g_utf8_next_char(p);
			continue;
		}
		if (!is_particle(w, p - w) && !is_desk_word(w, p - w))
			return FALSE;
		words = TRUE;
	}
	return words;
}

/* (transfer full) the initials of the words of @name (@len bytes), in upper case: of the
 * words that begin with a capital when @capitals ("PO" of "Pieter van Oosterhof"), else of
 * every word but the particles. */
static char *
initials_of(const char *name, gsize len, gboolean capitals)
{
	GString *out = g_string_new(NULL);
	const char *end = name + len;
	for (const char *p = name; p < end && *p;) {
		const char *w = p;
		while (p < end && *p && (g_unichar_isalnum(g_utf8_get_char(p)) || *p == '\'' || *p == '&'))
			p = g_utf8_next_char(p);
		gunichar c = g_utf8_get_char(w);
		if (p > w && (capitals ? g_unichar_isupper(c) : !is_particle(w, p - w)) && g_unichar_isalpha(c))
			g_string_append_unichar(out, g_unichar_toupper(c));
		if (p == w)
			p = g_utf8_next_char(p);
	}
	return g_string_free(out, FALSE);
}

/* TRUE when the initials of @name (@len bytes; initials_of) begin with @letters. */
static gboolean
initials_begin(const char *name, gsize len, gboolean capitals, const char *letters)
{
	g_autofree char *initials = initials_of(name, len, capitals);
	return g_ascii_strncasecmp(initials, letters, strlen(letters)) == 0;
}

/* The letterhead's line of @t (@len bytes) into *@line, *@line_len: its first line with a
 * letter and no digit, past a "Subject:" line; FALSE when there is none. */
static gboolean
letterhead_line(const char *t, gsize len, const char **line, gsize *line_len)
{
	const char *end = t + len;
	for (const char *p = t; p < end;) {
		const char *nl = memchr(p, '\n', end - p);
		gsize n = nl ? (gsize)(nl - p) : (gsize)(end - p);
		gboolean letter = FALSE, digit = FALSE;
		for (gsize i = 0; i < n; i++) {
			letter = letter || g_ascii_isalpha(p[i]) || (guchar) p[i] >= 0x80;
			digit = digit || g_ascii_isdigit(p[i]);
		}
		if (letter && !g_str_has_prefix(p, "Subject:")) {
			if (digit)
				return FALSE;
			*line = p;
			*line_len = n;
			return TRUE;
		}
		p = nl ? nl + 1 : end;
	}
	return FALSE;
}

gboolean
dm_sender_initials_are(const char *letters, const DmInvoiceFacts *f, const char *t, gsize len)
{
	if (!letters || strlen(letters) < 2)
		return FALSE;
	for (guint i = 0; f->seller_names && i < f->seller_names->len; i++) {
		const char *name = g_ptr_array_index(f->seller_names, i);
		if (!names_a_desk(name) && initials_begin(name, strlen(name), FALSE, letters))
			return TRUE;
	}
	/* "PO" is a purchase order's own prefix, and an invoice made against a customer's order
	 * may open with the customer's block ("Paul Ogden" over "INVOICE" over "PO-4471"): only
	 * a name the sender goes by vouches for those letters, not the text's first line. */
	if (g_ascii_strcasecmp(letters, "PO") == 0)
		return FALSE;
	const char *line;
	gsize n;
	return letterhead_line(t, len, &line, &n) && initials_begin(line, n, TRUE, letters);
}
