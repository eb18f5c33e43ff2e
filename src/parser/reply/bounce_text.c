/* bounce_text: the words of a free-form delivery report (qmail, Exim, old Sendmail,
 * Exchange 2003, Lotus Notes, hosted mail and the many MTAs that write no
 * message/delivery-status part), read only once the message's structure has shown it to
 * be a report (bounce.c decides that; words alone never make a bounce).
 *
 *   - what happened: a delay notice, a failure, and of failures a hard one (a 5.x.x or
 *     5yz code in the report) or an expiry (the server says it gave up retrying, or that
 *     it never reached the recipient's server, or its only codes are 4.x.x / 4yz / X.4.7);
 *   - the MTA whose fixed opening sentence the report starts with (a table, one row per
 *     MTA: what it always writes, not a sample's exact sentence);
 *   - the failed address, as MTAs list it;
 *   - the header block of a message returned inline, below the report's text.
 *
 * Subjects and texts are matched in English, Dutch, German, French, Japanese and the other
 * languages MTAs are configured in; only the code numbers decide hard versus expiry.
 *
 * Failure classes: none; hostile text is only matched (PCRE2 with its match limit, every
 * scan linear in the text), never copied beyond the values returned. */
#include "parser/reply/dm-bounce-text.h"
#include "parser/text/dm-pattern.h"
#include "common/dm-address.h"

#include <string.h>

#define CI PCRE2_CASELESS
#define CIM (PCRE2_CASELESS | PCRE2_MULTILINE)

/* How far into a report its MTA's opening sentence may stand: after a short preamble
 * (a provider's own line, a translation), never deep in a person's message. */
#define MTA_OPENING_REACH 1024

/* Subjects of failure reports. */
static DmPattern failure_subject = DM_PATTERN(
	"undeliver(?:ed|able)|returned\\s+(?:mail|to\\s+sender)|delivery\\s+(?:status\\s+"
	"notification\\s+\\(failure\\)|failure|failed|has\\s+failed|notification:\\s+delivery\\s+"
	"has\\s+failed|problem)|mail\\s+delivery\\s+(?:failed|failure|error)|failure\\s+notice|"
	"(?:failed|failure)\\s+delivery|non[-\\s]?deliver(?:y|able)|not\\s+(?:be\\s+)?delivered|"
	"error\\s+sending\\s+(?:your\\s+)?(?:mail|message)|mail\\s+system\\s+error|"
	"could\\s+not\\s+(?:be\\s+)?deliver|message\\s+(?:not\\s+delivered|rejected)|"
	"rejected\\s+(?:mail|message)|bounced?\\s+(?:mail|message)|"
	"return(?:ed|ing)\\s+(?:message\\s+)?to\\s+sender|mail\\s+failed|"
	"notification:\\s*(?:error|failure|failed|undeliver)|"
	/* Dutch, German, French */
	"onbestelbaar|niet\\s+(?:bezorgd|afgeleverd)|kan\\s+niet\\s+worden\\s+bezorgd|"
	"bezorging\\s+mislukt|afleveringsfout|"
	"unzustellbar|nicht\\s+(?:zugestellt|zustellbar)|zustellung\\s+(?:fehlgeschlagen|"
	"gescheitert)|fehlgeschlagene\\s+zustellung|"
	"non\\s+remis|non\\s+(?:délivré|distribué)|échec\\s+de\\s+(?:la\\s+)?(?:remise|"
	"distribution|livraison)|impossible\\s+de\\s+(?:remettre|distribuer|délivrer)|"
	/* Spanish, Italian, Portuguese, Russian, Japanese */
	"no\\s+(?:se\\s+)?(?:pudo\\s+)?entregad?[oa]?|impossibile\\s+recapitare|"
	"non\\s+recapitat[oa]|não\\s+(?:foi\\s+)?entregue|falha\\s+na\\s+entrega|"
	"не\\s+(?:может\\s+быть\\s+)?доставлен|недоставлен|"
	"メールエラー|エラー通知|配信(?:不能|エラー|失敗)|送信(?:エラー|失敗)|不達|宛先不明|"
	"未配達|返送", CI);

/* Subjects of delay notices. */
static DmPattern delay_subject = DM_PATTERN(
	"delivery\\s+status\\s+notification\\s+\\(delay\\)|delayed\\s+mail|"
	"warning:\\s+(?:could\\s+not\\s+send|message\\s+delayed)|still\\s+being\\s+retried|"
	"delivery\\s+delay|vertraagd|verz(?:ö|oe)gert|delivery\\s+has\\s+been\\s+delayed|"
	"notification:\\s*delay|mail\\s+delivery\\s+delayed|"
	"warning:\\s+message\\s+.{0,80}delayed|retardé|遅延", CI);

