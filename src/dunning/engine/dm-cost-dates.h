/* dm-cost-dates: the first day a consumer's collection costs may be charged.  Amounts are
 * in dm-costs.h; this is only "when", from shared/legal/rules.md 1.4 (NL) and 3.3 (BE).
 * A business owes the flat EUR 40 from the day after the due date without any reminder
 * (1.5, 3.1), so it needs no function here. */
#pragma once
#include <glib.h>

/* NL, the 14-day letter (6:96 lid 6 BW, HR 25-11-2016 ECLI:NL:HR:2016:2704; rules.md 1.4):
 * the letter is taken as received @delivery_days delivery days after @sent, where Sundays,
 * Mondays and Dutch public holidays are no delivery days (the presumption is UNVERIFIED
 * against the ruling, hence a parameter: 2 for a posted letter, 0 for a letter received
 * the day it was sent).  The term is the 14 days after that day; costs may be charged
 * from the day after the term, which goes into @out:
 * earliest_cost_date = received + 1 + 14 days. */
void dm_cost_dates_nl_consumer(const GDate *sent, guint delivery_days, GDate *out);

typedef enum { DM_CHANNEL_LETTER, DM_CHANNEL_EMAIL } DmChannel;

/* BE, the free first reminder (Boek XIX WER; rules.md 3.3): the 14 calendar days start on
 * the third working day after sending a letter (working day: Monday to Friday, not a
 * Belgian public holiday: an assumption, the rules file does not define it) or on the day
 * after sending an e-mail; costs and interest may be charged from the day after them,
 * which goes into @out. */
void dm_cost_dates_be_consumer(const GDate *sent, DmChannel channel, GDate *out);
