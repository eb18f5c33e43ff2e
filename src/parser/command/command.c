/* command: the owner's command lines read into DmCommand (dm-command.h).  Words are
 * looked up in small tables, one per role, so that a synonym is one more row. */
#include "parser/command/dm-command.h"
#include "parser/text/dm-dates.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"
#include "common/dm-sanitize.h"

#include <string.h>

/* The largest amount a command may name: a typo of many digits is refused, not paid. */
#define MAX_AMOUNT_CENTS G_GINT64_CONSTANT(100000000000)
#define MAX_INSTALMENTS 60

typedef struct {
	const char *word;
	int value;
} Word;

static const Word invoice_verbs[] = {
	{ "paid", DM_COMMAND_PAID }, { "betaald", DM_COMMAND_PAID },
	{ "bezahlt", DM_COMMAND_PAID },
	{ "resolve", DM_COMMAND_RESOLVE }, { "resolved", DM_COMMAND_RESOLVE },
	{ "opgelost", DM_COMMAND_RESOLVE }, { "erledigt", DM_COMMAND_RESOLVE },
	{ "gelöst", DM_COMMAND_RESOLVE },
	{ "resume", DM_COMMAND_RESUME }, { "hervat", DM_COMMAND_RESUME },
	{ "hervatten", DM_COMMAND_RESUME }, { "fortsetzen", DM_COMMAND_RESUME },
	{ "writeoff", DM_COMMAND_WRITEOFF }, { "write-off", DM_COMMAND_WRITEOFF },
	{ "afschrijven", DM_COMMAND_WRITEOFF }, { "afboeken", DM_COMMAND_WRITEOFF },
	{ "abschreiben", DM_COMMAND_WRITEOFF },
	{ "stop", DM_COMMAND_PAUSE }, { "pause", DM_COMMAND_PAUSE },
	{ "pauzeer", DM_COMMAND_PAUSE }, { "pauzeren", DM_COMMAND_PAUSE },
	{ "stopp", DM_COMMAND_PAUSE }, { "stoppen", DM_COMMAND_PAUSE },
	{ "pausiere", DM_COMMAND_PAUSE }, { "pausieren", DM_COMMAND_PAUSE },
	{ "plan", DM_COMMAND_PLAN }, { "regeling", DM_COMMAND_PLAN },
	{ "betalingsregeling", DM_COMMAND_PLAN }, { "ratenplan", DM_COMMAND_PLAN },
	{ "ratenzahlung", DM_COMMAND_PLAN },
};

/* The class words of "R12 [is] CLASS": the ledger's names and what an owner types. */
static const Word class_words[] = {
	{ "other", DM_REPLY_CLASS_OTHER }, { "overig", DM_REPLY_CLASS_OTHER },
	{ "anders", DM_REPLY_CLASS_OTHER }, { "sonstiges", DM_REPLY_CLASS_OTHER },
	{ "dispute", DM_REPLY_CLASS_DISPUTE }, { "betwist", DM_REPLY_CLASS_DISPUTE },
	{ "betwisting", DM_REPLY_CLASS_DISPUTE }, { "geschil", DM_REPLY_CLASS_DISPUTE },
	{ "einspruch", DM_REPLY_CLASS_DISPUTE }, { "widerspruch", DM_REPLY_CLASS_DISPUTE },
	{ "promise", DM_REPLY_CLASS_PROMISE_TO_PAY },
	{ "promise_to_pay", DM_REPLY_CLASS_PROMISE_TO_PAY },
	{ "promise-to-pay", DM_REPLY_CLASS_PROMISE_TO_PAY },
	{ "belofte", DM_REPLY_CLASS_PROMISE_TO_PAY }, { "toezegging", DM_REPLY_CLASS_PROMISE_TO_PAY },
	{ "zusage", DM_REPLY_CLASS_PROMISE_TO_PAY },
	{ "zahlungszusage", DM_REPLY_CLASS_PROMISE_TO_PAY },
	{ "paid", DM_REPLY_CLASS_PAID }, { "betaald", DM_REPLY_CLASS_PAID },
	{ "bezahlt", DM_REPLY_CLASS_PAID },
	{ "arrangement", DM_REPLY_CLASS_ARRANGEMENT }, { "regeling", DM_REPLY_CLASS_ARRANGEMENT },
	{ "ratenzahlung", DM_REPLY_CLASS_ARRANGEMENT },
	{ "question", DM_REPLY_CLASS_QUESTION }, { "vraag", DM_REPLY_CLASS_QUESTION },
	{ "frage", DM_REPLY_CLASS_QUESTION },
	{ "auto_reply", DM_REPLY_CLASS_AUTO_REPLY }, { "auto-reply", DM_REPLY_CLASS_AUTO_REPLY },
	{ "autoreply", DM_REPLY_CLASS_AUTO_REPLY }, { "afwezig", DM_REPLY_CLASS_AUTO_REPLY },
	{ "abwesend", DM_REPLY_CLASS_AUTO_REPLY },
};

