/* test-report-sender: the senders of delivery reports (report_sender.c), asked both ways:
 * with postmaster@ counting (is this a report?) and without it (can this be a person's
 * answer?).
 *
 * /report-sender/machine: MAILER-DAEMON by address, by name, bare in the header; "Mail
 *   Delivery System"; bounces@; "MailerDaemon" written close — reports under either scope.
 * /report-sender/postmaster: postmaster@, returns@, "System Administrator" count only
 *   with postmaster; near misses (a person, "mdaemon" inside a longer word, a
 *   "postmaster-assistant" name read only with postmaster) keep their reading. */
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-report-sender.h"

#include <string.h>

static gboolean
sender(const char *from, DmReportSenderScope scope)
{
	g_autofree char *raw = g_strdup_printf("From: %s\r\nTo: debiteuren@loodgieter-brinkman.example\r\n"
	                                       "Subject: test\r\n\r\nbody\r\n", from);
	GMimeMessage *msg = dm_message_parse(raw, strlen(raw), NULL);
	g_assert_nonnull(msg);
	gboolean r = dm_report_sender(msg, scope);
	g_object_unref(msg);
	return r;
}

static void
test_machine(void)
{
	static const char *const machine[] = {
		"MAILER-DAEMON@mx1.hoveniers-oosterwold.example",
		"Mail Delivery Subsystem <mailer-daemon@mx.schildersbedrijf-vink.example>",
		"Mail Delivery System <MAILER-DAEMON@smtp.zeilmakerij.example>",
		"MAILER-DAEMON",
		"MAILER-DAEMON <>",
		"Mail-Daemon <relay@kantoor-dekker.example>",
		"\"Mail Delivery Service\" <noc@provider-wadden.example>",
		"bounces@list.drukkerij-ploeg.example",
		"mdaemon@mail.bakkerij-uithoorn.example",
		/* Written close, as a name over another address or bare: bounce_person refused
		 * both before the shared list. */
		"MailerDaemon <noreply@mx.glaszetter-veenstra.example>",
		"MAILERDAEMON",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(machine); i++) {
		g_test_message("%s", machine[i]);
		g_assert_true(sender(machine[i], DM_REPORT_SENDER_MACHINE));
		g_assert_true(sender(machine[i], DM_REPORT_SENDER_WITH_POSTMASTER));
	}
}

static void
test_postmaster(void)
{
	static const char *const shared[] = {
		"postmaster@drukkerij-ploeg.example",
		"Postmaster <it@fietsenmaker-hoekstra.example>",
		"returns@webwinkel-lindeboom.example",
		"System Administrator <beheer@tandartspraktijk-zuid.example>",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(shared); i++) {
		g_test_message("%s", shared[i]);
		g_assert_false(sender(shared[i], DM_REPORT_SENDER_MACHINE));
		g_assert_true(sender(shared[i], DM_REPORT_SENDER_WITH_POSTMASTER));
	}
	static const char *const people[] = {
		"Ruud Kramer <ruud@kramer-installatietechniek.example>",
		"Kmdaemonic Tools <info@kmdaemonic.example>",
		"daemon-fan@forum-aquarium.example",
		"Anja Bos <anja.postbus@bos-administratie.example>",
	};
	for (gsize i = 0; i < G_N_ELEMENTS(people); i++) {
		g_test_message("%s", people[i]);
		g_assert_false(sender(people[i], DM_REPORT_SENDER_MACHINE));
		g_assert_false(sender(people[i], DM_REPORT_SENDER_WITH_POSTMASTER));
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/report-sender/machine", test_machine);
	g_test_add_func("/report-sender/postmaster", test_postmaster);
	return g_test_run();
}
