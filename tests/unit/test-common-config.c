/* test-common-config: dm_config_load on files written by the test — a complete valid
 * file (every key of the table in src/common/config.c), and one row per kind of bad file,
 * each asserting that the error names the file, the [section] key and the problem. */
#include <glib/gstdio.h>
#include <string.h>

#include "common/dm-config.h"
#include "test-util.h"

static char *tmpdir;

static char *
write_config(const char *name, const char *text)
{
	char *path = g_build_filename(tmpdir, name, NULL);
	GError *err = NULL;
	g_assert_true(g_file_set_contents(path, text, -1, &err));
	g_assert_no_error(err);
	return path;
}

static const char full_config[] =
	"# every key dunmail knows\n"
	"[ledger]\n"
	"database = /var/tmp/dm/ledger.sqlite\n"
	"[spool]\n"
	"directory = /var/tmp/dm/spool\n"
	"max_message_size = 10M\n"
	"[mail]\n"
	"billing_addresses = Billing@Acme.Example,  <facturen@acme.example> ,\n"
	"owner = Owner Name <Owner@Acme.Example>\n"
	"from_name = Acme B.V.\n"
	"smtp_url = smtps://mail.acme.example:465\n"
	"smtp_user = dunmail\n"
	"smtp_password = s3cret\n"
	"authserv_id = mx.acme.example\n"
	"[milter]\n"
	"socket = inet:8891@127.0.0.1\n"
	"user = dunmail\n"
	"socket_group = postfix\n"
	"internal_networks = 10.0.0.0/8 , 2001:db8::/32,192.168.1.5\n"
	"originating_daemons = ORIGINATING, submission\n"
	"[dunning]\n"
	"timezone = America/New_York\n"
	"language = en\n"
	"templates = /srv/dunmail/templates\n"
	"rates = /srv/dunmail/rates\n"
	"payment_term_days = 14\n"
	"[replies]\n"
	"horizon_days = 90\n"
	"max_hold_days = 5\n"
	"[daemon]\n"
	"tick = 30\n"
	"digest_hour = 7\n"
	"parse_time_limit = 5\n"
	"parse_memory_limit = 640M\n";

static void
test_full(void)
{
	g_autofree char *path = write_config("full.conf", full_config);
	g_autoptr(GError) err = NULL;
	g_autoptr(DmConfig) c = dm_config_load(path, &err);
	g_assert_no_error(err);
	g_assert_nonnull(c);
	g_assert_cmpstr(c->path, ==, path);
	g_assert_cmpstr(c->database, ==, "/var/tmp/dm/ledger.sqlite");
	g_assert_cmpstr(c->spool_dir, ==, "/var/tmp/dm/spool");
	g_assert_cmpuint(c->max_message_size, ==, 10 * 1024 * 1024);
	g_assert_cmpuint(g_strv_length(c->billing_addresses), ==, 2);
	g_assert_cmpstr(c->billing_addresses[0], ==, "billing@acme.example");
	g_assert_cmpstr(c->billing_addresses[1], ==, "facturen@acme.example");
	g_assert_cmpstr(c->owner_address, ==, "owner@acme.example");
	g_assert_cmpstr(c->from_name, ==, "Acme B.V.");
	g_assert_cmpstr(c->smtp_url, ==, "smtps://mail.acme.example:465");
	g_assert_cmpstr(c->smtp_user, ==, "dunmail");
	g_assert_cmpstr(c->smtp_password, ==, "s3cret");
	g_assert_cmpstr(c->authserv_id, ==, "mx.acme.example");
	g_assert_cmpstr(c->milter_socket, ==, "inet:8891@127.0.0.1");
	g_assert_cmpstr(c->milter_user, ==, "dunmail");
	g_assert_cmpstr(c->milter_socket_group, ==, "postfix");
	g_assert_cmpuint(c->internal_networks->len, ==, 3);
	const char *const nets[] = { "10.0.0.0/8", "2001:db8::/32", "192.168.1.5" };
	for (guint i = 0; i < G_N_ELEMENTS(nets); i++) {
		g_autofree char *net = g_inet_address_mask_to_string(
			g_ptr_array_index(c->internal_networks, i));
		g_assert_cmpstr(net, ==, nets[i]);
	}
	g_assert_cmpuint(g_strv_length(c->originating_daemons), ==, 2);
	g_assert_cmpstr(c->originating_daemons[0], ==, "ORIGINATING");
	g_assert_cmpstr(c->originating_daemons[1], ==, "submission");
	g_assert_cmpstr(c->timezone, ==, "America/New_York");
	g_assert_nonnull(c->tz);
	g_assert_cmpstr(g_time_zone_get_identifier(c->tz), ==, "America/New_York");
	g_assert_cmpstr(c->language, ==, "en");
	g_assert_cmpstr(c->templates_dir, ==, "/srv/dunmail/templates");
	g_assert_cmpstr(c->rates_dir, ==, "/srv/dunmail/rates");
	g_assert_cmpint(c->payment_term_days, ==, 14);
	g_assert_cmpint(c->horizon_days, ==, 90);
	g_assert_cmpint(c->max_hold_days, ==, 5);
	g_assert_cmpint(c->tick_seconds, ==, 30);
	g_assert_cmpint(c->digest_hour, ==, 7);
	g_assert_cmpint(c->parse_time_limit, ==, 5);
	g_assert_cmpuint(c->parse_memory_limit, ==, 640 * 1024 * 1024);
}

