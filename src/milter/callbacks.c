/* callbacks: the libmilter callbacks of dunmail-milter (see dm-milter-callbacks.h).
 *
 * libmilter runs one thread per MTA connection; a connection carries any number of
 * messages.  The connection context lives from negotiate/connect to close, the message
 * context from MAIL FROM to end of message, abort, or the moment we answer ACCEPT (after
 * which libmilter sends no abort, so we free it ourselves).  xxfi_close may be the only
 * callback and its private pointer may be NULL.
 *
 * Fail open: every problem with one message is logged (g_warning, with the queue id) and
 * answered with CONTINUE or ACCEPT, the spool copy dropped.  Nothing here returns TEMPFAIL
 * or REJECT.  Everything the MTA hands us (macros, addresses, header values) is copied
 * before the callback returns and sanitized before it reaches a log line.
 *
 * No replies where none is needed (milter protocol 6): at connect, MAIL and RCPT we only
 * record, at each header and body chunk we only write to the spool, and we never refuse,
 * so the MTA need not wait for us there.  Each public callback below is its step's work
 * passed through answer(), the one place that knows which steps reply (see there).
 */
#include "milter/dm-milter-callbacks.h"
#include "milter/dm-mta-seen.h"

#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

#include "common/dm-message-id.h"
#include "common/dm-sanitize.h"
#include "common/dm-spool.h"
#include "milter/dm-direction.h"
#include "milter/dm-missed.h"
#include "milter/dm-spool-writer.h"

#define LOG_VALUE_MAX 200        /* bytes of one hostile value in a log line */
/* Recipients recorded for the envelope: at most Postfix's default smtpd_recipient_limit,
 * and at most 512 KiB of them, so that the envelope block stays well under 1 MiB whatever
 * the MTA lets through (the spool reader bounds it; doc/spool.md).  Recipients past either
 * limit still count for the direction; only their number is logged. */
#define RCPT_RECORD_MAX 1000
#define RCPT_BYTES_MAX (512 * 1024)

DmMilterApi dm_milter_api = {
	.getsymval = smfi_getsymval,
	.setpriv = smfi_setpriv,
	.getpriv = smfi_getpriv,
	.addheader = smfi_addheader,
	.setsymlist = smfi_setsymlist,
};

static const DmConfig *milter_config;

void
dm_milter_set_config(const DmConfig *config)
{
	milter_config = config;
}

typedef struct {
	DmDirection direction;
	gboolean decided;        /* direction final: later recipients cannot change it */
	gboolean logged;         /* the decision line was written */
	char *mail_from;         /* without <>; "" for the null sender */
	GPtrArray *rcpts;        /* of char*, without <>: the first ones, see RCPT_RECORD_MAX */
	gsize rcpt_bytes;        /* bytes of the recorded recipients */
	guint rcpts_omitted;     /* recipients seen after the recording stopped */
	char *auth_authen;
	char *queue_id;
	char *reason;
	char *added_message_id;  /* with <>, when we generate one */
	DmSpoolWriter *writer;   /* NULL when not spooling (none, or dropped) */
} Message;

typedef struct {
	struct sockaddr_storage addr;
	gboolean has_addr;       /* an AF_INET/AF_INET6 client address was given */
	char *client_name;
	char *daemon_name;
	gboolean leadspc;        /* SMFIP_HDR_LEADSPC negotiated */
	gboolean can_addhdrs;    /* SMFIF_ADDHDRS granted: we may add a Message-ID */
	unsigned long no_reply;  /* the SMFIP_NR_* steps negotiated: the MTA does not wait */
	gboolean accept_due;     /* ACCEPT decided at a no-reply step, owed at the next reply;
	                          * cleared where a message begins or is aborted */
	Message *msg;
} Connection;

/* The steps that need no reply (see the top of this file).  DATA, EOH and EOM keep theirs:
 * DATA is where ordinary mail is settled with ACCEPT, EOH and EOM where a failed spool
 * copy is answered.  Each replying step is a round trip the MTA waits for: the bench's
 * no-op milter, the floor, pays one a message (its ACCEPT at RCPT); with these, ordinary
 * mail costs one too (DATA), where it cost one at connect, MAIL, each RCPT and DATA. */
