/* bench-spool: what spooling's durability costs, and whether group commit would help
 * (issue 11, point 1a).  The spool write path in isolation, on the file system of DIR.
 *
 *   bench-spool [--dir DIR] [--messages N] [--threads N] [--rounds N] [--size BYTES]
 *               [--json OUT]
 *
 * THREADS threads (libmilter's threads, one per MTA connection) each spool MESSAGES /
 * THREADS messages of SIZE bytes at the same time, in six ways:
 *
 *   writer       dm_spool_writer, what dunmail-milter does: write, fsync the file,
 *                rename into new/, fsync new/ (each thread syncs for itself);
 *   nosync       write and rename, no fsync at all: the floor, and what durability costs;
 *   fsync        the same steps as writer in plain system calls (checks that the mirror
 *                below is fair: it should match writer);
 *   group-dir    fsync the file, rename, then wait for a shared fsync of new/: the first
 *                thread to arrive syncs for every message renamed before it began, the
 *                others wait for it (each still waits until its own message is durable);
 *   group-syncfs write and rename, then a shared syncfs(): one sync for the data and the
 *                directory entries of every waiting message (but also for everything
 *                else on that file system);
 *   rename-first write, rename into new/, then fsync the file and new/: the same two
 *                syncs, but on a journalling file system the rename is in the journal
 *                commit the file's fsync forces, so the directory's fsync finds nothing
 *                left to commit.
 *
 * Each round runs every way once; the rate of each as a ratio to nosync is taken per
 * round and reported as median, min and max, so that the noise of a shared disk shows.
 * Each message's own time (open to durable) is kept too, and its p50 and p99 over all
 * rounds reported: with --threads 1 that is the floor under the latency the mail-path
 * bench measures for a spooled message, what the disk's syncs alone cost it.
 * The spool directory is emptied between ways, outside the timing. */
#include "milter/dm-spool-writer.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

typedef enum {
	WAY_WRITER, WAY_NOSYNC, WAY_FSYNC, WAY_GROUP_DIR, WAY_GROUP_SYNCFS, WAY_RENAME_FIRST,
	N_WAYS
} Way;
static const char *const way_names[N_WAYS] = {
	"writer", "nosync", "fsync", "group-dir", "group-syncfs", "rename-first",
};

/* A group commit: tickets are taken after a rename; one leader at a time syncs and so
 * makes every ticket taken before it started durable. */
typedef struct {
	GMutex lock;
	GCond cond;
	guint64 taken, durable;
	gboolean busy;
	guint syncs;
} Group;

typedef struct {
	const char *dir;
	const guint8 *data;
	gsize size;
	guint count, thread;
	Way way;
	Group *group;
	int new_fd;
	gint64 *micros;             /* [count]: each message's time, open to durable */
} Job;

static void G_GNUC_NORETURN
die_errno(const char *what, const char *path)
{
	fprintf(stderr, "bench-spool: %s %s: %s\n", what, path, g_strerror(errno));
	exit(1);
}

static void
group_wait(Group *g, int fd, gboolean whole_fs)
{
	g_mutex_lock(&g->lock);
	guint64 mine = ++g->taken;
	while (g->durable < mine) {
		if (g->busy) {
			g_cond_wait(&g->cond, &g->lock);
			continue;
		}
		g->busy = TRUE;
		guint64 target = g->taken;
		g_mutex_unlock(&g->lock);
		if ((whole_fs ? syncfs(fd) : fsync(fd)) != 0)
			die_errno("sync", "new/");
		g_mutex_lock(&g->lock);
		g->durable = target;
		g->busy = FALSE;
		g->syncs++;
		g_cond_broadcast(&g->cond);
	}
	g_mutex_unlock(&g->lock);
}

static void
spool_with_writer(const Job *j, guint i)
{
	g_autoptr(DmSpoolWriter) w = dm_spool_writer_new(j->dir, 0, FALSE);
	g_autoptr(GError) error = NULL;
	g_autoptr(DmEnvelope) env = dm_envelope_new();

	env->direction = DM_DIRECTION_INCOMING;
	env->mail_from = g_strdup("someone@debtor.example");
	g_ptr_array_add(env->rcpt_to, g_strdup("billing@acme.example"));
	env->queue_id = g_strdup_printf("B%u.%u", j->thread, i);
	if (!dm_spool_writer_add_header(w, "Subject", "bench", &error) ||
	    !dm_spool_writer_begin(w, env, &error) ||
	    !dm_spool_writer_body(w, j->data, j->size, &error) ||
	    !dm_spool_writer_commit(w, NULL, &error)) {
		fprintf(stderr, "bench-spool: %s\n", error->message);
		exit(1);
	}
}

