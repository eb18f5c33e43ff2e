/* test-milter-callbacks: the libmilter callbacks driven directly, with a fake smfi_* table
 * (macros, private pointer, added headers) — one test per scenario of notes/milter.md
 * that does not need a real MTA.  Log lines are captured and asserted. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>

#include <glib/gstdio.h>

#include "common/dm-config.h"
#include "common/dm-spool.h"
#include "milter/dm-milter-callbacks.h"
#include "test-util.h"

/* ---- the fake MTA side ---- */

typedef struct {
	void *priv;
	GHashTable *macros;       /* name -> value */
	GPtrArray *added;         /* "Name:value" */
	GPtrArray *symlists;      /* "stage:macros" */
} FakeCtx;

static char *
fake_getsymval(SMFICTX *ctx, char *name)
{
	return g_hash_table_lookup(((FakeCtx *)ctx)->macros, name);
}

static int
fake_setpriv(SMFICTX *ctx, void *priv)
{
	((FakeCtx *)ctx)->priv = priv;
	return MI_SUCCESS;
}

static void *
fake_getpriv(SMFICTX *ctx)
{
	return ((FakeCtx *)ctx)->priv;
}

static int
fake_addheader(SMFICTX *ctx, char *name, char *value)
{
	g_ptr_array_add(((FakeCtx *)ctx)->added, g_strdup_printf("%s:%s", name, value));
	return MI_SUCCESS;
}

static int
fake_setsymlist(SMFICTX *ctx, int stage, char *macros)
{
	g_ptr_array_add(((FakeCtx *)ctx)->symlists, g_strdup_printf("%d:%s", stage, macros));
	return MI_SUCCESS;
}

/* ---- captured log ---- */

static GPtrArray *log_lines;

static GLogWriterOutput
capture_writer(GLogLevelFlags level, const GLogField *fields, gsize n, gpointer data)
{
	for (gsize i = 0; i < n; i++)
		if (strcmp(fields[i].key, "MESSAGE") == 0)
			g_ptr_array_add(log_lines, g_strdup_printf("%s%s",
			                (level & G_LOG_LEVEL_WARNING) ? "warning: " : "",
			                (const char *)fields[i].value));
	return G_LOG_WRITER_HANDLED;
}

static gboolean
logged(const char *needle)
{
	for (guint i = 0; i < log_lines->len; i++)
		if (strstr(g_ptr_array_index(log_lines, i), needle) != NULL)
			return TRUE;
	return FALSE;
}

static void
dump_log(void)
{
	for (guint i = 0; i < log_lines->len; i++)
		g_test_message("log: %s", (char *)g_ptr_array_index(log_lines, i));
}

/* ---- fixture ---- */

typedef struct {
	char *root;
	DmConfig *config;
	FakeCtx fake;
	SMFICTX *ctx;
	gboolean no_reply;        /* the MTA offers the no-reply steps (test data non-NULL) */
} Fixture;

/* What libmilter shows xxfi_negotiate: a protocol-6 MTA (Postfix, Sendmail) offers every
 * step; for an older one libmilter adds the no-reply bits to its offer all the same. */
#define NR_ALL (SMFIP_NR_CONN | SMFIP_NR_HELO | SMFIP_NR_MAIL | SMFIP_NR_RCPT | SMFIP_NR_DATA \
                | SMFIP_NR_UNKN | SMFIP_NR_HDR | SMFIP_NR_EOH | SMFIP_NR_BODY)
#define OFFER_V6 SMFI_CURR_PROT
#define OFFER_OLD (SMFI_V2_PROT | NR_ALL)
/* The steps dunmail-milter takes without a reply. */
#define NR_OURS (SMFIP_NR_CONN | SMFIP_NR_MAIL | SMFIP_NR_RCPT | SMFIP_NR_HDR | SMFIP_NR_BODY)

static void
setup(Fixture *f, gconstpointer data)
{
	g_autoptr(GError) error = NULL;

	f->no_reply = data != NULL;
	f->root = g_dir_make_tmp("dm-milter-cb-XXXXXX", &error);
	g_assert_no_error(error);
	f->config = dm_config_new_default();
	g_free(f->config->spool_dir);
	f->config->spool_dir = g_strdup(f->root);
	g_strfreev(f->config->billing_addresses);
	f->config->billing_addresses = g_strsplit("billing@example.nl", ",", -1);
	g_assert_true(dm_spool_ensure_dirs(f->root, &error));
	dm_milter_set_config(f->config);

	f->fake.macros = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	f->fake.added = g_ptr_array_new_with_free_func(g_free);
	f->fake.symlists = g_ptr_array_new_with_free_func(g_free);
	f->ctx = (SMFICTX *)&f->fake;
	g_ptr_array_set_size(log_lines, 0);
}

