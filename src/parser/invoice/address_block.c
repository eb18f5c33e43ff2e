/* address_block: the debtor's name and address block in an invoice's text
 * (dm_address_block_find).
 *
 * Invoices place the customer's address the way letters do: after a label ("Aan",
 * "Factuuradres", "Bill to", "Invoice to", "Rechnungsempfänger", "Kunde"), or unlabelled as
 * the window block on the left under the sender's letterhead — a name line, perhaps an
 * attention line ("t.a.v.", "Attn", "z. Hd."), a street line, and a postcode with a city
 * ("1234 AB Plaats", "12345 Stadt", "1000 Brussel", "Bristol BS1 3PR", "Austin, TX 78701").
 * The sender's own block has the same shape; it is told apart by what follows it (a
 * telephone number, an e-mail or web address) or by its name coming back elsewhere in the
 * text (the footer, "ten name van"), which a debtor's name rarely does.
 * In a table laid out in columns the debtor's block is the left one: only the first cell
 * of each line is read for the unlabelled block.
 * Failures: none; no block found gives FALSE. */
#include "parser/invoice/dm-address-block.h"
#include "parser/invoice/dm-business.h"
#include "parser/invoice/dm-name-lines.h"
#include "parser/invoice/dm-name-persons.h"
#include "parser/invoice/dm-debtor-name.h"
#include "parser/invoice/dm-greeting.h"
#include "parser/text/dm-dates.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI PCRE2_CASELESS
#define MAX_LINES 4000
#define MAX_NAME 80

/* The role a debtor has, joined by a slash to a label that says the debtor ("Leerling /
 * debiteur", "Klant / Debiteur", "Debtor / tenant"): the person the service was for is then
 * the one billed.  Alone, these roles name whom the service concerned (concerns_label). */
#define DEBTOR_ROLE "(?:leerling|pati[eë]nt(?:e)?|cursist|deelnemer|huurder|lid|cli[eë]nt|klant|pupil|student|tenant" \
	"|member|participant|patient(?:in)?|schüler(?:in)?|mieter(?:in)?|mitglied|teilnehmer(?:in)?|kunde|kundin)"
/* A label the debtor's block follows, on its line or alone above it. */
static DmPattern block_label = DM_PATTERN(
	"^[ \\t]*(?:(?:" DEBTOR_ROLE "[ \\t]*/[ \\t]*)?(?:debiteur|debtor|schuldner(?:in)?)(?:[ \\t]*/[ \\t]*" DEBTOR_ROLE ")?"
	"|factuuradres|facturatieadres|factuur\\s+aan|aan|klant|klantgegevens|debiteurnaam|afnemer|opdrachtgever"
	"|factuurgegevens|gefactureerd\\s+aan|(?:factuur\\s+)?voor|for"
	/* the Flemish addressee and the Dutch one */
	"|bestemmeling|geadresseerde"
	"|bill(?:ed)?[- ]to|invoice\\s+(?:to|for|address)|billing\\s+address|sold\\s+to|customer|client|to|prepared\\s+for"
	"|customer\\s+details|client\\s+details"
	/* German nouns of a person also in their feminine form ("Rechnungsempfängerin", "Kundin") */
	"|rechnungsempfänger(?:in)?|rechnungsadresse|rechnungsanschrift|rechnung\\s+(?:an|für)|kunde|kundin|kundenanschrift"
	"|leistungsempfänger(?:in)?|auftraggeber(?:in)?|an|empfänger(?:in)?"
	/* an owners' association's or a property manager's bill names the owner it bills
	 * ("Owner: Marcus and Dana Whitfield", "Eigentümerin: Sabine Hoffmann"); not the Dutch
	 * "Eigenaar", which a sole trader's footer names itself by */
	"|(?:home|unit|lot|property)?owners?|eigentümer(?:in)?"
	/* the Swiss QR-bill's payment part names the debtor too */
	"|zahlbar\\s+durch(?:\\s+\\(name/adresse\\))?|payable\\s+by(?:\\s+\\(name/address\\))?)"
	/* its value after a colon, or after two spaces or more (a text mail's aligned columns,
	 * an HTML table's cells as text: "Bill to  Jordan Miller") */
	"(?|[ \\t]*:[ \\t]*(\\S[^\\t]*)?|[ \\t]{2,}(\\S[^\\t]*)|[ \\t]*)$", CI | PCRE2_UTF);
/* A country's name as an address writes it on its last line. */
#define COUNTRY "(?:the\\s+netherlands|netherlands|nederland|belgi[eë]|belgium|belgique|deutschland|germany" \
	"|österreich|austria|schweiz|suisse|switzerland|united\\s+kingdom|uk|ireland|ierland|irland" \
	"|france|frankrijk|frankreich|luxembourg|luxemburg|norway|noorwegen|norwegen|norge|sweden|zweden" \
	"|schweden|sverige|denmark|denemarken|dänemark|danmark|finland|finnland|spain|spanje|spanien|españa" \
	"|italy|italië|italien|italia|portugal|poland|polen|polska|czech\\s+republic|czechia|canada|australia" \
	"|japan|china|singapore|usa|u\\.s\\.a\\.|united\\s+states(?:\\s+of\\s+america)?)"
/* The postcode line that ends an address block: NL, DE/AT/BE/CH, SE, UK, the Irish Eircode
 * (a routing key, then four of its letters and digits: "D02 T292"), US, Australia's state
 * and postcode ("Sydney NSW 2000"), Canada's province and postal code ("Toronto, ON M5V
 * 2T6"), an Irish county or Dublin postal district with no Eircode ("Co. Clare", "Dublin 8"), and any line with a number that
 * ends in a country after a comma ("Tokyo 111-0051, Japan"). */
static DmPattern postcode_line = DM_PATTERN(
	"^(?:(?:[A-Z]{1,2}-)?\\d{4}\\s?[A-Z]{2}\\s+\\p{Lu}"
	"|(?:.*\\s)?(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)\\s?[0-9AC-FHKNPRTV-Y]{4}$"
	"|(?:[A-Z]{1,2}-)?\\d{4,5}\\s+\\p{Lu}\\p{Ll}"
	/* the town in capitals, as an ERP prints it ("90402 NÜRNBERG", "A-6020 INNSBRUCK"); no
	 * currency after an amount */
	"|(?:[A-Z]{1,2}-)?\\d{4,5}\\s+(?!(?:EUR|CHF|GBP|USD)$)\\p{Lu}{3,}(?:[\\s-]+\\p{Lu}+)*(?:\\s+\\d{1,2})?$"
	"|(?:[A-Z]{1,2}-)?\\d{3}\\s\\d{2}\\s+\\p{Lu}\\p{Ll}"
	"|.*\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}$"
	"|.*,\\s*[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?$"
	"|.*\\s(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\\s+\\d{4}$"
	"|.*\\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\\s+[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d$"
	/* an Irish or British county that ends an address with no postcode ("Co. Clare"), perhaps
	 * after its town ("Oranmore, Co. Galway"), in Irish too with its article ("Co. na
	 * Gaillimhe", "Contae an Chláir"), or all in capitals as a block typed so ("KILLALOE" /
	 * "CO. CLARE") */
	"|(?:.*,\\s*)?(?:Co\\.|CO\\.|County|COUNTY|Contae)\\s+(?:(?:na|an)\\s+)?\\p{Lu}(?:\\p{Ll}+|\\p{Lu}+)$"
	/* a Dublin postal district, which an Irish address ends with where it prints no
	 * Eircode ("Dublin 8", "Dublin 6W", "DUBLIN 24") */
	"|(?:.*,\\s*)?(?:Dublin|DUBLIN)\\s+(?:[1-9]|1\\d|2[0-4]|6W)$"
	"|(?i:.*\\d.*,\\s*" COUNTRY ")$)", PCRE2_UTF | PCRE2_UCP);
/* A line of the block that is not the name: attention, department, c/o.  A department
 * names no one who owes: "Finance Department", "Afdeling Inkoop", "Abteilung Einkauf",
 * "Purchase Ledger", "Kreditorenbuchhaltung".  A Flemish "Dienst" is a department with
 * one word after it ("Dienst Financiën", "Dienst Communicatie"); with more it is a Dutch
 * agency's own name ("Dienst Justitiële Inrichtingen", "Dienst Uitvoering Onderwijs"). */
#define DEPARTMENT "(?:afdeling|abteilung|department|dept\\.?)\\b|dienst\\s+(?-i:\\p{Lu})[\\p{L}-]*\\s*$" \
	"|(?:accounts\\s+payable|accounts\\s+(?:department|dept)|purchase\\s+ledger|purchasing|procurement" \
	"|finance|financ(?:e|ial)\\s+(?:department|administration|team)|finanzabteilung|finanzbuchhaltung|finanzen" \
	"|rechnungswesen|einkauf|kreditoren(?:buchhaltung)?|crediteuren(?:administratie)?|crediteurenadministratie" \
	"|buchhaltung|administratie|financiële\\s+administratie|financien|financiën|inkoop|boekhouding|verwaltung" \
	"|facilitair(?:e\\s+dienst)?|facility\\s+management|administration|accounting|accounts" \
	/* a public body's or a group's back office: "Finance Shared Services", "Creditor \
	 * Payments", "Payables", "Rechnungseingang", "Rechnungsprüfung", "Crediteurenbeheer" */ \
	"|(?:finance\\s+)?shared\\s+service(?:s|\\s+cent(?:re|er))|creditors?(?:\\s+payments?)?|payables" \
	"|rechnungseingang|rechnungsprüfung|crediteurenbeheer" \
	/* the management or an office that reads the post for the organisation: "Direktion", \
	 * "Geschäftsleitung", "De Directie", "The Directors", "The Practice Manager", "The Bursar" */ \
	"|direktion|geschäftsleitung|geschäftsführung|unternehmensleitung|sekretariat|(?:de\\s+)?directie|secretariaat" \
	"|management|(?:the\\s+)?(?:directors|partners|trustees|proprietors?|bursar|bursary|(?:practice|office|general)\\s+manager))" \
	/* "Finance Office", "Accounts Team", perhaps with the mailbox in brackets: "Finance Office
	 * (Accounts Payable)" */ \
	"(?:\\s+(?:office|team|section|unit|desk))?(?:\\s*\\([^()]*\\))?" \
	/* two of them on one line: "Accounts Payable, Finance Shared Services" */ \
	"(?:\\s*[,/]\\s*[^\\n]{1,60})?\\s*$" \
	"|[^\\n]*\\b(?:department|dept\\.?|abteilung|afdeling)\\s*$" \
	/* a university's unit: "School of Health Sciences", "Faculteit Rechten", "Fachbereich 3" */ \
	"|(?:school|faculty|division)\\s+of\\s|(?:faculteit|fakultät|fachbereich|lehrstuhl)\\b"
/* Where the post for the debtor goes when it is not its own address: "p/a" (per adres),
 * "c/o", and German "bei" before a name ("bei Körner Hausverwaltung", "bei Schulz", as a
 * German address names the one whose letterbox holds the post).  The line names the
 * manager or host, never the one who owes. */
#define CARE_OF "(?:p/a|p\\.a\\.|per\\s+adres|c/o|(?-i:bei)(?=\\s+(?-i:\\p{Lu})))\\s"
/* The contact person named at an organisation, as a line of the block: "Contactpersoon
 * Noor el Amrani", "Contact person: …", "Ansprechpartnerin: Frau …", "Contact: …". */
#define CONTACT "(?:contactpersoon|contact\\s+person|ansprechpartner(?:in)?|kontaktperson)\\b|contact:\\s"
/* The one who holds the firm or an office of the association, as a line of its block:
 * "Inh. Markus Kübler", "Eigenaar: …", "Prop. …", "Vorstand / Kasse", "Penningmeester …",
 * "Treasurer".  A sole trader's owner and a club's treasurer act for the debtor; the firm
 * and the club owe. */
#define OFFICE "(?:inh\\.|inhaber(?:in)?\\b|eigena(?:ar|resse)\\b|owner\\b|prop(?:rietor)?\\.?\\s|vorstand\\b" \
	"|kasse\\b|kassenwart(?:in)?\\b|schatzmeister(?:in)?\\b|kassier(?:er|in)?\\b|penningmeester\\b|secretaris\\b" \
	"|bestuur\\b|treasurer\\b|(?:hon\\.?\\s+)?secretary\\b|committee\\b|board\\s+of\\b)"
/* A line that hands the debtor's post to whoever acts for it: an executor, a notary or a
 * lawyer for an estate, a guardian for a ward, a bookkeeper or a curator for a firm ("z. Hd.
 * Testamentsvollstrecker", "t.a.v. notaris mr. P. Bosman", "p/a bewindvoerder", "vertreten
 * durch Betreuerin", "c/o Whitlock & Reed Solicitors"): a marker that hands the post on, or a
 * role alone on its line (role_alone).  It and the lines below it are the representative's;
 * the debtor is named above them.  A firm's own name with such a trade in it ("Steuerberatung
 * Müller GmbH" under its contact) is no marker: the firm owes. */
#define ROLE "(?:testamentsvollstrecker\\w*|nachlass(?:verwalter|pfleger)\\w*|betreuer\\w*|betreuungsbüro|vormund\\b" \
	"|executors?\\b|executrix|administrators?\\b|deputy|deputyship|guardian|attorney|notaris|notary|notar\\b|curator" \
	"|bewindvoer\\w*|mentor\\b|advocaat|rechtsanw\\w*|ra\\s|solicitors?\\b|insolvenzverwalter\\w*|steuerberat\\w*" \
	"|steuerbüro|boekhoud\\w*|administratiekantoor|bookkeep\\w*)"
static DmPattern representative = DM_PATTERN(
	"^(?:" CARE_OF "|(?:vertreten|vertr\\.)\\s+durch\\b|gesetzlich\\s+vertreten|represented\\s+by|vertegenwoordigd\\s+door"
	"|(?:t\\.?\\s?a\\.?\\s?v\\.?|ter\\s+attentie(?:\\s+van)?|attn\\.?|attention(?:\\s+of)?|z\\.\\s?h(?:d\\.?|(?=\\.))|zu\\s+händen"
	"|fao|f\\.a\\.o\\.)[\\s:]*(?:(?:de|des|der|the)\\s+)?" ROLE ")", CI | PCRE2_UTF);
/* An estate acts only through someone: every line below its name is that one's ("Erven
 * H. van der Laan / t.a.v. notaris …", "Erbengemeinschaft Ursula Kranz / z. Hd. Herrn …"). */
static DmPattern estate = DM_PATTERN(
	"^(?:the\\s+)?(?:nachlass|erbengemeinschaft|erven|estate\\s+of|nalatenschap)\\b", CI | PCRE2_UTF);
static DmPattern role_alone = DM_PATTERN(
	"^(?:" CARE_OF "|(?:vertreten|vertr\\.)\\s+durch\\s|represented\\s+by\\s|vertegenwoordigd\\s+door\\s"
	"|(?:t\\.?\\s?a\\.?\\s?v\\.?|attn\\.?|z\\.\\s?hd\\.?|zu\\s+händen)\\s*:?\\s*)?(?:(?:de|des|der|die|the|ihre[nrm]?|seine[nrm]?|his|her)\\s+)?"
	ROLE "\\s*:?\\s*$", CI | PCRE2_UTF);
/* The words that hand a letter to someone's attention: "t.a.v.", "Attn", "z. Hd.", "FAO". */
#define ATTENTION_MARKER "(?:t\\.?\\s?a\\.?\\s?v\\.?|ter\\s+attentie|attn\\.?|attention|z\\.\\s?h(?:d\\.?|(?=\\.))" \
	"|zu\\s+händen|fao|f\\.a\\.o\\.)\\b"
static DmPattern attention = DM_PATTERN(
	"^(?:" ATTENTION_MARKER
	"|" CARE_OF "|att[.:]\\s|" CONTACT "|" OFFICE "|" DEPARTMENT ")", CI | PCRE2_UTF);
