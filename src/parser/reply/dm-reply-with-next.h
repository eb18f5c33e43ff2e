/* dm-reply-with-next: a payment put off to an invoice yet to come (with_next.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* Whether @text pays the open invoice together with one that is still to come: "De
 * openstaande factuur betaal ik dan mee als de nieuwe rekening er is", "die betaal ik mee
 * als je die klus factureert", "Die offene Rechnung zahlen wir dann zusammen", "zahle ich
 * mit der nächsten Lieferung", "I'll pay it together with the next invoice".  Such a
 * promise waits on the owner's new invoice, most often beside a new order; the blind
 * authors label it `other` with `promise_to_pay` secondary (test-blind25's call, kept by
 * test-blind28 and test-blind29), the model reads the pay words as a promise, so a
 * promise read from it never acts alone (dm_reply_held_by). */
gboolean dm_reply_text_pays_with_next(const char *text);