/* Text of a delay notice: the server says it keeps trying. */
static DmPattern delay_text = DM_PATTERN(
	"warning(?:\\s+message)?\\s+only|do(?:es)?\\s+not\\s+need\\s+to\\s+resend|"
	"has\\s+been\\s+delayed|(?:has|have)\\s+not\\s+yet\\s+been\\s+delivered|"
	"will\\s+(?:be\\s+retried|retry|continue\\s+(?:delivery\\s+attempts|to\\s+(?:try|attempt)"
	"|trying))|temporary\\s+failure\\s+report|still\\s+(?:trying|being\\s+retried)|"
	"delivery\\s+attempts\\s+will\\s+continue|is\\s+delayed\\s+for|"
	"wird\\s+(?:\\S+\\s+){0,6}?(?:weiterhin|erneut)\\s+versucht|"
	"wordt\\s+(?:\\S+\\s+){0,6}?(?:opnieuw|nogmaals)\\s+geprobeerd|"
	"(?:nur|lediglich)\\s+eine\\s+warnung|(?:slechts|alleen)\\s+een\\s+waarschuwing|"
	"nouvelles?\\s+tentatives?|"
	/* "not yet delivered" and "delayed" in Dutch, German, French */
	"nog\\s+niet\\s+(?:\\S+\\s+){0,2}?(?:afgeleverd|bezorgd)|"
	"noch\\s+nicht\\s+(?:\\S+\\s+){0,2}?zugestellt|(?:is|wordt|werd)\\s+vertraagd|"
	"(?:wurde|ist|wird)\\s+verzögert|pas\\s+encore\\s+été\\s+(?:remis|distribué|délivré)",
	CI);

/* Text of a failure report. */
static DmPattern failure_text = DM_PATTERN(
	"could\\s+not\\s+be\\s+delivered|was\\s+not\\s+delivered|permanent(?:ly)?\\s+"
	"(?:error|fatal|failure|failed)|failed\\s+permanently|user\\s+unknown|unknown\\s+user|"
	"no\\s+such\\s+(?:user|mailbox|address|recipient)|does\\s+not\\s+exist|mailbox\\s+"
	"(?:unavailable|not\\s+found|full|is\\s+full)|recipient\\s+(?:address\\s+)?rejected|"
	"undeliverable|delivery\\s+(?:has\\s+)?failed|failed\\s+recipient|"
	"\\b5\\.\\d{1,3}\\.\\d{1,3}\\b|\\b55\\d[\\s-]|unable\\s+to\\s+deliver|"
	"(?:couldn't|cannot|can't|could\\s+not)\\s+(?:be\\s+)?deliver|returned\\s+to\\s+sender|"
	"address\\s+rejected|(?:wasn't|were\\s+unable|was\\s+unable)\\s+(?:able\\s+)?to\\s+"
	"deliver|error\\s+(?:delivering|sending)|did\\s+not\\s+reach|"
	"host\\s+not\\s+found|not\\s+delivered|rejected|blocked|quota\\s+exceeded|"
	"unknown\\s+recipient|name\\s+is\\s+not\\s+recognized|"
	"invalid\\s+(?:user|recipient|address|mailbox)|aborted\\s+after\\s+\\d|"
	/* Dutch, German, French */
	"kon\\s+niet\\s+worden\\s+(?:bezorgd|afgeleverd)|is\\s+niet\\s+(?:bezorgd|afgeleverd)|"
	"onbestelbaar|bezorging\\s+(?:is\\s+)?mislukt|ontvangers?\\s+niet\\s+bereikt|"
	"konnte\\s+nicht\\s+(?:\\S+\\s+){0,6}?zugestellt|nicht\\s+zustellbar|unzustellbar|"
	"zustellung\\s+(?:ist\\s+)?(?:fehlgeschlagen|gescheitert)|empfänger\\s+nicht\\s+erreicht|"
	"fehler\\s+bei\\s+der\\s+zustellung|"
	"n'a\\s+pas\\s+(?:pu\\s+)?être\\s+(?:remis|distribué|délivré)|impossible\\s+de\\s+"
	"(?:remettre|distribuer|délivrer)|non\\s+remis|échec\\s+de\\s+(?:la\\s+)?(?:remise|"
	"distribution|livraison)|remise\\s+a\\s+échoué|n'a\\s+pas\\s+pu\\s+atteindre|"
	/* Russian, Japanese */
	"не\\s+может\\s+быть\\s+доставлен|не\\s+доставлен|не\\s+удалось\\s+доставить|"
	"(?:配信|送信|配送|転送)(?:でき|出来)ませんでした|(?:配信|送信|配送)に失敗|宛先不明|"
	"届(?:き|け)ませんでした|届けられませんでした", CI);

