/* not_invoice_reason: a not-an-invoice reason's parts, their codes and the English line
 * (dm-not-invoice-reason.h).  The codes are stored in the ledger's events and worded by
 * the digest: once released, a code never changes.
 * Failures: none; a kind or place out of range is a programmer error. */
#include "parser/invoice/dm-not-invoice-reason.h"
#include "common/dm-sanitize.h"

/* Each kind's code, and its English as `parse --explain` has always printed it. */
static const struct {
	const char *code, *english;
} kinds[DM_NOT_INVOICE_N_KINDS] = {
	[DM_NOT_INVOICE_FORWARDED] = { "forwarded", "forwarded: a bill sent to the business, passed on" },
	[DM_NOT_INVOICE_AUTOMATIC_REPLY] = { "automatic_reply", "automatic reply" },
	[DM_NOT_INVOICE_INVITATION] = { "invitation", "invitation" },
	[DM_NOT_INVOICE_CREDIT_NOTE_ANNOUNCED] = { "credit_note_announced", "credit note announced, not issued" },
	[DM_NOT_INVOICE_QUOTE] = { "quote", "quote" },
	[DM_NOT_INVOICE_PRO_FORMA] = { "pro_forma", "pro-forma" },
	[DM_NOT_INVOICE_ORDER_CONFIRMATION] = { "order_confirmation", "order confirmation" },
	[DM_NOT_INVOICE_RECEIPT] = { "receipt", "receipt: already paid" },
	[DM_NOT_INVOICE_REMINDER] = { "reminder", "reminder of an earlier invoice" },
	[DM_NOT_INVOICE_QUESTION] = { "question", "a question about an invoice" },
	[DM_NOT_INVOICE_RENEWAL] = { "renewal", "renewal notice" },
	[DM_NOT_INVOICE_PRICE_LIST] = { "price_list", "price list or newsletter" },
	[DM_NOT_INVOICE_STATEMENT] = { "statement", "statement of account" },
	[DM_NOT_INVOICE_DELIVERY_NOTE] = { "delivery_note", "delivery note" },
	[DM_NOT_INVOICE_FOR_BOOKKEEPER] = { "for_bookkeeper", "invoices passed to the bookkeeper" },
	[DM_NOT_INVOICE_TIMESHEET] = { "timesheet", "timesheet for approval" },
	[DM_NOT_INVOICE_DIRECT_DEBIT] = { "direct_debit", "a direct debit announced" },
	[DM_NOT_INVOICE_CARD_CHARGE] = { "card_charge", "a card charge announced" },
	[DM_NOT_INVOICE_PAYMENT_LINK] = { "payment_link", "a payment link, not an invoice" },
	[DM_NOT_INVOICE_CANCELLATION] = { "cancellation", "a cancellation" },
	[DM_NOT_INVOICE_REFUND] = { "refund", "a refund" },
	[DM_NOT_INVOICE_BOOKING] = { "booking", "booking confirmation" },
	[DM_NOT_INVOICE_PRICE_CHANGE] = { "price_change", "price change announced" },
	[DM_NOT_INVOICE_OWN_REMINDER] = { "own_reminder", "the business's own reminder of an earlier invoice" },
	[DM_NOT_INVOICE_INVOICE_ANNOUNCED] = { "invoice_announced", "an invoice announced, not sent" },
	[DM_NOT_INVOICE_ESTIMATE] = { "estimate", "quote: an estimated price" },
	[DM_NOT_INVOICE_PAYMENT_ARRANGEMENT] = { "payment_arrangement", "a payment arrangement for an earlier invoice" },
	[DM_NOT_INVOICE_SAYS_NO_INVOICE] = { "says_no_invoice", "the mail says it is no invoice" },
	[DM_NOT_INVOICE_NOTHING_TO_PAY] = { "nothing_to_pay", "the mail says nothing is to be paid" },
	[DM_NOT_INVOICE_EARLIER_INVOICE] = { "earlier_invoice", "refers to an earlier invoice" },
	[DM_NOT_INVOICE_QUESTION_SENT] = { "question_sent", "a question about an invoice sent earlier" },
	[DM_NOT_INVOICE_CONTRACT] = { "contract", "a contract or agreement to sign" },
	[DM_NOT_INVOICE_USER_RULE] = { "user_rule", "user rule" },
	[DM_NOT_INVOICE_REPLY_WITHOUT_INVOICE] = { "reply_without_invoice",
		"a reply (Re:) that sets out no invoice of its own: no number and amount under an "
		"invoice's title or number label" },
	[DM_NOT_INVOICE_NO_INVOICE_WORD] = { "no_invoice_word", "no invoice word (factuur, invoice, Rechnung)" },
	[DM_NOT_INVOICE_READS_AS_QUOTE] = { "reads_as_quote",
		"reads as a quote (offerte, quote, Angebot) more than as an invoice" },
	[DM_NOT_INVOICE_NO_NUMBER_OR_AMOUNT] = { "no_number_or_amount",
		"an invoice word but neither a number nor an amount" },
	[DM_NOT_INVOICE_NO_SECOND_SIGN] = { "no_second_sign",
		"a number or an amount, but no second sign (amount due, due date, term)" },
	[DM_NOT_INVOICE_SELF_BILLING] = { "self_billing",
		"a self-billing statement: the customer bills itself on the supplier's behalf" },
	[DM_NOT_INVOICE_PORTAL_NOTICE] = { "portal_notice",
		"an invoice said to wait in a customer portal, none in the mail" },
	[DM_NOT_INVOICE_TERMS] = { "terms", "terms and conditions sent on their own" },
	[DM_NOT_INVOICE_PAYMENT_FAILED] = { "payment_failed", "a failed or returned payment of an earlier invoice" },
};

