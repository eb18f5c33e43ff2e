/* bounce: is a message a report that mail we sent could not be delivered?
 *
 * Standard reports (RFC 3464: multipart/report; report-type=delivery-status) are read
 * from their message/delivery-status part: per-recipient blocks with Final-Recipient,
 * Action and Status.  "Action: failed" or a 5.x.x status is a failure; "delayed" or
 * 4.x.x only is a delay notice (the MTA is still trying: DM_BOUNCE_DELAYED, which the
 * analysis reports as an automatic message with no effect, never as a bounce);
 * "delivered", "relayed", "expanded" are success reports (not a bounce).  Other reports
 * (feedback-report, disposition-notification) are not bounces.
 *
 * Free-form reports (qmail, old Sendmail, Exchange, hosted mail): a subject that says so
 * ("Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)",
 * "Mail delivery failed", "Undeliverable:", "Onbestelbaar:", "Unzustellbar:"), or a sender
 * like MAILER-DAEMON / postmaster / "Mail Delivery System" whose text reads as a failure.
 *
 * The failed recipient: X-Failed-Recipients, else Final-/Original-Recipient, else an
 * address the text names in the way MTAs write it ("<a@b>:", "a@b: ..." at a line start).
 *
 * Failure classes: none; a report we cannot read is simply not a bounce.  The MIME tree is
 * read with the shared bounded walk (dm_message_foreach_object: at most DM_MAX_PARTS
 * objects, attached messages not entered) and at most DELIVERY_STATUS_MAX bytes of a
 * delivery-status part. */
#include "parser/reply/dm-bounce.h"
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-part.h"
#include "parser/text/dm-pattern.h"
#include "common/dm-address.h"

#include <string.h>

#define DELIVERY_STATUS_MAX (64 * 1024)

typedef struct {
	gboolean failed, delayed, succeeded;
	char *recipient;    /* first failed (or, failing that, first named) recipient */
} DsnSummary;

/* (transfer full) the decoded content of a leaf part, at most @max bytes, as valid UTF-8;
 * NULL if none. */
static char *
part_content(GMimeObject *obj, gsize max)
{
	if (!GMIME_IS_PART(obj))
		return NULL;
	g_autoptr(GByteArray) bytes = dm_part_decode(GMIME_PART(obj), max, NULL);
	if (bytes == NULL)
		return NULL;
	return g_utf8_make_valid((const char *) bytes->data, (gssize) bytes->len);
}

/* "rfc822; a@b" -> normalized a@b (transfer full), or NULL. */
static char *
recipient_value(const char *value)
{
	const char *semi = strchr(value, ';');
	return dm_address_normalize(semi ? semi + 1 : value);
}

/* Reads the per-recipient blocks of a delivery-status body (header-like fields; a
 * message/delivery-status body may carry them folded). */
static void
parse_delivery_status(const char *body, DsnSummary *sum)
{
	g_auto(GStrv) lines = g_strsplit(body, "\n", -1);
	g_autofree char *block_recipient = NULL;
	for (guint i = 0; lines[i]; i++) {
		g_strchomp(lines[i]);
		const char *l = lines[i];
		const char *colon = strchr(l, ':');
		if (colon == NULL || l[0] == ' ' || l[0] == '\t')
			continue;
		g_autofree char *name = g_ascii_strdown(l, colon - l);
		g_autofree char *value = g_strstrip(g_strdup(colon + 1));
		if (strcmp(name, "final-recipient") == 0 || strcmp(name, "original-recipient") == 0) {
			char *r = recipient_value(value);
			if (r && (block_recipient == NULL || strcmp(name, "final-recipient") == 0)) {
				g_free(block_recipient);
				block_recipient = r;
			} else {
				g_free(r);
			}
		} else if (strcmp(name, "action") == 0) {
			g_autofree char *a = g_ascii_strdown(value, -1);
			if (g_str_has_prefix(a, "failed")) {
				sum->failed = TRUE;
				if (block_recipient && sum->recipient == NULL)
					sum->recipient = g_strdup(block_recipient);
			} else if (g_str_has_prefix(a, "delayed")) {
				sum->delayed = TRUE;
			} else if (g_str_has_prefix(a, "delivered") || g_str_has_prefix(a, "relayed") ||
			           g_str_has_prefix(a, "expanded")) {
				sum->succeeded = TRUE;
			}
		} else if (strcmp(name, "status") == 0) {
			if (value[0] == '5') {
				sum->failed = TRUE;
				if (block_recipient && sum->recipient == NULL)
					sum->recipient = g_strdup(block_recipient);
			} else if (value[0] == '4') {
				sum->delayed = TRUE;
			}
		}
	}
	if (sum->recipient == NULL && block_recipient && sum->failed)
		sum->recipient = g_steal_pointer(&block_recipient);
}

