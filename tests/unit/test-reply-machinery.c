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
 * /reply/machinery/table-cell: an HTML-only reply whose text sits in a table cell.
 * Each case is the input and the exact text that must remain. */
#include "test-strip-cases.h"

#include <string.h>


static const DmStripCase ticket_cases[] = {
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
	/* A comment that opens "Your request ..." as a person writes it, not in the system's
	 * shape ("Your request 5112 has been updated."), is the reply (review of e8a52d8). */
	{ "comment-your-request",
	  "##- Please type your reply above this line -##\n\nYour request 5112 has been updated.\n\n"
	  "Dave Morton (Accounts Payable)\n12 Jan 2027, 09:40 GMT\n\n"
	  "Your request for payment has been approved, it goes out in Friday's run.\n\n"
	  "This email is a service from Fenwick Ltd.\n",
	  "Your request for payment has been approved, it goes out in Friday's run." },
	/* Near misses: no notification marker, so a person's words stay whole. */
	{ "person-names-ticket",
	  "Ticket #4471 status: solved on our side, and we paid it on Monday.\n\nRegards,\nLeo",
	  "Ticket #4471 status: solved on our side, and we paid it on Monday.\n\nRegards,\nLeo" },
	{ "person-status-line",
	  "Factuur 2027-031\nStatus: betaald op 4 januari\n\nGroet,\nMies",
	  "Factuur 2027-031\nStatus: betaald op 4 januari\n\nGroet,\nMies" },
};

static const DmStripCase forward_cases[] = {
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
	/* A colleague's note forwarded with nothing quoted under it: its subject says it
	 * answers. */
	{ "forward-of-a-bare-answer",
	  "Zie hieronder.\n\n---------- Doorgestuurd bericht ---------\nVan: Ans <ans@x.nl>\n"
	  "Date: ma 11 jan. 2027 om 10:00\nSubject: Re: Herinnering factuur 2027-003\n"
	  "To: Bas <bas@x.nl>\n\nBas, die is al betaald op 8 januari.\n\nAns\n",
	  "Zie hieronder.\n\nBas, die is al betaald op 8 januari.\n\nAns" },
	/* Near miss: the reminder itself forwarded back answers nothing. */
	{ "reminder-forwarded-back",
	  "Waar gaat dit over?\n\n---------- Doorgestuurd bericht ---------\n"
	  "Van: Debiteuren <deb@x.nl>\nDate: ma 11 jan. 2027 om 09:00\nSubject: Herinnering\n"
	  "To: Ria <ria@y.nl>\n\nGeachte Ria,\n\nUw factuur staat nog open.\n\nMet vriendelijke groet,\n"
	  "Debiteuren\n",
	  "Waar gaat dit over?" },
};