/* "R12 not-a-dispute", written with dashes or spaces: the words after the id joined. */
static const char *const not_dispute[] = {
	"not-a-dispute", "no-dispute", "geen-geschil", "geen-betwisting", "kein-einspruch",
	"kein-widerspruch",
};

static const char *const is_words[] = { "is", "ist", "=" };
static const char *const until_words[] = { "until", "tot", "bis" };
static const char *const from_words[] = { "from", "vanaf", "per", "ab" };
static const Word periods[] = {
	{ "monthly", DM_COMMAND_PLAN_MONTHLY }, { "maandelijks", DM_COMMAND_PLAN_MONTHLY },
	{ "monatlich", DM_COMMAND_PLAN_MONTHLY },
	{ "weekly", DM_COMMAND_PLAN_WEEKLY }, { "wekelijks", DM_COMMAND_PLAN_WEEKLY },
	{ "wöchentlich", DM_COMMAND_PLAN_WEEKLY },
};
static const char *const debtor_pause_words[] = { "pause", "pauzeer", "pausiere", "pausieren" };

static gboolean
lookup(const Word *table, gsize n, const char *word, int *value)
{
	for (gsize i = 0; i < n; i++)
		if (strcmp(table[i].word, word) == 0) {
			*value = table[i].value;
			return TRUE;
		}
	return FALSE;
}

static gboolean
one_of(const char *const *set, gsize n, const char *word)
{
	for (gsize i = 0; i < n; i++)
		if (strcmp(set[i], word) == 0)
			return TRUE;
	return FALSE;
}

#define LOOKUP(table, word, value) lookup(table, G_N_ELEMENTS(table), word, value)
#define ONE_OF(set, word) one_of(set, G_N_ELEMENTS(set), word)

void
dm_command_free(DmCommand *cmd)
{
	if (!cmd)
		return;
	g_free(cmd->number);
	g_free(cmd->address);
	g_free(cmd->reason);
	g_free(cmd);
}

void
dm_command_line_free(DmCommandLine *line)
{
	if (!line)
		return;
	g_free(line->text);
	dm_command_free(line->command);
	g_free(line->why);
	g_free(line);
}

/* The words of one line: the originals (for numbers, addresses and reasons) and their
 * case-folded forms (for the tables). */
typedef struct {
	char **orig;
	char **low;
	guint n;
} Words;

static void
words_clear(Words *w)
{
	g_strfreev(w->orig);
	g_strfreev(w->low);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Words, words_clear)

static void
words_split(const char *line, Words *w)
{
	g_auto(GStrv) parts = g_strsplit_set(line, " \t", -1);
	GPtrArray *orig = g_ptr_array_new();
	GPtrArray *low = g_ptr_array_new();
	for (char **p = parts; *p; p++) {
		if (!**p)
			continue;
		g_ptr_array_add(orig, g_strdup(*p));
		g_ptr_array_add(low, g_utf8_strdown(*p, -1));
	}
	w->n = orig->len;
	g_ptr_array_add(orig, NULL);
	g_ptr_array_add(low, NULL);
	w->orig = (char **) g_ptr_array_free(orig, FALSE);
	w->low = (char **) g_ptr_array_free(low, FALSE);
}

