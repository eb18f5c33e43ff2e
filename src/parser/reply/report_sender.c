/* report_sender: who writes delivery reports.  One list for both questions asked of a
 * sender: "is this a report?" (bounce.c, where postmaster@ counts) and "can this be a
 * person's answer?" (bounce_person.c, where it must not: an IT man answers the business's
 * question about its returned reminders from postmaster@, and a webshop's returns@ is a
 * department's mailbox). */
#include "parser/reply/dm-report-sender.h"
#include "parser/mime/dm-message.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

#define CI PCRE2_CASELESS

/* Addresses (normalized) and display names only a machine writes from. */
static DmPattern machine_address = DM_PATTERN(
	"^(?:mailer-?daemon|mail-?daemon|mdaemon|bounce[sd]?|nobody|"
	"mail\\.?delivery(?:\\.?(?:system|subsystem))?)@", CI);
static DmPattern machine_name = DM_PATTERN(
	"mail\\s+delivery\\s+(?:system|subsystem|service)|mailer[-\\s]?daemon|"
	"(?<![\\w.+-])(?:mail-?daemon|mdaemon)(?![\\w.+-])", CI);
/* Report senders that are people's mailboxes as well. */
static DmPattern shared_address = DM_PATTERN("^(?:post_?master|returns?)@", CI);
static DmPattern shared_name = DM_PATTERN("postmaster|system\\s+administrator", CI);

gboolean
dm_report_sender(GMimeMessage *msg, DmReportSenderScope scope)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), FALSE);
	g_autofree char *address = dm_message_from_address(msg);
	g_autofree char *name = dm_message_from_name(msg);
	/* "From: MAILER-DAEMON", "From: Mail Delivery System <>": no address to read, the
	 * header's words are read as a name. */
	const char *raw = g_mime_object_get_header(GMIME_OBJECT(msg), "From");
	g_autofree char *header = !address && raw ? g_strndup(raw, 998) : NULL;
	gboolean shared = scope == DM_REPORT_SENDER_WITH_POSTMASTER;
	return dm_pattern_found(&machine_address, address) || dm_pattern_found(&machine_name, name) ||
	       dm_pattern_found(&machine_name, header) ||
	       (shared && (dm_pattern_found(&shared_address, address) || dm_pattern_found(&shared_name, name) ||
	                   dm_pattern_found(&shared_name, header)));
}
