/* not_invoice: the rules that make a message not an invoice (dm_not_invoice_decide).
 *
 * Three places are looked at, in this order: the headers (an automatic reply, a mailing
 * list, a calendar invitation), the subject (first a forward's prefix, dm-subject.h), and
 * the title lines of the body and of the attached documents (a line that is nothing but
 * "Offerte", "Lieferschein", "Statement of account"): the kind of a document is stated in
 * its subject and title (its first title: a reference cell below an invoice's own title
 * names another document).  A subject that calls the mail an invoice is not refused for
 * naming a quote, an order, a renewal or a shipment too; a reply's subject is the thread's,
 * not the mail's, when the sender's own words hand over an invoice the mail sets out
 * (dm-thread-subject.h), and an office forwarding the invoice it made for its client passes
 * on no bill (dm-for-client.h).  Each rule is a row of one
 * table: a kind, where it looks, a pattern; the first that matches decides, and its kind,
 * where it looked and the text it matched are the reason (dm-not-invoice-reason.h).
 * Failures: none. */
#include "parser/invoice/dm-not-invoice.h"
#include "parser/invoice/dm-bill-of-its-own.h"
#include "parser/invoice/dm-direct-debit.h"
#include "parser/invoice/dm-forward-origin.h"
#include "parser/invoice/dm-instalment-invoice.h"
#include "parser/invoice/dm-invoice-text.h"
#include "parser/invoice/dm-invoice-text-number.h"
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-subject.h"
#include "parser/text/dm-pattern.h"
#include "parser/text/dm-sentence.h"
#include "parser/text/dm-terms.h"
#include "parser/invoice/dm-thread-subject.h"
#include "parser/invoice/dm-for-client.h"
#include "parser/invoice/dm-own-words.h"
#include "parser/invoice/dm-payment-failed.h"
#include "parser/invoice/dm-self-billing.h"
#include "parser/invoice/dm-invoice-status.h"
#include "parser/invoice/dm-portal-notice.h"
#include "parser/invoice/dm-tax-return-service.h"
#include "parser/invoice/dm-typed-bill.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-bank.h"

#include <string.h>

#define CI PCRE2_CASELESS
#define CIM (PCRE2_CASELESS | PCRE2_MULTILINE)

/* IN_TEXT_UNLESS_OPEN: the body, unless it states an amount still to pay above zero
 * ("Amount due: £400" after "Deposit received"): an invoice may thank for a deposit; and
 * only in a sentence that states what happened, not one that asks for a payment or sets
 * its condition (rule payment-request: "Payment must be received within 14 days", "het
 * bedrag dient binnen 14 dagen te zijn bijgeschreven", "Bei Zahlung innerhalb von 7 Tagen
 * erhalten Sie 2 % Skonto"), nor one that denies it ("we hebben je betaling nog niet
 * ontvangen": misses35). */
/* IN_TITLE_REF: a title line, unless the document is an invoice (its title or its number's
 * label says so) and the line is a reference cell with a number beside it ("Angebot\tAN794",
 * "Lieferschein\tLS-2026-77"): an invoice names the quote, order or delivery it bills. */
/* IN_TEXT_UNLESS_SET_OUT: the body, unless it sets out an invoice of its own
 * (dm_not_invoice_sets_out): an invoice may print the number of the quote it bills. */
/* IN_TEXT_UNLESS_REPLY: the body of a mail whose subject is no reply's (dm-subject.h): a
 * reply quotes the mail it answers in the same way. */
/* IN_TITLE_UNLESS_NUMBERED: a title line of a document that labels no invoice number of
 * its own: an invoice may head its bank details "Remittance advice". */
/* IN_TEXT_IF_DEBITED: the body, when it also names a direct debit and neither it nor the
 * attached document sets out an invoice of its own: "Sie müssen nichts tun" is the
 * customer's part in a debit announced, but "if you have already paid, you need not do
 * anything" stands in many an invoice that must be chased. */
/* IN_TEXT_UNLESS_INVOICE: the body, unless it or the attached document sets out an invoice
 * of its own, or the body hands over a deposit or part invoice (deposit_invoice_handed): a
 * deposit invoice announces the final one. */
/* IN_SUBJECT_UNLESS_INVOICE: the subject, unless the body or the attached document sets out
 * an invoice of its own: "Vooraankondiging incasso factuur KS-19" names the invoice it
 * collects, and the invoice itself may carry the same words with the invoice attached. */
/* IN_SUBJECT_UNLESS_BILLED: the subject, unless the body or the attached document sets out
 * an invoice of its own, its number given, and asks for its payment (an amount due or a due
 * date labelled, the amount or the date after the label):
 * "Jaaropgave 2026 en factuur salarisadministratie" names the year's statements a payroll
 * office made, and bills them; a year's overview listing invoices under "Factuurnummer"
 * asks for nothing. */
/* IN_SUBJECT_UNLESS_PAGE_BILLS: the subject, unless the body or the attached document bills
 * on its own page (page_bills): its own number given, something left to pay, and an
 * amount due, a due date or a payment term stated.  "Rekeningoverzicht november - factuur
 * 90412", "Invoice / Receipt" with an amount outstanding, "New price list + invoice" name a
 * statement, a receipt or a price list beside an invoice that asks to be paid; a statement
 * lists invoices under a column's label, and a receipt leaves nothing to pay.  Only a
 * subject that sets an invoice beside the word (subject_beside_invoice) may give way: a
 * statement of one open invoice ("Rekeningoverzicht november": its number, what is open,
 * its due date) or a paid invoice's copy under "Receipt for your payment" bills on its page
 * as much as an invoice does, and is none. */
/* IN_TEXT_STATED: the body, only in a sentence that neither asks for a payment nor sets
 * its condition (rule payment-request), and beside a new invoice only in one that chases
 * (as IN_TEXT's own-reminder rule): "If we have not received your payment by 15 December"
 * is an invoice's term. */
typedef enum {
	IN_SUBJECT, IN_SUBJECT_UNLESS_PAGE_BILLS, IN_TITLE, IN_TITLE_REF, IN_TEXT, IN_TEXT_UNLESS_OPEN, IN_TEXT_UNLESS_SET_OUT, IN_TEXT_UNLESS_REPLY,
	IN_TEXT_IF_DEBITED, IN_TITLE_UNLESS_NUMBERED, IN_TEXT_UNLESS_INVOICE, IN_SUBJECT_UNLESS_INVOICE,
	IN_SUBJECT_UNLESS_BILLED, IN_SUBJECT_UNLESS_TRANSFER, IN_TEXT_STATED
} Where;

/* The invoice that comes after this one: the final, closing or balance invoice. */
#define LATER_INVOICE "(?:final|closing|balance|remaining)"
/* Not the later invoice ("the final invoice will follow"): IN_TEXT_UNLESS_INVOICE's rule. */
#define NOT_FINAL "(?<!final\\s)(?<!closing\\s)(?<!balance\\s)(?<!remaining\\s)"
/* Not a payment denied: "U heeft niet aan de balie afgerekend", "nicht bar bezahlt". */
#define NOT_DENIED "(?<!\\bniet\\s)(?<!\\bnog\\s)(?<!\\bnicht\\s)(?<!\\bnot\\s)"

/* A title line: the whole line (its first cell in a PDF row) is the document's kind. */
#define TITLE(words) "^[ \\t]*(?:" words ")[ \\t]*(?:\\t|$|[ \\t]+(?:nr\\.?|no\\.?|#)?[ \\t]*[A-Z0-9][A-Z0-9/_.-]*[ \\t]*$)"

/* Not the collective invoice a supplier names a "statement invoice" (one invoice over a
 * month's work orders or deliveries, under its own number). */
#define STATEMENT_NOT_INVOICE "(?!\\s+invoice)"

/* Not a line that joins an invoice word to the title ("STATEMENT<TAB>&<TAB>INVOICE"). */
#define NOT_BESIDE_INVOICE "(?![^\\n]*?(?:&|\\band\\b|\\ben\\b|\\bund\\b|/|\\+)\\s*(?:tax\\s+)?(?:invoice|factuur|rechnung)\\b)"

/* Sentence pieces: what stands between words of one sentence (a dot inside a number such
 * as "F2026.123" does not end it). */
#define SENT "(?:[^.!?\\n]|\\.(?=\\S))"
/* A refund said to happen now: "today", "vandaag", "heute", "right away". */
#define REFUND_NOW "\\b(?:today|now|right\\s+away|immediately|tomorrow|vandaag|nu|direct|meteen|morgen" \
	"|heute|sofort|gleich|umgehend|morgen)\\b"
/* Any character, line breaks too: to look over a whole text from its start. */
#define ANY_CHAR "[\\s\\S]"
#define CREDIT_NOUN "(?:creditnota|creditfactuur|credit\\s*note|credit\\s*memo|gutschrift|storno-?rechnung)"
/* After a credit note said to come: not one the same sentence hands over ("… de creditnota
 * in de bijlage", "… eine Gutschrift, siehe Anhang"). */
#define NOT_HANDED "(?!" SENT "*\\b(?:hierbij|bijlage|bijgaand|bijgevoegd|anbei|anhang|anlage|attached|enclosed)\\b)"
/* Not followed in its sentence by an invoice handed over ("… sturen wij u hierbij de
 * termijnfactuur", "… erhalten Sie anbei die Rechnung"). */
#define HANDS_OVER_NO_INVOICE "(?!" SENT "*\\b(?:hierbij|bijgaand|bijgevoegd|anbei|hiermit|attached|enclosed|herewith)\\b" \
	SENT "*\\b(?:\\w*factuur|\\w*rechnung|invoice)\\b)"
/* A year's invoices in one list, for the records: "Jaaroverzicht", "Facturenoverzicht",
 * "Jahresübersicht", "Rechnungsübersicht", "Annual overview", "Year-end summary"; and the
 * year's paid invoices certified for the customer's tax return ("Jahresbescheinigung",
 * "Bescheinigung nach § 35a EStG", "Jaaropgave", "Annual tax statement"). */
#define YEAR_OVERVIEW "(?:jaaroverzicht|factu(?:ur|ren)overzicht|jahres(?:ü|ue)bersicht|rechnungs(?:ü|ue)bersicht" \
	"|(?:annual|yearly|year-end)\\s+(?:overview|summary)|invoice\\s+(?:overview|summary)" \
	"|jahres(?:steuer)?bescheinigung|bescheinigung\\s+(?:nach|gem(?:\\.|äß|aess))\\s+§\\s*35a|jaaropgave" \
	"|(?:annual|yearly)\\s+tax\\s+(?:statement|summary|certificate|overview))"
/* A balance confirmation: the seller asks the customer (or its auditors ask) to confirm the
 * balance of open items on a date ("Saldenbestätigung", "Saldenabstimmung",
 * "Saldobevestiging", "Balance confirmation"); it lists invoices sent before and bills
 * nothing. */
#define BALANCE_CONFIRMATION "(?:salden(?:best(?:ä|ae|a)tigung|abstimmung)|saldo(?:best(?:ä|ae|a)tigung|abstimmung)" \
	"|saldo-?bevestiging|bevestiging\\s+(?:van\\s+)?(?:het\\s+)?saldo|balance\\s+confirmation" \
	"|confirmation\\s+of\\s+(?:the\\s+|your\\s+)?(?:account\\s+)?balance)"
/* The same asked in a sentence: "Please confirm that the balance agrees", "Bitte bestätigen
 * Sie uns den Saldo", "um Bestätigung des folgenden Saldos", "het saldo te bevestigen". */
#define CONFIRM_THE_BALANCE "(?:\\bconfirm(?:ing)?\\s+(?:that\\s+)?(?:the|your|this|our)\\s+(?:account\\s+)?balance\\b" \
	"|\\bconfirm\\s+(?:the\\s+)?balance\\b|\\bbest(?:ä|ae)tigen\\s+sie\\s+(?:uns\\s+)?(?:bitte\\s+)?(?:den|diesen|unseren)\\s+saldo\\b" \
	"|\\bbest(?:ä|ae)tigung\\s+(?:des|dieses|unseres)\\s+(?:\\w+\\s+)?saldos\\b|\\bden\\s+saldo\\s+(?:zu\\s+)?best(?:ä|ae)tigen\\b" \
	"|\\b(?:het|dit|uw)\\s+saldo\\s+(?:te\\s+)?bevestigen\\b|\\bbevestig(?:en|t)?\\s+(?:u\\s+)?(?:het|dit|uw)\\s+saldo\\b)"
/* Not "nothing to do but pay" ("Sie müssen nichts tun, außer die Rechnung zu begleichen",
 * "u hoeft niets te doen behalve betalen"). */
#define NOTHING_BUT "(?!\\s*,?\\s*(?:außer|ausser|als|behalve|dan|except|but)\\b)"
/* A subject that does not call itself an invoice: some kinds of mail name a word an invoice
 * may name too ("Factuur voor je boeking"), and only without an invoice word are they
 * that kind.  German and Austrian tools number invoices "RE 26/088", "RE-2026-114": the
 * capitals before a number are Rechnung's abbreviation, not a reply's "RE:".  The number
 * is one by its shape (a separator inside, a dash or "Nr." before it, or glued on): "RE 2
 * offertes", "Quotation RE 2 boilers", "RE 2026 planning" are a reply or "regarding". */
#define NO_INVOICE_WORD "^(?!.*\\b(?:\\w*factu(?:ur|ren)|invoice|\\w*rechnung|nota|" DM_FEE_NOTE_RE \
	"|(?-i:RE)(?:[ -]?Nr\\.?[ -]?\\d+|[ -]?\\d+[/-]\\d+|-\\d+|\\d{3,}))\\b)"
/* An invoice said to be settled already ("has already been paid", "is al voldaan", "ist
 * bereits bezahlt"), not "if you have already paid". */
#define PAID_ALREADY "\\b(?:has|have)\\s+(?:already\\s+)?been\\s+paid\\b|\\b(?:is|was)\\s+(?:already\\s+)?paid\\b" \
	"|\\bis\\s+(?:al|reeds|inmiddels)\\s+(?:betaald|voldaan)\\b|\\b(?:ist|wurde)\\s+(?:bereits|schon)\\s+(?:bezahlt|beglichen)\\b"
/* A direct debit announced in a subject, its words dm-direct-debit.h's: Belgian
 * "domiciliëring", Swiss and Austrian "Vorankündigung" of a "Lastschrift", "LSV" or
 * "Einzug", "pre-notification", "advance notice". */
#define PRE_NOTIFICATION "(?:\\b(?:voor)?aankondiging\\s+(?:van\\s+(?:de\\s+|uw\\s+|je\\s+)?)?" DM_DIRECT_DEBIT_NOUN_RE \
	"|\\bvorank(?:ü|ue)ndigung\\b.*\\b" DM_DIRECT_DEBIT_NOUN_RE \
	"|\\bincasso-?aankondiging|\\bvorabank(?:ü|ue)ndigung|\\bvorabinformation\\b|\\bpre-?notification" \
	"|\\bdirect\\s+debit\\b.*\\b(?:notice|notification)|\\badvance\\s+notice)"
/* A payment said to have gone through, as a payment provider (Mollie, Stripe, PayPal, SumUp,
 * Adyen) or a shop's checkout tells the payer: "Je betaling van € 9,50 aan X is gelukt",
 * "Your payment to X was successful", "Ihre Zahlung an X war erfolgreich".  The payment's
 * noun, what it came to, and the two together as a heading ("Betaling geslaagd", "Payment
 * successful", "Zahlung erfolgreich"). */
#define PAYMENT_NOUN "(?:\\w*betaling|transactie|payment|transaction|\\w*zahlung|transaktion)"
#define SUCCEEDED "(?:gelukt|geslaagd|voltooid|succesvol(?:\\s+(?:verwerkt|afgerond|voltooid|uitgevoerd))?" \
	"|successful(?:ly\\s+(?:completed|processed|made))?|(?:successfully\\s+)?completed?(?:\\s+successfully)?" \
	"|erfolgreich(?:\\s+(?:abgeschlossen|ausgef(?:ü|ue)hrt|durchgef(?:ü|ue)hrt))?|abgeschlossen)"
