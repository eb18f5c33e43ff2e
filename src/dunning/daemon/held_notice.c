/* held_notice: the owner told once that sending has been held for hours
 * (dm-held-notice.h). */
#include "dunning/daemon/dm-held-notice.h"

#include "common/dm-clock.h"
#include "common/dm-sanitize.h"
#include "dunning/ledger/dm-outbox.h"
#include "dunning/ledger/dm-sending-held.h"
#include "dunning/report/dm-doc.h"
#include "dunning/send/dm-deliver.h"
#include "dunning/send/dm-mailer.h"

#define SAY(config, nl, en, de) dm_doc_say((config)->language, nl, en, de)

char *
dm_held_why_text(const DmHeldWhy *why, const char *language)
{
	if (why->failed) {
		const char *said = dm_doc_say(language, "het inlezen mislukte", "the ingest failed",
		                              "das Einlesen schlug fehl");
		return why->failure ? g_strdup_printf("%s: %s", said, why->failure) : g_strdup(said);
	}
	g_autoptr(GString) what = g_string_new(NULL);
	if (why->stopped)
		g_string_append_printf(what, dm_doc_say(language,
			"%u spoolbestanden waarvan het lezen van buitenaf werd gestopt",
			"%u spool files whose reading was stopped from outside",
			"%u Spool-Dateien, deren Lesen von au\xc3\x9f" "en abgebrochen wurde"),
			why->stopped);
	if (why->unclaimed)
		g_string_append_printf(what, dm_doc_say(language,
			"%s%u spoolbestanden die niet konden worden opgepakt",
			"%s%u spool files that could not be claimed",
			"%s%u Spool-Dateien, die nicht \xc3\xbc" "bernommen werden konnten"),
			what->len ? ", " : "", why->unclaimed);
	if (why->missed_left)
		g_string_append_printf(what, dm_doc_say(language,
			"%s%u meldingen van mail die de milter niet kon bewaren",
			"%s%u records of mail the milter could not spool",
			"%s%u Vermerke zu Mails, die der Milter nicht ablegen konnte"),
			what->len ? ", " : "", why->missed_left);
	if (what->len == 0)
		return NULL;
	g_string_append(what, dm_doc_say(language, ", bewaard voor de volgende ronde",
	                                  ", left for the next pass",
	                                  ", f\xc3\xbc" "r den n\xc3\xa4" "chsten Durchlauf liegen gelassen"));
	return g_string_free(g_steal_pointer(&what), FALSE);
}

/* (transfer full) of DmOutboxItem*: the notices still pending. */
static GPtrArray *
pending_notices(DmLedger *ledger, GError **error)
{
	g_autoptr(GPtrArray) rows = dm_outbox_list(ledger, 0, DM_OUTBOX_STATE_PENDING, error);
	if (!rows)
		return NULL;
	for (guint i = rows->len; i-- > 0;)
		if (((DmOutboxItem *) rows->pdata[i])->kind != DM_OUTBOX_KIND_NOTICE)
			g_ptr_array_remove_index(rows, i);
	return g_steal_pointer(&rows);
}

/* Sends each pending notice; *@sent when one went. */
static gboolean
deliver_pending(const DmConfig *config, DmLedger *ledger, GDateTime *now, gboolean *sent,
                GError **error)
{
	g_autoptr(GPtrArray) rows = pending_notices(ledger, error);
	if (!rows)
		return FALSE;
	for (guint i = 0; i < rows->len; i++) {
		DmDeliverStats stats = { 0 };
		if (!dm_deliver_one(config, ledger, rows->pdata[i], now, &stats, error))
			return FALSE;
		*sent = *sent || stats.sent > 0;
	}
	return TRUE;
}

/* Queues the notice of the hold @held, held because of @reason, and marks its owner told,
 * in one transaction. */
