/* test-reply-rules: single rules of the built-in table (classify_rules.c) on the texts
 * they are for and on their near misses.
 *
 * /reply/rules/refund: money asked back (question_refund) in the three languages, as
 * people who paid twice write it, including the German separable verb ("überweisen Sie
 * … zurück") and a credit note paid out; not a new account named for refunds to come, a
 * payment promised, a credit note asked for (a dispute's rule), or a refund already
 * received.
 * /reply/rules/formal: an invoice refused for its form (dispute_formal, dispute_entity,
 * dispute_vat, dispute_why_pay) in the three languages, as accounts-payable desks,
 * councils and private persons write it; not a department that only asks for the PO,
 * whether the VAT is right, or which entity it should be, nor a delay, nor an invoice
 * that only went to the old address.
 * /reply/rules/formal-detail: the same refusal said by the detail the invoice lacks or
 * the payer's books require, or by the corrected invoice asked for
 * (dispute_formal_detail), and by "niet te verwerken", "geweigerd" (dispute_formal); not
 * a PO only asked for, an IBAN, a copy, or an invoice that is too dear.
 * /reply/rules/german-duplicate: an invoice charged twice, in German (dispute_dubbel).
 * /reply/rules/just-paid: "net overgemaakt", "zojuist betaald" (paid_al).
 * /reply/rules/elliptic-paid: a payment said by its participle alone, opening the
 * sentence or after its day, in the three languages (paid_elliptic); not one still to
 * be made, asked about, or denied.
 * /reply/rules/detail: asking which PO, cost centre or reference (question_detail).
 * /reply/rules/booking: something booked, reserved or ordered (other_booking), a request
 * and the thing booked in one clause; not a payment booked, a booking or an order paid,
 * an invoice booked by accounts payable, a remedy asked for, or an order refused.
 * /reply/rules/survey: a survey or a rating request (other_survey), in the three
 * languages; not a complaint ("niet tevreden"), a real question about the invoice, or
 * feedback given on the work.
 * /reply/rules/fee: a fee, a surcharge or a higher price only asked about
 * (question_fee); not a fee refused without a question, nor a question about something
 * else.
 * /reply/rules/claim-filing: a statutory procedure or a claim to be filed with its
 * administrator (dispute_claim_filing), in the three languages; not a debtor near
 * bankruptcy, a counsellor's plan, a claim with an insurer, an office administrator or
 * an heir waiting for probate.
 * /reply/rules/estate: an heir who waits for the estate's account, probate or the
 * Erbschein (arrangement_estate); not one who pays now (today, heute, vandaag), from an
 * open estate account, or has paid, nor a trading estate.
 * /reply/rules/deducted: a part the writer takes off the invoice (dispute_deducted); not
 * a bank's fee, a deduction asked for, a parcel picked up or a list left, "ab" meaning
 * "from", nor a credit note, Skonto or anything agreed taken off.
 * /reply/rules/agreed-deduction: an agreed deduction cancels the dispute rules of its
 * sentence (neg_dispute_agreed_deduction), unless the sentence denies; with the rest paid
 * it is a payment (paid_agreed_deduction).
 * /reply/rules/formal-hold: an accounts-payable hold for a missing PO, a detail to be added
 * to this invoice, a reissue in Dutch; not a PO asked for or asked for future invoices.
 * /reply/rules/insured: an insurer's money paid to its insured is no refund asked
 * (neg_question_insured cancels question_refund); a refund asked for still is, also of
 * "an insured parcel" or "the insured value".
 * /reply/rules/sentences: a day before its month ("am 16. Mai") ends no sentence, nor a
 *   German or Dutch abbreviation ("z.B.", "z. B.", "bzw.", "i.v.m.", "t.a.v."). */
#include "parser/reply/dm-reply-classify.h"

#include <string.h>

static gboolean
hits(const char *text, const char *rule)
{
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	dm_reply_rule_hits(text, names);
	for (guint i = 0; i < names->len; i++)
		if (strcmp(names->pdata[i], rule) == 0)
			return TRUE;
	return FALSE;
}

