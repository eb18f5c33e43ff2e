/* reply_trailer: where the writer's text ends and the trailer begins.
 *
 * Works backwards over the paragraphs of the new text (blank-line separated), taking off
 * one at a time while it is:
 *   - made of device lines only ("Sent from my Galaxy", "Von meinem iPhone gesendet",
 *     "Outlook voor iOS downloaden");
 *   - a confidentiality disclaimer: a phrase only disclaimers use ("onterecht ontvangen",
 *     "niet de geadresseerde", "intended recipient", "received this e-mail in error",
 *     "irrtümlich erhalten", "nicht der richtige Adressat", "nur für den Empfänger
 *     bestimmt", "informieren Sie den Absender", "Denk aan het milieu voordat u deze
 *     e-mail print", "onze algemene voorwaarden zijn van toepassing", "kann vertrauliche
 *     Informationen enthalten", "no rights can be derived"), or a long paragraph saying
 *     "vertrouwelijk" / "confidential" / "vertraulich";
 *   - a contact block: lines with a telephone number, an address, a web or mail address,
 *     a company registration ("KvK", "BTW", "VAT", "USt-IdNr"), a company's legal form
 *     ("Jansen BV") or a title ("CEO", "Geschäftsführer"), and otherwise only short
 *     lines that end no sentence (names, titles, company names).  Within the paragraph the
 *     cut starts after the last line that is neither; a closing and one name line under
 *     it stay.  A closing alone on its paragraph above a contact block goes with it
 *     ("Regards,");
 *   - a short name-and-title paragraph that repeats the name the writer signed with
 *     ("Kevin" over "Kevin O'Neill\nO'Neill Brothers Construction").
 * A paragraph with a mailing's own links ("Unsubscribe | Manage preferences", "Afmelden",
 * "Newsletter abbestellen") ends the scan and stays: a person's signature carries none,
 * and it is what says that the message is a mailing, not an answer (mistaken for a
 * contact block, "Unsubscribe | Manage preferences" left a newsletter's teaser to be read
 * as a dispute).
 * Nothing is taken when it would leave no text at all.
 * Failures: none.  Every line is looked at a bounded number of times. */
#include "parser/reply/dm-reply-trailer.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define RT(src) DM_PATTERN("(*ANY)" src, PCRE2_CASELESS)

/* Longest contact block, and the longest line in one. */
#define BLOCK_MAX_LINES 14
#define BLOCK_MAX_CHARS 100
/* The firm's lines a writer types under the name they sign with: at most this many, of
 * at most this many words. */
#define SIGNED_FIRM_MAX_LINES 2
#define SIGNED_FIRM_MAX_WORDS 8
/* A name-and-title paragraph: at most this many lines of at most this many words. */
#define NAME_MAX_LINES 3
#define NAME_MAX_WORDS 6
/* An address line ("Unit 4, Montague Park, Cape Town 7441") has at most this many words. */
#define ADDRESS_MAX_WORDS 10
/* ... and fewer than this many words in small letters, or it reads as a sentence. */
#define SENTENCE_MIN_LOWER 4
/* A slogan under a contact block ("Samen bouwen aan een duurzaam Friesland") has this
 * many words at least (fewer are a name signed under it: "Jan", "Support Team") and at
 * most. */
#define TAGLINE_MIN_WORDS 4
#define TAGLINE_MAX_WORDS 8
/* A slogan closing a contact block: at most this many lines of at most this many words. */
#define MOTTO_MAX_LINES 2
#define MOTTO_MAX_WORDS 20
/* A paragraph that only says "confidential" is a disclaimer from this many words on. */
#define DISCLAIMER_MIN_WORDS 10

static DmPattern device_re = RT(
	"^\\s*(?:Sent from|Sent via|Sent with|Sent using|Get Outlook for|Download Outlook for|"
	"Verzonden (?:vanaf|van|met|via|from)|Verstuurd (?:vanaf|van|met|via)|"
	"Outlook voor (?:iOS|Android) downloaden|"
	"Outlook für (?:iOS|Android) (?:herunterladen|beziehen)|"
	"Von (?:meinem|Outlook|Mail)|Verzonden vanuit|Gesendet (?:von|mit|vom|über)|Envoyé (?:de|depuis|avec|à partir de)|"
	"Obtenir Outlook pour|Enviado (?:desde|de|con)|Inviato da|Skickat från|Sendt fra|"
	"Diese Nachricht wurde von meinem|"
	/* "Vom Handy gesendet", "Vom iPhone gesendet", "Mobil gesendet". */
	"Vom (?:Handy|iPhone|iPad|Smartphone|Mobiltelefon|Tablet) (?:gesendet|verschickt)|"
	"(?:Mobil|Unterwegs) gesendet|"
	"(?:sent |written )?(?:via|from|on) (?:my )?(?:mobile|phone|iPhone|iPad|Android|"
	"BlackBerry)\\b.{0,20}$)\\b.{0,80}$");
