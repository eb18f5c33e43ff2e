/* test-bounce-corpus: dm_reply_analyze on the bounce corpora of other projects
 * (../shared/corpora/bounces): sisimai's set of emails (expected.json: the reason per
 * recipient; "vacation" is an RFC 3834 auto-reply, "feedback" an ARF complaint,
 * "delivered" a success report; not-bounce/ holds ordinary mail) and flanker's fixtures
 * (expected.json: bounce, delay, complaint, read receipt).
 *
 * Measured: the fraction of final failures we call a bounce with a failed recipient the
 * report names, of temporary failures and expiries we see as a delivery report, of
 * vacation messages we call auto_reply, and how many of the rest (ordinary mail,
 * complaints, read receipts) we wrongly take for a bounce or a delivery report; a success
 * report counts as taken unless it is read as exactly that ("delivered").  Every miss and
 * every false taking is printed (as a TAP comment) with its file and what we read instead.
 *
 * How right the failed recipient and the returned Message-ID are: the corpora name no
 * addresses, so each is compared with what the file's own bytes say, read here without
 * the code under test: the recipient with the report's X-Failed-Recipients and its
 * Final-/Original-Recipient fields, where it has any (three reports that say the address
 * was forwarded or expanded excepted: written_to_refs); the Message-ID with the Message-ID
 * header lines below the report's own header block (the returned message or its headers).
 * Prints the figures; fails below the floors measured when the test was written. */
#include "parser/mime/dm-message.h"
#include "parser/text/dm-dates.h"
#include "parser/reply/dm-reply.h"

#include <json-glib/json-glib.h>
#include <string.h>

#define CORPUS "../shared/corpora/bounces"

/* The targets (issue 6, point 7): at least 99 % of final failures recognised as
 * bounces with their failed recipient; none of the non-bounces (ordinary mail, complaints,
 * read receipts, success reports, auto-replies) taken for a bounce or delivery report.
 * Measured when the floors were set (2026-12-02): 383/386 final failures (the three left:
 * two mailing-list manager notices and a bounce a person forwarded inline), 77/77
 * temporary failures and expiries (1 read as a hard failure, 6 before "Action: expired",
 * X.4.7 and the servers never reached were read as expiries), 4/4 vacations, 0/21 non-
 * bounces taken, the failed recipient right in 299/299 reports whose fields name it, the
 * returned Message-ID right in 406/406 reports that return one.  One more miss fails.
 *
 * The one temporary failure left read as hard, and rightly: lhost-sendmail-56.eml, whose
 * own delivery-status part says "Action: failed", "Status: 5.5.0" and a 554 from every MX
 * ("not accepting connections" in their greeting, a refusal RFC 5321 makes final).
 * sisimai calls it 4.7.0 "blocked" from a 421 in the transcript; a standard report's
 * permanent status is not overruled by a transcript line. */
#define FLOOR_BOUNCE_RECALL    0.99
#define FLOOR_SOFT_RECALL      0.99
#define FLOOR_VACATION_RECALL  0.99
#define MAX_SOFT_AS_HARD       1

typedef struct {
	guint bounces, bounces_found, hard;
	guint soft, soft_found, soft_as_hard;
	guint vacations, vacations_found;
	guint others, others_as_bounce;
	/* Of the reports found (final failures, expiries, delays): those whose file names the
	 * failed recipient in a standard field, and how often ours is one of them; those that
	 * return a Message-ID below their own headers, and how often ours is one of them. */
	guint rcpt_ref, rcpt_ref_right;
	guint mid_ref, mid_right, mid_wrong;
} Tally;

/* (transfer full) the parsed file, or NULL; *@raw_out (transfer full) its bytes. */
static DmReplyAnalysis *
analyze_file(const char *path, char **raw_out)
{
	gsize len = 0;
	if (!g_file_get_contents(path, raw_out, &len, NULL))
		g_error("cannot read %s", path);
	g_autoptr(GError) error = NULL;
	GMimeMessage *msg = dm_message_parse(*raw_out, len, &error);
	if (msg == NULL)
		return NULL;
	DmReplyAnalysis *a = dm_reply_analyze(msg, NULL);
	g_object_unref(msg);
	return a;
}

