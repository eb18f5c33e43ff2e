/* dm-reply-answer: the one-click answers of a reminder, read back with certainty.
 *
 * A reminder offers mailto links whose subject carries a tag: "[dunmail:paid 2026-0042]",
 * "[dunmail:plan 2026-0042]", "[dunmail:question 2026-0042]" (dm-reminder.h writes it).
 * Nobody types "[dunmail:" by accident, and the tag is found anywhere in the subject, so
 * "Re:", "AW:", "SV:" or a client's "[EXT]" in front of it change nothing; white space a
 * client folded into it is read as one space.  Part of the public parser API through
 * dm-reply.h. */
#pragma once
#include <glib.h>
#include "parser/reply/dm-reply-types.h"

/* TRUE when @subject carries an answer tag: its class (paid, arrangement or question) in
 * *@klass and the invoice number it names in *@number (transfer full).  A tag with an
 * unknown word or no number is no tag. */
gboolean dm_reply_answer_tag(const char *subject, DmReplyClass *klass, char **number);
