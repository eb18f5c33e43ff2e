/* dm-subject: is a subject a reply's, a forward's, or a new mail's (subject.c)?
 *
 * Mail programs mark an answer or a forwarded mail by a prefix in the sender's language
 * ("Re:", "AW:", "Antw:", "SV:", "RIF:", "Fwd:", "WG:", "Doorst:", "TR:" …), after any
 * bracketed tags a mail system puts first ("[EXT] RE: …").  The outermost prefix says
 * what the mail is: "Re: Fwd: …" answers a forward, "Fwd: Re: …" passes an answer on.
 * A forward is not a reply: its sender passes on what someone else wrote.  Private to
 * src/parser.  Pure. */
#pragma once
#include <glib.h>

typedef enum {
	DM_SUBJECT_NEW,             /* no reply or forward prefix */
	DM_SUBJECT_REPLY,           /* "Re:", "AW:", "Antw:", "SV:", "R:", "RIF:", "Odp:" … */
	DM_SUBJECT_FORWARD,         /* "Fwd:", "FW:", "WG:", "Doorst:", "TR:", "I:", "RV:" … */
} DmSubjectKind;

/* What @subject (nullable, UTF-8 or not) opens with; NULL is a new mail's.  When the
 * prefix is found, *@prefix_end (nullable) is set to the first byte after its colon. */
DmSubjectKind dm_subject_kind(const char *subject, const char **prefix_end);