#define NO_REPLY_STEPS (SMFIP_NR_CONN | SMFIP_NR_MAIL | SMFIP_NR_RCPT | SMFIP_NR_HDR \
                        | SMFIP_NR_BODY)

static void
message_free(Message *m)
{
	if (m == NULL)
		return;
	dm_spool_writer_free(m->writer);     /* unlinks an uncommitted temporary file */
	g_free(m->mail_from);
	g_ptr_array_unref(m->rcpts);
	g_free(m->auth_authen);
	g_free(m->queue_id);
	g_free(m->reason);
	g_free(m->added_message_id);
	g_free(m);
}

static void
connection_free(Connection *c)
{
	if (c == NULL)
		return;
	message_free(c->msg);
	g_free(c->client_name);
	g_free(c->daemon_name);
	g_free(c);
}

static Connection *
get_conn(SMFICTX *ctx, gboolean create)
{
	Connection *c = dm_milter_api.getpriv(ctx);

	if (c == NULL && create) {
		c = g_new0(Connection, 1);
		if (dm_milter_api.setpriv(ctx, c) != MI_SUCCESS) {
			g_warning("cannot keep the connection context: nothing will be spooled");
			g_free(c);
			return NULL;
		}
	}
	return c;
}

/* The reply to one protocol step whose work decided @r; @step_nr is the step's SMFIP_NR_*
 * bit (0 for DATA, EOH and EOM, which always reply).  At a no-reply step the MTA does not
 * wait, so we say nothing (libmilter insists on SMFIS_NOREPLY there) and an ACCEPT is kept
 * for the next step that replies: the mail goes on unharmed either way, and a failed spool
 * copy was recorded as missed where it failed.  Without a connection context nothing was
 * negotiated (dm_milter_negotiate), so every step replies as it is. */
static sfsistat
answer(Connection *c, unsigned long step_nr, sfsistat r)
{
	if (c == NULL)
		return r;
	if (r == SMFIS_ACCEPT)
		c->accept_due = TRUE;
	if ((c->no_reply & step_nr) != 0)
		return SMFIS_NOREPLY;
	if (c->accept_due) {
		c->accept_due = FALSE;
		return SMFIS_ACCEPT;
	}
	return r;
}

/* Whether the MTA offers the no-reply steps.  libmilter adds every SMFIP_NR_* bit to what
 * the MTA offers and, for an MTA without them, answers in our place — always CONTINUE,
 * which would swallow an early ACCEPT (an old MTA would then send the rest of a message we
 * gave up on).  So the offer is read from SMFIP_SKIP, a protocol-6 step libmilter passes
 * as the MTA sent it: Postfix and Sendmail offer it together with the no-reply steps. */
static gboolean
mta_offers_no_reply(unsigned long f1)
{
	return (f1 & NO_REPLY_STEPS) == NO_REPLY_STEPS && (f1 & SMFIP_SKIP) != 0;
}

/* Says once, and again when it changes, whether the MTA waits for us at every step: the
 * line that explains the milter's cost to the mail server. */
static void
log_reply_mode(gboolean no_reply)
{
	static gint logged = -1;     /* -1 nothing yet, else the last mode said */

	if (g_atomic_int_get(&logged) == (gint)no_reply)
		return;
	g_atomic_int_set(&logged, (gint)no_reply);
	if (no_reply)
		g_message("the MTA takes no reply at connect, MAIL, RCPT, headers and body: "
		          "ordinary mail costs it one round trip, at DATA");
	else
		g_message("the MTA offers no no-reply steps (milter protocol before 6): "
		          "answering every step");
}

/* (transfer full) a copy of macro @name, or NULL. */
static char *
macro(SMFICTX *ctx, const char *name)
{
	const char *v = dm_milter_api.getsymval(ctx, (char *)name);
	return v != NULL && v[0] != '\0' ? g_strdup(v) : NULL;
}

