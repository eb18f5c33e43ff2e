/* dm-netmask: IPv4/IPv6 networks in CIDR notation, and membership tests. */
#pragma once
#include <glib.h>
#include <sys/socket.h>

typedef struct {
	int family;           /* AF_INET or AF_INET6 */
	guint8 addr[16];
	guint prefix;
} DmNetmask;

/* Parses "10.0.0.0/8", "::1/128" or a bare address (a host). */
gboolean dm_netmask_parse(const char *text, DmNetmask *out, GError **error);
gboolean dm_netmask_contains(const DmNetmask *net, const struct sockaddr *sa);
/* TRUE for 127.0.0.0/8, ::1 and IPv4-mapped loopback. */
gboolean dm_sockaddr_is_loopback(const struct sockaddr *sa);
/* Writes the numeric address into @buf (INET6_ADDRSTRLEN at least); "" when unknown. */
void dm_sockaddr_to_string(const struct sockaddr *sa, char *buf, gsize len);
