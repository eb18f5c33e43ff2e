/* test-reply-text: the new text of a reply, one case per client habit.
 *
 * /reply/text/plain: each client's quote in plain text (attribution lines in Dutch,
 * English, German and French, also wrapped; Outlook's header blocks in four languages;
 * "Original Message" separators; forwarded blocks; inline answers), signatures, mobile
 * footers and disclaimers: the input and the exact text that must remain.
 * /reply/text/html: the same on the HTML tree (gmail_quote, Apple Mail's and
 * Thunderbird's blockquote type="cite", Outlook's divRplyFwdMsg, header block,
 * OLK_SRC_BODY_SECTION and stopSpelling).
 * /reply/text/disclaimer: a promise above a disclaimer survives, the disclaimer's words
 * never do, in each language.
 * /reply/text/message: a message whose HTML marks the quote is read from its HTML. */
#include "parser/mime/dm-message.h"
#include "parser/reply/dm-reply.h"

#include <string.h>

typedef struct {
	const char *name;
	const char *in;
	const char *want;
} TextCase;

static const TextCase plain_cases[] = {
	{ "gmail-nl", "Ik betaal vrijdag.\n\nOp ma 23 nov. 2026 om 10:12 schreef Debiteuren "
	  "<deb@x.nl>:\n> Uw factuur staat open.\n", "Ik betaal vrijdag." },
	{ "gmail-nl-wrapped", "Klopt niet.\n\nOp ma 23 nov. 2026 om 10:12 schreef Debiteuren <\n"
	  "deb@x.nl>:\n\n> Uw factuur staat open.\n", "Klopt niet." },
	{ "gmail-en", "Paid yesterday.\n\nOn Mon, Nov 23, 2026 at 10:12 AM Billing "
	  "<billing@x.com> wrote:\n> Your invoice is overdue.\n", "Paid yesterday." },
	{ "gmail-de", "Zahle morgen.\n\nAm Mo., 23. Nov. 2026 um 10:12 Uhr schrieb Buchhaltung "
	  "<b@x.de>:\n> Ihre Rechnung ist offen.\n", "Zahle morgen." },
	{ "gmail-fr", "Payé hier.\n\nLe lun. 23 nov. 2026 à 10:12, Compta <c@x.fr> a écrit :\n"
	  "> Votre facture est due.\n", "Payé hier." },
	{ "outlook-nl", "Wordt vrijdag betaald.\n\nVan: Debiteuren <deb@x.nl>\nVerzonden: maandag "
	  "23 november 2026 10:12\nAan: Jan <jan@y.nl>\nOnderwerp: Herinnering factuur\n\n"
	  "Geachte heer, uw factuur staat nog open.\n", "Wordt vrijdag betaald." },
	{ "outlook-en", "We dispute this.\n\nFrom: Billing <b@x.com>\nSent: Monday, November 23, "
	  "2026 10:12 AM\nTo: Sarah <s@y.com>\nSubject: Reminder\n\nDear Sarah, please pay.\n",
	  "We dispute this." },
	{ "outlook-de", "Ist bezahlt.\n\nVon: Buchhaltung <b@x.de>\nGesendet: Montag, 23. "
	  "November 2026 10:12\nAn: Jan <j@y.de>\nBetreff: Zahlungserinnerung\n\nSehr geehrte "
	  "Damen und Herren, bitte zahlen Sie.\n", "Ist bezahlt." },
	{ "outlook-fr", "Payé.\n\nDe : Compta <c@x.fr>\nEnvoyé : lundi 23 novembre 2026 10:12\n"
	  "À : Jean <j@y.fr>\nObjet : Relance\n\nMerci de payer.\n", "Payé." },
	{ "original-en", "Paid.\n\n-----Original Message-----\nFrom: a\nSent: b\n\nPlease pay.\n",
	  "Paid." },
	{ "original-nl", "Is betaald.\n\n-----Oorspronkelijk bericht-----\nVan: x\nOnderwerp: y\n\n"
	  "Graag betalen.\n", "Is betaald." },
	{ "original-de", "Bezahlt.\n\n-----Ursprüngliche Nachricht-----\nVon: x\nBetreff: y\n\n"
	  "Bitte zahlen.\n", "Bezahlt." },
	{ "underscores", "Paid.\n________________________________\nFrom: a\nSent: b\n", "Paid." },
	/* The writer points at the forward ("zie hieronder"): its words are the reply's
	 * point, as a forward sent without a word is (test-blind17's call); without the
	 * pointer only the writer's line (test-reply-pointed). */
	{ "forwarded", "Zie hieronder.\n\n---------- Forwarded message ---------\nVan: Bank\n"
	  "Datum: 20 nov. 2026\nOnderwerp: Betaling\n\nUw betaling is uitgevoerd.\n",
	  "Zie hieronder.\n\nUw betaling is uitgevoerd." },
	{ "forward-alone", "---------- Forwarded message ---------\nFrom: Bank <b@bank.nl>\n"
	  "Date: Fri, Nov 20, 2026\nSubject: Payment\n\nYour payment was made.\n",
	  "Your payment was made." },
	{ "inline-after-header", "Hi, see below.\n-----Original Message-----\nFrom: Billing\n"
	  "Sent: 10 March 2026\n\n> Invoice 17 is overdue.\n\nWe paid it in February.\n\n"
	  "> Please pay.\n\nColin", "Hi, see below.\n\nWe paid it in February.\n\nColin" },
	/* An HTML-to-text converter broke the address, and "> wrote:" reads as a quote. */
	{ "attribution-broken-address", "Paid.\n\nOn Thu, 31 Mar 2026 at 11:16 Billing\n\n<\n"
	  "mailto:Billing <b@x.com>\n> wrote:\n\nPlease pay invoice 17.\n", "Paid." },
	{ "broken-address-needs-verb", "Paid.\n\nOn Thu, 31 Mar 2026 at 11:16 we paid\n\n<\n"
	  "> the amount\n", "Paid.\n\nOn Thu, 31 Mar 2026 at 11:16 we paid\n\n<" },
	{ "inline-after-attribution", "On Mon, Nov 23, 2026 at 10:12 AM Billing <b@x.com> "
	  "wrote:\n> Invoice 17 is overdue.\n\nNot ours, we never ordered it.\n",
	  "Not ours, we never ordered it." },
	{ "sig-dashes", "Betaal morgen.\n\n-- \nJan Jansen\n06 1234 5678\n", "Betaal morgen." },
	{ "sig-contact", "Betaal morgen.\n\nMet vriendelijke groet,\nJan\n\nJan Jansen\n"
	  "Jansen Installatie B.V.\nT 010 123 4567\nwww.jansen.nl\n",
	  "Betaal morgen.\n\nMet vriendelijke groet,\nJan" },
	{ "sig-closing-alone", "Betaal morgen.\n\nMet vriendelijke groet,\n\nJan Jansen\n"
	  "Jansen BV\n", "Betaal morgen." },
	{ "sig-name-title-contact", "Gr Ruud\n\nRUUD KAMPHUIS\neigenaar\n\nKamphuis Grondverzet\n"
	  "Industrieweg 7\n3846 BC Harderwijk\n\nM 06 4893 1377\n", "Gr Ruud" },
	{ "sig-en", "Will pay Friday.\n\nCheers\nDave\n\nDave Whitlock\nSite Manager | Whitlock "
	  "Build Ltd\nT: 01632 960 442\n", "Will pay Friday.\n\nCheers\nDave" },
	{ "sig-de", "Zahle am 5.\n\nViele Grüße\nJonas\n\nJonas Wehrmann\nGeschäftsführer\n"
	  "Tel. +49 30 1234567\n", "Zahle am 5.\n\nViele Grüße\nJonas" },
	{ "sig-degree", "Will pay Friday.\n\nJohn E. Doe, Ph.D.\nPresident\nXxx Research\n"
	  "john@example.com\n", "Will pay Friday." },
	{ "sig-firm-suffix", "Not done, not paying.\n\nGreg Pruitt\nTall Pines Builders Inc.\n",
	  "Not done, not paying." },
	{ "sig-closing-name-suffix", "We dispute it.\n\nYours faithfully,\n\nSteven R. Baker, "
	  "Esq.\n\nBaker Law Office, P.C.\n200 Main Street\n", "We dispute it.\n\nYours "
	  "faithfully,\n\nSteven R. Baker, Esq." },
	{ "sentence-ending-in-firm", "Paid today.\n\nWe sent it to Acme Inc.",
	  "Paid today.\n\nWe sent it to Acme Inc." },
	{ "footer-nl", "Komt eraan.\n\nVerzonden vanaf mijn iPhone\n", "Komt eraan." },
	{ "footer-galaxy", "Paid.\n\nSent from my Galaxy\n", "Paid." },
	{ "footer-de", "Erledigt.\n\nVon meinem iPhone gesendet\n", "Erledigt." },
	{ "footer-outlook-ios", "Klopt.\n\nOutlook voor iOS downloaden<https://aka.ms/o0ukef>\n",
	  "Klopt." },
	{ "footer-outlook-android", "OK.\n\nGet Outlook for Android<https://aka.ms/ghei36>\n",
	  "OK." },
	{ "footer-outlook-android-de", "Zahle am Freitag.\n\nOutlook für Android beziehen\n",
	  "Zahle am Freitag." },
	{ "footer-then-forward", "Betaald.\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
	  "Uw betaling\n", "Betaald." },
	{ "lazy-wrapped-quote", "Ok.\n\nOn Mon, Nov 23, 2026 at 10:12 AM B <b@x.com> wrote:\n"
	  "> a long quoted line that a careless program\nwrapped without a marker\n> end\n",
	  "Ok." },
	{ "greeting-kept", "Groeten uit Zeeland, de factuur klopt niet.",
	  "Groeten uit Zeeland, de factuur klopt niet." },
	{ "device-words-in-text", "Sent from my iPhone the invoice is wrong and I will not pay it "
	  "before you fix the amount on line two.", "Sent from my iPhone the invoice is wrong and "
	  "I will not pay it before you fix the amount on line two." },
	{ "only-a-name-and-number", "Jan\n06 1234 5678\n", "Jan\n06 1234 5678" },
	/* A mailing's links say what the message is: they stay, in three languages, where a
	 * person's signature with a "|" under them still goes. */
	{ "mailing-en", "The December Edition: 5 trends in flexible workspace\n\nRead more\n\n"
	  "Unsubscribe | Manage preferences\n", "The December Edition: 5 trends in flexible "
	  "workspace\n\nRead more\n\nUnsubscribe | Manage preferences" },
	{ "mailing-nl", "Nieuw in ons assortiment: tuinmeubelen.\n\nBekijk online | Afmelden | "
	  "Contact\n", "Nieuw in ons assortiment: tuinmeubelen.\n\nBekijk online | Afmelden | "
	  "Contact" },
	{ "mailing-de", "Frohe Festtage wünscht Ihr Team!\n\nElektro Huber GmbH | Abmelden | "
	  "Datenschutz\n", "Frohe Festtage wünscht Ihr Team!\n\nElektro Huber GmbH | Abmelden | "
	  "Datenschutz" },
	{ "sig-pipes-still-go", "Will pay Friday.\n\nCraig Lund | Lund Machining\n",
	  "Will pay Friday." },
	{ "empty", "", "" },
};

