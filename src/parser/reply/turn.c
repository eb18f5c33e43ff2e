/* turn: a reply that changes its mind (dm-reply-turn.h).
 *
 * "Deze factuur ken ik niet ... PS: even in de app gekeken, ik heb hem in augustus gewoon
 * betaald", "Earlier I had written it will be done by month end, please ignore that
 * mail", "Sie fragen, wann wir zahlen. Ich frage, wann die Beleuchtung funktioniert": the
 * model weighs every sentence alike, and the one taken back (or the reminder's words
 * reported) often speaks loudest, so such replies were read by their first words at a
 * certainty that let them act alone (test-blind25: four of its six wrong replies acting
 * alone).  The text is cut into sentences; what a later sentence takes back, corrects or
 * dismisses, and a report of what was said or planned before that the text turns from,
 * is left out; what stands is read alone (reply.c), and where it reads otherwise than the
 * whole, or after a taking back does not carry the whole's reading by itself, the reply
 * waits for the owner.  The reading itself is not replaced: the model was trained
 * on whole texts, and a text cut short reads less surely than it should.
 * Failures: none. */
#include "parser/reply/dm-reply-turn.h"
#include "parser/reply/dm-reply-classify.h"
#include "parser/text/dm-pattern.h"

#include <string.h>

/* A sentence that adds to what came before: a postscript or a later word opening it, or a
 * later finding ("Turns out the reference was missing", "Achteraf zag ik dat ..."): what
 * it found may support what came before as well as overturn it. */
static DmPattern added_re = DM_PATTERN(
	"\\A\\s*(?:(?:P\\.?\\s?)+S\\.?|PPS|Nachtrag|Ergänzung|Aanvulling|Addendum|Update|Edit|"
	"inmiddels|intussen|ondertussen|mittlerweile|inzwischen|meanwhile|in\\s+the\\s+meantime|"
	"actually|eigenlijk|eigentlich|oh|(?:it\\s+)?turns\\s+out|achteraf)(?!\\p{L})",
	PCRE2_CASELESS);

/* Words that take back, correct or override what came before, wherever they stand in
 * their sentence ("Scratch all that", "Laat maar: het is zojuist overgemaakt", "Stimmt
 * nicht mehr", "Ik heb toch maar het volle bedrag betaald", "Korrektur zu gestern"), and
 * as texted ("Ah nvm, my husband says he paid it Sunday??").  Not an apology for the
 * delay ("my mistake for letting it slide", "mijn fout dat het zo lang duurde", "mein
 * Fehler, dass es so lange gedauert hat"; a correction follows a comma: "my mistake,
 * that was paid"), nor "hang on to the receipt". */
static DmPattern taken_back_re = DM_PATTERN(
	"(?<!\\p{L})(?:"
	"laat\\s+maar|vergeet\\s+(?:dat|dit|het|wat|mijn|m'n|alles|die|de|mn)|negeer|correctie|"
	"bij\\s+nader\\s+inzien|nee\\s+wacht|wacht\\s+(?:even|eens|effe|ff)|toch\\s+maar|"
	"(?:dat\\s+)?klopt\\s+(?:dus\\s+|helemaal\\s+)?niet|streep\\s+(?:dat|dit)|"
	"mijn\\s+fout(?!\\s+(?:dat|om|voor)(?!\\p{L}))|"
	"dat\\s+hoeft\\s+niet\\s+meer|niet\\s+meer\\s+nodig|"
	"scratch\\s+(?:that|this|all\\s+that)|ignore|disregard|"
	"forget\\s+(?:that|this|what|my|it|the|about)|never\\s?mind|nvm|correction|"
	"hang\\s+on(?!\\s+to(?!\\p{L}))|"
	"on\\s+second\\s+thoughts?|i\\s+take\\s+(?:that|it)\\s+back|strike\\s+that|"
	"that\\s+was\\s+(?:a\\s+mistake|wrong)|"
	"my\\s+mistake(?!\\s+(?:for|that)(?!\\p{L}))|"
	"after\\s+all(?!\\s+(?:the|that|this|these|those|my|your|our|of|we|i|you)(?!\\p{L}))|"
	"no\\s+longer|"
	"vergiss|vergessen\\s+sie|ignorieren\\s+sie|kommando\\s+zurück|korrektur|"
	"stimmt\\s+(?:leider\\s+|so\\s+|doch\\s+)?nicht|ich\\s+nehme\\s+(?:das|es|alles)\\s+zurück|"
	"hat\\s+sich\\s+erledigt|doch\\s+schon|mein\\s+fehler(?!\\s*,?\\s*dass(?!\\p{L}))|"
	"beim\\s+zweiten|bei\\s+näherem|"
	"mir\\s+fällt\\s+(?:gerade|jetzt)\\s+auf|ich\\s+sehe\\s+gerade|dann\\s+doch|"
	"\\A\\s*(?:oh\\s+)?(?:wait|wacht|moment|warte)(?!\\p{L}))(?!\\p{L})", PCRE2_CASELESS);

