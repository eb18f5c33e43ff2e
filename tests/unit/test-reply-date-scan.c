/* test-reply-date-scan: one DmReplyDateScan asked again and again answers each question
 * as a scan of its own would.  The scan keeps what it read around each match (the
 * clause's tense and whether it pays, whether the date is a deadline, whether it ends a
 * time after which the thing is done) and its last answer to each way of looking
 * (classify_dates.c): a reply's date is looked for three or four times, and none of those
 * readings may depend on which was asked first.
 *
 * /reply/date-scan/cases: texts written to reach each reading (a payment's clause and
 * one that is not, a deadline, "tot ... daarna", a document's date, two dates on either
 * side), every question asked of a fresh scan and of one shared scan, in two orders and
 * twice, with two references and the first one again.
 * /reply/date-scan/corpus: the same for the text of every training reply
 * (corpus/replies/train-*.jsonl) against the day it was sent.
 * /reply/date-scan/capitals: the clause's words are still read in any ASCII case now that
 * their lists are looked up by the first byte first (clause_tense.c).
 * /reply/date-scan/edges: a date's word that is the whole text, its first or last bytes,
 * in capitals, or folded from a Kelvin sign is still seen by the look for the kinds'
 * words (which turns a word away when a pair of its bytes is missing from the text). */
#include "dunning/learn/dm-learn.h"
#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-reply-tense.h"

#include <string.h>

#define CORPUS_DIR "corpus/replies"

/* One question: a way of looking and its arguments. */
typedef enum { ASK_PRECISE, ASK_PAYMENT, ASK_PLAIN, ASK_N } Ask;

typedef struct {
	Ask ask;
	gboolean past, month_first;
} Question;

static const Question questions[] = {
	{ ASK_PRECISE, FALSE, FALSE }, { ASK_PRECISE, TRUE, FALSE }, { ASK_PRECISE, FALSE, TRUE },
	{ ASK_PRECISE, TRUE, TRUE }, { ASK_PAYMENT, FALSE, FALSE }, { ASK_PAYMENT, FALSE, TRUE },
	{ ASK_PLAIN, FALSE, FALSE }, { ASK_PLAIN, TRUE, FALSE },
};

typedef struct {
	gboolean found;
	GDate date;
	gsize offset;
	DmReplyDatePrecision precision;
} Answer;

static Answer
ask(DmReplyDateScan *scan, const Question *q, const GDate *reference)
{
	Answer a = { FALSE, { 0 }, G_MAXSIZE, DM_REPLY_DATE_VAGUE };
	g_date_clear(&a.date, 1);
	switch (q->ask) {
	case ASK_PRECISE:
		a.found = dm_reply_scan_find_date_precise(scan, reference, q->past, q->month_first,
		                                          &a.date, &a.offset, &a.precision);
		break;
	case ASK_PAYMENT:
		a.found = dm_reply_scan_find_payment_date(scan, reference, q->month_first, &a.date,
		                                          &a.offset);
		break;
	case ASK_PLAIN:
		a.found = dm_reply_scan_find_date(scan, reference, q->past, &a.date, &a.offset);
		break;
	case ASK_N:
		g_assert_not_reached();
	}
	return a;
}

static void
assert_same(const Answer *fresh, const Answer *shared, const char *text, const Question *q)
{
	if (fresh->found != shared->found ||
	    (fresh->found && (g_date_compare(&fresh->date, &shared->date) != 0 ||
	                      fresh->offset != shared->offset ||
	                      fresh->precision != shared->precision)))
		g_error("shared scan answers otherwise (way %d, past %d, month first %d): %s",
		        q->ask, q->past, q->month_first, text);
	/* Nothing written when nothing is found, as before. */
	if (!shared->found)
		g_assert_false(g_date_valid(&shared->date));
}

/* Every question of @text against each of @refs (@n_refs), asked of a fresh scan each
 * and of one shared scan, forwards and backwards, twice; the count of answers that
 * found a date. */
