/* debtor: the owner's settings for one debtor applied to the ledger (dm-owner-debtor.h). */
#include "dunning/owner/dm-owner-debtor.h"
#include "dunning/ledger/dm-debtors.h"
#include "dunning/ledger/dm-invoices.h"
#include "common/dm-clock.h"

gboolean
dm_debtor_change_empty(const DmDebtorChange *c)
{
	return !c->language && c->kind == DM_DEBTOR_KIND_UNSET && !c->contact && !c->ladder &&
	       !c->set_credit_limit && !c->pause_until && !c->unpause && c->exclude == 0;
}

static void
replace(char **field, const char *value)
{
	g_free(*field);
	*field = g_strdup(value);
}

/* @change applied to @s; what it changed appended to @what ("language en, excluded"). */
static void
apply(DmDebtorSettings *s, const DmDebtorChange *c, GString *what)
{
	if (c->language) {
		replace(&s->language, c->language);
		g_string_append_printf(what, ", language %s", c->language);
	}
	if (c->kind != DM_DEBTOR_KIND_UNSET) {
		s->kind = c->kind;
		g_string_append_printf(what, ", %s", dm_debtor_kind_name(c->kind));
	}
	if (c->contact) {
		replace(&s->contact, c->contact);
		g_string_append_printf(what, ", contact %s", c->contact);
	}
	if (c->ladder) {
		replace(&s->ladder, c->ladder);
		g_string_append_printf(what, ", ladder %s", c->ladder);
	}
	if (c->set_credit_limit) {
		s->has_credit_limit = TRUE;
		s->credit_limit_cents = c->credit_limit_cents;
		g_string_append_printf(what, ", credit limit %" G_GINT64_FORMAT ".%02d",
		                       c->credit_limit_cents / 100, (int) (c->credit_limit_cents % 100));
	}
	if (c->unpause) {
		g_date_clear(&s->paused_until, 1);
		g_clear_pointer(&s->pause_reason, g_free);
		g_string_append(what, ", unpaused");
	}
	if (c->pause_until) {
		s->paused_until = *c->pause_until;
		replace(&s->pause_reason, c->pause_reason);
		g_autofree char *day = dm_date_iso(c->pause_until);
		g_string_append_printf(what, ", paused until %s (%s)", day, c->pause_reason);
	}
	if (c->exclude) {
		s->excluded = c->exclude > 0;
		g_string_append(what, c->exclude > 0 ? ", excluded" : ", included");
	}
}

/* The ladder @c names exists, and suits the debtor's kind as it will be. */
static gboolean
check_ladder(const DmLadderSet *ladders, const DmDebtorSettings *s, GError **error)
{
	if (!s->ladder)
		return TRUE;
	const DmLadder *l = dm_ladder_set_find(ladders, s->ladder);
	if (!l) {
		g_set_error(error, DM_OWNER_ERROR, DM_OWNER_ERROR_VALUE, "no ladder '%s' in the "
		            "configuration (a [ladder %s] group defines one)", s->ladder, s->ladder);
		return FALSE;
	}
	if (s->kind == DM_DEBTOR_KIND_CONSUMER && l->kind != DM_LADDER_CONSUMER) {
		g_set_error(error, DM_OWNER_ERROR, DM_OWNER_ERROR_VALUE, "the ladder '%s' is not for "
		            "consumers (kind = consumer, with the 14-day letter): a consumer "
		            "debtor cannot follow it", s->ladder);
		return FALSE;
	}
	return TRUE;
}

/* Creates debtor @email when new (*@id 0), applies @change to *@s and writes it with its
 * event, in the caller's transaction. */
static gboolean
write_change(DmLedger *ledger, const DmLadderSet *ladders, const char *email, gint64 id,
             const DmDebtorChange *change, const char *now_iso, DmDebtorSettings *s,
             char **summary, GError **error)
{
	if (id == 0 && !dm_ledger_debtor_ensure(ledger, email, NULL, NULL, now_iso, &id, error))
		return FALSE;
	g_autoptr(GString) what = g_string_new(NULL);
	apply(s, change, what);
	g_autofree char *detail = g_strdup_printf("debtor %s set by the owner: %s", email,
	                                          what->str + 2);
	if (!check_ladder(ladders, s, error) ||
	    !dm_ledger_debtor_settings_set(ledger, id, s, now_iso, error) ||
	    !dm_ledger_event(ledger, 0, now_iso, DM_EVENT_DEBTOR_SETTINGS, detail, error))
		return FALSE;
	*summary = g_steal_pointer(&detail);
	return TRUE;
}

gboolean
dm_owner_debtor(DmLedger *ledger, const DmLadderSet *ladders, const char *email,
                const DmDebtorChange *change, GDateTime *now, DmDebtorSettings *out,
                char **summary, GError **error)
{
	*summary = NULL;
	g_autofree char *now_iso = dm_clock_iso_utc(now);
	if (!dm_ledger_begin(ledger, error))
		return FALSE;
	gint64 id = 0;
	if (!dm_ledger_debtor_get(ledger, email, &id, out, error)) {
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	if (dm_debtor_change_empty(change)) {
		dm_ledger_rollback(ledger);
		if (id == 0) {
			g_set_error(error, DM_OWNER_ERROR, DM_OWNER_ERROR_NO_INVOICE,
			            "no debtor %s in the ledger (no invoice to it was recorded)", email);
			return FALSE;
		}
		return TRUE;
	}
	if (!write_change(ledger, ladders, email, id, change, now_iso, out, summary, error) ||
	    !dm_ledger_commit(ledger, error)) {
		g_clear_pointer(summary, g_free);
		dm_ledger_rollback(ledger);
		return FALSE;
	}
	return TRUE;
}
