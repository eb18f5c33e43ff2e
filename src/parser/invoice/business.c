/* business: business, consumer or unknown from what the invoice says about its debtor
 * (dm_debtor_kind_read).
 *
 * An invoice prints the creditor's VAT number in its footer, always; the debtor's only
 * when the debtor is a business (reverse charge, or a buyer's requirement).  So two
 * different VAT numbers, or one on the debtor's line or labelled as the customer's, mean
 * business.  Failing that, the name: a personal title (Dhr., Frau, Mrs) a consumer; a
 * legal form (B.V., GmbH, Ltd) or an organisation's word (Stichting, Gemeente, Verein) a
 * business; failing those, the invoice calling its debtor a private customer
 * ("Privatkunde", "particulier") a consumer.  A bare name ("Sophie Maas") says neither:
 * a sole trader bills under her own name as often as a private person is billed by it,
 * so that one is unknown — unless the invoice carries a reference only an organisation's
 * books hand out (a purchase order, a cost centre, a Leitweg-ID) or goes to an invoice desk
 * or an office's mailbox (facturen@, rechnungseingang@, penningmeester@; business_signs.c).
 * An estate and a German WEG stay unknown whatever their representative's mailbox says.
 * Failures: none. */
#include "parser/invoice/dm-business.h"
#include "parser/invoice/dm-business-signs.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI PCRE2_CASELESS

/* VAT numbers as invoices print them (NL, BE, DE, AT, GB, FR, LU, IT, ES, DK, SE, IE, PL,
 * and the Swiss UID, "CHE-123.456.789 MWST"), with the spaces and dots people group them by. */
static DmPattern vat_number = DM_PATTERN(
	"(?<![A-Z0-9])(NL\\s?\\d{4}\\.?\\d{2}\\.?\\d{3}\\.?B\\.?\\d{2}|BE\\s?0?\\d{3}\\.?\\d{3}\\.?\\d{3}"
	"|DE\\s?\\d{3}\\s?\\d{3}\\s?\\d{3}|ATU\\s?\\d{8}"
	"|GB\\s?\\d{3}\\s?\\d{4}\\s?\\d{2}|FR\\s?[0-9A-Z]{2}\\s?\\d{9}|LU\\s?\\d{8}|IT\\s?\\d{11}|ES\\s?[A-Z0-9]\\d{7}[A-Z0-9]"
	"|DK\\s?\\d{8}|SE\\s?\\d{12}|IE\\s?\\d{7}[A-Z]{1,2}|PL\\s?\\d{10}"
	"|CHE[- ]?\\d{3}\\.?\\d{3}\\.?\\d{3})(?![A-Z0-9])", 0);
static DmPattern customer_tax_label = DM_PATTERN(
	"(?:uw|your|ihre|kunden|customer|client|klant|afnemer|buyer|leistungsempfänger)[- ]?"
	"(?:btw|vat|ust|kvk|tax)", CI);
/* A tax or register number the sender labels as its own ("Our VAT no.", "Ons btw-nummer",
 * "Unsere USt-IdNr.", "Notre n° TVA"), in its column of details beside the debtor's block. */
static DmPattern own_tax_label = DM_PATTERN(
	"\\b(?:our|ons|onze|unsere?|eigene|notre|nos)\\s+(?:btw|vat|ust|umsatzsteuer|mwst|uid|tax|steuer|kvk|n°\\s*tva|tva)",
	CI | PCRE2_UTF);
/* A surname's particles, each with the space after it ("van der ", "de "). */
#define PARTICLE_WORDS "(?:van|von|de|der|den|ter|ten|te|le|la|du|da|di|zu|vom|op|in|'t|het)\\s+"
#define PARTICLES "(?-i:" PARTICLE_WORDS ")"
/* The same at a name's start, where a Dutch list capitalises them ("De Vries HC"). */
#define PARTICLES_ANY_CASE "(?i:" PARTICLE_WORDS ")"
/* Not the two letters of a Dutch postcode ("8401 AB Gorredijk", "2511 BV Den Haag", "1234 SV
 * Den Haag"): a postcode line is no firm's name, whatever its letters spell. */
#define NOT_POSTCODE_LETTERS "(?<!\\b\\d{4}\\s)"
/* The Dutch cooperative's "U.A." (uitgesloten aansprakelijkheid), in capitals, last in a
 * name after a word, in a name that says "coöperatie" (the law has a cooperative carry
 * both): elsewhere the letters are initials ("U.A. Bakker", "J.U.A. de Vries"), the Emirates
 * ("Dubai, U.A.E.") or German "and others" ("ERBEN SOMMER U.A."). */
#define COOPERATIVE_UA "(?i:^(?=[^\\n]*co[öo]peratie)[^\\n]*\\w\\s\\K)(?-i:U\\.\\s?A\\.?)(?=\\s*$)"
static DmPattern cooperative_ua = DM_PATTERN(COOPERATIVE_UA, PCRE2_UTF);
/* The words a sole trader puts before the name traded under, with a name after them. */
#define TRADING "\\b(?:h\\.?o\\.?d\\.?n\\.?|h/o/d/n|handelend\\s+onder\\s+de\\s+naam|handelnd\\s+unter|trading\\s+as)(?=\\s+\\S)" \
	"|(?<=\\s)t/a(?=\\s+\\S)"
