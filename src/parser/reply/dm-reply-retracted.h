/* dm-reply-retracted: a day the writer takes back (retracted.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* Whether the date expression at [@start, @end) of @text (@len bytes) is a day the writer
 * no longer stands by, or never gave a payment: one told in a report of what was said or
 * meant before ("ik had gezegd morgen", "I said Friday on the phone", "ich wollte gerade
 * schreiben, dass ich morgen zahle", "my text saying I'd pay Friday") that the text then
 * turns from ("maar", "but", "aber", "scratch that", "stimmt nicht mehr"), and the day of
 * an earlier message ("meine Mail von gestern", "mijn mail van vanochtend") or of an
 * answer to come ("ik kom er vrijdag op terug", "I'll get back to you on Friday"), a day
 * denied or without money ("morgen lukt niet", "heute kein Geld auf Konto"), and a usual
 * day the writer says will not hold this time ("meestal rond de 24e, maar deze maand is
 * het wat later").  "Zoals ik zei, vrijdag", "as I said, Friday" keep their day. */
gboolean dm_reply_day_retracted(const char *text, gsize len, gsize start, gsize end);
