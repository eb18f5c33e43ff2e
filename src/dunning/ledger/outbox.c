/* outbox: rows of dm-outbox.h; the state rules are there. */
#include "dunning/ledger/dm-outbox.h"
#include "dunning/ledger/dm-ledger-sql.h"

static gboolean
add_row(DmLedger *ledger, DmOutboxKind kind, gint64 invoice_id, int step, const char *day,
        const char *message_id, const char *recipient, const char *subject, GBytes *body,
        const char *now, gint64 *id_out, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO outbox (kind, invoice_id, step, day, message_id, recipient, subject, body,"
		" state, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id", error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, dm_outbox_kind_name(kind));
	dm_sql_bind_id(st, 2, invoice_id);
	dm_sql_bind_int64(st, 3, step);
	dm_sql_bind_text(st, 4, day);
	dm_sql_bind_text(st, 5, message_id);
	dm_sql_bind_text(st, 6, recipient);
	dm_sql_bind_text(st, 7, subject);
	dm_sql_bind_blob(st, 8, body);
	dm_sql_bind_text(st, 9, dm_outbox_state_name(DM_OUTBOX_STATE_PENDING));
	dm_sql_bind_text(st, 10, now);
	gint64 id;
	if (!dm_sql_id(st, "queue outgoing message", &id, error))
		return FALSE;
	if (id_out)
		*id_out = id;
	return TRUE;
}

/* Records that outbox row @outbox_id covers @invoice_id at @step. */
static gboolean
add_cover(DmLedger *ledger, gint64 outbox_id, gint64 invoice_id, int step, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"INSERT INTO outbox_invoices (outbox_id, invoice_id, step) VALUES (?1, ?2, ?3)", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, outbox_id);
	dm_sql_bind_int64(st, 2, invoice_id);
	dm_sql_bind_int64(st, 3, step);
	return dm_sql_run(st, "record an invoice the reminder covers", error);
}

/* *@outbox_id: the reminder not cancelled that holds @c's step, 0 when none does. */
static gboolean
cover_taken(DmLedger *ledger, const DmOutboxCover *c, gint64 *outbox_id, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT outbox_id FROM outbox_invoices WHERE invoice_id = ?1 AND step = ?2"
		" AND active = 1", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, c->invoice_id);
	dm_sql_bind_int64(st, 2, c->step);
	return dm_sql_first_int64(st, "check a reminder step", outbox_id, error);
}

gboolean
dm_outbox_add_covering(DmLedger *ledger, const DmOutboxCover *covers, guint n_covers,
                       int step, const char *message_id, const char *recipient,
                       const char *subject, GBytes *body, const char *now, gint64 *id_out,
                       GError **error)
{
	g_return_val_if_fail(n_covers > 0 && step != 0, FALSE);
	/* Checked before the outbox row is written, so that a refusal leaves nothing behind
	 * even outside a transaction; the unique index still decides a race. */
	for (guint i = 0; i < n_covers; i++) {
		gint64 taken = 0;
		if (!cover_taken(ledger, &covers[i], &taken, error))
			return FALSE;
		if (taken) {
			g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_EXISTS,
			            "ledger: step %d of invoice %" G_GINT64_FORMAT " is already queued"
			            " (outbox %" G_GINT64_FORMAT ")", covers[i].step,
			            covers[i].invoice_id, taken);
			return FALSE;
		}
	}
	gint64 id;
	if (!add_row(ledger, DM_OUTBOX_KIND_REMINDER, covers[0].invoice_id, step, NULL, message_id,
	             recipient, subject, body, now, &id, error))
		return FALSE;
	for (guint i = 0; i < n_covers; i++) {
		g_return_val_if_fail(covers[i].invoice_id > 0 && covers[i].step != 0, FALSE);
		if (!add_cover(ledger, id, covers[i].invoice_id, covers[i].step, error))
			return FALSE;
	}
	if (id_out)
		*id_out = id;
	return TRUE;
}