static DmPattern legal_form = DM_PATTERN(
	"(?:" NOT_POSTCODE_LETTERS "\\b(?:B\\.?V\\.?|N\\.?V\\.?|V\\.?O\\.?F\\.?|C\\.?V\\.?|GmbH|AG|KG|OHG|GbR|UG|e\\.\\s?K|e\\.\\s?V|mbH"
	/* a charity's ("gemeinnützige") GmbH, UG and AG: "Kita Sonnenschein gGmbH" */
	"|gGmbH|gUG|gAG"
	/* the Polish and Czech limited companies: "Sp. z o.o.", "s.r.o." */
	"|Sp\\.?\\s?z\\s?o\\.\\s?o|s\\.\\s?r\\.\\s?o"
	"|Ltd|Limited|LLC|LLP|Inc|PLC|PC|Co|Corp|Corporation|Company|Incorporated|S\\.?A\\.?|SARL|S[àa]rl|Sagl|BVBA|SPRL|SRL"
	/* the Irish designated activity company, company limited by guarantee and unlimited
	 * company; "Teoranta" (Irish for Limited) is written "Teo." (below, with its dot).
	 * DAC and CLG only in capitals: "Dac" is a Vietnamese middle name ("Nguyen Dac Thanh") */
	"|(?-i:DAC|CLG)|Teoranta"
	"|CVBA|VZW|ASBL|Comm\\.?\\s?V|GesmbH|Ges\\.\\s?m\\.\\s?b\\.\\s?H|PartG(?:mbB)?|KGaA|eG|e\\.\\s?U|OG|KEG"
	"|S\\.p\\.A|S\\.r\\.l|S\\.L|SAS|ApS|A/S|Oy|Pty|Kft|(?-i:AB|ASA|Oyj|CIC|CIO|OBS|CBS|PCBS|RKBS|OCMW|CPAS)"
	/* a sports club by its abbreviation: "TSV Wolfsanger", "VfL Bochum", "RFC" */
	"|(?-i:TSV|VfB|VfL|TuS|SpVgg|RFC|GAA))\\b\\.?"
	/* a club by two letters, which are a person's initials too, before the surname ("HC
	 * Jansen", "SC de Vries") or after it as Dutch lists print them ("Jansen HC", "de Vries
	 * SC"): only with a club's rest — a founding year, a name of two words that is no
	 * surname with its particles ("VV De Zwaluwen", "SV Blau-Weiß Hollage 1925", "Cambridge
	 * City FC") */
	"|" NOT_POSTCODE_LETTERS "\\b(?-i:SV|FC|SC|VV|KV|HC)\\b(?=[^\\n]*\\s(?:1[89]|20)\\d{2}\\b"
	"|\\s+(?!" PARTICLES "*\\S+\\s*$)\\S+\\s+\\S)"
	"|^(?!" PARTICLES_ANY_CASE "*\\S+\\s+(?-i:SV|FC|SC|VV|KV|HC)\\.?$)\\S[^\\n]*\\s\\K(?-i:SV|FC|SC|VV|KV|HC)\\.?$"
	"|\\b(?:stichting|vereniging|gemeente|provincie|vve|vme|stweg|stockwerkeigentümergemeinschaft|verein|stiftung|kanzlei|praxis|\\w*school|\\w*college"
	/* schools named as one word with their kind: "Sint-Jozefscollege", "Grundschule" */
	"|lyceum|atheneum|gymnasium"
	"|university|universiteit|council|association|partners|group|holding|services|management"
	"|restaurant|café|cafe|lunchroom|tearooms?|tea\\s+rooms?|theehuis|teestube|bistro|brasserie|eetcafé|eetcafe|pizzeria|hotel"
	/* a chip shop, a snack bar: "Frituur 't Hoekske", "Snackbar De Kroon", "Imbiss Zur Post" */
	"|frituur|friterie|friture|frietkraam|snackbar|imbiss|takeaway"
	/* lodgings: "Harbour View Guesthouse", "Pension Alpenrose", "B&B De Linde" */
	"|guest\\s*house|guesthouses?|b\\s*&\\s*b|bed\\s+(?:and|&)\\s+breakfast|pension|gästehaus|herberg|hostel|motel|inn"
	"|studio|agency|design|realty|dental|fitness|outdoor"
	"|bureau|büro|buero|consulting|consultancy|systems|solutions|techniek|technik|camping|\\w*schule"
	"|opvang|kinderopvang|gasthof|gasthaus|werkstatt|salon|atelier|ingenieurbüro"
	"|associates|architects?|architecten|architekten|rechtsanwälte|steuerberatung|advocaten|advocatenkantoor"
	"|notariaat|accountants|administratiekantoor|installaties|installatiebedrijf|logistics|logistiek"
	"|transport|media|marketing|software|digital|trading|makelaars|immobilien|hausverwaltung|gemeinde"
	"|kirchengemeinde|parochie|foundation|trust|club|\\w*genossenschaft|\\w*co[öo]peratie(?:ve)?|kantoor|garage|bakery"
	"|brewery|brouwerij|kliniek|klinik|clinic|apotheke|apotheek|ziekenhuis|academy|akademie|institut|instituut"
	"|institute|centre|center|centrum|zentrum|labs|works|shop|store|webshop|hoveniers|schilders|loodgieters"
	"|tandartsen|huisartsen|fysiotherapie|physiotherapie|zorg|care|events|verhuur|vermietung|rentals"
	"|joinery|plumbing|roofing|electrical|builders|carpentry|landscaping|catering|cleaning|printing|printers"
	"|interiors|furniture|motors|surveyors|solicitors|pharmacy|opticians|veterinary|nurseries|kitchens|glazing"
	"|decorators|diensten|dienstleistungen|\\w{2,}werken|\\w{2,}betrieb|stadtwerke"
	/* a craft or an art traded under its maker's name, capitalised as a name's word
	 * ("Jonas Wendt Fotografie", "Jonte Albers Floristik", "Hale Photography"); a
	 * letterhead's tagline writes it small ("grafisch ontwerp & fotografie") */
	"|(?-i:Fotografie|Photography|Floristik|Bloemsierkunst|Keramik|Keramiek|Ceramics|Goldschmiede|Edelsmid)"
	/* An owners' association (WEG, VvE) is none of these words: German law counts one with
	 * a private owner among its members as a consumer (BGH VIII ZR 243/13), and nothing in an
	 * invoice says who its members are — its kind stays unknown, the configured default. */
	"|vereniging|verein|society|federation"
	/* hospitals, practices, care and child care, churches, partnerships and family firms
	 * ("Gebr. Van Rijn", "Harlow & Brothers"), a credit union, a community's own body */
	"|hospital|hospitaal|surgery|klinikum|hospiz|hospice|spitex|pfarrei|diakonie|caritas|maatschap"
	"|gebr|gebroeders|credit\\s+union|community)\\b"
	/* brothers after "&" or "and", or shortened ("Harlow & Brothers", "Smith Bros."); alone
	 * they are a surname ("Joyce Brothers", "Ana Bros") */
	"|(?:&|\\band)\\s+(?:brothers|bros)\\b|\\bbros\\."
	/* public bodies, schools and their parts, churches, museums and libraries — never a
	 * street named after one ("Church Lane", "College Road", "Museumplein" is one word) */
	"|\\b(?:stadt|magistrat|kanton|landkreis|kreisverwaltung|bezirksamt|stadtverwaltung|gemeindeverwaltung|waterschap|hoogheemraadschap"
	"|ministerie|ministerium|ministry|borough|county|parish|municipality|rijksoverheid|overheid|behörde|amt"
	"|faculteit|fakultät|faculty|department|hochschule|hogeschool|gymnasium|lyceum|college|grundschule|basisschool"
	/* Irish schools: "Gaelscoil an Chuain", "Scoil Mhuire", "Coláiste Íde", "Naíonra na Cille" */
	"|scoil|gaelscoil|naíscoil|coláiste|gaelcholáiste|naíonra"
	"|kindergarten|kinderdagverblijf|museum|bibliothek|bibliotheek|library|kerk|kirche|church|theater|theatre"
	"|orchestra|orkest|orchester|chor|koor|choir|sportclub"
	/* people organised under a word of their own (misses33): a collective, a cooperative, a
	 * guild, a network, an initiative, a committee ("Riverside Makers Collective", "Valley
	 * Growers Co-op", "Collectief Zuidas Yoga", "Kollektiv Nordlicht", "Netwerk Duurzaam
	 * Ondernemen"); "Gilde" alone is a surname too, so only in a compound (below), and so
	 * is "Guild" ("Tom Guild", "Mr S. Guild"): only after the trade it gathers ("Northern
	 * Potters Guild", "Writers' Guild", "Goldsmiths Guild"), or as "Guild of …", "The Guild" */
	"|collective|collectief|kollektiv|co-?operative|co-op|network|netwerk|netzwerk"
	"|(?<=ers\\s|ists\\s|ians\\s|ors\\s|smiths\\s|ers'\\s|ists'\\s|ors'\\s)guild|guild(?=\\s+of\\b)|(?<=the\\s)guild"
	"|initiative|initiatief|committee|comit(?:é|e)|komitee"
	/* a hall a community keeps and its trustees run ("Millbrook Village Hall", "St Mary's
	 * Church Hall"), and the Dutch neighbourhood's house; "Hall" alone is a surname, and
	 * so it is after a given name ("Victoria Hall", "Guide" is a surname too) */
	"|(?:village|town|memorial|scout|church|parish|community|jubilee)\\s+hall"
	"|dorpshuis|buurthuis|gemeenschapshuis|wijkgebouw)\\b"
	"(?!\\s+(?:lane|road|street|st\\b|avenue|ave\\b|close|way|row|hill|walk|square|place|gardens|green|drive|court"
	"|yard|mews|terrace|crescent|park|view|rise|straße|strasse|weg|platz|allee|gasse|ring|straat|laan|plein|pad|dijk)\\b)"
	/* "& Zn.", "& Sohn", "& Söhne": a family firm; "& Partner", "en Partners": a firm of
	 * partners */
	"|&\\s*(?:zn|zonen|sohn|söhne|sons?)\\b|(?:&|\\bund|\\ben|\\band)\\s+partner(?:in)?\\b"
	/* trades and firms by their ending: bakkerij, drukkerij, makelaardij, bäckerei,
	 * autobedrijf, tandartspraktijk, weinhandlung, medienhaus, zorgboerderij */
	"|\\b\\w{2,}(?:erij|ardij|erei|bedrijf|praktijk|therapie|handlung|handel|haus|boerderij|praxis|büro|bureau|opvang|technik|techniek"
	/* a municipality by its ending: Marktgemeinde, Stadtgemeinde, Ortsgemeinde, deelgemeente */
	"|gemeinde|gemeente"
	/* an office, a studio and a shop by their ending: notariskantoor, steuerkanzlei,
	 * yogastudio, schreibwaren (a German shop is named after its goods) */
	"|kantoor|kanzlei|studio|waren"
	/* a salon by its trade: friseursalon, kapsalon, nagelsalon, schoonheidssalon */
	"|salon"
	/* an association by its ending: watersportvereniging, sportverein, hockeyclub; a school
	 * by its: gesamtschule, musikschule, dansschool */
	"|vereniging|verein|club|schule|school"
	/* a foundation, a society, a venue, an administration, a group, an office and a clinic
	 * by theirs: woonstichting, bürgerstiftung, kerkgenootschap, trouwlocatie,
	 * immobilienverwaltung, zorggroep, landratsamt, stadtbibliothek, tierklinik */
	"|stichting|stiftung|genootschap|locatie|verwaltung|groep|gruppe|amt|bibliothek|bibliotheek|klinik"
	/* a centre by its ending: zorgcentrum, gezondheidscentrum, gesundheitszentrum */
	"|centrum|zentrum"
	/* a collective, a guild, a network, an initiative, a committee by its ending:
	 * kunstenaarscollectief, künstlerkollektiv, schuttersgilde, gründernetzwerk,
	 * buurtinitiatief, bürgerinitiative, oranjecomité, festkomitee */
	"|collectief|kollektiv|gilde|netwerk|netzwerk|initiatief|initiative|comit(?:é|e)|komitee)\\b"
	/* a factory by its ending with its name after it ("Zuivelfabriek De Eendracht",
	 * "Möbelfabrik Haller"); alone it is a converted factory people live in ("De
	 * Suikerfabriek", "Alte Tuchfabrik") */
	"|\\b\\w{2,}(?:fabriek|fabrik)\\b(?=\\s+[^\\s\\d])"
	/* Irish "Teo." (Teoranta, Limited) with its dot, last in the name: "Teo" alone is a given
	 * name ("Teo Janssen") */
	"|(?<=\\w\\s)(?-i:Teo)\\.(?=\\s*$)"
	"|" COOPERATIVE_UA
	/* a Flemish city and a day-care centre by the word they begin with ("Stad Gent", "Kita
	 * Sonnenkinder"): elsewhere in a name the same letters are a surname ("Marit Stad",
	 * "Yuki Kita") */
	"|^(?:stad|kita)(?=\\s+\\S)"
	/* a sole trader's trading name after his own ("R. Bakker h.o.d.n. Bakker Klusservice",
	 * "Dylan Price t/a Price Plastering", "Blumen Sommer / Inh. Kerstin Sommer"): a name
	 * traded under is a business's */
	"|" TRADING "|\\b(?:inh\\.|inhaber(?:in)?:?)(?=\\s+\\S)"
	/* a trade billed under its web address ("bosfotografie.nl", "kestrelprint.co.uk"): a
	 * person is not named by a domain */
	"|^\\s*[a-z0-9][a-z0-9-]{2,}\\.(?:nl|be|de|at|ch|com|co\\.uk|uk|ie|eu|net|org|io|shop|online|studio)\\s*$)", CI);