/* Only the required keys: everything else keeps its default. */
static void
test_minimal_defaults(void)
{
	g_autofree char *path = write_config("minimal.conf",
		"[mail]\nbilling_addresses = billing@acme.example\nowner = owner@acme.example\n");
	g_autoptr(GError) err = NULL;
	g_autoptr(DmConfig) c = dm_config_load(path, &err);
	g_assert_no_error(err);
	g_autoptr(DmConfig) d = dm_config_new_default();
	g_assert_cmpstr(c->smtp_url, ==, "smtp://127.0.0.1:25");
	g_assert_cmpstr(c->smtp_url, ==, d->smtp_url);
	g_assert_cmpstr(c->database, ==, d->database);
	g_assert_cmpstr(c->spool_dir, ==, d->spool_dir);
	g_assert_cmpuint(c->max_message_size, ==, 25 * 1024 * 1024);
	g_assert_cmpstr(c->timezone, ==, "Europe/Amsterdam");
	g_assert_cmpstr(c->language, ==, "nl");
	g_assert_cmpstr(c->rates_dir, ==, DM_DATADIR "/rates");
	g_assert_cmpint(c->payment_term_days, ==, 30);
	g_assert_cmpint(c->horizon_days, ==, 60);
	g_assert_cmpint(c->max_hold_days, ==, 10);
	g_assert_cmpint(c->tick_seconds, ==, 60);
	g_assert_cmpint(c->digest_hour, ==, 8);
	g_assert_cmpint(c->parse_time_limit, ==, 20);
	g_assert_cmpuint(c->parse_memory_limit, ==, 512 * 1024 * 1024);
	g_assert_null(c->authserv_id);
	g_assert_null(c->smtp_user);
	g_assert_cmpuint(c->internal_networks->len, ==, 2);
	g_assert_cmpstr(c->originating_daemons[0], ==, "ORIGINATING");
	g_assert_null(c->originating_daemons[1]);
	/* An invoice that says neither business nor consumer is a consumer's: the 14-day
	 * letter before any costs (6:96 lid 6 BW). */
	g_assert_cmpstr(c->default_debtor_kind, ==, "consumer");
	g_assert_cmpint(c->ladders->unknown_debtor, ==, DM_LADDER_CONSUMER);
	g_assert_cmpint(d->ladders->unknown_debtor, ==, DM_LADDER_CONSUMER);
}

static void
test_missing_file(void)
{
	g_autofree char *path = g_build_filename(tmpdir, "does-not-exist.conf", NULL);
	g_autoptr(GError) err = NULL;
	g_autoptr(DmConfig) c = dm_config_load(path, &err);
	g_assert_null(c);
	g_assert_error(err, G_FILE_ERROR, G_FILE_ERROR_NOENT);
	g_assert_nonnull(strstr(err->message, path));
}

static void
test_not_a_keyfile(void)
{
	g_autofree char *path = write_config("garbage.conf", "this is not = a key file\n[\n");
	g_autoptr(GError) err = NULL;
	g_autoptr(DmConfig) c = dm_config_load(path, &err);
	g_assert_null(c);
	g_assert_nonnull(err);
	g_assert_true(err->domain == G_KEY_FILE_ERROR);
	g_assert_nonnull(strstr(err->message, path));
}

/* A bad file: its text (the required keys are added unless @bare) and the fragments the
 * error must contain besides the file's path. */
typedef struct {
	const char *name;
	const char *text;
	gboolean bare;          /* TRUE: @text is the whole file */
	const char *expect[3];
} BadCase;

