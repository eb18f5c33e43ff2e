/* ledger-gen: a ledger of many invoices, written through the ledger's own functions in
 * one transaction, for the scheduler benchmark (bench-scheduler.c) and the test that
 * compares the indexed pass with the full walk (tests/unit/test-dunning-scheduler-index.c).
 *
 * Realistic (random_history FALSE): many debtors (one per 20 invoices), due dates spread
 * over a year; some paid, some paused on a promise, held by a reply, disputed, handed
 * over, some with the reminders their age calls for already sent; a few debtors excluded
 * or paused; and due_share of the invoices with something due on @today exactly (a first
 * or second reminder, or a pause that ends) — everything else is due later or never.
 * Random (random_history TRUE): histories drawn without regard to consistency — steps
 * sent late or skipped, pauses already over, reminders in flight, cancelled or rehearsed,
 * debtors excluded, paused, on the consumer ladder, payment plans (some instalments paid,
 * some reminded, some days passed) — the cases where a wrong index would show. */
#pragma once
#include "dunning/ledger/dm-ledger.h"

typedef struct {
	guint invoices;
	guint32 seed;
	GDate today;
	double due_share;           /* realistic: the share with something due on @today */
	gboolean random_history;
} DmBenchLedgerSpec;

typedef struct {
	guint due;                  /* realistic: invoices made due on @today */
	guint reminders;            /* outbox rows written */
} DmBenchLedgerCounts;

gboolean dm_bench_ledger_fill(DmLedger *ledger, const DmBenchLedgerSpec *spec,
                              DmBenchLedgerCounts *counts, GError **error);
