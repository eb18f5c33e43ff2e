/* test-business-signs: the buyer's own references and the organisation's mailboxes that say
 * a debtor is a business, as tables with their near misses. */
#include "parser/invoice/dm-business-signs.h"

static const struct {
	const char *name;
	const char *text;
	gboolean found;
} references[] = {
	{ "po-number", "PO number: PO-88213", TRUE },
	{ "po-colon", "Your order: PO: 1174", TRUE },
	{ "po-nr-de", "Ihre PO-Nr.: 4500123987", TRUE },
	{ "purchase-order", "Purchase order\t4501188273", TRUE },
	{ "inkoopordernummer", "Inkoopordernummer PO-2026-4471", TRUE },
	{ "uw-inkoopnummer", "Uw inkoopnummer: IO-2026-118", TRUE },
	{ "bestelbon", "Bestelbonnummer 2026/BB/0418", TRUE },
	{ "kostenplaats", "Kostenplaats: 4410 Horeca", TRUE },
	{ "kostenstelle", "Kostenstelle 4711", TRUE },
	{ "cost-centre", "Cost centre UK-FIN-204", TRUE },
	{ "lieferantennummer", "Lieferantennummer 70044812", TRUE },
	{ "leitweg-id", "Leitweg-ID: 06611000-ST-37", TRUE },
	/* Near misses: an order's number as the value, a post-office box, a web shop's
	 * order, "p.o." (per omgaande), a label with no number after it. */
	{ "po-as-value", "Uw referentie PO-54262", FALSE },
	{ "po-box", "P.O. Box 118, Bristol BS1 4DJ", FALSE },
	{ "shop-order", "Bestellnummer: 300123998 / Order #1043", FALSE },
	{ "per-omgaande", "Betaling p.o. op NL91 ABNA 0417 1643 00", FALSE },
	{ "label-without-number", "Kostenstelle bitte angeben", FALSE },
	{ "post-word", "Post 12 vervalt", FALSE },
	{ "none", NULL, FALSE },
};

static void
test_references(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(references); i++) {
		g_autofree char *why = NULL;
		gboolean found = dm_business_reference_find(references[i].text, &why);
		if (found != references[i].found)
			g_error("%s: found %d, want %d (%s)", references[i].name, found, references[i].found, why);
		g_assert_true(found == (why != NULL));
	}
}

static const struct {
	const char *address;
	gboolean office;
	const char *debtor;         /* (nullable) */
} mailboxes[] = {
	{ "facturen@degroenelinde.nl", TRUE, NULL },
	{ "crediteuren@antonius-hospitaal.nl", TRUE, NULL },
	{ "Rechnungseingang@lra-rosenheim.de", TRUE, NULL },
	{ "ap@kestrelventures.co.uk", TRUE, NULL },
	{ "accounts.payable@greenhill.nhs.uk", TRUE, NULL },
	{ "penningmeester@jeugdhuisdekroon.be", TRUE, NULL },
	{ "practice.manager@harbourviewsurgery.nhs.uk", TRUE, NULL },
	{ "kasse@zwischenraum-leipzig.de", TRUE, NULL },
	{ "trustees@millbrookhall.org.uk", TRUE, NULL },
	/* A manager's mailbox, on the domain of the house it manages. */
	{ "manager@thefoxandhounds-ludlow.co.uk", TRUE, "The Fox & Hounds" },
	{ "geschaeftsleitung@baeckerei-hoff.de", TRUE, NULL },
	/* A workplace's mailbox, even on a domain that spells the debtor's name. */
	{ "studio@whitbyprintroom.co.uk", TRUE, "The Whitby Print Room" },
	{ "werkstatt@holz-maier.de", TRUE, "Holz Maier" },
	{ "atelier@annavos.nl", TRUE, "Anna Vos" },
	/* Near misses: persons, a household, a representative's office, no local part. */
	{ "sanne.vermeer@gmail.com", FALSE, NULL },
	{ "p.krueger@lindner-transporte.de", FALSE, NULL },
	{ "post@hartmann-familie.de", FALSE, NULL },
	{ "kanzlei@krueger-partner.de", FALSE, NULL },
	{ "apotheek.jansen@gmail.com", FALSE, NULL },
	{ "@example.org", FALSE, NULL },
	{ "facturen", FALSE, NULL },
	{ NULL, FALSE, NULL },
	/* Near misses: a given name or initials before the dot ("Kas" is a Dutch name, "ap"
	 * A.P.), a desk's word cut off on a free-mail domain, info@ on the household's own
	 * domain. */
	{ "kas.devries@gmail.com", FALSE, NULL },
	{ "kas.devries@devries-bouw.nl", FALSE, NULL },
	{ "ap.pieters@outlook.com", FALSE, NULL },
	{ "info.jansen@ziggo.nl", FALSE, NULL },
	{ "accounts.smith@hotmail.co.uk", FALSE, NULL },
	{ "info@janjansen.nl", FALSE, "Jan Jansen" },
	{ "info@janjansen.nl", TRUE, "Sophie Maas" },
	/* A person's free-mail box names no office, whatever it is called; info@, hello@,
	 * admin@ on a domain of its own say "office" only beside a debtor known by more than a
	 * given name. */
	{ "facturen@gmail.com", FALSE, NULL },
	{ "info@dekker.nl", FALSE, "Marloes" },
	{ "info@jansen.nl", FALSE, NULL },
	{ "hello@ng.nl", FALSE, "Li" },
	{ "kasse@zwischenraum.de", TRUE, "Marloes" },
	/* Near misses: a workplace's word on a free-mail domain, cut off before a person's
	 * name or joined to one, a trustee's own box, a person named Studer. */
	{ "studio@gmail.com", FALSE, NULL },
	{ "studio.vos@annavos.nl", FALSE, "Anna Vos" },
	{ "studiovos@annavos.nl", FALSE, "Anna Vos" },
	{ "shop.jansen@outlook.com", FALSE, NULL },
	{ "trustee.hale@millbrookhall.org.uk", FALSE, NULL },
	/* Near misses: a manager's word before a person's name, or in a free-mail box. */
	{ "manager.okafor@outlook.com", FALSE, NULL },
	{ "manager@gmail.com", FALSE, NULL },
	{ "management.vos@annavos.nl", FALSE, "Anna Vos" },
	{ "studer@studer-familie.ch", FALSE, "Urs Studer" },
	/* A shop's word that is a surname too, on the household's own domain (the reviewer's);
	 * the shop's own mailbox stays one. */
	{ "winkel@winkel.nl", FALSE, "Peter Winkel" },
	{ "winkel@pwinkel.nl", FALSE, NULL },
	{ "laden@laden.de", FALSE, "Anna Laden" },
	{ "laden@annas-welt.de", FALSE, "Anna Laden" },
	{ "winkel@bakkerijdekker.nl", TRUE, NULL },
	{ "laden@blumen-sommer.de", TRUE, "Blumen Sommer" },
};

static void
test_mailboxes(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(mailboxes); i++) {
		g_autofree char *why = NULL;
		gboolean office = dm_business_mailbox_is_office(mailboxes[i].address, mailboxes[i].debtor, &why);
		if (office != mailboxes[i].office)
			g_error("%s: office %d, want %d", mailboxes[i].address, office, mailboxes[i].office);
		g_assert_true(office == (why != NULL));
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/business-signs/references", test_references);
	g_test_add_func("/business-signs/mailboxes", test_mailboxes);
	return g_test_run();
}