#define QUOTED_NL "Geachte klant, factuur 2026-17 is nog niet betaald, graag betalen."

static const TextCase html_cases[] = {
	{ "gmail", "<div dir=\"ltr\">Ik betaal vrijdag.</div><br><div class=\"gmail_quote\">"
	  "<div dir=\"ltr\" class=\"gmail_attr\">Op ma 23 nov. 2026 schreef B &lt;b@x.nl&gt;:"
	  "</div><blockquote class=\"gmail_quote\">" QUOTED_NL "</blockquote></div>",
	  "Ik betaal vrijdag." },
	{ "apple-mail", "<html><body><div>Is betaald.</div><div><br><blockquote type=\"cite\">"
	  "<div>" QUOTED_NL "</div></blockquote></div></body></html>", "Is betaald." },
	{ "thunderbird", "<p>Klopt niet.</p><div class=\"moz-cite-prefix\">Op 23-11-2026 om "
	  "10:12 schreef B:<br></div><blockquote type=\"cite\" cite=\"mid:x@y\">" QUOTED_NL
	  "</blockquote>", "Klopt niet." },
	{ "outlook-web", "<div>Wordt vrijdag betaald.</div><hr style=\"display:inline-block\">"
	  "<div id=\"divRplyFwdMsg\"><b>Van:</b> B<br><b>Verzonden:</b> maandag</div>"
	  "<div>" QUOTED_NL "</div>", "Wordt vrijdag betaald." },
	{ "outlook-web-requoted", "<div>Betaald.</div><div id=\"x_divRplyFwdMsg\"><b>From:</b>"
	  " B</div><div>" QUOTED_NL "</div>", "Betaald." },
	{ "outlook-desktop", "<div class=WordSection1><p>We betalen morgen.</p><div><div "
	  "style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p>"
	  "<b>Van:</b> B<br><b>Verzonden:</b> maandag</p></div></div><p>" QUOTED_NL
	  "</p></div>", "We betalen morgen." },
	{ "outlook-mac", "<div>Paid.</div><span id=\"OLK_SRC_BODY_SECTION\"><div>From: B</div>"
	  "<div>" QUOTED_NL "</div></span>", "Paid." },
	{ "outlook-com", "<div>Bezahlt.</div><hr id=\"stopSpelling\">Von: B<br>" QUOTED_NL,
	  "Bezahlt." },
	{ "no-quote", "<p>Wij betwisten deze factuur.</p><p>Jan</p>",
	  "Wij betwisten deze factuur.\nJan" },
	{ "html-signature-and-footer", "<div>Komt vrijdag.</div><div><br></div><div>Verzonden "
	  "vanaf mijn iPhone</div><blockquote type=\"cite\">" QUOTED_NL "</blockquote>",
	  "Komt vrijdag." },
};