#define PAYMENT_SUCCEEDED_HEADING "(?:" PAYMENT_NOUN "\\s+" SUCCEEDED "|successful\\s+payment|geslaagde\\s+betaling" \
	"|erfolgreiche\\s+(?:be)?zahlung)"
/* In a sentence that says so, the verb before it: not one denied ("was unsuccessful", "war
 * nicht erfolgreich", "is niet gelukt"), which leaves the invoice open, nor one that sets a
 * condition ("Once your payment is successful …": IN_TEXT_UNLESS_OPEN's rule). */
#define PAYMENT_SUCCEEDED "\\b" PAYMENT_NOUN "\\b" SENT "{0,80}?\\b(?:is|was|has\\s+been|ist|war|wurde)\\s+(?:\\w+\\s+)?" \
	NOT_DENIED SUCCEEDED "\\b"
/* The payer told to keep the mail as the proof of it: "Keep this email as proof of payment",
 * "Bewaar deze e-mail als bewijs van betaling", "Bewahren Sie diese E-Mail als
 * Zahlungsnachweis auf" (not "for your records", which an invoice says too). */
#define KEEP_AS_PROOF "\\b(?:keep|save|retain|print)\\s+this\\s+(?:e-?mail|message|confirmation)\\s+as\\s+(?:your\\s+|a\\s+)?" \
	"(?:proof\\s+of\\s+(?:payment|purchase)|receipt|payment\\s+(?:confirmation|record))" \
	"|\\bbewaar\\s+(?:deze|dit)\\s+(?:e-?mail|mail|bericht|bevestiging)\\s+als\\s+(?:(?:een\\s+|uw\\s+|je\\s+)?bewijs\\s+van\\s+betaling" \
	"|betaalbewijs|betalingsbewijs|ontvangstbewijs)" \
	"|\\bbewahren?\\s+(?:sie\\s+)?diese\\s+(?:e-?mail|nachricht|best(?:ä|ae)tigung)\\s+(?:bitte\\s+)?als\\s+(?:ihren\\s+|deinen\\s+)?" \
	"(?:zahlungsnachweis|zahlungsbeleg|nachweis|beleg|quittung)"
/* A payment link, or a payment request sent through one (Tikkie, PayPal, Mollie). */
#define PAY_LINK "(?:betaallink|betaal-?link|betaalverzoek|payment\\s+link|pay(?:ment)?\\s+request|zahlungslink|bezahllink" \
	"|zahlungsaufforderung\\s+per\\s+link)"
/* Words that hand a document over with this mail ("hierbij", "anbei", "here is"). */
#define HANDED_OVER "\\b(?:hierbij|bijgaand|bijgevoegd|bijlage|anbei|anhang|anlage|beigef(?:ü|ue)gt|hiermit|attached|enclosed" \
	"|herewith|here(?:'s|\\s+is)|please\\s+find)\\b"
/* An invoice handed over with this mail, in its sentence: "Here is invoice INV-3311",
 * "anbei unsere Rechnung RE-8831", "Hierbij de factuur". */
#define INVOICE_HANDED_OVER HANDED_OVER SENT "{0,40}?\\b(?:\\w*factuur|\\w*rechnung|invoice)\\b"
/* Sent for the debtor's books ("for your records", "voor uw administratie", "für Ihre
 * Unterlagen"). */
#define FOR_THE_BOOKS "\\bfor\\s+your\\s+(?:records|files|books|bookkeeping|administration)\\b" \
	"|\\bvoor\\s+(?:uw|je|jouw)\\s+(?:administratie|boekhouding)\\b|\\bf(?:ü|ue)r\\s+(?:ihre|deine)\\s+(?:unterlagen|buchhaltung|akten)\\b"

