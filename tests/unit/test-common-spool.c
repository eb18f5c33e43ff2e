/* test-common-spool: the envelope block of a spool file — write then parse gives back
 * what went in; hostile values cannot add lines; malformed blocks are errors. */
#include <glib/gstdio.h>
#include <string.h>

#include "common/dm-spool.h"
#include "test-util.h"

static const char message[] = "From: a@b.example\r\nSubject: hi\r\n\r\nbody\r\n";

static DmEnvelope *
full_envelope(void)
{
	DmEnvelope *env = dm_envelope_new();
	env->direction = DM_DIRECTION_OUTGOING;
	env->mail_from = g_strdup("billing@acme.example");
	g_ptr_array_add(env->rcpt_to, g_strdup("klant@debtor.example"));
	g_ptr_array_add(env->rcpt_to, g_strdup("boekhouding@debtor.example"));
	env->client_addr = g_strdup("10.0.0.5");
	env->client_name = g_strdup("ws5.acme.example");
	env->auth_authen = g_strdup("alice");
	env->queue_id = g_strdup("4XyZ1a2B3c");
	env->received_at = g_strdup("2026-11-16T09:00:00Z");
	env->added_message_id = g_strdup("<dunmail-added.1@acme.example>");
	env->reason = g_strdup("outgoing: authenticated as alice, sender billing@acme.example");
	return env;
}

/* Parses @data, asserting success; the message offset in *@offset. */
static DmEnvelope *
parse_ok(const char *data, gsize len, gsize *offset)
{
	DmEnvelope *env = NULL;
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_envelope_parse(data, len, &env, offset, &err));
	g_assert_no_error(err);
	g_assert_nonnull(env);
	return env;
}

static void
test_round_trip(void)
{
	g_autoptr(DmEnvelope) in = full_envelope();
	g_autoptr(GString) file = g_string_new(NULL);
	dm_envelope_write(in, file);
	g_assert_true(g_str_has_prefix(file->str, DM_SPOOL_MAGIC "\n"));
	g_assert_true(g_str_has_suffix(file->str, "\n\n"));
	gsize envelope_len = file->len;
	g_string_append(file, message);

	g_assert_true(dm_spool_is_spool_file(file->str, file->len));
	gsize offset = 0;
	g_autoptr(DmEnvelope) out = parse_ok(file->str, file->len, &offset);
	g_assert_cmpuint(offset, ==, envelope_len);
	g_assert_cmpstr(file->str + offset, ==, message);
	g_assert_cmpint(out->direction, ==, DM_DIRECTION_OUTGOING);
	g_assert_cmpstr(out->mail_from, ==, in->mail_from);
	g_assert_cmpuint(out->rcpt_to->len, ==, 2);
	g_assert_cmpstr(g_ptr_array_index(out->rcpt_to, 0), ==, "klant@debtor.example");
	g_assert_cmpstr(g_ptr_array_index(out->rcpt_to, 1), ==, "boekhouding@debtor.example");
	g_assert_cmpstr(out->client_addr, ==, in->client_addr);
	g_assert_cmpstr(out->client_name, ==, in->client_name);
	g_assert_cmpstr(out->auth_authen, ==, in->auth_authen);
	g_assert_cmpstr(out->queue_id, ==, in->queue_id);
	g_assert_cmpstr(out->received_at, ==, in->received_at);
	g_assert_cmpstr(out->added_message_id, ==, in->added_message_id);
	g_assert_cmpstr(out->reason, ==, in->reason);
}

/* Absent values stay absent; the null sender comes back as "". */
static void
test_sparse(void)
{
	g_autoptr(DmEnvelope) in = dm_envelope_new();
	in->direction = DM_DIRECTION_INCOMING;
	g_ptr_array_add(in->rcpt_to, g_strdup("billing@acme.example"));
	g_autoptr(GString) file = g_string_new(NULL);
	dm_envelope_write(in, file);
	g_assert_null(strstr(file->str, "Auth-Authen"));
	g_assert_nonnull(strstr(file->str, "Mail-From: \n"));
	g_string_append(file, message);
	gsize offset;
	g_autoptr(DmEnvelope) out = parse_ok(file->str, file->len, &offset);
	g_assert_cmpint(out->direction, ==, DM_DIRECTION_INCOMING);
	g_assert_cmpstr(out->mail_from, ==, "");
	g_assert_null(out->auth_authen);
	g_assert_null(out->client_addr);
	g_assert_null(out->added_message_id);
	g_assert_cmpuint(out->rcpt_to->len, ==, 1);
}

