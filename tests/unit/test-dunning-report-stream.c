/* test-dunning-report-stream: `dunmail aging`, `dso`, `debtor ADDRESS`, `report --html`,
 * `invoices --json` and `replies --json` read the ledger as a stream, never the whole book
 * into memory:
 *   - on a small generated ledger (bench/ledger-gen.c) each prints exactly what the code
 *     before streaming printed (golden files in tests/data/report-stream/, made by that
 *     code; DM_WRITE_GOLDEN=1 writes them anew);
 *   - on a ledger of 100,000 invoices each one's peak RSS stays within a bound set by the
 *     same verb's peak on the small ledger: a ratio, not a time.  (The code before kept a
 *     copy of every unpaid invoice: 100k cost it tens of MB more than 2,000; `replies
 *     --json` built one JSON tree of every reply.)
 * The listing of replies runs on a copy of each ledger with a reply for every fourth
 * invoice (the generator writes none), so the other reports' golden files stay those of
 * the code before streaming. */
#include "ledger-gen.h"
#include "common/dm-clock.h"
#include "test-dunning-util.h"

#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"

#include <sys/resource.h>

#define SMALL 2000
#define BIG 100000
#define TODAY "2026-12-02"
#define DEBTOR "ap3@debtor3.example"
#define GOLDEN_DIR "tests/data/report-stream"
#define REPLY_EVERY 4           /* a reply for every fourth invoice */

/* A generated ledger in a directory of its own, with a configuration naming it. */
typedef struct {
	char *dir;
	char *conf;
} Book;

/* A directory of its own, with a configuration naming the ledger in it. */
static void
book_make_dir(Book *b)
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
}

