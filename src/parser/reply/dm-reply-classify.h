/* dm-reply-classify: the class of a reply's new text (classify.c).
 * Part of the public parser API through dm-reply.h. */
#pragma once
#include <glib.h>
#include "parser/reply/dm-reply-types.h"

/* Classifies already-stripped text; @reference resolves relative dates. */
DmReplyClass dm_reply_classify_text(const char *text, const GDate *reference,
                                    double *confidence, GDate *date, const char **rule);
