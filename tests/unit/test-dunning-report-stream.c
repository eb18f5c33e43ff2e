/* test-dunning-report-stream: `dunmail aging`, `dso`, `debtor ADDRESS` and `report --html`
 * read the ledger as a stream, never the whole book into memory:
 *   - on a small generated ledger (bench/ledger-gen.c) each prints exactly what the code
 *     before streaming printed (golden files in tests/data/report-stream/, made by that
 *     code; DM_WRITE_GOLDEN=1 writes them anew);
 *   - on a ledger of 100,000 invoices each one's peak RSS stays within a bound set by the
 *     same verb's peak on the small ledger: a ratio, not a time.  (The code before kept a
 *     copy of every unpaid invoice: 100k cost it tens of MB more than 2,000.) */
#include "ledger-gen.h"
#include "common/dm-clock.h"
#include "test-dunning-util.h"

#include <sys/resource.h>

#define SMALL 2000
#define BIG 100000
#define TODAY "2026-12-02"
#define DEBTOR "ap3@debtor3.example"
#define GOLDEN_DIR "tests/data/report-stream"

/* A generated ledger in a directory of its own, with a configuration naming it. */
typedef struct {
	char *dir;
	char *conf;
} Book;

static void
book_make(Book *b, guint invoices)
{
	b->dir = g_dir_make_tmp("dm-stream-XXXXXX", NULL);
	g_assert_nonnull(b->dir);
	g_autofree char *cwd = g_get_current_dir();
	b->conf = g_build_filename(b->dir, "dunmail.conf", NULL);
	g_autofree char *text = g_strdup_printf(
		"[ledger]\ndatabase = %s/ledger.sqlite\n[spool]\ndirectory = %s/spool\n"
		"[mail]\nbilling_addresses = billing@acme.example\nowner = owner@acme.example\n"
		"authserv_id = mx.acme.example\n"
		"[dunning]\ntemplates = %s/templates\nrates = %s/data/rates\nlanguage = en\n",
		b->dir, b->dir, cwd, cwd);
	g_assert_true(g_file_set_contents(b->conf, text, -1, NULL));
	/* Generated in a child: a peak read by wait4 counts the memory a child had when it
	 * was forked, so this process must stay small. */
	pid_t pid = fork();
	g_assert_cmpint(pid, >=, 0);
	if (pid == 0) {
		g_autofree char *db = g_build_filename(b->dir, "ledger.sqlite", NULL);
		g_autoptr(GError) err = NULL;
		g_autoptr(DmLedger) ledger = dm_ledger_open(db, FALSE, &err);
		DmBenchLedgerSpec spec = { .invoices = invoices, .seed = 11, .due_share = 0.01 };
		DmBenchLedgerCounts counts;
		gboolean ok = ledger && dm_date_parse_iso(TODAY, &spec.today) &&
		              dm_bench_ledger_fill(ledger, &spec, &counts, &err);
		if (!ok)
			g_printerr("generate: %s\n", err ? err->message : "?");
		_exit(ok ? 0 : 1);
	}
	int status = 0;
	g_assert_cmpint(waitpid(pid, &status, 0), ==, pid);
	g_assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static void
book_free(Book *b)
{
	dm_test_rm_rf(b->dir);
	g_free(b->dir);
	g_free(b->conf);
}

/* Runs `dunmail --config CONF ARGS... --now TODAY`, its output into @out_path; its peak
 * RSS in KB (the child's own, from wait4). */
static long
run_verb(const Book *b, const char *const *args, const char *out_path)
{
	const char *build = g_getenv("BUILD");
	g_autofree char *exe = g_build_filename(build && *build ? build : "build", "dunmail", NULL);
	g_autoptr(GPtrArray) argv = g_ptr_array_new();
	g_ptr_array_add(argv, exe);
	g_ptr_array_add(argv, (char *) "--config");
	g_ptr_array_add(argv, b->conf);
	for (const char *const *a = args; *a; a++)
		g_ptr_array_add(argv, (char *) *a);
	g_ptr_array_add(argv, (char *) "--now");
	g_ptr_array_add(argv, (char *) TODAY);
	g_ptr_array_add(argv, NULL);
	/* AddressSanitizer holds freed memory back (its quarantine), which would make any
	 * streaming program's peak grow with what it read: not under test here. */
	const char *asan = g_getenv("ASAN_OPTIONS");
	g_autofree char *asan_opts = g_strdup_printf("%s%squarantine_size_mb=0",
	                                             asan ? asan : "", asan && *asan ? ":" : "");
	pid_t pid = fork();
	g_assert_cmpint(pid, >=, 0);
	if (pid == 0) {
		if (!freopen(out_path, "w", stdout))
			_exit(127);
		g_setenv("ASAN_OPTIONS", asan_opts, TRUE);
		execv(exe, (char **) argv->pdata);
		_exit(127);
	}
	int status = 0;
	struct rusage ru = { 0 };
	g_assert_cmpint(wait4(pid, &status, 0, &ru), ==, pid);
	g_assert_true(WIFEXITED(status));
	g_assert_cmpint(WEXITSTATUS(status), ==, 0);
	return ru.ru_maxrss;
}

/* One report, as the owner asks for it. */
typedef struct {
	const char *name;           /* the golden file's name */
	const char *args[6];        /* after --config; "@OUT" is the output file itself */
} Verb;

static const Verb verbs[] = {
	{ "aging.json", { "aging", "--json" } },
	{ "aging.csv", { "aging", "--csv" } },
	{ "aging.txt", { "aging" } },
	{ "dso.json", { "dso", "--json" } },
	{ "debtor.json", { "debtor", DEBTOR, "--json" } },
	{ "debtor.csv", { "debtor", DEBTOR, "--csv" } },
	{ "debtor.txt", { "debtor", DEBTOR } },
	{ "report.html", { "report", "--html", "@OUT" } },
};

/* Runs @v over @b; its output in *@text (transfer full) when asked; the peak RSS in KB. */
static long
run_report(const Book *b, const Verb *v, char **text)
{
	g_autofree char *stdout_path = g_build_filename(b->dir, "stdout", NULL);
	g_autofree char *file_path = g_build_filename(b->dir, v->name, NULL);
	const char *args[G_N_ELEMENTS(v->args) + 1] = { 0 };
	gboolean to_file = FALSE;
	for (gsize i = 0; i < G_N_ELEMENTS(v->args) && v->args[i]; i++) {
		to_file |= g_strcmp0(v->args[i], "@OUT") == 0;
		args[i] = g_strcmp0(v->args[i], "@OUT") == 0 ? file_path : v->args[i];
	}
	long kb = run_verb(b, args, stdout_path);
	if (text)
		g_assert_true(g_file_get_contents(to_file ? file_path : stdout_path, text, NULL,
		                                  NULL));
	return kb;
}

static Book small;

/* Each report of the small ledger is what the code before streaming printed. */
static void
test_golden(gconstpointer data)
{
	const Verb *v = data;
	g_autofree char *got = NULL;
	run_report(&small, v, &got);
	g_autofree char *path = g_build_filename(GOLDEN_DIR, v->name, NULL);
	if (g_getenv("DM_WRITE_GOLDEN")) {
		g_mkdir_with_parents(GOLDEN_DIR, 0755);
		g_assert_true(g_file_set_contents(path, got, -1, NULL));
		return;
	}
	g_autofree char *want = NULL;
	g_autoptr(GError) err = NULL;
	g_assert_true(g_file_get_contents(path, &want, NULL, &err));
	g_assert_no_error(err);
	g_assert_cmpstr(got, ==, want);
}

/* Each report's peak RSS over 100,000 invoices stays within twice its peak over 2,000
 * (the code before: 3.2 times for `aging --json`): what still grows is one small record
 * per debtor (one per 20 invoices here), the JSON tree of `aging --json`, which lists every
 * debtor, and SQLite's page cache up to its bound. */
static void
test_flat_memory(void)
{
	if (g_getenv("DM_VALGRIND")) {
		g_test_skip("generating 100,000 invoices under valgrind takes too long");
		return;
	}
	Book big;
	book_make(&big, BIG);
	for (gsize i = 0; i < G_N_ELEMENTS(verbs); i++) {
		long lo = run_report(&small, &verbs[i], NULL);
		long hi = run_report(&big, &verbs[i], NULL);
		g_test_message("%s: peak RSS %ld KB over %d invoices, %ld KB over %d (%.2f)",
		               verbs[i].name, lo, SMALL, hi, BIG, (double) hi / (double) lo);
		g_assert_cmpint(hi, <=, 2 * lo);
	}
	book_free(&big);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	book_make(&small, SMALL);
	for (gsize i = 0; i < G_N_ELEMENTS(verbs); i++) {
		g_autofree char *path = g_strdup_printf("/report-stream/golden/%s", verbs[i].name);
		g_test_add_data_func(path, &verbs[i], test_golden);
	}
	g_test_add_func("/report-stream/flat-memory", test_flat_memory);
	int rc = g_test_run();
	book_free(&small);
	return rc;
}
