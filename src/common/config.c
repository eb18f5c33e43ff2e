/* config: load and validate the GKeyFile shared by dunmail-milter, dunmaild and dunmail.
 *
 * Every key the programs know is in one table below, with its type and where it goes, so
 * that an unknown key is an error (a typo must not silently fall back to a default) and a
 * bad value names the file, the key and what was expected.
 */
#include <gio/gio.h>
#include "common/dm-config.h"
#include "common/dm-config-check.h"
#include "common/dm-ladder-config.h"
#include "common/dm-address.h"
#include "common/dm-verp.h"
#include "common/dm-spool.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>

G_DEFINE_QUARK(dm-config-error-quark, dm_config_error)

typedef enum { KEY_STRING, KEY_ADDRESS, KEY_ADDRESS_LIST, KEY_STRING_LIST, KEY_NETWORKS,
               KEY_URL, KEY_SIZE, KEY_INT, KEY_LANGUAGE, KEY_TIMEZONE, KEY_BOOL,
               KEY_WEEKDAYS, KEY_HOURS, KEY_CHOICE } KeyType;

typedef struct {
	const char *group;
	const char *key;
	KeyType type;
	gsize offset;        /* into DmConfig */
	int min, max;        /* for KEY_INT; for KEY_SIZE min is the least in MiB (0: none) */
} KeySpec;

/* The values a KEY_CHOICE key allows, comma-separated. */
static const struct { const char *key; const char *choices; } choice_keys[] = {
	{ "smtp_starttls", "try,required,no" },
	{ "holidays", "nl,de,be,none" },
	{ "country", "nl,de,be" },
	{ "on_missed", "resume,hold" },
	{ "default_debtor_kind", "business,consumer" },
};

