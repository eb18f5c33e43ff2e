/* header_name: the debtor's name, the document's address block against the To header's
 * display name (dm_header_name_settle).  The header names who reads the mail, the block
 * who owes; where they differ, which one is the debtor is told by where the document
 * prints the header's name (as the block's contact, as the block's shorter form), by
 * whether either is an organisation, and by the mailbox's domain, which an organisation's
 * shared mailbox spells.
 * Failures: none. */
#include "parser/invoice/dm-header-name.h"
#include "parser/invoice/dm-address-block.h"
#include "parser/invoice/dm-business.h"
#include "parser/invoice/dm-debtor-name.h"
#include "parser/invoice/dm-greeting-name.h"
#include "parser/mime/dm-message.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* (transfer full) @s in lower-case ASCII letters and digits only ("Café Noord" "cafenoord"). */
static char *
squashed(const char *s)
{
	g_autofree char *ascii = g_str_to_ascii(s, "C");
	GString *out = g_string_new(NULL);
	for (const char *p = ascii; *p; p++)
		if (g_ascii_isalnum(*p))
			g_string_append_c(out, g_ascii_tolower(*p));
	return g_string_free(out, FALSE);
}

/* The domain of @address without its top level, squashed ("harbourhostel"), or NULL.  A
 * country's second level goes too ("hollowaypike.co.uk", "kookaburradigital.com.au"). */
static char *
mail_domain(const char *address)
{
	static const char *const second_levels[] = { "co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", NULL };
	const char *at = address ? strrchr(address, '@') : NULL;
	if (!at)
		return NULL;
	g_autofree char *host = g_ascii_strdown(at + 1, -1);
	char *dot = strrchr(host, '.');
	gboolean country = dot && strlen(dot + 1) == 2;
	if (dot)
		*dot = '\0';
	dot = country ? strrchr(host, '.') : NULL;
	if (dot && g_strv_contains(second_levels, dot + 1))
		*dot = '\0';
	return squashed(host);
}

/* TRUE when the To header's @name is the organisation whose mailbox @address is: the
 * name's letters make up the domain, or the domain nearly all of the name ("Opticien
 * Scherpzicht" <info@opticienscherpzicht.nl>, "The Copper Kettle Tea Rooms"
 * <hello@thecopperkettletearoom.example>).  A person's own surname domain is a small part
 * of the name ("Jan Smit" <jan@smit.example>): no. */
static gboolean
name_is_mail_domain(const char *name, const char *address)
{
	g_autofree char *d = mail_domain(address);
	if (!d)
		return FALSE;
	g_autofree char *n = squashed(name);
	gsize nl = strlen(n), dl = strlen(d);
	return (nl >= 5 && strstr(d, n)) || (dl >= 6 && strstr(n, d) && dl * 4 >= nl * 3);
}

/* What a household's mail client calls one of its members, or the household, in place of a
 * name ("Mama", "Mum & Dad", "Oma", "Thuis"): who reads the mail to the sender's customer,
 * never a name an invoice goes by. */
#define KIN "(?:(?:onze\\s+|our\\s+|my\\s+|mijn\\s+)?(?:mama|mam|mamma|mams|papa|pap|pappa|paps|ouders|oma|opa|mum|mom" \
	"|mummy|mommy|dad|daddy|granny|grandma|grandad|grandpa|nan|nana|parents|mutti|vati|mami|papi|omi|opi|eltern" \
	"|schatz|schat|thuis|home|familie|family))"
static DmPattern kin_name = DM_PATTERN(
	"^\\s*" KIN "(?:\\s*(?:&|\\+|en|and|und|\\/)\\s*" KIN ")?\\s*$", PCRE2_CASELESS | PCRE2_UTF);

/* (transfer full) (nullable) the To header's display name as a debtor's name: a
 * department or shared mailbox in it ("Kastanje Vastgoedbeheer - facturen", "Accounts
 * Payable") names no one who owes (dm_debtor_name_without_department), nor does one it
 * ends in after a space when the words before it spell the mailbox's domain and the whole
 * does not ("Harbor & Vine AP" <ap@harborvine.example> is Harbor & Vine's accounts
 * payable). */
