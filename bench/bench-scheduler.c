/* bench-scheduler: one pass of dunmaild's scheduler, and `dunmail invoices --json`, over
 * ledgers of 10k, 100k and 1M open invoices (issue 7 point 11, issue 11 point 1c).
 *
 *   bench-scheduler [--sizes 10000,100000,1000000] [--shares 0.001,0.01]
 *                   [--dunmail PATH] [--json OUT] [--dir DIR]
 *
 * For each size and share of invoices due today, a child process generates the ledger
 * through the ledger's functions in one transaction (bench/ledger-gen.c) and decides every
 * invoice's next day once (what a migration or a ladder change costs, once); the ledger is
 * copied, then each of these runs in a process of its own that only opens the generated
 * ledger, so that each peak RSS is its own (not the generator's 256 MiB bulk cache):
 *   pass      dm_scheduler_run, dry run: the indexed pass that goes live;
 *   walk      dm_scheduler_run_walking_all on the copy: the full walk it replaced;
 *   listing   `dunmail invoices --json` to /dev/null, a process of its own.
 * Wall-clock seconds (the pass waits on the disk as dunmaild does); the machine may be
 * shared, so compare within one run: the growth ratio 1M / 10k is the figure to read. */
#include "ledger-gen.h"
#include "common/dm-clock.h"
#include "common/dm-config.h"
#include "dunning/daemon/dm-scheduler.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
wall(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* Seconds of CPU this process has used (user and system): the work, without the waits
 * for the disk that a shared machine lengthens. */
static double
cpu(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (double) ru.ru_utime.tv_sec + (double) ru.ru_utime.tv_usec / 1e6 +
	       (double) ru.ru_stime.tv_sec + (double) ru.ru_stime.tv_usec / 1e6;
}

/* Forgets this process's peak RSS, so that the next reading is the next phase's. */
static void
reset_peak(void)
{
	g_file_set_contents("/proc/self/clear_refs", "5", 1, NULL);
}

/* This process's peak RSS since reset_peak(), in MB (VmHWM). */
static double
peak_mb(void)
{
	g_autofree char *status = NULL;
	if (!g_file_get_contents("/proc/self/status", &status, NULL, NULL))
		return -1;
	const char *hwm = strstr(status, "VmHWM:");
	return hwm ? g_ascii_strtod(hwm + 6, NULL) / 1024.0 : -1;
}

/* The pass says what it decides, a line per letter: kept out of the timing, but not
 * warnings. */
static GLogWriterOutput
quiet(GLogLevelFlags level, const GLogField *fields, gsize n, gpointer user)
{
	if (level & (G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG))
		return G_LOG_WRITER_HANDLED;
	return g_log_writer_default(level, fields, n, user);
}

static const char *today_iso = "2026-12-02";

static char *
write_config(const char *dir)
{
	g_autofree char *cwd = g_get_current_dir();
	g_autofree char *path = g_build_filename(dir, "dunmail.conf", NULL);
	g_autofree char *text = g_strdup_printf(
		"[ledger]\ndatabase = %s/ledger.sqlite\n"
		"[spool]\ndirectory = %s/spool\n"
		"[mail]\nbilling_addresses = billing@acme.example\nowner = owner@acme.example\n"
		"authserv_id = mx.acme.example\n"
		"[dunning]\ntemplates = %s/templates\nrates = %s/data/rates\n",
		dir, dir, cwd, cwd);
	g_autoptr(GError) err = NULL;
	if (!g_file_set_contents(path, text, -1, &err))
		g_error("bench: %s", err->message);
	return g_steal_pointer(&path);
}

/* One timed pass (@walk_all: the full walk) over the ledger at @db. */
static void
time_pass(JsonBuilder *b, const char *name, DmConfig *config, const char *db, GDateTime *now,
          gboolean walk_all)
{
	g_autoptr(GError) err = NULL;
	reset_peak();
	double t0 = wall(), c0 = cpu();
	g_autoptr(DmLedger) ledger = dm_ledger_open(db, FALSE, &err);
	DmSchedulerStats st = { 0 };
	g_autoptr(DmClock) clock = dm_clock_new_running_from(now);
	gboolean ok = ledger && (walk_all
		? dm_scheduler_run_walking_all(config, ledger, clock, now, TRUE, &st, &err)
		: dm_scheduler_run(config, ledger, clock, now, TRUE, &st, &err));
	if (!ok)
		g_error("bench: %s: %s", name, err->message);
	double t = wall() - t0, c = cpu() - c0;
	json_builder_set_member_name(b, name);
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "seconds");
	json_builder_add_double_value(b, t);
	json_builder_set_member_name(b, "cpu_seconds");
	json_builder_add_double_value(b, c);
	json_builder_set_member_name(b, "peak_rss_mb");
	json_builder_add_double_value(b, peak_mb());
	json_builder_set_member_name(b, "letters");
	json_builder_add_int_value(b, st.queued + st.handed_over);
	json_builder_set_member_name(b, "resumed");
	json_builder_add_int_value(b, st.resumed);
	json_builder_set_member_name(b, "statements");
	json_builder_add_int_value(b, (gint64) dm_ledger_statements_executed(ledger));
	json_builder_end_object(b);
}

