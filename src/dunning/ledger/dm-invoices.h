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
/* (transfer full) of DmInvoice*: the same invoices as dm_ledger_invoices_foreach, in an
 * array (for the short lists: one debtor's invoices, the paused ones). */
GPtrArray *dm_ledger_invoices_list(DmLedger *ledger, const char *debtor_email,
                                   DmInvoiceStatus status, GError **error);

/* Sets status, reason and resume date (NULL / invalid to clear). */
gboolean dm_ledger_invoice_set_status(DmLedger *ledger, gint64 id, DmInvoiceStatus status,
                                      const char *reason, const GDate *until, GError **error);

/* Adds @cents (>= 0, in the invoice's minor units) to what credit notes took off invoice
 * @id: its open amount (dm_invoice_open_cents) drops by as much. */
gboolean dm_ledger_invoice_credit(DmLedger *ledger, gint64 id, gint64 cents, GError **error);
