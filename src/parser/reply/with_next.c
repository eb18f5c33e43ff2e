/* with_next: a payment put off to an invoice yet to come (dm-reply-with-next.h).
 *
 * "Kun je voor 14 november 24 flessen reserveren? De openstaande factuur betaal ik dan mee
 * als de nieuwe rekening er is": the payment waits on an invoice the owner has not sent,
 * for work or goods not yet delivered, and no day is named.  The promise is a condition
 * on the owner's next act, which a model reading pay words cannot weigh; the owner reads
 * it.  Only the invoice, order or delivery to come ties the payment: cash brought to the
 * next lesson, two open invoices paid together or a payment run named by its day are
 * promises of their own.
 * Failures: none. */
#include "parser/reply/dm-reply-with-next.h"
#include "parser/reply/dm-reply-types.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* What is to come: a new or the next invoice, order, delivery or job. */
#define NEXT_ONE_NL "(?:nieuwe|volgende|komende)\\s+(?:factuur|rekening|nota|bestelling|levering|order|klus|opdracht)"
#define NEXT_ONE_DE "(?:nächsten|neuen|kommenden)\\s+(?:rechnung|lieferung|bestellung)"
/* "the next one" only where no day is named after it: "I'll pay it with the next one on
 * the 28th" is the writer's next wages. */
#define NEXT_ONE_EN "(?:new|next)\\s+(?:one(?![^.!?\\n]*?(?:\\d|(?<!\\p{L})(?:today|tomorrow|" \
	"monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|weekend)(?!\\p{L})))|" \
	"invoice|bill|order|delivery|job)"

static DmPattern with_next_re = DM_PATTERN(
	/* "betaal ik dan meteen mee als de nieuwe rekening er is", "betalen we mee als die
	 * nieuwe er is", "nemen we mee als de nieuwe er is", "betaal ik dan mee als je die
	 * klus factureert", "betaal ik mee met de volgende bestelling" */
	"(?<!\\p{L})(?:betaal|betalen|voldoe|voldoen|neem|nemen|maak|maken|doe|doen)(?!\\p{L})"
	"(?:\\s+\\p{L}+){0,5}?\\s+mee\\s+(?:als|zodra|wanneer|met|bij)(?!\\p{L})[^.!?\\n]{0,40}?"
	"(?<!\\p{L})(?:" NEXT_ONE_NL "|(?:die|de)\\s+nieuwe\\s+(?:er|binnen|komt)|factureer\\p{L}*|"
	"gefactureerd)(?!\\p{L})|"
	/* "betaal ik samen met de volgende factuur", "tegelijk met de nieuwe bestelling" */
	"(?<!\\p{L})(?:betaal|betalen|voldoe|voldoen|overmaken)(?!\\p{L})[^.!?\\n]{0,60}?"
	"(?<!\\p{L})(?:samen|tegelijk)\\s+met\\s+(?:de|die|uw|jullie|je)\\s+" NEXT_ONE_NL "(?!\\p{L})|"
	/* "Die offene Rechnung zahlen wir dann zusammen" (with the booking just asked for);
	 * not "zusammen mit meinem Mann" (two payers; "mit der nächsten Lieferung" is the
	 * next alternative's), nor a sentence that names the day ("die beiden Rechnungen
	 * zahlen wir dann zusammen am Freitag"): that promise waits on no invoice to come. */
	"(?<!\\p{L})(?:zahle|zahlen|bezahle|bezahlen|überweise|überweisen|begleiche|begleichen)(?!\\p{L})"
	"(?:\\s+\\p{L}+){0,4}?\\s+dann\\s+(?:(?:alles|beides|gleich)\\s+)?(?:zusammen|gemeinsam)(?!\\p{L})"
	"(?!\\s+mit(?!\\p{L}))(?![^.!?\\n]*?(?:\\d|(?<!\\p{L})(?:am|bis|ab|vor|spätestens|heute|morgen|"
	"übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ende|anfang|"
	"mitte|nächste\\p{L}*|diese\\p{L}*)(?!\\p{L})))|"
	/* "zahle ich mit der nächsten Lieferung", "zusammen mit der neuen Rechnung" */
	"(?<!\\p{L})(?:zahl\\p{L}*|bezahl\\p{L}*|überweis\\p{L}*|begleich\\p{L}*)[^.!?\\n]{0,60}?"
	"(?<!\\p{L})mit\\s+der\\s+" NEXT_ONE_DE "(?!\\p{L})|"
	/* "I'll pay it together with the next invoice", "settle it with your next bill",
	 * "pay the lot when you invoice the new job" */
	"(?<!\\p{L})(?:pay|settle|clear)(?!\\p{L})[^.!?\\n]{0,40}?(?<!\\p{L})"
	"(?:(?:together|along)\\s+with|with|on)\\s+(?:the|your|that)\\s+" NEXT_ONE_EN "(?!\\p{L})|"
	"(?<!\\p{L})(?:pay|settle|clear)(?!\\p{L})[^.!?\\n]{0,40}?(?<!\\p{L})(?:when|once)\\s+you\\s+"
	"(?:invoice|bill)(?!\\p{L})",
	PCRE2_CASELESS);

gboolean
dm_reply_text_pays_with_next(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	DmMatch m;
	gsize len = strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES);
	len = dm_pattern_whole_chars(text, len);
	return dm_pattern_match(&with_next_re, text, len, 0, &m);
}
