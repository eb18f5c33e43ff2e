/* name_persons: the persons a debtor's name and the line under it name
 * (dm_name_persons_couple_below, dm_name_persons_join_couple, dm_name_persons_before_owner,
 * dm_name_persons_run_on).
 *
 * Letters to a couple name both, on one line ("Dr. Jens Kessler und Ayşe Ünal-Kessler")
 * or one person a line; a block reader that takes its first line for the name keeps only
 * the first person.  The second line is a couple's when it opens with the joining word,
 * or when it names a person as the first line does — both addressed with a form or a
 * title, or both of one surname (a double surname counts: "L. Bakker-Visser" is a
 * Bakker).  What stands below a name and is not the debtor's — a contact under a firm, a
 * firm's owner ("Inh."), a managing agent ("c/o") — is never person over person with
 * forms or a surname in common, so it stays what take_block makes of it.  A trade's name
 * printed with its owner after a slash is the trade's: the owner acts for it.
 * Failures: none. */
#include "parser/invoice/dm-name-persons.h"
#include "parser/invoice/dm-business.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI PCRE2_CASELESS

/* The word that joins a couple's two names. */
#define JOIN "(?:und|en|and|&|\\+)"
/* A form of address or an academic title before a person's name. */
#define TITLE "(?i:herrn?|frau|hr\\.?|dhr\\.?|mevr\\.?|mw\\.?|mr\\.?|mrs\\.?|ms\\.?|miss|mx\\.?|de\\s+heer|mevrouw" \
	"|meneer|madame|monsieur|mme\\.?|dr\\.?|prof\\.?|drs\\.?|ir\\.?|ing\\.?|mag\\.?|dipl\\.-\\p{L}+\\.?)"
/* A surname's particles, lowercase as they stand inside a name. */
#define PARTICLE "(?:van|von|de|der|den|ter|ten|te|le|la|du|da|di|el|al|zu|vom|op|in|'t)"
/* A surname, double ones joined by a hyphen ("Bakker-Visser", "Çelik-van der Linde"). */
#define SURNAME "\\p{Lu}[\\p{L}'’]+(?:-(?:" PARTICLE "\\s+)*\\p{Lu}[\\p{L}'’]+)*"
/* One person: perhaps forms and titles, given names or initials, particles, a surname. */
#define PERSON "(?:" TITLE "\\s+)*(?:(?:\\p{Lu}\\.(?:-?\\p{Lu}\\.)*\\s?)+|(?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+)+)" \
	"(?:" PARTICLE "\\s+)*(" SURNAME ")"

static DmPattern person = DM_PATTERN("^" PERSON "$", PCRE2_UTF);
static DmPattern joined_person = DM_PATTERN("^" JOIN "\\s+" PERSON "$", PCRE2_UTF);
/* The owner's word before the person after a trade's name. */
#define OWNER "(?i:inh\\.|inhaber(?:in)?|prop\\.|proprietor|owner|eigena(?:ar|resse))"
static DmPattern owner_after_slash = DM_PATTERN("\\s/\\s+(?:" OWNER ":?\\s+)?(" PERSON ")$", PCRE2_UTF);
static DmPattern owner_word = DM_PATTERN("^" OWNER, PCRE2_UTF);
static DmPattern titled = DM_PATTERN("^" TITLE "\\s", CI | PCRE2_UTF);
static DmPattern opens_joined = DM_PATTERN("^" JOIN "\\s", CI | PCRE2_UTF);
static DmPattern ends_joined = DM_PATTERN("\\S\\s+" JOIN "$", CI | PCRE2_UTF);
/* A person's name up to the word that joins a second: "Dr. Jens Kessler und". */
static DmPattern person_joining = DM_PATTERN("^" PERSON "\\s+" JOIN "$", PCRE2_UTF);
/* A household's word, which a narrow cell may set on a line of its own. */
static DmPattern household_word = DM_PATTERN("^(?:familie|fam\\.|gezin|family)$", CI | PCRE2_UTF);
/* What a wrapped name's second line holds: words, no digit (a street, a postcode), no
 * caption's colon, no sentence's full stop after a long word. */
