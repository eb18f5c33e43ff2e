/* name_lines: one debtor's name printed over two lines of its block (dm_name_lines_join),
 * and a person under a name who is its contact (dm_name_lines_initials_below).
 *
 * A block gives its name a line, but a name wider than the window runs on: a firm's kind
 * over its own name ("Coöperatieve Zuivelfabriek" / "De Eendracht U.A."), its name over its
 * kind and legal form ("Northern Counties Housing" / "Association Ltd"), a person over the
 * name they trade under ("J. de Wit" / "h.o.d.n. De Wit Schilderwerken").  A line of an
 * organisation's words alone ("Association Ltd") names no one, and a trading line trades
 * for whoever is named above it: either belongs to its neighbour.  The block reader would
 * otherwise take one half, or the organisation half under what it reads as a contact.
 * Lines that each name someone — a contact under a firm, an owner under a trade — keep
 * apart.  A line that stops on a particle or an article ("… der", "… van den", "… of the")
 * was cut off by the window's width: the next line finishes the name.
 * Failures: none. */
#include "parser/invoice/dm-name-lines.h"
#include "parser/invoice/dm-business.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* The words a sole trader puts before the name traded under: Dutch "handelend onder de
 * naam", German "handelnd unter", English "trading as", each also shortened. */
static DmPattern trading = DM_PATTERN(
	"^(?:h\\.?o\\.?d\\.?n\\.?|h/o/d/n|handelend\\s+onder\\s+de\\s+naam|handelnd\\s+unter|trading\\s+as|t/a)\\s+\\p{Lu}",
	PCRE2_CASELESS | PCRE2_UTF);
/* A person by initials and a surname, with its particles: "L. de Rijk", "J.M. van der
 * Berg", "A. Öztürk-de Wit". */
static DmPattern initials_person = DM_PATTERN(
	"^(?:\\p{Lu}\\.[ ]?){1,4}[ ]?(?:(?:van|von|de|der|den|ter|ten|te|le|la|du|da|di|el|al|zu|vom|op|in|'t)[ ]+)*"
	"\\p{Lu}[\\p{L}'’]+(?:-(?:(?:van|de|der|den|ter|ten)[ ])*\\p{Lu}?[\\p{L}'’]+)*$", PCRE2_UTF | PCRE2_UCP);
/* A person by a given name and a surname, with its particles: "Priya Nair", "Jan van
 * Bakel" (not a surname with its particles alone, "Van der Linden"). */
static DmPattern given_name_person = DM_PATTERN(
	"^(?!(?i:van|von|de|der|den|ter|ten|te|le|la|du|da|di)[ ])\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?[ ]+(?:(?:van|von|de|der|den|ter|ten|te|le|la|du|da|di|el|al|zu|vom|op|in|'t)[ ]+)*"
	"\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}?[\\p{L}'’]+)*$", PCRE2_UTF | PCRE2_UCP);

/* A line that carries on the name above it, opening with a lowercase word that joins
 * ("Intergemeentelijke Vereniging" / "voor Afvalbeheer", "Verein" / "für Heimatpflege e.V.",
 * "Society" / "for the Protection of Birds"): no name starts so. */
static DmPattern continuation = DM_PATTERN(
	"^(?:voor|van|tot|ter|für|zur|zum|des|der|for|of)[ ]+\\S", PCRE2_UTF);
/* Lines that open so and carry on no name: one that hands the post to someone ("for the
 * attention of Emily Carter", "zur Hd. Ing. Florian Gruber", "for the account of …"), and
 * a surname alone with its particles ("van der Berg"), a contact's. */
static DmPattern no_continuation = DM_PATTERN(
	"^(?:for[ ]+(?:the[ ]+)?(?:attention|account|attn)\\b|for[ ]+and[ ]+on[ ]+behalf\\b|zur?[ ]+(?:Hd\\b|Händen\\b)"
	"|(?:van|von|ter|ten)(?:[ ]+(?:der|den|de))?[ ]+\\p{Lu}[\\p{L}'’-]+$)", PCRE2_UTF);

/* A line that stops on a word no name ends with — a particle, an article, a preposition, a
 * conjunction ("College van Kerkrentmeesters der", "Mevr. A.C. van den", "Friends of the",
 * "Frau Regula von", "Müller &"): the window was too narrow, and the name runs on below.
 * Not a line that addresses the organisation's board or members ("Het bestuur van", "The
 * Trustees of"), nor a heading that says where the goods or the bill went ("Lieferung an",
 * "Delivered to the", "Invoice for"): the organisation below is named alone. */
static DmPattern runs_on = DM_PATTERN(
	"^(?!.*\\b(?i:bestuur|besturen|directie|vorstand|board|trustees|directors|partners|leden|members|committee"
	"|leiding|management)\\b)"
	"(?!(?i:lieferung|geliefert|versand|leistung|delivered|delivery|shipped|ship|sent|supplied|prepared|issued"
	"|invoiced|billed|rechnung|factuur|invoice|geleverd|levering|verzonden|bezorgd)[ ])"
	".*\\S[ ]+(?:van|von|vom|der|den|de|des|het|'t|voor|tot|ter|te|en|und|für|zur|zum|zu|am|im|an|auf|bei"
	"|of|the|for|and|du|la|le|&|\\+)$", PCRE2_UTF);

/* A partnership's name that ends on its partners ("Aigner & Partner", "Wouters en Zonen",
 * "Hale & Co."): a firm named so is registered with its trade and legal form after it, which
 * a narrow window puts on the next line ("Steuerberatung Aigner & Partner" /
 * "Wirtschaftstreuhand GmbH"). */
