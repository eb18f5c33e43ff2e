/* bank: IBANs and payment references in text (dm-bank.h).
 *
 * Both checks are ISO 7064 mod 97-10 over the identifier with its first four characters
 * moved to the end and letters read as 10..35: an IBAN and an RF reference hold when the
 * remainder is 1.  The remainder is taken digit by digit, so no big numbers are needed.
 * Failures: none; text without one gives NULL. */
#include "parser/text/dm-bank.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI PCRE2_CASELESS

/* IBAN lengths of the countries dunmail's users bill most (ISO 13616 registry). */
static const struct {
	const char cc[3];
	guint len;
} iban_lengths[] = {
	{ "NL", 18 }, { "BE", 16 }, { "DE", 22 }, { "AT", 20 }, { "CH", 21 }, { "LU", 20 },
	{ "FR", 27 }, { "GB", 22 }, { "IE", 22 }, { "ES", 24 }, { "IT", 27 }, { "DK", 18 },
	{ "SE", 24 }, { "NO", 15 }, { "FI", 18 }, { "PL", 28 }, { "PT", 25 }, { "LI", 21 },
};

/* (transfer full) @s upper-cased without white space; NULL when longer than @max. */
static char *
compact(const char *s, gsize max)
{
	GString *out = g_string_new(NULL);
	for (; *s; s++) {
		if (g_ascii_isspace(*s))
			continue;	/* spaces and a line break inside a grouped number */
		if (out->len >= max) {
			g_string_free(out, TRUE);
			return NULL;
		}
		g_string_append_c(out, g_ascii_toupper(*s));
	}
	return g_string_free(out, FALSE);
}

/* ISO 7064 mod 97-10 over @s rotated by four; TRUE when the remainder is 1. */
static gboolean
mod97_holds(const char *s)
{
	gsize n = strlen(s);
	if (n < 5)
		return FALSE;
	guint rem = 0;
	for (gsize k = 0; k < n; k++) {
		char c = s[(k + 4) % n];
		if (g_ascii_isdigit(c))
			rem = (rem * 10 + (guint)(c - '0')) % 97;
		else if (c >= 'A' && c <= 'Z')
			rem = (rem * 100 + (guint)(c - 'A' + 10)) % 97;
		else
			return FALSE;
	}
	return rem == 1;
}

gboolean
dm_iban_valid(const char *iban)
{
	if (!iban)
		return FALSE;
	g_autofree char *s = compact(iban, 34);
	if (!s || strlen(s) < 15 || !g_ascii_isalpha(s[0]) || !g_ascii_isalpha(s[1]) ||
	    !g_ascii_isdigit(s[2]) || !g_ascii_isdigit(s[3]))
		return FALSE;
	/* "RF" names no country: it opens a creditor reference (ISO 11649), whose check
	 * digits are computed as an IBAN's, so the sum alone cannot tell them apart. */
	if (strncmp(s, "RF", 2) == 0)
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(iban_lengths); i++)
		if (strncmp(s, iban_lengths[i].cc, 2) == 0 && strlen(s) != iban_lengths[i].len)
			return FALSE;
	return mod97_holds(s);
}

char *
dm_iban_normalize(const char *iban)
{
	return dm_iban_valid(iban) ? compact(iban, 34) : NULL;
}

gboolean
dm_rf_valid(const char *ref)
{
	if (!ref)
		return FALSE;
	g_autofree char *s = compact(ref, 25);
	return s && strlen(s) >= 5 && strncmp(s, "RF", 2) == 0 && g_ascii_isdigit(s[2]) &&
	       g_ascii_isdigit(s[3]) && mod97_holds(s);
}

static DmPattern iban_pattern = DM_PATTERN("(?<![A-Z0-9])(" DM_IBAN_RE ")(?![A-Z0-9])", 0);

char *
dm_iban_find(const char *text, gsize len, gsize *at)
{
	if (!text)
		return NULL;
	DmMatch m;
	for (gsize off = 0; dm_pattern_match(&iban_pattern, text, len, off, &m);
	     off = dm_match_next(&m, len)) {
		g_autofree char *cand = dm_match_group(&m, 1);
		/* A greedy group may have taken the next word's letters: shorten to a fit. */
		g_autofree char *s = compact(cand, 40);
		for (gsize n = s ? strlen(s) : 0; n >= 15; n--) {
			s[n] = '\0';
			if (dm_iban_valid(s)) {
				if (at)
					*at = m.start[1];
				return g_steal_pointer(&s);
			}
		}
	}
	return NULL;
}

