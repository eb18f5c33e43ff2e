/* ingest_unread: a reply set aside unread holds the invoices it is tied to
 * (dm-ingest-unread.h). */
#include "dunning/daemon/dm-ingest-unread.h"
#include "dunning/daemon/dm-ingest-own.h"

#include <stdio.h>
#include <string.h>

#include "common/dm-clock.h"
#include "common/dm-spool.h"
#include "common/dm-verp.h"
#include "dunning/engine/dm-policy.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/send/dm-verp-secret.h"

/* Thread headers name a few Message-IDs; a long References of a long thread is cut. */
#define THREAD_IDS_MAX 50
/* A Message-ID longer than this is no one's we wrote. */
#define MESSAGE_ID_MAX 998

/* Appends each "<...>" of the @n bytes at @text to @ids while it holds fewer than @max. */
static void
add_bracketed(GPtrArray *ids, const char *text, gsize n, guint max)
{
	const char *p = text, *end = text + n;
	while (ids->len < max && p < end) {
		const char *open = memchr(p, '<', (gsize) (end - p));
		const char *close = open ? memchr(open, '>', (gsize) (end - open)) : NULL;
		if (!close)
			return;
		gsize size = (gsize) (close - open) + 1;
		if (size > 2 && size <= MESSAGE_ID_MAX)
			g_ptr_array_add(ids, g_strndup(open, size));
		p = close + 1;
	}
}

GPtrArray *
dm_ingest_unread_thread_ids(const char *message, gsize len, guint max)
{
	GPtrArray *ids = g_ptr_array_new_with_free_func(g_free);
	const char *cursor = message, *p;
	const char *end = message + MIN(len, (gsize) DM_INGEST_UNREAD_HEADER_MAX);
	gboolean in_thread = FALSE;         /* the header being read is one of the two */
	gsize n;
	while ((p = dm_ingest_header_line(&cursor, end, &n)) != NULL) {
		if (p[0] != ' ' && p[0] != '\t')
			in_thread = (n >= 12 && g_ascii_strncasecmp(p, "In-Reply-To:", 12) == 0) ||
			            (n >= 11 && g_ascii_strncasecmp(p, "References:", 11) == 0);
		if (in_thread)                  /* a header's name holds no '<' */
			add_bracketed(ids, p, n, max);
	}
	return ids;
}

/* Reads the envelope of the file at @path and the first bytes of its message: never all
 * of a file that may be 50 MB.  FALSE when it cannot be read or is no spool file. */
static gboolean
read_head(const char *path, char **data, gsize *len, DmEnvelope **env, gsize *offset)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		return FALSE;
	gsize max = DM_SPOOL_ENVELOPE_MAX + DM_INGEST_UNREAD_HEADER_MAX;
	*data = g_malloc(max);
	*len = fread(*data, 1, max, f);
	fclose(f);
	return dm_envelope_parse(*data, *len, env, offset, NULL);
}

static void
add_invoice(GArray *ids, gint64 id)
{
	for (guint i = 0; i < ids->len; i++)
		if (g_array_index(ids, gint64, i) == id)
			return;
	g_array_append_val(ids, id);
}

/* The invoices of the reminders whose verified VERP addresses @env was sent to. */
static gboolean
tied_by_verp(const DmConfig *config, DmLedger *ledger, const DmEnvelope *env, GArray *ids,
             GError **error)
{
	g_autofree char *secret = NULL;
	if (!dm_verp_secret_get(config, ledger, &secret, error))
		return FALSE;
	for (guint i = 0; secret && i < env->rcpt_to->len; i++) {
		gint64 row = 0;
		if (!dm_verp_verify(env->rcpt_to->pdata[i], secret, &row))
			continue;
		g_autoptr(GArray) covers = dm_outbox_covers(ledger, row, error);
		if (!covers)
			return FALSE;
		for (guint j = 0; j < covers->len; j++)
			add_invoice(ids, g_array_index(covers, DmOutboxCover, j).invoice_id);
	}
	return TRUE;
}