static gboolean
queue_notice(const DmConfig *config, DmLedger *ledger, GDateTime *now,
             const DmSendingHeld *held, const DmHeldWhy *reason, GError **error)
{
	g_autofree char *since = dm_clock_local_text(held->since, config->tz);
	g_autofree char *said = dm_held_why_text(reason, config->language);
	g_autofree char *why = dm_sanitize_oneline(said ? said : "?", 500);
	g_autofree char *subject = g_strdup_printf(
		SAY(config, "dunmail: verzenden staat stil sinds %s", "dunmail: sending held since %s",
		    "dunmail: Versand angehalten seit %s"), since);
	g_autofree char *body = g_strdup_printf(SAY(config,
		"dunmaild verstuurt sinds %s niets - geen herinnering en geen overzicht - omdat het "
		"niet alles kon lezen wat wacht: %s.\n\n"
		"Dat is met opzet: wat wacht kan een antwoord zijn als \"gisteren betaald\". Er gaat "
		"niets verloren: de eerste ronde die alles leest, verstuurt wat aan de beurt is, en "
		"het overzicht.\n\n"
		"Wat wacht, en waarom: dunmail status, en het logboek van dunmaild "
		"(journalctl -u dunmaild).\n\n"
		"Dit bericht komt een keer per onderbreking.\n",
		"dunmaild has sent nothing since %s - no reminder and no digest - because it could "
		"not read everything waiting: %s.\n\n"
		"That is on purpose: what waits may be a reply like \"paid yesterday\". Nothing is "
		"lost: the first pass that reads everything sends what is due, and the digest.\n\n"
		"What waits, and why: dunmail status, and dunmaild's log (journalctl -u dunmaild).\n\n"
		"This notice comes once per hold.\n",
		"dunmaild versendet seit %s nichts - keine Erinnerung und keine \xc3\x9c" "bersicht -, "
		"weil es nicht alles lesen konnte, was wartet: %s.\n\n"
		"Das ist Absicht: Was wartet, kann eine Antwort wie \"gestern bezahlt\" sein. Nichts "
		"geht verloren: Der erste Durchlauf, der alles liest, versendet, was f\xc3\xa4llig "
		"ist, und die \xc3\x9c" "bersicht.\n\n"
		"Was wartet, und warum: dunmail status und das Protokoll von dunmaild "
		"(journalctl -u dunmaild).\n\n"
		"Diese Nachricht kommt einmal je Unterbrechung.\n"), since, why);
	g_autofree char *message_id = dm_mailer_new_message_id(config);
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	DmMailSpec spec = { .kind = "notice", .to_address = config->owner_address,
	                    .subject = subject, .body = body, .date = now };
	g_autoptr(GBytes) message = dm_mailer_compose(config, &spec, message_id);
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	if (!dm_outbox_add_notice(ledger, message_id, config->owner_address, subject, message,
	                          now_iso, NULL, error) ||
	    !dm_ledger_sending_held_noticed(ledger, held->since, error) ||
	    !dm_ledger_commit(ledger, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	g_message("pass: sending held since %s: the owner is told by mail (%s)", since,
	          message_id);
	return TRUE;
}

gboolean
dm_held_notice_run(const DmConfig *config, DmLedger *ledger, GDateTime *now,
                   const DmHeldWhy *why, gboolean *sent, GError **error)
{
	*sent = FALSE;
	g_auto(DmSendingHeld) held = { 0 };
	if (config->held_notice_hours <= 0)
		return TRUE;
	if (!dm_ledger_sending_held_get(ledger, &held, error))
		return FALSE;
	if (!held.since)
		return TRUE;
	if (g_strcmp0(held.noticed, held.since) != 0) {
		g_autoptr(GDateTime) since = g_date_time_new_from_iso8601(held.since, NULL);
		if (!since || g_date_time_difference(now, since) <
		              (GTimeSpan) config->held_notice_hours * G_TIME_SPAN_HOUR)
			return TRUE;
		if (!queue_notice(config, ledger, now, &held, why, error))
			return FALSE;
	}
	return deliver_pending(config, ledger, now, sent, error);
}

gboolean
dm_held_notice_withdraw(DmLedger *ledger, const char *now_iso, GError **error)
{
	g_autoptr(GPtrArray) rows = pending_notices(ledger, error);
	if (!rows)
		return FALSE;
	for (guint i = 0; i < rows->len; i++) {
		const DmOutboxItem *it = rows->pdata[i];
		gboolean moved = FALSE;
		if (!dm_outbox_move(ledger, it->id, DM_OUTBOX_STATE_PENDING, DM_OUTBOX_STATE_CANCELLED,
		                    "sending resumed before it went", now_iso, &moved, error))
			return FALSE;
		if (moved)
			g_message("outbox %" G_GINT64_FORMAT ": the notice that sending is held is "
			          "withdrawn: sending resumed before it went", it->id);
	}
	return TRUE;
}
