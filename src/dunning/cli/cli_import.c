/* cli_import: `dunmail import PATH…`, a running start — the owner's Sent folder of the
 * last year, or the mail sent while the milter was down, read from .eml files, Maildirs
 * or mboxes and handed to dunmaild as if the milter had spooled it.
 *
 * dunmaild stays the only writer of the ledger (DESIGN.md): import writes each billing
 * message into the spool's new/ (tmp/, fsync, rename, as the milter does), with its own
 * Date as Received-At and "Queue-Id: import", and dunmaild ingests it through the same
 * parse child and plan as everything the milter spools.  Nothing is sent by import.
 * Idempotent by Message-ID: one already in the ledger, or twice in this run, is skipped.
 */
#include "dunning/cli/dm-cli.h"
#include "common/dm-address.h"
#include "common/dm-clock.h"
#include "common/dm-spool.h"
#include "dunning/ledger/dm-messages.h"
#include "parser/mime/dm-message.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define PLAIN_PROGRESS_EVERY 500

typedef struct {
	const DmConfig *config;
	DmLedger *ledger;           /* NULL when there is none yet: nothing is a duplicate */
	GHashTable *seen;           /* Message-IDs of this run */
	gboolean tty;
	guint total, done;
	guint invoices, replies, duplicates, not_billing, unreadable, no_id;
	guint serial;
	GError *fatal;              /* the spool could not be written: stop */
} Import;

static void
progress(Import *im, gboolean last)
{
	if (im->tty) {
		fprintf(stderr, "\r %u/%u messages (%u %%)", im->done, im->total,
		        im->total ? im->done * 100 / im->total : 100);
		if (last)
			fputc('\n', stderr);
	} else if (last || im->done % PLAIN_PROGRESS_EVERY == 0) {
		fprintf(stderr, "dunmail import: %u of %u messages read\n", im->done, im->total);
	}
}

static void
add_mailboxes(InternetAddressList *list, GPtrArray *out)
{
	for (int i = 0; list && i < internet_address_list_length(list); i++) {
		InternetAddress *a = internet_address_list_get_address(list, i);
		if (INTERNET_ADDRESS_IS_GROUP(a))
			add_mailboxes(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a)), out);
		else if (INTERNET_ADDRESS_IS_MAILBOX(a)) {
			char *norm = dm_address_normalize(
				internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)));
			if (norm)
				g_ptr_array_add(out, norm);
		}
	}
}

/* Writes @env and @message into the spool's new/, as the milter would. */
static gboolean
spool(Import *im, const DmEnvelope *env, GBytes *message, GError **error)
{
	g_autoptr(GString) out = g_string_new(NULL);
	dm_envelope_write(env, out);
	gsize len;
	const char *data = g_bytes_get_data(message, &len);
	g_string_append_len(out, data, (gssize) len);
	g_autofree char *name = g_strdup_printf("%" G_GINT64_FORMAT ".import%d_%u.eml",
	                                        g_get_real_time() / G_USEC_PER_SEC, (int) getpid(),
	                                        im->serial++);
	g_autofree char *tmp = g_build_filename(im->config->spool_dir, "tmp", name, NULL);
	g_autofree char *dst = g_build_filename(im->config->spool_dir, "new", name, NULL);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0640);
	gboolean ok = fd >= 0;
	for (gsize off = 0; ok && off < out->len;) {
		ssize_t n = write(fd, out->str + off, out->len - off);
		if (n < 0 && errno == EINTR)
			continue;
		ok = n > 0;
		off += ok ? (gsize) n : 0;
	}
	int saved = errno;
	if (fd >= 0 && (fsync(fd) != 0 || close(fd) != 0) && ok)
		ok = FALSE, saved = errno;
	if (ok && rename(tmp, dst) != 0)
		ok = FALSE, saved = errno;
	if (!ok) {
		unlink(tmp);
		g_set_error(error, G_IO_ERROR, g_io_error_from_errno(saved), "%s: %s", tmp,
		            g_strerror(saved));
	}
	return ok;
}

