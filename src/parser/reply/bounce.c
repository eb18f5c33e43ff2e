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
 * "Action: failed" with only 4.x.x statuses is an expiry (DM_BOUNCE_EXPIRED: the MTA gave
 * up retrying; final for the message, not proof that the address is dead).
 *
 * Free-form reports (qmail, old Sendmail, Exchange, hosted mail) must first have the
 * structure of a report — a report sender (MAILER-DAEMON, postmaster, "Mail Delivery
 * System"), a returned message or its headers, X-Failed-Recipients — and then a subject
 * that says so ("Undelivered Mail Returned to Sender", "Undeliverable:", "Onbestelbaar:",
 * "Unzustellbar:") or a text that reads as a failure.  Words alone never make a bounce: a
 * debtor's reply "goods not delivered" is a reply.
 *
 * The returned message (message/rfc822) or its headers (text/rfc822-headers) give the
 * Message-ID of the mail that bounced: dunmaild checks it against its outbox.
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
#define RETURNED_HEADERS_MAX (64 * 1024)

typedef struct {
	gboolean failed, delayed, succeeded;
	gboolean hard;      /* a 5.x.x status: the address (or the message) is refused */
	gboolean soft;      /* a 4.x.x status: with "failed", the MTA gave up retrying */
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

/* One per-recipient block of a delivery-status body, its fields in any order. */
typedef struct {
	char *recipient;            /* Final-Recipient, else Original-Recipient */
	gboolean final_named;
	gboolean failed, delayed, succeeded, hard, soft;
} DsnBlock;

/* Adds a finished @b to @sum and empties it. */
static void
end_block(DsnBlock *b, DsnSummary *sum)
{
	gboolean failed = b->failed || b->hard;
	sum->failed |= failed;
	sum->hard |= b->hard;
	sum->soft |= b->soft;
	sum->delayed |= b->delayed;
	sum->succeeded |= b->succeeded;
	if (failed && b->recipient && sum->recipient == NULL)
		sum->recipient = g_steal_pointer(&b->recipient);
	g_free(b->recipient);
	*b = (DsnBlock) { 0 };
}

/* Reads the per-message and per-recipient blocks of a delivery-status body (header-like
 * fields, blocks separated by empty lines, continuation lines skipped). */
static void
parse_delivery_status(const char *body, DsnSummary *sum)
{
	g_auto(GStrv) lines = g_strsplit(body, "\n", -1);
	DsnBlock b = { 0 };
	for (guint i = 0; lines[i]; i++) {
		g_strchomp(lines[i]);
		const char *l = lines[i];
		if (*l == '\0') {
			end_block(&b, sum);
			continue;
		}
		const char *colon = strchr(l, ':');
		if (colon == NULL || l[0] == ' ' || l[0] == '\t')
			continue;
		g_autofree char *name = g_ascii_strdown(l, colon - l);
		g_autofree char *value = g_strstrip(g_strdup(colon + 1));
		gboolean final = strcmp(name, "final-recipient") == 0;
		if (final || strcmp(name, "original-recipient") == 0) {
			char *r = recipient_value(value);
			if (r && (b.recipient == NULL || (final && !b.final_named))) {
				g_free(b.recipient);
				b.recipient = r;
				b.final_named |= final;
			} else {
				g_free(r);
			}
		} else if (strcmp(name, "action") == 0) {
			g_autofree char *a = g_ascii_strdown(value, -1);
			b.failed |= g_str_has_prefix(a, "failed");
			b.delayed |= g_str_has_prefix(a, "delayed");
			b.succeeded |= g_str_has_prefix(a, "delivered") || g_str_has_prefix(a, "relayed") ||
			               g_str_has_prefix(a, "expanded");
		} else if (strcmp(name, "status") == 0) {
			b.hard |= value[0] == '5';
			b.soft |= value[0] == '4';
		}
	}
	end_block(&b, sum);
}

typedef struct {
	gboolean is_report;         /* a multipart/report was seen */
	gboolean delivery_status;   /* ... with report-type delivery-status */
	gboolean other_report;      /* ... of another type (feedback, MDN) */
	gboolean returned;          /* a message/rfc822 or text/rfc822-headers part */
	char *returned_id;          /* the Message-ID of those returned headers */
	char *returned_to;          /* their To, when it names exactly one address */
	DsnSummary sum;
} Walk;

/* (transfer full) the single To address of @msg, or NULL when it names none or several. */
static char *
single_to(GMimeMessage *msg)
{
	InternetAddressList *to = g_mime_message_get_to(msg);
	if (!to || internet_address_list_length(to) != 1)
		return NULL;
	return dm_message_to_address(msg);
}

/* Reads the Message-ID and the single To of a returned message, whole or headers only,
 * into @w. */
static void
read_returned(GMimeObject *part, Walk *w)
{
	if (GMIME_IS_MESSAGE_PART(part)) {
		GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(part));
		if (inner) {
			w->returned_id = dm_message_id(inner);
			w->returned_to = single_to(inner);
		}
		return;
	}
	g_autofree char *headers = part_content(part, RETURNED_HEADERS_MAX);
	if (!headers)
		return;
	/* The headers alone read as a message with an empty body. */
	g_autofree char *as_message = g_strconcat(headers, "\n\n", NULL);
	g_autoptr(GMimeMessage) msg = dm_message_parse(as_message, strlen(as_message), NULL);
	if (msg) {
		w->returned_id = dm_message_id(msg);
		w->returned_to = single_to(msg);
	}
}

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
	} else if (g_mime_content_type_is_type(ct, "message", "rfc822") ||
	           g_mime_content_type_is_type(ct, "message", "global") ||
	           g_mime_content_type_is_type(ct, "text", "rfc822-headers") ||
	           g_mime_content_type_is_type(ct, "message", "global-headers")) {
		if (!w->returned)
			read_returned(part, w);
		w->returned = TRUE;
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
	"not\\s+delivered|rejected|blocked|quota\\s+exceeded|did\\s+not\\s+reach\\s+the\\s+"
	"following\\s+recipient|unknown\\s+recipient|name\\s+is\\s+not\\s+recognized|"
	"invalid\\s+(?:user|recipient|address|mailbox)", CI);
