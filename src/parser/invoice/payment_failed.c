/* payment_failed: a notice that a payment on an invoice failed or was returned
 * (dm-payment-failed.h), told by a sentence that names the payment and what became of it.
 * Failures: none; a NULL body tells nothing. */
#include "parser/invoice/dm-payment-failed.h"
#include "parser/invoice/dm-direct-debit.h"
#include "parser/text/dm-pattern.h"
#include "parser/text/dm-sentence.h"

#define CI (PCRE2_CASELESS | PCRE2_UTF)
/* What stands between words of one sentence: a dot inside "F2026.123" ends nothing, nor one
 * after a single letter, an abbreviation's ("factuur 2026-0188 (d.d. 16-11-2026) is …
 * gestorneerd", "z.B."). */
#define SENT "(?:[^.!?\\n]|\\.(?=\\S)|(?<=\\b\\p{L})\\.)"
/* The payment: a card payment, a transfer through a provider, a direct debit. */
#define PAYMENT "(?:\\w*betaling|transactie|afschrijving|payment|transaction|charge|\\w*zahlung|transaktion|" \
	DM_DIRECT_DEBIT_NOUN_RE ")"
/* What became of it: declined, failed, returned by the bank, reversed at the payer's
 * request ("terugboeking", "Widerspruch"). */
#define FAILED "(?:failed|declined|unsuccessful|bounced|returned(?:\\s+unpaid)?|reversed|rejected|refused" \
	"|mislukt|niet\\s+gelukt|gestorneerd|teruggeboekt|teruggedraaid|geweigerd|afgewezen|onbetaald\\s+retour" \
	"|fehlgeschlagen|abgelehnt|zur(?:ü|ue)ckgegeben|zur(?:ü|ue)ckgebucht|zur(?:ü|ue)ckgereicht|zur(?:ü|ue)ckgewiesen" \
	"|nicht\\s+eingel(?:ö|oe)st|nicht\\s+erfolgreich|storniert|widersprochen|geplatzt)"
/* A collection that could not be made: "could not be collected", "we were unable to charge
 * your card", "kon niet worden geïncasseerd", "konnte nicht eingezogen werden". */
#define NOT_COLLECTED "(?:(?:could\\s+not|couldn't|was\\s+unable\\s+to|were\\s+unable\\s+to|weren't\\s+able\\s+to)" \
	"\\s+(?:be\\s+)?(?:collect(?:ed)?|process(?:ed)?|charg(?:e|ed)|tak(?:e|en)|debit(?:ed)?)\\b" \
	"|\\bkon(?:den)?\\s+(?:\\S+\\s+){0,5}?niet\\s+(?:worden\\s+)?(?:ge(?:ï|i)ncasseerd|afgeschreven|ge(?:ï|i)nd|incasseren|afschrijven|innen)\\b" \
	"|\\bkonnten?\\s+(?:\\S+\\s+){0,5}?nicht\\s+(?:eingezogen|abgebucht|eingel(?:ö|oe)st|belastet|ausgef(?:ü|ue)hrt|einziehen|abbuchen))"
static DmPattern failed = DM_PATTERN(
	"\\b" PAYMENT "\\b" SENT "{0,80}?\\b" FAILED "\\b"
	"|\\b(?:" PAYMENT "|card|kaart|karte)\\b" SENT "{0,80}?" NOT_COLLECTED
	"|" NOT_COLLECTED SENT "{0,40}?\\b(?:" PAYMENT "|card|kaart|karte)\\b", CI);
/* A condition, a possibility, the future or any payment at all: the sentence says what may
 * happen, not what did ("If the payment fails", "Als de incasso wordt teruggeboekt", "Falls
 * die Lastschrift zurückgegeben wurde", "Eine Lastschrift kann … zurückgegeben werden",
 * "will be returned", an invoice's term "Any payment returned unpaid is charged at £15",
 * "Für jede zurückgegebene Lastschrift berechnen wir …"). */
static DmPattern may_happen = DM_PATTERN(
	"\\b(?:if|when(?:ever)?|should|unless|in\\s+case|can|may|might|will|would|als|indien|mocht(?:en)?|wanneer|kan|kunt"
	"|kunnen|zal|zullen|wordt|falls|wenn|sollten?|sofern|kann|k(?:ö|oe)nnen|wird"
	"|any|every|each|all|elke|iedere?|alle|jede[nmrs]?)\\b", CI);

/* A sentence that states what happened: no condition, possibility or future in it. */
static gboolean
states_it(const char *sentence, gsize len, gpointer data)
{
	DmMatch x;
	return !dm_pattern_match(&may_happen, sentence, len, 0, &x);
}

DmNotInvoiceReason *
dm_payment_failed_reason(const char *body)
{
	DmMatch m;
	if (!dm_sentence_first_match(&failed, body, states_it, NULL, &m))
		return NULL;
	g_autofree char *hit = dm_match_group(&m, 0);
	return dm_not_invoice_reason_quoting(DM_NOT_INVOICE_PAYMENT_FAILED, DM_NOT_INVOICE_IN_BODY, hit);
}
