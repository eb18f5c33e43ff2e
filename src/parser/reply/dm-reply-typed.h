/* dm-reply-typed: days as people type them on a phone, written out (typed_forms.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* (transfer full) @text with the short and slipped forms of days a phone or a hurried
 * writer types ("mrgn", "2morrow", "yday", "geschter", "tues", "nächsten Di", "Do.",
 * "tm 20-11", "til", "twenty third", "Maadag") written out as the date reader knows them
 * ("morgen", "tomorrow", "yesterday", "gestern", "tuesday", "Dienstag", "t/m", "till",
 * "twenty-third", "maandag").  Everything else is copied as it stands. */
char *dm_reply_typed_days(const char *text);

/* (transfer full) @text with every date written month first with slashes ("back 1/5",
 * "until 12/21", "1/5/2027") written day first ("5/1", "21/12", "5/1/2027"), for a
 * reader that takes "d/m": an American out-of-office read by the out-of-office reader
 * (autoreply.c), which reads day first.  Other numbers stand as they are. */
char *dm_reply_day_first(const char *text);
