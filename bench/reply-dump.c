/* reply-dump: every answer dm_reply_analyze gives for the bench's messages, one line per
 * message and reading, for `diff` (bench-replies --dump).
 *
 * A change made for speed must change no answer.  Dumped with the model and without it
 * (the rule classifier): the kind, class, confidence (17 digits), whether confident, the
 * secondary class, the date, the delivery report, the rule that decided, the bounced
 * recipient, the returned Message-ID, the new address, the stripped text and `explain`.
 * (needs_review is decided from the kind, class, confidence and date, all dumped.)
 * The file is a working tool's output, never committed: it is tied to one model. */
#include "reply-dump.h"
#include "parser/mime/dm-gmime-autoptr.h"
#include "parser/mime/dm-message.h"

#include <string.h>

static void
append_field(GString *line, const char *value)
{
	g_autofree char *escaped = value ? g_strescape(value, NULL) : g_strdup("(null)");
	g_string_append_printf(line, "\t%s", escaped);
}

static void
append_analysis(GString *line, const DmReplyAnalysis *a)
{
	char date[16] = "-";
	if (g_date_valid(&a->date))
		g_date_strftime(date, sizeof date, "%Y-%m-%d", &a->date);
	g_string_append_printf(line, "\t%s\t%s\t%.17g\t%d\t%s\t%s\t%s",
	                       dm_reply_kind_name(a->kind), dm_reply_class_name(a->klass),
	                       a->confidence, a->confident, dm_reply_class_name(a->secondary),
	                       date, dm_delivery_name(a->delivery));
	append_field(line, a->matched_rule);
	append_field(line, a->bounced_recipient);
	append_field(line, a->returned_message_id);
	append_field(line, a->new_address);
	append_field(line, a->reply_text);
	for (guint i = 0; i < a->explain->len; i++)
		append_field(line, g_ptr_array_index(a->explain, i));
}

gboolean
bench_reply_dump(GPtrArray *bytes, const DmReplyModel *model, const char *out,
                 GError **error)
{
	g_autoptr(GString) all = g_string_new(NULL);
	for (guint i = 0; i < bytes->len; i++) {
		const char *b = g_ptr_array_index(bytes, i);
		g_autoptr(GMimeMessage) msg = dm_message_parse(b, strlen(b), NULL);
		const DmReplyModel *readings[] = { model, NULL };
		for (gsize r = 0; r < G_N_ELEMENTS(readings); r++) {
			g_autoptr(DmReplyAnalysis) a = dm_reply_analyze(msg, readings[r]);
			g_string_append_printf(all, "%u %s", i, readings[r] ? "model" : "rules");
			append_analysis(all, a);
			g_string_append_c(all, '\n');
		}
	}
	return g_file_set_contents(out, all->str, (gssize) all->len, error);
}
