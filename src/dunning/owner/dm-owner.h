/* dm-owner: the owner's decisions about what dunmail could not decide alone, applied to
 * the ledger — one function per decision, each in its own transaction, so that every way
 * the owner answers (the `dunmail` CLI now, a reply to the digest later) calls the same
 * code.
 *
 *   dm_owner_reclassify  "reply R12 is a promise to pay on 3 December": records the
 *                        correction (with the reply's text and both classes), applies the
 *                        class to the invoice as a verified, confident reply would (a hold
 *                        is lifted first; dm_policy_for_owner), and leaves an event;
 *   dm_owner_resume      "go on with 2026-0042": lifts a hold or pause; the ladder goes on;
 *   dm_owner_pause       "stop 2026-0042, I am calling them" (until a day, or until resumed);
 *   dm_owner_resolve     "the dispute about 2026-0042 is resolved": back on the ladder;
 *   dm_owner_writeoff    "2026-0042 will never be paid": never reminded again, kept;
 *   dm_owner_paid        "2026-0042 is paid" (in full, or a part on a day);
 *   dm_owner_debtor      "write to jan@… in English, and not before 1 March" (dm-owner-debtor.h).
 *
 * Diagnostics: DM_OWNER_ERROR for what the owner asked that cannot be done (no such
 * reply or invoice, an invoice with nothing to resume), DM_LEDGER_ERROR from the ledger;
 * nothing is written then.  *@summary says what was done, for the owner (transfer full).
 */
#pragma once
#include <glib.h>
#include "dunning/ledger/dm-ledger.h"

#define DM_OWNER_ERROR (dm_owner_error_quark())
GQuark dm_owner_error_quark(void);
typedef enum {
	DM_OWNER_ERROR_NO_REPLY,        /* no reply with that id */
	DM_OWNER_ERROR_NO_INVOICE,      /* no invoice with that number */
	DM_OWNER_ERROR_STATE,           /* the invoice is not in a state the decision applies to */
	DM_OWNER_ERROR_AMOUNT,          /* a payment of more than is open */
	DM_OWNER_ERROR_VALUE,           /* a setting the configuration does not know (a ladder) */
	DM_OWNER_ERROR_UNAVAILABLE,     /* a decision this build cannot take yet (a plan) */
} DmOwnerError;

/* @date (nullable, or invalid): the day the owner names (a promised day, a return day);
 * without it the class's default applies (a promise: a week).  @now: when. */
gboolean dm_owner_reclassify(DmLedger *ledger, gint64 reply_id, DmReplyClass klass,
                             const GDate *date, GDateTime *now, char **summary,
                             GError **error);

/* Puts invoice @number back on the ladder. */
gboolean dm_owner_resume(DmLedger *ledger, const char *number, GDateTime *now, char **summary,
                         GError **error);

/* Pauses invoice @number (open, paused or held) for @reason (required), until @until
 * (nullable or invalid: until the owner resumes it). */
gboolean dm_owner_pause(DmLedger *ledger, const char *number, const char *reason,
                        const GDate *until, GDateTime *now, char **summary, GError **error);

/* The dispute of invoice @number (paused or held for a dispute) is resolved: the pause is
 * lifted, the replies that held it no longer wait, the ladder goes on. */
gboolean dm_owner_resolve(DmLedger *ledger, const char *number, GDateTime *now, char **summary,
                          GError **error);

/* Writes invoice @number off (@reason nullable): never reminded again, kept in the ledger
 * as written_off.  A paid invoice cannot be written off. */
gboolean dm_owner_writeoff(DmLedger *ledger, const char *number, const char *reason,
                           GDateTime *now, char **summary, GError **error);

/* Records a payment on invoice @number: @amount_cents (<= 0: everything still open) paid
 * on @date (nullable or invalid: today).  Less than is open is a part payment (the
 * reminders name what is left); all of it makes the invoice paid and ends the ladder.
 * More than is open is DM_OWNER_ERROR_AMOUNT; a paid invoice DM_OWNER_ERROR_STATE. */
gboolean dm_owner_paid(DmLedger *ledger, const char *number, gint64 amount_cents,
                       const GDate *date, GDateTime *now, char **summary, GError **error);
