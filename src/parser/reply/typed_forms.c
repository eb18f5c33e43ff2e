/* typed_forms: the days of a reply typed short, written out before the date reader.
 *
 * People answering a reminder on a phone write "mrgn", "2morrow", "yday", "ill pay
 * tues", "nächsten Di", "Zahlung erfolgt Do.", "terug op di 24/11", "tm vrijdag", drop a
 * letter of a long weekday ("Maadag", "wednesay") or dictate "on the twenty third".  The date reader's patterns know the written words; a
 * second spelling of each in every pattern would spread one idea over many, so the
 * typed forms are written out here, once, on the text the date scan reads
 * (dm_reply_date_scan_new_typed).  The classifier's features read the text as typed.
 *
 * Only forms that cannot be another word where they stand are rewritten: the two-letter
 * weekdays ("di", "do", "Fr") only after a word that puts a day there ("am", "op",
 * "nächsten"), before a date ("di 24/11") or, capitalised, with their dot after another
 * word ("erfolgt Do."); "mon" (French "mon ami") likewise, and never in "c'mon"; "sat", "sun" and "wed" never (verbs and nouns).
 *
 * Failure classes: none (text that is no valid UTF-8 is copied as it stands). */
#include "parser/reply/dm-reply-typed.h"
#include "parser/text/dm-one-edit.h"

#include <string.h>

typedef struct {
	const char *typed;      /* lower case */
	const char *written;
} TypedForm;

/* Forms that are a day (or a word of one) wherever they stand. */
static const TypedForm anywhere[] = {
	{ "mrgn", "morgen" }, { "mrgen", "morgen" },
	{ "2morrow", "tomorrow" }, { "2morro", "tomorrow" }, { "2mrw", "tomorrow" },
	{ "2moz", "tomorrow" }, { "tmr", "tomorrow" }, { "tmrow", "tomorrow" },
	{ "tomoz", "tomorrow" },
	{ "2day", "today" }, { "tday", "today" },
	{ "yday", "yesterday" }, { "ystday", "yesterday" }, { "yest", "yesterday" },
	{ "geschter", "gestern" }, { "geschtern", "gestern" },
	/* Eastern and Low Saxon Dutch "gistern". */
	{ "gistern", "gisteren" },
	{ "tues", "tuesday" }, { "tue", "tuesday" }, { "thurs", "thursday" },
	{ "thur", "thursday" }, { "thu", "thursday" }, { "weds", "wednesday" },
	{ "fri", "friday" },
	/* "tm vrijdag 20-11", Flemish "tem 3/1": t/m. */
	{ "tm", "t/m" }, { "tem", "t/m" },
	{ "til", "till" },
	{ "einschl", "einschließlich" }, { "inkl", "inklusive" },
};

/* Two-letter weekdays, written out only where a day stands (see above). */
static const TypedForm short_days[] = {
	{ "mo", "Montag" }, { "di", "dinsdag" }, { "mi", "Mittwoch" }, { "do", "donderdag" },
	{ "fr", "Freitag" }, { "sa", "Samstag" }, { "ma", "maandag" }, { "wo", "woensdag" },
	{ "vr", "vrijdag" }, { "za", "zaterdag" },
	/* French "mon" ("merci mon ami"), typed Monday only where a day stands. */
	{ "mon", "monday" },
};

/* German writes the same two letters for Tuesday and Thursday as Dutch ("Di", "Do"):
 * the Dutch name is read as well, by the same table (src/common/language.c). */

/* The words after which a two-letter form is a day ("am Fr.", "nächsten Di"): Dutch and
 * German ones, the languages whose days these are. */
static const char *const day_before[] = {
	"am", "op", "tegen", "vanaf", "tot", "bis", "ab", "aanstaande", "komende", "volgende",
	"nächsten", "nächster", "kommenden", "diesen", "jeden",
};

/* ... and the English ones, after which only "mon" is a day: a phone's English "mo" after
 * them is a month ("will pay next mo", "this mo"), not Montag. */
static const char *const day_before_en[] = {
	"on", "next", "this", "till", "til", "until", "by", "coming",
};

/* The words after which a capitalised form with its dot is a person's title, no day:
 * "Sehr geehrte Fr. Müller", "Hallo Fr. Schmidt", "mit Fr. Meier gesprochen" (Frau). */
static const char *const title_before[] = {
	"geehrte", "geehrter", "liebe", "lieber", "hallo", "hi", "hello", "dear", "guten",
	"tag", "an", "mit", "von", "bei", "für", "und", "die", "der", "frau", "herr", "herrn",
};

/* Whether the text after a form's dot at @dot goes on as a new sentence would: its end, a
 * line's, or a word not written small ("erfolgt Do. MfG"), unlike a greeting's
 * abbreviation ("Vr. gr. Jan", "Vr.gr." is "vriendelijke groet"), and unlike an amount
 * ("Fr. 85.–", Swiss francs, test-blind31: a number that is no date, date_follows). */
