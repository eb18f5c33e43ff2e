/* message: one e-mail message read with GMime, and the pieces the extractors use.
 *
 * dm_parser_init     initialise GMime once per process.
 * dm_message_parse   bytes -> GMimeMessage.
 * dm_message_text    the readable body text (text/plain preferred, else HTML as text),
 *                    UTF-8, bounded by DM_MAX_TEXT_BYTES.
 * dm_message_foreach_part  the bounded walk over the MIME tree the extractors share
 *                    (dm_message_foreach_object: the same walk, multiparts included).
 * dm_message_*_address / _name / _id / thread_ids / date: header facts.
 *
 * Failures: a programmer error (NULL message) is a g_return_val_if_fail; bytes that hold no
 * message at all come back as a GError (DM_MESSAGE_ERROR); everything else in a hostile
 * message (bad charsets, absurd nesting, missing headers) degrades to "absent" values.
 * Pure: no database, clock or network. */
#include "parser/mime/dm-message.h"
#include "parser/text/dm-dates.h"
#include "parser/mime/dm-html.h"
#include "parser/mime/dm-part.h"
#include "common/dm-address.h"

#include <string.h>

G_DEFINE_QUARK(dm-message-error-quark, dm_message_error)

static gpointer
init_once(gpointer unused)
{
	g_mime_init();
	return NULL;
}

void
dm_parser_init(void)
{
	static GOnce once = G_ONCE_INIT;
	g_once(&once, init_once, NULL);
}

GMimeMessage *
dm_message_parse(const char *data, gsize len, GError **error)
{
	g_return_val_if_fail(data != NULL || len == 0, NULL);
	dm_parser_init();
	/* The stream copies the bytes so the message outlives the caller's buffer. */
	/* GMime 3.2 declares no autoptr cleanups, hence the explicit unrefs. */
	GMimeStream *stream = g_mime_stream_mem_new_with_buffer(data, len);
	GMimeParser *parser = g_mime_parser_new_with_stream(stream);
	g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
	GMimeMessage *msg = g_mime_parser_construct_message(parser, NULL);
	g_object_unref(parser);
	g_object_unref(stream);
	if (!msg) {
		g_set_error(error, DM_MESSAGE_ERROR, DM_MESSAGE_ERROR_NOT_A_MESSAGE,
			    "no RFC 5322 message found in %" G_GSIZE_FORMAT " bytes", len);
		return NULL;
	}
	return msg;
}

static gboolean
is_attachment(GMimeObject *part)
{
	GMimeContentDisposition *disp = g_mime_object_get_content_disposition(part);
	return disp && g_mime_content_disposition_is_attachment(disp);
}

/* The one bounded walk behind dm_message_foreach_part and dm_message_foreach_object;
 * @multiparts says whether the visitor also sees the multiparts themselves. */
static void
foreach_object(GMimeMessage *msg, DmPartVisitFunc visit, gpointer user, gboolean multiparts)
{
	GMimeObject *top = g_mime_message_get_mime_part(msg);
	if (!top)
		return;
	/* A queue rather than recursion: nesting depth is chosen by the sender. */
	g_autoptr(GPtrArray) queue = g_ptr_array_new();
	g_ptr_array_add(queue, top);
	guint seen = 0;
	while (queue->len > 0 && seen < DM_MAX_PARTS) {
		GMimeObject *obj = g_ptr_array_steal_index(queue, 0);
		seen++;
		if (GMIME_IS_MULTIPART(obj)) {
			if (multiparts && !visit(obj, user))
				return;
			GMimeMultipart *mp = GMIME_MULTIPART(obj);
			int n = g_mime_multipart_get_count(mp);
			for (int i = 0; i < n && queue->len < DM_MAX_PARTS; i++)
				g_ptr_array_add(queue, g_mime_multipart_get_part(mp, i));
			continue;
		}
		if (!visit(obj, user))
			return;
	}
}

void
dm_message_foreach_part(GMimeMessage *msg, DmPartVisitFunc visit, gpointer user)
{
	g_return_if_fail(GMIME_IS_MESSAGE(msg) && visit != NULL);
	foreach_object(msg, visit, user, FALSE);
}

