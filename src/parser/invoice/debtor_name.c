/* debtor_name: the plausibility of a debtor's name candidate, and where a name ends
 * (dm_debtor_name_plausible, dm_debtor_name_without_remark, dm_debtor_name_before_address,
 * dm_debtor_name_without_addressing_word).
 *
 * The address-block readers take a line by where it stands: under a label, on top of a
 * letter-window block.  What stands there is not always a name.  A caption ("Eigenaar",
 * "Patient", "Mieter") above the block names the role the debtor has; a field's caption
 * ("Factuurnummer") stands under a label when the details column is set beside the block;
 * a sentence of the letter ("Hierbij ontvangt u de eerste termijnfactuur ...") stands
 * above the block in a mail.  A name is a few capitalised words, perhaps with particles
 * (van, de, von, of, the) and a legal form, and ends with no full stop after a word; it is
 * never one word of the invoice's own vocabulary.  The tests are about the shape of
 * names, in the three languages, not about any one invoice.
 * Failures: none. */
#include "parser/invoice/dm-debtor-name.h"
#include "parser/invoice/dm-business.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI PCRE2_CASELESS

/* A word of the invoice standing alone, with or without its colon: the role the debtor
 * has ("Eigenaar", "Tenant", "Schüler"), the caption of a field or a column. */
static DmPattern caption = DM_PATTERN(
	"^(?:eigenaar|eigenaren|huurder|verhuurder|pati[eë]nt|leerling|cursist|deelnemer|ouders?|verzorgers?"
	"|cli[eë]nt|klant|debiteur|opdrachtgever|koper|afnemer|besteller|lid|relatie|contactpersoon|naam|adres"
	"|factuuradres|postadres|bezoekadres|omschrijving|bedrag|totaal|subtotaal|btw|betreft|kenmerk"
	"|referentie|datum|periode|project|object|locatie|werkadres|verzekerde|aanvrager|geadresseerde|ontvanger"
	/* the tax's name, left alone in its cell by a title set apart ("TAX<TAB>INVOICE") */
	"|tax|vat|mwst\\.?|ust\\.?"
	"|owner|tenant|landlord|patient|pupil|student|parent|guardian|member|customer|client|buyer|purchaser"
	"|recipient|addressee|account|name|address|description|amount|total|subtotal|reference|contact"
	"|attention|period|project|property|site|location|policyholder|insured|applicant"
	"|eigentümer(?:in)?|tierhalter(?:in)?|mieter(?:in)?|vermieter(?:in)?|patient(?:in)?|schüler(?:in)?|teilnehmer(?:in)?"
	"|eltern|erziehungsberechtigte[rn]?|mitglied|kunde|kundin|käufer(?:in)?|auftraggeber(?:in)?"
	"|besteller(?:in)?|empfänger(?:in)?|rechnungsempfänger(?:in)?|anschrift|adresse|beschreibung"
	"|bezeichnung|betrag|gesamt|summe|zwischensumme|zeitraum|leistungszeitraum|ansprechpartner(?:in)?"
	"|objekt|projekt|versicherte[rn]?|antragsteller(?:in)?"
	/* the date of the document a correction refers to: "zur Rechnung RE-77 / vom 06.03." */
	"|vom|von|from|dated|d\\.d\\.|gedateerd)\\s*:?$", CI | PCRE2_UTF);
/* A field's caption: a Dutch or German compound on a number or date ("Factuurnummer",
 * "Kundennr.", "Rechnungsdatum"), a few words on one ("Invoice number", "Due date",
 * "Order no.", "Customer #"), or the document a credit note or a reminder refers to
 * ("zur Rechnung", "bij factuur", "for invoice", "to order no."). */
static DmPattern field_caption = DM_PATTERN(
	"^(?:\\p{L}{3,}(?:nummer|datum|nr\\.?)"
	"|(?:invoice|customer|client|account|order|purchase\\s+order|po|due|issue|tax|vat|reference|ref\\.?"
	"|payment|debtor|klant|factuur|order|bestel|rechnungs?|kunden?|auftrags?|liefer)"
	"\\s+(?:number|no\\.?|nr\\.?|#|date|datum|nummer|id)"
	"|(?:zur?|zu\\s+(?:ihrer|unserer)|to|for|voor|bij|behorend\\s+bij|op|van|referring\\s+to|re)\\s+"
	"(?:rechnung|factuur|invoice|bestellung|order|auftrag|offerte|angebot|quote|credit\\s*note|gutschrift)"
	"(?:\\s*(?:nr\\.?|no\\.?|nummer|number|#))?)\\s*:?$", CI | PCRE2_UTF);

