/* invoice_rules: the user's patterns turned into invoice facts (dm-invoice-rules.h).
 * A value a rule captured is read by the same readers as built-in matches (amounts,
 * dates, IBAN checksums), so a rule can find a field but cannot make a bad value good.
 * Failures: none when applying; a value that does not read is skipped. */
#include "parser/invoice/dm-invoice-rules.h"
#include "parser/text/dm-amount.h"
#include "parser/text/dm-bank.h"
#include "parser/text/dm-dates.h"
#include "common/dm-sanitize.h"

#include <string.h>

const char *const dm_invoice_rule_fields[] = {
	"number", "amount_due", "amount_total", "currency", "issue_date", "due_date",
	"payment_reference", "iban", "debtor_name", "not_invoice", NULL,
};

DmRuleFile *
dm_invoice_rules_load(const char *path, GError **error)
{
	return dm_rule_file_load(path, dm_invoice_rule_fields, error);
}

/* (transfer full) the value @field's rules capture in @text; explains it in @f. */
static char *
take(const DmRuleFile *rules, const char *field, const char *text, DmInvoiceFacts *f)
{
	g_autofree char *where = NULL;
	char *value = dm_rule_file_match(rules, field, text, &where);
	if (value && f) {
		g_autofree char *clean = dm_sanitize_oneline(value, 80);
		dm_invoice_facts_explain(f, field, "user rule %s: \"%s\"", where, clean);
	}
	return value;
}

static void
take_date(const DmRuleFile *rules, const char *field, const char *text, const GDate *ref,
	  GDate *date, DmInvoiceFacts *f)
{
	if (g_date_valid(date))
		return;
	g_autofree char *v = take(rules, field, text, f);
	GDate d;
	if (v && dm_date_parse(v, ref, &d))
		*date = d;
}

gboolean
dm_invoice_rules_apply(const DmRuleFile *rules, const char *text, const GDate *ref,
		       DmInvoiceFacts *f)
{
	g_return_val_if_fail(f != NULL, FALSE);
	if (!rules || !text)
		return FALSE;
	if (!f->number)
		f->number = take(rules, "number", text, f);
	char cur[4] = "";
	gint64 cents;
	g_autofree char *due = f->has_amount ? NULL : take(rules, "amount_due", text, f);
	if (due && dm_amount_parse(due, &cents, cur)) {
		f->has_amount = TRUE;
		f->amount_cents = cents;
		if (cur[0] && !f->currency[0])
			memcpy(f->currency, cur, 4);
	}
	g_autofree char *total = f->has_total ? NULL : take(rules, "amount_total", text, f);
	if (total && dm_amount_parse(total, &cents, cur)) {
		f->has_total = TRUE;
		f->amount_total_cents = cents;
	}
	g_autofree char *code = f->currency[0] ? NULL : take(rules, "currency", text, f);
	if (code && !dm_amount_currency_valid(code, f->currency)) {
		const char *iso = dm_amount_currency_code(code);
		if (iso)
			memcpy(f->currency, iso, 4);
	}
	take_date(rules, "issue_date", text, ref, &f->issue_date, f);
	take_date(rules, "due_date", text, g_date_valid(&f->issue_date) ? &f->issue_date : ref,
		  &f->due_date, f);
	if (!f->payment_reference)
		f->payment_reference = take(rules, "payment_reference", text, f);
	if (!f->iban) {
		g_autofree char *iban = take(rules, "iban", text, f);
		f->iban = dm_iban_normalize(iban);
	}
	if (!f->debtor_name)
		f->debtor_name = take(rules, "debtor_name", text, f);
	return f->number && f->has_amount;
}

DmNotInvoiceReason *
dm_invoice_rules_refuse(const DmRuleFile *rules, const char *text)
{
	g_autofree char *where = NULL;
	g_autofree char *hit = dm_rule_file_match(rules, "not_invoice", text, &where);
	if (!hit)
		return NULL;
	g_autofree char *clean = dm_sanitize_oneline(hit, 60);
	return dm_not_invoice_reason_new(DM_NOT_INVOICE_USER_RULE, DM_NOT_INVOICE_IN_USER_RULE, clean, where);
}