gboolean
dm_outbox_add(DmLedger *ledger, gint64 invoice_id, int step, const char *message_id,
              const char *recipient, const char *subject, GBytes *body, const char *now,
              gint64 *id_out, GError **error)
{
	g_return_val_if_fail(invoice_id > 0 && step != 0, FALSE);
	DmOutboxCover one = { .invoice_id = invoice_id, .step = step };
	return dm_outbox_add_covering(ledger, &one, 1, step, message_id, recipient, subject, body,
	                              now, id_out, error);
}

GArray *
dm_outbox_covers(DmLedger *ledger, gint64 outbox_id, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT invoice_id, step FROM outbox_invoices WHERE outbox_id = ?1 ORDER BY invoice_id",
		error);
	if (!st)
		return NULL;
	dm_sql_bind_int64(st, 1, outbox_id);
	g_autoptr(GArray) out = g_array_new(FALSE, FALSE, sizeof(DmOutboxCover));
	DmSqlStep rc;
	while ((rc = dm_sql_step(st, "list the invoices a reminder covers", error)) == DM_SQL_ROW) {
		DmOutboxCover c = { .invoice_id = dm_sql_col_int64(st, 0),
		                    .step = (int) dm_sql_col_int64(st, 1) };
		g_array_append_val(out, c);
	}
	return rc == DM_SQL_DONE ? g_steal_pointer(&out) : NULL;
}

gboolean
dm_outbox_event(DmLedger *ledger, const DmOutboxItem *it, const char *at, DmEventKind kind,
                const char *detail, GError **error)
{
	return dm_outbox_event_said(ledger, it, at, kind, detail, NULL, error);
}

gboolean
dm_outbox_event_said(DmLedger *ledger, const DmOutboxItem *it, const char *at, DmEventKind kind,
                     const char *detail, GVariant *words, GError **error)
{
	g_autoptr(GVariant) owned = words ? g_variant_ref_sink(words) : NULL;
	g_autoptr(GArray) covers = dm_outbox_covers(ledger, it->id, error);
	if (!covers)
		return FALSE;
	if (covers->len == 0)
		return dm_ledger_event_said(ledger, it->invoice_id, at, kind, detail, owned, error);
	for (guint i = 0; i < covers->len; i++) {
		const DmOutboxCover *c = &g_array_index(covers, DmOutboxCover, i);
		if (!dm_ledger_event_said(ledger, c->invoice_id, at, kind, detail, owned, error))
			return FALSE;
	}
	return TRUE;
}

gboolean
dm_outbox_digest_queued(DmLedger *ledger, const char *recipient, const char *day,
                        char **queued_at_out, GError **error)
{
	*queued_at_out = NULL;
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT created_at FROM outbox WHERE kind = 'digest' AND recipient = ?1 AND day = ?2",
		error);
	if (!st)
		return FALSE;
	dm_sql_bind_text(st, 1, recipient);
	dm_sql_bind_text(st, 2, day);
	return dm_sql_first_text(st, "find the day's digest", queued_at_out, error);
}

gboolean
dm_outbox_add_confirmation(DmLedger *ledger, const char *message_id, const char *recipient,
                           const char *subject, GBytes *body, const char *now, gint64 *id_out,
                           GError **error)
{
	return add_row(ledger, DM_OUTBOX_KIND_CONFIRMATION, 0, 0, NULL, message_id, recipient,
	               subject, body, now, id_out, error);
}

gboolean
dm_outbox_add_notice(DmLedger *ledger, const char *message_id, const char *recipient,
                     const char *subject, GBytes *body, const char *now, gint64 *id_out,
                     GError **error)
{
	return add_row(ledger, DM_OUTBOX_KIND_NOTICE, 0, 0, NULL, message_id, recipient, subject,
	               body, now, id_out, error);
}

gboolean
dm_outbox_set_body(DmLedger *ledger, gint64 id, GBytes *body, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"UPDATE outbox SET body = ?2 WHERE id = ?1 AND state = 'pending'", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, id);
	dm_sql_bind_blob(st, 2, body);
	return dm_sql_run(st, "write an outgoing message", error);
}