/* Prints one miss or false taking: the file, what was expected (@what), what we read. */
static void
miss(const char *what, const char *file, const DmReplyAnalysis *a, const char *why)
{
	g_test_message("MISS %s %s: got %s/%s delivery=%s rule=%s rcpt=%s%s%s", what, file,
	               a ? dm_reply_kind_name(a->kind) : "unparsed",
	               a ? dm_reply_class_name(a->klass) : "-",
	               a ? dm_delivery_name(a->delivery) : "-", a ? a->matched_rule : "-",
	               a && a->bounced_recipient ? a->bounced_recipient : "-", why ? ": " : "",
	               why ? why : "");
}

/* The corpora name no addresses, so "the right failed recipient" is checked as well as
 * they allow: the address we read must stand in the report itself. */
static gboolean
recipient_named_in(const char *raw, const char *recipient)
{
	g_autofree char *lower = g_ascii_strdown(raw, -1);
	return recipient && strstr(lower, recipient) != NULL;
}

/* (transfer full) the lower-cased values of group 1 of @pattern (multi-line, caseless)
 * in @text, or NULL when none. */
static GPtrArray *
values_of(const char *pattern, const char *text)
{
	g_autoptr(GRegex) re = g_regex_new(pattern, G_REGEX_MULTILINE | G_REGEX_CASELESS |
	                                   G_REGEX_RAW, 0, NULL);
	g_assert_nonnull(re);
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GMatchInfo) mi = NULL;
	for (g_regex_match(re, text, 0, &mi); g_match_info_matches(mi);
	     g_match_info_next(mi, NULL)) {
		g_autofree char *v = g_match_info_fetch(mi, 1);
		g_ptr_array_add(out, g_ascii_strdown(g_strstrip(v), -1));
	}
	if (out->len == 0)
		g_clear_pointer(&out, g_ptr_array_unref);
	return out;
}

static gboolean
among(GPtrArray *values, const char *s)
{
	g_autofree char *lower = s ? g_ascii_strdown(s, -1) : NULL;
	return lower && g_ptr_array_find_with_equal_func(values, lower, g_str_equal, NULL);
}

/* Reports whose failed address is one the debtor's server made of the address written to
 * and that say so (an Exim "ultimately generated from", a Postfix "expanded from:", a
 * report about the report sent to the writer), where dunmail names the address the
 * returned message was written to (README, "Bounces"; bounce_recipient.c), not the
 * report's fields: that is the address an invoice names. */
static const struct {
	const char *file, *written_to;
} written_to_refs[] = {
	{ "lhost-exim-58.eml", "nyaan@sironekotator.com" },
	{ "rfc3464-04.eml", "kijitora@neko.example.edu" },
	{ "rfc3464-26.eml", "neko@example.com" },
};

static const char *
written_to_ref(const char *file)
{
	for (gsize i = 0; i < G_N_ELEMENTS(written_to_refs); i++)
		if (strcmp(written_to_refs[i].file, file) == 0)
			return written_to_refs[i].written_to;
	return NULL;
}

/* The failed recipient and the returned Message-ID of a report we found, against what the
 * file's bytes give (see the top of the file). */
