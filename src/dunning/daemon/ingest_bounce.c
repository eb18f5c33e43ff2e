/* ingest_bounce: a delivery report's proof and effect (dm-ingest-bounce.h). */
#include "dunning/daemon/dm-ingest-bounce.h"
#include "dunning/daemon/dm-match-lookup.h"
#include "dunning/engine/dm-bounce-policy.h"
#include "dunning/engine/dm-policy.h"
#include "dunning/ledger/dm-failing.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/send/dm-verp-secret.h"
#include "common/dm-clock.h"
#include "common/dm-sanitize.h"
#include "common/dm-verp.h"

gboolean
dm_ingest_is_delivery_report(const DmIngestPlan *plan)
{
	return plan->reply && plan->reply->delivery != DM_DELIVERY_NONE;
}

/* The outbox row @plan proves to answer, in *@row (NULL: none), and how in *@proof
 * (transfer full). */
static gboolean
find_proof(const DmConfig *config, DmLedger *ledger, const DmIngestPlan *plan,
           DmOutboxItem **row, char **proof, GError **error)
{
	*row = NULL;
	*proof = NULL;
	g_autofree char *secret = NULL;
	if (!dm_verp_secret_get(config, ledger, &secret, error))
		return FALSE;
	gint64 outbox_id = 0;
	if (plan->verp_rcpt && dm_verp_verify(plan->verp_rcpt, secret, &outbox_id)) {
		g_autoptr(GError) err = NULL;
		*row = dm_outbox_get(ledger, outbox_id, &err);
		if (err) {
			g_propagate_error(error, g_steal_pointer(&err));
			return FALSE;
		}
		if (*row) {
			*proof = g_strdup_printf("VERP tag of outbox %" G_GINT64_FORMAT, outbox_id);
			return TRUE;
		}
	}
	const char *returned = plan->reply->returned_message_id;
	if (returned) {
		g_autoptr(GError) err = NULL;
		*row = dm_outbox_get_by_message_id(ledger, returned, &err);
		if (err) {
			g_propagate_error(error, g_steal_pointer(&err));
			return FALSE;
		}
		if (*row)
			*proof = g_strdup_printf("returned Message-ID %s of outbox %" G_GINT64_FORMAT,
			                         returned, (*row)->id);
	}
	return TRUE;
}

static const char *const delivery_words[] = {
	[DM_DELIVERY_NONE] = "report",
	[DM_DELIVERY_FAILED] = "hard bounce",
	[DM_DELIVERY_EXPIRED] = "expiry (the mail server gave up)",
	[DM_DELIVERY_DELAYED] = "delay notice",
	[DM_DELIVERY_DELIVERED] = "delivery report",
};

/* The same as codes, for the event's words (the digest words them). */
static const char *const delivery_codes[] = {
	[DM_DELIVERY_NONE] = "report",
	[DM_DELIVERY_FAILED] = "failed",
	[DM_DELIVERY_EXPIRED] = "expired",
	[DM_DELIVERY_DELAYED] = "delayed",
	[DM_DELIVERY_DELIVERED] = "delivered",
};

/* Stops @invoice_id for a proven hard bounce, unless the reply policy's merge says it
 * already is (paid, stopped).  Appends what happened to @why, and to @said (the event's
 * words, an a{ss}). */
static gboolean
stop_invoice(DmLedger *ledger, gint64 invoice_id, GDateTime *now, GString *why,
             GVariantBuilder *said, gboolean *applied, GError **error)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmInvoice) inv = dm_ledger_invoice_get(ledger, invoice_id, &err);
	if (err) {
		g_propagate_error(error, g_steal_pointer(&err));
		return FALSE;
	}
	if (!inv)
		return TRUE;
	GDate today = dm_clock_date(now);
	DmPolicyDecision d;
	dm_policy_for_reply(DM_REPLY_CLASS_BOUNCE, NULL, &today, &d);
	dm_policy_merge(inv->status, &inv->pause_until, &d);
	if (!d.changes) {
		g_string_append_printf(why, "; invoice %s unchanged (%s)", inv->number,
		                       dm_invoice_status_name(inv->status));
		dm_words_add(said, "invoice", inv->number);
		dm_words_add(said, "unchanged", dm_invoice_status_name(inv->status));
		return TRUE;
	}
	if (!dm_ledger_invoice_set_status(ledger, invoice_id, d.status, d.reason, &d.until, error))
		return FALSE;
	*applied = TRUE;
	g_string_append_printf(why, "; invoice %s %s", inv->number,
	                       dm_invoice_status_name(d.status));
	dm_words_add(said, "invoice", inv->number);
	dm_words_add(said, "status", dm_invoice_status_name(d.status));
	return TRUE;
}