/* A name traded under, whoever trades: it outranks a form of address before the trader's
 * own name ("Dhr. J. de Wit h.o.d.n. De Wit Schilderwerken", "Mr Mark Evans t/a Evans
 * Roofing" bill as a business). */
static DmPattern trading_name = DM_PATTERN(TRADING, CI);
static DmPattern personal_title = DM_PATTERN(
	"^\\s*(herrn?|frau|hrn?\\.?|fr\\.|dhr\\.?|mevr\\.?|mw\\.?|mej\\.?|mr\\.?|mrs\\.?|ms\\.?|miss|mx\\.?|dr\\.?|prof\\.?"
	"|familie|fam\\.|eheleute|ehepaar|de\\s+heer|mevrouw|meneer|madame|monsieur|mme\\.?)(?:\\s|$)", CI);
/* The forms of address a name line may begin with, a couple's too ("Herr und Frau",
 * "Dhr. en mevr.", "Mr & Mrs"), and the space after them; Austria's and Switzerland's
 * short forms too ("Hrn. Ing. Markus Gruber", "Fr. Dr. med. Claudia Widmer"). */
#define FORM "(?:herrn?|frau|hrn?\\.?|fr\\.|dhr\\.?|mevr\\.?|mw\\.?|mej\\.?|mr\\.?|mrs\\.?|ms\\.?|miss|mx\\.?|de\\s+heer|mevrouw" \
	"|meneer|madame|monsieur|mme\\.?)"
