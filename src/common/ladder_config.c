/* ladder_config: the [ladder NAME] and [step NAME] groups of dunmail.conf read into
 * ladders and checked (dm-ladder-config.h).
 *
 * The built-in ladders are themselves written as configuration (builtin below) and read
 * by the same code: the user's file is read as if that text stood at its top, a group of
 * the user's replacing the built-in group of the same name.  So a [step reminder] of the
 * user's changes the reminder of the built-in ladders too, and the defaults obey every
 * rule a user's ladder obeys.
 */
#include "common/dm-ladder-config.h"
#include "common/dm-config.h"

#include <string.h>

#define LADDER_PREFIX "ladder "
#define STEP_PREFIX "step "
#define OFFSET_MAX_DAYS 3650
#define BUILTIN_PATH "(built-in ladders)"
/* The 14-day letter's term (6:96 lid 6 BW, HR 25-11-2016): 14 days from the day after it
 * is received; an e-mail is received the day it is sent, so costs from the 15th day. */
#define FOURTEEN_DAY_TERM_DAYS 15

static const char builtin[] =
	"[ladder business]\n"
	"steps = reminder, second_reminder, formal_notice, hand_over\n"
	"[ladder consumer]\n"
	"kind = consumer\n"
	"steps = reminder, second_reminder, fourteen_day_letter, collection_notice, hand_over\n"
	"[step reminder]\n"
	"after = due+7\n"
	"template = reminder\n"
	"[step second_reminder]\n"
	"after = due+21\n"
	"template = second_reminder\n"
	"[step formal_notice]\n"
	"after = due+35\n"
	"template = formal_notice\n"
	"flags = claims_costs, claims_interest, final_notice\n"
	"[step fourteen_day_letter]\n"
	"after = due+35\n"
	"template = fourteen_day_letter\n"
	"flags = fourteen_day, final_notice\n"
	"[step collection_notice]\n"
	"after = previous+15\n"
	"template = formal_notice\n"
	"flags = claims_costs, claims_interest\n"
	"[step hand_over]\n"
	"after = previous+14\n"
	"flags = hand_over\n";

static const struct {
	const char *name;
	DmStepFlags flag;
} flag_names[] = {
	{ "claims_costs", DM_STEP_CLAIMS_COSTS },
	{ "claims_interest", DM_STEP_CLAIMS_INTEREST },
	{ "fourteen_day", DM_STEP_FOURTEEN_DAY },
	{ "final_notice", DM_STEP_FINAL_NOTICE },
	{ "hand_over", DM_STEP_HAND_OVER },
};

const char *
dm_step_flag_name(DmStepFlags flag)
{
	for (gsize i = 0; i < G_N_ELEMENTS(flag_names); i++)
		if (flag_names[i].flag == flag)
			return flag_names[i].name;
	return NULL;
}

char *
dm_step_flags_text(DmStepFlags flags)
{
	g_autoptr(GString) s = g_string_new(NULL);
	for (gsize i = 0; i < G_N_ELEMENTS(flag_names); i++)
		if (flags & flag_names[i].flag)
			g_string_append_printf(s, "%s%s", s->len ? ", " : "", flag_names[i].name);
	return g_string_free(g_steal_pointer(&s), FALSE);
}

static void
step_free(DmLadderStep *s)
{
	g_free(s->name);
	g_free(s->template_name);
	g_free(s);
}

static void
ladder_free(DmLadder *l)
{
	g_free(l->name);
	g_clear_pointer(&l->steps, g_ptr_array_unref);
	g_free(l);
}

void
dm_ladder_set_free(DmLadderSet *set)
{
	if (!set)
		return;
	g_clear_pointer(&set->ladders, g_ptr_array_unref);
	g_free(set->business_ladder);
	g_free(set->consumer_ladder);
	g_free(set);
}

gboolean
dm_ladder_config_group(const char *group)
{
	return g_str_has_prefix(group, LADDER_PREFIX) || g_str_has_prefix(group, STEP_PREFIX);
}

const DmLadder *
dm_ladder_set_find(const DmLadderSet *set, const char *name)
{
	for (guint i = 0; name && i < set->ladders->len; i++) {
		const DmLadder *l = g_ptr_array_index(set->ladders, i);
		if (strcmp(l->name, name) == 0)
			return l;
	}
	return NULL;
}

