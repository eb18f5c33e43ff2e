/* dm-reply-amount-asked: a fee or an amount asked about (amount_asked.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* Whether @text asks, with its mark or without, what a fee or an amount is for or where
 * it comes from: "Waar komt die € 40 vandaan?", "Graag uitleg over dat verschil", "Ik
 * begrijp niet waarvoor de kosten zijn", "I'd like to know what the extra £40 is for",
 * "Please explain the £40 fee", "Kunt u de aanmaningskosten toelichten".  Beside a
 * payment the labels make it a question with the payment secondary (test-blind30's
 * call); the model, reading the pay words, reads it as paid, so a payment or a promise
 * read from it never acts alone (dm_reply_held_by). */
gboolean dm_reply_text_amount_asked(const char *text);