typedef struct {
	gboolean is_report;         /* a multipart/report was seen */
	gboolean delivery_status;   /* ... with report-type delivery-status */
	gboolean other_report;      /* ... of another type (feedback, MDN) */
	DsnSummary sum;
} Walk;

/* dm_message_foreach_object visitor: multiparts are seen too, since report-type lives on
 * the multipart/report itself.  Never stops early: a report's parts may come in any order. */
static gboolean
walk_part(GMimeObject *part, gpointer data)
{
	Walk *w = data;
	GMimeContentType *ct = g_mime_object_get_content_type(part);
	if (ct == NULL)
		return TRUE;
	if (g_mime_content_type_is_type(ct, "multipart", "report")) {
		w->is_report = TRUE;
		const char *rt = g_mime_content_type_get_parameter(ct, "report-type");
		if (rt && (g_ascii_strcasecmp(rt, "delivery-status") == 0 ||
		           g_ascii_strcasecmp(rt, "global-delivery-status") == 0))
			w->delivery_status = TRUE;
		else if (rt)
			w->other_report = TRUE;
		return TRUE;
	}
	if (g_mime_content_type_is_type(ct, "message", "delivery-status") ||
	    g_mime_content_type_is_type(ct, "message", "global-delivery-status")) {
		w->delivery_status = TRUE;
		g_autofree char *body = part_content(part, DELIVERY_STATUS_MAX);
		if (body)
			parse_delivery_status(body, &w->sum);
	}
	return TRUE;
}

#define CI PCRE2_CASELESS

/* Subjects of failure reports. */
static DmPattern failure_subject = DM_PATTERN(
	"undeliver(?:ed|able)|returned\\s+(?:mail|to\\s+sender)|delivery\\s+(?:status\\s+"
	"notification\\s+\\(failure\\)|failure|failed|has\\s+failed|notification:\\s+delivery\\s+"
	"has\\s+failed|problem)|mail\\s+delivery\\s+(?:failed|failure|error)|failure\\s+notice|"
	"non[-\\s]?deliver(?:y|able)|not\\s+(?:be\\s+)?delivered|onbestelbaar|niet\\s+"
	"bezorgd|kan\\s+niet\\s+worden\\s+bezorgd|unzustellbar|nicht\\s+zugestellt|"
	"non\\s+remis|échec\\s+de\\s+(?:la\\s+)?(?:remise|distribution)|mail\\s+system\\s+error|"
	"could\\s+not\\s+(?:be\\s+)?deliver|message\\s+(?:not\\s+delivered|rejected)|"
	"rejected\\s+(?:mail|message)|bounced?\\s+(?:mail|message)|"
	"return(?:ed|ing)\\s+to\\s+sender|mail\\s+failed|"
	"notification:\\s*(?:error|failure|failed|undeliver)", CI);
/* Subjects of delay notices. */
static DmPattern delay_subject = DM_PATTERN(
	"delivery\\s+status\\s+notification\\s+\\(delay\\)|delayed\\s+mail|"
	"warning:\\s+(?:could\\s+not\\s+send|message\\s+delayed)|still\\s+being\\s+retried|"
	"delivery\\s+delay|vertraagd|verzögert|delivery\\s+has\\s+been\\s+delayed|"
	"notification:\\s*delay|mail\\s+delivery\\s+delayed|"
	"warning:\\s+message\\s+.{0,80}delayed", CI);
/* Senders that write reports: their address, their display name. */
static DmPattern daemon_address = DM_PATTERN(
	"^(?:mailer-daemon|post_?master|mail-daemon|mailerdaemon|"
	"maildaemon|mdaemon|bounce[sd]?|returns?|nobody|"
	"mail\\.?delivery(?:\\.?(?:system|subsystem))?)@", CI);
static DmPattern daemon_name = DM_PATTERN(
	"mail\\s+delivery\\s+(?:system|subsystem|service)|"
	"mailer[-\\s]daemon|postmaster|system\\s+administrator", CI);
/* Text of a failure report. */
static DmPattern failure_text = DM_PATTERN(
	"could\\s+not\\s+be\\s+delivered|was\\s+not\\s+delivered|permanent(?:ly)?\\s+"
	"(?:error|fatal|failure|failed)|user\\s+unknown|unknown\\s+user|no\\s+such\\s+"
	"(?:user|mailbox|address|recipient)|does\\s+not\\s+exist|mailbox\\s+(?:unavailable|"
	"not\\s+found|full|is\\s+full)|recipient\\s+(?:address\\s+)?rejected|"
	"undeliverable|delivery\\s+(?:has\\s+)?failed|failed\\s+recipient|"
	"\\b5\\.\\d{1,3}\\.\\d{1,3}\\b|\\b55\\d[\\s-]|unable\\s+to\\s+deliver|"
	"couldn't\\s+be\\s+delivered|returned\\s+to\\s+sender|address\\s+rejected|"
	"kon\\s+niet\\s+worden\\s+(?:bezorgd|afgeleverd)|onbestelbaar|"
	"konnte\\s+nicht\\s+zugestellt|nicht\\s+zustellbar|host\\s+not\\s+found|"
	"not\\s+delivered|rejected|blocked|quota\\s+exceeded", CI);
