/* greeting: what a greeting line is and whom it names (dm_greeting_line), and whether a
 * name on a line follows a greeting's words (dm_greeting_before).
 *
 * A greeting is a greeting word ("Beste", "Dear", "Sehr geehrter", "Hallo") and whom it
 * greets, on a line of its own that ends with a comma.  Whom it greets is a person — a
 * few capitalised words, perhaps after a form of address ("heer", "Mrs", "Herr") that the
 * name does not keep, or a couple greeted together, who keep it since only a surname would
 * be left — or no one: a role, a group, an office, everyone ("Beste klant", "Dear
 * Colleagues", "Hallo Buchhaltung", "Sehr geehrte Damen und Herren").  A typed invoice's
 * greeting names its debtor (greeting_name.c); an address block's name that stands after a
 * greeting's words is greeted there, not printed as an address (address_block.c).
 * Failures: none. */
#include "parser/invoice/dm-greeting.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI PCRE2_CASELESS

/* The words a greeting opens with, in nl, en and de. */
#define GREETING_WORD "(?:hallo|hoi|beste|geachte|lieve|dag|goedemorgen|goedemiddag|dear|hi|hello|liebe[rs]?|sehr\\s+geehrte[rs]?|guten\\s+tag|moin|servus)"
/* A single person's form of address, which a name after it does not keep. */
#define FORM_OF_ADDRESS "(?:(?:de\\s+)?heer|mevrouw|dhr\\.?|mevr\\.?|mr\\.?|mrs\\.?|ms\\.?|miss|herrn?|frau)"

/* The greeting word and whom it greets, up to the comma that ends the line. */
static DmPattern greeting = DM_PATTERN(
	"^[ \\t]*" GREETING_WORD "[ \\t]+(\\S.{0,58}?)[ \\t]*,[ \\t]*$", CI | PCRE2_UTF);
/* A greeting's words at the end of a line's start, a form of address or a doctor's title
 * perhaps after them: "Sehr geehrte Familie Brückner" is greeted from "Sehr geehrte ". */
static DmPattern greeting_before = DM_PATTERN(
	"(?<!\\p{L})" GREETING_WORD "[ \\t,]+(?:" FORM_OF_ADDRESS "|dr\\.?)?[ \\t]*\\z", CI | PCRE2_UTF);
/* A couple greeted together: two forms of address joined ("heer en mevrouw Dekker", "Mr &
 * Mrs Okafor", "Herr und Frau Baumgartner"). */
static DmPattern couple = DM_PATTERN(
	"^" FORM_OF_ADDRESS "[ ]+(?:en|and|&|und)[ ]+" FORM_OF_ADDRESS "[ ]+\\S", CI | PCRE2_UTF);
static DmPattern form_of_address = DM_PATTERN("^" FORM_OF_ADDRESS "[ ]+(?=\\S)", CI | PCRE2_UTF);
/* Whom a greeting addresses when it names no one: a role, everyone, the reader's sex. */
static DmPattern no_one = DM_PATTERN(
	"^(?:(?:de[ ]+)?(?:heer|mevrouw)(?:[ ]*(?:/|of|en)[ ]*(?:heer|mevrouw))?|klant|klanten|relatie|allen|allemaal"
	"|iedereen|lezer|ouders?|ouder\\(s\\)|sir|madam|sir[ ]+or[ ]+madam|sir/madam|customer|client|all|everyone|team"
	"|there|friends?|parents?|member|damen[ ]+und[ ]+herren|kunde|kundin|kunden|alle|zusammen|eltern"
	"|mitglied(?:er)?|team[ ]+\\S+|finance[ ]+team|accounts?(?:[ ]+(?:team|payable|receivable|department))?"
	"|heer[ ]*/[ ]*mevrouw|mevrouw[ ]*/[ ]*heer"
	/* groups, offices and roles, each a word that is never a name: "Beste Leden", "Dear
	 * Colleagues", "Hallo Buchhaltung", "Dear Treasurer" */
	"|meneer|collega(?:'s|’s|s)?|leden|lid|deelnemers?|cursisten|cursist|huurders?|leerlingen|leerling"
	"|vrienden|buren|buurtgenoten|mensen|dames(?:[ ]+en[ ]+heren)?|administratie|boekhouding|bestuur"
	"|penningmeester|secretaris|directie|facturatie|(?:crediteuren|debiteuren)(?:administratie)?"
	"|colleagues?|members?|guests?|patients?|students?|tenants?|residents?|neighbou?rs?|everybody|both"
	"|folks|guys|hr|finance|treasurer|secretary|manager|office|admin|board|ladies[ ]+and[ ]+gentlemen"
	"|valued[ ]+(?:customer|client|member|guest)s?"
	"|kolleg(?:e|en|in|innen)(?:[ ]+und[ ]+kolleg(?:en|innen))?|ihr[ ]+lieben|buchhaltung|vorstand"
	"|kassier(?:in)?|kassenwart(?:in)?|teilnehmer(?:innen)?|gäste|patienten|mieter(?:innen)?"
	"|schüler(?:innen)?|nachbarn|leute|verwaltung|geschäftsleitung)$", CI | PCRE2_UTF);
/* A capitalised word of a name, or a particle or joining word between them. */
static DmPattern name_words = DM_PATTERN(
	"^(?:(?:\\p{Lu}[\\p{L}'’.-]*|van|von|de|der|den|ter|ten|te|zu|vom|'t|en|and|&|und|heer|mevrouw|dhr\\.?|mevr\\.?"
	"|herr|frau)(?:[ ]+|$)){1,6}$", PCRE2_UTF | PCRE2_UCP);

/* (transfer full) (nullable) the person @who (whom a greeting greets) names. */
static char *
person(const char *who)
{
	DmMatch m;
	gsize n = strlen(who);
	if (dm_pattern_match(&no_one, who, n, 0, &m) || !dm_pattern_match(&name_words, who, n, 0, &m))
		return NULL;
	if (!dm_pattern_match(&couple, who, n, 0, &m) && dm_pattern_match(&form_of_address, who, n, 0, &m))
		return g_strdup(who + m.end[0]);
	return g_strdup(who);
}

gboolean
dm_greeting_line(const char *line, char **whom)
{
	if (whom)
		*whom = NULL;
	DmMatch m;
	if (!line || !dm_pattern_match(&greeting, line, strlen(line), 0, &m))
		return FALSE;
	if (whom) {
		g_autofree char *who = g_strndup(line + m.start[1], m.end[1] - m.start[1]);
		*whom = person(who);
	}
	return TRUE;
}

gboolean
dm_greeting_before(const char *line, gsize len)
{
	DmMatch m;
	return line && dm_pattern_match(&greeting_before, line, len, 0, &m);
}
