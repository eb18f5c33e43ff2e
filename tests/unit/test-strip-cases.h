/* test-strip-cases: the table the stripping tests share — a named input and the exact new
 * text dm_reply_strip_quotes must leave of it.  Header-only (static inline): each test is
 * one program. */
#pragma once
#include "parser/reply/dm-reply.h"

#include <string.h>

typedef struct {
	const char *name;
	const char *in;
	const char *want;
} DmStripCase;

/* Fails the test at the first case of @cases (@n of them) whose stripped text is not its
 * want, naming @kind and the case, and showing both texts. */
static inline void
dm_test_strip_cases(const char *kind, const DmStripCase *cases, gsize n)
{
	for (gsize i = 0; i < n; i++) {
		g_autofree char *got = dm_reply_strip_quotes(cases[i].in);
		if (strcmp(got, cases[i].want) != 0)
			g_error("%s case %s: got\n\"%s\"\nwant\n\"%s\"", kind, cases[i].name, got,
			        cases[i].want);
	}
}