/* A labelled reference: the label, then the value on the same line, or alone on the next
 * when the label ends a sentence's line ("onder vermelding van betalingskenmerk" over
 * "3157874924390744.").  Besides the labels of the payment standards, the sentence an
 * accounting program prints ("Please use the following communication for your payment:
 * INV/2026/01423", "Bitte verwenden Sie die folgende Mitteilung für Ihre Zahlung: …",
 * "Gebruik de volgende mededeling voor uw betaling: …") and a Belgian "Mededeling:" or
 * "Communication:" field. */
/* Sixteen digits in groups of four may run over a line break, but not into a postcode
 * line set in the column beside ("Zahlungsreferenz<TAB>129420261111" / "4040 Linz"). */
static DmPattern reference_labelled = DM_PATTERN(
	"(?:betalingskenmerk|betaalkenmerk|kenmerk\\s+betaling|verwendungszweck"
	"|zahlungsreferenz|payment\\s+reference|reference\\s+for\\s+payment"
	"|please\\s+(?:use|quote)\\s+(?:the\\s+)?reference|us(?:e|ing)\\s+(?:the\\s+)?(?:payment\\s+)?reference"
	"|(?:structured\\s+)?creditor\\s+reference"
	/* the Czech and Slovak payment's number for the payee's books ("variabilní symbol", "VS") */
	"|variab(?:le|ilní|ilni|ilný|ilny)\\s+(?:symbol|symbolu)|\\bVS(?=[ \\t]*:)"
	"|(?:communication|mitteilung|mededeling|referenz|reference|référence)(?:\\s+(?:suivante|te\\s+gebruiken|to\\s+use))?"
	"\\s+(?:for\\s+your\\s+payment|für\\s+ihre\\s+zahlung|voor\\s+uw\\s+betaling|pour\\s+votre\\s+paiement)"
	/* a field, wherever it stands ("Rekening BE68 … - Mededeling: F2026-0046/KL77", "met
	 * mededeling: …"); but asked for "als mededeling" ("Vermeld als mededeling: LOT-2026-088",
	 * "geef als mededeling: …") it is the invoice's number to be quoted, as "o.v.v.
	 * factuurnummer" is, which is no payment reference (README of corpus/invoices) */
	"|(?<![\\p{L}-])(?<!\\bals[ \\t])(?:gestructureerde\\s+)?mededeling(?=[ \\t]*:)|(?<![\\p{L}-])communication(?=[ \\t]*:))"
	"[ \\t]*(?:\\(\\w+\\))?[ \\t]*[:\\t]?[ \\t]*(?:\\n[ \\t]*(?=[^\\t\\n]*(?:\\n|\\z)))?(?:bitte\\s+angeben:?\\s*)?"
	"((?:RF\\d{2}(?:[ ]?[A-Z0-9]{1,4}){1,6})|\\d{4}(?:[ ]?\\n?\\d{4}){3}(?![ \\t]+\\p{L})|\\d{2,8}(?:[ ]\\d{2,8})+(?![\\d.,])"
	/* a code: with a digit, as every invoice's number has ("Verwendungszweck: Ihr Name" is none) */
	"|(?=[A-Z/_.-]*\\d)[A-Z0-9][A-Z0-9/_.-]{1,30}[A-Z0-9])"
	"(?![A-Z0-9])",
	CI);
/* A payment's purpose in free text, which the payer copies whole into the transfer:
 * "Verwendungszweck: Rechnung 17 Thiel", "Zahlungsgrund: RE 2026-020 Sörensen".  The
 * label opens its line, follows a sentence, a clause or a separator (". Zahlungszweck:
 * Rechnung 2026-088.", "IBAN … · Verwendungszweck: …") or ends one ("mit dem
 * Verwendungszweck: …"), or stands in a request with its verb's particle after it ("Bitte
 * geben Sie als Verwendungszweck an: RE-2026-1187 / 20418"); the value runs to the end of its line or to a bracket's remark ("(bitte nur
 * diese Nummer angeben)"), and holds a digit and a space; a closing full stop is the
 * sentence's. */
