/* dm-header-name: the debtor's name settled between the document's address block and the
 * mail's To header (dm_header_name_settle).
 * Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>
#include "parser/invoice/dm-invoice-facts.h"

/* Settles @facts->debtor_name between what the texts' readers took from @text (the
 * subject and body) or @doc_text (the PDFs' joined texts) and the To header of @msg:
 *   1. the header's person printed above another name in the block: that name, the
 *      organisation (rule contact-above-organisation; rule name-is-mail-domain when the
 *      header's name is its mailbox's organisation);
 *   2. the header's name when the document prints it too, unless the block's name holds
 *      it, is an organisation beside a person, or has it as its contact;
 *   3. with no name yet, an organisation the text names whose name spells the To
 *      mailbox's domain (rule organisation-of-mailbox), else the header's name;
 *   4. with still none, the name the body's greeting gives (rule greeting-name).
 * An e-invoice's buyer name is never replaced.  Each choice goes into @facts->explain. */
void dm_header_name_settle(DmInvoiceFacts *facts, GMimeMessage *msg, const char *text, const char *doc_text);
