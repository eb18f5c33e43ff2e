/* tax_return_service: an accountant's or bookkeeper's bill for a tax return. */
#pragma once

#include <glib.h>

/* TRUE when @text (nullable) bills a tax return as the service done: the firm's own
 * invoice or fee for it ("onze factuur voor de aangifte inkomstenbelasting", "our invoice
 * for the VAT return", "unsere Rechnung für die Umsatzsteuer-Voranmeldung") or the work
 * named as an item ("Verzorgen aangifte", "Preparing and filing the VAT return",
 * "Erstellung Umsatzsteuer-Voranmeldung").  Such a mail is the accountant's invoice to a
 * client, not the owner's sales invoice passed to the bookkeeper "for the VAT return". */
gboolean dm_tax_return_service_billed(const char *text);