static DmPattern attention_marker = DM_PATTERN("^" ATTENTION_MARKER, CI | PCRE2_UTF);
static DmPattern department = DM_PATTERN("^(?:" DEPARTMENT ")", CI | PCRE2_UTF);
/* A line that addresses a child's parents by the child's name, a club's or a school's way
 * ("Aan de ouder(s)/verzorger(s) van Sem Koster", "To the parent/guardian of Amy Hall",
 * "An die Eltern von Lea Brandt"): no name; the parents are named under it, when at all.
 * Not for the attention of a person at an organisation: the debtor is a household. */
static DmPattern parents_of = DM_PATTERN(
	"^(?:aan\\s+)?(?:de\\s+)?ouders?(?:\\(s\\))?(?:\\s*(?:/|en|of)\\s*verzorgers?(?:\\(s\\))?)?\\s+van\\s"
	"|^(?:to\\s+)?(?:the\\s+)?parents?(?:\\(s\\))?(?:\\s*(?:/|or|and)\\s*(?:carers?|guardians?)(?:\\(s\\))?)?\\s+of\\s"
	"|^(?:an\\s+)?(?:die\\s+)?(?:eltern|erziehungsberechtigten)(?:\\s+(?:von|des|der))?\\s", CI | PCRE2_UTF);
static DmPattern unit_of = DM_PATTERN("\\s(?:of|for|für|für\\s+die|voor|van)\\s+\\p{Lu}", PCRE2_UTF);
/* The attention lines that name a person at an organisation (c/o and departments do not). */
static DmPattern for_person = DM_PATTERN(
	"^(?:(?:t\\.?\\s?a\\.?\\s?v\\.?|ter\\s+attentie|attn\\.?|attention|z\\.\\s?h(?:d\\.?|(?=\\.))|zu\\s+händen)\\b|att[.:]\\s|" CONTACT
	"|" OFFICE ")",
	CI | PCRE2_UTF);
/* An address on one line, its postcode and town after a separator ("Ledenadministratie -
 * Sportpark De Wielen 1 - 8926 XA Leeuwarden", "Postbus 2210 - 8203 AE Lelystad"): the
 * sender's return line above the window, never a line of the debtor's block above its own
 * postcode line. */
static DmPattern one_line_address = DM_PATTERN(
	"\\S.*\\s(?:[-–·|,]|-{2})\\s*(?:[A-Z]{1,2}-)?(?:\\d{4}\\s?[A-Z]{2}|\\d{4,5})\\s+\\p{Lu}\\p{Ll}",
	PCRE2_UTF);
/* A name opened by a form of address or a household's word ("Fam. Vrolijk", "Dhr. P. de
 * Wit", "Frau Dr. Lena Ott"): a person's, so the debtor's, never a letterhead's line. */
static DmPattern addressed_name = DM_PATTERN(
	"^(?:fam\\.|familie|family|gezin|dhr\\.|mevr\\.|mw\\.|de\\s+heer|mevrouw|herrn?|hrn?\\.|frau|fr\\.|mr\\.?|mrs\\.?|ms\\.?|miss"
	"|eheleute)\\s+\\p{L}", CI | PCRE2_UTF);
/* What follows a sender's block and never a debtor's: how to reach the sender. */
static DmPattern contact_line = DM_PATTERN(
	"(?:^(?:t|tel|telefoon|telefon|phone|fax|m|mob|mobile)\\.?:?[ \\t]*[+\\d(]|@|www\\.|https?://"
	"|^[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:nl|be|de|at|ch|com|eu|org|net|io|uk|fr|lu)$"
	"|^\\+?\\d[\\d ()-]{7,}$)", CI);
/* A line of registration or bank numbers: the tail of the letterhead above the block.  A
 * trade prints its accreditation there too ("RDW-erkenning APK 48213", "LRK 178223914",
 * "Registration no. 4471", "Zulassungsnummer 0815"), a regulator's register number after
 * "Reg." with no "no" ("Tusla Reg. TU2019KE061"), and a Belgian estate agent or syndic the
 * licence number the law makes it print (BIV, in French IPI: "BIV 508.114"). */
static DmPattern numbers_line = DM_PATTERN(
	"\\b(?:kvk|k\\.v\\.k\\.|btw|vat|ust-?id(?:nr)?|hrb|iban|bic|swift|mwst|uid|steuernummer|steuer-?nr|st\\.?-nr"
	"|handelsregister|kbo|rsin|agb(?:-code)?|big-?(?:nummer|nr|registratie)|ondernemingsn(?:r|ummer)|rpr|zsr"
	"|erkenning(?:snummer|snr)?|lrk(?:-?(?:nummer|nr))?|registratien(?:ummer|r)"
	"|reg(?:istration)?\\.?\\s*(?:no|nr|number|(?=[a-z]{0,4}\\d))|biv(?:-?(?:nummer|nr))?|ipi"
	"|zulassungsn(?:ummer|r)|betriebsn(?:ummer|r)"
	/* an Austrian company's register number: "FN 412877 s, LG ZRS Graz" */
	"|firmenbuch(?:nummer)?|fn(?=\\s?\\d{3,})"
	/* a British or Irish company's register number: "Company no. 12008417", "Company
	 * registration number 0912", "CRO 648211" */
	"|company\\s+(?:reg(?:istration)?\\.?\\s*)?(?:no|nr|number)|cro"
	/* a charity's number: "Registered Charity No. 1092233", "Charity number SC041877" */
	"|(?:registered\\s+)?charity\\s+(?:reg(?:istration)?\\.?\\s*)?(?:no|nr|number))\\b"
	"|\\bche-\\d{3}", CI);
/* A letter's closing: what stands above it is the sender's signature block. */
static DmPattern closing = DM_PATTERN(
	"^(?:met\\s+vriendelijke\\s+groet|mit\\s+freundlichen\\s+grüßen|kind\\s+regards|best\\s+regards"
	"|sincerely|regards|groeten|viele\\s+grüße|bitte\\s+|der\\s+rechnungsbetrag|sehr\\s+geehrte|geachte|beste|dear)",
	CI | PCRE2_UTF);
/* Not a name: a title, a label with a value, a date or an amount. */
/* A form of address on a line of its own, the name on the next ("Herrn und Frau" /
 * "Huber"). */
#define FORM_ALONE "(?:herrn?|hrn?\\.|frau|fr\\.|mr\\.?|mrs\\.?|ms\\.?|dhr\\.?|mevr\\.?|mevrouw|de\\s+heer|eheleute|ehepaar" \
	"|familie|fam\\.|gezin|family|herrn?\\s+u(?:nd|\\.)\\s+frau|hr\\.\\s+u\\.\\s+fr\\.|mr\\.?\\s+(?:and|&)\\s+mrs\\.?|de\\s+heer\\s+en\\s+mevrouw)"
static DmPattern form_alone = DM_PATTERN("^" FORM_ALONE "\\s*$", CI);
/* A household's word alone, which the name keeps ("Familie", "Fam.", "Gezin"). */
static DmPattern household_alone = DM_PATTERN("^(?:familie|fam\\.|gezin|family)\\s*$", CI);
static DmPattern not_name = DM_PATTERN(
	"^(?:factuur|invoice|rechnung|tax\\s+invoice|credit|gutschrift|offerte|datum|date|page|pagina)\\b"
	/* a part or final invoice's title, set right above the window ("Eindafrekening",
	 * "Schlussrechnung", "Termijnfactuur", "Final invoice") */
	"|^(?:\\p{L}+(?:rechnung|factuur)|\\p{L}*afrekening|(?:final|interim|progress|stage|deposit)\\s+invoice)\\s*$"
	"|^(?:" FORM_ALONE "|firma"
	/* the Dutch formal address set on a line of its own above the names ("De weledelgeboren
	 * heer en mevrouw", "De WelEdelGestrenge Heer") */
	"|(?:de\\s+)?(?:weledel(?:geboren|gestrenge)?|hooggeleerde|zeergeleerde|hoogedelgestrenge)\\s+"
	"(?:heer|vrouwe|mevrouw)(?:\\s+en\\s+(?:mevrouw|vrouwe))?"
	"|(?:herrn?|frau|mevrouw|mr\\.?|mrs\\.?|ms\\.?)\\s+(?:dr|prof|mag|ing)\\.?)\\s*$"
	"|:\\s*\\S|:\\s*$|€|\\$|£", CI | PCRE2_UTF);
/* A date in figures anywhere in the line ("12.11.2026", "1/2/14"): no name's. */
static DmPattern figures_date = DM_PATTERN("\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}", 0);
/* A date with its year, however written: "Issued 26 November 2026" is a row of the details,
 * no name; an organisation may bear one in its name ("Stichting Herdenking 4 mei 1945"). */
static DmPattern date_in_line = DM_PATTERN(DM_DATE_RE, CI);

/* (transfer full) the first cell of @line (columns are tab-separated), trimmed. */
static char *
first_cell(const char *line)
{
	const char *tab = strchr(line, '\t');
	char *cell = tab ? g_strndup(line, (gsize) (tab - line)) : g_strdup(line);
	return g_strstrip(cell);
}

static gboolean
matches(DmPattern *p, const char *s)
{
	DmMatch m;
	return s && dm_pattern_match(p, s, strlen(s), 0, &m);
}

/* TRUE when @c is a registration number's row ("Customer VAT: NO 982 114 607 MVA", "KvK
 * 60227431"): its label, a digit, and no amount or rate ("Btw 6%: € 27,60" is a tax line). */
static gboolean
registration_row(const char *c)
{
	return matches(&numbers_line, c) && strpbrk(c, "0123456789") && !strpbrk(c, "%€£$") &&
	       !strstr(c, "EUR") && !strstr(c, "GBP") && !strstr(c, "CHF");
}

/* A country line: the end of a foreign address, never a name. */
static DmPattern country = DM_PATTERN("^" COUNTRY "$", CI | PCRE2_UTF);
/* A street line: a house number after the street or before it ("Heereweg 301", "41
 * Clarendon Road", "Postbus 12"), a floor or unit before it ("Level 3, 88 Cumberland St",
 * "Suite 200, 1 Main St"); a block whose top line is one has lost its name. */
/* A flat or a floor after the house number: "Keizersgracht 412 3-hoog", "Leipziger Straße
 * 120, 3. OG links", "Parkstraat 14, App. 12", "Hauptstr. 5, Whg. 4", "Dorpsstraat 3 bus 2". */
#define FLAT "(?:,?\\s+(?:\\d{1,2}(?:e|de|ste|\\.)?\\s*-?\\s*(?:hoog|etage|verdieping|og|stock|obergeschoss|floor)\\b[^,\\d]{0,12}" \
	"|(?:app|apt|whg|wohnung|flat|bus|bte|top|tür|stiege)\\.?\\s*\\d+[a-z]?(?:[/-]\\d+)?))?"
static DmPattern street = DM_PATTERN(
	"(?:^\\d+[a-z]?,?\\s+\\p{L}|\\s\\d+\\s?[a-z]?(?:[-/]\\d+)?" FLAT "$|^(?:postbus|postfach|p\\.?o\\.?\\s+box)\\b"
	"|^(?:level|suite|unit|floor|flat|apartment|apt\\.?|building|bldg\\.?)\\s+\\d+[a-z]?,)",
	CI | PCRE2_UTF | PCRE2_UCP);
/* A street without a house number, as British addresses and the second line of a Dutch or
 * German one write it ("Church Street", "Mill Lane", "Kerkstraat"): right above the
 * postcode line, with no name above it, it is the end of an address, not a block. */
static DmPattern street_name = DM_PATTERN(
	"(?:\\s(?-i:Street|Road|Lane|Avenue|Close|Drive|Crescent|Terrace|Gardens|Square|Mews|Row|Hill|Green)"
	"|\\p{L}(?:straße|strasse|straat|weg|laan|gracht|plein|allee|gasse|steeg|kade|dijk))$", CI | PCRE2_UTF);
/* An owners' association is named after its building, house number and all ("WEG
 * Lindenallee 12", "VvE Parkstraat 14-20"): a name, though it ends like a street. */
static DmPattern owners_association = DM_PATTERN(
	"^(?:(?-i:WEG)|(?-i:STWEG)|VvE|(?:wohnungs)?eigentümergemeinschaft|stockwerkeigentümergemeinschaft|eigenaarsvereniging|vereniging\\s+van\\s+eigena(?:ren|ars)"
	"|(?:home)?owners'?\\s+association)\\s", CI | PCRE2_UTF);

/* A street's type, or the German shape "Am/An der/Im … 4": a street, whatever organisation's
 * word it holds ("12 Hospital Road", "5 Community Drive", "Am Landratsamt 4"). */
static DmPattern street_kind = DM_PATTERN(
	"\\s(?-i:Road|Street|St|Lane|Avenue|Ave|Drive|Close|Way|Crescent|Terrace|Square|Place|Mews|Row|Hill|Gardens"
	"|Green|Court|Walk)\\b|(?:straße|strasse|straat|weg|laan|gracht|plein|platz|allee|gasse|steeg|kade|dijk)\\b"
	"|\\p{L}str\\.|^(?:am|an\\s+de[rnm]|im|in\\s+der|auf\\s+de[rnm]|zum|zur)\\s+\\S.*\\s\\d+\\s?[a-z]?$",
	CI | PCRE2_UTF | PCRE2_UCP);

/* A unit, suite or floor and its number opening the line, a comma after it: the premises of
 * an address whatever building follows ("Unit 7, The Enterprise Centre", "Suite 5, 27 Old
 * Gloucester Street"), never a name. */
static DmPattern premises = DM_PATTERN(
	"^(?:level|suite|unit|floor|flat|apartment|apt\\.?|building|bldg\\.?)\\s+\\d+[a-z]?,", CI);

/* A house number in parts after slashes or hyphens, ending its line, as Austria numbers a
 * house, its staircase and its door ("Rennweg 71/2/14", "Landstraße 7/3/18") and the
 * Netherlands a house and its addition ("Kerkstraat 12-3-2"): read alone it may look like
 * a date. */
static DmPattern house_number_parts = DM_PATTERN("\\s(\\d{1,4}[a-z]?(?:[-/]\\d{1,3}[a-z]?){2})$", CI);

/* TRUE when @c ends in a house number in parts (house_number_parts) that is no date: the
 * line names a street's kind ("Rennweg", "Landstraße") or the number is no date at all (day
 * 71).  A date after a place or a word that names no street ("Wien, 7/3/18", "Stand
 * 7/3/18") stays a date. */
static gboolean
house_number_in_parts(const char *c)
{
	DmMatch m;
	if (!c || !dm_pattern_match(&house_number_parts, c, strlen(c), 0, &m))
		return FALSE;
	g_autofree char *number = dm_match_group(&m, 1);
	DmDateParts date;
	return matches(&street_kind, c) || !dm_date_read(number, &date);
}

/* TRUE when @c has a street line's shape: a house number (street), perhaps in parts
 * (house_number_in_parts). */
static gboolean
street_shape(const char *c)
{
	return matches(&street, c) || house_number_in_parts(c);
}

/* TRUE when @c is a street's line, not an owners' association named after one nor an
 * organisation's name with a figure in it ("4 Jahreszeiten Catering GmbH", "3D Print Hub
 * Ltd", "Restaurant 1890"). */
static gboolean
street_line(const char *c)
{
	return matches(&premises, c) ||
	       (street_shape(c) && !matches(&owners_association, c) &&
		(matches(&street_kind, c) || !dm_name_is_organisation(c, NULL)));
}

/* A name that ends in the year its club or firm was founded: "SV Blau-Weiß Hollage 1925",
 * "Korfbalvereniging Oranje 1958".  It reads like a street with its number; a street line
 * right below it says which it is. */
static DmPattern founding_year = DM_PATTERN("\\s(?:1[89]|20)\\d{2}$", 0);

/* A code with no space ("UK-0093", "PO-118"): a customer or order number. */
static DmPattern code = DM_PATTERN("^[A-Z0-9/_.#-]*\\d[A-Z0-9/_.#-]*$", CI);
/* A house's or a farm's name, the first line of an address in Britain and Ireland:
 * "Riverside House", "Rose Cottage", "The Old Rectory", "Glebe Farm". */
