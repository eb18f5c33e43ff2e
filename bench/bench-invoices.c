/* bench-invoices: invoice extraction throughput on invoice mails carrying a 200 KB PDF
 * (issue 8, point 6), as a ratio to a bare GMime parse of the same messages in the same
 * run.
 *
 *   bench-invoices [--messages N] [--rounds N] [--json OUT]
 *   bench-invoices --write-mail FILE     (one such invoice mail, for bench/run.sh's stream)
 *
 * The PDF is a one-page invoice drawn with cairo (letterhead, address block, lines,
 * totals, payment details) with a 300x200 logo of incompressible pixels, as scanned logos
 * are: about 200 KB, base64 in the mail.  Each round times, back to back, a GMime parse of
 * every message and a parse + dm_invoice_extract (XML, Factur-X, poppler's text, the
 * body); the ratio of the two rates is taken per round, and the median, min and max over
 * the rounds are reported, so that the noise of a shared machine shows.  Timed in CPU
 * seconds, one core. */
#include "parser/invoice/dm-invoice.h"
#include "parser/mime/dm-message.h"

#include <cairo.h>
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static cairo_status_t
append(void *closure, const unsigned char *data, unsigned int length)
{
	g_byte_array_append(closure, data, length);
	return CAIRO_STATUS_SUCCESS;
}

/* (transfer full) the PDF of invoice @number. */
static GByteArray *
render_pdf(const char *number)
{
	GByteArray *out = g_byte_array_new();
	cairo_surface_t *pdf = cairo_pdf_surface_create_for_stream(append, out, 595, 842);
	cairo_t *cr = cairo_create(pdf);
	cairo_surface_t *logo = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 300, 200);
	unsigned char *px = cairo_image_surface_get_data(logo);
	GRand *rand = g_rand_new_with_seed(42);
	for (int i = 0; i < cairo_image_surface_get_stride(logo) * 200; i++)
		px[i] = (unsigned char) g_rand_int_range(rand, 0, 256);
	g_rand_free(rand);
	cairo_surface_mark_dirty(logo);
	cairo_set_source_surface(cr, logo, 56, 30);
	cairo_paint(cr);
	cairo_surface_destroy(logo);
	cairo_set_source_rgb(cr, 0, 0, 0);
	cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, 9);
	g_autofree char *num = g_strdup_printf("Factuurnummer   %s", number);
	const char *lines[] = {
		"Drukkerij De Letterbak B.V.", "t.a.v. mevrouw P. Jansen", "Industrieweg 12",
		"3542 AD Utrecht", "FACTUUR", num, "Factuurdatum   02-11-2026",
		"Vervaldatum   16-11-2026", "Drukwerk folders, 5.000 stuks   € 826,45",
		"Subtotaal   € 826,45", "BTW 21%   € 173,55", "Totaal te betalen   € 1.000,00",
		"Graag overmaken op NL91 ABNA 0417 1643 00 t.n.v. Acme BV.",
	};
	for (guint i = 0; i < G_N_ELEMENTS(lines); i++) {
		cairo_move_to(cr, 56, 260 + 14 * i);
		cairo_show_text(cr, lines[i]);
	}
	cairo_destroy(cr);
	cairo_surface_finish(pdf);
	cairo_surface_destroy(pdf);
	return out;
}

/* Gives back the font caches cairo and fontconfig keep for the life of the process, once
 * every PDF is drawn: a leak checker (make check SAN=1) then finds nothing of theirs. */
static void
release_fonts(void)
{
	cairo_debug_reset_static_data();
	FcFini();
}

/* (transfer full) the mail carrying invoice @number's PDF, serialised. */
static char *
mail(const char *number)
{
	g_autoptr(GByteArray) pdf = render_pdf(number);
	g_autofree char *b64 = g_base64_encode(pdf->data, pdf->len);
	GString *wrapped = g_string_new(NULL);
	for (gsize i = 0, n = strlen(b64); i < n; i += 76)
		g_string_append_printf(wrapped, "%.76s\r\n", b64 + i);
	g_autofree char *body = g_string_free(wrapped, FALSE);
	return g_strdup_printf(
		"From: Acme BV <billing@acme.example>\r\nTo: <boekhouding@letterbak.example>\r\n"
		"Subject: Factuur %s\r\nDate: Mon, 02 Nov 2026 09:30:00 +0100\r\n"
		"Message-ID: <%s@acme.example>\r\nMIME-Version: 1.0\r\n"
		"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
		"Content-Type: text/plain; charset=utf-8\r\n\r\nIn de bijlage factuur %s.\r\n--b\r\n"
		"Content-Type: application/pdf; name=\"%s.pdf\"\r\nContent-Transfer-Encoding: base64\r\n"
		"Content-Disposition: attachment; filename=\"%s.pdf\"\r\n\r\n%s--b--\r\n",
		number, number, number, number, number, body);
}

