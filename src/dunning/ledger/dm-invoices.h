/* dm-invoices: debtors and invoices in the ledger. */
#pragma once
#include "dunning/ledger/dm-ledger.h"

/* The id of the debtor with @email in *@id_out, created (with @name, @language) when new. */
gboolean dm_ledger_debtor_ensure(DmLedger *ledger, const char *email, const char *name,
                                 const char *language, const char *now, gint64 *id_out,
                                 GError **error);

/* Inserts @inv (debtor_email, number, due_date required; status open, or stopped with
 * reason "credit note" for a credit note) and sets its id.
 * When an invoice with the same number for the same debtor exists, nothing changes,
 * *@existed is TRUE and @inv->id is the existing invoice's. */
gboolean dm_ledger_invoice_add(DmLedger *ledger, DmInvoice *inv, const char *now,
                               gboolean *existed, GError **error);

/* (transfer full) (nullable) NULL without error when there is none. */
DmInvoice *dm_ledger_invoice_get(DmLedger *ledger, gint64 id, GError **error);
DmInvoice *dm_ledger_invoice_by_number(DmLedger *ledger, const char *number, GError **error);
/* The invoice a message threads to (its Message-ID is the invoice mail or a reminder) in
 * *@id_out; 0 when none does. */
gboolean dm_ledger_invoice_by_thread(DmLedger *ledger, const char *message_id, gint64 *id_out,
                                     GError **error);

/* The summary of the reminders of invoice @invoice_id (what dm_ledger_invoices_foreach
 * gives with each invoice), for one invoice shown alone. */
gboolean dm_ledger_invoice_summary(DmLedger *ledger, gint64 invoice_id, DmOutboxSummary *out,
                                   GError **error);

/* Called once per invoice with the summary of its reminders; both (transfer none), valid
 * during the call.  Return FALSE with @error set to stop. */
typedef gboolean (*DmInvoiceFunc)(const DmInvoice *inv, const DmOutboxSummary *summary,
                                  gpointer user, GError **error);

/* Rows per page of the listings: memory stays bounded, no statement stays open while the
 * callback runs (it may write), and N invoices cost N / DM_LEDGER_PAGE_ROWS + 1 statements. */
#define DM_LEDGER_PAGE_ROWS 100

/* Calls @fn for every invoice, ordered by due date then number; @debtor_email filters when
 * non-NULL, @status when not DM_INVOICE_STATUS_ANY.  Each invoice comes with the summary
 * of its reminders, read in the same statement. */
gboolean dm_ledger_invoices_foreach(DmLedger *ledger, const char *debtor_email,
                                    DmInvoiceStatus status, DmInvoiceFunc fn, gpointer user,
                                    GError **error);
/* The reports' walk (dm-overview.h): every invoice by due date and number, of any status
 * — only those of the debtor @debtor_email, in any letter case, when non-NULL — without
 * the summary of reminders the reports never look at (@fn gets a zero summary: no step,
 * nothing in flight), so that a page costs its invoices' rows only. */
gboolean dm_ledger_invoices_foreach_bare(DmLedger *ledger, const char *debtor_email,
                                         DmInvoiceFunc fn, gpointer user, GError **error);
/* (transfer full) of DmInvoice*: the same invoices as dm_ledger_invoices_foreach, in an
 * array (for the short lists: one debtor's invoices, the paused ones). */
GPtrArray *dm_ledger_invoices_list(DmLedger *ledger, const char *debtor_email,
                                   DmInvoiceStatus status, GError **error);

/* When each invoice next needs the scheduler's attention (its next_action), so that a
 * pass reads only those through an index instead of walking every open invoice.
 *
 * The ledger keeps the day; the engine decides it (dm_next_attention), since only the
 * engine knows the ladders.  Every change the decision reads — the invoice's status,
 * pause and due date, its reminders, its payments, its debtor's settings — marks the
 * invoice "changed" in the same statement (schema triggers, so no write path can forget),
 * and a changed invoice counts as needing attention today until a refresh decides its
 * day again.  A change of the rules themselves (the ladders) is dm_ledger_next_action_rules. */

/* The day @inv next needs attention, in *@next (left invalid: not until something changes).
 * Pure: it must not touch the ledger. */
typedef void (*DmAttentionFunc)(const DmInvoice *inv, const DmOutboxSummary *summary,
                                gpointer user, GDate *next);

/* Decides again, with @fn, the day of every invoice that needs attention by @today or
 * changed, and stores it; each page of DM_LEDGER_PAGE_ROWS is read and written in one
 * write transaction (no caller transaction may be open).  An invoice under a running
 * payment plan comes to @fn with the plan loaded (inv->plan, dm_ledger_plan_attach).
 * *@changed (nullable): how many days moved. */
gboolean dm_ledger_next_action_refresh(DmLedger *ledger, const GDate *today,
                                       DmAttentionFunc fn, gpointer user, guint *changed,
                                       GError **error);

/* Like dm_ledger_invoices_foreach, for the invoices in @status (every status when
 * DM_INVOICE_STATUS_ANY) that need attention by @today or changed, ordered by that day. */
gboolean dm_ledger_invoices_foreach_due(DmLedger *ledger, DmInvoiceStatus status,
                                        const GDate *today, DmInvoiceFunc fn, gpointer user,
                                        GError **error);

/* @digest names the rules the stored days were decided by (dm_ladder_set_digest); when it
 * is not the one stored, every invoice still on a ladder is marked changed, @digest is
 * stored and *@reset is TRUE. */
gboolean dm_ledger_next_action_rules(DmLedger *ledger, const char *digest, gboolean *reset,
                                     GError **error);

/* Sets status, reason and resume date (NULL / invalid to clear). */
gboolean dm_ledger_invoice_set_status(DmLedger *ledger, gint64 id, DmInvoiceStatus status,
                                      const char *reason, const GDate *until, GError **error);

/* Adds @cents (>= 0, in the invoice's minor units) to what credit notes took off invoice
 * @id: its open amount (dm_invoice_open_cents) drops by as much. */
gboolean dm_ledger_invoice_credit(DmLedger *ledger, gint64 id, gint64 cents, GError **error);
