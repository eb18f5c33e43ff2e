/* reply: one function that says what a debtor's message is, over the layers below it.
 *
 *   1. bounce.c: a delivery failure report -> kind bounce, class bounce, with the failed
 *      recipient, the returned Message-ID, and whether it is a hard failure or an expiry
 *      (@delivery).  A delay notice is not a bounce (the MTA is still trying): it becomes
 *      an auto_reply without a date, confidence 0.5, delivery "delayed", so it changes
 *      nothing but is still shown.
 *   2. autoreply.c: an automatic answer -> kind auto_reply, class auto_reply, with the
 *      return date its text states (relative to the message's Date).  Whatever the
 *      message is, automatic_headers says whether a header (auto_headers.c) says a
 *      machine wrote it, and automatic_header which; the policy tells a machine's
 *      automatic answer from one a person typed by it (dm_policy_typed).
 *   3. otherwise a reply: its new text (reply_text.c: the part that shows the quote best,
 *      without quotes, signature and disclaimer) is classified by the learned model
 *      (features.c, model.c): the class of highest probability, that probability as the
 *      confidence, the second intent by the model's intents (secondary.c: one model per
 *      intent, trained on whether a reply carries it at all, as its class or beside it),
 *      "confident" when the confidence reaches the model's calibrated threshold, the
 *      reply is not an "other" or an out-of-office with a second intent nor an "other"
 *      of a word or three, and its second intent is no question (dm_reply_acts_alone),
 *      and the
 *      features that spoke most for the class as
 *      `explain`.  The date is the one the date reader finds in the text, read backwards
 *      for "paid" and forwards otherwise.  matched_rule is "model".  Without a model
 *      (tests and tools only: the programs refuse to start without one) the rule
 *      classifier (classify.c) decides, as before.
 * Whatever read it, a person's reply whose class and own day disagree (a promise for a day
 * before the message, a payment on a day after it: dm_reply_date_contradicts) and one a
 * system sent read as an intent (machine_mail) are never confident.
 * reply_text is always the stripped text, bounded to DM_REPLY_MAX_TEXT_BYTES.
 *
 * Failure classes: none; every parsed message gets an analysis. */
#include "parser/reply/dm-reply.h"
#include "parser/reply/dm-autoreply.h"
#include "parser/reply/dm-reply-away.h"
#include "parser/reply/dm-reply-asides.h"
#include "parser/reply/dm-reply-care.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-auto-headers.h"
#include "parser/reply/dm-bounce.h"
#include "parser/reply/dm-machine-mail.h"
#include "common/dm-sanitize.h"
#include "parser/mime/dm-message.h"
#include "parser/mime/dm-html.h"
#include "parser/reply/dm-reply-dates.h"
#include "parser/reply/dm-reply-accepts-offer.h"
#include "parser/reply/dm-reply-typed.h"
#include "parser/reply/dm-reply-features.h"
#include "parser/reply/dm-reply-goods-intent.h"
#include "parser/reply/dm-reply-ladder.h"
#include "parser/reply/dm-reply-model.h"
#include "parser/reply/dm-reply-rules.h"
#include "parser/reply/dm-reply-several.h"
#include "parser/reply/dm-reply-tone.h"
#include "parser/reply/dm-reply-turn.h"
#include "parser/reply/dm-reply-with-next.h"
#include "parser/reply/dm-reply-amount-asked.h"
#include "parser/reply/dm-reply-answer-day.h"

#include "parser/text/dm-pattern.h"

#include <string.h>

const char *
dm_delivery_name(DmDeliveryReport delivery)
{
	static const char *const names[] = {
		[DM_DELIVERY_NONE] = "none", [DM_DELIVERY_FAILED] = "failed",
		[DM_DELIVERY_EXPIRED] = "expired", [DM_DELIVERY_DELAYED] = "delayed",
		[DM_DELIVERY_DELIVERED] = "delivered",
	};
	g_return_val_if_fail((guint) delivery < G_N_ELEMENTS(names), "none");
	return names[delivery];
}

void
dm_reply_analysis_free(DmReplyAnalysis *a)
{
	if (a == NULL)
		return;
	g_free(a->reply_text);
	g_free(a->bounced_recipient);
	g_free(a->matched_rule);
	g_free(a->returned_message_id);
	g_free(a->new_address);
	g_free(a->automatic_header);
	g_free(a->machine_mail);
	g_clear_pointer(&a->explain, g_ptr_array_unref);
	g_free(a);
}

/* The new text is read whole by the rules (classify_learned hands their hits on). */
G_STATIC_ASSERT(DM_REPLY_MAX_TEXT_BYTES <= DM_REPLY_MAX_CLASSIFY_BYTES);

/* (transfer full) @stripped, a message's new text, bounded for storage and display:
 * valid UTF-8 (dm_text_bound). */
static char *
bounded_text(const char *stripped)
{
	return dm_text_bound(stripped, strlen(stripped), DM_REPLY_MAX_TEXT_BYTES);
}

#define EXPLAIN_MAX 6

/* The explain strings: the class and its probability, then the strongest features,
 * named by @names (index -> name). */