/* `dunmail invoices --json` as its own process, its output thrown away. */
static void
time_listing(JsonBuilder *b, const char *dunmail, const char *conf)
{
	double t0 = wall();
	pid_t pid = fork();
	if (pid == 0) {
		if (!freopen("/dev/null", "w", stdout))
			_exit(127);
		execl(dunmail, dunmail, "--config", conf, "invoices", "--json", (char *) NULL);
		_exit(127);
	}
	int status = 0;
	struct rusage ru = { 0 };
	if (pid < 0 || wait4(pid, &status, 0, &ru) < 0 || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0)
		g_error("bench: %s invoices --json failed", dunmail);
	json_builder_set_member_name(b, "listing");
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "seconds");
	json_builder_add_double_value(b, wall() - t0);
	json_builder_set_member_name(b, "cpu_seconds");
	json_builder_add_double_value(b, (double) ru.ru_utime.tv_sec + (double) ru.ru_utime.tv_usec / 1e6 +
	                              (double) ru.ru_stime.tv_sec + (double) ru.ru_stime.tv_usec / 1e6);
	json_builder_set_member_name(b, "peak_rss_mb");
	json_builder_add_double_value(b, (double) ru.ru_maxrss / 1024.0);
	json_builder_end_object(b);
}

/* What one phase measures: members added to the open object of @b. */
typedef void (*Phase)(JsonBuilder *b, gpointer data);

/* Runs @phase in a forked child and adds the members it wrote to @b.  A process of its own
 * per phase: a peak RSS (VmHWM, or wait4's ru_maxrss of a child forked from it) counts the
 * memory a process had before, and generating 1M invoices leaves SQLite's 256 MiB bulk
 * cache (dm_ledger_prepare_bulk) and the heap it grew behind. */
static void
in_child(JsonBuilder *b, Phase phase, gpointer data)
{
	int fds[2];
	if (pipe(fds) != 0)
		g_error("bench: pipe: %s", g_strerror(errno));
	fflush(stdout);
	pid_t pid = fork();
	if (pid < 0)
		g_error("bench: fork: %s", g_strerror(errno));
	if (pid == 0) {
		close(fds[0]);
		g_autoptr(JsonBuilder) cb = json_builder_new();
		json_builder_begin_object(cb);
		phase(cb, data);
		json_builder_end_object(cb);
		g_autoptr(JsonGenerator) gen = json_generator_new();
		g_autoptr(JsonNode) root = json_builder_get_root(cb);
		json_generator_set_root(gen, root);
		gsize len = 0;
		g_autofree char *text = json_generator_to_data(gen, &len);
		for (gsize off = 0; off < len;) {
			ssize_t n = write(fds[1], text + off, len - off);
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0)
				_exit(1);
			off += (gsize) n;
		}
		_exit(0);
	}
	close(fds[1]);
	g_autoptr(GString) out = g_string_new(NULL);
	char buf[4096];
	ssize_t n;
	while ((n = read(fds[0], buf, sizeof buf)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			g_error("bench: read: %s", g_strerror(errno));
		g_string_append_len(out, buf, n);
	}
	close(fds[0]);
	int status = 0;
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		g_error("bench: a phase's child failed");
	g_autoptr(JsonParser) p = json_parser_new();
	g_autoptr(GError) err = NULL;
	if (!json_parser_load_from_data(p, out->str, (gssize) out->len, &err))
		g_error("bench: a phase's figures: %s", err->message);
	JsonObject *o = json_node_get_object(json_parser_get_root(p));
	g_autoptr(GList) members = json_object_get_members(o);
	for (GList *m = members; m; m = m->next) {
		json_builder_set_member_name(b, m->data);
		json_builder_add_value(b, json_node_copy(json_object_get_member(o, m->data)));
	}
}

