/* dm-direct-debit: the words that name a direct debit, in one place for every rule that
 * needs them — the not-an-invoice rules (a collection announced in a subject, "nothing to
 * do" beside a debit named: not_invoice.c) and the due date a debit collects on
 * (invoice_text_dates.c).  The words are regular-expression sources, to be set inside a
 * rule's own pattern; dm_direct_debit_named() looks for any of them in a text.  Pure. */
#pragma once
#include <glib.h>

/* The debit itself: "automatische incasso", "SEPA-incasso", Belgian "domiciliëring",
 * "SEPA-Lastschrift", "Lastschrifteinzug", "Bankeinzug", "Abbuchung", Swiss "LSV",
 * "direct debit", "automatische afschrijving".  Not "incassokosten" (collection costs,
 * which a late invoice may claim) nor "Einzugsgebiet". */
#define DM_DIRECT_DEBIT_NOUN_RE \
	"(?:(?:sepa-?\\s?)?(?:automatische\\s+)?(?:incasso|domicili(?:ë|e)ring)|\\w*lastschrift\\w*|lsv|\\w*einzug(?:sermächtigung)?" \
	"|abbuchung|direct\\s+debit|automatische?\\s+afschrijving)"

/* What a debit does to the amount, as the participle a sentence ends on ("wordt op 1
 * december afgeschreven", "wird am 08.12. eingezogen", "collected from your account"). */
#define DM_DIRECT_DEBIT_DONE_RE \
	"(?:afgeschreven|ge[iï]ncasseerd|geïnd|eingezogen|abgebucht|collected\\s+from\\s+your\\s+account)"

/* TRUE when @text (nullable, UTF-8) names a direct debit: a noun or a participle above, a
 * verb of collecting ("einziehen", "abbuchen", "will be collected"), or German's separable
 * "wir ziehen den Betrag … ein". */
gboolean dm_direct_debit_named(const char *text);
