/* dm-machine-mail: whether a message was sent by a system rather than typed by a person
 * answering our mail (machine_mail.c): a parcel notice, a booking confirmation, a
 * webshop's status mail, a newsletter, a survey.  Such mail is full of dates and delivery
 * words ("wordt morgen bezorgd", "Scheduled delivery: Tuesday") that read like a promise
 * or a question; what it says about its source is the surer sign.
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>

/* TRUE when @msg says a system sent it:
 *   - its From address is a mailbox nobody reads or types from: a no-reply address
 *     ("noreply@", "no-reply.finance@", "donotreply@", "ne-pas-repondre@"), or a
 *     notification or newsletter sender ("notifications@", "newsletter@",
 *     "nieuwsbrief@", "@ups-notify.example", "@mailer.example"), whatever else it carries;
 *   - or it carries the headers of bulk mail (List-Unsubscribe, List-Id, Feedback-ID,
 *     Precedence: bulk, junk or list) and is no reply at all: neither In-Reply-To nor
 *     References, and no "Re:", "AW:", "Antw:", "SV:", "Fwd:", "WG:" … before its subject.
 *     A person's answer that passed through a mailing list (a firm's shared mailbox as a
 *     Google Group) carries the list headers too, but also the headers of the mail it
 *     answers.
 * @which (nullable; transfer full) names the sign, as "From: noreply@x.example" or
 * "List-Unsubscribe, not a reply"; NULL when there is none. */
gboolean dm_machine_mail(GMimeMessage *msg, char **which);
