/* dm-ledger: the ledger — debtors, invoices, messages, replies, the outbox of reminders
 * and digests, and the events every decision writes.  The contract is doc/ledger.md.
 *
 * One interface, a backend per file (dm-ledger-backend.h): the `[ledger] database`
 * setting names it by scheme ("sqlite:/var/lib/dunmail/ledger.sqlite"; a bare path is
 * SQLite).  Callers see typed functions and typed rows (dm-ledger-types.h), never a
 * driver type, a statement or SQL text.
 *
 * dunmaild is the single writer; the dunmail CLI reads directly and writes through these
 * same functions.  Every write happens inside dm_ledger_begin/commit so a crash leaves
 * either all of a decision or none of it.
 *
 * Diagnostics: every function that can fail takes a GError (DM_LEDGER_ERROR) naming what
 * it was doing and the backend's message; callers report it once.  A function returning
 * an id returns a gboolean and the id through an out-parameter; one returning a row
 * returns NULL without an error when there is none.
 */
#pragma once
#include <glib.h>
#include "dunning/ledger/dm-ledger-types.h"

#define DM_LEDGER_ERROR (dm_ledger_error_quark())
GQuark dm_ledger_error_quark(void);
typedef enum {
	DM_LEDGER_ERROR_SQL,            /* the backend failed (locked, disk full, bad SQL) */
	DM_LEDGER_ERROR_NOT_FOUND,      /* no ledger at that place (read-only open) */
	DM_LEDGER_ERROR_VERSION,        /* schema newer or older than this program */
	DM_LEDGER_ERROR_SCHEME,         /* `[ledger] database` names no backend we have */
	DM_LEDGER_ERROR_CORRUPT,        /* a value the ledger cannot read (an unknown state) */
	DM_LEDGER_ERROR_EXISTS,         /* a unique thing is already there (today's digest) */
} DmLedgerError;

typedef struct DmLedger DmLedger;

/* (transfer full) opens or creates the ledger at @location ("sqlite:PATH" or a bare
 * PATH) and migrates it to the current schema.  @readonly opens without creating or
 * migrating (the CLI's read verbs). */
DmLedger *dm_ledger_open(const char *location, gboolean readonly, GError **error);

/* (transfer full) one name for the ledger @location names, the same however it is
 * written ("sqlite:/x/l.sqlite", "/x/l.sqlite", "/x/../x/l.sqlite", a symlinked
 * directory): for SQLite the database file's path with its directory resolved.  What a
 * lock beside the ledger is named after.  NULL with @error for an unknown scheme or a
 * directory that does not exist. */
char *dm_ledger_canonical_location(const char *location, GError **error);
void dm_ledger_close(DmLedger *ledger);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmLedger, dm_ledger_close)

/* The schema version this build writes. */
int dm_ledger_schema_version(void);

/* A transaction.  Begun inside another, it is a savepoint: its commit keeps its writes in
 * the outer one, its rollback undoes only them, and only the outermost commit makes
 * anything durable.  So a caller can make one owner decision and its own record of it
 * (a command by mail, and the mark that it was done) one transaction. */
gboolean dm_ledger_begin(DmLedger *ledger, GError **error);
gboolean dm_ledger_commit(DmLedger *ledger, GError **error);
void dm_ledger_rollback(DmLedger *ledger);

/* Readies this connection for writing many rows in one transaction (a benchmark's or an
 * import's ledger): a page cache of up to 256 MB, for as long as it stays open. */
gboolean dm_ledger_prepare_bulk(DmLedger *ledger, GError **error);

/* How many statements this connection has run: for tests that bound a listing's cost. */
guint64 dm_ledger_statements_executed(DmLedger *ledger);

/* Small key/value store for daemon state.  *@value_out is NULL when @key is not set. */
gboolean dm_ledger_meta_get(DmLedger *ledger, const char *key, char **value_out,
                            GError **error);
gboolean dm_ledger_meta_set(DmLedger *ledger, const char *key, const char *value, GError **error);

/* The audit trail.  @invoice_id may be 0 when the event concerns no invoice. */
gboolean dm_ledger_event(DmLedger *ledger, gint64 invoice_id, const char *at, DmEventKind kind,
                         const char *detail, GError **error);
/* The same, with what the event means (@words, from dm_words; sunk when floating): @detail
 * stays the English of `dunmail log` and `show`, the digest words @words in the owner's
 * language.  @words may be NULL. */
gboolean dm_ledger_event_said(DmLedger *ledger, gint64 invoice_id, const char *at,
                              DmEventKind kind, const char *detail, GVariant *words,
                              GError **error);

/* (transfer floating) what an event means, as an a{ss}: "code" → @code, then each key
 * and value pair of the NULL-terminated list (a pair whose value is NULL is left out):
 * dm_words("owner_message", "to", address, "subject", subject, NULL).  The codes and keys
 * are those src/dunning/report/digest_words.c words. */
GVariant *dm_words(const char *code, const char *first_key, ...) G_GNUC_NULL_TERMINATED;
/* Adds @key → @value to an a{ss} being built (nothing when @value is NULL; a value that is
 * not UTF-8 made so), for words built piece by piece. */
void dm_words_add(GVariantBuilder *words, const char *key, const char *value);

/* (transfer full) of DmEvent*, oldest first; each filter applies when set (@invoice_id > 0,
 * @since non-NULL, @kind not DM_EVENT_ANY). */
GPtrArray *dm_ledger_events_list(DmLedger *ledger, gint64 invoice_id, const char *since,
                                 DmEventKind kind, GError **error);
/* (transfer full) of DmEvent*: the events written after event @after_id, oldest first. */
GPtrArray *dm_ledger_events_after(DmLedger *ledger, gint64 after_id, GError **error);