/* What a server writes when it gave up after retrying (the report is final for the
 * message, the address may be fine). */
static DmPattern expiry_text = DM_PATTERN(
	"retry\\s+(?:timeout|time|period)\\s+(?:exceeded|expired)|in\\s+the\\s+queue\\s+too\\s+long|"
	"could\\s+not\\s+deliver\\s+for\\s+the\\s+last|cannot\\s+send\\s+message\\s+for\\s+\\d|"
	"envelope\\s+expired|message\\s+(?:has\\s+)?expired|expired\\s+after|"
	"not\\s+delivered\\s+within\\s+\\d|after\\s+(?:multiple|repeated|several)\\s+"
	"(?:retries|attempts)|too\\s+many\\s+retries|maximum\\s+(?:retry|delivery|queue)\\s+time|"
	"message\\s+timed\\s+out|\\bdeferred:\\s|aborted\\s+after\\s+\\d|"
	/* Exim, when every host of the domain has been down for longer than its retry rules
	 * allow: no server ever judged the address. */
	"all\\s+hosts\\s+(?:\\S+\\s+){0,5}?failing\\s+for\\s+a\\s+long\\s+time|"
	"retry\\s+time\\s+not\\s+reached", CI);

/* What a server writes when it never reached the recipient's server at all (no answer,
 * refused or dropped connections, a network that cannot route there).  Servers queue such
 * mail and retry for days before they report it, however they word the report ("failed
 * permanently"): with no 5.x.x / 5yz code from the far side it is an expiry, since no
 * server ever judged the address.  A domain that does not exist ("host not found", no MX)
 * is not among these: DNS answered, and that is final. */
static DmPattern unreached_text = DM_PATTERN(
	"did\\s+not\\s+accept\\s+(?:our\\s+)?(?:requests?|attempts?)\\s+to\\s+connect|"
	"connection\\s+(?:timed\\s+out|time-?out|refused|reset|closed|lost|dropped)|"
	"(?:host|server|destination|network)\\s+(?:is\\s+)?(?:not\\s+reachable|unreachable)|"
	"no\\s+route\\s+to\\s+host|socket\\s+error|"
	"(?:could\\s+not|couldn't|unable\\s+to|cannot|can't|failed\\s+to)\\s+(?:connect|"
	"establish\\s+(?:an?\\s+)?(?:smtp\\s+)?connection)|no\\s+answer\\s+from\\s+host|"
	"timed\\s+out\\s+while\\s+(?:connecting|receiving|sending|talking)|"
	/* Dutch, German, French */
	"verbinding\\s+(?:\\S+\\s+){0,4}?(?:mislukt|geweigerd|verlopen|verbroken)|"
	"(?:server|host)\\s+(?:is\\s+)?niet\\s+bereikbaar|"
	"verbindung\\s+(?:\\S+\\s+){0,4}?(?:fehlgeschlagen|abgelehnt|abgebrochen|"
	"zeitüberschreitung)|(?:server|host)\\s+(?:ist\\s+)?nicht\\s+erreichbar|"
	"connexion\\s+(?:\\S+\\s+){0,4}?(?:refusée|expirée|impossible|interrompue)|"
	"(?:serveur|hôte)\\s+(?:est\\s+)?injoignable", CI);

/* What a server writes to warn the owner of a mailbox that it is (nearly) full: a quota
 * warning, "your mailbox is 91% full", "has reached 85% of its quota", "Uw postvak is bijna
 * vol", "Ihr Postfach ist voll".  A report about a debtor's full mailbox speaks of the
 * recipient's mailbox, never of the reader's own ("your"), and lists the address. */
static DmPattern own_quota = DM_PATTERN(
	"quota[-\\s]+warn|"
	"\\b(?:your|uw|je|jouw|ihr|dein|votre|ta)\\s+(?:e-?mail\\s*)?(?:mailbox|postvak|"
	"postbus|postfach|bo[iî]te(?:\\s+aux\\s+lettres|\\s+mail)?|account|quota|"
	"speicherplatz)\\s+(?:\\S+\\s+){0,4}?(?:full|vol|voll|plein|\\d{1,3}\\s?%)|"
	"reached\\s+\\d{1,3}\\s?%\\s+of\\s+(?:its|your|the)\\s+(?:\\S+\\s+){0,2}?quota|"
	"quota\\s+(?:limit\\s+)?(?:almost|nearly)\\s+reached", CI | PCRE2_UTF);

