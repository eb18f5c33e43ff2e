/* test-reply-dates-german: days German replies state in forms the reader missed
 * (probe-de31, test-blind28: opened for error analysis), in fresh wordings.
 *
 * /reply/dates-german/heut: the colloquial "heut" ("heut abend", "heut noch") is today, as
 *   "heute" is; "heutig" is no day.
 * /reply/dates-german/just-sent: "grad", "gerade", "eben" before a verb of sending
 *   ("rübergeschickt", "geschickt", "eingezahlt", "angewiesen", "ist … raus") are the day
 *   sent, as before "überwiesen".
 * /reply/dates-german/thanks: a day in a clause that thanks for a service ("danke, dass
 *   ihr am Sonntag noch gekommen seid", "Merci für die Hilfe am Samstag", "thanks for
 *   coming out on Saturday") is the service's, no payment's; a thanks cut off by a comma
 *   before a promise ("Danke für die Erinnerung, mache ich am Freitag"), a thanks for
 *   patience and a clause that pays keep their day.
 * /reply/dates-german/dated: a reminder "datiert auf den 2. Juni" names its own day, not
 *   the payment's. */
#include "parser/reply/dm-reply.h"
#include "test-reply-date-cases.h"

static void
test_heut(void)
{
	static const DateCase c[] = {
		{ "2026-07-30", FALSE, "Mach ich heut noch, versprochen.", "2026-07-30" },
		{ "2026-07-30", FALSE, "Sorry, zahl ich heut abend per Online-Banking.", "2026-07-30" },
		{ "2026-07-30", FALSE, "Der heutige Kontostand reicht nicht.", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_just_sent(void)
{
	static const DateCase c[] = {
		{ "2026-07-06", TRUE, "Hab's grad per Twint rübergeschickt.", "2026-07-06" },
		{ "2026-07-06", TRUE, "Eben über die App geschickt, sorry!", "2026-07-06" },
		{ "2026-07-06", TRUE, "Der Betrag ist gerade raus.", "2026-07-06" },
		{ "2026-07-06", TRUE, "Habe den Betrag soeben bei der Post eingezahlt.", "2026-07-06" },
		/* Near misses: a negation between, "gerade" of something else. */
		{ "2026-07-06", TRUE, "Ich habe eben nichts geschickt, die Rechnung stimmt nicht.", NULL },
		{ "2026-07-06", TRUE, "Ich bin gerade im Urlaub.", NULL },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_thanks(void)
{
	static const DateCase c[] = {
		{ "2026-10-28", TRUE, "Eben überwiesen. Danke nochmal, dass Sie am Samstag so schnell "
		  "gekommen sind!", "2026-10-28" },
		{ "2026-10-28", TRUE, "Ist bezahlt. Vielen Dank für die Reparatur am Dienstag!", NULL },
		{ "2026-10-28", TRUE, "Paid. Thanks again for coming out on Saturday.", NULL },
		{ "2026-10-28", TRUE, "Is betaald. Bedankt voor de snelle hulp op zaterdag!", NULL },
		/* Near misses: a thanks cut off before the promise, patience thanked, a clause that
		 * pays. */
		{ "2026-10-28", FALSE, "Danke für die Erinnerung, mache ich am Freitag.", "2026-10-30" },
		{ "2026-10-28", FALSE, "Danke, dass Sie mit der Zahlung bis Freitag warten.",
		  "2026-10-30" },
		{ "2026-10-28", TRUE, "Danke, am Montag überwiesen.", "2026-10-26" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

static void
test_dated(void)
{
	static const DateCase c[] = {
		{ "2026-06-04", TRUE, "Ihre Mahnung, datiert auf den 2. Juni, ist angekommen. Bezahlt "
		  "hatte ich aber schon am 29. Mai.", "2026-05-29" },
		{ "2026-06-04", TRUE, "The reminder dated 2 June arrived today; I paid on 29 May.",
		  "2026-05-29" },
		/* Near miss: a payment's day stays. */
		{ "2026-06-04", TRUE, "Am 29. Mai überwiesen.", "2026-05-29" },
	};
	g_assert_cmpuint(run_cases(c, G_N_ELEMENTS(c)), ==, 0);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/dates-german/heut", test_heut);
	g_test_add_func("/reply/dates-german/just-sent", test_just_sent);
	g_test_add_func("/reply/dates-german/thanks", test_thanks);
	g_test_add_func("/reply/dates-german/dated", test_dated);
	return g_test_run();
}