static DmPattern name_rest = DM_PATTERN("^[^\\d:\\t@]{2,60}$", PCRE2_UTF);
/* The forms of address that say which language a couple is addressed in. */
static DmPattern dutch_form = DM_PATTERN("^(?:dhr|mevr|mw|de\\s+heer|mevrouw|meneer)\\b", CI | PCRE2_UTF);
static DmPattern german_form = DM_PATTERN("^(?:herrn?|frau|hr\\.)(?:\\s|$)", CI | PCRE2_UTF);
static DmPattern english_form = DM_PATTERN("^(?:mr|mrs|ms|miss|mx)\\b", CI | PCRE2_UTF);

/* (transfer full) (nullable) the surname @pattern finds in @s, when @s is a person. */
static char *
surname_of(DmPattern *pattern, const char *s)
{
	DmMatch m;
	if (!s || !dm_pattern_match(pattern, s, strlen(s), 0, &m))
		return NULL;
	return dm_match_group(&m, 1);
}

/* TRUE when the surnames @a and @b have a part in common ("Bakker", "Bakker-Visser"). */
static gboolean
share_surname(const char *a, const char *b)
{
	g_auto(GStrv) pa = g_strsplit(a, "-", 4);
	g_auto(GStrv) pb = g_strsplit(b, "-", 4);
	for (guint i = 0; pa[i]; i++)
		if (g_strv_contains((const char *const *) pb, pa[i]))
			return TRUE;
	return FALSE;
}

static gboolean
matches(DmPattern *p, const char *s)
{
	DmMatch m;
	return dm_pattern_match(p, s, strlen(s), 0, &m);
}

gboolean
dm_name_persons_couple_below(const char *name, const char *below)
{
	if (!name || !below)
		return FALSE;
	g_autofree char *first = surname_of(&person, name);
	if (!first)
		first = surname_of(&person_joining, name);
	if (!first || dm_name_is_organisation(name, NULL) || dm_name_is_organisation(below, NULL))
		return FALSE;
	g_autofree char *joined = surname_of(&joined_person, below);
	if (joined)
		return TRUE;
	g_autofree char *after_join = surname_of(&person, below);
	if (after_join && matches(&person_joining, name))
		return TRUE;
	g_autofree char *second = surname_of(&person, below);
	if (!second)
		return FALSE;
	return (matches(&titled, name) && matches(&titled, below)) || share_surname(first, second);
}

char *
dm_name_persons_join_couple(const char *first, const char *second, const char *language)
{
	g_return_val_if_fail(first != NULL && second != NULL, NULL);
	if (matches(&opens_joined, second) || matches(&ends_joined, first))
		return g_strconcat(first, " ", second, NULL);
	const char *word = g_strcmp0(language, "nl") == 0 ? "en"
			 : g_strcmp0(language, "de") == 0 ? "und"
			 : g_strcmp0(language, "en") == 0 ? "and"
			 : matches(&dutch_form, first) ? "en"
			 : matches(&german_form, first) ? "und"
			 : matches(&english_form, first) ? "and"
			 : "&";
	return g_strconcat(first, " ", word, " ", second, NULL);
}

char *
dm_name_persons_before_owner(const char *name)
{
	DmMatch m;
	if (!name || !dm_pattern_match(&owner_after_slash, name, strlen(name), 0, &m) || m.start[0] == 0)
		return NULL;
	g_autofree char *trade = g_strndup(name, m.start[0]);
	const char *after = name + m.start[0];
	while (*after == ' ' || *after == '/')
		after++;
	if (!dm_name_is_organisation(trade, NULL) && !matches(&owner_word, after))
		return NULL;
	return g_steal_pointer(&trade);
}

char *
dm_name_persons_run_on(const char *name, const char *next)
{
	if (!name || !next || !*name || !matches(&name_rest, next))
		return NULL;
	if (!matches(&ends_joined, name) && !matches(&household_word, name) &&
	    !(matches(&opens_joined, next) && !matches(&ends_joined, next)))
		return NULL;
	return g_strconcat(name, " ", next, NULL);
}
