/* asides: words that keep a confident reading from acting alone (dm-reply-asides.h).
 *
 * The model reads the whole text; these say that the text is two things at once (an
 * automatic notice with a person's note in it) or that what reads as a promise is asked
 * for, not given.  Either way the owner should read it: a wrong reading that acts alone
 * moves a debtor's ladder wrongly.
 * Failures: none. */
#include "parser/reply/dm-reply-asides.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/reply/dm-reply-types.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* "PS Marco,", "P.S.:", "PS:" opening a line, a sentence or an aside; "(Marco — ...",
 * "(Marco, ..." an aside opened with a name. */
static DmPattern note_re = DM_PATTERN(
	"(?:^|[.!?(]\\s*|\\n\\s*)(?:P\\.?\\s?S\\.?|PPS)(?:\\s*[:,.—–-]|\\s+\\p{Lu})|"
	"\\(\\s*\\p{Lu}\\p{Ll}{1,20}\\s*(?:—|–|-|,)\\s",
	PCRE2_MULTILINE);

/* A question, in the first person, that asks whether something may be done. */
static DmPattern leave_re = DM_PATTERN(
	"(?:^|[.!?,;:]\\s*|\\n\\s*)(?:"
	"(?:mag|mogen|kan|kun|kunnen|zou|zouden)\\s+(?:het|ik|wij|we|dat)|"
	"(?:is|zou)\\s+het\\s+(?:goed|ok[eé]?|akkoord|mogelijk|een\\s+probleem)|"
	"vind(?:t|en)?\\s+(?:je|jij|u|jullie)\\s+het\\s+goed|"
	"(?:may|can|could|might)\\s+(?:i|we)|"
	"(?:is|would)\\s+it\\s+(?:be\\s+)?(?:ok|okay|alright|all\\s+right|possible|fine)|"
	"would\\s+you\\s+mind|any\\s+chance|"
	"(?:darf|kann|könnte|dürfte)\\s+ich|(?:dürfen|können|könnten)\\s+wir|"
	"(?:wäre|ist)\\s+es\\s+(?:ok|okay|möglich|in\\s+ordnung)|geht\\s+(?:es|das))"
	/* ... up to its question mark: no sentence ends between, a date's "20." aside. */
	"(?!\\p{L})(?:[^.!?\\n]|(?<=\\d)\\.){0,160}\\?",
	PCRE2_CASELESS | PCRE2_MULTILINE);

/* A word between the verb and its ending, never a negation: "buchen Sie nichts ab", "u
 * kunt het niet meer incasseren" refuse the debit. */
#define DEBIT_WORD "(?:(?!(?:niet|nicht|nichts|not|never|nooit|geen|kein\\w*)\\b)\\S+\\s+)"
/* ... and in a question, never a word that asks why or when the owner debits ("Können Sie
 * prüfen, warum Sie doppelt abbuchen?", "Kunt u uitleggen waarom jullie twee keer
 * afschrijven?"): a question about the debit, not a request for one (review33a). */
#define ASKED_WORD \
	"(?:(?!(?:waarom|wanneer|warum|wieso|weshalb|wann|why|when)\\b)" DEBIT_WORD ")"

/* The owner asked to collect: a permission or a request to debit, not a debit that came
 * back or was taken already ("die Lastschrift ist zurückgegangen", "u heeft het al
 * afgeschreven"), nor one refused ("Please do not take it by direct debit"), nor a
 * "you can collect" said of something else (the parcel). */
/* (A permission names what and from where: "U mag het bedrag voor de cursus van mijn
 * rekening afschrijven", "Sie dürfen den Betrag von meinem Konto abbuchen", "take the
 * remaining balance by direct debit"; test-blind33.  Over so many words, never one that
 * asks why or when: "Können Sie bitte prüfen, warum Sie doppelt abbuchen?") */