static void
take_queue_id(SMFICTX *ctx, Message *m)
{
	if (m->queue_id == NULL)
		m->queue_id = macro(ctx, "i");
	if (m->queue_id == NULL)
		m->queue_id = macro(ctx, "{i}");
}

/* The message's name in log lines: its queue id, sanitized. */
static char *
log_id(const Message *m)
{
	return dm_sanitize(m != NULL && m->queue_id != NULL ? m->queue_id : "NOQUEUE", 64);
}

/* (transfer full) @arg without surrounding space and <>. */
static char *
strip_angle(const char *arg)
{
	g_autofree char *s = g_strstrip(g_strdup(arg != NULL ? arg : ""));
	gsize len = strlen(s);

	if (len >= 2 && s[0] == '<' && s[len - 1] == '>')
		return g_strndup(s + 1, len - 2);
	return g_steal_pointer(&s);
}

static const DmConfig *
config(void)
{
	return milter_config;
}

/* Names a billing message that goes through without a spool copy (dm-missed.h), for the
 * spool writer's @error (@why: its message, sanitised). */
static void
record_missed(SMFICTX *ctx, Message *m, const GError *error, const char *why)
{
	const char *cause = g_error_matches(error, DM_SPOOL_WRITER_ERROR, DM_SPOOL_WRITER_ERROR_TOO_BIG)
	                  ? DM_MISSED_TOO_BIG : DM_MISSED_SPOOL_FAILED;
	take_queue_id(ctx, m);
	g_autoptr(DmEnvelope) env = dm_envelope_new();
	env->direction = m->direction;
	env->mail_from = g_strdup(m->mail_from);
	for (guint i = 0; i < m->rcpts->len; i++)
		g_ptr_array_add(env->rcpt_to, g_strdup(m->rcpts->pdata[i]));
	env->queue_id = g_strdup(m->queue_id);
	dm_missed_record(config()->spool_dir, env, cause, why);
}

/* Drops the spool copy of the current message after trouble: logged, mail untouched. */
static sfsistat
give_up(SMFICTX *ctx, Connection *c, const char *what, const GError *error)
{
	g_autofree char *id = log_id(c->msg);
	g_autofree char *why = dm_sanitize(error != NULL ? error->message : "unknown", 500);

	g_warning("%s: %s: %s; message not spooled, mail accepted unchanged", id, what, why);
	record_missed(ctx, c->msg, error, why);
	g_clear_pointer(&c->msg, message_free);
	return SMFIS_ACCEPT;
}

/* Runs the rule with what is known now and keeps the result if it is final. */
static void
decide(Connection *c, Message *m, const char *const *rcpts, gsize n_rcpts, gboolean all_known)
{
	DmDirectionInput in = {
		.auth_authen = m->auth_authen,
		.daemon_name = c->daemon_name,
		.client = c->has_addr ? (const struct sockaddr *)&c->addr : NULL,
		.mail_from = m->mail_from,
		.rcpts = rcpts,
		.n_rcpts = n_rcpts,
	};
	g_autofree char *reason = NULL;
	DmDirection d = dm_direction_decide(config(), &in, &reason);

	/* OUTGOING and INCOMING cannot be undone by later recipients; NONE can, until the
	 * last recipient is known. */
	if (d != DM_DIRECTION_NONE || all_known) {
		m->direction = d;
		m->decided = TRUE;
		g_free(m->reason);
		m->reason = g_steal_pointer(&reason);
	}
}

static void
log_decision(Message *m)
{
	g_autofree char *id = NULL;
	g_autofree char *reason = NULL;

	if (m->logged)
		return;
	m->logged = TRUE;
	id = log_id(m);
	reason = dm_sanitize(m->reason, 600);
	g_message("%s: %s", id, reason);
}

/* Makes the decision final once every recipient is known (DATA, or the first header for
 * an MTA that skips DATA).  Returns TRUE when the message is to be spooled. */