gboolean
dm_outbox_add_digest(DmLedger *ledger, const char *day, const char *message_id,
                     const char *recipient, const char *subject, GBytes *body, const char *now,
                     gint64 *id_out, GError **error)
{
	g_return_val_if_fail(day != NULL, FALSE);
	g_autoptr(GError) err = NULL;
	if (add_row(ledger, DM_OUTBOX_KIND_DIGEST, 0, 0, day, message_id, recipient, subject, body,
	            now, id_out, &err))
		return TRUE;
	g_autofree char *queued_at = NULL;
	/* The unique index said no: say when the day's digest went, which is what the owner
	 * needs to know (another dunmaild, or dunmail digest --send, was first). */
	if (g_error_matches(err, DM_LEDGER_ERROR, DM_LEDGER_ERROR_EXISTS) &&
	    dm_outbox_digest_queued(ledger, recipient, day, &queued_at, NULL) && queued_at) {
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_EXISTS,
		            "the digest for %s was already queued at %s", day, queued_at);
		return FALSE;
	}
	g_propagate_error(error, g_steal_pointer(&err));
	return FALSE;
}

gboolean
dm_outbox_move(DmLedger *ledger, gint64 id, DmOutboxState from, DmOutboxState to,
               const char *error_text, const char *now, gboolean *moved, GError **error)
{
	*moved = FALSE;
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"UPDATE outbox SET state = ?3,"
		" attempts = attempts + CASE WHEN ?3 = 'sending' THEN 1 ELSE 0 END,"
		" last_error = coalesce(?4, last_error),"
		" sent_at = CASE WHEN ?3 = 'sent' THEN ?5 ELSE sent_at END,"
		" sending_at = CASE WHEN ?3 = 'sending' THEN ?5 ELSE sending_at END"
		" WHERE id = ?1 AND state = ?2", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, id);
	dm_sql_bind_text(st, 2, dm_outbox_state_name(from));
	dm_sql_bind_text(st, 3, dm_outbox_state_name(to));
	dm_sql_bind_text(st, 4, error_text);
	dm_sql_bind_text(st, 5, now);
	if (!dm_sql_run(st, "move outbox row", error))
		return FALSE;
	*moved = dm_sql_changes(ledger) == 1;
	return TRUE;
}

gboolean
dm_outbox_stamp_monotonic(DmLedger *ledger, gint64 id, const char *timeline, gint64 usec,
                          GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"UPDATE outbox SET sending_timeline = ?2, sending_mono = ?3 WHERE id = ?1", error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, id);
	dm_sql_bind_text(st, 2, timeline);
	dm_sql_bind_int64(st, 3, usec);
	return dm_sql_run(st, "stamp outbox row", error);
}

/* Confirmation may overtake "sent": the milter spools our message before the MTA
 * answers our SMTP client, so sending and unknown rows are confirmed too. */
#define CONFIRM_SQL \
	"UPDATE outbox SET state = 'confirmed', sent_at = coalesce(sent_at, created_at)" \
	" WHERE state IN ('sending', 'sent', 'unknown') AND "

static gboolean
confirm_run(DmLedger *ledger, DmSqlStmt *st, gboolean *confirmed, GError **error)
{
	if (!st || !dm_sql_run(st, "confirm outbox row", error))
		return FALSE;
	*confirmed = dm_sql_changes(ledger) == 1;
	return TRUE;
}

gboolean
dm_outbox_confirm(DmLedger *ledger, const char *message_id, gboolean *confirmed,
                  GError **error)
{
	*confirmed = FALSE;
	DmSqlStmt *st = dm_sql_prepare(ledger, CONFIRM_SQL "message_id = ?1", error);
	if (st)
		dm_sql_bind_text(st, 1, message_id);
	return confirm_run(ledger, st, confirmed, error);
}

gboolean
dm_outbox_confirm_row(DmLedger *ledger, gint64 id, gboolean *confirmed, GError **error)
{
	*confirmed = FALSE;
	DmSqlStmt *st = dm_sql_prepare(ledger, CONFIRM_SQL "id = ?1", error);
	if (st)
		dm_sql_bind_int64(st, 1, id);
	return confirm_run(ledger, st, confirmed, error);
}

