/* test-reply-secondary: the second intent of a reply (secondary.c).
 *
 * /reply/secondary/choose: an intent counts from the threshold on; the class itself,
 *   other, auto_reply and bounce never; of several, the most probable.
 * /reply/secondary/intents: with the shipped model, the intents' probabilities are
 *   probabilities of the five intents only, each its own (they need not sum to 1); a
 *   question asked beside a payment is its second intent, an arrangement asked as a
 *   question has no question beside it, a plain promise and a bare acknowledgement have
 *   none, and what dm_reply_analyze reads of a composed message is the same.
 * /reply/secondary/acts-alone: a reply acts by itself from the threshold on, except an
 *   "other" or an out-of-office with a second intent, which is held for the owner however
 *   sure; an intent with a second intent still acts.
 * /reply/secondary/acts-alone-brief, text-brief: an "other" of a word or three ("ok",
 *   "ja", a thumbs-up) is held, the same words read as an intent act; what counts as
 *   brief.
 * /reply/secondary/reminder-waved-off: a payment or a promise whose second intent of
 *   question comes only from the reminder waved off ("no longer any need to send
 *   reminders", "herinneringen sturen is niet meer nodig", "weitere Mahnungen sind also
 *   nicht nötig") acts; one that asks something beside it (a question mark, a question
 *   rule: "kunt u bevestigen", "können Sie mir ... schicken"), one whose question has no
 *   waving off, and an "other" wait; each hold is named (dm_reply_held_by); with the
 *   shipped model the English sentence acts.
 * /reply/secondary/short-replies: with the shipped model, "Betaald!", "morgen" and
 *   "klopt niet" act, "ok" is other and held, saying why.
 * /reply/secondary/date-contradicts: a promise for a day before its message and a payment
 *   on a day after it contradict their class; the message's own day, the other side, the
 *   other classes and a missing day do not. */
#include "common/dm-clock.h"
#include "parser/mime/dm-gmime-autoptr.h"
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-features.h"
#include "test-dunning-util.h"

#include <string.h>

static void
test_choose(void)
{
	double p[DM_REPLY_N_CLASSES] = { 0 };
	p[DM_REPLY_CLASS_PAID] = 0.96;
	p[DM_REPLY_CLASS_QUESTION] = 0.41;
	p[DM_REPLY_CLASS_DISPUTE] = 0.12;
	p[DM_REPLY_CLASS_OTHER] = 0.7;
	p[DM_REPLY_CLASS_AUTO_REPLY] = 0.8;
	DmReplyClass best = DM_REPLY_CLASS_PAID;
	/* From the threshold on, not below it. */
	g_assert_cmpint(dm_reply_secondary_choose(p, best, 0.41), ==, DM_REPLY_CLASS_QUESTION);
	g_assert_cmpint(dm_reply_secondary_choose(p, best, 0.42), ==, DM_REPLY_CLASS_OTHER);
	/* Of two that reach it, the more probable. */
	g_assert_cmpint(dm_reply_secondary_choose(p, best, 0.1), ==, DM_REPLY_CLASS_QUESTION);
	p[DM_REPLY_CLASS_DISPUTE] = 0.5;
	g_assert_cmpint(dm_reply_secondary_choose(p, best, 0.1), ==, DM_REPLY_CLASS_DISPUTE);
	/* The class itself, other and an auto reply never, however probable. */
	g_assert_cmpint(dm_reply_secondary_choose(p, best, 0.6), ==, DM_REPLY_CLASS_OTHER);
	/* Another class: the most probable of the rest, this one included. */
	g_assert_cmpint(dm_reply_secondary_choose(p, DM_REPLY_CLASS_DISPUTE, 0.3), ==,
	                DM_REPLY_CLASS_PAID);
	/* dm_reply_rank_classes: the most probable class. */
	g_assert_cmpint(dm_reply_rank_classes(p), ==, DM_REPLY_CLASS_PAID);
}

