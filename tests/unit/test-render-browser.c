/* test-render-browser: the digest's HTML and `dunmail report --html`'s page as a real
 * browser shows them (Debian's chromium, headless; scripts/deps.sh installs it).
 *
 * For each page: a PNG at 600 and 800 px kept in $BUILD/artefacts/ for a person to look at
 * (checked to be a non-empty PNG), and, at both widths, a measured copy of the page: the
 * TEST appends a small script (the page itself has none) that writes what the browser laid
 * out into the DOM, which --dump-dom prints.  It must say that nothing is wider than the
 * window (scrollWidth <= clientWidth; the data holds a 300-character word and long
 * addresses, which overflow without the page's wrapping), that our script is the only one
 * and no image exists, and that the debtor's "<script>" and "<img onerror>" show as text.
 *
 * Chromium takes some seconds per run on a busy machine: eight runs in all. */
#include <string.h>

#include "dunning/report/dm-digest.h"
#include "dunning/report/dm-overview.h"
#include "dunning/ledger/dm-invoices.h"
#include "dunning/ledger/dm-messages.h"
#include "common/dm-clock.h"
#include "test-dunning-util.h"

#define NOW_ISO "2026-12-01T11:00:00Z"
#define HOSTILE_NAME "<script>alert('x')</script> Evil \xe2\x80\xae" "BV"
#define HOSTILE_TEXT "<img src=x onerror=alert(1)> we dispute this\r\nBcc: v@example"

static const int widths[] = { 600, 800 };

static char *chromium;          /* NULL: not installed */
static char *artefacts;
static char *workdir;           /* the ledger and a configuration naming it */

static void
add(DmLedger *ledger, const char *number, const char *email, const char *name, gint64 cents,
    int due_day, int due_month)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(DmInvoice) inv = dm_invoice_new();
	inv->number = g_strdup(number);
	inv->debtor_email = g_strdup(email);
	inv->debtor_name = g_strdup(name);
	inv->has_amount = TRUE;
	inv->amount_cents = cents;
	inv->currency = g_strdup("EUR");
	g_date_set_dmy(&inv->due_date, (GDateDay) due_day, (GDateMonth) due_month, 2026);
	inv->message_id = g_strdup_printf("<inv-%s@acme.example>", number);
	gboolean existed;
	g_assert_true(dm_ledger_invoice_add(ledger, inv, NOW_ISO, &existed, &err));
	g_assert_no_error(err);
	if (g_str_has_prefix(email, "evil")) {
		g_autofree char *word = g_strnfill(300, 'W');
		g_autofree char *text = g_strconcat(HOSTILE_TEXT " ", word, NULL);
		DmReplyRow reply = { .invoice_id = inv->id, .from_addr = (char *) email, .kind = "reply",
		                     .klass = DM_REPLY_CLASS_DISPUTE, .confidence = 0.7,
		                     .reply_text = text, .authenticated = TRUE, .applied = TRUE,
		                     .received_at = NOW_ISO };
		g_date_clear(&reply.stated_date, 1);
		dm_test_reply_add(ledger, "<evil@x>", &reply);
	}
}

/* The two pages, written to $BUILD/artefacts/{digest,report}.html. */
static void
write_pages(void)
{
	workdir = g_dir_make_tmp("dm-render-XXXXXX", NULL);
	const char *dir = workdir;
	DmConfig *config = dm_test_config_new(dir);
	g_autoptr(GError) err = NULL;
	DmLedger *ledger = dm_ledger_open(config->database, FALSE, &err);
	g_assert_no_error(err);
	g_autofree char *local = g_strnfill(60, 'a');
	g_autofree char *domain = g_strnfill(40, 'b');
	g_autofree char *long_address = g_strconcat(local, "@", domain, ".example", NULL);
	add(ledger, "2026-0101", "evil@evil.example", HOSTILE_NAME, 48000, 20, 11);
	add(ledger, "2026-0102", "klant@debtor.example", "Klant BV", 125000, 1, 10);
	add(ledger, "2026-0103", long_address, NULL, 9900, 15, 12);
	add(ledger, "2026-0104", "oud@debtor.example", "Oud & Zonen", 350000, 1, 7);
	g_autoptr(GTimeZone) tz = g_time_zone_new_identifier("Europe/Amsterdam");
	g_autoptr(GDateTime) now = g_date_time_new(tz, 2026, 12, 1, 12, 0, 0);
	g_auto(DmDigest) digest = { 0 };
	g_assert_true(dm_digest_build(config, ledger, now, &digest, &err));
	g_assert_no_error(err);
	g_auto(DmOverview) ov = { 0 };
	GDate today = dm_clock_date(now);
	g_assert_true(dm_overview_read(ledger, &today, NULL, &ov, &err));
	g_autoptr(DmDoc) doc = dm_overview_doc(config, &ov);
	g_autofree char *report = dm_doc_html(doc);
	g_autofree char *d = g_build_filename(artefacts, "digest.html", NULL);
	g_autofree char *r = g_build_filename(artefacts, "report.html", NULL);
	g_assert_true(g_file_set_contents(d, digest.html, -1, &err));
	g_assert_true(g_file_set_contents(r, report, -1, &err));
	dm_ledger_close(ledger);
	/* The ledger verbs check the ladder's templates: the tree's own. */
	g_autofree char *cwd = g_get_current_dir();
	g_autofree char *conf = g_strdup_printf("[mail]\nbilling_addresses = billing@acme.example\n"
	                                        "owner = owner@acme.example\n[ledger]\ndatabase = %s\n"
	                                        "[dunning]\ntemplates = %s/templates\n",
	                                        config->database, cwd);
	g_autofree char *conf_path = g_build_filename(dir, "dunmail.conf", NULL);
	g_assert_true(g_file_set_contents(conf_path, conf, -1, NULL));
	dm_config_free(config);
}

