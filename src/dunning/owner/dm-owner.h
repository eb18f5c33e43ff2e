/* dm-owner: the owner's decisions about what dunmail could not decide alone, applied to
 * the ledger — one function per decision, each in its own transaction, so that every way
 * the owner answers (the `dunmail` CLI now, a reply to the digest later) calls the same
 * code.
 *
 *   dm_owner_reclassify  "reply R12 is a promise to pay on 3 December": records the
 *                        correction (with the reply's text and both classes), applies the
 *                        class to the invoice as a verified, confident reply would (a hold
 *                        is lifted first; dm_policy_for_owner), and leaves an event;
 *   dm_owner_resume      "go on with 2026-0042": lifts a hold or pause; the ladder goes on.
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
	DM_OWNER_ERROR_STATE,           /* the invoice is not held or paused */
} DmOwnerError;

/* @date (nullable, or invalid): the day the owner names (a promised day, a return day);
 * without it the class's default applies (a promise: a week).  @now: when. */
gboolean dm_owner_reclassify(DmLedger *ledger, gint64 reply_id, DmReplyClass klass,
                             const GDate *date, GDateTime *now, char **summary,
                             GError **error);

/* Puts invoice @number back on the ladder. */
gboolean dm_owner_resume(DmLedger *ledger, const char *number, GDateTime *now, char **summary,
                         GError **error);
