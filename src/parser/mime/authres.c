/* authres: reads Authentication-Results headers (RFC 8601) and says whether the From
 * address of a message was verified by our own MTA.
 *
 * Header syntax, as far as we need it:
 *   authserv-id [version] ; method[/version]=result [reason=...] [ptype.property=value ...]
 *                         ; ...          (or "none")
 * with RFC 5322 comments "(...)" (nested) allowed anywhere and values possibly quoted.
 * Only headers whose authserv-id equals ours (case-insensitive) are read: anyone can
 * write an Authentication-Results header, only our MTA writes ours.  Postfix does not
 * remove incoming headers that claim our id (RFC 8601 section 5 asks it to), so a sender
 * can forge one.  Our MTA's milters insert theirs at the top of the header, above
 * anything the sender wrote; so for each method only the topmost result with our id
 * counts, and a forged "pass" further down can never override what our MTA found.
 * (A method our MTA does not check at all could still be forged: documented in README.)
 * Every header with our id is read, because several milters (DKIM, SPF, DMARC) may each
 * add one.
 *
 * Verified when (first that holds, in this order):
 *   dmarc=pass (and header.from, when given, is the From domain);
 *   dkim=pass with header.d (or the domain of header.i) aligned with the From domain;
 *   spf=pass with the smtp.mailfrom domain aligned with the From domain.
 * Aligned: equal, or one a subdomain of the other (relaxed alignment, approximated
 * without a public-suffix list: a bare TLD never aligns).
 *
 * Failure classes: none; unreadable headers are skipped.  Header values are bounded
 * (HEADER_MAX) and detail strings sanitized before they reach a log or the digest. */
#include "parser/mime/dm-authres.h"
#include "parser/mime/dm-message.h"
#include "common/dm-address.h"
#include "common/dm-sanitize.h"

#include <string.h>

#define HEADER_MAX   4096
#define DETAIL_MAX   300
#define MAX_HEADERS  64

void
dm_auth_verdict_clear(DmAuthVerdict *v)
{
	if (v == NULL)
		return;
	g_clear_pointer(&v->method, g_free);
	g_clear_pointer(&v->detail, g_free);
	v->verified = FALSE;
}

/* (transfer full) @value without comments, CR/LF and tabs made spaces. */
static char *
strip_comments(const char *value)
{
	GString *s = g_string_new(NULL);
	int depth = 0;
	gboolean quoted = FALSE;
	for (const char *p = value; *p && s->len < HEADER_MAX; p++) {
		char c = *p;
		if (c == '\r' || c == '\n' || c == '\t')
			c = ' ';
		if (quoted) {
			if (c == '\\' && p[1]) {
				g_string_append_c(s, *++p);
				continue;
			}
			if (c == '"')
				quoted = FALSE;
			g_string_append_c(s, c);
			continue;
		}
		if (depth > 0) {
			if (c == '\\' && p[1])
				p++;
			else if (c == '(')
				depth++;
			else if (c == ')')
				depth--;
			continue;
		}
		if (c == '(') {
			depth = 1;
			g_string_append_c(s, ' ');
		} else {
			if (c == '"')
				quoted = TRUE;
			g_string_append_c(s, c);
		}
	}
	return g_string_free(s, FALSE);
}

/* One "method=result ptype.prop=value ..." statement. */
typedef struct {
	char *method;           /* lower case, without /version */
	char *result;           /* lower case */
	GHashTable *props;      /* "header.d" -> "example.nl" (lower-case keys) */
} ResInfo;

static void
resinfo_free(ResInfo *r)
{
	g_free(r->method);
	g_free(r->result);
	g_hash_table_unref(r->props);
	g_free(r);
}

/* Splits on white space, keeping quoted strings together and unquoting them. */
static GPtrArray *
split_words(const char *s)
{
	GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
	GString *w = g_string_new(NULL);
	gboolean quoted = FALSE;
	for (const char *p = s;; p++) {
		if (*p == '\0' || (!quoted && *p == ' ')) {
			if (w->len)
				g_ptr_array_add(words, g_strdup(w->str));
			g_string_truncate(w, 0);
			if (*p == '\0')
				break;
			continue;
		}
		if (*p == '"') {
			quoted = !quoted;
			continue;
		}
		g_string_append_c(w, *p);
	}
	g_string_free(w, TRUE);
	return words;
}