static void
check_report_fields(Tally *t, const char *file, const char *raw, const DmReplyAnalysis *a)
{
	const char *body = strstr(raw, "\n\n");
	const char *crlf = strstr(raw, "\r\n\r\n");
	if (crlf && (!body || crlf < body))
		body = crlf;
	g_autofree char *headers = g_strndup(raw, body ? (gsize) (body - raw) : strlen(raw));
	g_autoptr(GPtrArray) failed = values_of("^X-Failed-Recipients:\\s*<?([^\\s,>]+@[^\\s,>]+)",
	                                        headers);
	g_autoptr(GPtrArray) fields = values_of(
		"^(?:Final|Original)-Recipient:\\s*rfc822\\s*;\\s*<?([^\\s<>;]+@[^\\s<>;]+?)>?\\s*$",
		raw);
	GPtrArray *ref = failed ? failed : fields;
	if (a->delivery != DM_DELIVERY_DELAYED && ref) {
		t->rcpt_ref++;
		/* X-Failed-Recipients may list the address the DSN's fields give another way. */
		const char *written_to = written_to_ref(file);
		if (written_to ? g_strcmp0(a->bounced_recipient, written_to) == 0
		               : among(ref, a->bounced_recipient) ||
		                 (failed && fields && among(fields, a->bounced_recipient)))
			t->rcpt_ref_right++;
		else
			g_test_message("RECIPIENT %s: read %s, the file's fields name %s", file,
			               a->bounced_recipient ? a->bounced_recipient : "none",
			               (const char *) ref->pdata[0]);
	}
	g_autoptr(GPtrArray) ids = body ? values_of("^Message-ID:\\s*(<[^>\\s]+>)", body) : NULL;
	if (ids) {
		t->mid_ref++;
		if (among(ids, a->returned_message_id)) {
			t->mid_right++;
		} else {
			t->mid_wrong += a->returned_message_id != NULL;
			g_test_message("MESSAGE-ID %s: read %s, the returned headers say %s", file,
			               a->returned_message_id ? a->returned_message_id : "none",
			               (const char *) ids->pdata[0]);
		}
	}
}

/* What a source expects: 'b' a final failure, 's' a temporary failure or an expiry,
 * 'v' a vacation auto-reply, 'd' a success report, 'o' anything else. */
static void
count(Tally *t, char expect, const char *file, const char *path)
{
	g_autofree char *raw = NULL;
	g_autoptr(DmReplyAnalysis) a = analyze_file(path, &raw);
	gboolean bounce = a && a->kind == DM_REPLY_KIND_BOUNCE;
	gboolean report = a && a->delivery != DM_DELIVERY_NONE;
	switch (expect) {
	case 'b':
		t->bounces++;
		if (bounce && recipient_named_in(raw, a->bounced_recipient)) {
			t->bounces_found++;
			t->hard += a->delivery == DM_DELIVERY_FAILED;
		} else {
			miss("bounce", file, a, bounce ? "no failed recipient the report names" : NULL);
		}
		break;
	case 'v':
		t->vacations++;
		if (a && a->kind == DM_REPLY_KIND_AUTO_REPLY && !report)
			t->vacations_found++;
		else
			miss("vacation", file, a, NULL);
		break;
	case 's':
		/* A temporary failure: a report of any kind (failure, expiry, delay) is right. */
		t->soft++;
		if (report)
			t->soft_found++;
		else
			miss("soft", file, a, NULL);
		if (a && a->delivery == DM_DELIVERY_FAILED) {
			t->soft_as_hard++;
			miss("soft-as-hard", file, a, "a temporary failure or expiry read as hard");
		}
		break;
	case 'd':
		/* A success report is no bounce; read as one ("delivered") it changes nothing
		 * but clearing a failing mark, which is what it says. */
		t->others++;
		if (bounce || (report && a->delivery != DM_DELIVERY_DELIVERED)) {
			t->others_as_bounce++;
			miss("false-positive", file, a, "a success report read as a failure or delay");
		}
		break;
	default:
		t->others++;
		if (bounce || report) {
			t->others_as_bounce++;
			miss("false-positive", file, a, NULL);
		}
	}
	if ((expect == 'b' || expect == 's') && (bounce || report))
		check_report_fields(t, file, raw, a);
}

/* TRUE when the report's own delivery-status fields say "Action: delayed" and never
 * "failed": the MTA is still trying, whatever label a corpus gives it (sisimai infers a
 * reason for two such files, flanker calls one a bounce).  Read from the file's bytes, not
 * by the code under test. */