/* Lowercase words a name is made of besides its capitalised ones: particles, the
 * connecting words of an organisation's name ("Vereniging van Eigenaren", "University of
 * Northbridge", "Stichting voor ..."). */
static const char *const particles[] = {
	"van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "op", "in", "von", "vom", "zu", "zum",
	"zur", "und", "en", "and", "of", "the", "la", "le", "les", "di", "da", "do", "dos", "das", "du",
	"des", "del", "y", "e", "et", "&", "for", "für", "voor", "tot", "aan", "bij", "am", "an", "im",
	"auf", "a", "d'", "l'", NULL,
};
/* Words that make a sentence of a line: pronouns, and the verbs an invoice's letter uses
 * ("Hierbij ontvangt u", "Please find attached", "Anbei erhalten Sie"). */
static const char *const sentence_words[] = {
	"u", "uw", "wij", "we", "ik", "jij", "je", "is", "zijn", "ontvangt", "ontvangen", "bent", "heeft",
	"hebben", "wordt", "worden", "hierbij", "graag", "kunt", "vindt", "treft", "sturen", "betalen",
	"verzoeken", "you", "your", "our", "are", "was", "were", "please", "find", "attached", "hereby",
	"thank", "thanks", "will", "can", "has", "have", "receive", "enclosed", "sie", "ihnen", "ihr", "wir",
	"ich", "ist", "sind", "erhalten", "anbei", "bitte", "hiermit", "finden", "senden", "haben", "danke",
	NULL,
};
/* Abbreviations of four letters or more a name may end with, with their full stop. */
static const char *const name_abbreviations[] = {
	"corp", "bros", "gebr", "intl", "assn", "assoc", "ltda", "comp", "comm", "dipl", "prof", NULL,
};

#define IN(list, w) g_strv_contains((list), (w))

/* TRUE when @word begins with a lowercase letter and is no particle nor an abbreviation
 * written with full stops ("mevr.", "e.K."), which names carry too. */
static gboolean
lowercase_word(const char *word, const char *folded)
{
	return g_unichar_islower(g_utf8_get_char(word)) && !strchr(word, '.') && !IN(particles, folded);
}

/* TRUE when @last, the last of @n words, ends with a full stop after a word of four
 * letters or more, which no name does ("... de lessen van Sophie.", "... attached.");
 * "Co.", "B.V.", "Gebr." and other abbreviations are a name's. */
static gboolean
ends_with_full_stop(const char *last, guint n)
{
	gsize len = last ? strlen(last) : 0;
	if (n < 3 || len < 5 || last[len - 1] != '.')
		return FALSE;
	g_autofree char *bare = g_utf8_casefold(last, (gssize) len - 1);
	if (strchr(bare, '.') || IN(name_abbreviations, bare))
		return FALSE;
	return g_utf8_strlen(bare, -1) >= 4;
}

/* TRUE when @s reads as a sentence of the letter rather than a name: a pronoun or verb
 * among lowercase words, four lowercase words that are no particles, or a full stop after
 * its last word. */
static gboolean
is_sentence(const char *s)
{
	g_auto(GStrv) words = g_strsplit_set(s, " \t", -1);
	guint n = 0, lowercase = 0, verbs = 0, lowercase_verbs = 0;
	const char *last = NULL;
	for (guint i = 0; words[i]; i++) {
		if (!*words[i])
			continue;
		n++;
		last = words[i];
		g_autofree char *bare = g_strdup(words[i]);
		g_strdelimit(bare, ",;!?", ' ');
		g_strchomp(bare);
		g_autofree char *folded = g_utf8_casefold(bare, -1);
		if (IN(sentence_words, folded)) {
			verbs++;
			lowercase_verbs += g_unichar_islower(g_utf8_get_char(bare));
		}
		if (lowercase_word(bare, folded))
			lowercase++;
	}
	/* German writes its nouns and "Sie" capitalised: "Anbei erhalten Sie unsere Rechnung"
	 * has two lowercase words, but three of a sentence's.  A name made of such words is
	 * capitalised throughout ("You Are Here Design"). */
	return (verbs > 0 && lowercase >= 3) || (verbs >= 2 && lowercase_verbs > 0 && n >= 4) ||
	       lowercase >= 4 || ends_with_full_stop(last, n);
}