/* One size and share: where its ledger is, and how to read it. */
typedef struct {
	DmConfig *config;
	const char *db;
	GDateTime *now;
	DmBenchLedgerSpec spec;
	gboolean walk_all;          /* time_phase: the full walk rather than the pass */
} Run;

/* Generates the ledger and decides every invoice's next day once. */
static void
generate_phase(JsonBuilder *b, gpointer data)
{
	Run *r = data;
	g_autoptr(GError) err = NULL;
	double t0 = wall();
	DmBenchLedgerCounts counts;
	{
		g_autoptr(DmLedger) ledger = dm_ledger_open(r->db, FALSE, &err);
		if (!ledger || !dm_bench_ledger_fill(ledger, &r->spec, &counts, &err))
			g_error("bench: generate: %s", err->message);
	}
	json_builder_set_member_name(b, "generate_seconds");
	json_builder_add_double_value(b, wall() - t0);
	json_builder_set_member_name(b, "due");
	json_builder_add_int_value(b, counts.due);
	json_builder_set_member_name(b, "reminders");
	json_builder_add_int_value(b, counts.reminders);

	t0 = wall();
	DmSchedulerStats st = { 0 };
	{
		g_autoptr(DmLedger) ledger = dm_ledger_open(r->db, FALSE, &err);
		if (!ledger || !dm_scheduler_refresh(r->config, ledger, r->now, &st, &err))
			g_error("bench: refresh: %s", err->message);
	}
	json_builder_set_member_name(b, "refresh_all_seconds");
	json_builder_add_double_value(b, wall() - t0);
}

static void
pass_phase(JsonBuilder *b, gpointer data)
{
	Run *r = data;
	time_pass(b, r->walk_all ? "walk" : "pass", r->config, r->db, r->now, r->walk_all);
}

/* The child: one size and share, one JSON object on stdout.  It only spawns: the ledger
 * is generated, passed over and walked each in a process of its own (in_child), and
 * listed by `dunmail` itself, so every peak is that phase's alone. */
static int
one(guint size, double share, const char *dir, const char *dunmail)
{
	g_autofree char *conf = write_config(dir);
	g_autoptr(GError) err = NULL;
	g_autoptr(DmConfig) config = dm_config_load(conf, &err);
	if (!config)
		g_error("bench: %s", err->message);
	g_autofree char *db = g_build_filename(dir, "ledger.sqlite", NULL);
	g_autofree char *copy = g_build_filename(dir, "walk.sqlite", NULL);
	g_autoptr(GTimeZone) tz = g_time_zone_new_identifier("Europe/Amsterdam");
	g_autoptr(GDateTime) now = g_date_time_new(tz, 2026, 12, 2, 10, 0, 0);
	Run run = { .config = config, .db = db, .now = now,
	            .spec = { .invoices = size, .seed = 7, .due_share = share } };
	dm_date_parse_iso(today_iso, &run.spec.today);
	g_autoptr(JsonBuilder) b = json_builder_new();
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "invoices");
	json_builder_add_int_value(b, size);
	json_builder_set_member_name(b, "due_share");
	json_builder_add_double_value(b, share);
	in_child(b, generate_phase, &run);

	g_autoptr(GFile) from = g_file_new_for_path(db);
	g_autoptr(GFile) to = g_file_new_for_path(copy);
	if (!g_file_copy(from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &err))
		g_error("bench: copy: %s", err->message);
	in_child(b, pass_phase, &run);
	Run walk = run;
	walk.db = copy;
	walk.walk_all = TRUE;
	in_child(b, pass_phase, &walk);
	g_unlink(copy);
	time_listing(b, dunmail, conf);
	json_builder_end_object(b);

	g_autoptr(JsonGenerator) gen = json_generator_new();
	g_autoptr(JsonNode) root = json_builder_get_root(b);
	json_generator_set_root(gen, root);
	g_autofree char *text = json_generator_to_data(gen, NULL);
	puts(text);
	return 0;
}

