/* dm-send-check: the templates of what dunmail sends checked at dunmaild's start and by
 * `dunmail check-config`, so a missing or broken one is found then and not at the first
 * reminder. */
#pragma once
#include <glib.h>
#include "common/dm-config.h"

/* Appends a DmFinding (common/dm-finding.h) to @findings when a step's template of any
 * configured ladder does not render in every language, text and HTML, with sample values
 * (dm_reminder_check_templates: the error names the file and line). */
void dm_send_check_templates(const DmConfig *config, GPtrArray *findings);