/* (transfer full) a word shown in a reason: sanitized and short. */
static char *
shown(const char *word)
{
	return dm_sanitize_oneline(word, 40);
}

static gboolean
fail(char **why, const char *fmt, ...) G_GNUC_PRINTF(2, 3);

static gboolean
fail(char **why, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	*why = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	return FALSE;
}

/* A whole date with a year in one word. */
static gboolean
read_date(const char *word, GDate *out)
{
	DmDateParts p;
	return dm_date_read(word, &p) && p.year != 0 && dm_date_set(out, p.day, p.month, p.year);
}

static gboolean
date_or_fail(const char *word, GDate *out, char **why)
{
	if (read_date(word, out))
		return TRUE;
	g_autofree char *w = shown(word);
	return fail(why, "'%s' is not a date (expected YYYY-MM-DD or DD-MM-YYYY, with the year)", w);
}

static gboolean
read_amount(const char *word, gint64 *cents)
{
	const char *t = word;
	if (g_str_has_prefix(t, "€"))
		t += strlen("€");
	else if (g_ascii_strncasecmp(t, "eur", 3) == 0)
		t += 3;
	return dm_money_parse(t, MAX_AMOUNT_CENTS, cents);
}

static gboolean
is_reply_id(const char *word, gint64 *id)
{
	if (word[0] != 'R' && word[0] != 'r')
		return FALSE;
	for (const char *p = word + 1; *p; p++)
		if (!g_ascii_isdigit(*p))
			return FALSE;
	guint64 v;
	if (!g_ascii_string_to_unsigned(word + 1, 10, 1, G_MAXINT64, &v, NULL))
		return FALSE;
	*id = (gint64) v;
	return TRUE;
}

/* An invoice number as the owner copies it from the digest: a word with a digit and no
 * '@' ("2026-0042", "F123"), so that a word of a sentence is never taken for one. */
static gboolean
looks_like_invoice(const char *word)
{
	if (strchr(word, '@') || strlen(word) > 64)
		return FALSE;
	for (const char *p = word; *p; p++)
		if (g_ascii_isdigit(*p))
			return TRUE;
	return FALSE;
}

static gboolean
no_more(const Words *w, guint from, const char *after, char **why)
{
	if (from >= w->n)
		return TRUE;
	g_autofree char *extra = shown(w->orig[from]);
	return fail(why, "unexpected '%s' after '%s'", extra, after);
}

/* (transfer full) words @from.. of @w joined by one space; NULL when there are none. */
static char *
rest(const Words *w, guint from, guint to)
{
	if (from >= to)
		return NULL;
	g_autoptr(GString) s = g_string_new(NULL);
	for (guint i = from; i < to; i++)
		g_string_append_printf(s, "%s%s", i > from ? " " : "", w->orig[i]);
	return dm_sanitize_oneline(s->str, 200);
}

static gboolean
parse_reclassify(const Words *w, DmCommand *c, char **why)
{
	guint i = 1;
	c->verb = DM_COMMAND_RECLASSIFY;
	if (i >= w->n)
		return fail(why, "a class is missing after %s (e.g. \"%s promise 2026-04-01\", "
		            "\"%s is question\", \"%s not-a-dispute\")", w->orig[0], w->orig[0],
		            w->orig[0], w->orig[0]);
	if (ONE_OF(is_words, w->low[i]) && i + 1 < w->n)
		i++;
	g_autofree char *joined = g_strjoinv("-", w->low + i);
	if (ONE_OF(not_dispute, joined)) {
		c->klass = DM_REPLY_CLASS_OTHER;
		return TRUE;
	}
	int klass;
	if (i >= w->n || !LOOKUP(class_words, w->low[i], &klass)) {
		g_autofree char *word = shown(i < w->n ? w->orig[i] : "");
		return fail(why, "'%s' is not a class (expected dispute, promise, paid, arrangement, "
		            "question, auto_reply, other or not-a-dispute)", word);
	}
	c->klass = (DmReplyClass) klass;
	i++;
	if (i < w->n && !date_or_fail(w->orig[i++], &c->date, why))
		return FALSE;
	return no_more(w, i, w->orig[i - 1], why);
}

