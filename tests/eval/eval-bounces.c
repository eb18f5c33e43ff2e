/* eval-bounces: `make eval-bounces` — delivery reports read as dunmaild reads them, measured
 * on a labelled directory of messages (corpus/bounces/blind1: NNN.eml beside an
 * expected.json keyed by file name, each entry's "delivery" one of failed, expired,
 * delayed, delivered or none, "recipient" the address the report is about, "message_id"
 * the returned reminder's, "kind" auto_reply or reply for what is no report).
 *
 *   eval-bounces [--misses] [--json OUT] DIR
 *
 * What counts, in the order a wrong answer would hurt the owner:
 * - a message that is no report taken for one, and a delay read as a final failure: each
 *   would stop the reminders to an address that takes mail;
 * - a final failure read with its recipient (the address dunmail would stop writing to):
 *   read as any other kind, or with another address, a real failure goes unseen;
 * - the returned Message-ID, which proves which reminder bounced;
 * - delays and expiries told apart, success reports, automatic replies.
 * Exit status: 0 measured, 2 usage, 3 the directory or its expected.json could not be
 * read. */
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-reply.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

typedef struct {
	guint failed, failed_right, failed_seen, failed_as_other;
	guint rcpt_wrong;          /* failures read as reports, with another address */
	guint soft, soft_right, soft_seen, soft_as_failed;
	guint delivered, delivered_right;
	guint none, none_taken;
	guint automatic, automatic_right;
	guint mid, mid_right, mid_wrong;
	guint unparsed;
} Tally;

static gboolean
same_address(const char *a, const char *b)
{
	return a && b && g_ascii_strcasecmp(a, b) == 0;
}

static const char *
member_string(JsonObject *o, const char *name)
{
	JsonNode *n = json_object_get_member(o, name);
	return n && JSON_NODE_HOLDS_VALUE(n) ? json_node_get_string(n) : NULL;
}

/* One message against its label; @misses prints what was read where it is wrong. */
static void
score(Tally *t, const char *dir, const char *file, JsonObject *label, gboolean misses)
{
	const char *want = member_string(label, "delivery");
	const char *rcpt = member_string(label, "recipient");
	const char *mid = member_string(label, "message_id");
	const char *kind = member_string(label, "kind");
	g_autofree char *path = g_build_filename(dir, file, NULL);
	g_autofree char *raw = NULL;
	gsize len = 0;
	g_autoptr(DmReplyAnalysis) a = NULL;
	if (g_file_get_contents(path, &raw, &len, NULL)) {
		GMimeMessage *msg = dm_message_parse(raw, len, NULL);
		if (msg) {
			a = dm_reply_analyze(msg, NULL);
			g_object_unref(msg);
		}
	}
	if (!a) {
		t->unparsed++;
		g_print("  unreadable %s\n", file);
		return;
	}
	const char *got = dm_delivery_name(a->delivery);
	gboolean report = a->delivery != DM_DELIVERY_NONE || a->kind == DM_REPLY_KIND_BOUNCE;
	gboolean wrong = FALSE;
	if (g_strcmp0(want, "failed") == 0) {
		t->failed++;
		t->failed_seen += report;
		gboolean rcpt_right = same_address(a->bounced_recipient, rcpt);
		wrong = !(a->delivery == DM_DELIVERY_FAILED && rcpt_right);
		if (!wrong)
			t->failed_right++;
		else if (report && !rcpt_right)
			t->rcpt_wrong++;
		else
			t->failed_as_other++;
	} else if (g_strcmp0(want, "expired") == 0 || g_strcmp0(want, "delayed") == 0) {
		t->soft++;
		t->soft_seen += report;
		t->soft_right += g_strcmp0(got, want) == 0;
		t->soft_as_failed += a->delivery == DM_DELIVERY_FAILED;
		wrong = g_strcmp0(got, want) != 0;
	} else if (g_strcmp0(want, "delivered") == 0) {
		t->delivered++;
		t->delivered_right += a->delivery == DM_DELIVERY_DELIVERED;
		wrong = a->delivery != DM_DELIVERY_DELIVERED;
	} else {
		t->none++;
		t->none_taken += report;
		wrong = report;
		if (g_strcmp0(kind, "auto_reply") == 0) {
			t->automatic++;
			gboolean right = a->kind == DM_REPLY_KIND_AUTO_REPLY && !report;
			t->automatic_right += right;
			wrong = wrong || !right;
		}
	}
	if (mid && report) {
		t->mid++;
		if (g_strcmp0(a->returned_message_id, mid) == 0) {
			t->mid_right++;
		} else {
			t->mid_wrong += a->returned_message_id != NULL;
			wrong = TRUE;
		}
	}
	if (misses && wrong)
		g_print("  miss %s: labelled %s %s %s, read %s/%s %s %s (rule %s)\n", file,
			want ? want : "?", rcpt ? rcpt : "-", mid ? mid : "-",
			dm_reply_kind_name(a->kind), got,
			a->bounced_recipient ? a->bounced_recipient : "-",
			a->returned_message_id ? a->returned_message_id : "-",
			a->matched_rule ? a->matched_rule : "-");
}

