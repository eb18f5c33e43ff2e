/* reply_trailer: where the writer's text ends and the trailer begins.
 *
 * Works backwards over the paragraphs of the new text (blank-line separated), taking off
 * one at a time while it is:
 *   - made of device lines only ("Sent from my Galaxy", "Von meinem iPhone gesendet",
 *     "Outlook voor iOS downloaden");
 *   - a confidentiality disclaimer: a phrase only disclaimers use ("onterecht ontvangen",
 *     "niet de geadresseerde", "intended recipient", "received this e-mail in error",
 *     "irrtümlich erhalten", "nicht der richtige Adressat"), or a long paragraph saying
 *     "vertrouwelijk" / "confidential" / "vertraulich";
 *   - a contact block: lines with a telephone number, an address, a web or mail address,
 *     a company registration ("KvK", "BTW", "VAT", "USt-IdNr"), a company's legal form
 *     ("Jansen BV") or a title ("CEO", "Geschäftsführer"), and otherwise only short
 *     lines that end no sentence (names, titles, company names).  Within the paragraph the
 *     cut starts after the last line that is neither; a closing and one name line under
 *     it stay.  After a contact block, one short name-and-title paragraph before it goes
 *     too ("RUUD KAMPHUIS\neigenaar"), or a closing alone on its paragraph ("Regards,").
 * Nothing is taken when it would leave no text at all.
 * Failures: none.  Every line is looked at a bounded number of times. */
#include "parser/reply/dm-reply-trailer.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define RT(src) DM_PATTERN("(*ANY)" src, PCRE2_CASELESS)

/* Longest contact block, and the longest line in one. */
#define BLOCK_MAX_LINES 14
#define BLOCK_MAX_CHARS 100
/* A name-and-title paragraph: at most this many lines of at most this many words. */
#define NAME_MAX_LINES 3
#define NAME_MAX_WORDS 6
/* A paragraph that only says "confidential" is a disclaimer from this many words on. */
#define DISCLAIMER_MIN_WORDS 15

static DmPattern device_re = RT(
	"^\\s*(?:Sent from|Sent via|Sent with|Sent using|Get Outlook for|Download Outlook for|"
	"Verzonden (?:vanaf|van|met|via|from)|Verstuurd (?:vanaf|van|met|via)|"
	"Outlook voor (?:iOS|Android) downloaden|Outlook für (?:iOS|Android) herunterladen|"
	"Von meinem|Gesendet (?:von|mit|vom|über)|Envoyé (?:de|depuis|avec|à partir de)|"
	"Obtenir Outlook pour|Enviado (?:desde|de|con)|Inviato da|Skickat från|Sendt fra|"
	"Diese Nachricht wurde von meinem|"
	"(?:sent |written )?(?:via|from|on) (?:my )?(?:mobile|phone|iPhone|iPad|Android|"
	"BlackBerry)\\b.{0,20}$)\\b.{0,80}$");
static DmPattern disclaimer_strong_re = RT(
	"onterecht ontvangen|ten onrechte ontvangen|per abuis ontvangen|niet de (?:beoogde )?"
	"geadresseerde|niet bestemd voor u|uitsluitend bestemd voor|geen rechten (?:worden )?"
	"(?:kunnen )?(?:worden )?ontleend|intended recipient|intended solely for|"
	"received this (?:e-?mail|message|communication|transmission) in error|"
	"(?:e-?mail|message) (?:and any attachments )?(?:is|are|may be) (?:strictly )?"
	"(?:confidential|privileged)|irrtümlich erhalten|irrtümlich zugegangen|nicht der "
	"(?:richtige|beabsichtigte) (?:adressat|empfänger)|nicht für sie bestimmt|"
	"unbefugte (?:weitergabe|kopieren)|destinataire (?:prévu|désigné)|reçu (?:ce|cet) "
	"(?:message|e-?mail|courriel) par erreur");
static DmPattern disclaimer_weak_re = RT(
	"vertrouwelijk|confidential|vertraulich|confidentiel|disclaimer|haftungsausschluss");
/* A line that tells how to reach the writer. */
static DmPattern contact_re = RT(
	/* telephone: "T +31 28 955 6038", "Tel.: 030-2213344", "M 06 4893 1377", "(555) 800-2231" */
	"(?:^|\\s)(?:t|m|f|tel|telefoon|telefon|phone|mobile|mobiel|mob|fax|gsm|handy|cell|"
	"direct|office)\\.?\\s*[:.]?\\s*\\+?[\\d(][\\d\\s()./-]{6,}|"
	"\\+\\d{2}[\\s\\d()./-]{7,}|\\(\\d{3}\\)\\s*\\d{3}-\\d{4}|\\b0\\d{1,3}[\\s-]?\\d{3}[\\s-]?\\d{2,4}"
	"(?:[\\s-]?\\d{2})?\\b|"
	/* web and mail */
	"\\bwww\\.|https?://|[\\w.+-]+@[\\w-]+\\.[\\w.-]+|"
	/* a company's legal form closing the line: "Jansen BV", "Weber GmbH" */
	"\\b(?:B\\.?V\\.?|N\\.?V\\.?|BVBA|VOF|GmbH|AG|KG|e\\.K\\.|Ltd\\.?|LLC|Inc\\.?|plc)\\s*$|"
	/* titles only a signature carries */
	"\\b(?:CEO|CFO|CTO|COO|Managing Director|Geschäftsführer(?:in)?|Inhaber(?:in)?|"
	"Directeur|Founder|Oprichter|Ph\\.D\\.)\\b|"
	/* registrations */
	"\\b(?:kvk|btw|vat|ust-?id(?:nr)?|hrb|handelsregister|registered in|company no|"
	"ondernemingsnummer|iban|bic|reg\\.? ?no)\\b|"
	/* postcodes with a place: "3846 BC Harderwijk", "10115 Berlin", "S9 2RT" */
	"\\b\\d{4}\\s?[A-Z]{2}\\s+\\p{Lu}|(?:^|\\s)(?:D-|A-|CH-)?\\d{4,5}\\s+\\p{Lu}\\p{Ll}+|"
	"\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s+\\d[A-Z]{2}\\b");