/* What a challenge-response filter asks of the sender: to prove to be a person before the
 * mail is let through ("confirm you are human", "bevestigen dat u een mens bent",
 * "bestätigen Sie, dass Sie ein Mensch sind").  It holds the mail; it refused nothing. */
static DmPattern challenge = DM_PATTERN(
	"(?:confirm|verify|prove|bevestig|bestätig|confirmez|vérifiez)\\w*\\s+(?:\\S+\\s+){0,8}?"
	"(?:human|a\\s+real\\s+person|not\\s+a\\s+(?:robot|machine|spammer)|mens|mensch|"
	"humain|echte?\\s+persoon)\\b", CI | PCRE2_UTF);

/* An MTA's transcript of an SMTP session for its own administrator, as Postfix mails it to
 * the postmaster (notify_classes: "Postfix SMTP server: errors from …", "Postfix SMTP
 * client: errors from …"): "Transcript of session follows." over the chat, " In:" what the
 * other side sent, " Out:" what the server answered.  Sendmail's reports to the sender say
 * "----- Transcript of session follows -----" over ">>>" and "<<<" lines. */
static DmPattern transcript_heading = DM_PATTERN(
	"^[ \\t]*Transcript\\s+of\\s+session\\s+follows\\.[ \\t]*$", CIM);
static DmPattern transcript_in = DM_PATTERN("^[ \\t]+In:[ \\t]", CIM);
static DmPattern transcript_out = DM_PATTERN("^[ \\t]+Out:[ \\t]", CIM);

/* Status codes: enhanced (RFC 3463, "5.1.1", "#4.4.1") and basic SMTP replies ("550 ",
 * "421-").  Group 1: the class digit of an enhanced code; group 2: of a basic reply. */
static DmPattern status_code = DM_PATTERN(
	"(?<![\\w.])([245])\\.\\d{1,3}\\.\\d{1,3}(?![\\w.])|"
	"(?:^|(?<=[\\s(\\[:#]))([45])\\d\\d(?=[\\s-])", CIM);

/* The fixed opening sentences of each MTA's reports (what it always writes, whatever
 * the failure), one row per MTA. */
typedef struct {
	const char *mta;
	DmPattern opening;
} MtaOpening;

static MtaOpening mta_openings[] = {
	/* qmail and the hosted services built on it */
	{ "qmail", DM_PATTERN("^\\s*Hi\\.\\s+This\\s+is\\s+the\\s+qmail(?:-send)?\\s+program|"
	                      "^\\s*I'm\\s+afraid\\s+I\\s+wasn't\\s+able\\s+to\\s+deliver|"
	                      "^\\s*Unable\\s+to\\s+deliver\\s+(?:the\\s+)?message\\s+to\\s+the\\s+"
	                      "following\\s+address", CIM) },
	{ "exim", DM_PATTERN("^\\s*This\\s+message\\s+was\\s+created\\s+automatically\\s+by\\s+"
	                     "mail\\s+delivery\\s+software", CIM) },
	{ "postfix", DM_PATTERN("^\\s*This\\s+is\\s+the\\s+mail\\s+system\\s+at\\s+host", CIM) },
	{ "sendmail", DM_PATTERN("^\\s*The\\s+original\\s+message\\s+was\\s+received\\s+at|"
	                         "^\\s*-+\\s*Transcript\\s+of\\s+session\\s+follows\\s*-+", CIM) },
	{ "exchange", DM_PATTERN("^\\s*Your\\s+message\\s+did\\s+not\\s+reach\\s+some\\s+or\\s+"
	                         "all\\s+of\\s+the\\s+intended\\s+recipients|"
	                         "^\\s*Your\\s+message\\s*\\n(?:.*\\n){0,6}?\\s*did\\s+not\\s+reach\\s+"
	                         "the\\s+following|"
	                         "^\\s*Delivery\\s+has\\s+failed\\s+to\\s+these\\s+recipients|"
	                         /* the same NDRs in Dutch, German, French */
	                         "^\\s*Uw\\s+bericht\\s+heeft\\s+sommige\\s+of\\s+alle\\s+"
	                         "ontvangers\\s+niet\\s+bereikt|^\\s*(?:De\\s+)?bezorging\\s+is\\s+mislukt\\s+"
	                         "voor\\s+deze\\s+(?:ontvangers|geadresseerden)|^\\s*Ihre\\s+Nachricht\\s+hat\\s+einige"
	                         "\\s+oder\\s+alle\\s+Empfänger\\s+nicht\\s+erreicht|^\\s*(?:Fehler\\s+"
	                         "bei\\s+der\\s+Zustellung\\s+an|Die\\s+Zustellung\\s+an)\\s+"
	                         "(?:folgende|diese)\\s+Empfänger|^\\s*La\\s+remise\\s+a\\s+échoué\\s+"
	                         "pour\\s+ces\\s+destinataires|^\\s*Votre\\s+message\\s+n'a\\s+pas\\s+"
	                         "pu\\s+atteindre", CIM) },
	{ "gmail", DM_PATTERN("^\\s*Delivery\\s+to\\s+the\\s+following\\s+recipients?\\s+"
	                      "(?:failed|has\\s+been\\s+delayed)|^\\s*This\\s+is\\s+an\\s+"
	                      "automatically\\s+generated\\s+Delivery\\s+Status\\s+Notification",
	                      CIM) },
	{ "yahoo", DM_PATTERN("^\\s*Sorry,\\s+we\\s+were\\s+unable\\s+to\\s+deliver\\s+your\\s+"
	                      "message", CIM) },
	{ "domino", DM_PATTERN("^\\s*Your\\s+message\\s*\\n(?:.*\\n){0,6}?\\s*was\\s+not\\s+"
	                       "delivered\\s+to|^\\s*-+\\s*Failure\\s+Reasons\\s*-+", CIM) },
	{ "groupwise", DM_PATTERN("^\\s*The\\s+message\\s+that\\s+you\\s+sent\\s+was\\s+"
	                          "undeliverable\\s+to\\s+the\\s+following", CIM) },
	{ "courier", DM_PATTERN("running\\s+the\\s+Courier\\s+mail\\s+server|^\\s*Your\\s+message"
	                        "\\s+to\\s+the\\s+following\\s+recipients\\s+cannot\\s+be\\s+"
	                        "delivered", CIM) },
	{ "opensmtpd", DM_PATTERN("^\\s*This\\s+is\\s+the\\s+MAILER-DAEMON,\\s+please\\s+DO\\s+"
	                          "NOT\\s+REPLY", CIM) },
	{ "dma", DM_PATTERN("^\\s*This\\s+is\\s+the\\s+DragonFly\\s+Mail\\s+Agent", CIM) },
	{ "mcafee", DM_PATTERN("^\\s*-+\\s*The\\s+following\\s+addresses\\s+had\\s+delivery\\s+"
	                       "problems\\s*-+", CIM) },
};

