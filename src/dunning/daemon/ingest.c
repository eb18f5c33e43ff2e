/* ingest: spool files -> ledger rows (dm-ingest.h has the rules). */
#include "dunning/daemon/dm-ingest.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/daemon/dm-match-lookup.h"
#include "dunning/engine/dm-match.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/engine/dm-policy.h"
#include "common/dm-address.h"
#include "common/dm-clock.h"
#include "common/dm-sanitize.h"
#include "common/dm-spool.h"
#include "parser/mime/dm-authres.h"
#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-reply.h"

#include <errno.h>
#include <gio/gio.h>
#include <stdio.h>
#include <string.h>

/* What one spool file is, once read. */
typedef struct {
	const DmConfig *config;
	DmLedger *ledger;
	GDateTime *now;
	const char *now_iso;
	const char *name;           /* file name, for log lines */
	DmEnvelope *env;
	GMimeMessage *msg;
	char *message_id;
	char *sha256;
	char *from_addr;
	DmMessageRecord rec;
} Item;

static gboolean
move_file(const char *from_dir, const char *to_dir, const char *name, GError **error)
{
	g_autofree char *from = g_build_filename(from_dir, name, NULL);
	g_autofree char *to = g_build_filename(to_dir, name, NULL);
	if (rename(from, to) != 0) {
		int e = errno;
		g_set_error(error, G_IO_ERROR, g_io_error_from_errno(e), "rename %s -> %s: %s",
		            from, to, g_strerror(e));
		return FALSE;
	}
	return TRUE;
}

/* Moves work/@name to bad/ and records why, for the digest. */
static void
set_aside(const DmConfig *config, DmLedger *ledger, const char *now_iso, const char *name,
          const char *why, DmIngestStats *stats)
{
	g_autofree char *work = g_build_filename(config->spool_dir, "work", NULL);
	g_autofree char *bad = g_build_filename(config->spool_dir, "bad", NULL);
	g_autoptr(GError) move_err = NULL, event_err = NULL;
	g_autofree char *detail = g_strdup_printf("%s: %s", name, why);
	g_warning("spool %s set aside in bad/: %s", name, why);
	if (!move_file(work, bad, name, &move_err))
		g_warning("spool %s: %s", name, move_err->message);
	if (!dm_ledger_event(ledger, 0, now_iso, DM_EVENT_SPOOL_SET_ASIDE, detail, &event_err))
		g_warning("%s", event_err->message);
	stats->set_aside++;
}