void
dm_message_foreach_object(GMimeMessage *msg, DmPartVisitFunc visit, gpointer user)
{
	g_return_if_fail(GMIME_IS_MESSAGE(msg) && visit != NULL);
	foreach_object(msg, visit, user, TRUE);
}

typedef struct {
	GMimeTextPart *plain;  /* first inline text/plain (transfer none) */
	GMimeTextPart *html;   /* first inline text/html (transfer none) */
	gboolean both;         /* look on for the HTML after the text/plain */
} TextParts;

/* dm_message_foreach_part visitor: notes the first inline text/plain and text/html parts;
 * stops at the first text/plain, which is the one taken, unless both are asked for. */
static gboolean
note_text_part(GMimeObject *obj, gpointer user)
{
	TextParts *found = user;
	if (!GMIME_IS_TEXT_PART(obj) || is_attachment(obj))
		return TRUE;
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	if (g_mime_content_type_is_type(ct, "text", "plain") && !found->plain)
		found->plain = GMIME_TEXT_PART(obj);
	else if (g_mime_content_type_is_type(ct, "text", "html") && !found->html)
		found->html = GMIME_TEXT_PART(obj);
	return found->both ? !(found->plain && found->html) : found->plain == NULL;
}

void
dm_message_text_parts(GMimeMessage *msg, GMimePart **plain, GMimePart **html)
{
	g_return_if_fail(GMIME_IS_MESSAGE(msg) && plain != NULL && html != NULL);
	TextParts found = { NULL, NULL, TRUE };
	dm_message_foreach_part(msg, note_text_part, &found);
	*plain = found.plain && g_mime_part_get_content(GMIME_PART(found.plain))
		 ? GMIME_PART(found.plain) : NULL;
	*html = found.html && g_mime_part_get_content(GMIME_PART(found.html))
		? GMIME_PART(found.html) : NULL;
}

char *
dm_message_text(GMimeMessage *msg)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), g_strdup(""));
	TextParts found = { NULL, NULL, FALSE };
	dm_message_foreach_part(msg, note_text_part, &found);
	/* Decoded, converted to UTF-8 and cut while decoding (dm_part_text). */
	if (found.plain && g_mime_part_get_content(GMIME_PART(found.plain)))
		return dm_part_text(GMIME_PART(found.plain), DM_MAX_TEXT_BYTES);
	if (found.html && g_mime_part_get_content(GMIME_PART(found.html))) {
		g_autofree char *html = dm_part_text(GMIME_PART(found.html), DM_MAX_HTML_BYTES);
		return dm_html_to_text(html, strlen(html), DM_MAX_TEXT_BYTES);
	}
	return g_strdup("");
}

/* (transfer none) the first mailbox in @list, looking into groups; NULL when none. */
static InternetAddressMailbox *
first_mailbox(InternetAddressList *list)
{
	if (!list)
		return NULL;
	int n = internet_address_list_length(list);
	for (int i = 0; i < n && i < DM_MAX_PARTS; i++) {
		InternetAddress *ia = internet_address_list_get_address(list, i);
		if (INTERNET_ADDRESS_IS_MAILBOX(ia))
			return INTERNET_ADDRESS_MAILBOX(ia);
		if (INTERNET_ADDRESS_IS_GROUP(ia)) {
			InternetAddressMailbox *mb =
				first_mailbox(internet_address_group_get_members(
					INTERNET_ADDRESS_GROUP(ia)));
			if (mb)
				return mb;
		}
	}
	return NULL;
}

static char *
mailbox_address(InternetAddressList *list)
{
	InternetAddressMailbox *mb = first_mailbox(list);
	const char *addr = mb ? internet_address_mailbox_get_addr(mb) : NULL;
	return addr ? dm_address_normalize(addr) : NULL;
}

static char *
mailbox_name(InternetAddressList *list)
{
	InternetAddressMailbox *mb = first_mailbox(list);
	const char *name = mb ? internet_address_get_name(INTERNET_ADDRESS(mb)) : NULL;
	if (!name || !*name)
		return NULL;
	return dm_text_bound(name, strlen(name), 256);
}

char *
dm_message_from_address(GMimeMessage *msg)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), NULL);
	return mailbox_address(g_mime_message_get_from(msg));
}