static guint
compare_text(const char *text, const GDate *refs, guint n_refs)
{
	guint n = G_N_ELEMENTS(questions), found = 0;
	g_autofree Answer *fresh = g_new(Answer, n * n_refs);
	for (guint r = 0; r < n_refs; r++)
		for (guint i = 0; i < n; i++) {
			g_autoptr(DmReplyDateScan) own = dm_reply_date_scan_new(text);
			fresh[r * n + i] = ask(own, &questions[i], &refs[r]);
			found += fresh[r * n + i].found;
		}
	for (int backwards = 0; backwards < 2; backwards++) {
		g_autoptr(DmReplyDateScan) shared = dm_reply_date_scan_new(text);
		for (int again = 0; again < 2; again++)
			/* Each question with every reference in turn, then with the first again:
			 * a remembered answer is for its own question and reference only. */
			for (guint step = 0; step < n; step++) {
				guint i = backwards ? n - 1 - step : step;
				for (guint r = 0; r <= n_refs; r++) {
					guint at = (r % n_refs) * n + i;
					Answer got = ask(shared, &questions[i], &refs[r % n_refs]);
					assert_same(&fresh[at], &got, text, &questions[i]);
				}
			}
	}
	return found;
}

static void
test_cases(void)
{
	static const char *const texts[] = {
		"Ik betaal vrijdag. Ik zit tot donderdag in het ziekenhuis.",
		"Wir haben am 28. überwiesen, der Rest wird per 30. bezahlt.",
		"am Montag, spätestens Dienstag überweise ich",
		"tot de 20e met vakantie, daarna wordt hij betaald",
		"bis zum 10. Juli in den Ferien. Danach zahle ich.",
		"Uw herinnering van 20 november heb ik ontvangen; ik betaal op 5 december.",
		"vandaag de helft, de rest op de 20e",
		"We paid on 22.08., the difference we will not pay. Friday at the latest.",
		"Paid 8/15, the rest by 9/1.",
		"volgende week, uiterlijk 4 december",
		"no date here at all",
		"",
	};
	GDate refs[2];
	g_date_clear(refs, 2);
	g_date_set_dmy(&refs[0], 23, G_DATE_NOVEMBER, 2026);
	g_date_set_dmy(&refs[1], 30, G_DATE_DECEMBER, 2026);
	guint found = 0;
	for (gsize i = 0; i < G_N_ELEMENTS(texts); i++)
		found += compare_text(texts[i], refs, G_N_ELEMENTS(refs));
	/* The texts reach the readings: most questions find a date. */
	g_assert_cmpuint(found, >, G_N_ELEMENTS(texts) * G_N_ELEMENTS(questions));

	/* Without a usable reference nothing is read, and nothing is remembered. */
	g_autoptr(DmReplyDateScan) scan = dm_reply_date_scan_new(texts[0]);
	GDate none, out;
	g_date_clear(&none, 1);
	g_date_clear(&out, 1);
	g_assert_false(dm_reply_scan_find_date(scan, &none, FALSE, &out, NULL));
	g_assert_false(dm_reply_scan_find_date(scan, NULL, FALSE, &out, NULL));
	g_assert_true(dm_reply_scan_find_date(scan, &refs[0], FALSE, &out, NULL));
}

static void
test_corpus(void)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) items = dm_learn_corpus_read_dir(CORPUS_DIR, "train-", &error);
	g_assert_no_error(error);
	guint texts = 0, found = 0;
	for (guint i = 0; i < items->len; i++) {
		const DmLearnItem *item = g_ptr_array_index(items, i);
		const char *text = item->new_text ? item->new_text : item->text;
		if (!text || !item->sent)
			continue;
		GDate refs[1];
		g_date_clear(refs, 1);
		g_date_set_dmy(&refs[0], (GDateDay) g_date_time_get_day_of_month(item->sent),
		               (GDateMonth) g_date_time_get_month(item->sent),
		               (GDateYear) g_date_time_get_year(item->sent));
		found += compare_text(text, refs, 1);
		texts++;
	}
	g_test_message("%u texts, %u answers found a date", texts, found);
	g_assert_cmpuint(texts, >, 3000);
	g_assert_cmpuint(found, >, texts);
}

