/* terms: the payment term an invoice states, in days (dm_payment_term_days).
 *
 * Three forms, tried in this order because the earlier ones are the less ambiguous: a
 * label ("betalingstermijn: 14 dagen", "payment terms: net 30", "Zahlungsziel: 30 Tage"),
 * a period ("binnen 14 dagen", "within 30 days", "innerhalb von 14 Tagen", "30 dagen na
 * factuurdatum", "30 days after the invoice date"), and the trade shorthand ("Net 30",
 * "30 dagen netto").  Horizontal space is \h, so a no-break space between the words
 * (common in PDF text and in XML notes) reads like a plain one.
 * Failures: none; text without a term gives 0. */
#include "parser/text/dm-terms.h"
#include "parser/text/dm-pattern.h"

#define CI PCRE2_CASELESS
#define DAYS_WORD "(?:werkdagen|dagen|days|business\\h+days|werktagen|tagen|tage|jours)"

static DmPattern term_labelled = DM_PATTERN(
	"(?:betalingstermijn|betaaltermijn|betalingsvoorwaarden|payment\\h+terms?|\\bterms"
	"|zahlungsziel|zahlungsbedingungen)"
	"\\h*:?\\h*(?:net\\h*)?(\\d{1,3})(?![\\d.,])\\h*(?:dagen|days|tage|d\\b)?",
	CI);
static DmPattern term_within = DM_PATTERN(
	"(?:binnen|within|innerhalb(?:\\s+von)?|dans\\s+les|sous)\\s+(\\d{1,3})\\s+" DAYS_WORD
	"|(?<![\\d.,])(\\d{1,3})\\s+" DAYS_WORD "\\s+(?:na|after|nach|à\\s+compter\\s+de)\\s+"
	"(?:de\\s+|the\\s+|dem\\s+|la\\s+)?(?:factuurdatum|dagtekening|invoice\\s+date"
	"|date\\s+of\\s+(?:the\\s+)?invoice|rechnungsdatum|rechnungsstellung|rechnungserhalt"
	"|date\\s+de\\s+(?:la\\s+)?facture|factuur|invoice|rechnung)",
	CI);
static DmPattern term_net = DM_PATTERN(
	"\\b(?:net(?:to)?\\h*-?\\h*(\\d{1,3})(?!\\d)(?![.,]\\d)(?!\\h*(?:%|€|eur))"
	"|(\\d{1,3})\\h+(?:dagen|days|tage)\\h+(?:netto|net))\\b",
	CI);

int
dm_payment_term_days(const char *text, gsize len)
{
	if (text == NULL)
		return 0;
	DmPattern *const order[] = { &term_labelled, &term_within, &term_net };
	for (guint i = 0; i < G_N_ELEMENTS(order); i++) {
		DmMatch m;
		for (gsize off = 0; dm_pattern_match(order[i], text, len, off, &m);
		     off = dm_match_next(&m, len)) {
			for (int g = 1; g < m.count; g++) {
				g_autofree char *s = dm_match_group(&m, g);
				guint64 days = 0;
				if (s && g_ascii_string_to_unsigned(s, 10, 1, DM_TERM_MAX_DAYS, &days, NULL))
					return (int) days;
			}
		}
	}
	return 0;
}