static DmPattern house_name = DM_PATTERN(
	"^(?:The[ ]+)?(?:\\p{Lu}[\\p{L}'’-]*[ ]+){0,3}(?:House|Cottage|Lodge|Barn|Rectory|Vicarage|Manse|Manor|Grange"
	"|Farm|Farmhouse|Villa|Bungalow|Mews)$", PCRE2_UTF);
/* A short word of capitals alone ("RIVDEN", "MUELLB", "CROWN"): how a ledger codes its
 * customers, from the first letters of their names. */
static DmPattern capitals_code = DM_PATTERN("^\\p{Lu}{3,10}$", PCRE2_UTF);
/* A VAT or enterprise number alone on its line, spaced as printed ("BE 0388.104.522", "NL
 * 8541.23.567.B01", "CHE-123.456.789 MWST"): a number under a name, never one. */
static DmPattern vat_number_alone = DM_PATTERN(
	"^(?:[A-Z]{2}|CHE)[ -]?\\d[\\d. -]{5,}\\d(?:[ .]?B\\d{2})?(?:[ ]?(?:MWST|TVA|IVA))?$", 0);

/* A heading over a block or a column, written without a colon: the delivery address
 * beside the invoice address ("BILL TO   SHIP TO"), the place of the work ("Leistungsort",
 * "Werkadres", "Site address"), the sender's own column beside the debtor's ("Aan<TAB>Van",
 * "Rechnungsempfänger<TAB>Rechnungssteller", "Bill to<TAB>From"), a details box
 * ("Details"), a section of a payment slip printed beside the payer's label (the Swiss
 * QR-bill's "Zusätzliche Informationen" on the line of "Zahlbar durch" in the receipt's
 * column). */
static DmPattern heading = DM_PATTERN(
	"^(?:ship(?:ping)?\\s+(?:to|address)|deliver(?:y)?\\s+(?:to|address)|afleveradres|leveradres"
	"|leistungsort|lieferort|einsatzort|werkadres|werfadres|site(?:\\s+address)?|place\\s+of\\s+(?:service|supply|work)"
	"|van|from|von|absender(?:in)?|rechnungssteller(?:in)?|leistungserbringer(?:in)?|auftragnehmer(?:in)?"
	"|lieferant(?:in)?|leverancier|verkoper|opdrachtnemer|supplier|seller|vendor|(?:sold|issued)\\s+by"
	"|bezorgadres|lieferadresse|lieferanschrift|versandadresse|details|gegevens|angaben"
	"|(?:zusätzliche|weitere)\\s+(?:informationen|angaben)|(?:additional|further)\\s+information"
	"|aanvullende\\s+(?:informatie|gegevens)|informations?\\s+suppl[ée]mentaires?|empfangsschein|zahlteil"
	"|payment\\s+part|annahmestelle|acceptance\\s+point)$", CI | PCRE2_UTF);

static gboolean field_label_alone(const char *s);

/* TRUE when @s can be a debtor's name: never a label or a heading alone ("Kunde",
 * "SHIP TO"), which a block reader would otherwise take for the line below its label,
 * nor a caption, a field's label or a sentence (dm_debtor_name_plausible). */
static gboolean
plausible_name(const char *line)
{
	/* "Pennine Climbing Wall Ltd, Attn: Accounts Payable": the name is before the attention. */
	g_autofree char *bare = dm_debtor_name_before_attention(line, NULL);
	/* "Mr D. Kowalski (re: Tomasz Kowalski)": a remark in brackets says whom the invoice
	 * is about; the name before it is judged (dm_debtor_name_without_remark). */
	g_autofree char *unremarked = dm_debtor_name_without_remark(bare ? bare : line);
	const char *s = unremarked ? unremarked : bare ? bare : line;
	gsize n = strlen(s);
	if (n < 2 || n > MAX_NAME || strchr(s, '@') || strstr(s, "·") || strstr(s, " | ") ||
	    matches(&country, s) || matches(&code, s) || matches(&vat_number_alone, s) ||
	    matches(&block_label, s) || matches(&heading, s) ||
	    matches(&not_name, s) || field_label_alone(s) ||
	    (!house_number_in_parts(s) &&
	     (matches(&figures_date, s) || (matches(&date_in_line, s) && !dm_name_is_organisation(s, NULL)))) ||
	    matches(&postcode_line, s) || matches(&contact_line, s) ||
	    matches(&closing, s) || !dm_debtor_name_plausible(s, NULL))
		return FALSE;
	for (const char *p = s; *p; p++)
		if (g_ascii_isalpha(*p) || (guchar) *p >= 0x80)
			return TRUE;
	return FALSE;
}

/* A row of the invoice's details set beside the block: a field's label with its value
 * ("Factuurdatum<TAB>20 maart 2026", "Ihre Kundennummer<TAB>1027", "Datum:",
 * "Steuernummer<TAB>260/270/92878"). */
static DmPattern field_label = DM_PATTERN(
	"^(?:ihre?\\s+|uw\\s+|your\\s+|our\\s+|onze?\\s+|unser\\w*\\s+)?(?:factuur\\w*|rechnung\\w*|invoice\\s+\\w+"
	/* a bill's Dutch name ("Nota nr.", "Notanummer"), never a notary's ("Notaris …");
	 * "Nota" alone a label only before a colon or a number, for a firm's name begins
	 * with it too ("Nota Bene Design") */
	"|nota(?:nummer|datum|\\s+(?:nr|no|nummer)\\.?)(?!\\p{L})|nota(?=\\s*(?:$|[:#\\d]))"
	"|datum|date|kenmerk|referen\\w*|klant\\w*|kunden\\w*|customer\\s+\\w+|client\\s+\\w+|liefer\\w*"
	"|leistungs\\w*|ansprechpartner\\w*|betreft|onderwerp|subject|verval\\w*|due\\s+\\w+|fällig\\w*|zahlbar\\s+bis|order\\w*|bestel\\w*"
	"|auftrag\\w*|po\\b|project\\w*|projekt\\w*|page|pagina|seite|termijn|terms?\\b|zahlungs\\w*|betalings\\w*"
	"|steuernummer|st\\.?-nr\\.?|ust-?id\\w*|uid|mwst-?nr\\.?|btw-?(?:nummer|nr\\.?|id)|vat\\s+(?:no|number|id)\\.?"
	/* a bare "Nummer" beside a credit note's or a letter's title block, an English "No."
	 * alone in its cell (never "No Limits Ltd") */
	"|nummer\\b|number\\b|nr\\.?(?!\\p{L})|no(?=\\.?[ \\t]*$)"
	/* the references a customer's back office asks for, in a box beside its address:
	 * "Ihr Zeichen", "Goods receipt", "Supplier ID", "Budgethouder", "Kostenplaats",
	 * "Requisitioner", "Bauvorhaben", "Tax clearance"; whole words, so that a name
	 * beginning like one ("Contractors Direct Ltd") is still a name, and the words a
	 * company's name begins with too ("Contract Interiors Ltd", "Supplier Direct",
	 * "Vendor Systems GmbH") a label only alone, before a colon or a number */
	"|(?:zeichen|goods\\s+receipt|wareneingang|supplier(?:\\s+(?:no|nr|number|id|account|code)|(?=\\s*(?:$|[:#\\d])))"
	"|vendor(?:\\s+(?:no|nr|number|id)|(?=\\s*(?:$|[:#\\d])))|leveranciers?(?:nummer|nr)|lieferanten(?:nummer|nr)"
	"|kreditor(?:ennummer|nummer|ennr)?|crediteur(?:nummer|nr)?|cost\\s+cent(?:re|er)|cost\\s+code|kostenstelle"
	"|kostenplaats|requisitioner|budget\\s*holder|budgethouder|besteller|ansprechperson|contactpersoon"
	"|contact\\s+person|bauvorhaben|baustelle|contract(?:\\s*(?:no|nr|number)|(?=\\s*(?:$|[:#\\d])))|contractnummer"
	"|vertrag(?:snummer)?|tax\\s+clearance|inkoop(?:order)?(?:nummer|nr)|leitweg-?id"
	/* the unit that ordered, as a label alone: "Dienst<TAB>Communicatie" */
	"|(?:dienst|afdeling|abteilung|department)(?=\\s*(?:$|:))"
	/* a subcontract's number and the building project, as an Austrian builder's box
	 * prints them: "Subauftrag<TAB>SA-2026-077", "BV<TAB>Wohnanlage Aigen" (Bauvorhaben;
	 * a legal form alone in its cell names no one either) */
	"|sub(?:auftrag|unternehmer)\\w*|bv(?=\\s*$)"
	"|(?:btw|vat|ust|mwst)[\\s-]+(?:klant|client|kunde|customer))\\.?(?![\\p{L}]))",
	CI | PCRE2_UTF);

/* A Dutch legal form alone ("BV"): a label only with its value beside it ("BV<TAB>Wohnanlage
 * Aigen", field_row); on a line of its own it is the end of the name above, wrapped. */
static DmPattern legal_form_alone = DM_PATTERN("^\\s*b\\.?\\s?v\\.?\\s*$", CI);

/* TRUE when @s is a field's label and nothing more ("Rechnungs-Nr.", "Datum:"): the cell
 * beside a block's label on its line ("Rechnung an<TAB>Rechnungs-Nr.<TAB>261204"), never
 * the name under it (a name that begins like one, "Klantenservice Noord B.V.", is still a
 * name). */
static gboolean
field_label_alone(const char *s)
{
	DmMatch m;
	gsize n = strlen(s);
	if (matches(&legal_form_alone, s) || !dm_pattern_match(&field_label, s, n, 0, &m))
		return FALSE;
	/* ... and the number's word a label may carry after a hyphen ("Rechnungs-Nr."). */
	const char *rest = s + m.end[0];
	rest += strspn(rest, ".:#- ");
	for (const char *const *w = (const char *const[]) { "nummer", "number", "nr", "no", NULL }; *w; w++)
		if (g_ascii_strncasecmp(rest, *w, strlen(*w)) == 0) {
			rest += strlen(*w);
			break;
		}
	return rest[strspn(rest, ".:# ")] == '\0';
}

/* A firm's name that begins with a label's compound ("Projektbau Lindner GmbH",
 * "Lieferservice Brandt KG", "Klantenservice Noord B.V."): more words after it, and the
 * whole says an organisation (a legal form, a trade's word).  A label's cell holds its
 * value at most ("Kundennummer 10044", "Rechnungsdatum 01.12.2026"). */
static gboolean
firm_named_like_label(const char *cell)
{
	DmMatch m;
	if (!dm_pattern_match(&field_label, cell, strlen(cell), 0, &m) || cell[m.end[0]] != ' ' ||
	    strpbrk(cell, "0123456789:"))
		return FALSE;
	return dm_name_is_organisation(cell, NULL);
}

/* A label no list knows, over a date in the next cell ("Verzonden<TAB>02-12-2026",
 * "Versandt<TAB>28.11.2026", "Shipped<TAB>2 December 2026"): one word of letters with
 * nothing beside it but a date is a row of the details.  A name has no date beside it. */
static gboolean
word_beside_date(const char *line, const char *cell)
{
	const char *tab = strchr(line, '\t');
	if (!tab || !*cell || strpbrk(cell, " 0123456789"))
		return FALSE;
	g_autofree char *first = first_cell(line);
	if (strcmp(first, cell) != 0)
		return FALSE;
	g_autofree char *value = g_strstrip(g_strdup(tab + 1));
	DmMatch m;
	return !strchr(value, '\t') && dm_pattern_match(&date_in_line, value, strlen(value), 0, &m) &&
	       m.start[0] == 0 && value[m.end[0]] == '\0';
}

static gboolean
field_row(const char *line, const char *cell)
{
	gsize n = strlen(cell);
	return (((matches(&field_label, cell) && !firm_named_like_label(cell)) || dm_debtor_name_is_caption(cell)) &&
		(strchr(line, '\t') || (n > 0 && cell[n - 1] == ':'))) ||
	       word_beside_date(line, cell);
}

/* A cell of the details column printed as a row of its own beside the window, a label
 * over its value ("Invoice Number" / "INV-2291"): either is passed over like a row. */
/* A customer's or account's number on a line of its own above the block ("Kunde 100238",
 * "Klantnr. 20417", "Customer ID C-0192", "Debiteur 3005"): a field of the details, which
 * the block's name never is. */
static DmPattern account_number = DM_PATTERN(
	"^(?:kunde|kundin|kunden-?(?:nr|nummer)|kd\\.?-?nr|klant(?:nummer|nr)?|debiteur(?:nummer|nr)?|relatie(?:nummer|nr)?"
	"|customer|client|account|debtor)\\.?(?:[ ]*(?:no|nr|number|nummer|id|ref)\\.?)?[ ]*[:#]?[ ]*[A-Z0-9/-]*\\d[A-Z0-9/-]*$",
	CI | PCRE2_UTF);


static gboolean
details_cell(const char *cell)
{
	if (matches(&code, cell) || matches(&account_number, cell))
		return TRUE;
	if (matches(&legal_form_alone, cell))
		return FALSE;
	/* The label alone, nothing after its words: "Invoice Number", "Reference"; or with its
	 * value in the same cell, one word with a digit ("Factuurnummer F2026/861",
	 * "Rechnungsdatum 06.08.2026"), as an HTML table's details cell beside the block
	 * gives it. */
	DmMatch m;
	if (!dm_pattern_match(&field_label, cell, strlen(cell), 0, &m))
		return FALSE;
	const char *rest = cell + m.end[0];
	rest += strspn(rest, " .:#");
	return !*rest || (matches(&code, rest) && !strchr(rest, ' '));
}

/* The start of the line @p stands on in @text (at most 60 bytes back, and then at a
 * whole character: the patterns take valid UTF-8 unchecked). */
static const char *
line_start(const char *text, const char *p)
{
	const char *line = p;
	while (line > text && line[-1] != '\n' && p - line < 60)
		line--;
	while (line < p && ((guchar) *line & 0xC0) == 0x80)
		line++;
	return line;
}

/* The label of the person an invoice's service was for, in the details beside the block
 * ("Patient<TAB>DI Florian Aigner", "Leerling: Sem Bakker", "Member<TAB>J. Hale"): the
 * name there repeats the addressee's or a child's, never the sender's. */
static DmPattern concerns_label = DM_PATTERN(
	"^[ \\t]*(?:patient(?:in)?|patiënt(?:e)?|patiente|leerling|pupil|student|schüler(?:in)?|cursist|deelnemer"
	"|teilnehmer(?:in)?|participant|member|lid|mitglied|versicherte[rn]?|verzekerde|insured)[ \\t]*:?[ \\t]*$",
	CI | PCRE2_UTF);

/* A line of the window under the debtor's name that says whom or what the invoice is
 * about ("re: Tomasz Kowalski (Year 9)", "inzake Lotte Bakker", "Betrifft: Jonas", "Leerling:
 * Sem Bakker"): a remark of the block, passed over like a row of the details. */
static DmPattern concerns_line = DM_PATTERN(
	"^[ \\t]*(?:(?:re|betreft|betrifft|regarding|patient(?:in)?|patiënt(?:e)?|leerling|pupil|student|schüler(?:in)?"
	"|cursist|deelnemer|teilnehmer(?:in)?)[ \\t]*:|inzake[ \\t])[ \\t]*\\S", CI | PCRE2_UTF);

/* TRUE when the cell before @p on its line (from @line) is a customer's label alone
 * ("Customer<TAB>", "Kunde: "): a payment slip naming the debtor again; or the label of
 * whom the service was for ("Patient<TAB>"). */
static gboolean
labelled_customer(const char *line, const char *p)
{
	const char *cell = p;
	while (cell > line && (cell[-1] == '\t' || cell[-1] == ' ' || cell[-1] == ':'))
		cell--;
	const char *end = cell;
	while (cell > line && cell[-1] != '\t')
		cell--;
	if (end == cell || end == p)
		return FALSE;
	g_autofree char *label = g_strndup(cell, (gsize) (end - cell));
	return matches(&block_label, label) || matches(&concerns_label, label);
}

