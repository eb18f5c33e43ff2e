/* reply-dump: bench-replies --dump (reply-dump.c). */
#pragma once
#include <glib.h>
#include "parser/reply/dm-reply.h"

/* Writes to @out one line per message of @bytes (element-type utf8, serialised): every
 * field of dm_reply_analyze with @model and without one (confidences to 17 digits), so
 * that a change meant to make reading faster can be shown to change no answer (diff two
 * dumps).  FALSE with @error when @out cannot be written. */
gboolean bench_reply_dump(GPtrArray *bytes, const DmReplyModel *model, const char *out,
                          GError **error);
