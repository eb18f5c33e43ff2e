/* digest_words: the codes dunmail records, worded in the owner's language
 * (dm-digest-words.h). */
#include "dunning/report/dm-digest-words.h"
#include "dunning/report/dm-doc.h"

#include <string.h>

/* The words of one code of one kind. */
typedef struct {
	const char *kind, *code;
	const char *nl, *en, *de;
} Word;

static const Word words[] = {
	/* The steps of the ladders (dm-ladder.h), as the digest names them. */
	{ "step", "reminder", "herinnering", "reminder", "Zahlungserinnerung" },
	{ "step", "second_reminder", "tweede herinnering", "second reminder", "zweite Erinnerung" },
	{ "step", "formal_notice", "aanmaning", "formal notice", "Mahnung" },
	{ "step", "fourteen_day_letter", "veertiendagenbrief", "14-day letter", "14-Tage-Brief" },
	{ "step", "collection_notice", "aanmaning met incassokosten", "notice claiming collection costs",
	  "Mahnung mit Inkassokosten" },
	{ "step", "hand_over", "overdracht aan u", "hand-over to you", "\xc3\x9c" "bergabe an Sie" },
	{ "step", "instalment_reminder", "herinnering termijn", "instalment reminder", "Ratenerinnerung" },
	{ "step", "instalment_overdue", "termijn niet betaald", "unpaid instalment", "unbezahlte Rate" },

	/* An invoice's pause reason as dunmail writes it: a reply's class (dm_policy_for_reply),
	 * why a reply holds it (dm_policy_decide), a plan or credit note that ended it. */
	{ "pause", "dispute", "betwist", "disputed", "bestritten" },
	{ "pause", "promise_to_pay", "belofte te betalen", "promise to pay", "Zahlungszusage" },
	{ "pause", "paid", "betaald volgens de klant", "said to be paid", "laut Kunde bezahlt" },
	{ "pause", "arrangement", "vraagt een betalingsregeling", "asks for a payment plan",
	  "bittet um eine Ratenzahlung" },
	{ "pause", "question", "vraag van de klant", "the debtor's question", "Frage des Kunden" },
	{ "pause", "auto_reply", "afwezig", "away", "abwesend" },
	{ "pause", "bounce", "onbestelbaar", "bounced", "unzustellbar" },
	{ "pause", "other", "overig", "other", "sonstiges" },
	{ "pause", "sender not verified", "afzender niet geverifieerd", "sender not verified",
	  "Absender nicht verifiziert" },
	{ "pause", "which invoice? the sender has several unpaid",
	  "welke factuur? de afzender heeft er meerdere open",
	  "which invoice? the sender has several unpaid",
	  "welche Rechnung? der Absender hat mehrere offene" },
	{ "pause", "not understood with confidence", "niet met zekerheid begrepen",
	  "not understood with confidence", "nicht sicher verstanden" },
	{ "pause", "date beyond the horizon", "de datum ligt verder weg dan de horizon",
	  "date beyond the horizon", "das Datum liegt jenseits des Horizonts" },
	{ "pause", "away without a return day", "afwezig zonder terugkeerdag",
	  "away without a return day", "abwesend ohne R\xc3\xbc" "ckkehrtag" },
	{ "pause", "read as a promise, but for a day before the message",
	  "gelezen als belofte, maar voor een dag v\xc3\xb3\xc3\xb3r het bericht",
	  "read as a promise, but for a day before the message",
	  "als Zusage gelesen, aber f\xc3\xbcr einen Tag vor der Nachricht" },
	{ "pause", "read as paid, but on a day after the message",
	  "gelezen als betaald, maar op een dag na het bericht",
	  "read as paid, but on a day after the message",
	  "als bezahlt gelesen, aber an einem Tag nach der Nachricht" },
	{ "pause", "a reply that could not be read", "een antwoord dat niet gelezen kon worden",
	  "a reply that could not be read", "eine Antwort, die nicht gelesen werden konnte" },
	{ "pause", "instalment missed", "termijn gemist", "instalment missed", "Rate verpasst" },
	{ "pause", "credited in full", "volledig gecrediteerd", "credited in full",
	  "vollst\xc3\xa4ndig gutgeschrieben" },
	{ "pause", "credit note", "creditnota", "credit note", "Gutschrift" },
	{ "pause", "you wrote to the debtor yourself", "u schreef de debiteur zelf",
	  "you wrote to the debtor yourself", "Sie schrieben dem Schuldner selbst" },

	/* An outbox row's state, when it needs the owner. */
	{ "state", "failed", "mislukt", "failed", "fehlgeschlagen" },
	{ "state", "unknown", "onzeker: het versturen werd afgebroken",
	  "uncertain: its sending was cut off", "unsicher: der Versand wurde abgebrochen" },
	{ "state", "cancelled", "geannuleerd", "cancelled", "abgebrochen" },
	{ "outbox_error", "interrupted", "dunmaild stopte tijdens het versturen",
	  "dunmaild stopped while sending it", "dunmaild wurde beim Versand gestoppt" },

	/* An invoice's status after a delivery report. */
	{ "status", "open", "herinneringen lopen door", "reminders go on", "Erinnerungen laufen weiter" },
	{ "status", "paused", "gepauzeerd", "paused", "pausiert" },
	{ "status", "held", "wacht op u", "waiting for you", "wartet auf Sie" },
	{ "status", "stopped", "herinneringen gestopt", "reminders stopped", "Erinnerungen gestoppt" },
	{ "status", "paid", "betaald", "paid", "bezahlt" },
	{ "status", "written_off", "afgeschreven", "written off", "abgeschrieben" },
	{ "status", "handed_over", "overgedragen aan u", "handed over to you", "an Sie \xc3\xbc" "bergeben" },

	/* A delivery report, and what it did to the address. */
	{ "delivery", "failed", "melding van onbestelbaarheid", "hard bounce",
	  "Unzustellbarkeitsmeldung" },
	{ "delivery", "expired", "de server gaf het op", "the mail server gave up",
	  "der Mailserver gab auf" },
	{ "delivery", "delayed", "vertragingsbericht", "delay notice", "Verz\xc3\xb6gerungsmeldung" },
	{ "delivery", "delivered", "ontvangstbevestiging", "delivery report", "Zustellbest\xc3\xa4tigung" },
	{ "delivery", "report", "rapport", "report", "Bericht" },
	{ "answers", "reminder", "herinnering", "reminder", "Erinnerung" },
	{ "answers", "digest", "overzicht", "digest", "\xc3\x9c" "bersicht" },
	{ "answers", "confirmation", "bevestiging", "confirmation", "Best\xc3\xa4tigung" },
	{ "answers", "notice", "bericht", "notice", "Mitteilung" },
	{ "failing", "marked", "adres gemarkeerd als niet werkend", "address marked as failing",
	  "Adresse als fehlerhaft markiert" },
	{ "failing", "cleared", "adres niet langer gemarkeerd als niet werkend",
	  "address no longer marked as failing", "Adresse nicht mehr als fehlerhaft markiert" },
	{ "failing", "takes", "adres neemt mail aan", "the address takes mail",
	  "die Adresse nimmt Mail an" },
	{ "counted", "sent", "het versturen was afgebroken en telt als verstuurd",
	  "its sending had been cut off, and it counts as sent",
	  "ihr Versand war abgebrochen und gilt als gesendet" },

	/* The invoice fields two sources of one invoice state differently (parse --json). */
	{ "field", "number", "nummer", "number", "Nummer" },
	{ "field", "amount_due", "te betalen bedrag", "amount due", "f\xc3\xa4lliger Betrag" },
	{ "field", "currency", "valuta", "currency", "W\xc3\xa4hrung" },
	{ "field", "issue_date", "factuurdatum", "issue date", "Rechnungsdatum" },
	{ "field", "due_date", "vervaldatum", "due date", "F\xc3\xa4lligkeitsdatum" },
	{ "field", "debtor_email", "e-mailadres van de debiteur", "debtor's address",
	  "E-Mail-Adresse des Schuldners" },
	{ "field", "debtor_name", "naam van de debiteur", "debtor's name", "Name des Schuldners" },
	{ "field", "amount_total", "totaalbedrag", "total amount", "Gesamtbetrag" },
	{ "field", "payment_reference", "betalingskenmerk", "payment reference", "Verwendungszweck" },
	{ "field", "iban", "IBAN", "IBAN", "IBAN" },
	{ "field", "business", "zakelijk of particulier", "business or consumer",
	  "gesch\xc3\xa4" "ftlich oder privat" },
	{ "field", "credit_reference", "gecrediteerde factuur", "credited invoice",
	  "gutgeschriebene Rechnung" },
	{ "source", "ubl", "de UBL", "the UBL", "die UBL" },
	{ "source", "facturx", "de Factur-X", "the Factur-X", "die Factur-X" },
	{ "source", "pdf", "de pdf", "the PDF", "das PDF" },
	{ "source", "body", "de mailtekst", "the mail's text", "der Mailtext" },
	{ "source", "rules", "uw regelbestand", "your rule file", "Ihre Regeldatei" },
	{ "source", "the first source", "de eerste bron", "the first source", "die erste Quelle" },
	{ "source", "another source", "een andere bron", "another source", "eine andere Quelle" },

	/* Why a credit note lowered nothing. */
	{ "credit", "no_reference", "noemt geen factuur", "it names no invoice", "nennt keine Rechnung" },
	{ "credit", "not_in_ledger", "noemt een factuur die dunmail niet kent",
	  "it names an invoice not in the ledger", "nennt eine Rechnung, die dunmail nicht kennt" },
	{ "credit", "credit_note", "noemt een andere creditnota", "it names another credit note",
	  "nennt eine andere Gutschrift" },
	{ "credit", "other_debtor", "noemt een factuur van een andere debiteur",
	  "it names another debtor's invoice", "nennt die Rechnung eines anderen Schuldners" },
	{ "credit", "amount_unknown", "een bedrag is onbekend", "an amount is unknown",
	  "ein Betrag ist unbekannt" },
	{ "credit", "currency", "de valuta's verschillen", "the currencies differ",
	  "die W\xc3\xa4hrungen unterscheiden sich" },

	/* Why a reply to the digest was not obeyed (dm_owner_command_trusted). */
	{ "refusal", "not_owner", "het komt van {sender}, niet van uw adres",
	  "it is from {sender}, not from the owner's address",
	  "sie kommt von {sender}, nicht von Ihrer Adresse" },
	{ "refusal", "no_digest",
	  "het noemt geen overzicht van dunmail (geen In-Reply-To of References ernaar, geen geldig "
	  "token)",
	  "it names no digest of ours (no In-Reply-To or References to one, no valid token)",
	  "sie nennt keine \xc3\x9c" "bersicht von dunmail (kein In-Reply-To oder References darauf, "
	  "kein g\xc3\xbcltiges Token)" },
	/* The sender check's detail is technical: its meaning is worded, as a reply's note
	 * words it (digest_note.c). */
	{ "refusal", "token_expired",
	  "het token verliep op {expired} en de afzender is niet geverifieerd (geen geslaagde DMARC-, DKIM- of SPF-controle voor {domain})",
	  "its token expired on {expired} and the sender is not verified (no DMARC, DKIM or SPF pass for {domain})",
	  "ihr Token lief am {expired} ab, und der Absender ist nicht verifiziert (keine bestandene DMARC-, DKIM- oder SPF-Pr\xc3\xbc" "fung f\xc3\xbcr {domain})" },
	{ "refusal", "token_invalid",
	  "het token is niet door dunmail gemaakt en de afzender is niet geverifieerd (geen geslaagde DMARC-, DKIM- of SPF-controle voor {domain})",
	  "its token is not one dunmail made, and the sender is not verified (no DMARC, DKIM or SPF pass for {domain})",
	  "ihr Token stammt nicht von dunmail, und der Absender ist nicht verifiziert (keine bestandene DMARC-, DKIM- oder SPF-Pr\xc3\xbc" "fung f\xc3\xbcr {domain})" },
	{ "refusal", "no_token",
	  "het heeft geen token en de afzender is niet geverifieerd (geen geslaagde DMARC-, DKIM- of SPF-controle voor {domain})",
	  "it carries no token and the sender is not verified (no DMARC, DKIM or SPF pass for {domain})",
	  "sie tr\xc3\xa4gt kein Token, und der Absender ist nicht verifiziert (keine bestandene DMARC-, DKIM- oder SPF-Pr\xc3\xbc" "fung f\xc3\xbcr {domain})" },

	/* Why a spool file was set aside unread; the reader's technical message stays in
	 * `dunmail log`. */
	{ "aside", "failed", "het bericht kon niet gelezen worden", "the message could not be read",
	  "die Nachricht konnte nicht gelesen werden" },
	{ "aside", "over_budget", "het lezen kostte meer tijd of geheugen dan toegestaan",
	  "reading it took more time or memory than allowed",
	  "das Lesen brauchte mehr Zeit oder Speicher als erlaubt" },
	{ "aside", "crashed", "het lezen liep vast", "the reader crashed on it",
	  "das Lesen ist abgest\xc3\xbcrzt" },
	{ "aside", "stopped", "het lezen werd herhaaldelijk van buitenaf gestopt",
	  "reading it was stopped from outside again and again",
	  "das Lesen wurde wiederholt von au\xc3\x9f" "en gestoppt" },
	{ "aside", "no_direction", "de envelop zegt niet of het in- of uitgaande mail is",
	  "the envelope has no direction", "der Umschlag sagt nicht, ob es ein- oder ausgehende Mail ist" },
	{ "aside", "in_progress_twice",
	  "twee keer half gelezen gevonden bij het starten (dunmaild stopte of liep vast tijdens het "
	  "lezen)",
	  "found in progress at start-up twice (dunmaild stopped or crashed while reading it)",
	  "beim Start zweimal halb gelesen gefunden (dunmaild wurde beim Lesen gestoppt oder ist "
	  "abgest\xc3\xbcrzt)" },

	/* Why a message from a billing address is no invoice: the kind of mail the invoice
	 * reader took it for (dm-not-invoice-reason.h; the English is parse --explain's) … */
	{ "not_invoice", "forwarded", "een doorgestuurde rekening aan uw eigen bedrijf",
	  "forwarded: a bill sent to the business, passed on",
	  "eine weitergeleitete Rechnung an Ihr eigenes Unternehmen" },
	{ "not_invoice", "automatic_reply", "een automatisch antwoord", "automatic reply",
	  "eine automatische Antwort" },
	{ "not_invoice", "invitation", "een uitnodiging", "invitation", "eine Einladung" },
	{ "not_invoice", "credit_note_announced", "een aangekondigde, nog niet gemaakte creditnota",
	  "credit note announced, not issued", "eine angek\xc3\xbcndigte, noch nicht ausgestellte Gutschrift" },
	{ "not_invoice", "quote", "een offerte", "quote", "ein Angebot" },
	{ "not_invoice", "pro_forma", "een pro-formafactuur", "pro-forma", "eine Proformarechnung" },
	{ "not_invoice", "order_confirmation", "een orderbevestiging", "order confirmation",
	  "eine Auftragsbest\xc3\xa4tigung" },
	{ "not_invoice", "receipt", "een betalingsbewijs: al betaald", "receipt: already paid",
	  "eine Quittung: bereits bezahlt" },
	{ "not_invoice", "reminder", "een herinnering aan een eerdere factuur",
	  "reminder of an earlier invoice", "eine Erinnerung an eine fr\xc3\xbchere Rechnung" },
	{ "not_invoice", "question", "een vraag over een factuur", "a question about an invoice",
	  "eine Frage zu einer Rechnung" },
	{ "not_invoice", "renewal", "een bericht over verlenging", "renewal notice",
	  "eine Verl\xc3\xa4ngerungsmitteilung" },
	{ "not_invoice", "price_list", "een prijslijst of nieuwsbrief", "price list or newsletter",
	  "eine Preisliste oder ein Newsletter" },
	{ "not_invoice", "statement", "een rekeningoverzicht", "statement of account", "ein Kontoauszug" },
	{ "not_invoice", "delivery_note", "een pakbon", "delivery note", "ein Lieferschein" },
	{ "not_invoice", "for_bookkeeper", "facturen voor de boekhouder", "invoices passed to the bookkeeper",
	  "Rechnungen f\xc3\xbcr die Buchhaltung" },
	{ "not_invoice", "timesheet", "een urenoverzicht ter goedkeuring", "timesheet for approval",
	  "ein Stundennachweis zur Freigabe" },
	{ "not_invoice", "direct_debit", "een aangekondigde incasso", "a direct debit announced",
	  "eine angek\xc3\xbcndigte Lastschrift" },
	{ "not_invoice", "card_charge", "een aangekondigde afschrijving van een kaart",
	  "a card charge announced", "eine angek\xc3\xbcndigte Kartenbelastung" },
	{ "not_invoice", "payment_link", "een betaalverzoek, geen factuur", "a payment link, not an invoice",
	  "ein Zahlungslink, keine Rechnung" },
	{ "not_invoice", "cancellation", "een annulering", "a cancellation", "eine Stornierung" },
	{ "not_invoice", "refund", "een terugbetaling", "a refund", "eine Erstattung" },
	{ "not_invoice", "booking", "een boekingsbevestiging", "booking confirmation",
	  "eine Buchungsbest\xc3\xa4tigung" },
	{ "not_invoice", "price_change", "een aangekondigde prijswijziging", "price change announced",
	  "eine angek\xc3\xbcndigte Preis\xc3\xa4nderung" },
	{ "not_invoice", "own_reminder", "uw eigen herinnering aan een eerdere factuur",
	  "the business's own reminder of an earlier invoice",
	  "Ihre eigene Erinnerung an eine fr\xc3\xbchere Rechnung" },
	{ "not_invoice", "invoice_announced", "een aangekondigde, nog niet verstuurde factuur",
	  "an invoice announced, not sent", "eine angek\xc3\xbcndigte, noch nicht gesendete Rechnung" },
	{ "not_invoice", "estimate", "een offerte: een geschatte prijs", "quote: an estimated price",
	  "ein Angebot: ein gesch\xc3\xa4tzter Preis" },
	{ "not_invoice", "payment_arrangement", "een betalingsregeling voor een eerdere factuur",
	  "a payment arrangement for an earlier invoice", "eine Ratenzahlung f\xc3\xbcr eine fr\xc3\xbchere Rechnung" },
	{ "not_invoice", "says_no_invoice", "de mail zegt zelf geen factuur te zijn",
	  "the mail says it is no invoice", "die Mail sagt selbst, sie sei keine Rechnung" },
	{ "not_invoice", "nothing_to_pay", "de mail zegt dat er niets te betalen is",
	  "the mail says nothing is to be paid", "die Mail sagt, es sei nichts zu zahlen" },
	{ "not_invoice", "earlier_invoice", "verwijst naar een eerdere factuur", "refers to an earlier invoice",
	  "verweist auf eine fr\xc3\xbchere Rechnung" },
	{ "not_invoice", "contract", "een contract of overeenkomst om te tekenen", "a contract or agreement to sign",
	  "ein Vertrag zur Unterschrift" },
	{ "not_invoice", "question_sent", "een vraag over een eerder verstuurde factuur",
	  "a question about an invoice sent earlier", "eine Frage zu einer fr\xc3\xbcher gesendeten Rechnung" },
	{ "not_invoice", "user_rule", "uw eigen regel", "your own rule", "Ihre eigene Regel" },
	{ "not_invoice", "reply_without_invoice",
	  "een antwoord (Re:) zonder eigen factuur: geen nummer en bedrag onder de titel of het "
	  "nummerlabel van een factuur",
	  "a reply (Re:) that sets out no invoice of its own: no number and amount under an "
	  "invoice's title or number label",
	  "eine Antwort (Re:) ohne eigene Rechnung: keine Nummer und kein Betrag unter dem Titel oder "
	  "der Nummernangabe einer Rechnung" },
	{ "not_invoice", "no_invoice_word", "geen factuurwoord (factuur, invoice, Rechnung)",
	  "no invoice word (factuur, invoice, Rechnung)", "kein Rechnungswort (factuur, invoice, Rechnung)" },
	{ "not_invoice", "reads_as_quote", "leest meer als offerte (offerte, quote, Angebot) dan als factuur",
	  "reads as a quote (offerte, quote, Angebot) more than as an invoice",
	  "liest sich eher als Angebot (offerte, quote, Angebot) denn als Rechnung" },
	{ "not_invoice", "no_number_or_amount", "een factuurwoord, maar nummer noch bedrag",
	  "an invoice word but neither a number nor an amount",
	  "ein Rechnungswort, aber weder Nummer noch Betrag" },
	{ "not_invoice", "no_second_sign",
	  "een nummer of bedrag, maar geen tweede teken (te betalen bedrag, vervaldatum, termijn)",
	  "a number or an amount, but no second sign (amount due, due date, term)",
	  "eine Nummer oder ein Betrag, aber kein zweites Zeichen (f\xc3\xa4lliger Betrag, "
	  "F\xc3\xa4lligkeitsdatum, Zahlungsfrist)" },
	{ "not_invoice", "self_billing", "een zelffactuur van de klant (de klant factureert namens u)",
	  "a self-billing statement (the customer bills itself on your behalf)",
	  "eine Gutschrift im Gutschriftverfahren (der Kunde rechnet in Ihrem Namen ab)" },
	{ "not_invoice", "portal_notice", "een bericht dat er een factuur in het klantportaal klaarstaat, zonder de factuur",
	  "an invoice said to wait in a customer portal, none in the mail",
	  "eine Nachricht, dass eine Rechnung im Kundenportal bereitsteht, ohne die Rechnung" },
	{ "not_invoice", "terms", "algemene voorwaarden, los verstuurd", "terms and conditions sent on their own",
	  "allgemeine Geschäftsbedingungen, allein verschickt" },
	{ "not_invoice", "payment_failed", "een mislukte of teruggeboekte betaling van een eerdere factuur",
	  "a failed or returned payment of an earlier invoice",
	  "eine fehlgeschlagene oder zurückgegebene Zahlung einer früheren Rechnung" },
	/* … and where it found that, quoting what it found. */
	{ "found_in", "header", "kopregel {evidence}", "header {evidence}", "Kopfzeile {evidence}" },
	{ "found_in", "part", "een {evidence}-deel", "a {evidence} part", "ein {evidence}-Teil" },
	{ "found_in", "subject", "het onderwerp zegt \"{evidence}\"", "the subject says \"{evidence}\"",
	  "der Betreff sagt \"{evidence}\"" },
	{ "found_in", "body_title", "een titelregel van de mail zegt \"{evidence}\"",
	  "the body's title line says \"{evidence}\"", "eine Titelzeile der Mail sagt \"{evidence}\"" },
	{ "found_in", "pdf_title", "een titelregel van de pdf zegt \"{evidence}\"",
	  "the PDF's title line says \"{evidence}\"", "eine Titelzeile des PDF sagt \"{evidence}\"" },
	{ "found_in", "body", "de mailtekst zegt \"{evidence}\"", "the body says \"{evidence}\"",
	  "der Mailtext sagt \"{evidence}\"" },
	{ "found_in", "user_rule", "{rule} vond \"{evidence}\"", "{rule} matched \"{evidence}\"",
	  "{rule} fand \"{evidence}\"" },
	{ "found_in", "body_text", "in de mailtekst", "in the body's text", "im Mailtext" },
	{ "found_in", "pdf_text", "in de tekst van de pdf", "in the PDF's text", "im Text des PDF" },

	/* What the milter saw and dunmail did not read, and why it has no copy (dm-spool.h). */
	{ "missed", "too_big", "het bericht was groter dan de spool toelaat",
	  "the message was larger than the spool takes",
	  "die Nachricht war gr\xc3\xb6\xc3\x9f" "er, als der Spool annimmt" },
	{ "missed", "spool_failed", "de milter kon het niet in de spool schrijven (schijf vol of spool defect?)",
	  "the milter could not write it to the spool (disk full or spool broken?)",
	  "der Milter konnte sie nicht in den Spool schreiben (Platte voll oder Spool defekt?)" },
	{ "missed", "stopped", "de milter stopte midden in het bericht", "the milter stopped mid-message",
	  "der Milter wurde mitten in der Nachricht gestoppt" },
	{ "what", "sent", "verstuurde mail", "mail sent", "gesendete Mail" },
	{ "what", "reply", "een antwoord", "a reply", "eine Antwort" },
	{ "what", "billing", "factuurmail", "billing mail", "Rechnungsmail" },
};

