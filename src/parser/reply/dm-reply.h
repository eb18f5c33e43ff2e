/* dm-reply: what a debtor's message says.
 *
 * Separates bounces and auto-replies from replies, strips quoted text and signature, and
 * classifies the new text (Dutch, English, German) with a learned model (LIBLINEAR),
 * the PCRE2 rules among its features.  Dates the text states
 * ("ik betaal vrijdag", "paid yesterday", "back on 3 December") are resolved against the
 * message's Date header.  Pure: no database, clock or network. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>
#include "parser/reply/dm-reply-types.h"
#include "parser/reply/dm-reply-quote.h"
#include "parser/reply/dm-reply-text.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-answer.h"
#include "parser/reply/dm-reply-model.h"
#include "parser/reply/dm-reply-secondary.h"



/* What a delivery report says; DM_DELIVERY_NONE for everything else. */
typedef enum {
	DM_DELIVERY_NONE = 0,
	DM_DELIVERY_FAILED,         /* a hard failure (5.x.x): kind bounce */
	DM_DELIVERY_EXPIRED,        /* the MTA gave up retrying (failed, 4.x.x): kind bounce */
	DM_DELIVERY_DELAYED,        /* still retrying: kind auto_reply, changes nothing */
	DM_DELIVERY_DELIVERED,      /* a success report (Action: delivered/relayed/expanded):
	                             * kind auto_reply; proves the address takes mail */
} DmDeliveryReport;

/* "none", "failed", "expired", "delayed", "delivered": the names of classify --json. */
const char *dm_delivery_name(DmDeliveryReport delivery);

typedef struct {
	DmReplyKind kind;
	DmReplyClass klass;
	double confidence;          /* 0..1: the model's calibrated top probability */
	gboolean confident;         /* act alone: dm_reply_acts_alone */
	DmReplyClass secondary;     /* a second intent (dm_reply_secondary), DM_REPLY_CLASS_OTHER
	                             * meaning none */
	GDate date;                 /* the promised / paid / return day the text states,
	                             * invalid when none */
	GDate holds_until;          /* when it states none but names a vague time ("volgende
	                             * week", "next month", "vorige week betaald"): that
	                             * time's end, which a promise still holds the invoice
	                             * until; it is no day the debtor named.  Invalid
	                             * otherwise */
	char *reply_text;           /* the new text, quotes and signature removed */
	char *bounced_recipient;    /* for bounces: the failed address, or NULL */
	char *matched_rule;         /* name of the rule that decided, for `explain` */
	DmDeliveryReport delivery;  /* for delivery reports: hard failure, expiry or delay */
	char *returned_message_id;  /* for delivery reports: the Message-ID (with <>) of the
	                             * returned message, or NULL */
	char *new_address;          /* "no longer works here, write to X": X, or NULL */
	gboolean automatic_headers; /* a header says a machine wrote the message (decisive or
	                             * supporting, dm-auto-headers.h): an auto reply with it
	                             * is a machine's, one without it a person may have typed */
	char *automatic_header;     /* the header that said so, as "Auto-Submitted:
	                             * auto-replied", or NULL */
	char *machine_mail;         /* a person's reply only: the sign that a system sent it
	                             * (dm-machine-mail.h), as "From: noreply@x.example",
	                             * or NULL; such a reply read as an intent never acts
	                             * alone */
	gboolean date_contradicts;  /* a person's reply whose class and own day disagree
	                             * (dm_reply_date_contradicts): never acts alone */
	GPtrArray *explain;         /* (element-type utf8) the strongest features and rules
	                             * that decided, short strings, strongest first; never NULL */
} DmReplyAnalysis;

void dm_reply_analysis_free(DmReplyAnalysis *a);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmReplyAnalysis, dm_reply_analysis_free)

/* (transfer full) never NULL for a parsed message.  @model (dm-reply-model.h) classifies
 * a person's reply; NULL leaves it to the rules of classify.c (tests and tools only). */
DmReplyAnalysis *dm_reply_analyze(GMimeMessage *msg, const DmReplyModel *model);
/* dm_reply_analyze without `explain` (an empty list), every other field the same: for
 * dunmaild's parse child, whose ledger keeps no explanation (ingest_plan_variant.c), so
 * that the strongest features are not sought and named for nothing. */
DmReplyAnalysis *dm_reply_analyze_unexplained(GMimeMessage *msg, const DmReplyModel *model);

/* The class of highest probability in @probs (DM_REPLY_N_CLASSES, by DmReplyClass). */
DmReplyClass dm_reply_rank_classes(const double *probs);

