/* dm-outbox: reminders and digests on their way out.
 *
 * A row is committed before its SMTP transaction starts, and its state only moves forward:
 *
 *   pending --> sending --> sent --> confirmed      (the milter saw it pass the MTA)
 *      |
 *      --> cancelled                                (the invoice was paused or paid first)
 *                  |  \
 *                  |   --> failed                   (permanent SMTP refusal)
 *                  --> unknown                      (found "sending" after a crash: the
 *                                   |                MTA may or may not have it)
 *                                   --> confirmed    (the milter saw it: the MTA had it)
 *                                   --> sent         (a proven delivery report came back
 *                                                    for it: the MTA had it)
 *                                   --> cancelled    (the milter never saw it within the
 *                                                    safe interval: it never reached the
 *                                                    end of DATA; the step is written anew)
 *   pending --> dry_run                              (a dry run decided it; nothing went,
 *                                                    so it holds no step: a real run sends it)
 * A transient SMTP failure returns the row from sending to pending for the next pass; that
 * is the one backward step, taken only when the server said it did not take the message.
 * A reminder covers one or more invoices of one debtor (outbox_invoices), each at its own
 * step; the row's invoice_id is the one it is threaded to.  (invoice, step) is unique among
 * reminders neither cancelled nor dry_run: a step of an invoice can be queued once;
 * (recipient, day) is unique among digests: one digest per owner and local day.
 * A ladder's steps are 1..; an instalment reminder of a payment plan holds a negative step
 * made of its instalment (dm_instalment_step, dunning/engine/dm-plan.h), so that it too
 * goes once, and the ladder's highest step (DmOutboxSummary) is not changed by it.
 *
 * Listings carry no message body; dm_outbox_body() reads it where a row is delivered.
 */
#pragma once
#include "dunning/ledger/dm-ledger.h"

/* One invoice a reminder covers, at the step of that invoice's ladder it stands for. */
typedef struct {
	gint64 invoice_id;
	int step;
} DmOutboxCover;

/* Queues a reminder at @step (the letter it is: its template) covering @covers as pending;
 * the first cover is the invoice it is threaded to.  Its id in *@id_out (may be NULL).
 * FALSE with DM_LEDGER_ERROR_EXISTS when a cover's (invoice, step) or the Message-ID is
 * taken. */
gboolean dm_outbox_add_covering(DmLedger *ledger, const DmOutboxCover *covers, guint n_covers,
                                int step, const char *message_id, const char *recipient,
                                const char *subject, GBytes *body, const char *now,
                                gint64 *id_out, GError **error);

/* (transfer full) of DmOutboxCover: the invoices reminder @outbox_id covers, by id. */
GArray *dm_outbox_covers(DmLedger *ledger, gint64 outbox_id, GError **error);

/* Records event @kind on every invoice row @it covers (a letter for three invoices is in
 * the timeline of all three), or on its own invoice_id when it covers none (a digest, or
 * a row older than outbox_invoices). */
gboolean dm_outbox_event(DmLedger *ledger, const DmOutboxItem *it, const char *at,
                         DmEventKind kind, const char *detail, GError **error);
/* The same with what it means (@words: dm_ledger_event_said's). */
gboolean dm_outbox_event_said(DmLedger *ledger, const DmOutboxItem *it, const char *at,
                              DmEventKind kind, const char *detail, GVariant *words,
                              GError **error);

/* Queues reminder @step of @invoice_id alone as pending; its id in *@id_out (may be NULL).
 * FALSE with DM_LEDGER_ERROR_EXISTS when (invoice_id, step) or the Message-ID is taken. */
gboolean dm_outbox_add(DmLedger *ledger, gint64 invoice_id, int step, const char *message_id,
                       const char *recipient, const char *subject, GBytes *body,
                       const char *now, gint64 *id_out, GError **error);

/* Queues the digest for local day @day (YYYY-MM-DD) to @recipient as pending.  FALSE with
 * DM_LEDGER_ERROR_EXISTS ("the digest for DAY was already queued at TIME") when one was. */
gboolean dm_outbox_add_digest(DmLedger *ledger, const char *day, const char *message_id,
                              const char *recipient, const char *subject, GBytes *body,
                              const char *now, gint64 *id_out, GError **error);

/* Queues the confirmation of the owner's commands by mail to @recipient as pending. */
gboolean dm_outbox_add_confirmation(DmLedger *ledger, const char *message_id,
                                    const char *recipient, const char *subject, GBytes *body,
                                    const char *now, gint64 *id_out, GError **error);

