/* test-subject: dm_subject_kind on a table of subjects — the reply and forward prefixes
 * of the clients in Dutch, English, German, French, the Nordic languages, Italian,
 * Spanish and beyond, stacked ("Re: Fwd:"), behind a mail system's tags ("[EXT] RE:"),
 * counted ("Re[2]:"), dotted ("Antw.:", "Réf.:"), with French spacing; and the subjects
 * that only look like one: a word that begins with "re", an invoice's own "Factuur:", a
 * tag never closed, bytes that are not UTF-8. */
#include "parser/mime/dm-subject.h"

#include <string.h>

typedef struct {
	const char *subject;
	DmSubjectKind kind;
	const char *rest;           /* what follows the prefix; NULL: no prefix */
} Row;

#define R DM_SUBJECT_REPLY
#define F DM_SUBJECT_FORWARD
#define N DM_SUBJECT_NEW

static const Row rows[] = {
	/* Replies, language by language. */
	{ "Re: Factuur 2026-014", R, " Factuur 2026-014" },
	{ "RE: Invoice INV-0042", R, " Invoice INV-0042" },
	{ "re:Factuur", R, "Factuur" },
	{ "Antw: Factuur 2026-014", R, " Factuur 2026-014" },
	{ "Antw.: Factuur 2026-014", R, " Factuur 2026-014" },
	{ "Antwoord: uw vraag", R, " uw vraag" },
	{ "AW: Rechnung RE-2026-77", R, " Rechnung RE-2026-77" },
	{ "Antwort: Rechnung", R, " Rechnung" },
	{ "RE : Facture F-2026-12", R, " Facture F-2026-12" },
	{ "Réf.: Facture F-2026-12", R, " Facture F-2026-12" },
	{ "RÉF : Facture", R, " Facture" },
	{ "SV: Faktura 1042", R, " Faktura 1042" },
	{ "Sv: Faktura", R, " Faktura" },
	{ "R: Fattura 12/2026", R, " Fattura 12/2026" },
	{ "RIF: Fattura 12/2026", R, " Fattura 12/2026" },
	{ "RE: Factura 2026/118", R, " Factura 2026/118" },
	{ "Res: Fatura", R, " Fatura" },
	{ "Odp: Faktura", R, " Faktura" },
	{ "YNT: Fatura", R, " Fatura" },
	/* Counted, tagged, stacked: the outermost prefix decides. */
	{ "Re[2]: Invoice 7", R, " Invoice 7" },
	{ "RE (3): Invoice 7", R, " Invoice 7" },
	{ "[EXT] RE: Invoice 7", R, " Invoice 7" },
	{ "[External] [SPAM?] Re: Invoice 7", R, " Invoice 7" },
	{ "  Re: Fwd: Invoice 7", R, " Fwd: Invoice 7" },
	{ "AW: WG: Rechnung 2026-0042", R, " WG: Rechnung 2026-0042" },
	{ "Re\xef\xbc\x9a invoice", R, " invoice" },
	/* Forwards. */
	{ "Fwd: Invoice 7", F, " Invoice 7" },
	{ "FW: Invoice 7", F, " Invoice 7" },
	{ "Fwd: Re: Invoice 7", F, " Re: Invoice 7" },
	{ "WG: Rechnung 2026-0042", F, " Rechnung 2026-0042" },
	{ "Doorst: Factuur 2026-014", F, " Factuur 2026-014" },
	{ "Doorgestuurd: Factuur 2026-014", F, " Factuur 2026-014" },
	{ "TR : Facture F-2026-12", F, " Facture F-2026-12" },
	{ "I: Fattura 12/2026", F, " Fattura 12/2026" },
	{ "RV: Factura 2026/118", F, " Factura 2026/118" },
	{ "ENC: Fatura", F, " Fatura" },
	{ "VB: Faktura", F, " Faktura" },
	{ "VS: Faktura", F, " Faktura" },
	{ "VL: Lasku", F, " Lasku" },
	{ "[EXT] FW: Invoice 7", F, " Invoice 7" },
	/* Not a prefix. */
	{ "Factuur 2026-014", N, NULL },
	{ "Factuur: 2026-014", N, NULL },
	{ "Reparatie fiets: factuur", N, NULL },
	{ "Re-invoice: INV-7 corrected", N, NULL },
	{ "Your invoice re: the March work", N, NULL },
	{ "Regarding: invoice 7", N, NULL },
	{ "Rechnung: RE-2026-77", N, NULL },
	{ "R 2026: annual invoice", N, NULL },
	{ "Re 2026: annual invoice", N, NULL },
	{ "Re", N, NULL },
	{ "Re:", R, "" },
	{ "", N, NULL },
	{ "   ", N, NULL },
	{ "[EXT RE: invoice", N, NULL },
	{ "[EXT] Invoice 7", N, NULL },
	{ "Supercalifragilisticexpialidocious: re", N, NULL },
	{ "R\xe9: facture", N, NULL },      /* Latin-1 é: no word of the tables */
	{ "\xff\xfe: x", N, NULL },
};

static void
test_rows(void)
{
	for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
		const char *end = NULL;
		DmSubjectKind kind = dm_subject_kind(rows[i].subject, &end);
		if (kind != rows[i].kind)
			g_error("\"%s\": kind %d, expected %d", rows[i].subject, kind, rows[i].kind);
		if (!rows[i].rest) {
			g_assert_null(end);
		} else {
			g_assert_nonnull(end);
			g_assert_cmpstr(end, ==, rows[i].rest);
		}
	}
}

static void
test_null(void)
{
	const char *end = NULL;
	g_assert_cmpint(dm_subject_kind(NULL, &end), ==, DM_SUBJECT_NEW);
	g_assert_null(end);
	g_assert_cmpint(dm_subject_kind("Re: x", NULL), ==, DM_SUBJECT_REPLY);
}

int
main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/subject/rows", test_rows);
	g_test_add_func("/subject/null", test_null);
	return g_test_run();
}
