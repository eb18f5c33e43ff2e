/* cli_debtor: `dunmail debtor ADDRESS [options]` — the owner's settings for one debtor:
 * the options read into a change (debtor_options_apply), written through dm-owner-debtor.h,
 * and the settings printed (debtor_settings_print).  Another part of the verb (the
 * debtor's history) may print after the settings. */
#include "dunning/cli/dm-cli.h"
#include "dunning/owner/dm-owner-debtor.h"
#include "dunning/engine/dm-ladder.h"
#include "common/dm-address.h"
#include "common/dm-clock.h"
#include "common/dm-money.h"
#include "common/dm-sanitize.h"

#include <stdio.h>
#include <string.h>

#define CREDIT_LIMIT_MAX_CENTS G_GINT64_CONSTANT(100000000000)

/* The options as given; strings owned here. */
typedef struct {
	char *language, *contact, *ladder, *credit_limit, *pause_until, *reason, *now;
	gboolean business, consumer, unpause, exclude, include, settings, json;
} DebtorOptions;

static void
debtor_options_clear(DebtorOptions *o)
{
	g_free(o->language);
	g_free(o->contact);
	g_free(o->ladder);
	g_free(o->credit_limit);
	g_free(o->pause_until);
	g_free(o->reason);
	g_free(o->now);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(DebtorOptions, debtor_options_clear)

static gboolean
usage_error(const char *fmt, ...) G_GNUC_PRINTF(1, 2);

static gboolean
usage_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_autofree char *msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_autofree char *clean = dm_sanitize(msg, 300);
	fprintf(stderr, "dunmail debtor: %s\n", clean);
	return FALSE;
}

/* Reads @o into @c (which borrows @o's strings; *@day holds the pause's date); FALSE after
 * printing the usage error, naming the option and what was expected. */
static gboolean
debtor_options_apply(DebtorOptions *o, DmDebtorChange *c, GDate *day, char **contact)
{
	static const char *const languages[] = { "nl", "en", "de", NULL };
	if (o->language && !g_strv_contains(languages, o->language))
		return usage_error("--language '%s': expected nl, en or de", o->language);
	c->language = o->language;
	if (o->business && o->consumer)
		return usage_error("--business and --consumer exclude each other");
	c->kind = o->business ? DM_DEBTOR_KIND_BUSINESS
	        : o->consumer ? DM_DEBTOR_KIND_CONSUMER : DM_DEBTOR_KIND_UNSET;
	if (o->contact) {
		*contact = dm_address_normalize(o->contact);
		if (!*contact)
			return usage_error("--contact '%s': expected an e-mail address", o->contact);
		c->contact = *contact;
	}
	c->ladder = o->ladder;
	if (o->credit_limit) {
		if (!dm_money_parse(o->credit_limit, CREDIT_LIMIT_MAX_CENTS, &c->credit_limit_cents))
			return usage_error("--credit-limit '%s': expected a positive amount such as "
			                   "5000.00 or 5000,00, without grouping", o->credit_limit);
		c->set_credit_limit = TRUE;
	}
	if (o->pause_until && o->unpause)
		return usage_error("--pause-until and --unpause exclude each other");
	if (o->pause_until) {
		if (!dm_date_parse_iso(o->pause_until, day))
			return usage_error("--pause-until '%s': expected a date, YYYY-MM-DD", o->pause_until);
		if (!o->reason || !*g_strstrip(o->reason))
			return usage_error("--pause-until needs --reason TEXT (why the reminders wait)");
		c->pause_until = day;
		c->pause_reason = o->reason;
	} else if (o->reason)
		return usage_error("--reason goes with --pause-until");
	c->unpause = o->unpause;
	if (o->exclude && o->include)
		return usage_error("--exclude and --include exclude each other");
	c->exclude = o->exclude ? 1 : o->include ? -1 : 0;
	return TRUE;
}

