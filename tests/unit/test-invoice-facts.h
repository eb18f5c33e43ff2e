/* test-invoice-facts: checks on what dm_invoice_extract read, shared by the invoice reader's
 * rule tests.  Header-only (static inline): each test is one program. */
#pragma once
#include <glib.h>
#include <string.h>
#include "parser/invoice/dm-invoice.h"
#include "parser/text/dm-dates.h"

/* Fails the test unless @got is the date @want ("YYYY-MM-DD"; "" for none read; NULL: not
 * checked), naming @field. */
static inline void
dm_test_assert_date(const char *field, const GDate *got, const char *want)
{
	char buf[16] = "";
	if (!want)
		return;
	if (g_date_valid(got))
		dm_date_to_buf(got, buf);
	if (strcmp(buf, want) != 0)
		g_error("%s: want \"%s\", got \"%s\"", field, want, buf);
}

/* TRUE when a line of @f's --explain holds @needle. */
static inline gboolean
dm_test_explained(const DmInvoiceFacts *f, const char *needle)
{
	for (guint i = 0; i < f->explain->len; i++)
		if (strstr(g_ptr_array_index(f->explain, i), needle))
			return TRUE;
	return FALSE;
}
