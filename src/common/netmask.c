/* netmask: CIDR networks for the milter's "internal client" rule. */
#include <gio/gio.h>
#include "common/dm-netmask.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>

static const guint8 v4mapped_prefix[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };

gboolean
dm_netmask_parse(const char *text, DmNetmask *out, GError **error)
{
	g_autofree char *copy = g_strstrip(g_strdup(text));
	char *slash = strchr(copy, '/');
	memset(out, 0, sizeof *out);
	if (slash)
		*slash = '\0';
	if (inet_pton(AF_INET, copy, out->addr) == 1) {
		out->family = AF_INET;
		out->prefix = 32;
	} else if (inet_pton(AF_INET6, copy, out->addr) == 1) {
		out->family = AF_INET6;
		out->prefix = 128;
	} else {
		g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
		            "'%s' is not a network (expected e.g. 192.168.1.0/24 or 2001:db8::/32)", text);
		return FALSE;
	}
	if (slash) {
		guint64 p;
		if (!g_ascii_string_to_unsigned(slash + 1, 10, 0, out->prefix, &p, NULL)) {
			g_set_error(error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
			            "'%s': prefix length must be 0 to %u", text, out->prefix);
			return FALSE;
		}
		out->prefix = (guint) p;
	}
	return TRUE;
}

static gboolean
prefix_equal(const guint8 *a, const guint8 *b, guint bits)
{
	guint whole = bits / 8, rest = bits % 8;
	if (memcmp(a, b, whole) != 0)
		return FALSE;
	if (rest == 0)
		return TRUE;
	guint8 mask = (guint8) (0xff << (8 - rest));
	return (a[whole] & mask) == (b[whole] & mask);
}

/* Reduces @sa to (family, bytes), unwrapping IPv4-mapped IPv6 addresses. */
static gboolean
sockaddr_bytes(const struct sockaddr *sa, int *family, guint8 bytes[16])
{
	if (!sa)
		return FALSE;
	if (sa->sa_family == AF_INET) {
		const struct sockaddr_in *in = (const struct sockaddr_in *) sa;
		*family = AF_INET;
		memcpy(bytes, &in->sin_addr, 4);
		return TRUE;
	}
	if (sa->sa_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *) sa;
		if (memcmp(in6->sin6_addr.s6_addr, v4mapped_prefix, 12) == 0) {
			*family = AF_INET;
			memcpy(bytes, in6->sin6_addr.s6_addr + 12, 4);
		} else {
			*family = AF_INET6;
			memcpy(bytes, in6->sin6_addr.s6_addr, 16);
		}
		return TRUE;
	}
	return FALSE;
}

gboolean
dm_netmask_contains(const DmNetmask *net, const struct sockaddr *sa)
{
	int family;
	guint8 bytes[16];
	if (!sockaddr_bytes(sa, &family, bytes) || family != net->family)
		return FALSE;
	return prefix_equal(net->addr, bytes, net->prefix);
}

gboolean
dm_sockaddr_is_loopback(const struct sockaddr *sa)
{
	int family;
	guint8 bytes[16];
	static const guint8 v6_loopback[16] = { [15] = 1 };
	if (!sockaddr_bytes(sa, &family, bytes))
		return FALSE;
	if (family == AF_INET)
		return bytes[0] == 127;
	return memcmp(bytes, v6_loopback, 16) == 0;
}

void
dm_sockaddr_to_string(const struct sockaddr *sa, char *buf, gsize len)
{
	int family;
	guint8 bytes[16];
	buf[0] = '\0';
	if (sockaddr_bytes(sa, &family, bytes) && !inet_ntop(family, bytes, buf, (socklen_t) len))
		buf[0] = '\0';
}