char *
dm_message_to_address(GMimeMessage *msg)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), NULL);
	return mailbox_address(g_mime_message_get_to(msg));
}

/* Appends to @out the mailboxes of @list, looking into groups, normalized; at most
 * DM_MAX_PARTS in all. */
static void
add_mailboxes(InternetAddressList *list, GPtrArray *out)
{
	int n = list ? internet_address_list_length(list) : 0;
	for (int i = 0; i < n && out->len < DM_MAX_PARTS; i++) {
		InternetAddress *ia = internet_address_list_get_address(list, i);
		if (INTERNET_ADDRESS_IS_GROUP(ia)) {
			add_mailboxes(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)), out);
			continue;
		}
		const char *addr = INTERNET_ADDRESS_IS_MAILBOX(ia)
			? internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia)) : NULL;
		char *a = addr ? dm_address_normalize(addr) : NULL;
		if (a)
			g_ptr_array_add(out, a);
	}
}

GPtrArray *
dm_message_recipients(GMimeMessage *msg)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), NULL);
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	add_mailboxes(g_mime_message_get_addresses(msg, GMIME_ADDRESS_TYPE_TO), out);
	add_mailboxes(g_mime_message_get_addresses(msg, GMIME_ADDRESS_TYPE_CC), out);
	return out;
}

char *
dm_message_from_name(GMimeMessage *msg)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), NULL);
	return mailbox_name(g_mime_message_get_from(msg));
}

char *
dm_message_to_name(GMimeMessage *msg)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), NULL);
	return mailbox_name(g_mime_message_get_to(msg));
}

/* A Message-ID worth keeping: bounded and free of control characters and brackets,
 * because it goes into our own In-Reply-To headers later. */
static gboolean
plausible_id(const char *id)
{
	gsize n = strlen(id);
	if (n == 0 || n > 996)
		return FALSE;
	for (const char *p = id; *p; p++)
		if ((unsigned char)*p <= ' ' || *p == '<' || *p == '>' || *p == 0x7f)
			return FALSE;
	return TRUE;
}

char *
dm_message_id(GMimeMessage *msg)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), NULL);
	const char *id = g_mime_message_get_message_id(msg);
	if (!id || !plausible_id(id))
		return NULL;
	return g_strdup_printf("<%s>", id);
}

static void
add_ids(GPtrArray *out, GHashTable *seen, const char *header, gboolean reverse)
{
	if (!header)
		return;
	GMimeReferences *refs = g_mime_references_parse(NULL, header);
	if (!refs)
		return;
	int n = g_mime_references_length(refs);
	for (int k = 0; k < n && out->len < DM_MAX_PARTS; k++) {
		int i = reverse ? n - 1 - k : k;
		const char *id = g_mime_references_get_message_id(refs, i);
		if (!id || !plausible_id(id))
			continue;
		char *full = g_strdup_printf("<%s>", id);
		if (g_hash_table_contains(seen, full)) {
			g_free(full);
			continue;
		}
		g_hash_table_add(seen, full);
		g_ptr_array_add(out, g_strdup(full));
	}
	g_mime_references_free(refs);
}

GPtrArray *
dm_message_thread_ids(GMimeMessage *msg)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), out);
	g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	GMimeObject *obj = GMIME_OBJECT(msg);
	/* In-Reply-To names the parent; References runs oldest first, so read it backwards. */
	add_ids(out, seen, g_mime_object_get_header(obj, "In-Reply-To"), FALSE);
	add_ids(out, seen, g_mime_object_get_header(obj, "References"), TRUE);
	return out;
}

GDate
dm_message_date(GMimeMessage *msg)
{
	GDate date;
	g_date_clear(&date, 1);
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), date);
	GDateTime *dt = g_mime_message_get_date(msg);
	if (!dt)
		return date;
	int y = g_date_time_get_year(dt), m = g_date_time_get_month(dt),
	    d = g_date_time_get_day_of_month(dt);
	/* The one year bound of the date reader: a "Date: 31 Dec 9999" must not become an
	 * issue date, nor a due date the ledger cannot write as YYYY-MM-DD. */
	if (y >= DM_DATE_MIN_YEAR && y <= DM_DATE_MAX_YEAR &&
	    g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
		g_date_set_dmy(&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
	return date;
}