/* The invoices whose mail or reminders the thread headers of @message name. */
static gboolean
tied_by_thread(DmLedger *ledger, const char *message, gsize len, GArray *ids, GError **error)
{
	g_autoptr(GPtrArray) thread = dm_ingest_unread_thread_ids(message, len, THREAD_IDS_MAX);
	for (guint i = 0; i < thread->len; i++) {
		gint64 id = 0;
		if (!dm_ledger_invoice_by_thread(ledger, thread->pdata[i], &id, error))
			return FALSE;
		if (id > 0)
			add_invoice(ids, id);
	}
	return TRUE;
}

/* The invoices of the debtor whose address is @env's sender (none for the null sender). */
static gboolean
tied_by_sender(DmLedger *ledger, const DmEnvelope *env, GArray *ids, GError **error)
{
	if (env->mail_from == NULL || *env->mail_from == '\0')
		return TRUE;
	g_autofree char *sender = g_ascii_strdown(env->mail_from, -1);
	g_autoptr(GPtrArray) invoices = dm_ledger_invoices_list(ledger, sender,
	                                                        DM_INVOICE_STATUS_ANY, error);
	if (!invoices)
		return FALSE;
	for (guint i = 0; i < invoices->len; i++)
		add_invoice(ids, ((DmInvoice *) invoices->pdata[i])->id);
	return TRUE;
}

/* Holds invoice @id for the owner when it is still on a ladder; *@held when it is. */
static gboolean
hold_one(const DmConfig *config, DmLedger *ledger, gint64 id, const GDate *today,
         DmInvoice **held, GError **error)
{
	*held = NULL;
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(ledger, id, error);
	if (!inv)
		return error == NULL || *error == NULL;
	if ((inv->status != DM_INVOICE_STATUS_OPEN && inv->status != DM_INVOICE_STATUS_PAUSED &&
	     inv->status != DM_INVOICE_STATUS_HELD) || inv->credit_note)
		return TRUE;                    /* no ladder to hold */
	DmPolicyLimits limits = { .horizon_days = config->horizon_days,
	                          .max_hold_days = config->max_hold_days };
	DmPolicyDecision d;
	dm_policy_for_unread(today, &limits, &d);
	dm_policy_merge(inv->status, &inv->pause_until, &d);
	if (d.changes && !dm_ledger_invoice_set_status(ledger, inv->id, d.status, d.reason,
	                                               &d.until, error))
		return FALSE;
	*held = g_steal_pointer(&inv);
	return TRUE;
}

gboolean
dm_ingest_unread_hold(const DmConfig *config, DmLedger *ledger, const char *path,
                      GDateTime *now, GArray **held, char **numbers, GError **error)
{
	*held = g_array_new(FALSE, FALSE, sizeof(gint64));
	*numbers = NULL;
	g_autofree char *data = NULL;
	gsize len = 0, offset = 0;
	g_autoptr(DmEnvelope) env = NULL;
	if (!read_head(path, &data, &len, &env, &offset) || env->direction != DM_DIRECTION_INCOMING)
		return TRUE;
	/* The reminder it answers, then its thread; only when neither names an invoice, every
	 * invoice of its sender: "paid" may be about any of them. */
	g_autoptr(GArray) ids = g_array_new(FALSE, FALSE, sizeof(gint64));
	if (!tied_by_verp(config, ledger, env, ids, error) ||
	    !tied_by_thread(ledger, data + offset, len - offset, ids, error) ||
	    (ids->len == 0 && !tied_by_sender(ledger, env, ids, error)))
		return FALSE;
	GDate today = dm_clock_date(now);
	g_autoptr(GString) names = g_string_new(NULL);
	for (guint i = 0; i < ids->len; i++) {
		g_autoptr(DmInvoice) inv = NULL;
		if (!hold_one(config, ledger, g_array_index(ids, gint64, i), &today, &inv, error))
			return FALSE;
		if (!inv)
			continue;
		g_array_append_val(*held, inv->id);
		g_string_append_printf(names, "%s%s", names->len ? ", " : "", inv->number);
	}
	if (names->len)
		*numbers = g_string_free(g_steal_pointer(&names), FALSE);
	return TRUE;
}
