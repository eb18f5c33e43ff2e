/* dm-invoice-rules: the user's rule file ([invoices] rules, doc/invoice-rules.md) applied
 * to an invoice's text: patterns for a layout the built-in readers do not know.
 * Private to src/parser.  Pure. */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-invoice-facts.h"
#include "parser/text/dm-rule-file.h"

/* The fields a rule may name (NULL-terminated): number, amount_due, amount_total,
 * currency, issue_date, due_date, payment_reference, iban, debtor_name, and not_invoice
 * (a match makes the message not an invoice). */
extern const char *const dm_invoice_rule_fields[];

/* (transfer full) the rule file at @path checked against dm_invoice_rule_fields, or NULL
 * with @error naming file, line and what was expected. */
DmRuleFile *dm_invoice_rules_load(const char *path, GError **error);

/* Fills the empty fields of @facts from the rules that match @text, each explained by its
 * FILE:LINE; @ref dates a year-less date.  TRUE when a rule gave both number and amount
 * (enough to call the text an invoice). */
gboolean dm_invoice_rules_apply(const DmRuleFile *rules, const char *text, const GDate *ref,
				DmInvoiceFacts *facts);
/* (transfer full) the reason a not_invoice rule that matches @text gives (kind user_rule,
 * its FILE:LINE, what it matched: "user rule FILE:LINE: matched \"...\""), else NULL. */
DmNotInvoiceReason *dm_invoice_rules_refuse(const DmRuleFile *rules, const char *text);