/* The owner's reminder, by name. */
#define REMINDER_WORD \
	"(?<!\\p{L})(?:reminders?|dunning|(?:betalings)?herinnering(?:en)?|aanmaning(?:en)?|" \
	"(?:zahlungs)?erinnerung(?:en)?|mahnung(?:en)?)(?!\\p{L})"

/* The owner's reminder dismissed or said to be needed no more ("Bitte ignorieren Sie die
 * Zahlungserinnerung", "please ignore the reminder if it crossed our payment", "het is
 * niet meer nodig om nog een herinnering te sturen", "no longer any need to send
 * reminders", "no need to send reminders", "weitere Mahnungen sind also nicht nötig"): a
 * paid reply's closing words, which take back nothing the writer said.  The reminder
 * merely named ("never mind, thanks to your reminder I paid") is no such wave. */
static DmPattern reminder_waved_off_re = DM_PATTERN(
	"(?<!\\p{L})(?:ignore|disregard|negeer|ignorieren|vergeet|vergiss|forget|"
	"niet\\s+meer\\s+nodig|no\\s+longer|no\\s+(?:more\\s+)?need|nicht\\s+mehr)(?!\\p{L})[^.!?;]{0,60}?"
	REMINDER_WORD "|"
	REMINDER_WORD "[^.!?;]{0,60}?"
	"(?<!\\p{L})(?:ignore[dn]?|ignoriert|genegeerd|disregard(?:ed)?|niet\\s+(?:meer\\s+)?nodig|"
	"no\\s+longer|not\\s+(?:needed|necessary)|unnecessary|overbodig|"
	"nicht\\s+mehr|nicht\\s+(?:nötig|notwendig|erforderlich)|unnötig|überflüssig)(?!\\p{L})",
	PCRE2_CASELESS);

/* Whether @sentence says at least three words outside @spans (@n byte ranges): more
 * than a greeting or a "die", "hoor", "then" around them. */
static gboolean
says_more_than(const char *sentence, const gsize (*spans)[2], guint n)
{
	guint words = 0;
	gboolean in_word = FALSE;
	for (const char *p = sentence; *p; p = g_utf8_next_char(p)) {
		gsize at = (gsize) (p - sentence);
		gboolean inside = FALSE;
		for (guint i = 0; i < n && !inside; i++)
			inside = spans[i][0] <= at && at < spans[i][1];
		gboolean letter = !inside && g_unichar_isalpha(g_utf8_get_char(p));
		if (letter && !in_word)
			words++;
		in_word = letter;
	}
	return words >= 3;
}

/* Whether @sentence takes something back by words other than a reminder waved off:
 * "Bitte ignorieren Sie die Mahnung", "geen herinnering meer nodig" wave off the owner's
 * reminder, not what came before, but a "laat maar" beside the wave ("Laat maar, een
 * herinnering is overbodig, ik betaal pas in maart") still takes back, when the sentence
 * says something of its own beside the wave: "Laat maar, die herinnering is overbodig",
 * "Nvm, no need for the reminder" are the wave's words alone (review30b). */