static DmPattern disclaimer_strong_re = RT(
	"onterecht ontvangen|ten onrechte ontvangen|per abuis ontvangen|niet de (?:beoogde )?"
	"geadresseerde|niet bestemd voor u|uitsluitend bestemd voor|geen rechten (?:worden )?"
	"(?:kunnen )?(?:worden )?ontleend|intended recipient|intended solely for|"
	"received this (?:e-?mail|message|communication|transmission) in error|"
	"(?:e-?mail|message) (?:and any attachments )?(?:is|are|may be) (?:strictly )?"
	"(?:confidential|privileged)|irrtümlich erhalten|irrtümlich zugegangen|nicht der "
	"(?:richtige|beabsichtigte|vorgesehene) (?:adressat|empfänger)|"
	"(?:vorgesehenen|beabsichtigten) empfänger|nicht für sie bestimmt|"
	"unbefugte (?:weitergabe|kopieren)|destinataire (?:prévu|désigné)|reçu (?:ce|cet) "
	"(?:message|e-?mail|courriel) par erreur|may contain (?:confidential|privileged)|"
	"attorney-client|subject to public records|anwalts?geheimnis|berufsgeheimnis|"
	"(?:nachricht|e-?mail|bericht|mail|mitteilung) (?:ist|is) (?:strikt |streng )?(?:vertraulich|"
	"vertrouwelijk)|"
	/* Short German ones, Swiss spelling too: "nur für den Empfänger bestimmt",
	 * "ausschliesslich für den Adressaten", "informieren Sie den Absender". */
	"(?:nur|ausschlie(?:ß|ss)lich) für (?:den|die) (?:\\p{L}+ )?(?:adressaten|empfänger(?:in)?)|"
	"(?:informieren|benachrichtigen|verständigen) sie (?:bitte )?(?:umgehend |sofort )?"
	"(?:den|die) (?:absender|absenderin)|irrtuemlich|falsch zugestellt|"
	/* The printing footers ("Denk aan het milieu voordat u deze e-mail print") and a
	 * firm's own terms under every mail ("Op al onze diensten zijn onze algemene
	 * voorwaarden van toepassing. Klachten ...": never a debtor's complaint). */
	"(?:before|voordat (?:u|je) (?:deze|dit)|bevor sie diese) (?:e-?mail|bericht) "
	"(?:print|ausdrucken|printing)|before printing this|denk aan het milieu|"
	"denken sie an die umwelt|consider the environment before|"
	"(?:onze|unsere|our) (?:algemene (?:leverings)?voorwaarden|allgemeinen "
	"geschäftsbedingungen|general terms and conditions|terms and conditions) "
	"(?:van toepassing|zijn van toepassing|apply|gelten)|"
	/* ... and as "Op al onze diensten zijn de algemene voorwaarden van X van toepassing",
	 * "Op onze dienstverlening zijn algemene voorwaarden van toepassing": a firm's terms
	 * over its own services, which no debtor writes of the creditor's. */
	"\\bop (?:al )?onze (?:diensten|dienstverlening|werkzaamheden|leveringen|"
	"overeenkomsten|opdrachten) zijn\\b|"
	/* "may contain confidential" in Dutch and German, and the Dutch "geen rechten
	 * ontleend" as Dutch firms put it in English. */
	"kan vertrouwelijke informatie bevatten|(?:kann|können) vertrauliche|"
	"no rights (?:can|may) be derived|"
	/* The German terms footer ("Es gelten unsere Allgemeinen Geschäftsbedingungen.
	 * Einwendungen gegen Rechnungen sind innerhalb von 14 Tagen ..."), whose
	 * "Einwendungen" is nobody's dispute, and the regulator's line under a law firm's
	 * mail. */
	"es gelten (?:unsere|die) allgemeinen (?:geschäfts|liefer|verkaufs)bedingungen|"
	"(?:authori[sz]ed and )?regulated by the (?:solicitors regulation|financial conduct)|"
	/* A firm's statutory and privacy notices: where it is registered, that the mail is
	 * open to public access or binds no one, how it processes personal data
	 * ("Datenschutzhinweis: Wir verarbeiten Ihre personenbezogenen Daten ...",
	 * "Elke e-mail kan onderworpen zijn aan openbaarheid van bestuur"). */
	"(?:registered|incorporated) in england(?: (?:and|&) wales)?|registered office\\s*:|"
	"licensed by the insolvency practitioners|openbaarheid van bestuur|"
	"(?:dit|deze|het) (?:e-?mail)?bericht bindt\\b|"
	"datenschutz(?:hinweis|erklärung)\\s*:|personenbezogenen? daten|"
	"verwerken (?:uw|je) persoonsgegevens|we process your personal data|"
	/* Short ones: the message "and any attachments" is confidential, in each language
	 * ("Deze e-mail en eventuele bijlagen zijn vertrouwelijk."); "intended for the named
	 * recipient only"; a firm not liable for the use of e-mail; a firm's terms over "all
	 * its work" ("Op alle werkzaamheden zijn de algemene voorwaarden van toepassing",
	 * "Op al onze aanbiedingen en overeenkomsten zijn ..."); a German firm's seat and
	 * register ("Sitz: Wolfsburg, Registergericht Braunschweig HRB 123456"). */
	"(?:e-?mail(?:bericht)?|bericht|nachricht|message|mail)(?: en (?:eventuele |de )?bijlagen?| and "
	"(?:any )?attachments?| und (?:alle |etwaige )?anh(?:ä|ae)nge)? (?:zijn|is|are|ist|sind) "
	"(?:strikt |streng |strictly )?(?:vertrouwelijk|confidential|vertraulich)|"
	"intended (?:only )?for the (?:named |addressed )?(?:recipient|addressee|person)|"
	"(?:niet aansprakelijk|geen aansprakelijkheid)\\b.{0,80}\\bgebruik van (?:deze |de |het )?"
	"e-?mail|"
	"(?:not (?:be )?liable|no liability)\\b.{0,60}\\buse of (?:this )?e-?mail|"
	"(?:keine haftung|haftet nicht)\\b.{0,60}\\b(?:e-?mail|nachricht)|"
	"\\bop al(?:le)? (?:onze )?\\p{L}+(?: en \\p{L}+)? zijn (?:de |onze )?(?:algemene|"
	"leverings)|\\bsitz(?: der gesellschaft)?\\s*:\\s*\\p{L}.{0,80}\\b(?:HRB|HRA|"
	"registergericht|amtsgericht|handelsregister)\\b");