/* One message: skipped (and why) or spooled with its direction. */
static void
import_one(Import *im, GMimeMessage *msg, GBytes *raw)
{
	im->done++;
	g_autofree char *from = msg ? dm_message_from_address(msg) : NULL;
	if (!msg || !from) {
		im->unreadable++;
		return;
	}
	g_autofree char *id = dm_message_id(msg);
	if (!id) {
		im->no_id++;
		return;
	}
	gboolean seen = g_hash_table_contains(im->seen, id);
	g_autoptr(GError) error = NULL;
	if (!seen && im->ledger && !dm_ledger_message_id_seen(im->ledger, id, &seen, &error)) {
		im->fatal = g_steal_pointer(&error);
		return;
	}
	if (seen) {
		im->duplicates++;
		return;
	}
	g_autoptr(DmEnvelope) env = dm_envelope_new();
	add_mailboxes(g_mime_message_get_addresses(msg, GMIME_ADDRESS_TYPE_TO), env->rcpt_to);
	add_mailboxes(g_mime_message_get_addresses(msg, GMIME_ADDRESS_TYPE_CC), env->rcpt_to);
	const char *billing_rcpt = NULL;
	for (guint i = 0; i < env->rcpt_to->len; i++)
		if (dm_config_is_billing_address(im->config, env->rcpt_to->pdata[i]))
			billing_rcpt = env->rcpt_to->pdata[i];
	if (dm_config_is_billing_address(im->config, from)) {
		env->direction = DM_DIRECTION_OUTGOING;
		env->reason = g_strdup_printf("import: sent from billing address %s", from);
	} else if (billing_rcpt) {
		env->direction = DM_DIRECTION_INCOMING;
		env->reason = g_strdup_printf("import: to billing address %s from %s", billing_rcpt,
		                              from);
	} else {
		im->not_billing++;
		return;
	}
	env->mail_from = g_strdup(from);
	env->client_addr = g_strdup("");
	env->queue_id = g_strdup(DM_IMPORT_QUEUE_ID);
	/* The original date, so the spool says when the message really passed. */
	GDateTime *date = g_mime_message_get_date(msg);
	g_autoptr(GDateTime) when = date ? g_date_time_ref(date) : g_date_time_new_now_utc();
	env->received_at = dm_clock_iso_utc(when);
	if (!spool(im, env, raw, &error)) {
		im->fatal = g_steal_pointer(&error);
		return;
	}
	g_hash_table_add(im->seen, g_steal_pointer(&id));
	if (env->direction == DM_DIRECTION_OUTGOING)
		im->invoices++;
	else
		im->replies++;
}

static GMimeMessage *
parse_bytes(GBytes *bytes)
{
	gsize len;
	const char *data = g_bytes_get_data(bytes, &len);
	if (len == 0)
		return NULL;
	g_autoptr(GMimeStream) stream = g_mime_stream_mem_new_with_buffer(data, len);
	g_autoptr(GMimeParser) parser = g_mime_parser_new_with_stream(stream);
	return g_mime_parser_construct_message(parser, NULL);
}

static void
import_file(Import *im, const char *path)
{
	g_autofree char *data = NULL;
	gsize len = 0;
	if (!g_file_get_contents(path, &data, &len, NULL)) {
		im->done++;
		im->unreadable++;
		return;
	}
	g_autoptr(GBytes) raw = g_bytes_new_take(g_steal_pointer(&data), len);
	g_autoptr(GMimeMessage) msg = parse_bytes(raw);
	import_one(im, msg, raw);
}

/* An mbox: GMime splits it at the From_ lines (and undoes the >From quoting). */
static void
import_mbox(Import *im, const char *path)
{
	g_autoptr(GMimeStream) stream = g_mime_stream_file_open(path, "r", NULL);
	if (!stream)
		return;
	g_autoptr(GMimeParser) parser = g_mime_parser_new_with_stream(stream);
	g_mime_parser_set_format(parser, GMIME_FORMAT_MBOX);
	while (!g_mime_parser_eos(parser) && !im->fatal) {
		g_autoptr(GMimeMessage) msg = g_mime_parser_construct_message(parser, NULL);
		if (!msg)
			break;
		g_autoptr(GMimeStream) mem = g_mime_stream_mem_new();
		g_mime_object_write_to_stream(GMIME_OBJECT(msg), NULL, mem);
		GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
		g_autoptr(GBytes) raw = g_bytes_new(bytes->data, bytes->len);
		import_one(im, msg, raw);
		progress(im, FALSE);
	}
}

static gboolean
is_mbox(const char *path)
{
	char head[5] = { 0 };
	FILE *f = fopen(path, "r");
	gboolean yes = f && fread(head, 1, 5, f) == 5 && memcmp(head, "From ", 5) == 0;
	if (f)
		fclose(f);
	return yes;
}

static guint
count_mbox(const char *path)
{
	g_autofree char *data = NULL;
	gsize len = 0;
	if (!g_file_get_contents(path, &data, &len, NULL))
		return 0;
	guint n = 0;
	for (const char *p = data; p && p < data + len; p = memchr(p, '\n', (gsize) (data + len - p))) {
		if (*p == '\n')
			p++;
		if ((gsize) (data + len - p) >= 5 && memcmp(p, "From ", 5) == 0)
			n++;
	}
	return n;
}

/* The files under a Maildir's cur/ and new/, or the regular files of a directory. */
static void
list_dir(const char *dir, GPtrArray *files)
{
	g_autofree char *cur = g_build_filename(dir, "cur", NULL);
	g_autofree char *new_ = g_build_filename(dir, "new", NULL);
	gboolean maildir = g_file_test(cur, G_FILE_TEST_IS_DIR) || g_file_test(new_, G_FILE_TEST_IS_DIR);
	const char *subs[] = { maildir ? cur : dir, maildir ? new_ : NULL };
	for (gsize i = 0; i < G_N_ELEMENTS(subs) && subs[i]; i++) {
		g_autoptr(GDir) d = g_dir_open(subs[i], 0, NULL);
		g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
		const char *n;
		while (d && (n = g_dir_read_name(d)))
			if (n[0] != '.')
				g_ptr_array_add(names, g_build_filename(subs[i], n, NULL));
		g_ptr_array_sort(names, (GCompareFunc) g_strcmp0);
		for (guint k = 0; k < names->len; k++)
			if (g_file_test(names->pdata[k], G_FILE_TEST_IS_REGULAR))
				g_ptr_array_add(files, g_strdup(names->pdata[k]));
	}
}

