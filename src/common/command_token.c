/* command_token: the Reply-To tag of a digest and its check (dm-command-token.h). */
#include "common/dm-command-token.h"
#include "common/dm-address.h"
#include "common/dm-verp.h"

#include <string.h>

/* (transfer full) the MAC of digest @id's token expiring on @day ("YYYYMMDD"). */
static char *
token_mac(gint64 id, const char *day, const char *secret)
{
	g_autofree char *input = g_strdup_printf("dunmail-digest-reply:%" G_GINT64_FORMAT ":%s",
	                                         id, day);
	return dm_verp_mac_hex(input, secret, DM_VERP_MAC_HEX);
}

char *
dm_command_token_address(const char *billing, gint64 digest_id, const GDate *expires,
                         const char *secret)
{
	g_return_val_if_fail(billing && secret && digest_id > 0 && g_date_valid(expires), NULL);
	const char *at = strrchr(billing, '@');
	g_return_val_if_fail(at != NULL, NULL);
	char day[16];
	g_snprintf(day, sizeof day, "%04d%02d%02d", g_date_get_year(expires),
	           g_date_get_month(expires), g_date_get_day(expires));
	g_autofree char *mac = token_mac(digest_id, day, secret);
	return g_strdup_printf("%.*s+" DM_COMMAND_TOKEN_PREFIX "%" G_GINT64_FORMAT "-%s-%s%s",
	                       (int) (at - billing), billing, digest_id, day, mac, at);
}

/* Reads "YYYYMMDD" into @out. */
static gboolean
read_day(const char *text, gsize len, GDate *out)
{
	guint64 v;
	g_autofree char *digits = g_strndup(text, len);
	if (len != 8 || !g_ascii_string_to_unsigned(digits, 10, 19700101, 21991231, &v, NULL))
		return FALSE;
	int y = (int) (v / 10000), m = (int) (v / 100 % 100), d = (int) (v % 100);
	if (!g_date_valid_dmy((GDateDay) d, (GDateMonth) m, (GDateYear) y))
		return FALSE;
	g_date_set_dmy(out, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
	return TRUE;
}

DmCommandToken
dm_command_token_check(const char *address, const char *secret, const GDate *today,
                       gint64 *digest_id, GDate *expires)
{
	*digest_id = 0;
	g_autofree char *norm = address ? dm_address_normalize(address) : NULL;
	g_autofree char *tag = dm_address_tag(norm);
	if (!tag || !g_str_has_prefix(tag, DM_COMMAND_TOKEN_PREFIX))
		return DM_COMMAND_TOKEN_NONE;
	/* <id>-<YYYYMMDD>-<mac> */
	g_auto(GStrv) parts = g_strsplit(tag + strlen(DM_COMMAND_TOKEN_PREFIX), "-", 4);
	guint64 id;
	GDate day;
	if (!secret || !*secret || g_strv_length(parts) != 3 ||
	    !g_ascii_string_to_unsigned(parts[0], 10, 1, G_MAXINT64, &id, NULL) ||
	    !read_day(parts[1], strlen(parts[1]), &day))
		return DM_COMMAND_TOKEN_INVALID;
	g_autofree char *mac = token_mac((gint64) id, parts[1], secret);
	if (!dm_verp_mac_equal(mac, parts[2], DM_VERP_MAC_HEX))
		return DM_COMMAND_TOKEN_INVALID;
	*digest_id = (gint64) id;
	if (expires)
		*expires = day;
	return g_date_compare(today, &day) > 0 ? DM_COMMAND_TOKEN_EXPIRED : DM_COMMAND_TOKEN_VALID;
}