#define F(field) offsetof(DmConfig, field)
static const KeySpec keys[] = {
	{ "ledger",  "database",            KEY_STRING,       F(database), 0, 0 },
	{ "spool",   "directory",           KEY_STRING,       F(spool_dir), 0, 0 },
	{ "spool",   "max_message_size",    KEY_SIZE,         F(max_message_size), 0, 0 },
	{ "spool",   "missed_fallback",     KEY_STRING,       F(missed_fallback), 0, 0 },
	{ "mail",    "billing_addresses",   KEY_ADDRESS_LIST, F(billing_addresses), 0, 0 },
	{ "mail",    "owner",               KEY_ADDRESS,      F(owner_address), 0, 0 },
	{ "mail",    "from_name",           KEY_STRING,       F(from_name), 0, 0 },
	{ "mail",    "smtp_url",            KEY_URL,          F(smtp_url), 0, 0 },
	{ "mail",    "smtp_user",           KEY_STRING,       F(smtp_user), 0, 0 },
	{ "mail",    "smtp_password",       KEY_STRING,       F(smtp_password), 0, 0 },
	{ "mail",    "smtp_ca_file",        KEY_STRING,       F(smtp_ca_file), 0, 0 },
	{ "mail",    "authserv_id",         KEY_STRING,       F(authserv_id), 0, 0 },
	{ "mail",    "verp_secret",         KEY_STRING,       F(verp_secret), 0, 0 },
	{ "milter",  "socket",              KEY_STRING,       F(milter_socket), 0, 0 },
	{ "milter",  "user",                KEY_STRING,       F(milter_user), 0, 0 },
	{ "milter",  "socket_group",        KEY_STRING,       F(milter_socket_group), 0, 0 },
	{ "milter",  "internal_networks",   KEY_NETWORKS,     F(internal_networks), 0, 0 },
	{ "milter",  "originating_daemons", KEY_STRING_LIST,  F(originating_daemons), 0, 0 },
	{ "milter",  "no_mta_warning",      KEY_INT,          F(no_mta_warning), 0, 86400 },
	{ "dunning", "timezone",            KEY_TIMEZONE,     F(timezone), 0, 0 },
	{ "dunning", "language",            KEY_LANGUAGE,     F(language), 0, 0 },
	{ "dunning", "templates",           KEY_STRING,       F(templates_dir), 0, 0 },
	{ "dunning", "rates",               KEY_STRING,       F(rates_dir), 0, 0 },
	{ "dunning", "country",             KEY_CHOICE,       F(country), 0, 0 },
	{ "dunning", "payment_term_days",   KEY_INT,          F(payment_term_days), 1, 365 },
	{ "dunning", "business_ladder",     KEY_STRING,       F(business_ladder), 0, 0 },
	{ "dunning", "consumer_ladder",     KEY_STRING,       F(consumer_ladder), 0, 0 },
	{ "dunning", "default_debtor_kind", KEY_CHOICE,       F(default_debtor_kind), 0, 0 },
	{ "replies", "horizon_days",        KEY_INT,          F(horizon_days), 1, 3650 },
	{ "replies", "max_hold_days",       KEY_INT,          F(max_hold_days), 1, 365 },
	{ "dunning", "freemail_domains",    KEY_STRING,       F(freemail_domains), 0, 0 },
	{ "daemon",  "tick",                KEY_INT,          F(tick_seconds), 1, 86400 },
	{ "daemon",  "digest_hour",         KEY_INT,          F(digest_hour), 0, 23 },
	{ "daemon",  "held_notice_hours",   KEY_INT,          F(held_notice_hours), 0, 168 },
	{ "daemon",  "command_token_days",  KEY_INT,          F(command_token_days), 0, 90 },
	{ "invoices", "rules",              KEY_STRING,       F(invoice_rules), 0, 0 },
	{ "daemon",  "parse_time_limit",    KEY_INT,          F(parse_time_limit), 1, 3600 },
	/* The parse child starts with dunmaild's own address space (some 150 MiB of
	 * libraries): a budget below 256M would set every message aside. */
	{ "daemon",  "parse_memory_limit",  KEY_SIZE,         F(parse_memory_limit), 256, 0 },
	{ "replies", "model",               KEY_STRING,       F(reply_model), 0, 0 },
	{ "mail",    "smtp_starttls",       KEY_CHOICE,       F(smtp_starttls), 0, 0 },
	{ "sending", "days",                KEY_WEEKDAYS,     F(send_days), 0, 0 },
	{ "sending", "hours",               KEY_HOURS,        F(send_open_minute), 0, 0 },
	{ "sending", "holidays",            KEY_CHOICE,       F(send_holidays), 0, 0 },
	{ "sending", "max_per_pass",        KEY_INT,          F(max_per_pass), 0, 1000000 },
	{ "sending", "max_per_domain",      KEY_INT,          F(max_per_domain), 0, 1000000 },
	{ "sending", "owner_mail_wait_days", KEY_INT,         F(owner_mail_wait_days), 0, 365 },
	{ "sending", "unseen_after",        KEY_INT,          F(unseen_after), 1, 86400 },
	{ "daemon",  "dry_run",             KEY_BOOL,         F(dry_run), 0, 0 },
	{ "dunning", "template_overrides",  KEY_STRING,       F(template_overrides), 0, 0 },
	{ "dunning", "combined_step",       KEY_STRING,       F(combined_step), 0, 0 },
	{ "payment", "account_holder",      KEY_STRING,       F(account_holder), 0, 0 },
	{ "payment", "iban",                KEY_STRING,       F(iban), 0, 0 },
	{ "payment", "bic",                 KEY_STRING,       F(bic), 0, 0 },
	{ "payment", "pay_link",            KEY_STRING,       F(pay_link), 0, 0 },
	{ "plan",    "remind_before_days",  KEY_INT,          F(plan_remind_before_days), 0, 60 },
	{ "plan",    "remind_after_days",   KEY_INT,          F(plan_remind_after_days), 1, 60 },
	{ "plan",    "missed_after_days",   KEY_INT,          F(plan_missed_after_days), 1, 90 },
	{ "plan",    "on_missed",           KEY_CHOICE,       F(plan_on_missed), 0, 0 },
};
#undef F
/* KEY_HOURS writes the close minute just after the open one. */
G_STATIC_ASSERT(offsetof(DmConfig, send_close_minute) ==
                offsetof(DmConfig, send_open_minute) + sizeof(int));

#define FIELD(config, spec, type) ((type *) ((char *) (config) + (spec)->offset))

static const KeySpec *
find_key(const char *group, const char *key)
{
	for (gsize i = 0; i < G_N_ELEMENTS(keys); i++)
		if (strcmp(keys[i].group, group) == 0 && strcmp(keys[i].key, key) == 0)
			return &keys[i];
	return NULL;
}