static char *
to_display_name(GMimeMessage *msg)
{
	g_autofree char *to = dm_message_to_name(msg);
	DmMatch k;
	if (to && dm_pattern_match(&kin_name, to, strlen(to), 0, &k))
		return NULL;
	/* "Whitlock, Martin": a directory's order, the name as it is said is "Martin Whitlock". */
	g_autofree char *said = dm_debtor_name_from_directory_form(to);
	char *name = dm_debtor_name_without_department(said ? said : to);
	/* The word may end the name ("Harbor & Vine AP") or open it ("IT Okafor Legal"
	 * <it@okaforlegal.co.uk>); what opens it goes only when the rest spells most of the
	 * domain ("Boekhouding De Vonk" <boekhouding@cultuurhuisdevonk.nl> keeps its word: "De
	 * Vonk" is a part of the organisation's name, which the text may print whole). */
	g_autofree char *rest = dm_debtor_name_without_trailing_department(name);
	gboolean leading = FALSE;
	if (!rest) {
		rest = dm_debtor_name_without_leading_department(name);
		leading = rest != NULL;
	}
	g_autofree char *address = rest ? dm_message_to_address(msg) : NULL;
	/* "Kestrel Finance" <info@kestrelfinance.example>: the word is the organisation's. */
	g_autofree char *domain = rest ? mail_domain(address) : NULL;
	g_autofree char *whole = rest ? squashed(name) : NULL;
	g_autofree char *bare = rest ? squashed(rest) : NULL;
	gboolean most = !leading || (domain && strlen(bare) * 4 >= strlen(domain) * 3);
	/* "Eastfield NHS Trust invoices" <eastfield.invoices@nhs-sbs-scan.co.uk>: a scanning
	 * service's domain spells nothing, but what the word ends is a whole organisation's
	 * name by its last word (a legal form, "Trust", "Council"), with a name before it ("Trust
 * Finance" is a lender's whole name, not "Trust").  Either way a domain that
	 * spells the whole name keeps the word ("Sterling Trust Finance"
	 * <accounts@sterlingtrustfinance.example>). */
	g_autofree char *word = NULL;
	gboolean organisation = rest && !leading && dm_name_is_organisation(rest, &word) &&
				g_str_has_suffix(rest, word) && strlen(rest) > strlen(word);
	gboolean whole_in_domain = domain && whole && strstr(domain, whole);
	if (rest && !whole_in_domain && (organisation || (most && name_is_mail_domain(rest, address)))) {
		g_free(name);
		name = g_steal_pointer(&rest);
	}
	return name;
}

/* A legal form as it follows an organisation's name: "GmbH", "LLP", "B.V.", "e.V.", and the
 * Irish, British, Austrian, Swiss and Belgian ones a header leaves off as readily ("The
 * Linden Trust CLG", "… DAC", "… GesmbH", "… Sagl", "… vzw").  The forms that are ordinary
 * words too — a job's title ("Sarah Kelly, CIO"), a curriculum vitae ("Orla Byrne CV and
 * cover letter"), an Austrian upper floor ("OG") — only where the registered name stands:
 * at its line's end, no comma before ("Hofer & Lang OG", "The Saltmarsh Trust CIO"). */
static DmPattern legal_form_after = DM_PATTERN(
	"\\A(?:,?[ ]+(?:B\\.V\\.|BV|N\\.V\\.|NV|V\\.O\\.F\\.|VOF|GmbH(?:[ ]&[ ]Co\\.[ ]KG)?|AG|KG|OHG|UG"
	"|e\\.[ ]?[KV]\\.|Ltd\\.?|Limited|LLP|LLC|Inc\\.?|PLC|plc|S[àa]rl|SARL|SA|S\\.A\\.|BVBA|SRL|GbR|eG"
	"|CLG|DAC|ULC|Teo\\.|Teoranta|CIC|GesmbH|Ges\\.m\\.b\\.H\\.|KEG|KGaA|Sagl|vzw|VZW|CVBA)"
	"(?=$|[ \\t\\n,;:)])"
	"|[ ]+(?:CIO|OG|CV)(?=[ \\t]*(?:\\n|$)))", 0);