/* The payer's label of a Swiss QR bill's slip ("Zahlbar durch", "Payable by (name/address)",
 * "Payable par", "Pagabile da"): the debtor named again under it. */
static DmPattern slip_payer_label = DM_PATTERN(
	"^[ \\t]*(?:zahlbar\\s+durch|payable\\s+by|payable\\s+par|pagabile\\s+da)(?:\\s*\\([^)\\n]*\\))?[ \\t]*$",
	CI | PCRE2_MULTILINE);

/* The line above the one starting at *@q in @text (a copy), *@q moved to its start; NULL
 * at the text's first line. */
static char *
line_above(const char *text, const char **q)
{
	if (*q <= text)
		return NULL;
	const char *end = *q - 1;
	const char *start = end;
	while (start > text && start[-1] != '\n')
		start--;
	*q = start;
	return g_strndup(start, (gsize) (end - start));
}

/* TRUE when one of the two lines above @line (in @text) holds the payer's label alone in
 * a cell: its first, or a later one when the slip's receipt and payment part are read side
 * by side ("Engesserstraße 4<TAB>Zahlbar durch", the receipt's street beside the payment
 * part's label: misses35). */
static gboolean
below_payer_label(const char *text, const char *line)
{
	const char *q = line;
	for (guint k = 0; k < 2; k++) {
		g_autofree char *above = line_above(text, &q);
		if (!above)
			break;
		g_auto(GStrv) cells = g_strsplit(above, "\t", -1);
		for (guint c = 0; cells[c]; c++)
			if (matches(&slip_payer_label, cells[c]))
				return TRUE;
	}
	return FALSE;
}

/* The heading of a delivery address or a place of work set beside the invoice address
 * ("Lieferadresse", "Afleveradres", "Ship to", "Site address"). */
static DmPattern delivery_heading = DM_PATTERN(
	"^[ \\t]*(?:ship(?:ping)?\\s+(?:to|address)|deliver(?:y)?\\s+(?:to|address)|afleveradres|leveradres|bezorgadres"
	"|lieferadresse|lieferanschrift|versandadresse|leistungsort|lieferort|einsatzort|werkadres|werfadres"
	"|site\\s+address)[ \\t]*:?[ \\t]*$", CI | PCRE2_UTF);

/* The index of the tab-separated cell @p stands in on @line. */
static guint
cell_index(const char *line, const char *p)
{
	guint k = 0;
	for (const char *q = line; q < p; q++)
		k += *q == '\t';
	return k;
}

/* TRUE when @p, on @line of @text, stands in the same column as a delivery heading one or
 * two rows above: the debtor's name at the head of the delivery address beside its
 * invoice address ("Bürogemeinschaft Metalli<TAB>Lieferadresse" over
 * "Administration<TAB>Bürogemeinschaft Metalli"), the goods' place, not a sender's name. */
static gboolean
below_delivery_heading(const char *text, const char *line, const char *p)
{
	guint column = cell_index(line, p);
	const char *q = line;
	for (guint k = 0; k < 2; k++) {
		g_autofree char *above = line_above(text, &q);
		if (!above)
			break;
		g_auto(GStrv) cells = g_strsplit(above, "\t", -1);
		if (column < g_strv_length(cells) && matches(&delivery_heading, cells[column]))
			return TRUE;
	}
	return FALSE;
}

/* What stands before a name the subject says the invoice is for: "Invoice 0093 - The Lanes
 * Gallery", "Factuur 2026-014 voor Bakkerij Smit", "Rechnung 118 für Kanzlei Ott" — the
 * recipient's, where a sender names itself first or after "from" ("Acme Ltd: Invoice 12",
 * "Invoice 1001 from Acme Ltd"). */
static DmPattern subject_for = DM_PATTERN(
	"^Subject: .*\\d.*(?:\\s[-–—]|\\s(?:for|voor|für|pour|to|aan|an))\\s+\\z", CI | PCRE2_UTF);

/* A letter's sign-off on a line of its own ("Thanks,", "Kind regards,", "Met vriendelijke
 * groet,", "Viele Grüße"): the lines under it are the sender's signature. */
static DmPattern sign_off = DM_PATTERN(
	"^[ \\t]*(?:thanks|thank\\s+you|cheers|(?:kind|best|warm)\\s+regards|many\\s+thanks|regards|best|sincerely"
	"|(?:met\\s+)?(?:vriendelijke|hartelijke)\\s+groet(?:en)?|groet(?:en|jes)|mit\\s+freundlichen\\s+gr(?:ü|ue)(?:ß|ss)en"
	"|(?:viele|beste|liebe|freundliche)\\s+gr(?:ü|ue)(?:ß|ss)e)[ \\t]*[,!.]?[ \\t]*$", CI | PCRE2_UTF);

/* TRUE when @name stands in the body of @text ("Subject: …" and a blank line before it)
 * where a sender prints its own: as the body's first line (its letterhead) or within two
 * lines under a sign-off (its signature). */
static gboolean
printed_as_sender(const char *text, const char *name)
{
	const char *body = g_str_has_prefix(text, "Subject: ") ? strstr(text, "\n\n") : NULL;
	if (!body)
		return FALSE;
	while (*body == '\n')
		body++;
	gsize len = strlen(name);
	if (strncmp(body, name, len) == 0 && (body[len] == '\n' || body[len] == '\t' || body[len] == '\0'))
		return TRUE;
	for (const char *p = body; (p = strstr(p, name)); p += len) {
		if (p[-1] != '\n')
			continue;
		/* Up to three lines back, over a first name or a blank line. */
		const char *q = p - 1;
		for (guint k = 0; k < 3 && q > body; k++) {
			const char *start = q;
			while (start > body && start[-1] != '\n')
				start--;
			g_autofree char *above = g_strndup(start, (gsize) (q - start));
			DmMatch m;
			if (dm_pattern_match(&sign_off, above, strlen(above), 0, &m))
				return TRUE;
			q = start - 1;
		}
	}
	return FALSE;
}

/* TRUE when @p, on @line of @text, is @name where the mail's subject line says the invoice
 * is for it, and the body prints it elsewhere than a sender does its own: "Invoice 0093 –
 * Studio Vos" is as often the sender naming itself, its letterhead on top or its signature
 * under "Thanks,". */
static gboolean
subject_names_recipient(const char *text, const char *line, const char *p, const char *name)
{
	g_autofree char *before = g_strndup(line, (gsize) (p - line));
	return matches(&subject_for, before) && !printed_as_sender(text, name);
}

/* The number of times @name occurs in @text, not counting its line printed again as a
 * "label: value" pair (the PDF reader's pairing of a line with the one below it), nor a
 * greeting ("Sehr geehrte Familie Brückner,"): the letter greets the debtor its window
 * names, where a sender's name comes back in its footer or its payee; nor the payer a
 * QR bill's slip names again; nor the delivery address beside the block; nor the
 * recipient the subject names.  A value is a form's
 * field too ("Naam: X" on a mandate form): the sender names itself in its letterhead and
 * foot, not as a field's value. */
static guint
occurrences(const char *text, const char *name)
{
	guint n = 0;
	gsize len = strlen(name);
	for (const char *p = text; (p = strstr(p, name)); p += len) {
		gboolean label = (p == text || p[-1] == '\n') && p[len] == ':' && p[len + 1] == ' ';
		/* a value ends its line, or the first half of the pairing ("Naam: X: Adres: …",
		 * a mandate form's or a slip's field joined to the next) */
		gboolean value = p - text >= 2 && p[-2] == ':' && p[-1] == ' ' &&
				 (p[len] == '\n' || p[len] == '\0' || (p[len] == ':' && p[len + 1] == ' '));
		const char *line = line_start(text, p);
		gboolean greeted = dm_greeting_before(line, (gsize) (p - line));
		if (!label && !value && !greeted && !labelled_customer(line, p) && !below_payer_label(text, line) &&
		    !below_delivery_heading(text, line, p) && !subject_names_recipient(text, line, p, name))
			n++;
	}
	return n;
}

/* (transfer full) the first cell of the line @step lines from the one starting at @line in
 * @text (-1 the one above, 1 the one below); "" when there is none. */
static char *
cell_of_neighbour(const char *text, const char *line, int step)
{
	const char *p = line;
	if (step < 0) {
		if (p == text)
			return g_strdup("");
		p--;
		while (p > text && p[-1] != '\n')
			p--;
	} else {
		p = strchr(line, '\n');
		if (!p)
			return g_strdup("");
		p++;
	}
	const char *end = p + strcspn(p, "\n");
	g_autofree char *whole = g_strndup(p, (gsize) (end - p));
	return first_cell(whole);
}

/* TRUE when @name stands in @text more than once only because its window is printed on
 * each page — a letter and its invoice in one PDF: every mention occurrences() counts
 * opens its line, with the same line above it (the letterhead's last line, printed with
 * it) and the same line below (its street).  The sender's own block on each page stands at
 * the page's top, below a different line each time (nothing, the page before's foot), and
 * its name comes back in its foot or payee besides. */
static gboolean
window_printed_again(const char *text, const char *name)
{
	gsize len = strlen(name);
	g_autofree char *above = NULL, *below = NULL;
	guint seen = 0;
	for (const char *p = text; (p = strstr(p, name)); p += len) {
		gboolean label = (p == text || p[-1] == '\n') && p[len] == ':' && p[len + 1] == ' ';
		gboolean value = p - text >= 2 && p[-2] == ':' && p[-1] == ' ';
		const char *line = line_start(text, p);
		if (label || value || dm_greeting_before(line, (gsize) (p - line)))
			continue;
		if (line != p || (p[len] != '\n' && p[len] != '\t'))
			return FALSE;
		g_autofree char *up = cell_of_neighbour(text, line, -1);
		g_autofree char *down = cell_of_neighbour(text, line, 1);
		if (!*up || !*down || (above && (strcmp(above, up) != 0 || strcmp(below, down) != 0)))
			return FALSE;
		if (!above) {
			above = g_steal_pointer(&up);
			below = g_steal_pointer(&down);
		}
		seen++;
	}
	return seen > 1 && occurrences(text, name) == seen;
}

/* TRUE when the text prints @name more than once, other than as its window again: the
 * sender's name, in its letterhead and its foot. */
static gboolean
repeated_elsewhere(const char *text, const char *name)
{
	return occurrences(text, name) > 1 && !window_printed_again(text, name);
}

/* A customer's number or a registration written after the name on its line: "Kd.-Nr.
 * 4711", "klantnr. 20417", "VAT GB 287 6611 04", "KvK 61234567", "USt-IdNr. DE…". */
static DmPattern name_field = DM_PATTERN(
	"^(?:kd\\.?-?nr|kundennr|klantnr|debiteurnr|cust(?:omer)?\\.?\\s*(?:no|id|number)|acc(?:oun)?t\\.?\\s*no"
	"|vat|btw|kvk|ust-?id|uid|tax\\s+id|company\\s+no|reg\\.?\\s*no|hrb|abn|siret)\\b", CI | PCRE2_UTF);

/* A town's name alone, as a party typed on one line ends without its postcode
 * ("Utrecht", "Bergen op Zoom", "Frankfurt am Main"): up to four words, the first
 * capitalised, no digit. */
static DmPattern town_alone = DM_PATTERN("^\\p{Lu}[\\p{L}'’.-]+(?:[ ][\\p{L}'’.-]+){0,3}$", PCRE2_UTF);

/* TRUE when @after, the text after a comma on a name's line, is its address: a street
 * with its number, then after another comma the postcode and town, or the town alone
 * ("Kerkplein 2, 3290 Diest", "14 Market Place, Thirsk YO7 1HL", "Hoofdstraat 2,
 * Utrecht"). */
static gboolean
address_after_comma(const char *after)
{
	const char *next = strstr(after, ", ");
	if (!next)
		return FALSE;
	g_autofree char *street_part = g_strndup(after, next - after);
	return street_shape(street_part) && (matches(&postcode_line, next + 2) || matches(&town_alone, next + 2));
}

/* Cuts @cell (in place) before a field of the details written after a comma on the
 * block's line: "Sportfreunde Lindenau e.V., Kundennr. 40088" is the name and the
 * customer's number, which the name does not hold; "Jeugdhuis De Kelder vzw, Kerkplein 2,
 * 3290 Diest" the name and its address, a party written on one line. */
static void
without_field_after_comma(char *cell, gboolean address_below)
{
	for (char *comma = strstr(cell, ", "); comma; comma = strstr(comma + 2, ", ")) {
		DmMatch m;
		if (strpbrk(comma, "0123456789") && (dm_pattern_match(&field_label, comma + 2, strlen(comma + 2), 0, &m) ||
						      dm_pattern_match(&name_field, comma + 2, strlen(comma + 2), 0, &m) ||
						      (!address_below && address_after_comma(comma + 2)))) {
			*comma = '\0';
			return;
		}
	}
}

/* Cuts @out's name before an attention written after it on its line ("Weinhandlung Roth KG,
 * z. Hd. Frau Lange", "Bouwbedrijf Van Veen B.V. - t.a.v. crediteurenadministratie"): the
 * organisation owes, the person or department named after it reads its post.  A person
 * "c/o" a company is the debtor, and no business for it. */
static void
without_attention_after(DmAddressBlock *out)
{
	const char *marker = NULL;
	char *bare = dm_debtor_name_before_attention(out->name, &marker);
	if (!bare)
		return;
	out->attention = out->attention || matches(&for_person, marker) || matches(&department, marker);
	g_free(out->name);
	out->name = g_strstrip(bare);
}

/* TRUE when @c, a line of a block below its first, may hold a name: no attention,
 * department, street or postcode line. */
static gboolean
name_line(const char *c)
{
	return plausible_name(c) && !matches(&attention, c) && !street_shape(c) && !matches(&postcode_line, c);
}

/* A doctor's, a dentist's or a lawyer's own practice named under its practitioner, with no
 * legal form ("Herr Dr. med. Linard Caduff" / "Praxis am Obertor", "Dr. A. Visser" /
 * "Huisartsenpraktijk De Linde", "Harbourside Dental Surgery"): the place's name; a sole
 * practice is no legal person, so the practitioner above it is billed, as its holder: a
 * business (out->practice).  With a legal form it is a firm ("Praxis am Markt
 * MVZ GmbH", a partnership's "… GbR", "… PartmbB"), which owes as any other under its
 * contact; so does a practice named after its doctor ("Praxis Dr. Emine Aydın-Krause"),
 * billed as printed by the README's labelling call. */
static DmPattern practice_name = DM_PATTERN(
	"\\A(?!.*\\b(?:gmbh|ag|mvz|partg\\w*|partmbb|gbr|ohg|kg|og|b\\.?v\\.?|ltd|limited|llp|plc|vof|maatschap)\\b)"
	"(?!.*\\b(?:dr|prof)\\.)"
	"(?:(?:\\w*praxis|ordination|\\w*praktijk|kanzlei|surgery|practice)\\b"
	/* English puts the word last: "Harbourside Dental Surgery", "Mill Lane Practice" */
	"|.*\\s(?:surgery|practice)\\s*\\z)", CI | PCRE2_UTF);
/* A practitioner's academic title before the name ("Dr. med.", "Dr.", "Prof."), after
 * any form of address. */
static DmPattern practitioner = DM_PATTERN(
	"\\A(?:(?:herrn?|frau|dhr\\.?|mevr\\.?|mr\\.?|mrs\\.?|ms\\.?)\\s+)?(?:dr|prof)\\.", CI);

/* Fills @out from the block whose lines are @cells[@first..@last] (the postcode line). */
/* A legal person's form last in a name ("Anker Horeca B.V.", "Sonnenseite Gastro GmbH",
 * "Crown Inns Limited", "Pohl UG (haftungsbeschränkt)"): a company the law knows, where a
 * trade's word ("Bakkerij", "Café", "Lunchroom") only names a shop. */