gboolean
dm_debtor_name_is_caption(const char *s)
{
	DmMatch m;
	return s && (dm_pattern_match(&caption, s, strlen(s), 0, &m) ||
		     dm_pattern_match(&field_caption, s, strlen(s), 0, &m));
}

/* A note the letter prints in the window above the name (DIN 5008's note zone, and its
 * Dutch and English habits): how it is sent or who may open it, never who owes. */
static DmPattern letter_note = DM_PATTERN(
	"^(?:persönlich(?:\\s*(?:/|und|-|–)\\s*vertraulich)?|vertraulich|streng\\s+vertraulich|einschreiben(?:\\s+(?:mit\\s+"
	"rückschein|einwurf))?|eilt|eilzustellung|per\\s+(?:e-?mail|post|fax|boten)|nur\\s+per\\s+e-?mail|vorab\\s+per\\s+e-?mail"
	"|persoonlijk(?:\\s+(?:en|&)\\s+vertrouwelijk)?|vertrouwelijk|aangetekend|spoed|per\\s+koerier"
	"|(?:strictly\\s+)?private(?:\\s+(?:&|and)\\s+confidential)?|(?:strictly\\s+)?confidential|personal|urgent"
	"|by\\s+(?:e-?mail|post|hand|courier)(?:\\s+only)?|(?:sent\\s+)?(?:by\\s+)?(?:recorded|special)\\s+delivery"
	"|registered\\s+(?:mail|post))\\s*$", CI | PCRE2_UTF);
/* A line that addresses the name below it and names no one: "An die" / "An das" above a
 * public body, "Aan het bestuur van" above a club, "To the Trustees of". */
static DmPattern addressing_line = DM_PATTERN(
	"^(?:an\\s+(?:die|das|den)|aan\\s+(?:de|het)(?:\\s+(?:directie|bestuur|besturen|leiding|eigenaar|eigenaren)"
	"(?:\\s+van)?)?|to\\s+the(?:\\s+(?:directors|trustees|partners|proprietors?|owners?|manager)(?:\\s+of)?)?"
	"|(?:the\\s+)?(?:directors|trustees|partners)\\s+of(?:\\s+the)?)\\s*$", CI | PCRE2_UTF);

gboolean
dm_debtor_name_plausible(const char *s, const char **why)
{
	const char *reason = NULL;
	DmMatch m;
	if (!s || !*s)
		reason = "empty";
	else if (dm_debtor_name_is_caption(s))
		reason = "a caption of the invoice's vocabulary or a field's";
	else if (dm_pattern_match(&letter_note, s, strlen(s), 0, &m))
		reason = "a note of the letter (how it is sent, who may open it)";
	else if (dm_pattern_match(&addressing_line, s, strlen(s), 0, &m))
		reason = "a line that addresses the name below it";
	else if (is_sentence(s))
		reason = "a sentence";
	if (why)
		*why = reason;
	return reason == NULL;
}

/* What a company's name carries in brackets of its legal status: "UG
 * (haftungsbeschränkt)", "B.V. (in oprichting)", "GmbH (i.L.)". */
static DmPattern legal_status = DM_PATTERN(
	"^(?:haftungsbeschränkt|in\\s+oprichting|i\\.\\s?o\\.|in\\s+liquidatie|i\\.\\s?l\\.|in\\s+liquidation"
	"|in\\s+gründung|i\\.\\s?g(?:r)?\\.|in\\s+administration|in\\s+receivership)$", CI | PCRE2_UTF);

