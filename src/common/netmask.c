/* netmask: CIDR networks for the milter's "internal client" rule, on GIO.
 *
 * GInetAddressMask parses and matches.  dm_netmask_parse is a thin wrapper for the
 * configuration's sake: GIO's own messages do not say what is wrong ("Could not parse
 * '10.0.0.0/' as IP address mask"), and a prefix length beyond the address size reaches
 * GObject as an out-of-range property (a warning, then a generic error).  So the prefix
 * length is checked here first and every error names the text and the fault.
 * Failures: a bad network is a GError for the configuration loader to report. */
#include "common/dm-netmask.h"

#include <netinet/in.h>
#include <string.h>

#define NETMASK_ERROR(error, ...) \
	g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, __VA_ARGS__)

GInetAddressMask *
dm_netmask_parse(const char *text, GError **error)
{
	g_return_val_if_fail(text != NULL, NULL);
	g_autofree char *copy = g_strstrip(g_strdup(text));
	char *slash = strchr(copy, '/');
	g_autofree char *host = slash ? g_strndup(copy, (gsize) (slash - copy)) : g_strdup(copy);
	g_autoptr(GInetAddress) addr = g_inet_address_new_from_string(host);
	if (addr == NULL) {
		NETMASK_ERROR(error, "'%s' is not a network (expected e.g. 192.168.1.0/24 or "
		              "2001:db8::/32)", text);
		return NULL;
	}
	guint bits = (guint) g_inet_address_get_native_size(addr) * 8;
	guint64 length = bits;
	if (slash && !g_ascii_string_to_unsigned(slash + 1, 10, 0, bits, &length, NULL)) {
		NETMASK_ERROR(error, "'%s': prefix length must be 0 to %u", text, bits);
		return NULL;
	}
	/* "192.168.1.5/24" means the network 192.168.1.0/24, as it always did here: the host
	 * bits are cleared (GIO refuses them), and the log says how it was read. */
	const guint8 *bytes = g_inet_address_to_bytes(addr);
	guint8 network[16];
	gsize size = g_inet_address_get_native_size(addr);
	gboolean cleared = FALSE;
	for (gsize i = 0; i < size; i++) {
		guint keep = length >= (i + 1) * 8 ? 8 : length > i * 8 ? (guint) (length - i * 8) : 0;
		guint8 mask_byte = keep ? (guint8) (0xff << (8 - keep)) : 0;
		network[i] = bytes[i] & mask_byte;
		cleared = cleared || network[i] != bytes[i];
	}
	g_autoptr(GInetAddress) first = g_inet_address_new_from_bytes(network,
	                                                             g_inet_address_get_family(addr));
	g_autoptr(GError) gio_error = NULL;
	GInetAddressMask *mask = g_inet_address_mask_new(first, (guint) length, &gio_error);
	if (mask == NULL) {
		NETMASK_ERROR(error, "'%s': %s", text, gio_error->message);
		return NULL;
	}
	if (cleared) {
		g_autofree char *as = g_inet_address_mask_to_string(mask);
		g_message("network '%s' has host bits set: read as %s", text, as);
	}
	return mask;
}

GInetAddress *
dm_sockaddr_inet_address(const struct sockaddr *sa)
{
	gsize len;
	if (sa == NULL)
		return NULL;
	if (sa->sa_family == AF_INET)
		len = sizeof(struct sockaddr_in);
	else if (sa->sa_family == AF_INET6)
		len = sizeof(struct sockaddr_in6);
	else
		return NULL;
	/* GIO turns an IPv4-mapped IPv6 address into the IPv4 address it carries. */
	g_autoptr(GSocketAddress) socket_address = g_socket_address_new_from_native((gpointer) sa, len);
	if (socket_address == NULL || !G_IS_INET_SOCKET_ADDRESS(socket_address))
		return NULL;
	return g_object_ref(g_inet_socket_address_get_address(G_INET_SOCKET_ADDRESS(socket_address)));
}

gboolean
dm_sockaddr_is_loopback(const struct sockaddr *sa)
{
	g_autoptr(GInetAddress) addr = dm_sockaddr_inet_address(sa);
	return addr != NULL && g_inet_address_get_is_loopback(addr);
}

void
dm_sockaddr_to_string(const struct sockaddr *sa, char *buf, gsize len)
{
	g_autoptr(GInetAddress) addr = dm_sockaddr_inet_address(sa);
	g_autofree char *text = addr ? g_inet_address_to_string(addr) : NULL;
	buf[0] = '\0';
	if (text != NULL && strlen(text) < len)
		g_strlcpy(buf, text, len);
}
