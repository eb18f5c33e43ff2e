/* eval-invoices: `make eval-invoices` — the invoice reader measured on a labelled corpus
 * (corpus/invoices/{train,test}.jsonl): per field accuracy, all fields right per mail, and the
 * precision and recall of "is an invoice", per language and per kind.
 *
 *   eval-invoices [--title T] [--json OUT] [--misses] [--dump DIR] FILE.jsonl
 *   eval-invoices --einvoices DIR     the e-invoice corpora under DIR, wrapped into mails
 * --dump writes each record's mail as DIR/ID.eml, for `dunmail parse --explain`.
 * Exit status: 0 measured, 2 usage, 3 the corpus could not be read. */
#include "dm-eval.h"

#include <stdio.h>
#include <stdlib.h>

int
main(int argc, char **argv)
{
	g_autofree char *title = NULL, *json_out = NULL;
	gboolean misses = FALSE;
	g_autofree char *dump = NULL, *einvoices = NULL;
	GOptionEntry entries[] = {
		{ "title", 't', 0, G_OPTION_ARG_STRING, &title, "Heading of the report", "T" },
		{ "json", 'j', 0, G_OPTION_ARG_FILENAME, &json_out, "Write the report as JSON", "OUT" },
		{ "misses", 'm', 0, G_OPTION_ARG_NONE, &misses, "List every wrong field", NULL },
		{ "einvoices", 'e', 0, G_OPTION_ARG_FILENAME, &einvoices, "Measure the e-invoice corpora under DIR", "DIR" },
		{ "dump", 'd', 0, G_OPTION_ARG_FILENAME, &dump, "Write each mail as DIR/ID.eml", "DIR" },
		G_OPTION_ENTRY_NULL
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("FILE.jsonl");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_autoptr(GError) error = NULL;
	gboolean parsed = g_option_context_parse(ctx, &argc, &argv, &error);
	if (parsed && einvoices) {
		DmEvalTally t = { 0 };
		guint total[DM_EVAL_FIELDS] = { 0 };
		if (!dm_eval_einvoices(einvoices, &t, total, &error)) {
			fprintf(stderr, "eval-invoices: %s\n", error->message);
			return 3;
		}
		dm_eval_einvoices_print(&t, total);
		return 0;
	}
	if (!parsed || argc != 2) {
		fprintf(stderr, "eval-invoices: %s\n", error ? error->message : "expected one FILE.jsonl");
		return 2;
	}
	g_autoptr(DmEvalReport) report = dm_eval_report_new();
	report->dump_dir = dump;
	atexit(dm_eval_render_shutdown);
	if (!dm_eval_run_file(argv[1], report, &error)) {
		fprintf(stderr, "eval-invoices: %s\n", error->message);
		return 3;
	}
	if (misses)
		for (guint i = 0; i < report->misses->len; i++)
			g_print("  miss %s\n", (char *)g_ptr_array_index(report->misses, i));
	dm_eval_print(report, title ? title : argv[1]);
	if (json_out) {
		g_autofree char *json = dm_eval_to_json(report, title ? title : argv[1]);
		if (!g_file_set_contents(json_out, json, -1, &error)) {
			fprintf(stderr, "eval-invoices: %s\n", error->message);
			return 3;
		}
	}
	return 0;
}