static gboolean
parse_paid(const Words *w, guint i, DmCommand *c, char **why)
{
	gboolean have_amount = FALSE, have_date = FALSE;
	for (; i < w->n; i++) {
		if (!have_date && read_date(w->orig[i], &c->date))
			have_date = TRUE;
		else if (!have_amount && read_amount(w->orig[i], &c->amount_cents))
			have_amount = TRUE;
		else {
			g_autofree char *word = shown(w->orig[i]);
			return fail(why, "'%s' is neither an amount (500.00 or 500,00, without grouping) "
			            "nor a date (YYYY-MM-DD)%s", word,
			            have_amount && have_date ? ", and both were given already" : "");
		}
	}
	return TRUE;
}

static gboolean
parse_pause(const Words *w, guint i, DmCommand *c, char **why)
{
	guint end = w->n;
	if (end >= i + 2 && ONE_OF(until_words, w->low[end - 2])) {
		if (!date_or_fail(w->orig[end - 1], &c->date, why))
			return FALSE;
		end -= 2;
	}
	c->reason = rest(w, i, end);
	if (!c->reason)
		return fail(why, "a reason is required after '%s' (\"%s stop disputed by phone\")",
		            w->orig[i - 1], c->number);
	return TRUE;
}

static gboolean
parse_plan(const Words *w, guint i, DmCommand *c, char **why)
{
	guint64 n;
	int period;
	if (i + 4 != w->n)
		return fail(why, "a plan is written \"%s plan 3 monthly from 2026-04-01\"", c->number);
	if (!g_ascii_string_to_unsigned(w->orig[i], 10, 2, MAX_INSTALMENTS, &n, NULL)) {
		g_autofree char *word = shown(w->orig[i]);
		return fail(why, "'%s' is not a number of instalments (2 to %d)", word,
		            MAX_INSTALMENTS);
	}
	if (!LOOKUP(periods, w->low[i + 1], &period)) {
		g_autofree char *word = shown(w->orig[i + 1]);
		return fail(why, "'%s' is not a period (expected monthly or weekly)", word);
	}
	if (!ONE_OF(from_words, w->low[i + 2])) {
		g_autofree char *word = shown(w->orig[i + 2]);
		return fail(why, "'%s': expected 'from' and the first instalment's date", word);
	}
	c->plan.instalments = (int) n;
	c->plan.period = (DmCommandPlanPeriod) period;
	return date_or_fail(w->orig[i + 3], &c->plan.first, why);
}

/* INVOICE VERB … (or VERB INVOICE …: @verb_at says where the verb is). */
static gboolean
parse_invoice(const Words *w, guint verb_at, int verb, DmCommand *c, char **why)
{
	guint number_at = verb_at == 0 ? 1 : 0;
	c->verb = (DmCommandVerb) verb;
	c->number = g_strdup(w->orig[number_at]);
	guint i = 2;
	switch (c->verb) {
	case DM_COMMAND_PAID:
		return parse_paid(w, i, c, why);
	case DM_COMMAND_RESOLVE:
	case DM_COMMAND_RESUME:
		return no_more(w, i, w->orig[1], why);
	case DM_COMMAND_WRITEOFF:
		c->reason = rest(w, i, w->n);
		return TRUE;
	case DM_COMMAND_PAUSE:
		return parse_pause(w, i, c, why);
	case DM_COMMAND_PLAN:
		return parse_plan(w, i, c, why);
	default:
		g_assert_not_reached();
	}
}

