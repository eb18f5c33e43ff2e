/* dm-not-invoice-reason: why a message is judged not an invoice, in parts — what kind of
 * mail it is (a stable code per rule: quote, pro_forma, receipt, …), where that was found
 * (the subject, the body, a PDF's title line, a user rule …) and the evidence (the words
 * matched, verbatim and sanitised).  The parts cross to dunmaild, which stores them so the
 * digest can word the reason in the owner's language; dm_not_invoice_reason_text() renders
 * the English line `dunmail parse --explain` and `--json` print.  Included by
 * dm-invoice-facts.h for its callers.  Pure. */
#pragma once
#include <glib.h>

/* The kinds, one per rule (or family of rules that say the same).  A new kind needs its
 * code and English here (not_invoice_reason.c) and its words in the digest
 * (digest_words.c, kind "not_invoice"): a unit test checks that every kind has them. */
typedef enum {
	DM_NOT_INVOICE_FORWARDED = 0,
	DM_NOT_INVOICE_AUTOMATIC_REPLY,
	DM_NOT_INVOICE_INVITATION,
	DM_NOT_INVOICE_CREDIT_NOTE_ANNOUNCED,
	DM_NOT_INVOICE_QUOTE,
	DM_NOT_INVOICE_PRO_FORMA,
	DM_NOT_INVOICE_ORDER_CONFIRMATION,
	DM_NOT_INVOICE_RECEIPT,
	DM_NOT_INVOICE_REMINDER,
	DM_NOT_INVOICE_QUESTION,
	DM_NOT_INVOICE_RENEWAL,
	DM_NOT_INVOICE_PRICE_LIST,
	DM_NOT_INVOICE_STATEMENT,
	DM_NOT_INVOICE_DELIVERY_NOTE,
	DM_NOT_INVOICE_FOR_BOOKKEEPER,
	DM_NOT_INVOICE_TIMESHEET,
	DM_NOT_INVOICE_DIRECT_DEBIT,
	DM_NOT_INVOICE_CARD_CHARGE,
	DM_NOT_INVOICE_PAYMENT_LINK,
	DM_NOT_INVOICE_CANCELLATION,
	DM_NOT_INVOICE_REFUND,
	DM_NOT_INVOICE_BOOKING,
	DM_NOT_INVOICE_PRICE_CHANGE,
	DM_NOT_INVOICE_OWN_REMINDER,
	DM_NOT_INVOICE_INVOICE_ANNOUNCED,
	DM_NOT_INVOICE_ESTIMATE,
	DM_NOT_INVOICE_PAYMENT_ARRANGEMENT,
	DM_NOT_INVOICE_SAYS_NO_INVOICE,
	DM_NOT_INVOICE_NOTHING_TO_PAY,
	DM_NOT_INVOICE_EARLIER_INVOICE,
	DM_NOT_INVOICE_QUESTION_SENT,
	DM_NOT_INVOICE_CONTRACT,
	DM_NOT_INVOICE_USER_RULE,
	/* A reply that talks about an invoice without setting one out (invoice.c). */
	DM_NOT_INVOICE_REPLY_WITHOUT_INVOICE,
	/* A text the invoice text reader did not take (invoice_text.c). */
	DM_NOT_INVOICE_NO_INVOICE_WORD,
	DM_NOT_INVOICE_READS_AS_QUOTE,
	DM_NOT_INVOICE_NO_NUMBER_OR_AMOUNT,
	DM_NOT_INVOICE_NO_SECOND_SIGN,
	/* A self-billing statement: the customer's document for the supplier's invoice
	 * (dm-self-billing.h). */
	DM_NOT_INVOICE_SELF_BILLING,
	/* An invoice said to wait in a customer portal, none in the mail (not_invoice.c). */
	DM_NOT_INVOICE_PORTAL_NOTICE,
	/* The seller's terms and conditions sent on their own (not_invoice.c). */
	DM_NOT_INVOICE_TERMS,
	/* A payment on an earlier invoice that failed or was returned (dm-payment-failed.h). */
	DM_NOT_INVOICE_PAYMENT_FAILED,
	DM_NOT_INVOICE_N_KINDS
} DmNotInvoiceKind;

/* Where the reason was found; the evidence is what was found there. */
typedef enum {
	DM_NOT_INVOICE_IN_NOTHING = 0,  /* the kind says it all; no evidence */
	DM_NOT_INVOICE_IN_HEADER,       /* evidence: the header's name */
	DM_NOT_INVOICE_IN_PART,         /* evidence: the MIME part's content type */
	DM_NOT_INVOICE_IN_SUBJECT,
	DM_NOT_INVOICE_IN_BODY_TITLE,   /* a title line of the body */
	DM_NOT_INVOICE_IN_PDF_TITLE,    /* a title line of an attached PDF's text */
	DM_NOT_INVOICE_IN_BODY,
	DM_NOT_INVOICE_IN_USER_RULE,    /* evidence: what the rule matched; rule: FILE:LINE */
	DM_NOT_INVOICE_IN_BODY_TEXT,    /* the body, as the text reader read it; no evidence */
	DM_NOT_INVOICE_IN_PDF_TEXT,     /* a PDF's text, as the text reader read it; no evidence */
	DM_NOT_INVOICE_N_WHERE
} DmNotInvoiceWhere;

typedef struct {
	DmNotInvoiceKind kind;
	DmNotInvoiceWhere where;
	char *evidence;             /* (nullable) the words matched, sanitised */
	char *rule;                 /* (nullable) a user rule's FILE:LINE */
} DmNotInvoiceReason;

/* (transfer full) a reason; @evidence and @rule (nullable) are copied. */
DmNotInvoiceReason *dm_not_invoice_reason_new(DmNotInvoiceKind kind, DmNotInvoiceWhere where,
					      const char *evidence, const char *rule);
/* (transfer full) a reason found in @where that quotes @words (nullable) — the words a rule
 * matched — as its evidence: trimmed, sanitised and cut to 60 characters, as the owner is
 * shown them. */
DmNotInvoiceReason *dm_not_invoice_reason_quoting(DmNotInvoiceKind kind, DmNotInvoiceWhere where, const char *words);
void dm_not_invoice_reason_free(DmNotInvoiceReason *reason);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmNotInvoiceReason, dm_not_invoice_reason_free)

/* (transfer none) the kind's stable code ("quote", "pro_forma", …), or NULL out of range. */
const char *dm_not_invoice_kind_code(DmNotInvoiceKind kind);
/* (transfer none) the place's stable code ("subject", "pdf_title", …; "" for NOTHING), or
 * NULL out of range. */
const char *dm_not_invoice_where_code(DmNotInvoiceWhere where);
/* (transfer full) the English line: 'quote: the subject says "Offerte"', 'user rule
 * my.rules:3: matched "Guten Tag"', 'body text: no invoice word (…)'. */
char *dm_not_invoice_reason_text(const DmNotInvoiceReason *reason);