/* A registration number in brackets after the name: a charity's or a company's ("Borders
 * Riding for the Disabled (SC041286)", "(KvK 41216845)", "(Charity No. 1092456)", "(CHE-
 * 123.456.789)"): a label of a few words at most, then five digits or more.  Or the
 * sender's own code for the customer, a prefix of capitals joined to its digits by a hyphen
 * ("Bakkerij Van Loon (DB-1044)", "(K-20417)"), as a tool prints its debtor field. */
static DmPattern registration = DM_PATTERN(
	"^(?:[\\p{L}.-]+\\s+){0,3}:?\\s*\\p{Lu}{0,4}[- ]?\\d[\\d .-]{3,}\\d\\p{Lu}?$"
	"|^[A-Z]{1,4}-\\d{3,}$", CI | PCRE2_UTF);

/* A team, an age group or a class in brackets after a club's or a school's name
 * ("Hadley Wanderers FC (Under-11s)", "VV Oranje (JO11-2)", "SV Blau-Weiß (D-Jugend)",
 * "Basisschool De Regenboog (groep 7)", "St Mary's (Year 6)"): which part of it the work
 * was for, not who is billed. */
static DmPattern group_remark = DM_PATTERN(
	"^(?:under[- ]?\\d{1,2}s?|u[- ]?\\d{1,2}s?|[jm]o[- ]?\\d{1,2}(?:-\\d{1,2})?|[a-g]-?jugend|jugend|youth|juniors?"
	"|(?:year|groep|klasse|class|form)\\s+\\d{1,2}[a-z]?|\\d{1,2}(?:st|nd|rd|th|e|de)?\\s+(?:team|xi|elftal|mannschaft))$",
	CI | PCRE2_UTF);

char *
dm_debtor_name_without_remark(const char *name)
{
	if (!name)
		return NULL;
	gsize len = strlen(name);
	while (len > 0 && name[len - 1] == ' ')
		len--;
	if (len == 0 || name[len - 1] != ')')
		return NULL;
	const char *open = g_strrstr_len(name, (gssize) len, "(");
	if (!open || open == name)
		return NULL;
	g_autofree char *inside = g_strndup(open + 1, (gsize) (name + len - 1 - (open + 1)));
	DmMatch m;
	if (dm_pattern_match(&legal_status, inside, strlen(inside), 0, &m))
		return NULL;
	gboolean remark = dm_pattern_match(&registration, inside, strlen(inside), 0, &m) ||
			  dm_pattern_match(&group_remark, inside, strlen(inside), 0, &m);
	/* "Warwickshire County Council (Mr R. Hollis)": a person by a form of address in
	 * brackets is the organisation's contact, no part of its name. */
	remark = remark || dm_name_has_personal_title(inside, NULL);
	for (const char *p = inside; *p; p = g_utf8_next_char(p))
		if ((p == inside || p[-1] == ' ') && g_unichar_islower(g_utf8_get_char(p)))
			remark = TRUE;
	if (!remark)
		return NULL;
	char *bare = g_strndup(name, (gsize) (open - name));
	return g_strchomp(bare);
}

/* A department or a shared mailbox, as a mail's display name gives it: no one who owes. */
#define DEPARTMENT_WORDS "(?:accounts\\s+payable|accounts(?:\\s+department)?|a/?p|billing|invoices?|invoicing|finance" \
	"(?:\\s+(?:department|dept\\.?|team|office))?|financial\\s+administration|purchase\\s+ledger|purchasing" \
	"|procurement|facturen|facturatie|facturen\\s*inbox|(?:financi[eë]le\\s+)?administratie|crediteuren" \
	"(?:administratie)?|boekhouding|financi[eë]n|inkoop|buchhaltung|finanzbuchhaltung|rechnungen|rechnungseingang" \
	"|rechnungswesen|kreditoren(?:buchhaltung)?|einkauf|finanzen|finanzabteilung" \
	/* the office that reads a small firm's post: "Kilmainham Physio - Admin", "… (Office)",
	 * "… - Accounts Team", "…, Credit Control", "… - Secretariaat", "… - Verwaltung" */ \
	"|admin(?:istration)?|office|accounts\\s+team|credit\\s+control|secretariaat|sekretariat|verwaltung" \
	/* a public body's department by its compound: "Baudepartement", "Finanzdepartement" */ \
	"|\\w+departement)"
