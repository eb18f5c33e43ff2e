/* dm-debtors: the owner's settings per debtor (language, business or consumer, billing
 * contact, own ladder, credit limit, pause, exclusion) and the payments per invoice.
 *
 * Settings live in their own table, a row only once the owner set something; the invoice
 * listings read them with each invoice (DmInvoice.debtor), so the scheduler needs no
 * second query.  Every function runs in the caller's transaction. */
#pragma once
#include "dunning/ledger/dm-ledger.h"

/* The debtor with @email: its id in *@id_out (0 when there is none, which is no error)
 * and its settings in *@out (cleared first; all unset when it has none). */
gboolean dm_ledger_debtor_get(DmLedger *ledger, const char *email, gint64 *id_out,
                              DmDebtorSettings *out, GError **error);

/* Writes @settings as debtor @debtor_id's, every field (an unset one is stored unset). */
gboolean dm_ledger_debtor_settings_set(DmLedger *ledger, gint64 debtor_id,
                                       const DmDebtorSettings *settings, const char *now,
                                       GError **error);

/* Records a payment of @amount_cents on @paid_on against invoice @invoice_id. */
gboolean dm_ledger_payment_add(DmLedger *ledger, gint64 invoice_id, gint64 amount_cents,
                               const GDate *paid_on, const char *now, GError **error);
