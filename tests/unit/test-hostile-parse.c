/* test-hostile-parse: hostile spool files through dunmaild's parse child, as ingestion
 * runs them (dm_ingest_plan_read in a child under the default budget of
 * [daemon] parse_time_limit and parse_memory_limit), each as outgoing mail (invoice facts)
 * and as incoming mail (reply analysis).  For each the child's own cost is measured
 * (wait4's rusage) and printed; the test asserts that the parse either answers or is
 * refused for its budget or its input, never crashes, and that its CPU, memory and wall
 * clock stay under the configured limits.
 *
 * The messages are made here, at test time: a 50 MB message, 1,000 nested multiparts,
 * broken MIME and charsets, a 200 KB header line, NUL bytes, and a PDF built to exhaust
 * memory (a content stream that inflates to hundreds of megabytes). */
#include <string.h>

#include <gio/gio.h>

#include "common/dm-config.h"
#include "dunning/daemon/dm-ingest-plan.h"
#include "dunning/daemon/dm-parse-child.h"
#include "parser/mime/dm-message.h"
#include "test-util.h"

typedef struct {
	const char *name;
	GString *(*make)(void);
	int cpu_seconds;            /* [daemon] parse_time_limit as a user may set it; 0: default */
} Case;

static const char *const HEAD =
	"From: Billing <billing@acme.example>\r\n"
	"To: Debtor <debtor@example.nl>\r\n"
	"Date: Tue, 01 Dec 2026 10:00:00 +0100\r\n"
	"Message-ID: <hostile@acme.example>\r\n"
	"MIME-Version: 1.0\r\n";

static GString *
big_message(void)
{
	GString *m = g_string_sized_new(51 * 1024 * 1024);
	g_string_append(m, HEAD);
	g_string_append(m, "Subject: Factuur 2026-0001\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n");
	static const char line[] = "Factuurnummer 2026-0001, bedrag EUR 1.234,56, te betalen binnen "
	                           "14 dagen op NL91ABNA0417164300.\r\n";
	while (m->len < 50 * 1024 * 1024)
		g_string_append(m, line);
	return m;
}