static struct {
	DmNotInvoiceKind kind;
	Where where;
	DmPattern pattern;
} rules[] = {
	{ DM_NOT_INVOICE_FORWARDED, IN_TEXT,
	  DM_PATTERN("^[ \\t>]*(?:-{3,}\\s*)?(?:forwarded\\s+message|(?:begin\\s+)?doorgestuurd\\s+bericht"
		     "|anfang\\s+der\\s+weitergeleiteten\\s+nachricht"
		     "|weitergeleitete\\s+nachricht|begin\\s+forwarded\\s+message|message\\s+transféré)"
		     "\\s*(?:-{3,}|:)?[ \\t]*$", CIM) },
	/* Outlook's header block of the mail passed on ("Van: … / Verzonden: … / Aan: … /
	 * Onderwerp: …"), its "FW:" taken out of the subject by hand. */
	{ DM_NOT_INVOICE_FORWARDED, IN_TEXT_UNLESS_REPLY,
	  DM_PATTERN("^[ \\t]*(?:van|from|von):[ \\t]*\\S.*\\n(?:[ \\t]*(?:verzonden|sent|gesendet|datum|date|aan|to|an|cc):.*\\n){1,4}"
		     "[ \\t]*(?:onderwerp|subject|betreff):", CIM) },
	{ DM_NOT_INVOICE_AUTOMATIC_REPLY, IN_SUBJECT,
	  DM_PATTERN("^\\s*(?:automatisch\\s+antwoord|automatische\\s+antwort|abwesenheitsnotiz"
		     "|out\\s+of\\s+(?:the\\s+)?office|automatic\\s+reply|auto(?:matic)?[- ]?reply"
		     "|afwezig|abwesend)", CI) },
	{ DM_NOT_INVOICE_INVITATION, IN_SUBJECT,
	  DM_PATTERN("^\\s*(?:uitnodiging|einladung|invitation|updated\\s+invitation"
		     "|bijgewerkte\\s+uitnodiging|aktualisierte\\s+einladung)\\s*:", CI) },
	{ DM_NOT_INVOICE_CREDIT_NOTE_ANNOUNCED, IN_SUBJECT,
	  DM_PATTERN("(?:creditnota|creditfactuur|gutschrift|credit\\s+note)\\W+(?:\\w+\\W+){0,2}"
		     "(?:volgt|folgt|follows|to\\s+follow|komt)"
		     "|(?:will|we'll|shall|zullen|werden)\\s+(?:\\w+\\s+){0,2}(?:issue|send|sturen|ausstellen)"
		     "\\s+(?:\\w+\\s+){0,2}(?:credit\\s+note|creditnota|gutschrift)", CI) },
	/* "Rechnung zum Angebot AN-12", "Factuur n.a.v. offerte 2026-3": an invoice that names
	 * its quote is an invoice; the body's title line and the text reader still see a quote. */
	{ DM_NOT_INVOICE_QUOTE, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*\\b(?:offerte|offertes|angebot|kostenvoranschlag|estimate|quotation|quote"
		     "|prijsopgave|prijsvoorstel|kostenraming|proposal|devis"
		     /* a priced answer to a public body's tender: a quote for the contract */
		     "|tender\\s+(?:response|submission|return|bid|offer)|priced\\s+response|bid\\s+submission"
		     "|inschrijving\\s+(?:voor\\s+(?:de\\s+)?)?aanbesteding|angebot\\s+(?:zur|für\\s+die)\\s+ausschreibung)\\b", CI) },
	{ DM_NOT_INVOICE_PRO_FORMA, IN_SUBJECT, DM_PATTERN("\\bpro[ -]?forma", CI) },
	{ DM_NOT_INVOICE_ORDER_CONFIRMATION, IN_SUBJECT,
	  DM_PATTERN("order\\s*bevestiging|bestel(?:lings)?bevestiging|auftragsbest[äa]tigung"
		     "|bestellbest[äa]tigung|order\\s+confirm"
		     /* the British and American name of it: "Order Acknowledgement SO-48812" */
		     "|order\\s+acknowledge?ment|acknowledge?ment\\s+of\\s+(?:your\\s+)?order", CI) },
	/* "Invoice for your order #1042", "Rechnung zu Ihrer Bestellung": a shop's invoice. */
	{ DM_NOT_INVOICE_ORDER_CONFIRMATION, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:bestelling\\b.*\\b(?:ontvangen|verzonden|geplaatst|bevestigd)|your\\s+order|ihre\\s+bestellung)", CI) },
	/* A remittance advice: the business tells its own supplier what it paid ("Remittance
	 * advice", "Zahlungsavis", "Betalingsadvies"); nothing is owed to it. */
	{ DM_NOT_INVOICE_RECEIPT, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD "(?!.*\\bbill\\b).*\\b(?:remittance\\s+advice|zahlungsavis|betalingsadvies)\\b", CI) },
	/* A payment said made ("Zahlungseingang - Rechnung RE-2026-0388", "Payment received -
	 * Invoice INV-5501"): the invoice beside it is the one paid, however its page reads. */
	{ DM_NOT_INVOICE_RECEIPT, IN_SUBJECT,
	  DM_PATTERN("\\bbetaling\\s+(?:ontvangen|bevestig)|betalingsbevestiging|zahlungseingang"
		     "|zahlungsbest[äa]tigung|zahlung\\s+erhalten|payment\\s+(?:received|confirm)"
		     "|\\bbedankt\\s+voor\\s+(?:je|uw)\\s+betaling|thank\\s+you\\s+for\\s+your\\s+payment"
		     /* a payment provider's word that it went through (misses33) */
		     "|\\b" PAYMENT_SUCCEEDED_HEADING "\\b|" PAYMENT_SUCCEEDED, CI) },
	/* A receipt by its document's name, which may stand beside the invoice it is sent with
	 * ("Invoice / Receipt"); not the goods receipt an invoice to a back office names ("goods
	 * receipt 5000332190", "GRN"): the customer's booking of the delivery. */
	{ DM_NOT_INVOICE_RECEIPT, IN_SUBJECT_UNLESS_PAGE_BILLS,
	  DM_PATTERN("(?<!goods\\s)(?<!goods-)\\breceipt\\b|\\bquittung\\b", CI) },
	/* "Betaalbewijs", "Ontvangstbewijs": proof of a payment made, in Flemish and Dutch. */
	{ DM_NOT_INVOICE_RECEIPT, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*\\b(?:betaalbewijs|ontvangstbewijs)\\b", CI) },
	{ DM_NOT_INVOICE_REMINDER, IN_SUBJECT,
	  DM_PATTERN("herinnering|aanmaning|sommatie|zahlungserinnerung|\\bmahnung|reminder"
		     "|overdue|past\\s+due|achterstallig|nog\\s+open|noch\\s+offen|still\\s+(?:open|outstanding)"
		     "|unpaid|onbetaald|unbezahlt", CI) },
	{ DM_NOT_INVOICE_QUESTION, IN_SUBJECT,
	  DM_PATTERN("\\?\\s*$|\\b(?:vraag|frage|question)\\b", CI) },
	{ DM_NOT_INVOICE_RENEWAL, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:verlenging|verl[äa]ngerung|verl[äa]ngert|\\brenew|loopt\\s+(?:automatisch\\s+)?door)", CI) },
	{ DM_NOT_INVOICE_PRICE_LIST, IN_SUBJECT_UNLESS_PAGE_BILLS,
	  DM_PATTERN("prijslijst|prijzen|tarieven|preisliste|\\bpreise\\b|price\\s*list|\\bprices\\b"
		     "|nieuwsbrief|newsletter|\\boffer\\b|aanbieding", CI) },
	/* "Rates for 2027", "Updated rates", "Rate card": a freelancer's new prices, not a bill. */
	{ DM_NOT_INVOICE_PRICE_LIST, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*\\b(?:rates|rate\\s+card|tarife|stundensätze|honorarsätze|uurtarieven)\\b", CI) },
	{ DM_NOT_INVOICE_STATEMENT, IN_SUBJECT_UNLESS_PAGE_BILLS,
	  DM_PATTERN("rekeningoverzicht|rekeninguittreksel|klantenuittreksel|saldo[\\s-]*overzicht|openstaande\\s+posten"
		     "|kontoauszug|konto(?:ü|ue)bersicht|offene\\s+posten|\\bstatement\\b" STATEMENT_NOT_INVOICE, CI) },
	{ DM_NOT_INVOICE_STATEMENT, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:" BALANCE_CONFIRMATION "|" CONFIRM_THE_BALANCE ")", CI | PCRE2_UTF) },
	/* A year's invoices listed for the customer's records ("Jaaroverzicht 2026",
	 * "Jahresübersicht", "Annual overview"): what was billed and paid, nothing new. Not a
	 * year's bill ("Jaarafrekening", "Jahresabrechnung", "Annual invoice"). */
	{ DM_NOT_INVOICE_STATEMENT, IN_SUBJECT_UNLESS_BILLED,
	  DM_PATTERN(NO_INVOICE_WORD ".*\\b" YEAR_OVERVIEW "\\b", CI) },
	{ DM_NOT_INVOICE_DELIVERY_NOTE, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:pakbon|lieferschein|delivery\\s+note|packing\\s+slip)", CI) },
	/* "Lieferschein und Rechnung 2026-1191", "Pakbon en factuur", "Delivery note and invoice":
	 * the delivery note travels with the invoice, and is what the mail is only when neither
	 * the mail nor its documents set an invoice out. */
	{ DM_NOT_INVOICE_DELIVERY_NOTE, IN_SUBJECT_UNLESS_INVOICE,
	  DM_PATTERN("pakbon|lieferschein|delivery\\s+note|packing\\s+slip", CI) },
	{ DM_NOT_INVOICE_DELIVERY_NOTE, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:verzonden|shipped|versandt|verschickt|dispatched)", CI) },
	{ DM_NOT_INVOICE_FOR_BOOKKEEPER, IN_SUBJECT,
	  DM_PATTERN("verkoopfacturen|ausgangsrechnungen|sales\\s+invoices|facturen\\s+\\w+\\s+\\d{4}"
		     "|rechnungen\\s+\\w+\\s+\\d{4}|invoices\\s+(?:for\\s+)?(?:q\\d|\\w+\\s+\\d{4})", CI) },
	/* The business's own sales invoice sent to its own bookkeeper, in the words only the
	 * seller's books use: for the VAT return ("voor de btw-aangifte", "für die
	 * Voranmeldung", "for the VAT return"; not the customer's "your VAT return" a
	 * reverse-charge note names), to be booked ("zur Verbuchung"), a sales invoice of or to
	 * a customer handed over ("hierbij de verkoopfactuur van Brouwer", "anbei die
	 * Ausgangsrechnung an das Hotel"; not Sage's "Please find attached Sales Invoice
	 * SI-1042" to the customer); a forward of the mail that went to the customer too. */
	{ DM_NOT_INVOICE_FOR_BOOKKEEPER, IN_TEXT,
	  DM_PATTERN("\\b(?:voor|t\\.?\\s?b\\.?\\s?v\\.?)\\s+(?:de|mijn|onze)\\s+(?:btw[- ]?|omzetbelasting)?aangifte\\b"
		     "|\\bf(?:ü|ue)r\\s+(?:die|meine|unsere)\\s+(?:umsatzsteuer-?)?voranmeldung\\b|\\bzur\\s+verbuchung\\b"
		     "|\\bzum\\s+verbuchen\\b|\\bfor\\s+(?:the|my|our)\\s+(?:quarter(?:ly|'s)\\s+)?vat\\s+return\\b"
		     "|" HANDED_OVER "\\s+(?:\\S+\\s+){0,3}?(?:verkoopfactu\\w*|ausgangsrechnung\\w*|sales\\s+invoices?)"
		     "\\s+(?:van|aan|an|to)\\s",
		     CI | PCRE2_UTF) },
	{ DM_NOT_INVOICE_STATEMENT, IN_SUBJECT,
	  DM_PATTERN("overzicht\\s+(?:van\\s+)?(?:de\\s+|uw\\s+|je\\s+)?openstaande|openstaande\\s+(?:facturen|bedragen)"
		     "|outstanding\\s+invoices|offene\\s+rechnungen", CI) },
	{ DM_NOT_INVOICE_ORDER_CONFIRMATION, IN_SUBJECT,
	  DM_PATTERN("(?:bedankt|dank\\s+je|dank\\s+u)\\s+voor\\s+(?:je|uw)\\s+(?:bestelling|order|aankoop)"
		     "|danke\\s+f(?:ü|ue)r\\s+ihre\\s+(?:bestellung|auftrag)", CI) },
	{ DM_NOT_INVOICE_TIMESHEET, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:timesheet|time\\s+sheet|urenoverzicht|urenstaat|urenregistratie|stundennachweis"
		     "|stundenzettel|stundenaufstellung|leistungsnachweis|t[äa]tigkeitsnachweis)", CI) },
	/* "Uren november ter akkoord", "Stunden November zur Freigabe": sent to be approved,
	 * the bill comes after. */
	{ DM_NOT_INVOICE_TIMESHEET, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:\\bter\\s+(?:akkoord|goedkeuring|accordering)|\\bzur\\s+(?:freigabe|genehmigung|abnahme)"
		     "|\\bfor\\s+(?:your\\s+)?(?:approval|sign-?off))", CI) },
	/* Mail about money that no invoice asks for: a collection announced (the business
	 * collects it itself), a card to be charged, a payment link, a cancellation, a refund. */
	{ DM_NOT_INVOICE_DIRECT_DEBIT, IN_SUBJECT, DM_PATTERN(NO_INVOICE_WORD ".*" PRE_NOTIFICATION, CI) },
	{ DM_NOT_INVOICE_CARD_CHARGE, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:\\bwill\\s+be\\s+charged|\\bwordt\\s+(?:\\w+\\s+){0,2}belast|\\bwird\\s+(?:\\S+\\s+){0,3}belastet"
		     "|\\bupcoming\\s+(?:charge|payment))", CI) },
	/* Not a request set out in the mail that asks for a bank transfer and gives no link
	 * (asks_transfer): a club's or a school's "Betaalverzoek lidgeld 2027", its bill. */
	{ DM_NOT_INVOICE_PAYMENT_LINK, IN_SUBJECT_UNLESS_TRANSFER,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:\\bbetaalverzoek|\\brequest\\s+for\\s+payment|\\bpayment\\s+request|\\btikkie)", CI) },
	{ DM_NOT_INVOICE_CANCELLATION, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:\\bannulering|\\bgeannuleerd|\\bstornierung|\\bstornobest[äa]tigung|\\bstorniert"
		     "|\\bcancell?ation|\\bcancell?ed)", CI) },
	/* The invoice itself withdrawn: "Invoice INV-0041 has been voided", "Factuur 2026-12
	 * is geannuleerd", "Rechnung RE-17 wurde storniert". */
	{ DM_NOT_INVOICE_CANCELLATION, IN_SUBJECT,
	  DM_PATTERN("\\b(?:invoice|factuur|rechnung)\\b.{0,40}\\b(?:has\\s+been|is|was|werd|wurde|ist)\\s+"
		     "(?:voided|void|cancell?ed|withdrawn|geannuleerd|vervallen|ingetrokken|storniert|annulliert)\\b", CI) },
	/* A termination confirmed: "Bestätigung Ihrer Kündigung", "Bevestiging opzegging",
	 * "Confirmation of your notice to end …"; the last invoice it names is paid or follows. */
	{ DM_NOT_INVOICE_CANCELLATION, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:\\bk(?:ü|ue)ndigungsbest(?:ä|ae)tigung|\\bbest(?:ä|ae)tigung\\s+(?:ihrer|deiner|der)\\s+k(?:ü|ue)ndigung"
		     "|\\bbevestiging\\s+(?:van\\s+)?(?:je\\s+|uw\\s+|de\\s+)?opzegging|\\bopzegbevestiging"
		     "|\\bconfirmation\\s+of\\s+(?:your\\s+)?(?:cancellation|termination|notice))", CI) },
	/* Money received acknowledged: "Ontvangstbevestiging aanbetaling", "Bevestiging ontvangst
	 * voorschot", "Eingangsbestätigung Ihrer Anzahlung", "Acknowledgement of payment". */
	{ DM_NOT_INVOICE_RECEIPT, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:\\bontvangstbevestiging|\\bbevestiging\\s+(?:van\\s+(?:de\\s+)?)?ontvangst"
		     "|\\beingangsbest(?:ä|ae)tigung|\\backnowledge?ment\\s+of\\s+(?:receipt|payment|deposit))", CI) },
	{ DM_NOT_INVOICE_REFUND, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:\\bterugbetaling|\\bterugstorting|\\b(?:rück)?erstattung|\\brefund)", CI) },
	{ DM_NOT_INVOICE_BOOKING, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:buchungsbest[äa]tigung|reservierungsbest[äa]tigung|booking\\s+confirm"
		     "|reservation\\s+confirm|boekingsbevestiging|reserveringsbevestiging|your\\s+(?:booking|reservation)"
		     "|ihre\\s+(?:buchung|reservierung)"
		     /* The booking named in a compound ("Bevestiging groepsreservering", "Bestätigung
		      * Ihrer Tischreservierung", "confirmation of your group booking"), or confirmed. */
		     "|(?:bevestiging|best[äa]tigung|confirmation)\\s+(?:van\\s+|of\\s+|der\\s+)?(?:(?:je|uw|de|ihrer|your|the)\\s+)?"
		     "(?:\\w+\\s+)?\\w*(?:boeking|reservering|buchung|reservierung|booking|reservation)\\b"
		     "|\\w*(?:boeking|reservering|booking|reservation|buchung|reservierung)\\s+(?:is\\s+|ist\\s+)?(?:bevestigd|confirmed|best[äa]tigt))", CI) },
	{ DM_NOT_INVOICE_PRICE_CHANGE, IN_SUBJECT,
	  DM_PATTERN(NO_INVOICE_WORD ".*(?:preisanpassung|preiserh[öo]hung|prijsverhoging|prijsaanpassing|tariefswijziging"
		     "|tariefaanpassing|price\\s+(?:increase|change|update|adjustment)|new\\s+(?:prices|rates)"
		     "|neue\\s+preise|nieuwe\\s+(?:prijzen|tarieven))", CI) },
	{ DM_NOT_INVOICE_QUOTE, IN_TITLE_REF,
	  DM_PATTERN(TITLE("offerte|angebot|kostenvoranschlag|quote|quotation|estimate|prijsopgave"
			   "|tender\\s+(?:response|submission|return)"), CIM) },
	{ DM_NOT_INVOICE_PRO_FORMA, IN_TITLE,
	  DM_PATTERN(TITLE("pro[ -]?forma(?:[ -]?(?:factuur|rechnung|invoice))?"), CIM) },
	/* A pro forma the mail's own sentence hands over, no title above it ("Please find below
	 * our pro forma invoice PF-26-031", "Hierbij onze proforma factuur", "Anbei unsere
	 * Proforma-Rechnung"); not in a mail that sets out an invoice of its own (a VAT
	 * invoice naming the pro forma it follows). */
	{ DM_NOT_INVOICE_PRO_FORMA, IN_TEXT_UNLESS_INVOICE,
	  DM_PATTERN("\\b(?:find|attached|enclosed|below|herewith|hierbij|bijgaand|in\\s+de\\s+bijlage|anbei|beigefügt|im\\s+anhang)"
		     "\\s+(?:\\S+\\s+){0,3}?(?:our|the|your|onze|de|uw|je|unsere|die|ihre)\\s+pro[ -]?forma\\b", CI) },
	/* A deposit asked before the work starts, under a title of its own ("Aanbetalingsverzoek",
	 * "Deposit request", "Anzahlungsanforderung"): like a pro forma, it bills nothing yet; a
	 * deposit invoice is titled an invoice ("Aanbetalingsfactuur", "Anzahlungsrechnung").
	 * The final invoice that deducts the deposit names its request in a reference cell
	 * ("Anzahlungsanforderung<TAB>AA-2026-031" among "Rechnungsnummer<TAB>RE-2026-114"),
	 * often above its own title: IN_TITLE_REF, not IN_TITLE. */
	{ DM_NOT_INVOICE_PRO_FORMA, IN_TITLE_REF,
	  DM_PATTERN(TITLE("aanbetalingsverzoek|verzoek\\s+(?:tot|om)\\s+aanbetaling|deposit\\s+request"
			   "|request\\s+for\\s+(?:a\\s+|your\\s+)?deposit|anzahlungs(?:an|auf)forderung"), CIM) },
	{ DM_NOT_INVOICE_ORDER_CONFIRMATION, IN_TITLE_REF,
	  DM_PATTERN(TITLE("orderbevestiging|opdrachtbevestiging|auftragsbest[äa]tigung|order\\s+confirmation"
			   "|(?:sales\\s+)?order\\s+acknowledge?ment|acknowledge?ment\\s+of\\s+order"
			   /* a sales order by its tool's title (Zoho, QuickBooks, Exact: "SALES ORDER",
			    * "Verkooporder", "Verkaufsauftrag"): the order the bill follows (misses34) */
			   "|sales\\s+order|verkooporder|verkaufsauftrag"), CIM) },
	{ DM_NOT_INVOICE_DELIVERY_NOTE, IN_TITLE_REF,
	  DM_PATTERN(TITLE("pakbon|lieferschein|delivery\\s+note|packing\\s+slip|afleverbon|leveringsbon"), CIM) },
	/* A contract's own title: the rent or the work is billed later, a deposit it names is
	 * a term of the contract ("Mietvertrag MV-26-0871", "Huurovereenkomst", "Rental
	 * agreement", "Dienstverleningsovereenkomst").  A reference cell beside an invoice's
	 * title ("Vertrag<TAB>GU-118") is the contract the invoice bills under. */
	{ DM_NOT_INVOICE_CONTRACT, IN_TITLE_REF,
	  /* any kind of agreement ("Catering Agreement", "Honorarvereinbarung"); of contracts only
	   * these, for a maintenance or lease invoice heads a line with its contract
	   * ("Onderhoudscontract 2026-14") */
	  DM_PATTERN(TITLE("\\w*vertrag|\\w*overeenkomst|\\w*vereinbarung|huurcontract"
			   /* not "As per agreement", "Per our agreement": a line of an invoice */
			   "|(?!(?:as|per|our|the|by|under|according|in|see|this|your|an?)\\b)(?:[\\w&-]+[ \\t]+){0,2}agreement"
			   "|(?:rental|hire|service)\\s+contract"), CIM) },
	/* The seller's terms sent on their own ("Terms and Conditions of Business (from 1
	 * January 2027)", "Algemene voorwaarden", "Allgemeine Geschäftsbedingungen"): the
	 * deposit and the payment term they state bill no one.  Sent with an invoice, before
	 * or after it, the invoice's labelled number keeps the mail an invoice.  Not "AGB"
	 * alone: a Dutch care provider's AGB code heads its invoice ("AGB 04-028193"). */
	{ DM_NOT_INVOICE_TERMS, IN_TITLE_UNLESS_NUMBERED,
	  DM_PATTERN(TITLE("(?:(?:(?:general|standard)\\s+)?terms\\s+(?:and|&)\\s+conditions(?:\\s+of\\s+(?:business|sale|trade|service))?"
			   "|algemene\\s+(?:(?:leverings|betalings|verkoop)(?:-\\s+en\\s+(?:leverings|betalings)|\\s*-)?\\s*)?voorwaarden"
			   "|allgemeine\\s+(?:geschäfts|liefer|verkaufs)(?:-\\s+und\\s+(?:liefer|zahlungs)|-)?bedingungen)"
			   /* the edition they hold: "(from 1 January 2027)", "(versie 2026)" */
			   "(?:[ \\t]*\\([^)\\n]{1,40}\\))?"), CIM | PCRE2_UTF) },
	{ DM_NOT_INVOICE_TIMESHEET, IN_TITLE,
	  DM_PATTERN(TITLE("timesheet|time\\s+sheet|urenoverzicht|urenstaat|stundennachweis|stundenzettel|leistungsnachweis"), CIM) },
	{ DM_NOT_INVOICE_BOOKING, IN_TITLE,
	  DM_PATTERN(TITLE("buchungsbest[äa]tigung|reservierungsbest[äa]tigung|booking\\s+confirmation"
			   "|reservation\\s+confirmation|boekingsbevestiging|reserveringsbevestiging"), CIM) },
	/* A title that names the invoice beside the statement ("Statement & Invoice",
	 * "Rekeningoverzicht en factuur", "Kontoauszug und Rechnung") is an invoice's: a
	 * practice's bill that shows the running balance. */
	{ DM_NOT_INVOICE_STATEMENT, IN_TITLE,
	  DM_PATTERN(TITLE(NOT_BESIDE_INVOICE "(?:rekeningoverzicht|rekeninguittreksel|klantenuittreksel|kontoauszug|konto(?:ü|ue)bersicht"
			   "|statement(?:\\s+of\\s+account)?" STATEMENT_NOT_INVOICE "|account\\s+statement|offene\\s+posten"
			   "|(?:overzicht\\s+)?openstaande\\s+posten|saldo[\\s-]*overzicht|debiteurenoverzicht|" YEAR_OVERVIEW
			   "|" BALANCE_CONFIRMATION ")"), CIM | PCRE2_UTF) },
	/* A balance confirmation asked for in the mail's own words ("Please confirm the balance
	 * on your account", "Bitte bestätigen Sie uns den Saldo"), unless the mail sets out an
	 * invoice of its own or hands one over ("Here is invoice INV-3311 …: £812.00. Could you
	 * also confirm the balance?"): a bill typed in prose has no title line to set it out. */
	{ DM_NOT_INVOICE_STATEMENT, IN_TEXT_UNLESS_INVOICE,
	  DM_PATTERN("\\A(?!" ANY_CHAR "*?" INVOICE_HANDED_OVER ")" ANY_CHAR "*?\\K" CONFIRM_THE_BALANCE, CI | PCRE2_UTF) },
	{ DM_NOT_INVOICE_RECEIPT, IN_TITLE,
	  DM_PATTERN(TITLE("receipt|quittung|betalingsbewijs|betaalbewijs|ontvangstbewijs|kwitantie|zahlungsbest[äa]tigung"
			   "|payment\\s+confirmation|betalingsbevestiging|" PAYMENT_SUCCEEDED_HEADING), CIM) },
	{ DM_NOT_INVOICE_RECEIPT, IN_TITLE_UNLESS_NUMBERED,
	  DM_PATTERN(TITLE("remittance\\s+advice|zahlungsavis|betalingsadvies"), CIM) },
	{ DM_NOT_INVOICE_REMINDER, IN_TITLE,
	  DM_PATTERN(TITLE("herinnering|betalingsherinnering|aanmaning|zahlungserinnerung|mahnung"
			   "|payment\\s+reminder|reminder"), CIM) },
	/* The message's role, from what its own text says (the body, not the documents). */
	{ DM_NOT_INVOICE_RECEIPT, IN_TEXT_UNLESS_OPEN,
	  DM_PATTERN("\\b(?:betaling|overboeking|bedrag)\\b" SENT "{0,80}?\\b(?:ontvangen|bijgeschreven)\\b"
		     "|\\b(?:betaling|bedrag)\\b" SENT "{0,60}?\\bis\\s+(?:bij\\s+ons\\s+)?binnen\\b"
		     "|\\bis\\s+(?:in\\s+goede\\s+orde\\s+|volledig\\s+|inmiddels\\s+|al\\s+|reeds\\s+)?(?:betaald|voldaan)\\b"
		     "|\\bniets\\s+meer\\s+open\\b"
		     /* a deposit acknowledged: "bevestigen wij de ontvangst van uw aanbetaling",
		      * "Wij hebben uw voorschot van EUR 3.180,00 goed ontvangen" */
		     "|\\bbevestigen\\s+(?:wij\\s+|we\\s+)?de\\s+ontvangst\\s+van\\b"
		     "|\\b(?:uw|je)\\s+(?:aanbetaling|voorschot|storting)\\b" SENT "{0,80}?\\b(?:goed\\s+|in\\s+goede\\s+orde\\s+)?ontvangen\\b"
		     "|\\breceived\\s+(?:your\\s+)?(?:payment|[£€$]|EUR|GBP|USD)"
		     "|\\bpayment\\b" SENT "{0,60}?\\b(?:has\\s+been\\s+|was\\s+|is\\s+)?received\\b"
		     "|\\b(?:has|have)\\s+(?:already\\s+)?been\\s+paid\\b|\\b(?:is|was)\\s+already\\s+paid\\b|\\bis\\s+(?:now\\s+)?paid\\b|\\bpaid\\s+in\\s+full\\b"
		     "|\\bthank(?:s|\\s+you)\\s+for\\s+your\\s+payment|\\bnothing\\s+(?:is\\s+)?(?:outstanding|owing|due)\\b"
		     "|\\bzahlung\\b" SENT "{0,60}?\\b(?:ist\\s+)?(?:eingegangen|erhalten|verbucht)\\b"
		     "|\\b(?:wurde|ist)\\s+(?:\\w+\\s+){0,2}(?:beglichen|bezahlt)\\b"
		     /* a collection done, not one announced ("will be collected on") */
		     "|\\bsuccessfully\\s+collected\\b|\\berfolgreich\\s+eingezogen\\b|\\bsuccesvol\\s+(?:afgeschreven|ge[ïi]ncasseerd)\\b"
		     /* a payment provider's notice that a payment went through (misses33) */
		     "|" PAYMENT_SUCCEEDED "|" KEEP_AS_PROOF, CI) },
	/* A copy of an invoice already settled, sent for the debtor's books: a receipt even with
	 * the invoice's "Total due" set out below ("Invoice 2026-0044 has already been paid, thank
	 * you. As requested, a copy of the invoice for your records"). */
	{ DM_NOT_INVOICE_RECEIPT, IN_TEXT,
	  DM_PATTERN("(?:" PAID_ALREADY ")[^\\n]{0,200}?(?:" FOR_THE_BOOKS ")|(?:" FOR_THE_BOOKS ")[^\\n]{0,200}?(?:" PAID_ALREADY ")", CI) },
	{ DM_NOT_INVOICE_OWN_REMINDER, IN_TEXT,
	  DM_PATTERN("\\b(?:staat|is)\\s+(?:bij\\s+(?:mij|ons)\\s+)?nog\\s+(?:open|niet\\s+(?:betaald|voldaan))"
		     "|\\bnog\\s+niet\\s+(?:betaald|voldaan)|\\bnog\\s+openstaat|herinner(?:en|ing)?\\s+aan\\s+(?:de\\s+|mijn\\s+|onze\\s+)?factuur"
		     "|\\bvervaldatum\\s+is\\s+(?:verstreken|verlopen|voorbij)"
		     "|\\b(?:is|are|remains?)\\s+(?:now\\s+|still\\s+)?(?:overdue|unpaid|past\\s+due)\\b"
		     "|\\b(?:hasn't|has\\s+not|haven't|have\\s+not)\\s+(?:yet\\s+)?been\\s+paid|\\bfriendly\\s+reminder"
		     "|\\bremind\\s+you\\s+(?:of|about|that)\\b|\\bstill\\s+(?:open|outstanding|unpaid)\\b"
		     "|\\b(?:ist|sind)\\s+(?:bei\\s+(?:mir|uns)\\s+)?(?:noch|weiterhin)\\s+(?:offen|unbezahlt|nicht\\s+bezahlt)"
		     /* An earlier due date passed, no payment seen: "was due on 15 November and I
		      * can't see a payment yet", "war am 15.11.2026 fällig", "was op 15 oktober vervallen". */
		     "|\\b(?:was|were)\\s+due\\s+(?:on|by)\\b|\\b(?:can't|cannot|can\\s+not|couldn't|could\\s+not)\\s+(?:yet\\s+)?(?:see|find)"
		     "\\s+(?:a|any|the|your)\\s+payment|\\bno\\s+payment\\s+(?:yet|has\\s+(?:yet\\s+)?been\\s+(?:received|made))"
		     "|\\bgentle\\s+(?:nudge|reminder)|\\bwar\\s+(?:am\\s+[\\d.]+\\s*|bereits\\s+|schon\\s+)?f(?:ä|ae)llig\\b"
		     "|\\bihrer\\s+aufmerksamkeit\\s+entgangen|\\bnog\\s+geen\\s+betaling\\b"
		     "|\\bwas\\s+(?:op\\s+\\d{1,2}[\\s-]\\w+(?:[\\s-]\\d{4})?\\s+)?vervallen\\b"
		     "|\\bnoch\\s+keinen\\s+zahlungseingang|\\ban\\s+(?:die|unsere|meine)\\s+rechnung\\b" SENT "{0,80}?\\berinnern", CI) },
	/* A payment looked for and not found (misses35): "wij hebben uw betaling nog niet
	 * ontvangen", "we have not yet received your payment", "Ihre Zahlung ist noch nicht
	 * eingegangen" — the receipt's words denied, which the receipt rule passes over.  Only
	 * in a sentence that states it: an invoice's terms set the same words in a condition
	 * ("If we have not received payment by the due date, …"). */
	{ DM_NOT_INVOICE_OWN_REMINDER, IN_TEXT_STATED,
	  DM_PATTERN("\\b(?:betaling|bedrag|overboeking)\\b" SENT "{0,80}?\\bnog\\s+niet\\s+(?:ontvangen|binnengekomen|bijgeschreven)\\b"
		     "|(?:\\bnot|n't)\\s+(?:yet\\s+)?(?:received|seen)\\s+(?:your\\s+|the\\s+|a\\s+|any\\s+)?payment\\b"
		     "|\\bpayment\\b" SENT "{0,60}?\\b(?:has|have)(?:\\s+not|n't)\\s+(?:yet\\s+)?been\\s+received\\b"
		     "|\\bzahlung\\b" SENT "{0,60}?\\bnoch\\s+nicht\\s+(?:eingegangen|erhalten|verbucht|gutgeschrieben)\\b", CI) },
	{ DM_NOT_INVOICE_CREDIT_NOTE_ANNOUNCED, IN_TEXT,
	  DM_PATTERN(CREDIT_NOUN SENT "{0,60}?\\b(?:volgt|komt|follows|to\\s+follow|folgt|shortly|soon|tomorrow|morgen"
		     "|binnenkort|in\\s+k(?:ü|ue)rze|deze\\s+week|this\\s+week|diese\\s+woche|zeitnah"
		     "|(?:in\\s+den\\s+)?n(?:ä|ae)chsten\\s+tagen|(?:in\\s+)?the\\s+coming\\s+days|de\\s+komende\\s+dagen)\\b"
		     "|\\b(?:will|'ll|shall|going\\s+to|zal|zullen|ga|gaan|werde|werden)\\b" SENT "{0,40}?"
		     "\\b(?:issue|send|raise|make|sturen|maken|opmaken|ausstellen|schicken|erstellen)\\b" SENT "{0,30}?" CREDIT_NOUN
		     /* Being made now, in the present tense: "Wir erstellen Ihnen eine Gutschrift",
		      * "ik maak een creditnota op", "we are issuing a credit note". */
		     "|\\b(?:wir|ich)\\s+(?:erstellen|erstelle|stellen|stelle)\\s+(?:ihnen\\s+|dir\\s+|euch\\s+)?(?:\\w+\\s+){0,2}" CREDIT_NOUN
		     "|\\b(?:wij|we|ik)\\s+(?:maken|maak|stellen|stel|sturen|stuur|zenden|zend)\\s+(?:u\\s+|je\\s+)?"
		     "(?:(?!hierbij\\b|bijgaand\\b)\\w+\\s+){0,2}" CREDIT_NOUN NOT_HANDED
		     /* Received later, in the present tense: "Sie erhalten von uns eine Gutschrift",
		      * "u ontvangt binnenkort een creditnota", "you will receive a credit note". */
		     "|\\bsie\\s+erhalten\\s+(?:von\\s+uns\\s+|in\\s+k(?:ü|ue)rze\\s+|demn(?:ä|ae)chst\\s+|noch\\s+|zeitnah\\s+|separat\\s+)+"
		     "(?:eine|die|ihre)\\s+" CREDIT_NOUN NOT_HANDED
		     "|\\b(?:u|je)\\s+(?:ontvangt|ontvang|krijgt|krijg)\\s+(?:van\\s+ons\\s+|binnenkort\\s+|nog\\s+|morgen\\s+|apart\\s+|later\\s+)+"
		     "(?:een|de)\\s+" CREDIT_NOUN NOT_HANDED
		     "|\\byou(?:'ll|\\s+will)\\s+(?:\\w+\\s+){0,2}receive\\s+(?:a|the|your)\\s+" CREDIT_NOUN NOT_HANDED
		     "|\\b(?:we|i)(?:'re|\\s+are|'m|\\s+am)\\s+(?:issuing|raising|preparing|making)\\s+(?:you\\s+)?(?:\\w+\\s+){0,2}" CREDIT_NOUN, CI) },
	{ DM_NOT_INVOICE_INVOICE_ANNOUNCED, IN_TEXT,
	  DM_PATTERN("\\b(?:de\\s+)?factuur\\s+(?:volgt|komt(?!\\s+(?:\\w+\\s+){0,2}te\\s+vervallen)|sturen\\s+(?:we|wij|ik))\\b"
		     /* After a condition, the verb first: "Na je akkoord stuur ik de factuur", "Nach
		      * Ihrer Freigabe schreibe ich die Rechnung" (not "In de bijlage stuur ik je de
		      * factuur", "Anbei senden wir Ihnen die Rechnung"), "Je factuur ontvang je na de
		      * betaling". */
		     "|\\b(?:na|zodra|wanneer|nadat)\\b" SENT "{0,50}?\\b(?:stuur|sturen|maak|maken)\\s+(?:ik|we|wij)\\s+(?:je\\s+|u\\s+)?"
		     "(?:de|een|mijn|onze)\\s+factuur\\b"
		     "|\\b(?:je|uw)\\s+factuur\\s+(?:ontvang|krijg)\\s+(?:je|u)\\s+(?:na|later|daarna|achteraf)\\b"
		     "|\\b(?:nach|sobald|wenn|nachdem)\\b" SENT "{0,50}?\\b(?:schreibe|schreiben|stelle|stellen|sende|senden|schicke|schicken)"
		     "\\s+(?:ich|wir)\\s+(?:ihnen\\s+)?(?:die|eine|meine|unsere)\\s+rechnung\\b"
		     "|\\b(?:we|i)(?:'ll|\\s+will|\\s+shall)\\s+(?:then\\s+)?(?:raise|issue|prepare)\\s+(?:you\\s+)?(?:an?|the|our|my)\\s+invoice\\b"
		     "|\\b(?:je|u)\\s+(?:ontvangt|ontvang|krijgt|krijg)\\s+(?:dan|later|te\\s+zijner\\s+tijd|na\\s+\\w+|daarna)\\s+(?:een|de|onze)\\s+factuur"
		     /* The same with the verb first, after when ("Na afloop ontvang je de factuur",
		      * "Danach erhalten Sie die Rechnung"), and "you will receive the invoice after …". */
		     "|\\b(?:na\\s+afloop|achteraf|later|daarna|nadien|te\\s+zijner\\s+tijd|na\\s+(?:het\\s+|de\\s+)?\\w+)\\s+(?:ontvang|ontvangt|krijg|krijgt)"
		     "\\s+(?:je|u|jij)\\s+(?:van\\s+ons\\s+)?(?:een|de|onze)\\s+\\w*factuur"
		     "|\\b(?:danach|anschlie(?:ß|ss)end|im\\s+anschluss|nach\\s+(?:der|dem|ihrer|ihrem|abschluss)(?:\\s+\\w+)?)\\s+(?:erhalten|bekommen)"
		     "\\s+sie\\s+(?:von\\s+uns\\s+)?(?:die|unsere|eine|ihre)\\s+\\w*rechnung"
		     "|\\byou(?:'ll|\\s+will)\\s+(?:then\\s+|later\\s+)?receive\\s+(?:an?|the|our)\\s+invoice\\s+(?:after|once|when|later|following)\\b"
		     "|" NOT_FINAL "\\binvoice\\s+(?:follows|will\\s+follow|to\\s+follow)|\\b(?:we|i)(?:'ll|\\s+will|\\s+shall)\\s+(?:send\\s+(?:you\\s+)?(?:an?|the)\\s+)?invoice\\b"
		     "|\\brechnung\\s+(?:folgt|erhalten\\s+sie\\s+(?:nach|mit(?!\\s+(?:dieser|diesem|der\\s+(?:e-?mail|mail|nachricht)))|bei|dann|separat))|\\b(?:wir|ich)\\s+(?:stellen|werden)\\s+(?:ihnen\\s+)?(?:die\\s+)?rechnung\\b", CI) },
	/* The final invoice announced ("the final invoice will follow on completion", "we'll
	 * issue the final invoice", "De eindfactuur volgt na oplevering", "Die Schlussrechnung
	 * folgt nach Fertigstellung"): of an order confirmation or a timesheet it says that no
	 * invoice is sent yet, but a deposit or interim invoice says it too (threads round), set
	 * out or handed over (pay18 round). */
	{ DM_NOT_INVOICE_INVOICE_ANNOUNCED, IN_TEXT_UNLESS_INVOICE,
	  DM_PATTERN("\\b(?:eind|slot|rest)factuur\\s+(?:volgt|komt|sturen\\s+(?:we|wij|ik)|ontvang\\w*)\\b"
		     "|\\b(?:schluss|end|rest)(?:rechnung|abrechnung)\\s+(?:folgt|erhalten\\s+sie|stellen\\s+wir|schicken\\s+wir)\\b"
		     "|\\b" LATER_INVOICE "\\s+invoice\\s+(?:follows|will\\s+follow|to\\s+follow)"
		     "|\\b(?:we|i)(?:'ll|\\s+will|\\s+shall)\\s+(?:then\\s+)?(?:raise|issue|prepare|send)\\s+(?:you\\s+)?(?:an?|the|our|my)\\s+"
		     LATER_INVOICE "\\s+invoice\\b"
		     "|\\byou(?:'ll|\\s+will)\\s+(?:then\\s+|later\\s+)?receive\\s+(?:an?|the|our)\\s+" LATER_INVOICE "\\s+invoice\\b", CI) },
	/* Invoices said to come under a standing order or a contract: "invoiced monthly", "billed
 * quarterly", "je ontvangt maandelijks een (verzamel)factuur", "wird monatlich abgerechnet",
 * "abgerechnet wird monatlich", "the first invoice follows". */
