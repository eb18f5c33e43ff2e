/* business_signs: a business buyer by what its invoice carries for its books and where the
 * invoice is mailed (dm_business_reference_find, dm_business_mailbox_is_office).
 *
 * A private person orders from a web shop under an order number, but no one keeps a
 * purchase-order register, cost centres or a supplier list at home; and the invoice of a
 * person goes to that person's mailbox, while an organisation has it sent to its invoice
 * desk (facturen@, rechnungseingang@, ap@) or its office (info@, penningmeester@).
 * Failures: none. */
#include "parser/invoice/dm-business-signs.h"
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

/* The words an organisation's mailbox is named by, whole or as the first part of a local
 * part cut at ".", "-", "_" or "+" ("accounts.payable", "practice.manager"). */
static const char *const office_words[] = {
	/* the invoice desk */
	"facturen", "factuur", "facturatie", "invoice", "invoices", "invoicing", "ap", "payables",
	"accountspayable", "accounts", "finance", "financien", "crediteuren", "crediteurenadministratie",
	"kreditoren", "kreditorenbuchhaltung", "rechnungseingang", "eingangsrechnungen", "rechnungen",
	"rechnung", "buchhaltung", "boekhouding", "administratie", "administration", "compta",
	"comptabilite", "inkoop", "einkauf", "purchasing", "procurement", "belege",
	/* the office and its officers */
	"penningmeester", "treasurer", "kassier", "kasse", "kas", "secretariaat", "sekretariat",
	"vorstand", "bestuur", "directie", "direktion", "leitung", "office", "buero", "admin", "info",
	"hello", "kontakt", "contact", "practice", "praxis", "events", "reception", "receptie",
	"empfang", "verwaltung", "clerk",
};

gboolean
dm_business_mailbox_is_office(const char *address, char **why)
{
	g_return_val_if_fail(why != NULL, FALSE);
	*why = NULL;
	const char *at = address ? strchr(address, '@') : NULL;
	if (!at || at == address)
		return FALSE;
	g_autofree char *local = g_ascii_strdown(address, at - address);
	local[strcspn(local, ".-_+")] = '\0';
	for (guint i = 0; i < G_N_ELEMENTS(office_words); i++)
		if (strcmp(local, office_words[i]) == 0) {
			*why = g_strdup_printf("the invoice goes to %s, an organisation's %s mailbox, no person's",
					       address, office_words[i]);
			return TRUE;
		}
	return FALSE;
}