static void
spool_raw(const Job *j, guint i)
{
	g_autofree char *name = g_strdup_printf("%u.%u.eml", j->thread, i);
	g_autofree char *tmp = g_build_filename(j->dir, "tmp", name, NULL);
	g_autofree char *dst = g_build_filename(j->dir, "new", name, NULL);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
	gboolean file_sync = j->way == WAY_FSYNC || j->way == WAY_GROUP_DIR;

	if (fd < 0)
		die_errno("open", tmp);
	if (write(fd, j->data, j->size) != (ssize_t)j->size)
		die_errno("write", tmp);
	if (file_sync && fsync(fd) != 0)
		die_errno("fsync", tmp);
	if (rename(tmp, dst) != 0)
		die_errno("rename", tmp);
	if (j->way == WAY_RENAME_FIRST && fsync(fd) != 0)
		die_errno("fsync", dst);
	close(fd);
	if ((j->way == WAY_FSYNC || j->way == WAY_RENAME_FIRST) && fsync(j->new_fd) != 0)
		die_errno("fsync", "new/");
	if (j->way == WAY_GROUP_DIR)
		group_wait(j->group, j->new_fd, FALSE);
	if (j->way == WAY_GROUP_SYNCFS)
		group_wait(j->group, j->new_fd, TRUE);
}

static gpointer
worker(gpointer data)
{
	const Job *j = data;
	for (guint i = 0; i < j->count; i++) {
		gint64 t0 = g_get_monotonic_time();
		if (j->way == WAY_WRITER)
			spool_with_writer(j, i);
		else
			spool_raw(j, i);
		j->micros[i] = g_get_monotonic_time() - t0;
	}
	return NULL;
}

static void
empty_dir(const char *dir)
{
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	const char *name;
	while (d != NULL && (name = g_dir_read_name(d)) != NULL) {
		g_autofree char *path = g_build_filename(dir, name, NULL);
		g_unlink(path);
	}
}

/* Messages per second for one way; *syncs: how many shared syncs a group needed; each
 * message's time in µs is appended to @micros. */