/* A unit of an organisation after a comma: "Warwickshire County Council, Children's
 * Services", "Gemeente Houten, afdeling Financiën", "Landkreis Harburg, Abteilung Jugend",
 * and its back office by its own name: "Gemeente Hollands Kroon, Financiële
 * administratie", "Stadtwerke Kiel, Kreditorenbuchhaltung". */
static DmPattern unit_after_comma = DM_PATTERN(
	",\\s+(?:[^,]*\\s)?(?:services|department|directorate|division)\\s*$"
	"|,\\s+(?:afdeling|abteilung|dienst|department\\s+(?:of|for))\\s[^,]*$"
	"|,\\s+" DEPARTMENT_WORDS "\\s*$", CI | PCRE2_UTF);

char *
dm_debtor_name_without_unit(const char *name)
{
	DmMatch m;
	if (!name || !dm_pattern_match(&unit_after_comma, name, strlen(name), 0, &m) || m.start[0] == 0)
		return NULL;
	g_autofree char *before = g_strndup(name, m.start[0]);
	/* Only after a whole organisation's name: "Smith, Property Services" is a person's. */
	if (!dm_name_is_organisation(before, NULL))
		return NULL;
	return g_steal_pointer(&before);
}

static DmPattern department_only = DM_PATTERN("^\\s*" DEPARTMENT_WORDS "\\s*$", CI | PCRE2_UTF);
static DmPattern department_suffix = DM_PATTERN(
	"(?:\\s+[-–|/]\\s+|,\\s+|\\s*\\(\\s*)" DEPARTMENT_WORDS "\\s*\\)?\\s*$", CI | PCRE2_UTF);

char *
dm_debtor_name_without_department(const char *name)
{
	DmMatch m;
	if (!name || dm_pattern_match(&department_only, name, strlen(name), 0, &m))
		return NULL;
	if (dm_pattern_match(&department_suffix, name, strlen(name), 0, &m) && m.start[0] > 0)
		return g_strndup(name, m.start[0]);
	return g_strdup(name);
}

/* A department or mailbox word ending a display name after a bare space: "Harbor & Vine AP",
 * "Kookaburra Digital Finance".  Alone it cannot tell a department from a name ("Kestrel
 * Finance" is a company): the caller asks the mailbox's domain. */
static DmPattern department_word_suffix = DM_PATTERN(
	"\\s+(?:AP|A/P|accounts\\s+payable|accounts|finance|billing|invoices|invoicing|facturen|facturatie"
	"|administratie|crediteuren|boekhouding|buchhaltung|rechnungswesen|kreditoren|finanzen"
	"|crediteurenadministratie|kreditorenbuchhaltung|rechnungseingang|purchase\\s+ledger)\\s*$",
	CI | PCRE2_UTF);

char *
dm_debtor_name_without_trailing_department(const char *name)
{
	DmMatch m;
	if (!name || !dm_pattern_match(&department_word_suffix, name, strlen(name), 0, &m) || m.start[0] == 0)
		return NULL;
	return g_strndup(name, m.start[0]);
}

/* A department, mailbox or office-holder's word opening a display name before a space:
 * "IT Okafor Legal", "Accounts Fenwick Garden Centres", "Kassenwart SF Lindenau",
 * "Penningmeester VV De Zwaluwen".  As with a trailing one, the caller asks the domain. */
static DmPattern department_word_prefix = DM_PATTERN(
	"^\\s*(?:IT|ICT|AP|A/P|accounts\\s+payable|accounts|finance|billing|invoices|invoicing|admin|office"
	"|facturen|facturatie|administratie|crediteuren|boekhouding|penningmeester|secretariaat|buchhaltung"
	"|rechnungswesen|kreditoren|finanzen|kasse|kassenwart(?:in)?|schatzmeister(?:in)?|treasurer"
	/* an accounts-payable desk by its whole name: "Crediteurenadministratie Welzijn Eemland" */
	"|crediteurenadministratie|kreditorenbuchhaltung|rechnungseingang|purchase\\s+ledger)\\s+(?=\\S)",
	CI | PCRE2_UTF);