#define ITEM_COLUMNS \
	"id, kind, coalesce(invoice_id, 0), step, day, message_id, recipient, subject, state," \
	" attempts, last_error, created_at, sent_at, sending_at, queue_id, sending_mono," \
	" sending_timeline"

/* (transfer full) the row @st stands on; NULL with @error when a name is unknown. */
static DmOutboxItem *
read_item(DmSqlStmt *st, GError **error)
{
	g_autoptr(DmOutboxItem) it = g_new0(DmOutboxItem, 1);
	it->id = dm_sql_col_int64(st, 0);
	it->invoice_id = dm_sql_col_int64(st, 2);
	it->step = (int) dm_sql_col_int64(st, 3);
	it->day = dm_sql_col_text(st, 4);
	it->message_id = dm_sql_col_text(st, 5);
	it->recipient = dm_sql_col_text(st, 6);
	it->subject = dm_sql_col_text(st, 7);
	it->attempts = (int) dm_sql_col_int64(st, 9);
	it->last_error = dm_sql_col_text(st, 10);
	it->created_at = dm_sql_col_text(st, 11);
	it->sent_at = dm_sql_col_text(st, 12);
	it->sending_at = dm_sql_col_text(st, 13);
	it->queue_id = dm_sql_col_text(st, 14);
	it->sending_mono = dm_sql_col_int64(st, 15);
	it->sending_timeline = dm_sql_col_text(st, 16);
	if (!dm_sql_col_outbox_kind(st, 1, &it->kind, error) ||
	    !dm_sql_col_outbox_state(st, 8, &it->state, error)) {
		g_prefix_error(error, "outbox %" G_GINT64_FORMAT ": ", it->id);
		return NULL;
	}
	return g_steal_pointer(&it);
}

/* (transfer full) of DmOutboxItem*: every row @st returns. */
static GPtrArray *
read_items(DmSqlStmt *st, GError **error)
{
	g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func((GDestroyNotify) dm_outbox_item_free);
	DmSqlStep rc;
	while ((rc = dm_sql_step(st, "list outbox", error)) == DM_SQL_ROW) {
		DmOutboxItem *it = read_item(st, error);
		if (!it) {
			dm_sql_reset(st);
			return NULL;
		}
		g_ptr_array_add(out, it);
	}
	return rc == DM_SQL_DONE ? g_steal_pointer(&out) : NULL;
}

GPtrArray *
dm_outbox_list(DmLedger *ledger, gint64 invoice_id, DmOutboxState state, GError **error)
{
	/* One form per filter, so that each is an index lookup (one invoice's covers; the rows
	 * in one state, outbox_state) rather than a scan of every reminder ever queued. */
	const char *sql = invoice_id > 0
		? "SELECT " ITEM_COLUMNS " FROM outbox"
		  " WHERE id IN (SELECT outbox_id FROM outbox_invoices WHERE invoice_id = ?1)"
		  " AND (?2 IS NULL OR state = ?2) ORDER BY id"
		: state != DM_OUTBOX_STATE_ANY
		? "SELECT " ITEM_COLUMNS " FROM outbox WHERE ?1 <= 0 AND state = ?2 ORDER BY id"
		: "SELECT " ITEM_COLUMNS " FROM outbox WHERE ?1 <= 0 AND ?2 IS NULL ORDER BY id";
	DmSqlStmt *st = dm_sql_prepare(ledger, sql, error);
	if (!st)
		return NULL;
	dm_sql_bind_int64(st, 1, invoice_id);
	dm_sql_bind_text(st, 2, state == DM_OUTBOX_STATE_ANY ? NULL : dm_outbox_state_name(state));
	return read_items(st, error);
}

GPtrArray *
dm_outbox_for_digest(DmLedger *ledger, const char *since, int min_attempts, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT " ITEM_COLUMNS " FROM outbox WHERE"
		" (kind = 'reminder' AND state IN ('sent', 'confirmed')"
		"  AND (?1 IS NULL OR sent_at >= ?1))"
		" OR (state = 'pending' AND attempts >= ?2)"
		" OR state IN ('unknown', 'failed') ORDER BY id", error);
	if (!st)
		return NULL;
	dm_sql_bind_text(st, 1, since);
	dm_sql_bind_int64(st, 2, min_attempts);
	return read_items(st, error);
}

