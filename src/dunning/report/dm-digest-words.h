/* dm-digest-words: what dunmail recorded, in the owner's language.  Where dunmaild records
 * an event it stores what the event means as a code and named parameters (dm_words, events
 * migration 19) beside its English detail; the digest words that here.  So are the codes
 * dunmail stores as an invoice's pause reason (a reply's class, why a reply holds it, a
 * step of the ladder) and an outbox row's state.  `dunmail log` and `show` keep the
 * English. */
#pragma once
#include <glib.h>

/* (transfer none) @value, a code of the kind @kind ("step", "pause", "state", "field",
 * "source", ...), in @language (nl, en, de); NULL when this dunmail has no words for it —
 * the owner's own pause reason, a code of a newer dunmail: the caller shows it as it is. */
const char *dm_digest_word(const char *language, const char *kind, const char *value);

/* (transfer none) an invoice's pause reason in @language: dunmail's codes worded (the
 * step a handed-over invoice ended with too), anything else (the owner's own reason, an
 * older dunmail's sentence) as it is. */
const char *dm_digest_pause_reason(const char *language, const char *reason);

/* (transfer full) @words (an a{ss} from dm_words) told in @language; NULL when its code is
 * not one this dunmail words (the caller then shows the event's detail as written). */
char *dm_digest_words(const char *language, GVariant *words);