/* Words that say the message itself expired in the queue ("Message expired",
 * "QUEUE.Expired", "expired after 2 days"): Exchange Online gives such an expiry a
 * permanent-looking routing code (550 5.4.316 "Message expired, connection refused",
 * 5.4.312 "Message expired, DNS query failed", 5.4.300).  Not "the domain has expired": a
 * domain's registration is about the address. */
static DmPattern message_expired = DM_PATTERN(
	"(?:message|queue)[.\\s]+expired|expired\\s+(?:after|in\\s+(?:the\\s+)?queue)|"
	"delivery\\s+time\\s+expired", CI);

gboolean
dm_bounce_text_expired_routing(const char *status, const char *words, gsize len)
{
	DmMatch m;
	return g_str_has_prefix(status, "5.4.") && words &&
	       dm_pattern_match(&message_expired, words, len, 0, &m);
}

/* The hardest status class among the codes @text gives: '5', '4' or 0 for none. */
static char
hardest_code(const char *text)
{
	gsize len = strlen(text);
	char hardest = 0;
	DmMatch m;
	for (gsize from = 0; dm_pattern_match(&status_code, text, len, from, &m);
	     from = dm_match_next(&m, len)) {
		int g = dm_match_has(&m, 1) ? 1 : 2;
		char c = text[m.start[g]];
		/* X.4.7, "delivery time expired" (RFC 3463): an expiry whatever its class; X.0.0,
		 * "undefined", says nothing either way (Exim's Status: 5.0.0 of every failure). */
		if (g == 1 && c == '5' && strncmp(text + m.start[g] + 1, ".4.7", 4) == 0 &&
		    m.end[0] - m.start[0] == 5)
			c = '4';
		if (g == 1 && c == '5' && strncmp(text + m.start[g] + 1, ".0.0", 4) == 0 &&
		    m.end[0] - m.start[0] == 5)
			continue;
		/* A routing code, alone or after its basic reply ("550 5.4.300"), on a line
		 * that says the message expired: an expiry. */
		const char *rest = text + m.end[0];
		const char *eol = strchr(rest, '\n');
		const char *code = text + m.start[0];
		if (g == 2)
			for (code = rest; *code == ' ' || *code == '-'; code++)
				;
		if (c == '5' && dm_bounce_text_expired_routing(code, rest, eol ? (gsize) (eol - rest)
		                                                               : strlen(rest)))
			c = '4';
		if (c == '5')
			return '5';
		if (c == '4')
			hardest = '4';
	}
	return hardest;
}

