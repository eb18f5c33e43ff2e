/* dm-ledger-schema: migration texts, private to the ledger. */
#pragma once
#include "dunning/ledger/dm-ledger.h"

/* (transfer none) the SQL that takes the schema from @version - 1 to @version. */
const char *dm_ledger_migration(int version);
