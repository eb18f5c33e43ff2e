/* reply-stages: bench-replies --stages (reply-stages.c). */
#pragma once
#include <glib.h>
#include "parser/reply/dm-reply.h"

/* Prints the CPU µs per message of each stage of reading a reply, each timed alone over
 * the messages @bytes (element-type utf8, serialised), best of @rounds. */
void bench_reply_stages(GPtrArray *bytes, const DmReplyModel *model, int rounds);