/* A second surname joined by a hyphen ("-Yıldız", "-de Wit", "-van den Berg"): the name
 * a married person goes by, which a display name often leaves off. */
static DmPattern double_surname_after = DM_PATTERN(
	"\\A-(?:(?:van|de|der|den|ter|ten|von|zu|vom|'t)[ ]+)*\\p{Lu}[\\p{Ll}'\u2019]+"
	"(?=$|[ \\t\\n,;:)])", 0);

/* A surname after a given name alone ("Sam" of "Sam Whitford", "Joost" of "Joost van der
 * Meer"), where the name ends: at the line's end, a comma, a tab, a bracket or a dash. */
static DmPattern surname_after = DM_PATTERN(
	"\\A[ ]+(?:(?:van|von|de|der|den|ter|ten|te|le|la|du|da|di|el|al|zu|vom|op|in|'t|Ó|Ní|Mac|Mc)[ ]+)*"
	"\\p{Lu}[\\p{Ll}'\u2019]+(?:-\\p{Lu}[\\p{Ll}'\u2019]+)?(?=[ ]*(?:\\n|$|[\\t,;:)])|[ ]+[-\u2013(])", 0);
/* A given name alone: one capitalised word of letters. */
static DmPattern given_name_alone = DM_PATTERN("^\\p{Lu}\\p{Ll}+$", 0);

/* (transfer full) (nullable) @name with what @text prints right after it and @after
 * matches, where @name stands as a word of its own; NULL when the text prints no such
 * continuation. */
static char *
printed_fuller(const char *text, const char *name, DmPattern *after_pattern)
{
	gsize n = name ? strlen(name) : 0;
	if (!text || n < 3)
		return NULL;
	for (const char *p = strstr(text, name); p; p = strstr(p + 1, name)) {
		if (p > text && (g_ascii_isalnum(p[-1]) || (guchar) p[-1] >= 0x80))
			continue;
		DmMatch m;
		const char *after = p + n;
		if (dm_pattern_match(after_pattern, after, strlen(after), 0, &m))
			return g_strndup(p, n + m.end[0]);
	}
	return NULL;
}

/* The To header's @name, as taken for the debtor's, as the mail's @text or the document's
 * @doc prints it in full: with the legal form after it ("Velo-Werkstatt Aare GmbH" for
 * the header's "Velo-Werkstatt Aare", "Dear Okafor Legal LLP," for "Okafor Legal"), the
 * debtor as it is registered; or with a second surname ("Geachte mevr. A.
 * Ruigrok-Yıldız," for "A. Ruigrok"). */
static void
set_header_name(DmInvoiceFacts *facts, char *name, const char *text, const char *doc)
{
	static const struct {
		DmPattern *after;
		const char *rule;
	} fuller_forms[] = {
		{ &legal_form_after, "header-name-legal-form" },
		{ &double_surname_after, "header-name-double-surname" },
		{ &surname_after, "header-name-surname" },
	};
	DmMatch m;
	/* A header that gives a given name alone ("Sam" <samwhitford@…>) while the text
	 * prints the whole name ("invoice OB-118 - 2 Dec 2026 - Sam Whitford"). */
	gboolean given_only = dm_pattern_match(&given_name_alone, name, strlen(name), 0, &m) &&
			      !dm_name_is_organisation(name, NULL);
	for (guint i = 0; i < G_N_ELEMENTS(fuller_forms); i++) {
		if (fuller_forms[i].after == &surname_after && !given_only)
			continue;
		char *fuller = printed_fuller(doc, name, fuller_forms[i].after);
		if (!fuller)
			fuller = printed_fuller(text, name, fuller_forms[i].after);
		if (fuller) {
			dm_invoice_facts_explain(facts, "debtor_name", "rule %s: \"%s\", as the document prints "
						 "the To header's \"%s\"", fuller_forms[i].rule, fuller, name);
			g_free(name);
			name = fuller;
			break;
		}
	}
	g_free(facts->debtor_name);
	facts->debtor_name = name;
}

/* The name an address block gave is one reading; the To header's display name, when the
 * document itself prints it too, is two sources agreeing, and wins (a block reader can
 * take a department or an attention line for the name; the header and the document
 * rarely agree on a wrong one).  The e-invoice's buyer name is never replaced. */
