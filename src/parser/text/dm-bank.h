/* dm-bank: the payment identifiers an invoice prints — the creditor's IBAN and the payment
 * reference (Dutch betalingskenmerk, ISO 11649 RF creditor reference, German
 * Verwendungszweck) — found in text and checked by their check digits, so a number that
 * merely looks like one is not taken.  Private to src/parser.  Pure. */
#pragma once
#include <glib.h>

/* TRUE when @iban (spaces allowed) is an IBAN whose ISO 13616 mod-97 check holds and
 * whose length is that of its country (or 15..34 for a country not in the table). */
gboolean dm_iban_valid(const char *iban);
/* (transfer full) @iban upper case without spaces when dm_iban_valid, else NULL. */
char *dm_iban_normalize(const char *iban);
/* TRUE when @ref (spaces allowed) is an RF creditor reference whose ISO 11649 check
 * digits hold. */
gboolean dm_rf_valid(const char *ref);

/* An IBAN's shape, for patterns that name an account: country code, check digits, then
 * groups of four (or the run written at once).  A sentence that names the account at its
 * end wraps it between two groups ("... overmaken naar NL27 SNSB\n9272 5259 10"), so a
 * line break may stand for a group's space; the check digits keep a next line's first
 * word out.  Its check digits are not checked (dm_iban_find does). */
#define DM_IBAN_GAP "(?:[ ]|[ \\t]*\\n[ \\t]*)?"
#define DM_IBAN_RE "[A-Z]{2}\\d{2}(?:" DM_IBAN_GAP "[A-Z0-9]{4}){2,7}(?:" DM_IBAN_GAP "[A-Z0-9]{1,3})?"

/* (transfer full) the first valid IBAN in @text, upper case without spaces; NULL when
 * none.  @at (nullable) gets its byte offset. */
char *dm_iban_find(const char *text, gsize len, gsize *at);

/* (transfer full) the payment reference @text labels — "betalingskenmerk 5102 8010 3060
 * 2898" (16 digits, spaces dropped), "RF18 5390 0754 7034" (verified), "Verwendungszweck:
 * RE-2026-412", "Payment reference: PT-26-014", a label's whole line in words ("Payment
 * reference: Amara Nov", not "Verwendungszweck: Ihr Name") — or NULL when none is labelled.  A bare
 * RF reference counts only when its check digits hold; so does a Belgian structured
 * communication, returned as printed without spaces ("+++090/9337/55493+++"). */
char *dm_payment_reference_find(const char *text, gsize len);

/* (transfer full) (nullable) @ref (nullable) as dm_payment_reference_find gives it: digits
 * printed in groups and an RF reference without their spaces ("7004 1182 2026 1203" is
 * "7004118220261203"), anything else as printed, trimmed.  For a reference an e-invoice's
 * XML states. */
char *dm_payment_reference_normalize(const char *ref);