/* A mailing's links and footer words: a newsletter's, a webshop's, a booking system's. */
static DmPattern mailing_re = RT(
	"\\b(?:unsubscribe|manage (?:your )?(?:preferences|subscription|e-?mail settings)|"
	"update your preferences|view (?:this e-?mail |it )?in (?:your )?browser|"
	"afmelden|uitschrijven|wijzig (?:uw|je) (?:voorkeuren|instellingen)|"
	"bekijk (?:deze e-?mail |deze mail )?(?:online|in (?:uw|je) browser)|"
	"abmelden|(?:newsletter )?abbestellen|im browser (?:ansehen|anzeigen|öffnen)|"
	"se désabonner|désinscription)\\b");
/* The writer speaking for themself, as no disclaimer does. */
static DmPattern first_person_re = RT("\\b(?:ik|mijn|I|I'[dm]|my|ich|mein(?:e[nmrs]?)?)\\b");
static DmPattern disclaimer_weak_re = RT(
	"vertrouwelijk|confidential|vertraulich|confidentiel|disclaimer|haftungsausschluss");
/* A line that tells how to reach the writer. */
/* The details of a contact block: how to reach the writer or where the firm is
 * registered, which a signed name's own lines never give. */
#define CONTACT_DETAIL \
	/* telephone: "T +31 28 955 6038", "Tel.: 030-2213344", "M 06 4893 1377", "(555) 800-2231" */ \
	"(?:^|\\s)(?:t|m|f|tel|telefoon|telefon|phone|mobile|mobiel|mob|fax|gsm|handy|cell|" \
	"direct|office)\\.?\\s*[:.]?\\s*\\+?[\\d(][\\d\\s()./-]{6,}|" \
	"(?<![\\d.,])(?:\\+|0)\\d(?:[\\s./-]?\\(?\\d\\)?){7,13}(?![\\d,])|" \
	"\\(\\d{3}\\)\\s*\\d{3}-\\d{4}|\\b\\d{3}[-.]\\d{3}[-.]\\d{4}\\b|" \
	/* web and mail */ \
	"\\bwww\\.|https?://|[\\w.+-]+@[\\w-]+\\.[\\w.-]+|" \
	/* addresses: "Stamford CT 06901", "Dublin 8", "Co. Clare", "81-340 Gdynia" */ \
	"(?-i:\\b[A-Z]{2}\\s\\d{5}\\b)|\\bDublin \\d{1,2}\\b|\\bCo\\.\\s\\p{Lu}|\\b\\d{2}-\\d{3}\\s\\p{Lu}|" \
	/* social links */ \
	"\\b(?:volg ons|follow us|folgen sie uns|linkedin|facebook|instagram)\\b|" \
	/* registrations */ \
	"\\b(?:kvk|btw|vat|ust-?id(?:nr)?|hrb|hra|handelsregister|registergericht|amtsgericht|" \
	"firmenbuch|uid|mwst|rpr|abn|nip|krs|registered in|company no|" \
	"ondernemingsnummer|iban|bic|reg\\.? ?no)\\b|" \
	/* postcodes with a place: "3846 BC Harderwijk", "10115 Berlin", "S9 2RT" */ \
	"(?-i:\\b\\d{4}\\s?[A-Z]{2}\\s+\\p{Lu})|(?:^|\\s)(?:D-|A-|CH-)?\\d{4,5}\\s+\\p{Lu}\\p{Ll}+|" \
	"\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s+\\d[A-Z]{2}\\b"
/* A line that tells how to reach the writer: the details, or a firm's name and a title
 * as a signature sets them. */
