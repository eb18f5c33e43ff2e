/* dm-reply-accepts-offer: a short yes under a payment plan the quoted mail offered
 * (accepts_offer.c).  Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* Whether @new_text (the reply's own words) is a short consent without a figure of its own
 * ("is goed", "ja graag 🙏 dat zou me echt helpen", "yeah that'd be great thanks", "passt
 * 👍") and @body (the whole text, the quote included) offers to spread the amount ("in drie
 * termijnen", "split this into 3 monthly payments", "in zwei Raten"): the writer accepts a
 * plan, which neither the words alone nor the model can tell from a thank-you. */
gboolean dm_reply_accepts_offer(const char *new_text, const char *body);
