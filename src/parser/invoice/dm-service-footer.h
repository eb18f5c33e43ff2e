/* dm-service-footer: the footer an invoicing or mailing service puts under the mail it
 * sends for a business ("Gesendet mit Rechnungsfix. Rechnungsfix GmbH, HRB 170221,
 * USt-IdNr. DE309912845", "Deze e-mail is verzonden via Factuurwijs namens …", "Powered by
 * Stripe. Stripe Payments Europe, Ltd., …").  Its register and VAT numbers are the
 * service's, as a signature's are the sender's: neither is the debtor's.  Private to
 * src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* (transfer full) @text (nullable: NULL) without the service's footer: up to the line on
 * which it begins, in the last half of @text (or across its middle); a copy of @text when
 * it has none. */
char *dm_service_footer_cut(const char *text);
