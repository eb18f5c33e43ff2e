/* cli_train: `dunmail train`, the reply classifier built from the labelled corpus
 * (dunning/learn).  It writes the model where --output says and nowhere else: a model
 * trained here never replaces the one dunmaild uses until the owner points
 * [replies] model at it. */
#include "dunning/cli/dm-cli.h"
#include "dunning/learn/dm-learn.h"
#include "dunning/ledger/dm-corrections.h"

#include <stdio.h>

static void
progress(const char *line)
{
	fprintf(stderr, "dunmail train: %s\n", line);
}

/* (transfer full) the owner's correction @c as a labelled reply: the text dunmail read
 * (already without quotes and signature, so composed bare), the class the owner gave. */
static DmLearnItem *
correction_item(const DmCorrection *c, const char *language)
{
	DmLearnItem *it = g_new0(DmLearnItem, 1);
	it->id = g_strdup_printf("correction-%" G_GINT64_FORMAT, c->reply_id);
	it->lang = g_strdup(language);
	it->client = g_strdup("gmail");
	it->layout = g_strdup("bare");
	it->klass = c->corrected;
	it->secondary = DM_REPLY_CLASS_OTHER;
	it->date = c->date;
	it->sent = c->at ? g_date_time_new_from_iso8601(c->at, NULL) : NULL;
	if (!it->sent)
		it->sent = g_date_time_new_now_utc();
	it->from = g_strdup("debtor@correction.invalid");
	it->invoice = g_strdup(c->invoice_number);
	it->text = g_strdup(c->reply_text ? c->reply_text : "");
	return it;
}

/* Appends the owner's corrections in the ledger to @items; prints the error and returns
 * FALSE when the configuration or the ledger cannot be read. */
static gboolean
add_corrections(DmCliGlobal *global, GPtrArray *items)
{
	g_autoptr(DmConfig) config = dm_cli_config(global);
	if (!config)
		return FALSE;
	g_autoptr(DmLedger) ledger = dm_cli_ledger(config, FALSE);
	if (!ledger)
		return FALSE;
	g_autoptr(GError) error = NULL;
	g_autoptr(GPtrArray) list = dm_ledger_corrections_list(ledger, &error);
	if (!list) {
		fprintf(stderr, "dunmail train: %s\n", error->message);
		return FALSE;
	}
	for (guint i = 0; i < list->len; i++)
		g_ptr_array_add(items, correction_item(g_ptr_array_index(list, i), config->language));
	g_autofree char *line = g_strdup_printf("%u corrections from %s", list->len,
	                                        config->database);
	progress(line);
	return TRUE;
}

int
dm_cli_train(DmCliGlobal *global, int argc, char **argv)
{
	g_autofree char *corpus = NULL, *output = NULL;
	gboolean corrections = FALSE;
	GOptionEntry entries[] = {
		{ "corpus", 0, 0, G_OPTION_ARG_FILENAME, &corpus,
		  "The labelled replies: DIR/train-*.jsonl (default corpus/replies)", "DIR" },
		{ "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
		  "Write the model to FILE (default replies.model)", "FILE" },
		{ "corrections", 0, 0, G_OPTION_ARG_NONE, &corrections,
		  "Also learn from the owner's corrections in the ledger", NULL },
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv, "",
	        "Train the reply classifier on the labelled corpus: each reply is composed into\n"
	        "a message as its mail client would write it, read the way dunmaild reads it,\n"
	        "and learned by logistic regression (LIBLINEAR). C is chosen by 5-fold\n"
	        "cross-validation; the confidence threshold is calibrated so that at least\n"
	        "98 % of the replies at or above it were read right in cross-validation.",
	        "The model is written to --output only. It never replaces the model dunmaild\n"
	        "and 'dunmail classify' use: to use it, set [replies] model in the\n"
	        "configuration to its path and restart dunmaild. The same corpus always gives\n"
	        "the same file. Progress and the figures chosen go to stderr.\n"
	        "Exit status: 0 written, 2 usage error, 3 the corpus or the ledger could not be\n"
	        "read or the file not written.",
	        entries))
		return DM_EXIT_USAGE;
	if (argc > 1) {
		fprintf(stderr, "dunmail train: unexpected argument '%s'\n", argv[1]);
		return DM_EXIT_USAGE;
	}
	const char *dir = corpus ? corpus : "corpus/replies";
	const char *path = output ? output : "replies.model";
	g_autoptr(GError) error = NULL;
	GPtrArray *items = dm_learn_corpus_read_dir(dir, "train-", &error);
	if (!items) {
		fprintf(stderr, "dunmail train: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	g_autofree char *line = g_strdup_printf("%u replies from %s/train-*.jsonl", items->len, dir);
	progress(line);
	if (corrections && !add_corrections(global, items)) {
		g_ptr_array_unref(items);
		return DM_EXIT_FAILURE;
	}
	g_autoptr(DmLearnSet) set = dm_learn_prepare(items);
	DmLearnReport report;
	g_autoptr(DmReplyModel) model = dm_learn_train(set, NULL, 0, &report, progress);
	g_autoptr(GBytes) bytes = dm_reply_model_to_bytes(model);
	gsize len = 0;
	const char *data = g_bytes_get_data(bytes, &len);
	/* Written beside and renamed: a reader never sees half a model. */
	if (!g_file_set_contents(path, data, (gssize) len, &error)) {
		fprintf(stderr, "dunmail train: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	g_free(line);
	line = g_strdup_printf("wrote %s", path);
	progress(line);
	return DM_EXIT_OK;
}
