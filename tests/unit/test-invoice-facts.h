/* test-invoice-facts: checks on what dm_invoice_extract read, shared by the invoice reader's
 * rule tests.  Header-only (static inline): each test is one program. */
#pragma once
#include <glib.h>
#include <string.h>
#include "parser/invoice/dm-invoice.h"
#include "parser/text/dm-dates.h"
#include "parser/mime/dm-message.h"

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

/* Fails the test unless @f holds what is wanted of each field that is checked: @number
 * (NULL: not checked), @due_cents and @total_cents (-1: not checked), @issue and @due (as
 * dm_test_assert_date). */
static inline void
dm_test_assert_read(const DmInvoiceFacts *f, const char *number, gint64 due_cents, gint64 total_cents,
		    const char *issue, const char *due)
{
	if (number)
		g_assert_cmpstr(f->number, ==, number);
	if (due_cents >= 0)
		g_assert_cmpint(f->amount_cents, ==, due_cents);
	if (total_cents >= 0)
		g_assert_cmpint(f->amount_total_cents, ==, total_cents);
	dm_test_assert_date("issue_date", &f->issue_date, issue);
	dm_test_assert_date("due_date", &f->due_date, due);
}

/* Fails the test unless @f was read as an invoice when @invoice, and as none when not,
 * naming what it was read as; returns @invoice, whether its fields are to be checked. */
static inline gboolean
dm_test_assert_kind(const DmInvoiceFacts *f, gboolean invoice)
{
	if (!invoice && f->is_invoice)
		g_error("read as an invoice: %s", f->number ? f->number : "(no number)");
	if (invoice && !f->is_invoice)
		g_error("not an invoice: %s", f->not_invoice ? dm_not_invoice_reason_text(f->not_invoice) : "(no reason)");
	return invoice;
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

/* (transfer full) a plain-text mail from @from to @to, dated @date (RFC 5322: "Fri, 20 Nov
 * 2026 10:00:00 +0100"), with @subject and @body: the mail the rule tests read their cases
 * from, for the cases whose sender names itself. */
static inline GMimeMessage *
dm_test_invoice_mail_from(const char *from, const char *date, const char *to, const char *subject, const char *body)
{
	g_autofree char *raw = g_strdup_printf(
		"From: %s\r\nTo: %s\r\nSubject: %s\r\n"
		"Date: %s\r\nMessage-ID: <r@acme.example>\r\n"
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s", from, to, subject, date, body);
	GMimeMessage *msg = dm_message_parse(raw, strlen(raw), NULL);
	g_assert_nonnull(msg);
	return msg;
}

/* (transfer full) dm_test_invoice_mail_from()'s mail from Acme <billing@acme.example>. */
static inline GMimeMessage *
dm_test_invoice_mail(const char *date, const char *to, const char *subject, const char *body)
{
	return dm_test_invoice_mail_from("Acme <billing@acme.example>", date, to, subject, body);
}
