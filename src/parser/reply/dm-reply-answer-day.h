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
