/* dm-debtor: who an invoice mail is addressed to — the debtor's address — chosen from the
 * SMTP envelope, which is the truth about where the mail went (a To header can be
 * malformed or rewritten, and a reminder once went to a rewritten address while the real
 * recipient got nothing).  Pure. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>
#include "parser/invoice/dm-invoice-facts.h"

/* Sets @facts->debtor_email (replacing what the headers gave) to the envelope recipient
 * the debtor is, of @rcpt_to (char*, nullable or empty: then @facts is left alone):
 *   1. the first recipient the To header also names, then Cc;
 *   2. the first recipient the e-invoice names as the buyer (facts->debtor_email as
 *      the document gave it);
 *   3. the first recipient outside the sender's own domain (an archive copy in Bcc is
 *      the business's), else the first recipient.
 * The choice and its reason go into @facts->explain. */
void dm_invoice_choose_debtor(DmInvoiceFacts *facts, GMimeMessage *msg, const GPtrArray *rcpt_to);
/* For an invoice @facts read from @msg as it came through the milter: the debtor's address
 * chosen from the envelope's @rcpt_to (dm_invoice_choose_debtor), its source "envelope".
 * The one path dunmaild and `dunmail parse` of a spool file share. */
void dm_invoice_debtor_from_envelope(DmInvoiceFacts *facts, GMimeMessage *msg, const GPtrArray *rcpt_to);