static DmPattern reference_purpose = DM_PATTERN(
	"(?:^|[.,;·|]|\\b(?:mit|unter)\\s+dem|\\bals)[ \\t]*(?:verwendungszweck|zahlungsgrund|zahlungszweck)"
	"(?:[ \\t]+(?:an|angeben|anzugeben))?(?:[ \\t]*[:\\t][ \\t]*|[ \\t]+(?=[A-Z0-9/_.-]*\\d))"
	"(?=[^\\n\\t(]*\\d)([\\p{L}\\d][^\\n\\t(]*?[\\p{L}\\d])\\.?[ \\t]*(?:\\(|$)",
	CI | PCRE2_MULTILINE | PCRE2_UTF);
/* A payment description the invoice fills in for the payer ("Omschrijving: 2026.08.7",
 * "Betalingsomschrijving: F-2026-118"): a reference when its value is one token with a
 * digit, alone on its line (an item's description is words). */
static DmPattern reference_description = DM_PATTERN(
	"^[ \\t]*(?:betalings)?omschrijving[ \\t]*:[ \\t]*([A-Z0-9][A-Z0-9/_.-]{1,30}[A-Z0-9])[ \\t]*$",
	CI | PCRE2_MULTILINE);
/* "Please use PT-26-014 as your (payment) reference", "Bitte geben Sie X als Verwendungszweck
 * an".  The invoice's own number asked back this way ("Quote INV-07342 as your reference")
 * is no payment reference; the invoice reader, which knows the number, tells it apart
 * (dm_number_asked_back). */
static DmPattern reference_use = DM_PATTERN(
	"(?:use|quote|vermeld|angeben|geben\\s+sie)\\s+([A-Z0-9][A-Z0-9/_.-]{1,30}[A-Z0-9])\\s+"
	"(?:as|als)\\s+(?:the\\s+|your\\s+)?(?:payment\\s+)?(?:reference|verwendungszweck|betalingskenmerk)",
	CI);
/* A bare "Reference" line in the payment details, right below the IBAN or BIC line (or one
 * line further): the reference the payer quotes ("IBAN IE27 BOFI …" / "BIC BOFIIE2D" /
 * "Reference 5C1E8A2F-0019").  Elsewhere a bare "Reference" is often the customer's own
 * ("Reference: Project Oostzijde"), which the payment does not quote. */
static DmPattern reference_in_bank_details = DM_PATTERN(
	"^[ \\t]*(?:iban|bic|swift)\\b[^\\n]*\\n(?:[ \\t]*(?:iban|bic|swift)\\b[^\\n]*\\n)?"
	"[ \\t]*(?:reference|referentie|referenz)[ \\t]*[:\\t ][ \\t]*"
	"((?=[A-Z/_.-]*\\d)[A-Z0-9][A-Z0-9/_.-]{1,30}[A-Z0-9])[ \\t]*$",
	CI | PCRE2_MULTILINE);
/* The reference named as one item of the payment's sentence, after the account it is paid
 * to ("Bank transfer to: Susan Parrish, sort code 09-01-28, account 21047730, reference
 * TOBI SPR."): words in capitals, which the payer types into the transfer to say who
 * pays.  A code there ("…, reference INV-0042") is mostly the invoice's number asked to be
 * quoted, which is no payment reference (README of corpus/invoices), so it is not read. */
static DmPattern reference_after_account = DM_PATTERN(
	"\\b(?:iban|account|konto|rekening|sort\\s+code)\\b[^\\n]*?[,;·][ \\t]*(?:(?:payment\\s+)?reference)"
	"[ \\t]*:?[ \\t]+((?-i:[A-Z]{2,}(?:[ ][A-Z0-9]{2,}){0,3}))"
	"[ \\t]*(?:[.,;)]|$)",
	CI | PCRE2_MULTILINE);