/* Prints @s, the settings of debtor @email, as the owner reads them. */
static void
debtor_settings_print(const DmConfig *config, const char *email, const DmDebtorSettings *s)
{
	g_autofree char *limit = s->has_credit_limit
		? dm_money_format(s->credit_limit_cents, s->credit_currency, config->language)
		: g_strdup("none");
	g_autofree char *until = dm_date_iso(&s->paused_until);
	g_autofree char *paused = until
		? g_strdup_printf("until %s (%s)", until, s->pause_reason ? s->pause_reason : "?")
		: g_strdup("no");
	g_autofree char *kind = s->kind ? g_strdup(dm_debtor_kind_name(s->kind))
		: g_strdup_printf("not set (the invoice's reading, else %s: [dunning] "
		                  "default_debtor_kind)",
		                  dm_debtor_kind_name(dm_ladder_set_unknown_kind(config->ladders)));
	g_autofree char *ladder = s->ladder ? g_strdup(s->ladder)
		: g_strdup_printf("not set (%s for a business, %s for a consumer)",
		                  config->ladders->business_ladder, config->ladders->consumer_ladder);
	printf("Debtor %s\n  language   %s\n  kind       %s\n  contact    %s\n  ladder     %s\n"
	       "  credit     %s\n  paused     %s\n  excluded   %s\n", email,
	       s->language ? s->language : "not set (the invoice's, else [dunning] language)",
	       kind, s->contact ? s->contact : "not set (the invoice's address)", ladder, limit,
	       paused, s->excluded ? "yes: never reminded" : "no");
}

static void
debtor_settings_json(const char *email, const DmDebtorSettings *s)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	json_builder_begin_object(b);
	dm_cli_json_string(b, "debtor", email);
	dm_cli_json_string(b, "language", s->language);
	dm_cli_json_string(b, "kind", s->kind ? dm_debtor_kind_name(s->kind) : NULL);
	dm_cli_json_string(b, "contact", s->contact);
	dm_cli_json_string(b, "ladder", s->ladder);
	dm_cli_json_int(b, "credit_limit_cents", s->has_credit_limit, s->credit_limit_cents);
	dm_cli_json_date(b, "paused_until", &s->paused_until);
	dm_cli_json_string(b, "pause_reason", s->pause_reason);
	json_builder_set_member_name(b, "excluded");
	json_builder_add_boolean_value(b, s->excluded);
	json_builder_end_object(b);
	dm_cli_print_json(json_builder_get_root(b));
}