static DmPattern form_of_address = DM_PATTERN(
	"^\\s*" FORM "(?:\\s+(?:und|u\\.|en|and|&|\\+|et)\\s+" FORM ")?\\s+(?=\\S)", CI | PCRE2_UTF);
/* The second form of a couple named one by one ("H.J. ten Brink en mevr. A. ten
 * Brink-Oosterveld", "Jan Lorenz und Frau Petra Lorenz", "A. Kuipers + dhr. B. van Dijk"):
 * the word that joins them stays. */
static DmPattern second_form = DM_PATTERN(
	"\\s(?:und|u\\.|en|and|&|\\+|et)\\s+(" FORM "\\s+)(?=\\S+\\s+\\S)", CI | PCRE2_UTF);
/* A name of two words or more that are not a surname's particles: a given name or an
 * initial before the surname ("H. Carter", "Jan van der Veen"; not "Van der Veen").  A
 * double surname whose second part has its particles ("Vanhoutte-De Smet", "Van den
 * Broek-de Haan", "Müller-von Arnim") is one surname still: the hyphen joins it. */
static DmPattern given_and_surname = DM_PATTERN(
	"^(?!(?:" PARTICLE_WORDS ")*(?:[^\\s-]+-)?(?:" PARTICLE_WORDS ")*\\S+$)\\S+\\s+\\S", CI | PCRE2_UTF);
