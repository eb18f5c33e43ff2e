/* test-dunning-parse-child: dm_parse_child_run, each way a child can end, as a table of
 * named cases: an answer passed back, the function's own error passed through, a crash
 * by a signal, the CPU, wall-clock and memory budgets. */
#include <errno.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "dunning/daemon/dm-parse-child.h"
#include "test-util.h"

static GVariant *
answers(gpointer user, GError **error)
{
	return g_variant_new("(su)", "facts", 42);
}

static GVariant *
fails(gpointer user, GError **error)
{
	g_set_error_literal(error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "no such spool file");
	return NULL;
}

static GVariant *
segfaults(gpointer user, GError **error)
{
	/* The default action, not a sanitizer's handler: the crash as a plain build sees it. */
	signal(SIGSEGV, SIG_DFL);
	raise(SIGSEGV);
	return NULL;
}

static GVariant *
spins(gpointer user, GError **error)
{
	volatile guint64 n = 0;
	for (;;)
		n++;
	return NULL;
}

static GVariant *
sleeps(gpointer user, GError **error)
{
	for (;;)
		pause();
	return NULL;
}

/* Takes memory a megabyte at a time, touching it, as a parser gone wild would. */
static GVariant *
eats_memory(gpointer user, GError **error)
{
	for (;;) {
		char *p = g_malloc(1024 * 1024);
		memset(p, 1, 1024 * 1024);
	}
	return NULL;
}

/* Killed from outside, as the kernel's OOM killer would: most likely the machine's
 * trouble, not the file's. */
static GVariant *
killed_from_outside(gpointer user, GError **error)
{
	kill(getpid(), SIGKILL);
	return NULL;
}

/* A SIGTERM or SIGINT meant for dunmaild (systemd signals the whole unit, a Ctrl-C the
 * whole process group) does not stop a parse: the child answers. */
static GVariant *
outlives_term(gpointer user, GError **error)
{
	kill(getpid(), SIGTERM);
	kill(getpid(), SIGINT);
	kill(getpid(), SIGHUP);
	return answers(user, error);
}

/* Closes its end of the pipe, then hangs: the parent reaps it anyway, within a second. */
static GVariant *
hangs_after_answer(gpointer user, GError **error)
{
	close(3);
	for (;;)
		pause();
	return NULL;
}

/* What the child still holds of its parent: open descriptors above the answer pipe (3),
 * the core-dump limit, and whether SIGTERM is ignored. */
static GVariant *
inventory(gpointer user, GError **error)
{
	guint open_fds = 0;
	for (int fd = 4; fd < 1024; fd++)
		if (fcntl(fd, F_GETFD) != -1)
			open_fds++;
	struct rlimit core;
	getrlimit(RLIMIT_CORE, &core);
	struct sigaction term;
	sigaction(SIGTERM, NULL, &term);
	return g_variant_new("(utb)", open_fds, (guint64) core.rlim_cur,
	                     term.sa_handler == SIG_IGN);
}

typedef struct {
	const char *name;
	DmParseChildFunc fn;
	int cpu_seconds;
	int wall_seconds;
	gsize extra_memory;           /* memory budget above what the process has now; 0: none */
	DmParseChildError code;       /* 0: an answer is expected */
	const char *message;          /* in the error message */
} Case;

static const Case cases[] = {
	{ "answer", answers, 5, 0, 0, 0, NULL },
	{ "own-error", fails, 5, 0, 0, DM_PARSE_CHILD_ERROR_FAILED, "no such spool file" },
	{ "signal", segfaults, 5, 0, 0, DM_PARSE_CHILD_ERROR_CRASHED, "parser crashed: signal 11" },
	/* A wall clock wide enough that a busy machine still lets the CPU budget decide. */
	{ "cpu", spins, 1, 60, 0, DM_PARSE_CHILD_ERROR_OVER_BUDGET, "parse exceeded 1 s CPU" },
	{ "wall-clock", sleeps, 5, 1, 0, DM_PARSE_CHILD_ERROR_OVER_BUDGET,
	  "parse exceeded 1 s (wall clock)" },
	{ "killed-from-outside", killed_from_outside, 5, 0, 0, DM_PARSE_CHILD_ERROR_STOPPED,
	  "parser stopped from outside (signal 9" },
	{ "outlives-term", outlives_term, 5, 0, 0, 0, NULL },
	{ "hangs-after-answer", hangs_after_answer, 5, 30, 0, DM_PARSE_CHILD_ERROR_CRASHED,
	  "it hung after closing its answer" },
	{ "memory", eats_memory, 20, 0, 64 * 1024 * 1024, DM_PARSE_CHILD_ERROR_OVER_BUDGET,
	  " MB" },
};

