/* dm-for-client: an accounting or bookkeeping office sends the invoice it made for its
 * client (for_client.c).  It often forwards the client's own request ("TR:", "WG:",
 * "FW:"), so the mail looks like a bill passed on; but its cover note hands the invoice to
 * the client's customer "on behalf of our client".  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* TRUE when one sentence of @text (nullable; a body) names a client the sender acts for
 * ("namens onze klant", "in opdracht van onze cliënt", "im Auftrag unseres Mandanten",
 * "für unsere Mandantin", "on behalf of our client") and hands an invoice over
 * (dm_own_words_hands_over): "Namens onze klant X sturen wij u hierbij de factuur".  A bill
 * passed on to the business's own bookkeeper ("Hierbij de factuur van de houthandel, kun
 * je deze inboeken?") names no client it acts for. */
gboolean dm_for_client_hands_over(const char *text);
