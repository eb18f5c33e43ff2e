/* dm-rule-file: a user's own patterns, read from a file at run time — one rule per line,
 * "field = /pattern/flags", '#' comments and blank lines ignored (doc/invoice-rules.md).
 * A user extends what dunmail reads without recompiling.  Private to src/parser.  Pure
 * once loaded: matching reads no file. */
#pragma once
#include <glib.h>

typedef struct _DmRuleFile DmRuleFile;

GQuark dm_rule_file_error_quark(void);
#define DM_RULE_FILE_ERROR (dm_rule_file_error_quark())
typedef enum { DM_RULE_FILE_ERROR_SYNTAX } DmRuleFileError;

/* Longest rule file read, and longest pattern: a rule file is written by hand. */
#define DM_RULE_FILE_MAX_BYTES (256 * 1024)
#define DM_RULE_MAX_PATTERN 2000

/* (transfer full) the rules of @path, each compiled (PCRE2, UTF, JIT where available), or
 * NULL with @error naming the file, the line and what was expected there: a line that is
 * not "field = /pattern/flags", a field not in @fields (NULL-terminated), an unknown flag
 * (known: i m s x), a pattern that does not compile (with PCRE2's message and offset). */
DmRuleFile *dm_rule_file_load(const char *path, const char *const *fields, GError **error);
/* The same over @text (the file's contents), @path naming it in errors. */
DmRuleFile *dm_rule_file_parse(const char *path, const char *text, const char *const *fields,
			       GError **error);
void dm_rule_file_free(DmRuleFile *rules);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmRuleFile, dm_rule_file_free)

/* (transfer full) what the first rule for @field that matches @text captured (its group
 * 1, else the whole match), or NULL.  *@where (nullable, transfer full) gets "FILE:LINE". */
char *dm_rule_file_match(const DmRuleFile *rules, const char *field, const char *text, char **where);
/* The number of rules read. */
guint dm_rule_file_count(const DmRuleFile *rules);
