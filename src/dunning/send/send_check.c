/* send_check: the ladder's and the digest's templates checked (dm-send-check.h). */
#include "dunning/send/dm-send-check.h"
#include "dunning/engine/dm-ladder.h"
#include "dunning/template/dm-template.h"

void
dm_send_check_templates(const DmConfig *config, GPtrArray *findings)
{
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	for (int s = 1; dm_ladder_step(s); s++)
		g_ptr_array_add(names, (char *) dm_ladder_step(s)->template_name);
	g_ptr_array_add(names, NULL);
	dm_template_check_files(config->templates_dir, config->language,
	                        (const char *const *) names->pdata, findings);
}
