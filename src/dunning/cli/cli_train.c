/* cli_train: `dunmail train`, the reply classifier built from the labelled corpus
 * (dunning/learn).  It writes the model where --output says and nowhere else: a model
 * trained here never replaces the one dunmaild uses until the owner points
 * [replies] model at it. */
#include "dunning/cli/dm-cli.h"
#include "dunning/learn/dm-learn.h"

#include <stdio.h>

static void
progress(const char *line)
{
	fprintf(stderr, "dunmail train: %s\n", line);
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
		{ NULL }
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
	if (corrections) {
		/* TODO(issue 6): the owner's corrections come from the ledger
		 * (dm_ledger_corrections_list(), added with `dunmail reclassify`); until that
		 * lands, say so rather than train on less than was asked. */
		fprintf(stderr, "dunmail train: --corrections: this build's ledger keeps no "
		        "corrections yet, expected dm_ledger_corrections_list() (issue 6)\n");
		return DM_EXIT_FAILURE;
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