static ResInfo *
parse_resinfo(const char *text)
{
	g_autoptr(GPtrArray) words = split_words(text);
	/* "dkim = pass" is legal: glue "=" to its neighbours first. */
	g_autoptr(GString) glued = g_string_new(NULL);
	for (guint i = 0; i < words->len; i++) {
		const char *w = words->pdata[i];
		gboolean join = glued->len > 0 &&
		                (w[0] == '=' || glued->str[glued->len - 1] == '=');
		if (glued->len && !join)
			g_string_append_c(glued, ' ');
		g_string_append(glued, w);
	}
	g_autoptr(GPtrArray) tokens = split_words(glued->str);
	if (tokens->len == 0)
		return NULL;
	const char *first = tokens->pdata[0];
	const char *eq = strchr(first, '=');
	if (eq == NULL || eq == first)
		return NULL;
	ResInfo *r = g_new0(ResInfo, 1);
	gsize mlen = strcspn(first, "=/");
	r->method = g_ascii_strdown(first, (gssize) mlen);
	r->result = g_ascii_strdown(eq + 1, -1);
	r->props = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	for (guint i = 1; i < tokens->len; i++) {
		const char *t = tokens->pdata[i];
		const char *e = strchr(t, '=');
		if (e == NULL || e == t)
			continue;
		char *key = g_ascii_strdown(t, e - t);
		if (g_hash_table_contains(r->props, key)) {
			g_free(key);
			continue;
		}
		g_hash_table_insert(r->props, key, g_strdup(e + 1));
	}
	return r;
}

/* Parses one header value; NULL unless its authserv-id is @ours. */
static GPtrArray *
parse_header(const char *value, const char *ours)
{
	g_autofree char *clean = strip_comments(value);
	g_auto(GStrv) parts = g_strsplit(clean, ";", 64);
	if (parts[0] == NULL)
		return NULL;
	g_autoptr(GPtrArray) head = split_words(parts[0]);
	if (head->len == 0 || g_ascii_strcasecmp(head->pdata[0], ours) != 0)
		return NULL;
	GPtrArray *infos = g_ptr_array_new_with_free_func((GDestroyNotify) resinfo_free);
	for (guint i = 1; parts[i]; i++) {
		ResInfo *r = parse_resinfo(g_strstrip(parts[i]));
		if (r)
			g_ptr_array_add(infos, r);
	}
	return infos;
}

/* The domain in a property value: "example.nl", "@example.nl", "user@example.nl". */
static char *
value_domain(const char *value)
{
	if (value == NULL)
		return NULL;
	const char *at = strrchr(value, '@');
	const char *d = at ? at + 1 : value;
	if (*d == '\0' || strlen(d) > 253)
		return NULL;
	for (const char *p = d; *p; p++)
		if (!(g_ascii_isalnum(*p) || *p == '.' || *p == '-' || *p == '_'))
			return NULL;
	return g_ascii_strdown(d, -1);
}

static gboolean
subdomain_of(const char *sub, const char *parent)
{
	gsize ls = strlen(sub), lp = strlen(parent);
	/* A bare label ("nl") is a public suffix, never an organisation. */
	if (strchr(parent, '.') == NULL)
		return FALSE;
	return ls > lp + 1 && sub[ls - lp - 1] == '.' && strcmp(sub + ls - lp, parent) == 0;
}

static gboolean
aligned(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return FALSE;
	return strcmp(a, b) == 0 || subdomain_of(a, b) || subdomain_of(b, a);
}

static void
set_verdict(DmAuthVerdict *out, const char *method, const char *detail)
{
	out->verified = TRUE;
	out->method = g_strdup(method);
	out->detail = dm_sanitize(detail, DETAIL_MAX);
}