/* Academic titles before a name ("Dr.", "Prof. Dr. med.", "Mag.", "Ing."): no given name.
 * A couple's form over a title and a surname ("Herrn und Frau Dr. Müller") stays, for
 * without it one of the two is lost; one person's goes ("Mr Dr. Smith" "Dr. Smith"). */
static DmPattern leading_titles = DM_PATTERN(
	"^(?:(?:dr|prof|mag|ing|ir|dipl\\.-\\w+|med|phil|jur|dent|vet)\\.?\\s+)+", CI | PCRE2_UTF);
static DmPattern couple_joiner = DM_PATTERN("\\s(?:und|u\\.|en|and|&|\\+|et)\\s", CI | PCRE2_UTF);
/* Dutch "mr." (meester, the law degree) before a law firm's name is part of the firm's
 * name ("Mr. De Lange & Partners Advocaten", "mr. Jansen Notariaat B.V."), no form of
 * address: a firm of partners, a lawyers' or notaries' word, or a company's legal form.
 * "Mr Alistair Design" stays a person addressed as Mr. */
static DmPattern meester = DM_PATTERN(
	"^\\s*mr\\.\\s+(?=.*(?:\\s&\\s|\\b(?:advocat\\w*|notari\\w*|jurist\\w*|partners|legal|law|B\\.V\\.?|N\\.V\\.?)$))",
	CI | PCRE2_UTF);

/* Dutch "mr." (meester) before another Dutch degree ("mr. drs. J.W. van der Heijden", "mr.
 * ir. B. Kok", "mr. dr. A. Smit"): degrees stack, a form of address does not go before
 * one — the name keeps it as it keeps "dr." and "drs." (corpus/invoices/README.md).  "Mr Dr
 * Smith" in English capitals is a form of address still. */
static DmPattern meester_degree = DM_PATTERN(
	"^\\s*(?:mr\\.\\s+(?:drs|ir|ing|ds)\\.|(?-i:mr\\.\\s+dr\\.))\\s", CI | PCRE2_UTF);

/* The invoice calling its debtor a private person, in the singular — "Als Privatkunde sind
 * Sie verpflichtet ... aufzubewahren" (§ 14b UStG), "u bent particulier", "as a private
 * customer".  The plural ("voor particulieren en bedrijven", "Privatkunden") is the
 * creditor's own advertising, and "consumer" or "Verbraucher" the law's general words
 * (a right of withdrawal): neither says anything of this debtor. */
static DmPattern consumer_word = DM_PATTERN(
	"\\b(?:particulier(?:e\\s+(?:klant|opdrachtgever))?|privatkund(?:e|in)|privatperson|privatmann|privatfrau"
	"|private?\\s+(?:customer|client|individual))\\b(?![-\\w])", CI | PCRE2_UTF);

/* The tax charged to the buyer instead of the seller ("reverse charge", "btw verlegd",
 * "Steuerschuldnerschaft des Leistungsempfängers", § 13b UStG) or a supply exempt within
 * the EU ("intra-Community supply", "intracommunautaire levering", "innergemeinschaftliche
 * Lieferung"): the law allows either only when the buyer is a business with a VAT number. */
static DmPattern business_only_tax = DM_PATTERN(
	"\\breverse[- ]charge(?:d)?\\b|\\b(?:btw|omzetbelasting)\\b[^\\n]{0,20}\\bverlegd\\b|\\bverlegd\\b[^\\n]{0,10}\\bbtw\\b"
	"|\\bverleggingsregeling\\b|steuerschuldnerschaft\\s+des\\s+leistungsempfängers"
	/* "Nach § 13b UStG schuldet der Leistungsempfänger die Umsatzsteuer", Austrian "Übergang
	 * der Steuerschuld auf den Leistungsempfänger (§ 19 Abs. 1a UStG)" */
	"|§\\s?13b\\s?(?:abs\\.\\s?\\d\\s?)?ustg|übergang\\s+der\\s+steuerschuld"
	"|\\bintra-?\\s?community\\s+(?:supply|supplies|delivery|acquisition)"
	"|\\bintracommunautaire\\s+(?:levering|prestatie|dienst)|\\binnergemeinschaftliche\\s+(?:lieferung|leistung)"
	"|\\bautoliquidation\\b", CI | PCRE2_UTF);

/* A debtor whose kind no invoice can tell: an estate (its heirs may be persons or firms) and
 * a German owners' association (a consumer when one owner is, BGH VIII ZR 243/13); the
 * mailbox or the references of the notary or manager who reads its mail are theirs. */
static DmPattern kind_unsaid = DM_PATTERN(
	"^\\s*(?:erven|nalatenschap|nachlass|erbengemeinschaft|(?:the\\s+)?estate\\s+of|weg"
	"|wohnungseigentümergemeinschaft|eigentümergemeinschaft)\\b"
	/* the statutory name, anywhere in the debtor's (§ 9a WEG) */
	"|\\bgemeinschaft\\s+der\\s+wohnungseigentümer", CI);

