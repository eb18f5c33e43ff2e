/* dm-config-check: the checks of `dunmail check-config` that need nothing above
 * src/common, so that dunmail-milter and dunmaild make the same ones at start.
 *
 * Each appends DmFinding (dm-finding.h) to @findings and never stops at the first; none
 * changes anything.  Checks that need the ledger or the templates live above (the CLI's
 * check-config and dunmaild call them too).
 */
#pragma once
#include <glib.h>
#include "common/dm-config.h"
#include "common/dm-finding.h"

/* The values of contrib/dunmail.conf.sample that must be replaced: a configuration still
 * naming them bills, and mails the owner, at a domain nobody reads. */
#define DM_CONFIG_SAMPLE_DOMAINS "example.nl", "voorbeeld.nl"

/* A key given twice in one section of @path (GKeyFile would silently keep the second):
 * an error each, naming FILE:LINE of the second and the line of the first.  FALSE with
 * @error only when the file cannot be read. */
gboolean dm_config_find_duplicates(const char *path, GPtrArray *findings, GError **error);

/* Sample values (DM_CONFIG_SAMPLE_DOMAINS) still in place: a warning per key. */
void dm_config_check_samples(const DmConfig *config, GPtrArray *findings);

/* The spool directory (and its tmp/ new/ work/ bad/ when they exist), the ledger's
 * directory and file, and the configuration file itself: present, directories, owned by
 * [milter] user when it is set, and closed to other users (they hold debtors' mail and
 * amounts; the configuration may hold an SMTP password).  @config_path may be NULL. */
void dm_config_check_dirs(const DmConfig *config, GPtrArray *findings);

/* A unix: milter socket's directory exists and @mta_user (Postfix: "postfix") can reach
 * it: search every directory on the way, and belong to [milter] socket_group (or the
 * milter user's group) so it may connect.  Nothing to check for an inet: socket. */
void dm_config_check_socket(const DmConfig *config, const char *mta_user, GPtrArray *findings);