static void
explain(DmReplyAnalysis *a, const DmReplyModel *model, const GArray *features,
        const DmReplyFeatureNames *names)
{
	g_ptr_array_add(a->explain, g_strdup_printf("model: %s %.2f (threshold %.2f)",
	                                            dm_reply_class_name(a->klass), a->confidence,
	                                            dm_reply_model_threshold(model)));
	guint32 top[EXPLAIN_MAX];
	guint n = dm_reply_model_strongest(model, features, a->klass, top, EXPLAIN_MAX);
	for (guint i = 0; i < n; i++) {
		const char *name = dm_reply_feature_names_find(names, top[i]);
		if (name)
			g_ptr_array_add(a->explain, g_strdup(name));
	}
}

DmReplyClass
dm_reply_rank_classes(const double *probs)
{
	DmReplyClass best = DM_REPLY_CLASS_OTHER;
	for (int k = 0; k < DM_REPLY_N_CLASSES; k++)
		if (probs[k] > probs[best])
			best = (DmReplyClass) k;
	return best;
}

/* dm_autoreply_return_date, with "back 1/5" read month first where @month_first
 * (probe-typed: "OUT OF OFFICE - BACK 1/5" from the US; the out-of-office reader reads
 * "d/m"). */
static gboolean
autoreply_return_date(const char *text, const GDate *reference, gboolean month_first,
                      GDate *out)
{
	g_autofree char *day_first = month_first ? dm_reply_day_first(text) : NULL;
	return dm_autoreply_return_date(day_first ? day_first : text, reference, out);
}

/* dm_reply_date_for_class over @dates, the scan of the text (dm-reply-dates.h); the end
 * of a vague time the text names instead of a day into @until (nullable; left alone when
 * there is none). */
static void
date_for_class(DmReplyDateScan *dates, const GDate *reference, gboolean month_first,
               DmReplyClass klass, GDate *date, GDate *until)
{
	g_date_clear(date, 1);
	/* An automatic answer the headers did not give away is still one: the day its writer
	 * is back, not the first date it names ("bis 15.08. im Urlaub, ab 18.08. wieder da"). */
	if (klass == DM_REPLY_CLASS_AUTO_REPLY &&
	    autoreply_return_date(dm_reply_date_scan_text(dates), reference, month_first, date))
		return;
	/* ... and so is a person's that says someone is away ("Dr. Hale is out of the
	 * country until Monday, March 9"): the day back, as an out-of-office's. */
	if (klass == DM_REPLY_CLASS_OTHER && dm_reply_says_away(dm_reply_date_scan_text(dates)) &&
	    dm_autoreply_return_date(dm_reply_date_scan_text(dates), reference, date))
		return;
	if (klass == DM_REPLY_CLASS_PROMISE_TO_PAY || klass == DM_REPLY_CLASS_PAID ||
	    klass == DM_REPLY_CLASS_ARRANGEMENT || klass == DM_REPLY_CLASS_AUTO_REPLY) {
		/* "volgende week", "deze week nog", "next month", "vorige week betaald" name no
		 * day (corpus/replies/README.md): the date stays empty, and the time's end only
		 * bounds the hold. */
		DmReplyDatePrecision precision = DM_REPLY_DATE_EXACT;
		if (dm_reply_scan_find_date_precise(dates, reference, klass == DM_REPLY_CLASS_PAID,
		                                    month_first, date, NULL, &precision) &&
		    precision == DM_REPLY_DATE_VAGUE) {
			if (until)
				*until = *date;
			g_date_clear(date, 1);
		}
		/* A promise kept for the writer's or the debtor's return ("Ik ben tot en met
		 * vrijdag 4 september op reis. Ik betaal dat meteen als ik terug ben"): the day
		 * back, read as an out-of-office's, unless a later day is named (the settled
		 * call, corpus/replies/README.md; test-blind29). */
		if (klass == DM_REPLY_CLASS_PROMISE_TO_PAY) {
			const char *text = dm_reply_date_scan_text(dates);
			GDate back;
			if (dm_reply_says_away(text) && dm_reply_says_on_return(text) &&
			    dm_autoreply_return_date(text, reference, &back) &&
			    (!g_date_valid(date) || g_date_compare(date, &back) < 0))
				*date = back;
		}
	} else if (klass == DM_REPLY_CLASS_DISPUTE || klass == DM_REPLY_CLASS_QUESTION ||
	           klass == DM_REPLY_CLASS_OTHER) {
		/* A question or a dispute often names its payment's day all the same: shown to
		 * the owner (the policy does not act on it for these classes).  A vague time
		 * ("die 6 uur maak ik deze week over") names no day here either
		 * (corpus/replies/README.md, probe-goods). */
		DmReplyDatePrecision precision = DM_REPLY_DATE_EXACT;
		if (dm_reply_scan_find_payment_date_precise(dates, reference, month_first, date,
		                                            NULL, &precision) &&
		    precision == DM_REPLY_DATE_VAGUE)
			g_date_clear(date, 1);
	}
}

void
dm_reply_date_for_class(const char *text, const GDate *reference, gboolean month_first,
                        DmReplyClass klass, GDate *date)
{
	g_date_clear(date, 1);
	g_return_if_fail(text != NULL);
	g_autoptr(DmReplyDateScan) dates = dm_reply_date_scan_new_typed(text);
	date_for_class(dates, reference, month_first, klass, date, NULL);
}

