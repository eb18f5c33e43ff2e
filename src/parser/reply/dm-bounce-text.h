/* dm-bounce-text: the words of a delivery report that has no machine-readable part
 * (bounce_text.c): what it says happened, which address failed, and the headers of the
 * message it returns inline.  Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

typedef enum {
	DM_BOUNCE_NONE = 0,
	DM_BOUNCE_FAILED,    /* a hard failure (5.x.x): the address does not take mail */
	DM_BOUNCE_EXPIRED,   /* the MTA retried until it gave up (failed, 4.x.x): final for
	                      * this message, but says nothing sure about the address */
	DM_BOUNCE_DELAYED,   /* a delay notice: the MTA keeps trying; not a bounce */
} DmBounceKind;

/* What a free-form report's @subject (nullable) and @text say, once the message's
 * structure has shown it to be a report: a delay notice (the subject or the text says the
 * server keeps trying), a failure (the subject or the text says the mail did not reach
 * its recipient) — an expiry when the text says the server gave up retrying or never
 * reached the recipient's server, with no permanent code, or its only status codes are
 * temporary (4.x.x, 4yz, X.4.7), a hard failure otherwise — or nothing.
 * *@rule (transfer none) names what decided. */
DmBounceKind dm_bounce_text_kind(const char *subject, const char *text, const char **rule);

/* TRUE when the words of @text (nullable, before any message it returns) ask the sender
 * to prove to be a person before the mail is let through: a challenge-response filter's
 * notice, which holds the mail and refuses nothing. */
gboolean dm_bounce_text_challenge(const char *text);

/* TRUE when the words of @text (nullable, before any message it returns) are an MTA's
 * transcript of an SMTP session for its own administrator: "Transcript of session
 * follows." over " In:" and " Out:" lines, as Postfix's notices to the postmaster write it
 * ("Postfix SMTP server: errors from …").  The codes in it are what the server said in
 * that session (a refused forged bounce, a client's protocol error), not a report to the
 * sender of any mail. */
gboolean dm_bounce_text_session_transcript(const char *text);

/* TRUE when @subject (nullable) or the words of @text (nullable, before any message it
 * returns) warn the reader that their own mailbox is nearly or quite full (a quota
 * warning), as a server writes to the owner of a mailbox.  The words only: that the mail
 * returns nothing and names no other address is the caller's to check. */
gboolean dm_bounce_text_own_quota(const char *subject, const char *text);

/* TRUE when @status (an enhanced code, "5.4.316 …") is a permanent routing code (5.4.x)
 * and @words (@len bytes: its diagnostic, or the rest of its line) say the message
 * expired in the queue: Exchange Online's expiries (550 5.4.316 "Message expired,
 * connection refused"), which say nothing sure about the address. */
gboolean dm_bounce_text_expired_routing(const char *status, const char *words, gsize len);

/* TRUE when a report's own words (@text before the message it returns) say the server
 * gave up retrying or never reached the recipient's server, and give no permanent code:
 * what makes a standard report's undefined 5.0.0 an expiry. */
gboolean dm_bounce_text_gave_up(const char *text);

/* (transfer full) the address @recipient was made from when @text says so on its line or
 * the next ("sally@… (generated from orders@…)", "<m@…> (expanded from <info@…>)"), or
 * NULL. */
char *dm_bounce_text_alias_origin(const char *text, const char *recipient);

/* TRUE when @text opens the way one MTA's reports always open ("This is the qmail-send
 * program at", "This message was created automatically by mail delivery software", ...)
 * on a line of its own (not quoted); *@mta (transfer none) names the MTA. */
gboolean dm_bounce_text_mta(const char *text, const char **mta);

/* Appends (transfer full) to @out the failed addresses a free-form report names, in its
 * order, each once, at most DM_BOUNCE_TEXT_MAX_RECIPIENTS: the addresses the report lists
 * the way MTAs do — opening a line ("<a@b>:", "a@b: reason", "a@b" alone under "... the
 * following address(es):"), or after a label ("RCPT TO:", "Unknown user:", "Could not be
 * delivered to:"), but not after one that names the sender ("Adres van afzender:").  Never
 * one of @not_these (NULL-terminated, nullable: the report's own sender and addressee, who
 * are never the failed recipient), whatever their '+' tags. */
#define DM_BOUNCE_TEXT_MAX_RECIPIENTS 16
void dm_bounce_text_recipients(const char *text, const char *const *not_these, GPtrArray *out);

/* TRUE when @text (nullable) says the address written to was forwarded or expanded on the
 * way ("forwarded", "generated from", "weitergeleitet", "doorgestuurd", an SRS address). */
gboolean dm_bounce_text_forwarded(const char *text);

/* (transfer full) the message-ID with <> a report's words give under a label of its own
 * ("Message-ID: <…>", "Bericht-ID<TAB><…>"), or NULL: the returned message's, when no
 * returned headers hold it. */
char *dm_bounce_text_labelled_id(const char *text);

/* Reads the header block of a message a report returns inline, in its text (qmail's
 * "--- Below this line is a copy of the message.", Exim's "------ This is a copy of the
 * message, including all the headers. ------" and their kin): the first run of header
 * lines that holds a Message-ID and at least one other header a message always carries
 * (Received, From, To, Subject, Date, Return-Path).  *@message_id (transfer full) its
 * Message-ID with <>, *@to (transfer full, nullable) its single To address or NULL.
 * FALSE, with both left NULL, when @text returns no such block. */
gboolean dm_bounce_text_returned(const char *text, char **message_id, char **to);