/* A reference in words after a payment reference's own label, opening its line, the
 * line's whole value: a name and a month the payer types to say who pays for what
 * ("Payment reference: Amara Nov", "Betalingskenmerk: Jansen oktober", "Zahlungsreferenz:
 * Huber Oktober"), as a private tutor or a club asks for it.  Only in the transfer's
 * details, at most two lines below the one naming the account or the transfer ("Account
 * number: 63918274", "… op NL91 ABNA …", "Bitte … überweisen"): elsewhere words under a
 * "Payment reference" column are a list's rows ("Payments received").  Four words at most,
 * none that tells the payer what to write instead (reference_placeholder). */
static DmPattern reference_words = DM_PATTERN(
	"^[^\\n]*\\b(?:iban|bic|swift|sort\\s+code|account|konto|rekening|bankverbindung|bank\\s+transfer"
	"|überweis\\w*|overma\\w*|over\\s+te\\s+maken)\\b[^\\n]*\\n(?:[^\\n]*\\n){0,2}?"
	"[ \\t]*(?:payment\\s+reference|reference\\s+for\\s+payment|betalingskenmerk|betaalkenmerk|kenmerk\\s+betaling"
	"|zahlungsreferenz|verwendungszweck)[ \\t]*(?::|\\t)[ \\t]*"
	"(\\p{L}[\\p{L}'’.&-]*(?:[ ]\\p{L}[\\p{L}'’.&-]*){0,3})[ \\t]*$",
	CI | PCRE2_MULTILINE | PCRE2_UTF | PCRE2_UCP);
/* A word that makes a label's value an instruction or a placeholder, or a column's heading
 * beside the label: "your name", "Ihr Name", "uw naam en factuurnummer", "see above",
 * "none", "Amount". */
static DmPattern reference_placeholder = DM_PATTERN(
	"\\b(?:your|you|ihre?[nmrs]?|uw|je|jouw|see|siehe|zie|bitte|please|graag|none|keine?|geen|name|naam"
	"|number|nummer|invoice\\w*|rechnung\\w*|factuur\\w*|customer|kunde\\w*|klant\\w*|reference|referenz|kenmerk"
	"|above|oben|hierboven|below|unten|hieronder|amount|betrag|bedrag|date|datum|total|totaal|gesamt)\\b",
	CI | PCRE2_UTF | PCRE2_UCP);

/* The Swiss QR reference (QR-IBAN payments): 27 digits, printed in groups of five after
 * the first two, its last digit the mod-10 recursive check of the 26 before. */
static DmPattern qrr_bare = DM_PATTERN("(?<![\\d])(\\d{2}(?:[ ]?\\d{5}){5})(?![\\d])", 0);
static DmPattern rf_bare = DM_PATTERN("(?<![A-Z0-9])(RF\\d{2}(?:[ ]?[A-Z0-9]{1,4}){1,6})(?![A-Z0-9])", 0);
/* The Belgian structured communication ("gestructureerde mededeling", OGM-VCS):
 * +++123/4567/89012+++ or ***123/4567/89012***, or bare 123/4567/89012 as many print it
 * after its label, its last two digits the first ten mod 97 (the check is what makes the
 * bare form one, whatever sentence holds it). */
static DmPattern ogm = DM_PATTERN(
	"(?:(\\+{3}|\\*{3})\\h?|(?<![\\d/+*]))(\\d{3})\\h?/\\h?(\\d{4})\\h?/\\h?(\\d{5})(?(1)\\h?\\1|(?![\\d/+*]))", 0);

/* (transfer full) the first valid structured communication in @text, as printed without
 * its spaces ("+++123/4567/89012+++"), or NULL. */
static char *
ogm_find(const char *text, gsize len)
{
	DmMatch m;
	for (gsize off = 0; dm_pattern_match(&ogm, text, len, off, &m); off = dm_match_next(&m, len)) {
		g_autofree char *mark = dm_match_group(&m, 1), *a = dm_match_group(&m, 2),
				*b = dm_match_group(&m, 3), *c = dm_match_group(&m, 4);
		g_autofree char *digits = g_strconcat(a, b, c, NULL);
		guint64 base = g_ascii_strtoull(digits, NULL, 10) / 100, check = g_ascii_strtoull(digits + 10, NULL, 10);
		guint64 want = base % 97 == 0 ? 97 : base % 97;
		if (check == want)
			return g_strdup_printf("%s%s/%s/%s%s", mark ? mark : "", a, b, c, mark ? mark : "");
	}
	return NULL;
}

