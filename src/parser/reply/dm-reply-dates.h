/* dm-reply-dates: the date a debtor's text states, absolute or relative to the
 * message's own date (classify_dates.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* How a found date was written. */
typedef enum {
	DM_REPLY_DATE_EXACT,    /* a day the text names: "5 december", "vrijdag", "morgen",
	                         * "over twee weken", "eind van de maand", "bis zum 15." */
	DM_REPLY_DATE_VAGUE,    /* a period resolved to its end: "volgende week" -> Friday of
	                         * next week, "binnen 5 werkdagen" */
} DmReplyDatePrecision;

/* Whether people in a zone @utc_offset_minutes from UTC write "8/15" month first: the
 * Americas (UTC-3 to UTC-10) do, Europe does not.  Only slashed numbers are read so;
 * one that cannot be month first ("25/8") is read day first anyway, and one that cannot
 * be day first ("8/15", "3/18/2026") month first wherever it was written. */
gboolean dm_reply_month_first(int utc_offset_minutes);

/* Finds the first date @text states (absolute or relative to @reference) and stores it in
 * @out; FALSE (and @out untouched) when none.  Languages: Dutch (and Flemish), English,
 * German (and Austrian, Swiss).  @past says which way an incomplete date points
 * ("maandag", "5-12" without a year): TRUE for what has happened (a payment made), FALSE
 * for what will (a promise, a return) — unless the verbs of the date's own clause say
 * otherwise (dm-reply-tense.h: "wurde am 12. beglichen" backwards, "wird per 30. bezahlt"
 * forwards, whatever @past).  Vague periods resolve to their end ("volgende
 * week" -> Friday of next week), so a promise is never taken
 * as due before the debtor meant it; @precision (nullable) says whether the date was
 * stated (DM_REPLY_DATE_EXACT) or so resolved (DM_REPLY_DATE_VAGUE).  A stated date
 * anywhere in the text wins over a vague period before it.
 * @month_first: "8/15" is August 15th (see dm_reply_month_first).
 * Of several dates, the one on the side @past asks for wins ("vandaag de helft, de rest
 * op de 20e": the 20th for a promise), then the first in the text.  A date the text
 * gives to a document ("uw herinnering van 20 november", "Rechnung vom 12.12.") is no
 * payment date and is passed over.
 * @offset (nullable) receives the byte offset where the date expression starts. */
gboolean dm_reply_find_date_precise(const char *text, const GDate *reference, gboolean past,
                                    gboolean month_first, GDate *out, gsize *offset,
                                    DmReplyDatePrecision *precision);

/* The day a reply read as something else than a promise or a payment (a question, a
 * dispute) still gives to a payment: like dm_reply_find_date_precise, but only a date
 * whose own clause speaks of paying (dm-reply-tense.h: "ich überweise am Freitag. Noch
 * eine Frage: ...", "we paid on 22.08., the difference we will not pay"), read the way
 * that clause's verbs point, forwards when they do not say.  A vague
 * period counts only when nothing is stated.  FALSE (and @out untouched) when none. */
gboolean dm_reply_find_payment_date(const char *text, const GDate *reference,
                                    gboolean month_first, GDate *out, gsize *offset);

/* dm_reply_find_date_precise without the precision, day first, and without the clause's
 * tense (@past alone decides): any date, stated or vague.  The learned features use this
 * one; the model was trained on what it gives. */
gboolean dm_reply_find_date(const char *text, const GDate *reference, gboolean past,
                            GDate *out, gsize *offset);

/* The date expressions of one text, found once and read as often as asked: a reply's
 * date is read for its features and again for its class, and finding the expressions
 * costs most of a reading.  The dm_reply_scan_* functions answer exactly what the
 * functions above answer for the scan's text; the scan remembers what it found (so it is
 * not const, and not to be shared between threads). */
typedef struct _DmReplyDateScan DmReplyDateScan;
/* (transfer full) a scan of @text (transfer none), which must outlive it; nothing is
 * looked for until it is read. */
DmReplyDateScan *dm_reply_date_scan_new(const char *text);
/* (transfer full) a scan of @text with the days a phone or a hurried writer types short
 * ("mrgn", "tues", "nächsten Di") written out first (dm_reply_typed_days): the scan a
 * reply's own reading uses.  The offsets its readings give are into
 * dm_reply_date_scan_text(), not into @text. */
DmReplyDateScan *dm_reply_date_scan_new_typed(const char *text);
void dm_reply_date_scan_free(DmReplyDateScan *scan);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmReplyDateScan, dm_reply_date_scan_free)
/* (transfer none) the scan's text, whole (the patterns look at its first
 * DM_REPLY_MAX_CLASSIFY_BYTES). */
const char *dm_reply_date_scan_text(const DmReplyDateScan *scan);
/* dm_reply_find_date_precise, dm_reply_find_payment_date and dm_reply_find_date of the
 * scan's text. */
gboolean dm_reply_scan_find_date_precise(DmReplyDateScan *scan, const GDate *reference,
                                         gboolean past, gboolean month_first, GDate *out,
                                         gsize *offset, DmReplyDatePrecision *precision);
/* Whether the day the last dm_reply_scan_find_date_precise gave was kept by its place
 * alone over a later day stated after it in a clause that pays as well — not offered
 * beside it ("morgen of overmorgen"), not the day after it the promise allows ("na de
 * 24e"), not the money's arrival, not what it is told after ("the Tuesday after the bank
 * holiday"): which day the writer pays on is the reader's guess ("mijn klant betaalt de
 * 24e, ik maak het de 25e over"). */
gboolean dm_reply_scan_date_rivalled(const DmReplyDateScan *scan);
gboolean dm_reply_scan_find_payment_date(DmReplyDateScan *scan, const GDate *reference,
                                         gboolean month_first, GDate *out, gsize *offset);
/* dm_reply_scan_find_payment_date with the precision of what it found (@precision
 * nullable): a vague period ("deze week", "next month") is DM_REPLY_DATE_VAGUE. */
gboolean dm_reply_scan_find_payment_date_precise(DmReplyDateScan *scan,
                                                 const GDate *reference, gboolean month_first,
                                                 GDate *out, gsize *offset,
                                                 DmReplyDatePrecision *precision);
gboolean dm_reply_scan_find_date(DmReplyDateScan *scan, const GDate *reference, gboolean past,
                                 GDate *out, gsize *offset);