char *
dm_debtor_name_without_leading_department(const char *name)
{
	DmMatch m;
	if (!name || !dm_pattern_match(&department_word_prefix, name, strlen(name), 0, &m))
		return NULL;
	return g_strdup(name + m.end[0]);
}

/* The word a typed line addresses the debtor with before its name ("an Frau Dr. Ayşe
 * Demir-Schubert, Gellertstraße 19, 04103 Leipzig", "aan dhr. P. de Boer, ...", "to Mr J.
 * Hall, ...").  Lowercase it is the addressing word whatever follows; capitalised only
 * before a form of address ("An Herrn ..."), since "An Nguyen" is a name. */
static DmPattern addressing_word = DM_PATTERN(
	"^\\s*(?:(?-i:an|aan|to|for|für|voor)\\s+"
	"|(?:an|aan|to|for|für|voor)\\s+(?=(?:herrn?|frau|hr\\.|dhr\\.?|mevr\\.?|mevrouw|de\\s+heer|mr\\.?|mrs\\.?|ms\\.?)\\s)"
	/* the document's own word before it: "Factuur voor Fam. Jansen, …", "Rechnung an …" */
	"|(?:factuur|rekening|nota|rechnung|invoice|bill)\\s+(?:voor|aan|an|für|for|to)\\s+)"
	"(?=\\p{Lu})", CI | PCRE2_UTF);

char *
dm_debtor_name_without_addressing_word(const char *s)
{
	DmMatch m;
	if (!s || !dm_pattern_match(&addressing_word, s, strlen(s), 0, &m))
		return NULL;
	return g_strdup(s + m.end[0]);
}

/* The legal forms written after a comma, and what may follow them. */
static DmPattern comma_legal_form = DM_PATTERN(
	"^\\s*(?:Ltd|Limited|Inc|Incorporated|LLC|L\\.L\\.C|LLP|L\\.P|LP|PLC|P\\.C|Corp|Pty\\.?\\s+Ltd|S\\.A|SA"
	"|S\\.L|S\\.R\\.L|SRL|N\\.V|B\\.V|GmbH|AG|KG|Jr|Sr)\\.?(?=$|[,\\s])", CI);

gboolean
dm_debtor_name_comma_legal_form(const char *s)
{
	DmMatch m;
	return s && dm_pattern_match(&comma_legal_form, s, strlen(s), 0, &m);
}

char *
dm_debtor_name_before_address(const char *s)
{
	g_return_val_if_fail(s != NULL, NULL);
	for (const char *comma = strstr(s, ", "); comma; comma = strstr(comma + 2, ", ")) {
		if (dm_debtor_name_comma_legal_form(comma + 2))
			continue;
		if (!strpbrk(comma, "0123456789")) {
			/* "Tall Pines Press LLC, Portland, Oregon": a name ending in a legal form,
			 * then a city and its state or country, is the name alone; "Smith, Jones &
			 * Co, Leeds" keeps its partners' names, no legal form before its first comma. */
			g_autofree char *before = g_strndup(s, (gsize) (comma - s));
			const char *last = strrchr(before, ' ');
			if (last && strstr(comma + 2, ", ") && dm_name_is_organisation(last + 1, NULL))
				return g_steal_pointer(&before);
			break;
		}
		return g_strndup(s, (gsize) (comma - s));
	}
	return g_strdup(s);
}

/* An attention written after the name on its line, after a comma or a dash: "Pennine
 * Climbing Wall Ltd, Attn: Accounts Payable", "Bouwbedrijf Van Veen B.V. - t.a.v.
 * crediteurenadministratie", "Weinhandlung Roth KG, z. Hd. Frau Lange", "J. Visser, c/o
 * Studio Lumen". */
static DmPattern attention_after = DM_PATTERN(
	"(?:,\\s+|\\s+[-–]\\s+)(?:t\\.?\\s?a\\.?\\s?v\\.?|ter\\s+attentie(?:\\s+van)?|attn\\.?|attention(?:\\s+of)?|fao|f\\.a\\.o\\."
	"|z\\.\\s?h(?:d\\.?|(?=\\.))\\.?|zu\\s+händen|c/o|p/a|care\\s+of)(?=[\\s:])", CI | PCRE2_UTF);