/* Where a group is read from: the user's file, else the built-in text. */
typedef struct {
	GKeyFile *user;             /* (nullable) */
	const char *user_path;
	GKeyFile *builtin;
} Source;

/* The file holding [@group] in *@kf and its path in *@path; FALSE when neither has it. */
static gboolean
source_group(const Source *src, const char *group, GKeyFile **kf, const char **path)
{
	if (src->user && g_key_file_has_group(src->user, group)) {
		*kf = src->user;
		*path = src->user_path;
		return TRUE;
	}
	*kf = src->builtin;
	*path = BUILTIN_PATH;
	return g_key_file_has_group(src->builtin, group);
}

static gboolean
fail(GError **error, const char *path, const char *group, const char *key, const char *fmt, ...)
	G_GNUC_PRINTF(5, 6);

static gboolean
fail(GError **error, const char *path, const char *group, const char *key, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	g_autofree char *why = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_set_error(error, DM_CONFIG_ERROR, DM_CONFIG_ERROR_INVALID, "%s: [%s] %s: %s", path,
	            group, key, why);
	return FALSE;
}

/* Every key of [@group] is one of @known (NULL-terminated). */
static gboolean
known_keys(GKeyFile *kf, const char *path, const char *group, const char *const *known,
           GError **error)
{
	g_auto(GStrv) keys = g_key_file_get_keys(kf, group, NULL, NULL);
	for (char **k = keys; k && *k; k++)
		if (!g_strv_contains(known, *k)) {
			g_autofree char *list = g_strjoinv(", ", (char **) known);
			return fail(error, path, group, *k, "unknown key (known: %s)", list);
		}
	return TRUE;
}

/* "due+7", "due-3", "due+0", "previous+14" into @s; the text is the whole value. */
static gboolean
parse_after(const char *text, DmLadderStep *s)
{
	const char *p;
	if (g_str_has_prefix(text, "due"))
		s->anchor = DM_STEP_FROM_DUE, p = text + 3;
	else if (g_str_has_prefix(text, "previous"))
		s->anchor = DM_STEP_FROM_PREVIOUS, p = text + 8;
	else
		return FALSE;
	while (*p == ' ')
		p++;
	if (*p != '+' && *p != '-')
		return FALSE;
	gboolean minus = *p++ == '-';
	while (*p == ' ')
		p++;
	gint64 n;
	if (!g_ascii_string_to_signed(p, 10, 0, OFFSET_MAX_DAYS, &n, NULL))
		return FALSE;
	s->offset_days = minus ? -(int) n : (int) n;
	return TRUE;
}

static gboolean
template_name_ok(const char *name)
{
	if (!*name)
		return FALSE;
	for (const char *p = name; *p; p++)
		if (!g_ascii_isalnum(*p) && *p != '_' && *p != '-')
			return FALSE;
	return TRUE;
}