/* date_for_class, then, when the class gives no day and the second intent is one that
 * names one ("Op welk rekeningnummer? Dan doe ik het vandaag": a question with a
 * promise), the second intent's day. */
static void
date_for_classes(DmReplyDateScan *dates, const GDate *reference, gboolean month_first,
                 DmReplyClass klass, DmReplyClass secondary, GDate *date, GDate *until)
{
	date_for_class(dates, reference, month_first, klass, date, until);
	/* A dispute's payment day was looked for in the clauses that pay; the promise beside
	 * it has no other ("Ik breng de fiets donderdag terug. Zodra hij gemaakt is betaal
	 * ik": the day the bike goes in is no date, test-blind20's calls). */
	if (klass == DM_REPLY_CLASS_DISPUTE)
		return;
	if (!g_date_valid(date) && (secondary == DM_REPLY_CLASS_PROMISE_TO_PAY ||
	                            secondary == DM_REPLY_CLASS_PAID ||
	                            secondary == DM_REPLY_CLASS_ARRANGEMENT)) {
		GDate second_until;
		g_date_clear(&second_until, 1);
		date_for_class(dates, reference, month_first, secondary, date, &second_until);
		if (until && !g_date_valid(until) && !g_date_valid(date))
			*until = second_until;
	}
}

void
dm_reply_date_for_classes(const char *text, const GDate *reference, gboolean month_first,
                          DmReplyClass klass, DmReplyClass secondary, GDate *date)
{
	g_date_clear(date, 1);
	g_return_if_fail(text != NULL);
	g_autoptr(DmReplyDateScan) dates = dm_reply_date_scan_new_typed(text);
	date_for_classes(dates, reference, month_first, klass, secondary, date, NULL);
}

const GDate *
dm_reply_analysis_hold_date(const DmReplyAnalysis *a)
{
	return g_date_valid(&a->date) ? &a->date : &a->holds_until;
}

gboolean
dm_reply_message_month_first(GMimeMessage *msg)
{
	GDateTime *dt = g_mime_message_get_date(msg);
	return dt && dm_reply_month_first((int) (g_date_time_get_utc_offset(dt) / G_TIME_SPAN_MINUTE));
}

/* A payment asked about or denied in the reply's own words: "Paid this morning? No, not
 * yet", "Gisteren betaald? Nee", "Heute bezahlt? Nein.", "Paid nothing yet".  The model
 * weighs the pay word and the day, and reads these as paid with high confidence. */
static DmPattern payment_doubted =
	DM_PATTERN("\\?|(?:^|[.,;:!]\\s*)(?:no|nope|nee|neen|nein|nö)\\b(?!\\s+(?:worries|problem|probleem|hay))"
		   "|\\b(?:not\\s+yet|nog\\s+niet|noch\\s+nicht|nothing|niets|niks|nichts)\\b", PCRE2_CASELESS);

static gboolean
payment_doubted_in(const char *text)
{
	DmMatch m;
	return dm_pattern_match(&payment_doubted, text, strlen(text), 0, &m);
}

/* A second intent of question read in a payment or a promise whose only candidate for
 * one is the reminder waved off ("I paid the full amount yesterday, so there is no longer
 * any need to send reminders", "dus herinneringen sturen is niet meer nodig"): the
 * intent model reads "need to send" as a request, but nothing is asked — no question
 * mark, no question rule of the table hit, no request to the owner.  A real doubt keeps
 * one of them ("…, could you confirm it arrived?", "kunt u bevestigen dat het binnen
 * is", "Können Sie mir eine Quittung schicken"). */
static DmPattern asks_owner = DM_PATTERN(
	"(?<!\\p{L})(?:k(?:ö|oe)nn(?:t)?en\\s+sie|kannst\\s+du|kunt\\s+u|kunnen\\s+jullie|kun\\s+je|"
	"(?:could|can|would)\\s+you|bitte\\s+(?:um|schicken|senden|bestätigen)|graag\\s+een|"
	"please\\s+(?:send|confirm|let)|laat\\s+u\\s+(?:me|mij)\\s+weten)(?!\\p{L})", PCRE2_CASELESS);

/* A question asked without its mark, which replies often leave off: a tag at a sentence's
 * end ("…, toch", "…, oder", "…, right") or a clause in a question's order, its verb
 * first ("— or do you still see it open", "Of ziet u het nog openstaan", "Oder sehen Sie
 * noch einen offenen Betrag").  Only the waving off's exception asks it, so a statement
 * it takes for a question ("Zodra het binnen is, is het klaar") is only held, as it was
 * before the exception. */
