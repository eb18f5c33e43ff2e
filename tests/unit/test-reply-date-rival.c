/* test-reply-date-rival: a promise's day the reader chose between two it could not tell
 * apart (dm_reply_scan_date_rivalled), so that the reply waits for the owner.
 *
 * /reply/date-rival/moved-on: a later day of paying stated after the one kept, both the
 * writer's own ("ik betaal het de 12e, ik maak het de 13e over"): rivalled.
 * /reply/date-rival/income-first: the writer's own later day after the day money comes
 * to him ("my customer pays me on the 9th, I transfer yours on the 10th"): the later,
 * not rivalled (session 34: the customer's day is no payment of the writer's).
 * /reply/date-rival/one-day: what names one day however many words it takes — a single
 * day, two days offered ("Thursday or Friday"), a day told after a holiday, the money's
 * arrival after its sending, the day after the one named ("na de 12e"), a later day in a
 * part of its own that pays nothing ("..., you'll have it Monday"): not rivalled. */
#include "parser/reply/dm-reply-dates.h"

typedef struct {
	const char *sent;       /* YYYY-MM-DD */
	const char *text;
} Case;

static gboolean
rivalled(const Case *c)
{
	GDate ref, day;
	g_date_clear(&ref, 1);
	g_date_set_parse(&ref, c->sent);
	g_assert_true(g_date_valid(&ref));
	g_autoptr(DmReplyDateScan) scan = dm_reply_date_scan_new_typed(c->text);
	DmReplyDatePrecision precision;
	g_assert_true(dm_reply_scan_find_date_precise(scan, &ref, FALSE, FALSE, &day, NULL,
	                                              &precision));
	return dm_reply_scan_date_rivalled(scan);
}

/* Each of @cases (@n) rivalled as @want says. */
static void
expect(const Case *cases, gsize n, gboolean want)
{
	for (gsize i = 0; i < n; i++) {
		g_test_message("%s", cases[i].text);
		g_assert_cmpint(rivalled(&cases[i]), ==, want);
	}
}

static void
test_moved_on(void)
{
	static const Case cases[] = {
		{ "2026-03-02", "Ik betaal het de 12e, ik maak het de 13e aan je over." },
		{ "2026-03-02", "I'll pay on the 9th and I'll transfer yours on the 10th." },
		{ "2026-03-02", "Ich zahle am 14., ich überweise Ihnen am 16." },
	};
	expect(cases, G_N_ELEMENTS(cases), TRUE);
}

/* The day @c's text gives, as ISO. */
static void
day_read(const Case *c, char iso[16])
{
	GDate ref, day;
	g_date_clear(&ref, 1);
	g_date_set_parse(&ref, c->sent);
	g_autoptr(DmReplyDateScan) scan = dm_reply_date_scan_new_typed(c->text);
	DmReplyDatePrecision precision;
	g_assert_true(dm_reply_scan_find_date_precise(scan, &ref, FALSE, FALSE, &day, NULL,
	                                              &precision));
	g_date_strftime(iso, 16, "%Y-%m-%d", &day);
}

static void
test_income_first(void)
{
	static const struct {
		Case c;
		const char *want;
	} cases[] = {
		{ { "2026-03-02", "Mijn opdrachtgever betaalt mij de 12e, ik maak het de 13e aan je "
		                  "over." }, "2026-03-13" },
		{ { "2026-03-02", "My customer settles with me on the 9th and I'll transfer yours on "
		                  "the 10th." }, "2026-03-10" },
		{ { "2026-03-02", "Mein Kunde zahlt am 14., ich überweise Ihnen am 16." }, "2026-03-16" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_test_message("%s", cases[i].c.text);
		char iso[16];
		day_read(&cases[i].c, iso);
		g_assert_cmpstr(iso, ==, cases[i].want);
		g_assert_false(rivalled(&cases[i].c));
	}
}

static void
test_one_day(void)
{
	static const Case cases[] = {
		{ "2026-03-02", "Ik betaal het op de 13e." },
		{ "2026-03-02", "I'll pay it Thursday or Friday." },
		/* ... also each with its date: the later one offered is kept, and the date
		 * after its weekday is the same day, no rival. */
		{ "2026-03-02", "Ik betaal donderdag 5 maart of vrijdag 6 maart." },
		{ "2026-03-02", "I'll pay Thursday the 5th or Friday the 6th." },
		{ "2026-03-02", "Ich zahle Donnerstag 5. März oder Freitag 6. März." },
		{ "2026-03-02", "Ich zahle morgen oder übermorgen." },
		{ "2026-03-25", "Ich zahle am Dienstag nach Ostern." },
		{ "2026-07-28", "I'll pay it the Tuesday after the bank holiday." },
		{ "2026-03-02", "The transfer goes out on Tuesday and should hit your account "
		                "on Wednesday." },
		{ "2026-03-02", "Mijn klant betaalt op 10 maart, na 10 maart betaal ik." },
		/* The later day in a part of its own that pays nothing: the money's arrival
		 * or the proof of it, however it is worded. */
		{ "2026-03-02", "I'll send the payment Friday, you'll have it Monday." },
		{ "2026-03-02", "Ik maak het vrijdag over, maandag heb je het binnen." },
		{ "2026-03-02", "Ich überweise am Freitag, gutgeschrieben wird es am Montag." },
		{ "2026-03-02", "Betaling volgt morgen, de bevestiging stuur ik maandag." },
	};
	expect(cases, G_N_ELEMENTS(cases), FALSE);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/date-rival/moved-on", test_moved_on);
	g_test_add_func("/reply/date-rival/one-day", test_one_day);
	g_test_add_func("/reply/date-rival/income-first", test_income_first);
	return g_test_run();
}
