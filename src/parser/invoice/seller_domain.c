/* seller_domain: the firm a sender's mail domain — or on free mail its mailbox — spells
 * (dm-seller-domain.h).
 * Names and domain labels are compared as runs of lower-case letters and digits, since a
 * domain drops the blanks, the points and the "&" a firm's name prints ("Pryce & Sons" is
 * pryceandsons, "Maler König" maler-koenig).
 * Failures: none. */
#include "parser/invoice/dm-seller-domain.h"
#include "common/dm-address.h"

#include <string.h>

/* The shortest label that names a firm: shorter ones ("acme", "bos") begin too many names. */
#define MIN_LABEL 6

/* (transfer full) @s's letters and digits in lower case, "&" as "and", umlauts as a domain
 * writes them ("ä" as "ae"): the form a domain label has. */
static char *
squashed(const char *s)
{
	g_autofree char *down = g_utf8_strdown(s, -1);
	GString *out = g_string_new(NULL);
	for (const char *p = down; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c == '&')
			g_string_append(out, "and");
		else if (c == 0xe4 || c == 0xf6 || c == 0xfc)    /* ä ö ü */
			g_string_append_printf(out, "%ce", c == 0xe4 ? 'a' : c == 0xf6 ? 'o' : 'u');
		else if (c == 0xdf)                               /* ß */
			g_string_append(out, "ss");
		else if (c < 0x80 && g_ascii_isalnum((char) c))
			g_string_append_c(out, (char) c);
	}
	return g_string_free(out, FALSE);
}

/* (transfer full) (nullable) what a free-mail mailbox of @address names: its local part
 * when it joins two words or more (a dot, a dash or an underscore between), squashed, the
 * digits at its end dropped ("fliesen.kaya", "maler_schulz76"): a sole trader names the
 * mailbox for the firm.  A word alone ("sanne", "bethcorbett1") may be anyone's name. */
static char *
mailbox_words(const char *address)
{
	g_autofree char *spec = dm_address_normalize(address);
	const char *at = spec ? strrchr(spec, '@') : NULL;
	if (!at)
		return NULL;
	g_autofree char *local = g_strndup(spec, strcspn(spec, "+@"));
	if (!strpbrk(local, ".-_"))
		return NULL;
	gsize n = strlen(local);
	while (n > 0 && g_ascii_isdigit(local[n - 1]))
		local[--n] = '\0';
	return squashed(local);
}

char *
dm_seller_domain_label(const char *address)
{
	const char *domain = address ? dm_address_domain(address) : NULL;
	if (!domain || !*domain)
		return NULL;
	g_autofree char *lower = g_ascii_strdown(domain, -1);
	g_autofree char *first = g_strndup(lower, strcspn(lower, "."));
	char *label = dm_address_free_mail_domain(lower) ? mailbox_words(address) : squashed(first);
	if (label && strlen(label) < MIN_LABEL)
		g_clear_pointer(&label, g_free);
	return label;
}

/* (transfer full) @name's first word that has a letter or a digit, squashed; "" if none. */
static char *
first_word_squashed(const char *name)
{
	g_auto(GStrv) words = g_strsplit_set(name, " \t\n", -1);
	for (guint i = 0; words[i]; i++) {
		char *word = squashed(words[i]);
		if (*word)
			return word;
		g_free(word);
	}
	return g_strdup("");
}

gboolean
dm_seller_domain_spells(const char *label, const char *name)
{
	if (!label || !*label || !name)
		return FALSE;
	g_autofree char *flat = squashed(name);
	if (!g_str_has_prefix(flat, label))
		return FALSE;
	/* The label must hold the name's whole first word: "smiths" begins "Smithson Ltd", a
	 * firm of another name, while "hofmannelektro" may shorten "Hofmann Elektrotechnik". */
	g_autofree char *first = first_word_squashed(name);
	return strlen(label) >= strlen(first);
}
