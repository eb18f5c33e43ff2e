/* greeting_name: the debtor's name as a typed invoice's greeting gives it
 * (dm_greeting_name).
 *
 * A private lesson, a gardener's instalment, a tutor's month are typed into a mail with no
 * address block: the greeting is the only place that names who owes ("Beste Marloes,",
 * "Hallo Jonas,", "Geachte heer en mevrouw Dekker,").  The greeting opens the body, is a
 * line of its own and ends with a comma; what it names is a few capitalised words.  A
 * greeting of a role or of everyone ("Dear customer", "Beste klant", "Sehr geehrte Damen
 * und Herren", "Hi all") names no one.  A person's form of address goes as it does in an
 * address block; a couple keeps it, since only a surname would be left.
 * Failures: none. */
#include "parser/invoice/dm-greeting-name.h"
#include "parser/invoice/dm-debtor-name.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI PCRE2_CASELESS

/* The greeting word and what it names, up to the comma that ends the line. */
static DmPattern greeting = DM_PATTERN(
	"^[ \\t]*(?:hallo|hoi|beste|geachte|dear|hi|hello|liebe[rs]?|sehr\\s+geehrte[rs]?|guten\\s+tag|moin|servus)"
	"[ \\t]+(\\S.{0,58}?)[ \\t]*,[ \\t]*$", CI | PCRE2_UTF);
/* A couple greeted together: two forms of address joined ("heer en mevrouw Dekker", "Mr &
 * Mrs Okafor", "Herr und Frau Baumgartner"). */
static DmPattern couple = DM_PATTERN(
	"^(?:heer|mevrouw|dhr\\.?|mevr\\.?|mr\\.?|mrs\\.?|ms\\.?|herr|frau)[ ]+(?:en|and|&|und)[ ]+"
	"(?:heer|mevrouw|dhr\\.?|mevr\\.?|mr\\.?|mrs\\.?|ms\\.?|herr|frau)[ ]+\\S", CI | PCRE2_UTF);
/* A single person's form of address before the name, which the name does not keep. */
static DmPattern form_of_address = DM_PATTERN(
	"^(?:de[ ]+)?(?:heer|mevrouw|dhr\\.?|mevr\\.?|mr\\.?|mrs\\.?|ms\\.?|miss|herrn?|frau)[ ]+(?=\\S)",
	CI | PCRE2_UTF);
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

/* The non-empty lines a greeting may stand among at the body's top (after a title, a date). */
#define GREETING_WITHIN 3

static char *
named(const char *who)
{
	DmMatch m;
	if (dm_pattern_match(&no_one, who, strlen(who), 0, &m) ||
	    !dm_pattern_match(&name_words, who, strlen(who), 0, &m))
		return NULL;
	const char *name = who;
	if (!dm_pattern_match(&couple, who, strlen(who), 0, &m) &&
	    dm_pattern_match(&form_of_address, who, strlen(who), 0, &m))
		name = who + m.end[0];
	if (!dm_debtor_name_plausible(name, NULL))
		return NULL;
	return g_strdup(name);
}

char *
dm_greeting_name(const char *body)
{
	if (!body)
		return NULL;
	g_auto(GStrv) lines = g_strsplit(body, "\n", 40);
	guint seen = 0;
	for (guint i = 0; lines[i] && seen < GREETING_WITHIN; i++) {
		g_strchomp(lines[i]);
		if (!*g_strstrip(lines[i]))
			continue;
		seen++;
		DmMatch m;
		if (!dm_pattern_match(&greeting, lines[i], strlen(lines[i]), 0, &m))
			continue;
		g_autofree char *who = g_strndup(lines[i] + m.start[1], m.end[1] - m.start[1]);
		return named(who);
	}
	return NULL;
}