static DmPattern legal_person = DM_PATTERN(
	"\\s(?:(?-i:B\\.?V\\.?|N\\.?V\\.?|GmbH|gGmbH|AG|UG|KG|e\\.\\s?K\\.?|BVBA|SRL|VZW|ASBL|GesmbH|OG|LLP|LLC|PLC|plc|Ltd\\.?|Inc\\.?)"
	"|Limited)(?:\\s*&\\s*Co\\.?\\s*KG)?(?:\\s*\\([^()]{1,30}\\))?\\s*$", CI | PCRE2_UTF);

/* TRUE when @top, a name with no legal form of its own, is the trading name of the legal
 * person @below names ("Bakkerij De Zon" over "De Zon Holding B.V."): the company owes,
 * its shop's name is what the door says.  Not a line naming who reads the post. */
static gboolean
trading_name_over_legal_person(const char *top, const char *below)
{
	return !matches(&legal_person, top) && !dm_name_has_personal_title(top, NULL) && matches(&legal_person, below) &&
	       name_line(below) && !street_shape(below) && !matches(&attention, below) &&
	       !matches(&for_person, below) && !matches(&representative, below);
}

static void
take_block(char **cells, guint first, guint last, DmAddressBlock *out)
{
	/* "Priya Nair / Marlowe Property Services Ltd / street / city": a person above the
	 * organisation is its contact; the organisation owes.  A street line is no
	 * organisation, whatever it names before its number ("Faculty Club, Kaiserstraat 2"),
	 * nor a town's line ("Oranmore, Co. Galway": "Co." is a county there). */
	guint named = first;
	/* A department or attention line on top names no one: the name is below it. */
	while (named < last && (matches(&attention, cells[named]) || matches(&parents_of, cells[named])) &&
	       plausible_name(cells[named + 1]) && !street_shape(cells[named + 1]))
		named++;
	/* The representative's lines stand below the debtor's name: none of them names it. */
	guint own_end = matches(&estate, cells[named]) ? named + 1 : last;
	for (guint i = named + 1; i < own_end; i++)
		if (matches(&representative, cells[i]) || matches(&role_alone, cells[i])) {
			own_end = i;
			break;
		}
	/* "Northern Counties Housing" / "Association Ltd", "J. de Wit" / "h.o.d.n. De Wit
	 * Schilderwerken": one name over two lines (name_lines.c). */
	char *joined = named + 1 < own_end && name_line(cells[named + 1])
		       ? dm_name_lines_join(cells[named], cells[named + 1]) : NULL;
	if (!joined && named + 1 < own_end && trading_name_over_legal_person(cells[named], cells[named + 1]))
		named++;
	for (guint i = named + 1; !joined && i < own_end && !dm_name_is_organisation(cells[named], NULL); i++) {
		if (!dm_name_is_organisation(cells[i], NULL) || !name_line(cells[i]))
			continue;
		/* The practitioner owes, but as the practice's holder: a business. */
		if (matches(&practitioner, cells[named]) && matches(&practice_name, cells[i])) {
			out->practice = TRUE;
			continue;
		}
		named = i;
		break;
	}
	out->name = joined ? joined : g_strdup(cells[named]);
	/* The first line under the name, or under the two it runs over. */
	guint below = joined ? named + 2 : named + 1;
	/* "Bouwbedrijf Hendriks B.V., klantnr. 20417", "Pinecrest Outdoor Ltd, VAT GB 287 6611 04";
	 * "Jeugdhuis De Kelder vzw, Kerkplein 2, 3290 Diest": the party on one line, when no
	 * street or postcode line of its own follows (a sender's return line with commas
	 * stands above a window that has them). */
	gboolean address_below = FALSE;
	for (guint i = named + 1; i <= last; i++)
		address_below = address_below || street_shape(cells[i]) || matches(&postcode_line, cells[i]);
	without_field_after_comma(out->name, address_below);
	without_attention_after(out);
	/* "Kanton Obwaldnerland, Baudepartement", "Gemeente Dommelvliet - Inkoop": the
	 * organisation owes, its department reads the post. */
	g_autofree char *whole = dm_debtor_name_without_department(out->name);
	if (whole && *whole && strcmp(whole, out->name) != 0) {
		g_free(out->name);
		out->name = g_steal_pointer(&whole);
		out->attention = TRUE;
	}
	/* "Dhr. R. Bakker" / "Mevr. L. Bakker-Visser": a couple named one by one, both owe. */
	if (!joined && below < own_end && dm_name_persons_couple_below(cells[named], cells[below]))
		out->partner = g_strdup(cells[below]);
	/* "Kapsalon Knip & Kleur / Mevrouw S. Yilmaz / street": a titled person under an
	 * untitled name is a contact there, as after "t.a.v.": the name is an organisation's.
	 * So is a person by initials and surname ("Kapsalon Knipperlicht / L. de Rijk") under a
	 * name that is not one itself and shares no word with it (a couple's second line does). */
	if (below < own_end && !out->partner && !dm_name_has_personal_title(cells[named], NULL) &&
	    (dm_name_has_personal_title(cells[below], NULL) || dm_name_lines_initials_below(cells[named], cells[below])))
		out->attention = TRUE;
	GString *block = g_string_new(NULL);
	for (guint i = first; i <= last; i++) {
		g_string_append_printf(block, "%s\n", cells[i]);
		/* A person's or an office's line above the name, passed over, counts as below it;
		 * the representative's lines speak of the representative. */
		if (i < own_end && (((i > first || i < named) && matches(&for_person, cells[i])) ||
				    (i != named && matches(&department, cells[i]))))
			out->attention = TRUE;
	}
	out->block = g_string_free(block, FALSE);
}

/* TRUE when a line of @block under its name is the sender's own person, by two words at
 * least ("Vertaalbureau Lingua Lieke" / "Lieke Dorrestein" / street / town, sent by Lieke
 * Dorrestein): a freelancer's letterhead, its firm over its owner.  Not an office's or a
 * department's line ("Accounts Payable"), which a sender's display name may also be. */
static gboolean
signed_by_sender(const DmAddressBlockOwn *own, const char *block)
{
	g_auto(GStrv) lines = g_strsplit(block ? block : "", "\n", MAX_LINES);
	for (guint i = 1; lines[i]; i++) {
		const char *c = g_strstrip(lines[i]);
		if (strchr(c, ' ') && !matches(&attention, c) && !matches(&department, c) && own->is_own(c, own->data))
			return TRUE;
	}
	return FALSE;
}

/* A "Dienst" the block's only name: a Dutch agency by its own name ("Dienst Wegverkeer" /
 * "Postbus 777"), where a Flemish department stands under its city's name. */
static DmPattern dienst_alone = DM_PATTERN("^dienst\\s", CI);

/* TRUE when @out's name names no debtor, and @out is cleared for the search to go on to
 * the next candidate: @own (nullable) says it is the sender's (the letterhead's or the
 * payee's), or it is an office or a department alone, the block's only line above its
 * street ("Zahlbar durch" / "Direktion" / "Seestrasse 12"): whoever reads the post, not who
 * owes. */
static gboolean
passed_over(const DmAddressBlockOwn *own, DmAddressBlock *out)
{
	/* A unit named after what it serves is a public body's own name ("Department for
	 * Education", "School of Health Sciences"). */
	gboolean office = matches(&department, out->name) && !matches(&unit_of, out->name) &&
			  !matches(&dienst_alone, out->name);
	if (!(own && (own->is_own(out->name, own->data) || signed_by_sender(own, out->block))) && !office)
		return FALSE;
	dm_address_block_clear(out);
	return TRUE;
}

/* The number of cells of @line (tab-separated). */
static guint
count_cells(const char *line)
{
	guint n = 1;
	for (; *line; line++)
		n += *line == '\t';
	return n;
}

/* (transfer full) cell @col of @line, trimmed; "" when the line has fewer cells. */
static char *
cell_at(const char *line, guint col)
{
	const char *p = line;
	for (guint c = 0; c < col && p; c++)
		if ((p = strchr(p, '\t')))
			p++;
	return p ? first_cell(p) : g_strdup("");
}

/* The most lines a block has under its label: name, contact, street, postcode, number. */
#define BELOW_LABEL 5

/* The document's title alone in a cell: "RECHNUNG", "Tax Invoice", "Factuur". */
static DmPattern title = DM_PATTERN(
	"^(?:(?:tax\\s+)?invoice|factuur|rechnung|nota|credit\\s*note|creditnota|creditfactuur|gutschrift"
	"|stornorechnung|proforma|pro\\s+forma)$", CI | PCRE2_UTF);

/* The block beside the invoice's details below a label alone on its row ("Client" /
 * "Invoice date<TAB>20 November 2026" / "Terms<TAB>Payable on receipt<TAB>Koala Creek Media
 * Pty Ltd" / "c/o Ms Hannah Wirth" / "Level 3, 88 Cumberland St" / "The Rocks NSW 2000"): its
 * first line is the last cell of the details row @lines[@k] (three cells or more), the
 * rest the last cells of the details rows below and, where the details column has ended,
 * the lines alone, up to the postcode line (and its country).  Fills @cells (room for
 * BELOW_LABEL + 1, transfer full) and gives their number; 0 when the cells read as no
 * address (no postcode line below a plausible name). */
static guint
block_beside_details(char **lines, guint n, guint k, char **cells)
{
	const char *tab = strrchr(lines[k], '\t');
	if (count_cells(lines[k]) < 3 || !tab)
		return 0;
	guint j = 0;
	gboolean address = FALSE;
	cells[j++] = first_cell(tab + 1);
	for (guint q = k + 1; q < n && j < BELOW_LABEL && *lines[q]; q++) {
		g_autofree char *left = first_cell(lines[q]);
		gboolean beside = count_cells(lines[q]) >= 3 && field_row(lines[q], left);
		if (!beside && strchr(lines[q], '\t'))
			break;
		char *c = beside ? first_cell(strrchr(lines[q], '\t') + 1) : g_steal_pointer(&left);
		if (!*c || (address && !matches(&country, c)) || matches(&title, c)) {
			g_free(c);
			break;
		}
		address = address || matches(&postcode_line, c);
		cells[j++] = c;
	}
	/* A name has two words at least; one alone is a value of the details ("Paid"). */
	if (address && plausible_name(cells[0]) && !details_cell(cells[0]) && strchr(cells[0], ' '))
		return j;
	for (guint q = 0; q < j; q++)
		g_clear_pointer(&cells[q], g_free);
	return 0;
}

/* The column the block stands in below a label alone on its row, from line @from: the
 * first, unless the second reads as an address (a postcode line under the name) and the
 * first does not, or reads as the sender's (a contact line in it, its name repeated in
 * @text) — the label stood over the second column, and its row had nothing on the left. */
static guint
block_column(const char *text, char **lines, guint n, guint from)
{
	gboolean address[2] = { FALSE, FALSE }, sender[2] = { FALSE, FALSE };
	for (guint col = 0; col < 2; col++)
		for (guint q = from; q < n && q < from + 5 && count_cells(lines[q]) > col; q++) {
			g_autofree char *c = cell_at(lines[q], col);
			if (!*c)
				break;
			address[col] = address[col] || (q > from && matches(&postcode_line, c));
			sender[col] = sender[col] || matches(&contact_line, c) ||
				      (q == from && occurrences(text, c) > 1);
		}
	return address[1] && !sender[1] && (!address[0] || sender[0]) ? 1 : 0;
}

/* (transfer full) (nullable) the organisation a one-line address names after the person
 * @name it opens with ("Sarah O'Neill, Brightwater Studio, 5 Canal Wharf, Leeds LS11 5PS"):
 * the person is its contact, as on a block's lines.  NULL when the part after @name in
 * @value is no organisation's name, or @name is one itself. */
static char *
organisation_after_person(const char *value, const char *name)
{
	gsize n = strlen(name);
	if (strncmp(value, name, n) != 0 || strncmp(value + n, ", ", 2) != 0 || dm_name_is_organisation(name, NULL))
		return NULL;
	g_autofree char *part = g_strdup(value + n + 2);
	char *comma = strstr(part, ", ");
	if (comma)
		*comma = '\0';
	g_strstrip(part);
	if (!plausible_name(part) || street_shape(part) || matches(&attention, part) ||
	    !dm_name_is_organisation(part, NULL))
		return NULL;
	return g_steal_pointer(&part);
}

/* (transfer full) (nullable) @name run on over @next_line, a line of one cell below it, when
 * a narrow cell wrapped the name there (dm_name_persons_run_on). */
static char *
run_on(const char *name, const char *next_line)
{
	if (!name || strchr(next_line, '\t'))
		return NULL;
	g_autofree char *next = first_cell(next_line);
	if (street_shape(next) || matches(&postcode_line, next) || matches(&attention, next))
		return NULL;
	return dm_name_persons_run_on(name, next);
}

/* The labels that name who pays: the invoice's own addressee.  A customer's, a client's or
 * a beneficiary's label may name someone else ("Leistungsempfänger: Mia Schubert" above
 * "Rechnungsempfänger: Frau Anke Schubert", "Client: Oscar Reid" above "Bill to: Mr Daniel
 * Reid"). */
static DmPattern payer_label = DM_PATTERN(
	"^[ \\t]*(?:factuuradres|facturatieadres|factuur\\s+aan|gefactureerd\\s+aan|bill(?:ed)?[- ]to|invoice\\s+(?:to|address)"
	"|billing\\s+address|rechnungsempfänger(?:in)?|rechnungsadresse|rechnungsanschrift|rechnung\\s+an)(?!\\p{L})",
	CI | PCRE2_UTF);

/* A row naming the organisation of the person on the label's line: "Company: …",
 * "Bedrijf: …", "Firma: …", "Organisation: …". */
static DmPattern company_row = DM_PATTERN(
	"^(?:company(?:\\s+name)?|organi[sz]ation|bedrijf(?:snaam)?|organisatie|firma|firmenname|unternehmen)"
	"\\s*:\\s*(\\S[^\\t]*)$", CI | PCRE2_UTF);
/* A company row's value that names none: a private person's form ("Company: Private
 * individual", "Bedrijf: Particulier", "Company: N/A", "Firma: —"). */
static DmPattern no_company = DM_PATTERN(
	"^(?:n\\.?\\s?/?\\s?a\\.?|none|nil|geen|keine?|aucune?|[-–—.]+|"
	"(?:private|privat|particulier|priv[ée])(?:\\s+(?:individual|person|persoon|person[ne]+|customer|klant|kunde))?|"
	"individual|self[- ]employed|zzp)$", CI | PCRE2_UTF);

/* TRUE when @c is a one-line footer: the sender's facts run together with middle dots or
 * bars ("Kestrel IT Ltd · Registered in England No. … · VAT No. …", "… | KvK … | IBAN …").
 * A block printed after the totals ("Billed to" / name / street / town) often has the
 * page's footer straight under it; the footer is the sender's, never the debtor's, and
 * read into the block it makes the whole block the sender's. */
static gboolean
footer_row(const char *c)
{
	/* A middle dot between words, never inside one: Catalan's l·l ("Avinguda del
	 * Paral·lel 45", "Col·legi") is a street's or a name's letter. */
	return strstr(c, " ·") || strstr(c, "· ") || strstr(c, " | ");
}

/* A bare "Owner:" names the debtor only on a bill about a property ("Maple Ridge Owners
 * Association", "Quarterly assessment", "Property: 22 Maple Ridge Ct"); elsewhere it is a
 * sole trader's letterhead naming its own owner ("Brightside Window Cleaning / Owner: Dave
 * Rowntree"). */
static DmPattern bare_owner_label = DM_PATTERN("^[ \\t]*owners?(?![\\w-])", CI);
static DmPattern property_bill = DM_PATTERN(
	"\\bowners['’]?\\s+(?:association|corporation|management)|\\bhomeowners\\b|\\bHOA\\b|\\bcondominium\\b"
	"|\\bstrata\\b|\\bassessments?\\b|\\bservice\\s+charges?\\b|\\bground\\s+rent\\b|^[ \\t]*(?:property|unit|lot)[ \\t]*:",
	CI | PCRE2_MULTILINE | PCRE2_UTF);