/* (transfer full) step @name as [step @name] defines it, or NULL with @error. */
static DmLadderStep *
read_step(const Source *src, const char *name, const char *ladder_group, GError **error)
{
	static const char *const keys[] = { "after", "template", "flags", NULL };
	g_autofree char *group = g_strconcat(STEP_PREFIX, name, NULL);
	GKeyFile *kf;
	const char *path;
	if (!source_group(src, group, &kf, &path)) {
		fail(error, src->user_path, ladder_group, "steps",
		     "no [%s] group defines the step '%s'", group, name);
		return NULL;
	}
	if (!known_keys(kf, path, group, keys, error))
		return NULL;
	DmLadderStep *s = g_new0(DmLadderStep, 1);
	g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func((GDestroyNotify) step_free);
	g_ptr_array_add(own, s);
	s->name = g_strdup(name);

	g_autofree char *flags_text = g_key_file_get_value(kf, group, "flags", NULL);
	g_auto(GStrv) flags = flags_text ? g_strsplit(flags_text, ",", -1) : NULL;
	for (char **f = flags; f && *f; f++) {
		g_strstrip(*f);
		if (!**f)
			continue;
		gsize i = 0;
		while (i < G_N_ELEMENTS(flag_names) && strcmp(flag_names[i].name, *f) != 0)
			i++;
		if (i == G_N_ELEMENTS(flag_names)) {
			fail(error, path, group, "flags", "unknown flag '%s' (known: claims_costs, "
			     "claims_interest, fourteen_day, final_notice, hand_over)", *f);
			return NULL;
		}
		s->flags |= flag_names[i].flag;
	}

	g_autofree char *after = g_key_file_get_value(kf, group, "after", NULL);
	if (!after) {
		fail(error, path, group, "after", "required (due+N, due-N or previous+N days)");
		return NULL;
	}
	g_strstrip(after);
	if (!parse_after(after, s)) {
		fail(error, path, group, "after", "'%s' is not due+N, due-N or previous+N (N whole "
		     "days, at most %d)", after, OFFSET_MAX_DAYS);
		return NULL;
	}
	if (s->anchor == DM_STEP_FROM_PREVIOUS && s->offset_days < 0) {
		fail(error, path, group, "after", "'%s' is a negative gap: a step cannot go before "
		     "the step before it (expected previous+N)", after);
		return NULL;
	}

	g_autofree char *tmpl = g_key_file_get_value(kf, group, "template", NULL);
	if (tmpl)
		g_strstrip(tmpl);
	if (tmpl && !template_name_ok(tmpl)) {
		fail(error, path, group, "template", "'%s' is not a template name (letters, digits, "
		     "_ and -, the file name in templates/LANG/ without .txt)", tmpl);
		return NULL;
	}
	if (!tmpl && !(s->flags & DM_STEP_HAND_OVER)) {
		fail(error, path, group, "template", "required (the mail this step sends; only a "
		     "hand_over step sends none)");
		return NULL;
	}
	s->template_name = g_steal_pointer(&tmpl);
	return g_ptr_array_steal_index(own, 0);
}

/* The steps of @l, in order, as a whole: a first step counted from the due date, steps
 * at least the minimum gap apart, nothing after a hand-over, and in a consumer ladder no
 * costs before the 14-day letter's term has run out. */
static gboolean
check_order(const DmLadder *l, const char *path, const char *group, GError **error)
{
	const DmLadderStep *letter = NULL;
	for (guint i = 0; i < l->steps->len; i++) {
		DmLadderStep *s = g_ptr_array_index(l->steps, i);
		const DmLadderStep *prev = i ? g_ptr_array_index(l->steps, i - 1) : NULL;
		if (!prev && s->anchor == DM_STEP_FROM_PREVIOUS)
			return fail(error, path, group, "steps", "the first step, %s, has no step before "
			            "it to count from (use after = due+N)", s->name);
		s->days_after_due = s->anchor == DM_STEP_FROM_DUE ? s->offset_days
		                  : prev->days_after_due + s->offset_days;
		if (prev && (prev->flags & DM_STEP_HAND_OVER))
			return fail(error, path, group, "steps", "%s comes after the hand-over %s, which "
			            "ends the automatic ladder: it would never be sent", s->name, prev->name);
		if (prev && s->days_after_due < prev->days_after_due)
			return fail(error, path, group, "steps", "%s (due%+d) comes before the step "
			            "before it, %s (due%+d): a negative gap", s->name, s->days_after_due,
			            prev->name, prev->days_after_due);
		if (prev && s->days_after_due - prev->days_after_due < DM_LADDER_MIN_GAP_DAYS)
			return fail(error, path, group, "steps", "%s is %d days after %s: steps must be "
			            "at least %d days apart", s->name,
			            s->days_after_due - prev->days_after_due, prev->name,
			            DM_LADDER_MIN_GAP_DAYS);
		if (l->kind != DM_LADDER_CONSUMER)
			continue;
		if ((s->flags & DM_STEP_CLAIMS_COSTS) && !letter)
			return fail(error, path, group, "steps", "%s claims costs before the 14-day "
			            "letter (a step with flags = fourteen_day), which a consumer must "
			            "have received first (6:96 lid 6 BW)", s->name);
		if ((s->flags & DM_STEP_CLAIMS_COSTS) && (s->flags & DM_STEP_FOURTEEN_DAY))
			return fail(error, path, group, "steps", "%s is the 14-day letter and claims "
			            "costs: the letter must be free of charge", s->name);
		if ((s->flags & DM_STEP_CLAIMS_COSTS) &&
		    s->days_after_due - letter->days_after_due < FOURTEEN_DAY_TERM_DAYS)
			return fail(error, path, group, "steps", "%s claims costs %d days after the "
			            "14-day letter %s: its term runs out after %d (14 days from the day "
			            "after it arrives)", s->name, s->days_after_due - letter->days_after_due,
			            letter->name, FOURTEEN_DAY_TERM_DAYS);
		if (s->flags & DM_STEP_FOURTEEN_DAY)
			letter = s;
	}
	return TRUE;
}