/* Offset in @text of the first returned header block, or strlen(@text): the report's own
 * words stand before it. */
static gsize returned_block_start(const char *text);

DmBounceKind
dm_bounce_text_kind(const char *subject, const char *text, const char **rule)
{
	*rule = NULL;
	if (dm_pattern_found(&delay_subject, subject)) {
		*rule = "subject_delay";
		return DM_BOUNCE_DELAYED;
	}
	/* Only the report's own words: the returned message below them says anything. */
	g_autofree char *own = text ? g_strndup(text, returned_block_start(text)) : g_strdup("");
	DmBounceKind kind = DM_BOUNCE_NONE;
	if (dm_pattern_found(&failure_subject, subject)) {
		*rule = "subject_failure";
		kind = DM_BOUNCE_FAILED;
	} else if (dm_pattern_found(&delay_text, own)) {
		*rule = "report_delay_text";
		return DM_BOUNCE_DELAYED;
	} else if (dm_pattern_found(&failure_text, own)) {
		*rule = "report_failure_text";
		kind = DM_BOUNCE_FAILED;
	}
	if (kind == DM_BOUNCE_NONE)
		return kind;
	/* A permanent code decides; "gave up", a server never reached or temporary codes
	 * alone make an expiry. */
	char code = hardest_code(own);
	if (code != '5' && (code == '4' || dm_pattern_found(&expiry_text, own))) {
		*rule = "report_expired";
		return DM_BOUNCE_EXPIRED;
	}
	if (code != '5' && dm_pattern_found(&unreached_text, own)) {
		*rule = "report_unreached";
		return DM_BOUNCE_EXPIRED;
	}
	return kind;
}

gboolean
dm_bounce_text_challenge(const char *text)
{
	g_autofree char *own = text ? g_strndup(text, returned_block_start(text)) : NULL;
	return dm_pattern_found(&challenge, own);
}

gboolean
dm_bounce_text_session_transcript(const char *text)
{
	g_autofree char *own = text ? g_strndup(text, returned_block_start(text)) : NULL;
	return dm_pattern_found(&transcript_heading, own) && dm_pattern_found(&transcript_in, own) &&
	       dm_pattern_found(&transcript_out, own);
}

gboolean
dm_bounce_text_own_quota(const char *subject, const char *text)
{
	g_autofree char *own = text ? g_strndup(text, returned_block_start(text)) : NULL;
	return dm_pattern_found(&own_quota, subject) || dm_pattern_found(&own_quota, own);
}

gboolean
dm_bounce_text_gave_up(const char *text)
{
	g_autofree char *own = text ? g_strndup(text, returned_block_start(text)) : g_strdup("");
	return hardest_code(own) != '5' && (dm_pattern_found(&expiry_text, own) || dm_pattern_found(&unreached_text, own));
}

static gpointer
build_line_openings(gpointer pattern)
{
	GString *source = g_string_new(NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(mta_openings); i++) {
		DmPattern *row = &mta_openings[i].opening;
		/* One set of flags for all, or the union would not match what each does. */
		g_assert(row->flags == CIM);
		if (dm_pattern_starts_lines(row))
			g_string_append_printf(source, "%s(?:%s)", source->len ? "|" : "",
			                       row->source);
	}
	dm_pattern_init(pattern, g_string_free(source, FALSE), CIM);
	return pattern;
}

/* (transfer none) the openings of every row whose opening starts a line, in one pattern:
 * it matches where one of theirs does (the rows have no numbered back-references, and
 * the same flags), and PCRE2 tries it at line starts only.  Most messages are a
 * person's, whose text one pass over its lines then clears, where the rows one by one
 * passed over it once a row. */
static DmPattern *
line_openings(void)
{
	static DmPattern pattern;
	static GOnce once = G_ONCE_INIT;
	return g_once(&once, build_line_openings, &pattern);
}

/* Whether some row's opening stands in @text (@len bytes). */
static gboolean
any_opening(const char *text, gsize len)
{
	DmMatch m;
	if (dm_pattern_match(line_openings(), text, len, 0, &m))
		return TRUE;
	for (gsize i = 0; i < G_N_ELEMENTS(mta_openings); i++)
		if (!dm_pattern_starts_lines(&mta_openings[i].opening) &&
		    dm_pattern_match(&mta_openings[i].opening, text, len, 0, &m))
			return TRUE;
	return FALSE;
}

