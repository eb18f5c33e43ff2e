/* test-reply-message: a one-part plain-text message built from its header lines, as the
 * reply tests write their cases (header only, static inline). */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>
#include <string.h>
#include "parser/mime/dm-message.h"

/* (transfer full) the message from @from to billing@acme.example with @subject, dated
 * Wednesday 1 April 2026, @headers (more header lines, each ending in \n) and @body. */
static inline GMimeMessage *
dm_test_plain_message(const char *from, const char *headers, const char *subject,
                      const char *body)
{
	g_autofree char *raw = g_strdup_printf(
		"From: %s\nTo: billing@acme.example\nSubject: %s\n"
		"Date: Wed, 1 Apr 2026 10:00:00 +0200\n%s"
		"Content-Type: text/plain; charset=UTF-8\n\n%s\n", from, subject, headers, body);
	g_autoptr(GError) error = NULL;
	GMimeMessage *msg = dm_message_parse(raw, strlen(raw), &error);
	g_assert_no_error(error);
	return msg;
}
