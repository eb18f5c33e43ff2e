/* test-mail: a mail from a billing address carrying one file as its attachment, the way
 * a mail client sends an e-invoice or a PDF — for the unit tests and the evaluation
 * harness (tests/eval).  Header-only (static inline): each test is one program. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>
#include <string.h>
#include "parser/mime/dm-message.h"

/* (transfer full) the mail, through bytes and back as the spool carries it: From
 * billing@seller.example, To "Buyer" <@to>, a short text part, and @data as an attachment
 * named @name (application/pdf for a .pdf, else application/xml), base64.  NULL when
 * GMime cannot read it back. */
static inline GMimeMessage *
dm_test_mail_with_attachment(const char *name, const char *data, gsize len, const char *to)
{
	GMimeMessage *msg = g_mime_message_new(TRUE);
	g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_FROM, NULL, "billing@seller.example");
	g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_TO, "Buyer", to);
	g_mime_message_set_subject(msg, "Invoice attached", NULL);
	GMimeMultipart *mixed = g_mime_multipart_new_with_subtype("mixed");
	GMimeTextPart *body = g_mime_text_part_new_with_subtype("plain");
	g_mime_text_part_set_text(body, "Please find the invoice attached.\n");
	g_mime_multipart_add(mixed, GMIME_OBJECT(body));
	g_object_unref(body);
	GMimePart *part = g_mime_part_new_with_type("application",
						    g_str_has_suffix(name, ".pdf") ? "pdf" : "xml");
	g_mime_part_set_filename(part, name);
	GMimeStream *stream = g_mime_stream_mem_new_with_buffer(data, len);
	GMimeDataWrapper *wrapper = g_mime_data_wrapper_new_with_stream(stream, GMIME_CONTENT_ENCODING_DEFAULT);
	g_mime_part_set_content(part, wrapper);
	g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
	g_object_unref(wrapper);
	g_object_unref(stream);
	g_mime_multipart_add(mixed, GMIME_OBJECT(part));
	g_object_unref(part);
	g_mime_message_set_mime_part(msg, GMIME_OBJECT(mixed));
	g_object_unref(mixed);
	g_autofree char *raw = g_mime_object_to_string(GMIME_OBJECT(msg), NULL);
	g_object_unref(msg);
	return dm_message_parse(raw, strlen(raw), NULL);
}
