/* dm-reply-ticket: the human comment inside a ticket system's or an accounts-payable
 * portal's notification (reply_ticket.c).
 * Private to src/parser/reply. */
#pragma once
#include <glib.h>

/* Whether @lines (@n of them) are a ticket notification: one of the first lines is a
 * marker only such a system writes ("##- Please type your reply above this line -##",
 * "Your request 48213 has been updated", "Ihre Anfrage 77104 wurde aktualisiert",
 * "Uw aanvraag 30988 is bijgewerkt", "Ticket 2026-118342: Status geändert"). */
gboolean dm_reply_is_ticket(char **lines, guint n);

/* (transfer container) the lines of ticket notification @lines that hold its newest
 * comment: the markers, status lines, "X replied:" and the author-and-date heading are
 * gone, and the notification ends at its footer ("This email is a service from ...",
 * "View this ticket", a "[QZ81KP-4RT2]" reference) or at the next, older comment's
 * heading.  The strings stay owned by @lines; the array is NULL-terminated. */
char **dm_reply_ticket_comment(char **lines, guint n);