static DmPattern asks_unmarked = DM_PATTERN(
	",\\s*(?:toch|oder|right|correct|nicht\\s+wahr|niet\\s+dan|of\\s+niet|or\\s+not|"
	"isn'?t\\s+it|stimmt'?s)\\s*(?:[.!]|$)|"
	"(?:^|[.!,;:\\x{2013}\\x{2014}-]\\s*|(?<!\\p{L})(?:or|of|oder)\\s+)"
	"(?:do|does|did|is|are|was|has|have|can|will|should|"
	"ziet|heeft|hebt|hebben|staat|is|klopt|zijn|"
	"sehen|siehst|haben|hast|ist|steht|stimmt|sind)\\s+"
	"(?:you|it|we|they|that|there|u|je|jij|jullie|het|dat|er|sie|du|es|das)(?!\\p{L})",
	PCRE2_CASELESS | PCRE2_MULTILINE);

static gboolean
question_only_waves_off(DmReplyClass klass, const char *text, const GPtrArray *rules)
{
	DmMatch m;
	if ((klass != DM_REPLY_CLASS_PAID && klass != DM_REPLY_CLASS_PROMISE_TO_PAY) ||
	    strchr(text, '?') || dm_pattern_match(&asks_owner, text, strlen(text), 0, &m) ||
	    dm_pattern_match(&asks_unmarked, text, strlen(text), 0, &m))
		return FALSE;
	gsize n = 0;
	const DmReplyRule *table = dm_reply_rules(&n);
	for (guint i = 0; i < rules->len; i++)
		for (gsize r = 0; r < n; r++)
			if (table[r].klass == DM_REPLY_CLASS_QUESTION && !table[r].negates &&
			    strcmp(table[r].name, g_ptr_array_index(rules, i)) == 0)
				return FALSE;
	return dm_reply_text_waves_off_reminder(text);
}

/* The rule table's hits on @text: @known when the caller has them, else scanned the
 * first time a test of dm_reply_acts_alone asks for them and kept in *@scanned: one scan
 * of the rules serves them all, where each dm_reply_text_* asked alone would scan the
 * text again. */
static const GPtrArray *
rules_hit(const char *text, const GPtrArray *known, GPtrArray **scanned)
{
	if (known)
		return known;
	if (!*scanned) {
		*scanned = g_ptr_array_new();
		dm_reply_rule_hits(text, *scanned);
	}
	return *scanned;
}