static gboolean
says_only_delayed(const char *path)
{
	g_autofree char *raw = NULL;
	if (!g_file_get_contents(path, &raw, NULL, NULL))
		return FALSE;
	g_autofree char *lower = g_ascii_strdown(raw, -1);
	return strstr(lower, "\naction: delayed") && !strstr(lower, "\naction: failed");
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
			/* sisimai says "expired" where the MTA gave up retrying (its 5.0.947 is
			 * inferred); that is final for the message but not a hard failure. */
			if (strcmp(reason, "vacation") == 0)
				expect = 'v';
			else if ((status && status[0] == '4') || strcmp(reason, "expired") == 0)
				expect = 's';
			else if (strcmp(reason, "delivered") == 0)
				expect = 'd';
			else if (strcmp(reason, "feedback") == 0)
				expect = 'o';
		}
		g_autofree char *path = g_build_filename(CORPUS "/sisimai-set-of-emails", name, NULL);
		if (expect == 'b' && says_only_delayed(path))
			expect = 's';
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
		const char *klass = json_object_get_string_member(e, "class");
		char expect = json_object_get_boolean_member(e, "is_bounce") ? 'b' : 'o';
		if (strcmp(klass, "delay") == 0 || (expect == 'b' && says_only_delayed(path)))
			expect = 's';
		count(t, expect, name, path);
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
	g_test_message("final failures recognised as bounces with their failed recipient: "
	               "%u/%u (%.1f%%), %u of them as hard failures", t.bounces_found, t.bounces,
	               100 * recall, t.hard);
	g_test_message("temporary failures and expiries seen as a delivery report: %u/%u "
	               "(%u of them as a hard failure)", t.soft_found, t.soft, t.soft_as_hard);
	g_test_message("vacation auto-replies detected: %u/%u (%.1f%%)", t.vacations_found,
	               t.vacations, 100 * vacation);
	g_test_message("non-bounces taken for a bounce or delivery report: %u/%u", t.others_as_bounce,
	               t.others);
	g_test_message("failed recipient of reports found, where the file names it in a standard "
	               "field: %u/%u right", t.rcpt_ref_right, t.rcpt_ref);
	g_test_message("returned Message-ID of reports found, where the file returns one: %u/%u "
	               "right, %u wrong", t.mid_right, t.mid_ref, t.mid_wrong);
	g_assert_cmpuint(t.bounces, >=, 350);
	g_assert_cmpfloat(recall, >=, FLOOR_BOUNCE_RECALL);
	g_assert_cmpfloat(vacation, >=, FLOOR_VACATION_RECALL);
	g_assert_cmpfloat((double) t.soft_found / MAX(t.soft, 1), >=, FLOOR_SOFT_RECALL);
	g_assert_cmpuint(t.others_as_bounce, ==, 0);
	g_assert_cmpuint(t.soft_as_hard, <=, MAX_SOFT_AS_HARD);
	g_assert_cmpuint(t.rcpt_ref, >=, 290);
	g_assert_cmpuint(t.rcpt_ref_right, ==, t.rcpt_ref);
	g_assert_cmpuint(t.mid_ref, >=, 400);
	g_assert_cmpuint(t.mid_right, ==, t.mid_ref);
}

/* What sisimai's vacation replies say: a return date read from the text, and a new
 * address announced ("zukünftig karl@hanz.de"). */
static void
test_vacations(void)
{
	const struct {
		const char *file, *date, *new_address;
	} cases[] = {
		{ "rfc3834-01.eml", "2005-05-05", NULL },
		{ "rfc3834-03.eml", NULL, NULL },
		{ "rfc3834-05.eml", NULL, "karl@hanz.de" },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *path = g_build_filename(CORPUS "/sisimai-set-of-emails", cases[i].file,
		                                         NULL);
		g_autofree char *raw = NULL;
		g_autoptr(DmReplyAnalysis) a = analyze_file(path, &raw);
		g_assert_nonnull(a);
		g_assert_cmpint(a->kind, ==, DM_REPLY_KIND_AUTO_REPLY);
		char iso[11];
		dm_date_to_buf(&a->date, iso);
		g_assert_cmpstr(iso[0] ? iso : NULL, ==, cases[i].date);
		g_assert_cmpstr(a->new_address, ==, cases[i].new_address);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/bounce/corpus", test_corpus);
	g_test_add_func("/bounce/vacations", test_vacations);
	return g_test_run();
}
