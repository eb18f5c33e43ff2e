/* dm-auto-headers: what a message's headers say about who wrote it — a machine answering
 * on someone's behalf, or a person (auto_headers.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>

typedef enum {
	DM_AUTO_HEADERS_NONE = 0,   /* nothing in the headers says a machine wrote it */
	DM_AUTO_HEADERS_SUPPORTING, /* machine mail, but not an automatic answer by itself:
	                             * counts beside an automatic subject or the model's
	                             * reading of the words */
	DM_AUTO_HEADERS_DECISIVE,   /* an automatic answer, whatever the words say */
} DmAutoHeaders;

/* The longest keyword dm_header_keyword reads; longer ones are cut. */
#define DM_HEADER_KEYWORD_MAX 32

/* The first keyword of header @name of @obj ("bulk" of "Precedence: (list) bulk"), read as
 * RFC 5322 reads it (comments and folding white space around it skipped), into @word; ""
 * when the value opens with anything else.  FALSE when there is no such header. */
gboolean dm_header_keyword(GMimeObject *obj, const char *name,
                           char word[DM_HEADER_KEYWORD_MAX + 1]);

/* Reads the automatic-mail headers of @obj (RFC 3834 Auto-Submitted, X-Autoreply and its
 * kin, Precedence, X-Auto-Response-Suppress, a null Return-Path).  @which (nullable;
 * transfer full) is set to the header that said so, as "Auto-Submitted: auto-replied",
 * or NULL when none did. */
DmAutoHeaders dm_auto_headers_read(GMimeObject *obj, char **which);