static DmPattern debit_asked_re = DM_PATTERN(
	"\\b(?:u|je|jullie)\\s+(?:mag|mogen|kunt|kan|kunnen)\\s+" ASKED_WORD "{0,8}?"
	"(?:incasseren|afschrijven|innen)\\b|"
	"\\b(?:schrijf|schrijft|incasseer|incasseert)\\s+" DEBIT_WORD "{0,3}?(?:maar|gerust|gewoon)\\b|"
	"\\bbuchen\\s+sie\\s+" DEBIT_WORD "{0,6}?ab\\b|\\bziehen\\s+sie\\s+" DEBIT_WORD "{0,6}?ein\\b|"
	"\\b(?:dürfen|können|könnten)\\s+(?:sie\\s+)?" ASKED_WORD "{0,6}?(?:abbuchen|einziehen)\\b|"
	"(?<!not\\s)(?<!n't\\s)(?<!never\\s)"
	"\\b(?:take|collect|debit)\\s+(?:it|this|the\\s+(?:(?:remaining|outstanding|full|whole|"
	"final)\\s+)?(?:amount|payment|invoice|balance|fee|sum))\\s+"
	"(?:by|via|through|as\\s+a)\\s+direct\\s+debit\\b|"
	"\\byou\\s+(?:can|may|could)\\s+(?:just\\s+)?(?:collect|debit)\\s+"
	"(?:it|this|that|the\\s+(?:amount|payment|invoice|balance|money))\\b|"
	/* ... asked as a question, its verb first, where "niet gewoon", "nicht einfach", "not
	 * just" ask rather than refuse ("Kunnen jullie het niet gewoon afschrijven?",
	 * "Könnten Sie den Beitrag künftig per Lastschrift einziehen?", test-blind31) ... */
	"\\b(?:kunnen|kunt|kan|wilt|willen)\\s+(?:jullie|u|je)\\s+"
	"(?:(?:niet\\s+)?gewoon\\s+|" ASKED_WORD "){0,7}?"
	"(?:incasseren|afschrijven|innen|afhouden|(?:opnieuw|nog\\s+eens)\\s+aanbieden)\\b|"
	"\\b(?:k(?:ö|oe)nnen|k(?:ö|oe)nnten|würden)\\s+sie\\s+"
	"(?:(?:nicht\\s+)?einfach\\s+|" ASKED_WORD "){0,8}?(?:abbuchen|einziehen|belasten)\\b|"
	"\\b(?:can|could|would)\\s+you\\s+(?:(?:not\\s+)?just\\s+)?"
	"(?:re-?run|re-?present|retry|re-?submit|collect|debit|deduct|take)\\s+"
	"(?:\\S+\\s+){0,6}?(?:by|via|through|with)?\\s*(?:the\\s+)?direct\\s+debit\\b|"
	/* ... a retry asked of the owner ("Please retry the payment", "Can you re-run it on
	 * Friday?"), not the writer's own ("I'll retry the payment tomorrow") nor one refused
	 * ("Please don't retry the payment", review33a) ... */
	"(?:\\b(?:please|you)\\s+(?:just\\s+)?|(?:^|[.!?\\n])\\s*)"
	"(?:re-?run|re-?present|retry)\\s+(?:it|the\\s+(?:direct\\s+)?debit|the\\s+payment)\\b|"
	/* ... or a mandate to be set up: "een automatische incasso regelen", "een
	 * domiciliëring opzetten", "set up a direct debit", "ein Lastschriftverfahren
	 * einrichten", "das LSV-Verfahren einrichten", "deduct … through direct debit". */
	"\\b(?:automatische\\s+incasso|incasso|machtiging|domicili(?:ë|e)ring|direct\\s+debit|"
	"(?:sepa-)?lastschrift\\p{L}*|bankeinzug|lsv(?:-verfahren)?|einzugsermächtigung)\\s+"
	"(?:\\S+\\s+){0,3}?(?:regelen|opzetten|instellen|aanmaken|einrichten|"
	/* (English "set up" also the past: not "the direct debit I set up", "was set up") */
	"(?<!\\bi\\s)(?<!\\bwe\\s)(?<!\\bwas\\s)(?<!\\bwere\\s)(?<!\\bbeen\\s)(?<!\\bhad\\s)"
	"(?<!\\bhave\\s)(?<!\\bhas\\s)set\\s+up)\\b|"
	"\\bset\\s+up\\s+(?:a\\s+)?direct\\s+debit\\b|"
	"\\bdeduct\\s+(?:\\S+\\s+){0,6}?(?:through|by|via)\\s+direct\\s+debit\\b",
	PCRE2_CASELESS | PCRE2_UTF);

static gboolean
found(DmPattern *pattern, const char *text)
{
	DmMatch m;
	gsize len = strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES);
	len = dm_pattern_whole_chars(text, len);
	return dm_pattern_match(pattern, text, len, 0, &m);
}

gboolean
dm_reply_text_personal_note(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	return found(&note_re, text);
}

gboolean
dm_reply_text_asks_leave(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	return found(&leave_re, text);
}

gboolean
dm_reply_text_asks_debit(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	return found(&debit_asked_re, text);
}

/* A payment that waits on a corrected invoice or a credit note the owner must send
 * first: "Zodra de nieuwe factuur er is betaal ik", "Stuur me een nieuwe, dan betaal ik
 * die", "once you send a corrected invoice", "sobald die korrigierte Rechnung da ist". */