/* An address as MTAs list failed recipients: "<a@b>:" or "a@b:" opening a line, or
 * after a label. */
static DmPattern listed_recipient = DM_PATTERN(
	"(?:^|\\n)\\s*<?([A-Za-z0-9._%+=&'/-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})>?\\s*[:.(]|"
	"(?:recipient|address|adres|empfänger|destinataire|to)[^\\n:]{0,30}:\\s*<?"
	"([A-Za-z0-9._%+=&'/-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})>?|"
	"<([A-Za-z0-9._%+=&'/-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})>", CI);

static gboolean
find(DmPattern *p, const char *text)
{
	DmMatch m;
	return text && dm_pattern_match(p, text, strlen(text), 0, &m);
}

/* (transfer full) the failed address a free-form report names, or NULL. */
static char *
recipient_in_text(const char *text, const char *own_from)
{
	gsize len = strlen(text);
	DmMatch m;
	for (gsize from = 0; dm_pattern_match(&listed_recipient, text, len, from, &m);
	     from = dm_match_next(&m, len)) {
		/* Groups 1-3: the address in each of the three ways of listing it. */
		for (int g = 1; g < 4; g++) {
			g_autofree char *raw = dm_match_group(&m, g);
			if (raw == NULL)
				continue;
			char *addr = dm_address_normalize(raw);
			/* The report's own sender is not the failed recipient. */
			if (addr && (own_from == NULL || strcmp(addr, own_from) != 0) &&
			    !find(&daemon_address, addr))
				return addr;
			g_free(addr);
		}
	}
	return NULL;
}

DmBounceKind
dm_bounce_detect(GMimeMessage *msg, char **recipient, const char **rule)
{
	const char *unused_rule;
	char *unused_recipient = NULL;
	if (rule == NULL)
		rule = &unused_rule;
	gboolean own_recipient = recipient == NULL;
	if (recipient == NULL)
		recipient = &unused_recipient;
	*rule = NULL;
	*recipient = NULL;
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), DM_BOUNCE_NONE);

	DmBounceKind kind = DM_BOUNCE_NONE;
	Walk w = { 0 };
	dm_message_foreach_object(msg, walk_part, &w);

	const char *subject_raw = g_mime_message_get_subject(msg);
	g_autofree char *subject = subject_raw
		? g_utf8_make_valid(subject_raw, (gssize) strnlen(subject_raw, 998)) : NULL;
	g_autofree char *from = dm_message_from_address(msg);
	g_autofree char *from_name = dm_message_from_name(msg);

	if (w.delivery_status && (w.sum.failed || w.sum.delayed || w.sum.succeeded)) {
		if (w.sum.failed) {
			kind = DM_BOUNCE_FAILED;
			*rule = "dsn_failed";
		} else if (w.sum.delayed) {
			kind = DM_BOUNCE_DELAYED;
			*rule = "dsn_delayed";
		} else {
			*rule = "dsn_delivered";
		}
	} else if (w.other_report) {
		/* Feedback reports and read receipts are not about delivery. */
		kind = DM_BOUNCE_NONE;
	} else {
		gboolean daemon = (from && find(&daemon_address, from)) ||
		                  (from_name && find(&daemon_name, from_name));
		g_autofree char *text = NULL;
		if (find(&failure_subject, subject)) {
			kind = DM_BOUNCE_FAILED;
			*rule = "subject_failure";
		} else if (find(&delay_subject, subject)) {
			kind = DM_BOUNCE_DELAYED;
			*rule = "subject_delay";
		} else if (daemon || w.delivery_status) {
			text = dm_message_text(msg);
			if (find(&failure_text, text)) {
				kind = DM_BOUNCE_FAILED;
				*rule = daemon ? "daemon_failure_text" : "dsn_failure_text";
			}
		}
	}

	if (kind == DM_BOUNCE_FAILED) {
		const char *xfr = g_mime_object_get_header(GMIME_OBJECT(msg), "X-Failed-Recipients");
		if (xfr) {
			g_autofree char *first = g_strndup(xfr, strcspn(xfr, ","));
			*recipient = dm_address_normalize(first);
		}
		if (*recipient == NULL && w.sum.recipient)
			*recipient = g_strdup(w.sum.recipient);
		if (*recipient == NULL) {
			g_autofree char *text = dm_message_text(msg);
			*recipient = recipient_in_text(text, from);
		}
	}
	g_free(w.sum.recipient);
	if (own_recipient)
		g_clear_pointer(recipient, g_free);
	return kind;
}
