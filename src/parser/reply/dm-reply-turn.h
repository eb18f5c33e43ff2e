/* dm-reply-turn: a reply that changes its mind (turn.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include "parser/reply/dm-reply-types.h"
#include <glib.h>

typedef enum {
	DM_REPLY_TURN_NONE = 0,
	/* A later sentence adds to what came before: a postscript, a "Nachtrag", an
	 * "update" ("Betaald. PS: doen jullie ook dakgoten?").  Only an intent of its own,
	 * other than the whole reply's, turns the reading. */
	DM_REPLY_TURN_ADDED,
	/* The text takes back, corrects or dismisses something it or an earlier message
	 * said ("scratch that", "laat maar", "bitte ignorieren Sie meine letzte Mail",
	 * "ik had gezegd vrijdag, maar"), or reports the reminder's own words ("Sie fragen,
	 * wann wir zahlen"): what stands is the rest. */
	DM_REPLY_TURN_TAKEN_BACK,
} DmReplyTurn;

/* (transfer full) the part of @text that stands after a change of mind, or NULL when
 * @text shows none; @turn (nullable) says which kind it found.  For a turn that takes
 * back, the text without the sentences or the clause taken back; for an addition, the
 * addition and what follows it. */
char *dm_reply_text_standing(const char *text, DmReplyTurn *turn);

/* Whether @text waves the owner's reminder off ("please ignore the reminder", "no longer
 * any need to send reminders", "herinneringen sturen is niet meer nodig", "weitere
 * Mahnungen sind nicht nötig"): closing words of a paid reply, which take back nothing
 * and ask nothing. */
gboolean dm_reply_text_waves_off_reminder(const char *text);

/* Whether a reply that changes its mind by @turn, read as @whole, reads otherwise by the
 * part that stands, read alone as @part at probability @sure: an intent other than
 * @whole, read at 0.6 or more, for an addition; for a taking back any other class, or
 * @whole itself below @threshold (the model's: the part that stands does not carry the
 * reading by itself).
 * Such a reply waits for the owner (reply.c): the model weighs every sentence, and the
 * taken-back one often speaks loudest ("Deze factuur ken ik niet ... PS: ik heb hem in
 * augustus gewoon betaald", read as a dispute at 0.999). */
gboolean dm_reply_turn_reads_otherwise(DmReplyTurn turn, DmReplyClass whole,
                                       DmReplyClass part, double sure, double threshold);
