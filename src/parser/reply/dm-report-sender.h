/* dm-report-sender: the senders delivery reports come from (report_sender.c).  Private to
 * src/parser/reply and its tests. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>

/* Which senders count. */
typedef enum {
	/* Only what no person writes as: MAILER-DAEMON, "Mail Delivery System", bounces@. */
	DM_REPORT_SENDER_MACHINE,
	/* Those, and the mailboxes reports come from that people answer from too:
	 * postmaster@, returns@, "System Administrator". */
	DM_REPORT_SENDER_WITH_POSTMASTER,
} DmReportSenderScope;

/* TRUE when @msg's From is a sender of delivery reports within @scope: by its address, its
 * display name, or — when the header holds no address ("From: MAILER-DAEMON") — by the
 * header's words. */
gboolean dm_report_sender(GMimeMessage *msg, DmReportSenderScope scope);