/* The class and second intent of @text by the shipped model, as dm_reply_analyze reads
 * them from its features; the intents' probabilities into @present. */
static DmReplyClass
secondary_of(const char *text, DmReplyClass *best, double *present)
{
	double p[DM_REPLY_N_CLASSES];
	*best = dm_test_reply_probs(text, p);
	GDate ref;
	g_date_set_dmy(&ref, 23, G_DATE_NOVEMBER, 2026);
	const DmReplyModel *m = dm_test_reply_model();
	g_autoptr(GArray) f = dm_reply_features(text, &ref, dm_reply_model_bits(m), NULL);
	dm_reply_model_intents(m, f, present);
	return dm_reply_secondary(m, f, *best);
}

/* What dm_reply_analyze reads of @text sent as a plain reply on Monday 23 November 2026. */
static DmReplyAnalysis *
analyze_text(const char *text)
{
	g_autofree char *raw = g_strdup_printf(
		"From: Klant <klant@debtor.example>\r\nTo: billing@acme.example\r\n"
		"Subject: Re: Herinnering factuur 2026-0042\r\n"
		"Date: Mon, 23 Nov 2026 10:00:00 +0100\r\nMessage-ID: <r1@debtor.example>\r\n"
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n", text);
	g_autoptr(GError) err = NULL;
	g_autoptr(GMimeMessage) msg = dm_message_parse(raw, strlen(raw), &err);
	g_assert_no_error(err);
	return dm_reply_analyze(msg, dm_test_reply_model());
}

static void
test_intents(void)
{
	double present[DM_REPLY_N_CLASSES];
	DmReplyClass best;
	/* A payment, then a question of its own. */
	const char *asks = "Ik heb de factuur gisteren betaald. Kunt u mij een kwitantie sturen?";
	g_assert_cmpint(secondary_of(asks, &best, present), ==, DM_REPLY_CLASS_QUESTION);
	g_assert_cmpint(best, ==, DM_REPLY_CLASS_PAID);
	/* Probabilities of the five intents only, each its own: they need not sum to 1. */
	g_assert_cmpfloat(present[DM_REPLY_CLASS_OTHER], ==, 0);
	g_assert_cmpfloat(present[DM_REPLY_CLASS_AUTO_REPLY], ==, 0);
	g_assert_cmpfloat(present[DM_REPLY_CLASS_BOUNCE], ==, 0);
	for (int k = 0; k < DM_REPLY_N_CLASSES; k++) {
		g_assert_cmpfloat(present[k], >=, 0);
		g_assert_cmpfloat(present[k], <=, 1);
	}
	g_assert_cmpfloat(present[DM_REPLY_CLASS_PAID], >, 0.5);
	g_assert_cmpfloat(present[DM_REPLY_CLASS_QUESTION], >=, DM_REPLY_SECONDARY_MIN);
	/* What dm_reply_analyze reads of it as a message is the same. */
	g_autoptr(DmReplyAnalysis) a = analyze_text(asks);
	g_assert_cmpint(a->klass, ==, DM_REPLY_CLASS_PAID);
	g_assert_cmpint(a->secondary, ==, DM_REPLY_CLASS_QUESTION);
	/* An arrangement asked as a question, with a reason beside it: its question mark is
	 * the arrangement's, no question of its own. */
	const char *plan = "Ich bin noch in der Lehre und verdiene nicht viel. Wäre es möglich, die "
	                   "Rechnung in Raten von 150 Euro pro Monat zu bezahlen?";
	g_assert_cmpint(secondary_of(plan, &best, present), !=, DM_REPLY_CLASS_QUESTION);
	g_assert_cmpint(best, ==, DM_REPLY_CLASS_ARRANGEMENT);
	/* A plain promise carries nothing beside it. */
	g_assert_cmpint(secondary_of("Ik betaal vrijdag.", &best, present), ==,
	                DM_REPLY_CLASS_OTHER);
	g_assert_cmpint(best, ==, DM_REPLY_CLASS_PROMISE_TO_PAY);
	/* A bare acknowledgement: other, and no intent beside it. */
	g_assert_cmpint(secondary_of("Bedankt, goed ontvangen.", &best, present), ==,
	                DM_REPLY_CLASS_OTHER);
	g_assert_cmpint(best, ==, DM_REPLY_CLASS_OTHER);
}

static void
test_acts_alone(void)
{
	const DmReplyClass intents[] = { DM_REPLY_CLASS_DISPUTE, DM_REPLY_CLASS_PROMISE_TO_PAY,
	                                 DM_REPLY_CLASS_PAID, DM_REPLY_CLASS_ARRANGEMENT,
	                                 DM_REPLY_CLASS_QUESTION };
	const char *said = "Bedankt voor het bericht, ik geef het door aan onze boekhouding.";
	/* An intent's carrier: a forward read as a promise is held (care.c), so the intents
	 * below are carried by words that pass nothing on. */
	const char *plain = "Bedankt voor het bericht over de rekening van maart.";
	/* Other alone acts (it changes nothing) from the threshold on, not below it. */
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_OTHER, DM_REPLY_CLASS_OTHER, said, 0.95,
	                                  0.94));
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_OTHER, DM_REPLY_CLASS_OTHER, said, 0.94,
	                                  0.94));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_OTHER, DM_REPLY_CLASS_OTHER, said, 0.93,
	                                   0.94));
	/* The text unknown (NULL): judged by the classes alone. */
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_OTHER, DM_REPLY_CLASS_OTHER, NULL, 0.95,
	                                  0.94));
	for (gsize i = 0; i < G_N_ELEMENTS(intents); i++) {
		/* Other or an out-of-office with a second intent: held, even at certainty. */
		g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_OTHER, intents[i], said, 1.0, 0.94));
		g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_AUTO_REPLY, intents[i], said, 1.0,
		                                   0.94));
		/* An intent acts by its confidence, alone or with a second intent that asks
		 * nothing; one that also asks something waits for its answer, even at
		 * certainty. */
		g_assert_true(dm_reply_acts_alone(intents[i], DM_REPLY_CLASS_OTHER, plain, 0.99, 0.94));
		for (gsize j = 0; j < G_N_ELEMENTS(intents); j++) {
			if (j == i)
				continue;
			gboolean asks = intents[j] == DM_REPLY_CLASS_QUESTION;
			g_assert_cmpint(dm_reply_acts_alone(intents[i], intents[j], plain, 1.0, 0.94), ==,
			                !asks);
		}
		g_assert_false(dm_reply_acts_alone(intents[i], DM_REPLY_CLASS_OTHER, said, 0.5, 0.94));
	}
	/* An out-of-office alone acts by its confidence; under a typed payment or promise it
	 * waits, the model's intents silent or not. */
	g_assert_true(dm_reply_acts_alone(DM_REPLY_CLASS_AUTO_REPLY, DM_REPLY_CLASS_OTHER,
	                                  "Ik ben afwezig tot en met 2 januari.", 0.99, 0.94));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_AUTO_REPLY, DM_REPLY_CLASS_OTHER,
	                                   "Is betaald.\n\nIk ben afwezig tot en met 2 januari.",
	                                   0.99, 0.94));
	g_assert_false(dm_reply_acts_alone(DM_REPLY_CLASS_AUTO_REPLY, DM_REPLY_CLASS_OTHER,
	                                   "Betaald!\n\nIk ben afwezig tot en met 2 januari.", 0.99,
	                                   0.94));
}