static gboolean
group_known(const char *group)
{
	for (gsize i = 0; i < G_N_ELEMENTS(keys); i++)
		if (strcmp(keys[i].group, group) == 0)
			return TRUE;
	return FALSE;
}

DmConfig *
dm_config_new_default(void)
{
	DmConfig *c = g_new0(DmConfig, 1);
	c->database = g_strdup("/var/lib/dunmail/ledger.sqlite");
	c->spool_dir = g_strdup("/var/spool/dunmail");
	c->max_message_size = 25 * 1024 * 1024;
	c->missed_fallback = g_strdup("");
	c->billing_addresses = g_new0(char *, 1);
	c->smtp_url = g_strdup("smtp://127.0.0.1:25");
	c->milter_socket = g_strdup("unix:/var/spool/postfix/dunmail/milter.sock");
	c->internal_networks = g_ptr_array_new_with_free_func(g_object_unref);
	const char *nets[] = { "127.0.0.0/8", "::1/128" };
	for (gsize i = 0; i < G_N_ELEMENTS(nets); i++)
		g_ptr_array_add(c->internal_networks, dm_netmask_parse(nets[i], NULL));
	c->originating_daemons = g_new0(char *, 2);
	c->originating_daemons[0] = g_strdup("ORIGINATING");
	c->no_mta_warning = 300;
	c->timezone = g_strdup("Europe/Amsterdam");
	c->tz = g_time_zone_new_identifier(c->timezone);
	if (!c->tz)
		c->tz = g_time_zone_new_utc();
	c->language = g_strdup("nl");
	c->templates_dir = g_strdup(DM_DATADIR "/templates");
	c->rates_dir = g_strdup(DM_DATADIR "/rates");
	c->country = g_strdup("nl");
	c->payment_term_days = 30;
	c->horizon_days = 60;
	c->max_hold_days = 10;
	c->freemail_domains = g_strdup(DM_DATADIR "/freemail-domains.txt");
	c->tick_seconds = 60;
	c->digest_hour = 8;
	c->held_notice_hours = 4;
	c->command_token_days = 14;
	c->parse_time_limit = 20;
	c->parse_memory_limit = 512 * 1024 * 1024;
	c->reply_model = g_strdup(DM_DATADIR "/replies.model");
	c->smtp_starttls = g_strdup("try");
	c->send_days = 0;
	for (int d = G_DATE_MONDAY; d <= G_DATE_FRIDAY; d++)
		c->send_days |= 1 << d;
	c->send_open_minute = 9 * 60;
	c->send_close_minute = 17 * 60;
	c->send_holidays = g_strdup("nl");
	c->owner_mail_wait_days = 7;
	/* The milter sees our message at the end of DATA, before the MTA's 250: five minutes
	 * is ample for its spool file to be ingested. */
	/* Well above the time a copy can still come: our SMTP client waits up to 300 s for the
	 * server's answer, and Postfix waits up to 300 s (milter_content_timeout) for the
	 * milter, which spools its copy before it answers.  Judged sooner, a reminder whose
	 * copy was merely slow would go twice. */
	c->unseen_after = 900;
	c->ladders = dm_ladder_set_new_default();
	c->combined_step = g_strdup("highest");
	c->plan_remind_before_days = DM_PLAN_REMIND_BEFORE_DAYS;
	c->plan_remind_after_days = DM_PLAN_REMIND_AFTER_DAYS;
	c->plan_missed_after_days = DM_PLAN_MISSED_AFTER_DAYS;
	c->plan_on_missed = g_strdup("resume");
	/* Why consumer: dm_ladder_set_new_default. */
	c->default_debtor_kind = g_strdup("consumer");
	return c;
}