const char *
dm_reply_held_by(DmReplyClass klass, DmReplyClass secondary, const char *text,
                 const GPtrArray *rules)
{
	g_autoptr(GPtrArray) scanned = NULL;
	/* A payment the reply itself asks about or denies is no payment to record alone. */
	if (klass == DM_REPLY_CLASS_PAID && text && payment_doubted_in(text))
		return "a payment the reply asks about or denies";
	/* ... nor is one its writer states as theirs inside a question ("Heb ik dat niet al
	 * betaald?", "Didn't I pay this last week?") a question or a promise to act on: the
	 * labels call it paid or a question, and only the owner's bank can tell (asides.c). */
	if ((klass == DM_REPLY_CLASS_QUESTION || klass == DM_REPLY_CLASS_PROMISE_TO_PAY) && text &&
	    dm_reply_text_own_payment_asked(text))
		return "the writer's own payment, asked about";
	/* An out-of-office the model read from the words alone (no header said a machine
	 * sent it) beside an intent, the intents' or a rule's: its writer typed something
	 * above the notice ("Gisteren betaald." over "Ik ben afwezig t/m 2 januari"). */
	if ((klass == DM_REPLY_CLASS_OTHER || klass == DM_REPLY_CLASS_AUTO_REPLY) &&
	    secondary != DM_REPLY_CLASS_OTHER)
		return "read as other or automatic, beside an intent of its own";
	/* ... and so is an "other" in whose words a rule reads a payment, a promise, a plan
	 * or a dispute ("Die is al geregeld volgens mij, maar los daarvan: …", "Dinsdag
	 * wordt hij betaald. PS: …"): news beside an intent, which the labels put first
	 * (corpus/replies/README.md); read as other, the ladder would run on for someone who
	 * paid or promised (train-care's relatives and statuses showed the pair). */
	if ((klass == DM_REPLY_CLASS_AUTO_REPLY || klass == DM_REPLY_CLASS_OTHER) && text &&
	    dm_reply_rules_name_intent(rules_hit(text, rules, &scanned)))
		return "read as other, with a rule's intent in its words";
	/* ... or a person's note in it ("PS Marco, ik regel het vrijdag"), whose intent the
	 * notice's words outweigh (test-blind17). */
	if (klass == DM_REPLY_CLASS_AUTO_REPLY && text && dm_reply_text_personal_note(text))
		return "an automatic reply with a person's note in it";
	/* A payment day asked for ("Mag het na de 25e?") waits for the owner's yes: it is an
	 * arrangement until then, and the model reads the day and the pay word as a promise
	 * (test-blind17). */
	if (klass == DM_REPLY_CLASS_PROMISE_TO_PAY && text && dm_reply_text_asks_leave(text))
		return "a payment day asked for, not promised";
	/* ... and so does a direct debit asked for ("Bitte buchen Sie es am 15. April erneut
	 * ab"): the money moves when the owner collects (test-blind24).  Asked as a question
	 * ("Kunnen jullie het niet gewoon afschrijven, deze ook?") it is a plan the owner must
	 * agree to, not a question to answer; read as paid ("das Konto ist wieder gedeckt,
	 * bitte nochmal abbuchen") the money is not in (test-blind31). */
	if ((klass == DM_REPLY_CLASS_PROMISE_TO_PAY || klass == DM_REPLY_CLASS_QUESTION ||
	     klass == DM_REPLY_CLASS_PAID) && text && dm_reply_text_asks_debit(text))
		return "a direct debit asked for";
	/* ... and so does a payment that waits on a corrected invoice: the owner must send it
	 * first, and the line it corrects is disputed ("Jullie rekenen 12 ritten, het waren er
	 * 10. Zodra de nieuwe factuur er is betaal ik", test-blind25). */
	if (klass == DM_REPLY_CLASS_PROMISE_TO_PAY && text &&
	    dm_reply_text_waits_on_correction(text))
		return "a payment that waits on a corrected invoice";
	/* ... or on an invoice still to come, beside a new order ("Kun je 24 flessen
	 * reserveren? De openstaande factuur betaal ik dan mee als de nieuwe rekening er is"):
	 * `other` with the promise secondary by the blind authors' call (with_next.c,
	 * test-blind29). */
	if (klass == DM_REPLY_CLASS_PROMISE_TO_PAY && text && dm_reply_text_pays_with_next(text))
		return "a payment put off to an invoice still to come";
	/* A fee or an amount asked about beside a payment or a promise ("Graag uitleg over
	 * dat verschil. De € 55 heb ik op 3 maart betaald", "Please explain the £40 fee"),
	 * with its question mark or without: a question with the payment beside it by the
	 * labels, and the part asked about still open (amount_asked.c, test-blind30). */
	if ((klass == DM_REPLY_CLASS_PAID || klass == DM_REPLY_CLASS_PROMISE_TO_PAY) && text &&
	    dm_reply_text_amount_asked(text))
		return "a fee or an amount asked about beside a payment";
	if (klass == DM_REPLY_CLASS_OTHER && text && dm_reply_text_brief(text))
		return "a word or three, read as other";
	/* A question asked as an aside after a payment or a promise ("I'll pay it this week.
	 * Quick question, …"): which is the point, the labels part by whether the payment
	 * waits on the answer, which only the owner can tell (asides.c, test-blind27). */
	if (klass == DM_REPLY_CLASS_QUESTION && text && dm_reply_text_question_aside(text))
		return "a question asked as an aside beside a payment or a promise";
	/* A promise said mockingly ("Ja hoor, natuurlijk betaal ik dat meteen 🙄") may be a
	 * refusal: reading a refusal as a promise is the worst mistake, so the owner reads it
	 * (train-tone). */
	if (klass == DM_REPLY_CLASS_PROMISE_TO_PAY && text &&
	    dm_reply_rule_named(rules_hit(text, rules, &scanned), "tone_ironic"))
		return "a promise said mockingly";
	/* A payment that waits on an insurer's, a fund's or an allowance's money ("ik betaal
	 * zodra CZ uitkeert") is a promise or patience asked, which the model cannot tell
	 * apart; read as a promise it would move the ladder the writer may have asked to
	 * hold (care.c, train-care). */
	if (klass == DM_REPLY_CLASS_PROMISE_TO_PAY && text &&
	    dm_reply_rule_named(rules_hit(text, rules, &scanned), "care_waits_on_payer"))
		return "a payment that waits on an insurer's or a fund's money";
	/* ... and so is a promise read from an accounts-payable status that only says where
	 * the invoice is ("liegt zur Freigabe beim Fachbereich"): nobody promised anything. */
	if (klass == DM_REPLY_CLASS_PROMISE_TO_PAY && text &&
	    dm_reply_rule_named(rules_hit(text, rules, &scanned), "other_ap_status"))
		return "an accounts-payable status, no promise";
	/* ... and a promise read from a reply that promises only an answer ("Ik moet even met
	 * de andere ouders overleggen. Ik kom er vrijdag op terug"): a holding answer, `other`
	 * by the labels, and no payment promised (answer_day.c, test-blind33). */
	if (klass == DM_REPLY_CLASS_PROMISE_TO_PAY && text && dm_reply_text_answer_only(text))
		return "an answer promised, no payment";
	/* ... and a promise read from a reply that passes the reminder on: an assistant's or
	 * a relative's "I will show it to him" is a forward (care.c). */
	if (klass == DM_REPLY_CLASS_PROMISE_TO_PAY && text && dm_reply_text_passes_on(text))
		return "passed on to someone else";
	/* Part of the sum, or several invoices, with different intents ("0451 is voldaan,
	 * 0467 maak ik vrijdag over", "€ 400 van de € 950, de rest eind van de maand"), or a
	 * part read as paid: which intent is the reminded invoice's, and what is still open,
	 * is the ledger's to say, so the owner reads it (several.c, train-several). */
	if (klass != DM_REPLY_CLASS_AUTO_REPLY && text &&
	    dm_reply_rules_mixed(text, rules_hit(text, rules, &scanned), klass, secondary))
		return "part of the sum, or several invoices, with different intents";
	/* Under a late reminder: the costs refused beside a payment or a promise, or a debtor
	 * who died, is in a debt scheme or an insolvency, or writes through a debt adviser,
	 * read as a class that lets the ladder run on: the owner weighs it (ladder.c,
	 * probe-ladder). */
	if (text && dm_reply_rules_for_owner(rules_hit(text, rules, &scanned), klass))
		return "late in the ladder: for the owner to weigh";
	/* A payment that came back is no payment: read as paid, it would pause the ladder for
	 * money that is not in. */
	if (klass == DM_REPLY_CLASS_PAID && text &&
	    dm_reply_rule_named(rules_hit(text, rules, &scanned), "money_bounced"))
		return "a payment that came back";
	/* A reply that also asks something waits for its answer: acting on the payment or the
	 * promise beside it would leave the question unanswered, and these are the replies
	 * read wrong most often ("Kan ik het ook contant betalen? Dan neem ik het donderdag
	 * mee": a question first, by the labelling priority). */
	if (secondary == DM_REPLY_CLASS_QUESTION &&
	    !(text && question_only_waves_off(klass, text, rules_hit(text, rules, &scanned))))
		return "it also asks something";
	return NULL;
}