static const DmStripCase trailer_cases[] = {
	{ "certificates-and-banner",
	  "Die meerwerkpost is nooit opgedragen.\n\nGroet,\nRoel\n\nBos Bouw B.V.\n"
	  "Kade 3, 8011 AC Zwolle\n038 421 00 00\n\nVCA** gecertificeerd | ISO 9001:2015\n\n"
	  "Bezoek ons op de Bouwbeurs 2027, hal 7, stand 7.114!\n",
	  "Die meerwerkpost is nooit opgedragen.\n\nGroet,\nRoel" },
	{ "office-hours-line",
	  "Kunt u de factuur opnieuw sturen?\n\nGroet,\nNina\n\nNina Bakker\n"
	  "Oudegracht 2, 3511 AA Utrecht\n030 555 0000\nIk werk op ma, di en do.\n",
	  "Kunt u de factuur opnieuw sturen?\n\nGroet,\nNina" },
	{ "membership-sentence",
	  "Ist überwiesen.\n\nLG\nMartin\n\nHofer Elektro e.U.\n4020 Linz\n+43 732 66 01 44\n"
	  "Mitglied der Landesinnung OÖ\n",
	  "Ist überwiesen.\n\nLG\nMartin" },
	{ "german-register-lines",
	  "Bitte schicken Sie die Rechnung als PDF.\n\nGruß\nTobias\n\nBrandt GmbH & Co. KG\n"
	  "Tel. +49 421 390 77 12\n\nSitz der Gesellschaft: Bremen, Registergericht Bremen HRA 27741\n"
	  "USt-IdNr. DE 281 447 902\n",
	  "Bitte schicken Sie die Rechnung als PDF.\n\nGruß\nTobias" },
	{ "address-line-with-number",
	  "Paid on Friday.\n\nRegards\nThabo\n\nNkosi Electrical (Pty) Ltd\n"
	  "Unit 4, Montague Park, Cape Town 7441\nTel: 021 555 0190\n",
	  "Paid on Friday.\n\nRegards\nThabo" },
	{ "slogan-under-contact",
	  "Wilt u de herinnering naar ons nieuwe adres sturen?\n\nGroet,\nIrene\n\nHoekstra Groep\n"
	  "T 058 233 19 00\nKvK 01092773\n\nSamen bouwen aan een duurzaam Friesland\n",
	  "Wilt u de herinnering naar ons nieuwe adres sturen?\n\nGroet,\nIrene" },
	{ "short-confidential-notice",
	  "Wij betalen na ontvangst van de creditnota.\n\nMet vriendelijke groeten,\nGreet\n\n"
	  "Dit bericht en eventuele bijlagen zijn vertrouwelijk.\n",
	  "Wij betalen na ontvangst van de creditnota.\n\nMet vriendelijke groeten,\nGreet" },
	{ "terms-over-all-work",
	  "De vordering is ter verificatie aangemeld.\n\nHoogachtend,\nmr. Hofstede\n\n"
	  "Hofstede Advocaten is een maatschap. Op alle werkzaamheden zijn de algemene voorwaarden "
	  "van toepassing.\n",
	  "De vordering is ter verificatie aangemeld.\n\nHoogachtend,\nmr. Hofstede" },
	{ "not-liable-for-email",
	  "De factuur wordt binnen 30 dagen voldaan.\n\nMet vriendelijke groet,\nTineke\n\n"
	  "Woonstichting Noord is niet aansprakelijk voor schade die voortvloeit uit het gebruik "
	  "van deze e-mail.\n",
	  "De factuur wordt binnen 30 dagen voldaan.\n\nMet vriendelijke groet,\nTineke" },
	{ "named-recipient-only",
	  "Please confirm the balance.\n\nYours faithfully,\nClient Services\n\n"
	  "This message is intended for the named recipient only.\n",
	  "Please confirm the balance.\n\nYours faithfully,\nClient Services" },
	{ "vom-handy-gesendet",
	  "Hi, ich zahle am Dienstag.\n\nVG Philipp\n\nVom Handy gesendet\n",
	  "Hi, ich zahle am Dienstag.\n\nVG Philipp" },
	/* A P.S. under the signature, beside the slogan above: the writer's (review of
	 * e8a52d8). */
	{ "ps-under-contact",
	  "Hallo,\n\nbetaald\n\nJan de Vries\nTel. 06-12345678\n\n"
	  "het restant komt op vrijdag binnen\n",
	  "Hallo,\n\nbetaald\n\nJan de Vries\nTel. 06-12345678\n\n"
	  "het restant komt op vrijdag binnen" },
	/* The writer's line right above name and telephone, with a number and no full stop,
	 * or in office-hours words: no address line, no furniture (review of e8a52d8); the
	 * address line with a number above stays a signature's. */
	{ "unpunctuated-line-above-name",
	  "Hallo,\n\nHet bedrag van 450 euro is op 3 december overgemaakt\nJan de Vries\n"
	  "Tel. 06-12345678\n",
	  "Hallo,\n\nHet bedrag van 450 euro is op 3 december overgemaakt" },
	{ "unpunctuated-line-above-name-en",
	  "Hi,\n\nThe 450 pounds went out on 3 December via BACS\nJohn Smith\n"
	  "Tel. 07700 900123\n",
	  "Hi,\n\nThe 450 pounds went out on 3 December via BACS" },
	{ "office-hours-sentence-above-name",
	  "Hallo,\n\nIk werk op maandag weer, dan maak ik het bedrag over.\nJan de Vries\n"
	  "06-12345678\n",
	  "Hallo,\n\nIk werk op maandag weer, dan maak ik het bedrag over." },
	{ "office-hours-sentence-above-name-en",
	  "Hi,\n\nI work on Tuesdays only, so the payment will go out next Tuesday.\nJohn Smith\n"
	  "Tel. 07700 900123\n",
	  "Hi,\n\nI work on Tuesdays only, so the payment will go out next Tuesday." },
	/* Near misses: the writer's own words in the trailer's vocabulary stay. */
	{ "writer-sent-from-phone-sentence",
	  "Ich habe es vom Handy gesendet, aber die Überweisung hängt noch.",
	  "Ich habe es vom Handy gesendet, aber die Überweisung hängt noch." },
	{ "writer-says-confidential",
	  "Hoi,\n\nIk wil dit graag vertrouwelijk houden richting mijn compagnon, maar ik betaal "
	  "de factuur vrijdag privé.",
	  "Hoi,\n\nIk wil dit graag vertrouwelijk houden richting mijn compagnon, maar ik betaal "
	  "de factuur vrijdag privé." },
	{ "writer-says-terms-do-not-apply",
	  "Goedemiddag,\n\nOp deze opdracht zijn uw eigen algemene voorwaarden niet van toepassing: "
	  "we spraken een vaste prijs af.",
	  "Goedemiddag,\n\nOp deze opdracht zijn uw eigen algemene voorwaarden niet van toepassing: "
	  "we spraken een vaste prijs af." },
	{ "office-closed-for-holidays-is-text",
	  "Ons kantoor is gesloten tijdens de feestdagen. Wij zijn terug op 6 januari.\n\n"
	  "Drukkerij Van Loo",
	  "Ons kantoor is gesloten tijdens de feestdagen. Wij zijn terug op 6 januari.\n\n"
	  "Drukkerij Van Loo" },
	{ "name-under-a-line-with-an-address",
	  "Hello,\n\nThis is for my wife, please write to her: petra@example.com\n\nJan",
	  "Hello,\n\nThis is for my wife, please write to her: petra@example.com\n\nJan" },
	{ "remittance-table-stays",
	  "Hieronder de specificatie van onze betaling:\n\nFactuur | Datum | Bedrag\n"
	  "F2026-1188 | 02-10-2026 | € 1.210,00\nF2026-1350 | 06-11-2026 | € 605,00\n\n"
	  "Met vriendelijke groet,\nCrediteuren",
	  "Hieronder de specificatie van onze betaling:\n\nFactuur | Datum | Bedrag\n"
	  "F2026-1188 | 02-10-2026 | € 1.210,00\nF2026-1350 | 06-11-2026 | € 605,00\n\n"
	  "Met vriendelijke groet,\nCrediteuren" },
};