static gboolean
finish_decision(SMFICTX *ctx, Connection *c)
{
	Message *m = c->msg;

	take_queue_id(ctx, m);
	/* Every recipient, recorded or not, went through decide() as it arrived, and a billing
	 * one made the decision final there.  Still undecided means none was billing, so the
	 * recorded ones are enough to settle it. */
	if (!m->decided)
		decide(c, m, (const char *const *)m->rcpts->pdata, m->rcpts->len, TRUE);
	log_decision(m);
	if (m->direction == DM_DIRECTION_NONE) {
		g_clear_pointer(&c->msg, message_free);
		return FALSE;
	}
	if (m->writer == NULL)
		m->writer = dm_spool_writer_new(config()->spool_dir, config()->max_message_size,
		                                c->leadspc);
	return TRUE;
}

sfsistat
dm_milter_negotiate(SMFICTX *ctx, unsigned long f0, unsigned long f1, unsigned long f2,
                    unsigned long f3, unsigned long *pf0, unsigned long *pf1,
                    unsigned long *pf2, unsigned long *pf3)
{
	Connection *c = get_conn(ctx, TRUE);
	/* Steps we have no use for: the MTA need not send them. */
	unsigned long skip = SMFIP_NOHELO | SMFIP_NOUNKNOWN;

	*pf0 = f0 & (SMFIF_ADDHDRS | SMFIF_SETSYMLIST);
	*pf1 = f1 & (SMFIP_HDR_LEADSPC | skip);
	/* Without a context an ACCEPT could not be kept for later: reply at every step. */
	if (c != NULL && mta_offers_no_reply(f1))
		*pf1 |= NO_REPLY_STEPS;
	*pf2 = 0;
	*pf3 = 0;
	if (c != NULL) {
		c->leadspc = (*pf1 & SMFIP_HDR_LEADSPC) != 0;
		c->can_addhdrs = (*pf0 & SMFIF_ADDHDRS) != 0;
		c->no_reply = *pf1 & NO_REPLY_STEPS;
		c->accept_due = FALSE;
		log_reply_mode(c->no_reply != 0);
	}

	/* A milter's list replaces the MTA's list for that stage, so each names everything
	 * we read there.  The queue id may first exist at MAIL (Postfix) or DATA (Sendmail). */
	if (f0 & SMFIF_SETSYMLIST) {
		static const struct { int stage; const char *macros; } lists[] = {
			{ SMFIM_CONNECT, "j {daemon_name}" },
			{ SMFIM_ENVFROM, "i {i} {auth_authen} {daemon_name}" },
			{ SMFIM_DATA, "i {i}" },
			{ SMFIM_EOH, "i {i}" },
			{ SMFIM_EOM, "i {i}" },
		};
		for (gsize i = 0; i < G_N_ELEMENTS(lists); i++)
			if (dm_milter_api.setsymlist(ctx, lists[i].stage,
			                             (char *)lists[i].macros) != MI_SUCCESS)
				g_warning("cannot ask the MTA for macros \"%s\"; using its defaults",
				          lists[i].macros);
	}
	return SMFIS_CONTINUE;
}

/* The work of each step; the callbacks at the end of the file answer for them. */

static sfsistat
on_connect(SMFICTX *ctx, Connection *c, char *hostname, struct sockaddr *addr)
{
	dm_mta_seen_connect();
	if (c == NULL)
		return SMFIS_ACCEPT;
	g_clear_pointer(&c->msg, message_free);
	c->accept_due = FALSE;
	g_free(c->client_name);
	c->client_name = g_strdup(hostname != NULL ? hostname : "");
	c->has_addr = FALSE;
	if (addr != NULL && addr->sa_family == AF_INET) {
		memcpy(&c->addr, addr, sizeof(struct sockaddr_in));
		c->has_addr = TRUE;
	} else if (addr != NULL && addr->sa_family == AF_INET6) {
		memcpy(&c->addr, addr, sizeof(struct sockaddr_in6));
		c->has_addr = TRUE;
	}
	g_free(c->daemon_name);
	c->daemon_name = macro(ctx, "{daemon_name}");
	return SMFIS_CONTINUE;
}

