/* bounce: is a message a report that mail we sent could not be delivered?
 *
 * Standard reports (RFC 3464: multipart/report; report-type=delivery-status) are read
 * from their message/delivery-status part: per-recipient blocks with Final-Recipient,
 * Action and Status.  "Action: failed" or a 5.x.x status is a failure; "delayed" or
 * 4.x.x only is a delay notice (the MTA is still trying: DM_BOUNCE_DELAYED, which the
 * analysis reports as an automatic message with no effect, never as a bounce);
 * "delivered", "relayed", "expanded" are success reports (not a bounce).  Other reports
 * (feedback-report, disposition-notification) are not bounces, but for a Sieve reject
 * (RFC 5429: a disposition notification "automatic-action/…; deleted" whose words say the
 * mail was refused, bounce_mdn.c): the debtor's own filter refused it, a failure.
 *
 * A report the business's own people attach to a mail of theirs ("FYI", "zie hieronder")
 * is read as the report it attaches, when that report went to the business (its addressee
 * of the organisation the mail is addressed to); a debtor who attaches the bounce of his
 * own forward replies.  A server's warning to the owner that this mailbox is (nearly)
 * full quotes the refusal senders will get, but is no report (own_quota_warning); nor is
 * an MTA's transcript of an SMTP session for its own postmaster ("Postfix SMTP server:
 * errors from …"), nor a person's answer that tells of a report's codes (bounce_person.c).
 *
 * "Action: failed" with only 4.x.x statuses is an expiry (DM_BOUNCE_EXPIRED: the MTA gave
 * up retrying; final for the message, not proof that the address is dead), and so is the
 * non-standard "Action: expired" some senders write.
 *
 * Free-form reports (qmail, Exim, old Sendmail, Exchange 2003, Lotus Notes, hosted mail)
 * must first have the structure of a report — a report sender (MAILER-DAEMON, postmaster,
 * "Mail Delivery System"), the null envelope sender, X-Failed-Recipients, the fixed
 * opening sentence of a known MTA's report, or a returned message on a message marked
 * Auto-Submitted — and then a subject or a text that says what happened (bounce_text.c:
 * a delay, a hard failure, or an expiry when the server gave up retrying).  Words alone
 * never make a bounce: a debtor's reply "goods not delivered" is a reply; nor does a
 * returned message alone: a debtor who forwards our reminder as an attachment replies.
 *
 * The returned message (message/rfc822) or its headers (text/rfc822-headers), or else the
 * header block a free-form report returns inline below its text, give the Message-ID of
 * the mail that bounced: dunmaild checks it against its outbox.
 *
 * The failed recipient: of the addresses X-Failed-Recipients, else the failed blocks'
 * Original-Recipient (the address we wrote to) or Final-Recipient, else the addresses the
 * text lists the way MTAs do (bounce_text.c), the one the returned message was written to
 * (bounce_recipient.c); else the single To of the returned message.  A block whose Action
 * is "delayed" is a delay whatever its Status ("Action: delayed", "Status: 5.0.0 …
 * will retry"): the MTA says it goes on trying.
 *
 * Failure classes: none; a report we cannot read is simply not a bounce.  The MIME tree is
 * read with the shared bounded walk (dm_message_foreach_object: at most DM_MAX_PARTS
 * objects, attached messages not entered), at most DELIVERY_STATUS_MAX bytes of a
 * delivery-status part and about twice TEXTS_MAX bytes of text parts. */
#include "parser/reply/dm-bounce.h"
#include "parser/reply/dm-bounce-mdn.h"
#include "parser/reply/dm-bounce-message-id.h"
#include "parser/reply/dm-bounce-person.h"
#include "parser/reply/dm-bounce-recipient.h"
#include "parser/reply/dm-bounce-text.h"
#include "parser/reply/dm-report-sender.h"
#include "parser/reply/dm-reply-quote.h"
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-part.h"
#include "parser/text/dm-pattern.h"
#include "common/dm-address.h"

#include <string.h>

#define DELIVERY_STATUS_MAX (64 * 1024)
#define RETURNED_HEADERS_MAX (64 * 1024)
#define TEXTS_MAX (64 * 1024)

typedef struct {
	gboolean failed, delayed, succeeded;
	gboolean hard;      /* a 5.x.x status: the address (or the message) is refused */
	gboolean soft;      /* a 4.x.x status: with "failed", the MTA gave up retrying */
	gboolean undefined; /* 5.0.0, which says "failed" and nothing of why */
	guint failed_blocks; /* recipients the report says failed */
	GPtrArray *failed_recipients; /* (element-type utf8) every failed one, in order, at most
	                               * DM_BOUNCE_TEXT_MAX_RECIPIENTS; NULL if none */
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
	/* Original-Recipient is the address as the sender gave it (RFC 3464 2.3.1), the one
	 * dunmail wrote to; Final-Recipient may be an alias's target the debtor's server
	 * rewrote it to, which no invoice names. */
	char *original, *final;
	gboolean failed, delayed, succeeded, hard, soft, undefined;
	char *status;       /* its Status, to read with the Diagnostic-Code */
	char *diagnostic;   /* its Diagnostic-Code's first line */
} DsnBlock;