static gboolean
takes_back_beyond_wave(const char *sentence)
{
	gsize len = strlen(sentence);
	DmMatch back, wave;
	enum { MAX_SPANS = 16 };
	gsize spans[MAX_SPANS][2];
	guint n = 0;
	gboolean beyond = FALSE, waved = FALSE;
	for (gsize w = 0; n < MAX_SPANS && dm_pattern_match(&reminder_waved_off_re, sentence, len,
	                                                    w, &wave);
	     w = dm_match_next(&wave, len)) {
		spans[n][0] = wave.start[0];
		spans[n++][1] = wave.end[0];
		waved = TRUE;
	}
	guint n_waves = n;
	for (gsize off = 0; dm_pattern_match(&taken_back_re, sentence, len, off, &back);
	     off = dm_match_next(&back, len)) {
		gboolean within_wave = FALSE;
		for (guint i = 0; i < n_waves && !within_wave; i++)
			within_wave = spans[i][0] <= back.start[0] && back.end[0] <= spans[i][1];
		if (within_wave)
			continue;
		beyond = TRUE;
		if (n < MAX_SPANS) {
			spans[n][0] = back.start[0];
			spans[n++][1] = back.end[0];
		}
	}
	return beyond && (!waved || says_more_than(sentence, (const gsize (*)[2]) spans, n));
}

/* A message dismissed ("ignore my text from the weekend saying I'd pay Friday", "bitte
 * ignorieren Sie meine letzte Mail zur Ratenzahlung", "negeer mijn vorige bericht"): the
 * sentence holds what it takes back. */
static DmPattern dismissed_message_re = DM_PATTERN(
	"(?<!\\p{L})(?:ignore|disregard|forget|vergeet|negeer|vergiss|ignorieren\\s+sie|"
	"vergessen\\s+sie)(?!\\p{L})[^.!?]{0,40}?(?<!\\p{L})(?:text|e-?mail|mail|message|note|sms|"
	"bericht(?:je)?|appje|nachricht|whatsapp|voicemail)", PCRE2_CASELESS);

/* A report of what the writer said, wrote, planned or believed before: "ik had u
 * geschreven dat", "ik wilde net boos antwoorden", "I told your office last week",
 * "I was going to pay this today", "my text from this morning said", "ich hatte ja
 * angekündigt", "ich wollte gerade schreiben", "Ich war mir sicher".  Not after
 * "zoals", "as", "like", "wie": a day or a word confirmed, not taken back. */
static DmPattern said_before_re = DM_PATTERN(
	"(?<!\\p{L})(?<!zoals\\s)(?<!as\\s)(?<!like\\s)(?<!wie\\s)(?:"
	"ik\\s+(?:had|heb)\\s+(?:\\S+\\s+){0,5}?(?:gezegd|geschreven|beloofd|gemaild|gemeld|"
	"aangegeven|toegezegd|geappt|laten\\s+weten)|"
	"ik\\s+(?:zei|schreef|beloofde|meldde|appte|mailde)|"
	"ik\\s+(?:wilde|wou|ging|zou)\\s+(?:(?:net|eerst|eigenlijk|je|u|jullie|gewoon|nog)\\s+){0,2}"
	"(?:zeggen|schrijven|melden|antwoorden|boos|laten\\s+weten|bezwaar|betalen|wachten|het\\s+bedrag|"
	"de\\s+creditnota)|"
	"ik\\s+was\\s+van\\s+plan|ik\\s+dacht\\s+(?:echt\\s+|eerst\\s+|even\\s+)?dat|eerst\\s+(?:dacht|wilde)\\s+ik|"
	"i\\s+(?:had\\s+|'d\\s+|’d\\s+)?(?:said|told|wrote|promised|mentioned|texted|emailed|meant\\s+to)|"
	"i\\s+was\\s+(?:going|about)\\s+to|i\\s+was\\s+holding\\s+off|first\\s+i\\s+(?:think|thought)|"
	"(?:my|the)\\s+(?:last\\s+|earlier\\s+|previous\\s+)?(?:text|mail|e-?mail|message|reply|note)"
	"(?:\\s+\\S+){0,4}?\\s+(?:saying|said)|"
	"ich\\s+(?:hatte|habe|hab)\\s+(?:\\S+\\s+){0,5}?(?:geschrieben|gesagt|zugesagt|versprochen|"
	"mitgeteilt|angekündigt)|ich\\s+(?:schrieb|sagte)|sagte\\s+ich|"
	"ich\\s+wollte\\s+(?:(?:gerade|eigentlich|erst|schon|ihnen|dir|die\\s+rechnung)\\s+){1,3}|"
	"ich\\s+war\\s+mir\\s+sicher)(?!\\p{L})", PCRE2_CASELESS);