static double
pct(guint n, guint of)
{
	return of ? 100.0 * n / of : 100.0;
}

static void
print_tally(const Tally *t, const char *dir, guint total)
{
	g_print("== delivery reports (%s): %u messages ==\n", dir, total);
	g_print("final failures       %u of %u read as failed with the labelled recipient (%.1f %%); "
		"%u seen as reports, %u of them with another address\n",
		t->failed_right, t->failed, pct(t->failed_right, t->failed), t->failed_seen,
		t->rcpt_wrong);
	g_print("delays and expiries  %u of %u read as labelled; %u seen as reports; %u read as "
		"a final failure\n", t->soft_right, t->soft, t->soft_seen, t->soft_as_failed);
	g_print("success reports      %u of %u\n", t->delivered_right, t->delivered);
	g_print("not reports          %u of %u taken for a report; automatic replies %u of %u "
		"read as automatic\n", t->none_taken, t->none, t->automatic_right, t->automatic);
	g_print("returned Message-ID  %u of %u right (%u another, the rest none)\n", t->mid_right,
		t->mid, t->mid_wrong);
	if (t->unparsed)
		g_print("unreadable           %u\n", t->unparsed);
}

static char *
tally_json(const Tally *t, const char *dir, guint total)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	json_builder_begin_object(b);
#define FIELD(name, value) \
	(json_builder_set_member_name(b, name), json_builder_add_int_value(b, value))
	json_builder_set_member_name(b, "dir");
	json_builder_add_string_value(b, dir);
	FIELD("messages", total);
	FIELD("failed", t->failed);
	FIELD("failed_right", t->failed_right);
	FIELD("failed_seen", t->failed_seen);
	FIELD("recipient_wrong", t->rcpt_wrong);
	FIELD("soft", t->soft);
	FIELD("soft_right", t->soft_right);
	FIELD("soft_as_failed", t->soft_as_failed);
	FIELD("delivered", t->delivered);
	FIELD("delivered_right", t->delivered_right);
	FIELD("not_reports", t->none);
	FIELD("not_reports_taken", t->none_taken);
	FIELD("automatic", t->automatic);
	FIELD("automatic_right", t->automatic_right);
	FIELD("message_id", t->mid);
	FIELD("message_id_right", t->mid_right);
	FIELD("unreadable", t->unparsed);
#undef FIELD
	json_builder_end_object(b);
	g_autoptr(JsonNode) root = json_builder_get_root(b);
	return json_to_string(root, TRUE);
}

static gint
by_name(gconstpointer a, gconstpointer b)
{
	return g_strcmp0(*(const char *const *)a, *(const char *const *)b);
}

int
main(int argc, char **argv)
{
	gboolean misses = FALSE;
	g_autofree char *json_out = NULL;
	GOptionEntry entries[] = {
		{ "misses", 'm', 0, G_OPTION_ARG_NONE, &misses, "List every message read wrong", NULL },
		{ "json", 'j', 0, G_OPTION_ARG_FILENAME, &json_out, "Write the figures as JSON", "OUT" },
		G_OPTION_ENTRY_NULL
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("DIR");
	g_option_context_set_summary(ctx, "Measure the reading of delivery reports on DIR/*.eml "
				     "labelled by DIR/expected.json.");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_autoptr(GError) error = NULL;
	if (!g_option_context_parse(ctx, &argc, &argv, &error) || argc != 2) {
		fprintf(stderr, "eval-bounces: %s\n", error ? error->message : "expected one DIR");
		return 2;
	}
	g_mime_init();
	const char *dir = argv[1];
	g_autofree char *labels = g_build_filename(dir, "expected.json", NULL);
	g_autoptr(JsonParser) parser = json_parser_new();
	if (!json_parser_load_from_file(parser, labels, &error)) {
		fprintf(stderr, "eval-bounces: %s: %s\n", labels, error->message);
		return 3;
	}
	JsonNode *root = json_parser_get_root(parser);
	if (!root || !JSON_NODE_HOLDS_OBJECT(root)) {
		fprintf(stderr, "eval-bounces: %s: expected an object keyed by file name\n", labels);
		return 3;
	}
	JsonObject *all = json_node_get_object(root);
	g_autoptr(GPtrArray) files = g_ptr_array_new();
	GList *members = json_object_get_members(all);
	for (GList *m = members; m; m = m->next)
		g_ptr_array_add(files, m->data);
	g_list_free(members);
	g_ptr_array_sort(files, by_name);
	Tally t = { 0 };
	for (guint i = 0; i < files->len; i++) {
		const char *file = files->pdata[i];
		JsonNode *n = json_object_get_member(all, file);
		if (!JSON_NODE_HOLDS_OBJECT(n)) {
			fprintf(stderr, "eval-bounces: %s: the entry for %s is no object\n", labels, file);
			return 3;
		}
		score(&t, dir, file, json_node_get_object(n), misses);
	}
	print_tally(&t, dir, files->len);
	if (json_out) {
		g_autofree char *json = tally_json(&t, dir, files->len);
		if (!g_file_set_contents(json_out, json, -1, &error)) {
			fprintf(stderr, "eval-bounces: %s\n", error->message);
			return 3;
		}
	}
	return 0;
}
