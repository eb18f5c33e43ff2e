/* plans: payment plans and instalments (dm-plans.h). */
#include "dunning/ledger/dm-plans.h"
#include "dunning/ledger/dm-ledger-sql.h"

gboolean
dm_ledger_plan_add(DmLedger *ledger, gint64 invoice_id, gint64 paid_at_start_cents,
                   GArray *instalments, const char *now, gint64 *plan_id, GError **error)
{
	g_return_val_if_fail(instalments && instalments->len > 0, FALSE);
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO plans (invoice_id, state, paid_at_start_cents, created_at)"
		" VALUES (?1, 'running', ?2, ?3) RETURNING id", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, invoice_id);
	dm_sql_bind_int64(st, 2, paid_at_start_cents);
	dm_sql_bind_text(st, 3, now);
	if (!dm_sql_id(st, "add plan", plan_id, error))
		return FALSE;
	for (guint i = 0; i < instalments->len; i++) {
		DmInstalment *inst = &g_array_index(instalments, DmInstalment, i);
		st = dm_sql_prepare(ledger,
			"INSERT INTO instalments (plan_id, number, due_date, amount_cents)"
			" VALUES (?1, ?2, ?3, ?4) RETURNING id", error);
		if (!st)
			return FALSE;
		dm_sql_bind_int64(st, 1, *plan_id);
		dm_sql_bind_int64(st, 2, inst->number);
		dm_sql_bind_date(st, 3, &inst->due);
		dm_sql_bind_int64(st, 4, inst->amount_cents);
		if (!dm_sql_id(st, "add instalment", &inst->id, error))
			return FALSE;
	}
	st = dm_sql_prepare(ledger, "UPDATE invoices SET plan_id = ?2 WHERE id = ?1", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, invoice_id);
	dm_sql_bind_int64(st, 2, *plan_id);
	return dm_sql_run(st, "start plan", error);
}

/* Reads the instalments of @plan, with whether each of their reminders holds its step. */
static gboolean
read_instalments(DmLedger *ledger, DmPlan *plan, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT n.id, n.number, n.due_date, n.amount_cents, n.missed_at IS NOT NULL,"
		" EXISTS (SELECT 1 FROM outbox_invoices c WHERE c.invoice_id = ?2"
		"   AND c.step = -2 * n.id AND c.active = 1),"
		" EXISTS (SELECT 1 FROM outbox_invoices c WHERE c.invoice_id = ?2"
		"   AND c.step = -2 * n.id - 1 AND c.active = 1)"
		" FROM instalments n WHERE n.plan_id = ?1 ORDER BY n.number", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, plan->id);
	dm_sql_bind_int64(st, 2, plan->invoice_id);
	DmSqlStep rc;
	while ((rc = dm_sql_step(st, "read instalments", error)) == DM_SQL_ROW) {
		DmInstalment inst = {
			.id = dm_sql_col_int64(st, 0),
			.number = (int) dm_sql_col_int64(st, 1),
			.amount_cents = dm_sql_col_int64(st, 3),
			.missed = dm_sql_col_int64(st, 4) != 0,
			.reminded_before = dm_sql_col_int64(st, 5) != 0,
			.reminded_after = dm_sql_col_int64(st, 6) != 0,
		};
		dm_sql_col_date(st, 2, &inst.due);
		g_array_append_val(plan->instalments, inst);
	}
	return rc == DM_SQL_DONE;
}

static DmPlan *
get_plan(DmLedger *ledger, const char *where, gint64 key, GError **error)
{
	g_autofree char *sql = g_strconcat(
		"SELECT id, invoice_id, state, paid_at_start_cents, created_at, ended_at FROM plans ",
		where, NULL);
	DmSqlStmt *st = dm_sql_prepare(ledger, sql, error);
	if (!st)
		return NULL;
	dm_sql_bind_int64(st, 1, key);
	if (dm_sql_step(st, "read plan", error) != DM_SQL_ROW)
		return NULL;
	g_autoptr(DmPlan) plan = dm_plan_new();
	plan->id = dm_sql_col_int64(st, 0);
	plan->invoice_id = dm_sql_col_int64(st, 1);
	plan->paid_at_start_cents = dm_sql_col_int64(st, 3);
	plan->created_at = dm_sql_col_text(st, 4);
	plan->ended_at = dm_sql_col_text(st, 5);
	gboolean ok = dm_sql_col_plan_state(st, 2, &plan->state, error);
	dm_sql_reset(st);
	if (!ok || !read_instalments(ledger, plan, error))
		return NULL;
	return g_steal_pointer(&plan);
}

DmPlan *
dm_ledger_plan_get(DmLedger *ledger, gint64 plan_id, GError **error)
{
	return get_plan(ledger, "WHERE id = ?1", plan_id, error);
}