/* (transfer full) [ladder @name] read and checked, or NULL with @error. */
static DmLadder *
read_ladder(const Source *src, const char *name, GError **error)
{
	static const char *const keys[] = { "steps", "kind", NULL };
	g_autofree char *group = g_strconcat(LADDER_PREFIX, name, NULL);
	GKeyFile *kf;
	const char *path;
	if (!source_group(src, group, &kf, &path))
		g_assert_not_reached();     /* the caller found the group */
	if (!known_keys(kf, path, group, keys, error))
		return NULL;
	DmLadder *l = g_new0(DmLadder, 1);
	g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func((GDestroyNotify) ladder_free);
	g_ptr_array_add(own, l);
	l->name = g_strdup(name);
	l->steps = g_ptr_array_new_with_free_func((GDestroyNotify) step_free);

	g_autofree char *kind = g_key_file_get_value(kf, group, "kind", NULL);
	if (kind)
		g_strstrip(kind);
	if (kind && strcmp(kind, "consumer") == 0)
		l->kind = DM_LADDER_CONSUMER;
	else if (kind && strcmp(kind, "business") != 0) {
		fail(error, path, group, "kind", "'%s' is neither business nor consumer", kind);
		return NULL;
	}

	g_autofree char *steps_text = g_key_file_get_value(kf, group, "steps", NULL);
	g_auto(GStrv) steps = g_strsplit(steps_text ? steps_text : "", ",", -1);
	for (char **s = steps; *s; s++) {
		g_strstrip(*s);
		if (!**s)
			continue;
		for (guint i = 0; i < l->steps->len; i++)
			if (strcmp(((DmLadderStep *) g_ptr_array_index(l->steps, i))->name, *s) == 0) {
				fail(error, path, group, "steps", "the step %s is named twice", *s);
				return NULL;
			}
		DmLadderStep *step = read_step(src, *s, group, error);
		if (!step)
			return NULL;
		step->step = (int) l->steps->len + 1;
		g_ptr_array_add(l->steps, step);
	}
	if (l->steps->len == 0) {
		fail(error, path, group, "steps", "empty: a ladder needs at least one step");
		return NULL;
	}
	/* The built-in ladders alone are sound: an order error in one is caused by a step the
	 * user's file changed, so it names that file. */
	if (!check_order(l, src->user_path, group, error))
		return NULL;
	return g_ptr_array_steal_index(own, 0);
}

/* The ladder names of [ladder NAME] groups in @kf, added to @names once each. */
static void
ladder_names(GKeyFile *kf, GPtrArray *names)
{
	g_auto(GStrv) groups = kf ? g_key_file_get_groups(kf, NULL) : NULL;
	for (char **g = groups; g && *g; g++) {
		if (!g_str_has_prefix(*g, LADDER_PREFIX))
			continue;
		const char *name = *g + strlen(LADDER_PREFIX);
		if (!g_ptr_array_find_with_equal_func(names, name, g_str_equal, NULL))
			g_ptr_array_add(names, g_strdup(name));
	}
}

/* (transfer full) "business, consumer, quick" for an error's list of the known ladders. */
static char *
names_text(const DmLadderSet *set)
{
	g_autoptr(GString) s = g_string_new(NULL);
	for (guint i = 0; i < set->ladders->len; i++)
		g_string_append_printf(s, "%s%s", i ? ", " : "",
		                       ((DmLadder *) g_ptr_array_index(set->ladders, i))->name);
	return g_string_free(g_steal_pointer(&s), FALSE);
}