static guint
count_lines(const char *s, gsize len)
{
	guint n = 0;
	for (gsize i = 0; i < len; i++)
		n += s[i] == '\n';
	return n;
}

/* A stranger's RCPT TO / MAIL FROM with CR LF inside must not end the envelope early or
 * forge a Direction line. */
static void
test_injection(void)
{
	g_autoptr(DmEnvelope) in = dm_envelope_new();
	in->direction = DM_DIRECTION_INCOMING;
	in->mail_from = g_strdup("x@evil.example\n\nFrom: forged@acme.example");
	g_ptr_array_add(in->rcpt_to,
	                g_strdup("billing@acme.example\r\nDirection: outgoing\r\nAuth-Authen: alice"));
	in->reason = g_strdup("line1\nline2");
	g_autoptr(GString) file = g_string_new(NULL);
	dm_envelope_write(in, file);
	/* magic, Direction, Mail-From, Rcpt-To, Reason, empty line */
	g_assert_cmpuint(count_lines(file->str, file->len), ==, 6);
	g_assert_null(strchr(file->str, '\r'));
	g_string_append(file, message);
	gsize offset;
	g_autoptr(DmEnvelope) out = parse_ok(file->str, file->len, &offset);
	g_assert_cmpint(out->direction, ==, DM_DIRECTION_INCOMING);
	g_assert_null(out->auth_authen);
	g_assert_cmpuint(out->rcpt_to->len, ==, 1);
	const char *rcpt = g_ptr_array_index(out->rcpt_to, 0);
	g_assert_true(g_str_has_prefix(rcpt, "billing@acme.example"));
	g_assert_null(strpbrk(rcpt, "\r\n"));
	g_assert_cmpstr(file->str + offset, ==, message);
}

/* Values are bounded: a huge RCPT TO is cut, not copied whole. */
static void
test_long_value(void)
{
	g_autoptr(DmEnvelope) in = dm_envelope_new();
	in->direction = DM_DIRECTION_INCOMING;
	g_autofree char *huge = g_strnfill(100000, 'a');
	g_ptr_array_add(in->rcpt_to, g_strdup(huge));
	g_autoptr(GString) file = g_string_new(NULL);
	dm_envelope_write(in, file);
	g_assert_cmpuint(file->len, <, 2000);
	gsize offset;
	g_string_append(file, message);
	g_autoptr(DmEnvelope) out = parse_ok(file->str, file->len, &offset);
	g_assert_cmpuint(strlen(g_ptr_array_index(out->rcpt_to, 0)), <=, 1000);
}

typedef struct {
	const char *name;
	const char *data;
	const char *error_part;     /* NULL: parses */
} ParseCase;

static const ParseCase parse_cases[] = {
	{ "no-magic", "Direction: incoming\n\nSubject: x\r\n\r\n", "not a spool file" },
	{ "plain-message", "From: a@b.example\r\nSubject: x\r\n\r\nbody\r\n", "not a spool file" },
	{ "magic-version-2", "X-Dunmail-Spool: 10\nDirection: incoming\n\n", "not a spool file" },
	{ "magic-only", "X-Dunmail-Spool: 1", "not a spool file" },
	{ "empty", "", "not a spool file" },
	{ "no-blank-line", "X-Dunmail-Spool: 1\nDirection: incoming\nMail-From: a@b.example\n",
	  "no end of envelope" },
	{ "no-blank-line-no-newline", "X-Dunmail-Spool: 1\nDirection: incoming",
	  "no end of envelope" },
	{ "line-without-colon", "X-Dunmail-Spool: 1\nDirection incoming\n\nbody",
	  "envelope line 2: expected 'Key: value'" },
	{ "unknown-keys-ignored", "X-Dunmail-Spool: 1\nDirection: incoming\nX-Future: 42\n"
	  "Mail-From: a@b.example\nSpam-Score: 3.1\n\nSubject: x\r\n\r\n", NULL },
	{ "crlf-envelope", "X-Dunmail-Spool: 1\r\nDirection: incoming\r\nMail-From: a@b.example\r\n"
	  "\r\nSubject: x\r\n\r\n", NULL },
	{ "empty-message", "X-Dunmail-Spool: 1\nDirection: incoming\nMail-From: a@b.example\n\n",
	  NULL },
};