/* The labelled block: the name on the label's line or the first plausible line below;
 * under a label of @payer's only (payer_label) when @payer. */
static gboolean
labelled_by(const char *text, char **lines, guint n, const DmAddressBlockOwn *own, gboolean payer,
	    gboolean capitals_named, DmAddressBlock *out)
{
	for (guint i = 0; i < n; i++) {
		DmMatch m;
		g_autofree char *cell = first_cell(lines[i]);
		if (!dm_pattern_match(&block_label, cell, strlen(cell), 0, &m) || (payer && !matches(&payer_label, cell)))
			continue;
		if (matches(&bare_owner_label, cell) && !matches(&property_bill, text))
			continue;
		g_autofree char *same = dm_match_group(&m, 1);
		gboolean ran_on = FALSE;
		/* A two-column table: the label in one cell, the debtor in the next. */
		const char *tab = strchr(lines[i], '\t');
		/* The label heads one column of two, the other party's heading beside it ("Aan<TAB>
		 * Van", "Bill to<TAB>Ship to"): under the debtor's postcode line, a row of one cell
		 * is the other column's, which runs on longer (the sender's register numbers). */
		gboolean two_columns = FALSE;
		/* "Customer<TAB>UK-0071": the customer's number on the label's row makes it a row
		 * of the details column, whose next rows ("Order<TAB>SO 26-10412", "Container<TAB>
		 * MSKU 4418207") are more details, whatever their label, and no block. */
		gboolean numbered = FALSE;
		if ((!same || !*same) && tab) {
			g_free(same);
			g_autofree char *next = first_cell(tab + 1);
			two_columns = matches(&heading, g_strstrip(next));
			numbered = strpbrk(next, "0123456789") != NULL;
			same = dm_debtor_name_before_address(next);
			/* "Kundin<TAB>Familie" / "Rüegg-Schneider": a narrow cell wrapped the name. */
			char *longer = i + 1 < n ? run_on(same, lines[i + 1]) : NULL;
			if (longer) {
				g_free(same);
				same = longer;
				ran_on = TRUE;
			}
			/* "Bill to:<TAB>Terms<TAB>Net 30": the details column's label set on the
			 * label's row; the block starts below. */
			if (!plausible_name(same) || details_cell(next))
				g_clear_pointer(&same, g_free);
		}
		/* "Customer<TAB>RIVDEN", "Kunde: MUELLB": one word of capitals on the label's row
		 * is the seller's code for the customer, a details row, and no block starts
		 * there (with a digit it is no name at all: code) — while another block may name
		 * the debtor; with none, it is the customer's name ("Klant: HEMA", "Customer<TAB>
		 * IKEA"): @capitals_named. */
		if (same && !capitals_named && matches(&capitals_code, g_strstrip(same)))
			continue;
		if (same && *same) {
			/* "Aan: Hr. M. Yilmaz, Rembrandtlaan 33, 3723 BG Bilthoven": the name ends
			 * at the first comma the address follows. */
			char *cut = dm_debtor_name_before_address(same);
			char *org = organisation_after_person(same, cut);
			/* The whole address on the label's line ("Klant: An Wouters, Diestsestraat 233,
			 * 3000 Leuven", as a bill typed in a mail gives it): the block is that line and
			 * the debtor's registration under it ("Customer VAT: NO 982 114 607 MVA"); the
			 * other lines under it are the bill's own ("Btw 6%: € 27,60", "(geen btw, KOR)"). */
			g_autofree char *one_line = strlen(g_strstrip(cut)) < strlen(g_strstrip(same)) ? g_strdup(same) : NULL;
			g_free(same);
			same = g_strstrip(org ? org : cut);
			if (org)
				g_free(cut);
			/* "Aan: t.a.v. de ouders van Sem Bakker, Lindeweg 8, …": no organisation
			 * above the attention, so the one it names is the debtor. */
			DmMatch a;
			if (dm_pattern_match(&attention_marker, same, strlen(same), 0, &a)) {
				const char *rest = same + a.end[0];
				rest += strspn(rest, " :.");
				memmove(same, rest, strlen(rest) + 1);
			}
			if (!plausible_name(same))
				continue;
			out->name = g_steal_pointer(&same);
			out->attention = org != NULL;
			without_attention_after(out);
			out->run_on = ran_on;
			out->block = g_strdup_printf("%s\n", one_line ? one_line : out->name);
			/* The block ends where the rows of a details table ("Total<TAB>£6,369.60")
			 * or the sender's one-line footer go on below the label's row; a row of the
			 * debtor's registration ("BTW-nummer<TAB>NL…") is the block's. */
			for (guint k = i + 1; k < n && k <= i + 4 && *lines[k]; k++) {
				g_autofree char *c = first_cell(lines[k]);
				if ((field_row(lines[k], c) && !matches(&numbers_line, c)) || footer_row(c) ||
				    (one_line && !registration_row(c)))
					break;
				/* "Bill to: Dan Ellis" / "Company: Ellis & Moor Surveyors Ltd": the person
				 * is the contact, the company under him owes. */
				DmMatch co;
				if (k == i + 1 && dm_pattern_match(&company_row, c, strlen(c), 0, &co)) {
					g_autofree char *company = dm_match_group(&co, 1);
					if (plausible_name(g_strstrip(company)) && !matches(&no_company, company)) {
						g_free(out->name);
						out->name = g_steal_pointer(&company);
						out->attention = TRUE;
					}
				}
				out->attention = out->attention || matches(&for_person, c);
				char *grown = g_strconcat(out->block, c, "\n", NULL);
				g_free(out->block);
				out->block = grown;
			}
			if (passed_over(own, out))
				continue;
			return TRUE;
		}
		/* The label alone: the block starts on the next line.  A row of the details
		 * column set between the label and the block ("Factuur aan" / "Factuurnummer
		 * WZ-0712" / "Priya Ramdin") is passed over. */
		for (guint k = i + 1, last = i + 2; k < n && k <= last; k++) {
			guint col = block_column(text, lines, n, k);
			g_autofree char *c = cell_at(lines[k], col);
			if (!*c)
				continue;
			g_autofree char *left = first_cell(lines[k]);
			g_autofree char *value = cell_at(lines[k], col + 1);
			if (numbered && strpbrk(value, "0123456789"))
				break;
			if (col == 0 && field_row(lines[k], left)) {
				g_auto(GStrv) beside = g_new0(char *, BELOW_LABEL + 2);
				guint j = block_beside_details(lines, n, k, beside);
				if (j > 0) {
					take_block(beside, 0, j - 1, out);
					if (passed_over(own, out))
						break;
					return TRUE;
				}
				if (last < i + 4) {
					last++;
					continue;
				}
			}
			/* "Kunde<TAB>Kundennummer" / "Familie<TAB>KD-16944" / "Rüegg-Schneider" */
			char *longer = k + 1 < n ? run_on(c, lines[k + 1]) : NULL;
			if (!plausible_name(longer ? longer : c)) {
				g_free(longer);
				break;
			}
			g_auto(GStrv) cells = g_new0(char *, 6);
			guint j = 0;
			if (longer)
				cells[j++] = longer;
			gboolean address = FALSE;
			for (guint q = longer ? k + 2 : k; q < n && j < 5 && *lines[q]; q++) {
				char *below = cell_at(lines[q], col);
				if ((col > 0 && !*below) || (j > 0 && footer_row(below)) ||
				    (two_columns && address && count_cells(lines[q]) == 1 && !matches(&country, below))) {
					g_free(below);
					break;
				}
				address = address || (j > 0 && matches(&postcode_line, below));
				cells[j++] = below;
			}
			/* Under a details row ("Klant<TAB>K-0427") only an address is a block: the
			 * lines below it are the details' or the items' ("Renovatie en uitbreiding
			 * woning …"), a name only with its street and postcode. */
			if (numbered && !address)
				break;
			take_block(cells, 0, j - 1, out);
			out->run_on = longer != NULL;
			if (passed_over(own, out))
				break;
			return TRUE;
		}
	}
	return FALSE;
}

/* The labelled block, under the payer's label first (labelled_by). */
static gboolean
labelled(const char *text, char **lines, guint n, const DmAddressBlockOwn *own, gboolean capitals_named,
	 DmAddressBlock *out)
{
	return labelled_by(text, lines, n, own, TRUE, capitals_named, out) ||
	       labelled_by(text, lines, n, own, FALSE, capitals_named, out);
}

/* A label in a later column of its row ("Von:<TAB>An:", "Supplier<TAB>Bill to"): the block
 * is the cells of that column below it.  A later column is also where a table's cells
 * stand, so the block counts only when it reads as an address (a postcode line below
 * the name). */
static gboolean
labelled_column(char **lines, guint n, const DmAddressBlockOwn *own, DmAddressBlock *out)
{
	for (guint i = 0; i < n; i++) {
		guint cols = count_cells(lines[i]);
		for (guint col = 1; col < cols; col++) {
			g_autofree char *label = cell_at(lines[i], col);
			DmMatch m;
			if (!dm_pattern_match(&block_label, label, strlen(label), 0, &m))
				continue;
			g_auto(GStrv) cells = g_new0(char *, BELOW_LABEL + 2);
			guint j = 0;
			char *same = dm_match_group(&m, 1);
			if (same && *g_strstrip(same))
				cells[j++] = same;
			else
				g_free(same);
			/* A label that ends its row stands over the right-hand column, whatever the
			 * rows below count on their left (a letterhead cut into more cells than
			 * the address lines under it): the block is their last cells, and where
			 * the left column has ended, the rows of one cell. */
			gboolean rightmost = col + 1 == cols, address = FALSE;
			for (guint q = i + 1; q < n && j < BELOW_LABEL; q++) {
				guint below = count_cells(lines[q]);
				if (below <= col && !(rightmost && (below >= 2 || j > 0)))
					break;
				char *c = cell_at(lines[q], below <= col ? below - 1 : col);
				/* The block ends with its postcode line, or the country after it. */
				if (!*c || (address && !matches(&country, c))) {
					g_free(c);
					break;
				}
				address = address || (j > 0 && matches(&postcode_line, c));
				cells[j++] = c;
			}
			if (!address || !(plausible_name(cells[0]) || matches(&attention, cells[0])))
				continue;
			take_block(cells, 0, j - 1, out);
			if (passed_over(own, out))
				continue;
			return TRUE;
		}
	}
	return FALSE;
}

/* The most lines a window block has above its postcode line: name, attention, street. */
#define ABOVE 4

/* The most rows of a details column read back for one whose label a list knows. */
#define DETAILS_ROWS 8

/* TRUE when @lines[@i] is a row of the details column set left of a window on the right,
 * under a label no list knows ("Kurs<TAB>Hochzeitspaket<TAB>Am Richtsberg 4", "Objekt",
 * "Leerling", "Patient"): three cells or more, the first a word or two with no digit, in an
 * unbroken run of such rows under one whose label is a field's ("Datum<TAB>28.11.2026<TAB>
 * Prof. Dr. …").  Its first cell is a label, never a name of the block; its last is the
 * window's.  Near miss: a block on the left with the details beside it ("Mevr. R.
 * Sewdien<TAB>Factuur<TAB>2026-223") has no field's row at the head of its run. */
static gboolean
details_row_continued(char **lines, guint i)
{
	for (guint k = i; k > 0 && k + DETAILS_ROWS > i; k--) {
		g_autofree char *label = first_cell(lines[k]);
		const char *space = strchr(label, ' ');
		if (count_cells(lines[k]) < 3 || !*label || strpbrk(label, "0123456789") || (space && strchr(space + 1, ' ')))
			return FALSE;
		g_autofree char *above = first_cell(lines[k - 1]);
		if (count_cells(lines[k - 1]) >= 3 && field_row(lines[k - 1], above))
			return TRUE;
	}
	return FALSE;
}

/* TRUE when @lines[@i] is a row of the details column beside a window on the left that
 * fell between the block's lines, the window's cell empty ("WEG Hollerallee 27<TAB>
 * Rechnungs-Nr.<TAB>R-26-00517" … "Stundenzettel<TAB>Nr. 4411" / "Parkallee 102"): the two
 * columns run at another pitch.  Two cells, a label of one word without a digit and a value
 * with one, under rows of three cells whose second is a field's label. */
static gboolean
details_row_left_empty(char **lines, guint i)
{
	g_autofree char *label = first_cell(lines[i]);
	g_autofree char *value = count_cells(lines[i]) == 2 ? cell_at(lines[i], 1) : NULL;
	if (!value || !*label || strpbrk(label, " 0123456789") || !strpbrk(value, "0123456789"))
		return FALSE;
	for (guint k = i; k > 0 && k + ABOVE > i; k--) {
		if (count_cells(lines[k - 1]) < 3)
			return FALSE;
		g_autofree char *beside = cell_at(lines[k - 1], 1);
		if (matches(&field_label, beside))
			return TRUE;
	}
	return FALSE;
}

/* TRUE when @cell is the first cell of @lines[@i], a details row's label (details_row_continued). */
static gboolean
label_of_details_row(char **lines, guint i, const char *cell)
{
	g_autofree char *first = first_cell(lines[i]);
	return strcmp(first, cell) == 0 && details_row_continued(lines, i);
}

/* (transfer full) the window's cells of @lines when it is the left column: the first
 * cell of each line. */
static GStrv
left_cells(char **lines, guint n)
{
	GStrv cells = g_new0(char *, n + 1);
	for (guint i = 0; i < n; i++)
		cells[i] = first_cell(lines[i]);
	return cells;
}

/* TRUE when one of the two lines below @lines[@i] is a postcode line of one cell, with
 * only lines of one cell between: the rest of a block whose lines stand alone. */
static gboolean
postcode_alone_below(char **lines, guint n, guint i)
{
	for (guint k = i + 1; k < n && k <= i + 2 && *lines[k] && !strchr(lines[k], '\t'); k++)
		if (matches(&postcode_line, lines[k]))
			return TRUE;
	return FALSE;
}

/* (transfer full) the window's cells of @lines when it is the right column, the invoice's
 * details on the left ("Factuurnummer<TAB>2026/0214<TAB>Mevrouw Els Vandenbroucke"): the
 * last cell of a line whose first two are a field's label and value, and a postcode or
 * country line alone right below such lines; "" on other lines, which end a block. */
static GStrv
right_cells(char **lines, guint n)
{
	GStrv cells = g_new0(char *, n + 1);
	gboolean block = FALSE;
	for (guint i = 0; i < n; i++) {
		const char *last = strrchr(lines[i], '\t');
		g_autofree char *left = first_cell(lines[i]);
		gboolean beside = count_cells(lines[i]) >= 3 && (field_row(lines[i], left) || details_row_continued(lines, i));
		/* The details column may end before the block: its city line and country stand
		 * alone below ("Sydney NSW 2000" / "Australia"), and so may its street above them
		 * ("Museggstrasse 8" / "6004 Luzern"), a line or two above a postcode line alone. */
		g_autofree char *alone = !beside && block && !last ? first_cell(lines[i]) : NULL;
		gboolean goes_on = alone && (matches(&postcode_line, alone) || matches(&country, alone) ||
					     postcode_alone_below(lines, n, i));
		cells[i] = beside ? first_cell(last + 1) : goes_on ? g_steal_pointer(&alone) : g_strdup("");
		block = beside || goes_on;
	}
	return cells;
}

/* TRUE when @c is how to reach the sender or its registration: a letterhead's line. */
static gboolean
senders_line(const char *c)
{
	return matches(&contact_line, c) || matches(&numbers_line, c);
}

