/* dm-netmask: IPv4/IPv6 networks in CIDR notation (GIO's GInetAddressMask), and the
 * client addresses the milter is given as struct sockaddr. */
#pragma once
#include <gio/gio.h>
#include <sys/socket.h>

/* (transfer full) the network "10.0.0.0/8", "::1/128" or a bare address (a host), space
 * around it allowed; NULL with @error, whose message names the text and what is wrong
 * with it (not an address, a prefix length out of range, bits set beyond the prefix). */
GInetAddressMask *dm_netmask_parse(const char *text, GError **error);
/* (transfer full) the IP address of @sa, an IPv4-mapped IPv6 address as IPv4 (so that
 * "::ffff:10.1.2.3" is in 10.0.0.0/8); NULL for NULL or a non-IP family (AF_UNIX). */
GInetAddress *dm_sockaddr_inet_address(const struct sockaddr *sa);
/* TRUE for 127.0.0.0/8, ::1 and IPv4-mapped loopback. */
gboolean dm_sockaddr_is_loopback(const struct sockaddr *sa);
/* Writes the numeric address into @buf (INET6_ADDRSTRLEN at least); "" when unknown. */
void dm_sockaddr_to_string(const struct sockaddr *sa, char *buf, gsize len);