static void
teardown(Fixture *f, gconstpointer data)
{
	if (g_test_failed())
		dump_log();
	/* Every test ends its connection: nothing may be left behind. */
	g_assert_null(f->fake.priv);
	dm_test_rm_rf(f->root);
	g_free(f->root);
	dm_milter_set_config(NULL);
	dm_config_free(f->config);
	g_hash_table_unref(f->fake.macros);
	g_ptr_array_unref(f->fake.added);
	g_ptr_array_unref(f->fake.symlists);
}

static void
set_macro(Fixture *f, const char *name, const char *value)
{
	if (value == NULL)
		g_hash_table_remove(f->fake.macros, name);
	else
		g_hash_table_replace(f->fake.macros, g_strdup(name), g_strdup(value));
}

static GPtrArray *
list_files(const char *root, const char *sub)
{
	g_autofree char *path = g_build_filename(root, sub, NULL);
	g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
	GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
	const char *name;

	g_assert_nonnull(dir);
	while ((name = g_dir_read_name(dir)) != NULL)
		g_ptr_array_add(files, g_build_filename(path, name, NULL));
	return files;
}

static guint
count_files(const char *root, const char *sub)
{
	g_autoptr(GPtrArray) files = list_files(root, sub);
	return files->len;
}

/* Negotiates as an MTA with (f->no_reply) or without the no-reply steps, then connects. */
static void
negotiate_and_connect(Fixture *f, const char *host, const char *ip)
{
	unsigned long p0, p1, p2, p3;
	unsigned long offer = f->no_reply ? OFFER_V6
	                                  : SMFIP_HDR_LEADSPC | SMFIP_NOHELO | SMFIP_NOUNKNOWN;
	struct sockaddr_in sin = { .sin_family = AF_INET };

	g_assert_cmpint(dm_milter_negotiate(f->ctx, SMFIF_ADDHDRS | SMFIF_SETSYMLIST | SMFIF_CHGBODY,
	                                    offer, 0, 0, &p0, &p1, &p2, &p3), ==, SMFIS_CONTINUE);
	/* Only what we use: no body changes, headers with their leading space. */
	g_assert_cmpuint(p0, ==, SMFIF_ADDHDRS | SMFIF_SETSYMLIST);
	g_assert_true(p1 & SMFIP_HDR_LEADSPC);
	g_assert_cmpuint(p1 & NR_ALL, ==, f->no_reply ? NR_OURS : 0);
	if (ip != NULL) {
		g_assert_cmpint(inet_pton(AF_INET, ip, &sin.sin_addr), ==, 1);
		g_assert_cmpint(dm_milter_connect(f->ctx, (char *)host, (struct sockaddr *)&sin), ==,
		                f->no_reply ? SMFIS_NOREPLY : SMFIS_CONTINUE);
	} else {
		g_assert_cmpint(dm_milter_connect(f->ctx, (char *)host, NULL), ==,
		                f->no_reply ? SMFIS_NOREPLY : SMFIS_CONTINUE);
	}
}

static sfsistat
mail(Fixture *f, const char *from, const char *qid)
{
	char *argv[] = { (char *)from, NULL };
	set_macro(f, "i", qid);
	return dm_milter_envfrom(f->ctx, argv);
}

static sfsistat
rcpt(Fixture *f, const char *to)
{
	char *argv[] = { (char *)to, NULL };
	return dm_milter_envrcpt(f->ctx, argv);
}

static sfsistat
header(Fixture *f, const char *name, const char *value)
{
	return dm_milter_header(f->ctx, (char *)name, (char *)value);
}

static sfsistat
body(Fixture *f, const char *text)
{
	return dm_milter_body(f->ctx, (unsigned char *)text, strlen(text));
}

static char *
read_only_file(const char *root, const char *sub)
{
	g_autoptr(GPtrArray) files = list_files(root, sub);
	char *contents = NULL;

	g_assert_cmpuint(files->len, ==, 1);
	g_assert_true(g_file_get_contents(g_ptr_array_index(files, 0), &contents, NULL, NULL));
	return contents;
}

/* ---- scenarios ---- */