static sfsistat
on_envfrom(SMFICTX *ctx, Connection *c, char **argv)
{
	Message *m;
	char *daemon;

	dm_mta_seen_mail();
	if (c == NULL)
		return SMFIS_ACCEPT;
	c->accept_due = FALSE;
	if (config() == NULL) {
		g_warning("no configuration: accepting without a look");
		return SMFIS_ACCEPT;
	}
	g_clear_pointer(&c->msg, message_free);
	m = c->msg = g_new0(Message, 1);
	m->rcpts = g_ptr_array_new_with_free_func(g_free);
	m->mail_from = strip_angle(argv != NULL ? argv[0] : NULL);
	m->auth_authen = macro(ctx, "{auth_authen}");
	daemon = macro(ctx, "{daemon_name}");
	if (daemon != NULL) {
		g_free(c->daemon_name);
		c->daemon_name = daemon;
	}
	take_queue_id(ctx, m);
	/* Outgoing is known here already: it depends on the sender and the submitter only. */
	decide(c, m, NULL, 0, FALSE);
	return SMFIS_CONTINUE;
}

static sfsistat
on_envrcpt(SMFICTX *ctx, Connection *c, char **argv)
{
	Message *m = c != NULL ? c->msg : NULL;
	g_autofree char *rcpt = NULL;
	gsize len;

	if (m == NULL)
		return SMFIS_ACCEPT;
	rcpt = strip_angle(argv != NULL ? argv[0] : NULL);
	/* The direction looks at each recipient here, before (and whether or not) it is
	 * recorded: a billing recipient past the recording limits still counts. */
	if (!m->decided) {
		const char *one[] = { rcpt };
		decide(c, m, one, 1, FALSE);
	}
	/* Recording stops at the first recipient that does not fit, so the envelope holds a
	 * prefix of the list, in order. */
	len = strlen(rcpt);
	if (m->rcpts_omitted == 0 && m->rcpts->len < RCPT_RECORD_MAX
	    && len <= RCPT_BYTES_MAX - m->rcpt_bytes) {
		m->rcpt_bytes += len;
		g_ptr_array_add(m->rcpts, g_steal_pointer(&rcpt));
	} else {
		m->rcpts_omitted++;
	}
	return SMFIS_CONTINUE;
}

static sfsistat
on_data(SMFICTX *ctx, Connection *c)
{
	if (c == NULL || c->msg == NULL)
		return SMFIS_ACCEPT;
	/* Every recipient is known: mail that is neither direction ends here, before the MTA
	 * sends a byte of content. */
	return finish_decision(ctx, c) ? SMFIS_CONTINUE : SMFIS_ACCEPT;
}

static sfsistat
on_header(SMFICTX *ctx, Connection *c, char *name, char *value)
{
	g_autoptr(GError) error = NULL;

	if (c == NULL || c->msg == NULL)
		return SMFIS_ACCEPT;
	if (c->msg->writer == NULL && !finish_decision(ctx, c))
		return SMFIS_ACCEPT;
	if (!dm_spool_writer_add_header(c->msg->writer, name != NULL ? name : "",
	                                value != NULL ? value : "", &error))
		return give_up(ctx, c, "header", error);
	return SMFIS_CONTINUE;
}

static DmEnvelope *
build_envelope(const Connection *c, const Message *m)
{
	DmEnvelope *env = dm_envelope_new();
	g_autoptr(GDateTime) now = g_date_time_new_now_utc();
	char addr[INET6_ADDRSTRLEN + 8] = "";

	env->direction = m->direction;
	env->mail_from = g_strdup(m->mail_from);
	for (guint i = 0; i < m->rcpts->len; i++)
		g_ptr_array_add(env->rcpt_to, g_strdup(g_ptr_array_index(m->rcpts, i)));
	if (c->has_addr)
		dm_sockaddr_to_string((const struct sockaddr *)&c->addr, addr, sizeof addr);
	env->client_addr = g_strdup(addr);
	env->client_name = g_strdup(c->client_name);
	env->auth_authen = g_strdup(m->auth_authen);
	env->queue_id = g_strdup(m->queue_id);
	/* When spooling began (end of headers); the message is complete moments later. */
	env->received_at = g_date_time_format(now, "%Y-%m-%dT%H:%M:%SZ");
	env->added_message_id = g_strdup(m->added_message_id);
	env->reason = g_strdup(m->reason);
	return env;
}