/* Adds a finished @b to @sum and empties it. */
static void
end_block(DsnBlock *b, DsnSummary *sum)
{
	/* A routing code on a message that expired in the queue (Exchange Online's 550 5.4.316
	 * "Message expired, connection refused"): the MTA gave up, an expiry. */
	if (b->hard && b->status && b->diagnostic &&
	    dm_bounce_text_expired_routing(b->status, b->diagnostic, strlen(b->diagnostic))) {
		b->hard = FALSE;
		b->soft = TRUE;
	}
	/* The Action says what the MTA does: "delayed" goes on trying, whatever the code. */
	if (b->delayed && !b->failed) {
		b->hard = b->undefined = FALSE;
		b->soft = TRUE;
	}
	gboolean failed = b->failed || b->hard || b->undefined;
	sum->failed |= failed;
	sum->failed_blocks += failed;
	sum->hard |= b->hard;
	sum->undefined |= b->undefined;
	sum->soft |= b->soft;
	sum->delayed |= b->delayed;
	sum->succeeded |= b->succeeded;
	char **named = b->original ? &b->original : &b->final;
	if (failed && *named && sum->failed_recipients == NULL)
		sum->failed_recipients = g_ptr_array_new_with_free_func(g_free);
	if (failed && *named && sum->failed_recipients->len < DM_BOUNCE_TEXT_MAX_RECIPIENTS)
		g_ptr_array_add(sum->failed_recipients, g_steal_pointer(named));
	g_free(b->original);
	g_free(b->final);
	g_free(b->status);
	g_free(b->diagnostic);
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
		char **field = strcmp(name, "original-recipient") == 0 ? &b.original
		             : strcmp(name, "final-recipient") == 0 ? &b.final : NULL;
		if (field) {
			if (*field == NULL)
				*field = recipient_value(value);
		} else if (strcmp(name, "action") == 0) {
			g_autofree char *a = g_ascii_strdown(value, -1);
			b.failed |= g_str_has_prefix(a, "failed");
			/* Not in RFC 3464, but some senders (SendGrid) write it for a message they
			 * gave up retrying: "failed" with an implied 4.4.7, an expiry. */
			if (g_str_has_prefix(a, "expired")) {
				b.failed = TRUE;
				b.soft = TRUE;
			}
			b.delayed |= g_str_has_prefix(a, "delayed");
			b.succeeded |= g_str_has_prefix(a, "delivered") || g_str_has_prefix(a, "relayed") ||
			               g_str_has_prefix(a, "expanded");
		} else if (strcmp(name, "diagnostic-code") == 0) {
			if (b.diagnostic == NULL)
				b.diagnostic = g_steal_pointer(&value);
		} else if (strcmp(name, "status") == 0) {
			if (b.status == NULL)
				b.status = g_strdup(value);
			/* X.4.7 is "delivery time expired" (RFC 3463) whatever its class: some MTAs
			 * write 5.4.7 for a message they gave up on, which proves nothing about the
			 * address. */
			gboolean expiry = g_str_has_prefix(value + (value[0] ? 1 : 0), ".4.7") &&
			                  !g_ascii_isdigit(value[value[0] ? 5 : 0]);
			/* X.0.0 is "other or undefined" (RFC 3463): Exim writes 5.0.0 for every
			 * failure it has no code for, "retry timeout exceeded" among them. */
			gboolean undefined = g_str_has_prefix(value, "5.0.0") &&
			                     !g_ascii_isdigit(value[5]);
			b.undefined |= undefined;
			b.hard |= value[0] == '5' && !expiry && !undefined;
			b.soft |= value[0] == '4' || (value[0] == '5' && expiry);
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
	GPtrArray *written;         /* (element-type utf8) their To and Cc; NULL if unknown */
	gboolean forwarded;         /* their headers say the mail was forwarded on the way, or
	                             * they are a report's, about a mailbox of ours */
	DsnSummary sum;
	GPtrArray *text_parts;      /* (element-type GMimeObject) (transfer none) the parts
	                             * whose text goes into @texts, in the walk's order;
	                             * NULL if none */
	GString *texts;             /* the text/plain parts, where a returned message's headers
	                             * may stand; NULL if none */
	guint depth;                /* 1 inside a report that a report returns */
	DmBounceKind attached_kind; /* the failure or expiry an attached report is, returning
	                             * a message (@returned_id, its recipient @returned_to);
	                             * DM_BOUNCE_NONE when the attachment is no such report */
	char *attached_to;          /* that report's own addressee, or NULL */
	DmBounceMdn mdn;            /* a disposition notification's fields */
	char *glued_id;             /* the Message-ID of a part whose own headers are those of
	                             * the returned message, or NULL */
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

static DmBounceKind detect(GMimeMessage *msg, const char *body, DmBounceReport *out,
                          guint depth);

/* TRUE when @obj carries a header a forwarder adds ("X-Forwarded-To", "X-Forwarded-For",
 * "X-Forwarded-By"). */
static gboolean
forwarded_headers(GMimeObject *obj)
{
	GMimeHeaderList *headers = g_mime_object_get_header_list(obj);
	int n = headers ? g_mime_header_list_get_count(headers) : 0;
	for (int i = 0; i < n && i < 256; i++) {
		const char *name = g_mime_header_get_name(g_mime_header_list_get_header_at(headers, i));
		if (name && g_ascii_strncasecmp(name, "X-Forwarded-", 12) == 0)
			return TRUE;
	}
	return FALSE;
}

/* Makes @address (nullable: none known) the only one @w's returned message was written to. */
static void
written_only(Walk *w, const char *address)
{
	g_clear_pointer(&w->written, g_ptr_array_unref);
	if (address == NULL)
		return;
	w->written = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(w->written, g_strdup(address));
}

/* Reads the Message-ID and the single To of a returned message, whole or headers only,
 * into @w.  A returned message that is itself a failure report (a gateway that wraps the
 * bounce it received) gives the failed recipient and the Message-ID of the message it
 * returns; a returned message whose headers GMime did not find (an empty line before
 * them) is read as text. */
static void
read_returned(GMimeObject *part, Walk *w)
{
	if (GMIME_IS_MESSAGE_PART(part)) {
		GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(part));
		if (inner == NULL)
			return;
		if (w->depth < 1) {
			DmBounceReport r;
			DmBounceKind k = detect(inner, NULL, &r, w->depth + 1);
			if ((k == DM_BOUNCE_FAILED || k == DM_BOUNCE_EXPIRED) && r.returned_message_id) {
				/* A report about a report: its own failure is about the
				 * mailbox the inner report went to (ours); the inner one's
				 * recipient is the one dunmail wrote to.  The same holds
				 * when a person attaches the report (report_forwarded_to_us). */
				w->returned_id = g_steal_pointer(&r.returned_message_id);
				w->returned_to = g_steal_pointer(&r.recipient);
				written_only(w, w->returned_to);
				w->forwarded = TRUE;
				w->attached_kind = k;
				w->attached_to = dm_message_to_address(inner);
				dm_bounce_report_clear(&r);
				return;
			}
			dm_bounce_report_clear(&r);
		}
		w->returned_id = dm_message_id(inner);
		w->returned_to = single_to(inner);
		w->written = dm_message_recipients(inner);
		w->forwarded = forwarded_headers(GMIME_OBJECT(inner));
		if (w->returned_id == NULL) {
			g_autofree char *serialized = g_mime_object_to_string(GMIME_OBJECT(inner), NULL);
			g_autofree char *valid = g_utf8_make_valid(serialized, (gssize) strnlen(
				serialized, RETURNED_HEADERS_MAX));
			g_clear_pointer(&w->returned_to, g_free);
			dm_bounce_text_returned(valid, &w->returned_id, &w->returned_to);
			written_only(w, w->returned_to);
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
		w->written = dm_message_recipients(msg);
		w->forwarded = forwarded_headers(GMIME_OBJECT(msg));
	}
}

/* Notes @part as one whose text a returned message's headers may stand in.  Only a
 * report needs that text (walk_texts), and most messages are none: a person's reply
 * would decode its text part again here for nothing. */
static void
add_text_part(Walk *w, GMimeObject *part)
{
	if (w->text_parts == NULL)
		w->text_parts = g_ptr_array_new();
	g_ptr_array_add(w->text_parts, part);
}

/* Appends @body to the texts a returned message's headers may stand in. */
static void
add_text(GString **texts, const char *body)
{
	if (*texts == NULL)
		*texts = g_string_new(NULL);
	if ((*texts)->len < 2 * TEXTS_MAX)
		g_string_append(g_string_append(*texts, body), "\n\n");
}

/* (transfer none) (nullable) the texts of the parts add_text_part noted, read on the
 * first call: a delivery-status part's whole (it may hold the returned headers when its
 * boundary never closes), a text/plain part's while the texts before it are shorter than
 * TEXTS_MAX; NULL when none has any. */
static const char *
walk_texts(Walk *w)
{
	if (w->texts == NULL && w->text_parts != NULL) {
		for (guint i = 0; i < w->text_parts->len; i++) {
			GMimeObject *part = g_ptr_array_index(w->text_parts, i);
			gboolean status = !g_mime_content_type_is_type(
				g_mime_object_get_content_type(part), "text", "plain");
			if (!status && w->texts != NULL && w->texts->len >= TEXTS_MAX)
				continue;
			g_autofree char *body = part_content(part, status ? DELIVERY_STATUS_MAX
			                                                  : TEXTS_MAX);
			if (body)
				add_text(&w->texts, body);
		}
		g_clear_pointer(&w->text_parts, g_ptr_array_unref);
	}
	return w->texts ? w->texts->str : NULL;
}

/* (transfer full) the message-ID the header @name of @obj holds (dm_bounce_message_id). */
static char *
header_message_id(GMimeObject *obj, const char *name)
{
	return dm_bounce_message_id(g_mime_object_get_header(obj, name));
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
	/* A returned message whose part header was lost: its headers became the part's. */
	if (w->glued_id == NULL && GMIME_IS_PART(part) &&
	    (g_mime_object_get_header(part, "From") || g_mime_object_get_header(part, "Received")))
		w->glued_id = header_message_id(part, "Message-ID");
	if (g_mime_content_type_is_type(ct, "message", "delivery-status") ||
	    g_mime_content_type_is_type(ct, "message", "global-delivery-status")) {
		w->delivery_status = TRUE;
		g_autofree char *body = part_content(part, DELIVERY_STATUS_MAX);
		if (body)
			parse_delivery_status(body, &w->sum);
		/* A boundary that never closes leaves the returned headers in here. */
		add_text_part(w, part);
	} else if (g_mime_content_type_is_type(ct, "message", "disposition-notification")) {
		g_autofree char *body = part_content(part, DELIVERY_STATUS_MAX);
		if (body)
			dm_bounce_mdn_read(body, &w->mdn);
	} else if (g_mime_content_type_is_type(ct, "message", "rfc822") ||
	           g_mime_content_type_is_type(ct, "message", "partial") ||
	           g_mime_content_type_is_type(ct, "message", "global") ||
	           g_mime_content_type_is_type(ct, "text", "rfc822-headers") ||
	           g_mime_content_type_is_type(ct, "message", "global-headers")) {
		if (!w->returned)
			read_returned(part, w);
		w->returned = TRUE;
	} else if (g_mime_content_type_is_type(ct, "text", "plain")) {
		/* Some reports return the message's headers in a text part of their own. */
		add_text_part(w, part);
	}
	return TRUE;
}

#define CI PCRE2_CASELESS

/* Addresses that only machines write from; with a returned message, a report.  A mailing
 * list's bounce address (Mailman's list-bounces@) is among them: a list that refuses a post
 * sends it back from there or from its list-owner@ or list-request@, which are also
 * people's mailboxes ("service-request@", "winkel-owner@") and count only beside the
 * headers a list writes (list_admin_mail). */
static DmPattern machine_address = DM_PATTERN(
	"^(?:no-?reply|do-?not-?reply|donotreply)(?:[-+.][^@]*)?@|^[^@\\s]+-bounces(?:\\+[^@]*)?@", CI);
static DmPattern list_admin_address = DM_PATTERN("^[^@\\s]+-(?:owner|request)@", CI);
/* Amazon SES's bounce notification, mailed by SNS as JSON (the inner message escaped):
 * "notificationType":"Bounce", "bounceType":"Permanent" or "Transient", and the failed
 * "emailAddress".  A machine format, read by its fields, not by words. */
static DmPattern ses_bounce = DM_PATTERN(
	"\\\\?\"notificationType\\\\?\"\\s*:\\s*\\\\?\"Bounce\\\\?\"[\\s\\S]{0,200}?"
	"\\\\?\"bounceType\\\\?\"\\s*:\\s*\\\\?\"(\\w+)", 0);
static DmPattern ses_recipient = DM_PATTERN(
	"\\\\?\"emailAddress\\\\?\"\\s*:\\s*\\\\?\"([^\"\\\\\\s]{3,254})", 0);

/* (transfer full) the text of a report: its readable text (@body, dm_message_text's
 * answer, when the caller has it, else read here), or — when a report's MIME
 * structure is broken (a boundary that never comes, or one lost in a header continuation
 * that is not indented, so a multipart has no parts) — the prologue of the first such
 * multipart on the way down its first parts, where the report then stands.  Never NULL. */
static char *
report_text(GMimeMessage *msg, const char *body)
{
	char *text = body ? g_strdup(body) : dm_message_text(msg);
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

/* TRUE when an Auto-Submitted header marks @msg as written by a machine (RFC 3834: any
 * value but "no"). */
static gboolean
auto_submitted(GMimeMessage *msg)
{
	const char *v = g_mime_object_get_header(GMIME_OBJECT(msg), "Auto-Submitted");
	g_autofree char *value = v ? g_strstrip(g_ascii_strdown(v, strnlen(v, 64))) : NULL;
	return value && *value && !g_str_has_prefix(value, "no");
}

/* A mailing list's own notice: sent from its -owner@ or -request@ address with the headers
 * only list software writes (Mailman's X-List-Administrivia, a List-Id).  A company's
 * "service-request@" mailbox forwarding our reminder with a complaint has neither. */
static gboolean
list_admin_mail(GMimeMessage *msg, const char *from)
{
	GMimeObject *obj = GMIME_OBJECT(msg);
	return from && dm_pattern_found(&list_admin_address, from) &&
	       (g_mime_object_get_header(obj, "X-List-Administrivia") != NULL ||
	        g_mime_object_get_header(obj, "List-Id") != NULL);
}

/* An MTA's opening in @text above any mail it passes on: a person who forwards a bounce
 * inline ("mijn mail kwam terug, klopt het adres?" over "-------- Doorgestuurd bericht
 * --------") writes a reply, and the report below the forward line is not this mail's. */
static gboolean
mta_opening_of_own(const char *text, const char **mta)
{
	if (!dm_bounce_text_mta(text, mta))
		return FALSE;
	g_autofree char *own = dm_reply_before_original(text);
	return dm_bounce_text_mta(own, mta);
}

/* A failure report's structure, as opposed to its words: a report sender (MAILER-DAEMON,
 * postmaster, "Mail Delivery System"), the null envelope sender, the X-Failed-Recipients
 * header MTAs add, the fixed opening sentence of a known MTA's report (@text), or a
 * returned message on a message a machine marked as automatic.  *@rule (transfer none)
 * names the MTA when its opening decided.  Subject words never make a bounce: a debtor's
 * "goods not delivered" is a reply; nor does a returned message alone: a debtor who
 * forwards our reminder as an attachment is replying. */
static gboolean
report_structure(GMimeMessage *msg, const Walk *w, const char *from, const char *text,
                 const char **mta)
{
	GMimeObject *obj = GMIME_OBJECT(msg);
	/* "From: MAILER-DAEMON" and "From: <>" carry no address to normalize. */
	const char *raw_from = g_mime_object_get_header(obj, "From");
	g_autofree char *bounded_from = raw_from ? g_strndup(raw_from, 998) : NULL;
	/* The null envelope sender, as the delivering MTA records it (and as ingestion passes
	 * the spool envelope's on, dm-ingest-plan.h). */
	const char *return_path = g_mime_object_get_header(obj, "Return-Path");
	g_autofree char *rp = return_path ? g_strstrip(g_strndup(return_path, 998)) : NULL;
	return dm_report_sender(msg, DM_REPORT_SENDER_WITH_POSTMASTER) ||
	       (!from && bounded_from && strstr(bounded_from, "<>")) ||
	       (rp && strcmp(rp, "<>") == 0) ||
	       g_mime_object_get_header(obj, "X-Failed-Recipients") != NULL ||
	       mta_opening_of_own(text, mta) ||
	       (w->returned && (auto_submitted(msg) || (from && dm_pattern_found(&machine_address, from)) ||
	                        list_admin_mail(msg, from)));
}

/* TRUE when @a and @b (normalized addresses) are of one domain, or one's domain is under
 * the other's ("mail.firm.example" under "firm.example").  On a free-mail provider's domain
 * only one mailbox is one organisation: a debtor at gmail.com is no colleague of a
 * business at gmail.com. */
static gboolean
same_organisation(const char *a, const char *b)
{
	const char *da = a ? dm_address_domain(a) : NULL;
	const char *db = b ? dm_address_domain(b) : NULL;
	if (!da || !db)
		return FALSE;
	g_autofree char *lower_a = g_ascii_strdown(da, -1);
	g_autofree char *lower_b = g_ascii_strdown(db, -1);
	if (dm_address_free_mail_domain(lower_a) || dm_address_free_mail_domain(lower_b))
		return g_ascii_strcasecmp(a, b) == 0;
	gsize la = strlen(da), lb = strlen(db);
	const char *longer = la >= lb ? da : db, *shorter = la >= lb ? db : da;
	gsize cut = strlen(longer) - strlen(shorter);
	return g_ascii_strcasecmp(longer + cut, shorter) == 0 && (cut == 0 || longer[cut - 1] == '.');
}

/* A report the business's own people pass on as an attachment ("FYI", "zie hieronder": the
 * report reached their IT's or a colleague's mailbox, or the owner's phone): their mail is
 * no report, the one attached is, when it went to the business — its addressee of the
 * organisation @msg is addressed to.  A debtor who attaches the bounce of his own forward
 * attaches one addressed to himself: that is a reply. */
static gboolean
report_forwarded_to_us(GMimeMessage *msg, const Walk *w)
{
	if (w->attached_kind == DM_BOUNCE_NONE || w->is_report)
		return FALSE;
	g_autofree char *to = dm_message_to_address(msg);
	return same_organisation(to, w->attached_to);
}

/* The addressee line of a forward's header block over a pasted report, in the mail
 * programs' languages, within the block's reach. */
#define PASTED_HEADER_REACH 1024
static DmPattern pasted_to = DM_PATTERN(
	"^[ \\t*]*(?:To|Aan|An|À|Para)[ \\t*]*:[ \\t]*([^\\n]+)", CI | PCRE2_MULTILINE);

/* A report the business's own people paste under their words ("Kun jij die klant even
 * bellen?" over "-----Oorspronkelijk bericht----- Van: postmaster@…"): the report reached a
 * colleague's or a shared mailbox, and the colleague passes it on inline.  Their mail is no
 * report, the one below the forward line is, when an MTA's opening sentence begins it and
 * the forward's header says it went to the business's address the mail is sent to.  A
 * debtor who pastes the bounce of his own mail writes from outside the business: a reply
 * (mta_opening_of_own).  Returns where the pasted report begins in @text, or NULL. */
static const char *
report_pasted_by_us(GMimeMessage *msg, const Walk *w, const char *from, const char *text)
{
	if (w->returned || w->delivery_status || w->other_report || !from)
		return NULL;
	g_autofree char *to = dm_message_to_address(msg);
	if (!same_organisation(from, to))
		return NULL;
	g_autofree char *own = dm_reply_before_original(text);
	gsize at = strlen(own);
	/* The split is made on a valid UTF-8 copy: a text it changed is not cut by its length. */
	if (at == 0 || strncmp(own, text, at) != 0 || text[at] == '\0')
		return NULL;
	const char *mta = NULL;
	if (!dm_bounce_text_mta(text + at, &mta))
		return NULL;
	/* ... and the report went to the business: the forward's header names the address
	 * this mail is sent to ("Aan: billing+dm-…@…" over a mail to billing@).  A debtor on
	 * the business's own mail provider who pastes the bounce of her forward to someone
	 * else pasted one addressed to herself. */
	DmMatch m;
	gsize reach = strnlen(text + at, PASTED_HEADER_REACH);
	if (!dm_pattern_match(&pasted_to, text + at, reach, 0, &m))
		return NULL;
	g_autofree char *line = dm_match_group(&m, 1);
	g_autofree char *addressee = dm_address_normalize(line);
	return dm_address_same_mailbox(addressee, to) ? text + at : NULL;
}

/* Appends to @out the failed addresses the words @text of the report @msg (sent by @from,
 * nullable) list: never its own sender or addressee, since a report goes back to the
 * sender of the failed mail. */
static void
text_recipients(GMimeMessage *msg, const char *from, const char *text, GPtrArray *out)
{
	g_autofree char *to = dm_message_to_address(msg);
	const char *not_these[3] = { NULL };
	int n = 0;
	if (from)
		not_these[n++] = from;
	if (to)
		not_these[n++] = to;
	dm_bounce_text_recipients(text, not_these, out);
}

/* The owner's own quota warning, sent from the postmaster's address and quoting the
 * refusal senders will get ("552 5.2.2 Mailbox full"), has a report's structure and words:
 * it is none when it says the reader's own mailbox is (nearly) full, returns no message and
 * names no address but its sender's and its reader's.  A report that a debtor's mailbox is
 * full returns the reminder or names the debtor. */
static gboolean
own_quota_warning(GMimeMessage *msg, Walk *w, const char *subject, const char *text,
                  const char *from)
{
	if (w->delivery_status || w->returned || !dm_bounce_text_own_quota(subject, text) ||
	    g_mime_object_get_header(GMIME_OBJECT(msg), "X-Failed-Recipients") != NULL)
		return FALSE;
	g_autofree char *id = NULL;
	g_autofree char *returned_to = NULL;
	if (dm_bounce_text_returned(text, &id, &returned_to))
		return FALSE;
	g_autoptr(GPtrArray) named = g_ptr_array_new_with_free_func(g_free);
	text_recipients(msg, from, text, named);
	return named->len == 0;
}

/* A quota warning that comes with no report's structure (a hosting panel's, from its own
 * address) says so in its subject, and answers no mail: a person who tells us about a full
 * mailbox writes it in a reply's words. */
static gboolean
quota_notice_subject(GMimeMessage *msg, const char *subject)
{
	GMimeObject *obj = GMIME_OBJECT(msg);
	return g_mime_object_get_header(obj, "In-Reply-To") == NULL &&
	       g_mime_object_get_header(obj, "References") == NULL &&
	       dm_bounce_text_own_quota(subject, NULL);
}

/* The kind a standard report's per-recipient fields give; @text, its own words, decide
 * what an undefined 5.0.0 means. */
static DmBounceKind
dsn_kind(const DsnSummary *sum, const char *text, const char **rule)
{
	/* The words are the whole report's: they speak for its one recipient only (of two,
	 * one may have timed out and the other be unroutable). */
	if (sum->failed && !sum->hard && !sum->soft && sum->undefined &&
	    sum->failed_blocks == 1 && dm_bounce_text_gave_up(text)) {
		*rule = "dsn_gave_up";
		return DM_BOUNCE_EXPIRED;
	}
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

/* Appends to @out each address of the X-Failed-Recipients header of @msg, normalized. */
static void
x_failed_recipients(GMimeMessage *msg, GPtrArray *out)
{
	const char *xfr = g_mime_object_get_header(GMIME_OBJECT(msg), "X-Failed-Recipients");
	g_auto(GStrv) parts = xfr ? g_strsplit(xfr, ",", DM_BOUNCE_TEXT_MAX_RECIPIENTS) : NULL;
	for (guint i = 0; parts && parts[i]; i++) {
		char *addr = dm_address_normalize(parts[i]);
		if (addr)
			g_ptr_array_add(out, addr);
	}
}

/* The failed recipient of a failure or expiry: of the addresses X-Failed-Recipients names,
 * else the standard report's failed blocks, else the report's text lists, the one the
 * returned message was written to (dm_bounce_recipient_choose); with none, the single To
 * of the returned message (it went to that one address only, so that one failed).
 * (transfer full) */
static char *
recipient_named(GMimeMessage *msg, Walk *w, const char *text, const char *from,
                char **inline_to)
{
	g_autoptr(GPtrArray) failed = g_ptr_array_new_with_free_func(g_free);
	x_failed_recipients(msg, failed);
	GPtrArray *blocks = failed->len == 0 ? w->sum.failed_recipients : NULL;
	for (guint i = 0; blocks && i < blocks->len; i++)
		g_ptr_array_add(failed, g_strdup(g_ptr_array_index(blocks, i)));
	if (failed->len == 0) {
		text_recipients(msg, from, text, failed);
		if (failed->len == 0 && walk_texts(w))
			text_recipients(msg, from, walk_texts(w), failed);
	}
	const char *written_to = w->returned_to ? w->returned_to : *inline_to;
	if (w->written == NULL && *inline_to)
		written_only(w, *inline_to);
	gboolean forwarded = w->forwarded || forwarded_headers(GMIME_OBJECT(msg)) ||
	                     dm_bounce_text_forwarded(text) || dm_bounce_text_forwarded(walk_texts(w));
	char *chosen = dm_bounce_recipient_choose(failed, w->written, written_to, forwarded);
	if (chosen)
		return chosen;
	return w->returned_to ? g_steal_pointer(&w->returned_to) : g_steal_pointer(inline_to);
}

/* (transfer full) the failed recipient (recipient_named), or the address it was made from
 * when the report says so ("sally@… (generated from orders@…)", "<marieke@…> (expanded
 * from <info@…>)"): the debtor's server forwarded or expanded the address dunmail wrote to,
 * and that address is the one the invoice names. */
static char *
failed_recipient(GMimeMessage *msg, Walk *w, const char *text, const char *from,
                 char **inline_to)
{
	char *named = recipient_named(msg, w, text, from, inline_to);
	char *origin = named ? dm_bounce_text_alias_origin(text, named) : NULL;
	if (origin == NULL && named && walk_texts(w))
		origin = dm_bounce_text_alias_origin(walk_texts(w), named);
	if (origin == NULL)
		return named;
	g_free(named);
	return origin;
}

/* (transfer full) the Message-ID of the mail a report with no returned headers answers:
 * one its words give under a label ("Bericht-ID<TAB><…>"), else the one its In-Reply-To
 * names (a hosted server's HTML report that returns nothing); NULL if none. */
static char *
report_answers(GMimeMessage *msg, const char *text, Walk *w)
{
	char *id = dm_bounce_text_labelled_id(text);
	if (id == NULL && walk_texts(w))
		id = dm_bounce_text_labelled_id(walk_texts(w));
	/* A report may print its own ID for questions about it ("Message-ID <…>" in its
	 * table): that one names no mail of ours. */
	g_autofree char *own = dm_message_id(msg);
	if (id && own && g_ascii_strcasecmp(id, own) == 0)
		g_clear_pointer(&id, g_free);
	if (id)
		return id;
	return header_message_id(GMIME_OBJECT(msg), "In-Reply-To");
}

DmBounceKind
dm_bounce_detect(GMimeMessage *msg, DmBounceReport *out)
{
	*out = (DmBounceReport) { .kind = DM_BOUNCE_NONE };
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), DM_BOUNCE_NONE);
	return detect(msg, NULL, out, 0);
}

DmBounceKind
dm_bounce_detect_text(GMimeMessage *msg, const char *body, DmBounceReport *out)
{
	*out = (DmBounceReport) { .kind = DM_BOUNCE_NONE };
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg) && body != NULL, DM_BOUNCE_NONE);
	return detect(msg, body, out, 0);
}

