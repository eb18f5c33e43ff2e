/* test-reply-model: the reply model file (model.c) and training (dunning/learn).
 *
 *   - round trip: a model trained on a tiny corpus, written and read back, predicts
 *     exactly what it predicted before, classes and intents, and the same corpus gives the
 *     same bytes; an intent no training reply carries reads as absent;
 *   - every damaged file is refused with an error naming the file and what was expected:
 *     missing, empty, another format version (the format before the intents too), other
 *     feature hashing, an unknown class or intent, cut short, a weight changed
 *     (checksum), trailing garbage;
 *   - a threshold pinned for measuring (dm-eval --threshold) is the one the analysis acts
 *     at. */
#include "dunning/learn/dm-learn.h"
#include "parser/reply/dm-reply-features.h"
#include "parser/reply/dm-reply.h"
#include "test-dunning-util.h"
#include "test-reply-message.h"

#include <math.h>
#include <string.h>

/* A tiny corpus: three classes in two languages, enough for LIBLINEAR to tell apart. */
static const char *const tiny[][2] = {
	{ "dispute", "Wij zijn het niet eens met deze factuur, het bedrag klopt niet." },
	{ "dispute", "Deze factuur klopt niet, wij hebben dit nooit besteld." },
	{ "dispute", "We dispute this invoice, the amount is wrong." },
	{ "dispute", "This invoice is wrong, we never ordered this." },
	{ "dispute", "Het bedrag is onjuist, wij betwisten de factuur." },
	{ "paid", "Ik heb de factuur gisteren betaald." },
	{ "paid", "Is al betaald hoor, vorige week overgemaakt." },
	{ "paid", "We paid the invoice yesterday." },
	{ "paid", "Payment was made last week, please check." },
	{ "paid", "Betaald op 3 november, zie bijlage." },
	{ "promise_to_pay", "Ik betaal vrijdag." },
	{ "promise_to_pay", "Wordt volgende week overgemaakt." },
	{ "promise_to_pay", "We will pay on Friday." },
	{ "promise_to_pay", "I'll transfer the money next week." },
	{ "promise_to_pay", "Komt eraan, uiterlijk maandag betaald." },
};

/* (transfer full) a directory holding train-tiny.jsonl with the tiny corpus. */
static char *
write_tiny_corpus(void)
{
	char *dir = g_dir_make_tmp("dm-model-XXXXXX", NULL);
	g_assert_nonnull(dir);
	g_autoptr(GString) s = g_string_new(NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(tiny); i++) {
		g_autofree char *text = g_strescape(tiny[i][1], "");
		g_string_append_printf(s, "{\"id\": \"t-%02zu\", \"lang\": \"%s\", \"class\": \"%s\", "
		                       "\"secondary\": null, \"date\": null, \"sent\": "
		                       "\"2026-11-20T10:00:00+01:00\", \"from_name\": \"Klant\", "
		                       "\"from\": \"klant@debtor.example\", \"client\": \"%s\", "
		                       "\"layout\": \"top\", \"html_only\": %s, \"text\": \"%s\"}\n",
		                       i, i % 2 ? "nl" : "en", tiny[i][0],
		                       i % 3 == 0 ? "outlook" : i % 3 == 1 ? "gmail" : "iphone",
		                       i % 4 == 0 ? "true" : "false", text);
	}
	g_autofree char *path = g_build_filename(dir, "train-tiny.jsonl", NULL);
	g_assert_true(g_file_set_contents(path, s->str, (gssize) s->len, NULL));
	return dir;
}

static DmReplyModel *
train_tiny(const char *dir)
{
	g_autoptr(GError) err = NULL;
	GPtrArray *items = dm_learn_corpus_read_dir(dir, "train-", &err);
	g_assert_no_error(err);
	g_autoptr(DmLearnSet) set = dm_learn_prepare(items);
	DmLearnReport report;
	/* One C: the grid's search is `dunmail train`'s business, and each fit of the full
	 * hashed space takes a while. */
	static const double one_c[] = { 64 };
	DmReplyModel *m = dm_learn_train(set, one_c, G_N_ELEMENTS(one_c), &report, NULL);
	g_assert_nonnull(m);
	g_assert_cmpfloat(report.threshold, >, 0.0);
	g_assert_cmpfloat(report.threshold, <=, 1.0);
	return m;
}