static DmPattern waits_on_correction_re = DM_PATTERN(
	"(?<!\\p{L})(?:zodra|als|wanneer|na|once|as\\s+soon\\s+as|when|after|sobald|wenn|nachdem)"
	"\\s+(?:\\S+\\s+){0,5}?(?:(?:de|een|jullie|uw|the|a|your|die|eine|ihre)\\s+)?"
	"(?:nieuwe|gecorrigeerde|aangepaste|verbeterde|juiste|corrected|revised|new|amended|"
	"korrigierte|neue|berichtigte|geänderte)\\s+(?:factuur|invoice|rechnung)|"
	"(?<!\\p{L})(?:stuur|send|schicken\\s+sie)\\s+(?:me|mij|ons|us|mir|uns)\\s+(?:een\\s+|a\\s+|eine\\s+)?"
	"(?:nieuwe|corrected|new|revised|neue|korrigierte)(?!\\p{L})[^.!?]{0,40}?"
	"(?<!\\p{L})(?:dan|then|and\\s+i'll|dann)(?!\\p{L})", PCRE2_CASELESS);

gboolean
dm_reply_text_waits_on_correction(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	return found(&waits_on_correction_re, text);
}

/* A question announced as an aside: "Quick question", "One more thing", "Vraagje:", "Nog
 * een vraag", "Kurze Frage noch", "Eine Frage noch", opening a sentence. */
static DmPattern aside_question_re = DM_PATTERN(
	"(?:^|[.!?;]\\s*|\\n\\s*)(?:(?:also|oh\\s+and|and|ps)\\s*,?\\s*)?(?:(?:a|one)\\s+)?"
	"(?:(?:quick|small|little|short)\\s+(?:question|q)|one\\s+more\\s+(?:question|thing)|"
	"(?:nog\\s+)?(?:een\\s+|één\\s+)?(?:klein\\s+)?vraagje|nog\\s+(?:een|één)\\s+(?:vraag|dingetje)|"
	"(?:noch\\s+)?(?:eine\\s+)?(?:kurze|kleine)\\s+frage|(?:noch\\s+)?eine\\s+(?:kurze\\s+)?frage"
	"(?:\\s+noch)?|noch\\s+eine\\s+frage)(?!\\p{L})",
	PCRE2_CASELESS | PCRE2_MULTILINE);

/* A payment or a promise, in any of the three languages: what the aside follows. */
static DmPattern pay_word_re = DM_PATTERN(
	"(?<!\\p{L})(?:pay|paid|paying|pays|transfer\\p{L}*|settle\\p{L}*|sent|betaal\\p{L}*|betaald|"
	"overmaken|overgemaakt|(?:maak|schrijf|boek)\\s+(?:\\p{L}+\\s+){0,3}?over|overgeschreven|"
	"zahl\\p{L}*|bezahl\\p{L}*|gezahlt|überweis\\p{L}*|überwiesen)(?!\\p{L})",
	PCRE2_CASELESS);

/* After the aside, words that make the payment wait on its answer: "Our accountant won't
 * cut a check without one", "dan betaal ik", "bevor ich zahle". */
static DmPattern waits_on_answer_re = DM_PATTERN(
	"(?<!\\p{L})(?:without|before|until|unless|then|zonder|voordat|dan|tot|ohne|bevor|dann|"
	"erst|sonst|otherwise|anders)(?!\\p{L})", PCRE2_CASELESS);

/* Words that say the payment does not wait on anything: "either way", "in any case",
 * "regardless", "hoe dan ook", "in elk geval", "sowieso", "so oder so", "auf jeden Fall". */
static DmPattern regardless_re = DM_PATTERN(
	"(?<!\\p{L})(?:either\\s+way|in\\s+any\\s+case|regardless|no\\s+matter\\s+what|"
	"hoe\\s+dan\\s+ook|hoe\\s+het\\s+ook\\s+zij|in\\s+(?:ieder|elk)\\s+geval|sowieso|"
	"so\\s+oder\\s+so|auf\\s+jeden\\s+fall|jedenfalls|wie\\s+auch\\s+immer)(?!\\p{L})",
	PCRE2_CASELESS);

/* A payment refused until a clause is met, beside a wave word: "in elk geval niet
 * voordat ik weet waarvoor", "regardless, I won't pay until I see the contract",
 * "jedenfalls nicht, bevor ich weiß" (review30b): the payment waits on the answer after
 * all.  The negation and a clause, not a day ("either way I'll pay it before Friday") or
 * a plan ("either way I'll pay before I leave").  Not waits_on_answer_re, whose "dan" is
 * in "hoe dan ook" and whose "erst" dates ("so oder so erst am Montag"). */