static gboolean
parse_debtor_pause(const Words *w, DmCommand *c, char **why)
{
	c->verb = DM_COMMAND_PAUSE_DEBTOR;
	c->address = g_utf8_strdown(w->orig[1], -1);
	if (w->n < 4 || !ONE_OF(until_words, w->low[2]))
		return fail(why, "a debtor is paused until a day: \"pause %s until 2026-05-01\"",
		            c->address);
	if (!date_or_fail(w->orig[3], &c->date, why))
		return FALSE;
	/* `dunmail debtor --pause-until` needs a reason: this one says where it came from. */
	c->reason = rest(w, 4, w->n);
	if (!c->reason)
		c->reason = g_strdup(DM_COMMAND_DEBTOR_PAUSE_REASON);
	return TRUE;
}

static gboolean
parse_words(const Words *w, DmCommand *c, char **why)
{
	int verb;
	if (is_reply_id(w->orig[0], &c->reply_id))
		return parse_reclassify(w, c, why);
	if (w->n >= 2 && ONE_OF(debtor_pause_words, w->low[0]) && strchr(w->orig[1], '@'))
		return parse_debtor_pause(w, c, why);
	if (w->n >= 2 && looks_like_invoice(w->orig[0]) && LOOKUP(invoice_verbs, w->low[1], &verb))
		return parse_invoice(w, 1, verb, c, why);
	if (w->n >= 2 && LOOKUP(invoice_verbs, w->low[0], &verb) && looks_like_invoice(w->orig[1]))
		return parse_invoice(w, 0, verb, c, why);
	g_autofree char *first = shown(w->orig[0]);
	if (w->n >= 2 && looks_like_invoice(w->orig[0])) {
		g_autofree char *second = shown(w->orig[1]);
		return fail(why, "'%s' is not a command (expected paid, resolve, resume, writeoff, "
		            "stop or plan after the invoice number)", second);
	}
	if (w->n == 1 && looks_like_invoice(w->orig[0]))
		return fail(why, "a command is missing after '%s'", first);
	if (LOOKUP(invoice_verbs, w->low[0], &verb))
		return fail(why, "'%s' needs an invoice number", first);
	return fail(why, "a line starts with a reply id (R12), an invoice number or 'pause', "
	            "not '%s'", first);
}

/* Bullets and closing punctuation an owner may type around a command. */
static char *
trimmed(const char *line)
{
	char *t = g_strstrip(g_strdup(line));
	gsize skip = 0;
	while (t[skip] == '-' || t[skip] == '*' || t[skip] == ' ')
		skip++;
	if (g_str_has_prefix(t + skip, "•"))
		skip += strlen("•");
	memmove(t, t + skip, strlen(t + skip) + 1);
	g_strstrip(t);
	gsize len = strlen(t);
	while (len > 0 && (t[len - 1] == '.' || t[len - 1] == '!' || t[len - 1] == ';'))
		t[--len] = '\0';
	return g_strstrip(t);
}

DmCommand *
dm_command_parse_line(const char *line, char **why)
{
	*why = NULL;
	g_return_val_if_fail(line != NULL, NULL);
	if (strlen(line) > DM_COMMAND_MAX_LINE) {
		*why = g_strdup_printf("the line is longer than %d characters", DM_COMMAND_MAX_LINE);
		return NULL;
	}
	if (!g_utf8_validate(line, -1, NULL)) {
		*why = g_strdup("the line is not UTF-8 text");
		return NULL;
	}
	g_autofree char *t = trimmed(line);
	g_auto(Words) w = { 0 };
	words_split(t, &w);
	if (w.n == 0)
		return NULL;
	g_autoptr(DmCommand) c = g_new0(DmCommand, 1);
	g_date_clear(&c->date, 1);
	g_date_clear(&c->plan.first, 1);
	if (!parse_words(&w, c, why))
		return NULL;
	return g_steal_pointer(&c);
}