int
dm_cli_import(DmCliGlobal *global, int argc, char **argv)
{
	if (!dm_cli_options(global, &argc, &argv, "PATH…",
	        "Read past mail into dunmail: .eml files, Maildirs (cur/ and new/), directories\n"
	        "of messages, or mbox files — the owner's Sent folder of the last year, or what\n"
	        "was sent and received while dunmail-milter was down.",
	        "Messages sent from a billing address are handed to dunmaild as outgoing mail\n"
	        "(it records those that read as invoices), messages to a billing address from\n"
	        "anyone else as replies; everything else is skipped. dunmaild stays the only\n"
	        "writer of the ledger: import writes each message into the spool's new/, as\n"
	        "dunmail-milter would, with its own Date as Received-At, and dunmaild ingests it\n"
	        "at its next pass. Nothing is sent for the past: an imported invoice that is\n"
	        "already overdue gets the first reminder of its ladder at most once, at the next\n"
	        "pass, and later steps keep their gaps (as after downtime). Run\n"
	        "'dunmaild --once --dry-run' after the pass that ingests them to see what would\n"
	        "go out. Importing again is harmless: a Message-ID already in the ledger, or seen\n"
	        "twice, is skipped as a duplicate.\n\n"
	        "On a terminal, a progress line on standard error; then a summary on standard\n"
	        "output: invoices (sent from a billing address), replies, and what was skipped\n"
	        "and why (duplicate, not billing mail, no Message-ID, unreadable).\n\n"
	        "Exit status: 0 done, 2 usage error, 3 the spool could not be written, 78\n"
	        "configuration error.", NULL))
		return DM_EXIT_USAGE;
	if (argc < 2) {
		fprintf(stderr, "dunmail import: name at least one PATH\nTry 'dunmail import --help'.\n");
		return DM_EXIT_USAGE;
	}
	g_autoptr(DmConfig) config = dm_cli_config(global);
	if (!config)
		return DM_EXIT_CONFIG;
	g_autoptr(GError) error = NULL;
	if (!dm_spool_ensure_dirs(config->spool_dir, &error)) {
		fprintf(stderr, "dunmail import: spool: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	dm_parser_init();
	/* No ledger yet (a first start): nothing can be a duplicate of it. */
	g_autoptr(DmLedger) ledger = dm_ledger_open(config->database, TRUE, &error);
	if (!ledger && !g_error_matches(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_NOT_FOUND)) {
		fprintf(stderr, "dunmail import: %s\n", error->message);
		return DM_EXIT_FAILURE;
	}
	g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	Import im = { .config = config, .ledger = ledger, .seen = seen,
	              .tty = isatty(STDERR_FILENO) };
	g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) mboxes = g_ptr_array_new_with_free_func(g_free);
	for (int i = 1; i < argc; i++) {
		if (g_file_test(argv[i], G_FILE_TEST_IS_DIR))
			list_dir(argv[i], files);
		else if (!g_file_test(argv[i], G_FILE_TEST_EXISTS)) {
			fprintf(stderr, "dunmail import: %s: %s\n", argv[i], g_strerror(ENOENT));
			return DM_EXIT_USAGE;
		} else if (is_mbox(argv[i])) {
			g_ptr_array_add(mboxes, g_strdup(argv[i]));
			im.total += count_mbox(argv[i]);
		} else
			g_ptr_array_add(files, g_strdup(argv[i]));
	}
	im.total += files->len;
	for (guint i = 0; i < files->len && !im.fatal; i++) {
		import_file(&im, files->pdata[i]);
		progress(&im, FALSE);
	}
	for (guint i = 0; i < mboxes->len && !im.fatal; i++)
		import_mbox(&im, mboxes->pdata[i]);
	progress(&im, TRUE);
	if (im.fatal) {
		fprintf(stderr, "dunmail import: %s (stopped after %u messages; importing again "
		        "skips what was done)\n", im.fatal->message, im.done);
		g_error_free(im.fatal);
		return DM_EXIT_FAILURE;
	}
	printf("%u messages read: %u invoices (sent from a billing address) and %u replies "
	       "handed to dunmaild\n", im.done, im.invoices, im.replies);
	printf("skipped: %u duplicate (Message-ID already in the ledger or read twice), "
	       "%u not billing mail, %u without Message-ID, %u unreadable\n",
	       im.duplicates, im.not_billing, im.no_id, im.unreadable);
	if (im.invoices + im.replies > 0)
		printf("dated: dunmaild records each one at its own Date (a Date in the future: at "
		       "the time it reads it), as history, not as news of today\n");
	return DM_EXIT_OK;
}