static DmPattern still_waits_re = DM_PATTERN(
	"(?<!\\p{L})(?:not|never|won't|can't|n't|niet|nooit|geen|nicht|nie|kein\\p{L}*)(?!\\p{L})"
	"[^.!?]{0,60}?(?<!\\p{L})(?:(?:before|until|till|unless)\\s+(?:i|we|you|they|someone|"
	"somebody|knowing|seeing|hearing|getting|an?\\s+answer)|voordat|totdat|"
	"(?:voor|tot)\\s+(?:ik|we|wij|u|je)|bevor|solange|bis\\s+(?:ich|wir|sie))(?!\\p{L})",
	PCRE2_CASELESS);

/* Whether a sentence of @text that asks nothing pays or promises and says it does not
 * wait ("Either way I'll pay it this week", "Ich zahle so oder so am Freitag"), with no
 * word that makes it wait after all: the question beside it is asked on the side,
 * wherever it stands.  The sentences are the rules' own (dm_reply_sentences). */
static gboolean
pays_regardless(const char *text)
{
	g_autoptr(GPtrArray) sentences = dm_reply_sentences(text);
	for (guint i = 0; i < sentences->len; i++) {
		const char *s = g_ptr_array_index(sentences, i);
		gsize len = strlen(s);
		while (len > 0 && g_ascii_isspace(s[len - 1]))
			len--;
		if (len > 0 && s[len - 1] == '?')
			continue;
		if (dm_pattern_found(&regardless_re, s) && dm_pattern_found(&pay_word_re, s) &&
		    !dm_pattern_found(&still_waits_re, s))
			return TRUE;
	}
	return FALSE;
}

gboolean
dm_reply_text_question_aside(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	DmMatch m;
	gsize len = strnlen(text, DM_REPLY_MAX_CLASSIFY_BYTES);
	len = dm_pattern_whole_chars(text, len);
	if (pays_regardless(text))
		return TRUE;
	if (!dm_pattern_match(&aside_question_re, text, len, 0, &m) || m.start[0] == 0)
		return FALSE;
	/* What the text says before the aside pays or promises, and asks nothing ("Quick
	 * question before I pay: …" opens with the question the payment waits on) ... */
	gsize at = m.start[0];
	if (memchr(text, '?', at) || !dm_pattern_match(&pay_word_re, text, at, 0, &m))
		return FALSE;
	/* ... and what comes after it does not make the payment wait on the answer. */
	return !dm_pattern_match(&waits_on_answer_re, text + at, len - at, 0, &m);
}

/* The writer's own payment, stated inside a question: a first person before a payment done
 * ("Heb ik dat niet al betaald?", "ich habe doch per PayPal bezahlt, ist das nicht
 * angekommen?", "I paid this on the 3rd?") or "didn't I pay" ("Didn't I pay this last
 * week?"), and the question's mark after it with no sentence ending between.  Not
 * someone else's payment ("Mijn moeder heeft het al betaald toch?"), nor a payment asked
 * for ("Can I pay by card?"), nor a plan's "if I paid", "until it's paid", "tot het
 * betaald is", nor a salary's "when I get paid". */
static DmPattern own_payment_asked_re = DM_PATTERN(
	"(?:(?<!\\p{L})(?<!if\\s)(?<!als\\s)(?<!wenn\\s)(?:ik|we|wij|i|ich|wir)(?!\\p{L})"
	"(?:(?!(?<!\\p{L})(?:until|till|tot|bis|once|zodra|sobald|get|gets|getting|word|wordt)(?!\\p{L}))"
	"[^.!?\\n]){0,60}?(?<!\\p{L})"
	"(?:betaald|overgemaakt|overgeschreven|voldaan|gestort|paid|transferred|settled|wired|"
	"bezahlt|gezahlt|überwiesen|beglichen|angewiesen)|"
	"(?<!\\p{L})(?:did|didn't|did\\s+not)\\s+(?:i|we)\\s+(?:already\\s+)?(?:pay|settle|transfer))"
	/* ... and nothing else paid, promised or asked for between it and the mark: not "Ich
	 * habe die Hälfte schon überwiesen, den Rest zahle ich am Freitag, passt das?" (a
	 * promise), "We paid the first one, could you send us the next invoice?". */
	"(?!\\p{L})(?:(?!(?<!\\p{L})(?:rest|restbetrag|remainder|balance|zahle|zahlen|betaal|betalen|"
	"pay|send|stuur|stuurt|sturen|schicken|schicke|senden|zusenden)(?!\\p{L}))[^.!?\\n]){0,80}\\?",
	PCRE2_CASELESS);

gboolean
dm_reply_text_own_payment_asked(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	return found(&own_payment_asked_re, text);
}
