/* dm-reply-tone: whether a reply mocks what it says (tone.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* Whether @text mocks what it says: a marker of irony (the rule tone_ironic: an eye-roll,
 * "yeah right", "ik dacht het niet") beside its words, so that "of course I'll pay" may
 * mean the opposite (dm_reply_acts_alone). */
gboolean dm_reply_text_ironic(const char *text);