static void
test_outgoing_authenticated(Fixture *f, gconstpointer data)
{
	g_autofree char *contents = NULL;
	g_autoptr(DmEnvelope) env = NULL;
	g_autoptr(GError) error = NULL;
	const char *msg;
	gsize offset;

	negotiate_and_connect(f, "mua.example", "203.0.113.5");
	g_assert_cmpuint(f->fake.symlists->len, >, 0);
	set_macro(f, "{auth_authen}", "alice");
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QID1"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(header(f, "From", " billing@example.nl"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(header(f, "Subject", " Factuur 2024-001"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eoh(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpuint(count_files(f->root, "tmp"), ==, 1);
	g_assert_cmpint(body(f, "Beste klant,\r\n"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eom(f->ctx), ==, SMFIS_CONTINUE);

	g_assert_cmpuint(count_files(f->root, "tmp"), ==, 0);
	contents = read_only_file(f->root, "new");
	g_assert_true(dm_envelope_parse(contents, strlen(contents), &env, &offset, &error));
	g_assert_no_error(error);
	g_assert_cmpint(env->direction, ==, DM_DIRECTION_OUTGOING);
	g_assert_cmpstr(env->mail_from, ==, "billing@example.nl");
	g_assert_cmpuint(env->rcpt_to->len, ==, 1);
	g_assert_cmpstr(g_ptr_array_index(env->rcpt_to, 0), ==, "klant@debtor.example");
	g_assert_cmpstr(env->auth_authen, ==, "alice");
	g_assert_cmpstr(env->client_addr, ==, "203.0.113.5");
	g_assert_cmpstr(env->queue_id, ==, "QID1");
	g_assert_nonnull(env->added_message_id);
	g_assert_true(g_str_has_prefix(env->added_message_id, "<"));
	g_assert_true(g_str_has_suffix(env->added_message_id, "@example.nl>"));

	/* The spool copy and the real message carry the same new Message-ID. */
	msg = contents + offset;
	{
		g_autofree char *expect = g_strdup_printf("From: billing@example.nl\r\n"
		                                          "Subject: Factuur 2024-001\r\n"
		                                          "Message-ID: %s\r\n\r\nBeste klant,\r\n",
		                                          env->added_message_id);
		g_autofree char *added = g_strdup_printf("Message-ID: %s", env->added_message_id);
		g_assert_cmpstr(msg, ==, expect);
		g_assert_cmpuint(f->fake.added->len, ==, 1);
		g_assert_cmpstr(g_ptr_array_index(f->fake.added, 0), ==, added);
	}
	g_assert_true(logged("QID1: outgoing: authenticated as alice, sender billing@example.nl"));
	g_assert_true(logged("QID1: spooled "));
	dm_milter_close(f->ctx);
}

static void
test_incoming_keeps_message_id(Fixture *f, gconstpointer data)
{
	g_autofree char *contents = NULL;

	negotiate_and_connect(f, "mx.debtor.example", "198.51.100.7");
	g_assert_cmpint(mail(f, "<klant@debtor.example>", "QID2"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(rcpt(f, "<someone@example.nl>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(rcpt(f, "<Billing@Example.nl>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(header(f, "Message-Id", " <abc@debtor.example>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(header(f, "Subject", " Re: Factuur"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eoh(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(body(f, "Ik betwist deze factuur.\r\n"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eom(f->ctx), ==, SMFIS_CONTINUE);
	dm_milter_close(f->ctx);

	contents = read_only_file(f->root, "new");
	g_assert_nonnull(strstr(contents, "Direction: incoming\n"));
	g_assert_nonnull(strstr(contents, "Rcpt-To: someone@example.nl\nRcpt-To: Billing@Example.nl\n"));
	g_assert_null(strstr(contents, "Added-Message-Id"));
	g_assert_cmpuint(f->fake.added->len, ==, 0);
	g_assert_true(logged("QID2: incoming: billing recipient Billing@Example.nl from outside "
	                     "client 198.51.100.7"));
}

static void
test_unrelated_accepted_at_data(Fixture *f, gconstpointer data)
{
	negotiate_and_connect(f, "mx.other.example", "198.51.100.7");
	g_assert_cmpint(mail(f, "<x@other.example>", "QID3"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(rcpt(f, "<someone@example.nl>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_ACCEPT);
	g_assert_true(logged("QID3: ignored: not internal, no billing recipient"));
	/* After ACCEPT libmilter sends nothing more for this message; the next one starts
	 * afresh on the same connection. */
	g_assert_cmpint(mail(f, "<y@other.example>", "QID4"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_abort(f->ctx), ==, SMFIS_CONTINUE);
	dm_milter_close(f->ctx);
	g_assert_cmpuint(count_files(f->root, "tmp"), ==, 0);
	g_assert_cmpuint(count_files(f->root, "new"), ==, 0);
}

static void
test_spoofed_sender(Fixture *f, gconstpointer data)
{
	negotiate_and_connect(f, "unknown", "203.0.113.66");
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QID5"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(rcpt(f, "<victim@example.nl>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_ACCEPT);
	dm_milter_close(f->ctx);
	g_assert_cmpuint(count_files(f->root, "new"), ==, 0);
	g_assert_true(logged("QID5: ignored: sender billing@example.nl but client 203.0.113.66 "
	                     "is not internal and not authenticated, no billing recipient"));
}

static void
test_local_submission_no_address(Fixture *f, gconstpointer data)
{
	negotiate_and_connect(f, "localhost", NULL);
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QID6"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(header(f, "Message-ID", " <given@example.nl>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eoh(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eom(f->ctx), ==, SMFIS_CONTINUE);
	dm_milter_close(f->ctx);
	g_assert_cmpuint(count_files(f->root, "new"), ==, 1);
	g_assert_cmpuint(f->fake.added->len, ==, 0);     /* it had a Message-ID */
	g_assert_true(logged("QID6: outgoing: local submission (no client address)"));
}

static void
test_abort_mid_body(Fixture *f, gconstpointer data)
{
	negotiate_and_connect(f, "localhost", "127.0.0.1");
	/* first message: spooled */
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QIDA"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eoh(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(body(f, "one\r\n"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eom(f->ctx), ==, SMFIS_CONTINUE);
	/* second message: aborted in the middle of the body */
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QIDB"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eoh(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(body(f, "two\r\n"), ==, SMFIS_CONTINUE);
	g_assert_cmpuint(count_files(f->root, "tmp"), ==, 1);
	g_assert_cmpint(dm_milter_abort(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpuint(count_files(f->root, "tmp"), ==, 0);
	/* third message, dropped connection without abort: close cleans up */
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QIDC"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eoh(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpuint(count_files(f->root, "tmp"), ==, 1);
	dm_milter_close(f->ctx);
	g_assert_cmpuint(count_files(f->root, "tmp"), ==, 0);
	g_assert_cmpuint(count_files(f->root, "new"), ==, 1);
}

static void
test_close_only(Fixture *f, gconstpointer data)
{
	unsigned long p0, p1, p2, p3;

	/* A probe that connects and leaves: close with no private pointer. */
	g_assert_cmpint(dm_milter_close(f->ctx), ==, SMFIS_CONTINUE);
	/* Negotiation only, then close. */
	g_assert_cmpint(dm_milter_negotiate(f->ctx, SMFIF_ADDHDRS, 0, 0, 0, &p0, &p1, &p2, &p3),
	                ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_close(f->ctx), ==, SMFIS_CONTINUE);
	/* Callbacks out of order never crash and never refuse mail. */
	g_assert_cmpint(dm_milter_eom(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_abort(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(rcpt(f, "<billing@example.nl>"), ==, SMFIS_ACCEPT);
	g_assert_cmpint(dm_milter_close(f->ctx), ==, SMFIS_CONTINUE);
}

static void
test_size_cap(Fixture *f, gconstpointer data)
{
	char chunk[200];

	f->config->max_message_size = 300;
	memset(chunk, 'x', sizeof chunk - 1);
	chunk[sizeof chunk - 1] = '\0';
	negotiate_and_connect(f, "localhost", "127.0.0.1");
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QIDS"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(header(f, "Message-ID", " <big@example.nl>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eoh(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(body(f, chunk), ==, SMFIS_CONTINUE);
	/* Over the cap: the copy is dropped and the mail accepted as it is. */
	g_assert_cmpint(body(f, chunk), ==, SMFIS_ACCEPT);
	g_assert_cmpuint(count_files(f->root, "tmp"), ==, 0);
	g_assert_cmpuint(count_files(f->root, "new"), ==, 0);
	g_assert_true(logged("warning: QIDS: spool: message exceeds the size cap of 300 bytes"));
	dm_milter_close(f->ctx);
}

static void
test_spool_unwritable(Fixture *f, gconstpointer data)
{
	g_autofree char *tmp = g_build_filename(f->root, "tmp", NULL);

	g_assert_cmpint(g_rmdir(tmp), ==, 0);
	g_assert_true(g_file_set_contents(tmp, "", 0, NULL));
	negotiate_and_connect(f, "localhost", "127.0.0.1");
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QIDU"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(header(f, "Subject", " x"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eoh(f->ctx), ==, SMFIS_ACCEPT);
	g_assert_true(logged("warning: QIDU: spool: cannot create"));
	g_assert_cmpuint(f->fake.added->len, ==, 0);     /* mail unchanged */
	dm_milter_close(f->ctx);
}

static void
test_hostile_macros_sanitized(Fixture *f, gconstpointer data)
{
	negotiate_and_connect(f, "x", "203.0.113.5");
	set_macro(f, "{auth_authen}", "mallory\r\nFAKE LOG LINE");
	g_assert_cmpint(mail(f, "<billing@example.nl>", "Q\nID"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_abort(f->ctx), ==, SMFIS_CONTINUE);
	dm_milter_close(f->ctx);
	for (guint i = 0; i < log_lines->len; i++)
		g_assert_null(strpbrk(g_ptr_array_index(log_lines, i), "\r\n"));
	g_assert_true(logged("Q?ID: outgoing: authenticated as mallory??FAKE LOG LINE"));
}

static void
test_macros_copied(Fixture *f, gconstpointer data)
{
	g_autofree char *contents = NULL;

	/* smfi_getsymval's memory is volatile: values must survive the MTA changing them. */
	negotiate_and_connect(f, "x", "203.0.113.5");
	set_macro(f, "{auth_authen}", "alice");
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QIDM"), ==, SMFIS_CONTINUE);
	set_macro(f, "{auth_authen}", "changed");
	set_macro(f, "i", "OTHER");
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eoh(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eom(f->ctx), ==, SMFIS_CONTINUE);
	dm_milter_close(f->ctx);
	contents = read_only_file(f->root, "new");
	g_assert_nonnull(strstr(contents, "Auth-Authen: alice\n"));
	g_assert_nonnull(strstr(contents, "Queue-Id: QIDM\n"));
}

/* Past 1000 recipients (Postfix's default smtpd_recipient_limit) the envelope records no
 * more, and says so in the log; the direction still sees every one of them: a billing
 * recipient after the limit makes the message incoming all the same. */
static void
test_many_recipients(Fixture *f, gconstpointer data)
{
	g_autofree char *contents = NULL;
	g_autoptr(DmEnvelope) env = NULL;
	g_autoptr(GError) error = NULL;
	gsize offset;

	negotiate_and_connect(f, "mx.other.example", "198.51.100.7");
	g_assert_cmpint(mail(f, "<list@other.example>", "QIDR"), ==, SMFIS_CONTINUE);
	for (guint i = 0; i < 1200; i++) {
		g_autofree char *to = i == 1150 ? g_strdup("<billing@example.nl>")
		                                : g_strdup_printf("<r%u@example.nl>", i);
		g_assert_cmpint(rcpt(f, to), ==, SMFIS_CONTINUE);
	}
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(header(f, "Message-ID", " <list@other.example>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eoh(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eom(f->ctx), ==, SMFIS_CONTINUE);
	dm_milter_close(f->ctx);

	contents = read_only_file(f->root, "new");
	g_assert_true(dm_envelope_parse(contents, strlen(contents), &env, &offset, &error));
	g_assert_no_error(error);
	g_assert_cmpint(env->direction, ==, DM_DIRECTION_INCOMING);
	g_assert_cmpuint(env->rcpt_to->len, ==, 1000);
	g_assert_cmpstr(g_ptr_array_index(env->rcpt_to, 0), ==, "r0@example.nl");
	g_assert_cmpstr(g_ptr_array_index(env->rcpt_to, 999), ==, "r999@example.nl");
	g_assert_true(logged("QIDR: incoming: billing recipient billing@example.nl from outside "
	                     "client 198.51.100.7"));
	g_assert_true(logged("QIDR: 200 more recipient(s) not recorded in the spool envelope "
	                     "(it keeps the first 1000)"));
}

/* Long recipients: the envelope records at most 512 KiB of them, so the envelope block
 * stays well under the reader's bound whatever the MTA lets through. */
static void
test_recipient_bytes_bounded(Fixture *f, gconstpointer data)
{
	g_autofree char *contents = NULL;
	g_autofree char *local = g_strnfill(976, 'a');
	const char *end, *p;
	guint recorded = 0;

	negotiate_and_connect(f, "localhost", "127.0.0.1");
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QIDL"), ==, SMFIS_CONTINUE);
	for (guint i = 0; i < 600; i++) {
		/* 990 bytes each, unique */
		g_autofree char *to = g_strdup_printf("<%s%04u@example.nl>", local, i);
		g_assert_cmpint(rcpt(f, to), ==, SMFIS_CONTINUE);
	}
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(header(f, "Message-ID", " <long@example.nl>"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eoh(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_eom(f->ctx), ==, SMFIS_CONTINUE);
	dm_milter_close(f->ctx);

	contents = read_only_file(f->root, "new");
	end = strstr(contents, "\n\n");
	g_assert_nonnull(end);
	for (p = contents; (p = strstr(p, "\nRcpt-To: ")) != NULL && p < end; p++)
		recorded++;
	/* 529 x 990 bytes fit in 512 KiB, the 530th would not */
	g_assert_cmpuint(recorded, ==, 529);
	g_assert_cmpuint((gsize)(end - contents), <, 600 * 1024);
	g_assert_true(logged("QIDL: 71 more recipient(s) not recorded in the spool envelope "
	                     "(it keeps the first 529)"));
}

/* Random bytes, NUL-terminated, with a bias to the characters that break parsers. */
static char *
random_text(gsize max)
{
	static const char special[] = "<>@\"\\:;, \t\r\n\x80\xff";
	gsize len = (gsize)g_test_rand_int_range(0, (gint32)max + 1);
	char *s = g_malloc(len + 1);

	for (gsize i = 0; i < len; i++) {
		if (g_test_rand_bit())
			s[i] = special[g_test_rand_int_range(0, sizeof special - 1)];
		else
			s[i] = (char)g_test_rand_int_range(1, 256);
	}
	s[len] = '\0';
	return s;
}

/* Callbacks in random order with random arguments, the way a confused or hostile MTA
 * peer (or a libmilter quirk) could drive them: never a crash, never a refusal, and no
 * temporary file left once the connection is closed.  Reproduce with --seed. */
static void
test_random_sequences(Fixture *f, gconstpointer data)
{
	const char *froms[] = { "<billing@example.nl>", "<>", "billing@example.nl", "<x@y>", NULL };
	const char *ips[] = { "127.0.0.1", "203.0.113.5", "10.0.0.1", NULL };

	f->config->max_message_size = 2000;
	for (int round = 0; round < 300; round++) {
		/* Mostly the protocol's order (so whole messages reach the spool), sometimes any
		 * callback at all. */
		static const int order[] = { 0, 1, 2, 2, 3, 4, 4, 6, 7, 7, 9 };
		gsize phase = 0;
		gboolean quiet = FALSE;   /* the live context took the no-reply steps */
		for (int step = 0; step < 40; step++) {
			g_autofree char *a = random_text(64);
			g_autofree char *b = random_text(300);
			sfsistat r = SMFIS_CONTINUE;
			int pick;
			const char *s;

			if (g_test_rand_int_range(0, 4) != 0) {
				pick = order[phase];
				phase = (phase + 1) % G_N_ELEMENTS(order);
			} else {
				pick = g_test_rand_int_range(0, 12);
			}

			switch (pick) {
			case 0:
				s = ips[g_test_rand_int_range(0, 4)];
				negotiate_and_connect(f, a, s);
				break;
			case 1:
				set_macro(f, "{auth_authen}", g_test_rand_bit() ? "alice" : NULL);
				s = froms[g_test_rand_int_range(0, 5)];
				r = mail(f, s != NULL ? s : a, g_test_rand_bit() ? b : "QRND");
				break;
			case 2:
				r = rcpt(f, g_test_rand_bit() ? "<billing@example.nl>" : a);
				break;
			case 3: r = dm_milter_data(f->ctx); break;
			case 4: case 5: r = header(f, a, b); break;
			case 6: r = dm_milter_eoh(f->ctx); break;
			case 7: case 8: r = body(f, b); break;
			case 9: r = dm_milter_eom(f->ctx); break;
			case 10: r = dm_milter_abort(f->ctx); break;
			case 11: r = dm_milter_close(f->ctx); break;
			}
			/* With the no-reply steps negotiated, MAIL, RCPT, headers and body never
			 * answer, until close ends that context (a context made afresh by a later
			 * MAIL negotiated nothing). */
			if (pick == 0)
				quiet = f->no_reply;
			else if (pick == 11)
				quiet = FALSE;
			if (quiet && (pick == 1 || pick == 2 || pick == 4 || pick == 5 || pick == 7
			              || pick == 8))
				g_assert_cmpint(r, ==, SMFIS_NOREPLY);
			else
				g_assert_true(r == SMFIS_CONTINUE || r == SMFIS_ACCEPT);
		}
		dm_milter_close(f->ctx);
		g_assert_cmpuint(count_files(f->root, "tmp"), ==, 0);
	}
	g_test_message("%u spooled, %u Message-IDs added", count_files(f->root, "new"),
	               f->fake.added->len);
	g_assert_cmpuint(f->fake.added->len, <=, count_files(f->root, "new"));
}

/* ---- the no-reply steps (milter protocol 6); these tests run with f->no_reply ---- */

/* Taken only when the MTA really offers them: libmilter shows an old MTA's offer with every
 * no-reply bit added (it would answer CONTINUE in our place, swallowing an early ACCEPT),
 * so such an offer must leave every step replying. */
static void
test_no_reply_negotiated(Fixture *f, gconstpointer data)
{
	unsigned long p0, p1, p2, p3;

	g_assert_cmpint(dm_milter_negotiate(f->ctx, SMFI_CURR_ACTS, OFFER_V6, 0, 0,
	                                    &p0, &p1, &p2, &p3), ==, SMFIS_CONTINUE);
	g_assert_cmpuint(p1 & NR_ALL, ==, NR_OURS);
	g_assert_true(logged("the MTA takes no reply at connect, MAIL, RCPT, headers and body"));
	dm_milter_close(f->ctx);

	g_assert_cmpint(dm_milter_negotiate(f->ctx, SMFI_CURR_ACTS, OFFER_OLD, 0, 0,
	                                    &p0, &p1, &p2, &p3), ==, SMFIS_CONTINUE);
	g_assert_cmpuint(p1 & NR_ALL, ==, 0);
	g_assert_true(logged("the MTA offers no no-reply steps"));
	g_assert_cmpint(dm_milter_connect(f->ctx, (char *)"localhost", NULL), ==, SMFIS_CONTINUE);
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QNR0"), ==, SMFIS_CONTINUE);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_CONTINUE);
	dm_milter_close(f->ctx);
}

/* Ordinary mail: silence until DATA, which settles it with ACCEPT; billing mail on the same
 * connection: silence at every step but DATA, EOH and EOM, and spooled as before. */
static void
test_no_reply_decisions(Fixture *f, gconstpointer data)
{
	negotiate_and_connect(f, "localhost", "127.0.0.1");
	g_assert_cmpint(mail(f, "<someone@elsewhere.example>", "QNR1"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(rcpt(f, "<user@debtor.example>"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(rcpt(f, "<other@debtor.example>"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_ACCEPT);
	g_assert_true(logged("QNR1: ignored"));

	g_assert_cmpint(mail(f, "<billing@example.nl>", "QNR2"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(header(f, "Subject", " Factuur 2026-7"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(dm_milter_eoh(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(body(f, "Factuur 2026-7\r\n"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(dm_milter_eom(f->ctx), ==, SMFIS_CONTINUE);
	dm_milter_close(f->ctx);
	g_assert_cmpuint(count_files(f->root, "new"), ==, 1);
	g_assert_cmpuint(f->fake.added->len, ==, 1);     /* its Message-ID, at EOM as before */
	g_assert_true(logged("QNR2: spooled "));
}

/* A spool failure in the body (here the size cap): said at end of message, the copy
 * dropped and recorded as missed as it was; the ACCEPT owed does not reach the next
 * message, nor survives an abort. */
static void
test_no_reply_body_failure(Fixture *f, gconstpointer data)
{
	char chunk[200];

	f->config->max_message_size = 300;
	memset(chunk, 'x', sizeof chunk - 1);
	chunk[sizeof chunk - 1] = '\0';
	negotiate_and_connect(f, "localhost", "127.0.0.1");
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QNRB"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(header(f, "Message-ID", " <big@example.nl>"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(dm_milter_eoh(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(body(f, chunk), ==, SMFIS_NOREPLY);
	g_assert_cmpint(body(f, chunk), ==, SMFIS_NOREPLY);     /* over the cap */
	g_assert_true(logged("warning: QNRB: spool: message exceeds the size cap of 300 bytes"));
	g_assert_cmpuint(count_files(f->root, "tmp"), ==, 0);
	g_assert_cmpuint(count_files(f->root, DM_MISSED_DIR), ==, 1);
	g_assert_cmpint(body(f, chunk), ==, SMFIS_NOREPLY);
	g_assert_cmpint(dm_milter_eom(f->ctx), ==, SMFIS_ACCEPT);
	g_assert_cmpuint(count_files(f->root, "new"), ==, 0);

	/* the next message starts owing nothing ... */
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QNRC"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	/* ... and one that owes an ACCEPT, then is aborted, leaves nothing owed */
	g_assert_cmpint(header(f, "X-Long", chunk), ==, SMFIS_NOREPLY);
	g_assert_cmpint(header(f, "X-Longer", chunk), ==, SMFIS_NOREPLY);    /* over the cap */
	g_assert_cmpint(dm_milter_abort(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QNRD"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(dm_milter_abort(f->ctx), ==, SMFIS_CONTINUE);
	dm_milter_close(f->ctx);
}

/* A header block over the cap gives up at that header; end of headers says ACCEPT. */
static void
test_no_reply_header_failure(Fixture *f, gconstpointer data)
{
	g_autofree char *value = g_strnfill(400, 'h');

	f->config->max_message_size = 300;
	negotiate_and_connect(f, "mua.example", "203.0.113.5");
	set_macro(f, "{auth_authen}", "alice");
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QNRH"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_CONTINUE);
	g_assert_cmpint(header(f, "Subject", " Factuur"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(header(f, "X-Big", value), ==, SMFIS_NOREPLY);
	g_assert_true(logged("warning: QNRH: header: headers exceed the size cap of 300 bytes"));
	g_assert_cmpint(header(f, "To", " klant@debtor.example"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(dm_milter_eoh(f->ctx), ==, SMFIS_ACCEPT);
	g_assert_cmpuint(count_files(f->root, DM_MISSED_DIR), ==, 1);
	g_assert_cmpuint(f->fake.added->len, ==, 0);     /* mail unchanged */
	dm_milter_close(f->ctx);
}

/* No configuration (a start-up bug): every message accepted without a look, at DATA. */
static void
test_no_reply_no_config(Fixture *f, gconstpointer data)
{
	negotiate_and_connect(f, "localhost", "127.0.0.1");
	dm_milter_set_config(NULL);
	g_assert_cmpint(mail(f, "<billing@example.nl>", "QNRN"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(rcpt(f, "<klant@debtor.example>"), ==, SMFIS_NOREPLY);
	g_assert_cmpint(dm_milter_data(f->ctx), ==, SMFIS_ACCEPT);
	dm_milter_set_config(f->config);
	g_assert_true(logged("no configuration: accepting without a look"));
	dm_milter_close(f->ctx);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	log_lines = g_ptr_array_new_with_free_func(g_free);
	g_log_set_writer_func(capture_writer, NULL, NULL);
	dm_milter_api.getsymval = fake_getsymval;
	dm_milter_api.setpriv = fake_setpriv;
	dm_milter_api.getpriv = fake_getpriv;
	dm_milter_api.addheader = fake_addheader;
	dm_milter_api.setsymlist = fake_setsymlist;
#define ADD(path, fn) g_test_add(path, Fixture, NULL, setup, fn, teardown)
	ADD("/milter/outgoing-authenticated", test_outgoing_authenticated);
	ADD("/milter/incoming-keeps-message-id", test_incoming_keeps_message_id);
	ADD("/milter/unrelated-accepted-at-data", test_unrelated_accepted_at_data);
	ADD("/milter/spoofed-sender", test_spoofed_sender);
	ADD("/milter/local-submission-no-address", test_local_submission_no_address);
	ADD("/milter/abort-mid-body", test_abort_mid_body);
	ADD("/milter/close-only", test_close_only);
	ADD("/milter/size-cap", test_size_cap);
	ADD("/milter/spool-unwritable", test_spool_unwritable);
	ADD("/milter/hostile-macros-sanitized", test_hostile_macros_sanitized);
	ADD("/milter/macros-copied", test_macros_copied);
	ADD("/milter/many-recipients", test_many_recipients);
	ADD("/milter/recipient-bytes-bounded", test_recipient_bytes_bounded);
	ADD("/milter/random-sequences", test_random_sequences);
#define ADD_NR(path, fn) g_test_add(path, Fixture, GINT_TO_POINTER(1), setup, fn, teardown)
	ADD_NR("/milter/no-reply/negotiated", test_no_reply_negotiated);
	ADD_NR("/milter/no-reply/decisions", test_no_reply_decisions);
	ADD_NR("/milter/no-reply/body-failure", test_no_reply_body_failure);
	ADD_NR("/milter/no-reply/header-failure", test_no_reply_header_failure);
	ADD_NR("/milter/no-reply/no-config", test_no_reply_no_config);
	ADD_NR("/milter/no-reply/random-sequences", test_random_sequences);
	return g_test_run();
}
