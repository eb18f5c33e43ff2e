/* dm-owner-debtor: the owner's settings for one debtor (`dunmail debtor ADDRESS …`, and
 * the digest commands to come), written in one transaction with an event.
 *
 * A change names only what it changes; the rest of the debtor's settings stay.  The
 * ladder must be one the configuration defines, and a consumer only gets a consumer
 * ladder (so no costs before the 14-day letter).
 *
 * Diagnostics: DM_OWNER_ERROR_VALUE for a ladder the configuration does not have,
 * DM_OWNER_ERROR_NO_INVOICE (reused: "nothing known") for reading a debtor the ledger
 * has never seen; DM_LEDGER_ERROR from the ledger. */
#pragma once
#include "dunning/owner/dm-owner.h"
#include "common/dm-ladder-config.h"

typedef struct {
	const char *language;       /* (nullable) nl, en, de */
	DmDebtorKind kind;          /* UNSET: unchanged */
	const char *contact;        /* (nullable) a normalised address */
	const char *ladder;         /* (nullable) a ladder name */
	gboolean set_credit_limit;
	gint64 credit_limit_cents;
	const GDate *pause_until;   /* (nullable) with pause_reason */
	const char *pause_reason;
	gboolean unpause;
	int exclude;                /* 1 exclude, -1 include, 0 unchanged */
} DmDebtorChange;

/* TRUE when @change changes nothing (the CLI then only prints). */
gboolean dm_debtor_change_empty(const DmDebtorChange *change);

/* Applies @change to debtor @email (created when new and @change is not empty) and
 * fills *@out with its settings as they now are (the caller clears it).  With an empty
 * @change it only reads: an unknown debtor is then DM_OWNER_ERROR_NO_INVOICE.
 * *@summary: what changed (transfer full), NULL when nothing did. */
gboolean dm_owner_debtor(DmLedger *ledger, const DmLadderSet *ladders, const char *email,
                         const DmDebtorChange *change, GDateTime *now, DmDebtorSettings *out,
                         char **summary, GError **error);