/* What each event says, by its code: {key} is the parameter (worded when the key is a kind
 * of code above), [an optional part] is left out unless all its keys are there.  A code
 * may have several templates, the fullest first: the first whose parameters are all there
 * and worded is used, else the last as it can be (an older dunmail stored fewer
 * parameters; a newer one may store a code this table has no words for). */
static const Word events[] = {
	{ NULL, "owner_message",
	  "aan {to}, onderwerp \"{subject}\": gelezen, niets mee gedaan",
	  "to {to}, subject \"{subject}\": read, not acted on",
	  "an {to}, Betreff \"{subject}\": gelesen, nichts damit getan" },
	{ NULL, "invoice_no_number",
	  "factuurmail zonder nummer: bericht {message}, onderwerp \"{subject}\"",
	  "invoice mail without a number: message {message}, subject \"{subject}\"",
	  "Rechnungsmail ohne Nummer: Nachricht {message}, Betreff \"{subject}\"" },
	{ NULL, "invoice_no_recipient",
	  "factuurmail zonder ontvanger: bericht {message}, onderwerp \"{subject}\"",
	  "invoice mail without a recipient: message {message}, subject \"{subject}\"",
	  "Rechnungsmail ohne Empf\xc3\xa4nger: Nachricht {message}, Betreff \"{subject}\"" },
	{ NULL, "set_aside",
	  "{name}: {aside}[; het kan een antwoord zijn over {numbers}, dat op u wacht tot u het "
	  "gelezen hebt]",
	  "{name}: {aside}[; it may be a reply about {numbers}, which waits for you until you have "
	  "read it]",
	  "{name}: {aside}[; es kann eine Antwort zu {numbers} sein, die auf Sie wartet, bis Sie sie "
	  "gelesen haben]" },
	/* The reader's reason in its parts; an event of a dunmail before them, or naming a kind
	 * this one has no words for, shows the reader's English line. */
	{ NULL, "not_invoice",
	  "bericht {message}, onderwerp \"{subject}\": {not_invoice}[: {found_in}]",
	  "message {message}, subject \"{subject}\": {not_invoice}[: {found_in}]",
	  "Nachricht {message}, Betreff \"{subject}\": {not_invoice}[: {found_in}]" },
	{ NULL, "not_invoice",
	  "bericht {message}, onderwerp \"{subject}\": {reason}",
	  "message {message}, subject \"{subject}\": {reason}",
	  "Nachricht {message}, Betreff \"{subject}\": {reason}" },
	{ NULL, "not_invoice_unread",
	  "bericht {message}, onderwerp \"{subject}\": niets erin leest als een factuur",
	  "message {message}, subject \"{subject}\": nothing in it reads as an invoice",
	  "Nachricht {message}, Betreff \"{subject}\": nichts darin liest sich als Rechnung" },
	{ NULL, "sources_disagree",
	  "factuur {number}, {field}: {kept} zegt {ours}, {other} zegt {theirs}; aangehouden: {kept}",
	  "invoice {number}, {field}: {kept} says {ours}, {other} says {theirs}; kept {kept}",
	  "Rechnung {number}, {field}: {kept} sagt {ours}, {other} sagt {theirs}; behalten: {kept}" },
	{ NULL, "sources_disagree_text", "factuur {number}: {text}", "invoice {number}: {text}",
	  "Rechnung {number}: {text}" },
	{ NULL, "credit_unmatched",
	  "creditnota {number} aan {to}[ voor factuur {reference}]: {credit}",
	  "credit note {number} to {to}[ for invoice {reference}]: {credit}",
	  "Gutschrift {number} an {to}[ f\xc3\xbcr Rechnung {reference}]: {credit}" },
	{ NULL, "handed_over",
	  "laatste stap: {step}; {open} staat open, vorder het zelf in",
	  "last step: {step}; {open} is open, collect it yourself",
	  "letzter Schritt: {step}; {open} offen, fordern Sie es selbst ein" },
	{ NULL, "handed_over_unknown",
	  "laatste stap: {step}; een onbekend bedrag staat open, vorder het zelf in",
	  "last step: {step}; an unknown amount is open, collect it yourself",
	  "letzter Schritt: {step}; ein unbekannter Betrag offen, fordern Sie es selbst ein" },
	{ NULL, "reminder_blocked",
	  "{step} niet verstuurd: {to} werkt niet sinds {since} (bewezen onbestelbaar); "
	  "dunmail address {to} --ok zodra het weer mail aanneemt",
	  "{step} not sent: {to} is failing since {since} (a proven hard bounce); "
	  "dunmail address {to} --ok when it takes mail again",
	  "{step} nicht gesendet: {to} funktioniert seit {since} nicht (nachweislich "
	  "unzustellbar); dunmail address {to} --ok, sobald sie wieder Mail annimmt" },
	{ NULL, "send_unseen",
	  "stap {step} aan {to} (bericht {message}) werd afgebroken op {at} en de milter zag hem "
	  "niet binnen {seconds} s: hij bereikte de mailserver nooit; opnieuw geschreven",
	  "step {step} to {to} (message {message}) was cut off at {at} and the milter never saw it "
	  "within {seconds} s: it never reached the mail server; written anew",
	  "Stufe {step} an {to} (Nachricht {message}) wurde am {at} abgebrochen, und der Milter sah "
	  "sie nicht binnen {seconds} s: sie erreichte den Mailserver nie; neu geschrieben" },
	{ NULL, "address_change",
	  "{from} schrijft dat het adres niet meer gelezen wordt en noemt {to}; herinneringen gaan "
	  "naar {debtor} tot u het adres van de debiteur wijzigt",
	  "{from} writes that the address is no longer read and names {to}; reminders still go to "
	  "{debtor} until you change the debtor's address",
	  "{from} schreibt, die Adresse werde nicht mehr gelesen, und nennt {to}; Erinnerungen gehen "
	  "an {debtor}, bis Sie die Adresse des Schuldners \xc3\xa4ndern" },
	{ NULL, "address_change_unmatched",
	  "{from} schrijft dat het adres niet meer gelezen wordt en noemt {to} (geen factuur gevonden)",
	  "{from} writes that the address is no longer read and names {to} (no invoice matched)",
	  "{from} schreibt, die Adresse werde nicht mehr gelesen, und nennt {to} (keine Rechnung "
	  "gefunden)" },
	/* Why the milter has no copy, worded; a record of an older milter gives only its
	 * technical detail. */
	{ NULL, "mail_missed",
	  "{what} van <{from}> aan <{rcpt}>[ en {more} anderen] op {at}, queue-ID {queue}, niet "
	  "gelezen door dunmail: {missed}[; het was herinnering {reminder} (volgens de tag van de "
	  "envelop) en telt als verstuurd]",
	  "{what} from <{from}> to <{rcpt}>[ and {more} more] at {at}, queue id {queue}, was not "
	  "read by dunmail: {missed}[; it was reminder {reminder} (its envelope's tag says so), which "
	  "counts as sent]",
	  "{what} von <{from}> an <{rcpt}>[ und {more} weitere] am {at}, Queue-ID {queue}, von "
	  "dunmail nicht gelesen: {missed}[; es war Erinnerung {reminder} (laut Tag des Umschlags) und "
	  "gilt als gesendet]" },
	{ NULL, "mail_missed",
	  "{what} van <{from}> aan <{rcpt}>[ en {more} anderen] op {at}, queue-ID {queue}, niet "
	  "gelezen door dunmail ({why})[; het was herinnering {reminder} (volgens de tag van de "
	  "envelop) en telt als verstuurd]",
	  "{what} from <{from}> to <{rcpt}>[ and {more} more] at {at}, queue id {queue}, was not "
	  "read by dunmail ({why})[; it was reminder {reminder} (its envelope's tag says so), which "
	  "counts as sent]",
	  "{what} von <{from}> an <{rcpt}>[ und {more} weitere] am {at}, Queue-ID {queue}, von "
	  "dunmail nicht gelesen ({why})[; es war Erinnerung {reminder} (laut Tag des Umschlags) und "
	  "gilt als gesendet]" },
	{ NULL, "mail_missed_unreadable",
	  "een record van de milter dat niet te lezen is ({path}: {why}); zie het maillog voor "
	  "factuurmail die niet in de spool kwam",
	  "a record of the milter that cannot be read ({path}: {why}); see the mail log for "
	  "billing mail not spooled",
	  "ein Eintrag des Milters, der nicht lesbar ist ({path}: {why}); siehe das Mail-Log f\xc3\xbcr "
	  "Rechnungsmail, die nicht im Spool landete" },
	{ NULL, "commands_refused",
	  "van {from} (bericht {message}, onderwerp \"{subject}\"): {refusal}; er is niets uitgevoerd",
	  "from {from} (message {message}, subject \"{subject}\"): {refusal}; nothing was run",
	  "von {from} (Nachricht {message}, Betreff \"{subject}\"): {refusal}; nichts wurde "
	  "ausgef\xc3\xbchrt" },
	{ NULL, "bounce",
	  "{delivery} voor {failed}[, antwoord op onze {answers} aan {recipient}][; factuur "
	  "{invoice}: {status}][; factuur {invoice} ongewijzigd ({unchanged})][; {failing}][; {counted}]",
	  "{delivery} for {failed}[, answers our {answers} to {recipient}][; invoice {invoice}: "
	  "{status}][; invoice {invoice} unchanged ({unchanged})][; {failing}][; {counted}]",
	  "{delivery} f\xc3\xbcr {failed}[, Antwort auf unsere {answers} an {recipient}][; Rechnung "
	  "{invoice}: {status}][; Rechnung {invoice} unver\xc3\xa4ndert ({unchanged})][; {failing}][; {counted}]" },
	{ NULL, "address_ok",
	  "{address} niet langer gemarkeerd als niet werkend: u zei dat het mail aanneemt "
	  "(dunmail address --ok)",
	  "{address} no longer marked as failing: you said it takes mail (dunmail address --ok)",
	  "{address} nicht mehr als fehlerhaft markiert: Sie sagten, sie nehme Mail an "
	  "(dunmail address --ok)" },
	{ NULL, "hold_expired",
	  "wachten ({pause}) afgelopen zonder uw beslissing: de herinneringen gaan verder",
	  "hold ({pause}) ended without your decision: back on the ladder",
	  "Warten ({pause}) ohne Ihre Entscheidung beendet: die Erinnerungen gehen weiter" },
};