gboolean
dm_bounce_text_mta(const char *text, const char **mta)
{
	*mta = NULL;
	gsize len = strnlen(text, MTA_OPENING_REACH);
	/* Cut at a line end so that no sentence is matched half. */
	while (len > 0 && text[len] != '\0' && text[len - 1] != '\n')
		len--;
	if (!any_opening(text, len))
		return FALSE;
	DmMatch m;
	/* The first row whose opening the text holds names the MTA, as before. */
	for (gsize i = 0; i < G_N_ELEMENTS(mta_openings); i++) {
		if (dm_pattern_match(&mta_openings[i].opening, text, len, 0, &m)) {
			*mta = mta_openings[i].mta;
			return TRUE;
		}
	}
	return FALSE;
}

/* An address as MTAs list failed recipients: "<a@b>:" or "a@b:" or "a@b" alone opening a
 * line, or after a label and a colon, or in the cell after a label's (an HTML report's
 * table: "Ontvanger<TAB>a@b"), or anywhere in <> (but not after a message-ID's label:
 * "Bericht-ID<TAB><dm.12.ab@…>" is no address), or after "undeliverable to",
 * "delivering your mail to", "Your message to", "Uw bericht aan", Domino's "nicht
 * zugestellt an:". */
#define ADDR "[A-Za-z0-9._%+=&'/!#$*?^`{|}~-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"
static DmPattern listed_recipient = DM_PATTERN(
	"^[ \\t]*<?(" ADDR ")(?![A-Za-z0-9-]|\\.[A-Za-z0-9])|"
	"(?:recipient|address|adres|empfänger|destinataire|ontvanger|rcpt\\s+to|\\bto|user|"
	"delivered\\s+to|zugestellt\\s+an)(?![^\\n:]{0,30}(?:sender|afzender|absender|exp[ée]diteur))"
	"(?:[^\\n:\\t]{0,30}:|[ ]*\\t)\\s*<?(" ADDR ")>?|"
	"(?<!id:\\s)(?<!id\\t)(?<!id:\\t)<(" ADDR ")>|"
	"(?:deliver(?:ed|ing|y)?|undeliverable|sent|message|bericht|nachricht)\\s+"
	"(?:[\\w-]+\\s+){0,3}?(?:to|aan|an)\\s+<?(" ADDR ")", CIM);

/* The addresses the report lists (listed_recipient), none of @not_these. */
void
dm_bounce_text_recipients(const char *text, const char *const *not_these, GPtrArray *out)
{
	gsize len = returned_block_start(text);
	DmMatch m;
	for (gsize from = 0; out->len < DM_BOUNCE_TEXT_MAX_RECIPIENTS &&
	     dm_pattern_match(&listed_recipient, text, len, from, &m);
	     from = dm_match_next(&m, len)) {
		/* Groups 1-4: the address in each of the four ways of listing it. */
		for (int g = 1; g < 5; g++) {
			g_autofree char *raw = dm_match_group(&m, g);
			g_autofree char *addr = raw ? dm_address_normalize(raw) : NULL;
			if (addr == NULL)
				continue;
			gboolean excluded = g_str_has_prefix(addr, "mailer-daemon@");
			for (gsize i = 0; !excluded && not_these && not_these[i]; i++)
				excluded = dm_address_same_mailbox(addr, not_these[i]);
			for (guint i = 0; !excluded && i < out->len; i++)
				excluded = strcmp(addr, g_ptr_array_index(out, i)) == 0;
			if (!excluded)
				g_ptr_array_add(out, g_steal_pointer(&addr));
			break;
		}
	}
}

/* A failed address and, on its line or the next, the address it was made from: Exim's
 * "(generated from orders@…)", Postfix's "(expanded from <info@…>)".  Group 1 the failed
 * address, group 2 the one it came from. */
static DmPattern alias_origin = DM_PATTERN(
	"<?(" ADDR ")>?[ \\t]*(?:\\n[ \\t]*)?\\((?:generated|expanded)\\s+from\\s+<?(" ADDR ")>?\\)",
	CI);

char *
dm_bounce_text_alias_origin(const char *text, const char *recipient)
{
	gsize len = returned_block_start(text);
	DmMatch m;
	for (gsize from = 0; dm_pattern_match(&alias_origin, text, len, from, &m);
	     from = dm_match_next(&m, len)) {
		g_autofree char *made = dm_match_group(&m, 1);
		if (g_ascii_strcasecmp(made, recipient) != 0)
			continue;
		g_autofree char *origin = dm_match_group(&m, 2);
		return dm_address_normalize(origin);
	}
	return NULL;
}

