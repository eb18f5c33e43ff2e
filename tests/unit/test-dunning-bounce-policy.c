/* test-dunning-bounce-policy: the delivery report -> action table, row by row. */
#include "dunning/engine/dm-bounce-policy.h"

typedef struct {
	const char *name;
	DmDeliveryReport delivery;
	gboolean proven;
	DmEventKind event;
	gboolean stop, mark_failing, noted;
	gboolean clear_failing;
} Case;

static const Case cases[] = {
	{ "proven hard failure stops", DM_DELIVERY_FAILED, TRUE, DM_EVENT_BOUNCE_FAILED,
	  TRUE, TRUE, FALSE, FALSE },
	{ "proven expiry is shown", DM_DELIVERY_EXPIRED, TRUE, DM_EVENT_BOUNCE_EXPIRED,
	  FALSE, FALSE, TRUE, FALSE },
	{ "proven delay is shown", DM_DELIVERY_DELAYED, TRUE, DM_EVENT_BOUNCE_DELAYED,
	  FALSE, FALSE, TRUE, FALSE },
	{ "unproven hard failure is shown", DM_DELIVERY_FAILED, FALSE, DM_EVENT_BOUNCE_UNPROVEN,
	  FALSE, FALSE, TRUE, FALSE },
	{ "unproven expiry is shown", DM_DELIVERY_EXPIRED, FALSE, DM_EVENT_BOUNCE_UNPROVEN,
	  FALSE, FALSE, TRUE, FALSE },
	{ "unproven delay is shown", DM_DELIVERY_DELAYED, FALSE, DM_EVENT_BOUNCE_UNPROVEN,
	  FALSE, FALSE, TRUE, FALSE },
	{ "proven delivery clears failing", DM_DELIVERY_DELIVERED, TRUE, DM_EVENT_DELIVERED,
	  FALSE, FALSE, FALSE, TRUE },
	{ "unproven delivery clears nothing", DM_DELIVERY_DELIVERED, FALSE,
	  DM_EVENT_BOUNCE_UNPROVEN, FALSE, FALSE, TRUE, FALSE },
};

static void
test_case(gconstpointer data)
{
	const Case *c = data;
	DmBouncePolicy p;
	dm_bounce_policy(c->delivery, c->proven, &p);
	g_assert_cmpstr(dm_event_kind_name(p.event), ==, dm_event_kind_name(c->event));
	g_assert_cmpint(p.stop, ==, c->stop);
	g_assert_cmpint(p.mark_failing, ==, c->mark_failing);
	g_assert_cmpint(p.note != NULL, ==, c->noted);
	g_assert_cmpint(p.clear_failing, ==, c->clear_failing);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *p = g_strconcat("/bounce-policy/", cases[i].name, NULL);
		g_test_add_data_func(p, &cases[i], test_case);
	}
	return g_test_run();
}