gboolean
dm_reply_acts_alone(DmReplyClass klass, DmReplyClass secondary, const char *text,
                    double confidence, double threshold)
{
	return dm_reply_held_by(klass, secondary, text, NULL) == NULL && confidence >= threshold;
}

gboolean
dm_reply_date_contradicts(DmReplyClass klass, const GDate *date, const GDate *sent)
{
	if (!g_date_valid(date) || !g_date_valid(sent))
		return FALSE;
	int order = g_date_compare(date, sent);
	return (klass == DM_REPLY_CLASS_PROMISE_TO_PAY && order < 0) ||
	       (klass == DM_REPLY_CLASS_PAID && order > 0);
}

/* Whether @text, read by @model as @klass, changes its mind and its part that stands,
 * read alone, reads otherwise (turn.c). */
static gboolean
turn_reads_otherwise(const DmReplyModel *model, const char *text, const GDate *reference,
                     DmReplyClass klass)
{
	DmReplyTurn turn;
	g_autofree char *standing = text ? dm_reply_text_standing(text, &turn) : NULL;
	if (!standing)
		return FALSE;
	g_autoptr(GArray) features = dm_reply_features(standing, reference,
	                                               dm_reply_model_bits(model), NULL);
	double probs[DM_REPLY_N_CLASSES];
	dm_reply_model_predict(model, features, probs);
	DmReplyClass part = dm_reply_rank_classes(probs);
	return dm_reply_turn_reads_otherwise(turn, klass, part, probs[part],
	                                     dm_reply_model_threshold(model));
}

/* A person's reply, by the model (see the top of the file), from @text: the new text as
 * the reader weighs it (dm_reply_text_weighed). */
static void
classify_learned(DmReplyAnalysis *a, const char *text, const DmReplyModel *model,
                 const GDate *reference, gboolean month_first, gboolean explained)
{
	/* The features' names, for explain only. */
	g_autoptr(DmReplyFeatureNames) names = explained ? dm_reply_feature_names_new() : NULL;
	/* One scan of the text's dates for both readings: the features', the class's. */
	g_autoptr(DmReplyDateScan) dates = dm_reply_date_scan_new_typed(text);
	/* ... and one scan of its rules for the features, the goods' second intent and the
	 * tests whether it acts alone: the features read the text made valid UTF-8 within
	 * DM_REPLY_MAX_CLASSIFY_BYTES, which reply_text is already (bounded_text), so their
	 * hits are the ones the others would find. */
	g_autoptr(GPtrArray) rules = g_ptr_array_new();
	g_autoptr(GArray) features = dm_reply_features_scanned(text, reference,
	                                                       dm_reply_model_bits(model), names,
	                                                       dates, rules);
	double probs[DM_REPLY_N_CLASSES];
	dm_reply_model_predict(model, features, probs);
	DmReplyClass best = dm_reply_rank_classes(probs);
	a->secondary = dm_reply_rules_goods_secondary(rules, best,
	                                              dm_reply_secondary(model, features, best));
	a->klass = best;
	a->confidence = probs[best];
	const char *held = dm_reply_held_by(best, a->secondary, text, rules);
	a->confident = held == NULL && probs[best] >= dm_reply_model_threshold(model);
	/* A reply that changes its mind, whose part that stands reads otherwise alone
	 * ("Deze factuur ken ik niet ... PS: ik heb hem in augustus gewoon betaald"), waits
	 * for the owner (turn.c).  Asked only of a reply that would act: it reads the text a
	 * second time.  dunmail train's calibration does not see it (as the day that
	 * contradicts the class), so the threshold stays what the training gives. */
	gboolean turned = a->confident &&
	                  turn_reads_otherwise(model, text, reference, best);
	if (turned)
		a->confident = FALSE;
	/* An automatic answer the headers did not give away, when the model is sure of it; a
	 * guess stays a person's reply, held for the owner (a stranger's "could not be
	 * delivered" must not pass for an automatic answer by a guess).  Whether a machine
	 * sent it is automatic_headers' to say (a supporting header), not the model's. */
	if (best == DM_REPLY_CLASS_AUTO_REPLY && a->confident)
		a->kind = DM_REPLY_KIND_AUTO_REPLY;

	date_for_classes(dates, reference, month_first, best, a->secondary, &a->date,
	                 &a->holds_until);
	/* A promise whose day was chosen among two the text states is the reader's guess:
	 * the ladder waits for the owner rather than pause until the wrong one. */
	gboolean rivalled = a->confident && best == DM_REPLY_CLASS_PROMISE_TO_PAY &&
	                    g_date_valid(&a->date) && dm_reply_scan_date_rivalled(dates);
	if (rivalled)
		a->confident = FALSE;
	a->matched_rule = g_strdup("model");
	if (explained) {
		explain(a, model, features, names);
		if (turned)
			g_ptr_array_add(a->explain,
			                g_strdup("changes its mind, and what stands reads otherwise: "
			                         "not acted on"));
		if (rivalled)
			g_ptr_array_add(a->explain, g_strdup("two days for the payment: not acted on"));
		/* Every hold names itself, as the threshold does in the model's line. */
		if (held)
			g_ptr_array_add(a->explain, g_strdup_printf("%s: not acted on", held));
	}
}