#define REQ "[mail]\nbilling_addresses = billing@acme.example\nowner = owner@acme.example\n"

static const BadCase bad_cases[] = {
	{ "short-verp-secret", REQ "verp_secret = tooshort\n", TRUE,
	  { "[mail] verp_secret", "8 bytes is too short", "at least 16" } },
	{ "unknown-section", "[ledgr]\ndatabase = /x\n", FALSE,
	  { "unknown section [ledgr]", NULL } },
	{ "unknown-key", "[spool]\ndirectroy = /x\n", FALSE,
	  { "[spool] directroy", "unknown key", NULL } },
	{ "unknown-key-in-mail", REQ "ownr = x@y.example\n", TRUE,
	  { "[mail] ownr", "unknown key", NULL } },
	{ "bad-owner-address", "[mail]\nbilling_addresses = billing@acme.example\nowner = nobody\n",
	  TRUE, { "[mail] owner", "'nobody' is not an e-mail address", NULL } },
	{ "bad-billing-address",
	  "[mail]\nbilling_addresses = billing@acme.example, not-an-address\nowner = o@acme.example\n",
	  TRUE, { "[mail] billing_addresses", "'not-an-address' is not an e-mail address", NULL } },
	{ "empty-billing-list", "[mail]\nbilling_addresses = , ,\nowner = o@acme.example\n", TRUE,
	  { "[mail] billing_addresses", "at least one address", NULL } },
	{ "missing-billing", "[mail]\nowner = o@acme.example\n", TRUE,
	  { "[mail] billing_addresses", "required", NULL } },
	{ "missing-owner", "[mail]\nbilling_addresses = billing@acme.example\n", TRUE,
	  { "[mail] owner", "required", NULL } },
	{ "empty-file", "", TRUE, { "[mail] billing_addresses", "required", NULL } },
	{ "bad-network", "[milter]\ninternal_networks = 10.0.0.0/8, bogus\n", FALSE,
	  { "[milter] internal_networks", "'bogus' is not a network", NULL } },
	{ "network-prefix-too-long", "[milter]\ninternal_networks = 10.0.0.0/33\n", FALSE,
	  { "[milter] internal_networks", "prefix length must be 0 to 32", NULL } },
	{ "v6-prefix-too-long", "[milter]\ninternal_networks = 2001:db8::/129\n", FALSE,
	  { "[milter] internal_networks", "prefix length must be 0 to 128", NULL } },
	{ "http-url", "[mail]\nbilling_addresses = b@acme.example\nowner = o@acme.example\n"
	  "smtp_url = http://127.0.0.1:25\n", TRUE,
	  { "[mail] smtp_url", "not an smtp:// or smtps:// URL", NULL } },
	{ "bare-host-url", REQ "smtp_url = 127.0.0.1:25\n", TRUE,
	  { "[mail] smtp_url", "'127.0.0.1:25'", NULL } },
	{ "bad-timezone", "[dunning]\ntimezone = Mars/Olympus_Mons\n", FALSE,
	  { "[dunning] timezone", "'Mars/Olympus_Mons' is not a known time zone", NULL } },
	{ "bad-language", "[dunning]\nlanguage = fr\n", FALSE,
	  { "[dunning] language", "'fr' is not a supported language (nl, en, de)", NULL } },
	{ "bad-combined-step", "[dunning]\ncombined_step = middle\n", FALSE,
	  { "[dunning] combined_step", "'middle' is neither", NULL } },
	/* One digit changed in a valid IBAN (NL91 ABNA 0417 1643 00): the check digits say so. */
	{ "bad-iban", "[payment]\naccount_holder = Acme\niban = NL91 ABNA 0417 1643 01\n", FALSE,
	  { "[payment] iban", "not a valid IBAN", NULL } },
	{ "iban-without-holder", "[payment]\niban = NL91 ABNA 0417 1643 00\n", FALSE,
	  { "[payment] account_holder", "required with iban", NULL } },
	{ "http-pay-link", "[payment]\npay_link = http://pay.example/{reference}\n", FALSE,
	  { "[payment] pay_link", "not an https:// URL pattern", NULL } },
	{ "parse-time-zero", "[daemon]\nparse_time_limit = 0\n", FALSE,
	  { "[daemon] parse_time_limit", "'0' is not a whole number from 1 to 3600", NULL } },
	{ "parse-memory-no-size", "[daemon]\nparse_memory_limit = lots\n", FALSE,
	  { "[daemon] parse_memory_limit", "'lots' is not a size", NULL } },
	{ "parse-memory-too-small", "[daemon]\nparse_memory_limit = 128M\n", FALSE,
	  { "[daemon] parse_memory_limit", "'128M' is less than the least, 256M", NULL } },
	{ "term-zero", "[dunning]\npayment_term_days = 0\n", FALSE,
	  { "[dunning] payment_term_days", "'0' is not a whole number from 1 to 365", NULL } },
	{ "term-too-long", "[dunning]\npayment_term_days = 366\n", FALSE,
	  { "[dunning] payment_term_days", "from 1 to 365", NULL } },
	{ "hold-zero", "[replies]\nmax_hold_days = 0\n", FALSE,
	  { "[replies] max_hold_days", "from 1 to 365", NULL } },
	{ "horizon-too-far", "[replies]\nhorizon_days = 4000\n", FALSE,
	  { "[replies] horizon_days", "from 1 to 3650", NULL } },
	{ "term-not-a-number", "[dunning]\npayment_term_days = thirty\n", FALSE,
	  { "[dunning] payment_term_days", "'thirty'", NULL } },
	{ "term-trailing", "[dunning]\npayment_term_days = 30d\n", FALSE,
	  { "[dunning] payment_term_days", "'30d'", NULL } },
	{ "digest-hour-24", "[daemon]\ndigest_hour = 24\n", FALSE,
	  { "[daemon] digest_hour", "from 0 to 23", NULL } },
	{ "digest-hour-negative", "[daemon]\ndigest_hour = -1\n", FALSE,
	  { "[daemon] digest_hour", "from 0 to 23", NULL } },
	{ "tick-zero", "[daemon]\ntick = 0\n", FALSE, { "[daemon] tick", "from 1 to 86400", NULL } },
	{ "size-12X", "[spool]\nmax_message_size = 12X\n", FALSE,
	  { "[spool] max_message_size", "'12X' is not a size", NULL } },
	{ "size-zero", "[spool]\nmax_message_size = 0\n", FALSE,
	  { "[spool] max_message_size", "'0' is not a size", NULL } },
	{ "size-negative", "[spool]\nmax_message_size = -5M\n", FALSE,
	  { "[spool] max_message_size", "not a size", NULL } },
	{ "size-overflow", "[spool]\nmax_message_size = 99999999999999999999G\n", FALSE,
	  { "[spool] max_message_size", "not a size", NULL } },
	/* Beyond 2^64 without a unit: strtoull saturates, which must not pass as a size. */
	{ "size-overflow-no-unit", "[spool]\nmax_message_size = 99999999999999999999\n", FALSE,
	  { "[spool] max_message_size", "not a size", NULL } },
	{ "size-two-units", "[spool]\nmax_message_size = 1MK\n", FALSE,
	  { "[spool] max_message_size", "not a size", NULL } },
	{ "empty-string", "[ledger]\ndatabase =\n", FALSE, { "[ledger] database", "empty value", NULL } },
	{ "empty-url", REQ "smtp_url =   \n", TRUE, { "[mail] smtp_url", "empty value", NULL } },
	{ "bad-weekday", "[sending]\ndays = mon-fry\n", FALSE,
	  { "[sending] days", "'mon-fry' is not a list of days", NULL } },
	{ "no-weekday", "[sending]\ndays = ,\n", FALSE, { "[sending] days", "not a list of days", NULL } },
	{ "hours-backwards", "[sending]\nhours = 17:00-09:00\n", FALSE,
	  { "[sending] hours", "not a span of the day like 09:00-17:00", NULL } },
	{ "hours-no-minutes", "[sending]\nhours = 9-17\n", FALSE, { "[sending] hours", "not a span", NULL } },
	/* Found by fuzz-config: an empty value splits into no piece, and the second was read
	 * past the end of the vector. */
	{ "hours-empty", "[sending]\nhours =\n", FALSE, { "[sending] hours", "not a span", NULL } },
	{ "hours-past-midnight", "[sending]\nhours = 09:00-24:30\n", FALSE,
	  { "[sending] hours", "not a span", NULL } },
	{ "plan-missed-before-reminder", "[plan]\nremind_after_days = 5\nmissed_after_days = 5\n",
	  FALSE, { "[plan] missed_after_days", "5 is not after remind_after_days (5)", NULL } },
	{ "plan-on-missed", "[plan]\non_missed = forgive\n", FALSE,
	  { "[plan] on_missed", "'forgive' is not one of resume,hold", NULL } },
	{ "plan-negative-before", "[plan]\nremind_before_days = -1\n", FALSE,
	  { "[plan] remind_before_days", "not a whole number from 0 to 60", NULL } },
	{ "bad-holidays", "[sending]\nholidays = fr\n", FALSE,
	  { "[sending] holidays", "'fr' is not one of nl,de,be,none", NULL } },
	{ "bad-starttls", REQ "smtp_starttls = maybe\n", TRUE,
	  { "[mail] smtp_starttls", "'maybe' is not one of try,required,no", NULL } },
	{ "bad-dry-run", "[daemon]\ndry_run = perhaps\n", FALSE,
	  { "[daemon] dry_run", "'perhaps' is not true or false", NULL } },
	{ "bad-unseen-after", "[sending]\nunseen_after = 0\n", FALSE,
	  { "[sending] unseen_after", "not a whole number from 1", NULL } },
	{ "bad-debtor-kind", "[dunning]\ndefault_debtor_kind = private\n", FALSE,
	  { "[dunning] default_debtor_kind", "'private' is not one of business,consumer", NULL } },
	{ "empty-debtor-kind", "[dunning]\ndefault_debtor_kind =\n", FALSE,
	  { "[dunning] default_debtor_kind", "not one of business,consumer", NULL } },
	{ "debtor-kind-in-wrong-group", "[ladder business]\ndefault_debtor_kind = business\n", FALSE,
	  { "[ladder business]", "default_debtor_kind", NULL } },
};

