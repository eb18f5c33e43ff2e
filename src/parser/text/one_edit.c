/* one_edit: two words one slip apart (dm-one-edit.h).  Compared by character after case
 * folding, so that "Rechnug" is one slip from "rechnung" and "Rëchnung" counts its "ë" as
 * one character.  Words here are short (a label's word): the comparison walks both once.
 * Failures: none. */
#include "parser/text/dm-one-edit.h"

#include <string.h>

/* (transfer full) @s case-folded as UCS-4; @n its length. */
static gunichar *
folded_chars(const char *s, glong *n)
{
	g_autofree char *folded = g_utf8_casefold(s, -1);
	gunichar *u = g_utf8_to_ucs4_fast(folded, -1, n);
	return u;
}

/* TRUE when @longer (@n + 1 characters) is @shorter (@n) with one character put in. */
static gboolean
one_inserted(const gunichar *shorter, glong n, const gunichar *longer)
{
	glong i = 0;
	while (i < n && shorter[i] == longer[i])
		i++;
	for (glong j = i; j < n; j++)
		if (shorter[j] != longer[j + 1])
			return FALSE;
	return TRUE;
}

gboolean
dm_one_edit_apart(const char *a, const char *b)
{
	g_return_val_if_fail(a != NULL && b != NULL, FALSE);
	glong na, nb;
	g_autofree gunichar *ua = folded_chars(a, &na);
	g_autofree gunichar *ub = folded_chars(b, &nb);
	if (na == nb + 1)
		return one_inserted(ub, nb, ua);
	if (nb == na + 1)
		return one_inserted(ua, na, ub);
	if (na != nb)
		return FALSE;
	glong first = -1, second = -1;
	for (glong i = 0; i < na; i++) {
		if (ua[i] == ub[i])
			continue;
		if (first < 0)
			first = i;
		else if (second < 0)
			second = i;
		else
			return FALSE;
	}
	if (first < 0)
		return FALSE;                       /* equal */
	if (second < 0)
		return TRUE;                        /* one replaced */
	/* two differ: only a swap of neighbours is one slip */
	return second == first + 1 && ua[first] == ub[second] && ua[second] == ub[first];
}
