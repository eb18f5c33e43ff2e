/* rule_file: the user's pattern file (dm-rule-file.h).
 *
 * Each line is split at the first '=' into a field name and a pattern written between
 * slashes, flags after the closing one; a '/' inside the pattern needs no escape (the
 * last '/' of the line closes it).  Patterns are compiled here with PCRE2 directly, not
 * through DmPattern, because a user's pattern may be wrong and that is a configuration
 * error to report, not a programmer error.  Matching has a match limit, like DmPattern,
 * so a pattern cannot run away on hostile text.
 * Failures: a bad line stops the load (GError naming file and line). */
#include "parser/text/dm-rule-file.h"
#include "common/dm-valgrind.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <string.h>

#define MATCH_LIMIT 1000000

typedef struct {
	char *field;
	pcre2_code *code;
	char *where;    /* "FILE:LINE" */
} Rule;

struct _DmRuleFile {
	GPtrArray *rules;   /* of Rule* */
};

G_DEFINE_QUARK(dm-rule-file-error-quark, dm_rule_file_error)

static void
rule_free(gpointer p)
{
	Rule *r = p;
	g_free(r->field);
	pcre2_code_free(r->code);
	g_free(r->where);
	g_free(r);
}

void
dm_rule_file_free(DmRuleFile *rules)
{
	if (!rules)
		return;
	g_ptr_array_unref(rules->rules);
	g_free(rules);
}

guint
dm_rule_file_count(const DmRuleFile *rules)
{
	return rules ? rules->rules->len : 0;
}

static gboolean
bad_line(GError **error, const char *path, guint line, const char *what)
{
	g_set_error(error, DM_RULE_FILE_ERROR, DM_RULE_FILE_ERROR_SYNTAX, "%s:%u: %s", path, line, what);
	return FALSE;
}

static gboolean
field_known(const char *field, const char *const *fields)
{
	for (guint i = 0; fields && fields[i]; i++)
		if (strcmp(field, fields[i]) == 0)
			return TRUE;
	return FALSE;
}

/* Reads one non-blank, non-comment line into @rules. */
static gboolean
parse_line(DmRuleFile *rules, const char *path, guint n, char *line, const char *const *fields,
	   GError **error)
{
	char *eq = strchr(line, '=');
	if (!eq)
		return bad_line(error, path, n, "expected 'field = /pattern/flags'");
	*eq = '\0';
	char *field = g_strstrip(line);
	char *rhs = g_strstrip(eq + 1);
	if (!field_known(field, fields)) {
		g_autofree char *known = g_strjoinv(", ", (char **)fields);
		g_autofree char *msg = g_strdup_printf("unknown field '%s' (expected one of: %s)", field, known);
		return bad_line(error, path, n, msg);
	}
	char *close = strrchr(rhs, '/');
	if (rhs[0] != '/' || close == rhs)
		return bad_line(error, path, n, "expected the pattern between slashes: /pattern/flags");
	*close = '\0';
	const char *pattern = rhs + 1;
	if (!*pattern)
		return bad_line(error, path, n, "empty pattern");
	if (strlen(pattern) > DM_RULE_MAX_PATTERN)
		return bad_line(error, path, n, "pattern longer than 2000 bytes");
	guint32 options = PCRE2_UTF | PCRE2_UCP;
	for (const char *f = close + 1; *f; f++) {
		switch (*f) {
		case 'i': options |= PCRE2_CASELESS; break;
		case 'm': options |= PCRE2_MULTILINE; break;
		case 's': options |= PCRE2_DOTALL; break;
		case 'x': options |= PCRE2_EXTENDED; break;
		default: {
			g_autofree char *msg = g_strdup_printf("unknown flag '%c' (expected i, m, s or x)", *f);
			return bad_line(error, path, n, msg);
		}
		}
	}
	int code = 0;
	PCRE2_SIZE offset = 0;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, options, &code, &offset, NULL);
	if (!re) {
		PCRE2_UCHAR buf[256];
		pcre2_get_error_message(code, buf, sizeof buf);
		g_autofree char *msg = g_strdup_printf("pattern does not compile at offset %zu: %s",
						       (size_t)offset, (char *)buf);
		return bad_line(error, path, n, msg);
	}
	if (!dm_under_valgrind())   /* JIT only speeds; valgrind cannot follow it */
		(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	Rule *r = g_new0(Rule, 1);
	r->field = g_strdup(field);
	r->code = re;
	r->where = g_strdup_printf("%s:%u", path, n);
	g_ptr_array_add(rules->rules, r);
	return TRUE;
}

DmRuleFile *
dm_rule_file_parse(const char *path, const char *text, const char *const *fields, GError **error)
{
	g_return_val_if_fail(path != NULL && text != NULL, NULL);
	if (!g_utf8_validate(text, -1, NULL)) {
		g_set_error(error, DM_RULE_FILE_ERROR, DM_RULE_FILE_ERROR_SYNTAX,
			    "%s: expected UTF-8 text", path);
		return NULL;
	}
	g_autoptr(DmRuleFile) rules = g_new0(DmRuleFile, 1);
	rules->rules = g_ptr_array_new_with_free_func(rule_free);
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	for (guint i = 0; lines[i]; i++) {
		char *line = g_strstrip(lines[i]);
		if (!*line || *line == '#')
			continue;
		if (!parse_line(rules, path, i + 1, line, fields, error))
			return NULL;
	}
	return g_steal_pointer(&rules);
}

DmRuleFile *
dm_rule_file_load(const char *path, const char *const *fields, GError **error)
{
	g_return_val_if_fail(path != NULL, NULL);
	g_autofree char *text = NULL;
	gsize len = 0;
	if (!g_file_get_contents(path, &text, &len, error))
		return NULL;
	if (len > DM_RULE_FILE_MAX_BYTES || memchr(text, '\0', len)) {
		g_set_error(error, DM_RULE_FILE_ERROR, DM_RULE_FILE_ERROR_SYNTAX,
			    "%s: expected a text file of at most 256 KiB", path);
		return NULL;
	}
	return dm_rule_file_parse(path, text, fields, error);
}

char *
dm_rule_file_match(const DmRuleFile *rules, const char *field, const char *text, char **where)
{
	if (!rules || !field || !text)
		return NULL;
	pcre2_match_context *mctx = pcre2_match_context_create(NULL);
	pcre2_set_match_limit(mctx, MATCH_LIMIT);
	char *found = NULL;
	for (guint i = 0; i < rules->rules->len && !found; i++) {
		const Rule *r = g_ptr_array_index(rules->rules, i);
		if (strcmp(r->field, field) != 0)
			continue;
		pcre2_match_data *md = pcre2_match_data_create_from_pattern(r->code, NULL);
		int rc = pcre2_match(r->code, (PCRE2_SPTR)text, strlen(text), 0, 0, md, mctx);
		if (rc > 0) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
			int g = rc > 1 && ov[2] != PCRE2_UNSET ? 1 : 0;
			found = g_strndup(text + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
			g_strstrip(found);
			if (where)
				*where = g_strdup(r->where);
		}
		pcre2_match_data_free(md);
	}
	pcre2_match_context_free(mctx);
	return found;
}
