/* dm-address-block: the debtor's name and address block in an invoice's text, found
 * after a label ("Aan", "Bill to", "Rechnungsempfänger") or as the first letter-window
 * block (name, street, postcode and city) that is not the sender's, left or right of the
 * invoice's details; every name it takes looks like one (dm-debtor-name.h).
 * Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

typedef struct {
	char *name;         /* the block's first line: the debtor's name */
	char *block;        /* the block's lines, each ending in "\n" */
	const char *rule;   /* (transfer none) which reader found it: "label", "label-in-column",
			     * "window", "window-right" (right of the details column),
			     * "one-line" (name, street, postcode after commas),
			     * "attention-line" ("FAO Finance, <organisation>") (for --explain) */
	gboolean attention; /* a "t.a.v." / "Attn" / "z. Hd." line (a person at an organisation)
			     * or a department ("Finance Department", "Afdeling Inkoop") */
	char *partner;      /* (nullable) the line under the name when it names the second person
			     * of a couple with it ("Dhr. R. Bakker" / "Mevr. L. Bakker-Visser";
			     * dm-name-persons.h): both owe */
	gboolean run_on;    /* the name ran over two lines of a narrow cell and was joined
			     * ("Familie" / "Rüegg-Schneider"; dm_name_persons_run_on) */
	gboolean practice;  /* the name is a practitioner's over the own practice's name
			     * ("Herr Dr. med. Linard Caduff" / "Praxis am Obertor"): billed for
			     * the practice, a business, though a person is named */
} DmAddressBlock;

/* Says whether @name is the sender's own (its letterhead, the payee), never the debtor's. */
typedef struct {
	gboolean (*is_own)(const char *name, gconstpointer data);
	gconstpointer data;
} DmAddressBlockOwn;

/* Fills @out (cleared first; free with dm_address_block_clear) from @text; FALSE when no
 * block reads as the debtor's.  A block @own (nullable) names as the sender's is passed
 * over for the next candidate; when every labelled block is the sender's, none is taken. */
gboolean dm_address_block_find(const char *text, const DmAddressBlockOwn *own, DmAddressBlock *out);
void dm_address_block_clear(DmAddressBlock *block);

/* (transfer full) (nullable) the organisation printed right below @person's own line in
 * @text (nullable): a name line without digits that is no attention line, street,
 * department or field label, shares no word with @person (a couple's second name does),
 * and has a street or postcode line after it — "Priya Nair / Kestrel & Finch / 9 Canal
 * Wharf / Leeds LS11 5PS".  NULL when @person is itself an organisation. */
char *dm_address_block_organisation_below(const char *text, const char *person);

/* TRUE when @text (nullable) prints @name (nullable) with a line right below it that hands
 * the debtor's post to someone acting for it ("P.J. Smit" / "p/a Beheerkantoor Wijnands",
 * "Frau Irmgard Lehmkuhl" / "c/o Betreuungsverein …", "vertreten durch …"): the mail goes to
 * that one's office, and its mailbox says nothing of the debtor. */
gboolean dm_address_block_posted_via(const char *text, const char *name);

/* TRUE when @text (nullable) prints @name as the contact at the debtor: after "t.a.v.",
 * "Attn", "FAO", "z. Hd." on its line, or (perhaps after a title) as a line of its own
 * next to one that starts with @debtor (nullable), the organisation. */
gboolean dm_address_block_names_contact(const char *text, const char *name, const char *debtor);

/* TRUE when @text (nullable) prints @name other than in a greeting ("Hallo Herr Mahler,"
 * names the reader, not the debtor). */
gboolean dm_address_block_prints_name(const char *text, const char *name);
