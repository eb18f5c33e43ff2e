/* dm-rates: a dated table of statutory interest rates, read from bytes the caller read
 * from a file (data/rates/nl.txt, de.txt, be.txt; installed in PREFIX/share/dunmail/rates,
 * found through [dunning] rates).  No I/O here.
 *
 * The format, one period a line:
 *
 *     # comment (a '#' starts a comment anywhere on a line; blank lines are skipped)
 *     YYYY-MM-DD RATE_CONSUMER RATE_COMMERCIAL
 *
 * A rate is a yearly percentage with at most two decimals ("4", "10.15"), or "-" when no
 * verified rate is known: a computation that needs it fails instead of guessing.  Each
 * line's rates hold from its date until the next line's date; the last line's hold on.
 * Dates must increase strictly.
 *
 * Diagnostics: DM_RATES_ERROR_INVALID names the file, the line and what was expected;
 * DM_RATES_ERROR_NO_RATE names the day and the file when a computation reaches a day
 * before the first line or a "-".
 */
#pragma once
#include <glib.h>

#define DM_RATES_ERROR (dm_rates_error_quark())
GQuark dm_rates_error_quark(void);
typedef enum { DM_RATES_ERROR_INVALID, DM_RATES_ERROR_NO_RATE } DmRatesError;

/* Rates are in basis points: hundredths of a percent (10.15 % = 1015). */
#define DM_RATE_UNKNOWN (-1)

typedef struct {
	GDate from;
	int consumer_bp;            /* or DM_RATE_UNKNOWN */
	int commercial_bp;          /* or DM_RATE_UNKNOWN */
} DmRatePeriod;

typedef struct _DmRateTable DmRateTable;

/* (transfer full) the table in @bytes (@len bytes, need not end in NUL), or NULL with
 * @error set.  @name is the file name the errors give. */
DmRateTable *dm_rate_table_parse(const char *name, const char *bytes, gsize len,
                                 GError **error);
void dm_rate_table_free(DmRateTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmRateTable, dm_rate_table_free)

/* (transfer none) the file name given to dm_rate_table_parse. */
const char *dm_rate_table_name(const DmRateTable *table);
guint dm_rate_table_size(const DmRateTable *table);
/* (transfer none) period @i (0 .. size - 1). */
const DmRatePeriod *dm_rate_table_period(const DmRateTable *table, guint i);

/* The rate for @day, and in *@until the last day it holds unchanged for this kind of
 * debtor (invalid when it holds on without end): following periods with the same rate
 * are one span.  FALSE with DM_RATES_ERROR_NO_RATE when the table has no rate for @day. */
gboolean dm_rate_table_lookup(const DmRateTable *table, const GDate *day, gboolean commercial,
                              int *rate_bp, GDate *until, GError **error);

/* (transfer full) @bp as a percentage: 1015 -> "10.15", 400 -> "4.00". */
char *dm_rate_format(int bp);
