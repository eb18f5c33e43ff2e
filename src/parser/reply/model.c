/* model: the reply classifier's model file, read, written and applied
 * (dm-reply-model.h; the format is doc/reply-model.md).
 *
 * The LIBLINEAR part is read here rather than by LIBLINEAR's load_model(), which takes
 * only a path and reports no reason; predict_probability() then applies it.  A model is
 * immutable once made, so dunmaild loads it once and its parse children (fork) share it.
 *
 * Failure classes: every defect of a file is a DM_REPLY_MODEL_ERROR naming the file and
 * what was expected; nothing here is fatal. */
#include "parser/reply/dm-reply-model.h"
#include "parser/reply/dm-reply-features.h"

#include <linear.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

G_DEFINE_QUARK(dm-reply-model-error-quark, dm_reply_model_error)

#define MAGIC "dunmail-reply-model"
#define HASH_NAME "fnv1a32"
#define MAX_FEATURE_BITS 24

struct _DmReplyModel {
	struct model lin;           /* w and label owned here (g_free) */
	DmReplyClass classes[DM_REPLY_N_CLASSES];   /* label i -> class */
	guint n_names;              /* entries of classes[] */
	/* The intents: column j of intents.w is a model of its own, trained to say whether a
	 * reply carries intent_classes[intents.label[j]] at all (as its class or as a second
	 * intent); the sigmoid of its decision value is that probability. */
	struct model intents;       /* w and label owned here */
	DmReplyClass intent_classes[DM_REPLY_N_CLASSES];
	guint n_intents;
	guint bits;
	double threshold;
	double C;
	guint trained_on;
};

/* Transparent huge pages are 2 MB on x86-64 and arm64 (4 KB pages). */
#define HUGE_PAGE (2u << 20)

/* (transfer full, weights_free) room for @n weights.  A reply's features read a row
 * each at random across megabytes of weights: in 4 KB pages nearly every row is a TLB
 * miss as well as a cache miss.  Aligned to a huge page and offered to the kernel as
 * such (a hint: where huge pages are off, nothing changes), those reads cost about a
 * third less (a micro-benchmark of the same gathers, caches flushed between rounds). */