#define INVOICES_TO_COME "(?:\\b(?:invoiced|billed|charged)\\s+(?:monthly|quarterly|annually|yearly|weekly|each|every|per|in\\s+arrears)" \
	"|\\b(?:ontvangt|ontvang|krijgt|krijg)\\s+(?:je|u)\\s+(?:\\w+\\s+){0,2}?(?:\\w*factuur|rekening)" \
	"|\\b(?:je|u)\\s+(?:ontvangt|krijgt)\\s+(?:\\w+\\s+){0,2}?(?:\\w*factuur|rekening)" \
	"|\\b(?:wordt|worden)\\s+(?:maandelijks|per\\s+kwartaal|jaarlijks|wekelijks)\\s+gefactureerd" \
	"|\\babgerechnet\\s+wird\\b|\\b(?:wird|werden)\\s+(?:\\w+\\s+){0,2}?abgerechnet\\b" \
	"|\\berhalten\\s+sie\\s+(?:\\w+\\s+){0,2}?(?:\\w*rechnung)" \
	"|\\byou(?:'ll|\\s+will)\\s+(?:\\w+\\s+){0,2}?receive\\s+(?:\\w+\\s+){0,2}?(?:invoice|bill)" \
	"|\\b(?:first|next)\\s+invoice\\s+(?:follows|will\\s+follow|will\\s+be\\s+sent|goes\\s+out))"

