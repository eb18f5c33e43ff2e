/* digest_note: a reply's note in the owner's language (dm-digest-note.h). */
#include "dunning/report/dm-digest-note.h"
#include "dunning/report/dm-digest-words.h"
#include "dunning/report/dm-doc.h"
#include "common/dm-address.h"

#define SAY(lang, nl, en, de) dm_doc_say(lang, nl, en, de)

/* (transfer none) why it holds, without the "waiting for you" before it: the words of
 * the reason the policy gave the hold (dm_reply_note_reason). */
static const char *
held_why(const char *lang, DmReplyNote note)
{
	const char *reason = dm_reply_note_reason(note);
	const char *word = reason ? dm_digest_word(lang, "pause", reason) : NULL;
	return word ? word : "?";
}

/* (transfer full) "sender not verified (no DMARC, DKIM or SPF pass for example.com)": the
 * stored detail of the check is English and technical, its meaning is this. */
static char *
unverified(const char *lang, const DmReplyRow *r)
{
	const char *domain = r->from_addr ? dm_address_domain(r->from_addr) : NULL;
	return g_strdup_printf(SAY(lang, "afzender niet geverifieerd (geen geslaagde DMARC-, DKIM- "
	                           "of SPF-controle voor %s)",
	                           "sender not verified (no DMARC, DKIM or SPF pass for %s)",
	                           "Absender nicht verifiziert (keine bestandene DMARC-, DKIM- oder "
	                           "SPF-Pr\xc3\xbc" "fung f\xc3\xbcr %s)"),
	                       domain ? domain : "?");
}

char *
dm_digest_reply_note(const char *lang, const DmReplyRow *r, const char *debtor)
{
	if (r->note_reason == DM_REPLY_NOTE_NONE)
		return g_strdup(r->note);
	/* The owner's decision (or the hold running out) ends the wait: the reply then
	 * simply did not act. */
	const char *held = r->needs_review ? SAY(lang, "wacht op u", "waiting for you", "wartet auf Sie")
	                                   : SAY(lang, "niet toegepast", "not applied", "nicht angewandt");
	const char *not_applied = SAY(lang, "niet toegepast", "not applied", "nicht angewandt");
	switch (r->note_reason) {
	case DM_REPLY_NOTE_NONE:
		break;
	case DM_REPLY_NOTE_NOT_DEBTOR:
		return g_strdup_printf(SAY(lang, "%s: %s is niet de debiteur van factuur %s (%s)",
		                           "%s: %s is not the debtor of invoice %s (%s)",
		                           "%s: %s ist nicht der Schuldner der Rechnung %s (%s)"),
		                       not_applied, r->from_addr ? r->from_addr : "?",
		                       r->invoice_number ? r->invoice_number : "?", debtor ? debtor : "?");
	case DM_REPLY_NOTE_UNVERIFIED: {
		g_autofree char *why = unverified(lang, r);
		return g_strdup_printf("%s: %s", not_applied, why);
	}
	case DM_REPLY_NOTE_HELD_UNVERIFIED: {
		g_autofree char *why = unverified(lang, r);
		return g_strdup_printf("%s: %s", held, why);
	}
	case DM_REPLY_NOTE_HELD_WHICH:
		if (!r->held_numbers)
			return g_strdup_printf("%s: %s", held, SAY(lang, "welke factuur?", "which invoice?",
			                                           "welche Rechnung?"));
		return g_strdup_printf(SAY(lang, "%s: welke factuur? het kan gaan over %s",
		                           "%s: which invoice? it may concern %s",
		                           "%s: welche Rechnung? Sie kann %s betreffen"),
		                       held, r->held_numbers);
	case DM_REPLY_NOTE_HELD_UNSURE:
	case DM_REPLY_NOTE_HELD_FAR:
	case DM_REPLY_NOTE_HELD_AWAY:
	case DM_REPLY_NOTE_HELD_PAST_PROMISE:
	case DM_REPLY_NOTE_HELD_FUTURE_PAYMENT:
		return g_strdup_printf("%s: %s", held, held_why(lang, r->note_reason));
	}
	return g_strdup(r->note);
}
