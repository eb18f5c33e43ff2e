/* dm-digest-note: why a reply did not act by itself, in the owner's language.  dunmaild
 * stores the reason as a code beside its English note (DmReplyNote); the digest words it
 * here from the code and the reply's row as it stands now, so a reply that has let some of
 * its invoices go names only those it still holds.  `dunmail replies` and `show` keep the
 * English note. */
#pragma once
#include "dunning/ledger/dm-ledger-types.h"

/* (transfer full) the note of @r in @language (nl, en, de); the note as written when the
 * row has no code (a reply recorded by an older dunmail); NULL when it has no note.
 * @debtor (nullable) names the debtor of the reply's invoice, for a sender who is not it. */
char *dm_digest_reply_note(const char *language, const DmReplyRow *r, const char *debtor);