/* The reminder's own words reported, to be turned back on it: "Jullie vragen wanneer ik
 * betaal", "You ask when I intend to pay", "Sie fragen, wann ich bezahle". */
static DmPattern owner_words_re = DM_PATTERN(
	"(?<!\\p{L})(?:(?:jullie|u|je)\\s+(?:vraagt|vragen|vroeg|vroegen|schrijft|schrijven)\\s*,?\\s+"
	"(?:wanneer|of|dat)|you\\s+(?:ask|asked|want\\s+to\\s+know|write|say)\\s*,?\\s+"
	"(?:when|whether|if|that)|sie\\s+(?:fragen|schreiben|möchten\\s+wissen)\\s*,?\\s+"
	"(?:wann|ob|dass))(?!\\p{L})", PCRE2_CASELESS);

/* Where a report's sentence turns from it. */
static DmPattern turn_word_re = DM_PATTERN(
	"(?<!\\p{L})(?:maar|but|aber|toch|doch|however|jedoch|then|dann|instead|stattdessen|"
	"uiteindelijk|in\\s+the\\s+end|schließlich)(?!\\p{L})", PCRE2_CASELESS);

/* Words that stand by what was said: "en daar blijf ik bij", "and that stands", "dabei
 * bleibt es". */
static DmPattern stands_by_re = DM_PATTERN(
	"(?<!\\p{L})(?:blijf\\s+ik\\s+bij|blijft\\s+staan|zo\\s+blijft\\s+het|that\\s+stands|"
	"still\\s+stands|i\\s+meant\\s+it|stick\\s+to|dabei\\s+bleibt\\s+es|das\\s+gilt\\s+(?:noch|weiter)|"
	"(?:i'm|i\\s+am)\\s+back\\s+now)(?!\\p{L})", PCRE2_CASELESS);

/* How far (in sentences) after a report a word that takes it back may stand. */
#define TURN_REACH 2
/* How sure the reading of an addition alone must be to turn the whole's: a short
 * postscript read alone is often a guess.  Kept at 0.6 on the training splits' evidence
 * (2026-12-05, the 6572 replies of corpus/replies/train-*.jsonl, the addition read by the
 * shipped model): 24 of them show an addition, 3 of those read alone as an intent other
 * than the whole's.  Two read below 0.6 (a paid at 0.56 from an order for Christmas
 * decorations, a dispute at 0.43 from a gate that sticks): the whole was right, and 0.6
 * let them act.  One read at 0.92 ("In the meantime no payment will be made" under a
 * dispute, read as a promise): held, needlessly, and so it would be under any cut-off up
 * to 0.92.  No addition read between 0.6 and 0.9 at all, and none whose own reading
 * was the right one: nothing in the splits says a higher cut-off would hold fewer
 * replies needlessly or let fewer wrong ones act, so the cut-off stays where the blind
 * cases that asked for the test (test-blind25: "PS: ik heb hem in augustus gewoon
 * betaald", read alone at 0.99) leave room for a shorter, less sure postscript.  A
 * short addition's guesses fall below it (the two above), where they only keep the
 * whole's reading; being held is the cost of a guess above it, never a wrong act. */
#define ADDED_SURE 0.6
/* A sentence of fewer words is a greeting or a name, nothing to take back. */
#define MIN_CONTENT_WORDS 4

static gboolean
found_in(DmPattern *pattern, const char *s, DmMatch *m)
{
	return dm_pattern_match(pattern, s, strlen(s), 0, m);
}

