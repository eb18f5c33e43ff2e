/* dm-debtor-name: whether a line an address-block reader offers as the debtor's name can
 * be one, and the name's own end — what invoices print on or next to the name line that
 * is not part of it.  Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* TRUE when @s reads as a name: no sentence (a verb or pronoun among several lowercase
 * words, a full stop after a word, or many lowercase words), no word of the invoice's
 * vocabulary standing alone as a caption ("Eigenaar", "Factuurnummer", "Tenant",
 * "Rechnungsempfänger"), no field's caption ("Invoice number", "Kundennr.").  *@why
 * (nullable; transfer none, a static string) says why not. */
gboolean dm_debtor_name_plausible(const char *s, const char **why);

/* TRUE when @s is a caption of the invoice's vocabulary or a field's caption, which
 * dm_debtor_name_plausible refuses: a details row's label ("Geburtsdatum<TAB>14.03.1968",
 * "Debiteurnummer<TAB>DB10093") set beside the block. */
gboolean dm_debtor_name_is_caption(const char *s);

/* (transfer full) (nullable) @name without the remark in brackets at its end ("I.
 * Vermeulen (ouder van Daan Vermeulen)" "I. Vermeulen"): a bracket with a lowercase word
 * in it that does not open the name.  A bracket of capitalised words or a code ("Acme
 * (UK) Ltd", "Müller (Deutschland)") is part of the name.  NULL when there is none. */
char *dm_debtor_name_without_remark(const char *name);

/* (transfer full) (nullable) @name (nullable) without a unit of its organisation after a
 * comma ("Warwickshire County Council, Children's Services" gives "Warwickshire County
 * Council", "Gemeente Houten, afdeling Financiën" "Gemeente Houten"); NULL when it names
 * none or what stands before the comma is no organisation's name. */
char *dm_debtor_name_without_unit(const char *name);

/* (transfer full) @s up to the first ", " an address follows (a digit after it): "Hr. M.
 * Yilmaz, Rembrandtlaan 33, 3723 BG Bilthoven" "Hr. M. Yilmaz".  A legal form written
 * after a comma is the name's ("Tanaka Shoten Co., Ltd., 2-14-7 Kuramae" keeps "Co.,
 * Ltd.", "Acme, Inc.", "Fernhill, LLC").  @s whole when no such comma stands in it. */
char *dm_debtor_name_before_address(const char *s);

/* (transfer full) (nullable) @s without the word a typed line addresses the debtor with
 * before its name: "an Frau Dr. A. Demir" "Frau Dr. A. Demir", "aan dhr. P. de Boer",
 * "to Mr J. Hall"; capitalised ("An", "To") only before a form of address ("An Nguyen" is a
 * name).  NULL when @s opens with none, or with nothing capitalised after it. */
char *dm_debtor_name_without_addressing_word(const char *s);

/* (transfer full) (nullable) a mail's display name as a debtor's name: without the
 * department or mailbox it names after a separator or in brackets ("Kastanje
 * Vastgoedbeheer - facturen", "Acme B.V. | Crediteuren", "Fenwick Ltd (Accounts
 * Payable)" give the organisation); NULL when it names only a department or a mailbox
 * ("Accounts Payable", "Buchhaltung", "Facturen"), which is no one's name; @name itself
 * (a copy) otherwise. */
char *dm_debtor_name_without_department(const char *name);

/* (transfer full) (nullable) @name without a department or mailbox word it ends in after
 * a space ("Harbor & Vine AP", "Kookaburra Digital Finance", "Bakkerij Smit Administratie"
 * give the words before it); NULL when it ends in none, or is nothing else.  Such a word
 * may be the organisation's own ("Kestrel Finance"): the caller decides (invoice.c asks
 * whether the rest spells the mailbox's domain). */
char *dm_debtor_name_without_trailing_department(const char *name);
/* (transfer full) (nullable) @name without a department, mailbox or office-holder's word
 * it opens with before a space ("IT Okafor Legal", "Kassenwart SF Lindenau" give the words
 * after it); NULL when it opens with none.  The caller decides as for a trailing one. */
char *dm_debtor_name_without_leading_department(const char *name);

/* TRUE when @s begins with a legal form that is written after a comma ("Ltd.", "Inc.",
 * "LLC", "S.A."), followed by nothing, a comma or a space. */
gboolean dm_debtor_name_comma_legal_form(const char *s);

/* (transfer full) (nullable) @s up to an attention written after the name on its line, after
 * a comma or a dash ("Pennine Climbing Wall Ltd, Attn: Accounts Payable" "Pennine Climbing
 * Wall Ltd", "Bouwbedrijf Van Veen B.V. - t.a.v. crediteurenadministratie", "J. Visser, c/o
 * Studio Lumen"); NULL when none stands in it.  *@marker (nullable; transfer none, into @s)
 * is set to where the attention's marker begins. */
char *dm_debtor_name_before_attention(const char *s, const char **marker);

/* (transfer full) (nullable) the organisation a line hands to its back office's attention,
 * after the attention and the department ("FAO Finance, Eastfield Community Health NHS
 * Trust" "Eastfield Community Health NHS Trust", "t.a.v. crediteurenadministratie,
 * Woonstichting De Linde"); NULL for any other line, and when what follows the comma is no
 * organisation by its words (dm_name_is_organisation). */
char *dm_debtor_name_after_attention(const char *s);

/* (transfer full) (nullable) a display name written in a directory's order, surname first,
 * in the order it is said: "Whitlock, Martin" "Martin Whitlock", "Dijk, Anouk van" "Anouk van
 * Dijk", "Schneider, K." "K. Schneider".  NULL for any other name, and for a legal form after
 * a comma ("Acme, Inc."). */
char *dm_debtor_name_from_directory_form(const char *name);