static void
test_bad(gconstpointer data)
{
	const BadCase *bc = data;
	g_autofree char *name = g_strconcat(bc->name, ".conf", NULL);
	g_autofree char *text = bc->bare ? g_strdup(bc->text) : g_strconcat(REQ, bc->text, NULL);
	g_autofree char *path = write_config(name, text);
	g_autoptr(GError) err = NULL;
	g_autoptr(DmConfig) c = dm_config_load(path, &err);
	g_assert_null(c);
	g_assert_nonnull(err);
	g_test_message("%s: %s", bc->name, err->message);
	g_assert_true(g_str_has_prefix(err->message, path));
	for (int i = 0; i < 3 && bc->expect[i]; i++)
		if (!strstr(err->message, bc->expect[i]))
			g_test_fail_printf("%s: error \"%s\" does not contain \"%s\"", bc->name,
			                   err->message, bc->expect[i]);
}

/* Values around the edges that are fine. */
/* [dunning] default_debtor_kind reaches the ladder set, either way. */
static void
test_default_debtor_kind(void)
{
	static const struct { const char *value; DmLadderKind kind; } cases[] = {
		{ "business", DM_LADDER_BUSINESS },
		{ "consumer", DM_LADDER_CONSUMER },
		{ " business ", DM_LADDER_BUSINESS },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *text = g_strdup_printf(REQ "[dunning]\ndefault_debtor_kind = %s\n",
		                                        cases[i].value);
		g_autofree char *path = write_config("kind.conf", text);
		g_autoptr(GError) err = NULL;
		g_autoptr(DmConfig) c = dm_config_load(path, &err);
		g_assert_no_error(err);
		g_assert_cmpint(c->ladders->unknown_debtor, ==, cases[i].kind);
	}
}

