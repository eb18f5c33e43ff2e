/* dm-reply-care: whether a reply's payment waits on someone else's money, or the reply
 * is an accounts-payable status (care.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* Whether @text ties its payment to an insurer's, a fund's, a grant's or an allowance's
 * money still to come ("Ik betaal zodra CZ uitkeert", "when they pay, I pay you", "sobald
 * die Erstattung da ist", "we wachten nog op de GLB-betaling") — the rule
 * care_waits_on_payer.  A day the writer ties to that money ("Het budget komt de 20e.
 * Diezelfde dag maak ik het over") is no such tie: the writer names his own day. */
gboolean dm_reply_text_waits_on_payer(const char *text);

/* Whether @text gives an accounts-payable status that says only where the invoice is
 * ("ter goedkeuring", "zur Freigabe", "pending approval", "approval queue") and not that
 * it was approved, scheduled or rejected — the rule other_ap_status. */
gboolean dm_reply_text_ap_status(const char *text);

/* Whether @text passes the reminder on to someone else ("ik stuur het door naar zijn
 * vader", "I'll pass it on", "Ich werde ihm Ihre Erinnerung vorlegen", "leite ich an die
 * Buchhaltung weiter"). */
gboolean dm_reply_text_passes_on(const char *text);