/* A preview of the next invoice (long20): an amount estimated and the invoice still to
	 * come ("Voraussichtlicher Rechnungsbetrag: 412,30 €" with "Ihre nächste Rechnung
	 * erstellen wir am 01.01.2027", "Estimated total: £1,284.00" before "your January invoice
	 * goes out", "Verwacht bedrag" with "Uw factuur van januari komt op 1 januari").  Not in
	 * a mail that sets out an invoice of its own. */
	{ DM_NOT_INVOICE_INVOICE_ANNOUNCED, IN_TEXT_UNLESS_INVOICE,
	  /* the estimate is an amount's: a word of estimating before the amount's noun
	   * ("Estimated total", "Voraussichtlicher Rechnungsbetrag", "verwacht bedrag") or
	   * before a currency ("approximately £1,280"), not "approximately 3 hours" */
	  DM_PATTERN("\\A(?=" ANY_CHAR "*?(?:\\b(?:voraussichtlich\\w*|geschätzte[rnms]?|estimated|expected|verwacht(?:e)?"
		     "|geschat(?:te)?)\\s+(?:\\w+\\s+)?(?:total|amount|bill|bedrag|totaal|factuurbedrag|betrag|rechnungsbetrag"
		     "|summe|gesamtbetrag|kosten|cost)\\b|\\b(?:approximately|about|around|circa|ca\\.|naar\\s+schatting|etwa"
		     "|ungefähr|rund)\\s*(?:€|£|\\$|eur\\b|gbp\\b|chf\\b|usd\\b)))"
		     ANY_CHAR "*?\\K(?:\\b(?:nächste|kommende|folgende)n?\\s+(?:\\w+\\s+)?rechnung"
		     "|\\b(?:next|upcoming|coming)\\s+(?:\\w+\\s+)?invoice|\\binvoice\\s+(?:goes|will\\s+go)\\s+out"
		     "|\\b(?:volgende|komende|eerstvolgende)\\s+(?:\\w+\\s+)?factuur|\\bfactuur\\s+van\\s+\\w+\\s+komt\\s+op)", CI) },
	/* A standing order, subscription or contract confirmed, its invoices to come
	 * (long20): "We bevestigen je vaste bestelling … Je ontvangt maandelijks een
	 * verzamelfactuur", "Wir bestätigen Ihre Bestellung im Abo … abgerechnet wird
	 * monatlich", "We confirm your subscription … invoiced monthly".  Not in a mail that
	 * sets out an invoice of its own. */
	{ DM_NOT_INVOICE_ORDER_CONFIRMATION, IN_TEXT_UNLESS_INVOICE,
	  /* its invoices said to come ("invoiced monthly", "Je ontvangt maandelijks een
	   * factuur", "abgerechnet wird monatlich"): a first invoice that confirms the
	   * subscription it opens says none of it */
	  DM_PATTERN("\\A(?=" ANY_CHAR "*?" INVOICES_TO_COME ")" ANY_CHAR "*?\\K"
		     "\\b(?:(?:wij|we)\\s+bevestigen|bevestigen\\s+(?:wij|we)|wir\\s+bestätigen|bestätigen\\s+wir"
		     "|we\\s+(?:hereby\\s+)?confirm|this\\s+(?:mail\\s+)?confirms)\\b" SENT "{0,60}?"
		     "\\b(?:vaste\\s+bestelling|abonnement|dauerauftrag\\w*|abo\\b|bestellung\\s+im\\s+abo|standing\\s+order"
		     "|subscription|(?:onderhouds|schoonmaak|reinigings|service)?contract\\b|(?:wartungs|reinigungs|service)?vertrag\\b)", CI) },
	/* A quote typed in the mail: its number's label opens a line ("Offertenummer:
	 * OF-2026-0091", "Angebotsnummer: AN-2026-0231", "Quote number: Q-118"). */
	{ DM_NOT_INVOICE_QUOTE, IN_TEXT_UNLESS_SET_OUT,
	  DM_PATTERN("^[ \\t]*(?:offerte|angebots?|quote|quotation|estimate|kostenvoranschlags?)[ \\t.-]*(?:nummer|number|nr|no)\\b", CIM) },
	/* A payment link of an invoice sent before, said to expire or renewed: "Je betaallink voor
	 * factuur FAN-26-03288 verloopt over 3 dagen", "the payment request for invoice JM-1031
	 * expired … Here's a fresh link", "der Zahlungslink ist abgelaufen".  Not an invoice that
	 * sets itself out with its own link ("Betaal direct via deze link"). */
	{ DM_NOT_INVOICE_PAYMENT_LINK, IN_TEXT_UNLESS_INVOICE,
	  DM_PATTERN("\\b" PAY_LINK "\\b" SENT "{0,100}?\\b(?:(?:verloopt|vervalt|expires?|expiring)"
		     /* not how long a link lasts: "verloopt na 14 dagen", "expires after 30 days" */
		     "(?!\\s+(?:na|after|nach|in|binnen|within)\\s+(?:\\d+|een|one|a|two|twee|zwei|drei|three)\\b)"
		     "|verlopen|vervallen|expired"
		     "|stops?\\s+working|no\\s+longer\\s+(?:works|valid)|abgelaufen|ungültig|läuft\\b" SENT "{0,40}?\\bab"
		     "|vernieuwd|renewed)\\b"
		     "|\\b(?:nieuwe|new|fresh|neuer|neuen)\\s+(?:" PAY_LINK "|link)\\b", CI) },
	/* Money paid back: "We hebben € 59,90 teruggestort", "storten we binnen 5 dagen terug",
	 * "Wir erstatten Ihnen 239,60 €", "We've refunded £59.90" — unless the mail names a
	 * credit note, which is how a business pays back in its books ("Bijgaand de
	 * creditfactuur; het bedrag storten we terug"): that mail is the credit note. */
	/* The credit note counts when it goes with this mail: one kept elsewhere ("Die Gutschrift
	 * finden Sie in Ihrem Kundenkonto", "The credit note is available in your portal") leaves
	 * the mail a refund done. */
	{ DM_NOT_INVOICE_REFUND, IN_TEXT_UNLESS_OPEN,
	  DM_PATTERN("\\A(?!" ANY_CHAR "*?(?:" HANDED_OVER SENT "*?" CREDIT_NOUN "|" CREDIT_NOUN SENT "*?" HANDED_OVER "))"
		     ANY_CHAR "*?\\K"
		     "(?:\\bterug(?:gestort|betaald)\\b|\\bstorten\\s+(?:we|wij|ik)\\b" SENT "{0,40}?\\bterug\\b"
		     "|\\bzur(?:ü|ue)ck(?:überwiesen|ueberwiesen|gezahlt|erstattet)\\b|\\br(?:ü|ue)ckerstattet\\b"
		     "|\\b(?:erstatten|erstattet)\\b|\\b(?:überweisen|zahlen)\\s+wir\\b" SENT "{0,40}?\\bzurück\\b"
		     /* a one-man business writes in the first person singular: "I'll refund the
		      * difference", "ik stort het verschil terug", "ich erstatte Ihnen" */
		     /* — and now, for a deposit promised back on the return of the goods ("Die
		      * Kaution zahle ich bei Rückgabe zurück") is a term of the invoice */
		     "|(?:" REFUND_NOW SENT "{0,40}?)?(?:\\bstort\\s+(?:ik|we|wij)\\b|\\b(?:ik|we|wij)\\s+stort\\b)(?=" SENT "{0,80}?" REFUND_NOW ")"
		     SENT "{0,60}?\\bterug\\b"
		     "|\\b(?:überweise|zahle)\\b(?=" SENT "{0,80}?" REFUND_NOW ")" SENT "{0,60}?\\bzurück\\b"
		     "|\\b(?:I\\s+will|I'll)\\s+refund\\b(?=" SENT "{0,60}?" REFUND_NOW ")"
		     "|\\b(?:we've|we\\s+have|we\\s+will|we'll|I've|I\\s+have)\\s+refund(?:ed)?\\b"
		     "|\\bwill\\s+be\\s+refunded\\b|\\brefund\\s+of\\s+[£€$])", CI) },
	/* A price labelled as an estimate ("Geschatte totaalprijs: € 1.989,00", "Estimated
	 * total", "Voraussichtliche Kosten"): what the final bill may come to, not the bill. */
	{ DM_NOT_INVOICE_ESTIMATE, IN_TEXT,
	  DM_PATTERN("^[ \\t]*(?:geschatte|verwachte|indicatieve|estimated|approximate|voraussichtliche|gesch[äa]tzte)"
		     "\\s+(?:\\w+\\s+)?(?:totaal\\w*|prijs|kosten|bedrag|total|price|cost|costs|amount|gesamt\\w*|summe|betrag)\\b", CIM) },
	/* Not a sentence that goes on to hand over an invoice billed under the arrangement
	 * ("Conform de betalingsregeling in de overeenkomst sturen wij u hierbij de tweede
	 * termijnfactuur"): that mail is the instalment's invoice; so is a mail that sets out
	 * an instalment's own invoice ("Factuur" over "Termijn 2 van 3", whatever its cover
	 * note says of the plan: dm-instalment-invoice.h). */
	{ DM_NOT_INVOICE_PAYMENT_ARRANGEMENT, IN_TEXT,
	  DM_PATTERN("(?:\\bbetalingsregeling|\\bbetalingsafspraak|\\bpayment\\s+(?:plan|arrangement|schedule)\\b"
		     "|\\bratenzahlung|\\bratenvereinbarung|\\bteilzahlungsvereinbarung)" HANDS_OVER_NO_INVOICE, CI) },
	/* The mail says so itself: "Dit is geen factuur; de factuur volgt", "This is not an
	 * invoice", "Dies ist noch keine Rechnung" (a deposit request, a pro forma).  Not "This
	 * is not a VAT invoice", which a payment request before the VAT invoice says. */
	{ DM_NOT_INVOICE_SAYS_NO_INVOICE, IN_TEXT,
	  DM_PATTERN("\\b(?:dit|dat|deze\\s+(?:e-?mail|mail|brief)|this(?:\\s+(?:e-?mail|message|letter|document))?"
		     "|dies|das|diese\\s+(?:e-?mail|nachricht))\\s+(?:is|ist)\\s+(?:nog\\s+|noch\\s+)?"
		     "(?:geen|not\\s+(?:yet\\s+)?an?|keine)\\s+(?:factuur|invoice|rechnung)\\b", CI) },
	/* The same said to the customer in person: "Du musst nichts überweisen", "Sie müssen
	 * nichts tun", "Je hoeft niets te doen", "You don't need to pay anything" (a direct
	 * debit announced, a payment confirmed).  Not in a mail that sets out an invoice of its
	 * own: an invoice collected by direct debit may say the same. */
	{ DM_NOT_INVOICE_NOTHING_TO_PAY, IN_TEXT_IF_DEBITED,
	  DM_PATTERN("\\b(?:du|sie|ihr)\\s+(?:musst|müssen|müsst|brauchst|brauchen|braucht)\\s+(?:also\\s+|dafür\\s+)?nichts"
		     "\\s+(?:zu\\s+)?(?:überweisen|zahlen|bezahlen|tun|unternehmen)\\b" NOTHING_BUT
		     "|\\b(?:u|je|jij)\\s+hoeft\\s+(?:dus\\s+|nu\\s+|daarvoor\\s+)?niets\\s+(?:meer\\s+)?te\\s+doen\\b" NOTHING_BUT
		     /* Not "you don't need to pay anything extra for delivery": the sentence ends there. */
		     "|\\byou\\s+(?:do\\s+not|don't|need\\s+not|won't)\\s+(?:need\\s+to\\s+|have\\s+to\\s+)?(?:pay|do)\\s+anything"
		     "\\s*(?:[.!;]|$)", CIM) },
	{ DM_NOT_INVOICE_NOTHING_TO_PAY, IN_TEXT,
	  DM_PATTERN("\\bbitte\\s+(?:überweisen|zahlen)\\s+sie\\s+nichts"
		     /* The imperative after another: "Bitte betrachten Sie sie als gegenstandslos und
		      * überweisen Sie nichts." (not "… nichts auf die alte Rechnung"). */
		     "|\\b(?:überweisen|zahlen|bezahlen)\\s+sie\\s+(?:bitte\\s+)?nichts\\s*(?:[.!;]|$)"
		     "|\\bplease\\s+(?:do\\s+not|don't)\\s+pay\\b"
		     "|\\bno\\s+(?:need\\s+to\\s+pay|payment\\s+is\\s+(?:needed|required|due))"
		     "|\\b(?:u|je|jij)\\s+hoeft\\s+(?:dus\\s+|nu\\s+)?niets\\s+(?:meer\\s+)?(?:te\\s+betalen|over\\s+te\\s+maken)", CI) },
	/* "wie vereinbart ziehen wir den Betrag unserer Rechnung X vom 12.03. ein": a sentence
	 * that points back at the business's own earlier invoice, not one handing it over. */
	{ DM_NOT_INVOICE_EARLIER_INVOICE, IN_TEXT,
	  DM_PATTERN("(?:^|(?<=[.!?]\\s))(?!" SENT "*\\b(?:anbei|hierbij|bijgaand|bijgevoegd|attached|enclosed|herewith|hiermit"
		     "|anhang|anlage|beigefügt|beiliegend|übersende|übersenden|zusenden|erhalten\\s+sie|bijlage|ontvangt\\s+u"
		     "|ontvang\\s+je|please\\s+find|here\\s+is|sending|sende\\s+ich|stuur\\s+ik|senden\\s+wir|sturen\\s+wij))"
		     SENT "*?\\b(?:unserer|unsere|meiner|meine|our|my|onze|mijn)\\s+(?:rechnung|invoice|factuur)\\s+"
		     "(?:nr\\.?\\s*|no\\.?\\s*|#\\s*)?[A-Z0-9][A-Z0-9/_.-]*\\s+(?:vom|of|van|dated|d\\.d\\.)\\s+\\d", CIM) },
	{ DM_NOT_INVOICE_QUESTION_SENT, IN_TEXT,
	  DM_PATTERN("(?<![^\\s.!?])(?=" SENT "*\\b(?:\\w*factuur|invoice|rechnung)\\b)(?=" SENT "*\\b(?:ontvangen|gekregen"
		     "|aangekomen|binnengekomen|received?|arrived?|reach(?:ed)?|erhalten|angekommen|bekommen)\\b)"
		     SENT "{1,300}\\?", CI) },
	/* The same question put as a statement: "Just checking my invoice INV032 (…) reached
	 * the right inbox", "even checken of mijn factuur is aangekomen", "wollte nur
	 * nachfragen, ob meine Rechnung angekommen ist". */
	{ DM_NOT_INVOICE_QUESTION_SENT, IN_TEXT,
	  DM_PATTERN("\\b(?:check(?:ing|en)?|nachfragen|navragen)\\b" SENT "{0,100}?\\b(?:\\w*factuur|invoice|\\w*rechnung)\\b"
		     SENT "{0,100}?\\b(?:reached|arrived|came\\s+through|got\\s+through|aangekomen|binnengekomen|goed\\s+ontvangen"
		     "|angekommen|eingegangen)\\b", CI) },
	/* The professions' bill announced, not sent: an appointment confirmed with its fee ("De
	 * nota ontvangt u na de behandeling"), next year's fees ("De lesgeldnota ontvangt u in
	 * augustus"), an engagement letter ("Unsere Vergütungsrechnung folgt gesondert", "Our
	 * fee note will follow").  Not in a mail that sets out a bill of its own. */
	{ DM_NOT_INVOICE_INVOICE_ANNOUNCED, IN_TEXT_UNLESS_INVOICE,
	  DM_PATTERN("\\b(?:de|uw|je|onze)\\s+(?:lesgeld|ereloon|voorschot)?(?:nota|declaratie)\\s+"
		     "(?:volgt|ontvangt\\s+u|ontvang\\s+je|krijgt\\s+u|krijg\\s+je|sturen\\s+(?:we|wij))\\b"
		     "|\\b(?:na\\s+afloop|achteraf|later|daarna|na\\s+(?:het\\s+|de\\s+)?\\w+)\\s+(?:ontvangt|krijgt)\\s+u\\s+(?:van\\s+ons\\s+)?"
		     "(?:de|een|onze)\\s+(?:\\w*nota|declaratie)\\b"
		     "|\\b(?:die|ihre|unsere)\\s+(?:honorarnote|liquidation|privatliquidation|vergütungsrechnung|kostennote)\\s+"
		     "(?:folgt|erhalten\\s+sie\\s+(?:nach|im|am|separat|gesondert))"
		     "|\\b(?:our|the|your)\\s+(?:own\\s+|next\\s+)?(?:fee\\s+note|bill)\\s+(?:will\\s+follow|follows|to\\s+follow)", CI) },
	/* A notice that an invoice waits in a customer portal or online account ("Er staat een
	 * nieuwe factuur voor u klaar in het klantportaal", "Log in to view your invoice", "Ihre
	 * Rechnung steht im Kundenportal zum Abruf bereit"): the invoice is not in the mail, and
	 * one without its number gives the ledger nothing to record.  Not in a mail that sets
	 * out an invoice (its title or its number's label, in the body or an attached PDF): a
	 * tool's mail with the invoice says so beside it. */
	{ DM_NOT_INVOICE_PORTAL_NOTICE, IN_TEXT_UNLESS_INVOICE,
	  DM_PATTERN("\\bstaat\\s+(?:een\\s+)?(?:nieuwe\\s+)?(?:factuur|nota|rekening)\\s+(?:voor\\s+(?:u|je|jou)\\s+)?klaar\\b"
		     "|\\b(?:factuur|nota)\\s+(?:\\S+\\s+){0,3}?staat\\s+(?:nu\\s+)?(?:voor\\s+(?:u|je|jou)\\s+)?klaar\\s+(?:in|op)\\b"
		     "|\\blog\\s+in\\s+om\\s+(?:de|uw|je|jouw)\\s+(?:\\w+\\s+)?(?:factuur|facturen|nota)\\s+te\\s+(?:bekijken|downloaden|openen|betalen)\\b"
		     "|\\binvoice\\s+(?:\\S+\\s+){0,3}?is\\s+(?:now\\s+)?(?:ready|available)\\s+(?:to\\s+view\\s+|for\\s+you\\s+)?(?:in|on|via)\\s+"
		     "(?:your|the|our)\\s+(?:\\w+\\s+)?(?:account|portal|dashboard)\\b"
		     "|\\blog\\s*in\\s+(?:\\S+\\s+){0,4}?to\\s+(?:view|download|see|open)\\s+(?:your|the)\\s+invoices?\\b"
		     "|\\brechnung\\s+(?:\\S+\\s+){0,6}?(?:steht|liegt)\\s+(?:\\S+\\s+){0,5}?(?:bereit|zum\\s+(?:abruf|download)|abrufbar)\\b"
		     "|\\b(?:melden|loggen)\\s+sie\\s+sich\\s+(?:\\S+\\s+){0,5}?(?:an|ein),?\\s+um\\s+(?:die|ihre)\\s+rechnung"
		     /* left32: the same said as "available" or "can be viewed" ("Your latest invoice
		      * is now available online", "Uw factuur van november is beschikbaar in uw
		      * klantportaal", "U kunt uw factuur bekijken in Mijn …", "Ihre Rechnung ist ab
		      * sofort in Ihrem Kundenkonto verfügbar", "Sie können Ihre Rechnung im
		      * Kundenportal abrufen") */
		     "|\\binvoice\\s+(?:\\S+\\s+){0,3}?(?:is|has\\s+been)\\s+(?:now\\s+)?(?:available|ready|posted|uploaded)\\s+(?:to\\s+view\\s+)?online\\b"
		     "|\\binvoice\\s+(?:\\S+\\s+){0,3}?has\\s+been\\s+(?:added|posted|uploaded)\\s+to\\s+(?:your|the)\\s+(?:\\w+\\s+)?(?:account|portal|dashboard)\\b"
		     "|\\b(?:factuur|nota)\\s+(?:\\S+\\s+){0,4}?is\\s+(?:nu\\s+|vanaf\\s+nu\\s+)?(?:beschikbaar|te\\s+(?:bekijken|downloaden))\\s+(?:in|op|via)\\b"
		     "|\\b(?:(?:kunt|kan)\\s+(?:u|je|jij)|(?:u|je|jij)\\s+(?:kunt|kan))\\s+(?:uw|je|jouw|de)\\s+(?:\\w+\\s+)?(?:factuur|facturen|nota)\\s+(?:\\S+\\s+){0,3}?"
		     "(?:bekijken|downloaden|inzien)(?:\\s+en\\s+\\w+)?\\s+(?:in|op|via)\\b"
		     "|\\brechnung\\s+(?:\\S+\\s+){0,6}?ist\\s+(?:\\S+\\s+){0,5}?(?:verf(?:ü|ue)gbar|abrufbar|bereitgestellt)\\b"
		     "|\\b(?:k(?:ö|oe)nnen\\s+sie|kannst\\s+du|sie\\s+k(?:ö|oe)nnen|du\\s+kannst)\\s+(?:ihre|deine|die)\\s+(?:\\w+\\s+)?rechnung\\s+(?:\\S+\\s+){0,5}?"
		     "(?:abrufen|herunterladen|einsehen|ansehen)\\b", CI) },
	/* A court's fee the lawyer passes on for the client to pay to the court itself ("Please
	 * pay it direct to HM Courts & Tribunals Service", "Betaalt u dit rechtstreeks aan de
	 * rechtbank", "direkt an die Landesoberkasse"): the payee is not the sender, so it is no
	 * bill of the sender's.  Not in a mail that sets out a bill of its own. */
	{ DM_NOT_INVOICE_SAYS_NO_INVOICE, IN_TEXT_UNLESS_INVOICE,
	  DM_PATTERN("\\b(?:rechtstreeks|direct)\\s+aan\\s+(?:de\\s+)?(?:griffie|rechtbank|gerechtshof|kantongerecht)\\b"
		     "|\\b(?:pay|paid|payable)\\s+(?:it\\s+|this\\s+|the\\s+fee\\s+)?direct(?:ly)?\\s+to\\s+(?:the\\s+)?"
		     "(?:court|hm\\s*cts|hm\\s+courts|tribunal|courts\\s+service)"
		     "|\\bdirekt\\s+an\\s+(?:die|das)\\s+(?:\\w*justizkasse|\\w*gerichtskasse|landesoberkasse|landeskasse|amtsgericht|landgericht)", CI) },
	/* A bill paid at the desk, sent for the insurer or the tax return: a receipt, whatever
	 * its title ("Declaratie … Voldaan per pin op 27-11-2026", "ter plekke gepind", "paid
	 * by card at the desk", "Betrag bar erhalten").  Not when it states an amount still open. */
	{ DM_NOT_INVOICE_RECEIPT, IN_TEXT_UNLESS_OPEN,
	  DM_PATTERN(NOT_DENIED "\\bvoldaan\\s+(?:per|met|via)\\s+(?:pin|pinbetaling|kaart|bankkaart|creditcard|contant)\\b"
		     "|" NOT_DENIED "\\b(?:ter\\s+plekke|aan\\s+de\\s+balie)\\s+(?:\\w+\\s+)?(?:gepind|afgerekend|voldaan|betaald)\\b"
		     "|" NOT_DENIED "\\bpaid\\s+(?:by\\s+card\\s+|in\\s+cash\\s+)?(?:at\\s+the\\s+(?:desk|reception|practice)|on\\s+the\\s+day)\\b"
		     "|" NOT_DENIED "\\b(?:bar|in\\s+bar)\\s+(?:erhalten|bezahlt|kassiert)\\b|\\bbetrag\\s+dankend\\s+erhalten\\b", CI) },
	/* A direct debit announced (PRE_NOTIFICATION) in a subject that names the invoice it
	 * collects ("Vooraankondiging incasso factuur KS-19", "SEPA-Vorabankündigung zu Rechnung
	 * SK-24102"): a notice of an invoice sent before, unless the invoice itself is set out in
	 * the mail.  Last, for the body's own words say more. */
	{ DM_NOT_INVOICE_DIRECT_DEBIT, IN_SUBJECT_UNLESS_INVOICE, DM_PATTERN(PRE_NOTIFICATION, CI) },
};