/* TRUE when @text holds two different VAT numbers (spaces ignored). */
static gboolean
two_vat_numbers(const char *text, gsize len, char **why)
{
	g_autofree char *first = NULL;
	DmMatch m;
	for (gsize off = 0; dm_pattern_match(&vat_number, text, len, off, &m); off = dm_match_next(&m, len)) {
		g_autofree char *v = dm_match_group(&m, 1);
		g_autofree char *compact = g_strdelimit(g_strdup(v), " .-", ' ');
		GString *c = g_string_new(NULL);
		for (const char *p = compact; *p; p++)
			if (*p != ' ')
				g_string_append_c(c, *p);
		g_autofree char *key = g_string_free(c, FALSE);
		if (!first) {
			first = g_steal_pointer(&key);
		} else if (strcmp(first, key) != 0) {
			*why = g_strdup_printf("two VAT numbers in the document, %s and %s: the debtor has one",
					       first, key);
			return TRUE;
		}
	}
	return FALSE;
}

/* What the sender prints in its own column of details and a debtor's block never holds:
 * its bank account and how to reach it. */
static DmPattern senders_detail = DM_PATTERN(
	"\\b(?:iban|bic|swift|bank|konto|rekening|sort\\s+code|tel|phone|telefon|telefoon|fax)\\b|@|\\bwww\\.", CI);

/* The index of the tab-separated cell of @line that holds byte @at. */
static guint
cell_index(const char *line, gsize at)
{
	guint col = 0;
	for (gsize i = 0; i < at && line[i]; i++)
		col += line[i] == '\t';
	return col;
}

/* TRUE when cell @col of a line near @lines[@i] (two above or below) holds the sender's
 * bank account or contact: that column is the sender's details, set beside the debtor's
 * block ("Fleur Janssen<TAB>Btw-nr. NL…" over "Rozenhof 21<TAB>IBAN NL29 …"). */
static gboolean
senders_column(char **lines, guint i, guint col)
{
	for (guint k = i > 2 ? i - 2 : 0; k <= i + 2 && lines[k]; k++) {
		g_auto(GStrv) cells = g_strsplit(lines[k], "\t", (gint) col + 2);
		DmMatch m;
		if (k != i && g_strv_length(cells) > col &&
		    dm_pattern_match(&senders_detail, cells[col], strlen(cells[col]), 0, &m))
			return TRUE;
	}
	return FALSE;
}

/* @number (a VAT number as matched) without its spaces, dots and dashes. */
static char *
compact_number(const char *number)
{
	GString *c = g_string_new(NULL);
	for (const char *p = number; *p; p++)
		if (!strchr(" .-", *p))
			g_string_append_c(c, *p);
	return g_string_free(c, FALSE);
}

/* A line of the sender's own facts: a one-line footer run together with middle dots or
 * bars, or one that gives its bank account, register or contact. */
static DmPattern senders_facts = DM_PATTERN(
	"·| \\| |\\b(?:iban|bic|swift|kvk|handelsregister|hrb|registered\\s+in|company\\s+no|"
	"tel(?:efoon|efon)?|phone|fax|www\\.)\\b|@", CI | PCRE2_UTF);

/* TRUE when the VAT number @number of @lines[@at] is printed again on another line that
 * does not name @name and is the sender's: above it (the letterhead) or one of the
 * sender's facts (the footer).  A debtor's own number printed again below (a remittance
 * slip: "Debiteur 4411<TAB>NL…") stays the debtor's. */
static gboolean
printed_elsewhere(char **lines, guint at, const char *number, const char *name)
{
	g_autofree char *want = compact_number(number);
	for (guint k = 0; lines[k]; k++) {
		if (k == at || (name && *name && strstr(lines[k], name)))
			continue;
		DmMatch f;
		if (k > at && !dm_pattern_match(&senders_facts, lines[k], strlen(lines[k]), 0, &f))
			continue;
		DmMatch m;
		gsize n = strlen(lines[k]);
		for (gsize off = 0; dm_pattern_match(&vat_number, lines[k], n, off, &m); off = dm_match_next(&m, n)) {
			g_autofree char *v = dm_match_group(&m, 1);
			g_autofree char *c = compact_number(v);
			if (strcmp(c, want) == 0)
				return TRUE;
		}
	}
	return FALSE;
}

/* TRUE when a VAT number stands on a line that names @name or labels it the customer's.
 * On the name's line but in another cell, in the sender's column of details — by its
 * bank account or contact near it, by a label that says "our", or by its number printed
 * again in the letterhead or the footer — it is the sender's. */
static gboolean
debtor_vat_line(const char *text, const char *name, char **why)
{
	g_auto(GStrv) lines = g_strsplit(text, "\n", 4000);
	for (guint i = 0; lines[i]; i++) {
		DmMatch m, o;
		gsize n = strlen(lines[i]);
		if (!dm_pattern_match(&vat_number, lines[i], n, 0, &m))
			continue;
		guint vat_col = cell_index(lines[i], m.start[0]);
		g_autofree char *number = dm_match_group(&m, 1);
		/* "Mrs Jane Baker<TAB>Our VAT no.<TAB>GB 229 4187 62" */
		if (dm_pattern_match(&own_tax_label, lines[i], m.start[0], 0, &o))
			continue;
		gboolean labelled = dm_pattern_match(&customer_tax_label, lines[i], n, 0, &m);
		const char *named_at = name && *name ? strstr(lines[i], name) : NULL;
		gboolean named = named_at &&
				 !(cell_index(lines[i], (gsize) (named_at - lines[i])) != vat_col &&
				   (senders_column(lines, i, vat_col) || printed_elsewhere(lines, i, number, name)));
		if (named || labelled) {
			*why = g_strdup_printf("a VAT number on the debtor's line: \"%.80s\"", g_strstrip(lines[i]));
			return TRUE;
		}
	}
	return FALSE;
}

