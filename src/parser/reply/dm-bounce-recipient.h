/* dm-bounce-recipient: which failed address of a delivery report is the one dunmail wrote
 * to (bounce_recipient.c).  Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>

/* (transfer full) of @failed (the addresses the report says failed, normalized, in its
 * order), the one the returned message was written to: its single To @written_to
 * (nullable) when it failed, else the first failed address among @written (nullable: the
 * returned message's To and Cc, normalized), else — when none of them was written to, the
 * message had one To and the report says it was forwarded or expanded (@forwarded) — that
 * To (a forward or an alias of it failed), else the first failed.  NULL when @failed is
 * empty. */
char *dm_bounce_recipient_choose(const GPtrArray *failed, const GPtrArray *written,
                                 const char *written_to, gboolean forwarded);