void
dm_config_free(DmConfig *c)
{
	if (!c)
		return;
	g_free(c->path);
	g_free(c->database);
	g_free(c->spool_dir);
	g_free(c->missed_fallback);
	g_strfreev(c->billing_addresses);
	g_free(c->owner_address);
	g_free(c->from_name);
	g_free(c->smtp_url);
	g_free(c->smtp_user);
	g_free(c->smtp_password);
	g_free(c->smtp_ca_file);
	g_free(c->authserv_id);
	g_free(c->verp_secret);
	g_free(c->milter_socket);
	g_free(c->milter_user);
	g_free(c->milter_socket_group);
	g_clear_pointer(&c->internal_networks, g_ptr_array_unref);
	g_strfreev(c->originating_daemons);
	g_free(c->timezone);
	g_clear_pointer(&c->tz, g_time_zone_unref);
	g_free(c->language);
	g_free(c->templates_dir);
	g_free(c->template_overrides);
	g_free(c->combined_step);
	g_free(c->plan_on_missed);
	g_free(c->default_debtor_kind);
	g_free(c->account_holder);
	g_free(c->iban);
	g_free(c->bic);
	g_free(c->pay_link);
	g_free(c->rates_dir);
	g_free(c->country);
	g_free(c->freemail_domains);
	g_clear_pointer(&c->shared_domains, dm_domain_set_free);
	g_free(c->reply_model);
	g_free(c->invoice_rules);
	g_free(c->smtp_starttls);
	g_free(c->send_holidays);
	g_free(c->business_ladder);
	g_free(c->consumer_ladder);
	g_clear_pointer(&c->ladders, dm_ladder_set_free);
	g_free(c);
}

static gboolean
bad_value(GError **error, const char *path, const KeySpec *spec, const char *fmt, ...)
	G_GNUC_PRINTF(4, 5);

static gboolean
bad_value(GError **error, const char *path, const KeySpec *spec, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_autofree char *why = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_set_error(error, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID, "%s: [%s] %s: %s",
	            path, spec->group, spec->key, why);
	return FALSE;
}

/* Parses "25M", "512K", "1048576" into bytes. */
static gboolean
parse_size(const char *text, gsize *out)
{
	char *end = NULL;
	guint64 n;
	if (!g_ascii_isdigit(*text))
		return FALSE;
	errno = 0;
	n = g_ascii_strtoull(text, &end, 10);
	if (errno == ERANGE)
		return FALSE;
	guint64 mult = 1;
	if (*end == 'K' || *end == 'k')
		mult = 1024, end++;
	else if (*end == 'M' || *end == 'm')
		mult = 1024 * 1024, end++;
	else if (*end == 'G' || *end == 'g')
		mult = 1024 * 1024 * 1024, end++;
	if (*end != '\0' || n == 0 || n > G_MAXUINT64 / mult)
		return FALSE;
	*out = n * mult;
	return TRUE;
}