/* Below this, a class the rules or the structure gave is a guess: the reply holds the
 * ladder for the owner instead.  (The model brings its own, calibrated, threshold.) */
#define CONFIDENT_AT 0.8

static DmReplyAnalysis *
analyze(GMimeMessage *msg, const DmReplyModel *model, gboolean explained)
{
	DmReplyAnalysis *a = g_new0(DmReplyAnalysis, 1);
	g_date_clear(&a->date, 1);
	g_date_clear(&a->holds_until, 1);
	a->secondary = DM_REPLY_CLASS_OTHER;
	a->explain = g_ptr_array_new_with_free_func(g_free);
	/* The new text and the whole text, read in one pass over the text parts. */
	g_auto(DmReplyTexts) texts = { NULL, NULL };
	dm_reply_texts_read(msg, &texts);
	a->reply_text = bounded_text(texts.new_text);
	GDate reference = dm_message_date(msg);
	DmAutoHeaders headers = dm_auto_headers_read(GMIME_OBJECT(msg), &a->automatic_header);
	a->automatic_headers = headers != DM_AUTO_HEADERS_NONE;

	const char *rule = NULL;
	DmBounceReport report;
	DmBounceKind bounce = dm_bounce_detect_text(msg, texts.body, &report);
	if (bounce != DM_BOUNCE_NONE) {
		a->matched_rule = g_strdup(report.rule);
		a->returned_message_id = g_steal_pointer(&report.returned_message_id);
	}
	if (bounce == DM_BOUNCE_FAILED || bounce == DM_BOUNCE_EXPIRED) {
		a->kind = DM_REPLY_KIND_BOUNCE;
		a->klass = DM_REPLY_CLASS_BOUNCE;
		a->delivery = bounce == DM_BOUNCE_FAILED ? DM_DELIVERY_FAILED : DM_DELIVERY_EXPIRED;
		/* A standard report is unambiguous; a free-form one is read from words. */
		a->confidence = g_str_has_prefix(report.rule, "dsn_") ? 0.97 : 0.85;
		a->bounced_recipient = g_steal_pointer(&report.recipient);
	} else if (bounce == DM_BOUNCE_DELAYED) {
		a->kind = DM_REPLY_KIND_AUTO_REPLY;
		a->klass = DM_REPLY_CLASS_AUTO_REPLY;
		a->delivery = DM_DELIVERY_DELAYED;
		a->confidence = 0.5;
	} else if (g_strcmp0(report.rule, "dsn_delivered") == 0) {
		/* A success report: nobody wrote it, and it says the address takes mail. */
		a->kind = DM_REPLY_KIND_AUTO_REPLY;
		a->klass = DM_REPLY_CLASS_AUTO_REPLY;
		a->delivery = DM_DELIVERY_DELIVERED;
		a->confidence = 0.5;
		a->matched_rule = g_strdup(report.rule);
		a->returned_message_id = g_steal_pointer(&report.returned_message_id);
	} else if (g_strcmp0(report.rule, "own_quota_warning") == 0) {
		/* The server warns the owner that this mailbox is filling up: a machine's
		 * notice, about no debtor, that changes nothing. */
		a->kind = DM_REPLY_KIND_AUTO_REPLY;
		a->klass = DM_REPLY_CLASS_AUTO_REPLY;
		a->confidence = 0.5;
		a->matched_rule = g_strdup(report.rule);
		dm_bounce_report_clear(&report);
		return a;
	}
	gboolean report_only = a->delivery != DM_DELIVERY_NONE;
	dm_bounce_report_clear(&report);
	if (report_only)
		return a;

	g_autofree char *from = dm_message_from_address(msg);
	if (dm_autoreply_detect(msg, headers, &rule)) {
		a->kind = DM_REPLY_KIND_AUTO_REPLY;
		a->klass = DM_REPLY_CLASS_AUTO_REPLY;
		a->confidence = a->automatic_headers ? 0.95 : 0.8;
		a->matched_rule = g_strdup(rule);
		/* The subject often carries the dates ("Afwezig t/m 30 november"). */
		const char *subject = g_mime_message_get_subject(msg);
		g_autofree char *both = g_strconcat(subject ? subject : "", "\n", texts.body, NULL);
		/* ... typed short as often as a reply's ("tm vrijdag 20-11", "til mon 16th"). */
		g_autofree char *typed = dm_reply_typed_days(both);
		autoreply_return_date(typed, &reference, dm_reply_message_month_first(msg), &a->date);
		a->new_address = dm_autoreply_new_address(both, from);
		return a;
	}
	/* A person may say it too ("Jan werkt hier niet meer, mail naar ..."). */
	a->new_address = dm_autoreply_new_address(a->reply_text, from);

	a->kind = DM_REPLY_KIND_REPLY;
	/* A one-click answer says what it is in its subject: certain, before any guess. */
	g_autofree char *number = NULL;
	if (dm_reply_answer_tag(g_mime_message_get_subject(msg), &a->klass, &number)) {
		a->confidence = 1.0;
		a->matched_rule = g_strdup("answer_tag");
		if (explained) {
			g_autofree char *shown = dm_sanitize(number, 64);
			g_ptr_array_add(a->explain,
			                g_strdup_printf("answer link: %s for invoice %s",
			                                dm_reply_class_name(a->klass), shown));
		}
		return a;
	}
	dm_machine_mail(msg, &a->machine_mail);
	/* The new text keeps the firm's lines typed under the signed name; the reader weighs
	 * it without them, as the model was trained. */
	g_autofree char *weighed = dm_reply_text_weighed(a->reply_text);
	const char *text = weighed ? weighed : a->reply_text;
	if (model) {
		classify_learned(a, text, model, &reference, dm_reply_message_month_first(msg),
		                 explained);
	} else {
		a->klass = dm_reply_classify_text(text, &reference, &a->confidence, &a->date, &rule);
		a->matched_rule = g_strdup(rule);
	}
	/* A short yes under instalments the quoted mail offered accepts a plan; what it agrees
	 * to is in our words, not the debtor's, so it waits for the owner.  Only a reply read as
	 * 'other': a payment, a day or a complaint read from the words ("Bedankt, ik heb het
	 * hele bedrag net overgeboekt", "Thanks, I will pay the lot on Friday") declines the
	 * plan and stands. */
	if (a->klass == DM_REPLY_CLASS_OTHER && dm_reply_accepts_offer(text, texts.body)) {
		a->klass = DM_REPLY_CLASS_ARRANGEMENT;
		a->confident = FALSE;
		a->confidence = MIN(a->confidence, 0.5);
		g_free(a->matched_rule);
		a->matched_rule = g_strdup("accepts_offer");
		if (explained)
			g_ptr_array_add(a->explain, g_strdup("a short yes under instalments the quoted mail offered: "
			                                     "an arrangement; not acted on"));
	}
	return a;
}