static sfsistat
on_eoh(SMFICTX *ctx, Connection *c)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(DmEnvelope) env = NULL;
	Message *m;

	if (c == NULL || c->msg == NULL)
		return SMFIS_ACCEPT;
	if (c->msg->writer == NULL && !finish_decision(ctx, c))
		return SMFIS_ACCEPT;
	m = c->msg;
	take_queue_id(ctx, m);
	/* Replies thread to the invoice by its Message-ID: give one to an outgoing message that
	 * has none, in the spool copy now and in the real message at end of message. */
	if (m->direction == DM_DIRECTION_OUTGOING && c->can_addhdrs
	    && !dm_spool_writer_has_message_id(m->writer)) {
		g_autofree char *value = NULL;
		m->added_message_id = dm_message_id_new(m->mail_from);
		value = g_strconcat(c->leadspc ? " " : "", m->added_message_id, NULL);
		if (!dm_spool_writer_add_header(m->writer, "Message-ID", value, &error))
			return give_up(ctx, c, "header", error);
	}
	if (m->rcpts_omitted > 0) {
		g_autofree char *id = log_id(m);
		g_message("%s: %u more recipient(s) not recorded in the spool envelope (it keeps "
		          "the first %u)", id, m->rcpts_omitted, m->rcpts->len);
	}
	env = build_envelope(c, m);
	if (!dm_spool_writer_begin(m->writer, env, &error))
		return give_up(ctx, c, "spool", error);
	return SMFIS_CONTINUE;
}

static sfsistat
on_body(SMFICTX *ctx, Connection *c, unsigned char *chunk, size_t len)
{
	g_autoptr(GError) error = NULL;

	if (c == NULL || c->msg == NULL || c->msg->writer == NULL)
		return SMFIS_ACCEPT;
	if (!dm_spool_writer_body(c->msg->writer, chunk, len, &error))
		return give_up(ctx, c, "spool", error);
	return SMFIS_CONTINUE;
}

static sfsistat
on_eom(SMFICTX *ctx, Connection *c)
{
	g_autoptr(GError) error = NULL;
	g_autofree char *path = NULL;
	g_autofree char *id = NULL;
	Message *m;

	if (c == NULL || c->msg == NULL || c->msg->writer == NULL)
		return SMFIS_CONTINUE;
	m = c->msg;
	take_queue_id(ctx, m);
	id = log_id(m);
	/* "Spooled before the milter says yes" (DESIGN.md): commit, then answer. */
	if (!dm_spool_writer_commit(m->writer, &path, &error)) {
		g_autofree char *why = dm_sanitize(error->message, 500);
		if (!dm_spool_writer_is_committed(m->writer)) {
			g_warning("%s: spool: %s; mail accepted unchanged", id, why);
			record_missed(ctx, m, error, why);
			g_clear_pointer(&c->msg, message_free);
			return SMFIS_CONTINUE;
		}
		/* In new/ already, only perhaps not durable: keep the copy and the message
		 * consistent (same Message-ID). */
		g_warning("%s: spool: %s", id, why);
	}
	if (m->added_message_id != NULL) {
		g_autofree char *value = g_strconcat(c->leadspc ? " " : "", m->added_message_id,
		                                     NULL);
		if (dm_milter_api.addheader(ctx, (char *)"Message-ID", value) != MI_SUCCESS)
			g_warning("%s: could not add Message-ID %s; the spool copy has it, the "
			          "message does not", id, m->added_message_id);
	}
	dm_missed_flush(config()->spool_dir);    /* the disk has room again */
	g_message("%s: spooled %s (%" G_GSIZE_FORMAT " bytes)%s%s", id, path,
	          dm_spool_writer_size(m->writer),
	          m->added_message_id != NULL ? ", added Message-ID " : "",
	          m->added_message_id != NULL ? m->added_message_id : "");
	g_clear_pointer(&c->msg, message_free);
	return SMFIS_CONTINUE;
}

