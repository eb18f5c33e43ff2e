/* parse_child: one parse in a forked child with CPU, memory and wall-clock limits
 * (dm-parse-child.h has the contract and the diagnostics).
 *
 * Why fork and not a fresh exec of dunmaild: the parser is pure and needs only what the
 * caller already holds (the file's bytes, a setting or two), the unit tests can run it
 * in-process, and nothing has to be passed on a command line.  The child inherits the
 * ledger's descriptor but never uses it and leaves by _exit(), so SQLite's state is not
 * touched; dunmaild's lock on the ledger (daemon_lock.c) is an fcntl lock, which a child
 * does not inherit.  dunmaild has one thread when it forks (it reads its signals from a
 * signalfd, not through GLib's signal thread, whose locks a child could inherit held), and
 * glibc's malloc is made safe across fork by glibc itself. */
#include "dunning/daemon/dm-parse-child.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/dm-valgrind.h"

G_DEFINE_QUARK(dm-parse-child-error-quark, dm_parse_child_error)

/* AddressSanitizer reserves terabytes of address space for its shadow memory, so under it
 * RLIMIT_AS would stop every child at once: there the memory budget is not enforced (the
 * CPU and wall-clock budgets still are). */
#if defined(__SANITIZE_ADDRESS__)
#define DM_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DM_UNDER_ASAN 1
#endif
#endif

/* The child's exit statuses besides 0 (answer written). */
enum {
	CHILD_EXIT_NO_MEMORY = 90,      /* an allocation failed under RLIMIT_AS */
	CHILD_EXIT_SETUP = 91,          /* the limits could not be set */
	CHILD_EXIT_WRITE = 92,          /* the answer could not be written */
};

/* Bounds what a child may send back: a parse's facts and at most DM_MAX_TEXT_BYTES of
 * reply text are far below it. */
#define MAX_ANSWER_BYTES (16 * 1024 * 1024)

gboolean
dm_parse_child_limits_memory(void)
{
#ifdef DM_UNDER_ASAN
	return FALSE;
#else
	return !dm_under_valgrind();   /* which reserves more than any budget */
#endif
}

/* ---- the child ---- */

/* GLib (g_error "failed to allocate": abort(), or a breakpoint trap when it thinks a
 * debugger is near), poppler (gmalloc's "Out of memory") and C++'s uncaught
 * std::bad_alloc all end in a signal when an allocation fails; the failed malloc leaves
 * errno at ENOMEM unless the error message's output changed it.  ENOMEM, or no room for
 * one more megabyte, is the memory budget, not a crash.  Async-signal-safe calls only. */
static void
on_abort(int sig)
{
	int e = errno;
	void *probe = mmap(NULL, 1024 * 1024, PROT_READ | PROT_WRITE,
	                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (e == ENOMEM || probe == MAP_FAILED)
		_exit(CHILD_EXIT_NO_MEMORY);
	signal(sig, SIG_DFL);
	raise(sig);
}

static gboolean
set_limit(int resource, rlim_t value)
{
	struct rlimit rl;
	if (getrlimit(resource, &rl) != 0)
		return FALSE;
	/* A soft limit one below the hard one: RLIMIT_CPU sends SIGXCPU at the soft limit and
	 * SIGKILL at the hard one, should the first be caught or ignored. */
	rlim_t hard = value + (resource == RLIMIT_CPU ? 1 : 0);
	if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < hard)
		hard = rl.rlim_max;
	rl.rlim_cur = MIN(value, hard);
	rl.rlim_max = hard;
	return setrlimit(resource, &rl) == 0;
}

static gboolean
write_all(int fd, const guint8 *data, gsize len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return FALSE;
		data += n;
		len -= (gsize) n;
	}
	return TRUE;
}

/* The child keeps nothing of the parent's but what the parse needs: hostile input must
 * not meet the ledger's descriptors, and the child must not outlive its parent, write a
 * core dump of up to the memory budget, or ignore a stop.  FALSE when that cannot be
 * made so. */