static DmReplyAnalysis *
analyze_message(GMimeMessage *msg, const DmReplyModel *model, gboolean explained)
{
	g_return_val_if_fail(GMIME_IS_MESSAGE(msg), NULL);
	DmReplyAnalysis *a = analyze(msg, model, explained);
	if (g_strcmp0(a->matched_rule, "model") != 0)
		a->confident = a->confidence >= CONFIDENT_AT;
	/* What a system sent — a parcel notice, a booking confirmation, a newsletter — is
	 * nobody's promise, payment, dispute, plan or question, however sure the words make
	 * the model ("je zending wordt morgen bezorgd" reads like a promise): read as one, it
	 * waits for the owner.  Read as other it changes nothing, and a system's automatic
	 * answer is one. */
	if (a->machine_mail && a->klass != DM_REPLY_CLASS_OTHER &&
	    a->klass != DM_REPLY_CLASS_AUTO_REPLY && a->confident) {
		a->confident = FALSE;
		if (explained)
			g_ptr_array_add(a->explain, g_strdup_printf("machine mail: %s; not acted on",
			                                            a->machine_mail));
	}
	/* A promise dated before the message or a payment dated after it: the class or the
	 * day is wrong, and whichever it is, acting would cross what the writer said. */
	GDate sent = dm_message_date(msg);
	if (a->kind == DM_REPLY_KIND_REPLY &&
	    dm_reply_date_contradicts(a->klass, &a->date, &sent)) {
		a->date_contradicts = TRUE;
		a->confident = FALSE;
		if (explained)
			g_ptr_array_add(a->explain,
			                g_strdup(a->klass == DM_REPLY_CLASS_PAID
			                         ? "paid on a day after the message; not acted on"
			                         : "a promise for a day before the message; not acted on"));
	}
	/* Last: the model's verdict, when there is one, opens the list. */
	if (explained && a->automatic_header)
		g_ptr_array_add(a->explain, g_strdup_printf("header: %s", a->automatic_header));
	return a;
}

DmReplyAnalysis *
dm_reply_analyze(GMimeMessage *msg, const DmReplyModel *model)
{
	return analyze_message(msg, model, TRUE);
}

DmReplyAnalysis *
dm_reply_analyze_unexplained(GMimeMessage *msg, const DmReplyModel *model)
{
	return analyze_message(msg, model, FALSE);
}
