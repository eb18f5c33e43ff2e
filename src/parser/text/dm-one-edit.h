/* dm-one-edit: whether two words differ by a single slip of the hand (one_edit.c): a
 * letter left out, one too many, one wrong, or two neighbours swapped — how a word typed in
 * haste goes wrong ("Rechnug", "Factuurr", "Invocie").  Pure. */
#pragma once
#include <glib.h>

/* TRUE when @a and @b (UTF-8, compared by character without case) are one slip apart: one
 * character deleted, inserted or replaced, or two neighbours swapped.  FALSE when equal. */
gboolean dm_one_edit_apart(const char *a, const char *b);