/* The callbacks: each step's work, answered.  Connect and MAIL may make the connection
 * context (negotiation may not have); the later steps only use it. */

sfsistat
dm_milter_connect(SMFICTX *ctx, char *hostname, struct sockaddr *addr)
{
	Connection *c = get_conn(ctx, TRUE);
	return answer(c, SMFIP_NR_CONN, on_connect(ctx, c, hostname, addr));
}

sfsistat
dm_milter_envfrom(SMFICTX *ctx, char **argv)
{
	Connection *c = get_conn(ctx, TRUE);
	return answer(c, SMFIP_NR_MAIL, on_envfrom(ctx, c, argv));
}

sfsistat
dm_milter_envrcpt(SMFICTX *ctx, char **argv)
{
	Connection *c = get_conn(ctx, FALSE);
	return answer(c, SMFIP_NR_RCPT, on_envrcpt(ctx, c, argv));
}

sfsistat
dm_milter_data(SMFICTX *ctx)
{
	Connection *c = get_conn(ctx, FALSE);
	return answer(c, 0, on_data(ctx, c));
}

sfsistat
dm_milter_header(SMFICTX *ctx, char *name, char *value)
{
	Connection *c = get_conn(ctx, FALSE);
	return answer(c, SMFIP_NR_HDR, on_header(ctx, c, name, value));
}

sfsistat
dm_milter_eoh(SMFICTX *ctx)
{
	Connection *c = get_conn(ctx, FALSE);
	return answer(c, 0, on_eoh(ctx, c));
}

sfsistat
dm_milter_body(SMFICTX *ctx, unsigned char *chunk, size_t len)
{
	Connection *c = get_conn(ctx, FALSE);
	return answer(c, SMFIP_NR_BODY, on_body(ctx, c, chunk, len));
}

sfsistat
dm_milter_eom(SMFICTX *ctx)
{
	Connection *c = get_conn(ctx, FALSE);
	return answer(c, 0, on_eom(ctx, c));
}

sfsistat
dm_milter_abort(SMFICTX *ctx)
{
	Connection *c = get_conn(ctx, FALSE);

	if (c != NULL) {
		g_clear_pointer(&c->msg, message_free);
		c->accept_due = FALSE;
	}
	return SMFIS_CONTINUE;
}

sfsistat
dm_milter_close(SMFICTX *ctx)
{
	Connection *c = get_conn(ctx, FALSE);

	if (c != NULL) {
		dm_milter_api.setpriv(ctx, NULL);
		connection_free(c);
	}
	return SMFIS_CONTINUE;
}

void
dm_milter_describe(struct smfiDesc *desc)
{
	memset(desc, 0, sizeof *desc);
	desc->xxfi_name = (char *)"dunmail-milter";
	desc->xxfi_version = SMFI_VERSION;
	desc->xxfi_flags = SMFIF_ADDHDRS | SMFIF_SETSYMLIST;
	desc->xxfi_connect = dm_milter_connect;
	desc->xxfi_envfrom = dm_milter_envfrom;
	desc->xxfi_envrcpt = dm_milter_envrcpt;
	desc->xxfi_header = dm_milter_header;
	desc->xxfi_eoh = dm_milter_eoh;
	desc->xxfi_body = dm_milter_body;
	desc->xxfi_eom = dm_milter_eom;
	desc->xxfi_abort = dm_milter_abort;
	desc->xxfi_close = dm_milter_close;
	desc->xxfi_data = dm_milter_data;
	desc->xxfi_negotiate = dm_milter_negotiate;
}
