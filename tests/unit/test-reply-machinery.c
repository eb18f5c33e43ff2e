/* test-reply-machinery: the reply's own words inside the machinery around it.
 *
 * /reply/machinery/ticket: a ticket system's notification (Zendesk's "##- ... -##"
 * marker, "Your request N has been updated", a status line, the author and date of each
 * comment, a footer) is read as its newest comment alone; near misses: a person's own
 * "Ticket #… status" sentence and "Status: betaald" in an ordinary reply stay.
 * /reply/machinery/forward: a colleague's answer forwarded under the writer's line is
 * kept without its headers and without the original it answers; near miss: our own
 * reminder forwarded back is not the writer's.
 * /reply/machinery/trailer: signature furniture (certificates, banners, office hours,
 * memberships, a firm's statutory lines, a slogan under a contact block) and short
 * disclaimers go; near misses: the writer's own words that share their vocabulary stay.
 * Each case is the input and the exact text that must remain. */
#include "parser/reply/dm-reply.h"

#include <string.h>

typedef struct {
	const char *name;
	const char *in;
	const char *want;
} Case;

static const Case ticket_cases[] = {
	{ "zendesk-en",
	  "##- Please type your reply above this line -##\n\n"
	  "Your request 51120 has been updated. To add additional comments, reply to this email.\n\n"
	  "Dave Morton (Accounts Payable)\n12 Jan 2027, 09:40 GMT\n\n"
	  "Morning, this went out in Friday's BACS run.\n\n"
	  "Attachment(s)\nremit.pdf\n\nThis email is a service from Fenwick Ltd.\n\n[AB12CD-EF34]\n",
	  "Morning, this went out in Friday's BACS run." },
	{ "zendesk-de-two-comments",
	  "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##\n\n"
	  "Ihre Anfrage 9031 wurde aktualisiert.\n\n"
	  "Eva Lange (Kreditoren)\n14. Jan. 2027, 11:02 MEZ\n\n"
	  "Die Rechnung ist freigegeben, Zahlung am 20.01.\n\n"
	  "Eva Lange (Kreditoren)\n10. Jan. 2027, 08:15 MEZ\n\n"
	  "Wir prüfen die Rechnung.\n\nDiese E-Mail ist ein Service von Lange AG.\n",
	  "Die Rechnung ist freigegeben, Zahlung am 20.01." },
	{ "status-solved-is-chrome",
	  "Uw aanvraag 7710 is bijgewerkt.\n\nTicket #7710 status: opgelost\n\n"
	  "Reactie van Team Inkoop:\nWe hebben uw factuur doorgestuurd naar de budgethouder.\n\n"
	  "Dit is een automatisch verzonden bericht van Inkoop Noord.\n",
	  "We hebben uw factuur doorgestuurd naar de budgethouder." },
	{ "portal-replied",
	  "Please reply above this line.\n\nRe: [AP-7781] Invoice 2027-014\n\nKim Lowe replied:\n\n"
	  "Approved, paying on the 28th.\n\nView this ticket in the supplier portal.\n",
	  "Approved, paying on the 28th." },
	/* Near misses: no notification marker, so a person's words stay whole. */
	{ "person-names-ticket",
	  "Ticket #4471 status: solved on our side, and we paid it on Monday.\n\nRegards,\nLeo",
	  "Ticket #4471 status: solved on our side, and we paid it on Monday.\n\nRegards,\nLeo" },
	{ "person-status-line",
	  "Factuur 2027-031\nStatus: betaald op 4 januari\n\nGroet,\nMies",
	  "Factuur 2027-031\nStatus: betaald op 4 januari\n\nGroet,\nMies" },
};

static const Case forward_cases[] = {
	{ "gmail-forward-of-a-reply",
	  "Zie onder.\n\n---------- Doorgestuurd bericht ---------\nVan: Ans <ans@x.nl>\n"
	  "Date: ma 11 jan. 2027 om 10:00\nSubject: Re: Herinnering\nTo: Bas <bas@x.nl>\n\n"
	  "Bas, die is vorige week al betaald.\n\nAns\n\n"
	  "Op ma 11 jan. 2027 om 09:30 schreef Bas <bas@x.nl>:\n> Ans, klopt dit?\n",
	  "Zie onder.\n\nBas, die is vorige week al betaald.\n\nAns" },
	{ "apple-forward-of-a-reply",
	  "FYI\n\nBegin forwarded message:\n\nFrom: Pat <pat@y.com>\nSubject: Re: invoice\n"
	  "Date: 11 January 2027 at 10:00:00 GMT\nTo: Sam <sam@y.com>\n\n"
	  "Sam, we never got the second pallet.\n\n"
	  "On 11 Jan 2027, at 09:30, Sam <sam@y.com> wrote:\n\n> Pat, did we get it all?\n",
	  "FYI\n\nSam, we never got the second pallet." },
	{ "de-forward-of-a-reply",
	  "Zur Info.\n\n----- Weitergeleitete Nachricht -----\nVon: Ute <ute@z.de>\n"
	  "Gesendet: Montag, 11. Januar 2027 10:00\nAn: Max <max@z.de>\nBetreff: AW: Rechnung\n\n"
	  "Max, die ist am 8.1. bezahlt worden.\n\n"
	  "Am 11.01.2027 um 09:30 schrieb Max <max@z.de>:\n> Ute, ist die offen?\n",
	  "Zur Info.\n\nMax, die ist am 8.1. bezahlt worden." },
	/* Near miss: the reminder itself forwarded back answers nothing. */
	{ "reminder-forwarded-back",
	  "Waar gaat dit over?\n\n---------- Doorgestuurd bericht ---------\n"
	  "Van: Debiteuren <deb@x.nl>\nDate: ma 11 jan. 2027 om 09:00\nSubject: Herinnering\n"
	  "To: Ria <ria@y.nl>\n\nGeachte Ria,\n\nUw factuur staat nog open.\n\nMet vriendelijke groet,\n"
	  "Debiteuren\n",
	  "Waar gaat dit over?" },
};

static void
run(const char *kind, const Case *cases, gsize n)
{
	for (gsize i = 0; i < n; i++) {
		g_autofree char *got = dm_reply_strip_quotes(cases[i].in);
		if (strcmp(got, cases[i].want) != 0)
			g_error("%s case %s: got\n\"%s\"\nwant\n\"%s\"", kind, cases[i].name, got,
			        cases[i].want);
	}
}

static void
test_ticket(void)
{
	run("ticket", ticket_cases, G_N_ELEMENTS(ticket_cases));
}

static void
test_forward(void)
{
	run("forward", forward_cases, G_N_ELEMENTS(forward_cases));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/machinery/ticket", test_ticket);
	g_test_add_func("/reply/machinery/forward", test_forward);
	return g_test_run();
}
