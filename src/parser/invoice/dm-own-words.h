/* dm-own-words: what the sender of a reply wrote, without the mail it quotes and without
 * the sender's own signature (own_words.c).  The invoice readers take a thread's facts and
 * the debtor's kind from these words only: the quoted mail is the customer's (their name,
 * their quote's total) and the signature is the sender's (its own VAT and KvK numbers). */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>

/* (transfer none) (nullable) the body of @text (nullable; "Subject: …", a blank line, the
 * body: subject_and_body's shape in invoice.c), after its subject line and the blank line
 * under it; @text itself when it has not that shape (a body alone). */
const char *dm_own_words_body_of(const char *text);

/* TRUE when @msg answers a mail: its subject says so ("Re:", "AW:", "Antw:"), or, no
 * forward ("FW:", "WG:"), it names the mail it answers (In-Reply-To) or quotes a mail its
 * recipient wrote — a quoted header's sender or an attribution line ("Op … schreef Karin
 * <karin@…>:") names the To address (a corrected invoice sent over the customer's request,
 * subject new).  @text is subject_and_body's. */
gboolean dm_own_words_answers(GMimeMessage *msg, const char *text);

/* (transfer full) @text ("Subject: …", a blank line, the body: subject_and_body's shape)
 * with the body cut to the sender's own words when @msg answers a mail
 * (dm_own_words_answers): quoted lines, the quoted original and the signature dropped
 * (dm_reply_strip_quotes), however short the answer left ("Zie bijlage.").  A copy of @text
 * when @msg is no reply, or when nothing at all of the body would be left (an answer
 * written below an Outlook header block is not told from the mail it quotes). */
char *dm_own_words_of_reply(GMimeMessage *msg, const char *text);

/* (transfer full) @text (as above) with the body cut before the mail it quotes when @msg
 * answers a mail, the sender's signature kept: its IBAN is the account the invoice is to be
 * paid to.  A copy of @text when @msg is no reply or nothing would be left. */
char *dm_own_words_signed(GMimeMessage *msg, const char *text);

/* (transfer full) @text (as above) with the body's signature and quoted mail dropped,
 * whatever the subject: the words about the debtor, without the sender's own numbers. */
char *dm_own_words_unsigned(const char *text);

/* TRUE when @own (dm_own_words_of_reply's) states an invoice in a sentence: it hands one
 * over ("Hierbij de rekening", "Here's the invoice", "hier die Rechnung") and names its
 * number @number and the account @iban it is to be paid to, as a note typed on a phone does
 * ("Hierbij de rekening voor …, factuurnr. 2026-14: € 850,- … op NL12 …").  A reply about an
 * invoice ("did you get invoice …?", "… bitte ignorieren", "het bedrag klopt") hands none
 * over, and a pro-forma is none. */
gboolean dm_own_words_state_invoice(const char *own, const char *number, const char *iban);

/* TRUE when @body (nullable; a body, no subject line) hands an invoice over in a statement
 * ("Hierbij de factuur", "In bijlage vindt u de factuur", "Invoice attached as promised",
 * "I've also attached the invoice", "anbei die Rechnung", "die Rechnung hängt an"): a
 * handing-over whose sentence neither asks ("?") nor chases or checks ("kun je die
 * nakijken?"). */
gboolean dm_own_words_hands_over(const char *body);

/* (transfer full) @text without the header blocks of the mails it quotes or forwards
 * ("From: / Sent: / To: / Subject:", "Van: / Datum: / Onderwerp: / Aan:"): who a quoted mail
 * went to is the thread's history, not a name the invoice prints. */
char *dm_own_words_without_header_blocks(const char *text);
