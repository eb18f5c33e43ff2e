/* dm-thread-subject: a reply's subject is the thread's, not the mail's (thread_subject.c).
 * The customer asked for a quote or put a question ("Offerte badkamer", "sofa - when?",
 * "Rechnung November?"), and the business answers in the same thread with the invoice: the
 * "Re:" keeps the first mail's words, which name what the thread began with.  Private to
 * src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* TRUE when @subject (nullable) is a reply's ("Re:", "AW:", "Antw:"), the sender's own
 * words @own_body (nullable; the reply without the mail it quotes, no subject line) hand an
 * invoice over (dm_own_words_hands_over) or answer with a bare hand-over on a line of its
 * own ("Ja hoor, hierbij.", "See attached", "Anbei."), and the mail sets it out (@set_out: an invoice's
 * title or its number's label in the body or a document).  Then the subject's quote or
 * question does not say what the mail is.  A reply that sends a new quote, answers
 * "the invoice follows", or attaches nothing that sets out an invoice is still judged by its
 * subject. */
gboolean dm_thread_subject_only(const char *subject, const char *own_body, gboolean set_out);
