/* dm-reply-dates: the date a debtor's text states, absolute or relative to the
 * message's own date (classify_dates.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* Finds the first date @text states (absolute or relative to @reference) and stores it in
 * @out; FALSE (and @out untouched) when none.  Languages: Dutch, English.  @past says
 * which way an incomplete date points ("maandag", "5-12" without a year): TRUE for what
 * has happened (a payment made), FALSE for what will (a promise, a return).  Vague
 * periods resolve to their end ("volgende week" -> Friday of next week, "volgende maand"
 * -> its last day), so a promise is never taken as due before the debtor meant it.
 * @offset (nullable) receives the byte offset where the date expression starts. */
gboolean dm_reply_find_date(const char *text, const GDate *reference, gboolean past,
                            GDate *out, gsize *offset);