/* An address as MTAs list failed recipients: "<a@b>:" or "a@b:" opening a line, or
 * after a label. */
static DmPattern listed_recipient = DM_PATTERN(
	"(?:^|\\n)\\s*<?([A-Za-z0-9._%+=&'/-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})>?\\s*[:.([]|"
	"(?:recipient|address|adres|empfänger|destinataire|to)[^\\n:]{0,30}:\\s*<?"
	"([A-Za-z0-9._%+=&'/-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})>?|"
	"<([A-Za-z0-9._%+=&'/-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})>", CI);

/* Amazon SES's bounce notification, mailed by SNS as JSON (the inner message escaped):
 * "notificationType":"Bounce", "bounceType":"Permanent" or "Transient", and the failed
 * "emailAddress".  A machine format, read by its fields, not by words. */
static DmPattern ses_bounce = DM_PATTERN(
	"\\\\?\"notificationType\\\\?\"\\s*:\\s*\\\\?\"Bounce\\\\?\"[\\s\\S]{0,200}?"
	"\\\\?\"bounceType\\\\?\"\\s*:\\s*\\\\?\"(\\w+)", 0);
static DmPattern ses_recipient = DM_PATTERN(
	"\\\\?\"emailAddress\\\\?\"\\s*:\\s*\\\\?\"([^\"\\\\\\s]{3,254})", 0);

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
			/* The report's own sender is not the failed recipient (a postmaster can be). */
			if (addr && (own_from == NULL || strcmp(addr, own_from) != 0) &&
			    !g_str_has_prefix(addr, "mailer-daemon@"))
				return addr;
			g_free(addr);
		}
	}
	return NULL;
}