static void
test_round_trip(void)
{
	g_autofree char *dir = write_tiny_corpus();
	g_autoptr(DmReplyModel) m = train_tiny(dir);
	g_autoptr(GBytes) bytes = dm_reply_model_to_bytes(m);
	gsize len;
	const char *data = g_bytes_get_data(bytes, &len);
	g_autoptr(GError) err = NULL;
	g_autoptr(DmReplyModel) back = dm_reply_model_from_bytes("tiny", data, len, &err);
	g_assert_no_error(err);
	g_assert_cmpfloat(fabs(dm_reply_model_threshold(back) - dm_reply_model_threshold(m)), <,
	                  1e-6);
	const char *probes[] = { "Ik betaal vrijdag.", "Dit klopt niet.", "Already paid.",
		                     "We will pay next week", "unrelated words here" };
	for (gsize i = 0; i < G_N_ELEMENTS(probes); i++) {
		g_autoptr(GArray) f = dm_reply_features(probes[i], NULL, DM_REPLY_FEATURE_BITS, NULL);
		double p1[DM_REPLY_N_CLASSES], p2[DM_REPLY_N_CLASSES];
		dm_reply_model_predict(m, f, p1);
		dm_reply_model_predict(back, f, p2);
		double sum = 0;
		for (int c = 0; c < DM_REPLY_N_CLASSES; c++) {
			/* Nine significant digits in the file: the same to far better than a
			 * decision needs. */
			g_assert_cmpfloat(fabs(p1[c] - p2[c]), <, 1e-6);
			sum += p2[c];
		}
		g_assert_cmpfloat(fabs(sum - 1.0), <, 1e-9);
		double i1[DM_REPLY_N_CLASSES], i2[DM_REPLY_N_CLASSES];
		dm_reply_model_intents(m, f, i1);
		dm_reply_model_intents(back, f, i2);
		for (int c = 0; c < DM_REPLY_N_CLASSES; c++)
			g_assert_cmpfloat(fabs(i1[c] - i2[c]), <, 1e-6);
		/* The tiny corpus has no arrangement and no question: never present. */
		g_assert_cmpfloat(i2[DM_REPLY_CLASS_ARRANGEMENT], <, 1e-9);
		g_assert_cmpfloat(i2[DM_REPLY_CLASS_QUESTION], <, 1e-9);
	}
	/* The model learnt something: its own training sentences come back right. */
	g_autoptr(GArray) f = dm_reply_features("We paid the invoice yesterday.", NULL,
	                                        DM_REPLY_FEATURE_BITS, NULL);
	double p[DM_REPLY_N_CLASSES];
	dm_reply_model_predict(back, f, p);
	g_assert_cmpfloat(p[DM_REPLY_CLASS_PAID], >, p[DM_REPLY_CLASS_DISPUTE]);
	g_assert_cmpfloat(p[DM_REPLY_CLASS_PAID], >, p[DM_REPLY_CLASS_PROMISE_TO_PAY]);
	/* And so did its intents, each model on its own. */
	double present[DM_REPLY_N_CLASSES];
	dm_reply_model_intents(back, f, present);
	g_assert_cmpfloat(present[DM_REPLY_CLASS_PAID], >, 0.5);
	g_assert_cmpfloat(present[DM_REPLY_CLASS_DISPUTE], <, 0.5);

	/* Deterministic: the same corpus, the same file. */
	g_autoptr(DmReplyModel) again = train_tiny(dir);
	g_autoptr(GBytes) bytes2 = dm_reply_model_to_bytes(again);
	g_assert_true(g_bytes_equal(bytes, bytes2));
	dm_test_rm_rf(dir);
}

typedef struct {
	const char *name;
	const char *from, *to;      /* replace the first @from by @to; NULL: see cut */
	gssize cut;                 /* > 0: keep this many bytes; < 0: drop that many at the end;
	                             * 0 with @from NULL: keep nothing */
	const char *expected;       /* in the message after "model NAME: " */
} Damage;

static const Damage damages[] = {
	{ "empty", NULL, NULL, 0, "the file is cut short" },
	{ "other version", "dunmail-reply-model 2", "dunmail-reply-model 3", 0,
	  "format version 3, expected 2" },
	{ "the format before the intents", "dunmail-reply-model 2", "dunmail-reply-model 1", 0,
	  "format version 1, expected 2" },
	{ "not a model", "dunmail-reply-model 2", "solver_type L2R_LR", 0,
	  "expected 'dunmail-reply-model 2'" },
	{ "unknown intent", "intents dispute", "intents quarrel", 0, "unknown intent 'quarrel'" },
	{ "too few intents", "intents dispute promise_to_pay paid arrangement question",
	  "intents dispute promise_to_pay", 0, "2 intents, expected 3 to" },
	{ "other hashing", "features 1 fnv1a32 18", "features 1 murmur3 18", 0,
	  "features of another kind" },
	{ "other feature version", "features 1 fnv1a32", "features 7 fnv1a32", 0,
	  "features of another kind" },
	{ "unknown class", "classes dispute", "classes quarrel", 0, "unknown class 'quarrel'" },
	/* The names listed are the class table's, the last of them too. */
	{ "unknown class, the known ones", "classes dispute", "classes quarrel", 0,
	  "expected one of other, dispute, promise_to_pay, paid, arrangement, question, "
	  "auto_reply, bounce" },
	{ "bad threshold", "threshold 0", "threshold 7", 0, "expected 'threshold P'" },
	{ "cut in the header", NULL, NULL, 44, "the file is cut short" },
	{ "cut in the weights", NULL, NULL, -100, "expected an undamaged file" },
	{ "a weight changed", "\n0 0 0", "\n1 0 0", 0, "do not match the header's sha256" },
};