static gboolean
new_sentence_after(const char *dot)
{
	const char *p = dot + 1;
	if (*p == '\0' || *p == '\n' || *p == '\r')
		return TRUE;
	if (*p != ' ' && *p != '\t')
		return FALSE;
	while (*p == ' ' || *p == '\t')
		p++;
	return *p == '\0' ||
	       (!g_unichar_islower(g_utf8_get_char(p)) && !g_ascii_isdigit(*p));
}

/* Weekdays of seven letters or more, which a phone's thumb types with one left out
 * ("Maadag", "vrijdg", "wednesay", "Donnerstg"): one letter short of these is no other
 * word.  Not the shorter ones ("Frida", a name), nor Sunday's ("Sontag", a surname): no
 * payment day either. */
static const char *const long_days[] = {
	"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
	"tuesday", "wednesday", "thursday", "saturday",
	"dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
};

/* (transfer none) the weekday @word (lower case) is with one letter left out, or NULL. */
static const char *
day_one_short(const char *word)
{
	gsize n = strlen(word);
	if (n < 6 || n > 9)
		return NULL;
	for (gsize i = 0; i < G_N_ELEMENTS(long_days); i++)
		if (strlen(long_days[i]) == n + 1 && dm_one_edit_apart(word, long_days[i]))
			return long_days[i];
	return NULL;
}

/* Units after which "twenty" or "thirty" and a space make one ordinal ("twenty third"). */
static const char *const unit_ordinals[] = {
	"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
};

/* The lists are looked up for every word of a text: the first letters are compared
 * before a call to strcmp, which most entries need not reach. */
static gboolean
in_list(const char *const *list, gsize n, const char *word)
{
	for (gsize i = 0; i < n; i++)
		if (list[i][0] == word[0] && strcmp(list[i], word) == 0)
			return TRUE;
	return FALSE;
}

static const char *
lookup(const TypedForm *table, gsize n, const char *word)
{
	for (gsize i = 0; i < n; i++)
		if (table[i].typed[0] == word[0] && strcmp(table[i].typed, word) == 0)
			return table[i].written;
	return NULL;
}

/* The end of the word of letters and digits starting at @p.  An ASCII character (nearly
 * every one) is answered without decoding it: Unicode's letters and digits among them are
 * A-Z, a-z and 0-9. */
static const char *
word_end(const char *p)
{
	while (*p) {
		if ((guchar) *p < 0x80) {
			if (!g_ascii_isalnum(*p))
				break;
			p++;
			continue;
		}
		if (!g_unichar_isalnum(g_utf8_get_char(p)))
			break;
		p = g_utf8_next_char(p);
	}
	return p;
}

/* (transfer full) the @len bytes at @p in lower case, as g_utf8_strdown gives them.  A
 * word of ASCII without "I" and "J" (nearly every one) is lowered byte by byte, which is
 * the same in every locale: g_utf8_strdown asks the locale for every word (in Turkish "I"
 * lowers to a dotless "ı", in Lithuanian "I" and "J" may keep a dot above) and decodes
 * each character twice. */
static char *
lower_word(const char *p, gsize len)
{
	for (gsize i = 0; i < len; i++)
		if ((guchar) p[i] >= 0x80 || p[i] == 'I' || p[i] == 'J')
			return g_utf8_strdown(p, (gssize) len);
	return g_ascii_strdown(p, (gssize) len);
}

/* The number of one or two digits at *@p, moved past; -1 (and *@p left) when there is
 * none or a longer one. */
static int
small_number(const char **p)
{
	const char *q = *p;
	int n = 0, digits = 0;
	for (; g_ascii_isdigit(*q) && digits < 3; q++, digits++)
		n = n * 10 + (*q - '0');
	if (digits == 0 || digits > 2)
		return -1;
	*p = q;
	return n;
}

/* Whether a day in digits follows @p after blanks ("di 24/11", "Fr. 3.12.", "mon
 * 16th"), not a count ("we could do 3 payments") nor an amount ("I can do 250.00 now",
 * "do 12.50"): a day and a month are one or two digits each, the month 1 to 12. */
static gboolean
date_follows(const char *p)
{
	if (*p == '.')
		p++;
	if (*p != ' ' && *p != '\t')
		return FALSE;
	while (*p == ' ' || *p == '\t')
		p++;
	int day = small_number(&p);
	if (day < 1 || day > 31)
		return FALSE;
	if ((*p == '.' || *p == '/' || *p == '-') && g_ascii_isdigit(p[1])) {
		char sep = *p++;
		int month = small_number(&p);
		/* Not a share of the sum: "I can do 1/2 now", "we do 3/4 today". */
		if (sep == '/' && day < month && month <= 4)
			return FALSE;
		return month >= 1 && month <= 12 && !g_ascii_isdigit(*p);
	}
	return g_str_has_prefix(p, "st") || g_str_has_prefix(p, "nd") ||
	       g_str_has_prefix(p, "rd") || g_str_has_prefix(p, "th") ||
	       g_str_has_prefix(p, "e ") || g_str_has_prefix(p, "ste") ||
	       g_str_has_prefix(p, "de ");
}

