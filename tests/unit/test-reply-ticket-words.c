/* test-reply-ticket-words: a ticket system's notification in Dutch and German, and a
 * status written with a dash, read as the newest comment alone.
 *
 * /reply/ticket-words/notification: "Uw verzoek (48213) is bijgewerkt", a comment dated
 * "06.10.2026, 09:33 MESZ", the invitations to comment ("U kunt op deze e-mail reageren
 * ...", "Sie können auf diese E-Mail antworten ...") and the system's word on the
 * ticket ("Dit ticket is opgelost ...", "This ticket has been marked as solved") go.
 * /reply/ticket-words/near-miss: a person's own "dit ticket is opgelost" or "Ihre Anfrage
 * (…)" in an ordinary reply stays.
 * Each case is the input and the exact text that must remain. */
#include "test-strip-cases.h"

#include <string.h>


static const DmStripCase notification_cases[] = {
	{ "dutch-request-updated",
	  "##- Typ uw antwoord boven deze regel -##\n\nUw verzoek (51877) is bijgewerkt.\n\n"
	  "Joost (Crediteuren)\n3 nov. 2026 10:05 CET\n\nGoedemorgen,\n\nDeze staat voor de "
	  "betaalrun van vrijdag.\n\nGroet,\nJoost\n\nStatus: Open\n"
	  "U kunt op deze e-mail reageren om een opmerking toe te voegen.\n"
	  "Dit bericht is verzonden met Zendesk.\n",
	  "Goedemorgen,\n\nDeze staat voor de betaalrun van vrijdag.\n\nGroet,\nJoost" },
	{ "german-numeric-comment-date",
	  "##- Bitte geben Sie Ihre Antwort über dieser Zeile ein -##\n\n"
	  "Ihre Anfrage (77120) wurde aktualisiert.\n\nMarta Vogel (Kreditoren)\n"
	  "12.11.2026, 14:02 MEZ\n\nGuten Tag,\n\ndie Rechnung ist freigegeben.\n\nGruß\nMarta Vogel\n\n"
	  "Sie können auf diese E-Mail antworten, um einen Kommentar hinzuzufügen.\n",
	  "Guten Tag,\n\ndie Rechnung ist freigegeben.\n\nGruß\nMarta Vogel" },
	{ "dutch-ticket-solved-dash",
	  "##- Typ uw antwoord boven deze regel -##\n\nTicket #60210 — status: opgelost\n\n"
	  "Sanne (Inkoop)\n8 dec. 2026, 09:12 CET\n\nBeste leverancier,\n\nWij betalen deze op "
	  "15-12-2026.\n\nSanne\n\nDit ticket is opgelost. Reageert u binnen 7 dagen, dan wordt het "
	  "heropend.\n",
	  "Beste leverancier,\n\nWij betalen deze op 15-12-2026.\n\nSanne" },
	{ "english-marked-solved",
	  "Ticket #31877 — status: Solved\n\nHi,\n\nPaid in today's run.\n\nLeah\n\n"
	  "This ticket has been marked as solved. If you reply within 7 days it will reopen.\n",
	  "Hi,\n\nPaid in today's run.\n\nLeah" },
};

static const DmStripCase near_miss_cases[] = {
	/* A helpdesk's automatic acknowledgement keeps its words: they say what it is. */
	{ "acknowledgement-stays",
	  "Your request (#40211) has been received and will be reviewed by our team.\n\n"
	  "This is an automated message.\n",
	  "Your request (#40211) has been received and will be reviewed by our team.\n\n"
	  "This is an automated message." },
	{ "person-says-ticket-solved",
	  "Hoi Bas,\n\nJe hebt gelijk, dit ticket is opgelost: ik heb vandaag betaald.\n\nGroet,\nFleur",
	  "Hoi Bas,\n\nJe hebt gelijk, dit ticket is opgelost: ik heb vandaag betaald.\n\nGroet,\nFleur" },
	{ "person-names-request",
	  "Guten Tag,\n\nIhre Anfrage (die Mahnung vom 3.11.) habe ich an die Buchhaltung gegeben.\n",
	  "Guten Tag,\n\nIhre Anfrage (die Mahnung vom 3.11.) habe ich an die Buchhaltung gegeben." },
};


static void
test_notification(void)
{
	dm_test_strip_cases("notification", notification_cases, G_N_ELEMENTS(notification_cases));
}

static void
test_near_miss(void)
{
	dm_test_strip_cases("near-miss", near_miss_cases, G_N_ELEMENTS(near_miss_cases));
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/ticket-words/notification", test_notification);
	g_test_add_func("/reply/ticket-words/near-miss", test_near_miss);
	return g_test_run();
}