DmPlan *
dm_ledger_plan_latest(DmLedger *ledger, gint64 invoice_id, GError **error)
{
	return get_plan(ledger, "WHERE invoice_id = ?1 ORDER BY id DESC LIMIT 1", invoice_id,
	                error);
}

gboolean
dm_ledger_plan_attach(DmLedger *ledger, const DmInvoice *inv, DmInvoice *copy, DmPlan **plan,
                      const DmInvoice **with, GError **error)
{
	*plan = NULL;
	*with = inv;
	if (!inv->plan_id)
		return TRUE;
	g_autoptr(GError) local = NULL;
	*plan = dm_ledger_plan_get(ledger, inv->plan_id, &local);
	if (local) {
		g_propagate_error(error, g_steal_pointer(&local));
		return FALSE;
	}
	*copy = *inv;
	copy->plan = *plan;
	*with = copy;
	return TRUE;
}

gboolean
dm_ledger_plan_end(DmLedger *ledger, gint64 plan_id, DmPlanState state, const char *now,
                   GError **error)
{
	g_return_val_if_fail(state != DM_PLAN_STATE_RUNNING && state != DM_PLAN_STATE_ANY, FALSE);
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"UPDATE plans SET state = ?2, ended_at = ?3 WHERE id = ?1", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, plan_id);
	dm_sql_bind_text(st, 2, dm_plan_state_name(state));
	dm_sql_bind_text(st, 3, now);
	if (!dm_sql_run(st, "end plan", error))
		return FALSE;
	st = dm_sql_prepare(ledger, "UPDATE invoices SET plan_id = NULL WHERE plan_id = ?1", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, plan_id);
	return dm_sql_run(st, "leave plan", error);
}

gboolean
dm_ledger_instalment_set_amount(DmLedger *ledger, gint64 instalment_id, gint64 cents,
                                GError **error)
{
	g_return_val_if_fail(cents >= 0, FALSE);
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"UPDATE instalments SET amount_cents = ?2 WHERE id = ?1", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, instalment_id);
	dm_sql_bind_int64(st, 2, cents);
	return dm_sql_run(st, "lower instalment", error);
}

gboolean
dm_ledger_instalment_missed(DmLedger *ledger, gint64 instalment_id, const char *now,
                            GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"UPDATE instalments SET missed_at = ?2 WHERE id = ?1 AND missed_at IS NULL", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, instalment_id);
	dm_sql_bind_text(st, 2, now);
	return dm_sql_run(st, "mark instalment missed", error);
}

void
dm_missed_instalment_free(DmMissedInstalment *m)
{
	if (!m)
		return;
	g_free(m->invoice_number);
	g_free(m->debtor_email);
	g_free(m->debtor_name);
	g_free(m->currency);
	g_free(m->missed_at);
	g_free(m);
}

GPtrArray *
dm_ledger_instalments_missed_since(DmLedger *ledger, const char *since, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT i.number, d.email, coalesce(i.debtor_name, d.name), i.currency, i.status,"
		" n.number, (SELECT count(*) FROM instalments m WHERE m.plan_id = n.plan_id),"
		" n.amount_cents, n.due_date, n.missed_at"
		" FROM instalments n JOIN plans p ON p.id = n.plan_id"
		" JOIN invoices i ON i.id = p.invoice_id JOIN debtors d ON d.id = i.debtor_id"
		" WHERE n.missed_at IS NOT NULL AND n.missed_at >= ?1"
		" AND i.status NOT IN ('paid', 'written_off') ORDER BY n.missed_at, n.id", error);
	if (!st)
		return NULL;
	dm_sql_bind_text(st, 1, since ? since : "");
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func(
		(GDestroyNotify) dm_missed_instalment_free);
	DmSqlStep rc;
	while ((rc = dm_sql_step(st, "list missed instalments", error)) == DM_SQL_ROW) {
		DmMissedInstalment *m = g_new0(DmMissedInstalment, 1);
		g_ptr_array_add(out, m);
		m->invoice_number = dm_sql_col_text(st, 0);
		m->debtor_email = dm_sql_col_text(st, 1);
		m->debtor_name = dm_sql_col_text(st, 2);
		m->currency = dm_sql_col_text(st, 3);
		m->number = (int) dm_sql_col_int64(st, 5);
		m->count = (int) dm_sql_col_int64(st, 6);
		m->amount_cents = dm_sql_col_int64(st, 7);
		dm_sql_col_date(st, 8, &m->due);
		m->missed_at = dm_sql_col_text(st, 9);
		if (!dm_sql_col_invoice_status(st, 4, &m->status, error)) {
			dm_sql_reset(st);
			return NULL;
		}
	}
	return rc == DM_SQL_DONE ? g_steal_pointer(&out) : NULL;
}
