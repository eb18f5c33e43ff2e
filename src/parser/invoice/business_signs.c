/* business_signs: a business buyer by what its invoice carries for its books and where the
 * invoice is mailed (dm_business_reference_find, dm_business_mailbox_is_office).
 *
 * A private person orders from a web shop under an order number, but no one keeps a
 * purchase-order register, cost centres or a supplier list at home; and the invoice of a
 * person goes to that person's mailbox, while an organisation has it sent to its invoice
 * desk (facturen@, rechnungseingang@, ap@), its office (info@, penningmeester@) or its
 * workplace (studio@, werkstatt@).
 * Failures: none. */
#include "parser/invoice/dm-business-signs.h"
#include "common/dm-address.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI PCRE2_CASELESS

/* The labels of the buyer's references, followed by a value with a digit on the same line:
 * "PO number: PO-88213", "PO: 1174", "Inkoopordernummer PO-2026-4471", "Kostenstelle 4711",
 * "Leitweg-ID 09187-0000-12", "Purchase order 4501188273". */
static DmPattern reference = DM_PATTERN(
	"\\b(?:(?:your\\s+|uw\\s+|ihre?\\s+)?(?:(?-i:P\\.?O\\.?)(?!\\s*box)"
	/* "PO-54262" is an order's number, perhaps a web shop's: "PO" is a label before a colon */
	"(?:(?:\\s*|-)(?:no\\.?|nr\\.?|number|ref(?:erence)?\\.?)|(?=\\s*[:#]))"
	"|purchase[-\\s]order(?:\\s+(?:no\\.?|number|ref(?:erence)?))?"
	"|inkoop(?:order)?(?:nummer|nr\\.?)|inkooporder|bestelbon(?:nummer|nr\\.?)?"
	"|bestellreferenz|abrufnummer"
	"|kostenplaats|kostenstelle|cost\\s+(?:centre|center|code)"
	"|lieferanten-?(?:nummer|nr\\.?)|leveranciers-?(?:nummer|nr\\.?)|crediteur(?:en)?-?(?:nummer|nr\\.?)"
	"|kreditoren-?(?:nummer|nr\\.?)|supplier\\s+(?:no\\.?|number|id|code)|vendor\\s+(?:no\\.?|number|id)"
	"|leitweg-?id|buyer\\s+reference|käuferreferenz))"
	"(?!\\w)[\\s:.#]*(?=[^\\n]{0,24}\\d)", CI);

gboolean
dm_business_reference_find(const char *text, char **why)
{
	g_return_val_if_fail(why != NULL, FALSE);
	*why = NULL;
	DmMatch m;
	if (!text || !dm_pattern_match(&reference, text, strlen(text), 0, &m))
		return FALSE;
	g_autofree char *label = dm_match_group(&m, 0);
	*why = g_strdup_printf("the invoice carries the buyer's own reference \"%s\": only an "
			       "organisation's books hand one out", g_strstrip(label));
	return TRUE;
}

/* The words an organisation's invoice desk or board is named by, whole or as the first part
 * of a local part cut at ".", "-", "_" or "+" ("accounts.payable", "practice.manager"). */
static const char *const desk_words[] = {
	"facturen", "factuur", "facturatie", "invoice", "invoices", "invoicing", "payables",
	"accountspayable", "accounts", "finance", "financien", "crediteuren", "crediteurenadministratie",
	"kreditoren", "kreditorenbuchhaltung", "rechnungseingang", "eingangsrechnungen", "rechnungen",
	"rechnung", "buchhaltung", "boekhouding", "administratie", "administration", "compta",
	"comptabilite", "inkoop", "einkauf", "purchasing", "procurement", "belege",
	"penningmeester", "treasurer", "trustees", "secretariaat", "sekretariat", "vorstand", "bestuur", "directie",
	"direktion", "practice", "praxis", "verwaltung",
};

/* The words an office's mailbox is named by only as the whole local part: cut off, they
 * begin a person's ("kas.devries" is Kas, "ap.pieters" A.P.); and a household's own domain
 * ("info@janjansen.nl") has them too. */
static const char *const office_words[] = {
	"ap", "kas", "kasse", "kassier", "leitung", "office", "buero", "admin", "info", "hello",
	"kontakt", "contact", "events", "reception", "receptie", "empfang", "clerk",
};
/* The workplaces a mailbox is named by as the whole local part ("studio@whitbyprintroom.co.uk",
 * "werkstatt@…"), and their management ("manager@" a pub's, a shop's, a practice's): a
 * trade's, on whatever domain, since a household has no studio's mailbox and no manager
 * even where its domain spells the owner's name. */