static void
test_parse_case(gconstpointer data)
{
	const ParseCase *pc = data;
	gsize len = strlen(pc->data), offset = 0;
	DmEnvelope *env = NULL;
	g_autoptr(GError) err = NULL;
	gboolean ok = dm_envelope_parse(pc->data, len, &env, &offset, &err);
	g_autoptr(DmEnvelope) owned = env;
	if (pc->error_part) {
		g_assert_false(ok);
		g_assert_error(err, DM_SPOOL_ERROR, 0);
		if (!strstr(err->message, pc->error_part))
			g_test_fail_printf("error \"%s\" lacks \"%s\"", err->message, pc->error_part);
		return;
	}
	g_assert_true(ok);
	g_assert_no_error(err);
	g_assert_cmpint(env->direction, ==, DM_DIRECTION_INCOMING);
	g_assert_cmpstr(env->mail_from, ==, "a@b.example");
	g_assert_cmpuint(offset, <=, len);
	const char *rest = pc->data + offset;
	g_assert_true(*rest == '\0' || g_str_has_prefix(rest, "Subject: x"));
}

/* An envelope that never ends within its bound is refused, whatever follows. */
static void
test_envelope_bound(void)
{
	g_autoptr(GString) file = g_string_new(DM_SPOOL_MAGIC "\n");
	while (file->len < 3 * 1024 * 1024)     /* past the 2 MiB bound */
		g_string_append(file, "X-Filler: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n");
	g_string_append(file, "\nSubject: x\r\n\r\n");
	DmEnvelope *env = NULL;
	gsize offset;
	g_autoptr(GError) err = NULL;
	g_assert_false(dm_envelope_parse(file->str, file->len, &env, &offset, &err));
	g_assert_null(env);
	g_assert_error(err, DM_SPOOL_ERROR, 0);
}

static void
test_direction_names(void)
{
	g_assert_cmpstr(dm_direction_name(DM_DIRECTION_OUTGOING), ==, "outgoing");
	g_assert_cmpstr(dm_direction_name(DM_DIRECTION_INCOMING), ==, "incoming");
	g_assert_cmpstr(dm_direction_name(DM_DIRECTION_NONE), ==, "none");
	g_assert_cmpint(dm_direction_from_name("outgoing"), ==, DM_DIRECTION_OUTGOING);
	g_assert_cmpint(dm_direction_from_name("incoming"), ==, DM_DIRECTION_INCOMING);
	g_assert_cmpint(dm_direction_from_name("none"), ==, DM_DIRECTION_NONE);
	g_assert_cmpint(dm_direction_from_name("Outgoing"), ==, DM_DIRECTION_NONE);
	g_assert_cmpint(dm_direction_from_name(""), ==, DM_DIRECTION_NONE);
	g_assert_cmpint(dm_direction_from_name(NULL), ==, DM_DIRECTION_NONE);
}

static void
test_ensure_dirs(void)
{
	g_autofree char *tmp = g_dir_make_tmp("dm-spool-XXXXXX", NULL);
	g_autofree char *root = g_build_filename(tmp, "a", "spool", NULL);
	g_autoptr(GError) err = NULL;
	g_assert_true(dm_spool_ensure_dirs(root, &err));
	g_assert_no_error(err);
	const char *subs[] = { "tmp", "new", "work", "bad" };
	for (gsize i = 0; i < G_N_ELEMENTS(subs); i++) {
		g_autofree char *d = g_build_filename(root, subs[i], NULL);
		GStatBuf st;
		g_assert_cmpint(g_stat(d, &st), ==, 0);
		g_assert_true(S_ISDIR(st.st_mode));
		g_assert_cmpint(st.st_mode & 0777 & ~0750, ==, 0);
	}
	/* Again: nothing to do, no error. */
	g_assert_true(dm_spool_ensure_dirs(root, &err));
	g_assert_no_error(err);

	/* Under a regular file: an error naming the path. */
	g_autofree char *file = g_build_filename(tmp, "plain", NULL);
	g_assert_true(g_file_set_contents(file, "x", 1, NULL));
	g_autofree char *under = g_build_filename(file, "spool", NULL);
	g_assert_false(dm_spool_ensure_dirs(under, &err));
	g_assert_nonnull(err);
	g_assert_nonnull(strstr(err->message, file));
	dm_test_rm_rf(tmp);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/spool/round-trip", test_round_trip);
	g_test_add_func("/spool/sparse", test_sparse);
	g_test_add_func("/spool/injection", test_injection);
	g_test_add_func("/spool/long-value", test_long_value);
	g_test_add_func("/spool/envelope-bound", test_envelope_bound);
	g_test_add_func("/spool/direction-names", test_direction_names);
	g_test_add_func("/spool/ensure-dirs", test_ensure_dirs);
	for (gsize i = 0; i < G_N_ELEMENTS(parse_cases); i++) {
		g_autofree char *p = g_strconcat("/spool/parse/", parse_cases[i].name, NULL);
		g_test_add_data_func(p, &parse_cases[i], test_parse_case);
	}
	return g_test_run();
}