/* `dunmail -c CONF VERB ARGS... --now 2026-12-01` over the same ledger; its stdout. */
static char *
run_cli(const char *verb, const char *arg, const char *option)
{
	g_autofree char *exe = g_build_filename(g_getenv("BUILD") ? g_getenv("BUILD") : "build",
	                                        "dunmail", NULL);
	g_autofree char *conf = g_build_filename(workdir, "dunmail.conf", NULL);
	const char *argv[9] = { exe, "-c", conf, verb, "--now", "2026-12-01" };
	int n = 6;
	if (arg)
		argv[n++] = arg;
	if (option)
		argv[n++] = option;
	char *out = NULL;
	g_autofree char *err_text = NULL;
	int status;
	g_assert_true(g_spawn_sync(NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
	                           &err_text, &status, NULL));
	if (!g_spawn_check_wait_status(status, NULL)) {
		g_printerr("dunmail %s failed (%d): %s\n", verb, status, err_text);
		g_assert_not_reached();
	}
	return out;
}

/* The report verbs over the ledger: the buckets, DSO, one debtor, CSV quoting a hostile
 * name, the HTML page written. */
static void
test_cli_reports(void)
{
	g_autofree char *aging = run_cli("aging", NULL, "--csv");
	g_assert_true(g_str_has_prefix(aging, "debtor_email,debtor_name,currency,not_due,1-30,"
	                                      "31-60,61-90,over_90,open\r\n"));
	g_assert_nonnull(strstr(aging, "oud@debtor.example,Oud & Zonen,EUR,0.00,0.00,0.00,0.00,"
	                               "3500.00,3500.00\r\n"));
	g_assert_nonnull(strstr(aging, "klant@debtor.example,Klant BV,EUR,0.00,0.00,0.00,1250.00,"
	                               "0.00,1250.00\r\n"));
	g_autofree char *dso = run_cli("dso", NULL, "--json");
	g_assert_nonnull(strstr(dso, "\"open_cents\" : 532900"));
	g_autofree char *debtor = run_cli("debtor", "evil@evil.example", "--csv");
	/* The name starts with '<', not a formula; its bidi control is neutralised in text
	 * output, kept as data in CSV, quoted where it must be. */
	g_assert_nonnull(strstr(debtor, "evil@evil.example,<script>alert('x')</script> Evil"));
	g_assert_nonnull(strstr(debtor, ",2026-0101,"));
	g_autofree char *text = run_cli("debtor", "evil@evil.example", NULL);
	g_assert_nonnull(strstr(text, "we dispute this"));
	g_assert_null(strstr(text, "\xe2\x80\xae"));
	g_autofree char *page = g_build_filename(workdir, "report.html", NULL);
	g_autofree char *html_opt = g_strconcat("--html=", page, NULL);
	g_autofree char *none = run_cli("report", NULL, html_opt);
	g_assert_true(g_file_test(page, G_FILE_TEST_EXISTS));
}

/* Runs chromium headless on @path at @width with @action; its stdout. */
static char *
run_chromium(const char *path, int width, const char *action)
{
	g_autofree char *abs = g_canonicalize_filename(path, NULL);
	g_autofree char *url = g_strconcat("file://", abs, NULL);
	g_autofree char *size = g_strdup_printf("--window-size=%d,3000", width);
	g_autofree char *profile = g_dir_make_tmp("dm-chromium-XXXXXX", NULL);
	g_autofree char *data_dir = g_strconcat("--user-data-dir=", profile, NULL);
	const char *argv[] = { chromium, "--headless", "--no-sandbox", "--disable-gpu",
	                       "--hide-scrollbars", data_dir, size, action, url, NULL };
	char *out = NULL;
	g_autofree char *err_text = NULL;
	int status = 0;
	g_autoptr(GError) err = NULL;
	g_assert_true(g_spawn_sync(NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
	                           &err_text, &status, &err));
	g_assert_no_error(err);
	if (!g_spawn_check_wait_status(status, NULL))
		g_error("chromium %s %s failed:\n%s", action, url, err_text);
	dm_test_rm_rf(profile);
	return out;
}

