/* bounce_policy: the delivery report -> action table of dm-bounce-policy.h. */
#include "dunning/engine/dm-bounce-policy.h"

void
dm_bounce_policy(DmDeliveryReport delivery, gboolean proven, DmBouncePolicy *out)
{
	*out = (DmBouncePolicy) { .event = DM_EVENT_BOUNCE_UNPROVEN };
	if (!proven) {
		out->note = "not applied: looks like a bounce, but proves it answers none of our "
		            "mail (no valid VERP tag, no Message-ID from our outbox)";
		return;
	}
	switch (delivery) {
	case DM_DELIVERY_FAILED:
		out->event = DM_EVENT_BOUNCE_FAILED;
		out->stop = TRUE;
		out->mark_failing = TRUE;
		return;
	case DM_DELIVERY_EXPIRED:
		out->event = DM_EVENT_BOUNCE_EXPIRED;
		out->note = "not applied: the mail server gave up retrying; that says nothing "
		            "sure about the address";
		return;
	case DM_DELIVERY_DELAYED:
		out->event = DM_EVENT_BOUNCE_DELAYED;
		out->note = "not applied: a delay notice; the mail server is still trying";
		return;
	case DM_DELIVERY_DELIVERED:
		/* The evidence a 14-day letter needs: it counts only if it arrived. */
		out->event = DM_EVENT_DELIVERED;
		out->clear_failing = TRUE;
		return;
	case DM_DELIVERY_NONE:
		break;
	}
	g_return_if_reached();
}