/* (transfer full) the text of a report: its readable text, or — when a report's MIME
 * structure is broken (a boundary that never comes, or one lost in a header continuation
 * that is not indented, so a multipart has no parts) — the prologue of the first such
 * multipart on the way down its first parts, where the report then stands.  Never NULL. */
static char *
report_text(GMimeMessage *msg)
{
	char *text = dm_message_text(msg);
	if (*text != '\0')
		return text;
	GMimeObject *obj = g_mime_message_get_mime_part(msg);
	for (int depth = 0; depth < 8 && GMIME_IS_MULTIPART(obj); depth++) {
		GMimeMultipart *mp = GMIME_MULTIPART(obj);
		if (g_mime_multipart_get_count(mp) > 0) {
			obj = g_mime_multipart_get_part(mp, 0);
			continue;
		}
		const char *prologue = g_mime_multipart_get_prologue(mp);
		if (!prologue)
			break;
		g_free(text);
		return g_utf8_make_valid(prologue, (gssize) strnlen(prologue, DELIVERY_STATUS_MAX));
	}
	return text;
}

/* A failure report's structure, as opposed to its words: a report sender (MAILER-DAEMON,
 * postmaster, "Mail Delivery System"), a returned message or its headers, or the
 * X-Failed-Recipients header MTAs add.  Subject words alone never make a bounce: a
 * debtor's "goods not delivered" is a reply. */
static gboolean
report_structure(GMimeMessage *msg, const Walk *w, const char *from, const char *from_name)
{
	GMimeObject *obj = GMIME_OBJECT(msg);
	/* "From: MAILER-DAEMON" and "From: <>" carry no address to normalize. */
	const char *raw_from = g_mime_object_get_header(obj, "From");
	g_autofree char *bounded_from = raw_from ? g_strndup(raw_from, 998) : NULL;
	/* The null envelope sender, as the delivering MTA records it (and as ingestion passes
	 * the spool envelope's on, dm-ingest-plan.h). */
	const char *return_path = g_mime_object_get_header(obj, "Return-Path");
	g_autofree char *rp = return_path ? g_strstrip(g_strndup(return_path, 998)) : NULL;
	return (from && find(&daemon_address, from)) ||
	       (from_name && find(&daemon_name, from_name)) ||
	       (!from && bounded_from && (find(&daemon_name, bounded_from) ||
	                                  strstr(bounded_from, "<>"))) ||
	       (rp && strcmp(rp, "<>") == 0) || w->returned ||
	       g_mime_object_get_header(obj, "X-Failed-Recipients") != NULL;
}

/* The kind a standard report's per-recipient fields give. */
static DmBounceKind
dsn_kind(const DsnSummary *sum, const char **rule)
{
	if (sum->hard || (sum->failed && !sum->soft)) {
		*rule = "dsn_failed";
		return DM_BOUNCE_FAILED;
	}
	if (sum->failed) {
		/* "Action: failed" with a 4.x.x status: the MTA retried until it gave up. */
		*rule = "dsn_expired";
		return DM_BOUNCE_EXPIRED;
	}
	if (sum->delayed || sum->soft) {
		*rule = "dsn_delayed";
		return DM_BOUNCE_DELAYED;
	}
	*rule = "dsn_delivered";
	return DM_BOUNCE_NONE;
}

/* The kind a free-form report's words give, once its structure says it is one. */
static DmBounceKind
free_form_kind(GMimeMessage *msg, const char *subject, const char **rule)
{
	if (find(&delay_subject, subject)) {
		*rule = "subject_delay";
		return DM_BOUNCE_DELAYED;
	}
	if (find(&failure_subject, subject)) {
		*rule = "subject_failure";
		return DM_BOUNCE_FAILED;
	}
	g_autofree char *text = report_text(msg);
	if (find(&failure_text, text)) {
		*rule = "report_failure_text";
		return DM_BOUNCE_FAILED;
	}
	return DM_BOUNCE_NONE;
}