/* (transfer full) @text as one shell word, quoted only when it has to be. */
static char *
arg(const char *text)
{
	gboolean plain = *text != '\0';
	for (const char *p = text; *p && plain; p++)
		plain = g_ascii_isalnum(*p) || strchr("@._+-/:,", *p);
	return plain ? g_strdup(text) : g_shell_quote(text);
}

char *
dm_command_cli(const DmCommand *c)
{
	g_autoptr(GString) s = g_string_new("dunmail ");
	g_autofree char *day = g_date_valid(&c->date) ? dm_date_iso(&c->date) : NULL;
	g_autofree char *number = c->number ? arg(c->number) : NULL;
	switch (c->verb) {
	case DM_COMMAND_RECLASSIFY:
		g_string_append_printf(s, "reclassify R%" G_GINT64_FORMAT " %s", c->reply_id,
		                       dm_reply_class_name(c->klass));
		break;
	case DM_COMMAND_PAID:
		g_string_append_printf(s, "paid %s", number);
		if (c->amount_cents > 0)
			g_string_append_printf(s, " --amount %" G_GINT64_FORMAT ".%02d",
			                       c->amount_cents / 100, (int) (c->amount_cents % 100));
		break;
	case DM_COMMAND_RESOLVE:
		g_string_append_printf(s, "resolve %s", number);
		break;
	case DM_COMMAND_RESUME:
		g_string_append_printf(s, "resume %s", number);
		break;
	case DM_COMMAND_WRITEOFF:
		g_string_append_printf(s, "writeoff %s", number);
		break;
	case DM_COMMAND_PAUSE:
		g_string_append_printf(s, "pause %s", number);
		break;
	case DM_COMMAND_PAUSE_DEBTOR: {
		g_autofree char *a = arg(c->address);
		g_string_append_printf(s, "debtor %s --pause-until %s", a, day);
		break;
	}
	case DM_COMMAND_PLAN: {
		g_autofree char *first = dm_date_iso(&c->plan.first);
		g_string_append_printf(s, "plan %s --instalments %d --every %s --from %s", number,
		                       c->plan.instalments,
		                       c->plan.period == DM_COMMAND_PLAN_WEEKLY ? "week" : "month", first);
		break;
	}
	}
	if (c->reason) {
		g_autofree char *r = arg(c->reason);
		g_string_append_printf(s, " --reason %s", r);
	}
	if (day && c->verb != DM_COMMAND_PAUSE_DEBTOR)
		g_string_append_printf(s, " --%s %s", c->verb == DM_COMMAND_PAUSE ? "until" : "date",
		                       day);
	return g_string_free(g_steal_pointer(&s), FALSE);
}

GPtrArray *
dm_command_parse_text(const char *text)
{
	GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify) dm_command_line_free);
	g_auto(GStrv) lines = g_strsplit(text ? text : "", "\n", -1);
	guint skipped = 0;
	for (char **l = lines; *l; l++) {
		/* Over-long lines stay over-long (refused), never cut into a shorter command. */
		gsize max = strlen(*l) > DM_COMMAND_MAX_LINE ? strlen(*l) + 8 : DM_COMMAND_MAX_LINE;
		g_autofree char *t = dm_sanitize_oneline(*l, max);
		if (!*g_strstrip(t))
			continue;
		if (out->len >= DM_COMMAND_MAX_LINES) {
			skipped++;
			continue;
		}
		DmCommandLine *line = g_new0(DmCommandLine, 1);
		line->text = g_strdup(t);
		line->command = dm_command_parse_line(t, &line->why);
		if (!line->command && !line->why) {
			dm_command_line_free(line);
			continue;
		}
		g_ptr_array_add(out, line);
	}
	if (skipped) {
		DmCommandLine *line = g_new0(DmCommandLine, 1);
		line->text = g_strdup_printf("(%u more lines)", skipped);
		line->why = g_strdup_printf("not read: at most %d lines are read from one reply",
		                            DM_COMMAND_MAX_LINES);
		g_ptr_array_add(out, line);
	}
	return out;
}