typedef struct {
	const char *name;
	const char *shown;          /* the hostile name, the hostile reply: shown as text? */
} Page;

/* The report lists debtors, not replies. */
static const Page pages[] = { { "digest", "true,true" }, { "report", "true,false" } };

static void
test_screenshots(gconstpointer data)
{
	const char *page = ((const Page *) data)->name;
	if (!chromium) {
		g_test_skip("chromium is not installed (scripts/deps.sh)");
		return;
	}
	g_autofree char *html = g_strdup_printf("%s/%s.html", artefacts, page);
	for (gsize i = 0; i < G_N_ELEMENTS(widths); i++) {
		g_autofree char *png = g_strdup_printf("%s/%s-%d.png", artefacts, page, widths[i]);
		g_autofree char *action = g_strconcat("--screenshot=", png, NULL);
		g_unlink(png);
		g_autofree char *out = run_chromium(html, widths[i], action);
		g_autofree char *bytes = NULL;
		gsize len = 0;
		g_assert_true(g_file_get_contents(png, &bytes, &len, NULL));
		g_assert_cmpuint(len, >, 5000);
		g_assert_cmpmem(bytes, 8, "\x89PNG\r\n\x1a\n", 8);
	}
}

/* What the browser laid out, written into the page by the test's own script. */
static const char measure[] =
	"<pre id=\"dm-measure\"></pre><script>"
	"var e=document.documentElement;"
	"document.getElementById('dm-measure').textContent="
	"'scroll='+e.scrollWidth+' client='+e.clientWidth"
	"+' scripts='+document.getElementsByTagName('script').length"
	"+' images='+document.images.length"
	/* "</script>" inside the script would end it: the name is looked for in two parts. */
	"+' shown='+(document.body.innerText.indexOf(\"<scr\"+\"ipt>alert('x')</scr\"+\"ipt>\")>=0)"
	"+','+(document.body.innerText.indexOf('<img src=x onerror=alert(1)>')>=0)"
	"+' end';</script></body>";

static void
test_fits_and_text(gconstpointer data)
{
	const char *page = ((const Page *) data)->name;
	if (!chromium) {
		g_test_skip("chromium is not installed (scripts/deps.sh)");
		return;
	}
	g_autofree char *html_path = g_strdup_printf("%s/%s.html", artefacts, page);
	g_autofree char *html = NULL;
	g_assert_true(g_file_get_contents(html_path, &html, NULL, NULL));
	g_assert_null(strstr(html, "<script"));     /* the page itself: no script */
	char *body_end = strstr(html, "</body>");
	g_assert_nonnull(body_end);
	*body_end = '\0';
	g_autofree char *measured = g_strconcat(html, measure, "</html>\n", NULL);
	g_autofree char *measured_path = g_strdup_printf("%s/%s-measured.html", artefacts, page);
	g_assert_true(g_file_set_contents(measured_path, measured, -1, NULL));
	for (gsize i = 0; i < G_N_ELEMENTS(widths); i++) {
		g_autofree char *dom = run_chromium(measured_path, widths[i], "--dump-dom");
		const char *m = strstr(dom, "scroll=");
		g_assert_nonnull(m);
		int scroll = 0, client = 0, scripts = -1, images = -1;
		char shown[16] = "";
		g_assert_cmpint(sscanf(m, "scroll=%d client=%d scripts=%d images=%d shown=%15s", &scroll,
		                       &client, &scripts, &images, shown), ==, 5);
		g_test_message("%s at %d px: %.80s", page, widths[i], m);
		g_assert_cmpint(client, ==, widths[i]);
		g_assert_cmpint(scroll, <=, client);        /* no horizontal overflow */
		g_assert_cmpint(scripts, ==, 1);            /* the test's, no other */
		g_assert_cmpint(images, ==, 0);
		g_assert_cmpstr(shown, ==, ((const Page *) data)->shown);  /* markup shown as text */
	}
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	dm_test_log_init();
	chromium = g_find_program_in_path("chromium");
	const char *build = g_getenv("BUILD");
	artefacts = g_build_filename(build && *build ? build : "build", "artefacts", NULL);
	g_assert_cmpint(g_mkdir_with_parents(artefacts, 0755), ==, 0);
	write_pages();
	for (gsize i = 0; i < G_N_ELEMENTS(pages); i++) {
		g_autofree char *fits = g_strdup_printf("/render/%s/fits-and-shows-text", pages[i].name);
		g_autofree char *shot = g_strdup_printf("/render/%s/screenshots", pages[i].name);
		g_test_add_data_func(fits, &pages[i], test_fits_and_text);
		g_test_add_data_func(shot, &pages[i], test_screenshots);
	}
	g_test_add_func("/render/cli-reports", test_cli_reports);
	int rc = g_test_run();
	dm_test_rm_rf(workdir);
	g_free(workdir);
	g_free(chromium);
	g_free(artefacts);
	return rc;
}