/* (transfer full) the window's cells of @lines when it stands beside the sender's block in
 * the letterhead's rows, no label over it ("Magdalena Wróbel Translations<TAB>Nowak &
 * Wiśniewski Sp. z o.o." / "Laan van Meerdervoort 188<TAB>ul. Piotrkowska 120" / "2517 BH
 * Den Haag<TAB>90-006 Łódź, Poland"): the last cell of each row of two cells; "" on other
 * lines, which end a block.  Read only when the left column held no debtor's block. */
static GStrv
beside_cells(char **lines, guint n)
{
	GStrv cells = g_new0(char *, n + 1);
	guint alone = 0;      /* lines of one cell since the last row of two */
	gboolean ended = TRUE;
	for (guint i = 0; i < n; i++) {
		if (count_cells(lines[i]) == 2) {
			cells[i] = first_cell(strrchr(lines[i], '\t') + 1);
			alone = 0;
			ended = matches(&postcode_line, cells[i]);
			continue;
		}
		/* The debtor's block may run longer than the sender's beside it: its last lines
		 * stand alone below ("Havenkade 18<TAB>Stichting …" / "1601 AB Enkhuizen<TAB>
		 * Kerkplein 2" / "3811 AB Amersfoort"), up to its postcode line. */
		g_autofree char *c = first_cell(lines[i]);
		gboolean goes_on = !ended && i > 0 && alone < 3 && *c && !senders_line(c) && !strchr(lines[i], '\t');
		cells[i] = goes_on ? g_steal_pointer(&c) : g_strdup("");
		alone = goes_on ? alone + 1 : 3;
		ended = !goes_on || matches(&postcode_line, cells[i]);
	}
	return cells;
}

/* TRUE when @cells[@i] is a foreign address's city line: a line with a number ("Chiyoda-ku,
 * Tokyo 101-0051", "Oslo 0150") right above a country line, whatever its postcode's shape.
 * A telephone number or an address on the web above a country is no such line. */
static gboolean
above_country(char **cells, guint n, guint i)
{
	return i + 1 < n && matches(&country, cells[i + 1]) && strpbrk(cells[i], "0123456789") &&
	       !matches(&contact_line, cells[i]) && !matches(&numbers_line, cells[i]);
}

/* TRUE when @cells[@i] ends a block handed to someone's attention with no postcode under it
 * ("Sligo-Leitrim County Council" / "FAO Finance Section" / "Riverside, Sligo", an Irish
 * address with no Eircode; "Ashcombe District Council" / "Attn: Creditors" / "Market
 * Street" / "Ashcombe"): the last line before a blank one, an attention marker's line one
 * to three lines above it, and a name above that.  The marker is what makes an addressee's
 * block of it: a sender's letterhead hands nothing to anyone's attention. */
static gboolean
attended_end(char **cells, guint n, guint i)
{
	if (!*cells[i] || (i + 1 < n && *cells[i + 1]) || matches(&attention, cells[i]))
		return FALSE;
	for (guint k = i; k > 1 && k + 3 >= i + 1; k--) {
		if (!*cells[k - 1])
			return FALSE;
		if (matches(&attention_marker, cells[k - 1]))
			return k - 1 < i && plausible_name(cells[k - 2]) && !matches(&attention, cells[k - 2]);
	}
	return FALSE;
}

/* TRUE when a cell after the first of @line is the document's title: the letterhead's row
 * ("Physio & Co. Praxisbedarf<TAB>RECHNUNG"), which stands above the window.  The title
 * ends its row: a "Factuur" with a number in the cell after it is the caption of the
 * details column set beside the block's first line ("Mevr. R. Sewdien<TAB>Factuur<TAB>
 * 2026-223"), which is the debtor's. */
static gboolean
title_beside(const char *line)
{
	g_auto(GStrv) cells = g_strsplit(line, "\t", 16);
	for (guint c = 1; cells[0] && cells[c]; c++)
		if (matches(&title, g_strstrip(cells[c])) && (!cells[c + 1] || !*g_strstrip(cells[c + 1])))
			return TRUE;
	return FALSE;
}

/* A separator between the parts of an address written on one line. */
static DmPattern address_separator = DM_PATTERN("\\s*[·|]\\s*|\\s+[-–]\\s+|,\\s+", PCRE2_UTF);

/* TRUE when @c is an address on one line, the sender's return line above the window: the
 * shape one_line_address knows, or three parts or more after separators, the last a
 * postcode line of any country ("Quayside Print Ltd · 12 Harbour Road · Bristol BS1 5TY",
 * "Druckhaus Elbufer, Am Sandtorkai 5, 20457 Hamburg").  With @street_first, also a street
 * and a postcode line alone ("Töpferweg 3, 79098 Freiburg"). */
static gboolean
address_on_one_line(const char *c, gboolean street_first)
{
	if (matches(&one_line_address, c))
		return TRUE;
	gsize len = strlen(c);
	guint parts = 1;
	gsize first = 0, last = 0;
	DmMatch m;
	for (gsize off = 0; dm_pattern_match(&address_separator, c, len, off, &m); off = dm_match_next(&m, len)) {
		if (m.start[0] == 0 || m.end[0] >= len)
			continue;
		if (parts++ == 1)
			first = m.start[0];
		last = m.end[0];
	}
	if (street_first && parts == 2) {
		g_autofree char *before = g_strndup(c, first);
		return street_line(before) && matches(&postcode_line, c + last);
	}
	return parts >= 3 && matches(&postcode_line, c + last);
}

static gboolean
return_line(const char *c)
{
	return address_on_one_line(c, FALSE);
}

/* TRUE when @cells[@at] is a line of the sender's column of details (a sidebar: telephone,
 * e-mail, KvK, VAT) that the reading order set inside the window block, below its name:
 * the line above it is a name, and the line above that name the sidebar's too ("KvK
 * 75633021" / "Dr. Hiroshi Tanaka-Berg" / "VAT NL002987612B14" / "Faculty Club,
 * Kaiserstraat 2").  The window's own lines never say how to reach the sender. */
static gboolean
sidebar_inside(char **cells, guint at)
{
	return at >= 2 && senders_line(cells[at]) && plausible_name(cells[at - 1]) && !senders_line(cells[at - 1]) &&
	       !street_shape(cells[at - 1]) && senders_line(cells[at - 2]);
}

/* TRUE when a cell after the first of @line is the sender's address on one line or how to
 * reach it ("Hofstede<TAB>Reigerstraat 3 | 8251 DK Dronten"): the letterhead's row. */
static gboolean
letterhead_row(const char *line)
{
	const char *tab = strchr(line, '\t');
	return tab && (strstr(tab, " | ") || strstr(tab, "·") || senders_line(tab + 1));
}

/* TRUE when @c names a debtor by itself: a person by a form of address ("Mevr. C. van 't
 * Hof"), or an organisation by two words or more ("Brauhaus Am Markt") — not a sender's
 * legal form alone ("Einzelfirma"), its owner ("Roos Vermeulen") or its address on one
 * line. */
static gboolean
names_by_itself(const char *c)
{
	if (matches(&addressed_name, c))
		return TRUE;
	/* "Industrieweg 14, 8401 AB Gorredijk": an address after a comma is no name's. */
	g_autofree char *name = dm_debtor_name_before_address(c);
	return dm_name_is_organisation(c, NULL) && strchr(c, ' ') && strcmp(name, c) == 0 && !return_line(c) &&
	       !street_line(c);
}

/* The first unlabelled block in @cells (one a line of @lines) that is not the sender's.
 * Rows of the details column that interleave with the block (label and value, each a row
 * of its own) are passed over.  With @under_logo a block may start under the sender's name
 * as a logo prints it; the window reader asks so only when no block was taken without. */
static gboolean
unlabelled(const char *text, char **lines, char **cells, guint n, const DmAddressBlockOwn *own,
	   gboolean under_logo, DmAddressBlock *out)
{
	for (guint i = 1; i < n; i++) {
		/* A one-line return address ("Acme BV · Straat 1 · 1234 AB Plaats") is the sender's. */
		if (!(matches(&postcode_line, cells[i]) || above_country(cells, n, i) || attended_end(cells, n, i)) ||
		    strstr(cells[i], "·") ||
		    strstr(cells[i], " | "))
			continue;
		char *block[ABOVE + 3];
		guint row[ABOVE + 3];
		guint m = 0;
		/* A second department line ("Dienst Communicatie" / "Dienst Boekhouding") takes
		 * no room from the name: a public body's block may carry both. */
		guint departments = 0;
		for (guint k = i; k > 0 && m < ABOVE + (departments > 1); k--) {
			without_field_after_comma(cells[k - 1], TRUE);
			const char *c = cells[k - 1];
			/* A small return line whose baseline falls between the name and the street
			 * ("Kulturverein Zwischenraum e.V." / "Kessler · Torgauer Str. 233 · 04347
			 * Leipzig" / "Georg-Schwarz-Str. 10"): the window's name is above it. */
			if (return_line(c) && m > 0 && street_line(block[m - 1]) && k >= 2 && plausible_name(cells[k - 2]) &&
			    !senders_line(cells[k - 2]) && !street_line(cells[k - 2]) && !return_line(cells[k - 2]))
				continue;
			if (!*c || title_beside(lines[k - 1]) || return_line(c))
				break;
			/* A letterhead's street and postcode on one line under its name ("Ilse
			 * Brandt Keramik" / "Töpferweg 3, 79098 Freiburg"), right above a block
			 * whose top line names someone in words ("Jonte Albers Floristik" /
			 * "Jonte Albers" / street / postcode), ends that block; a tagline of one
			 * word under it ("Dakwerken") is the letterhead's own. */
			if (m > 0 && strchr(block[m - 1], ' ') && address_on_one_line(c, TRUE))
				break;
			if (field_row(lines[k - 1], c) || details_cell(c) || label_of_details_row(lines, k - 1, c) ||
			    (m > 0 && details_row_left_empty(lines, k - 1)) ||
			    (m > 0 && matches(&concerns_line, c)) || (m > 0 && sidebar_inside(cells, k - 1)))
				continue;
			/* The debtor's own register number between its name and its street or
			 * department ("Stichting Zeehondencrèche Noord" / "RSIN 8199.22.431" /
			 * "Zeeweg 3", "Norfolk Animal Rescue" / "Registered Charity No. 1092233" /
			 * "Finance Office"): the block's, with a name above it.  Rows of several
			 * cells are a letterhead's ("Bloembollen B.V.<TAB>Chamber of Commerce …" /
			 * "VAT NL…" / "Heereweg 301<TAB>IBAN …"): no debtor's block there. */
			gboolean own_number = m > 0 && k >= 2 && registration_row(c) &&
					      !strchr(lines[k - 1], '\t') && !strchr(lines[k - 2], '\t') &&
					      (street_line(block[m - 1]) || matches(&attention, block[m - 1])) &&
					      plausible_name(cells[k - 2]) && !street_line(cells[k - 2]) &&
					      !senders_line(cells[k - 2]);
			if (!own_number &&
			    (!(plausible_name(c) || matches(&attention, c)) || senders_line(c) || matches(&closing, c)))
				break;
			departments += matches(&attention, c);
			row[m] = k - 1;
			block[m++] = cells[k - 1];
		}
		/* Top down: the name first, the postcode line last. */
		for (guint a = 0, b = m ? m - 1 : 0; a < b; a++, b--) {
			char *tmp = block[a];
			block[a] = block[b];
			block[b] = tmp;
			guint r = row[a];
			row[a] = row[b];
			row[b] = r;
		}
		row[m] = i;
		block[m++] = cells[i];
		/* How to reach the sender follows its block; a row of the details column ("Ihr
		 * Ansprechpartner<TAB>Stefan Brandt") ends the debtor's neighbourhood first. */
		gboolean contact = FALSE;
		for (guint k = i + 1; k < n && k <= i + 2 && !field_row(lines[k], cells[k]); k++) {
			/* A details row whose value is the window's cell ("Factuurdatum<TAB>25-11-2026"
			 * read in the right column) ends it too: a date is no telephone number. */
			g_autofree char *left = first_cell(lines[k]);
			if (field_row(lines[k], left))
				break;
			contact = contact || matches(&contact_line, cells[k]);
		}
		if (contact)
			continue;
		/* An attention or department line is no name: the name is above it, or none.  A
		 * name the text repeats (in the footer, "t.n.v.") is the sender's. */
		guint first = 0;
		for (;;) {
			/* A "Dienst" right above the street is the block's own name ("Dienst
			 * Wegverkeer" / "Postbus 777"): no department without its organisation. */
			while (first + 1 < m && matches(&attention, block[first]) &&
			       !(matches(&dienst_alone, block[first]) && street_line(block[first + 1])))
				first++;
			/* The letterhead's row set right above the window, no blank line between
			 * ("Dakdekkersbedrijf Hofstede<TAB>Reigerstraat 3 | 8251 DK Dronten" / "Fam.
			 * Öztürk-de Wit" / street / postcode): the sender's name the text repeats,
			 * its address or contact beside it, on top of the debtor's block. */
			if (first + 2 < m && repeated_elsewhere(text, block[first]) && letterhead_row(lines[row[first]]) &&
			    !street_line(block[first + 1]) && plausible_name(block[first + 1])) {
				first++;
				continue;
			}
			/* The sender's name as a logo prints it, right on top of the window with no
			 * return line ("SCHILDERWERKEN<TAB>BOS" / "Mevr. C. van 't Hof",
			 * "KÄLTETECHNIK<TAB>ARSLAN" / "Brauhaus Am Markt"): the block starts under it
			 * when that line names someone by itself (names_by_itself) and shares no word
			 * with the logo: "Bakkerij Jansen" / "Jansen Brood B.V." and "Praxis Dr. Roth"
			 * / "Frau Dr. med. Jana Roth" are the sender's letterhead, its firm or owner. */
			if (under_logo && first + 2 < m && own && own->is_own(block[first], own->data) &&
			    names_by_itself(block[first + 1]) && !dm_name_lines_share_a_word(block[first], block[first + 1])) {
				first++;
				continue;
			}
			/* The sender's name the text repeats, a tagline under it ("Schildersbedrijf
			 * Wouters" / "vakmanschap sinds 1987") and then a person by a form of address
			 * ("Fam. Vrolijk"): the block starts at the person. */
			if (first + 2 < m && repeated_elsewhere(text, block[first])) {
				guint k = first + 1;
				while (k + 1 < m && !matches(&addressed_name, block[k]))
					k++;
				if (k + 1 < m) {
					first = k;
					continue;
				}
			}
			break;
		}
		/* A block right below a representative's line in a column beside it is the
		 * representative's rest ("79108 Freiburg<TAB>vertreten durch Betreuerin" over
		 * "Sabine Albers"), the debtor's name above in that column. */
		g_autofree char *above = row[first] > 0 && strchr(lines[row[first] - 1], '\t')
					 ? first_cell(strrchr(lines[row[first] - 1], '\t') + 1) : NULL;
		if (above && matches(&representative, above))
			continue;
		/* A club's name with its founding year over its street is a name. */
		gboolean year_name = matches(&founding_year, block[first]) && first + 2 < m && street_line(block[first + 1]);
		if (first + 1 >= m || repeated_elsewhere(text, block[first]) || (street_line(block[first]) && !year_name) ||
		    (first + 2 == m && matches(&street_name, block[first])))
			continue;
		/* Its first line the sender's name: the sender's block, whatever the line under it
		 * joins to ("KÄLTETECHNIK" / "Brauhaus Am Markt"); the fallback may start under it. */
		if (!under_logo && own && own->is_own(block[first], own->data))
			continue;
		take_block(block, first, m - 1, out);
		if (passed_over(own, out))
			continue;
		/* "Herrn und Frau" / "Huber": a surname alone keeps the form of address above it,
		 * or no name would be left of it. */
		/* "Familie" / "Van der Heijden-Ouali": a household's word is its name's, whatever
		 * the surname's words, when a narrow window set it on a line of its own. */
		if (row[first] > 0 && (!strchr(out->name, ' ') || matches(&household_alone, cells[row[first] - 1])) &&
		    matches(&form_alone, cells[row[first] - 1])) {
			char *whole = g_strdup_printf("%s %s", cells[row[first] - 1], out->name);
			g_free(out->name);
			out->name = whole;
		}
		return TRUE;
	}
	return FALSE;
}