static DmPattern contact_re = RT(
	CONTACT_DETAIL "|"
	/* "Craig Lund | Lund Machining" */
	"^[^|]{2,60}(?:\\s\\|\\s[^|]{2,60}){1,5}$|"
	/* a company's legal form closing the line: "Jansen BV", "Weber GmbH" */
	"\\b(?:B\\.?V\\.?|N\\.?V\\.?|BVBA|VOF|AG|KG|Ltd\\.?|LLC|LLP|PLLC|P\\.C\\.|Inc\\.?|plc|S\\.A\\.|SARL|"
	"Sp\\. z o\\.o\\.)\\s*$|\\b(?:GmbH|e\\.\\s?V\\.|e\\.\\s?U\\.|e\\.\\s?K\\.)(?!\\p{L})|"
	/* titles only a signature carries */
	"\\b(?:CEO|CFO|CTO|COO|Managing Director|Geschäftsführer(?:in)?|Inhaber(?:in)?|"
	"Founder|Oprichter)\\b|\\bPh\\.\\s?D\\.?(?!\\p{L})");
static DmPattern contact_detail_re = RT(CONTACT_DETAIL);
/* A signature's furniture, which a contact block carries even when it reads as a
 * sentence: certificates and memberships ("VCA** gecertificeerd | ISO 9001:2015",
 * "Mitglied der Landesinnung", "aangesloten bij de NBA"), office hours ("Kantoor gesloten
 * op vrijdagmiddag.", "Ik werk op ma, di en do.", "This inbox is checked Mon-Thu."),
 * banners ("*** Winterlager 2026/27: jetzt Plätze sichern! ***", "Bezoek ons op de
 * Bouwbeurs, hal 7, stand 7.114!", "We're hiring!"). */
static DmPattern furniture_re = RT(
	"\\b(?:ISO\\s?\\d{4,5}|VCA\\b|gecertificeerd|zertifiziert|certified|erkend leerbedrijf|"
	"meisterbetrieb|konzessioniert|lid van|aangesloten bij|member of|mitglied (?:der|im|des)|"
	"kantoor (?:is )?gesloten op (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|ma|di|"
	"wo|do|vr|za)|bereikbaar (?:op (?:werkdagen|maandag|dinsdag|woensdag|donderdag|vrijdag|ma|"
	"di|wo|do|vr)\\b|van \\d|tussen \\d)|openingstijden|"
	"ik werk (?:op )?(?:ma|di|wo|do|vr)|office hours|opening hours|"
	"(?:this )?inbox is (?:checked|monitored)|i work (?:on )?(?:mon|tue|wed|thu|fri)|"
	"bürozeiten|öffnungszeiten|sprechzeiten|erreichbar (?:mo|di|mi|do|fr|von|zwischen)|"
	"we(?:'re| are) hiring|wir stellen ein|"
	"(?:bezoek|besuchen sie|visit) (?:ons|uns|us)\\b.{0,60}\\b(?:stand|booth|halle?|hall)\\b|"
	"(?:please )?(?:do not|don't) print this e-?mail|think before you print|"
	"print deze e-?mail niet|bitte nicht ausdrucken)|"
	/* An image or banner an HTML converter left as its alternative text: "[banner:
	 * Werken in de zorg? Kijk op ...]", "[image: Logo]"; not a mailing's button ("[Take
	 * the survey]"), which says what the message is. */
	"^\\s*\\[\\s*(?:banner|image|img|afbeelding|bild|grafik|logo|foto|photo|picture)\\b"
	"[^\\]]{0,200}\\]\\s*$|"
	"^\\W*([*=#~])\\1\\1.*([*=#~])\\2\\2\\W*$");

/* The writer's own business in a line: the money and its paying.  A furniture line or a
 * short unpunctuated one that speaks of it is the writer's ("Ik werk op maandag weer, dan
 * maak ik het bedrag over.", "het restant komt op vrijdag binnen"), never a signature's. */
static DmPattern money_re = RT(
	"(?<!\\p{L})(?:betaal\\w*|betaling\\w*|bedrag\\w*|restant\\w*|overgemaakt|overmaak\\w*|overmak\\w*|"
	"maak\\w* .{0,30}\\bover|factu(?:u)?r\\w*|pay\\w*|paid|invoice\\w*|amount|balance|"
	"remainder|transfer\\w*|zahl\\w*|bezahl\\w*|überw[ie]\\w*|rechnung\\w*|betrag\\w*|"
	"rest(?:betrag)?|euro|pounds?|€|£)(?!\\p{L})");
/* A day the writer names, as a slogan does not. */
static DmPattern day_re = RT(
	"(?<!\\p{L})(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag|vandaag|morgen|"
	"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|"
	"(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|heute)(?!\\p{L})");

/* A closing, alone or with a name ("Groet, Jan", "Cheers", "LG Nadine"); closing_only_re
 * the closing alone. */
