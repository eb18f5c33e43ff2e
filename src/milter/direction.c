/* direction: the direction rule of dunmail-milter (see dm-direction.h).
 *
 * Pure function of its input and the configuration; it never fails.  The reason string is
 * part of the contract: it is the log line that answers "why was (not) this mail tracked?".
 */
#include "milter/dm-direction.h"

#include <netinet/in.h>
#include "common/dm-netmask.h"

static gboolean
in_set(char *const *set, const char *value)
{
	if (set == NULL || value == NULL || *value == '\0')
		return FALSE;
	for (gsize i = 0; set[i] != NULL; i++)
		if (g_ascii_strcasecmp(set[i], value) == 0)
			return TRUE;
	return FALSE;
}

/* The client's numeric address, or "" when there is none. */
static void
client_string(const struct sockaddr *sa, char *buf, gsize len)
{
	if (sa == NULL) {
		buf[0] = '\0';
		return;
	}
	dm_sockaddr_to_string(sa, buf, len);
}

/* A sockaddr of a family we do not know (AF_UNIX from a local MTA, AF_UNSPEC) carries no
 * network address: treat it like no address at all. */
static gboolean
has_inet_address(const struct sockaddr *sa)
{
	return sa != NULL && (sa->sa_family == AF_INET || sa->sa_family == AF_INET6);
}

gboolean
dm_direction_trusted_submitter(const DmConfig *config, const DmDirectionInput *in,
                               char **why)
{
	char addr[INET6_ADDRSTRLEN + 8];
	const char *because = NULL;
	g_autofree char *text = NULL;
	gboolean trusted;

	g_return_val_if_fail(config != NULL && in != NULL, FALSE);

	client_string(has_inet_address(in->client) ? in->client : NULL, addr, sizeof addr);
	if (in->auth_authen != NULL && in->auth_authen[0] != '\0') {
		text = g_strdup_printf("authenticated as %s", in->auth_authen);
	} else if (in_set(config->originating_daemons, in->daemon_name)) {
		text = g_strdup_printf("originating daemon %s", in->daemon_name);
	} else if (!has_inet_address(in->client)) {
		text = g_strdup("local submission (no client address)");
	} else if (dm_sockaddr_is_loopback(in->client)) {
		because = "loopback";
	} else if (config->internal_networks != NULL) {
		g_autoptr(GInetAddress) client = dm_sockaddr_inet_address(in->client);
		for (guint i = 0; client != NULL && i < config->internal_networks->len; i++) {
			GInetAddressMask *net = g_ptr_array_index(config->internal_networks, i);
			if (g_inet_address_mask_matches(net, client)) {
				because = "internal network";
				break;
			}
		}
	}
	if (text == NULL && because != NULL)
		text = g_strdup_printf("internal client %s (%s)", addr, because);
	trusted = text != NULL;

	if (why != NULL) {
		if (trusted)
			*why = g_steal_pointer(&text);
		else
			*why = g_strdup_printf("client %s is not internal and not authenticated",
			                       addr);
	}
	return trusted;
}

static const char *
first_billing_rcpt(const DmConfig *config, const DmDirectionInput *in)
{
	if (in->rcpts == NULL)
		return NULL;
	for (gsize i = 0; i < in->n_rcpts; i++)
		if (in->rcpts[i] != NULL && dm_config_is_billing_address(config, in->rcpts[i]))
			return in->rcpts[i];
	return NULL;
}

DmDirection
dm_direction_decide(const DmConfig *config, const DmDirectionInput *in, char **reason)
{
	g_autofree char *why = NULL;
	const char *sender = in->mail_from != NULL && in->mail_from[0] != '\0'
	                     ? in->mail_from : "<>";
	gboolean trusted, billing_sender;
	const char *billing_rcpt;
	DmDirection d;
	char *text;

	g_return_val_if_fail(config != NULL && in != NULL, DM_DIRECTION_NONE);

	trusted = dm_direction_trusted_submitter(config, in, &why);
	billing_sender = in->mail_from != NULL && in->mail_from[0] != '\0'
	                 && dm_config_is_billing_address(config, in->mail_from);
	billing_rcpt = first_billing_rcpt(config, in);

	if (trusted && billing_sender) {
		d = DM_DIRECTION_OUTGOING;
		text = g_strdup_printf("outgoing: %s, sender %s", why, sender);
	} else if (billing_rcpt != NULL) {
		d = DM_DIRECTION_INCOMING;
		if (trusted)
			text = g_strdup_printf("incoming: billing recipient %s, sender %s "
			                       "is not a billing address (%s)",
			                       billing_rcpt, sender, why);
		else if (has_inet_address(in->client)) {
			char addr[INET6_ADDRSTRLEN + 8];
			client_string(in->client, addr, sizeof addr);
			text = g_strdup_printf("incoming: billing recipient %s from outside "
			                       "client %s, sender %s", billing_rcpt, addr, sender);
		} else
			text = g_strdup_printf("incoming: billing recipient %s, sender %s",
			                       billing_rcpt, sender);
	} else {
		d = DM_DIRECTION_NONE;
		if (billing_sender)
			text = g_strdup_printf("ignored: sender %s but %s, no billing recipient",
			                       sender, why);
		else if (trusted)
			text = g_strdup_printf("ignored: sender %s is not a billing address, "
			                       "no billing recipient", sender);
		else
			text = g_strdup("ignored: not internal, no billing recipient");
	}
	if (reason != NULL)
		*reason = text;
	else
		g_free(text);
	return d;
}
