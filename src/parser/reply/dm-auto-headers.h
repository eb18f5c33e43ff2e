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

/* Reads the automatic-mail headers of @obj (RFC 3834 Auto-Submitted, X-Autoreply and its
 * kin, Precedence, X-Auto-Response-Suppress, a null Return-Path).  @which (nullable;
 * transfer full) is set to the header that said so, as "Auto-Submitted: auto-replied",
 * or NULL when none did. */
DmAutoHeaders dm_auto_headers_read(GMimeObject *obj, char **which);