static gboolean
read_all(DmLadderSet *set, GKeyFile *user, const char *path, GError **error)
{
	g_autoptr(GKeyFile) builtin_kf = g_key_file_new();
	if (!g_key_file_load_from_data(builtin_kf, builtin, sizeof builtin - 1, G_KEY_FILE_NONE,
	                               NULL))
		g_assert_not_reached();
	Source src = { .user = user, .user_path = path, .builtin = builtin_kf };
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	ladder_names(builtin_kf, names);
	ladder_names(user, names);
	g_autoptr(GPtrArray) ladders = g_ptr_array_new_with_free_func((GDestroyNotify) ladder_free);
	for (guint i = 0; i < names->len; i++) {
		const char *name = g_ptr_array_index(names, i);
		if (!*name)
			return fail(error, path, LADDER_PREFIX, "steps", "a ladder needs a name");
		DmLadder *l = read_ladder(&src, name, error);
		if (!l)
			return FALSE;
		g_ptr_array_add(ladders, l);
	}
	g_clear_pointer(&set->ladders, g_ptr_array_unref);
	set->ladders = g_steal_pointer(&ladders);
	return TRUE;
}

/* [dunning] @key names a ladder of @set, of the consumer kind when @consumer. */
static gboolean
check_choice(const DmLadderSet *set, const char *path, const char *key, const char *name,
             gboolean consumer, GError **error)
{
	const DmLadder *l = dm_ladder_set_find(set, name);
	if (!l) {
		g_autofree char *known = names_text(set);
		return fail(error, path, "dunning", key, "no ladder '%s' is defined (defined: %s)",
		            name, known);
	}
	if (consumer && l->kind != DM_LADDER_CONSUMER)
		return fail(error, path, "dunning", key, "the ladder '%s' is not for consumers (its "
		            "[ladder %s] needs kind = consumer and the 14-day letter)", name, name);
	return TRUE;
}

DmLadderSet *
dm_ladder_set_new_default(void)
{
	DmLadderSet *set = g_new0(DmLadderSet, 1);
	set->business_ladder = g_strdup("business");
	set->consumer_ladder = g_strdup("consumer");
	/* Taking a consumer for a business would claim costs without the 14-day letter, which
	 * the law forbids (6:96 lid 6 BW, mandatory for consumers); taking a business for a
	 * consumer only claims them some two weeks later.  So unknown is a consumer. */
	set->unknown_debtor = DM_LADDER_CONSUMER;
	set->plan = (DmPlanTiming) { .remind_before_days = DM_PLAN_REMIND_BEFORE_DAYS,
	                             .remind_after_days = DM_PLAN_REMIND_AFTER_DAYS,
	                             .missed_after_days = DM_PLAN_MISSED_AFTER_DAYS,
	                             .on_missed = DM_PLAN_MISSED_RESUME };
	if (!read_all(set, NULL, BUILTIN_PATH, NULL))
		g_assert_not_reached();     /* the built-in ladders obey their own rules */
	return set;
}

gboolean
dm_ladder_set_load(DmLadderSet *set, GKeyFile *kf, const char *path,
                   const char *business_ladder, const char *consumer_ladder, GError **error)
{
	if (!read_all(set, kf, path, error))
		return FALSE;
	if (business_ladder) {
		g_free(set->business_ladder);
		set->business_ladder = g_strdup(business_ladder);
	}
	if (consumer_ladder) {
		g_free(set->consumer_ladder);
		set->consumer_ladder = g_strdup(consumer_ladder);
	}
	return check_choice(set, path, "business_ladder", set->business_ladder, FALSE, error) &&
	       check_choice(set, path, "consumer_ladder", set->consumer_ladder, TRUE, error);
}

gboolean
dm_ladder_set_check_templates(const DmLadderSet *set, const char *path, const char *dir,
                              const char *language, GError **error)
{
	for (guint i = 0; i < set->ladders->len; i++) {
		const DmLadder *l = g_ptr_array_index(set->ladders, i);
		for (guint j = 0; j < l->steps->len; j++) {
			const DmLadderStep *s = g_ptr_array_index(l->steps, j);
			if (!s->template_name)
				continue;
			g_autofree char *file = g_strconcat(s->template_name, ".txt", NULL);
			g_autofree char *full = g_build_filename(dir, language, file, NULL);
			if (g_file_test(full, G_FILE_TEST_IS_REGULAR))
				continue;
			g_autofree char *group = g_strconcat(STEP_PREFIX, s->name, NULL);
			return fail(error, path ? path : BUILTIN_PATH, group, "template",
			            "no template '%s' (expected the file %s; [dunning] templates names "
			            "the directory)", s->template_name, full);
		}
	}
	return TRUE;
}
