/* dm-reply-several: whether a reply speaks of part of the sum or of several invoices with
 * different intents (several.c).  Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>
#include "parser/reply/dm-reply-types.h"

/* Whether @text says a direct debit, autopay or card payment came back ("de incasso is
 * gestorneerd", "the direct debit bounced", "die Lastschrift ist zurückgegangen") — the
 * rule money_bounced. */
gboolean dm_reply_text_bounced(const char *text);

/* Whether @text speaks of part of the invoice's sum: a sum of a sum ("€ 400 van de
 * € 950"), a half, a share in per cent paid, or the rest ("de rest volgt", "the
 * balance", "den Rest") — the rule several_part_paid. */
gboolean dm_reply_text_part_paid(const char *text);

/* Whether @text names more than one invoice: two in one sentence (the rule
 * several_invoices: "factuur 118 en 124", "de eerste twee", "the third one"), two
 * different invoice numbers in different places ("Factuur 118 is betaald. Factuur 124
 * volgt vrijdag", "0451 is voldaan, 0467 maak ik vrijdag over"), bills named by two
 * months ("januari en februari") or a list of three numbers. */
gboolean dm_reply_text_several_invoices(const char *text);

/* Whether @text says more than one thing of the money (dm_reply_acts_alone): it speaks
 * of part of the sum or names several invoices, and carries more than one intent among
 * dispute, arrangement, paid and promise_to_pay (@secondary, the model's second intent,
 * is one of them, or the rules find two); or it speaks of part of the sum and @klass, the
 * class it was read as, is paid. */
gboolean dm_reply_text_mixed(const char *text, DmReplyClass klass, DmReplyClass secondary);
/* The same with @names, the rules dm_reply_rule_hits found in @text, already known. */
gboolean dm_reply_rules_mixed(const char *text, const GPtrArray *names, DmReplyClass klass,
                              DmReplyClass secondary);