static void
prefer_confirmed_name(DmInvoiceFacts *facts, GMimeMessage *msg, const char *body, const char *doc)
{
	const char *src = facts->field_source[DM_INVOICE_FIELD_DEBTOR_NAME];
	if (!facts->debtor_name || (g_strcmp0(src, "pdf") != 0 && g_strcmp0(src, "body") != 0))
		return;
	g_autofree char *to = to_display_name(msg);
	if (!to || strlen(to) < 3 || g_strcmp0(to, facts->debtor_name) == 0 ||
	    !(dm_address_block_prints_name(body, to) || dm_address_block_prints_name(doc, to)))
		return;
	/* The block's name that holds the header's is the fuller form of the same debtor: a
	 * double surname the header cut ("A. Kuipers" of "A. Kuipers-de Boer"), a couple
	 * ("Jan Lorenz" of "Petra und Jan Lorenz"), a legal form the header left off. */
	if (strstr(facts->debtor_name, to)) {
		dm_invoice_facts_explain(facts, "debtor_name", "the address block's \"%s\", which extends the To "
					 "header's \"%s\"", facts->debtor_name, to);
		return;
	}
	/* An organisation in the block owes; a person the header names reads its mail. */
	if (dm_name_is_organisation(facts->debtor_name, NULL) && !dm_name_is_organisation(to, NULL)) {
		dm_invoice_facts_explain(facts, "debtor_name", "the address block's organisation \"%s\", not the "
					 "To header's person \"%s\", who reads its mail", facts->debtor_name, to);
		return;
	}
	/* The header names the person who reads the mail; the document the one who owes.
	 * The header's name printed as the block's contact ("t.a.v. Marieke Post", "Attn:
	 * Priya Nair", or on the line above the organisation's) is a person at the debtor. */
	if (dm_address_block_names_contact(body, to, facts->debtor_name) ||
	    dm_address_block_names_contact(doc, to, facts->debtor_name)) {
		dm_invoice_facts_explain(facts, "debtor_name", "the address block's \"%s\", not the To header's "
					 "\"%s\", its contact there", facts->debtor_name, to);
		return;
	}
	dm_invoice_facts_explain(facts, "debtor_name", "the To header's \"%s\", which the document prints too, "
				 "over the address block's \"%s\"", to, facts->debtor_name);
	set_header_name(facts, g_steal_pointer(&to), body, doc);
	facts->field_source[DM_INVOICE_FIELD_DEBTOR_NAME] = g_intern_static_string("headers");
	/* What the block said of the debtor's kind goes with its name: decided again below. */
	const char *bsrc = facts->field_source[DM_INVOICE_FIELD_BUSINESS];
	if (g_strcmp0(bsrc, "pdf") == 0 || g_strcmp0(bsrc, "body") == 0) {
		facts->debtor_kind = DM_INVOICE_DEBTOR_UNKNOWN;
		g_clear_pointer(&facts->debtor_kind_why, g_free);
		facts->field_source[DM_INVOICE_FIELD_BUSINESS] = NULL;
	}
}

/* (transfer full) @cell from after its last word that addresses what follows ("Billed to
 * Pinecrest Outdoor Gear Co.", "Invoice INV-0944 from Brightwater Ltd for Fernhill & Coe
 * LLP") while the rest still spells @domain and names an organisation; @cell whole when no
 * such word stands in it. */
static char *
after_addressing_word(const char *cell, const char *domain)
{
	static const char *const words[] = { " to ", " for ", " voor ", " aan ", " für ", " an " };
	g_autofree char *lower = g_ascii_strdown(cell, -1);
	const char *best = NULL;
	for (guint w = 0; w < G_N_ELEMENTS(words); w++)
		for (const char *p = lower; (p = strstr(p, words[w])); p++) {
			const char *rest = cell + (p - lower) + strlen(words[w]);
			g_autofree char *name = squashed(rest);
			if (strstr(name, domain) && dm_name_is_organisation(rest, NULL) && (!best || rest > best))
				best = rest;
		}
	return g_strdup(best ? best : cell);
}