/* This process's address space now, in bytes (the child starts with all of it). */
static gsize
address_space(void)
{
	g_autofree char *status = NULL;
	g_assert_true(g_file_get_contents("/proc/self/status", &status, NULL, NULL));
	const char *line = strstr(status, "VmSize:");
	g_assert_nonnull(line);
	return (gsize) g_ascii_strtoull(line + strlen("VmSize:"), NULL, 10) * 1024;
}

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	DmParseBudget budget = { .cpu_seconds = c->cpu_seconds, .wall_seconds = c->wall_seconds };
	g_autofree char *expect = g_strdup(c->message);
	if (c->extra_memory) {
		if (!dm_parse_child_limits_memory()) {
			g_test_skip("AddressSanitizer: the memory budget is not enforced");
			return;
		}
		budget.memory_bytes = address_space() + c->extra_memory;
		g_free(expect);
		expect = g_strdup_printf("parse exceeded %" G_GSIZE_FORMAT " MB",
		                         budget.memory_bytes / (1024 * 1024));
	}
	g_autoptr(GError) err = NULL;
	gint64 started = g_get_monotonic_time();
	g_autoptr(GVariant) v = dm_parse_child_run(&budget, c->fn, NULL, &err);
	gint64 took = g_get_monotonic_time() - started;
	/* Nothing runs past its wall clock, and a little for the machine. */
	int wall = c->wall_seconds ? c->wall_seconds : DM_PARSE_WALL_SECONDS(c->cpu_seconds);
	g_assert_cmpint(took, <, (wall + 3) * G_USEC_PER_SEC);
	if (!c->code) {
		g_assert_no_error(err);
		g_assert_nonnull(v);
		g_assert_true(g_variant_is_of_type(v, G_VARIANT_TYPE("(su)")));
		const char *s;
		guint32 n;
		g_variant_get(v, "(&su)", &s, &n);
		g_assert_cmpstr(s, ==, "facts");
		g_assert_cmpuint(n, ==, 42);
		return;
	}
	g_assert_null(v);
	g_assert_error(err, DM_PARSE_CHILD_ERROR, (gint) c->code);
	if (!strstr(err->message, expect))
		g_test_fail_printf("error \"%s\" lacks \"%s\"", err->message, expect);
}

/* The ledger's descriptors (here: a file the parent holds open) never reach the child;
 * it writes no core dump; and it ignores SIGTERM, whatever the parent's disposition. */
static void
test_isolated(void)
{
	int held = open("/proc/self/status", O_RDONLY | O_CLOEXEC);
	int spare = dup(held);          /* not close-on-exec: a fork keeps it */
	g_assert_cmpint(spare, >=, 0);
	signal(SIGTERM, SIG_DFL);
	DmParseBudget budget = { .cpu_seconds = 5 };
	g_autoptr(GError) err = NULL;
	g_autoptr(GVariant) v = dm_parse_child_run(&budget, inventory, NULL, &err);
	close(held);
	close(spare);
	g_assert_no_error(err);
	guint open_fds;
	guint64 core;
	gboolean term_ignored;
	g_variant_get(v, "(utb)", &open_fds, &core, &term_ignored);
	g_assert_cmpuint(open_fds, ==, 0);
	g_assert_cmpuint(core, ==, 0);
	g_assert_true(term_ignored);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/parse-child/isolated", test_isolated);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *p = g_strconcat("/parse-child/", cases[i].name, NULL);
		g_test_add_data_func(p, &cases[i], test_case);
	}
	return g_test_run();
}