/* "mon" .. "sun" (or the full English name, any case) as a GDateWeekday; 0 when none. */
static int
weekday_from_name(const char *name)
{
	static const char *const names[] = { NULL, "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
	static const char *const full[] = { NULL, "monday", "tuesday", "wednesday", "thursday",
	                                    "friday", "saturday", "sunday" };
	for (int d = G_DATE_MONDAY; d <= G_DATE_SUNDAY; d++)
		if (g_ascii_strcasecmp(name, names[d]) == 0 || g_ascii_strcasecmp(name, full[d]) == 0)
			return d;
	return 0;
}

/* "mon-fri", "mon, tue, thu", "sat-mon" (a range may wrap over the week's end) into a
 * bit set of 1 << GDateWeekday; FALSE at the first item that is not a day or a range. */
static gboolean
parse_weekdays(const char *text, int *out, const char **bad)
{
	g_auto(GStrv) items = g_strsplit(text, ",", -1);
	int set = 0;
	for (char **it = items; *it; it++) {
		g_strstrip(*it);
		if (**it == '\0')
			continue;
		g_auto(GStrv) ends = g_strsplit(*it, "-", 2);
		int from = weekday_from_name(g_strstrip(ends[0]));
		int to = ends[1] ? weekday_from_name(g_strstrip(ends[1])) : from;
		if (!from || !to) {
			*bad = text;
			return FALSE;
		}
		for (int d = from;; d = d % 7 + 1) {
			set |= 1 << d;
			if (d == to)
				break;
		}
	}
	*out = set;
	return set != 0;
}

/* "HH:MM" (24:00 allowed as the end of the day) into minutes after midnight. */
static gboolean
parse_clock(const char *text, int *out)
{
	guint64 h, m;
	g_auto(GStrv) hm = g_strsplit(text, ":", 3);
	if (g_strv_length(hm) != 2 || strlen(hm[1]) != 2 ||
	    !g_ascii_string_to_unsigned(g_strstrip(hm[0]), 10, 0, 24, &h, NULL) ||
	    !g_ascii_string_to_unsigned(hm[1], 10, 0, 59, &m, NULL) || (h == 24 && m != 0))
		return FALSE;
	*out = (int) (h * 60 + m);
	return TRUE;
}

static const char *
choices_of(const KeySpec *spec)
{
	for (gsize i = 0; i < G_N_ELEMENTS(choice_keys); i++)
		if (strcmp(choice_keys[i].key, spec->key) == 0)
			return choice_keys[i].choices;
	g_return_val_if_reached("");
}

static gboolean
choice_allowed(const char *choices, const char *value)
{
	g_auto(GStrv) allowed = g_strsplit(choices, ",", -1);
	return g_strv_contains((const char *const *) allowed, value);
}

static gboolean
set_value(DmConfig *c, GKeyFile *kf, const KeySpec *spec, GError **error)
{
	g_autoptr(GError) local = NULL;
	g_autofree char *raw = g_key_file_get_string(kf, spec->group, spec->key, &local);
	if (!raw)
		return bad_value(error, c->path, spec, "%s", local->message);
	g_strstrip(raw);

	switch (spec->type) {
	case KEY_STRING:
	case KEY_URL:
	case KEY_TIMEZONE:
	case KEY_LANGUAGE: {
		if (*raw == '\0')
			return bad_value(error, c->path, spec, "empty value");
		if (spec->type == KEY_URL && !g_str_has_prefix(raw, "smtp://") &&
		    !g_str_has_prefix(raw, "smtps://"))
			return bad_value(error, c->path, spec,
			                 "'%s' is not an smtp:// or smtps:// URL", raw);
		if (spec->type == KEY_LANGUAGE && strcmp(raw, "nl") != 0 && strcmp(raw, "en") != 0 &&
		    strcmp(raw, "de") != 0)
			return bad_value(error, c->path, spec,
			                 "'%s' is not a supported language (nl, en, de)", raw);
		if (spec->type == KEY_TIMEZONE) {
			GTimeZone *tz = g_time_zone_new_identifier(raw);
			if (!tz)
				return bad_value(error, c->path, spec,
				                 "'%s' is not a known time zone (e.g. Europe/Amsterdam)", raw);
			g_clear_pointer(&c->tz, g_time_zone_unref);
			c->tz = tz;
		}
		char **field = FIELD(c, spec, char *);
		g_free(*field);
		*field = g_steal_pointer(&raw);
		return TRUE;
	}
	case KEY_ADDRESS: {
		char *addr = dm_address_normalize(raw);
		if (!addr)
			return bad_value(error, c->path, spec, "'%s' is not an e-mail address", raw);
		char **field = FIELD(c, spec, char *);
		g_free(*field);
		*field = addr;
		return TRUE;
	}
	case KEY_ADDRESS_LIST:
	case KEY_STRING_LIST: {
		g_auto(GStrv) items = g_key_file_get_string_list(kf, spec->group, spec->key, NULL, NULL);
		g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func(g_free);
		for (char **it = items; it && *it; it++) {
			g_strstrip(*it);
			if (**it == '\0')
				continue;
			if (spec->type == KEY_STRING_LIST) {
				g_ptr_array_add(out, g_strdup(*it));
				continue;
			}
			char *addr = dm_address_normalize(*it);
			if (!addr)
				return bad_value(error, c->path, spec, "'%s' is not an e-mail address", *it);
			g_ptr_array_add(out, addr);
		}
		if (spec->type == KEY_ADDRESS_LIST && out->len == 0)
			return bad_value(error, c->path, spec, "expected at least one address");
		g_ptr_array_add(out, NULL);
		char ***field = FIELD(c, spec, char **);
		g_strfreev(*field);
		*field = (char **) g_ptr_array_steal(out, NULL);
		return TRUE;
	}
	case KEY_NETWORKS: {
		g_auto(GStrv) items = g_key_file_get_string_list(kf, spec->group, spec->key, NULL, NULL);
		g_autoptr(GPtrArray) nets = g_ptr_array_new_with_free_func(g_object_unref);
		for (char **it = items; it && *it; it++) {
			g_strstrip(*it);
			if (**it == '\0')
				continue;
			g_autoptr(GError) nerr = NULL;
			GInetAddressMask *m = dm_netmask_parse(*it, &nerr);
			if (m == NULL)
				return bad_value(error, c->path, spec, "%s", nerr->message);
			g_ptr_array_add(nets, m);
		}
		g_ptr_array_unref(c->internal_networks);
		c->internal_networks = g_steal_pointer(&nets);
		return TRUE;
	}
	case KEY_SIZE:
		if (!parse_size(raw, FIELD(c, spec, gsize)))
			return bad_value(error, c->path, spec,
			                 "'%s' is not a size (a number of bytes, or with K, M or G)", raw);
		if (spec->min > 0 && *FIELD(c, spec, gsize) < (gsize) spec->min * 1024 * 1024)
			return bad_value(error, c->path, spec, "'%s' is less than the least, %dM", raw,
			                 spec->min);
		return TRUE;
	case KEY_BOOL: {
		gboolean *field = FIELD(c, spec, gboolean);
		if (g_ascii_strcasecmp(raw, "true") == 0 || g_ascii_strcasecmp(raw, "yes") == 0)
			*field = TRUE;
		else if (g_ascii_strcasecmp(raw, "false") == 0 || g_ascii_strcasecmp(raw, "no") == 0)
			*field = FALSE;
		else
			return bad_value(error, c->path, spec, "'%s' is not true or false", raw);
		return TRUE;
	}
	case KEY_WEEKDAYS: {
		const char *bad = NULL;
		if (!parse_weekdays(raw, FIELD(c, spec, int), &bad))
			return bad_value(error, c->path, spec,
			                 "'%s' is not a list of days (e.g. mon-fri, or mon, wed, fri)", raw);
		return TRUE;
	}
	case KEY_HOURS: {
		/* The open and close minutes are neighbours in DmConfig. */
		int *open = FIELD(c, spec, int), *close = open + 1;
		g_auto(GStrv) ends = g_strsplit(raw, "-", 2);
		/* An empty value splits into no piece at all, not one empty piece. */
		if (g_strv_length(ends) != 2 || !parse_clock(g_strstrip(ends[0]), open) ||
		    !parse_clock(g_strstrip(ends[1]), close) || *open >= *close)
			return bad_value(error, c->path, spec,
			                 "'%s' is not a span of the day like 09:00-17:00", raw);
		return TRUE;
	}
	case KEY_CHOICE: {
		if (!choice_allowed(choices_of(spec), raw))
			return bad_value(error, c->path, spec, "'%s' is not one of %s", raw,
			                 choices_of(spec));
		char **field = FIELD(c, spec, char *);
		g_free(*field);
		*field = g_steal_pointer(&raw);
		return TRUE;
	}
	case KEY_INT: {
		gint64 v;
		if (!g_ascii_string_to_signed(raw, 10, spec->min, spec->max, &v, NULL))
			return bad_value(error, c->path, spec,
			                 "'%s' is not a whole number from %d to %d", raw, spec->min, spec->max);
		*FIELD(c, spec, int) = (int) v;
		return TRUE;
	}
	}
	g_assert_not_reached();
}

/* ISO 13616: two letters, two check digits, up to 30 letters and digits; the number
 * made of the rest and then the first four (letters as 10..35) is 1 modulo 97. */
static gboolean
iban_valid(const char *iban)
{
	gsize len = strlen(iban);
	if (len < 15 || len > 34 || !g_ascii_isupper(iban[0]) || !g_ascii_isupper(iban[1]) ||
	    !g_ascii_isdigit(iban[2]) || !g_ascii_isdigit(iban[3]))
		return FALSE;
	guint rest = 0;
	for (gsize i = 0; i < len; i++) {
		char ch = iban[(i + 4) % len];
		if (g_ascii_isdigit(ch))
			rest = (rest * 10 + (guint) (ch - '0')) % 97;
		else if (g_ascii_isupper(ch))
			rest = (rest * 100 + (guint) (ch - 'A' + 10)) % 97;
		else
			return FALSE;
	}
	return rest == 1;
}

/* [plan]: the reminder after an instalment's day must come before it counts as missed,
 * or the debtor is never told before the plan ends. */
static gboolean
set_plan_timing(DmConfig *c, GError **error)
{
	if (c->plan_remind_after_days >= c->plan_missed_after_days) {
		g_set_error(error, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID,
		            "%s: [plan] missed_after_days: %d is not after remind_after_days (%d): the "
		            "reminder after an instalment's day must go before it counts as missed",
		            c->path, c->plan_missed_after_days, c->plan_remind_after_days);
		return FALSE;
	}
	c->ladders->plan = (DmPlanTiming) {
		.remind_before_days = c->plan_remind_before_days,
		.remind_after_days = c->plan_remind_after_days,
		.missed_after_days = c->plan_missed_after_days,
		.on_missed = strcmp(c->plan_on_missed, "hold") == 0 ? DM_PLAN_MISSED_HOLD
		                                                   : DM_PLAN_MISSED_RESUME,
	};
	return TRUE;
}

/* [payment] and [dunning] combined_step: what a debtor reads, so checked before use. */
static gboolean
check_payment(DmConfig *c, GError **error)
{
	if (strcmp(c->combined_step, "highest") != 0 && strcmp(c->combined_step, "lowest") != 0) {
		g_set_error(error, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID,
		            "%s: [dunning] combined_step: '%s' is neither 'highest' nor 'lowest'",
		            c->path, c->combined_step);
		return FALSE;
	}
	if (c->iban) {
		/* People write IBANs in groups of four: keep it that way for the letter, check
		 * it without the spaces. */
		g_autofree char *bare = g_ascii_strup(c->iban, -1);
		char *w = bare;
		for (const char *r = bare; *r; r++)
			if (*r != ' ')
				*w++ = *r;
		*w = '\0';
		if (!iban_valid(bare)) {
			g_set_error(error, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID,
			            "%s: [payment] iban: '%s' is not a valid IBAN (its check digits do "
			            "not match)", c->path, c->iban);
			return FALSE;
		}
	}
	if (c->iban && !c->account_holder) {
		g_set_error(error, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID,
		            "%s: [payment] account_holder: required with iban (the name the "
		            "debtor's bank shows)", c->path);
		return FALSE;
	}
	if (c->pay_link && !g_str_has_prefix(c->pay_link, "https://")) {
		g_set_error(error, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID,
		            "%s: [payment] pay_link: '%s' is not an https:// URL pattern", c->path,
		            c->pay_link);
		return FALSE;
	}
	return TRUE;
}

DmConfig *
dm_config_load(const char *path, GError **error)
{
	g_return_val_if_fail(path != NULL, NULL);
	g_autoptr(DmConfig) c = dm_config_new_default();
	g_autoptr(GKeyFile) kf = g_key_file_new();
	g_autoptr(GError) local = NULL;

	c->path = g_strdup(path);
	/* Lists read naturally with commas: billing_addresses = a@x.nl, b@x.nl */
	g_key_file_set_list_separator(kf, ',');
	if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &local)) {
		g_set_error(error, local->domain, local->code, "%s: %s", path, local->message);
		return NULL;
	}

	/* GKeyFile keeps the last of a key given twice: an administrator who edits the first
	 * would see no effect, so a duplicate is an error naming both lines. */
	g_autoptr(GPtrArray) duplicates = dm_findings_new();
	if (!dm_config_find_duplicates(path, duplicates, error))
		return NULL;
	if (duplicates->len > 0) {
		const DmFinding *f = duplicates->pdata[0];
		g_set_error(error, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID, "%s: %s; %s%s", f->where,
		            f->what, f->todo, duplicates->len > 1 ? " (and more: dunmail check-config "
		            "lists them all)" : "");
		return NULL;
	}

	g_auto(GStrv) groups = g_key_file_get_groups(kf, NULL);
	for (char **g = groups; *g; g++) {
		/* [ladder NAME] and [step NAME] are read as a whole below. */
		if (dm_ladder_config_group(*g))
			continue;
		if (!group_known(*g)) {
			g_set_error(error, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID,
			            "%s: unknown section [%s] (known: ledger, spool, mail, milter, dunning, payment, plan, invoices, replies, sending, daemon, "
			            "ladder NAME, step NAME)",
			            path, *g);
			return NULL;
		}
		g_auto(GStrv) names = g_key_file_get_keys(kf, *g, NULL, NULL);
		for (char **k = names; k && *k; k++) {
			const KeySpec *spec = find_key(*g, *k);
			if (!spec) {
				g_set_error(error, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID,
				            "%s: [%s] %s: unknown key", path, *g, *k);
				return NULL;
			}
			if (!set_value(c, kf, spec, error))
				return NULL;
		}
	}

	if (!dm_ladder_set_load(c->ladders, kf, path, c->business_ladder, c->consumer_ladder,
	                        error) ||
	    !set_plan_timing(c, error))
		return NULL;
	c->ladders->unknown_debtor = strcmp(c->default_debtor_kind, "business") == 0
	                           ? DM_LADDER_BUSINESS : DM_LADDER_CONSUMER;
	if (!c->billing_addresses[0]) {
		g_set_error(error, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID,
		            "%s: [mail] billing_addresses: required (the addresses invoices are sent from)",
		            path);
		return NULL;
	}
	if (!c->owner_address) {
		g_set_error(error, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID,
		            "%s: [mail] owner: required (the address that receives the digest)", path);
		return NULL;
	}
	if (c->verp_secret && strlen(c->verp_secret) < DM_VERP_SECRET_MIN) {
		g_set_error(error, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID,
		            "%s: [mail] verp_secret: %zu bytes is too short to sign bounces with "
		            "(at least %d expected, e.g. the output of `openssl rand -hex 24`)",
		            path, strlen(c->verp_secret), DM_VERP_SECRET_MIN);
		return NULL;
	}
	if (!check_payment(c, error))
		return NULL;
	if (!c->authserv_id)
		g_message("%s: [mail] authserv_id not set: no reply will count as authenticated, "
		          "so every reply holds its invoice until the owner decides", path);
	return g_steal_pointer(&c);
}

