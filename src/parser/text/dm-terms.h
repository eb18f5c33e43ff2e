/* dm-terms: payment terms as invoices state them, read into a number of days.
 * Private to src/parser.  The one term reader behind every invoice source that reads
 * terms (body and PDF text, the UBL PaymentTerms note, the CII terms description). */
#pragma once
#include <glib.h>

/* The longest term believed, in days: a larger number is a quantity or a reference. */
#define DM_TERM_MAX_DAYS 365

/* The payment term in days that @text (@len bytes of valid UTF-8) states, or 0 when it
 * states none.  Reads "binnen 14 dagen", "binnen de dertig dagen", "30 dagen na
 * factuurdatum", "within 30 days", "within two weeks", "30 days from receipt", "due in 14
 * days", "Net 30", "netto 14 dagen", "betalingstermijn: 14 dagen", "payment terms: 14
 * days", "zahlbar innerhalb von 14 Tagen", "innert 30 Tagen", "Zahlungsziel: 30 Tage",
 * "14 Tage nach Rechnungsdatum", "dans les 30 jours".  A labelled term wins over a
 * "within N days" sentence, which wins over "net N"; a term in a clause granting a cash
 * discount (Skonto, korting, discount) is passed over. */
int dm_payment_term_days(const char *text, gsize len);

/* TRUE when @text (nullable; @len bytes) says the invoice is to be paid at once: "due on
 * receipt", "payable immediately", "sofort fällig", "zahlbar sofort", "per omgaande te
 * voldoen".  The due date is then the invoice's date. */
gboolean dm_payment_term_immediate(const char *text, gsize len);
