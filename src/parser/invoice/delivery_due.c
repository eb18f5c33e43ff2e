/* delivery_due: the due date of an invoice payable on delivery (dm-delivery-due.h).  A
 * maker who delivers the work himself (a joiner, an upholsterer, a kitchen fitter) takes
 * the balance on the day, and says which day in the mail the invoice goes with.
 * Failures: none; no term or no day gives FALSE. */
#include "parser/invoice/dm-delivery-due.h"
#include "parser/text/dm-dates.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI (PCRE2_CASELESS | PCRE2_UTF)

/* The term: payable, due or paid on or upon delivery, in the three languages. */
static DmPattern on_delivery = DM_PATTERN(
	"\\b(?:payable|due|to\\s+be\\s+paid)\\s+(?:in\\s+full\\s+)?(?:on|upon)\\s+delivery\\b"
	"|\\bzahlbar\\s+(?:bei|nach)\\s+(?:der\\s+)?(?:lieferung|übergabe|anlieferung)\\b"
	"|\\b(?:te\\s+)?(?:betalen|voldoen)\\s+bij\\s+(?:de\\s+)?(?:af)?levering\\b", CI);
/* The delivery's day: under its label on the page ("Delivery date: 10 December 2026",
 * "Lieferdatum 10.12.2026", "Leverdatum 10-12-2026"), or said in the cover note ("We'll
 * deliver on Thursday 10 December", "wir liefern am 10.12.2026", "We leveren de kast op
 * donderdag 10 december"), a weekday of the language table allowed before it. */
static DmPattern delivery_day = DM_PATTERN(
	"(?:\\b(?:delivery\\s+date|date\\s+of\\s+delivery|lieferdatum|liefertermin|leverdatum|leveringsdatum|afleverdatum)"
	"[ \\t]*:?[ \\t]*"
	"|\\b(?:deliver|delivering|delivery)\\s+(?:\\w+\\s+){0,3}?(?:on|for)\\s+"
	"|\\b(?:liefern|anliefern|geliefert|lieferung)\\s+(?:\\w+\\s+){0,3}?am\\s+"
	"|\\b(?:leveren|bezorgen|afleveren|geleverd|levering)\\s+(?:\\w+\\s+){0,3}?op\\s+)"
	"(?:(?&" DM_PATTERN_WEEKDAY ")\\.?,?\\s+)?(?:den\\s+)?(" DM_DATE_ANY_RE ")", CI);

/* A deposit's bill: its title, or the deposit asked now ("Deposit invoice", "Deposit (50%)
 * due now", "Anzahlungsrechnung", "Aanbetalingsfactuur").  Its "balance payable on
 * delivery" is the rest's term; the deposit falls due by its own term, not the delivery's
 * day. */
static DmPattern deposit_bill = DM_PATTERN(
	"\\b(?:deposit\\s+invoice|invoice\\s+for\\s+(?:the|a|your)\\s+deposit|anzahlungsrechnung|vorauszahlungsrechnung"
	"|aanbetalingsfactuur|voorschotfactuur|factuur\\s+(?:voor\\s+)?(?:de\\s+)?aanbetaling"
	"|deposit\\b[^\\n]{0,30}?\\b(?:due|payable)\\s+(?:now|today|on\\s+receipt|immediately))\\b", CI);

/* TRUE when @pattern matches @text (nullable). */
static gboolean
says(DmPattern *pattern, const char *text)
{
	DmMatch m;
	return text && dm_pattern_match(pattern, text, strlen(text), 0, &m);
}

/* TRUE when @text (nullable) gives the delivery's day, into @due. */
static gboolean
day_in(const char *text, const GDate *ref, GDate *due)
{
	DmMatch m;
	if (!text || !dm_pattern_match(&delivery_day, text, strlen(text), 0, &m))
		return FALSE;
	g_autofree char *s = dm_match_group(&m, 1);
	return s && dm_date_parse(s, ref, due);
}

gboolean
dm_delivery_due(const char *doc_text, const char *body, const GDate *ref, GDate *due)
{
	if (!says(&on_delivery, doc_text) && !says(&on_delivery, body))
		return FALSE;
	if (says(&deposit_bill, doc_text) || says(&deposit_bill, body))
		return FALSE;
	return day_in(doc_text, ref, due) || day_in(body, ref, due);
}