gboolean
dm_config_load_shared_domains(DmConfig *config, GError **error)
{
	g_autoptr(GError) local = NULL;
	DmDomainSet *set = dm_domain_set_load(config->freemail_domains, &local);
	if (!set) {
		g_set_error(error, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID,
		            "%s: [dunning] freemail_domains: %s (the list of shared free-mail and "
		            "provider domains)", config->path ? config->path : "(defaults)",
		            local->message);
		return FALSE;
	}
	g_clear_pointer(&config->shared_domains, dm_domain_set_free);
	config->shared_domains = set;
	return TRUE;
}

char *
dm_config_missed_fallback(const DmConfig *config)
{
	if (config->missed_fallback && *config->missed_fallback)
		return g_strdup(config->missed_fallback);
	/* Beside the ledger: another directory than the spool, often on another filesystem
	 * (/var/lib, not /var/spool), which the milter may write but never opens a file of
	 * but its own records. */
	const char *db = config->database;
	if (g_str_has_prefix(db, "sqlite:"))
		db += strlen("sqlite:");
	if (strchr(db, ':') && !g_path_is_absolute(db))
		return NULL;                /* another backend's URL: no directory of its own */
	g_autofree char *dir = g_path_get_dirname(db);
	return g_build_filename(dir, DM_MISSED_DIR, NULL);
}

gboolean
dm_config_is_billing_address(const DmConfig *config, const char *address)
{
	if (!address)
		return FALSE;
	g_autofree char *norm = dm_address_normalize(address);
	if (!norm)
		return FALSE;
	/* billing+anything@domain is the billing address too: our reminders leave with a
	 * VERP tag there (dm-verp.h), and their bounces come back to it. */
	g_autofree char *base = dm_address_untagged(norm, NULL);
	for (char **b = config->billing_addresses; b && *b; b++)
		if (strcmp(*b, norm) == 0 || g_strcmp0(*b, base) == 0)
			return TRUE;
	return FALSE;
}

gboolean
dm_config_check_templates(const DmConfig *config, GError **error)
{
	return dm_ladder_set_check_templates(config->ladders, config->path, config->templates_dir,
	                                     config->language, error);
}
