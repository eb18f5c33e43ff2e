/* corpus: the labelled replies of corpus/replies (train-LANG.jsonl, test.jsonl; the format
 * is the README there), one DmLearnItem per line.
 *
 * Failure classes: a line that is no JSON object, or lacks id, lang, class, sent or text,
 * or names an unknown class, is an error naming the file and the line; nothing is
 * skipped silently, since a label lost is a figure wrong. */
#include "dunning/learn/dm-learn.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

G_DEFINE_QUARK(dm-learn-error-quark, dm_learn_error)

void
dm_learn_item_free(DmLearnItem *it)
{
	if (!it)
		return;
	g_free(it->id);
	g_free(it->lang);
	g_free(it->variant);
	g_free(it->client);
	g_free(it->layout);
	g_clear_pointer(&it->sent, g_date_time_unref);
	g_free(it->from_name);
	g_free(it->from);
	g_free(it->invoice);
	g_free(it->amount);
	g_free(it->text);
	g_free(it->new_text);
	g_free(it->signature);
	g_free(it->disclaimer);
	g_free(it->mobile_footer);
	g_free(it);
}

/* (transfer full) the string member @key, or NULL when absent or null. */
static char *
member(JsonObject *o, const char *key)
{
	JsonNode *n = json_object_get_member(o, key);
	if (!n || JSON_NODE_HOLDS_NULL(n) || json_node_get_value_type(n) != G_TYPE_STRING)
		return NULL;
	return g_strdup(json_node_get_string(n));
}

static gboolean
bad(GError **error, const char *path, guint line, const char *what)
{
	g_set_error(error, DM_LEARN_ERROR, DM_LEARN_ERROR_INVALID, "%s:%u: %s", path, line, what);
	return FALSE;
}

static gboolean
read_item(JsonObject *o, const char *path, guint line, DmLearnItem *it, GError **error)
{
	it->id = member(o, "id");
	it->lang = member(o, "lang");
	it->text = member(o, "text");
	g_autofree char *klass = member(o, "class");
	g_autofree char *secondary = member(o, "secondary");
	g_autofree char *sent = member(o, "sent");
	g_autofree char *date = member(o, "date");
	if (!it->id || !it->lang || !it->text || !klass || !sent)
		return bad(error, path, line, "expected the members id, lang, class, sent and text");
	if (!dm_reply_class_from_name(klass, &it->klass) || it->klass == DM_REPLY_CLASS_BOUNCE)
		return bad(error, path, line, "unknown class, expected dispute, promise_to_pay, "
		           "paid, arrangement, question, other or auto_reply");
	it->secondary = DM_REPLY_CLASS_OTHER;
	if (secondary && !dm_reply_class_from_name(secondary, &it->secondary))
		return bad(error, path, line, "unknown secondary class");
	it->sent = g_date_time_new_from_iso8601(sent, NULL);
	if (!it->sent)
		return bad(error, path, line, "sent: expected an ISO 8601 time with its offset");
	g_date_clear(&it->date, 1);
	if (date) {
		gint y, m, d;
		if (sscanf(date, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy(d, m, y))
			return bad(error, path, line, "date: expected YYYY-MM-DD or null");
		g_date_set_dmy(&it->date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
	}
	it->variant = member(o, "variant");
	it->client = member(o, "client");
	it->layout = member(o, "layout");
	it->from_name = member(o, "from_name");
	it->from = member(o, "from");
	it->invoice = member(o, "invoice");
	it->amount = member(o, "amount");
	it->new_text = member(o, "new_text");
	it->signature = member(o, "signature");
	it->disclaimer = member(o, "disclaimer");
	it->mobile_footer = member(o, "mobile_footer");
	JsonNode *h = json_object_get_member(o, "html_only");
	it->html_only = h && JSON_NODE_HOLDS_VALUE(h) && json_node_get_boolean(h);
	return TRUE;
}

gboolean
dm_learn_corpus_read(const char *path, GPtrArray *items, GError **error)
{
	g_autofree char *data = NULL;
	if (!g_file_get_contents(path, &data, NULL, error))
		return FALSE;
	g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
	g_autoptr(JsonParser) parser = json_parser_new();
	for (guint i = 0; lines[i]; i++) {
		if (*g_strstrip(lines[i]) == '\0')
			continue;
		g_autoptr(GError) err = NULL;
		if (!json_parser_load_from_data(parser, lines[i], -1, &err))
			return bad(error, path, i + 1, err->message);
		JsonNode *root = json_parser_get_root(parser);
		if (!JSON_NODE_HOLDS_OBJECT(root))
			return bad(error, path, i + 1, "expected one JSON object per line");
		g_autoptr(DmLearnItem) it = g_new0(DmLearnItem, 1);
		if (!read_item(json_node_get_object(root), path, i + 1, it, error))
			return FALSE;
		g_ptr_array_add(items, g_steal_pointer(&it));
	}
	return TRUE;
}

static int
by_name(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

GPtrArray *
dm_learn_corpus_files(const char *dir, const char *prefix, GError **error)
{
	g_autoptr(GDir) d = g_dir_open(dir, 0, error);
	if (!d)
		return NULL;
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	const char *n;
	while ((n = g_dir_read_name(d)))
		if (g_str_has_prefix(n, prefix) && g_str_has_suffix(n, ".jsonl"))
			g_ptr_array_add(names, g_strdup(n));
	if (names->len == 0) {
		g_set_error(error, DM_LEARN_ERROR, DM_LEARN_ERROR_INVALID,
		            "%s: no %s*.jsonl, expected a labelled corpus", dir, prefix);
		return NULL;
	}
	g_ptr_array_sort(names, by_name);
	GPtrArray *paths = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < names->len; i++)
		g_ptr_array_add(paths, g_build_filename(dir, g_ptr_array_index(names, i), NULL));
	return paths;
}

GPtrArray *
dm_learn_corpus_read_dir(const char *dir, const char *prefix, GError **error)
{
	g_autoptr(GPtrArray) paths = dm_learn_corpus_files(dir, prefix, error);
	if (!paths)
		return NULL;
	g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func((GDestroyNotify) dm_learn_item_free);
	for (guint i = 0; i < paths->len; i++)
		if (!dm_learn_corpus_read(g_ptr_array_index(paths, i), items, error))
			return NULL;
	if (items->len == 0) {
		g_set_error(error, DM_LEARN_ERROR, DM_LEARN_ERROR_INVALID,
		            "%s: no replies in %s*.jsonl, expected a labelled corpus", dir, prefix);
		return NULL;
	}
	return g_steal_pointer(&items);
}