static void
test_good_edges(void)
{
	g_autofree char *path = write_config("edges.conf",
		REQ
		"[spool]\nmax_message_size = 512k\n"
		"[milter]\ninternal_networks =\noriginating_daemons = ,\n"
		"[dunning]\npayment_term_days = 365\ntimezone = UTC\n"
		"[daemon]\ndigest_hour = 0\ntick = 86400\ndry_run = yes\n"
		"[sending]\ndays = Sat-mon, wed\nhours = 00:00 - 24:00\nholidays = none\n"
		"max_per_domain = 0\nowner_mail_wait_days = 0\n");
	g_autoptr(GError) err = NULL;
	g_autoptr(DmConfig) c = dm_config_load(path, &err);
	g_assert_no_error(err);
	/* A range wraps over the week's end: Saturday, Sunday, Monday, and Wednesday. */
	g_assert_cmpint(c->send_days, ==, (1 << G_DATE_SATURDAY) | (1 << G_DATE_SUNDAY) |
	                                  (1 << G_DATE_MONDAY) | (1 << G_DATE_WEDNESDAY));
	g_assert_cmpint(c->send_open_minute, ==, 0);
	g_assert_cmpint(c->send_close_minute, ==, 24 * 60);
	g_assert_true(c->dry_run);
	g_assert_cmpstr(c->send_holidays, ==, "none");
	g_assert_cmpuint(c->max_message_size, ==, 512 * 1024);
	/* An empty list means "no internal networks", not "the defaults". */
	g_assert_cmpuint(c->internal_networks->len, ==, 0);
	g_assert_nonnull(c->originating_daemons);
	g_assert_null(c->originating_daemons[0]);
	g_assert_cmpint(c->payment_term_days, ==, 365);
	g_assert_cmpint(c->digest_hour, ==, 0);
	g_assert_cmpint(c->tick_seconds, ==, 86400);
}