/* An address written on one line, its parts after commas: "Kaffeerösterei Falkenberg UG
 * (haftungsbeschränkt), Speicherstraße 3, 28217 Bremen (HRB 54531 B)" — a typed invoice's
 * debtor with no label.  The name comes first, a street and a postcode line follow.  The
 * sender's own one-line address comes back in its text or is the sender's name. */
static gboolean
one_line(const char *text, char **lines, guint n, const DmAddressBlockOwn *own, DmAddressBlock *out)
{
	for (guint i = 0; i < n; i++) {
		g_autofree char *cell = first_cell(lines[i]);
		if (strstr(cell, "·") || strstr(cell, " | "))
			continue;
		g_autofree char *printed = dm_debtor_name_before_address(cell);
		/* "an Frau Dr. Ayşe Demir-Schubert, Gellertstraße 19, 04103 Leipzig", "Factuur voor
		 * Fam. Jansen, Hoefslag 7, 3451 AB Vleuten" */
		char *addressed = dm_debtor_name_without_addressing_word(printed);
		g_autofree char *name = addressed ? addressed : g_strdup(printed);
		if (strcmp(printed, cell) == 0 || !plausible_name(name) || occurrences(text, name) > 1)
			continue;
		g_auto(GStrv) parts = g_strsplit(cell + strlen(printed) + 2, ", ", 6);
		gboolean street_seen = FALSE, address = FALSE;
		for (guint k = 0; parts[k] && !address; k++) {
			g_strstrip(parts[k]);
			address = street_seen && matches(&postcode_line, parts[k]);
			street_seen = street_seen || street_shape(parts[k]);
		}
		if (!address)
			continue;
		/* "Factuur voor Sarah O'Neill, Brightwater Studio, 5 Canal Wharf, …" */
		char *org = organisation_after_person(cell + strlen(printed) - strlen(name), name);
		out->attention = org != NULL;
		if (org) {
			g_free(name);
			name = org;
		}
		out->name = g_steal_pointer(&name);
		g_autofree char *rest = g_strjoinv("\n", parts);
		out->block = g_strdup_printf("%s\n%s\n", out->name, rest);
		if (passed_over(own, out))
			continue;
		return TRUE;
	}
	return FALSE;
}

/* A typed mail's only address: a line handing the mail to a back office, then its
 * organisation after a comma ("FAO Finance, Eastfield Community Health NHS Trust") —
 * dm_debtor_name_after_attention. */
static gboolean
attention_line(char **lines, guint n, const DmAddressBlockOwn *own, DmAddressBlock *out)
{
	for (guint i = 0; i < n; i++) {
		g_autofree char *cell = first_cell(lines[i]);
		g_autofree char *name = dm_debtor_name_after_attention(cell);
		if (!name || !plausible_name(name))
			continue;
		out->name = g_steal_pointer(&name);
		out->block = g_strdup_printf("%s\n", out->name);
		out->attention = TRUE;
		if (passed_over(own, out))
			continue;
		return TRUE;
	}
	return FALSE;
}

/* The unlabelled block in the window's cells that @cells_of (left_cells, right_cells)
 * picks from @lines. */
static gboolean
window(const char *text, char **lines, guint n, GStrv (*cells_of)(char **, guint),
       const DmAddressBlockOwn *own, DmAddressBlock *out)
{
	g_auto(GStrv) cells = cells_of(lines, n);
	/* The letterhead's block may sit above the debtor's: a block under the logo is the
	 * fallback, when no other is taken. */
	return unlabelled(text, lines, cells, n, own, FALSE, out) || unlabelled(text, lines, cells, n, own, TRUE, out);
}

/* "Klant: HEMA", "Customer<TAB>IKEA", and no other block on the page: the word of capitals
 * labelled_by passed over as a ledger's code is the customer's name. */
static gboolean
labelled_capitals(const char *text, char **lines, guint n, const DmAddressBlockOwn *own, DmAddressBlock *out)
{
	dm_address_block_clear(out);
	return labelled(text, lines, n, own, TRUE, out);
}

/* A household's word before a name, in a cell of its own ("Familie Rüegg-Schneider", "Fam.
 * Wijnberg", "Eheleute Roth"). */
static DmPattern household_cell = DM_PATTERN(
	"^(?:familie|fam\\.|gezin|family|eheleute|famille)\\s+(\\S.*)$", PCRE2_CASELESS | PCRE2_UTF);

/* (transfer full) The cell of @lines that names @surname with a household's word before it,
 * or NULL: "Kunde<TAB>Rüegg-Schneider" under a window's "Familie Rüegg-Schneider" labels the
 * household by its surname alone, and the household's word is the name's (README's personal
 * titles: kept over a surname alone). */
static char *
household_of(char **lines, guint n, const char *surname)
{
	if (!surname || strchr(surname, ' '))
		return NULL;
	for (guint i = 0; i < n; i++) {
		g_auto(GStrv) cells = g_strsplit(lines[i], "\t", -1);
		for (guint c = 0; cells[c]; c++) {
			DmMatch m;
			g_strstrip(cells[c]);
			if (!dm_pattern_match(&household_cell, cells[c], strlen(cells[c]), 0, &m))
				continue;
			g_autofree char *named = dm_match_group(&m, 1);
			if (named && strcmp(g_strstrip(named), surname) == 0)
				return g_strdup(cells[c]);
		}
	}
	return NULL;
}

gboolean
dm_address_block_find(const char *text, const DmAddressBlockOwn *own, DmAddressBlock *out)
{
	g_return_val_if_fail(out != NULL, FALSE);
	memset(out, 0, sizeof *out);
	if (!text)
		return FALSE;
	g_auto(GStrv) lines = g_strsplit(text, "\n", MAX_LINES);
	guint n = g_strv_length(lines);
	for (guint i = 0; i < n; i++)
		g_strchomp(lines[i]);
	/* Every labelled block may be the sender's: a payment slip addressed to it ("PAYMENT
	 * ADVICE / To: Acme Ltd") under an invoice whose debtor stands unlabelled in the
	 * window, as Xero and Sage print it.  The window is read then as on any letter. */
	if (labelled(text, lines, n, own, FALSE, out)) {
		out->rule = "label";
		char *household = household_of(lines, n, out->name);
		if (household) {
			g_free(out->name);
			out->name = household;
		}
	}
	else if (labelled_column(lines, n, own, out))
		out->rule = "label-in-column";
	else if (window(text, lines, n, left_cells, own, out))
		out->rule = "window";
	else if (window(text, lines, n, right_cells, own, out))
		out->rule = "window-right";
	else if (window(text, lines, n, beside_cells, own, out))
		out->rule = "beside-sender";
	else if (one_line(text, lines, n, own, out))
		out->rule = "one-line";
	else if (attention_line(lines, n, own, out))
		out->rule = "attention-line";
	else if (labelled_capitals(text, lines, n, own, out))
		out->rule = "label-capitals";
	if (out->rule)
		return TRUE;
	dm_address_block_clear(out);
	return FALSE;
}

/* An attention marker ending the text before a name: "t.a.v. ", "Attn: ", "z. Hd. Herrn ".
 * The managing agent a block sends the post to ("WEG Am Kirchberg 4 / c/o Hausverwaltung
 * Lenz KG", "VvE De Linde / p/a Beheer Plus", "care of") and the owner of a firm ("Inh.")
 * read the debtor's mail the same way: neither is the one who owes. */
static DmPattern attention_before = DM_PATTERN(
	"(?:t\\.?\\s?a\\.?\\s?v\\.?|ter\\s+attentie(?:\\s+van)?|attn\\.?|attention(?:\\s+of)?|fao|f\\.a\\.o\\."
	"|z\\.\\s?h(?:d\\.?|(?=\\.))|zu\\s+händen|contact(?:person)?|ansprechpartner(?:in)?"
	"|c/o|p/a|p\\.a\\.|per\\s+adres|care\\s+of|inh\\.|inhaber(?:in)?"
	/* an office held at an association: "Treasurer: Grace Okafor", "Kassenwartin Petra Brenner" */
	"|treasurer|penningmeester|secretaris|secretary|kassenwart(?:in)?|schatzmeister(?:in)?|kassier(?:er|in)?)"
	"[\\s:]*(?:(?:de\\s+)?(?:heer|mevrouw|dhr\\.?|mevr\\.?|mw\\.?|mr\\.?|mrs\\.?|ms\\.?|herrn?|frau)\\s+)?\\z",
	CI | PCRE2_UTF);

/* TRUE when the line after the one at @line_start (its first cell) starts with @debtor. */
static gboolean
next_line_starts_with(const char *line_start, const char *debtor)
{
	const char *eol = strchr(line_start, '\n');
	if (!eol || !debtor || !*debtor)
		return FALSE;
	const char *next = eol + 1;
	while (*next == ' ' || *next == '\t')
		next++;
	return g_str_has_prefix(next, debtor);
}

/* TRUE when the line before the one starting at @line (in @text) starts with @debtor. */
static gboolean
previous_line_starts_with(const char *text, const char *line, const char *debtor)
{
	if (line <= text || !debtor || !*debtor)
		return FALSE;
	const char *prev = line - 1;
	while (prev > text && prev[-1] != '\n')
		prev--;
	while (*prev == ' ' || *prev == '\t')
		prev++;
	return g_str_has_prefix(prev, debtor);
}

/* TRUE when the line before the one starting at @line (in @text), or its last cell (the
 * column beside the sender's), names a representative's role and no one ("p/a
 * bewindvoerder", "vertreten durch Betreuerin"): the name follows. */
static gboolean
previous_line_is_representative(const char *text, const char *line)
{
	if (line <= text)
		return FALSE;
	const char *prev = line - 1;
	while (prev > text && prev[-1] != '\n')
		prev--;
	g_autofree char *whole = g_strndup(prev, (gsize) (line - 1 - prev));
	g_autofree char *first = first_cell(whole);
	const char *last = strrchr(whole, '\t');
	return matches(&role_alone, first) || (last && matches(&role_alone, last + 1));
}

/* TRUE when [@line, @p) is a short run of words — titles, a department ("Herrn Dipl.-Ing.
 * ", "Marketing, Frau ") — with no digit, colon or tab: no label, no address. */
static gboolean
words_only(const char *line, const char *p)
{
	if (p - line > 40)
		return FALSE;
	for (const char *q = line; q < p; q++)
		if (g_ascii_isdigit(*q) || *q == ':' || *q == '\t')
			return FALSE;
	return TRUE;
}


/* What a mention of a name is tested for: @p is the name in @text, @line its line's start. */
typedef gboolean (*MentionTest)(const char *text, const char *line, const char *p, gsize n,
				const char *debtor);

/* TRUE when some mention of @name in @text passes @test. */
static gboolean
any_mention(const char *text, const char *name, MentionTest test, const char *debtor)
{
	if (!text || !name || !*name)
		return FALSE;
	gsize n = strlen(name);
	for (const char *p = text; (p = strstr(p, name)); p += n)
		if (test(text, line_start(text, p), p, n, debtor))
			return TRUE;
	return FALSE;
}

static gboolean
is_contact(const char *text, const char *line, const char *p, gsize n, const char *debtor)
{
	DmMatch m;
	if (dm_pattern_match(&attention_before, line, (gsize) (p - line), 0, &m))
		return TRUE;
	/* The one who acts for the debtor: named on a representative's line ("t.a.v. notaris
	 * mr. P. Bosman") or right below one ("p/a bewindvoerder" / "Bewindvoering Noord"). */
	if (dm_pattern_match(&representative, line, (gsize) (p - line), 0, &m) ||
	    previous_line_is_representative(text, line))
		return TRUE;
	/* A person on a line of its own ("Herrn Niklas Ortmann", "Marketing, Frau E. Hörl",
	 * perhaps the street after a comma) next to the organisation's. */
	gboolean own_line = p[n] == '\0' || p[n] == '\n' || p[n] == '\t' || p[n] == ',';
	return own_line && words_only(line, p) &&
	       (next_line_starts_with(p, debtor) || previous_line_starts_with(text, line, debtor));
}

static gboolean
not_greeted(const char *text, const char *line, const char *p, gsize n, const char *debtor)
{
	(void)text, (void)n, (void)debtor;
	return !dm_greeting_before(line, (gsize) (p - line));
}

gboolean
dm_address_block_names_contact(const char *text, const char *name, const char *debtor)
{
	return any_mention(text, name, is_contact, debtor);
}

gboolean
dm_address_block_prints_name(const char *text, const char *name)
{
	return any_mention(text, name, not_greeted, NULL);
}

char *
dm_address_block_organisation_below(const char *text, const char *person)
{
	if (!text || !person || !*person || dm_name_is_organisation(person, NULL))
		return NULL;
	g_auto(GStrv) lines = g_strsplit(text, "\n", MAX_LINES);
	guint n = g_strv_length(lines);
	for (guint i = 0; i + 2 < n; i++) {
		g_autofree char *cell = first_cell(lines[i]);
		if (strcmp(cell, person) != 0)
			continue;
		/* A row of the details column set between them is passed over. */
		guint j = i + 1;
		for (; j + 1 < n; j++) {
			g_autofree char *c = first_cell(lines[j]);
			if (!field_row(lines[j], c))
				break;
		}
		g_autofree char *below = first_cell(lines[j]);
		/* A titled person below is a person, never the organisation a contact belongs to. */
		if (!plausible_name(below) || dm_name_has_personal_title(below, NULL) || matches(&attention, below) ||
		    street_shape(below) || matches(&field_label, below) || strpbrk(below, "0123456789") ||
		    dm_name_lines_share_a_word(person, below))
			continue;
		/* "Declan Moloney" / "Ballycommon" / "Tullamore, Co. Offaly": a line straight
		 * above the town's, no street between, is the address's own first line — an Irish
		 * townland, a house's or a farm's name, a street printed without its number —
		 * and so is a house's name above the street ("Riverside House" / "12 Quay
		 * Street"), unless its words say an organisation. */
		g_autofree char *next = j + 1 < n ? first_cell(lines[j + 1]) : NULL;
		if (((next && matches(&postcode_line, next)) || matches(&house_name, below)) &&
		    !dm_name_is_organisation(below, NULL))
			continue;
		gboolean address = FALSE;
		for (guint k = j + 1; k < n && k <= j + 2; k++) {
			g_autofree char *c = first_cell(lines[k]);
			address = address || street_shape(c) || matches(&postcode_line, c);
		}
		if (address)
			return g_steal_pointer(&below);
	}
	return NULL;
}

gboolean
dm_address_block_posted_via(const char *text, const char *name)
{
	if (!text || !name || !*name)
		return FALSE;
	g_auto(GStrv) lines = g_strsplit(text, "\n", MAX_LINES);
	for (guint i = 0; lines[i] && lines[i + 1]; i++) {
		g_auto(GStrv) cells = g_strsplit(lines[i], "\t", 16);
		g_auto(GStrv) below = g_strsplit(lines[i + 1], "\t", 16);
		for (guint c = 0; cells[c]; c++) {
			/* the name as the block prints it, perhaps after its form of address, or
			 * surname first as read_debtor said it the other way round ("Vries, de J."
			 * for "J. de Vries"; review24b) */
			g_autofree char *said = dm_debtor_name_from_directory_form(g_strstrip(cells[c]));
			if (!g_str_has_suffix(cells[c], name) && !(said && g_str_has_suffix(said, name)))
				continue;
			for (guint b = 0; below[b]; b++)
				if (matches(&representative, g_strstrip(below[b])))
					return TRUE;
		}
	}
	return FALSE;
}

void
dm_address_block_clear(DmAddressBlock *block)
{
	g_clear_pointer(&block->name, g_free);
	g_clear_pointer(&block->block, g_free);
	g_clear_pointer(&block->partner, g_free);
	block->attention = FALSE;
	block->run_on = FALSE;
	block->practice = FALSE;
	block->rule = NULL;
}
