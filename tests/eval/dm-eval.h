/* dm-eval: the invoice measurement harness (tests/eval), shared by `make eval-invoices`
 * (eval-invoices.c) and the floor test (tests/unit/test-invoice-eval.c).
 *
 * A record of corpus/invoices/{train,test}.jsonl becomes a real mail: its `pdf` layout rendered with
 * cairo, base64 in an application/pdf part where `@@PDF@@` stands, read by the same chain
 * dunmaild uses (dm_invoice_extract, then the debtor chosen from the envelope), and
 * compared field by field with `expected`. */
#pragma once
#include <glib.h>
#include <json-glib/json-glib.h>

/* (transfer full) the PDF the layout @pdf describes (pages of text items and rules, A4 in
 * points, origin top left, y the baseline), or NULL with @error set. */
GBytes *dm_eval_render_pdf(JsonObject *pdf, GError **error);

/* Frees cairo's and fontconfig's caches, so a leak checker sees only our own leaks; call
 * once at the end, after the last dm_eval_render_pdf. */
void dm_eval_render_shutdown(void);

/* (transfer full) the record's message: @eml with its `@@PDF@@` line replaced by a base64
 * application/pdf part named @filename holding @pdf (nullable: then the line goes). */
char *dm_eval_build_mail(const char *eml, GBytes *pdf, const char *filename);

/* (transfer full) @eml with its line @slot ("@@PDF2@@": a record's second document,
 * `pdf2`) replaced as dm_eval_build_mail replaces `@@PDF@@`. */
char *dm_eval_put_pdf(const char *eml, const char *slot, GBytes *pdf, const char *filename);

typedef enum {
	DM_EVAL_NUMBER, DM_EVAL_AMOUNT_DUE, DM_EVAL_AMOUNT_TOTAL, DM_EVAL_CURRENCY,
	DM_EVAL_ISSUE, DM_EVAL_DUE, DM_EVAL_DEBTOR_EMAIL, DM_EVAL_DEBTOR_NAME,
	DM_EVAL_REFERENCE, DM_EVAL_IBAN, DM_EVAL_BUSINESS, DM_EVAL_CREDIT_NOTE,
	DM_EVAL_LANGUAGE,
	DM_EVAL_FIELDS
} DmEvalField;

extern const char *const dm_eval_field_names[DM_EVAL_FIELDS];

/* Counts over one group of records (all, one language, one kind). */
typedef struct {
	guint records, invoices;          /* records; of them labelled invoices */
	guint true_pos, false_pos, false_neg;
	guint all_right;                  /* invoices read with every field right */
	guint right[DM_EVAL_FIELDS];      /* per field, over the labelled invoices */
	guint missing[DM_EVAL_FIELDS];    /* of the wrong ones: nothing read where a value was due */
	guint business_as_consumer;       /* a business read as a consumer */
	guint consumer_as_business;
} DmEvalTally;

typedef struct {
	DmEvalTally all;
	GHashTable *by_lang;              /* char* -> DmEvalTally* */
	GHashTable *by_kind;
	GPtrArray *misses;                /* char*: one line per wrong field or decision */
	const char *dump_dir;             /* (nullable) where each built mail is written */
} DmEvalReport;

DmEvalReport *dm_eval_report_new(void);
void dm_eval_report_free(DmEvalReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmEvalReport, dm_eval_report_free)

/* Reads every record of @jsonl into @report; FALSE with @error when the file or a record
 * cannot be read (the error names the file and line). */
gboolean dm_eval_run_file(const char *jsonl, DmEvalReport *report, GError **error);

/* Per field accuracy as a fraction of the labelled invoices. */
double dm_eval_accuracy(const DmEvalTally *t, DmEvalField field);
double dm_eval_precision(const DmEvalTally *t);
double dm_eval_recall(const DmEvalTally *t);

/* Prints the report as a table to stdout under @title. */
void dm_eval_print(const DmEvalReport *report, const char *title);
/* (transfer full) the report as JSON text. */
char *dm_eval_to_json(const DmEvalReport *report, const char *title);

/* Reads every UBL, CII and Factur-X sample of the corpora under @dir (each with its
 * expected-fields.json), wrapped into a mail, into @t; @total counts, per field, the
 * samples that state it.  FALSE with @error when a corpus cannot be read. */
gboolean dm_eval_einvoices(const char *dir, DmEvalTally *t, guint total[DM_EVAL_FIELDS], GError **error);
void dm_eval_einvoices_print(const DmEvalTally *t, const guint total[DM_EVAL_FIELDS]);