static double
run_way(const char *dir, Way way, const guint8 *data, gsize size, guint messages,
        guint threads, guint *syncs, GArray *micros)
{
	g_autofree char *new_dir = g_build_filename(dir, "new", NULL);
	g_autofree char *tmp_dir = g_build_filename(dir, "tmp", NULL);
	g_autofree Job *jobs = g_new0(Job, threads);
	g_autofree GThread **th = g_new0(GThread *, threads);
	Group group = { 0 };
	int new_fd = open(new_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (new_fd < 0)
		die_errno("open", new_dir);
	g_mutex_init(&group.lock);
	g_cond_init(&group.cond);
	/* Start from a quiet disk: what the previous way left unwritten is not this one's. */
	sync();
	gint64 t0 = g_get_monotonic_time();
	for (guint t = 0; t < threads; t++) {
		jobs[t] = (Job){ .dir = dir, .data = data, .size = size, .thread = t, .way = way,
		                 .group = &group, .new_fd = new_fd,
		                 .count = messages / threads + (t < messages % threads) };
		jobs[t].micros = g_new0(gint64, jobs[t].count);
		th[t] = g_thread_new("spool", worker, &jobs[t]);
	}
	for (guint t = 0; t < threads; t++) {
		g_thread_join(th[t]);
		g_array_append_vals(micros, jobs[t].micros, jobs[t].count);
		g_free(jobs[t].micros);
	}
	double secs = (double)(g_get_monotonic_time() - t0) / 1e6;
	*syncs = group.syncs;
	close(new_fd);
	g_mutex_clear(&group.lock);
	g_cond_clear(&group.cond);
	empty_dir(new_dir);
	empty_dir(tmp_dir);
	return messages / secs;
}

static int
compare_double(gconstpointer a, gconstpointer b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static int
compare_int64(gconstpointer a, gconstpointer b)
{
	gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;
	return x < y ? -1 : x > y;
}

/* The @p-th percentile (0..1) of sorted @a, nearest rank. */
static gint64
percentile(const GArray *a, double p)
{
	guint rank = (guint)(p * a->len + 0.999999);
	return g_array_index(a, gint64, CLAMP(rank, 1u, a->len) - 1);
}

int
main(int argc, char **argv)
{
	int messages = 200, threads = 8, rounds = 5, size = 280 * 1024;
	g_autofree char *dir = NULL, *json_out = NULL;
	GOptionEntry entries[] = {
		{ "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir,
		  "Spool directory to use (made if missing; default: a new one under $TMPDIR)", "DIR" },
		{ "messages", 0, 0, G_OPTION_ARG_INT, &messages, "Messages per way (default 200)", "N" },
		{ "threads", 0, 0, G_OPTION_ARG_INT, &threads, "Concurrent writers (default 8)", "N" },
		{ "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Rounds (default 5)", "N" },
		{ "size", 0, 0, G_OPTION_ARG_INT, &size,
		  "Message bytes (default 286720: a 200 KB PDF in base64)", "BYTES" },
		{ "json", 0, 0, G_OPTION_ARG_FILENAME, &json_out, "Write the figures as JSON", "OUT" },
		G_OPTION_ENTRY_NULL
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("- the cost of spooling's fsyncs");
	g_autoptr(GError) error = NULL;
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!g_option_context_parse(ctx, &argc, &argv, &error) || messages < 1 || threads < 1 ||
	    rounds < 1 || size < 1) {
		fprintf(stderr, "bench-spool: %s\n",
		        error ? error->message : "--messages, --threads, --rounds and --size must be at least 1");
		return 2;
	}
	gboolean own_dir = dir == NULL;
	if (own_dir && (dir = g_dir_make_tmp("bench-spool-XXXXXX", &error)) == NULL) {
		fprintf(stderr, "bench-spool: %s\n", error->message);
		return 1;
	}
	g_autofree char *new_dir = g_build_filename(dir, "new", NULL);
	g_autofree char *tmp_dir = g_build_filename(dir, "tmp", NULL);
	if (g_mkdir_with_parents(new_dir, 0750) != 0 || g_mkdir_with_parents(tmp_dir, 0750) != 0)
		die_errno("mkdir", dir);

	g_autofree guint8 *data = g_malloc((gsize)size);
	for (int i = 0; i < size; i++)
		data[i] = (guint8)"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/\r\n"[i % 66];

	GArray *ratio[N_WAYS], *micros[N_WAYS];
	double rate_sum[N_WAYS] = { 0 };
	guint syncs[N_WAYS] = { 0 };
	for (int w = 0; w < N_WAYS; w++) {
		ratio[w] = g_array_new(FALSE, FALSE, sizeof(double));
		micros[w] = g_array_new(FALSE, FALSE, sizeof(gint64));
	}
	for (int r = 0; r < rounds; r++) {
		double rate[N_WAYS];
		for (int w = 0; w < N_WAYS; w++) {
			/* Rotated start, so that no way always runs right after the same one. */
			int way = (w + r) % N_WAYS;
			guint s;
			rate[way] = run_way(dir, (Way)way, data, (gsize)size, (guint)messages,
			                    (guint)threads, &s, micros[way]);
			rate_sum[way] += rate[way];
			syncs[way] += s;
		}
		for (int w = 0; w < N_WAYS; w++) {
			double q = rate[w] / rate[WAY_NOSYNC];
			g_array_append_val(ratio[w], q);
		}
	}
	if (own_dir) {
		g_rmdir(new_dir);
		g_rmdir(tmp_dir);
		g_rmdir(dir);
	}

	g_autoptr(GString) json = g_string_new(NULL);
	g_string_append_printf(json, "{\"messages\": %d, \"threads\": %d, \"rounds\": %d, "
	                       "\"size\": %d, \"ways\": {", messages, threads, rounds, size);
	printf("bench-spool: %d messages of %d bytes per way, %d threads, %d rounds\n",
	       messages, size, threads, rounds);
	printf("  %-13s %10s %10s %8s %8s %10s %9s %9s\n", "way", "msg/s", "to nosync", "min", "max",
	       "syncs/msg", "p50 µs", "p99 µs");
	for (int w = 0; w < N_WAYS; w++) {
		g_array_sort(ratio[w], compare_double);
		double med = g_array_index(ratio[w], double, ratio[w]->len / 2);
		double lo = g_array_index(ratio[w], double, 0);
		double hi = g_array_index(ratio[w], double, ratio[w]->len - 1);
		double per = (double)syncs[w] / ((double)messages * rounds);
		g_array_sort(micros[w], compare_int64);
		gint64 p50 = percentile(micros[w], 0.50), p99 = percentile(micros[w], 0.99);
		printf("  %-13s %10.1f %10.3f %8.3f %8.3f %10.2f %9" G_GINT64_FORMAT " %9" G_GINT64_FORMAT "\n",
		       way_names[w], rate_sum[w] / rounds, med, lo, hi, per, p50, p99);
		g_string_append_printf(json, "%s\"%s\": {\"msgs_per_sec\": %.1f, \"ratio_median\": %.3f, "
		                       "\"ratio_min\": %.3f, \"ratio_max\": %.3f, \"shared_syncs_per_msg\": %.3f, "
		                       "\"p50_us\": %" G_GINT64_FORMAT ", \"p99_us\": %" G_GINT64_FORMAT "}",
		                       w ? ", " : "", way_names[w], rate_sum[w] / rounds, med, lo, hi, per,
		                       p50, p99);
	}
	g_string_append(json, "}}\n");
	for (int w = 0; w < N_WAYS; w++) {
		g_array_unref(ratio[w]);
		g_array_unref(micros[w]);
	}
	if (json_out != NULL && !g_file_set_contents(json_out, json->str, -1, &error)) {
		fprintf(stderr, "bench-spool: %s\n", error->message);
		return 3;
	}
	return 0;
}
