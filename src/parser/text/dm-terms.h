/* dm-terms: payment terms as invoices state them, read into a number of days.
 * Private to src/parser.  The one term reader behind every invoice source that reads
 * terms (body and PDF text, the UBL PaymentTerms note, the CII terms description). */
#pragma once
#include <glib.h>

/* The longest term believed, in days: a larger number is a quantity or a reference. */
#define DM_TERM_MAX_DAYS 365

/* The payment term in days that @text (@len bytes of valid UTF-8) states, or 0 when it
 * states none.  Reads "binnen 14 dagen", "binnen de dertig dagen", "binnen veertien (14)
 * dagen", "30 dagen na factuurdatum", "within 30 days", "within two weeks", "30 days from
 * receipt", "due in 14 days", "Net 30", "netto 14 dagen", "betalingstermijn: 14 dagen",
 * "een betalingstermijn van 30 dagen", "payment terms: 14 days", "Payment due: 30 days",
 * "zahlbar innerhalb von 14 Tagen", "innert 30 Tagen", "Zahlungsziel: 30 Tage", "die
 * Zahlungsfrist beträgt 14 Tage", "Fällig: 14 Tage", "30 Tage ohne Abzug", "14 Tage rein
 * netto", "14 Tage nach Rechnungsdatum", "30 Tage nach Lieferung", "dans les 30 jours",
 * "Payment terms: strictly 14 days".  A labelled term wins over a "within N days" sentence,
 * which wins over "net N"; a term in a clause granting a cash discount (Skonto, korting,
 * kredietbeperking, discount) is passed over; a fraction ("2/10 net 30"), a percentage or an
 * ordinal day ("Terms: 20th of the following month") is no count. */
int dm_payment_term_days(const char *text, gsize len);

/* dm_payment_term_days, and into *@from_delivery (nullable) whether that same term counts
 * from the delivery ("30 Tage nach Lieferung"), never a delivery another clause names. */
int dm_payment_term_days_from(const char *text, gsize len, gboolean *from_delivery);

/* dm_payment_term_days, counting only a term whose clause speaks of paying ("Betaling binnen
 * 30 dagen", "Zahlbar innerhalb von 30 Tagen"), never another time limit a document sets
 * ("Einwände binnen 14 Tagen", "returns within 14 days"): where no invoice is known yet, a
 * bare period asks for nothing. */
int dm_payment_term_days_paying(const char *text, gsize len);

/* The term of calendar months @text (nullable; @len bytes) states ("binnen één maand",
 * "within one month", "innerhalb eines Monats", "Zahlungsziel: 1 Monat"), or 0: the due date
 * is then the invoice's date that many months on (the month's last day when it is shorter). */
int dm_payment_term_months(const char *text, gsize len);

/* The days of a term that runs from or to a month's end, or 0 when @text (nullable; @len
 * bytes) states none; *@then_month_end says which of the trade's two readings its words
 * mean (corpus/invoices/README.md's conventions).  FALSE: the days count from the last day
 * of the invoice's month ("30 days EOM", "Net 30 EOM", "30 Tage nach Monatsende", "30 dagen
 * na einde maand"), as English trade use and the German words have it.  TRUE: the days count
 * from the invoice's date, and the term then runs to the end of that month ("30 dagen einde
 * maand", "30 jours fin de mois"), as Belgian and French practice has it. */
int dm_payment_term_month_end_days(const char *text, gsize len, gboolean *then_month_end);

/* The day of the month after the invoice's that @text (nullable; @len bytes) makes the due
 * date ("zahlbar bis zum 15. des Folgemonats", "de 15e van de volgende maand", "by the 20th
 * of the month following the invoice date", "21 MFI"), or 0. */
int dm_payment_term_next_month_day(const char *text, gsize len);

/* TRUE when the term of days @text (nullable; @len bytes) states counts from the delivery ("30 Tage
 * nach Lieferung", "14 dagen na levering", "30 days after delivery", "14 Tage netto ab
 * Lieferdatum"): a printed delivery date then starts it. */
gboolean dm_payment_term_from_delivery(const char *text, gsize len);

/* TRUE when @text (nullable; @len bytes) says the invoice is to be paid at once: "due on
 * receipt", "payable immediately", "sofort fällig", "zahlbar sofort", "per omgaande te
 * voldoen", or a terms label with such a value ("Zahlungsziel: sofort", "Terms: Upon
 * receipt", "Fällig: sofort"), or on collection ("pay on collection", "bij afhalen te
 * betalen", "zahlbar bei Abholung", "zahlbar prompt").  The due date is then the invoice's
 * date. */
gboolean dm_payment_term_immediate(const char *text, gsize len);

/* TRUE when @text (nullable; @len bytes) says the invoice is due at the end of the month
 * ("Due end of the month", "Terms: end of month", "te betalen vóór het einde van de
 * maand", "zahlbar bis Monatsende"), with no count of days before: the due date is then
 * the last day of the invoice's month. */
gboolean dm_payment_term_month_end(const char *text, gsize len);
/* TRUE when @text (nullable; @len bytes) says the invoice is due at the end of the month
 * after its own ("einde volgende maand", "end of the following month", "Ende des
 * Folgemonats"): the due date is then the last day of that month. */
gboolean dm_payment_term_next_month_end(const char *text, gsize len);

/* TRUE when the clause of @text (@len bytes) around bytes [@start, @end) grants a cash
 * discount for early payment ("bei Zahlung bis 10.03.2026 2 % Skonto", "2% korting bij
 * betaling vóór 8 maart", "2% discount if paid by 8 March"): a term or a date found there
 * is the discount's, never the due date's.  A clause ends at a comma, a semicolon, a full
 * stop before a capital or a line end, a line break, or "or" / "oder" / "of"; a discount
 * in a bracketed aside the term stands outside of does not count. */
gboolean dm_term_in_discount_clause(const char *text, gsize len, gsize start, gsize end);

/* TRUE when bytes [@from, @to) of @text speak of a discount that is not on offer: refused
 * ("ohne Skontoabzug", "no early-payment discount"), nil ("Discount: EUR 0.00") or already
 * given ("u kreeg al 10% korting", "has already been deducted"); a date or a term there is
 * then the due date's.  Pure. */
gboolean dm_term_discount_waived(const char *text, gsize from, gsize to);