static DmPattern closing_re = RT(
	"^\\s*(?:(?:met\\s+)?(?:vriendelijke|hartelijke|beste|warme|zonnige|vr\\.?)?\\s*"
	"groet(?:en|jes)?|gr\\.?|grt|grtz|m\\.?v\\.?g\\.?|hoogachtend|"
	"(?:kind|best|warm|kindest|warmest)?\\s*regards|best wishes|best|thanks|thank you|thx|"
	"many thanks|cheers|(?:yours\\s+)?sincerely(?:\\s+yours)?|yours\\s+(?:faithfully|truly)|"
	"(?:mit\\s+)?(?:freundlichen|besten|herzlichen|lieben)\\s+grü(?:ß|ss)en|"
	"(?:viele|liebe|beste|herzliche|freundliche)\\s+grü(?:ß|ss)e|grü(?:ß|ss)e|gru(?:ß|ss)|"
	"lg|vg|mfg|cordialement|bien\\s+à\\s+vous|bedankt|dank je wel|danke)\\b");
#define CLOSING_WORDS \
	"(?:(?:met\\s+)?(?:vriendelijke|hartelijke|beste|warme)?\\s*groet(?:en|jes)?|m\\.?v\\.?g\\.?|" \
	"hoogachtend|(?:kind|best|warm|kindest|warmest)?\\s*regards|best wishes|sincerely|" \
	"yours\\s+(?:sincerely|faithfully|truly)|(?:mit\\s+)?(?:freundlichen|besten|herzlichen|" \
	"lieben)\\s+grü(?:ß|ss)en|(?:viele|liebe|beste|herzliche|freundliche)\\s+grü(?:ß|ss)e|" \
	"cordialement)"
static DmPattern closing_only_re = RT("^\\s*" CLOSING_WORDS "\\s*[,.!]?\\s*$");

gboolean
dm_reply_line_is_blank(const char *line)
{
	for (; *line; line = g_utf8_next_char(line)) {
		gunichar c = g_utf8_get_char(line);
		if (!g_unichar_isspace(c) && c != 0x1427 && c != 0x200B && c != 0xFEFF)
			return FALSE;
	}
	return TRUE;
}

static gboolean
is_blank(const char *line)
{
	return dm_reply_line_is_blank(line);
}

/* Words of @line: runs between white space that hold a letter or a digit ("CEO @ Acme !"
 * has two). */
static guint
words(const char *line)
{
	guint n = 0;
	gboolean counted = FALSE;
	for (const char *p = line; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (g_unichar_isspace(c))
			counted = FALSE;
		else if (!counted && g_unichar_isalnum(c)) {
			n++;
			counted = TRUE;
		}
	}
	return n;
}

/* A name that ends in a degree, a suffix or a legal form, whose full stop ends no
 * sentence: "John E. Doe, Ph.D.", "Steven R. Baker, Esq.", "Baker Law Office, P.C.",
 * "Tall Pines Builders Inc." */
static DmPattern name_suffix_re = RT(
	"\\b(?:Ph\\.\\s?D|Esq|Jr|Sr|M\\.D|M\\.\\s?Sc|B\\.\\s?Sc|LL\\.\\s?M|Inc|Ltd|Corp|Co|"
	"P\\.C|B\\.V|N\\.V|S\\.A|e\\.\\s?V|o\\.o)\\.\\s*$");

/* No word of @line but an abbreviation starts with a small letter: a name or a firm's
 * name ("Tall Pines Builders Inc.", "Nowak Transport Sp. z o.o.", "TSV Eiche 1920 e. V."),
 * not a sentence ("We sent it to Acme Inc.").  An abbreviation is one letter or holds a
 * full stop. */
static gboolean
is_title_case(const char *line)
{
	g_auto(GStrv) tokens = g_strsplit_set(line, " \t", -1);
	for (guint i = 0; tokens[i]; i++) {
		const char *w = tokens[i];
		if (*w == '\0' || !g_unichar_islower(g_utf8_get_char(w)))
			continue;
		if (g_utf8_strlen(w, -1) > 1 && !strchr(w, '.'))
			return FALSE;
	}
	return TRUE;
}

/* Words of @line that start with a small letter and are no abbreviation: a sentence has
 * several ("Het bedrag van 450 euro is op 3 december overgemaakt"), an address line few
 * ("Unit 4, Montague Park, Cape Town 7441", "Burgemeester van der Heijdenstraat 12"). */
static guint
lower_words(const char *line)
{
	g_auto(GStrv) tokens = g_strsplit_set(line, " \t", -1);
	guint n = 0;
	for (guint i = 0; tokens[i]; i++) {
		const char *w = tokens[i];
		if (*w != '\0' && g_unichar_islower(g_utf8_get_char(w)) &&
		    g_utf8_strlen(w, -1) > 1 && !strchr(w, '.'))
			n++;
	}
	return n;
}

/* A line that ends a sentence of the writer's: several words and a final . ! ? or :,
 * unless the full stop is a name's or firm's suffix. */
static gboolean
is_sentence(const char *line)
{
	g_autofree char *t = g_strstrip(g_strdup(line));
	gsize len = strlen(t);
	if (len == 0 || !strchr(".!?:", t[len - 1]) || words(t) < 4)
		return FALSE;
	return !(t[len - 1] == '.' && is_title_case(t) && dm_pattern_found(&name_suffix_re, t));
}