static gboolean
child_isolate(int *fd)
{
	/* Dies with dunmaild, even when dunmaild is SIGKILLed; the parent may already be
	 * gone by the time the request is made. */
	pid_t parent = getppid();
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != parent)
		return FALSE;
	/* Stopping is the parent's to decide: systemd's default KillMode sends SIGTERM to every
	 * process of the unit at once, and a Ctrl-C on `dunmaild -f` reaches the whole process
	 * group.  Killed by it, the child would look crashed and its file (a debtor's
	 * dispute, an invoice) be set aside unread; it finishes instead, bounded by its
	 * budget, its parent's deadline and PDEATHSIG. */
	signal(SIGTERM, SIG_IGN);
	signal(SIGINT, SIG_IGN);
	signal(SIGHUP, SIG_IGN);
	signal(SIGCHLD, SIG_DFL);
	struct rlimit no_core = { 0, 0 };
	if (setrlimit(RLIMIT_CORE, &no_core) != 0)
		return FALSE;
	/* The pipe becomes descriptor 3; everything above it (the ledger, its WAL and shm,
	 * the lock file, GLib's wake-up descriptors) is closed. */
	if (*fd != 3) {
		if (dup2(*fd, 3) < 0)
			return FALSE;
		close(*fd);
		*fd = 3;
	}
	if (close_range(4, ~0U, 0) == 0)
		return TRUE;
	/* A kernel before 5.9, or a seccomp filter that refuses it: one at a time. */
	long max = sysconf(_SC_OPEN_MAX);
	for (long other = 4; other < (max > 0 ? max : 65536); other++)
		close((int) other);
	return TRUE;
}

/* Never returns. */
static void G_GNUC_NORETURN
child_main(const DmParseBudget *budget, DmParseChildFunc fn, gpointer user, int fd)
{
	if (!child_isolate(&fd))
		_exit(CHILD_EXIT_SETUP);
	/* The child answers only through its pipe.  What a library prints on stdout when it
	 * gives up (GLib's test harness turns a fatal error into a TAP "Bail out!") belongs
	 * to nobody: it must not mix into the parent's output.  stderr stays, for the log. */
	int devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (devnull < 0 || dup2(devnull, STDOUT_FILENO) < 0)
		_exit(CHILD_EXIT_SETUP);
	close(devnull);
	gboolean limited = set_limit(RLIMIT_CPU, (rlim_t) budget->cpu_seconds);
	if (dm_parse_child_limits_memory() && budget->memory_bytes > 0)
		limited = limited && set_limit(RLIMIT_AS, (rlim_t) budget->memory_bytes);
	if (!limited)
		_exit(CHILD_EXIT_SETUP);
	signal(SIGABRT, on_abort);
	signal(SIGTRAP, on_abort);
	/* A parent that gave up on us (and closed its end) must not kill us with SIGPIPE
	 * before we can say so by the exit status. */
	signal(SIGPIPE, SIG_IGN);
	/* dunmaild blocks SIGTERM and SIGINT to read them from a signalfd; the child ignores
	 * them (child_isolate) and takes the rest, SIGXCPU first, as a process normally would. */
	sigset_t none;
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);

	GError *error = NULL;
	GVariant *value = fn(user, &error);
	const char *why = error ? error->message : "";
	GVariant *answer = g_variant_ref_sink(
		g_variant_new("(b@ayv)", value != NULL, g_variant_new_bytestring(why),
		              value ? value : g_variant_new("()")));
	gboolean ok = write_all(fd, g_variant_get_data(answer), g_variant_get_size(answer));
	/* The answer and the error are freed: only so that a leak checker following the child
	 * (make check VALGRIND=1) finds nothing lost, which it would count as an error and end
	 * the child with its error status.  The process ends here, with _exit: no atexit
	 * handlers or stdio flushes that belong to the parent. */
	g_variant_unref(answer);
	g_clear_error(&error);
	_exit(ok ? 0 : CHILD_EXIT_WRITE);
}

/* ---- the parent ---- */

static void
set_system_error(GError **error, const char *what)
{
	int e = errno;
	g_set_error(error, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_SYSTEM, "%s: %s", what,
	            g_strerror(e));
}

typedef enum {
	ANSWER_COMPLETE,            /* end of file: the child closed its end */
	ANSWER_LATE,                /* the wall-clock deadline passed first */
	ANSWER_TOO_BIG,
	ANSWER_BROKEN,              /* our own poll() or read() failed: errno says why */
} AnswerEnd;

