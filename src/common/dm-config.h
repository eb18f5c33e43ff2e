/* dm-config: the one configuration file (GKeyFile) shared by all three programs.
 *
 * dm_config_load() reads and validates the file; every unknown group or key and every bad
 * value is an error naming the file, the group/key and what was expected.  The result is
 * immutable: to change the configuration, restart the program (libmilter treats SIGHUP as
 * a stop, so there is no reload).
 *
 * Diagnostics: G_KEY_FILE_ERROR / G_IO_ERROR for unreadable files, DM_CONFIG_ERROR for
 * values that parse but make no sense.  Reported by the caller, once.
 */
#pragma once
#include <glib.h>
#include "common/dm-netmask.h"
#include "common/dm-domain-set.h"
#include "common/dm-ladder-config.h"

#define DM_CONFIG_DEFAULT_PATH DM_SYSCONFDIR "/dunmail/dunmail.conf"
#define DM_CONFIG_ERROR (dm_config_error_quark())
GQuark dm_config_error_quark(void);
typedef enum { DM_CONFIG_ERROR_INVALID } DmConfigError;

typedef struct {
	char *path;                 /* the file read, or NULL for built-in defaults */

	/* [ledger] */
	char *database;             /* the ledger: "sqlite:PATH" or a bare SQLite path */

	/* [spool] */
	char *spool_dir;            /* holds tmp/ new/ work/ bad/ */
	gsize max_message_size;     /* bytes; larger messages are not spooled */
	char *missed_fallback;      /* where the milter's records of billing mail it could not
	                             * spool go when the spool cannot take them; "" for the
	                             * default (dm_config_missed_fallback) */

	/* [mail] */
	char **billing_addresses;   /* lower-case, NULL-terminated; never empty */
	char *owner_address;        /* receives the digest */
	char *from_name;            /* display name on reminders, e.g. the company */
	char *smtp_url;             /* submission, default smtp://127.0.0.1:25 */
	char *smtp_user;            /* optional SMTP AUTH */
	char *smtp_password;
	char *smtp_starttls;        /* "try" (default), "required" or "no" */
	char *smtp_ca_file;         /* (nullable) CA certificates that verify the server's TLS
	                             * certificate, instead of the system's */
	char *authserv_id;          /* our MTA's Authentication-Results id */
	char *verp_secret;          /* HMAC key of our VERP tags (dm-verp.h); NULL: the one
	                             * generated into the ledger */

	/* [milter] */
	char *milter_socket;        /* unix:/path or inet:port@host */
	char *milter_user;          /* drop root to this user, NULL = stay */
	char *milter_socket_group;  /* group that may connect, NULL = user's */
	GPtrArray *internal_networks;   /* of GInetAddressMask*, clients counted as ours */
	char **originating_daemons; /* {daemon_name} values that mean "submission" */
	int no_mta_warning;         /* seconds after start to warn that no MTA connected; 0 never */

	/* [dunning] */
	char *timezone;             /* IANA name, default "Europe/Amsterdam" */
	GTimeZone *tz;
	char *language;             /* default template language: nl, en or de */
	char *templates_dir;        /* reminder and digest templates */
	char *rates_dir;            /* statutory interest tables: nl.txt, de.txt, be.txt */
	char *country;              /* whose law the letters' costs and interest follow: the
	                             * business's own (nl, de or be) */
	int payment_term_days;      /* when an invoice names no due date */
	char *business_ladder;      /* (nullable) [dunning] business_ladder as written; */
	char *consumer_ladder;      /* (nullable) the set below holds what applies */
	char *default_debtor_kind;  /* business or consumer (the default): the kind of a debtor
	                             * nothing says the kind of; the set below holds it too */
	DmLadderSet *ladders;       /* the built-in ladders and the file's [ladder]/[step]
	                             * groups, checked (dm-ladder-config.h); never NULL */
	char *freemail_domains;     /* file: shared free-mail / ISP domains, one a line */
	DmDomainSet *shared_domains;    /* that file read, by dm_config_load_shared_domains();
	                                 * NULL until then (no domain counts as shared) */

	/* [replies] */
	int horizon_days;           /* a stated date further ahead holds for the owner */
	int max_hold_days;          /* a hold lifts by itself after this many days */

	/* [invoices] */
	char *invoice_rules;        /* the user's rule file (doc/invoice-rules.md), or NULL */

	/* [daemon] */
	int tick_seconds;           /* scheduler period of dunmaild */
	int digest_hour;            /* local hour at which the daily digest goes out */
	int held_notice_hours;      /* sending held this long: the owner gets one notice (0: never) */
	int command_token_days;     /* how long a digest's Reply-To token lets the owner's reply
	                             * command dunmail (dm-command-token.h); 0: no token */
	int parse_time_limit;       /* CPU seconds one spool file's parse may take */
	gsize parse_memory_limit;   /* bytes of address space one spool file's parse may use */

	/* [sending] (when and how fast reminders go out; dm-calendar.h, dm-deliver.h) */
	int send_days;              /* bit 1 << GDateWeekday for each day the window opens */
	int send_open_minute;       /* the window: minutes after local midnight, open from */
	int send_close_minute;      /* ... to just before */
	char *send_holidays;        /* whose public holidays close it: nl, de, be or none */
	int max_per_pass;           /* reminders one pass hands to SMTP; 0: no limit */
	int max_per_domain;         /* ... to one recipient domain; 0: no limit */
	int owner_mail_wait_days;   /* after the owner mailed a debtor personally; 0: off */
	int unseen_after;           /* seconds after which an interrupted send the milter
	                             * never saw counts as never having reached the MTA */
	gboolean dry_run;           /* [daemon] dry_run: decide and log, hand nothing to SMTP */

	/* [replies] */
	char *reply_model;          /* the classifier's model file (dunmail train) */

	/* [dunning], the reminders' texts */
	char *template_overrides;   /* the user's own templates, <lang>/<step>.txt|.html; NULL */
	char *combined_step;        /* "highest" or "lowest": the step of a reminder that covers
	                             * several invoices of one debtor */

	/* [plan]: payment plans' instalment reminders, copied into ladders->plan at load */
	int plan_remind_before_days;
	int plan_remind_after_days;
	int plan_missed_after_days;
	char *plan_on_missed;       /* "resume" or "hold" */

	/* [payment]: what a reminder tells the debtor to pay to (all NULL when not set) */
	char *account_holder;
	char *iban;                 /* checked (ISO 13616), kept as written */
	char *bic;
	char *pay_link;             /* https:// pattern; {amount}, {reference}, {invoice},
	                             * {currency} filled in, URL-encoded */
} DmConfig;

