/* dm-dates: calendar dates as people and e-invoices write them (nl, en, de, fr month
 * names).  Private to src/parser. */
#pragma once
#include <glib.h>

/* PCRE2 fragments (no capturing groups; use with PCRE2_CASELESS) that find dates in text.
 * DM_DATE_RE: dates with a year; DM_DATE_ANY_RE: also "7 december" without one. */
#define DM_MONTH_RE \
	"(?:jan(?:uari|uary|uar|vier)?|feb(?:ruari|ruary|ruar|r)?|f[ée]vrier" \
	"|m(?:aart|arch|ärz|aerz|rt|ars|ar)|apr(?:il)?|avril|m(?:ei|ay|ai)|jun(?:i|e)?|juin" \
	"|jul(?:i|y)?|juillet|aug(?:ustus|ust)?|ao[uû]t|sep(?:t(?:ember|embre)?)?" \
	"|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|d[eé][cz](?:ember|embre)?)(?![\\p{L}])"
#define DM_ORDINAL_RE "(?:st|nd|rd|th|ste|de|e|er)?"
#define DM_DATE_RE \
	"(?:(?<!\\d)\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d)" \
	"|(?<![\\d.])\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})(?![\\d])" \
	"|(?<!\\d)\\d{1,2}" DM_ORDINAL_RE "\\.?(?:[ \\t]+|-)(?:of[ \\t]+)?" DM_MONTH_RE "\\.?,?(?:[ \\t]+|-)\\d{4}(?!\\d)" \
	"|" DM_MONTH_RE "\\.?[ \\t]+\\d{1,2}" DM_ORDINAL_RE ",?[ \\t]+\\d{4}(?!\\d))"
#define DM_DATE_NOYEAR_RE \
	"(?:(?<!\\d)\\d{1,2}" DM_ORDINAL_RE "\\.?[ \\t]+(?:of[ \\t]+)?" DM_MONTH_RE \
	"|" DM_MONTH_RE "\\.?[ \\t]+\\d{1,2}" DM_ORDINAL_RE "(?!\\d))"
#define DM_DATE_ANY_RE "(?:" DM_DATE_RE "|" DM_DATE_NOYEAR_RE ")"

/* Reads a whole date: "23-11-2026", "23/11/2026", "23.11.26" (always day first),
 * "2026-11-23", "20261123" (CII format 102), "23 november 2026", "23 nov. 2026",
 * "November 23, 2026", "23rd November 2026", "maandag 23 november 2026".  A date without
 * a year ("7 december") is taken in the year that puts it nearest to @ref, and refused
 * when @ref is NULL or invalid.  FALSE for anything else (out untouched). */
gboolean dm_date_parse(const char *text, const GDate *ref, GDate *out);

/* Formats @date as YYYY-MM-DD into @buf; "" when @date is invalid. */
void dm_date_to_buf(const GDate *date, char buf[11]);