/* Seconds of CPU this process has used: the other users of a shared machine do not
 * count against either side of the ratio (as in bench-replies). */
static double
cpu_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* Messages per CPU second over @messages: parse only, or parse and extract. */
static double
one_pass(GPtrArray *messages, gboolean extract)
{
	double start = cpu_seconds();
	for (guint i = 0; i < messages->len; i++) {
		const char *bytes = g_ptr_array_index(messages, i);
		g_autoptr(GMimeMessage) msg = dm_message_parse(bytes, strlen(bytes), NULL);
		g_assert_nonnull(msg);
		if (extract) {
			g_autoptr(DmInvoiceFacts) f = dm_invoice_extract(msg);
			g_assert_true(f->is_invoice && f->amount_cents == 100000);
		}
	}
	return (double) messages->len / (cpu_seconds() - start);
}

static int
compare_double(gconstpointer a, gconstpointer b)
{
	double x = *(const double *) a, y = *(const double *) b;
	return x < y ? -1 : x > y;
}

int
main(int argc, char **argv)
{
	int n = 40, rounds = 7;
	g_autofree char *json_out = NULL;
	g_autofree char *mail_out = NULL;
	GOptionEntry entries[] = {
		{ "messages", 0, 0, G_OPTION_ARG_INT, &n, "Invoice mails (default 40)", "N" },
		{ "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Rounds (default 7)", "N" },
		{ "json", 0, 0, G_OPTION_ARG_FILENAME, &json_out, "Write the figures as JSON", "OUT" },
		{ "write-mail", 0, 0, G_OPTION_ARG_FILENAME, &mail_out,
		  "Write one invoice mail (200 KB PDF) to FILE and exit", "FILE" },
		G_OPTION_ENTRY_NULL
	};
	g_autoptr(GOptionContext) ctx = g_option_context_new("- invoice extraction throughput");
	g_option_context_add_main_entries(ctx, entries, NULL);
	g_autoptr(GError) error = NULL;
	if (!g_option_context_parse(ctx, &argc, &argv, &error) || n < 1 || rounds < 1) {
		fprintf(stderr, "bench-invoices: %s\n", error ? error->message : "N must be at least 1");
		return 2;
	}
	if (mail_out) {
		/* The mail path's invoice: the same mail this bench parses, so that both measure
		 * the same bytes. */
		g_autofree char *m = mail("2026-0001");
		release_fonts();
		if (!g_file_set_contents(mail_out, m, -1, &error)) {
			fprintf(stderr, "bench-invoices: %s\n", error->message);
			return 3;
		}
		return 0;
	}
	dm_parser_init();
	g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func(g_free);
	gsize bytes = 0;
	for (int i = 0; i < n; i++) {
		g_autofree char *number = g_strdup_printf("2026-%04d", i + 1);
		char *m = mail(number);
		bytes += strlen(m);
		g_ptr_array_add(messages, m);
	}
	release_fonts();
	g_autoptr(GArray) ratios = g_array_new(FALSE, FALSE, sizeof(double));
	double parse_sum = 0, extract_sum = 0;
	for (int r = 0; r < rounds; r++) {
		double parse = one_pass(messages, FALSE), extract = one_pass(messages, TRUE);
		double ratio = extract / parse;
		parse_sum += parse;
		extract_sum += extract;
		g_array_append_val(ratios, ratio);
	}
	g_array_sort(ratios, compare_double);
	double median = g_array_index(ratios, double, ratios->len / 2);
	double lo = g_array_index(ratios, double, 0), hi = g_array_index(ratios, double, ratios->len - 1);
	printf("bench-invoices: %d invoice mails of %.0f KB (PDF inside), %d rounds, one core\n", n,
	       (double) bytes / n / 1024, rounds);
	printf("  GMime parse only          %8.1f messages/s (mean)\n", parse_sum / rounds);
	printf("  parse + dm_invoice_extract %7.1f messages/s (mean)\n", extract_sum / rounds);
	printf("  ratio per round: median %.3f, min %.3f, max %.3f (target >= 0.5)\n", median, lo, hi);
	printf("invoices: extraction / GMime parse %.3f (target >= 0.5)\n", median);
	if (json_out) {
		g_autofree char *json = g_strdup_printf(
			"{\"messages\": %d, \"rounds\": %d, \"mail_kb\": %.0f, \"parse_per_second\": %.1f,"
			" \"extract_per_second\": %.1f, \"ratio_median\": %.3f, \"ratio_min\": %.3f,"
			" \"ratio_max\": %.3f}\n", n, rounds, (double) bytes / n / 1024, parse_sum / rounds,
			extract_sum / rounds, median, lo, hi);
		if (!g_file_set_contents(json_out, json, -1, &error)) {
			fprintf(stderr, "bench-invoices: %s\n", error->message);
			return 3;
		}
	}
	return 0;
}
