/* for_client: an office that sends an invoice for its client (dm-for-client.h).
 * The sentence that names the client is the one that hands the invoice over; a client
 * named elsewhere in the mail (a signature's "accountants for …") says nothing about it.
 * Failures: none. */
#include "parser/invoice/dm-for-client.h"
#include "parser/invoice/dm-own-words.h"
#include "parser/text/dm-pattern.h"
#include "parser/text/dm-sentence.h"

#include <string.h>

/* Acting for a client: the office's words for the one it keeps the books of. */
static DmPattern for_client = DM_PATTERN(
	"\\b(?:namens|in\\s+opdracht\\s+van|voor\\s+rekening\\s+van)\\s+(?:onze|ons)\\s+(?:klant|cli[ëe]nt|cli[ëe]nte|opdrachtgever)\\b"
	"|\\b(?:im\\s+auftrag|im\\s+namen|f(?:ü|ue)r)\\s+(?:unseres|unserer|unseren|unsere)\\s+(?:mandant(?:en|in)?|kunden|kundin)\\b"
	"|\\bon\\s+behalf\\s+of\\s+(?:our|my)\\s+client\\b",
	PCRE2_CASELESS | PCRE2_UTF);

gboolean
dm_for_client_hands_over(const char *text)
{
	if (!text)
		return FALSE;
	gsize len = strlen(text);
	DmMatch m;
	for (gsize off = 0; dm_pattern_match(&for_client, text, len, off, &m); off = dm_match_next(&m, len)) {
		gsize from, to;
		dm_sentence_around(text, len, m.start[0], m.end[0], &from, &to);
		g_autofree char *sentence = g_strndup(text + from, to - from);
		if (dm_own_words_hands_over(sentence))
			return TRUE;
	}
	return FALSE;
}
