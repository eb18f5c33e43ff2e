/* dm-valgrind: is this process running under valgrind (make check VALGRIND=1)?
 *
 * Two things valgrind cannot follow are turned off under it, and only there: PCRE2's JIT
 * (machine code made at run time, which memcheck reads as uninitialised jumps; the
 * interpreter gives the same matches) and the parse child's address-space budget (valgrind
 * reserves more than any budget).  Without valgrind's header this is always FALSE. */
#pragma once
#include <glib.h>
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define DM_HAVE_VALGRIND_H 1
#endif
#endif

static inline gboolean
dm_under_valgrind(void)
{
#ifdef DM_HAVE_VALGRIND_H
	return RUNNING_ON_VALGRIND != 0;
#else
	return FALSE;
#endif
}