static guint
word_count(const char *s)
{
	guint n = 0;
	gboolean in_word = FALSE;
	for (const char *p = s; *p; p++) {
		gboolean space = g_ascii_isspace(*p);
		n += !space && !in_word;
		in_word = !space;
	}
	return n;
}

/* Whether a sentence before @s of @sentences says something. */
static gboolean
content_before(const GPtrArray *sentences, guint s)
{
	for (guint i = 0; i < s; i++)
		if (word_count(g_ptr_array_index(sentences, i)) >= MIN_CONTENT_WORDS)
			return TRUE;
	return FALSE;
}

/* A sentence that opens by turning from the one before: "Toen vond ik hem in de spam",
 * "Then I noticed", "Dann habe ich nachgesehen". */
static DmPattern opens_turned_re = DM_PATTERN(
	"\\A\\s*(?:maar|toen|but|then|aber|dann|doch|however|jedoch|uiteindelijk|in\\s+the\\s+end)"
	"(?!\\p{L})", PCRE2_CASELESS);

/* Whether a sentence after @s, within TURN_REACH, takes something back, or the one right
 * after it opens by turning from it. */
static gboolean
taken_back_after(const GPtrArray *sentences, guint s)
{
	DmMatch m;
	if (s + 1 < sentences->len && found_in(&opens_turned_re, g_ptr_array_index(sentences, s + 1), &m))
		return TRUE;
	for (guint i = s + 1; i < sentences->len && i <= s + TURN_REACH; i++)
		if (found_in(&taken_back_re, g_ptr_array_index(sentences, i), &m))
			return TRUE;
	return FALSE;
}

/* What follows a dismissed message's words when it still tells what the message said:
 * "vergiss meine SMS von gestern, dass ich erst im September zahlen kann". */
static DmPattern message_content_re = DM_PATTERN(
	"\\A\\s*(?:dass|that|dat|waarin|waar|saying|about|over|die|welche|which|wo|where|"
	"in\\s+der|worin|zur|zum|om)(?!\\p{L})", PCRE2_CASELESS);

/* Where, in @sentence, what stands after a dismissed message (matched at @m) begins: after
 * the comma or dash that ends the dismissal ("ignore mijn appje van zondag, ik heb het
 * gisteravond al geregeld"), or nowhere (G_MAXSIZE) when the rest still tells what the
 * message said. */
static gsize
after_dismissal(const char *sentence, const DmMatch *m)
{
	for (const char *p = sentence + m->end[0]; *p; p++) {
		gboolean comma = *p == ',' || *p == ':';
		gboolean dash = p[0] == ' ' && (p[1] == '-' || strncmp(p + 1, "–", 3) == 0);
		if (!comma && !dash)
			continue;
		const char *rest = p + (comma ? 1 : dash && p[1] == '-' ? 2 : 4);
		DmMatch c;
		if (dm_pattern_match(&message_content_re, rest, strlen(rest), 0, &c))
			return G_MAXSIZE;
		return (gsize) (rest - sentence);
	}
	return G_MAXSIZE;
}

/* Where, in sentence @s, the report it holds ends: at its turn word (what follows it
 * stands), at its end (G_MAXSIZE: all of it is taken back), or 0 when the sentence
 * reports nothing that the text turns from. */
static gsize
report_end(const GPtrArray *sentences, guint s)
{
	const char *sentence = g_ptr_array_index(sentences, s);
	DmMatch m, turn, by;
	gboolean owner = found_in(&owner_words_re, sentence, &m);
	if (!owner && !found_in(&said_before_re, sentence, &m))
		return 0;
	if (found_in(&stands_by_re, sentence, &by))
		return 0;
	gsize len = strlen(sentence);
	if (dm_pattern_match(&turn_word_re, sentence, len, m.end[0], &turn))
		return turn.start[0];
	if (owner || taken_back_after(sentences, s) ||
	    found_in(&dismissed_message_re, sentence, &turn))
		return G_MAXSIZE;
	return 0;
}