static DmPattern partners_end = DM_PATTERN(
	"\\S[ ]+(?:&|\\+|und|u\\.|en|and)[ ]+(?i:partner|partners|partnerin|co\\.?|cie\\.?|söhne|sohn|zonen|zn\\.?|sons)$",
	PCRE2_UTF);

/* A line that hands the post on to another ("c/o Brightside Accountants Ltd", "P/a
 * Boekhoudkantoor Claeys BV", "T.a.v. Administratie", "z. Hd. …", "bei Schulz"): it names a manager or a
 * host under the debtor, never the rest of its name, however it ends. */
static DmPattern hands_on = DM_PATTERN(
	"^(?:c/o|p/a|p\\.a\\.|per[ ]+adres|care[ ]+of|t\\.[ ]?a\\.[ ]?v\\.?|attn\\b\\.?|z\\.[ ]?hd\\.?|zu[ ]+händen)(?:[ ]|$)"
	/* German "bei" before a name: "bei Körner Hausverwaltung" */
	"|^(?-i:bei)[ ](?=(?-i:\\p{Lu}))",
	PCRE2_CASELESS | PCRE2_UTF);

static gboolean
matches(DmPattern *p, const char *s)
{
	DmMatch m;
	return s && dm_pattern_match(p, s, strlen(s), 0, &m);
}

/* TRUE when every word of @line says by itself that an organisation is meant ("Association
 * Ltd", "Coöperatieve Zuivelfabriek", "Holding B.V."): the line names no one of its own. */
static gboolean
organisation_words_only(const char *line)
{
	if (strpbrk(line, "0123456789"))
		return FALSE;
	g_auto(GStrv) words = g_strsplit(line, " ", 8);
	guint n = 0;
	for (guint i = 0; words[i]; i++) {
		if (!*words[i])
			continue;
		/* A factory's ending says so only before a name ("Zuivelfabriek" / "De
		 * Eendracht"): the word is read as the kind before one. */
		g_autofree char *before_a_name = g_strconcat(words[i], " X", NULL);
		if (!dm_name_is_organisation(words[i], NULL) && !dm_name_is_organisation(before_a_name, NULL))
			return FALSE;
		n++;
	}
	return n > 0;
}

char *
dm_name_lines_join(const char *upper, const char *lower)
{
	if (!upper || !lower || !*upper || !*lower || dm_name_has_personal_title(lower, NULL) || matches(&hands_on, lower))
		return NULL;
	gboolean upper_firm = dm_name_is_organisation(upper, NULL);
	/* "J. de Wit" / "h.o.d.n. De Wit Schilderwerken": the person trades under the name. */
	gboolean trades = matches(&trading, lower) && !upper_firm;
	/* "Northern Counties Housing" / "Association Ltd": the name, then its kind; a person
	 * (with a form of address, by initials or a given name) is no firm's first half but its
	 * contact ("Priya Nair" / "Digital Media B.V.", "J. Jansen" / "Garage"). */
	gboolean kind_below = organisation_words_only(lower) && !upper_firm && !dm_name_has_personal_title(upper, NULL) &&
			      !matches(&initials_person, upper) && !matches(&given_name_person, upper);
	/* "Coöperatieve Zuivelfabriek" / "De Eendracht U.A.": the kind, then the firm's name. */
	g_autofree char *joined = g_strconcat(upper, " ", lower, NULL);
	/* A lower line that ends in a legal form of its own is a whole firm's name: a holding
	 * or a department above it is another's ("Holding B.V." / "Jansen Installatie B.V.",
	 * "Marketing Services" / "Acme B.V."). */
	const char *last = strrchr(lower, ' ');
	gboolean whole_firm = dm_name_is_organisation(last ? last + 1 : lower, NULL);
	gboolean kind_above = organisation_words_only(upper) && !organisation_words_only(lower) && !whole_firm &&
			      (dm_name_is_organisation(lower, NULL) || dm_name_is_cooperative(joined));
	/* "IVAGO-West, Intergemeentelijke Vereniging" / "voor Afvalbeheer": the organisation's
	 * name carries on after its kind. */
	gboolean carries_on = upper_firm && matches(&continuation, lower) && !matches(&no_continuation, lower) &&
			      !strpbrk(lower, "0123456789");
	/* "Stichting Beheer der" / "Gemeenschappelijke Tuinen Leusden": the upper line is cut
	 * off in the middle of the name. */
	gboolean cut_off = matches(&runs_on, upper) && g_unichar_isalpha(g_utf8_get_char(lower)) &&
			   !strpbrk(lower, "0123456789");
	/* "… Aigner & Partner" / "Wirtschaftstreuhand GmbH": the partners' name, then its
	 * trade and legal form — not a line that names a firm of its own beside them. */
	gboolean partners_then_form = matches(&partners_end, upper) && whole_firm && !strpbrk(lower, "0123456789") &&
				      g_unichar_isupper(g_utf8_get_char(lower));
	if (!trades && !kind_below && !kind_above && !carries_on && !cut_off && !partners_then_form)
		return NULL;
	return g_steal_pointer(&joined);
}

gboolean
dm_name_lines_share_a_word(const char *a, const char *b)
{
	g_auto(GStrv) words = g_strsplit_set(a, " ,.-", -1);
	g_auto(GStrv) others = g_strsplit_set(b, " ,.-", -1);
	for (guint i = 0; words[i]; i++)
		for (guint j = 0; g_utf8_strlen(words[i], -1) >= 3 && others[j]; j++)
			if (g_utf8_collate(words[i], others[j]) == 0)
				return TRUE;
	return FALSE;
}

gboolean
dm_name_lines_initials_below(const char *name, const char *below)
{
	return matches(&initials_person, below) && !matches(&initials_person, name) &&
	       !dm_name_lines_share_a_word(name, below);
}