/* Whether each of @yes hits one of @rules (NULL-terminated) and none of @no does. */
static void
check(const char *const *rules, const char *const *yes, gsize n_yes, const char *const *no,
      gsize n_no)
{
	for (gsize i = 0; i < n_yes; i++) {
		gboolean any = FALSE;
		for (gsize r = 0; rules[r] && !any; r++)
			any = hits(yes[i], rules[r]);
		if (!any)
			g_error("\"%s\" hits none of %s...", yes[i], rules[0]);
	}
	for (gsize i = 0; i < n_no; i++)
		for (gsize r = 0; rules[r]; r++)
			if (hits(no[i], rules[r]))
				g_error("\"%s\" hits %s", no[i], rules[r]);
}

static void
test_refund(void)
{
	static const char *const yes[] = {
		"Kunt u het dubbele bedrag terugstorten op NL21 RABO 0311 2874 55?",
		"Kunnen jullie het teveel betaalde terug storten?",
		"Graag het bedrag terugbetalen, we hebben twee keer betaald.",
		"Ik zie graag een terugstorting van de tweede betaling.",
		"Could you refund the duplicate to the account it came from?",
		"Please reimburse the second payment.",
		"We paid twice, can we get the money back?",
		"Bitte erstatten Sie den doppelt gezahlten Betrag.",
		"Bitte überweisen Sie mir den doppelten Betrag zurück.",
		"Könnten Sie mir einen Betrag zurückerstatten?",
		"Wir bitten um Rückzahlung der zweiten Überweisung.",
		"Wir ersuchen um Rücküberweisung des doppelt bezahlten Betrags.",
		"Können Sie den Betrag bitte zurücküberweisen?",
		"Wir bitten um Rückvergütung des zu viel bezahlten Betrags.",
		"Graag het verschil retour op onze rekening.",
		"Kan de tweede afschrijving worden teruggeboekt? Of terug gezet?",
		"Could you send the extra back to my card?",
		"Please reverse the second payment.",
		"Chönd Sie mir das zrugg überwiise?",
		"Wie bekomme ich das Geld zurück?",
		/* train-bookings: money back in more wordings, a credit note paid out. */
		"Hoe krijg ik het dubbele bedrag terug?",
		"Graag die € 150 retour.",
		"Kunnen jullie dat bedrag uitbetalen op mijn rekening?",
		"Jullie hebben de borg nog niet teruggestort.",
		"Both went through, so you've had it twice. How do we get one back?",
		"Could you return the £216?",
		"Could you pop the extra back into my account?",
		"Schickst du mir eine davon zurück?",
		"Die Gutschrift ist noch offen, bitte zahlen Sie uns den Betrag aus.",
	};
	static const char *const no[] = {
		"Voor eventuele terugbetalingen gelieve voortaan BE45 0018 8888 2289 te gebruiken.",
		"Ik maak het bedrag vrijdag over.",
		"Graag een creditnota voor de dubbele regel.",
		"Die Rechnung ist bezahlt, bitte prüfen Sie den Zahlungseingang.",
		"We paid this last week, please check again.",
		/* A refund already come, sorted or belonging elsewhere; a payment reversed by
		 * the writer's own bank; an insurer's payout. */
		"De terugbetaling van vorige maand hebben we goed ontvangen, dank.",
		"Thanks for sorting the refund on the other invoice so quickly.",
		"Die Rückerstattung vom März ist übrigens angekommen.",
		"The refund you mentioned on the phone is for the other account.",
		"De overschrijving werd door de bank teruggestort wegens een fout.",
		"De verzekering heeft nog maar een deel uitbetaald.",
	};
	static const char *const rules[] = { "question_refund", NULL };
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_formal(void)
{
	static const char *const rules[] = { "dispute_formal", "dispute_entity", "dispute_vat",
	                                     "dispute_why_pay", NULL };
	static const char *const yes[] = {
		"Uw factuur is afgekeurd door onze crediteurenafdeling.",
		"Wij kunnen deze nota helaas niet verwerken zonder ordernummer.",
		"Zonder inkoopnummer geen betaling.",
		"Zo kunnen wij de factuur niet boeken.",
		"De factuur is gericht aan de verkeerde vennootschap.",
		"U heeft 21% btw aangerekend terwijl de dienst verlegd is.",
		"Waarom zou ik dit moeten betalen, ik heb de cursus nooit gevolgd.",
		"The invoice was rejected by our AP workflow.",
		"We are unable to process invoices without a purchase order.",
		"It's billed to the wrong entity, please reissue to Harlow Foods Ltd.",
		"You charged VAT but we are reverse charge customers.",
		"Why should I pay for a service I cancelled?",
		"Die Rechnung wurde von der Buchhaltung abgelehnt.",
		"Ohne Auftragsnummer keine Zahlung.",
		"So können wir die Rechnung nicht verbuchen.",
		"Die Rechnung ist auf die falsche Firma ausgestellt.",
		"Bitte stellen Sie die Rechnung ohne MwSt. neu aus, wir sind in der Schweiz.",
		"Warum soll ich das bezahlen, wenn nichts geliefert wurde?",
		"Facturen zonder ordernummer worden door ons niet verwerkt.",
		"Wij delen u mee dat de nota niet kan worden betaald.",
		"Ik snap niet waarom ik deze factuur zou moeten betalen.",
	};
	static const char *const no[] = {
		"Welk PO-nummer hoort bij deze factuur?",
		"Klopt het btw-tarief op deze factuur?",
		"Is the VAT on this invoice correct?",
		"Could you let me know which cost centre this should go to?",
		"Wir zahlen die Rechnung am Freitag.",
		"Ik betaal vrijdag, excuses voor de vertraging.",
		"Ist die Mehrwertsteuer hier richtig?",
		/* Sent to the old address: late, not made out wrong. */
		"Ich habe sie erst spät bekommen, weil sie an die alte Adresse ging.",
		"De factuur is naar ons oude adres gestuurd.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_formal_detail(void)
{
	static const char *const rules[] = { "dispute_formal", "dispute_formal_detail", NULL };
	static const char *const yes[] = {
		"Op de nota ontbreekt het kostenplaatsnummer.",
		"Het KvK-nummer staat er niet op.",
		"De factuur is bij ons niet te verwerken.",
		"Hij werd automatisch geweigerd door het systeem.",
		"Er staat geen ordernummer op, graag een gecorrigeerde factuur.",
		"Our system requires the VAT number on the invoice.",
		"The PO number is missing, please reissue.",
		"There's no ABN on it.",
		"Auf der Rechnung fehlt die Steuernummer.",
		"Wir benötigen die Bestellnummer auf der Rechnung.",
		"Bitte senden Sie uns eine berichtigte Rechnung.",
	};
	static const char *const no[] = {
		"Welk inkoopnummer hoort hierbij?",
		"Kunt u het IBAN sturen waarop ik kan betalen?",
		"Kunt u mij een kopie van de factuur mailen?",
		"Dat bedrag is voor ons niet te betalen.",
		"Which PO should this go against?",
		"Could you send the invoice again?",
		"Unter welcher Bestellnummer soll das gebucht werden?",
		"Wir zahlen die Rechnung am Freitag.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_german_duplicate(void)
{
	static const char *const rules[] = { "dispute_dubbel", NULL };
	static const char *const yes[] = {
		"Diese Rechnung ist ein Duplikat der Rechnung vom März.",
		"Sie haben uns das doppelt verrechnet.",
	};
	static const char *const no[] = {
		"Ich habe doppelt bezahlt, bitte erstatten.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_just_paid(void)
{
	static const char *const rules[] = { "paid_al", NULL };
	static const char *const yes[] = {
		"Net overgemaakt!",
		"Zojuist betaald via de app.",
	};
	static const char *const no[] = {
		"Ik maak het net na het weekend over.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_elliptic_paid(void)
{
	static const char *const rules[] = { "paid_elliptic", NULL };
	static const char *const yes[] = {
		"Betaald op 19-11.",
		"Gisteren betaald.",
		"Vanochtend overgemaakt, groet Kees",
		"FYI paid this morning via Zelle.",
		"Paid Monday.",
		"Yesterday transferred, sorry for the delay.",
		"Gestern überwiesen.",
		"Heute bezahlt, schönes Wochenende!",
		"Bereits beglichen.",
	};
	static const char *const no[] = {
		"Betaald wordt er vrijdag.",
		"Gisteren betaald?",
		"Paid when the goods arrive.",
		"Paid by the end of the month, promise.",
		"Bezahlt wird nach Lieferung.",
		"Heute nicht überwiesen, sorry.",
		"Ich habe nicht bezahlt.",
		/* A review's inputs: none is a payment made. */
		"Transferred the invoice to our accounts department.",
		"Paid leave until 14 December, back on the 15th.",
		"Paid next week.",
		"Paid in full after delivery.",
		"Bezahlt habe ich nicht, die Ware war defekt.",
		"Bezahlt habe ich noch nicht.",
		"Überwiesen wurde bisher nichts.",
		"Bezahlt bis Freitag.",
		"Paid as soon as I get my salary.",
		"Settled with your colleague by phone.",
		"Bezahlt, nee.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_detail(void)
{
	static const char *const rules[] = { "question_detail", NULL };
	static const char *const yes[] = {
		"Onder welk inkoopnummer valt dit?",
		"Welke kostenplaats moet ik gebruiken?",
		"Which PO should I match this against?",
		"Do you have a purchase order number for this?",
		"Auf welche Kostenstelle soll das gebucht werden?",
		"Können Sie uns die Bestellnummer nennen?",
	};
	static const char *const no[] = {
		"Wij betalen deze factuur vrijdag.",
		"Your invoice has been paid.",
		"Die Rechnung ist bezahlt.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_booking(void)
{
	static const char *const rules[] = { "other_booking", NULL };
	static const char *const yes[] = {
		"Kunnen we voor zaterdag nog de springkussens reserveren?",
		"Ik wil graag nog 10 zakken potgrond bestellen.",
		"Kan de monteur dinsdag langskomen?",
		"Could you book us in for another session on the 4th?",
		"We'd like to order another 30 boxes.",
		"Can I make an appointment for next Wednesday?",
		"Können wir einen neuen Termin vereinbaren?",
		"Ich möchte gerne 5 weitere Kartons bestellen.",
		"Können Sie den Saal für den 12. reservieren?",
		/* train-bookings: a request and a thing booked, in more wordings. */
		"Kunnen we de zaal op 14 maart vastleggen?",
		"Zet ons maar weer op de lijst voor het snoeien van de heg.",
		"Is er dinsdag nog plek voor een knipbeurt?",
		"Please put us down for another delivery on the 3rd of April.",
		"Any chance you could fit us in for the boiler service?",
		"Keen to lock in the same catering for our do on 11 December.",
		"Ich möchte für nächsten Freitag noch zwei Stunden buchen.",
		"Hi Jonas, kannst du uns für den Firmenlauf am 16. Mai wieder 20 Shirts bedrucken?",
		"Chönd mir de Saal am 18. April nomal ha?",
		"Ik betaal vrijdag, en kunnen we dan ook de zaal reserveren?",
	};
	static const char *const no[] = {
		"Ik boek het vrijdag over.",
		"The invoice is booked and will be paid on Friday.",
		"Wir haben die Rechnung verbucht.",
		"Wij hebben dit nooit besteld.",
		/* The payment of a booking, an order or a deposit; a remedy a dispute asks for;
		 * an invoice accounts payable cannot book; a booking that happened. */
		"Ik betaal de boeking vrijdag.",
		"Kunnen we de boeking vrijdag betalen?",
		"I'll pay the deposit when I book the next course.",
		"Could I pay for the order and book the room at once?",
		"Kan ik ook langskomen om te pinnen?",
		"Bitte liefern Sie die fehlenden 12 Leuchten nach.",
		"Bitte vereinbaren Sie einen Termin mit mir.",
		"So können wir die Rechnung nicht buchen.",
		"Willen jullie het even goed boeken?",
		"Wij hadden 30 dozen Rioja Reserva besteld.",
		"Please allow 7-10 business days for delivery.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_survey(void)
{
	static const char *const rules[] = { "other_survey", NULL };
	static const char *const yes[] = {
		"Hoe tevreden bent u over ons bezoek?",
		"Vul onze korte enquête in en maak kans op een cadeaubon.",
		"Geef ons een cijfer van 1 tot 10.",
		"How did we do?",
		"Please take two minutes to complete our customer survey.",
		"Rate your recent experience with us.",
		"How likely are you to recommend us to a friend?",
		"Wie zufrieden waren Sie mit unserem Service?",
		"Ihre Meinung ist uns wichtig!",
		"Nehmen Sie an unserer Kundenumfrage teil.",
	};
	static const char *const no[] = {
		"Wij zijn niet tevreden over de uitvoering van het werk.",
		"I'm not happy with how the job was done.",
		"Mit der Arbeit sind wir nicht zufrieden.",
		"Hoe komt u aan dit bedrag?",
		"How did you get to 14 hours?",
		"My feedback on the job: the paint is already peeling.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_fee(void)
{
	static const char *const rules[] = { "question_fee", NULL };
	static const char *const yes[] = {
		"Wat zijn die 12,50 administratiekosten?",
		"Waarvoor is de toeslag van 35 euro?",
		"Zijn de prijzen omhoog gegaan?",
		"whats the $22 admin fee on this one?",
		"What is the 3% surcharge for?",
		"Is this VAT or a new price?",
		"Was ist die Bearbeitungsgebühr von 9,90 €?",
		"Wofür ist der Zuschlag unter Position 4?",
		"Hat sich der Preis geändert?",
	};
	static const char *const no[] = {
		"Die administratiekosten betaal ik niet.",
		"We are not paying the late fee.",
		"Die Mahngebühr akzeptiere ich nicht.",
		"Wat is het rekeningnummer?",
		"What time can you come on Friday?",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_claim_filing(void)
{
	static const char *const rules[] = { "dispute_claim_filing", NULL };
	static const char *const yes[] = {
		"De vennootschap is in staat van faillissement verklaard.",
		"Ik ben benoemd tot curator.",
		"Mevrouw is toegelaten tot de wettelijke schuldsaneringsregeling.",
		"Hij zit sinds januari in een collectieve schuldenregeling.",
		"De erfgenamen hebben de nalatenschap beneficiair aanvaard.",
		"U kunt uw vordering bij ons kantoor indienen.",
		"Gelieve uw schuldvordering via RegSol aan te geven.",
		"The company entered administration on 2 March.",
		"Please complete the enclosed proof of debt form.",
		"Corrib Print Limited (in creditors' voluntary liquidation)",
		"Under the automatic stay, collection must stop.",
		"Please lodge your claim with my office.",
		"Ich wurde zum Insolvenzverwalter bestellt.",
		"Über das Vermögen wurde das Insolvenzverfahren am 3. März eröffnet.",
		"Forderungen sind beim Konkursamt einzugeben.",
		"Bitte melden Sie Ihre Forderung bei mir zur Tabelle an.",
		"Die Erben haben eine bedingte Erbantrittserklärung abgegeben.",
	};
	static const char *const no[] = {
		"Ik ben bijna failliet, kan ik in termijnen betalen?",
		"We werken met de schuldhulp aan een regeling voor al mijn schulden.",
		"We filed a claim with our insurer last week.",
		"I'm the office administrator, I'll pass this on.",
		"The estate will pay once probate is granted.",
		"Wir möchten eine Insolvenz vermeiden und bitten um Ratenzahlung.",
		"Die Forderung ist berechtigt, wir zahlen nächste Woche.",
		"Uw vordering klopt, ik betaal vrijdag.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_sentences(void)
{
	static const struct {
		const char *text;
		guint n;
	} cases[] = {
		{ "Können wir für den 16. Mai den Saal buchen?", 1 },
		{ "Hallo, können wir für Samstag, den 3. Oktober, noch einmal das Zelt reservieren?", 1 },
		/* A number before a word that is no month still ends its sentence. */
		{ "Wir zahlen am 16. Danach ist alles erledigt.", 2 },
		{ "Die Rechnung über 120. Bitte prüfen.", 2 },
		/* German and Dutch abbreviations end no sentence, written close or spaced. */
		{ "Wir zahlen z.B. per Lastschrift bzw. per Überweisung, ggf. auch in Raten.", 1 },
		{ "Der Betrag inkl. Mahngebühr, evtl. mit Zinsen usw. ist am Freitag da.", 1 },
		{ "Wir haben d.h. alles bezahlt, u.a. die Rechnung Nr. 4471 über ca. 300 Euro.", 1 },
		{ "Wir zahlen z. B. per Karte, d. h. noch heute, u. a. die Rechnung vom Mai.", 1 },
		{ "Ik betaal i.v.m. de verhuizing o.a. de huur m.b.t. maart later.", 1 },
		{ "Ik stuur het bijv. t.a.v. de administratie door.", 1 },
		/* Near misses: a sentence's own end beside them still cuts. */
		{ "Mein Mann hat bezahlt bzw. überwiesen. Danach ist alles erledigt.", 2 },
		{ "Wij betalen bijv. per pin. Daarna is alles geregeld.", 2 },
		{ "Nr. 2026-041 ist bezahlt. Danke.", 2 },
		/* "usw." closes its sentence with its own period as often as not: a capital
		 * after it opens the next ("Mahnungen usw. Ich habe …"); a small letter goes on. */
		{ "Sie schicken Mahnungen, Gebühren usw. Ich habe am Montag alles bezahlt.", 2 },
		{ "Briefe, Mahnungen usw. kamen nie an.", 1 },
		{ "Rechnung, Mahnung usw. Überwiesen ist alles.", 2 },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autoptr(GPtrArray) sentences = dm_reply_sentences(cases[i].text);
		if (sentences->len != cases[i].n)
			g_error("\"%s\": %u sentences, want %u", cases[i].text, sentences->len,
			        cases[i].n);
	}
}

static void
test_estate(void)
{
	static const char *const rules[] = { "arrangement_estate", NULL };
	static const char *const yes[] = {
		"Uw factuur wordt betaald zodra de bank de rekening van de nalatenschap vrijgeeft.",
		"Zijn bankrekening staat vast tot we de verklaring van erfrecht hebben.",
		"Haar rekeningen zijn geblokkeerd tot de aangifte van nalatenschap rond is.",
		"Nothing can be paid out of his account until the grant of probate comes through.",
		"His accounts are frozen while the estate goes through probate.",
		"Probate hasn't been granted yet, so I can't access his accounts.",
		"Die Rechnung wird beglichen, sobald der Erbschein vorliegt.",
		"Solange der Erbschein nicht da ist, gibt die Bank das Konto nicht frei.",
		/* Paying now is denied, so the heir still waits. */
		"Probate hasn't been granted yet, so I can't pay now.",
		"Sobald der Erbschein vorliegt, zahle ich sofort.",
	};
	static const char *const no[] = {
		"Ik heb als erfgenaam uw factuur vandaag uit mijn eigen rekening betaald.",
		"The estate account is open, so I'll pay the invoice from it on Friday.",
		"Ihre Rechnung überweise ich nächste Woche vom Nachlasskonto.",
		"We have paid your invoice now that the estate has been settled.",
		"Mijn vader is overleden; stuurt u de post voortaan naar mij.",
		"Our offices are on the Kirkstall Trading Estate, please update the address.",
		/* Heirs who pay now, or have paid, once the estate is released (review, session 18). */
		"After probate was granted last week, I am paying the invoice today.",
		"nachdem der Erbschein jetzt vorliegt, überweise ich den Betrag heute.",
		"Zodra de nalatenschap rond is, maak ik het vandaag nog over.",
		"Once probate was granted I paid the invoice.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

/* "You will have it" (promise_u_heeft_het) with the Flemish "ge" and "gij" as with "je"
 * and "u"; not asked whether it came, nor "gezien" (seen). */
static void
test_you_have_it(void)
{
	static const char *const rules[] = { "promise_u_heeft_het", NULL };
	static const char *const yes[] = {
		"Ge krijgt het binnen de week.",
		"Vrijdag hebt ge het.",
		"Gij krijgt het geld maandag.",
		"Je krijgt het van me.",
	};
	static const char *const no[] = {
		"Hebt ge het ontvangen?",
		"Ge hebt het toch gezien, de factuur was al betaald.",
		"Het gebouw in Gent is mooi.",
		"Hallo, u heeft het verkeerde mailadres, ik ken uw bedrijf niet.",
		"Ge hebt het juiste adres niet.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_deducted(void)
{
	static const char *const rules[] = { "dispute_deducted", NULL };
	static const char *const yes[] = {
		"Die trek ik eraf, de rest betaal ik donderdag.",
		"Die 2 weken uitlaten haal ik eraf.",
		"De vrachtkosten waren inbegrepen, die wil ik eraf.",
		"We've deducted the $200 deposit and will pay the rest on the 30th.",
		"I'm taking the call-out fee off, the balance follows Friday.",
		"Den Betrag für den zweiten Speicher ziehen wir ab; den Rest überweisen wir am 30.10.",
		"Wir haben die Anfahrt abgezogen.",
		/* A part taken off without right, still when "agreed" is denied. */
		"Zoals afgesproken trek ik de korting eraf, maar de voorrijkosten betaal ik niet.",
		"The fence was not built as agreed, so we deducted $500.",
		"Wir ziehen die Anfahrt ab, den Rest zahlen wir am 5.",
	};
	static const char *const no[] = {
		"Our bank deducted a $25 fee from the payment.",
		"Kunt u de aanbetaling eraf halen?",
		"Können Sie den Rabatt abziehen?",
		"I've taken the kids off the mailing list.",
		"Ik haal het pakket vrijdag af en betaal dan.",
		"De rest betaal ik donderdag.",
		/* A credit note, Skonto or anything agreed taken off (review, session 18). */
		"As agreed, we deducted your credit note CN-0012 and paid the balance today.",
		"wie vereinbart haben wir die Gutschrift GS-2026-009 abgezogen und den Rest heute überwiesen.",
		"den mit Ihnen vereinbarten Nachlass von 50 Euro haben wir abgezogen und den Rest heute bezahlt.",
		"Zoals afgesproken trek ik de korting van 50 euro eraf en maak de rest vandaag over.",
		"wir haben 2 % Skonto abgezogen und den Restbetrag heute überwiesen.",
		"De creditnota van 50 euro trekken we eraf, de rest is vandaag overgemaakt.",
		"We deducted the 2% early payment discount as per your terms and paid the balance today.",
		"Maandag betaald, de creditnota van € 40 heb ik er zelf al vanaf gehaald zoals afgesproken.",
		/* "ab" as "from", and money off the writer's own account. */
		"wir ziehen nächste Woche um und zahlen ab dem 5. Dezember.",
		"ich ziehe den Betrag vom Sparkonto ab und überweise ihn morgen.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

/* An agreed deduction cancels every dispute rule of its sentence, the credit note's too. */
static void
test_agreed_deduction(void)
{
	static const char *const rules[] = { "dispute_deducted", "dispute_creditnota", NULL };
	static const char *const yes[] = {
		"Die creditnota van 50 euro trekken we eraf, de rest betalen we niet.",
		"We never got the credit note, so we deducted it ourselves.",
	};
	static const char *const no[] = {
		"As agreed, we deducted your credit note CN-0012 and paid the balance today.",
		"De creditnota van 50 euro trekken we eraf, de rest is vandaag overgemaakt.",
		"Verrekend met jullie creditnota van januari, het verschil heb ik zojuist overgemaakt.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));

	static const char *const paid_rules[] = { "paid_agreed_deduction", NULL };
	static const char *const paid[] = {
		"As agreed, we deducted your credit note CN-0012 and paid the balance today.",
		"wie vereinbart haben wir die Gutschrift GS-2026-009 abgezogen und den Rest heute überwiesen.",
		"wir haben 2 % Skonto abgezogen und den Restbetrag heute überwiesen.",
		"Guten Tag, wir haben am 5. Februar bezahlt, abzüglich der Gutschrift GS-118 wie besprochen.",
	};
	static const char *const not_paid[] = {
		"Zoals afgesproken trek ik de korting van 50 euro eraf en maak de rest vandaag over.",
		"We never got the credit note, so we deducted it and paid the rest.",
		"Die trek ik eraf, de rest is betaald.",
	};
	check(paid_rules, paid, G_N_ELEMENTS(paid), not_paid, G_N_ELEMENTS(not_paid));
}

static void
test_formal_hold(void)
{
	static const char *const rules[] = { "dispute_formal_detail", "dispute_formal", NULL };
	static const char *const yes[] = {
		"Invoice 1138 is on hold: no valid purchase order number.",
		"Rechnungen ohne gültige Bestellnummer werden von unserem System angehalten.",
		"Können Sie bitte unsere Bestellnummer PO-2026-044 ergänzen?",
		"Kun je ons inkoopordernummer 45001287 op de factuur zetten?",
		"Für die Verbuchung benötigen wir auf der Rechnung die Kostenstelle 3410.",
		"Kunt u de factuur opnieuw uitschrijven op onze nieuwe naam?",
	};
	static const char *const no[] = {
		"Which PO should this go against?",
		"Can you put our PO number on the next invoice? This one is paid today.",
		"Können Sie künftig unsere Bestellnummer ergänzen?",
		"Kun je voortaan het PO-nummer op de factuur zetten?",
		"Could you add our PO number going forward?",
		"Kunt u de factuur opnieuw sturen? Ik kan hem niet vinden.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

static void
test_insured(void)
{
	static const char *const rules[] = { "question_refund", NULL };
	static const char *const yes[] = {
		"Können Sie mir den doppelt gezahlten Betrag erstatten?",
		"Wir bitten um Erstattung des doppelt gezahlten Betrags.",
		/* The English article "an", "insured" before its noun (review, session 18). */
		"Could you refund the £40 for an insured parcel that never arrived?",
		"Can you refund the shipping on an insured item we sent back?",
		"Could you refund up to the insured value?",
		"Does your refund policy apply to insured parcels?",
	};
	static const char *const no[] = {
		"Eine Erstattung erfolgt an den Versicherungsnehmer.",
		"Die Erstattung geht an unseren Versicherten.",
		"Any reimbursement will be paid to the insured.",
		"De terugbetaling gaat naar de verzekerde.",
		"The refund goes to the policyholder directly.",
	};
	check(rules, yes, G_N_ELEMENTS(yes), no, G_N_ELEMENTS(no));
}

/* The two rules that read a payment day asked for, and where they part (classify_rules.c,
 * beside arrangement_day_asked): both on a date asked with "I" and a pay verb; the care
 * rule alone on an ask with no "I" or no pay verb; the goods rule alone on a day named by
 * an event, and on a method asked with its date (which the care rule passes over). */
static void
test_day_asked(void)
{
	static const struct {
		const char *text;
		gboolean care, goods;   /* arrangement_day_asked, goods_day_asked */
	} cases[] = {
		{ "Mag ik op 30 maart betalen?", TRUE, TRUE },
		{ "Can I pay on the 27th?", TRUE, TRUE },
		{ "Kan het maandag 30 maart worden?", TRUE, FALSE },
		{ "Könnten Sie mir bis zum 15. Oktober Zeit geben?", TRUE, FALSE },
		{ "Is it possible to pay on 30 June?", TRUE, FALSE },
		{ "Mag ik na de bruiloft betalen?", FALSE, TRUE },
		{ "Mag ik de factuur voldoen na die levering?", FALSE, TRUE },
		{ "Kan ik op 15 maart contant betalen?", FALSE, TRUE },
	};
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		if (hits(cases[i].text, "arrangement_day_asked") != cases[i].care)
			g_error("\"%s\": arrangement_day_asked should be %d", cases[i].text, cases[i].care);
		if (hits(cases[i].text, "goods_day_asked") != cases[i].goods)
			g_error("\"%s\": goods_day_asked should be %d", cases[i].text, cases[i].goods);
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/reply/rules/refund", test_refund);
	g_test_add_func("/reply/rules/formal", test_formal);
	g_test_add_func("/reply/rules/formal-detail", test_formal_detail);
	g_test_add_func("/reply/rules/german-duplicate", test_german_duplicate);
	g_test_add_func("/reply/rules/just-paid", test_just_paid);
	g_test_add_func("/reply/rules/elliptic-paid", test_elliptic_paid);
	g_test_add_func("/reply/rules/detail", test_detail);
	g_test_add_func("/reply/rules/booking", test_booking);
	g_test_add_func("/reply/rules/survey", test_survey);
	g_test_add_func("/reply/rules/fee", test_fee);
	g_test_add_func("/reply/rules/claim-filing", test_claim_filing);
	g_test_add_func("/reply/rules/estate", test_estate);
	g_test_add_func("/reply/rules/deducted", test_deducted);
	g_test_add_func("/reply/rules/agreed-deduction", test_agreed_deduction);
	g_test_add_func("/reply/rules/formal-hold", test_formal_hold);
	g_test_add_func("/reply/rules/insured", test_insured);
	g_test_add_func("/reply/rules/you-have-it", test_you_have_it);
	g_test_add_func("/reply/rules/sentences", test_sentences);
	g_test_add_func("/reply/rules/day-asked", test_day_asked);
	return g_test_run();
}