static void
book_make(Book *b, guint invoices)
{
	book_make_dir(b);
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

/* Writes @b's replies: one for every REPLY_EVERY-th invoice, three at each moment (so
 * that a page of the listing can end between replies received at the same time), of every
 * class, some verified, applied or waiting, with text that JSON must escape. */
static gboolean
add_id(const DmInvoice *inv, const DmOutboxSummary *summary, gpointer user, GError **error)
{
	g_array_append_val((GArray *) user, inv->id);
	return TRUE;
}

static gboolean
replies_fill(DmLedger *ledger, GError **error)
{
	g_autoptr(GDateTime) start = g_date_time_new_utc(2026, 1, 5, 8, 0, 0);
	g_autoptr(GArray) ids = g_array_new(FALSE, FALSE, sizeof(gint64));
	if (!dm_ledger_invoices_foreach_bare(ledger, NULL, add_id, ids, error) ||
	    !dm_ledger_begin(ledger, error))
		return FALSE;
	for (guint k = 0; k * REPLY_EVERY < ids->len; k++) {
		g_autoptr(GDateTime) at = g_date_time_add_minutes(start, (gint) (k / 3) * 17);
		g_autofree char *iso = g_date_time_format_iso8601(at);
		g_autofree char *mid = g_strdup_printf("<r%u@debtor.example>", k);
		g_autofree char *hash = g_strdup_printf("%064x", k);
		g_autofree char *from = g_strdup_printf("ap%u@debtor%u.example", k % 50, k % 50);
		g_autofree char *subject = g_strdup_printf("Re: invoice %u \"overdue\"", k);
		DmMessageRecord rec = { .message_id = mid, .sha256 = hash, .direction = "incoming",
		                        .role = "reply", .mail_from = from, .from_addr = from,
		                        .subject = subject, .queue_id = "Q1", .received_at = iso };
		gint64 row = 0;
		if (!dm_ledger_message_add(ledger, &rec, &row, error))
			return FALSE;
		g_autofree char *text = g_strdup_printf(
			"Dear sir,\n\nabout invoice %u: we \"disputed\" the amount \u2014 see the\t"
			"attached note.\nRegards, accounts payable %u\n", k, k % 50);
		DmReplyRow r = {
			.message_row = row, .invoice_id = g_array_index(ids, gint64, k * REPLY_EVERY), .from_addr = from,
			.kind = k % 11 == 0 ? "auto_reply" : "reply",
			.klass = (DmReplyClass) (k % (DM_REPLY_CLASS_BOUNCE + 1)),
			.confidence = (double) (k % 100) / 100.0, .reply_text = text,
			.authenticated = k % 3 != 0, .auth_detail = "dmarc=pass", .applied = k % 4 == 1,
			.note = k % 5 == 0 ? "not verified: shown to the owner" : NULL,
			.received_at = iso, .needs_review = k % 7 == 0,
		};
		if (k % 2 == 0)
			g_date_set_dmy(&r.stated_date, (GDateDay) (k % 28 + 1), G_DATE_DECEMBER, 2026);
		else
			g_date_clear(&r.stated_date, 1);
		if (!dm_ledger_reply_add(ledger, &r, error))
			return FALSE;
	}
	return dm_ledger_commit(ledger, error);
}

/* A copy of @from in a directory of its own, with replies added (in a child, as
 * book_make). */
static void
book_with_replies(Book *b, const Book *from)
{
	book_make_dir(b);
	g_autofree char *db = g_build_filename(b->dir, "ledger.sqlite", NULL);
	/* The ledger keeps its write-ahead log when closed: the copy needs both files. */
	for (const char *const *name = (const char *const[]) { "ledger.sqlite",
	                                                        "ledger.sqlite-wal", NULL };
	     *name; name++) {
		g_autofree char *src = g_build_filename(from->dir, *name, NULL);
		g_autofree char *dst = g_build_filename(b->dir, *name, NULL);
		g_autoptr(GFile) f = g_file_new_for_path(src);
		g_autoptr(GFile) t = g_file_new_for_path(dst);
		g_assert_true(!g_file_test(src, G_FILE_TEST_EXISTS) ||
		              g_file_copy(f, t, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
	}
	pid_t pid = fork();
	g_assert_cmpint(pid, >=, 0);
	if (pid == 0) {
		/* _exit runs no cleanup: the ledger and the error are freed by hand, or memcheck
		 * (make check VALGRIND=1) calls them lost and ends the child with its status. */
		GError *err = NULL;
		DmLedger *ledger = dm_ledger_open(db, FALSE, &err);
		gboolean ok = ledger && replies_fill(ledger, &err);
		if (!ok)
			g_printerr("replies: %s\n", err ? err->message : "?");
		g_clear_pointer(&ledger, dm_ledger_close);
		g_clear_error(&err);
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

/* Runs `dunmail --config CONF ARGS...`, its output into @out_path; its peak
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

/* One report, as the owner asks for it; the listings have no clock to set. */
#define NOW "--now", TODAY
typedef struct {
	const char *name;           /* the golden file's name */
	const char *args[6];        /* after --config; "@OUT" is the output file itself */
	gboolean replies;           /* run on the ledger with replies */
} Verb;

static const Verb verbs[] = {
	{ "aging.json", { "aging", "--json", NOW }, FALSE },
	{ "aging.csv", { "aging", "--csv", NOW }, FALSE },
	{ "aging.txt", { "aging", NOW }, FALSE },
	{ "dso.json", { "dso", "--json", NOW }, FALSE },
	{ "debtor.json", { "debtor", DEBTOR, "--json", NOW }, FALSE },
	{ "debtor.csv", { "debtor", DEBTOR, "--csv", NOW }, FALSE },
	{ "debtor.txt", { "debtor", DEBTOR, NOW }, FALSE },
	{ "report.html", { "report", "--html", "@OUT", NOW }, FALSE },
	{ "invoices.json", { "invoices", "--json" }, FALSE },
	{ "replies.json", { "replies", "--json" }, TRUE },
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

static Book small, small_replies;

/* The small ledger @v runs on. */
static const Book *
small_for(const Verb *v)
{
	return v->replies ? &small_replies : &small;
}

/* Each report of the small ledger is what the code before streaming printed. */
static void
test_golden(gconstpointer data)
{
	const Verb *v = data;
	g_autofree char *got = NULL;
	run_report(small_for(v), v, &got);
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
	Book big, big_replies;
	book_make(&big, BIG);
	book_with_replies(&big_replies, &big);
	for (gsize i = 0; i < G_N_ELEMENTS(verbs); i++) {
		long lo = run_report(small_for(&verbs[i]), &verbs[i], NULL);
		long hi = run_report(verbs[i].replies ? &big_replies : &big, &verbs[i], NULL);
		g_test_message("%s: peak RSS %ld KB over %d invoices, %ld KB over %d (%.2f)",
		               verbs[i].name, lo, SMALL, hi, BIG, (double) hi / (double) lo);
		g_assert_cmpint(hi, <=, 2 * lo);
	}
	book_free(&big_replies);
	book_free(&big);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	book_make(&small, SMALL);
	book_with_replies(&small_replies, &small);
	for (gsize i = 0; i < G_N_ELEMENTS(verbs); i++) {
		g_autofree char *path = g_strdup_printf("/report-stream/golden/%s", verbs[i].name);
		g_test_add_data_func(path, &verbs[i], test_golden);
	}
	g_test_add_func("/report-stream/flat-memory", test_flat_memory);
	int rc = g_test_run();
	book_free(&small_replies);
	book_free(&small);
	return rc;
}