/* TRUE when the last of @digits (27, no spaces) is the mod-10 recursive check (the Swiss
 * payment standards' table) of the others. */
static gboolean
qrr_check_holds(const char *digits)
{
	static const guint carry_table[10] = { 0, 9, 4, 6, 8, 2, 7, 1, 3, 5 };
	guint carry = 0;
	gsize n = strlen(digits);
	for (gsize k = 0; k + 1 < n; k++)
		carry = carry_table[(carry + (guint)(digits[k] - '0')) % 10];
	return n == 27 && (10 - carry) % 10 == (guint)(digits[n - 1] - '0');
}

/* TRUE when @v is an RF creditor reference by its look ("RF18 5390 …"), checked or not. */
static gboolean
is_rf(const char *v)
{
	return g_ascii_strncasecmp(v, "RF", 2) == 0 && g_ascii_isdigit(v[2]);
}

/* TRUE when @v is digits printed in groups ("5996 3348 0132 8617", "20260445 5259"): one
 * number, which a payer types without the spaces. */
static gboolean
is_grouped_number(const char *v)
{
	return strspn(v, "0123456789 \n") == strlen(v) && strpbrk(v, " \n");
}

char *
dm_payment_reference_normalize(const char *ref)
{
	if (!ref)
		return NULL;
	g_autofree char *v = g_strstrip(g_strdup(ref));
	if (is_grouped_number(v) || (is_rf(v) && strchr(v, ' '))) {
		char *s = compact(v, 40);
		if (s)
			return s;
	}
	return g_steal_pointer(&v);
}

char *
dm_payment_reference_find(const char *text, gsize len)
{
	if (!text)
		return NULL;
	DmMatch m;
	if (dm_pattern_match(&reference_purpose, text, len, 0, &m)) {
		g_autofree char *v = dm_match_group(&m, 1);
		/* Digits printed in groups are one number; words are kept as printed. */
		if (strchr(v, ' ') && strspn(v, "0123456789 ") != strlen(v) && strlen(v) <= 40)
			return g_steal_pointer(&v);
	}
	if (dm_pattern_match(&reference_labelled, text, len, 0, &m)) {
		g_autofree char *v = dm_match_group(&m, 1);
		gboolean rf = is_rf(v);
		if (rf || is_grouped_number(v)) {
			g_autofree char *s = compact(v, 40);
			if (!rf || dm_rf_valid(s))
				return g_steal_pointer(&s);
		} else {
			return g_steal_pointer(&v);
		}
	}
	for (gsize off = 0; dm_pattern_match(&reference_words, text, len, off, &m); off = dm_match_next(&m, len)) {
		g_autofree char *v = dm_match_group(&m, 1);
		DmMatch x;
		if (!dm_pattern_match(&reference_placeholder, v, strlen(v), 0, &x))
			return g_steal_pointer(&v);
	}
	char *structured = ogm_find(text, len);
	if (structured)
		return structured;
	for (gsize off = 0; dm_pattern_match(&reference_description, text, len, off, &m);
	     off = dm_match_next(&m, len)) {
		g_autofree char *v = dm_match_group(&m, 1);
		if (strpbrk(v, "0123456789"))
			return g_steal_pointer(&v);
	}
	if (dm_pattern_match(&reference_use, text, len, 0, &m) ||
	    dm_pattern_match(&reference_in_bank_details, text, len, 0, &m))
		return dm_match_group(&m, 1);
	for (gsize off = 0; dm_pattern_match(&rf_bare, text, len, off, &m); off = dm_match_next(&m, len)) {
		g_autofree char *v = dm_match_group(&m, 1);
		g_autofree char *s = compact(v, 40);
		if (s && dm_rf_valid(s))
			return g_steal_pointer(&s);
	}
	for (gsize off = 0; dm_pattern_match(&qrr_bare, text, len, off, &m); off = dm_match_next(&m, len)) {
		g_autofree char *v = dm_match_group(&m, 1);
		g_autofree char *s = compact(v, 27);
		if (s && qrr_check_holds(s))
			return g_steal_pointer(&s);
	}
	if (dm_pattern_match(&reference_after_account, text, len, 0, &m))
		return dm_match_group(&m, 1);
	return NULL;
}
