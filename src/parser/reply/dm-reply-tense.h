/* dm-reply-tense: which way the clause around a date points, and whether it speaks of
 * paying (clause_tense.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

typedef enum {
	DM_TENSE_UNKNOWN = 0,   /* no verb that says: the reply's class decides */
	DM_TENSE_PAST,          /* "haben wir am 28. überwiesen", "was transferred on Monday" */
	DM_TENSE_FUTURE,        /* "wird per 30. bezahlt", "the rest will follow on Friday" */
} DmReplyTense;

/* The tense of the clause of @text (@len bytes) that holds [@start, @end): future when it
 * has a future auxiliary or a verb of what is still to come ("will", "'ll", "wird", "zal",
 * "volgt", "scheduled"), else past when it has a participle or simple past of paying or
 * a past passive ("paid" but not "to be paid", "überwiesen", "betaald", "wurde"), else
 * unknown.  A clause ends at . ! ? ; a line break, a dash between spaces, and at "and",
 * "but", "then", "when" (and their Dutch and German words) — "we paid half on Monday and
 * the rest follows on Friday" has two — and before a comma's "the rest" ("paid £200
 * today, the rest on the 30th"). */
DmReplyTense dm_reply_clause_tense(const char *text, gsize len, gsize start, gsize end);

/* Whether the clause of @text (@len bytes) that holds [@start, @end), cut as for
 * dm_reply_clause_tense, speaks of paying: a word of paying or transferring in the three
 * languages ("betaal", "overgemaakt", "stort", "pay", "settled", "transfer", "überweise",
 * "Zahlung", "beglichen") or a Dutch verb with its separable "over" ("ik boek hem
 * maandag over").  "Ik zit tot donderdag in het ziekenhuis" does not. */
gboolean dm_reply_clause_pays(const char *text, gsize len, gsize start, gsize end);

/* dm_reply_clause_tense and, in @pays, dm_reply_clause_pays of the same clause, which is
 * read once: the date reader asks both of every date it weighs. */
DmReplyTense dm_reply_clause_read(const char *text, gsize len, gsize start, gsize end,
                                  gboolean *pays);