static double
member(JsonObject *o, const char *phase, const char *key)
{
	return json_object_get_double_member(json_object_get_object_member(o, phase), key);
}

static void
print_table(JsonArray *runs)
{
	printf("%9s %5s %5s %7s %7s | %7s %7s %6s | %7s %7s %6s | %7s %7s %6s\n", "invoices",
	       "due%", "due", "gen s", "reidx s", "pass s", "cpu s", "MB", "walk s", "cpu s", "MB",
	       "list s", "cpu s", "MB");
	for (guint i = 0; i < json_array_get_length(runs); i++) {
		JsonObject *o = json_array_get_object_element(runs, i);
		printf("%9" G_GINT64_FORMAT " %5.1f %5" G_GINT64_FORMAT " %7.1f %7.1f | %7.3f %7.3f %6.1f |"
		       " %7.3f %7.3f %6.1f | %7.2f %7.2f %6.1f\n",
		       json_object_get_int_member(o, "invoices"),
		       100 * json_object_get_double_member(o, "due_share"),
		       json_object_get_int_member(o, "due"),
		       json_object_get_double_member(o, "generate_seconds"),
		       json_object_get_double_member(o, "refresh_all_seconds"),
		       member(o, "pass", "seconds"), member(o, "pass", "cpu_seconds"),
		       member(o, "pass", "peak_rss_mb"),
		       member(o, "walk", "seconds"), member(o, "walk", "cpu_seconds"),
		       member(o, "walk", "peak_rss_mb"),
		       member(o, "listing", "seconds"), member(o, "listing", "cpu_seconds"),
		       member(o, "listing", "peak_rss_mb"));
	}
}

/* Growth of @phase's time from the smallest to the largest size, per share. */
static void
growth(JsonBuilder *b, JsonArray *runs, const char *phase)
{
	guint n = json_array_get_length(runs);
	for (guint i = 0; i < n; i++) {
		JsonObject *lo = json_array_get_object_element(runs, i);
		for (guint j = 0; j < n; j++) {
			JsonObject *hi = json_array_get_object_element(runs, j);
			if (json_object_get_double_member(lo, "due_share") !=
			        json_object_get_double_member(hi, "due_share") ||
			    json_object_get_int_member(hi, "invoices") <=
			        json_object_get_int_member(lo, "invoices") * 50)
				continue;
			for (int k = 0; k < 2; k++) {
				const char *what = k ? "cpu_seconds" : "seconds";
				double r = member(hi, phase, what) / member(lo, phase, what);
				g_autofree char *key = g_strdup_printf(
					"%s_%s_%" G_GINT64_FORMAT "_over_%" G_GINT64_FORMAT "_at_%.1f%%", phase,
					what, json_object_get_int_member(hi, "invoices"),
					json_object_get_int_member(lo, "invoices"),
					100 * json_object_get_double_member(lo, "due_share"));
				printf("growth %s: %.1f\n", key, r);
				json_builder_set_member_name(b, key);
				json_builder_add_double_value(b, r);
			}
		}
	}
}

