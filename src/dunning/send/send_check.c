/* send_check: the templates of what dunmail sends, checked (dm-send-check.h). */
#include "dunning/send/dm-send-check.h"
#include "dunning/send/dm-reminder.h"
#include "common/dm-finding.h"

void
dm_send_check_templates(const DmConfig *config, GPtrArray *findings)
{
	g_autoptr(GError) error = NULL;
	if (!dm_reminder_check_templates(config, &error))
		dm_finding_add(findings, DM_FINDING_ERROR, "templates",
		               "fix the template, or remove your override to use the shipped one",
		               "%s", error->message);
}
