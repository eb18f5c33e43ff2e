/* fuzz_reply: a message's bytes -> reply analysis, the parse child's path for incoming
 * mail (dm_message_parse, then dm_reply_analyze: new text, auto-reply and bounce
 * detection, the classifier, stated dates).  With DM_FUZZ_REPLY_MODEL naming a model
 * file (`make fuzz` passes the one the build trained) the learned classifier runs too. */
#include "dm-fuzz.h"

#include <stdlib.h>

#include "parser/mime/dm-message.h"
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-reply-model.h"

static const DmReplyModel *
model(void)
{
	static DmReplyModel *m;
	static gboolean tried;
	if (!tried) {
		tried = TRUE;
		const char *path = getenv("DM_FUZZ_REPLY_MODEL");
		g_autoptr(GError) error = NULL;
		if (path && *path && !(m = dm_reply_model_load(path, &error)))
			g_printerr("%s\n", error->message);   /* the rules alone, then */
	}
	return m;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dm_fuzz_init();
	g_autoptr(GMimeMessage) msg = dm_message_parse((const char *) data, size, NULL);
	if (msg) {
		g_autoptr(DmReplyAnalysis) a = dm_reply_analyze(msg, model());
		g_assert(a != NULL);         /* never NULL for a parsed message */
	}
	return 0;
}