/* Whether a person's reply read as @klass, with @secondary (DM_REPLY_CLASS_OTHER: none)
 * and new text @text (nullable: not known), may act on its invoice by itself: its
 * @confidence reaches @threshold, it is not an "other" or an out-of-office with a second
 * intent, its second intent is not a question, and it is not an "other" of a word or
 * three (dm_reply_text_brief), and not a payment its own words ask about or deny ("Paid
 * this morning? No, not yet", "Paid nothing yet").  "Other" changes nothing, so the ladder runs on; a reply
 * read as other that the model's intents say also asks, disputes or promises something
 * ("Tuesday it is paid. PS: send future invoices to our new colleague") is held for the
 * owner instead, however sure the model is, and so is an out-of-office text under a line
 * its writer typed ("Gisteren betaald." above "Ik ben afwezig t/m 2 januari"), which
 * the intents or a rule of a payment, a promise, a dispute or a plan
 * (dm_reply_text_names_intent) find.  So is a
 * reply that also asks something ("Betaald vrijdag. Kan ik een betalingsbevestiging
 * krijgen?"): the question wants an answer, and in cross-validation such replies were
 * read right 87 % of the time where the others that act were 98 %.  And so is a bare
 * "ok", "ja", "prima" or thumbs-up: read as other it names no intent, but as the answer
 * to a reminder it may consent to paying or only acknowledge the mail, which only the
 * owner can tell.  And so is a promise said mockingly (dm_reply_text_ironic: "oh sure,
 * I'll pay right away 🙄"), which may be a refusal.  And so is a reply about part of the
 * sum or about several invoices with different intents (dm_reply_text_mixed: "€ 400 van
 * de € 950 overgemaakt, de rest eind van de maand", "114 is paid, 117 I'll pay on
 * Friday"), whose intent for the reminded invoice only the ledger tells.  `dunmail train`
 * calibrates @threshold on the replies this lets act at all. */
gboolean dm_reply_acts_alone(DmReplyClass klass, DmReplyClass secondary, const char *text,
                             double confidence, double threshold);
/* (transfer none) What holds a reply read as @klass (its second intent @secondary, its new
 * text @text) for the owner whatever its confidence, in words for --explain ("it also
 * asks something"), or NULL when nothing does: dm_reply_acts_alone's holds, named.
 * @rules (nullable: scanned when a test needs them) are the names of the rules that hit
 * @text (dm_reply_rule_hits's answer for @text, or the features' for it,
 * dm_reply_features_scanned), when the reader has them already. */
const char *dm_reply_held_by(DmReplyClass klass, DmReplyClass secondary, const char *text,
                             const GPtrArray *rules);

/* Whether @date, the day a reply read as @klass states, contradicts the class against
 * @sent, the message's own day: a promise to pay on a day before the message was
 * written, or a payment on a day after it.  Either means the reader took the tense or the
 * day wrong ("Ik had deze op maandag 26 oktober betaald, excuses voor de vertraging" read
 * as a promise for 26 October), and acting on it would do the opposite of what the
 * writer said: a payment read as a promise for a past day pauses only the week an
 * undated promise is given (not the 14 days of a payment) and the ladder then runs on against
 * a debtor who paid; a promise read as paid pauses 14 days whatever day was promised.
 * FALSE for every other class, and without a day. */
gboolean dm_reply_date_contradicts(DmReplyClass klass, const GDate *date, const GDate *sent);

/* The day a reply holds its invoice until, as the policy reads it: the day it states, or
 * else the end of the vague time it names (holds_until); NULL-safe GDate, invalid when
 * neither. */
const GDate *dm_reply_analysis_hold_date(const DmReplyAnalysis *a);

/* The date @text states for a reply of class @klass: for an auto reply the day its
 * writer is back (dm_autoreply_return_date) when it says; for a promise, a payment, an
 * arrangement (or an auto reply that does not say) dm_reply_find_date_precise's, read
 * backwards for "paid" and forwards otherwise; for a dispute, a question or other, only
 * a day the text gives to a payment (dm_reply_find_payment_date), shown, not acted on;
 * invalid for a bounce, and for a vague time ("volgende week": no day stated).  "8/15" is month first when @month_first. */
void dm_reply_date_for_class(const char *text, const GDate *reference, gboolean month_first,
                             DmReplyClass klass, GDate *date);

/* dm_reply_date_for_class for @klass, then, when that gives no day and @secondary is a
 * promise, a payment or an arrangement, for @secondary: the day dm_reply_analyze gives a
 * reply read as @klass with that second intent. */
void dm_reply_date_for_classes(const char *text, const GDate *reference,
                               gboolean month_first, DmReplyClass klass,
                               DmReplyClass secondary, GDate *date);

/* Whether the writer of @msg writes "8/15" month first, by the zone of its Date header
 * (dm_reply_month_first); FALSE without one. */
gboolean dm_reply_message_month_first(GMimeMessage *msg);

/* Lower layers, exposed for tests and for later issues: dm_reply_strip_quotes
 * (dm-reply-quote.h), dm_reply_new_text and dm_reply_strip_html (dm-reply-text.h) and
 * dm_reply_classify_text (dm-reply-classify.h). */
