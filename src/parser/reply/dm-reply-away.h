/* dm-reply-away: whether a reply typed by a person says that someone is away (away.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* Whether @text says that its writer, or the person it was meant for, is away for a
 * time: "Dr. Hale is out of the country until Monday", "mijn man zit tot en met vrijdag
 * in het buitenland", "er ist bis einschließlich 31. Juli auf Montage", "ik zit nog in
 * Portugal t/m 9 augustus", "I am in China for the fair until 20 April".  Such a reply
 * (an assistant's or a spouse's, `other`) is dated as an out-of-office is, by the day
 * the person is back (corpus/replies/README.md). */
gboolean dm_reply_says_away(const char *text);

/* Whether @text ties what is to be done to someone's return ("Ik betaal dat meteen als ik
 * terug ben", "he'll pay it when he's back", "nach meiner Rückkehr"): a promise so tied,
 * beside an absence until a day, is dated by the day back as an out-of-office's (the
 * settled call for a relative, which test-blind29's author applies to the debtor away
 * himself). */
gboolean dm_reply_says_on_return(const char *text);