static gboolean
record_outgoing(Item *it, DmIngestStats *stats, GError **error)
{
	if (g_mime_object_get_header(GMIME_OBJECT(it->msg), "X-Dunmail")) {
		/* Our own reminder or digest: proof the MTA took it, never an invoice. */
		it->rec.role = "own";
		gboolean confirmed;
		if (!dm_outbox_confirm(it->ledger, it->message_id, &confirmed, error))
			return FALSE;
		if (!confirmed) {
			g_message("spool %s: own message %s matches no outbox row", it->name, it->message_id);
			return TRUE;
		}
		stats->confirmed++;
		return TRUE;
	}

	g_autoptr(DmInvoiceFacts) facts = dm_invoice_extract(it->msg);
	it->rec.role = "other";
	if (!facts->is_invoice)
		return TRUE;
	if (!facts->number) {
		g_autofree char *subject = dm_sanitize(g_mime_message_get_subject(it->msg), 120);
		g_autofree char *detail = g_strdup_printf("invoice mail without a number, not tracked: "
		                                          "message %s, subject \"%s\"",
		                                          it->message_id, subject);
		g_message("spool %s: %s", it->name, detail);
		return dm_ledger_event(it->ledger, 0, it->now_iso, DM_EVENT_INVOICE_UNREADABLE, detail, error);
	}

	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup(facts->number);
	inv->debtor_email = g_strdup(facts->debtor_email);
	if (!inv->debtor_email && it->env->rcpt_to->len > 0)
		inv->debtor_email = dm_address_normalize(g_ptr_array_index(it->env->rcpt_to, 0));
	if (!inv->debtor_email)
		return dm_ledger_event(it->ledger, 0, it->now_iso, DM_EVENT_INVOICE_UNREADABLE,
		                       "invoice mail without a recipient", error);
	inv->debtor_name = g_strdup(facts->debtor_name);
	inv->has_amount = facts->has_amount;
	inv->amount_cents = facts->amount_cents;
	inv->currency = facts->currency[0] ? g_strdup(facts->currency) : NULL;
	inv->issue_date = facts->issue_date;
	if (!g_date_valid(&inv->issue_date))
		inv->issue_date = dm_message_date(it->msg);
	if (!g_date_valid(&inv->issue_date))
		inv->issue_date = dm_clock_date(it->now);
	inv->due_date = facts->due_date;
	if (!g_date_valid(&inv->due_date)) {
		/* No due date and no term stated: the configured default term applies. */
		inv->due_date = inv->issue_date;
		g_date_add_days(&inv->due_date, (guint) it->config->payment_term_days);
	}
	inv->language = g_strdup(facts->language ? facts->language : it->config->language);
	inv->source = g_strdup(dm_invoice_source_name(facts->source));
	inv->message_id = g_strdup(it->message_id);
	inv->subject = dm_sanitize(g_mime_message_get_subject(it->msg), 200);

	gboolean existed;
	if (!dm_ledger_invoice_add(it->ledger, inv, it->now_iso, &existed, error))
		return FALSE;
	g_autofree char *amount = inv->has_amount
		? g_strdup_printf("%" G_GINT64_FORMAT " %s", inv->amount_cents, inv->currency ? inv->currency : "")
		: g_strdup("unknown amount");
	g_autofree char *due = dm_date_iso(&inv->due_date);
	if (existed) {
		g_message("spool %s: invoice %s to %s was recorded before; not added again",
		          it->name, inv->number, inv->debtor_email);
		return TRUE;
	}
	it->rec.role = "invoice";
	stats->invoices++;
	g_autofree char *detail = g_strdup_printf("invoice %s to %s, %s, due %s (read from %s)",
	                                          inv->number, inv->debtor_email, amount, due,
	                                          inv->source);
	g_message("spool %s: %s", it->name, detail);
	return dm_ledger_event(it->ledger, inv->id, it->now_iso, DM_EVENT_INVOICE_RECORDED, detail, error);
}

static gboolean
record_incoming(Item *it, gint64 message_row, DmIngestStats *stats, GError **error)
{
	g_autoptr(DmReplyAnalysis) a = dm_reply_analyze(it->msg);
	const char *how = NULL;
	gint64 invoice_id = 0;
	if (!dm_match_lookup(it->ledger, it->msg, a, it->from_addr, &invoice_id, &how, error))
		return FALSE;
	DmAuthVerdict verdict = { 0 };
	dm_authres_check(it->msg, it->config->authserv_id, &verdict);

	DmReplyRow row = {
		.message_row = message_row,
		.invoice_id = invoice_id,
		.from_addr = it->from_addr,
		.kind = (char *) dm_reply_kind_name(a->kind),
		.klass = a->klass,
		.confidence = a->confidence,
		.stated_date = a->date,
		.reply_text = a->reply_text,
		.authenticated = verdict.verified,
		.auth_detail = verdict.detail,
		.received_at = (char *) it->now_iso,
	};

	GString *why = g_string_new(NULL);
	g_string_append_printf(why, "%s from %s: %s (%.2f), matched by %s", row.kind,
	                       it->from_addr ? it->from_addr : "(unknown)", dm_reply_class_name(row.klass),
	                       a->confidence, how);
	g_autoptr(DmInvoice) inv = NULL;
	if (invoice_id > 0) {
		inv = dm_ledger_invoice_get(it->ledger, invoice_id, error);
		if (!inv) {
			g_string_free(why, TRUE);
			dm_auth_verdict_clear(&verdict);
			return error && *error ? FALSE : TRUE;
		}
	}
	g_autofree char *note = NULL;
	if (inv && !verdict.verified) {
		/* DESIGN: an unverified reply is shown to the owner, never acted on. */
		note = g_strdup_printf("not applied: sender not verified (%s)",
		                       verdict.detail ? verdict.detail : "no result");
	} else if (inv && !dm_match_speaks_for_debtor(it->from_addr, inv->debtor_email, a)) {
		note = g_strdup_printf("not applied: %s is not the debtor of invoice %s (%s)",
		                       it->from_addr ? it->from_addr : "the sender", inv->number,
		                       inv->debtor_email);
	}
	if (note) {
		g_string_append_printf(why, "; %s", note);
		row.note = note;
	} else if (inv) {
		GDate today = dm_clock_date(it->now);
		DmPolicyDecision d;
		dm_policy_for_reply(a->klass, &a->date, &today, &d);
		dm_policy_merge(inv->status, &inv->pause_until, &d);
		if (d.changes) {
			if (!dm_ledger_invoice_set_status(it->ledger, invoice_id, d.status, d.reason,
			                                  &d.until, error)) {
				g_string_free(why, TRUE);
				dm_auth_verdict_clear(&verdict);
				return FALSE;
			}
			row.applied = TRUE;
			g_autofree char *until = dm_date_iso(&d.until);
			g_string_append_printf(why, "; invoice %s %s (%s)%s%s", inv->number,
			                       dm_invoice_status_name(d.status),
			                       d.reason, until ? " until " : "", until ? until : "");
		} else {
			g_string_append_printf(why, "; invoice %s unchanged (%s%s%s)", inv->number,
			                       dm_invoice_status_name(inv->status), inv->pause_reason ? ": " : "",
			                       inv->pause_reason ? inv->pause_reason : "");
		}
	}

	g_message("spool %s: %s", it->name, why->str);
	gboolean ok = dm_ledger_reply_add(it->ledger, &row, error) &&
	              dm_ledger_event(it->ledger, invoice_id, it->now_iso,
	                              row.applied ? DM_EVENT_REPLY_APPLIED : DM_EVENT_REPLY_RECORDED,
	                              why->str, error);
	g_string_free(why, TRUE);
	dm_auth_verdict_clear(&verdict);
	stats->replies++;
	return ok;
}