static void
check(const char *kind, const TextCase *c, const char *got)
{
	if (strcmp(got, c->want) != 0)
		g_error("%s case %s: got\n\"%s\"\nwant\n\"%s\"", kind, c->name, got, c->want);
}

static void
test_plain(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(plain_cases); i++) {
		g_autofree char *got = dm_reply_strip_quotes(plain_cases[i].in);
		check("plain", &plain_cases[i], got);
	}
}

static void
test_html(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(html_cases); i++) {
		const TextCase *c = &html_cases[i];
		g_autofree char *got = dm_reply_strip_html(c->in, strlen(c->in));
		check("html", c, got);
		/* And never a word of the quoted reminder. */
		g_assert_null(strstr(got, "graag betalen"));
	}
}

typedef struct {
	const char *promise;
	const char *disclaimer;
	const char *const words[3];     /* must not survive */
} DisclaimerCase;

static void
test_disclaimer(void)
{
	static const DisclaimerCase cases[] = {
		{ "Wij betalen de factuur op 5 december.\n\nMet vriendelijke groet,\nPetra",
		  "Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht "
		  "onterecht ontvangen, of bent u niet de geadresseerde, verwijder het dan en "
		  "meld het de afzender.",
		  { "onterecht ontvangen", "niet de geadresseerde", NULL } },
		{ "We will pay on Friday.\n\nKind regards,\nSarah",
		  "This e-mail and any attachments are confidential and intended solely for the "
		  "addressee. If you have received this e-mail in error, please notify the "
		  "sender and delete it.",
		  { "confidential", "in error", NULL } },
		{ "Wir zahlen am 5. Dezember.\n\nMit freundlichen Grüßen\nJonas",
		  "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige "
		  "Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie "
		  "bitte sofort den Absender.",
		  { "irrtümlich erhalten", "richtige Adressat", NULL } },
		/* Short German ones, under ten words and without the long phrases: Swiss
		 * spelling without ß, a "Mitteilung", "nur für den Empfänger bestimmt". */
		{ "Wir zahlen am 5. Dezember.\n\nFreundliche Grüsse\nReto",
		  "Diese Mitteilung ist vertraulich und nur für den Empfänger bestimmt.",
		  { "vertraulich", "Empfänger", NULL } },
		{ "Die Zahlung folgt am Freitag.\n\nLG\nAndrea",
		  "Vertraulich – ausschliesslich für den Adressaten bestimmt.",
		  { "Vertraulich", "Adressaten", NULL } },
		{ "Wir überweisen morgen.\n\nGruß\nTim",
		  "Falsch zugestellt? Bitte informieren Sie den Absender und löschen Sie diese E-Mail.",
		  { "Absender", "löschen", NULL } },
		/* A firm's own terms under every mail, whose "Klachten" is nobody's dispute;
		 * the printing footers. */
		{ "Eind van de maand betaal ik het in 1 keer.\n\nGroet,\nMarco",
		  "Op al onze diensten zijn onze algemene voorwaarden van toepassing. Klachten over "
		  "facturen dienen binnen 8 dagen na factuurdatum schriftelijk te worden gemeld.",
		  { "Klachten", "voorwaarden", NULL } },
		{ "Paid it Tuesday.\n\nCheers,\nDan",
		  "Please consider the environment before printing this email.",
		  { "environment", "printing", NULL } },
		{ "Überweise ich am Freitag.\n\nGruß\nUte",
		  "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
		  { "Umwelt", "ausdrucken", NULL } },
		/* A firm's terms named for its services; "may contain confidential" in
		 * German; the Dutch "geen rechten" as Dutch firms write it in English. */
		{ "Wij betalen donderdag.\n\nHoogachtend,\nmr. P. Bos",
		  "Op al onze diensten zijn de algemene voorwaarden van Bos Advocatuur van "
		  "toepassing.", { "voorwaarden", NULL } },
		{ "Die Rechnung ist angewiesen.\n\nMit freundlichen Grüßen\nKreditoren",
		  "Diese E-Mail kann vertrauliche Informationen enthalten.",
		  { "vertrauliche", NULL } },
		{ "Paid yesterday.\n\nKind regards,\nAccounts Payable",
		  "No rights can be derived from this e-mail.", { "rights", NULL } },
		/* A German firm's terms, whose "Einwendungen" is no dispute; the regulator's
		 * line of a law firm; an adjective before "Adressaten". */
		{ "Wir verweisen auf unsere Zahlung vom 22.09.\n\nMit freundlichen Grüßen\nBuchhaltung",
		  "Geschäftsführer: A. Haller | Amtsgericht Stuttgart HRB 765432 | USt-IdNr. "
		  "DE298765431. Es gelten unsere Allgemeinen Geschäftsbedingungen. Einwendungen "
		  "gegen Rechnungen sind innerhalb von 14 Tagen schriftlich geltend zu machen.",
		  { "Einwendungen", "Haller", NULL } },
		{ "We will pay the undisputed part on Friday.\n\nYours faithfully,\nE. Marsh",
		  "Harrowgate Lane Solicitors LLP is authorised and regulated by the Solicitors "
		  "Regulation Authority (SRA No. 612345).", { "Regulation", NULL } },
		{ "Bezahlt am Montag.\n\nGruss\nPeter",
		  "Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt.",
		  { "Adressaten", NULL } },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		const DisclaimerCase *c = &cases[i];
		/* Under the reply, and under a signature and a footer too. */
		g_autofree char *plain = g_strdup_printf("%s\n\n%s\n", c->promise, c->disclaimer);
		g_autofree char *full = g_strdup_printf("%s\n\nT 010 123 4567\nwww.x.nl\n\n%s\n\n"
		                                        "Sent from my iPhone\n\nOn Mon, Nov 23, "
		                                        "2026 at 10:12 AM B <b@x.com> wrote:\n"
		                                        "> Please pay.\n", c->promise,
		                                        c->disclaimer);
		const char *inputs[] = { plain, full };
		for (gsize k = 0; k < G_N_ELEMENTS(inputs); k++) {
			g_autofree char *got = dm_reply_strip_quotes(inputs[k]);
			g_assert_cmpstr(got, ==, c->promise);
			for (gsize w = 0; c->words[w]; w++)
				g_assert_null(strstr(got, c->words[w]));
		}
		/* And in an HTML-only reply, its lines ended by <br> as Outlook on the web
		 * writes them: the empty line still parts the disclaimer from the reply. */
		g_autoptr(GString) html = g_string_new("<div>");
		g_autofree char *escaped = g_markup_escape_text(plain, -1);
		g_string_append(html, escaped);
		g_string_replace(html, "\n", "<br>\n", 0);
		g_string_append(html, "</div><div id=\"divRplyFwdMsg\">" QUOTED_NL "</div>");
		g_autofree char *got = dm_reply_strip_html(html->str, html->len);
		g_assert_cmpstr(got, ==, c->promise);
	}
}