/* Reads the child's answer from @fd until end of file or @deadline (monotonic µs). */
static AnswerEnd
read_answer(int fd, gint64 deadline, GByteArray *out)
{
	guint8 buf[65536];
	for (;;) {
		gint64 left = deadline - g_get_monotonic_time();
		if (left <= 0)
			return ANSWER_LATE;
		struct pollfd p = { .fd = fd, .events = POLLIN };
		int r = poll(&p, 1, (int) MIN(left / 1000 + 1, G_MAXINT));
		if (r < 0 && errno != EINTR)
			return ANSWER_BROKEN;
		if (r <= 0)
			continue;
		ssize_t n = read(fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return ANSWER_BROKEN;
		if (n == 0)
			return ANSWER_COMPLETE;
		if (out->len + (gsize) n > MAX_ANSWER_BYTES)
			return ANSWER_TOO_BIG;
		g_byte_array_append(out, buf, (guint) n);
	}
}

/* Waits for child @pid.  One that closed its end (@answered) normally exits at once;
 * one that closed it and then hung is given a second and then killed (*@killed), so that
 * the parent never waits without a deadline.  FALSE with errno when wait4 fails. */
static gboolean
reap(pid_t pid, gboolean answered, int *status, struct rusage *ru, gboolean *killed)
{
	*killed = FALSE;
	gint64 deadline = g_get_monotonic_time() + G_USEC_PER_SEC;
	gulong pause_us = 50;
	for (;;) {
		pid_t r = wait4(pid, status, answered ? WNOHANG : 0, ru);
		if (r == pid)
			return TRUE;
		if (r < 0 && errno != EINTR)
			return FALSE;
		if (r == 0 && g_get_monotonic_time() >= deadline) {
			kill(pid, SIGKILL);
			*killed = TRUE;
			answered = FALSE;       /* now a blocking wait: SIGKILL cannot be refused */
		} else if (r == 0) {
			g_usleep(pause_us);
			pause_us = MIN(pause_us * 2, 10000);
		}
	}
}

static double
cpu_used(const struct rusage *ru)
{
	return (double) ru->ru_utime.tv_sec + ru->ru_utime.tv_usec / 1e6 +
	       (double) ru->ru_stime.tv_sec + ru->ru_stime.tv_usec / 1e6;
}

/* Sets @error from how the child ended; FALSE unless it ended well. */
static gboolean
judge_end(const DmParseBudget *budget, int status, const struct rusage *ru, GError **error)
{
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return TRUE;
	if (WIFSIGNALED(status) && (WTERMSIG(status) == SIGXCPU ||
	    (WTERMSIG(status) == SIGKILL && cpu_used(ru) >= budget->cpu_seconds))) {
		g_set_error(error, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_OVER_BUDGET,
		            "parse exceeded %d s CPU", budget->cpu_seconds);
	} else if (WIFEXITED(status) && WEXITSTATUS(status) == CHILD_EXIT_NO_MEMORY) {
		g_set_error(error, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_OVER_BUDGET,
		            "parse exceeded %" G_GSIZE_FORMAT " MB",
		            budget->memory_bytes / (1024 * 1024));
	} else if (WIFEXITED(status) && WEXITSTATUS(status) == CHILD_EXIT_SETUP) {
		g_set_error(error, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_SYSTEM,
		            "parser could not set its resource limits");
	} else if (WIFSIGNALED(status) && (WTERMSIG(status) == SIGKILL || WTERMSIG(status) == SIGTERM ||
	                                   WTERMSIG(status) == SIGINT || WTERMSIG(status) == SIGHUP)) {
		/* Not ours (we kill only a late child) and not for CPU: the kernel's OOM killer
		 * or an administrator (the child ignores the others, so they come only from one
		 * who reset that).  Most likely the machine's trouble, not the file's. */
		g_set_error(error, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_STOPPED,
		            "parser stopped from outside (signal %d%s)", WTERMSIG(status),
		            WTERMSIG(status) == SIGKILL ? "; the system short of memory?" : "");
	} else if (WIFSIGNALED(status)) {
		g_set_error(error, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_CRASHED,
		            "parser crashed: signal %d", WTERMSIG(status));
	} else {
		g_set_error(error, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_CRASHED,
		            "parser crashed: exit status %d", WEXITSTATUS(status));
	}
	return FALSE;
}

/* (transfer full) the value inside the child's answer, or NULL with @error. */
static GVariant *
unpack_answer(GByteArray *bytes, GError **error)
{
	guint len = bytes->len;        /* free_to_bytes empties a shared array */
	g_autoptr(GBytes) b = g_byte_array_free_to_bytes(g_byte_array_ref(bytes));
	g_autoptr(GVariant) raw = g_variant_ref_sink(
		g_variant_new_from_bytes(G_VARIANT_TYPE("(bayv)"), b, FALSE));
	/* Normal form: an answer cut short or garbled reads as one, never out of bounds. */
	if (!g_variant_is_normal_form(raw)) {
		g_set_error(error, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_CRASHED,
		            "parser crashed: its answer cannot be read (%u bytes)", len);
		return NULL;
	}
	gboolean ok;
	g_autoptr(GVariant) why = NULL, value = NULL;
	g_variant_get(raw, "(b@ayv)", &ok, &why, &value);
	if (!ok) {
		g_set_error(error, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_FAILED, "%s",
		            g_variant_get_bytestring(why));
		return NULL;
	}
	return g_steal_pointer(&value);
}

GVariant *
dm_parse_child_run(const DmParseBudget *budget, DmParseChildFunc fn, gpointer user,
                   GError **error)
{
	return dm_parse_child_run_measured(budget, fn, user, NULL, error);
}

GVariant *
dm_parse_child_run_measured(const DmParseBudget *budget, DmParseChildFunc fn, gpointer user,
                            DmParseUsage *usage, GError **error)
{
	g_return_val_if_fail(budget && budget->cpu_seconds >= 1 && fn, NULL);
	gint64 started = g_get_monotonic_time();
	int fds[2];
	if (pipe2(fds, O_CLOEXEC) != 0) {
		set_system_error(error, "parse: pipe");
		return NULL;
	}
	pid_t pid = fork();
	if (pid < 0) {
		set_system_error(error, "parse: fork");
		close(fds[0]);
		close(fds[1]);
		return NULL;
	}
	if (pid == 0) {
		close(fds[0]);
		child_main(budget, fn, user, fds[1]);
	}
	close(fds[1]);

	g_autoptr(GByteArray) answer = g_byte_array_new();
	gint64 wall = budget->wall_seconds > 0 ? budget->wall_seconds
	                                       : DM_PARSE_WALL_SECONDS((gint64) budget->cpu_seconds);
	AnswerEnd end = read_answer(fds[0], g_get_monotonic_time() + wall * G_USEC_PER_SEC, answer);
	int read_errno = errno;
	close(fds[0]);
	gboolean complete = end == ANSWER_COMPLETE;
	if (!complete)
		kill(pid, SIGKILL);         /* ours, by its pid; reaped just below */
	int status = 0;
	struct rusage ru = { 0 };
	gboolean hung = FALSE;
	if (!reap(pid, complete, &status, &ru, &hung)) {
		set_system_error(error, "parse: wait");
		return NULL;
	}
	if (usage) {
		usage->cpu_seconds = cpu_used(&ru);
		usage->max_rss_bytes = (gsize) ru.ru_maxrss * 1024;     /* Linux: kilobytes */
		usage->wall_seconds = (double) (g_get_monotonic_time() - started) / G_USEC_PER_SEC;
	}
	if (end == ANSWER_BROKEN) {
		errno = read_errno;
		set_system_error(error, "parse: reading the parser's answer");
		return NULL;
	}
	if (end == ANSWER_TOO_BIG) {
		g_set_error(error, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_CRASHED,
		            "parser crashed: its answer exceeds %d bytes", MAX_ANSWER_BYTES);
		return NULL;
	}
	if (!complete && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL &&
	    cpu_used(&ru) < budget->cpu_seconds) {
		/* Our kill, and not for CPU: it slept, waited or did not get the processor. */
		g_set_error(error, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_OVER_BUDGET,
		            "parse exceeded %" G_GINT64_FORMAT " s (wall clock)", wall);
		return NULL;
	}
	if (hung) {
		g_set_error_literal(error, DM_PARSE_CHILD_ERROR, DM_PARSE_CHILD_ERROR_CRASHED,
		                    "parser crashed: it hung after closing its answer");
		return NULL;
	}
	if (!judge_end(budget, status, &ru, error))
		return NULL;
	return unpack_answer(answer, error);
}
