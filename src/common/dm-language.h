/* dm-language: the one table of language facts, the names of the months and the days of
 * the week in Dutch, English and German (and French, which e-invoices from France and
 * Belgium use), shared by the parser (reading dates) and the reminders (writing them). */
#pragma once
#include <glib.h>

/* The month (1 to 12) that @word names in any language of the table, full ("maart",
 * "March", "März") or as people shorten or spell it ("mrt", "Sept.", "Maerz", "dec");
 * case does not matter, a trailing dot neither.  0 when @word is no month. */
int dm_language_month(const char *word);
/* The day of the week (1 = Monday to 7 = Sunday, as GDateWeekday) that @word names,
 * full ("vrijdag", "Friday", "Freitag", Swiss German "Mäntig") or, with @short_forms, shortened ("vr", "fri",
 * "Fr").  0 when @word is no day.  Short forms are also common words ("do", "so"), so only
 * a reader that already knows it is inside a date asks for them. */
int dm_language_weekday(const char *word, gboolean short_forms);

/* (transfer full) the name of @day in @language (as dm_language_format_date), capitalised
 * as the language writes it: "Monday", "maandag", "Montag". */
char *dm_language_weekday_name(const char *language, GDateWeekday day);

/* Every word dm_language_month knows (@months) or every full day name, dialects' too
 * (!@months), as one
 * "|"-separated alternation for PCRE2, longest first, lower case.  (transfer none) */
const char *dm_language_alternation(gboolean months);

/* (transfer full) @date written out in @language ("nl", "en", "de", "fr"; anything else
 * reads as "nl"): "5 december 2026", "5 December 2026", "5. Dezember 2026"; "?" when
 * @date is invalid. */
char *dm_language_format_date(const char *language, const GDate *date);