DmInvoiceDebtorKind
dm_debtor_kind_read(const char *text, const char *debtor_name, const char *debtor_email, char **why)
{
	g_return_val_if_fail(why != NULL, DM_INVOICE_DEBTOR_UNKNOWN);
	*why = NULL;
	gsize len = text ? strlen(text) : 0;
	if (text && (two_vat_numbers(text, len, why) || debtor_vat_line(text, debtor_name, why)))
		return DM_INVOICE_DEBTOR_BUSINESS;
	DmMatch m;
	if (text && dm_pattern_match(&business_only_tax, text, len, 0, &m)) {
		g_autofree char *words = dm_match_group(&m, 0);
		*why = g_strdup_printf("the invoice says \"%s\": only a business buyer is taxed so", words);
		return DM_INVOICE_DEBTOR_BUSINESS;
	}
	g_autofree char *title = NULL;
	gboolean titled = dm_name_has_personal_title(debtor_name, &title);
	if (titled && dm_pattern_match(&trading_name, debtor_name, strlen(debtor_name), 0, &m)) {
		g_autofree char *words = dm_match_group(&m, 0);
		*why = g_strdup_printf("the debtor's name \"%s\" has \"%s\": a name traded under outranks \"%s\"",
				       debtor_name, words, title);
		return DM_INVOICE_DEBTOR_BUSINESS;
	}
	/* A person named at an organisation's invoice desk on an invoice that carries the
	 * buyer's purchase order or supplier number ("Prof. Dr. Kathrin Bremer
	 * <rechnungseingang@uni-…>", "Bestellnummer: 4100221876"): the buyer or the budget
	 * holder there, whose organisation owes.  Either sign alone leaves the title its say. */
	g_autofree char *reference = NULL, *desk = NULL;
	if (titled && dm_business_reference_find(text, &reference) &&
	    dm_business_mailbox_is_office(debtor_email, debtor_name, &desk)) {
		*why = g_strdup_printf("%s, and %s: \"%s\" is a person there", reference, desk, debtor_name);
		return DM_INVOICE_DEBTOR_BUSINESS;
	}
	if (titled) {
		*why = g_strdup_printf("addressed as \"%s\" (\"%s\")", title, debtor_name);
		return DM_INVOICE_DEBTOR_CONSUMER;
	}
	if (debtor_name && dm_pattern_match(&legal_form, debtor_name, strlen(debtor_name), 0, &m)) {
		g_autofree char *word = dm_match_group(&m, 0);
		*why = g_strdup_printf("the debtor's name \"%s\" has \"%s\"", debtor_name, word);
		return DM_INVOICE_DEBTOR_BUSINESS;
	}
	if (text && dm_pattern_match(&consumer_word, text, len, 0, &m)) {
		g_autofree char *word = dm_match_group(&m, 0);
		*why = g_strdup_printf("the invoice calls its debtor \"%s\"", word);
		return DM_INVOICE_DEBTOR_CONSUMER;
	}
	if (debtor_name && dm_pattern_match(&kind_unsaid, debtor_name, strlen(debtor_name), 0, &m)) {
		*why = g_strdup_printf("\"%s\" is an estate or an owners' association, whose kind no invoice "
				       "tells", debtor_name);
		return DM_INVOICE_DEBTOR_UNKNOWN;
	}
	if (dm_business_reference_find(text, why) || dm_business_mailbox_is_office(debtor_email, debtor_name, why))
		return DM_INVOICE_DEBTOR_BUSINESS;
	*why = g_strdup("nothing in the invoice says: no VAT or KvK number of the debtor, no legal "
			"form or organisation in its name, no personal title, no private customer");
	return DM_INVOICE_DEBTOR_UNKNOWN;
}

/* TRUE when @name is "Mr." before a law firm's name, not a person's. */
static gboolean
firm_of_meester(const char *name)
{
	DmMatch m;
	return dm_pattern_match(&meester, name, strlen(name), 0, &m);
}

gboolean
dm_name_has_personal_title(const char *name, char **title)
{
	DmMatch m;
	if (title)
		*title = NULL;
	if (!name || !dm_pattern_match(&personal_title, name, strlen(name), 0, &m) || firm_of_meester(name))
		return FALSE;
	if (title)
		*title = dm_match_group(&m, 1);
	return TRUE;
}

/* (transfer full) (nullable) @name without the form of address a couple's second name
 * begins with; NULL when there is none. */
static char *
without_second_form(const char *name)
{
	DmMatch m;
	if (!dm_pattern_match(&second_form, name, strlen(name), 0, &m))
		return NULL;
	GString *out = g_string_new_len(name, (gssize) m.start[1]);
	g_string_append(out, name + m.end[1]);
	return g_string_free(out, FALSE);
}

char *
dm_name_without_form_of_address(const char *name)
{
	DmMatch m;
	if (!name || firm_of_meester(name) || dm_pattern_match(&meester_degree, name, strlen(name), 0, &m))
		return NULL;
	g_autofree char *rest = NULL;
	/* What remains must still name someone: two words at least, not counting a surname's
	 * particles ("Dhr. en Mevr. Van der Veen" keeps its form). */
	if (dm_pattern_match(&form_of_address, name, strlen(name), 0, &m)) {
		gsize form_end = m.end[0];
		rest = g_strstrip(g_strdup(name + form_end));
		const char *who = rest;
		if (dm_pattern_match(&couple_joiner, name, form_end, 0, &m) &&
		    dm_pattern_match(&leading_titles, rest, strlen(rest), 0, &m))
			who = rest + m.end[0];
		if (!dm_pattern_match(&given_and_surname, who, strlen(who), 0, &m))
			return NULL;
	}
	char *second = without_second_form(rest ? rest : name);
	return second ? second : g_steal_pointer(&rest);
}

