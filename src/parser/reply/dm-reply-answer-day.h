/* dm-reply-answer-day: the day a holding answer is promised for (answer_day.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* Whether the date expression at [@start, @end) of @text (@len bytes) is the day of an
 * answer to come, not of a payment: "ik kom er vrijdag op terug", "I'll get back to you on
 * Friday", "revert by Monday", "ich melde mich am Freitag wieder", "gebe Ihnen bis
 * Freitag Bescheid" — unless the answer brings the payment ("… met de betaling", "… with
 * the payment", "… mit dem Geld"). */
gboolean dm_reply_answer_day(const char *text, gsize len, gsize start, gsize end);

/* Whether @text promises an answer and nothing of the money: a holding answer ("ik kom er
 * vrijdag op terug", "I'll get back to you on Friday", "ich melde mich") and no word of
 * paying, of the money or of dealing with it.  Read as a promise, such a reply would move
 * the ladder for a payment nobody promised (the labels: `other`, test-blind33). */
gboolean dm_reply_text_answer_only(const char *text);