static void
test_ticket(void)
{
	dm_test_strip_cases("ticket", ticket_cases, G_N_ELEMENTS(ticket_cases));
}

static void
test_forward(void)
{
	dm_test_strip_cases("forward", forward_cases, G_N_ELEMENTS(forward_cases));
}

static void
test_trailer(void)
{
	dm_test_strip_cases("trailer", trailer_cases, G_N_ELEMENTS(trailer_cases));
}

/* HTML-only mail whose text sits in a table cell, as newsletters' editors and some
 * ticket portals write it: the cell's words are the reply, the quote below is not. */
static void
test_table_cell(void)
{
	static const char html[] =
		"<html><body><table width=\"600\"><tr><td style=\"padding:12px\">"
		"Goedemiddag,<br><br>De factuur is op 3 december betaald.<br><br>Groet,<br>Lies"
		"</td></tr></table>"
		"<div class=\"gmail_quote\"><div class=\"gmail_attr\">Op ma 7 dec. 2026 om 09:00 "
		"schreef Debiteuren &lt;deb@x.nl&gt;:</div><blockquote class=\"gmail_quote\">"
		"Uw factuur staat nog open.</blockquote></div></body></html>";
	g_autofree char *got = dm_reply_strip_html(html, strlen(html));
	g_assert_cmpstr(got, ==, "Goedemiddag,\n\nDe factuur is op 3 december betaald.\n\nGroet,\nLies");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/machinery/ticket", test_ticket);
	g_test_add_func("/reply/machinery/forward", test_forward);
	g_test_add_func("/reply/machinery/trailer", test_trailer);
	g_test_add_func("/reply/machinery/table-cell", test_table_cell);
	return g_test_run();
}