/* The kind of code a parameter holds: its key, but for the two sources of a disagreement. */
static const char *
kind_of(const char *key)
{
	if (strcmp(key, "kept") == 0 || strcmp(key, "other") == 0)
		return "source";
	if (strcmp(key, "unchanged") == 0)
		return "status";
	return key;
}

/* The first row of @table from @from on of kind @kind and code @code, or NULL. */
static const Word *
find_from(const Word *table, gsize n, gsize from, const char *kind, const char *code)
{
	for (gsize i = from; i < n; i++)
		if (g_strcmp0(table[i].kind, kind) == 0 && strcmp(table[i].code, code) == 0)
			return &table[i];
	return NULL;
}

static const Word *
find(const Word *table, gsize n, const char *kind, const char *code)
{
	return find_from(table, n, 0, kind, code);
}

/* TRUE when the words table has codes of kind @kind. */
static gboolean
is_worded_kind(const char *kind)
{
	for (gsize i = 0; i < G_N_ELEMENTS(words); i++)
		if (strcmp(words[i].kind, kind) == 0)
			return TRUE;
	return FALSE;
}

const char *
dm_digest_word(const char *language, const char *kind, const char *value)
{
	const Word *w = value ? find(words, G_N_ELEMENTS(words), kind, value) : NULL;
	return w ? dm_doc_say(language, w->nl, w->en, w->de) : NULL;
}