/* Each place's code, and how the English line names it ("the %s says"). */
static const struct {
	const char *code, *english;
} places[DM_NOT_INVOICE_N_WHERE] = {
	[DM_NOT_INVOICE_IN_NOTHING] = { "", NULL },
	[DM_NOT_INVOICE_IN_HEADER] = { "header", NULL },
	[DM_NOT_INVOICE_IN_PART] = { "part", NULL },
	[DM_NOT_INVOICE_IN_SUBJECT] = { "subject", "subject" },
	[DM_NOT_INVOICE_IN_BODY_TITLE] = { "body_title", "body's title line" },
	[DM_NOT_INVOICE_IN_PDF_TITLE] = { "pdf_title", "PDF's title line" },
	[DM_NOT_INVOICE_IN_BODY] = { "body", "body" },
	[DM_NOT_INVOICE_IN_USER_RULE] = { "user_rule", NULL },
	[DM_NOT_INVOICE_IN_BODY_TEXT] = { "body_text", "body" },
	[DM_NOT_INVOICE_IN_PDF_TEXT] = { "pdf_text", "pdf" },
};

DmNotInvoiceReason *
dm_not_invoice_reason_new(DmNotInvoiceKind kind, DmNotInvoiceWhere where, const char *evidence,
			  const char *rule)
{
	g_return_val_if_fail(kind < DM_NOT_INVOICE_N_KINDS && where < DM_NOT_INVOICE_N_WHERE, NULL);
	DmNotInvoiceReason *r = g_new0(DmNotInvoiceReason, 1);
	r->kind = kind;
	r->where = where;
	r->evidence = g_strdup(evidence);
	r->rule = g_strdup(rule);
	return r;
}

DmNotInvoiceReason *
dm_not_invoice_reason_quoting(DmNotInvoiceKind kind, DmNotInvoiceWhere where, const char *words)
{
	g_autofree char *copy = g_strdup(words);
	g_autofree char *clean = copy ? dm_sanitize(g_strstrip(copy), 60) : NULL;
	return dm_not_invoice_reason_new(kind, where, clean, NULL);
}

void
dm_not_invoice_reason_free(DmNotInvoiceReason *reason)
{
	if (!reason)
		return;
	g_free(reason->evidence);
	g_free(reason->rule);
	g_free(reason);
}

const char *
dm_not_invoice_kind_code(DmNotInvoiceKind kind)
{
	return kind < DM_NOT_INVOICE_N_KINDS ? kinds[kind].code : NULL;
}

const char *
dm_not_invoice_where_code(DmNotInvoiceWhere where)
{
	return where < DM_NOT_INVOICE_N_WHERE ? places[where].code : NULL;
}

char *
dm_not_invoice_reason_text(const DmNotInvoiceReason *r)
{
	g_return_val_if_fail(r != NULL && r->kind < DM_NOT_INVOICE_N_KINDS &&
			     r->where < DM_NOT_INVOICE_N_WHERE, NULL);
	const char *kind = kinds[r->kind].english;
	const char *evidence = r->evidence ? r->evidence : "";
	switch (r->where) {
	case DM_NOT_INVOICE_IN_NOTHING:
		return g_strdup(kind);
	case DM_NOT_INVOICE_IN_HEADER:
		return g_strdup_printf("%s: header %s", kind, evidence);
	case DM_NOT_INVOICE_IN_PART:
		return g_strdup_printf("%s: a %s part", kind, evidence);
	case DM_NOT_INVOICE_IN_USER_RULE:
		return g_strdup_printf("%s %s: matched \"%s\"", kind, r->rule ? r->rule : "?", evidence);
	case DM_NOT_INVOICE_IN_BODY_TEXT:
	case DM_NOT_INVOICE_IN_PDF_TEXT:
		return g_strdup_printf("%s text: %s", places[r->where].english, kind);
	default:
		return g_strdup_printf("%s: the %s says \"%s\"", kind, places[r->where].english, evidence);
	}
}
