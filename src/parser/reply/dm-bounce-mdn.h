/* dm-bounce-mdn: a disposition notification that is a Sieve reject (bounce_mdn.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* The fields of a message/disposition-notification part that a reject needs. */
typedef struct {
	gboolean deleted_automatically; /* "Disposition: automatic-action/…; deleted" */
	char *recipient;   /* normalized: Original-Recipient (the address written to), else
	                    * Final-Recipient; NULL if none */
	char *message_id;  /* Original-Message-ID with <>, or NULL */
} DmBounceMdn;

/* Reads the fields of a disposition-notification @body into @out (filled only where
 * empty: the first part's fields stand); free them with dm_bounce_mdn_clear(). */
void dm_bounce_mdn_read(const char *body, DmBounceMdn *out);
void dm_bounce_mdn_clear(DmBounceMdn *mdn);

/* TRUE when a notification @mdn whose own words are @subject (nullable) and @text is a
 * Sieve reject (RFC 5429): the message was deleted automatically, and the words say it
 * was refused ("automatically rejected", "abgewiesen", "geweigerd", "not delivered").  A
 * receipt for a message deleted unread ("Not read: …") is deleted too, by a person, after
 * it arrived; it says nothing of a refusal. */
gboolean dm_bounce_mdn_rejected(const DmBounceMdn *mdn, const char *subject, const char *text);