/* (transfer full) (nullable) an organisation @text names (a cell or a bracket's content
 * with a legal form or an organisation's word) whose name spells the domain of the
 * debtor's mailbox @address: "Project: HX-12 (Harbour Hostel Rotterdam B.V.)" for
 * finance@harbourhostel.nl.  A typed invoice with no address block names the company this
 * way, while the To header names the person who reads the mail. */
static char *
organisation_of_mailbox(const char *text, const char *address)
{
	g_autofree char *domain = mail_domain(address);
	if (!text || !domain || strlen(domain) < 5)
		return NULL;
	g_auto(GStrv) cells = g_strsplit_set(text, "\n\t()|;,:", 4000);
	gsize at = 0;
	for (guint i = 0; cells[i]; at += strlen(cells[i]) + 1, i++) {
		/* "Tanaka Shoten Co., Ltd.": a legal form after a comma is the name's. */
		gboolean comma_form = cells[i + 1] && text[at + strlen(cells[i])] == ',' &&
				      dm_debtor_name_comma_legal_form(cells[i + 1]);
		g_autofree char *whole = comma_form ? g_strconcat(cells[i], ",", cells[i + 1], NULL)
						    : g_strdup(cells[i]);
		g_autofree char *cell = g_strstrip(g_utf8_make_valid(whole, -1));
		if (g_utf8_strlen(cell, -1) > 80 || !dm_name_is_organisation(cell, NULL))
			continue;
		g_autofree char *name = squashed(cell);
		if (strstr(name, domain))
			return after_addressing_word(cell, domain);
	}
	return NULL;
}

/* The person whose mailbox @address is, as @text prints the name: a cell whose letters, a
 * form of address left out, are the local part's ("Mevr. S. van Rijn" for
 * s.vanrijn@kpnmail.nl, "Florian Aigner" for florian.aigner@gmx.at).  A block the layout
 * tore apart still prints it whole.  Two words at least, since a surname alone
 * (jansen@ under "Jansen Installaties") says nothing of a person, and a local part of
 * five letters or more. */
static char *
person_of_mailbox(const char *text, const char *address)
{
	const char *at = address ? strrchr(address, '@') : NULL;
	if (!text || !at)
		return NULL;
	g_autofree char *raw_local = g_strndup(address, (gsize) (at - address));
	g_autofree char *local = squashed(raw_local);
	if (strlen(local) < 5)
		return NULL;
	g_auto(GStrv) cells = g_strsplit_set(text, "\n\t", 4000);
	for (guint i = 0; cells[i]; i++) {
		g_autofree char *cell = g_strstrip(g_utf8_make_valid(cells[i], -1));
		if (g_utf8_strlen(cell, -1) > 60 || !strchr(cell, ' ') || strpbrk(cell, "@0123456789:") ||
		    !dm_debtor_name_plausible(cell, NULL))
			continue;
		/* An office's mailbox spelt out ("Accounts Payable" for accountspayable@) is
		 * no one's name. */
		g_autofree char *person = dm_debtor_name_without_department(cell);
		if (!person || strcmp(person, cell) != 0)
			continue;
		g_autofree char *bare = dm_name_without_form_of_address(cell);
		const char *name = bare ? bare : cell;
		g_autofree char *letters = squashed(name);
		if (strchr(name, ' ') && strcmp(letters, local) == 0)
			return g_strdup(name);
	}
	return NULL;
}

/* The To header's person printed as the first line of the debtor's block, another name
 * below it and the address after: the person is the contact, and the name below the
 * organisation that owes — one with no legal form or trade's word to tell it by.  When
 * the header's name is the organisation's own mailbox's, the name below is its contact. */