static int
debtor_settings_verb(DmCliGlobal *global, int argc, char **argv)
{
	g_auto(DebtorOptions) o = { 0 };
	GOptionEntry entries[] = {
		{ "language", 0, 0, G_OPTION_ARG_STRING, &o.language,
		  "Write its reminders in LANG (nl, en, de)", "LANG" },
		{ "business", 0, 0, G_OPTION_ARG_NONE, &o.business,
		  "It is a business: the business ladder and costs", NULL },
		{ "consumer", 0, 0, G_OPTION_ARG_NONE, &o.consumer,
		  "It is a consumer: the consumer ladder, the 14-day letter before any costs", NULL },
		{ "contact", 0, 0, G_OPTION_ARG_STRING, &o.contact,
		  "Send its reminders to ADDR instead of the invoice's address", "ADDR" },
		{ "ladder", 0, 0, G_OPTION_ARG_STRING, &o.ladder,
		  "Its own ladder, a [ladder NAME] of dunmail.conf", "NAME" },
		{ "credit-limit", 0, 0, G_OPTION_ARG_STRING, &o.credit_limit,
		  "Its credit limit (5000.00)", "AMOUNT" },
		{ "pause-until", 0, 0, G_OPTION_ARG_STRING, &o.pause_until,
		  "No reminder to it before DATE (YYYY-MM-DD); needs --reason", "DATE" },
		{ "reason", 0, 0, G_OPTION_ARG_STRING, &o.reason, "Why it is paused", "TEXT" },
		{ "unpause", 0, 0, G_OPTION_ARG_NONE, &o.unpause, "Lift its pause", NULL },
		{ "exclude", 0, 0, G_OPTION_ARG_NONE, &o.exclude, "Never remind it", NULL },
		{ "include", 0, 0, G_OPTION_ARG_NONE, &o.include, "Remind it again", NULL },
		{ "settings", 0, 0, G_OPTION_ARG_NONE, &o.settings,
		  "Print the settings (without another option the report prints)", NULL },
		{ "json", 'j', 0, G_OPTION_ARG_NONE, &o.json, "Print the settings as JSON", NULL },
		DM_CLI_NOW_ENTRY(o.now),
		G_OPTION_ENTRY_NULL
	};
	if (!dm_cli_options(global, &argc, &argv, "ADDRESS [OPTIONS]",
	        "Show or change the settings of one debtor (by its e-mail address).",
	        "Without options it prints the debtor's report (its invoices, payment behaviour\n"
	        "and replies; --json, --csv); --settings prints the settings. Each option\n"
	        "changes one setting, the others stay, and the change is an event in the ledger. The settings win over what\n"
	        "the invoices say: the language of the reminders, business or consumer (which\n"
	        "chooses the ladder, [dunning] business_ladder or consumer_ladder, and the\n"
	        "costs), the address reminders go to, its own ladder, its credit limit, a pause\n"
	        "until a day (no reminder to it before; then the ladder goes on) and exclusion\n"
	        "(never reminded; a reminder already queued is not sent). A consumer only\n"
	        "follows a ladder of kind consumer.\n\n"
	        "JSON: {\"debtor\", \"language\", \"kind\", \"contact\", \"ladder\",\n"
	        "\"credit_limit_cents\", \"paused_until\", \"pause_reason\", \"excluded\"}\n\n"
	        "Exit status: 0 shown or changed, 1 no such debtor (without options), 2 usage\n"
	        "error (also: a ladder the configuration does not define), 3 failure.\n\n"
	        "Examples:\n"
	        "  dunmail debtor jan@example.nl --settings\n"
	        "  dunmail debtor jan@example.nl --consumer --language en\n"
	        "  dunmail debtor info@acme.example --contact ap@acme.example --ladder quick\n"
	        "  dunmail debtor info@acme.example --pause-until 2027-01-15 --reason \"talks\"",
	        entries))
		return DM_EXIT_USAGE;
	if (argc != 2) {
		fprintf(stderr, "dunmail debtor: expected one ADDRESS\nTry 'dunmail debtor --help'.\n");
		return DM_EXIT_USAGE;
	}
	g_autofree char *email = dm_address_normalize(argv[1]);
	if (!email)
		return usage_error("'%s' is not an e-mail address", argv[1]), DM_EXIT_USAGE;
	DmDebtorChange change = { 0 };
	GDate day;
	g_autofree char *contact = NULL;
	if (!debtor_options_apply(&o, &change, &day, &contact))
		return DM_EXIT_USAGE;
	g_autoptr(DmConfig) config = NULL;
	g_autoptr(GDateTime) now = NULL;
	g_autoptr(DmLedger) ledger = NULL;
	gboolean empty = dm_debtor_change_empty(&change);
	int rc = dm_cli_open_at(global, o.now, !empty, &config, &now, &ledger);
	if (rc != DM_EXIT_OK)
		return rc;
	g_autoptr(GError) error = NULL;
	g_autofree char *summary = NULL;
	DmDebtorSettings settings = { 0 };
	g_date_clear(&settings.paused_until, 1);
	if (!dm_owner_debtor(ledger, config->ladders, email, &change, now, &settings, &summary,
	                     &error)) {
		dm_debtor_settings_clear(&settings);
		fprintf(stderr, "dunmail debtor: %s\n", error->message);
		if (error->domain != DM_OWNER_ERROR)
			return DM_EXIT_FAILURE;
		return error->code == DM_OWNER_ERROR_VALUE ? DM_EXIT_USAGE : DM_EXIT_NOTHING;
	}
	if (o.json)
		debtor_settings_json(email, &settings);
	else {
		if (summary)
			printf("%s\n\n", summary);
		debtor_settings_print(config, email, &settings);
	}
	dm_debtor_settings_clear(&settings);
	return DM_EXIT_OK;
}

/* `dunmail debtor ADDRESS`: with a setting option (or --settings) the settings verb above,
 * otherwise the debtor's report (cli_report.c). */
int
dm_cli_debtor(DmCliGlobal *global, int argc, char **argv)
{
	static const char *const setting[] = {
		"--language", "--business", "--consumer", "--contact", "--ladder", "--credit-limit",
		"--pause-until", "--reason", "--unpause", "--exclude", "--include", "--settings",
	};
	for (int i = 1; i < argc; i++)
		for (gsize k = 0; k < G_N_ELEMENTS(setting); k++)
			if (g_str_has_prefix(argv[i], setting[k]))
				return debtor_settings_verb(global, argc, argv);
	return dm_cli_debtor_report(global, argc, argv);
}