static double *
weights_new(gsize n)
{
	gsize bytes = n * sizeof(double);
	if (bytes < HUGE_PAGE)
		return g_aligned_alloc(n, sizeof(double), sizeof(double));
	gsize whole = (bytes + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
	double *w = g_aligned_alloc(whole / sizeof(double), sizeof(double), HUGE_PAGE);
#ifdef MADV_HUGEPAGE
	(void) madvise(w, whole, MADV_HUGEPAGE);
#endif
	return w;
}

static void
weights_free(double *w)
{
	g_aligned_free(w);
}

void
dm_reply_model_free(DmReplyModel *model)
{
	if (!model)
		return;
	weights_free(model->lin.w);
	g_free(model->lin.label);
	weights_free(model->intents.w);
	g_free(model->intents.label);
	g_free(model);
}

guint
dm_reply_model_bits(const DmReplyModel *model)
{
	return model->bits;
}

double
dm_reply_model_c(const DmReplyModel *model)
{
	return model->C;
}

double
dm_reply_model_threshold(const DmReplyModel *model)
{
	return model->threshold;
}

void
dm_reply_model_set_threshold(DmReplyModel *model, double threshold)
{
	g_return_if_fail(threshold >= 0 && threshold <= 1);
	model->threshold = threshold;
}

/* Columns of w: one per class, but one for a two-class model (LIBLINEAR's rule). */
static int
n_columns(const struct model *m)
{
	return m->nr_class == 2 ? 1 : m->nr_class;
}

static gsize
n_rows(const struct model *m)
{
	return (gsize) m->nr_feature + (m->bias >= 0 ? 1 : 0);
}

/* ---- reading ---- */

typedef struct {
	const char *name;
	const char *p, *end;
	guint line;
} Reader;

static gboolean G_GNUC_PRINTF(2, 3)
fail(GError **error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_autofree char *msg = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_set_error_literal(error, DM_REPLY_MODEL_ERROR, DM_REPLY_MODEL_ERROR_INVALID, msg);
	return FALSE;
}

/* (transfer full) the next line without its newline, or NULL at the end. */
static char *
next_line(Reader *r)
{
	if (r->p >= r->end)
		return NULL;
	const char *nl = memchr(r->p, '\n', (gsize) (r->end - r->p));
	const char *stop = nl ? nl : r->end;
	char *line = g_strndup(r->p, (gsize) (stop - r->p));
	r->p = nl ? nl + 1 : r->end;
	r->line++;
	return line;
}

/* Reads the line "KEY VALUE…" and returns (transfer full) its words after KEY. */
static GStrv
keyed_line(Reader *r, const char *key, const char *expected, GError **error)
{
	g_autofree char *line = next_line(r);
	if (!line) {
		fail(error, "model %s: ends after line %u, expected %s (the file is cut short)",
		     r->name, r->line, expected);
		return NULL;
	}
	g_auto(GStrv) words = g_strsplit(g_strstrip(line), " ", -1);
	if (!words[0] || strcmp(words[0], key) != 0 || !words[1]) {
		fail(error, "model %s: line %u: expected %s", r->name, r->line, expected);
		return NULL;
	}
	GStrv rest = g_strdupv(words + 1);
	return rest;
}

static gboolean
parse_double(const char *s, double *out)
{
	char *end = NULL;
	*out = g_ascii_strtod(s, &end);
	return end != s && *end == '\0';
}

/* Reads the line "@key NAME…" (@what names one, for errors): @min to DM_REPLY_N_CLASSES
 * class names into @out, their number into @n. */
static gboolean
read_names(Reader *r, const char *key, const char *what, guint min, DmReplyClass *out,
           guint *n, GError **error)
{
	g_autofree char *expected = g_strdup_printf("'%s NAME…'", key);
	g_auto(GStrv) names = keyed_line(r, key, expected, error);
	if (!names)
		return FALSE;
	guint k = g_strv_length(names);
	if (k < min || k > DM_REPLY_N_CLASSES)
		return fail(error, "model %s: line %u: %u %s, expected %u to %d", r->name, r->line, k,
		            key, min, DM_REPLY_N_CLASSES);
	for (guint i = 0; i < k; i++)
		if (!dm_reply_class_from_name(names[i], &out[i])) {
			/* The names the reader knows, from the one table of them. */
			g_autofree char *known = dm_reply_class_names_joined(", ");
			return fail(error, "model %s: line %u: unknown %s '%s', expected one of %s",
			            r->name, r->line, what, names[i], known);
		}
	*n = k;
	return TRUE;
}

static gboolean
read_header(Reader *r, DmReplyModel *m, char sha[65], GError **error)
{
	g_auto(GStrv) magic = keyed_line(r, MAGIC, "'" MAGIC " " G_STRINGIFY(DM_REPLY_MODEL_FORMAT)
	                                "' (a dunmail reply model)", error);
	if (!magic)
		return FALSE;
	if (strcmp(magic[0], G_STRINGIFY(DM_REPLY_MODEL_FORMAT)) != 0)
		return fail(error, "model %s: format version %s, expected %d (build the model with "
		            "this dunmail: dunmail train)", r->name, magic[0], DM_REPLY_MODEL_FORMAT);
	g_auto(GStrv) feat = keyed_line(r, "features", "'features VERSION fnv1a32 BITS'", error);
	if (!feat)
		return FALSE;
	guint64 bits = 0;
	if (g_strv_length(feat) != 3 ||
	    strcmp(feat[0], G_STRINGIFY(DM_REPLY_FEATURE_VERSION)) != 0 ||
	    strcmp(feat[1], HASH_NAME) != 0 ||
	    !g_ascii_string_to_unsigned(feat[2], 10, 8, MAX_FEATURE_BITS, &bits, NULL))
		return fail(error, "model %s: line %u: features of another kind, expected 'features "
		            "%d " HASH_NAME " BITS' (retrain with this dunmail)", r->name, r->line,
		            DM_REPLY_FEATURE_VERSION);
	m->bits = (guint) bits;
	if (!read_names(r, "classes", "class", 2, m->classes, &m->n_names, error))
		return FALSE;
	g_auto(GStrv) thr = keyed_line(r, "threshold", "'threshold P' (0 to 1)", error);
	if (!thr)
		return FALSE;
	if (!parse_double(thr[0], &m->threshold) || m->threshold < 0 || m->threshold > 1)
		return fail(error, "model %s: line %u: expected 'threshold P' with P from 0 to 1",
		            r->name, r->line);
	g_auto(GStrv) c = keyed_line(r, "C", "'C VALUE'", error);
	if (!c)
		return FALSE;
	if (!parse_double(c[0], &m->C) || m->C <= 0)
		return fail(error, "model %s: line %u: expected 'C VALUE' with a positive VALUE",
		            r->name, r->line);
	g_auto(GStrv) on = keyed_line(r, "trained-on", "'trained-on N'", error);
	if (!on)
		return FALSE;
	guint64 count = 0;
	if (!g_ascii_string_to_unsigned(on[0], 10, 0, G_MAXUINT, &count, NULL))
		return fail(error, "model %s: line %u: expected 'trained-on N'", r->name, r->line);
	m->trained_on = (guint) count;
	if (!read_names(r, "intents", "intent", 3, m->intent_classes, &m->n_intents, error))
		return FALSE;
	g_auto(GStrv) sum = keyed_line(r, "sha256", "'sha256 HEX'", error);
	if (!sum)
		return FALSE;
	if (strlen(sum[0]) != 64)
		return fail(error, "model %s: line %u: expected 'sha256' and 64 hex digits", r->name,
		            r->line);
	memcpy(sha, sum[0], 65);
	g_autofree char *end = next_line(r);
	if (!end || strcmp(end, "end-of-header") != 0)
		return fail(error, "model %s: line %u: expected 'end-of-header'", r->name, r->line);
	return TRUE;
}

static gboolean
read_int_line(Reader *r, const char *key, gint64 min, gint64 max, gint64 *out, GError **error)
{
	g_autofree char *expected = g_strdup_printf("'%s N'", key);
	g_auto(GStrv) v = keyed_line(r, key, expected, error);
	if (!v)
		return FALSE;
	if (!g_ascii_string_to_signed(v[0], 10, min, max, out, NULL))
		return fail(error, "model %s: line %u: expected '%s N' with N from %" G_GINT64_FORMAT
		            " to %" G_GINT64_FORMAT, r->name, r->line, key, min, max);
	return TRUE;
}

/* A LIBLINEAR part, as save_model() writes it, into @lin: labels 0 to @n_names - 1, at
 * least @min_class classes, features hashed to @bits bits. */
static gboolean
read_liblinear(Reader *r, struct model *lin, guint n_names, gint64 min_class, guint bits,
               GError **error)
{
	g_auto(GStrv) solver = keyed_line(r, "solver_type", "'solver_type L2R_LR'", error);
	if (!solver)
		return FALSE;
	if (strcmp(solver[0], "L2R_LR") != 0)
		return fail(error, "model %s: line %u: solver %s, expected L2R_LR (logistic "
		            "regression, which gives probabilities)", r->name, r->line, solver[0]);
	lin->param.solver_type = L2R_LR;
	gint64 nr_class = 0, nr_feature = 0;
	if (!read_int_line(r, "nr_class", min_class, DM_REPLY_N_CLASSES, &nr_class, error))
		return FALSE;
	if (nr_class > (gint64) n_names)
		return fail(error, "model %s: line %u: %" G_GINT64_FORMAT " classes, expected at most "
		            "%u as the header says", r->name, r->line, nr_class, n_names);
	lin->nr_class = (int) nr_class;
	g_auto(GStrv) labels = keyed_line(r, "label", "'label N…'", error);
	if (!labels)
		return FALSE;
	if (g_strv_length(labels) != (guint) nr_class)
		return fail(error, "model %s: line %u: expected %" G_GINT64_FORMAT " labels", r->name,
		            r->line, nr_class);
	lin->label = g_new(int, nr_class);
	for (gint64 i = 0; i < nr_class; i++) {
		gint64 v;
		if (!g_ascii_string_to_signed(labels[i], 10, 0, n_names - 1, &v, NULL))
			return fail(error, "model %s: line %u: label '%s', expected 0 to %u",
			            r->name, r->line, labels[i], n_names - 1);
		lin->label[i] = (int) v;
	}
	if (!read_int_line(r, "nr_feature", 1, (gint64) 1 << bits, &nr_feature, error))
		return FALSE;
	lin->nr_feature = (int) nr_feature;
	g_auto(GStrv) bias = keyed_line(r, "bias", "'bias B'", error);
	if (!bias)
		return FALSE;
	if (!parse_double(bias[0], &lin->bias))
		return fail(error, "model %s: line %u: expected 'bias B'", r->name, r->line);
	g_autofree char *w = next_line(r);
	if (!w || strcmp(w, "w") != 0)
		return fail(error, "model %s: line %u: expected 'w'", r->name, r->line);
	int cols = n_columns(lin);
	gsize rows = n_rows(lin);
	lin->w = weights_new(rows * (gsize) cols);
	for (gsize i = 0; i < rows; i++) {
		const char *p = r->p;
		for (int j = 0; j < cols; j++) {
			char *end = NULL;
			while (p < r->end && *p == ' ')
				p++;
			double v = p < r->end ? g_ascii_strtod(p, &end) : 0;
			if (p >= r->end || end == p || end > r->end || (*end != ' ' && *end != '\n'))
				return fail(error, "model %s: line %u: expected %d weights of feature %zu of "
				            "%zu (the file is cut short or damaged)", r->name, r->line + 1,
				            cols, i + 1, rows);
			lin->w[i * (gsize) cols + (gsize) j] = v;
			p = end;
		}
		while (p < r->end && *p == ' ')
			p++;
		if (p >= r->end || *p != '\n')
			return fail(error, "model %s: line %u: expected %d weights and the end of the "
			            "line", r->name, r->line + 1, cols);
		r->p = p + 1;
		r->line++;
	}
	return TRUE;
}

DmReplyModel *
dm_reply_model_from_bytes(const char *name, const char *data, gsize len, GError **error)
{
	g_return_val_if_fail(name != NULL && (data != NULL || len == 0), NULL);
	g_autoptr(DmReplyModel) m = g_new0(DmReplyModel, 1);
	Reader r = { name, data, data + len, 0 };
	char sha[65];
	if (!read_header(&r, m, sha, error))
		return NULL;
	g_autofree char *actual = g_compute_checksum_for_data(G_CHECKSUM_SHA256,
	                                                      (const guchar *) r.p,
	                                                      (gsize) (r.end - r.p));
	if (g_ascii_strcasecmp(actual, sha) != 0)
		return fail(error, "model %s: the weights do not match the header's sha256, expected "
		            "an undamaged file (copy or rebuild it: dunmail train)", name), NULL;
	if (!read_liblinear(&r, &m->lin, m->n_names, 2, m->bits, error))
		return NULL;
	g_autofree char *mark = next_line(&r);
	if (!mark || strcmp(mark, "intents") != 0)
		return fail(error, "model %s: line %u: expected 'intents' after the weights (the "
		            "file is cut short or damaged)", name, r.line), NULL;
	if (!read_liblinear(&r, &m->intents, m->n_intents, 3, m->bits, error))
		return NULL;
	/* The intents read the same feature nodes as the classes (nodes_of). */
	if (m->intents.nr_feature != m->lin.nr_feature || m->intents.bias != m->lin.bias)
		return fail(error, "model %s: line %u: intents over other features than the "
		            "classes, expected the same nr_feature and bias", name, r.line), NULL;
	if (r.p != r.end)
		return fail(error, "model %s: line %u: expected the end of the file after the "
		            "weights", name, r.line + 1), NULL;
	return g_steal_pointer(&m);
}

DmReplyModel *
dm_reply_model_load(const char *path, GError **error)
{
	g_return_val_if_fail(path != NULL, NULL);
	g_autofree char *data = NULL;
	gsize len = 0;
	g_autoptr(GError) io = NULL;
	if (!g_file_get_contents(path, &data, &len, &io))
		return fail(error, "model %s: %s, expected a reply model (make builds "
		            "build/replies.model; [replies] model names it)", path, io->message), NULL;
	return dm_reply_model_from_bytes(path, data, len, error);
}

/* ---- applying ---- */

/* (transfer full) @features as LIBLINEAR's nodes, with the bias term and the end mark. */
static struct feature_node *
nodes_of(const DmReplyModel *model, const GArray *features)
{
	struct feature_node *x = g_new(struct feature_node, features->len + 2);
	guint n = 0;
	for (guint i = 0; i < features->len; i++) {
		const DmReplyFeature *f = &g_array_index(features, DmReplyFeature, i);
		if (f->index > (guint32) model->lin.nr_feature)
			continue;
		x[n++] = (struct feature_node) { (int) f->index, f->value };
	}
	if (model->lin.bias >= 0)
		x[n++] = (struct feature_node) { model->lin.nr_feature + 1, model->lin.bias };
	x[n].index = -1;
	return x;
}

/* Asks for the rows of @lin's weights that @x will read before LIBLINEAR reads them.
 * The weights (2^bits rows of a few doubles: megabytes) are far larger than the caches
 * and a reply's thousand-odd features each fall on a row of their own, so nearly every
 * row read is a cache miss; asked for together, the misses overlap instead of following
 * one another.  The classes and the intents are two such matrices, read one after the
 * other.  A hint only: the arithmetic is LIBLINEAR's, unchanged. */
static void
prefetch_rows(const struct model *lin, const struct feature_node *x)
{
	gsize cols = (gsize) n_columns(lin);
	for (; x->index != -1; x++) {
		const double *row = &lin->w[(gsize) (x->index - 1) * cols];
		__builtin_prefetch(row);
		__builtin_prefetch(row + cols - 1);
	}
}

void
dm_reply_model_predict(const DmReplyModel *model, const GArray *features, double *probs)
{
	g_return_if_fail(model != NULL && features != NULL && probs != NULL);
	g_autofree struct feature_node *x = nodes_of(model, features);
	prefetch_rows(&model->lin, x);
	double p[DM_REPLY_N_CLASSES];
	predict_probability(&model->lin, x, p);
	memset(probs, 0, sizeof(double) * DM_REPLY_N_CLASSES);
	for (int i = 0; i < model->lin.nr_class; i++)
		probs[model->classes[model->lin.label[i]]] = p[i];
}

void
dm_reply_model_intents(const DmReplyModel *model, const GArray *features, double *present)
{
	g_return_if_fail(model != NULL && features != NULL && present != NULL);
	memset(present, 0, sizeof(double) * DM_REPLY_N_CLASSES);
	g_autofree struct feature_node *x = nodes_of(model, features);
	prefetch_rows(&model->intents, x);
	double dec[DM_REPLY_N_CLASSES];
	/* One decision value per column (the file holds at least three): each column is a
	 * model of its own, so each gets its own sigmoid, not a share of one sum. */
	predict_values(&model->intents, x, dec);
	for (int j = 0; j < model->intents.nr_class; j++)
		present[model->intent_classes[model->intents.label[j]]] = 1 / (1 + exp(-dec[j]));
}

guint
dm_reply_model_strongest(const DmReplyModel *model, const GArray *features,
                         DmReplyClass klass, guint32 *out, guint max)
{
	int col = -1;
	for (int i = 0; i < model->lin.nr_class; i++)
		if (model->classes[model->lin.label[i]] == klass)
			col = i;
	if (col < 0 || max == 0)
		return 0;
	int cols = n_columns(&model->lin);
	if (cols == 1 && col == 1)
		return 0;
	double best[16];
	guint n = 0;
	max = MIN(max, G_N_ELEMENTS(best));
	for (guint i = 0; i < features->len; i++) {
		const DmReplyFeature *f = &g_array_index(features, DmReplyFeature, i);
		if (f->index > (guint32) model->lin.nr_feature)
			continue;
		double c = model->lin.w[(gsize) (f->index - 1) * (gsize) cols + (gsize) col] * f->value;
		if (c <= 0)
			continue;
		/* Insertion into the short list of the strongest. */
		guint at = n < max ? n : max;
		while (at > 0 && best[at - 1] < c)
			at--;
		if (at >= max)
			continue;
		guint last = n < max ? n : max - 1;
		for (guint k = last; k > at; k--) {
			best[k] = best[k - 1];
			out[k] = out[k - 1];
		}
		best[at] = c;
		out[at] = f->index;
		if (n < max)
			n++;
	}
	return n;
}

/* ---- making and writing (for `dunmail train`) ---- */

/* @to: a copy of LIBLINEAR's @from whose labels lie below @n_names, owning its label and
 * weights; FALSE when a label does not. */
static gboolean
copy_liblinear(struct model *to, const struct model *from, guint n_names)
{
	for (int i = 0; i < from->nr_class; i++)
		if (from->label[i] < 0 || (guint) from->label[i] >= n_names)
			return FALSE;
	*to = *from;
	to->param.weight_label = NULL;
	to->param.weight = NULL;
	to->param.init_sol = NULL;
	to->label = g_memdup2(from->label, sizeof(int) * (gsize) from->nr_class);
	gsize n_weights = n_rows(from) * (gsize) n_columns(from);
	to->w = weights_new(n_weights);
	if (n_weights > 0)
		memcpy(to->w, from->w, sizeof(double) * n_weights);
	return TRUE;
}

DmReplyModel *
dm_reply_model_new(gconstpointer linear, const DmReplyClass *classes, guint n_classes,
                   gconstpointer intents, const DmReplyClass *intent_classes,
                   guint n_intents, double threshold, double C, guint trained_on)
{
	const struct model *lin = linear, *in = intents;
	g_return_val_if_fail(lin != NULL && n_classes >= (guint) lin->nr_class &&
	                     n_classes <= DM_REPLY_N_CLASSES, NULL);
	g_return_val_if_fail(in != NULL && in->nr_class >= 3 && n_intents >= (guint) in->nr_class &&
	                     n_intents <= DM_REPLY_N_CLASSES && in->nr_feature == lin->nr_feature &&
	                     in->bias == lin->bias, NULL);
	g_autoptr(DmReplyModel) m = g_new0(DmReplyModel, 1);
	g_return_val_if_fail(copy_liblinear(&m->lin, lin, n_classes), NULL);
	g_return_val_if_fail(copy_liblinear(&m->intents, in, n_intents), NULL);
	memcpy(m->classes, classes, sizeof(DmReplyClass) * n_classes);
	memcpy(m->intent_classes, intent_classes, sizeof(DmReplyClass) * n_intents);
	m->n_intents = n_intents;
	m->n_names = n_classes;
	m->bits = DM_REPLY_FEATURE_BITS;
	m->threshold = threshold;
	m->C = C;
	m->trained_on = trained_on;
	return g_steal_pointer(&m);
}

/* @lin as LIBLINEAR's save_model() writes it, to @body. */
static void
append_liblinear(GString *body, const struct model *lin)
{
	int cols = n_columns(lin);
	gsize rows = n_rows(lin);
	g_string_append_printf(body, "solver_type L2R_LR\nnr_class %d\nlabel", lin->nr_class);
	for (int i = 0; i < lin->nr_class; i++)
		g_string_append_printf(body, " %d", lin->label[i]);
	char num[G_ASCII_DTOSTR_BUF_SIZE];
	g_string_append_printf(body, "\nnr_feature %d\nbias %s\nw\n", lin->nr_feature,
	                       g_ascii_formatd(num, sizeof num, "%.17g", lin->bias));
	for (gsize i = 0; i < rows; i++) {
		for (int j = 0; j < cols; j++) {
			double v = lin->w[i * (gsize) cols + (gsize) j];
			/* Nine significant digits: the weights' precision that matters, and a file a
			 * third the size of %.17g's. */
			g_string_append(body, v == 0 ? "0" : g_ascii_formatd(num, sizeof num, "%.9g", v));
			g_string_append_c(body, ' ');
		}
		g_string_append_c(body, '\n');
	}
}

GBytes *
dm_reply_model_to_bytes(const DmReplyModel *model)
{
	g_return_val_if_fail(model != NULL, NULL);
	GString *body = g_string_sized_new(n_rows(&model->lin) * 16 * 2);
	append_liblinear(body, &model->lin);
	g_string_append(body, "intents\n");
	append_liblinear(body, &model->intents);
	char num[G_ASCII_DTOSTR_BUF_SIZE];
	g_autofree char *sha = g_compute_checksum_for_data(G_CHECKSUM_SHA256,
	                                                   (const guchar *) body->str, body->len);
	GString *out = g_string_sized_new(body->len + 512);
	g_string_append_printf(out, MAGIC " %d\nfeatures %d " HASH_NAME " %u\nclasses",
	                       DM_REPLY_MODEL_FORMAT, DM_REPLY_FEATURE_VERSION, model->bits);
	for (guint i = 0; i < model->n_names; i++)
		g_string_append_printf(out, " %s", dm_reply_class_name(model->classes[i]));
	g_string_append_printf(out, "\nthreshold %s\n",
	                       g_ascii_formatd(num, sizeof num, "%.6f", model->threshold));
	g_string_append_printf(out, "C %s\ntrained-on %u\nintents",
	                       g_ascii_formatd(num, sizeof num, "%g", model->C), model->trained_on);
	for (guint i = 0; i < model->n_intents; i++)
		g_string_append_printf(out, " %s", dm_reply_class_name(model->intent_classes[i]));
	g_string_append_printf(out, "\nsha256 %s\nend-of-header\n", sha);
	g_string_append_len(out, body->str, (gssize) body->len);
	g_string_free(body, TRUE);
	return g_string_free_to_bytes(out);
}