/* dm_bounce_detect at @depth: 0 for the message itself, 1 for a report it returns;
 * @body (nullable) is the message's dm_message_text, when the caller has read it. */
static DmBounceKind
detect(GMimeMessage *msg, const char *body, DmBounceReport *out, guint depth)
{
	*out = (DmBounceReport) { .kind = DM_BOUNCE_NONE };
	Walk w = { .depth = depth };
	dm_message_foreach_object(msg, walk_part, &w);

	const char *subject_raw = g_mime_message_get_subject(msg);
	g_autofree char *subject = subject_raw
		? g_utf8_make_valid(subject_raw, (gssize) strnlen(subject_raw, 998)) : NULL;
	g_autofree char *from = dm_message_from_address(msg);
	g_autofree char *text = report_text(msg, body);

	if (w.delivery_status && !(w.sum.failed || w.sum.delayed || w.sum.succeeded))
		/* A report whose parts never parsed: its fields may stand in the text. */
		parse_delivery_status(text, &w.sum);
	DmBounceKind kind = DM_BOUNCE_NONE;
	const char *mta = NULL;
	if (w.delivery_status && (w.sum.failed || w.sum.delayed || w.sum.succeeded || w.sum.soft ||
	                          w.sum.hard))
		kind = dsn_kind(&w.sum, text, &out->rule);
	else if (w.other_report && dm_bounce_mdn_rejected(&w.mdn, subject, text)) {
		/* A Sieve reject: the debtor's own filter refused the mail, and says so. */
		kind = DM_BOUNCE_FAILED;
		out->rule = "sieve_reject";
		out->recipient = g_strdup(w.mdn.recipient);
	} else if (w.other_report)
		kind = DM_BOUNCE_NONE;      /* feedback reports and read receipts */
	else if (w.delivery_status || report_structure(msg, &w, from, text, &mta)) {
		/* A report whose MIME headers were lost, or that quotes the report it got: its
		 * delivery-status fields stand in its text, and say more than its words. */
		if (!w.delivery_status)
			parse_delivery_status(text, &w.sum);
		if (w.sum.failed || w.sum.delayed || w.sum.succeeded)
			kind = dsn_kind(&w.sum, text, &out->rule);
		else
			kind = dm_bounce_text_kind(subject, text, &out->rule);
	}
	if ((kind != DM_BOUNCE_NONE || quota_notice_subject(msg, subject)) &&
	    own_quota_warning(msg, &w, subject, text, from)) {
		kind = DM_BOUNCE_NONE;
		out->rule = "own_quota_warning";
	}
	/* A challenge-response filter's notice holds the mail until the sender proves to be a
	 * person: it says "not yet delivered", and refused nothing. */
	if (kind != DM_BOUNCE_NONE && !w.delivery_status && !w.returned &&
	    dm_bounce_text_challenge(text)) {
		kind = DM_BOUNCE_NONE;
		out->rule = "challenge_response";
	}
	/* An MTA's transcript of an SMTP session for its own postmaster ("Postfix SMTP server:
	 * errors from …"): the codes are what it answered in that session — a forged bounce
	 * to a +dm address refused, a client's error — and report on no mail of ours. */
	if (kind != DM_BOUNCE_NONE && !w.delivery_status && !w.returned &&
	    dm_bounce_text_session_transcript(text)) {
		kind = DM_BOUNCE_NONE;
		out->rule = "postmaster_transcript";
	}
	/* A person's answer (a postmaster answering our question about returned reminders)
	 * is no report, however many codes it quotes (bounce_person.c). */
	if (kind != DM_BOUNCE_NONE && !w.delivery_status && !w.returned && !w.other_report &&
	    dm_bounce_person_answer(msg, subject, text)) {
		kind = DM_BOUNCE_NONE;
		out->rule = "person_answer";
	}
	if (kind == DM_BOUNCE_NONE && depth == 0 && report_forwarded_to_us(msg, &w)) {
		kind = w.attached_kind;
		out->rule = "forwarded_report";
		out->recipient = g_strdup(w.returned_to);
	}
	const char *pasted = kind == DM_BOUNCE_NONE && depth == 0
		? report_pasted_by_us(msg, &w, from, text) : NULL;
	gboolean was_pasted = pasted != NULL;
	if (pasted) {
		/* Read on in the pasted report alone: the colleague's words name no recipient. */
		char *report = g_strdup(pasted);
		g_free(text);
		text = report;
		kind = dm_bounce_text_kind(subject, text, &out->rule);
		if (kind != DM_BOUNCE_NONE)
			out->rule = "forwarded_report";
	}
	if (kind == DM_BOUNCE_NONE && !w.other_report && !w.delivery_status)
		kind = ses_kind(text, &out->recipient, &out->rule);

	/* The returned message's headers, when no MIME part holds them: inline, below the
	 * report's words (qmail, Exim, Yahoo and their kin). */
	g_autofree char *inline_id = NULL;
	g_autofree char *inline_to = NULL;
	if (kind != DM_BOUNCE_NONE && w.returned_id == NULL &&
	    !dm_bounce_text_returned(text, &inline_id, &inline_to) && walk_texts(&w))
		dm_bounce_text_returned(walk_texts(&w), &inline_id, &inline_to);

	if ((kind == DM_BOUNCE_FAILED || kind == DM_BOUNCE_EXPIRED) && out->recipient == NULL)
		out->recipient = failed_recipient(msg, &w, text, from, &inline_to);
	gboolean delivered = g_strcmp0(out->rule, "dsn_delivered") == 0;
	if (kind != DM_BOUNCE_NONE || delivered)
		out->returned_message_id = w.returned_id ? g_steal_pointer(&w.returned_id)
		                         : inline_id ? g_steal_pointer(&inline_id)
		                         : w.glued_id ? g_steal_pointer(&w.glued_id)
		                         : w.mdn.message_id ? g_steal_pointer(&w.mdn.message_id)
		                         /* A pasted report proves a mail of ours by its own
		                          * words only: the In-Reply-To of the one who pastes it
		                          * names the mail she answers (a debtor's reply to the
		                          * reminder, at the owner's own mail provider), not one
		                          * the report returns. */
		                         : was_pasted ? dm_bounce_text_labelled_id(text)
		                         : report_answers(msg, text, &w);
	g_free(w.returned_id);
	g_free(w.glued_id);
	g_free(w.returned_to);
	g_free(w.attached_to);
	dm_bounce_mdn_clear(&w.mdn);
	if (w.sum.failed_recipients)
		g_ptr_array_unref(w.sum.failed_recipients);
	if (w.written)
		g_ptr_array_unref(w.written);
	if (w.text_parts)
		g_ptr_array_unref(w.text_parts);
	if (w.texts)
		g_string_free(w.texts, TRUE);
	out->kind = kind;
	return kind;
}