/* The end of a number label's word: a word boundary, or the number glued on, a digit or
 * capitals that go on to one ("RechnungsnummerRE-2026-0388", "Rechnungsnummer2026-0733"),
 * as text taken out of a cell too tight for its label reads (invoice_text_number.c reads
 * the number so); not a heading in capitals whose word only begins like the label
 * ("INVOICE NOTIFICATION", "FACTUURNOTIFICATIE", "INVOICE NOTICE"). */
#define LABEL_END "(?:\\b|(?=\\d)|(?-i:(?=[A-Z]+[-/_.]?\\d)))"

/* A title line whose number, when one follows, has a digit: "INVOICE NOTIFICATION" or
 * "Invoice Notice" heads a notice about an invoice, not an invoice numbered "NOTICE". */
#define NUMBERED_TITLE(words) "^[ \\t]*(?:" words ")[ \\t]*(?:\\t|$|[ \\t]+(?:nr\\.?|no\\.?|#)?[ \\t]*(?=[A-Z/_.-]*\\d)[A-Z0-9][A-Z0-9/_.-]*[ \\t]*$)"

/* An invoice's own title line ("Rechnung", "Factuur 2026-118", "INVOICE", "Honorarnote"). */
static DmPattern invoice_title = DM_PATTERN(
	NUMBERED_TITLE("\\w*rechnung|\\w*factuur|invoice|tax\\s+invoice|facture|nota|" DM_FEE_NOTE_RE "|" CREDIT_NOUN), CIM);
/* A number's label whose value says the number is still to come ("Invoice number will
 * follow", "Factuurnummer: volgt", "Rechnungsnummer wird nachgereicht", "Invoice no.: TBA"),
 * as a quote's or an order confirmation's note prints it: no invoice's number given. */
#define NUMBER_TO_COME "(?![ \\t.:#-]*(?:is\\s+|wird\\s+|wordt\\s+)?(?:(?:will|shall)\\s+follow|to\\s+follow|follows|to\\s+be" \
	"\\s+(?:confirmed|advised|assigned|issued)|tb[acd]|pending|volgt|nagezonden|nog\\s+niet|folgt|nachgereicht" \
	"|noch\\s+nicht|n/a)(?!\\p{L}))"
/* The label of an invoice's own number ("Rechnungsnummer", "Factuurnr.", "Invoice No."). */
static DmPattern invoice_number_label = DM_PATTERN(
	"(?:rechnungs?|factuur|invoice)[ \\t.-]*(?:nummer|number|nr|no)" LABEL_END NUMBER_TO_COME, CI | PCRE2_UTF);

/* A line that starts with an invoice number's label ("Factuurnummer: 2026-160", "Invoice
 * number: NIT-2026-0455", "Rechnungsnummer: 2026-0920"), not one that quotes it ("> …"). */
static DmPattern invoice_number_line = DM_PATTERN(
	"^[ \\t]*(?:rechnungs?|factuur|invoice)[ \\t.-]*(?:nummer|number|nr|no)" LABEL_END NUMBER_TO_COME, CIM | PCRE2_UTF);

/* A line that labels what is to be paid or by when ("Te betalen", "Amount due", "Zahlbetrag",
 * "Vervaldatum", "Due date", "Zahlbar bis", "Fällig am"), an amount or a date right after
 * it: a year's statement labels the year's sum ("Te betalen over 2026", "Totaal te betalen
 * in 2026") or a standing term ("Fällig am 15. jedes Monats"), which asks nothing new. */
static DmPattern payment_asked = DM_PATTERN(
	"(?:^|\\t)[ \\t]*(?:te\\s+betalen|totaal\\s+te\\s+betalen|vervaldatum|uiterste\\s+betaaldatum|amount\\s+due|balance\\s+due"
	"|total\\s+due|due\\s+date|payment\\s+due|zahlbetrag|zu\\s+zahlen|zahlbar\\s+bis|f(?:ä|ae)llig(?:\\s+am)?"
	"|f(?:ä|ae)lligkeit(?:sdatum)?)\\b[ \\t:]*"
	"(?:(?:€|eur|chf|£|\\$|usd|gbp)[ \\t]*\\d|\\d[\\d.,' ]*[.,]\\d\\d(?!\\d)|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}"
	"|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}\\.?[ ]+\\p{L}+\\.?[ ]+\\d{4})", CIM | PCRE2_UTF);
/* A line that gives an invoice's own number ("Factuurnummer: LV-2026-0412", "Rechnungsnummer
 * LB-26-0311"), not a list's column headed by the label ("Factuurnummer<TAB>Maand<TAB>Bedrag").
 * Like payment_asked, the label may open a cell of a PDF's row: the details set beside the
 * address window share its rows ("Hotel X<TAB>Factuurnummer<TAB>20261208"). */
static DmPattern invoice_number_given = DM_PATTERN(
	"(?:^|\\t)[ \\t]*(?:rechnungs?|factuur|invoice)[ \\t.-]*(?:nummer|number|nr|no)" LABEL_END "\\.?[ \\t]*[:#]?[ \\t]*[^\\s]*\\d", CIM);

/* TRUE when @text (nullable) gives an invoice's own number and labels an amount to pay or a
 * due date (payment_asked): an invoice that asks to be paid, not a year's list of them. */
static gboolean
bills(const char *text)
{
	DmMatch m;
	if (!text)
		return FALSE;
	gsize len = strlen(text);
	return dm_pattern_match(&invoice_number_given, text, len, 0, &m) &&
	       dm_pattern_match(&payment_asked, text, len, 0, &m);
}

#define SUBJECT_INVOICE "(?:\\w*factuur|invoice|\\w*rechnung)"
/* What joins two documents' names in a subject: a dash, a slash, a plus, "and". */
#define SUBJECT_JOIN "(?:[-\\x{2013}\\x{2014}/+&|]|\\b(?:and|en|und|plus|with|met|mit)\\b)"
/* A subject that joins an invoice word to another ("Rekeningoverzicht november - factuur
 * 90412", "Invoice / Receipt", "Invoice 40918 + new price list", "Preisliste und Rechnung"): two
 * documents sent together, not a receipt or a statement "for invoice INV-5501". */
static DmPattern subject_beside_invoice = DM_PATTERN(
	SUBJECT_JOIN "\\s*(?:(?:new|nieuwe?|neue?)\\s+)?(?:tax\\s+)?" SUBJECT_INVOICE "\\b"
	"|\\b" SUBJECT_INVOICE "(?:\\s*|\\s+(?:(?:no|nr)\\.?\\s*|#\\s*)?\\S*\\d\\S*\\s+)" SUBJECT_JOIN,
	CI | PCRE2_UTF);

/* TRUE when @subject (nullable) joins an invoice word to another (subject_beside_invoice). */
static gboolean
sets_invoice_beside(const char *subject)
{
	DmMatch m;
	return subject && dm_pattern_match(&subject_beside_invoice, subject, strlen(subject), 0, &m);
}

/* A received amount filled in on its line ("Betrag erhalten: 228,96 €", "Bar erhalten
 * 146,61 €", "Amount received €300.00", "Contant ontvangen € 225,00"): a receipt's, for money
 * taken; the blank a bill still to pay leaves for it ("Betrag erhalten: ________ (nur bei
 * Barzahlung)") is none, nor is the zero a till prints in it ("Betrag erhalten: 0,00 €",
 * "Amount received €0.00"): nothing taken yet. */
static DmPattern received_filled = DM_PATTERN(
	"(?:\\b(?:betrag|bar|dankend)\\s+erhalten|\\berhaltener\\s+betrag|\\bamount\\s+received|\\breceived\\s+with\\s+thanks"
	"|\\bcash\\s+received|\\bpaid\\s*(?:-|in|by)?\\s*cash|\\b(?:contant|bedrag)\\s+ontvangen|\\bontvangen\\s+bedrag)\\b"
	"[^\\n\\d_]{0,30}(?![0.,' ]*[.,]00(?!\\d))\\d[\\d.,' ]*[.,]\\d\\d(?!\\d)", CI | PCRE2_UTF);

/* TRUE when @text (nullable) bills on its own page: it leaves something to pay (no label
 * says only zero is, as a receipt's does, and no received amount is filled in unless an
 * amount above zero is labelled still to pay) and bills (an invoice's own number, an
 * amount to pay or a due date labelled), or gives the number and states a payment term
 * instead. */
