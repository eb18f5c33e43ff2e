/* dm-corrections: the owner's corrections of a reply's class, kept with the reply's text
 * and both classes.  Written by `dunmail reclassify` (dm_owner_reclassify), read by
 * `dunmail corrections` and by the training of a local model. */
#pragma once
#include "dunning/ledger/dm-ledger.h"

/* Records @c (reply_id, original, corrected, at required; reply_text and date optional);
 * its id in *@id_out when non-NULL. */
gboolean dm_ledger_correction_add(DmLedger *ledger, const DmCorrection *c, gint64 *id_out,
                                  GError **error);

/* (transfer full) of DmCorrection*, oldest first; NULL with @error. */
GPtrArray *dm_ledger_corrections_list(DmLedger *ledger, GError **error);