gboolean
dm_reply_is_device_line(const char *line)
{
	return dm_pattern_found(&device_re, line);
}

static gboolean
has_digit(const char *line)
{
	for (; *line; line++)
		if (g_ascii_isdigit(*line))
			return TRUE;
	return FALSE;
}

/* A quoted phrase, a firm's motto: "...", „...“, “...”, «...». */
static DmPattern quoted_re = RT("[\"„“«]([^\"„“”«»]{3,160})[\"“”»]");
/* A banner line that says the message is automatic: what the message is, never furniture
 * ("*** Dit is een automatisch gegenereerd bericht ***"). */
static DmPattern automatic_re = RT(
	"automati(?:sch|c)|auto-?generated|do not reply|niet beantwoorden|nicht antworten");

/* (transfer full) @line without its quoted phrases: a motto's words are not the
 * writer's, whatever they say of paying ("„Wir zahlen gern etwas mehr ...“"). */
static char *
outside_quotes(const char *line)
{
	GString *out = g_string_new(NULL);
	gsize len = strlen(line), at = 0;
	DmMatch m;
	while (at < len && dm_pattern_match(&quoted_re, line, len, at, &m)) {
		g_string_append_len(out, line + at, (gssize) (m.start[0] - at));
		at = m.end[0];
	}
	if (at < len)
		g_string_append(out, line + at);
	return g_string_free(out, FALSE);
}

/* Whether @text speaks of the writer's own business: the money, a day, or themself. */
static gboolean
writers_business(const char *text)
{
	return dm_pattern_found(&money_re, text) || dm_pattern_found(&day_re, text) ||
	       dm_pattern_found(&first_person_re, text);
}

/* A firm's motto beside its name ("Vogt Steuerberatung — „Wir bringen Ihre Zahlen in
 * Ordnung“", "„Wir zahlen gern etwas mehr für gute Produkte.“"): a quoted phrase, and
 * outside it at most a name's few words, none of them the writer's business. */
static gboolean
is_quoted_motto(const char *line)
{
	g_autofree char *rest = outside_quotes(line);
	return strlen(rest) < strlen(line) && words(rest) <= NAME_MAX_WORDS &&
	       !writers_business(rest);
}

/* A line that closes a firm's signature under its contact lines: a slogan, a pledge, an
 * acknowledgement ("Be green, keep it on the screen.", "Brightpath is an Equal
 * Opportunity Employer.", "Wir pflanzen für jeden Auftrag einen Baum"), a sentence or
 * not, of a few words and none of the writer's business, no question and no "not" (a
 * writer's "De goederen zijn nooit geleverd." under their own telephone number is
 * theirs). */
static DmPattern negation_re = RT(
	"(?<!\\p{L})(?:not|never|no|n't|niet|nooit|geen|nicht|nie|kein\\w*|noch)(?!\\p{L})");
static gboolean
is_closing_motto(const char *line)
{
	g_autofree char *t = g_strstrip(g_strdup(line));
	gsize len = strlen(t);
	guint n = words(t);
	return n >= TAGLINE_MIN_WORDS && n <= MOTTO_MAX_WORDS && len > 0 && t[len - 1] != '?' &&
	       !writers_business(t) && !dm_pattern_found(&negation_re, t) &&
	       !dm_pattern_found(&automatic_re, t) && !dm_pattern_found(&closing_re, t);
}

/* A closing's paragraph keeps the name signed under it, and the firm's lines under that
 * name when they close the paragraph and give no detail to reach it by: "Freundliche
 * Grüsse\nDaniel Roth\nRoth Elektro AG", "Regards,\nMohammed Rahman\nDirector, Rahman
 * Foods Ltd", "Groet,\nAnouk\nFinance | Reclamebureau Blauwe Reiger" are typed so; a
 * telephone, an address or a registration under the name is the signature's
 * (corpus/replies/README.md: the `signature` follows the typed text).  @name is the line
 * under the closing; the end of what stays. */
static guint
signed_lines_end(char **lines, guint name, guint b)
{
	if (name >= b)
		return b;
	if (b - name - 1 > SIGNED_FIRM_MAX_LINES)
		return name + 1;
	for (guint i = name + 1; i < b; i++)
		if (dm_pattern_found(&contact_detail_re, lines[i]) || is_sentence(lines[i]) ||
		    words(lines[i]) > SIGNED_FIRM_MAX_WORDS)
			return name + 1;
	return b;
}

/* The signature-like tail of paragraph [@a, @b): the first line from which every line is
 * a contact line or a short non-sentence; @b when there is none or no contact line in
 * it.  A closing line and one line under it stay, and with @keep_firm the firm's lines
 * under that name too (signed_lines_end). */
