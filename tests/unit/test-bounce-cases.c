/* test-bounce-cases: dm_reply_analyze on the hand-written delivery reports and near misses
 * of tests/data/bounces/ (NNN.eml beside an expected.json in eval-bounces' label format:
 * "delivery" failed, expired, delayed, delivered or none; "recipient"; "message_id";
 * "kind" bounce, auto_reply or reply).  Every case must read as labelled, as dunmaild
 * reads it (no reply model: the bounce check comes first): its delivery, the recipient of
 * a failure or expiry, the returned Message-ID where labelled ("none": the report proves
 * no mail of ours), and the kind of what is no
 * report.  A label may carry "left": the
 * reason a case is known to read otherwise; it is then only printed, never asserted, so
 * that a probe's misses stay in view without failing the run. */
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-reply.h"

#include <json-glib/json-glib.h>
#include <string.h>

#define DATA "tests/data/bounces"

static const char *
member_string(JsonObject *o, const char *name)
{
	JsonNode *n = json_object_get_member(o, name);
	return n && JSON_NODE_HOLDS_VALUE(n) ? json_node_get_string(n) : NULL;
}

static void
run_case(gconstpointer data)
{
	JsonObject *label = json_node_get_object((JsonNode *) data);
	const char *file = member_string(label, "file");
	g_autofree char *path = g_build_filename(DATA, file, NULL);
	g_autofree char *raw = NULL;
	gsize len = 0;
	g_assert_true(g_file_get_contents(path, &raw, &len, NULL));
	GMimeMessage *msg = dm_message_parse(raw, len, NULL);
	g_assert_nonnull(msg);
	g_autoptr(DmReplyAnalysis) a = dm_reply_analyze(msg, NULL);
	g_object_unref(msg);

	const char *delivery = member_string(label, "delivery");
	const char *kind = member_string(label, "kind");
	const char *recipient = member_string(label, "recipient");
	const char *message_id = member_string(label, "message_id");
	/* A report's kind is the analysis' own (a delay notice is an automatic message); what
	 * is no report must be read as the kind of mail it is. */
	gboolean right = g_strcmp0(dm_delivery_name(a->delivery), delivery) == 0 &&
	                 (a->delivery != DM_DELIVERY_NONE ||
	                  g_strcmp0(dm_reply_kind_name(a->kind), kind) == 0) &&
	                 (a->delivery != DM_DELIVERY_FAILED && a->delivery != DM_DELIVERY_EXPIRED
	                  ? TRUE : g_strcmp0(a->bounced_recipient, recipient) == 0) &&
	                 (message_id == NULL ||
	                  (g_strcmp0(message_id, "none") == 0 ? a->returned_message_id == NULL
	                   : g_strcmp0(a->returned_message_id, message_id) == 0));
	const char *left = member_string(label, "left");
	if (!right || left)
		g_test_message("%s: labelled %s %s %s %s, read %s %s %s %s (rule %s)%s%s", file,
		               kind, delivery, recipient ? recipient : "-",
		               message_id ? message_id : "-", dm_reply_kind_name(a->kind),
		               dm_delivery_name(a->delivery),
		               a->bounced_recipient ? a->bounced_recipient : "-",
		               a->returned_message_id ? a->returned_message_id : "-",
		               a->matched_rule ? a->matched_rule : "-", left ? "; left: " : "",
		               left ? left : "");
	if (left)
		return;
	g_assert_true(right);
}

static gint
compare_members(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_autoptr(JsonParser) parser = json_parser_new();
	g_assert_true(json_parser_load_from_file(parser, DATA "/expected.json", NULL));
	JsonObject *labels = json_node_get_object(json_parser_get_root(parser));
	g_autoptr(GList) members = json_object_get_members(labels);
	g_autoptr(GPtrArray) files = g_ptr_array_new();
	for (GList *l = members; l; l = l->next)
		g_ptr_array_add(files, l->data);
	g_ptr_array_sort(files, compare_members);
	g_assert_cmpuint(files->len, >=, 10);
	for (guint i = 0; i < files->len; i++) {
		const char *file = files->pdata[i];
		JsonObject *label = json_object_get_object_member(labels, file);
		json_object_set_string_member(label, "file", file);
		g_autofree char *test = g_strdup_printf("/bounce/case/%s", file);
		g_test_add_data_func(test, json_object_get_member(labels, file), run_case);
	}
	return g_test_run();
}