void
dm_authres_check(GMimeMessage *msg, const char *authserv_id, DmAuthVerdict *out)
{
	g_return_if_fail(out != NULL);
	memset(out, 0, sizeof *out);
	g_return_if_fail(GMIME_IS_MESSAGE(msg));

	g_autofree char *from = dm_message_from_address(msg);
	const char *from_domain_raw = from ? dm_address_domain(from) : NULL;
	g_autofree char *from_domain = from_domain_raw ? g_ascii_strdown(from_domain_raw, -1) : NULL;
	if (authserv_id == NULL || authserv_id[0] == '\0') {
		out->detail = g_strdup("no trusted authserv-id configured");
		return;
	}
	if (from_domain == NULL) {
		out->detail = g_strdup("no usable From address");
		return;
	}

	/* Every statement from our own MTA, in header order. */
	g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func((GDestroyNotify) resinfo_free);
	GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(msg));
	int n = g_mime_header_list_get_count(headers);
	guint seen = 0;
	for (int i = 0; i < n && seen < MAX_HEADERS; i++) {
		GMimeHeader *h = g_mime_header_list_get_header_at(headers, i);
		if (g_ascii_strcasecmp(g_mime_header_get_name(h), "Authentication-Results") != 0)
			continue;
		seen++;
		const char *value = g_mime_header_get_raw_value(h);
		if (value == NULL)
			continue;
		g_autofree char *bounded = g_strndup(value, HEADER_MAX);
		GPtrArray *these = parse_header(bounded, authserv_id);
		if (these == NULL)
			continue;
		for (guint k = 0; k < these->len; k++) {
			ResInfo *r = these->pdata[k];
			gboolean have = FALSE;
			for (guint j = 0; j < infos->len && !have; j++)
				have = strcmp(((ResInfo *) infos->pdata[j])->method, r->method) == 0;
			if (have)
				resinfo_free(r);    /* a lower, later result for a method already read */
			else
				g_ptr_array_add(infos, r);
			these->pdata[k] = NULL;
		}
		g_ptr_array_set_free_func(these, NULL);
		g_ptr_array_unref(these);
	}
	if (infos->len == 0) {
		g_autofree char *d = g_strdup_printf("no Authentication-Results from %s", authserv_id);
		out->detail = dm_sanitize(d, DETAIL_MAX);
		return;
	}

	static const char *const order[] = { "dmarc", "dkim", "spf" };
	for (gsize o = 0; o < G_N_ELEMENTS(order); o++) {
		for (guint i = 0; i < infos->len; i++) {
			ResInfo *r = infos->pdata[i];
			if (strcmp(r->method, order[o]) != 0 || strcmp(r->result, "pass") != 0)
				continue;
			if (o == 0) {
				g_autofree char *hf = value_domain(g_hash_table_lookup(r->props, "header.from"));
				if (hf && strcmp(hf, from_domain) != 0)
					continue;
				g_autofree char *d = g_strdup_printf("dmarc=pass for %s", from_domain);
				set_verdict(out, "dmarc", d);
				return;
			}
			if (o == 1) {
				g_autofree char *dd = value_domain(g_hash_table_lookup(r->props, "header.d"));
				if (dd == NULL)
					dd = value_domain(g_hash_table_lookup(r->props, "header.i"));
				if (!aligned(dd, from_domain))
					continue;
				g_autofree char *d = g_strdup_printf("dkim=pass header.d=%s for %s", dd,
				                                     from_domain);
				set_verdict(out, "dkim", d);
				return;
			}
			g_autofree char *mf = value_domain(g_hash_table_lookup(r->props, "smtp.mailfrom"));
			if (!aligned(mf, from_domain))
				continue;
			g_autofree char *d = g_strdup_printf("spf=pass smtp.mailfrom=%s for %s", mf,
			                                     from_domain);
			set_verdict(out, "spf", d);
			return;
		}
	}
	g_autofree char *d = g_strdup_printf("no aligned pass from %s for %s", authserv_id,
	                                     from_domain);
	out->detail = dm_sanitize(d, DETAIL_MAX);
}
