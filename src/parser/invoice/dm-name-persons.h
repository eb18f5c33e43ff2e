/* dm-name-persons: the persons a debtor's name and the line under it name — a couple named
 * one by one, one person a line ("Dhr. R. Bakker" / "Mevr. L. Bakker-Visser", "Herrn
 * Matthias Lorenz" / "und Frau Sevgi Lorenz"), where both owe and the debtor's name is both
 * (corpus/invoices/README.md, "Personal titles in debtor_name"); the owner a trade name is
 * printed with ("Bakkerij De Korenaar / J. Smit"), where the trade owes.
 * Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* TRUE when @below, the line under @name in a block, names the second person of a couple
 * with @name: @name ends or @below opens with the word that joins them ("und Frau Sevgi Lorenz-Aydın", "&
 * Mr Kofi Mensah", "en A.M. van den Berg-de Jong"), or both lines name a person and
 * either both carry a form of address or title ("Mr Daniel Osei" / "Mrs Hannah Osei") or
 * they share a surname ("Dr. Katrin Hoffmann" / "Michael Schulze-Hoffmann").  A person
 * under an organisation, an owner's or contact's line ("Inh. Peter Lang", "c/o …") and
 * two people who share nothing ("Jan Smit" / "Marie de Vries") are no couple. */
gboolean dm_name_persons_couple_below(const char *name, const char *below);

/* (transfer full) (nullable) @name and @next, the line under it, as one name when a
 * narrow cell wrapped the name over the two: @name ends in the word that joins two names
 * ("Dr. Jens Kessler und" / "Ayşe Ünal-Kessler", "Jansen en" / "Zonen B.V."), @next opens
 * with it ("Krüger" / "& Partner"), or @name is a household's word alone ("Familie" /
 * "Rüegg-Schneider").  NULL when neither line reads as part of a name so. */
char *dm_name_persons_run_on(const char *name, const char *next);

/* (transfer full) @first and @second, a couple's two lines, as one name: joined with a
 * space when @first ends or @second opens with its joining word, else with @language's ("nl" en, "de"
 * und, "en" and; nullable: then the word the forms of address speak, else "&"). */
char *dm_name_persons_join_couple(const char *first, const char *second, const char *language);

/* (transfer full) (nullable) @name without the owner it names after a slash ("Bakkerij De
 * Korenaar / J. Smit", "Schreinerei Holzwurm / Inh. Peter Lang"): the trade name before it,
 * when the part after is one person and the part before an organisation's name or the
 * part after opens with an owner's word ("Inh.", "Prop.", "Eigenaar").  NULL otherwise
 * ("Jan Smit / Marie Smit" is a couple, "Müller / Schmidt GbR" one firm). */
char *dm_name_persons_before_owner(const char *name);
