/* test-bounce-corpus: dm_reply_analyze on the bounce corpora of other projects
 * (../shared/corpora/bounces): sisimai's set of emails (expected.json: the reason per
 * recipient; "vacation" is an RFC 3834 auto-reply, "feedback" an ARF complaint,
 * "delivered" a success report; not-bounce/ holds ordinary mail) and flanker's fixtures
 * (expected.json: bounce, delay, complaint, read receipt).
 *
 * Measured: the fraction of failure reports we call a bounce, of vacation messages we
 * call auto_reply, and of the rest (ordinary mail, complaints, success reports, delay
 * notices) we wrongly call a bounce.  Prints the figures; fails below the floors measured
 * when the test was written.  DM_CORPUS_VERBOSE=1 lists every miss. */
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-reply.h"

#include <json-glib/json-glib.h>
#include <string.h>

#define CORPUS "../shared/corpora/bounces"

/* Measured when written: 95.8% of final failures, 58/58 temporary ones, 4/4 vacations,
 * 2/23 false bounces (flanker's two "delay" fixtures say "Action: failed": the MTA gave
 * up, which we count as a bounce on purpose). */
#define FLOOR_BOUNCE_RECALL    0.93
#define FLOOR_SOFT_RECALL      0.95
#define FLOOR_VACATION_RECALL  0.99
#define CEIL_FALSE_POSITIVES   0.10

typedef struct {
	guint bounces, bounces_found, with_recipient;
	guint soft, soft_found, soft_as_bounce;
	guint vacations, vacations_found;
	guint others, others_as_bounce;
} Tally;

static DmReplyAnalysis *
analyze_file(const char *path)
{
	g_autofree char *data = NULL;
	gsize len = 0;
	if (!g_file_get_contents(path, &data, &len, NULL))
		g_error("cannot read %s", path);
	g_autoptr(GError) error = NULL;
	GMimeMessage *msg = dm_message_parse(data, len, &error);
	if (msg == NULL)
		return NULL;
	DmReplyAnalysis *a = dm_reply_analyze(msg, NULL);
	g_object_unref(msg);
	return a;
}

static void
miss(const char *what, const char *file, const DmReplyAnalysis *a)
{
	if (g_getenv("DM_CORPUS_VERBOSE"))
		g_printerr("MISS %s %s: got %s/%s rule=%s\n", what, file,
		           a ? dm_reply_kind_name(a->kind) : "unparsed",
		           a ? dm_reply_class_name(a->klass) : "-", a ? a->matched_rule : "-");
}

/* What a source expects: 'b' bounce, 'v' vacation, 'o' anything else. */
static void
count(Tally *t, char expect, const char *file, const char *path)
{
	g_autoptr(DmReplyAnalysis) a = analyze_file(path);
	gboolean bounce = a && a->kind == DM_REPLY_KIND_BOUNCE;
	switch (expect) {
	case 'b':
		t->bounces++;
		if (bounce) {
			t->bounces_found++;
			if (a->bounced_recipient)
				t->with_recipient++;
		} else {
			miss("bounce", file, a);
		}
		break;
	case 'v':
		t->vacations++;
		if (a && a->kind == DM_REPLY_KIND_AUTO_REPLY)
			t->vacations_found++;
		else
			miss("vacation", file, a);
		break;
	case 's':
		/* A temporary failure: a final report (bounce) or a delay notice is right. */
		t->soft++;
		if (bounce)
			t->soft_as_bounce++;
		if (bounce || (a && a->matched_rule && strstr(a->matched_rule, "delay")))
			t->soft_found++;
		else
			miss("soft", file, a);
		break;
	default:
		t->others++;
		if (bounce) {
			t->others_as_bounce++;
			miss("false-positive", file, a);
		}
	}
}

static void
run_sisimai(Tally *t)
{
	g_autoptr(JsonParser) parser = json_parser_new();
	g_assert_true(json_parser_load_from_file(parser, CORPUS "/sisimai-set-of-emails/expected.json",
	                                         NULL));
	JsonObject *expected = json_object_get_object_member(
		json_node_get_object(json_parser_get_root(parser)), "expected");
	g_autoptr(GList) names = json_object_get_members(expected);
	for (GList *l = names; l; l = l->next) {
		const char *name = l->data;
		JsonObject *e = json_object_get_object_member(expected, name);
		JsonArray *recipients = json_object_get_array_member(e, "recipients");
		char expect = 'b';
		if (json_array_get_length(recipients) > 0) {
			const char *reason = json_object_get_string_member(
				json_array_get_object_element(recipients, 0), "reason");
			const char *status = json_object_get_string_member(
				json_array_get_object_element(recipients, 0), "dsn_status");
			if (strcmp(reason, "vacation") == 0)
				expect = 'v';
			else if (status && status[0] == '4')
				expect = 's';
			else if (strcmp(reason, "feedback") == 0 || strcmp(reason, "delivered") == 0)
				expect = 'o';
		}
		g_autofree char *path = g_build_filename(CORPUS "/sisimai-set-of-emails", name, NULL);
		count(t, expect, name, path);
	}
	const char *dir = CORPUS "/sisimai-set-of-emails/not-bounce";
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	g_assert_nonnull(d);
	const char *name;
	while ((name = g_dir_read_name(d))) {
		g_autofree char *path = g_build_filename(dir, name, NULL);
		count(t, 'o', name, path);
	}
}

static void
run_flanker(Tally *t)
{
	g_autoptr(JsonParser) parser = json_parser_new();
	g_assert_true(json_parser_load_from_file(parser, CORPUS "/flanker/expected.json", NULL));
	JsonObject *expected = json_object_get_object_member(
		json_node_get_object(json_parser_get_root(parser)), "expected");
	g_autoptr(GList) names = json_object_get_members(expected);
	for (GList *l = names; l; l = l->next) {
		const char *name = l->data;
		JsonObject *e = json_object_get_object_member(expected, name);
		g_autofree char *path = g_build_filename(CORPUS "/flanker", name, NULL);
		count(t, json_object_get_boolean_member(e, "is_bounce") ? 'b' : 'o', name, path);
	}
}

static void
test_corpus(void)
{
	Tally t = { 0 };
	run_sisimai(&t);
	run_flanker(&t);
	double recall = (double) t.bounces_found / MAX(t.bounces, 1);
	double vacation = (double) t.vacations_found / MAX(t.vacations, 1);
	double fp = (double) t.others_as_bounce / MAX(t.others, 1);
	g_test_message("bounces detected: %u/%u (%.1f%%), failed recipient named in %u",
	               t.bounces_found, t.bounces, 100 * recall, t.with_recipient);
	g_test_message("temporary failures (4.x.x) seen as bounce or delay: %u/%u "
	               "(%u of them as bounce)", t.soft_found, t.soft, t.soft_as_bounce);
	g_test_message("vacation auto-replies detected: %u/%u (%.1f%%)", t.vacations_found,
	               t.vacations, 100 * vacation);
	g_test_message("false bounces among %u other messages: %u (%.1f%%)", t.others,
	               t.others_as_bounce, 100 * fp);
	g_assert_cmpuint(t.bounces, >=, 350);
	g_assert_cmpfloat(recall, >=, FLOOR_BOUNCE_RECALL);
	g_assert_cmpfloat(vacation, >=, FLOOR_VACATION_RECALL);
	g_assert_cmpfloat((double) t.soft_found / MAX(t.soft, 1), >=, FLOOR_SOFT_RECALL);
	g_assert_cmpfloat(fp, <=, CEIL_FALSE_POSITIVES);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/bounce/corpus", test_corpus);
	return g_test_run();
}