DmConfig *dm_config_new_default(void);
/* (transfer full): a validated configuration, or NULL with @error set. */
DmConfig *dm_config_load(const char *path, GError **error);
void dm_config_free(DmConfig *config);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmConfig, dm_config_free)

/* Reads [dunning] freemail_domains into config->shared_domains: what dunmaild (which
 * decides who speaks for a debtor) does at start.  A missing or bad file is an error
 * naming the file (and line) and the key. */
gboolean dm_config_load_shared_domains(DmConfig *config, GError **error);

/* Every ladder step's template exists under [dunning] templates, in [dunning] language:
 * dunmaild and dunmail check it at start (the milter renders nothing). */
gboolean dm_config_check_templates(const DmConfig *config, GError **error);

/* TRUE when @address (any case, with or without <>) is one of the billing addresses. */
/* (transfer full) the directory [spool] missed_fallback names, or by default `missed/`
 * beside the ledger (/var/lib/dunmail/missed): where dunmail-milter writes a record of
 * billing mail it could not spool when the spool's own missed/ cannot take it (doc/spool.md),
 * and where dunmaild reads them too.  NULL when the ledger is no file and none is set. */
char *dm_config_missed_fallback(const DmConfig *config);

gboolean dm_config_is_billing_address(const DmConfig *config, const char *address);
