/* send_check: the ladder's and the digest's templates checked (dm-send-check.h). */
#include "dunning/send/dm-send-check.h"
#include "dunning/engine/dm-ladder.h"
#include "dunning/template/dm-template.h"

void
dm_send_check_templates(const DmConfig *config, GPtrArray *findings)
{
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	for (guint l = 0; l < config->ladders->ladders->len; l++) {
		const DmLadder *ladder = g_ptr_array_index(config->ladders->ladders, l);
		for (guint s = 0; s < ladder->steps->len; s++) {
			const DmLadderStep *step = g_ptr_array_index(ladder->steps, s);
			if (step->template_name &&
			    !g_ptr_array_find_with_equal_func(names, step->template_name, g_str_equal,
			                                      NULL))
				g_ptr_array_add(names, step->template_name);
		}
	}
	g_ptr_array_add(names, NULL);
	dm_template_check_files(config->templates_dir, config->language,
	                        (const char *const *) names->pdata, findings);
}