char *
dm_reply_typed_days(const char *text)
{
	g_return_val_if_fail(text != NULL, NULL);
	if (!g_utf8_validate(text, -1, NULL))
		return g_strdup(text);
	GString *out = g_string_sized_new(strlen(text) + 16);
	g_autofree char *previous = NULL;       /* the last word, lower case */
	const char *p = text;
	while (*p) {
		const char *end = word_end(p);
		if (end == p) {
			gunichar c = g_utf8_get_char(p);
			/* Punctuation between words ends what "am", "op" put a day after. */
			if (!g_unichar_isspace(c))
				g_clear_pointer(&previous, g_free);
			const char *next = g_utf8_next_char(p);
			g_string_append_len(out, p, next - p);
			p = next;
			continue;
		}
		g_autofree char *word = lower_word(p, (gsize) (end - p));
		/* What was written so far ends in "’": looked at by its length (strlen of it
		 * at each word made a long text's cost its length squared). */
		gboolean after_apostrophe = p > text && (p[-1] == '\'' ||
		                                         (out->len >= 3 &&
		                                          memcmp(out->str + out->len - 3, "’", 3) == 0));
		gboolean capital = g_ascii_isupper(*p);
		const char *written = after_apostrophe ? NULL
		                      : lookup(anywhere, G_N_ELEMENTS(anywhere), word);
		if (!written && !after_apostrophe)
			written = day_one_short(word);
		if (!written && !after_apostrophe && *end != '\'') {
			const char *day = lookup(short_days, G_N_ELEMENTS(short_days), word);
			gboolean placed = previous &&
			                  (in_list(day_before, G_N_ELEMENTS(day_before), previous) ||
			                   (strcmp(word, "mon") == 0 &&
			                    in_list(day_before_en, G_N_ELEMENTS(day_before_en), previous)));
			gboolean titled = previous &&
			                  in_list(title_before, G_N_ELEMENTS(title_before), previous);
			if (day && (placed || date_follows(end) ||
			            (capital && *end == '.' && previous && !titled &&
			             new_sentence_after(end))))
				written = day;
		}
		if (written) {
			g_string_append(out, written);
			/* "einschl. 27.11.": the dot was the abbreviation's. */
			if (*end == '.' && (strcmp(word, "einschl") == 0 || strcmp(word, "inkl") == 0))
				end++;
		} else if ((strcmp(word, "twenty") == 0 || strcmp(word, "thirty") == 0) &&
		           *end == ' ') {
			const char *unit = end + 1;
			g_autofree char *next = g_utf8_strdown(unit, word_end(unit) - unit);
			g_string_append_len(out, p, end - p);
			if (in_list(unit_ordinals, G_N_ELEMENTS(unit_ordinals), next)) {
				g_string_append_c(out, '-');
				end++;
			}
		} else
			g_string_append_len(out, p, end - p);
		g_free(previous);
		previous = g_steal_pointer(&word);
		p = end;
	}
	return g_string_free(out, FALSE);
}

/* Whether @p starts a number of one or two digits that no digit, dot, comma or slash
 * stands before (@start the text's start). */
static gboolean
number_starts(const char *start, const char *p)
{
	if (!g_ascii_isdigit(*p))
		return FALSE;
	return p == start || !(g_ascii_isdigit(p[-1]) || p[-1] == '/' || p[-1] == '.' ||
	                       p[-1] == ',');
}

/* Whether what follows @p makes the number before it a fraction ("1/2 of the amount",
 * "3/4 van het bedrag", "2/3 der Summe"). */
static gboolean
fraction_after(const char *p)
{
	while (*p == ' ')
		p++;
	return g_ascii_strncasecmp(p, "of ", 3) == 0 || g_ascii_strncasecmp(p, "van ", 4) == 0 ||
	       g_ascii_strncasecmp(p, "der ", 4) == 0 || g_ascii_strncasecmp(p, "des ", 4) == 0 ||
	       *p == '%';
}

char *
dm_reply_day_first(const char *text)
{
	g_return_val_if_fail(text != NULL, NULL);
	GString *out = g_string_sized_new(strlen(text));
	const char *p = text;
	while (*p) {
		if (!number_starts(text, p)) {
			g_string_append_c(out, *p++);
			continue;
		}
		const char *q = p;
		int month = 0, day = 0, nm = 0, nd = 0;
		for (; g_ascii_isdigit(*q) && nm < 3; q++, nm++)
			month = month * 10 + (*q - '0');
		if (nm <= 2 && *q == '/' && g_ascii_isdigit(q[1])) {
			const char *r = q + 1;
			for (; g_ascii_isdigit(*r) && nd < 3; r++, nd++)
				day = day * 10 + (*r - '0');
			/* "1/5", "12/21", "1/5/2027"; not a fraction ("1/2 of", "3/4 van"), "24/7",
			 * "1/50". */
			if (nd <= 2 && month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
			    !g_ascii_isdigit(*r) && !fraction_after(r)) {
				g_string_append_printf(out, "%d/%d", day, month);
				p = r;
				continue;
			}
		}
		g_string_append_len(out, p, q - p);
		p = q;
	}
	return g_string_free(out, FALSE);
}