static const char *const workplace_words[] = {
	"studio", "atelier", "werkstatt", "werkplaats", "workshop", "shop",
	"manager", "management", "geschaeftsleitung", "geschaeftsfuehrung", "bedrijfsleiding",
};
/* The shop's words that are surnames too ("Peter Winkel <winkel@winkel.nl>", "Anna Laden"):
 * a shop's only on a domain that does not spell the word, for a debtor of another name. */
static const char *const surname_workplace_words[] = {
	"winkel", "laden",
};
/* Of those, the ones a family's own domain is as likely to have ("info@dekker.nl"): they
 * say "an office" only beside a debtor known by more than a given name, on a domain that
 * does not spell that name. */
static const char *const household_words[] = {
	"office", "admin", "info", "hello", "kontakt", "contact",
};

static gboolean
listed(const char *word, const char *const *list, guint n)
{
	for (guint i = 0; i < n; i++)
		if (strcmp(word, list[i]) == 0)
			return TRUE;
	return FALSE;
}

/* TRUE when the first label of @domain (lower case) spells the last word of @name, the
 * surname: "janjansen.nl" for Jan Jansen, "bos-thuis.nl" for K. Bos. */
/* (transfer full) The last word of @name in lower case, its surname. */
static char *
surname_of(const char *name)
{
	g_autofree char *down = g_utf8_strdown(name, -1);
	g_strstrip(down);
	const char *space = strrchr(down, ' ');
	return g_strdup(space ? space + 1 : down);
}

static gboolean
domain_spells_name(const char *domain, const char *name)
{
	if (!name)
		return FALSE;
	g_autofree char *surname = surname_of(name);
	g_autofree char *label = g_strndup(domain, strcspn(domain, "."));
	return strlen(surname) >= 3 && strstr(label, surname) != NULL;
}

/* TRUE when @word is the surname of @name (nullable): "laden" of Anna Laden. */
static gboolean
is_surname(const char *word, const char *name)
{
	if (!name)
		return FALSE;
	g_autofree char *surname = surname_of(name);
	return strcmp(surname, word) == 0;
}

/* TRUE when @name (nullable) is more than one word: not a given name alone, as a typed
 * mail's greeting gives it ("Marloes"). */
static gboolean
more_than_a_word(const char *name)
{
	if (!name)
		return FALSE;
	g_autofree char *trimmed = g_strstrip(g_strdup(name));
	return strchr(trimmed, ' ') != NULL;
}

gboolean
dm_business_mailbox_is_office(const char *address, const char *debtor_name, char **why)
{
	g_return_val_if_fail(why != NULL, FALSE);
	*why = NULL;
	const char *at = address ? strchr(address, '@') : NULL;
	if (!at || at == address)
		return FALSE;
	g_autofree char *local = g_ascii_strdown(address, at - address);
	g_autofree char *domain = g_ascii_strdown(at + 1, -1);
	gsize cut = strcspn(local, ".-_+");
	gboolean whole = local[cut] == '\0';
	local[cut] = '\0';
	const char *word = NULL;
	/* A person's own free-mail box says nothing of an office, whatever it is called
	 * ("facturen@gmail.com"). */
	if (dm_address_free_mail_domain(domain))
		return FALSE;
	if (listed(local, desk_words, G_N_ELEMENTS(desk_words)))
		word = local;
	else if (whole && listed(local, workplace_words, G_N_ELEMENTS(workplace_words)))
		word = local;
	else if (whole && listed(local, surname_workplace_words, G_N_ELEMENTS(surname_workplace_words)) &&
		 !strstr(domain, local) && !is_surname(local, debtor_name))
		word = local;
	else if (whole && listed(local, office_words, G_N_ELEMENTS(office_words)) &&
		 !domain_spells_name(domain, debtor_name) &&
		 (!listed(local, household_words, G_N_ELEMENTS(household_words)) ||
		  more_than_a_word(debtor_name)))
		word = local;
	if (!word)
		return FALSE;
	*why = g_strdup_printf("the invoice goes to %s, an organisation's %s mailbox, no person's", address, word);
	return TRUE;
}