/* Header lines: a field name and a colon opening the line; folded lines go on with white
 * space. */
static DmPattern header_line = DM_PATTERN("^[A-Za-z][A-Za-z0-9-]{0,62}:", 0);
static DmPattern core_header = DM_PATTERN(
	"^(?:Received|From|To|Subject|Date|Return-Path):", CI);
static DmPattern message_id_line = DM_PATTERN(
	"^Message-ID:\\s*(<[^<>\\s]{3,250}>)", CI);

/* The first header block in @text that holds a Message-ID and a core header: its start
 * (*@start) and, when @message_id is set, its Message-ID and single To. */
static gboolean
find_returned(const char *text, gsize *start, char **message_id, char **to)
{
	gsize block = 0;          /* start of the current run of header lines */
	gboolean in_block = FALSE, has_core = FALSE;
	g_autofree char *id = NULL;
	g_autofree char *to_line = NULL;
	const char *line = text;
	while (*line) {
		const char *nl = strchr(line, '\n');
		gsize n = nl ? (gsize) (nl - line) : strlen(line);
		DmMatch m;
		gboolean folded = in_block && n > 0 && (line[0] == ' ' || line[0] == '\t');
		if (folded) {
			/* part of the field above */
		} else if (n > 0 && dm_pattern_match(&header_line, line, n, 0, &m)) {
			if (!in_block) {
				in_block = TRUE;
				block = (gsize) (line - text);
				has_core = FALSE;
				g_clear_pointer(&id, g_free);
				g_clear_pointer(&to_line, g_free);
			}
			has_core |= dm_pattern_match(&core_header, line, n, 0, &m);
			if (!id && dm_pattern_match(&message_id_line, line, n, 0, &m))
				id = dm_match_group(&m, 1);
			if (!to_line && g_ascii_strncasecmp(line, "To:", 3) == 0)
				to_line = g_strndup(line + 3, n - 3);
		} else {
			if (in_block && id && has_core)
				break;
			in_block = FALSE;
		}
		line += n + (nl ? 1 : 0);
	}
	if (!(in_block && id && has_core))
		return FALSE;
	*start = block;
	if (message_id) {
		*message_id = g_steal_pointer(&id);
		/* One address only: a To of several does not say which one failed. */
		if (to_line && !strchr(to_line, ','))
			*to = dm_address_normalize(to_line);
	}
	return TRUE;
}

static gsize
returned_block_start(const char *text)
{
	gsize start;
	return find_returned(text, &start, NULL, NULL) ? start : strlen(text);
}

/* Words that say the address written to was forwarded or expanded on the way: a
 * forward's, an alias's, a forwarding service's rewritten sender (SRS). */
static DmPattern forwarding = DM_PATTERN(
	"forward|generated\\s+from|expanded\\s+from|weitergeleitet|weiterleitung|doorgestuurd|"
	"doorsturen|transf[ée]r[ée]|redirect|\\bSRS[01]=", CI | PCRE2_UTF);

/* Read in the report's own words and the returned message's header block, never in the
 * returned message's body: a reminder that asks to be forwarded to the bookkeeper says
 * nothing of the way the mail went. */
gboolean
dm_bounce_text_forwarded(const char *text)
{
	if (text == NULL)
		return FALSE;
	gsize len = strlen(text), start = returned_block_start(text);
	const char *body = start < len ? strstr(text + start, "\n\n") : NULL;
	if (body)
		len = (gsize) (body - text);
	DmMatch m;
	return dm_pattern_match(&forwarding, text, len, 0, &m);
}

/* A message-ID under a label of its own in a report's words ("Message-ID: <…>", an HTML
 * report's "Bericht-ID<TAB><…>", "Nachrichten-ID", "Original Message ID"): the returned
 * message's, since a report's own ID stands in its header, never in its text. */
static DmPattern labelled_id = DM_PATTERN(
	"(?:^|\\t)[ \\t]*(?:original[ \\t]+)?(?:message|bericht|nachrichten)[- ]?id[ \\t]*(?::[ \\t]*|\\t[ \\t]*)"
	"(<[^<>\\s]{3,250}@[^<>\\s]{1,250}>)", CI | PCRE2_MULTILINE);

char *
dm_bounce_text_labelled_id(const char *text)
{
	DmMatch m;
	if (!dm_pattern_match(&labelled_id, text, strlen(text), 0, &m))
		return NULL;
	return dm_match_group(&m, 1);
}

gboolean
dm_bounce_text_returned(const char *text, char **message_id, char **to)
{
	*message_id = NULL;
	*to = NULL;
	gsize start;
	return find_returned(text, &start, message_id, to);
}