/* A reply of a word or three read as other may consent to the reminder or only
 * acknowledge it: held, however sure; the same words read as an intent act, and so does
 * a longer other. */
static void
test_acts_alone_brief(void)
{
	static const struct {
		const char *text;
		DmReplyClass klass;
		gboolean acts;
	} rows[] = {
		{ "ok", DM_REPLY_CLASS_OTHER, FALSE },
		{ "ja", DM_REPLY_CLASS_OTHER, FALSE },
		{ "\xF0\x9F\x91\x8D", DM_REPLY_CLASS_OTHER, FALSE },  /* a thumbs-up */
		{ "Ok merci!", DM_REPLY_CLASS_OTHER, FALSE },
		{ "ok\n\nGr Marloes", DM_REPLY_CLASS_OTHER, FALSE },
		{ "Passt, danke.", DM_REPLY_CLASS_OTHER, FALSE },
		{ "Yes.", DM_REPLY_CLASS_OTHER, FALSE },
		{ "Bedankt, ik stuur het door naar onze boekhouder.", DM_REPLY_CLASS_OTHER, TRUE },
		{ "Please send future invoices to ap@example.org", DM_REPLY_CLASS_OTHER, TRUE },
		/* A clear short reply acts. */
		{ "Betaald!", DM_REPLY_CLASS_PAID, TRUE },
		{ "morgen", DM_REPLY_CLASS_PROMISE_TO_PAY, TRUE },
		{ "klopt niet", DM_REPLY_CLASS_DISPUTE, TRUE },
		{ "erledigt \xF0\x9F\x91\x8D", DM_REPLY_CLASS_PAID, TRUE },
		/* A payment the reply asks about or denies waits (a review's inputs), one said
		 * plainly acts. */
		{ "Paid this morning? No, not yet", DM_REPLY_CLASS_PAID, FALSE },
		{ "Gisteren betaald? Nee, nog niet.", DM_REPLY_CLASS_PAID, FALSE },
		{ "Heute bezahlt? Nein.", DM_REPLY_CLASS_PAID, FALSE },
		{ "Paid nothing yet.", DM_REPLY_CLASS_PAID, FALSE },
		{ "Bezahlt, nee.", DM_REPLY_CLASS_PAID, FALSE },
		{ "No worries, paid it yesterday.", DM_REPLY_CLASS_PAID, TRUE },
		{ "Gisteren betaald, geen probleem.", DM_REPLY_CLASS_PAID, TRUE },
		{ "Notified the bank, paid on Monday.", DM_REPLY_CLASS_PAID, TRUE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		g_test_message("%s", rows[i].text);
		g_assert_cmpint(dm_reply_acts_alone(rows[i].klass, DM_REPLY_CLASS_OTHER, rows[i].text,
		                                    0.99, 0.94), ==, rows[i].acts);
	}
}

/* A second intent of question that is only the reminder waved off asks nothing. */
static void
test_reminder_waved_off(void)
{
	static const struct {
		const char *text;
		DmReplyClass klass;
		gboolean acts;
	} rows[] = {
		{ "I paid the full amount yesterday, so there is no longer any need to send reminders.",
		  DM_REPLY_CLASS_PAID, TRUE },
		{ "Ik heb gisteren alles betaald, dus herinneringen sturen is niet meer nodig.",
		  DM_REPLY_CLASS_PAID, TRUE },
		{ "Habe gestern alles bezahlt, weitere Mahnungen sind also nicht nötig.",
		  DM_REPLY_CLASS_PAID, TRUE },
		{ "Settled this morning, so no need to send any more reminders.",
		  DM_REPLY_CLASS_PAID, TRUE },
		{ "Überweisung ist raus, die Mahnung ist damit überflüssig.", DM_REPLY_CLASS_PAID, TRUE },
		{ "Ik maak het vrijdag over, een aanmaning is dus niet nodig.",
		  DM_REPLY_CLASS_PROMISE_TO_PAY, TRUE },
		/* A real question beside the wave: held. */
		{ "I paid yesterday, so no need for reminders. Could you confirm it arrived?",
		  DM_REPLY_CLASS_PAID, FALSE },
		{ "Ik heb gisteren betaald, herinneringen zijn niet meer nodig. Kunt u bevestigen dat het "
		  "bedrag binnen is", DM_REPLY_CLASS_PAID, FALSE },
		{ "Habe gestern bezahlt, weitere Mahnungen sind nicht nötig. Können Sie mir eine "
		  "Quittung schicken", DM_REPLY_CLASS_PAID, FALSE },
		/* No waving off: the question stands. */
		{ "Ich habe gestern bezahlt und bekomme trotzdem eine Mahnung.", DM_REPLY_CLASS_PAID,
		  FALSE },
		{ "Paid in full last week, still getting reminders from you.", DM_REPLY_CLASS_PAID, FALSE },
		/* Not a payment or a promise: the question stands. */
		{ "Herinneringen sturen is niet meer nodig.", DM_REPLY_CLASS_DISPUTE, FALSE },
		/* A question asked without its mark, beside the wave: a tag ("toch", "oder",
		 * "right") or a question's own order ("or do you still see it open", "Of ziet
		 * u …"): held, doubt falls to the owner. */
		{ "Paid yesterday, so no need for reminders — or do you still see it open",
		  DM_REPLY_CLASS_PAID, FALSE },
		{ "Paid in full, so reminders are not needed any more, right", DM_REPLY_CLASS_PAID,
		  FALSE },
		{ "Betaald, dus herinneringen zijn niet meer nodig, toch", DM_REPLY_CLASS_PAID, FALSE },
		{ "Betaald. Hoeft u geen herinnering meer te sturen, toch", DM_REPLY_CLASS_PAID, FALSE },
		{ "Ik heb betaald, een herinnering is niet meer nodig. Of ziet u het nog openstaan",
		  DM_REPLY_CLASS_PAID, FALSE },
		{ "Habe gestern bezahlt, weitere Mahnungen sind also nicht nötig, oder",
		  DM_REPLY_CLASS_PAID, FALSE },
		{ "Habe bezahlt, Mahnungen sind also überflüssig. Oder sehen Sie noch einen offenen "
		  "Betrag", DM_REPLY_CLASS_PAID, FALSE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		g_test_message("%s", rows[i].text);
		g_assert_cmpint(dm_reply_acts_alone(rows[i].klass, DM_REPLY_CLASS_QUESTION, rows[i].text,
		                                    0.99, 0.94), ==, rows[i].acts);
		g_assert_cmpint(dm_reply_held_by(rows[i].klass, DM_REPLY_CLASS_QUESTION,
		                                 rows[i].text, NULL) == NULL, ==, rows[i].acts);
	}
	g_assert_cmpstr(dm_reply_held_by(DM_REPLY_CLASS_PAID, DM_REPLY_CLASS_QUESTION,
	                                 "Paid in full last week, still getting reminders from you.",
	                                 NULL),
	                ==, "it also asks something");
	g_assert_null(dm_reply_held_by(DM_REPLY_CLASS_PAID, DM_REPLY_CLASS_OTHER,
	                               "Paid in full last week.", NULL));
	g_autoptr(DmReplyAnalysis) a = analyze_text("I paid the full amount yesterday, so there is no "
	                                            "longer any need to send reminders.");
	g_assert_cmpint(a->klass, ==, DM_REPLY_CLASS_PAID);
	g_assert_true(a->confident);
}

/* With the shipped model, as dm_reply_analyze reads them: a clear short reply acts, a
 * bare consent is other and waits for the owner, saying why. */
static void
test_short_replies(void)
{
	static const struct {
		const char *text;
		DmReplyClass klass;
		gboolean confident;
	} rows[] = {
		{ "Betaald!", DM_REPLY_CLASS_PAID, TRUE },
		{ "morgen", DM_REPLY_CLASS_PROMISE_TO_PAY, TRUE },
		{ "klopt niet", DM_REPLY_CLASS_DISPUTE, TRUE },
		{ "ok", DM_REPLY_CLASS_OTHER, FALSE },
		{ "Ok merci", DM_REPLY_CLASS_OTHER, FALSE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		g_test_message("%s", rows[i].text);
		g_autoptr(DmReplyAnalysis) a = analyze_text(rows[i].text);
		g_assert_cmpint(a->klass, ==, rows[i].klass);
		g_assert_cmpint(a->confident, ==, rows[i].confident);
	}
	g_autoptr(DmReplyAnalysis) ok = analyze_text("ok");
	const char *last = g_ptr_array_index(ok->explain, ok->explain->len - 1);
	g_assert_cmpstr(last, ==, "a word or three, read as other: not acted on");
}

/* What counts as brief: at most three words (an emoji one), punctuation none. */
static void
test_text_brief(void)
{
	static const struct {
		const char *text;
		gboolean brief;
	} rows[] = {
		{ "ok", TRUE },
		{ "??", TRUE },
		{ "", TRUE },
		{ "\xF0\x9F\x91\x8D\xF0\x9F\x91\x8D", TRUE },
		{ "Ok, prima, dank!", TRUE },
		{ "ok volgende week dan", FALSE },
		{ "Ok, thanks. Kind regards, John", FALSE },
		{ "okokokokokokokokokokokokokokokokokokokokokokokokokokokokokokokokokokokokokokokokok",
		  FALSE },      /* longer than any three words */
	};
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		g_test_message("%s", rows[i].text);
		g_assert_cmpint(dm_reply_text_brief(rows[i].text), ==, rows[i].brief);
	}
}

static void
test_date_contradicts(void)
{
	static const struct {
		DmReplyClass klass;
		const char *date;       /* NULL: none */
		gboolean contradicts;
	} rows[] = {
		{ DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-10-26", TRUE },
		{ DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-10-28", TRUE },
		{ DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-10-29", FALSE },     /* today */
		{ DM_REPLY_CLASS_PROMISE_TO_PAY, "2026-11-02", FALSE },
		{ DM_REPLY_CLASS_PROMISE_TO_PAY, NULL, FALSE },
		{ DM_REPLY_CLASS_PAID, "2026-10-30", TRUE },
		{ DM_REPLY_CLASS_PAID, "2026-10-29", FALSE },
		{ DM_REPLY_CLASS_PAID, "2026-10-26", FALSE },
		{ DM_REPLY_CLASS_PAID, NULL, FALSE },
		/* Others name days on either side without saying which way a payment went. */
		{ DM_REPLY_CLASS_ARRANGEMENT, "2026-10-01", FALSE },
		{ DM_REPLY_CLASS_DISPUTE, "2026-12-01", FALSE },
		{ DM_REPLY_CLASS_QUESTION, "2026-10-01", FALSE },
		{ DM_REPLY_CLASS_AUTO_REPLY, "2026-10-01", FALSE },
		{ DM_REPLY_CLASS_OTHER, "2026-12-01", FALSE },
	};
	GDate sent, none;
	g_date_set_dmy(&sent, 29, 10, 2026);
	g_date_clear(&none, 1);
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		GDate d;
		g_date_clear(&d, 1);
		if (rows[i].date)
			g_assert_true(dm_date_parse_iso(rows[i].date, &d));
		g_assert_cmpint(dm_reply_date_contradicts(rows[i].klass, &d, &sent), ==,
		                rows[i].contradicts);
		/* Without the message's day nothing can be said. */
		g_assert_false(dm_reply_date_contradicts(rows[i].klass, &d, &none));
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/reply/secondary/choose", test_choose);
	g_test_add_func("/reply/secondary/intents", test_intents);
	g_test_add_func("/reply/secondary/acts-alone", test_acts_alone);
	g_test_add_func("/reply/secondary/acts-alone-brief", test_acts_alone_brief);
	g_test_add_func("/reply/secondary/text-brief", test_text_brief);
	g_test_add_func("/reply/secondary/reminder-waved-off", test_reminder_waved_off);
	g_test_add_func("/reply/secondary/short-replies", test_short_replies);
	g_test_add_func("/reply/secondary/date-contradicts", test_date_contradicts);
	return g_test_run();
}