gboolean
dm_ingest_bounce(const DmConfig *config, DmLedger *ledger, const DmIngestPlan *plan,
                 gint64 message_row, GDateTime *now, const char *spool_name,
                 gboolean *applied, GError **error)
{
	const DmReplyAnalysis *a = plan->reply;
	g_return_val_if_fail(dm_ingest_is_delivery_report(plan), FALSE);
	*applied = FALSE;
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	g_autoptr(DmOutboxItem) row = NULL;
	g_autofree char *proof = NULL;
	if (!find_proof(config, ledger, plan, &row, &proof, error))
		return FALSE;

	DmBouncePolicy policy;
	dm_bounce_policy(a->delivery, row != NULL, &policy);
	gint64 invoice_id = row ? row->invoice_id : 0;
	const char *how = proof;
	if (!row && !dm_match_lookup(ledger, plan->subject, plan->thread_ids, a, plan->from_addr,
	                             &invoice_id, &how, NULL, error))
		return FALSE;

	/* A success report names no failed recipient; the row it answers names ours. */
	const char *concerns = a->bounced_recipient ? a->bounced_recipient
	                     : row ? row->recipient : "(not named)";
	g_autofree char *failed = dm_sanitize(concerns, 254);
	g_autoptr(GString) why = g_string_new(NULL);
	g_string_append_printf(why, "%s for %s (%s)", delivery_words[a->delivery], failed,
	                       a->matched_rule ? a->matched_rule : "report");
	/* What it means, for the digest: the proof and the rule stay in the English. */
	g_auto(GVariantBuilder) said = G_VARIANT_BUILDER_INIT(G_VARIANT_TYPE("a{ss}"));
	dm_words_add(&said, "code", "bounce");
	dm_words_add(&said, "delivery", delivery_codes[a->delivery]);
	dm_words_add(&said, "failed", failed);
	if (row) {
		g_string_append_printf(why, ", answers our %s to %s, proven by %s",
		                       dm_outbox_kind_name(row->kind), row->recipient, proof);
		dm_words_add(&said, "answers", dm_outbox_kind_name(row->kind));
		dm_words_add(&said, "recipient", row->recipient);
	} else {
		g_string_append_printf(why, ", matched by %s", how);
	}
	if (policy.stop && invoice_id > 0 &&
	    !stop_invoice(ledger, invoice_id, now, why, &said, applied, error))
		return FALSE;
	if (policy.mark_failing) {
		if (!dm_ledger_address_set_failing(ledger, row->recipient, now_iso, row->id, why->str,
		                                   error))
			return FALSE;
		g_string_append_printf(why, "; %s marked as failing", row->recipient);
		dm_words_add(&said, "failing", "marked");
	}
	if (policy.clear_failing) {
		gboolean was = FALSE;
		if (!dm_ledger_address_clear_failing(ledger, row->recipient, &was, error))
			return FALSE;
		g_string_append_printf(why, was ? "; %s no longer marked as failing"
		                                : "; %s takes mail", row->recipient);
		dm_words_add(&said, "failing", was ? "cleared" : "takes");
	}
	if (policy.note)
		g_string_append_printf(why, "; %s", policy.note);
	/* A report about it proves the mail server had it: a reminder whose sending was cut
	 * off (unknown) counts as sent, and is never judged unseen and written anew.  Sent,
	 * not confirmed: the milter did not see it, so this says nothing of whether the
	 * milter watches our mail (dm_outbox_milter_proven). */
	gboolean moved = FALSE;
	if (row && row->state == DM_OUTBOX_STATE_UNKNOWN &&
	    !dm_outbox_move(ledger, row->id, DM_OUTBOX_STATE_UNKNOWN, DM_OUTBOX_STATE_SENT, NULL,
	                    now_iso, &moved, error))
		return FALSE;
	if (moved) {
		g_string_append_printf(why, "; its sending had been cut off, and it counts as sent");
		dm_words_add(&said, "counted", "sent");
	}

	DmReplyRow reply = {
		.message_row = message_row,
		.invoice_id = invoice_id,
		.from_addr = plan->from_addr,
		.kind = (char *) dm_reply_kind_name(a->kind),
		.klass = a->klass,
		.confidence = a->confidence,
		.stated_date = a->date,
		.reply_text = a->reply_text,
		.authenticated = plan->auth.verified,
		.auth_detail = plan->auth.detail,
		.applied = *applied,
		.note = (char *) policy.note,
		.received_at = now_iso,
	};
	g_message("spool %s: %s", spool_name, why->str);
	if (!dm_ledger_reply_add(ledger, &reply, error))
		return FALSE;
	/* A proven report concerns every invoice the letter covered, not only its lead. */
	g_autoptr(GVariant) words = g_variant_ref_sink(g_variant_builder_end(&said));
	return row ? dm_outbox_event_said(ledger, row, now_iso, policy.event, why->str, words, error)
	           : dm_ledger_event_said(ledger, invoice_id, now_iso, policy.event, why->str, words,
	                                  error);
}