static void
prefer_organisation_below(DmInvoiceFacts *facts, GMimeMessage *msg, const char *body, const char *doc)
{
	const char *src = facts->field_source[DM_INVOICE_FIELD_DEBTOR_NAME];
	if (!facts->debtor_name || (g_strcmp0(src, "pdf") != 0 && g_strcmp0(src, "body") != 0))
		return;
	g_autofree char *to = to_display_name(msg);
	if (!to || strcmp(to, facts->debtor_name) != 0)
		return;
	g_autofree char *org = dm_address_block_organisation_below(g_strcmp0(src, "pdf") == 0 ? doc : body, to);
	if (!org)
		return;
	g_autofree char *address = dm_message_to_address(msg);
	if (name_is_mail_domain(to, address)) {
		/* The other way round: the organisation first, "Joost Hazelhoff" below its contact. */
		dm_invoice_facts_explain(facts, "debtor_name", "rule name-is-mail-domain: the To header's \"%s\" "
					 "is its mailbox's organisation, \"%s\" below it its contact", to, org);
		facts->debtor_kind = DM_INVOICE_DEBTOR_UNKNOWN;
		dm_invoice_facts_set_debtor_kind(facts, DM_INVOICE_DEBTOR_BUSINESS, "rule name-is-mail-domain",
						 g_strdup_printf("\"%s\", an organisation with a contact", to));
		facts->field_source[DM_INVOICE_FIELD_BUSINESS] = src;
		return;
	}
	dm_invoice_facts_explain(facts, "debtor_name", "rule contact-above-organisation: \"%s\" below the To "
				 "header's \"%s\", its contact", org, to);
	g_free(facts->debtor_name);
	facts->debtor_name = g_steal_pointer(&org);
	/* The organisation replaces the person the block's kind was read from. */
	facts->debtor_kind = DM_INVOICE_DEBTOR_UNKNOWN;
	dm_invoice_facts_set_debtor_kind(facts, DM_INVOICE_DEBTOR_BUSINESS, "rule contact-above-organisation",
					 g_strdup_printf("\"%s\", an organisation with a contact", facts->debtor_name));
	facts->field_source[DM_INVOICE_FIELD_BUSINESS] = src;
}

void
dm_header_name_settle(DmInvoiceFacts *facts, GMimeMessage *msg, const char *text, const char *doc_text)
{
	prefer_organisation_below(facts, msg, text, doc_text);
	prefer_confirmed_name(facts, msg, text, doc_text);
	g_autofree char *to_name = to_display_name(msg);
	g_autofree char *to_address = dm_message_to_address(msg);
	/* No block named the debtor: the To header names it, unless it names a person there
	 * and the text the organisation its mailbox belongs to. */
	if (!facts->debtor_name &&
	    !(to_name && (dm_name_is_organisation(to_name, NULL) || name_is_mail_domain(to_name, to_address)))) {
		g_autofree char *all = g_strconcat(text, "\n", doc_text, NULL);
		facts->debtor_name = organisation_of_mailbox(all, to_address);
		if (facts->debtor_name) {
			dm_invoice_facts_explain(facts, "debtor_name", "rule organisation-of-mailbox: \"%s\" spells the "
						 "domain of %s", facts->debtor_name, to_address);
			facts->field_source[DM_INVOICE_FIELD_DEBTOR_NAME] = g_intern_static_string("text");
		}
	}
	if (!facts->debtor_name && to_name)
		set_header_name(facts, g_steal_pointer(&to_name), text, doc_text);
	/* No block and a bare address: the person the mailbox is named after, printed. */
	if (!facts->debtor_name && !to_name) {
		g_autofree char *all = g_strconcat(text ? text : "", "\n", doc_text, NULL);
		facts->debtor_name = person_of_mailbox(all, to_address);
		if (facts->debtor_name) {
			dm_invoice_facts_explain(facts, "debtor_name", "rule person-of-mailbox: \"%s\" spells the "
						 "mailbox %s", facts->debtor_name, to_address);
			facts->field_source[DM_INVOICE_FIELD_DEBTOR_NAME] = g_intern_static_string("text");
		}
	}
	/* A typed invoice with no block and a bare address: its greeting names the reader. */
	if (!facts->debtor_name && text) {
		const char *body = strstr(text, "\n\n");
		facts->debtor_name = dm_greeting_name(body ? body + 2 : text);
		if (facts->debtor_name) {
			dm_invoice_facts_explain(facts, "debtor_name", "rule greeting-name: \"%s\", whom the body's "
						 "greeting addresses", facts->debtor_name);
			facts->field_source[DM_INVOICE_FIELD_DEBTOR_NAME] = g_intern_static_string("text");
		}
	}
}