typedef struct {
	const char *address;
	gboolean expect;
} BillingCase;

static const BillingCase billing_cases[] = {
	{ "billing@acme.example", TRUE },
	{ "BILLING@ACME.EXAMPLE", TRUE },
	{ "<Billing@Acme.Example>", TRUE },
	{ "  <billing@acme.example>  ", TRUE },
	{ "Acme Billing <billing@acme.example>", TRUE },
	{ "facturen@acme.example", TRUE },
	{ "billing@acme.example.evil", FALSE },
	{ "xbilling@acme.example", FALSE },
	{ "billing@acme.exampl", FALSE },
	{ "billing", FALSE },
	{ "<>", FALSE },
	{ "", FALSE },
	{ "billing@acme.example>", FALSE },
	{ "<billing@acme.example", FALSE },
	{ "billing@acme.example\r\n", TRUE },      /* surrounding space is trimmed */
	{ "bill\ring@acme.example", FALSE },
	{ "billing+dm-4-0a1b@acme.example", TRUE },  /* VERP: a sub-address of billing */
	{ "Facturen+x@Acme.Example", TRUE },
	{ "billing+x@acme.example.evil", FALSE },
	{ "xbilling+x@acme.example", FALSE },
	{ NULL, FALSE },
};

static void
test_is_billing(void)
{
	g_autofree char *path = write_config("billing.conf",
		"[mail]\nbilling_addresses = Billing@Acme.Example, <facturen@ACME.example>\n"
		"owner = owner@acme.example\n");
	g_autoptr(GError) err = NULL;
	g_autoptr(DmConfig) c = dm_config_load(path, &err);
	g_assert_no_error(err);
	for (gsize i = 0; i < G_N_ELEMENTS(billing_cases); i++) {
		const BillingCase *bc = &billing_cases[i];
		gboolean got = dm_config_is_billing_address(c, bc->address);
		if (got != bc->expect)
			g_test_fail_printf("dm_config_is_billing_address(\"%s\") = %d, expected %d",
			                   bc->address ? bc->address : "(null)", got, bc->expect);
	}
	/* The owner is not a billing address. */
	g_assert_false(dm_config_is_billing_address(c, "owner@acme.example"));
}

/* The commented sample users copy must itself be a valid configuration. */
static void
test_sample_loads(void)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmConfig) c = dm_config_load("contrib/dunmail.conf.sample", &err);
	g_assert_no_error(err);
	g_assert_nonnull(c);
	g_assert_cmpstr(c->billing_addresses[0], ==, "facturen@example.nl");
	g_assert_cmpstr(c->owner_address, ==, "eigenaar@example.nl");
	g_assert_cmpuint(c->max_message_size, ==, 25 * 1024 * 1024);
	g_assert_cmpuint(c->internal_networks->len, ==, 2);
	g_assert_cmpint(c->digest_hour, ==, 8);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	tmpdir = g_dir_make_tmp("dm-config-XXXXXX", NULL);
	g_assert_nonnull(tmpdir);
	g_test_add_func("/config/full", test_full);
	g_test_add_func("/config/minimal-defaults", test_minimal_defaults);
	g_test_add_func("/config/default-debtor-kind", test_default_debtor_kind);
	g_test_add_func("/config/missing-file", test_missing_file);
	g_test_add_func("/config/not-a-keyfile", test_not_a_keyfile);
	g_test_add_func("/config/good-edges", test_good_edges);
	g_test_add_func("/config/is-billing-address", test_is_billing);
	g_test_add_func("/config/sample-loads", test_sample_loads);
	for (gsize i = 0; i < G_N_ELEMENTS(bad_cases); i++) {
		g_autofree char *p = g_strdup_printf("/config/bad/%s", bad_cases[i].name);
		g_test_add_data_func(p, &bad_cases[i], test_bad);
	}
	int rc = g_test_run();
	dm_test_rm_rf(tmpdir);
	g_free(tmpdir);
	return rc;
}
