/* dm-send-check: the templates of what dunmail sends — each step of the ladder and the
 * digest — checked at dunmaild's start and by `dunmail check-config`, so a missing or
 * broken one is found then and not at the first reminder. */
#pragma once
#include <glib.h>
#include "common/dm-config.h"

/* Appends DmFinding (common/dm-finding.h) to @findings: dm_template_check_files() over the
 * ladder's templates and the digest, in [dunning] language and every other language
 * directory under [dunning] templates. */
void dm_send_check_templates(const DmConfig *config, GPtrArray *findings);