GPtrArray *
dm_outbox_to_send(DmLedger *ledger, GError **error)
{
	g_autofree char *sql = g_strconcat("SELECT " ITEM_COLUMNS " FROM outbox"
	                                   " WHERE state = 'pending' ORDER BY id",
	                                   ledger->ops->claim_clause, NULL);
	DmSqlStmt *st = dm_sql_prepare(ledger, sql, error);
	return st ? read_items(st, error) : NULL;
}

GBytes *
dm_outbox_body(DmLedger *ledger, gint64 id, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger, "SELECT body FROM outbox WHERE id = ?1", error);
	if (!st)
		return NULL;
	dm_sql_bind_int64(st, 1, id);
	DmSqlStep rc = dm_sql_step(st, "read outgoing message", error);
	if (rc == DM_SQL_DONE)
		g_set_error(error, DM_LEDGER_ERROR, DM_LEDGER_ERROR_NOT_FOUND,
		            "ledger: outbox %" G_GINT64_FORMAT ": no such row", id);
	if (rc != DM_SQL_ROW)
		return NULL;
	GBytes *body = dm_sql_col_blob(st, 0);
	dm_sql_reset(st);
	return body;
}

/* (transfer full) the one row @st selects, or NULL (with @error only on failure). */
static DmOutboxItem *
read_one(DmSqlStmt *st, GError **error)
{
	g_autoptr(GPtrArray) rows = read_items(st, error);
	if (!rows || rows->len == 0)
		return NULL;
	return g_ptr_array_steal_index(rows, 0);
}

DmOutboxItem *
dm_outbox_get(DmLedger *ledger, gint64 id, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT " ITEM_COLUMNS " FROM outbox WHERE id = ?1", error);
	if (!st)
		return NULL;
	dm_sql_bind_int64(st, 1, id);
	return read_one(st, error);
}

DmOutboxItem *
dm_outbox_get_by_message_id(DmLedger *ledger, const char *message_id, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT " ITEM_COLUMNS " FROM outbox WHERE message_id = ?1", error);
	if (!st)
		return NULL;
	dm_sql_bind_text(st, 1, message_id);
	return read_one(st, error);
}

gboolean
dm_outbox_set_queue_id(DmLedger *ledger, gint64 id, const char *queue_id, GError **error)
{
	DmSqlStmt *st = dm_sql_prepare(ledger, "UPDATE outbox SET queue_id = ?2 WHERE id = ?1",
	                               error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, id);
	dm_sql_bind_text(st, 2, queue_id);
	return dm_sql_run(st, "record the queue id", error);
}

gboolean
dm_outbox_step_rehearsed(DmLedger *ledger, gint64 invoice_id, int step, gboolean *rehearsed,
                         GError **error)
{
	*rehearsed = FALSE;
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT o.id FROM outbox_invoices c JOIN outbox o ON o.id = c.outbox_id"
		" WHERE c.invoice_id = ?1 AND c.step = ?2 AND o.state = 'dry_run'",
		error);
	if (!st)
		return FALSE;
	dm_sql_bind_int64(st, 1, invoice_id);
	dm_sql_bind_int64(st, 2, step);
	gint64 id = 0;
	if (!dm_sql_first_int64(st, "find a dry run of the step", &id, error))
		return FALSE;
	*rehearsed = id > 0;
	return TRUE;
}

gboolean
dm_outbox_milter_proven(DmLedger *ledger, gboolean *proven, GError **error)
{
	*proven = FALSE;
	DmSqlStmt *st = dm_sql_prepare(ledger,
		"SELECT id FROM outbox WHERE state = 'confirmed' LIMIT 1", error);
	if (!st)
		return FALSE;
	gint64 id = 0;
	if (!dm_sql_first_int64(st, "find a confirmed row", &id, error))
		return FALSE;
	*proven = id > 0;
	return TRUE;
}
