/* dm-business: whether the debtor is a business, a consumer, or not said — it decides
 * the ladder, the statutory costs and the interest later (B2B or B2C).  Private to
 * src/parser.  Pure. */
#pragma once
#include <glib.h>
#include "parser/invoice/dm-invoice-facts.h"

/* What the debtor is: BUSINESS when @text (the invoice's body and PDF text) carries a
 * second VAT number besides the creditor's, or a VAT / KvK / USt-IdNr labelled as the
 * customer's or on the line that names @debtor_name, or when @debtor_name (nullable)
 * carries a legal form or names an organisation; CONSUMER when @debtor_name carries a
 * personal title (Herr, Mevr., Mr), or else @text calls the debtor a private customer
 * ("Privatkunde", "particulier", "private customer"); failing those, BUSINESS when @text
 * carries the buyer's purchase-order number, cost centre or Leitweg-ID, or @debtor_email
 * (nullable) is an invoice desk's or an office's (dm-business-signs.h) — but never for an
 * estate or a WEG; UNKNOWN when nothing says (the caller's configured
 * default then applies).  *@why (transfer full) gets the reason, for UNKNOWN too. */
DmInvoiceDebtorKind dm_debtor_kind_read(const char *text, const char *debtor_name, const char *debtor_email,
				       char **why);

/* TRUE when the debtor's own address @block (its lines; nullable) holds a VAT or
 * registration number, or is for the attention of a person (@attention), or its @name has
 * a legal form; *@why (transfer full) says which.  The sender's numbers are never in it. */
gboolean dm_debtor_block_is_business(const char *block, const char *name, gboolean attention,
				     char **why);

/* TRUE when @name (nullable) begins with a personal title — a form of address (Herr,
 * Mevr., Mrs, de heer, Madame), an academic one (Dr., Prof.) or a household's (Familie,
 * Eheleute) — followed by a space or nothing; *@title (transfer full, nullable @title)
 * gets the title as printed.  Dutch "Mr." (meester) before a firm's name ("Mr. De Lange &
 * Partners Advocaten") is part of the firm's name, no title. */
gboolean dm_name_has_personal_title(const char *name, char **title);

/* (transfer full) (nullable) @name without the form of address it begins with (Herr,
 * Frau, Mrs, Mevr., de heer, Madame, or a couple's "Herr und Frau", "Mr and Mrs") when a
 * given name or an initial and a surname remain ("Mrs H. Carter" "H. Carter", "Frau Dr.
 * Maren Voss" "Dr. Maren Voss"); NULL when it has none or a bare surname would remain
 * ("Herr Müller", "Mr and Mrs Hall": the form is then what says a person is meant).  A
 * couple named one by one loses the second form too ("Dhr. H.J. ten Brink en mevr. A. ten
 * Brink" "H.J. ten Brink en A. ten Brink").  An academic title (Dr., Prof.), a
 * household's (Familie, Eheleute) and "Mr." before a firm are part of the name. */
char *dm_name_without_form_of_address(const char *name);

/* TRUE when @name (nullable) carries a legal form (B.V., GmbH, Ltd, e.K.) or names an
 * organisation (Stichting, Verein, a trade's word) and no personal title; *@word (transfer
 * full, nullable @word) gets the word that says so. */
gboolean dm_name_is_organisation(const char *name, char **word);

/* TRUE when @name (nullable) is a Dutch cooperative's: "coöperatie" in it and "U.A." last
 * ("Coöperatieve Zuivelfabriek De Eendracht U.A."). */
gboolean dm_name_is_cooperative(const char *name);