static GString *
nested_multiparts(void)
{
	GString *m = g_string_new(HEAD);
	g_string_append(m, "Subject: nested\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
	for (int i = 1; i <= 1000; i++)
		g_string_append_printf(m, "--b%d\r\nContent-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n",
		                       i - 1, i);
	g_string_append(m, "--b1000\r\nContent-Type: text/plain\r\n\r\nFactuur 2026-0002 EUR 10,00\r\n");
	for (int i = 1000; i >= 0; i--)
		g_string_append_printf(m, "--b%d--\r\n", i);
	return m;
}

static GString *
broken_mime(void)
{
	GString *m = g_string_new(HEAD);
	g_string_append(m,
		"Subject: =?x-no-such-charset?B?!!!not-base64?= =?utf-8?Q?Factuur_=FF=FE?=\r\n"
		"Content-Type: multipart/mixed; boundary=\"never-closed\"\r\n\r\n"
		"--never-closed\r\nContent-Type: text/plain; charset=\"x-bogus\"\r\n"
		"Content-Transfer-Encoding: base64\r\n\r\n%%%% not base64 at all ====\r\n"
		"--never-closed\r\nContent-Type: text/plain; charset=utf-16\r\n"
		"Content-Transfer-Encoding: quoted-printable\r\n\r\nF=00a=0=ZZc=\r\n"
		"--never-closed\r\nContent-Type: text/html; charset=iso-2022-jp\r\n\r\n"
		"<html><body><p>\x1b$B\x1b(<b>unclosed<table><tr><td>Factuur\xff\xfe</td>\r\n"
		"--never-closed\r\nContent-Type: application/pdf; name=\"a.pdf\"\r\n"
		"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJeLjz9MK\r\n"
		"--never-closed\r\nContent-Type: message/rfc822\r\n\r\nFrom: x\r\n");
	return m;
}

static GString *
long_header(void)
{
	GString *m = g_string_new(HEAD);
	g_string_append(m, "Subject: Factuur ");
	for (int i = 0; i < 200 * 1024 / 8; i++)
		g_string_append(m, "2026-01 ");
	g_string_append(m, "\r\nTo: ");
	for (int i = 0; i < 200 * 1024 / 16; i++)
		g_string_append(m, "a@example.nl, ");
	g_string_append(m, "b@example.nl\r\nContent-Type: text/plain\r\n\r\nFactuur 2026-0003\r\n");
	return m;
}

static GString *
nul_bytes(void)
{
	GString *m = g_string_new(HEAD);
	g_string_append(m, "Subject: Factuur ");
	g_string_append_len(m, "2026\0-0004\0", 11);
	g_string_append(m, "\r\nContent-Type: multipart/mixed; boundary=\"n");
	g_string_append_len(m, "\0ul", 3);
	g_string_append(m, "\"\r\n\r\n--n");
	g_string_append_len(m, "\0ul\r\nContent-Type: text/plain\r\n\r\nFactuur\0 2026-0004 bedrag "
	                       "EUR\0 12,00\r\n", 58);
	for (int i = 0; i < 4096; i++)
		g_string_append_c(m, '\0');
	g_string_append(m, "\r\n--n");
	g_string_append_len(m, "\0ul--\r\n", 7);
	return m;
}

/* (transfer full) @n bytes of @pattern repeated, zlib-compressed (a FlateDecode stream). */
static GBytes *
deflate_repeated(const char *pattern, gsize n)
{
	g_autoptr(GZlibCompressor) z = g_zlib_compressor_new(G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 9);
	g_autoptr(GOutputStream) mem = g_memory_output_stream_new_resizable();
	g_autoptr(GOutputStream) out = g_converter_output_stream_new(mem, G_CONVERTER(z));
	gsize plen = strlen(pattern);
	g_autoptr(GString) chunk = g_string_new(NULL);
	while (chunk->len < 1024 * 1024)
		g_string_append(chunk, pattern);
	g_assert_cmpuint(chunk->len % plen, ==, 0);
	for (gsize done = 0; done < n; done += chunk->len)
		g_assert_true(g_output_stream_write_all(out, chunk->str, chunk->len, NULL, NULL, NULL));
	g_assert_true(g_output_stream_close(out, NULL, NULL));
	return g_memory_output_stream_steal_as_bytes(G_MEMORY_OUTPUT_STREAM(mem));
}

/* A PDF that costs what a careless reader cannot pay: a page whose content stream inflates
 * to 300 MB of text-showing operators, an image that claims 100,000 x 100,000 pixels, and a
 * page tree that points at itself. */
static GString *
pdf_bomb(void)
{
	g_autoptr(GBytes) content = deflate_repeated("BT /F1 9 Tf 10 10 Td (Factuur 2026-0005 EUR 99,00) Tj ET\n",
	                                              300 * 1024 * 1024);
	gsize clen = 0;
	const char *cdata = g_bytes_get_data(content, &clen);
	g_autoptr(GString) pdf = g_string_new("%PDF-1.4\n");
	g_string_append(pdf, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
	                     "2 0 obj << /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >> endobj\n"
	                     "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
	                     "/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> "
	                     "/Contents 4 0 R >> endobj\n");
	g_string_append_printf(pdf, "4 0 obj << /Length %zu /Filter /FlateDecode >> stream\n", clen);
	g_string_append_len(pdf, cdata, (gssize) clen);
	g_string_append(pdf, "\nendstream endobj\n"
	                     "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
	                     "6 0 obj << /Type /XObject /Subtype /Image /Width 100000 /Height 100000 "
	                     "/ColorSpace /DeviceRGB /BitsPerComponent 8 /Length 0 >> stream\n"
	                     "\nendstream endobj\n"
	                     "trailer << /Root 1 0 R >>\n%%EOF\n");
	g_autofree char *b64 = g_base64_encode((const guchar *) pdf->str, pdf->len);

	GString *m = g_string_new(HEAD);
	g_string_append(m, "Subject: Factuur 2026-0005\r\n"
	                   "Content-Type: multipart/mixed; boundary=\"pdf\"\r\n\r\n"
	                   "--pdf\r\nContent-Type: text/plain\r\n\r\nIn de bijlage de factuur.\r\n"
	                   "--pdf\r\nContent-Type: application/pdf; name=\"factuur.pdf\"\r\n"
	                   "Content-Disposition: attachment; filename=\"factuur.pdf\"\r\n"
	                   "Content-Transfer-Encoding: base64\r\n\r\n");
	for (const char *p = b64; *p; p += MIN(strlen(p), 76)) {
		g_string_append_len(m, p, (gssize) MIN(strlen(p), 76));
		g_string_append(m, "\r\n");
	}
	g_string_append(m, "--pdf--\r\n");
	return m;
}

static const Case cases[] = {
	{ "50MB", big_message, 0 },
	{ "nested-1000", nested_multiparts, 0 },
	{ "broken-mime", broken_mime, 0 },
	{ "header-200KB", long_header, 0 },
	{ "nul-bytes", nul_bytes, 0 },
	/* It costs whatever CPU it is given (poppler inflates and lays out the whole stream):
	 * a small budget keeps `make check` short and shows the limit is what stops it. */
	{ "pdf-bomb", pdf_bomb, 3 },
};

typedef struct {
	const char *path;
} Request;

/* What ingestion runs in its child (ingest.c: read_plan_in_child). */
static GVariant *
read_plan_in_child(gpointer user, GError **error)
{
	const Request *req = user;
	g_autofree char *data = NULL;
	gsize len = 0;
	if (!g_file_get_contents(req->path, &data, &len, error))
		return NULL;
	g_autoptr(DmIngestPlan) plan = dm_ingest_plan_read(data, len, "mx.acme.example", NULL, NULL,
	                                                   error);
	return plan ? dm_ingest_plan_to_variant(plan) : NULL;
}

static void
run_case(const Case *c, const char *direction)
{
	g_autoptr(DmConfig) config = dm_config_new_default();
	if (c->cpu_seconds)
		config->parse_time_limit = c->cpu_seconds;
	g_autoptr(GString) msg = c->make();
	g_autoptr(GString) file = g_string_new(NULL);
	g_string_append_printf(file, "X-Dunmail-Spool: 1\nDirection: %s\nMail-From: billing@acme.example\n"
	                       "Rcpt-To: %s\nQueue-Id: 4HOSTILE\n\n", direction,
	                       strcmp(direction, "incoming") == 0 ? "billing@acme.example"
	                                                          : "debtor@example.nl");
	g_string_append_len(file, msg->str, (gssize) msg->len);
	g_autofree char *dir = g_dir_make_tmp("dm-hostile-XXXXXX", NULL);
	g_autofree char *path = g_build_filename(dir, "spool.eml", NULL);
	g_assert_true(g_file_set_contents(path, file->str, (gssize) file->len, NULL));

	DmParseBudget budget = { .cpu_seconds = config->parse_time_limit,
	                         .memory_bytes = config->parse_memory_limit };
	Request req = { .path = path };
	DmParseUsage usage = { 0 };
	g_autoptr(GError) error = NULL;
	g_autoptr(GVariant) v = dm_parse_child_run_measured(&budget, read_plan_in_child, &req,
	                                                    &usage, &error);
	g_test_message("%s %s (%.1f MB): %s; CPU %.2f s, peak RSS %.0f MB, wall %.2f s "
	               "(limits %d s CPU, %zu MB, %d s wall)",
	               c->name, direction, (double) file->len / 1e6,
	               v ? "answered" : error->message, usage.cpu_seconds,
	               (double) usage.max_rss_bytes / (1024 * 1024), usage.wall_seconds,
	               budget.cpu_seconds, budget.memory_bytes / (1024 * 1024),
	               DM_PARSE_WALL_SECONDS(budget.cpu_seconds));
	if (!v) {
		/* Refused for its budget or its input is fine (set aside, reported); a crash
		 * is a defect, and our own trouble (fork, pipe) is the test's failure. */
		g_assert_true(error->domain != DM_PARSE_CHILD_ERROR ||
		              error->code == DM_PARSE_CHILD_ERROR_FAILED ||
		              error->code == DM_PARSE_CHILD_ERROR_OVER_BUDGET);
	}
	/* The budget holds: CPU to its limit (the kernel's SIGXCPU, a second's grace), the
	 * wall clock to ours, memory to RLIMIT_AS (an address-space bound, so the resident set
	 * is below it) where this build enforces it. */
	g_assert_cmpfloat(usage.cpu_seconds, <=, budget.cpu_seconds + 1.5);
	g_assert_cmpfloat(usage.wall_seconds, <=, DM_PARSE_WALL_SECONDS(budget.cpu_seconds) + 2);
	if (dm_parse_child_limits_memory())
		g_assert_cmpuint(usage.max_rss_bytes, <=, budget.memory_bytes);
	dm_test_rm_rf(dir);
}

static void
test_outgoing(gconstpointer data)
{
	run_case(data, "outgoing");
}

static void
test_incoming(gconstpointer data)
{
	run_case(data, "incoming");
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_parser_init();
	for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
		g_autofree char *out = g_strdup_printf("/hostile-parse/outgoing/%s", cases[i].name);
		g_autofree char *in = g_strdup_printf("/hostile-parse/incoming/%s", cases[i].name);
		g_test_add_data_func(out, &cases[i], test_outgoing);
		g_test_add_data_func(in, &cases[i], test_incoming);
	}
	return g_test_run();
}