gboolean
dm_name_is_organisation(const char *name, char **word)
{
	DmMatch m;
	if (word)
		*word = NULL;
	if (!name || dm_name_has_personal_title(name, NULL) ||
	    !dm_pattern_match(&legal_form, name, strlen(name), 0, &m))
		return FALSE;
	if (word)
		*word = dm_match_group(&m, 0);
	return TRUE;
}

gboolean
dm_name_is_cooperative(const char *name)
{
	DmMatch m;
	return name && dm_pattern_match(&cooperative_ua, name, strlen(name), 0, &m);
}

/* A registration number in the debtor's own block: KvK, HRB/HRA, company number, the
 * Austrian Firmenbuch, the Belgian KBO, the Swiss UID. */
static DmPattern registration = DM_PATTERN(
	"\\b(?:kvk|kvk-nummer|hrb|hra|handelsregister|company\\s+(?:no|number|reg(?:istration)?)|ondernemingsnummer"
	"|btw(?:-?(?:nr|nummer|id))?|vat|ust-?id(?:nr)?|uid(?:-?nr)?|firmenbuch(?:nummer)?|fn\\s?\\d+\\s?[a-z]|kbo|rpr|rpm"
	"|rsin|registered\\s+(?:no|number|in)|registration\\s+(?:no|number)|reg\\.\\s*no|registernummer"
	"|mwst(?:-?nr)?|che-\\d{3})\\b", CI);

/* TRUE when @n bytes at @s hold a digit. */
static gboolean
has_digit(const char *s, gsize n)
{
	for (gsize i = 0; i < n; i++)
		if (g_ascii_isdigit(s[i]))
			return TRUE;
	return FALSE;
}

/* A line that is a registration's number alone ("61234567", "NL 0012.34.567", "HRB 12345"),
 * no amount ("120.00") and no words. */
static DmPattern number_line = DM_PATTERN(
	"^\\h*(?:[A-Z]{1,4}[\\h.-]?)?\\d[\\d\\h.-]{3,}\\d(?:[A-Z]\\d{0,2})?\\h*$(?<![.,]\\d\\d)", 0);

/* TRUE when the line of @block around byte @at states a tax rate ("zzgl. 7 % MwSt. auf
 * Begleitbuch", "VAT 20%", "21% btw"): the tax word there names a charge, no registration.
 * Nor does a line with no digit at all: a registration is a number, and a table's row
 * that has none says the sender charges no tax ("VAT<TAB>not registered", "btw<TAB>vrijgesteld"),
 * unless the number stands on the line below, a column printed line by line ("KvK-nummer:"
 * over "61234567"). */
static gboolean
no_registration_line(const char *block, gsize len, gsize at)
{
	const char *start = g_strrstr_len(block, (gssize) at, "\n");
	const char *end = memchr(block + at, '\n', len - at);
	start = start ? start + 1 : block;
	gsize n = (gsize) ((end ? end : block + len) - start);
	if (memchr(start, '%', n))
		return TRUE;
	if (has_digit(start, n))
		return FALSE;
	if (!end)
		return TRUE;
	const char *next = end + 1;
	const char *next_end = memchr(next, '\n', (gsize) (block + len - next));
	gsize next_n = (gsize) ((next_end ? next_end : block + len) - next);
	DmMatch m;
	return !dm_pattern_match(&number_line, next, next_n, 0, &m);
}

gboolean
dm_debtor_block_is_business(const char *block, const char *name, gboolean attention, char **why)
{
	g_return_val_if_fail(why != NULL, FALSE);
	*why = NULL;
	DmMatch m;
	gsize len = block ? strlen(block) : 0;
	if (block && dm_pattern_match(&vat_number, block, len, 0, &m)) {
		g_autofree char *v = dm_match_group(&m, 1);
		*why = g_strdup_printf("the debtor's address block has the VAT number %s", v);
		return TRUE;
	}
	for (gsize at = 0; block && at < len && dm_pattern_match(&registration, block, len, at, &m); at = m.end[0]) {
		if (no_registration_line(block, len, m.start[0]))
			continue;
		g_autofree char *v = dm_match_group(&m, 0);
		*why = g_strdup_printf("the debtor's address block has a %s number", v);
		return TRUE;
	}
	/* A block handed to someone's attention is an organisation's, unless its name is a
	 * person's or a household's by its form of address: "Fam. Janssen" / "t.a.v. de ouders
	 * van Sem", "Herrn Dr. Thomas Müller" / "z. Hd. Frau Petra Müller" hand it to one of
	 * the household. */
	if (attention && !dm_name_has_personal_title(name, NULL)) {
		*why = g_strdup("the debtor's address block is for the attention of a person or a department "
				"(t.a.v., Attn, z. Hd., Finance Department): an organisation");
		return TRUE;
	}
	g_autofree char *word = NULL;
	if (dm_name_is_organisation(name, &word)) {
		*why = g_strdup_printf("the debtor's name \"%s\" has \"%s\"", name, word);
		return TRUE;
	}
	return FALSE;
}
