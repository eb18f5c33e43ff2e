/* dm-parse-child: run one parse in a child process under a budget, so that one hostile
 * file (a PDF that costs poppler minutes of CPU or gigabytes of memory, or crashes it)
 * never stalls or takes down dunmaild (DESIGN.md: "a message that crashes or hangs the
 * parser ... parse in a child process with limits").
 *
 * The child is a fork() of the caller: it runs the given function with RLIMIT_CPU and
 * RLIMIT_AS set, sends the GVariant it returns back over a pipe, and _exit()s.  The parent
 * reads the answer with a wall-clock deadline (DM_PARSE_WALL_SECONDS) and kills the child
 * when it passes.  The function must not touch
 * the ledger, the network or anything else shared with the parent: only its input.
 *
 * Diagnostics (DM_PARSE_CHILD_ERROR):
 *   FAILED       the function's own error, its message passed through unchanged;
 *   OVER_BUDGET  "parse exceeded 20 s CPU", "parse exceeded 512 MB",
 *                "parse exceeded 45 s (wall clock)";
 *   CRASHED      "parser crashed: signal 11", an unexpected exit status or an answer
 *                that cannot be read;
 *   STOPPED      "parser stopped from outside (signal 9 ...)": a SIGKILL that was neither
 *                ours nor the CPU limit's (the kernel's OOM killer, an administrator):
 *                most likely the machine's trouble, possibly the input's (a file that
 *                needs more memory than the machine has free), so worth another try
 *                but not endless ones;
 *   SYSTEM       fork or pipe failed, or the child could not set its limits: the
 *                machine's trouble, not the input's.
 *
 * The child ignores SIGTERM, SIGINT and SIGHUP: stopping is the parent's to decide
 * (systemd's default KillMode signals every process of the unit at once, a Ctrl-C the
 * whole process group), and a child that died of it would be judged a crash.
 */
#pragma once
#include <glib.h>

#define DM_PARSE_CHILD_ERROR (dm_parse_child_error_quark())
GQuark dm_parse_child_error_quark(void);
typedef enum {
	DM_PARSE_CHILD_ERROR_FAILED = 1,
	DM_PARSE_CHILD_ERROR_OVER_BUDGET,
	DM_PARSE_CHILD_ERROR_CRASHED,
	DM_PARSE_CHILD_ERROR_SYSTEM,
	DM_PARSE_CHILD_ERROR_STOPPED,
} DmParseChildError;

typedef struct {
	int cpu_seconds;            /* RLIMIT_CPU, >= 1 */
	gsize memory_bytes;         /* RLIMIT_AS of the whole child, libraries included; 0: none */
	int wall_seconds;           /* 0: DM_PARSE_WALL_SECONDS(cpu_seconds) */
} DmParseBudget;

/* The wall clock a child gets by default: a child that sleeps or waits uses no CPU, and
 * one on a busy machine gets less than a whole processor. */
#define DM_PARSE_WALL_SECONDS(cpu) (2 * (cpu) + 5)

/* FALSE when this build cannot enforce memory_bytes (under AddressSanitizer). */
gboolean dm_parse_child_limits_memory(void);

/* Runs in the child.  Returns (transfer full) its answer, or NULL with @error set. */
typedef GVariant *(*DmParseChildFunc)(gpointer user, GError **error);

/* (transfer full) the answer @fn gave in a child process under @budget, in normal form;
 * NULL with @error set as above. */
GVariant *dm_parse_child_run(const DmParseBudget *budget, DmParseChildFunc fn, gpointer user,
                             GError **error);

/* What one child cost, from its own rusage (wait4), whether it answered or not: what the
 * budget bounds, measured (the hostile-input tests print and check it). */
typedef struct {
	double cpu_seconds;         /* user + system */
	gsize max_rss_bytes;        /* peak resident set */
	double wall_seconds;        /* fork to reaped */
} DmParseUsage;

/* dm_parse_child_run, filling @usage (nullable) with what the child cost. */
GVariant *dm_parse_child_run_measured(const DmParseBudget *budget, DmParseChildFunc fn,
                                      gpointer user, DmParseUsage *usage, GError **error);