/* A debtor's own words about the terms are the reply, not a trailer. */
static void
test_disclaimer_near_miss(void)
{
	const char *text = "Die factuur betaal ik niet.\n\n"
	                   "Volgens uw algemene voorwaarden geldt een termijn van 30 dagen, "
	                   "dus ik ben niet te laat.";
	g_autofree char *got = dm_reply_strip_quotes(text);
	g_assert_cmpstr(got, ==, text);
}

/* A reply written in a layout table: a row of two cells, one over several lines, is laid
 * out as columns (html.c), but the quoted mail Outlook marks inside it still ends the text
 * there, with every row after it. */
static void
test_html_stop_in_row_of_columns(void)
{
	static const char html[] =
		"<table><tr><td>Bakkerij Olmen<br>Dorpsstraat 4</td>"
		"<td>Wordt vrijdag betaald.<br>Piet"
		"<div id=\"divRplyFwdMsg\"><b>Van:</b> B<br><b>Verzonden:</b> maandag</div></td>"
		"<td>" QUOTED_NL "</td></tr>"
		"<tr><td>" QUOTED_NL "</td></tr></table>";
	g_autofree char *got = dm_reply_strip_html(html, strlen(html));
	g_assert_nonnull(strstr(got, "vrijdag betaald"));
	g_assert_null(strstr(got, "graag betalen"));
}