static guint
contact_tail(char **lines, guint a, guint b, gboolean keep_firm)
{
	if (b - a > BLOCK_MAX_LINES)
		return b;
	guint start = b, mottos = 0;
	gboolean contact = FALSE, bottom = TRUE;
	for (guint i = b; i > a; i--) {
		const char *l = lines[i - 1];
		/* A sentence is the writer's, whatever address or number it gives, unless
		 * it is the signature's furniture. */
		gboolean furniture = (dm_pattern_found(&furniture_re, l) && !dm_pattern_found(&money_re, l) &&
		                      !dm_pattern_found(&automatic_re, l)) || is_quoted_motto(l);
		/* The block's last lines may be its slogan; they count only when contact
		 * lines stand above them, and only at the very bottom (a sentence wrapped
		 * over two lines is no slogan). */
		if (bottom && !furniture && mottos < MOTTO_MAX_LINES && is_closing_motto(l) &&
		    !dm_pattern_found(&contact_re, l)) {
			mottos++;
			start = i - 1;
			continue;
		}
		bottom = FALSE;
		/* A slogan stands under the firm's lines; where the money is spoken of
		 * between it and them, the "slogan" is the writer's last line ("Graag binnen
		 * 14 dagen overmaken." under "Totaal: € 840,00"). */
		if (mottos > 0 && !contact && !furniture && !dm_pattern_found(&contact_re, l) &&
		    dm_pattern_found(&money_re, l))
			return b;
		if (!furniture && (is_sentence(l) || g_utf8_strlen(l, -1) > BLOCK_MAX_CHARS))
			break;
		gboolean is_contact = furniture || dm_pattern_found(&contact_re, l);
		/* A long line that is neither ends the block, unless it holds a number as
		 * an address does ("Unit 4, Montague Park, Cape Town 7441"), and reads as
		 * no sentence: "Het bedrag van 450 euro is op 3 december overgemaakt" over
		 * the name is the writer's, full stop or not. */
		if (!is_contact && words(l) > NAME_MAX_WORDS &&
		    (words(l) > ADDRESS_MAX_WORDS || !has_digit(l) ||
		     lower_words(l) >= SENTENCE_MIN_LOWER || dm_pattern_found(&money_re, l)))
			break;
		contact = contact || is_contact;
		start = i - 1;
	}
	if (!contact)
		return b;
	for (guint i = a; i < b; i++)
		if (dm_pattern_found(&closing_re, lines[i]) && words(lines[i]) <= NAME_MAX_WORDS)
			start = MAX(start, keep_firm ? signed_lines_end(lines, i + 1, b) : MIN(i + 2, b));
	return start;
}

/* Paragraph [@a, @b) is a short name-and-title block ("RUUD KAMPHUIS\neigenaar"): it
 * starts with a letter, as a name does. */
static gboolean
is_name_block(char **lines, guint a, guint b)
{
	const char *first = lines[a];
	while (*first && g_ascii_isspace(*first))
		first++;
	if (b - a > NAME_MAX_LINES || !g_unichar_isalpha(g_utf8_get_char(first)))
		return FALSE;
	for (guint i = a; i < b; i++)
		if (words(lines[i]) > NAME_MAX_WORDS || is_sentence(lines[i]) ||
		    dm_pattern_found(&closing_re, lines[i]))
			return FALSE;
	return TRUE;
}

/* Paragraph [@a, @b) is a one-line slogan ("Samen bouwen aan een duurzaam Friesland")
 * and the paragraph above it a contact block: a firm's signature closes with its
 * slogan, a writer's text does not end in a few words under their own telephone number. */
static gboolean
is_tagline_under_contact(char **lines, guint a, guint b)
{
	if (b - a != 1 || words(lines[a]) > TAGLINE_MAX_WORDS ||
	    words(lines[a]) < TAGLINE_MIN_WORDS || is_title_case(lines[a]) ||
	    is_sentence(lines[a]) || dm_pattern_found(&closing_re, lines[a]))
		return FALSE;
	/* A P.S. under the signature, not a slogan: the writer on the money, a day, or
	 * themself ("het restant komt op vrijdag binnen"). */
	if (dm_pattern_found(&money_re, lines[a]) || dm_pattern_found(&day_re, lines[a]) ||
	    dm_pattern_found(&first_person_re, lines[a]))
		return FALSE;
	guint pb = a;
	while (pb > 0 && is_blank(lines[pb - 1]))
		pb--;
	if (pb == 0 || pb == a)
		return FALSE;
	guint pa = pb;
	while (pa > 0 && !is_blank(lines[pa - 1]))
		pa--;
	return contact_tail(lines, pa, pb, FALSE) < pb;
}

static gpointer
compile_non_letters(gpointer unused)
{
	return g_regex_new("[^\\p{L}]+", 0, 0, NULL);
}

/* (transfer full) the words of @lower: what lies between runs of non-letters.  The
 * pattern is compiled once; g_regex_split_simple compiled it at every call, two for each
 * paragraph that may be a signed name. */
static GStrv
letter_words(const char *lower)
{
	static GOnce once = G_ONCE_INIT;
	GRegex *non_letters = g_once(&once, compile_non_letters, NULL);
	return g_regex_split(non_letters, lower, 0);
}