static void
test_damaged(void)
{
	g_autofree char *dir = write_tiny_corpus();
	g_autoptr(DmReplyModel) m = train_tiny(dir);
	g_autoptr(GBytes) bytes = dm_reply_model_to_bytes(m);
	gsize len;
	const char *data = g_bytes_get_data(bytes, &len);
	for (gsize i = 0; i < G_N_ELEMENTS(damages); i++) {
		const Damage *d = &damages[i];
		g_autoptr(GString) s = g_string_new_len(data, (gssize) len);
		if (d->from) {
			const char *at = strstr(s->str, d->from);
			g_assert_nonnull(at);
			gsize pos = (gsize) (at - s->str);
			g_string_erase(s, (gssize) pos, (gssize) strlen(d->from));
			g_string_insert(s, (gssize) pos, d->to);
		} else if (d->cut > 0)
			g_string_truncate(s, (gsize) d->cut);
		else if (d->cut == 0)
			g_string_truncate(s, 0);
		else
			g_string_truncate(s, s->len - (gsize) -d->cut);
		g_autofree char *path = g_build_filename(dir, "damaged.model", NULL);
		g_assert_true(g_file_set_contents(path, s->str, (gssize) s->len, NULL));
		g_autoptr(GError) err = NULL;
		g_autoptr(DmReplyModel) got = dm_reply_model_load(path, &err);
		if (got || !err)
			g_error("%s: a damaged model was accepted", d->name);
		g_autofree char *prefix = g_strdup_printf("model %s: ", path);
		if (!g_str_has_prefix(err->message, prefix) || !strstr(err->message, d->expected))
			g_error("%s: \"%s\", expected it to start \"%s\" and say \"%s\"", d->name,
			        err->message, prefix, d->expected);
	}
	g_autoptr(GError) err = NULL;
	g_autoptr(DmReplyModel) none = dm_reply_model_load("/nonexistent/replies.model", &err);
	g_assert_null(none);
	g_assert_true(g_str_has_prefix(err->message, "model /nonexistent/replies.model: "));
	g_assert_nonnull(strstr(err->message, "expected a reply model"));
	dm_test_rm_rf(dir);
}

/* A threshold pinned for measuring (dm-eval --threshold) is the one the analysis acts at:
 * nothing reaches 1.0 and every plain promise reaches 0. */
static void
test_pinned_threshold(void)
{
	g_autoptr(GBytes) bytes = dm_reply_model_to_bytes(dm_test_reply_model());
	gsize len;
	const char *data = g_bytes_get_data(bytes, &len);
	g_autoptr(GError) err = NULL;
	g_autoptr(DmReplyModel) m = dm_reply_model_from_bytes("shipped", data, len, &err);
	g_assert_no_error(err);
	g_autoptr(GMimeMessage) msg = dm_test_plain_message("jan@debtor.example", "", "Re: factuur 2026-0412",
							    "Ik betaal de factuur vrijdag.");
	dm_reply_model_set_threshold(m, 1.0);
	g_assert_cmpfloat(dm_reply_model_threshold(m), ==, 1.0);
	g_autoptr(DmReplyAnalysis) never = dm_reply_analyze(msg, m);
	g_assert_false(never->confident);
	dm_reply_model_set_threshold(m, 0.0);
	g_autoptr(DmReplyAnalysis) always = dm_reply_analyze(msg, m);
	g_assert_cmpint(always->klass, ==, DM_REPLY_CLASS_PROMISE_TO_PAY);
	g_assert_true(always->confident);
}

/* The model `make` builds loads, and reads a plain promise and a plain dispute right. */
static void
test_shipped_model(void)
{
	const DmReplyModel *m = dm_test_reply_model();
	g_assert_cmpfloat(dm_reply_model_threshold(m), >, 0.5);
	g_assert_cmpuint(dm_reply_model_bits(m), ==, DM_REPLY_FEATURE_BITS);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/model/round-trip", test_round_trip);
	g_test_add_func("/model/damaged", test_damaged);
	g_test_add_func("/model/shipped", test_shipped_model);
	g_test_add_func("/model/pinned-threshold", test_pinned_threshold);
	return g_test_run();
}