static gboolean
page_bills(const char *text)
{
	DmMatch x;
	int open = text ? dm_invoice_text_open_amount(text) : 0;
	if (!text || open == 0 || (open < 0 && dm_pattern_match(&received_filled, text, strlen(text), 0, &x)))
		return FALSE;
	if (bills(text))
		return TRUE;
	DmMatch m;
	gsize len = strlen(text);
	return dm_pattern_match(&invoice_number_given, text, len, 0, &m) && dm_payment_term_days(text, len) > 0;
}

static gboolean
labels_invoice_number(const char *text)
{
	DmMatch m;
	return text && dm_pattern_match(&invoice_number_label, text, strlen(text), 0, &m);
}

/* A credit note issued: its title and its own number's label ("GUTSCHRIFT" over
 * "Gutschrift-Nr. GS-2026-009", "CREDITNOTA" over "Creditnotanummer", "Credit note no.").
 * The body may then say what happens to its amount ("wir überweisen dir den Betrag in den
 * nächsten Tagen") without announcing a credit note still to come. */
static DmPattern credit_note_title = DM_PATTERN(TITLE(CREDIT_NOUN), CIM);
/* The label opens its line, or a cell of a PDF's row beside the address ("Café Het
 * Zuiderpark<TAB>Creditnotanr.<TAB>CN-2026-006"). */
static DmPattern credit_note_number_line = DM_PATTERN(
	"(?:^|\\t)[ \\t]*" CREDIT_NOUN "[ \\t.-]*(?:nummer|number|nr|no)\\b", CIM);

gboolean
dm_not_invoice_credit_note_issued(const char *doc_text)
{
	DmMatch m;
	if (!doc_text)
		return FALSE;
	gsize len = strlen(doc_text);
	return dm_pattern_match(&credit_note_title, doc_text, len, 0, &m) &&
	       dm_pattern_match(&credit_note_number_line, doc_text, len, 0, &m);
}

/* A copy of an invoice sent again, named so: "DUPLICATE invoice MO-26-09", "here is a
 * duplicate of the invoice", "as requested, a copy of invoice …", "Kopie van factuur
 * 2026-12", "hierbij nogmaals de factuur", "ik stuur je de factuur opnieuw", "anbei
 * nochmals die Rechnung", "Rechnungskopie".  It is the same invoice (the ledger knows it by
 * its number and debtor and records it once); not "Nogmaals bedankt", nor "happy to resend
 * the PDF". */
static DmPattern copy_resent = DM_PATTERN(
	"\\b(?:duplicate|copy)(?:\\s+copy)?(?:\\s+of)?\\s+(?:the\\s+|your\\s+|our\\s+|my\\s+|this\\s+)?(?:tax\\s+)?invoice\\b"
	"|\\bre-?sen(?:d|t|ding)\\s+(?:you\\s+)?(?:the\\s+|your\\s+|our\\s+|my\\s+)?invoice\\b|\\binvoice\\b[^.\\n]{0,40}?\\b(?:again|re-?sent)\\b"
	"|\\b(?:kopie|duplicaat)(?:\\s+van)?\\s+(?:de\\s+|uw\\s+|je\\s+|onze\\s+|mijn\\s+)?\\w*factuur|\\bkopiefactuur|\\bfactuurkopie"
	"|\\b(?:nogmaals|opnieuw)\\s+(?:de\\s+|uw\\s+|je\\s+|onze\\s+|mijn\\s+)?\\w*factuur|\\bfactuur\\b[^.\\n]{0,40}?\\b(?:nogmaals|opnieuw)\\b"
	"|\\b(?:nochmals|erneut|noch\\s+einmal)\\s+(?:die\\s+|unsere\\s+|meine\\s+|ihre\\s+)?\\w*rechnung"
	"|\\b(?:kopie|duplikat)\\s+(?:der|unserer|meiner|ihrer)\\s+\\w*rechnung|\\brechnungs(?:kopie|duplikat)", CI);

/* Words that make a copy sent again a reminder: the cover note calls the invoice overdue,
 * still open or unpaid, or asks again for payment ("De vervaldatum is verstreken. Wij
 * verzoeken u nogmaals de factuur … te voldoen", "die Rechnung ist noch offen", "It is now
 * overdue", "so we ask again for payment", "staat nog open. Hierbij nogmaals de factuur"). */
static DmPattern copy_as_reminder = DM_PATTERN(
	"\\b(?:verstreken|nog\\s+open|openst(?:aa?nde?|aat)|herinnering|aanmaning|onbetaald"
	"|verzoeken\\s+u\\s+nogmaals|[üu]berf[äa]llig|offen(?:e|en|er|stehend\\w*)?|erinnerung|mahnung|unbezahlt"
	"|bitten\\s+sie\\s+nochmals|overdue|outstanding|still\\s+(?:open|unpaid|due)|unpaid|reminder"
	"|(?:ask|asking|request|requesting)\\s+(?:you\\s+)?again|again\\s+for\\s+payment|past\\s+due)\\b", CI);

/* TRUE when the mail says it sends a copy of an invoice again (copy_resent, in its subject
 * or body) and carries it: a document attached, or the invoice set out in the body.  The
 * copy must be the mail's own point: a cover note that calls it overdue or open, or asks
 * again for payment, is the business's reminder with the invoice beside it, and a direct
 * debit notice ("Anbei nochmals die Rechnung") stays a notice. */
static gboolean
copy_resent_with_invoice(const char *subject, const char *body_text, const char *doc_text)
{
	DmMatch m;
	gboolean named = (subject && dm_pattern_match(&copy_resent, subject, strlen(subject), 0, &m)) ||
			 (body_text && dm_pattern_match(&copy_resent, body_text, strlen(body_text), 0, &m));
	if (!named || (body_text && dm_pattern_match(&copy_as_reminder, body_text, strlen(body_text), 0, &m)) ||
	    dm_direct_debit_named(body_text))
		return FALSE;
	return (doc_text && *doc_text) || dm_not_invoice_sets_out(body_text);
}

/* A deposit or part invoice handed over with this mail: "Hierbij de aanbetalingsfactuur",
 * "anbei die Anzahlungsrechnung", "Here is the deposit invoice", "Deposit invoice for the
 * December hire attached".  It says the final invoice follows, and is an invoice itself;
 * "we sturen u volgende week de aanbetalingsfactuur" hands nothing over. */
#define DEPOSIT_INVOICE "(?:\\w*(?:aanbetalings|voorschot|deel|termijn|vooruitbetalings)factuur" \
	"|(?:anzahlungs|abschlags|teil|vorauszahlungs)rechnung|(?:deposit|interim|progress|stage|advance)\\s+invoice)"
static DmPattern deposit_invoice_handed = DM_PATTERN(
	HANDED_OVER SENT "{0,60}?\\b" DEPOSIT_INVOICE "\\b"
	"|\\b" DEPOSIT_INVOICE "\\b" SENT "{0,60}?" HANDED_OVER, CI);

/* (transfer full) a header that marks mail no person sent as an invoice, or NULL. */
static DmNotInvoiceReason *
header_reason(GMimeMessage *msg)
{
	GMimeHeaderList *h = g_mime_object_get_header_list(GMIME_OBJECT(msg));
	const char *auto_submitted = g_mime_object_get_header(GMIME_OBJECT(msg), "Auto-Submitted");
	while (auto_submitted && g_ascii_isspace(*auto_submitted))
		auto_submitted++;
	/* RFC 3834: "no" is a person's mail; anything else a machine's. */
	if (auto_submitted && g_ascii_strncasecmp(auto_submitted, "no", 2) != 0)
		return dm_not_invoice_reason_new(DM_NOT_INVOICE_AUTOMATIC_REPLY, DM_NOT_INVOICE_IN_HEADER,
						 "Auto-Submitted", NULL);
	if (g_mime_header_list_contains(h, "List-Unsubscribe"))
		return dm_not_invoice_reason_new(DM_NOT_INVOICE_PRICE_LIST, DM_NOT_INVOICE_IN_HEADER,
						 "List-Unsubscribe", NULL);
	return NULL;
}

static gboolean
is_calendar(GMimeObject *obj, gpointer user)
{
	gboolean *found = user;
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	if (ct && g_mime_content_type_is_type(ct, "text", "calendar"))
		*found = TRUE;
	return !*found;
}

/* A sentence that asks for a payment or sets its condition: an obligation, a term, a
 * condition or a discount.  Money said to arrive ("it should be with you tomorrow", "should
 * reach your account") is no obligation of the reader's. */
static DmPattern payment_request = DM_PATTERN(
	"\\b(?:must|should(?!\\s+(?:be\\s+(?:with|in)\\s+(?:you|your)|arrive|reach|show|appear|clear)\\b)|needs?\\s+to|to\\s+be|expected|dient|dienen|moet|moeten|verzoeken|te\\s+(?:zijn|worden|voldoen|betalen"
	"|maken|storten)|bij\\s+betaling|bei\\s+zahlung|if|once|upon|zodra|na\\s+ontvangst|nach\\s+(?:erhalt|eingang)|sobald"
	"|wenn|falls|within|binnen|innerhalb|innert|erhalten\\s+sie|gewähren|skonto|korting|discount|muss|müssen|sein"
	"|spätestens|uiterlijk|no\\s+later)\\b", CI);

/* (transfer full) the reason of kind @kind for the match @m in the text @where names,
 * quoting the words matched. */
static DmNotInvoiceReason *
reason_at(DmNotInvoiceKind kind, DmNotInvoiceWhere where, const DmMatch *m)
{
	g_autofree char *hit = dm_match_group(m, 0);
	return dm_not_invoice_reason_quoting(kind, where, hit);
}

/* A word that denies: "niet", "geen", "not", "n't", "nicht", "kein".  Not "No." before a
 * number ("invoice no. 12"). */
static DmPattern denial = DM_PATTERN(
	"\\b(?:niet|geen|nooit|not|never|no(?![.:#])|nicht|kein(?:e[nmrs]?)?|nie(?:mals)?)\\b|n't\\b", CI);

/* TRUE when the match @m in @text, in the sentence from @from, is denied: a denying word
 * among its words or the two words before them ("we hebben je betaling nog niet
 * ontvangen", "we have not yet received your payment", "noch keine Zahlung erhalten") — it
 * says the opposite happened. */
static gboolean
denied(const char *text, gsize from, const DmMatch *m)
{
	gsize start = m->start[0];
	for (guint words = 0; words < 2; words++) {
		while (start > from && g_ascii_isspace(text[start - 1]))
			start--;
		while (start > from && !g_ascii_isspace(text[start - 1]))
			start--;
	}
	DmMatch x;
	return dm_pattern_match(&denial, text, m->end[0], start, &x);
}

/* (transfer full) why rule @rule holds for @text (found in @where), or NULL; with
 * @unless_request, a match in a sentence that asks for a payment does not count, nor with
 * @unless_denied one that denies what it states (denied); with
 * @own (nullable), the number of the invoice the mail sets out, nor does one in a sentence
 * that speaks of another invoice by its number (dm_sentence_names_other_invoice: "Invoice
 * 4388 for October has been paid" beside invoice 4410). */
static DmNotInvoiceReason *
match_reason_own(guint rule, DmNotInvoiceWhere where, const char *text, gboolean unless_request,
		 gboolean unless_denied, const char *own)
{
	DmMatch m;
	if (!text)
		return NULL;
	gsize len = strlen(text);
	gboolean found = FALSE;
	for (gsize off = 0; !found && dm_pattern_match(&rules[rule].pattern, text, len, off, &m);
	     off = dm_match_next(&m, len)) {
		gsize from, to;
		DmMatch x;
		dm_sentence_around(text, len, m.start[0], m.end[0], &from, &to);
		found = (!unless_request || !dm_pattern_match(&payment_request, text, to, from, &x)) &&
			(!unless_denied || !denied(text, from, &m)) &&
			!dm_sentence_names_other_invoice(text + from, to - from, own);
	}
	return found ? reason_at(rules[rule].kind, where, &m) : NULL;
}

static DmNotInvoiceReason *
match_reason(guint rule, DmNotInvoiceWhere where, const char *text, gboolean unless_request)
{
	return match_reason_own(rule, where, text, unless_request, FALSE, NULL);
}

/* (transfer full) why own-reminder rule @rule holds for @text beside a new invoice
 * (dm_invoice_sent_new), or NULL: only a sentence that chases — dates the invoice it speaks
 * of, names the new one's number @own (nullable) or calls it late — is a reminder's
 * (dm_sentence_chases); with @unless_request, nor one that asks for a payment or sets its
 * condition. */
static DmNotInvoiceReason *
reminder_beside_new(guint rule, const char *text, const char *own, gboolean unless_request)
{
	DmMatch m;
	if (!text)
		return NULL;
	gsize len = strlen(text);
	for (gsize off = 0; dm_pattern_match(&rules[rule].pattern, text, len, off, &m); off = dm_match_next(&m, len)) {
		gsize from, to;
		dm_sentence_around(text, len, m.start[0], m.end[0], &from, &to);
		DmMatch x;
		if (unless_request && dm_pattern_match(&payment_request, text, to, from, &x))
			continue;
		if (dm_sentence_chases(text + from, to - from, own))
			return reason_at(rules[rule].kind, DM_NOT_INVOICE_IN_BODY, &m);
	}
	return NULL;
}

/* TRUE when the title match @m of @text ends in a tab with a number in the cell after it:
 * a label and its value ("Angebot\tAN794"), not a document's title. */
static gboolean
reference_cell(const char *text, const DmMatch *m)
{
	gsize at = m->end[0];
	if (at == 0 || text[at - 1] != '\t')
		return FALSE;
	for (; text[at] && text[at] != '\n' && text[at] != '\t'; at++)
		if (g_ascii_isdigit(text[at]))
			return TRUE;
	return FALSE;
}

/* Why title rule @rule holds for @text, or NULL.  A document's kind is its first title, so
 * a line naming another document below the invoice's own title is a reference cell
 * ("Angebot\tAN-2026-0012", "Lieferschein\tLS-2026-77"), not the kind; so is such a line
 * with its number beside it anywhere in a document an invoice's title or number label
 * marks (rule invoice-title-first). */
static DmNotInvoiceReason *
title_reason(guint rule, DmNotInvoiceWhere where, const char *text)
{
	if (!text)
		return NULL;
	gsize len = strlen(text);
	DmMatch m, x;
	/* A timesheet sent with its invoice, on the page before it or after: the invoice's own
	 * page (its title and its number's label) anywhere in the document makes it one. */
	if (rules[rule].kind == DM_NOT_INVOICE_TIMESHEET && dm_pattern_match(&invoice_title, text, len, 0, &x) &&
	    dm_pattern_match(&invoice_number_line, text, len, 0, &x))
		return NULL;
	/* An invoice whose number is given on a line or in a cell of its own may print the
	 * timesheet or the Leistungsnachweis it bills as a field with its number
	 * ("Leistungsnachweis<TAB>LN-26-3309" among "Rechnungsnummer<TAB>RE-2026-4460"), as it
	 * prints the order — also in the details column beside the window ("WEG Hollerallee
	 * 27<TAB>Rechnungs-Nr.<TAB>R-26-00517" … "Stundenzettel<TAB>Nr. 4411"), where the
	 * address's rows leave the field first on its line. */
	gboolean invoice_doc = (rules[rule].where == IN_TITLE_REF &&
				(dm_pattern_match(&invoice_title, text, len, 0, &x) ||
				 dm_pattern_match(&invoice_number_label, text, len, 0, &x))) ||
			       (rules[rule].kind == DM_NOT_INVOICE_TIMESHEET &&
				dm_pattern_match(&invoice_number_given, text, len, 0, &x));
	for (gsize off = 0; dm_pattern_match(&rules[rule].pattern, text, len, off, &m);
	     off = dm_match_next(&m, len)) {
		if (dm_pattern_match(&invoice_title, text, m.start[0], 0, &x))
			return NULL;
		if (!(invoice_doc && reference_cell(text, &m)))
			return reason_at(rules[rule].kind, where, &m);
	}
	return NULL;
}

/* (transfer none) the number of the invoice the mail sets out — the documents', else the
 * body's — read once into *@number. */
static const char *
own_number(char **number, const char *body_text, const char *doc_text)
{
	if (!*number)
		*number = dm_invoice_text_number(doc_text && *doc_text ? doc_text : body_text);
	return *number;
}

