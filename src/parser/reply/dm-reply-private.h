/* dm-reply-private: the layers under dm_reply_analyze, shared between the files of
 * src/parser that implement it and their tests.  Not part of the public parser API. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>

/* Hard limit on the text the classifier and the auto-reply scanner look at: a debtor's
 * answer is short, and the patterns must not run over megabytes of hostile text. */
#define DM_REPLY_MAX_CLASSIFY_BYTES (16 * 1024)
/* Hard limit on reply_text kept in the analysis (and shown to the owner). */
#define DM_REPLY_MAX_TEXT_BYTES     (8 * 1024)

/* --- autoreply.c --- */

/* TRUE when the headers or subject of @msg say it was written by a machine on someone's
 * behalf (vacation, out-of-office).  @rule (transfer none) names what decided. */
gboolean dm_autoreply_detect(GMimeMessage *msg, const char **rule);
/* Reads a return date from an out-of-office text ("ik ben terug op 3 december",
 * "tot en met 30 november afwezig" -> 1 December, "back on Monday").  Fills @out and
 * returns TRUE when one is found; @reference is the message's own date. */
gboolean dm_autoreply_return_date(const char *text, const GDate *reference, GDate *out);

/* --- bounce.c --- */

typedef enum {
	DM_BOUNCE_NONE = 0,
	DM_BOUNCE_FAILED,    /* a final failure: the address does not take mail */
	DM_BOUNCE_DELAYED,   /* a delay notice: the MTA keeps trying; not a bounce */
} DmBounceKind;

/* Decides whether @msg is a delivery failure report (RFC 3464 or the free-form kind
 * MAILER-DAEMONs write).  @recipient (transfer full, nullable) receives the failed
 * address when one can be read; @rule (transfer none) names what decided. */
DmBounceKind dm_bounce_detect(GMimeMessage *msg, char **recipient, const char **rule);

/* --- classify_dates.c --- */

/* Finds the first date @text states (absolute or relative to @reference) and stores it in
 * @out; FALSE (and @out untouched) when none.  Languages: Dutch, English.  @past says
 * which way an incomplete date points ("maandag", "5-12" without a year): TRUE for what
 * has happened (a payment made), FALSE for what will (a promise, a return).  Vague
 * periods resolve to their end ("volgende week" -> Friday of next week, "volgende maand"
 * -> its last day), so a promise is never taken as due before the debtor meant it.
 * @offset (nullable) receives the byte offset where the date expression starts. */
gboolean dm_reply_find_date(const char *text, const GDate *reference, gboolean past,
                            GDate *out, gsize *offset);

/* --- classify_rules.c --- */

typedef struct {
	const char *name;       /* stable, shown by `explain` */
	int klass;              /* the DmReplyClass the rule speaks about */
	gboolean negates;       /* TRUE: a match cancels matches of @klass in the same sentence */
	double weight;          /* 0..1: how sure a match of this pattern alone makes us */
	const char *pattern;    /* PCRE2, matched caseless + UTF against the stripped text */
} DmReplyRule;

/* (transfer none) the built-in rule table and its length. */
const DmReplyRule *dm_reply_rules(gsize *n_rules);
