/* fuzz_template: a user's template file (templates/<lang>/<name>.txt) rendered with the
 * variables a reminder has, by dm_template_render: a user may edit the files, so any bytes
 * must give a rendered text or an error naming the file, never a crash.  The values
 * carry the hostile text a debtor can put in an invoice or a name. */
#include "dm-fuzz.h"

#include "dunning/template/dm-template.h"

static GHashTable *
variables(void)
{
	static const char *const pairs[][2] = {
		{ "invoice_number", "2024-0042'; DROP TABLE invoices; --" },
		{ "debtor_name", "Jan \u202Egnaj\u202C de Vries\r\nBcc: x@evil.example" },
		{ "amount", "EUR 1.234,56" },
		{ "amount_due", "EUR 1.234,56" },
		{ "due_date", "1 december 2026" },
		{ "issue_date", "1 november 2026" },
		{ "days_overdue", "30" },
		{ "company", "Acme B.V.\u2028{{company}}" },
		{ "subject", "Factuur {{invoice_number}}\xC2\x85<script>" },
		{ "owner", "owner@acme.example" },
	};
	GHashTable *vars = g_hash_table_new(g_str_hash, g_str_equal);
	for (gsize i = 0; i < G_N_ELEMENTS(pairs); i++)
		g_hash_table_insert(vars, (gpointer) pairs[i][0], (gpointer) pairs[i][1]);
	return vars;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dm_fuzz_init();
	static GHashTable *vars;
	if (!vars)
		vars = variables();
	g_free(dm_fuzz_write("templates/nl/reminder.txt", data, size));
	g_autofree char *dir = g_build_filename(dm_fuzz_tmpdir(), "templates", NULL);
	g_autofree char *subject = NULL, *body = NULL;
	g_autoptr(GError) error = NULL;
	gboolean ok = dm_template_render(dir, "nl", "en", "reminder", vars, &subject, &body, &error);
	g_assert(ok == (error == NULL));
	g_assert(!ok || (subject != NULL && body != NULL));
	return 0;
}