/* Queues a notice to the owner (dm-held-notice.h) to @recipient as pending. */
gboolean dm_outbox_add_notice(DmLedger *ledger, const char *message_id, const char *recipient,
                              const char *subject, GBytes *body, const char *now,
                              gint64 *id_out, GError **error);

/* Replaces the message of pending row @id with @body: for a message that names its own
 * row (the digest's Reply-To token, dm-command-token.h), composed once the row has its id,
 * in the transaction that queued it.  Nothing when the row is no longer pending. */
gboolean dm_outbox_set_body(DmLedger *ledger, gint64 id, GBytes *body, GError **error);

/* When the digest for @day to @recipient was queued in *@queued_at_out (transfer full),
 * NULL when it was not. */
gboolean dm_outbox_digest_queued(DmLedger *ledger, const char *recipient, const char *day,
                                 char **queued_at_out, GError **error);

/* Moves row @id from @from to @to (with @error_text, or the send time for sent).
 * *@moved is FALSE when the row was not in state @from. */
gboolean dm_outbox_move(DmLedger *ledger, gint64 id, DmOutboxState from, DmOutboxState to,
                        const char *error_text, const char *now, gboolean *moved,
                        GError **error);

/* Records on row @id where the monotonic clock stood (@usec on @timeline, dm-clock.h) as
 * its SMTP transaction began, beside the sending_at dm_outbox_move wrote: a row cut off
 * then ages by it (dm-scheduler.h).  In the caller's transaction. */
gboolean dm_outbox_stamp_monotonic(DmLedger *ledger, gint64 id, const char *timeline,
                                   gint64 usec, GError **error);

/* Marks the row with @message_id confirmed; *@confirmed is TRUE when there was such a
 * row still waiting for its confirmation. */
gboolean dm_outbox_confirm(DmLedger *ledger, const char *message_id, gboolean *confirmed,
                           GError **error);

/* The same for row @id: what the VERP tag of a message the milter could not copy names. */
gboolean dm_outbox_confirm_row(DmLedger *ledger, gint64 id, gboolean *confirmed,
                               GError **error);

/* (transfer full) of DmOutboxItem*: rows in @state (all when DM_OUTBOX_STATE_ANY) of
 * @invoice_id (every reminder that covers it; all rows, digests too, when <= 0), oldest
 * first; no bodies. */
GPtrArray *dm_outbox_list(DmLedger *ledger, gint64 invoice_id, DmOutboxState state,
                          GError **error);

/* (transfer full) of DmOutboxItem*: the rows the digest speaks of, oldest first, no
 * bodies — reminders sent or confirmed since @since (all when NULL); reminders and digests
 * still pending after @min_attempts tries, or that failed or whose fate is unknown (a
 * digest that did not arrive is told in the next one).  The rest of the
 * outbox (every reminder ever sent) is not read. */
GPtrArray *dm_outbox_for_digest(DmLedger *ledger, const char *since, int min_attempts,
                                GError **error);

/* (transfer full) of DmOutboxItem*: the pending rows this process may claim for sending,
 * oldest first (with several dunmaild, rows another one holds are skipped). */
GPtrArray *dm_outbox_to_send(DmLedger *ledger, GError **error);

/* (transfer full) the complete RFC 5322 message of row @id; NULL with @error when the row
 * is gone. */
GBytes *dm_outbox_body(DmLedger *ledger, gint64 id, GError **error);

/* (transfer full) outbox row @id, or the row whose Message-ID is @message_id (with <>);
 * NULL without @error when there is none. */
DmOutboxItem *dm_outbox_get(DmLedger *ledger, gint64 id, GError **error);
DmOutboxItem *dm_outbox_get_by_message_id(DmLedger *ledger, const char *message_id,
                                          GError **error);

/* Records the MTA's queue id @queue_id (from its 250 reply to DATA) on row @id. */
gboolean dm_outbox_set_queue_id(DmLedger *ledger, gint64 id, const char *queue_id,
                                GError **error);

/* *@rehearsed: a dry run already decided step @step of @invoice_id (so a dry run does not
 * decide it again at every pass). */
gboolean dm_outbox_step_rehearsed(DmLedger *ledger, gint64 invoice_id, int step,
                                  gboolean *rehearsed, GError **error);

/* *@proven: some row was ever confirmed by the milter's copy, i.e. our own submissions do
 * pass dunmail-milter — only then may "the milter never saw it" mean "it never went". */
gboolean dm_outbox_milter_proven(DmLedger *ledger, gboolean *proven, GError **error);