int
main(int argc, char **argv)
{
	g_autofree char *sizes = g_strdup("10000,100000,1000000");
	g_autofree char *shares = g_strdup("0.001,0.01");
	g_autofree char *json_out = NULL, *dir = NULL, *dunmail = g_strdup("build/dunmail");
	int one_size = 0;
	double one_share = 0;
	GOptionEntry entries[] = {
		{ "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes, "Invoices per ledger", "N,N,…" },
		{ "shares", 0, 0, G_OPTION_ARG_STRING, &shares, "Shares due today", "S,S,…" },
		{ "dunmail", 0, 0, G_OPTION_ARG_FILENAME, &dunmail, "The dunmail to list with", "PATH" },
		{ "json", 0, 0, G_OPTION_ARG_FILENAME, &json_out, "Write the figures here", "OUT" },
		{ "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Where the ledgers go (a temporary "
		  "directory)", "DIR" },
		{ "one", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &one_size, NULL, NULL },
		{ "share", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_DOUBLE, &one_share, NULL, NULL },
		G_OPTION_ENTRY_NULL
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("- time the scheduler and the listing");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_autoptr(GError) err = NULL;
	if (!g_option_context_parse(ctx, &argc, &argv, &err)) {
		fprintf(stderr, "bench-scheduler: %s\n", err->message);
		return 2;
	}
	g_log_set_writer_func(quiet, NULL, NULL);
	if (one_size > 0)
		return one((guint) one_size, one_share, dir, dunmail);

	g_autofree char *top = dir ? g_strdup(dir) : g_dir_make_tmp("dm-bench-sched-XXXXXX", &err);
	if (!top)
		g_error("bench: %s", err->message);
	g_auto(GStrv) size_list = g_strsplit(sizes, ",", -1);
	g_auto(GStrv) share_list = g_strsplit(shares, ",", -1);
	g_autoptr(JsonArray) runs = json_array_new();
	char *self = argv[0];
	for (char **sz = size_list; *sz; sz++)
		for (char **sh = share_list; *sh; sh++) {
			g_autofree char *sub = g_strdup_printf("%s/%s-%s", top, *sz, *sh);
			g_mkdir_with_parents(sub, 0700);
			char *child[] = { self, "--one", *sz, "--share", *sh, "--dir", sub,
			                  "--dunmail", dunmail, NULL };
			g_autofree char *out = NULL;
			int status = 0;
			if (!g_spawn_sync(NULL, child, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
			                  &status, &err) || !g_spawn_check_wait_status(status, &err))
				g_error("bench: %s invoices: %s", *sz, err->message);
			g_autoptr(JsonParser) p = json_parser_new();
			if (!json_parser_load_from_data(p, out, -1, &err))
				g_error("bench: %s", err->message);
			json_array_add_element(runs, json_node_copy(json_parser_get_root(p)));
			g_autofree char *rm = g_strdup_printf("rm -rf '%s'", sub);
			if (system(rm) != 0)
				g_warning("bench: could not remove %s", sub);
		}
	print_table(runs);
	g_autoptr(JsonBuilder) b = json_builder_new();
	json_builder_begin_object(b);
	g_autoptr(GDateTime) when = g_date_time_new_now_utc();
	g_autofree char *iso = g_date_time_format_iso8601(when);
	json_builder_set_member_name(b, "measured_at");
	json_builder_add_string_value(b, iso);
	growth(b, runs, "pass");
	growth(b, runs, "walk");
	growth(b, runs, "listing");
	json_builder_set_member_name(b, "runs");
	json_builder_add_value(b, json_node_init_array(json_node_alloc(), runs));
	json_builder_end_object(b);
	if (json_out) {
		g_autoptr(JsonGenerator) gen = json_generator_new();
		json_generator_set_pretty(gen, TRUE);
		g_autoptr(JsonNode) root = json_builder_get_root(b);
		json_generator_set_root(gen, root);
		if (!json_generator_to_file(gen, json_out, &err))
			g_error("bench: %s", err->message);
		printf("figures in %s\n", json_out);
	}
	if (!dir)
		g_rmdir(top);
	return 0;
}
