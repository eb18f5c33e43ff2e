/* dm-verp-secret: which secret signs our VERP tags (dm-verp.h).
 *
 * `[mail] verp_secret` when the configuration sets it (so several dunmaild, or a restored
 * ledger, agree); otherwise a random one that dunmail generates the first time it sends
 * and keeps in the ledger's meta table ("verp_secret"), so the administrator has nothing
 * to set up and a bounce still verifies after a restart.  Changing the secret makes the
 * bounces of mail sent before the change unprovable (they are then shown, not acted on).
 */
#pragma once
#include "common/dm-config.h"
#include "dunning/ledger/dm-ledger.h"

/* *@secret_out (transfer full): the secret in use, or NULL when none was ever made (then
 * no tag can verify).  Reads only; safe inside a transaction. */
gboolean dm_verp_secret_get(const DmConfig *config, DmLedger *ledger, char **secret_out,
                            GError **error);

/* Like dm_verp_secret_get(), but generates and stores the secret when there is none, in a
 * transaction of its own: call it outside one.  Never NULL on success. */
gboolean dm_verp_secret_ensure(const DmConfig *config, DmLedger *ledger, char **secret_out,
                               GError **error);