/* An SES notification in @text: its kind, and its failed address into *@recipient. */
static DmBounceKind
ses_kind(const char *text, char **recipient, const char **rule)
{
	DmMatch m;
	gsize len = strlen(text);
	if (!dm_pattern_match(&ses_bounce, text, len, 0, &m))
		return DM_BOUNCE_NONE;
	g_autofree char *type = dm_match_group(&m, 1);
	DmMatch r;
	if (dm_pattern_match(&ses_recipient, text, len, 0, &r)) {
		g_autofree char *addr = dm_match_group(&r, 1);
		*recipient = dm_address_normalize(addr);
	}
	*rule = "ses_notification";
	/* SES notifies a "Transient" bounce once it has given up retrying. */
	return g_strcmp0(type, "Permanent") == 0 ? DM_BOUNCE_FAILED : DM_BOUNCE_EXPIRED;
}

void
dm_bounce_report_clear(DmBounceReport *r)
{
	g_clear_pointer(&r->recipient, g_free);
	g_clear_pointer(&r->returned_message_id, g_free);
	r->kind = DM_BOUNCE_NONE;
	r->rule = NULL;
}

DmBounceKind
dm_bounce_detect(GMimeMessage *msg, DmBounceReport *out)
{
	*out = (DmBounceReport) { .kind = DM_BOUNCE_NONE };
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), DM_BOUNCE_NONE);

	Walk w = { 0 };
	dm_message_foreach_object(msg, walk_part, &w);

	const char *subject_raw = g_mime_message_get_subject(msg);
	g_autofree char *subject = subject_raw
		? g_utf8_make_valid(subject_raw, (gssize) strnlen(subject_raw, 998)) : NULL;
	g_autofree char *from = dm_message_from_address(msg);
	g_autofree char *from_name = dm_message_from_name(msg);

	if (w.delivery_status && !(w.sum.failed || w.sum.delayed || w.sum.succeeded)) {
		/* A report whose parts never parsed: its fields may stand in the text. */
		g_autofree char *text = report_text(msg);
		parse_delivery_status(text, &w.sum);
	}
	DmBounceKind kind = DM_BOUNCE_NONE;
	if (w.delivery_status && (w.sum.failed || w.sum.delayed || w.sum.succeeded || w.sum.soft ||
	                          w.sum.hard))
		kind = dsn_kind(&w.sum, &out->rule);
	else if (w.other_report)
		kind = DM_BOUNCE_NONE;      /* feedback reports and read receipts */
	else if (w.delivery_status || report_structure(msg, &w, from, from_name))
		kind = free_form_kind(msg, subject, &out->rule);
	if (kind == DM_BOUNCE_NONE && !w.other_report && !w.delivery_status) {
		g_autofree char *text = dm_message_text(msg);
		kind = ses_kind(text, &out->recipient, &out->rule);
	}

	if (kind == DM_BOUNCE_FAILED || kind == DM_BOUNCE_EXPIRED) {
		const char *xfr = g_mime_object_get_header(GMIME_OBJECT(msg), "X-Failed-Recipients");
		if (xfr && out->recipient == NULL) {
			g_autofree char *first = g_strndup(xfr, strcspn(xfr, ","));
			out->recipient = dm_address_normalize(first);
		}
		if (out->recipient == NULL && w.sum.recipient)
			out->recipient = g_strdup(w.sum.recipient);
		if (out->recipient == NULL) {
			g_autofree char *text = report_text(msg);
			out->recipient = recipient_in_text(text, from);
		}
		/* Last: the returned message went to one address only, so that one failed. */
		if (out->recipient == NULL)
			out->recipient = g_steal_pointer(&w.returned_to);
	}
	gboolean delivered = g_strcmp0(out->rule, "dsn_delivered") == 0;
	if (delivered && out->recipient == NULL)
		out->recipient = g_strdup(w.sum.recipient);
	if (kind != DM_BOUNCE_NONE || delivered)
		out->returned_message_id = g_steal_pointer(&w.returned_id);
	g_free(w.returned_id);
	g_free(w.returned_to);
	g_free(w.sum.recipient);
	out->kind = kind;
	return kind;
}