char *
dm_debtor_name_before_attention(const char *s, const char **marker)
{
	DmMatch m;
	if (!s || !dm_pattern_match(&attention_after, s, strlen(s), 0, &m) || m.start[0] == 0)
		return NULL;
	if (marker) {
		const char *p = s + m.start[0];
		while (*p == ',' || *p == ' ' || *p == '-' || *p == '\t')
			p++;
		*marker = g_str_has_prefix(p, "–") ? p + strlen("–") : p;
		while (**marker == ' ')
			(*marker)++;
	}
	return g_strndup(s, m.start[0]);
}

/* An attention opening a line, to a back office and then its organisation after a comma:
 * "FAO Finance, Eastfield Community Health NHS Trust", "t.a.v. crediteurenadministratie,
 * Woonstichting De Linde", "z. Hd. Kreditorenbuchhaltung, Stadtwerke Lindau GmbH". */
static DmPattern attention_to_department = DM_PATTERN(
	"^\\s*(?:t\\.?\\s?a\\.?\\s?v\\.?|ter\\s+attentie(?:\\s+van)?|attn\\.?|attention(?:\\s+of)?|fao|f\\.a\\.o\\."
	"|z\\.\\s?h(?:d\\.?|(?=\\.))\\.?|zu\\s+händen)[\\s:]+(?:(?:de|der|die|the)\\s+)?" DEPARTMENT_WORDS ",\\s+",
	CI | PCRE2_UTF);

char *
dm_debtor_name_after_attention(const char *s)
{
	DmMatch m;
	if (!s || !dm_pattern_match(&attention_to_department, s, strlen(s), 0, &m))
		return NULL;
	g_autofree char *rest = g_strstrip(g_strdup(s + m.end[0]));
	/* Only an organisation by its own words: after "Attn: Accounts, " a person's name
	 * ("Attn: Accounts, Sarah Bell") is the one who reads the mail, not who owes. */
	if (strchr(rest, ',') || !dm_name_is_organisation(rest, NULL))
		return NULL;
	return g_steal_pointer(&rest);
}

/* A display name in a directory's order, surname first: "Whitlock, Martin", "Dijk, Anouk
 * van", "Schneider, K.".  The surname is one word (perhaps hyphenated); after the comma
 * come given names or initials, with the surname's particles after them or, as Dutch
 * customer files sort a name, before them ("Vries, de J.", "Berg, van den A.B."). */
#define DIRECTORY_PARTICLES "(?:van|von|de|der|den|ter|ten|te|le|la|du|da|di|el|al|zu|vom|op|in|'t|het)"
static DmPattern directory_form = DM_PATTERN(
	"^\\s*(\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?),\\s+"
	"((?:" DIRECTORY_PARTICLES "\\s+)*)"
	"((?:(?:\\p{Lu}\\.){1,4}|\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?)(?:\\s+(?:(?:\\p{Lu}\\.){1,4}|\\p{Lu}[\\p{Ll}'’]+))?)"
	"((?:\\s+" DIRECTORY_PARTICLES ")*)\\s*$", PCRE2_UTF | PCRE2_UCP);

char *
dm_debtor_name_from_directory_form(const char *name)
{
	DmMatch m;
	/* A firm's name with a comma is no directory's order ("Bakker, de Wit Advocaten",
	 * "Jansen, Schilderwerken"): an organisation's word anywhere in it keeps it as printed. */
	if (!name || dm_debtor_name_comma_legal_form(strchr(name, ',') ? strchr(name, ',') + 1 : "") ||
	    dm_name_is_organisation(name, NULL) || !dm_pattern_match(&directory_form, name, strlen(name), 0, &m))
		return NULL;
	g_autofree char *surname = dm_match_group(&m, 1);
	g_autofree char *before = dm_match_group(&m, 2);
	g_autofree char *given = dm_match_group(&m, 3);
	g_autofree char *after = dm_match_group(&m, 4);
	g_strstrip(before);
	g_strstrip(after);
	/* Particles on both sides of the given names are no directory's order. */
	if (*before && *after)
		return NULL;
	const char *between = *before ? before : after;
	return *between ? g_strdup_printf("%s %s %s", given, between, surname)
			: g_strdup_printf("%s %s", given, surname);
}