const char *
dm_digest_pause_reason(const char *language, const char *reason)
{
	/* A handed-over invoice's reason is the step the ladder ended with. */
	const char *word = dm_digest_word(language, "pause", reason);
	if (!word)
		word = dm_digest_word(language, "step", reason);
	return word ? word : reason;
}

/* Appends the template [@p, @end) to @out, its parameters from @said; FALSE when one of
 * them is missing (shown as "?"), which drops an optional part.  With @strict, a value of
 * a worded kind that has no words counts as missing too (it is shown as it is). */
static gboolean
expand(GString *out, const char *language, GVariant *said, const char *p, const char *end,
       gboolean strict)
{
	gboolean complete = TRUE;
	while (p < end) {
		const char *close = *p == '[' ? memchr(p, ']', (gsize) (end - p))
		                  : *p == '{' ? memchr(p, '}', (gsize) (end - p)) : NULL;
		if (!close) {
			g_string_append_c(out, *p++);
			continue;
		}
		if (*p == '[') {
			g_autoptr(GString) part = g_string_new(NULL);
			if (expand(part, language, said, p + 1, close, strict))
				g_string_append_len(out, part->str, (gssize) part->len);
		} else {
			g_autofree char *key = g_strndup(p + 1, (gsize) (close - p - 1));
			const char *value = NULL;
			if (g_variant_lookup(said, key, "&s", &value)) {
				/* A word may name parameters of its own (why a reply to the digest was
				 * refused: the day its token expired). */
				const char *word = dm_digest_word(language, kind_of(key), value);
				if (word) {
					complete = expand(out, language, said, word, word + strlen(word), strict) &&
					           complete;
				} else {
					g_string_append(out, value);
					complete = complete && !(strict && is_worded_kind(kind_of(key)));
				}
			} else {
				g_string_append_c(out, '?');
				complete = FALSE;
			}
		}
		p = close + 1;
	}
	return complete;
}

char *
dm_digest_words(const char *language, GVariant *said)
{
	const char *code = NULL;
	if (!said || !g_variant_lookup(said, "code", "&s", &code))
		return NULL;
	const Word *e = find(events, G_N_ELEMENTS(events), NULL, code);
	while (e) {
		gsize next = (gsize) (e - events) + 1;
		const Word *fallback = find_from(events, G_N_ELEMENTS(events), next, NULL, code);
		const char *tmpl = dm_doc_say(language, e->nl, e->en, e->de);
		g_autoptr(GString) out = g_string_new(NULL);
		if (expand(out, language, said, tmpl, tmpl + strlen(tmpl), fallback != NULL) || !fallback)
			return g_string_free(g_steal_pointer(&out), FALSE);
		e = fallback;
	}
	return NULL;
}