char *
dm_reply_text_standing(const char *text, DmReplyTurn *turn)
{
	DmReplyTurn none;
	if (!turn)
		turn = &none;
	*turn = DM_REPLY_TURN_NONE;
	g_return_val_if_fail(text != NULL, NULL);
	g_autoptr(GPtrArray) sentences = dm_reply_sentences(text);
	guint n = sentences->len;
	/* Per sentence: the byte from which it stands (0: all of it, G_MAXSIZE: none). */
	g_autofree gsize *from = g_new0(gsize, n + 1);
	gboolean cut_before = FALSE;
	for (guint s = 0; s < n; s++) {
		const char *sentence = g_ptr_array_index(sentences, s);
		DmMatch m;
		gsize end = report_end(sentences, s);
		gboolean holds_own = TRUE;
		if (end == G_MAXSIZE || end > 0)
			from[s] = end;
		else if (found_in(&dismissed_message_re, sentence, &m))
			from[s] = after_dismissal(sentence, &m);
		else
			holds_own = FALSE;
		if (holds_own)
			*turn = DM_REPLY_TURN_TAKEN_BACK;
		/* The first later sentence that takes back or adds to what came before: the
		 * text before it is what it turns from.  Not one that holds what it takes back
		 * ("Earlier I had written it will be done by month end, please ignore that
		 * mail"): the sentences before it stand. */
		if (holds_own || cut_before || s == 0 || !content_before(sentences, s))
			continue;
		gboolean takes_back = takes_back_beyond_wave(sentence);
		if (!takes_back && !found_in(&added_re, sentence, &m))
			continue;
		/* "P.S." is a sentence of its own: the words that take back may open the next. */
		if (!takes_back && s + 1 < n)
			takes_back = found_in(&taken_back_re, g_ptr_array_index(sentences, s + 1), &m) &&
			             word_count(sentence) == 1;
		for (guint i = 0; i < s; i++)
			from[i] = G_MAXSIZE;
		cut_before = TRUE;
		if (takes_back)
			*turn = DM_REPLY_TURN_TAKEN_BACK;
		else if (*turn == DM_REPLY_TURN_NONE)
			*turn = DM_REPLY_TURN_ADDED;
	}
	if (*turn == DM_REPLY_TURN_NONE)
		return NULL;
	GString *out = g_string_new(NULL);
	for (guint s = 0; s < n; s++) {
		const char *sentence = g_ptr_array_index(sentences, s);
		if (from[s] == G_MAXSIZE)
			continue;
		if (out->len)
			g_string_append_c(out, '\n');
		g_string_append(out, sentence + from[s]);
	}
	return g_string_free(out, FALSE);
}

gboolean
dm_reply_text_waves_off_reminder(const char *text)
{
	g_return_val_if_fail(text != NULL, FALSE);
	DmMatch m;
	return found_in(&reminder_waved_off_re, text, &m);
}

gboolean
dm_reply_turn_reads_otherwise(DmReplyTurn turn, DmReplyClass whole, DmReplyClass part,
                              double sure, double threshold)
{
	if (turn == DM_REPLY_TURN_NONE)
		return FALSE;
	/* What stands after a taking back must carry the reading by itself: read as the
	 * whole but below the threshold, the reader cannot tell which part spoke ("Sie
	 * fragen, wann wir zahlen. Ich frage, wann die Beleuchtung funktioniert" reads a
	 * promise at 0.94, its second sentence alone at 0.60). */
	if (turn == DM_REPLY_TURN_TAKEN_BACK && part == whole)
		return sure < threshold;
	if (part == whole)
		return FALSE;
	/* An addition turns the reading only with an intent of its own, read clearly: "Betaald.
	 * PS: doen jullie ook dakgoten?" read alone is a question about other work, and a
	 * postscript of thanks ("PS: Der Kurs hat mir sehr gefallen") read alone is any class
	 * at a guess. */
	if (turn == DM_REPLY_TURN_ADDED)
		return sure >= ADDED_SURE &&
		       (part == DM_REPLY_CLASS_DISPUTE || part == DM_REPLY_CLASS_PROMISE_TO_PAY ||
		        part == DM_REPLY_CLASS_PAID || part == DM_REPLY_CLASS_ARRANGEMENT);
	return TRUE;
}