static char *
sha256_hex(const char *data, gsize len)
{
	return g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *) data, len);
}

/* Ingests work/@name.  Returns FALSE only for ledger errors; a bad file is set aside. */
static gboolean
ingest_one(const DmConfig *config, DmLedger *ledger, GDateTime *now, const char *now_iso,
           const char *name, DmIngestStats *stats, GError **error)
{
	g_autofree char *path = g_build_filename(config->spool_dir, "work", name, NULL);
	g_autofree char *data = NULL;
	gsize len = 0;
	g_autoptr(GError) err = NULL;

	if (!g_file_get_contents(path, &data, &len, &err)) {
		set_aside(config, ledger, now_iso, name, err->message, stats);
		return TRUE;
	}
	g_autoptr(DmEnvelope) env = NULL;
	gsize offset = 0;
	if (!dm_envelope_parse(data, len, &env, &offset, &err)) {
		set_aside(config, ledger, now_iso, name, err->message, stats);
		return TRUE;
	}
	g_autoptr(GMimeMessage) msg = dm_message_parse(data + offset, len - offset, &err);
	if (!msg) {
		set_aside(config, ledger, now_iso, name, err->message, stats);
		return TRUE;
	}

	Item it = { .config = config, .ledger = ledger, .now = now, .now_iso = now_iso,
	            .name = name, .env = env, .msg = msg };
	g_autofree char *mid = dm_message_id(msg);
	g_autofree char *sha = sha256_hex(data + offset, len - offset);
	g_autofree char *from = dm_message_from_address(msg);
	it.message_id = mid ? mid : env->added_message_id ? env->added_message_id : "";
	it.sha256 = sha;
	it.from_addr = from;

	gboolean seen;
	if (!dm_ledger_message_seen(ledger, it.message_id, sha, &seen, error))
		return FALSE;
	if (seen) {
		g_message("spool %s: message %s already ingested; removed", name, it.message_id);
		stats->duplicates++;
		unlink(path);
		return TRUE;
	}

	g_autofree char *subject = dm_sanitize(g_mime_message_get_subject(msg), 200);
	it.rec = (DmMessageRecord) {
		.message_id = it.message_id, .sha256 = sha,
		.direction = dm_direction_name(env->direction), .role = "other",
		.mail_from = env->mail_from, .from_addr = from, .subject = subject,
		.queue_id = env->queue_id, .received_at = now_iso,
	};

	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	gboolean ok = TRUE;
	gint64 row = 0;
	switch (env->direction) {
	case DM_DIRECTION_OUTGOING:
		ok = record_outgoing(&it, stats, error) &&
		     dm_ledger_message_add(ledger, &it.rec, &row, error);
		break;
	case DM_DIRECTION_INCOMING:
		if (g_mime_object_get_header(GMIME_OBJECT(msg), "X-Dunmail")) {
			it.rec.role = "own";        /* our own mail to a billing address (a digest) */
			ok = dm_ledger_message_add(ledger, &it.rec, &row, error);
		} else if (from && g_strcmp0(from, config->owner_address) == 0) {
			/* Commands by mail come with the owner's loop; until then the digest says that
			 * the message was seen (and a forged one is not silently swallowed). */
			it.rec.role = "owner";
			g_autofree char *detail = g_strdup_printf(
				"message from the owner's address to %s, subject \"%s\": read, not acted on",
				config->billing_addresses[0], subject);
			ok = dm_ledger_message_add(ledger, &it.rec, &row, error) &&
			     dm_ledger_event(ledger, 0, now_iso, DM_EVENT_OWNER_MESSAGE, detail, error);
		} else {
			it.rec.role = "reply";
			ok = dm_ledger_message_add(ledger, &it.rec, &row, error) &&
			     record_incoming(&it, row, stats, error);
		}
		break;
	case DM_DIRECTION_NONE:
		dm_ledger_rollback(ledger);
		set_aside(config, ledger, now_iso, name, "envelope has no direction", stats);
		return TRUE;
	}
	if (!ok || !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	stats->ingested++;
	if (unlink(path) != 0)
		g_warning("spool %s: ingested, but could not remove it: %s", name, g_strerror(errno));
	return TRUE;
}

static int
compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/* (transfer full) sorted names of the regular files in @dir (oldest name first: the
 * milter's names start with the time). */
static GPtrArray *
list_dir(const char *dir, GError **error)
{
	g_autoptr(GDir) d = g_dir_open(dir, 0, error);
	if (!d)
		return NULL;
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	const char *n;
	while ((n = g_dir_read_name(d)))
		if (n[0] != '.')
			g_ptr_array_add(names, g_strdup(n));
	g_ptr_array_sort(names, compare_names);
	return names;
}

gboolean
dm_ingest_recover(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                  DmIngestStats *stats, GError **error)
{
	g_autofree char *work = g_build_filename(config->spool_dir, "work", NULL);
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	g_autoptr(GPtrArray) names = list_dir(work, error);
	if (!names)
		return FALSE;
	for (guint i = 0; i < names->len; i++) {
		const char *name = g_ptr_array_index(names, i);
		g_autofree char *path = g_build_filename(work, name, NULL);
		g_autofree char *data = NULL;
		gsize len = 0, offset = 0;
		g_autoptr(DmEnvelope) env = NULL;
		/* Committed but not yet removed when we stopped?  Then it is done; else it may be
		 * the file that crashed or hung the parser, and it is set aside untouched. */
		if (g_file_get_contents(path, &data, &len, NULL) &&
		    dm_envelope_parse(data, len, &env, &offset, NULL)) {
			g_autofree char *sha = sha256_hex(data + offset, len - offset);
			gboolean seen;
			if (!dm_ledger_message_hash_seen(ledger, sha, &seen, error))
				return FALSE;
			if (seen) {
				unlink(path);
				continue;
			}
		}
		set_aside(config, ledger, now_iso, name,
		          "found in progress at start-up (dunmaild stopped or crashed while reading it)",
		          stats);
	}
	return TRUE;
}

gboolean
dm_ingest_spool(const DmConfig *config, DmLedger *ledger, GDateTime *now, DmIngestStats *stats,
                GError **error)
{
	g_autofree char *newdir = g_build_filename(config->spool_dir, "new", NULL);
	g_autofree char *work = g_build_filename(config->spool_dir, "work", NULL);
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	g_autoptr(GPtrArray) names = list_dir(newdir, error);
	if (!names)
		return FALSE;
	for (guint i = 0; i < names->len; i++) {
		const char *name = g_ptr_array_index(names, i);
		g_autoptr(GError) err = NULL;
		/* Claim it first: from here on, a crash leaves it in work/ for recovery. */
		if (!move_file(newdir, work, name, &err)) {
			g_warning("spool %s: %s", name, err->message);
			continue;
		}
		if (!ingest_one(config, ledger, now, now_iso, name, stats, error)) {
			/* The ledger failed (locked, disk full), not the message: give the file back
			 * to new/ for the next pass.  Left in work/, the next start-up would take it
			 * for a message that crashed us and set it aside unread. */
			g_autoptr(GError) back_err = NULL;
			if (!move_file(work, newdir, name, &back_err))
				g_warning("spool %s: %s", name, back_err->message);
			return FALSE;
		}
	}
	return TRUE;
}
