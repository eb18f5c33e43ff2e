/* dm-holidays: the holidays that fix one day of the year (holidays.c), as replies name
 * them in Dutch, English and German: "Koningsdag", "Christmas Eve", "Silvester",
 * "Tweede Paasdag", "Christi Himmelfahrt" ….  A period ("de kerst", "over the
 * holidays", "zwischen den Jahren") is none.  Private to src/parser. */
#pragma once
#include <glib.h>

/* A PCRE2 alternation (no capturing groups, matched caseless) of the names
 * dm_holiday_day knows, longest first. */
#define DM_HOLIDAY_RE \
	"koningsdag|bevrijdingsdag|sinterklaas(?:avond)?|pakjesavond|" \
	"kerstavond|eerste\\s+kerstdag|tweede\\s+kerstdag|oudejaars(?:dag|avond)|oudjaars(?:dag|avond)|" \
	"nieuwjaarsdag|goede\\s+vrijdag|tweede\\s+paasdag|paasmaandag|hemelvaart(?:sdag)?|" \
	"tweede\\s+pinksterdag|pinkstermaandag|nationale\\s+feestdag|" \
	"christmas\\s+eve|christmas\\s+day|boxing\\s+day|new\\s+year'?s\\s+eve|new\\s+year'?s\\s+day|" \
	"good\\s+friday|easter\\s+monday|whit\\s+monday|ascension\\s+day|" \
	"(?:the\\s+)?fourth\\s+of\\s+july|independence\\s+day|(?:st\\.?\\s+)?(?:patrick|paddy)['’]?s\\s+day|" \
	"heilig(?:er|en)?\\s+abend|heiligabend|(?:zweite[nr]?\\s+|2\\.\\s*)weihnachts(?:feier)?tag|" \
	"(?:erste[nr]?\\s+|1\\.\\s*)?weihnachts(?:feier)?tag|stephanstag|" \
	"stefanitag|silvester|sylvester|neujahr(?:stag)?|karfreitag|ostermontag|pfingstmontag|" \
	"christi\\s+himmelfahrt|auffahrt|tag\\s+der\\s+deutschen\\s+einheit|bundesfeiertag|" \
	"(?:österreichische[nr]?\\s+|schweizer\\s+)?nationalfeiertag(?:es|s)?|" \
	/* Regional single days: Flemish, Austrian, southern German and Swiss church holidays, \
	 * South Africa's and Australia's own (not the United States' Thanksgiving, Labor Day \
	 * and Memorial Day: their long weekends are named as periods, "over Thanksgiving"). */ \
	"o\\.\\s?l\\.\\s?v\\.?[\\s-]*hemelvaart|allerheiligen|berchtoldstag|" \
	"mari(?:ä|ae)\\s+himmelfahrt|mari(?:ä|ae)\\s+empf(?:ä|ae)ngnis|fronleichnam|" \
	"heritage\\s+day|freedom\\s+day|day\\s+of\\s+reconciliation|australia\\s+day|anzac\\s+day"

/* "Nationalfeiertag" is Austria's 26 October (dm_holiday_day) unless the name or the
 * text it stands in is Swiss ("Schweizer Nationalfeiertag", "Grüezi", "Freundliche
 * Grüsse", CHF): then it is the Swiss 1 August.  (transfer none) the name to give
 * dm_holiday_day for @name (any case) found in @text. */
const char *dm_holiday_national_name(const char *name, const char *text);

/* Whose bank holidays: England and Wales', Ireland's or Scotland's (the first two are
 * FALSE and TRUE of the @irish this parameter was). */
typedef enum {
	DM_BANK_HOLIDAYS_ENGLAND = 0,
	DM_BANK_HOLIDAYS_IRELAND = 1,
	DM_BANK_HOLIDAYS_SCOTLAND = 2,
} DmBankHolidays;

/* The bank holiday nearest @from on the side asked for: the first on or after it, or
 * (@past) the last on or before it — "after the bank holiday" names the next one,
 * wherever it falls.  England and Wales' eight days, Ireland's public holidays or
 * Scotland's bank holidays (2 January, the first Monday of August and St Andrew's Day;
 * no Easter Monday), as @where says, with their substitutes (a New Year's Day, Christmas
 * or Boxing Day on a weekend moves to the next free weekday).  FALSE (and @out untouched)
 * when @from is invalid or its year out of range. */
gboolean dm_holiday_bank_holiday(const GDate *from, gboolean past, DmBankHolidays where,
                                 GDate *out);

/* Whose bank holidays @text's writer keeps: Ireland's when dm_holiday_text_irish says
 * so, else Scotland's for a Scottish writer (the country, a Scottish city, a .scot
 * address, St Andrew's Day, the Scots "cannae", "dinnae", "didnae"), else England's. */
DmBankHolidays dm_holiday_text_bank_holidays(const char *text);

/* Whether @text reads as an Irish writer's for its bank holidays: a holiday only Ireland
 * has ("the June bank holiday", "St Stephen's Day"), the country, an Irish address or an
 * amount in euro (dm_holiday_bank_holiday's @irish). */
gboolean dm_holiday_text_irish(const char *text);

/* Easter Sunday of @year (the Gregorian computus). */
GDate dm_easter_sunday(int year);

/* Sets @out to the day the holiday @name (a match of DM_HOLIDAY_RE, any case and
 * spacing) falls on in @year; FALSE (and @out untouched) when @name is none. */
gboolean dm_holiday_day(const char *name, int year, GDate *out);
