/* language: month and weekday names per language, the one table of them (DESIGN.md:
 * src/common holds "the one table of language facts").
 *
 * Each language lists its names in lower case as written inside a sentence; German and
 * English capitalise them (a per-language flag), which matters only when writing.  The
 * shortened and variant spellings people use in dates ("mrt", "Sept.", "Maerz", "déc")
 * are listed once, separately, for reading.
 * Failures: none; unknown words read as 0, unknown languages write as Dutch. */
#include "common/dm-language.h"

#include <string.h>

typedef struct {
	const char *code;
	gboolean capitalised;       /* month and day names start with a capital */
	const char *day_suffix;     /* after the day number: "5. Dezember 2026" */
	const char *months[12];
	const char *weekdays[7];    /* Monday first */
} Language;

static const Language languages[] = {
	{ "nl", FALSE, "",
	  { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
	    "september", "oktober", "november", "december" },
	  { "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag" } },
	{ "en", TRUE, "",
	  { "january", "february", "march", "april", "may", "june", "july", "august",
	    "september", "october", "november", "december" },
	  { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" } },
	{ "de", TRUE, ".",
	  { "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
	    "september", "oktober", "november", "dezember" },
	  { "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag" } },
	{ "fr", FALSE, "",
	  { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
	    "septembre", "octobre", "novembre", "décembre" },
	  { "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche" } },
};

typedef struct {
	const char *word;
	int number;
} Variant;

/* Shortened and variant month spellings, any language. */
static const Variant month_variants[] = {
	{ "jan", 1 }, { "feb", 2 }, { "febr", 2 }, { "fevrier", 2 }, { "mrt", 3 }, { "mar", 3 },
	{ "maerz", 3 }, { "apr", 4 }, { "jun", 6 }, { "jul", 7 }, { "aug", 8 }, { "aout", 8 },
	{ "sep", 9 }, { "sept", 9 }, { "okt", 10 }, { "oct", 10 }, { "nov", 11 }, { "dec", 12 },
	{ "dez", 12 }, { "déc", 12 }, { "decembre", 12 },
	/* Austrian: "Jänner", "Feber". */
	{ "jänner", 1 }, { "jän", 1 }, { "jaenner", 1 }, { "feber", 2 }, { "mrz", 3 },
};

/* Shortened day names, any language. */
static const Variant weekday_variants[] = {
	{ "mon", 1 }, { "tue", 2 }, { "tues", 2 }, { "wed", 3 }, { "thu", 4 }, { "thurs", 4 },
	{ "fri", 5 }, { "sat", 6 }, { "sun", 7 },
	{ "ma", 1 }, { "di", 2 }, { "wo", 3 }, { "do", 4 }, { "vr", 5 }, { "za", 6 }, { "zo", 7 },
};

/* Day names written in full as a dialect spells them, read like the languages' own:
 * Swiss German ("Isch am Mäntig scho zahlt worde", "zahle am Zischtig"). */
static const Variant weekday_dialects[] = {
	{ "mäntig", 1 }, { "määntig", 1 }, { "zischtig", 2 }, { "ziischtig", 2 },
	{ "mittwuch", 3 }, { "dunschtig", 4 }, { "donnschtig", 4 }, { "fritig", 5 },
	{ "friitig", 5 }, { "samschtig", 6 }, { "sunntig", 7 },
};

/* (transfer full) @word lower case, without one trailing dot; NULL when not UTF-8. */
static char *
normalized(const char *word)
{
	if (!word || !g_utf8_validate(word, -1, NULL))
		return NULL;
	gsize n = strlen(word);
	if (n > 0 && word[n - 1] == '.')
		n--;
	return g_utf8_strdown(word, (gssize) n);
}

static int
variant_of(const Variant *table, gsize n, const char *w)
{
	for (gsize i = 0; i < n; i++)
		if (strcmp(w, table[i].word) == 0)
			return table[i].number;
	return 0;
}

int
dm_language_month(const char *word)
{
	g_autofree char *w = normalized(word);
	if (!w)
		return 0;
	for (gsize l = 0; l < G_N_ELEMENTS(languages); l++)
		for (int m = 0; m < 12; m++)
			if (strcmp(w, languages[l].months[m]) == 0)
				return m + 1;
	return variant_of(month_variants, G_N_ELEMENTS(month_variants), w);
}

int
dm_language_weekday(const char *word, gboolean short_forms)
{
	g_autofree char *w = normalized(word);
	if (!w)
		return 0;
	for (gsize l = 0; l < G_N_ELEMENTS(languages); l++)
		for (int d = 0; d < 7; d++)
			if (strcmp(w, languages[l].weekdays[d]) == 0)
				return d + 1;
	int dialect = variant_of(weekday_dialects, G_N_ELEMENTS(weekday_dialects), w);
	if (dialect || !short_forms)
		return dialect;
	return variant_of(weekday_variants, G_N_ELEMENTS(weekday_variants), w);
}

static gint
longer_first(gconstpointer a, gconstpointer b)
{
	const char *x = *(const char *const *) a, *y = *(const char *const *) b;
	gsize lx = strlen(x), ly = strlen(y);
	return lx != ly ? (lx > ly ? -1 : 1) : strcmp(x, y);
}

static gpointer
build_alternation(gpointer months)
{
	g_autoptr(GPtrArray) words = g_ptr_array_new();
	g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
	for (gsize l = 0; l < G_N_ELEMENTS(languages); l++)
		for (int i = 0; i < (months ? 12 : 7); i++) {
			const char *w = months ? languages[l].months[i] : languages[l].weekdays[i];
			if (g_hash_table_add(seen, (gpointer) w))
				g_ptr_array_add(words, (gpointer) w);
		}
	for (gsize i = 0; months && i < G_N_ELEMENTS(month_variants); i++)
		if (g_hash_table_add(seen, (gpointer) month_variants[i].word))
			g_ptr_array_add(words, (gpointer) month_variants[i].word);
	for (gsize i = 0; !months && i < G_N_ELEMENTS(weekday_dialects); i++)
		if (g_hash_table_add(seen, (gpointer) weekday_dialects[i].word))
			g_ptr_array_add(words, (gpointer) weekday_dialects[i].word);
	/* Longest first, so that "juni" is tried before "jun". */
	g_ptr_array_sort(words, longer_first);
	g_ptr_array_add(words, NULL);
	return g_strjoinv("|", (char **) words->pdata);
}

const char *
dm_language_alternation(gboolean months)
{
	static GOnce month_once = G_ONCE_INIT, day_once = G_ONCE_INIT;
	return months ? g_once(&month_once, build_alternation, GINT_TO_POINTER(1))
		      : g_once(&day_once, build_alternation, NULL);
}

static const Language *
language_of(const char *code)
{
	for (gsize l = 0; l < G_N_ELEMENTS(languages); l++)
		if (g_strcmp0(code, languages[l].code) == 0)
			return &languages[l];
	return &languages[0];
}

/* (transfer full) @name as @lang writes it inside a sentence. */
static char *
written(const Language *lang, const char *name)
{
	if (!lang->capitalised)
		return g_strdup(name);
	gunichar first = g_unichar_totitle(g_utf8_get_char(name));
	char buf[8] = { 0 };
	g_unichar_to_utf8(first, buf);
	return g_strconcat(buf, g_utf8_next_char(name), NULL);
}

char *
dm_language_weekday_name(const char *language, GDateWeekday day)
{
	g_return_val_if_fail(day >= G_DATE_MONDAY && day <= G_DATE_SUNDAY, NULL);
	return written(language_of(language), language_of(language)->weekdays[day - 1]);
}

char *
dm_language_format_date(const char *language, const GDate *date)
{
	if (!date || !g_date_valid(date))
		return g_strdup("?");
	const Language *lang = language_of(language);
	g_autofree char *month = written(lang, lang->months[g_date_get_month(date) - 1]);
	return g_strdup_printf("%u%s %s %u", (unsigned) g_date_get_day(date), lang->day_suffix,
			       month, (unsigned) g_date_get_year(date));
}