static void
test_capitals(void)
{
	static const struct {
		const char *text;
		DmReplyTense tense;
		gboolean pays;
	} cases[] = {
		{ "We PAID on Monday", DM_TENSE_PAST, TRUE },
		{ "we Paid on Monday", DM_TENSE_PAST, TRUE },
		{ "I WILL do it on Friday", DM_TENSE_FUTURE, FALSE },
		{ "Betaald op Maandag", DM_TENSE_PAST, TRUE },
		{ "Wird am Freitag ÜBERWIESEN", DM_TENSE_FUTURE, TRUE },
		{ "ik BOEK hem maandag OVER", DM_TENSE_UNKNOWN, TRUE },
		{ "WE PAID HALF ON MONDAY AND THE REST FOLLOWS on Friday", DM_TENSE_FUTURE, FALSE },
		{ "Zahlung ist in Auftrag, wird Montag auf Ihrem KONTO sein", DM_TENSE_FUTURE, TRUE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		const char *text = cases[i].text;
		/* The date is the last word but one ("Monday" in "... on Monday"), or "maandag". */
		const char *day = strstr(text, "Monday") ? strstr(text, "Monday")
		                  : strstr(text, "Friday") ? strstr(text, "Friday")
		                  : strstr(text, "Maandag") ? strstr(text, "Maandag")
		                  : strstr(text, "Freitag") ? strstr(text, "Freitag")
		                  : strstr(text, "Montag") ? strstr(text, "Montag")
		                  : strstr(text, "maandag");
		g_assert_nonnull(day);
		gsize start = (gsize) (day - text), end = start + 6;
		gboolean pays = !cases[i].pays;
		DmReplyTense tense = dm_reply_clause_read(text, strlen(text), start, end, &pays);
		if (tense != cases[i].tense || pays != cases[i].pays)
			g_error("%s: tense %d pays %d, want %d and %d", text, tense, pays,
			        cases[i].tense, cases[i].pays);
	}
}

static void
test_edges(void)
{
	static const char *const texts[] = {
		"morgen", "Morgen.", "bis MORGEN", "heute", "vandaag!", "today", "tomorrow",
		"vrijdag", "Freitag", "friday", "mittwoch", "eind van de maand", "Ende des Monats",
		"end of the month", "over twee weken", "in two weeks", "in zwei Wochen",
		"twee dagen geleden", "two days ago", "vor zwei Tagen", "mitte november",
		"begin december", "de eerste van de maand", "am ersten",
		/* U+212A KELVIN SIGN folds to "k": "o\u212Atober". */
		"o\xE2\x84\xAAtober 5", "\xE2\x84\xAAommende week",
	};
	GDate ref;
	g_date_clear(&ref, 1);
	g_date_set_dmy(&ref, 23, G_DATE_NOVEMBER, 2026);
	for (gsize i = 0; i < G_N_ELEMENTS(texts); i++) {
		g_autoptr(DmReplyDateScan) scan = dm_reply_date_scan_new(texts[i]);
		GDate out;
		g_date_clear(&out, 1);
		if (!dm_reply_scan_find_date(scan, &ref, FALSE, &out, NULL))
			g_error("no date found in \"%s\"", texts[i]);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/date-scan/cases", test_cases);
	g_test_add_func("/reply/date-scan/corpus", test_corpus);
	g_test_add_func("/reply/date-scan/capitals", test_capitals);
	g_test_add_func("/reply/date-scan/edges", test_edges);
	return g_test_run();
}
