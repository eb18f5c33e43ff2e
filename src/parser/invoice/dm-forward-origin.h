/* dm-forward-origin: who sent the mail a forward quotes.  A business that forwards its
 * own invoice again ("FW: Factuur F26-04417", the customer found it in the spam) is
 * sending that invoice once more; only a mail first sent by someone else and passed on is
 * a bill sent to the business.  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>

/* TRUE when the first quoted header's sender in @body_text ("Van:", "From:", "Von:",
 * "De:") is the sender of @msg: the same address, the same mail domain, or, when the
 * quoted line shows a name only, the same display name. */
gboolean dm_forward_origin_is_sender(GMimeMessage *msg, const char *body_text);

/* TRUE when @body_text (nullable) quotes a forwarded mail's header block: a sender's line
 * ("Van:", "From:", "Von:", "De:") as dm_forward_origin_is_sender reads it.  A bill passed
 * on carries the mail it passes; a business that forwards its own sent invoice and cuts the
 * quote ("FW: Factuur F2026-098 … hierbij nogmaals de factuur") quotes none. */
gboolean dm_forward_quotes_mail(const char *body_text);
