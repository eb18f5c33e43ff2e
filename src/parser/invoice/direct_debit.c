/* direct_debit: whether a text names a direct debit (dm-direct-debit.h), from the one list
 * of words the other rules set in their own patterns.
 * Failures: none. */
#include "parser/invoice/dm-direct-debit.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

static DmPattern direct_debit = DM_PATTERN(
	"\\b(?:" DM_DIRECT_DEBIT_NOUN_RE "|" DM_DIRECT_DEBIT_DONE_RE
	"|einziehen|abbuchen|automatisch\\s+(?:afgeschreven|geïnd)|will\\s+(?:be\\s+)?collect(?:ed)?)\\b"
	/* The separable verb: "wir ziehen den Betrag … am 04.01. ein". */
	"|\\bziehen\\b(?:[^.!?\\n]|\\.(?=\\S)){0,80}\\bein\\b", PCRE2_CASELESS);

gboolean
dm_direct_debit_named(const char *text)
{
	DmMatch m;
	return text && dm_pattern_match(&direct_debit, text, strlen(text), 0, &m);
}