/* A closing, alone or with a name ("Groet, Jan", "Cheers", "LG Nadine"). */
static DmPattern closing_re = RT(
	"^\\s*(?:(?:met\\s+)?(?:vriendelijke|hartelijke|beste|warme|zonnige|vr\\.?)?\\s*"
	"groet(?:en|jes)?|gr\\.?|grt|grtz|m\\.?v\\.?g\\.?|hoogachtend|"
	"(?:kind|best|warm|kindest|warmest)?\\s*regards|best wishes|best|thanks|thank you|thx|"
	"many thanks|cheers|(?:yours\\s+)?sincerely(?:\\s+yours)?|yours\\s+(?:faithfully|truly)|"
	"(?:mit\\s+)?(?:freundlichen|besten|herzlichen|lieben)\\s+grü(?:ß|ss)en|"
	"(?:viele|liebe|beste|herzliche|freundliche)\\s+grü(?:ß|ss)e|grü(?:ß|ss)e|gru(?:ß|ss)|"
	"lg|vg|mfg|cordialement|bien\\s+à\\s+vous|bedankt|dank je wel|danke)\\b");

static gboolean
matches(DmPattern *p, const char *line)
{
	DmMatch m;
	return dm_pattern_match(p, line, strlen(line), 0, &m);
}

static gboolean
is_blank(const char *line)
{
	for (; *line; line = g_utf8_next_char(line))
		if (!g_unichar_isspace(g_utf8_get_char(line)))
			return FALSE;
	return TRUE;
}

static guint
words(const char *line)
{
	guint n = 0;
	gboolean in = FALSE;
	for (const char *p = line; *p; p++) {
		gboolean space = g_ascii_isspace(*p);
		if (!space && !in)
			n++;
		in = !space;
	}
	return n;
}

/* A line that ends a sentence of the writer's: several words and a final . ! ? or :. */
static gboolean
is_sentence(const char *line)
{
	g_autofree char *t = g_strstrip(g_strdup(line));
	gsize len = strlen(t);
	return len > 0 && strchr(".!?:", t[len - 1]) && words(t) >= 4;
}

gboolean
dm_reply_is_device_line(const char *line)
{
	return matches(&device_re, line);
}

/* The signature-like tail of paragraph [@a, @b): the first line from which every line is
 * a contact line or a short non-sentence; @b when there is none or no contact line in
 * it.  A closing line and one line under it stay. */
static guint
contact_tail(char **lines, guint a, guint b)
{
	if (b - a > BLOCK_MAX_LINES)
		return b;
	guint start = b;
	gboolean contact = FALSE;
	for (guint i = b; i > a; i--) {
		const char *l = lines[i - 1];
		gboolean is_contact = matches(&contact_re, l);
		gboolean short_line = g_utf8_strlen(l, -1) <= BLOCK_MAX_CHARS && !is_sentence(l) &&
				      words(l) <= NAME_MAX_WORDS;
		if (!is_contact && !short_line)
			break;
		contact = contact || is_contact;
		start = i - 1;
	}
	if (!contact)
		return b;
	for (guint i = a; i < b; i++)
		if (matches(&closing_re, lines[i]) && words(lines[i]) <= NAME_MAX_WORDS)
			start = MAX(start, MIN(i + 2, b));
	return start;
}

/* Paragraph [@a, @b) is a short name-and-title block ("RUUD KAMPHUIS\neigenaar"). */
static gboolean
is_name_block(char **lines, guint a, guint b)
{
	if (b - a > NAME_MAX_LINES)
		return FALSE;
	for (guint i = a; i < b; i++)
		if (words(lines[i]) > NAME_MAX_WORDS || is_sentence(lines[i]) ||
		    matches(&closing_re, lines[i]))
			return FALSE;
	return TRUE;
}

static gboolean
is_disclaimer(char **lines, guint a, guint b)
{
	guint n_words = 0;
	gboolean weak = FALSE;
	for (guint i = a; i < b; i++) {
		if (matches(&disclaimer_strong_re, lines[i]))
			return TRUE;
		weak = weak || matches(&disclaimer_weak_re, lines[i]);
		n_words += words(lines[i]);
	}
	return weak && n_words >= DISCLAIMER_MIN_WORDS;
}

guint
dm_reply_trailer_start(char **lines, guint n)
{
	guint end = n;
	gboolean after_contact = FALSE;
	for (;;) {
		while (end > 0 && is_blank(lines[end - 1]))
			end--;
		if (end == 0)
			break;
		guint a = end;
		while (a > 0 && !is_blank(lines[a - 1]))
			a--;
		guint cut = end;
		/* Device lines under the writer's own: "Jan\nSent from my iPhone". */
		guint device = end;
		while (device > a && matches(&device_re, lines[device - 1]))
			device--;
		if (device == a || is_disclaimer(lines, a, end)) {
			cut = a;
		} else if (device < end) {
			cut = device;
			after_contact = TRUE;
		} else if ((cut = contact_tail(lines, a, end)) == a) {
			after_contact = TRUE;
		} else if (after_contact && (is_name_block(lines, a, end) ||
		                             (end - a == 1 && matches(&closing_re, lines[a])))) {
			/* The name above a contact block; or a closing standing alone above
			 * one, the signature's first line. */
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
