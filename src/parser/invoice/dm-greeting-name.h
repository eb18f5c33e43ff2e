/* dm-greeting-name: the name a mail's greeting gives its reader ("Beste Marloes,", "Hallo
 * Jonas,", "Geachte heer en mevrouw Dekker,"), the debtor's name of a typed invoice that
 * names it nowhere else (dm_greeting_name).
 * Private to src/parser/invoice.  Pure. */
#pragma once
#include <glib.h>

/* (transfer full) (nullable) the name the greeting among the first lines of @body gives:
 * a person's given name, surname or whole name without its form of address ("heer",
 * "Mrs", "Herr"), a couple as printed ("heer en mevrouw Dekker", "Mr & Mrs Okafor");
 * NULL for a greeting of no one ("Dear customer", "Sehr geehrte Damen und Herren", "Hallo
 * allemaal") or when no greeting opens the body. */
char *dm_greeting_name(const char *body);
