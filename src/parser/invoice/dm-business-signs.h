/* dm-business-signs: what an invoice shows of a business buyer beyond its name and tax
 * numbers — the buyer's own references printed for its books, and the mailbox the invoice
 * goes to.  Private to src/parser.  Pure. */
#pragma once
#include <glib.h>

/* TRUE when @text (nullable) prints a reference only an organisation's books hand out: its
 * purchase-order number ("PO number", "Inkoopordernummer", "Bestelbon", "Ihre PO-Nr."), cost
 * centre ("Kostenplaats", "Kostenstelle"), our supplier number with it ("Lieferantennummer",
 * "leveranciersnummer", "vendor no.") or the German public buyer's routing ID ("Leitweg-ID").
 * A web shop's order number ("Bestellnummer", "Order #") is a consumer's too: not one.
 * *@why (transfer full) gets the label as printed. */
gboolean dm_business_reference_find(const char *text, char **why);

/* TRUE when the local part of @address (nullable) names an organisation's invoice desk or
 * office rather than a person: facturen@, crediteuren@, rechnungseingang@, kreditoren@,
 * ap@, accounts.payable@, buchhaltung@, penningmeester@, treasurer@, info@ — no one's
 * private mailbox.  A representative's office (kanzlei@, notaris@, probate@) and a
 * household's (post@) say nothing of the debtor.  A cut local part begins with a desk's word
 * only ("kas.devries" is a person's), and never on a free-mail domain; info@ and the like on
 * a domain that spells the surname of @debtor_name (nullable) are a household's.
 * *@why (transfer full) says which. */
gboolean dm_business_mailbox_is_office(const char *address, const char *debtor_name, char **why);