/* The signature at line @a repeats the name the writer signed with just above it ("Kevin"
 * over "Kevin O'Neill", "Gr Ruud" over "RUUD KAMPHUIS"): a word of three letters or more
 * of its first line is in one of the last two lines of the paragraph before, a short
 * one without an address. */
static gboolean
repeats_signer(char **lines, guint a)
{
	guint end = a;
	while (end > 0 && is_blank(lines[end - 1]))
		end--;
	if (end == a || end == 0)
		return FALSE;
	/* The first line's words, split when a line above can be a signed name (most
	 * paragraphs before a trailer are sentences). */
	g_auto(GStrv) names = NULL;
	for (guint i = end; i > 0 && end - i < 2 && !is_blank(lines[i - 1]); i--) {
		/* Only a short line can be a signed name. */
		if (words(lines[i - 1]) > 4 || strchr(lines[i - 1], '@'))
			continue;
		if (!names) {
			g_autofree char *first = g_utf8_strdown(lines[a], -1);
			names = letter_words(first);
		}
		g_autofree char *above = g_utf8_strdown(lines[i - 1], -1);
		g_auto(GStrv) words_above = letter_words(above);
		for (guint n = 0; names[n]; n++)
			for (guint w = 0; g_utf8_strlen(names[n], -1) >= 3 && words_above[w]; w++)
				if (strcmp(names[n], words_above[w]) == 0)
					return TRUE;
	}
	return FALSE;
}

/* Paragraph [@a, @b) holds a mailing's links (mailing_re). */
static gboolean
holds_mailing_line(char **lines, guint a, guint b)
{
	for (guint i = a; i < b; i++)
		if (dm_pattern_found(&mailing_re, lines[i]))
			return TRUE;
	return FALSE;
}

static gboolean
is_disclaimer(char **lines, guint a, guint b)
{
	guint n_words = 0;
	gboolean weak = FALSE, first_person = FALSE;
	for (guint i = a; i < b; i++) {
		if (dm_pattern_found(&disclaimer_strong_re, lines[i]))
			return TRUE;
		weak = weak || dm_pattern_found(&disclaimer_weak_re, lines[i]);
		first_person = first_person || dm_pattern_found(&first_person_re, lines[i]);
		n_words += words(lines[i]);
	}
	/* "Ik wil dit graag vertrouwelijk houden, maar ik betaal vrijdag" is the writer's:
	 * a firm's notice never says "I". */
	return weak && !first_person && n_words >= DISCLAIMER_MIN_WORDS;
}

guint
dm_reply_trailer_start(char **lines, guint n)
{
	guint end = n;
	gboolean after_contact = FALSE, cut_device = FALSE;
	for (;;) {
		/* Device lines were just taken off this paragraph's end. */
		gboolean after_device = cut_device;
		cut_device = FALSE;
		while (end > 0 && is_blank(lines[end - 1]))
			end--;
		if (end == 0)
			break;
		guint a = end;
		while (a > 0 && !is_blank(lines[a - 1]))
			a--;
		if (holds_mailing_line(lines, a, end))
			break;
		guint cut = end;
		/* Device lines under the writer's own: "Jan\nSent from my iPhone". */
		guint device = end;
		while (device > a && dm_pattern_found(&device_re, lines[device - 1]))
			device--;
		if (device == a || is_disclaimer(lines, a, end)) {
			cut = a;
		} else if (device < end) {
			cut = device;
			cut_device = TRUE;
		} else if ((cut = contact_tail(lines, a, end, TRUE)) == a) {
			after_contact = TRUE;
		} else if (is_tagline_under_contact(lines, a, end)) {
			cut = a;
		} else if ((is_name_block(lines, a, end) && (after_device || repeats_signer(lines, a))) ||
		           (after_contact && end - a == 1 && dm_pattern_found(&closing_only_re, lines[a]))) {
			/* The signature's name and title under the writer's own name
			 * ("Gr Ruud\n\nRUUD KAMPHUIS\neigenaar") or over a device line
			 * ("Stavros\nvia mobile"); or a closing standing alone above a contact
			 * block, the signature's first line. */
			cut = a;
			after_contact = FALSE;
		} else {
			after_contact = FALSE;
		}
		if (cut == end)
			break;
		/* Never take it all: a reply of nothing but a name and a number is that. */
		gboolean text_before = FALSE;
		for (guint i = 0; i < cut && !text_before; i++)
			text_before = !is_blank(lines[i]);
		if (!text_before)
			break;
		end = cut;
		if (cut > a && cut != device)
			break;
	}
	return end;
}

guint
dm_reply_signed_firm_start(char **lines, guint n)
{
	guint end = n;
	while (end > 0 && is_blank(lines[end - 1]))
		end--;
	guint a = end;
	while (a > 0 && !is_blank(lines[a - 1]))
		a--;
	/* Where the last paragraph would be cut if its closing kept the name alone. */
	if (a == end || contact_tail(lines, a, end, TRUE) != end)
		return n;
	guint cut = contact_tail(lines, a, end, FALSE);
	return cut < end ? cut : n;
}
