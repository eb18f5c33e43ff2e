/* dm-country: the three country settings of the statutory amounts and the calendar
 * (Netherlands first, then Germany and Belgium; shared/legal/rules.md sections 1-3), and
 * the two kinds of debtor the law tells apart. */
#pragma once
#include <glib.h>

typedef enum { DM_COUNTRY_NL, DM_COUNTRY_DE, DM_COUNTRY_BE } DmCountry;

/* A consumer is a natural person not acting for a profession or business (6:96 lid 5 BW,
 * § 13 BGB, Boek XIX WER); everything else is a business (a "handelsovereenkomst"). */
typedef enum { DM_DEBTOR_CONSUMER, DM_DEBTOR_BUSINESS } DmDebtor;

/* "nl", "de" or "be" (any case) into *@out; FALSE for anything else. */
gboolean dm_country_parse(const char *code, DmCountry *out);
/* (transfer none) "nl", "de" or "be". */
const char *dm_country_code(DmCountry country);
/* (transfer none) "Netherlands", "Germany" or "Belgium". */
const char *dm_country_name(DmCountry country);