/* TRUE for the kinds of document a business sends with its bill: the delivery note or the
 * timesheet it bills, the order confirmation or the quote it follows, its terms. */
static gboolean
goes_with_bill(DmNotInvoiceKind kind)
{
	return kind == DM_NOT_INVOICE_DELIVERY_NOTE || kind == DM_NOT_INVOICE_TIMESHEET ||
	       kind == DM_NOT_INVOICE_ORDER_CONFIRMATION || kind == DM_NOT_INVOICE_QUOTE || kind == DM_NOT_INVOICE_TERMS;
}

/* (transfer full) why @subject is a forward's ("Fwd:", "WG:", "Doorst:", "[EXT] FW:", "TR :"),
 * or NULL: a bill passed on was sent to the business, which is its debtor.  "Re: Fwd:"
 * answers a forward, and is read as any reply is.  A forward of a mail the sender itself
 * first sent (dm-forward-origin.h) is the business's own invoice sent again. */
static DmNotInvoiceReason *
forward_reason(const char *subject)
{
	const char *end = NULL;
	if (dm_subject_kind(subject, &end) != DM_SUBJECT_FORWARD)
		return NULL;
	g_autofree char *prefix = g_strndup(subject, end - subject);
	return dm_not_invoice_reason_quoting(DM_NOT_INVOICE_FORWARDED, DM_NOT_INVOICE_IN_SUBJECT, prefix);
}

/* A web address: a link to pay through. */
static DmPattern web_link = DM_PATTERN("\\bhttps?://|\\bwww\\.", CI);
static DmPattern amount_with_currency = DM_PATTERN(DM_AMOUNT_CUR_RE, CI);

/* TRUE when @text (nullable) asks for its amount by bank transfer and gives no link to pay
 * through: an amount with its currency, a valid IBAN, no web address.  A payment app's
 * request always sends the payer to its link. */
static gboolean
asks_transfer(const char *text)
{
	DmMatch m;
	if (!text)
		return FALSE;
	gsize len = strlen(text);
	if (dm_pattern_match(&web_link, text, len, 0, &m) || !dm_pattern_match(&amount_with_currency, text, len, 0, &m))
		return FALSE;
	g_autofree char *iban = dm_iban_find(text, len, NULL);
	return iban != NULL;
}

/* (transfer full) a receipt's reason when @body_text or @doc_text (both nullable) leaves
 * nothing to pay (dm_invoice_text_settled), quoting the body's line that settles it. */
static DmNotInvoiceReason *
settled_reason(const char *body_text, const char *doc_text)
{
	g_autofree char *line = dm_invoice_text_settled(body_text);
	if (line)
		return dm_not_invoice_reason_quoting(DM_NOT_INVOICE_RECEIPT, DM_NOT_INVOICE_IN_BODY, line);
	g_autofree char *in_doc = dm_invoice_text_settled(doc_text);
	return in_doc ? dm_not_invoice_reason_new(DM_NOT_INVOICE_RECEIPT, DM_NOT_INVOICE_IN_PDF_TEXT, NULL, NULL) : NULL;
}

DmNotInvoiceReason *
dm_not_invoice_decide(GMimeMessage *msg, const char *body_text, const char *doc_text)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), NULL);
	DmNotInvoiceReason *header = header_reason(msg);
	if (header)
		return header;
	gboolean calendar = FALSE;
	dm_message_foreach_part(msg, is_calendar, &calendar);
	if (calendar)
		return dm_not_invoice_reason_new(DM_NOT_INVOICE_INVITATION, DM_NOT_INVOICE_IN_PART,
						 "text/calendar", NULL);
	const char *subject = g_mime_message_get_subject(msg);
	/* A forward of a mail its sender first sent (dm-forward-origin.h) is the business's own
	 * invoice sent again: neither its "FW:" nor its quoted header block makes it a bill
	 * passed on, and its cover note's "it was due on" does not make it a reminder only —
	 * the invoice itself goes with it, quoted. */
	/* A copy sent again is the invoice itself: its cover note's "it was due on", "our invoice
	 * of 30 October" does not make it a reminder only. */
	gboolean copy = copy_resent_with_invoice(subject, body_text, doc_text);
	/* So is a copy sent again under a forward's subject that quotes no forwarded mail: the
	 * business forwarded its own sent invoice and cut the quote. */
	gboolean own_forward = dm_forward_origin_is_sender(msg, body_text) ||
			       (copy && !dm_forward_quotes_mail(body_text));
	gboolean issued = dm_not_invoice_credit_note_issued(doc_text);
	/* A credit note set out in the mail itself pays the money back in the books: its "wir
	 * erstatten Ihnen den Betrag" is no refund without a document. */
	gboolean credit_set_out = issued || dm_not_invoice_credit_note_issued(body_text);
	/* A corrected invoice, or a bill of late-payment charges, is an invoice of its own: its
	 * cover note's word on the earlier invoice (it lapses, it was due on, it was paid late,
	 * the difference goes back) is why it is sent (dm-bill-of-its-own.h). */
	gboolean set_out = dm_not_invoice_sets_out(body_text) || dm_not_invoice_sets_out(doc_text);
	gboolean own_bill = dm_corrected_invoice_sent(subject, body_text, doc_text, set_out) ||
			    dm_late_charges_billed(subject, body_text, doc_text, set_out);
	/* An instalment's own invoice names the payment plan it bills under: no letter
	 * confirming the plan for an earlier invoice (dm-instalment-invoice.h). */
	gboolean instalment = (dm_not_invoice_sets_out(body_text) && dm_instalment_invoice_one_place(body_text)) ||
			      (dm_not_invoice_sets_out(doc_text) && dm_instalment_invoice_one_place(doc_text));
	/* A new invoice whose cover note recalls an earlier one still open is no reminder. */
	gboolean recalls_earlier = dm_earlier_invoice_recalled(body_text, doc_text, set_out);
	/* Nor is an invoice sent the day it was made, of which nobody reminds yet: beside it
	 * only a sentence that chases (a date, the new one's number, lateness) reminds. */
	GDate sent = dm_message_date(msg);
	gboolean sent_new = dm_invoice_sent_new(&sent, body_text, doc_text, set_out);
	g_autofree char *new_number = sent_new ? dm_invoice_text_number(doc_text && *doc_text ? doc_text : body_text) : NULL;
	/* An invoice answered in the customer's thread: the subject's quote or question is the
	 * thread's (dm-thread-subject.h). */
	gboolean thread_subject = dm_thread_subject_only(subject, dm_own_words_body_of(body_text), set_out);
	/* An office forwarding its client's request with the invoice it made sends that invoice
	 * (dm-for-client.h): no bill passed on. */
	gboolean for_client = !own_forward && set_out && dm_for_client_hands_over(dm_own_words_body_of(body_text));
	gboolean hands_over = body_text && dm_own_words_hands_over(dm_own_words_body_of(body_text));
	DmNotInvoiceReason *forward = own_forward || for_client ? NULL : forward_reason(subject);
	if (forward)
		return forward;
	DmNotInvoiceReason *self_billed = dm_self_billing_reason(body_text, doc_text);
	if (self_billed)
		return self_billed;
	/* A back office's word on an invoice sent before (approved, scheduled for payment,
	 * rejected), in a mail that neither sets out nor hands over one of its own. */
	DmNotInvoiceReason *status = set_out || hands_over
				     ? dm_invoice_status_from_customer(dm_own_words_body_of(body_text))
				     : dm_invoice_status_reason(dm_own_words_body_of(body_text));
	if (status)
		return status;
	/* A payment on an invoice sent before that failed or came back, in a mail that hands
	 * over no invoice of its own (dm-payment-failed.h). */
	DmNotInvoiceReason *failed = hands_over || own_bill || copy ? NULL
				     : dm_payment_failed_reason(dm_own_words_body_of(body_text));
	if (failed)
		return failed;
	/* An invoice typed in the mail, the documents beside it of another kind: their titles
	 * name what goes with the bill (dm-typed-bill.h). */
	const char *own_body = dm_own_words_body_of(body_text);
	gboolean typed_bill = dm_typed_bill_beside_documents(own_body, dm_not_invoice_sets_out(own_body),
							     dm_not_invoice_sets_out(doc_text));
	g_autofree char *number = NULL;
	DmMatch deposit;
	for (guint i = 0; i < G_N_ELEMENTS(rules); i++) {
		DmNotInvoiceReason *why = NULL;
		if (copy && (rules[i].kind == DM_NOT_INVOICE_OWN_REMINDER ||
			     rules[i].kind == DM_NOT_INVOICE_EARLIER_INVOICE))
			continue;
		if (recalls_earlier && rules[i].kind == DM_NOT_INVOICE_OWN_REMINDER)
			continue;
		if (own_forward && (rules[i].kind == DM_NOT_INVOICE_FORWARDED ||
				    rules[i].kind == DM_NOT_INVOICE_OWN_REMINDER))
			continue;
		if (for_client && rules[i].kind == DM_NOT_INVOICE_FORWARDED)
			continue;
		if (thread_subject && rules[i].where == IN_SUBJECT &&
		    (rules[i].kind == DM_NOT_INVOICE_QUOTE || rules[i].kind == DM_NOT_INVOICE_QUESTION))
			continue;
		if (instalment && rules[i].kind == DM_NOT_INVOICE_PAYMENT_ARRANGEMENT)
			continue;
		if (issued && rules[i].kind == DM_NOT_INVOICE_CREDIT_NOTE_ANNOUNCED)
			continue;
		if (credit_set_out && rules[i].kind == DM_NOT_INVOICE_REFUND)
			continue;
		/* An invoice handed over with its own link ("Hierbij ontvang je factuur 2026-118 …
		 * de betaallink verloopt na 14 dagen") is no notice about an earlier one. */
		if (hands_over && rules[i].kind == DM_NOT_INVOICE_PAYMENT_LINK)
			continue;
		/* Terms printed above the invoice they go with ("Terms and Conditions" over
		 * "INVOICE" and "Invoice #: 1043", a number label invoice_number_label does not
		 * know): the invoice set out below them makes the mail one. */
		if (rules[i].kind == DM_NOT_INVOICE_TERMS && set_out)
			continue;
		/* An accountant's bill for the tax return names it as the bookkeeper's words do. */
		if (rules[i].kind == DM_NOT_INVOICE_FOR_BOOKKEEPER && rules[i].where == IN_TEXT &&
		    (dm_tax_return_service_billed(body_text) || dm_tax_return_service_billed(doc_text)))
			continue;
		/* A portal's notice that names the invoice's number and amount is the invoice. */
		if (rules[i].kind == DM_NOT_INVOICE_PORTAL_NOTICE &&
		    dm_portal_notice_carries_invoice(subject, body_text))
			continue;
		if (own_bill && rules[i].where != IN_SUBJECT && rules[i].where != IN_SUBJECT_UNLESS_PAGE_BILLS &&
		    (rules[i].kind == DM_NOT_INVOICE_EARLIER_INVOICE || rules[i].kind == DM_NOT_INVOICE_OWN_REMINDER ||
		     rules[i].kind == DM_NOT_INVOICE_INVOICE_ANNOUNCED || rules[i].kind == DM_NOT_INVOICE_REFUND ||
		     rules[i].kind == DM_NOT_INVOICE_RECEIPT))
			continue;
		switch (rules[i].where) {
		case IN_SUBJECT:
			why = match_reason(i, DM_NOT_INVOICE_IN_SUBJECT, subject, FALSE);
			break;
		case IN_SUBJECT_UNLESS_PAGE_BILLS:
			if (!sets_invoice_beside(subject) || (!page_bills(body_text) && !page_bills(doc_text)))
				why = match_reason(i, DM_NOT_INVOICE_IN_SUBJECT, subject, FALSE);
			break;
		case IN_TITLE_UNLESS_NUMBERED:
			if (labels_invoice_number(body_text) || labels_invoice_number(doc_text))
				break;
			/* fall through */
		case IN_TITLE:
		case IN_TITLE_REF:
			why = title_reason(i, DM_NOT_INVOICE_IN_BODY_TITLE, body_text);
			if (!why && !(typed_bill && goes_with_bill(rules[i].kind)))
				why = title_reason(i, DM_NOT_INVOICE_IN_PDF_TITLE, doc_text);
			break;
		case IN_TEXT_UNLESS_OPEN:
			/* A new invoice's cover note may call an earlier one paid by its number. */
			if (dm_invoice_text_open_amount(body_text) <= 0)
				why = match_reason_own(i, DM_NOT_INVOICE_IN_BODY, body_text, TRUE, TRUE,
						       set_out ? own_number(&number, body_text, doc_text) : NULL);
			break;
		case IN_TEXT:
			why = sent_new && rules[i].kind == DM_NOT_INVOICE_OWN_REMINDER
			      ? reminder_beside_new(i, body_text, new_number, FALSE)
			      : match_reason(i, DM_NOT_INVOICE_IN_BODY, body_text, FALSE);
			break;
		case IN_TEXT_STATED:
			why = sent_new ? reminder_beside_new(i, body_text, new_number, TRUE)
				       : match_reason(i, DM_NOT_INVOICE_IN_BODY, body_text, TRUE);
			break;
		case IN_TEXT_UNLESS_REPLY:
			if (dm_subject_kind(subject, NULL) != DM_SUBJECT_REPLY)
				why = match_reason(i, DM_NOT_INVOICE_IN_BODY, body_text, FALSE);
			break;
		case IN_TEXT_UNLESS_INVOICE:
			if (!set_out && !(body_text && dm_pattern_match(&deposit_invoice_handed, body_text,
									 strlen(body_text), 0, &deposit)))
				why = match_reason(i, DM_NOT_INVOICE_IN_BODY, body_text, FALSE);
			break;
		case IN_SUBJECT_UNLESS_INVOICE:
			if (!set_out)
				why = match_reason(i, DM_NOT_INVOICE_IN_SUBJECT, subject, FALSE);
			break;
		case IN_SUBJECT_UNLESS_BILLED:
			if (!bills(body_text) && !bills(doc_text))
				why = match_reason(i, DM_NOT_INVOICE_IN_SUBJECT, subject, FALSE);
			break;
		case IN_SUBJECT_UNLESS_TRANSFER:
			if (!asks_transfer(body_text) && !asks_transfer(doc_text))
				why = match_reason(i, DM_NOT_INVOICE_IN_SUBJECT, subject, FALSE);
			break;
		case IN_TEXT_UNLESS_SET_OUT:
			if (!dm_not_invoice_sets_out(body_text))
				why = match_reason(i, DM_NOT_INVOICE_IN_BODY, body_text, FALSE);
			break;
		case IN_TEXT_IF_DEBITED:
			if (dm_direct_debit_named(body_text) && !dm_not_invoice_sets_out(body_text) &&
			    !dm_not_invoice_sets_out(doc_text))
				why = match_reason(i, DM_NOT_INVOICE_IN_BODY, body_text, FALSE);
			break;
		}
		if (why)
			return why;
	}
	/* Last, when no rule named the mail: a bill that leaves nothing to pay on its own page
	 * — its balance labelled zero, or an amount received below the amount to pay as large —
	 * is a receipt whatever its title and subject; a credit note's balance is never above
	 * zero either, and it is one. */
	return credit_set_out ? NULL : settled_reason(dm_own_words_body_of(body_text), doc_text);
}

gboolean
dm_not_invoice_sets_out(const char *text)
{
	DmMatch m;
	if (!text)
		return FALSE;
	gsize len = strlen(text);
	return dm_pattern_match(&invoice_title, text, len, 0, &m) ||
	       dm_pattern_match(&invoice_number_line, text, len, 0, &m);
}

gboolean
dm_not_invoice_titled_reminder(const char *text)
{
	if (!text)
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(rules); i++) {
		if (rules[i].kind != DM_NOT_INVOICE_REMINDER || rules[i].where != IN_TITLE)
			continue;
		g_autoptr(DmNotInvoiceReason) why = title_reason(i, DM_NOT_INVOICE_IN_PDF_TITLE, text);
		if (why)
			return TRUE;
	}
	return FALSE;
}