/* multipart/alternative whose text/plain carries the quote unmarked (as some clients
 * write it) and whose HTML marks it: the HTML decides. */
static void
test_message(void)
{
	static const char eml[] =
		"From: Jan <jan@y.nl>\r\nTo: deb@x.nl\r\nSubject: Re: Herinnering\r\n"
		"Date: Mon, 23 Nov 2026 10:12:00 +0100\r\nMIME-Version: 1.0\r\n"
		"Content-Type: multipart/alternative; boundary=\"b\"\r\n\r\n"
		"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
		"Ik betaal vrijdag.\r\n\r\n" QUOTED_NL "\r\n"
		"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
		"<div>Ik betaal vrijdag.</div><div class=\"gmail_quote\">" QUOTED_NL "</div>\r\n"
		"--b--\r\n";
	g_autoptr(GError) error = NULL;
	GMimeMessage *msg = dm_message_parse(eml, sizeof eml - 1, &error);
	g_assert_no_error(error);
	g_autofree char *got = dm_reply_new_text(msg);
	g_object_unref(msg);
	g_assert_cmpstr(got, ==, "Ik betaal vrijdag.");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	g_test_add_func("/reply/text/plain", test_plain);
	g_test_add_func("/reply/text/html", test_html);
	g_test_add_func("/reply/text/html-stop-in-row-of-columns", test_html_stop_in_row_of_columns);
	g_test_add_func("/reply/text/disclaimer", test_disclaimer);
	g_test_add_func("/reply/text/disclaimer-near-miss", test_disclaimer_near_miss);
	g_test_add_func("/reply/text/message", test_message);
	return g_test_run();
}
