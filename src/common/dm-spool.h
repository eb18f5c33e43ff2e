/* dm-spool: the spool directory and the spool file format, shared by the milter (writer)
 * and dunmaild (reader).  The contract is doc/spool.md.
 *
 * Directories under the spool root:
 *   tmp/   being written by the milter (never read by anyone else)
 *   new/   complete, fsync'ed, renamed here at end of message: ready for dunmaild
 *   work/  claimed by dunmaild while it parses one; found here at start-up = dunmaild
 *          stopped while reading it: back to new/ once (name + ".retry"), to bad/ the
 *          second time
 *   bad/   set aside: could not be read or parsed; reported in the digest, kept for a human
 *
 * A spool file is an envelope block of "Key: value" lines ending in an empty line (LF line
 * ends, values sanitized), then the message exactly as the MTA passed it (CRLF).
 */
#pragma once
#include <glib.h>

#define DM_SPOOL_MAGIC "X-Dunmail-Spool: 1"
/* Under the spool: the milter's records of billing mail it could not spool, and where
 * dunmaild moves each once the ledger has it (doc/spool.md). */
#define DM_MISSED_DIR "missed"
/* The queue id `dunmail import` writes: the message did not pass the MTA now, and its
 * Received-At is its own Date (dunmaild dates what it records by it). */
#define DM_IMPORT_QUEUE_ID "import"
#define DM_MISSED_DONE_DIR "done"

typedef enum {
	DM_DIRECTION_NONE = 0,      /* neither: not spooled */
	DM_DIRECTION_OUTGOING,      /* from a billing address, submitted by us */
	DM_DIRECTION_INCOMING,      /* to a billing address, from outside */
} DmDirection;

const char *dm_direction_name(DmDirection d);          /* "outgoing", "incoming", "none" */
DmDirection dm_direction_from_name(const char *name);

typedef struct {
	DmDirection direction;
	char *mail_from;            /* envelope sender, without <>; "" for the null sender */
	GPtrArray *rcpt_to;         /* of char*, without <> */
	char *client_addr;          /* numeric, "" when none (sendmail(1) path) */
	char *client_name;
	char *auth_authen;          /* SASL login or NULL */
	char *queue_id;
	char *received_at;          /* ISO 8601 UTC, when the milter began spooling (end of headers) */
	char *added_message_id;     /* Message-ID the milter added (with <>), or NULL */
	char *reason;               /* why the direction was chosen, for the log */
	char *missed;               /* a missed-mail record's cause, a DM_MISSED_* code; NULL
	                             * in a spool file and in a record of an older milter */
} DmEnvelope;

/* Why the milter let a billing message through without a spool copy (a record's
 * "Missed:"): a code the digest words in the owner's language, where the record's Reason
 * holds the technical detail for the log. */
#define DM_MISSED_TOO_BIG "too_big"             /* over [spool] max_message_size */
#define DM_MISSED_SPOOL_FAILED "spool_failed"   /* the spool could not take it (disk full …) */
#define DM_MISSED_STOPPED "stopped"             /* the milter stopped mid-message */

DmEnvelope *dm_envelope_new(void);
void dm_envelope_free(DmEnvelope *env);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmEnvelope, dm_envelope_free)

/* Appends the envelope block (magic line first, empty line last) to @out. */
void dm_envelope_write(const DmEnvelope *env, GString *out);

/* The most envelope bytes before the message that dm_envelope_parse reads (the milter
 * writes under 1 MiB: up to 1,000 recipients); a reader of a file's head reads this much. */
#define DM_SPOOL_ENVELOPE_MAX (2 * 1024 * 1024)

/* Splits a spool file's contents.  On success *@env_out holds the envelope and
 * *@message_offset where the message starts in @data.  A file without the magic line is an
 * error (DM_SPOOL_ERROR). */
#define DM_SPOOL_ERROR (dm_spool_error_quark())
GQuark dm_spool_error_quark(void);
gboolean dm_envelope_parse(const char *data, gsize len, DmEnvelope **env_out,
                           gsize *message_offset, GError **error);
/* TRUE when @data starts like a spool file. */
gboolean dm_spool_is_spool_file(const char *data, gsize len);

/* Creates root/{tmp,new,work,bad} (mode 0750) when missing. */
gboolean dm_spool_ensure_dirs(const char *root, GError **error);
