/* test-reply-accepts-offer: a short yes under instalments the quoted mail offered is an
 * arrangement that waits for the owner (accepts_offer.c; after test-blind21's misses were
 * read).  The sentences are fresh, none from a corpus file.
 *
 * /reply/accepts-offer/words: dm_reply_accepts_offer on the reply's own words and the
 *   whole text; near misses: the same yes under a letter that offers no plan (dunmail's own
 *   "Ik wil een betalingsregeling" answer link among them), a yes with a day or a payment
 *   of its own, a question, a refusal, a long reply.
 * /reply/accepts-offer/analysis: end to end on a mail, the yes read as an arrangement and
 *   not acted on; near miss: the same yes under a plain reminder is no arrangement. */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-accepts-offer.h"
#include "parser/mime/dm-message.h"

#include <string.h>

static const char OFFER_NL[] = "> Wij kunnen u ook aanbieden het bedrag in drie termijnen van € 120,00 te voldoen.\n";
static const char OFFER_EN[] = "> If it helps, we can split this into 4 monthly payments of £80.\n";
static const char OFFER_DE[] = "> Sie können den Betrag gern in zwei Raten begleichen.\n";
static const char LETTER_NL[] = "> Uw factuur F-2026-118 staat nog open.\n>   Ik wil een betalingsregeling: https://x.example/p\n";

static void
test_words(void)
{
	static const struct {
		const char *own, *quote;
		gboolean accepts;
	} cases[] = {
		{ "prima, doen we", OFFER_NL, TRUE },
		{ "ja graag, dat scheelt echt", OFFER_NL, TRUE },
		{ "sounds good, thank you so much", OFFER_EN, TRUE },
		{ "👍", OFFER_DE, TRUE },
		{ "einverstanden, danke", OFFER_DE, TRUE },
		/* near misses */
		{ "prima, doen we", LETTER_NL, FALSE },
		{ "ok thanks", "> Invoice INV-22 is now 14 days overdue.\n", FALSE },
		{ "ja graag, vanaf 1 februari", OFFER_NL, FALSE },
		{ "prima, maar liever in vier", OFFER_NL, FALSE },
		{ "ok, already paid it", OFFER_EN, FALSE },
		{ "nee dank je", OFFER_NL, FALSE },
		{ "Please remove me from your mailing list", OFFER_EN, FALSE },
		{ "passt das auch in drei?", OFFER_DE, FALSE },
		{ "thanks for the offer but I would much rather pay the whole thing next week once my wages are in",
		  OFFER_EN, FALSE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *body = g_strconcat(cases[i].quote, "\n", cases[i].own, "\n", NULL);
		if (dm_reply_accepts_offer(cases[i].own, body) != cases[i].accepts)
			g_error("\"%s\" under \"%s\": want %d", cases[i].own, cases[i].quote, cases[i].accepts);
	}
}

static DmReplyAnalysis *
analyze(const char *text)
{
	g_autofree char *raw = g_strdup_printf(
		"From: Sanne de Wit <sanne@example.nl>\nTo: facturen@example.com\nSubject: Re: Factuur F-2026-118\n"
		"Date: Tue, 01 Dec 2026 20:10:00 +0100\nMessage-ID: <a1@example.nl>\n"
		"Content-Type: text/plain; charset=utf-8\n\n%s", text);
	g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), NULL);
	g_assert_nonnull(msg);
	return dm_reply_analyze(msg, NULL);
}

static void
test_analysis(void)
{
	g_autofree char *text = g_strconcat(OFFER_NL, "\nja graag, dat zou echt helpen\n", NULL);
	g_autoptr(DmReplyAnalysis) a = analyze(text);
	g_assert_cmpstr(dm_reply_class_name(a->klass), ==, "arrangement");
	g_assert_false(a->confident);
	g_assert_cmpstr(a->matched_rule, ==, "accepts_offer");

	g_autoptr(DmReplyAnalysis) b = analyze("> Uw factuur F-2026-118 staat nog open.\n\nja graag, dat zou echt helpen\n");
	g_assert_cmpstr(b->matched_rule ? b->matched_rule : "", !=, "accepts_offer");

	/* Near misses: a payment or a day read from the words declines the plan and stands. */
	static const struct {
		const char *own, *klass;
	} stands[] = {
		{ "Bedankt, ik heb het hele bedrag net overgeboekt.", "paid" },
		{ "Bedankt, ik betaal alles in een keer op vrijdag.", "promise_to_pay" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(stands); i++) {
		g_autofree char *t = g_strconcat(OFFER_NL, "\n", stands[i].own, "\n", NULL);
		g_autoptr(DmReplyAnalysis) c = analyze(t);
		g_assert_cmpstr(dm_reply_class_name(c->klass), ==, stands[i].klass);
		g_assert_cmpstr(c->matched_rule ? c->matched_rule : "", !=, "accepts_offer");
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_mime_init();
	g_test_add_func("/reply/accepts-offer/words", test_words);
	g_test_add_func("/reply/accepts-offer/analysis", test_analysis);
	return g_test_run();
}
