/* dm-ledger-types: the ledger's typed values and rows — invoice status, outbox state and
 * kind, event kind (each with one name table), and the rows the ledger returns.  Nothing
 * here does I/O, so the engine's pure decisions may include it (and only it) of the ledger.
 *
 * The database keeps the names as text; the ledger converts at the backend boundary, and
 * a name it does not know is an error (DM_LEDGER_ERROR_CORRUPT), never a silent default.
 * Each enum starts at 1: 0 is "any", for filters only, and has no name.
 */
#pragma once
#include <glib.h>
#include "parser/reply/dm-reply.h"

typedef enum {
	DM_INVOICE_STATUS_ANY = 0,
	DM_INVOICE_STATUS_OPEN,
	DM_INVOICE_STATUS_PAUSED,
	DM_INVOICE_STATUS_STOPPED,
	DM_INVOICE_STATUS_PAID,
	DM_INVOICE_STATUS_HELD,     /* a reply waits for the owner; resumes by itself at pause_until */
	DM_INVOICE_STATUS_WRITTEN_OFF,  /* the owner wrote it off: never reminded again */
	DM_INVOICE_STATUS_HANDED_OVER,  /* the ladder reached its hand-over: the owner collects */
} DmInvoiceStatus;

/* Whom an invoice is to: the ladder and the costs differ.  UNSET: nobody said. */
typedef enum {
	DM_DEBTOR_KIND_UNSET = 0,
	DM_DEBTOR_KIND_BUSINESS,
	DM_DEBTOR_KIND_CONSUMER,
} DmDebtorKind;

/* The outbox state machine is drawn in dm-outbox.h. */
typedef enum {
	DM_OUTBOX_STATE_ANY = 0,
	DM_OUTBOX_STATE_PENDING,
	DM_OUTBOX_STATE_SENDING,
	DM_OUTBOX_STATE_SENT,
	DM_OUTBOX_STATE_CONFIRMED,
	DM_OUTBOX_STATE_CANCELLED,
	DM_OUTBOX_STATE_FAILED,
	DM_OUTBOX_STATE_UNKNOWN,
	DM_OUTBOX_STATE_DRY_RUN,    /* decided in a dry run, never handed to SMTP: counts as
	                             * nothing having gone, so a real run sends the step */
} DmOutboxState;

typedef enum {
	DM_OUTBOX_KIND_ANY = 0,
	DM_OUTBOX_KIND_REMINDER,
	DM_OUTBOX_KIND_DIGEST,
	DM_OUTBOX_KIND_CONFIRMATION,    /* the answer to the owner's commands by mail */
	DM_OUTBOX_KIND_NOTICE,          /* to the owner: sending has been held for hours */
} DmOutboxKind;

/* What an audit-trail event records. */
typedef enum {
	DM_EVENT_ANY = 0,
	DM_EVENT_INVOICE_RECORDED,
	DM_EVENT_INVOICE_UNREADABLE,
	DM_EVENT_REPLY_RECORDED,
	DM_EVENT_REPLY_APPLIED,
	DM_EVENT_OWNER_MESSAGE,
	DM_EVENT_SPOOL_SET_ASIDE,
	DM_EVENT_REMINDER_QUEUED,
	DM_EVENT_REMINDER_STALE,
	DM_EVENT_REMINDER_CANCELLED,
	DM_EVENT_RESUMED,
	DM_EVENT_SENT,
	DM_EVENT_SEND_FAILED,
	DM_EVENT_SEND_UNCERTAIN,
	DM_EVENT_SEND_INTERRUPTED,
	DM_EVENT_DIGEST_QUEUED,
	DM_EVENT_REPLY_HELD,        /* a reply holds its invoice until the owner decides */
	DM_EVENT_RECLASSIFIED,      /* the owner corrected a reply's class */
	DM_EVENT_HOLD_EXPIRED,      /* nobody decided within max_hold_days: the ladder resumed */
	DM_EVENT_BOUNCE_FAILED,         /* a proven hard bounce: stopped, address failing */
	DM_EVENT_BOUNCE_EXPIRED,        /* a proven expiry: the MTA gave up; shown only */
	DM_EVENT_BOUNCE_DELAYED,        /* a proven delay notice: shown only */
	DM_EVENT_BOUNCE_UNPROVEN,       /* looks like a bounce, proves nothing: shown only */
	DM_EVENT_ADDRESS_CHANGE,        /* an auto-reply names a new address: shown only */
	DM_EVENT_SEND_UNSEEN,           /* interrupted, and the milter never saw it: written anew */
	DM_EVENT_DRY_RUN,               /* a dry run decided this reminder; nothing was sent */
	DM_EVENT_OWNER_WROTE,           /* the owner mailed the debtor personally: the ladder waits */
	DM_EVENT_DELIVERED,             /* a success DSN: the debtor's server has the letter */
	DM_EVENT_PAUSED,                /* the owner paused the invoice, with a reason */
	DM_EVENT_DISPUTE_RESOLVED,      /* the owner resolved its dispute: back on the ladder */
	DM_EVENT_WRITTEN_OFF,           /* the owner wrote it off */
	DM_EVENT_PAYMENT,               /* a part payment: the open amount is lower */
	DM_EVENT_PAID,                  /* paid in full: the ladder ends */
	DM_EVENT_HANDED_OVER,           /* the ladder's hand-over step: the owner collects */
	DM_EVENT_DEBTOR_SETTINGS,       /* the owner changed the debtor's settings */
	DM_EVENT_NOT_INVOICE,           /* a message from a billing address judged no invoice, and why */
	DM_EVENT_CREDITED,              /* a credit note lowered this invoice's open amount */
	DM_EVENT_CREDIT_UNMATCHED,      /* a credit note that corrects no invoice we know: shown only */
	DM_EVENT_SOURCES_DISAGREE,      /* two sources of one invoice stated a field differently */
	DM_EVENT_REMINDER_BLOCKED,      /* a reminder not sent: its address is failing */
	DM_EVENT_ADDRESS_OK,            /* a failing address cleared: delivered, or the owner */
	DM_EVENT_MAIL_MISSED,           /* billing mail the milter could not spool: import it */
	DM_EVENT_PLAN_CREATED,          /* the owner agreed a payment plan: instalments replace the ladder */
	DM_EVENT_PLAN_CHANGED,          /* the owner replaced a running plan by a new one */
	DM_EVENT_PLAN_CANCELLED,        /* the owner cancelled the plan: back on the ladder */
	DM_EVENT_INSTALMENT_PAID,       /* a payment covered an instalment in full */
	DM_EVENT_INSTALMENT_MISSED,     /* an instalment unpaid past its grace: the plan ended */
	DM_EVENT_OWNER_COMMAND,         /* a command of the owner's reply to the digest, done */
	DM_EVENT_COMMANDS_REFUSED,      /* a reply to the digest not proven the owner's: nothing run */
} DmEventKind;

/* A payment plan's life (dm-plans.h). */
typedef enum {
	DM_PLAN_STATE_ANY = 0,
	DM_PLAN_STATE_RUNNING,      /* its instalment reminders replace the ladder */
	DM_PLAN_STATE_CANCELLED,    /* the owner cancelled it, or replaced it by another */
	DM_PLAN_STATE_MISSED,       /* an instalment was missed: the ladder resumed or it waits */
	DM_PLAN_STATE_DONE,         /* every instalment was paid */
} DmPlanState;

/* Why a reply did not change the dunning by itself, as the ledger stores it beside the
 * reply's English note: the digest words it in the owner's language from this and the
 * reply's row (sender, invoice, the invoices it holds now).  NONE for a reply that acted,
 * and for one recorded before migration 18 (its note is shown as it was written). */
typedef enum {
	DM_REPLY_NOTE_NONE = 0,
	DM_REPLY_NOTE_NOT_DEBTOR,       /* not applied: the sender does not speak for the debtor */
	DM_REPLY_NOTE_UNVERIFIED,       /* not applied: a machine's message, sender not verified */
	DM_REPLY_NOTE_HELD_UNVERIFIED,  /* waiting: a person's reply, sender not verified */
	DM_REPLY_NOTE_HELD_UNSURE,      /* waiting: not understood with confidence */
	DM_REPLY_NOTE_HELD_FAR,         /* waiting: a date beyond the horizon */
	DM_REPLY_NOTE_HELD_AWAY,        /* waiting: away without a return day */
	DM_REPLY_NOTE_HELD_WHICH,       /* waiting: names none of the sender's several unpaid */
	DM_REPLY_NOTE_HELD_PAST_PROMISE,   /* waiting: read as a promise for a day before it */
	DM_REPLY_NOTE_HELD_FUTURE_PAYMENT, /* waiting: read as paid on a day after it */
} DmReplyNote;

/* (transfer none) the name stored in the ledger ("open", "sent", "digest_queued"), or
 * NULL for the "any" value.  *_from_name() is FALSE for a name it does not know. */
const char *dm_invoice_status_name(DmInvoiceStatus status);
gboolean dm_invoice_status_from_name(const char *name, DmInvoiceStatus *out);
const char *dm_outbox_state_name(DmOutboxState state);
gboolean dm_outbox_state_from_name(const char *name, DmOutboxState *out);
const char *dm_outbox_kind_name(DmOutboxKind kind);
gboolean dm_outbox_kind_from_name(const char *name, DmOutboxKind *out);
const char *dm_event_kind_name(DmEventKind kind);
gboolean dm_event_kind_from_name(const char *name, DmEventKind *out);
const char *dm_debtor_kind_name(DmDebtorKind kind);     /* "business", "consumer" */
gboolean dm_debtor_kind_from_name(const char *name, DmDebtorKind *out);
const char *dm_plan_state_name(DmPlanState state);      /* "running", "missed" ... */
gboolean dm_plan_state_from_name(const char *name, DmPlanState *out);
const char *dm_reply_note_name(DmReplyNote note);       /* "held_unverified" ... */
gboolean dm_reply_note_from_name(const char *name, DmReplyNote *out);
/* (transfer none) the English reason of @note ("not understood with confidence"), the one
 * the policy gives and the digest words; NULL for NONE. */
const char *dm_reply_note_reason(DmReplyNote note);

/* What the owner set for one debtor (`dunmail debtor`); every field may be unset, and an
 * unset one leaves the invoice's reading or the configuration to decide. */
typedef struct {
	char *language;             /* (nullable) nl, en, de: the reminders' language */
	DmDebtorKind kind;          /* UNSET: the invoice's reading, else the configured
	                             * default (dm_invoice_debtor_kind) */
	char *contact;              /* (nullable) reminders go here, not to the invoice's address */
	char *ladder;               /* (nullable) the name of its own [ladder NAME] */
	gboolean has_credit_limit;
	gint64 credit_limit_cents;
	char *credit_currency;      /* (nullable) EUR when unset */
	GDate paused_until;         /* invalid: not paused */
	char *pause_reason;         /* (nullable) */
	gboolean excluded;          /* never reminded */
} DmDebtorSettings;

/* Frees the strings of @s and clears it (every date invalid); @s itself is the caller's. */
void dm_debtor_settings_clear(DmDebtorSettings *s);

typedef struct {
	gint64 id;
	char *number;
	gint64 debtor_id;
	char *debtor_email;
	char *debtor_name;          /* (nullable) */
	gboolean has_amount;
	gint64 amount_cents;
	char *currency;             /* (nullable) */
	GDate issue_date;           /* invalid when unknown */
	GDate due_date;
	char *language;             /* nl, en */
	char *source;               /* ubl, facturx, pdf, body */
	char *message_id;           /* the invoice mail's Message-ID, with <> */
	char *subject;
	DmInvoiceStatus status;
	char *pause_reason;         /* (nullable) */
	GDate pause_until;          /* invalid: no automatic resume */
	char *created_at;
	gint64 paid_cents;          /* the sum of its part payments (dm_ledger_payment_add) */
	DmDebtorSettings debtor;    /* its debtor's settings, read with it */
	/* What the invoice itself said (the parser's reading; an owner's per-debtor setting
	 * overrides its kind: dm_invoice_debtor_kind). */
	DmDebtorKind debtor_kind;   /* business (a VAT / KvK number…), consumer (a personal
	                             * title…), UNSET when the invoice says neither */
	char *debtor_kind_why;      /* (nullable) what in the invoice said so */
	gboolean has_total;
	gint64 amount_total_cents;  /* the total incl. VAT, before deposits paid */
	char *payment_reference;    /* (nullable) */
	char *iban;                 /* (nullable) the creditor's account the invoice names */
	gboolean credit_note;       /* a credit note: amounts negative, never chased */
	char *credit_reference;     /* (nullable) a credit note: the invoice number it corrects */
	gint64 credited_cents;      /* what credit notes took off this invoice (>= 0) */
	char *field_sources;        /* (nullable) "number=ubl amount_due=pdf …" */
	gint64 plan_id;             /* its running payment plan; 0 when none runs */
	const struct DmPlan *plan;  /* (nullable) (transfer none) that plan, when the caller
	                             * loaded it (dm_ledger_plan_attach): the ledger's reads set
	                             * it only for dm_ledger_next_action_refresh's callback;
	                             * never freed with the invoice */
} DmInvoice;

/* The amount still open of @inv: the amount due less what credit notes took off. */
gint64 dm_invoice_open_cents(const DmInvoice *inv);

/* (transfer full) an empty invoice (status open, every date invalid). */
DmInvoice *dm_invoice_new(void);
void dm_invoice_free(DmInvoice *inv);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmInvoice, dm_invoice_free)

/* What the ladder needs to know of an invoice's reminders, read with the invoice in one
 * statement (dm_ledger_invoices_foreach). */
typedef struct {
	int last_step;              /* highest step queued and not cancelled; 0 when none */
	GDate last_sent;            /* the day that step went (or was queued); invalid when none */
	gboolean in_flight;         /* a reminder is pending or sending */
} DmOutboxSummary;

/* An outbox row without its message: listings never load bodies (dm_outbox_body does). */
typedef struct {
	gint64 id;
	DmOutboxKind kind;
	gint64 invoice_id;          /* 0 for a digest */
	int step;                   /* 0 for a digest */
	char *day;                  /* (nullable) a digest's local day, YYYY-MM-DD */
	char *message_id;
	char *recipient;
	char *subject;
	DmOutboxState state;
	int attempts;
	char *last_error;           /* (nullable) */
	char *created_at;
	char *sent_at;              /* (nullable) */
	char *sending_at;           /* (nullable) when its last SMTP transaction began */
	char *sending_timeline;     /* (nullable) the monotonic clock's timeline then (dm-clock.h) */
	gint64 sending_mono;        /* the monotonic clock then, on sending_timeline (µs) */
	char *queue_id;             /* (nullable) the MTA's queue id from its 250 to DATA */
} DmOutboxItem;

void dm_outbox_item_free(DmOutboxItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmOutboxItem, dm_outbox_item_free)

typedef struct {
	gint64 id;
	char *at;
	gint64 invoice_id;          /* 0 when it concerns no invoice */
	DmEventKind kind;
	char *detail;               /* (nullable) */
	GVariant *words;            /* (nullable) a{ss}: what it means (dm_words), for the
	                             * digest to word; NULL for an event of an older dunmail */
} DmEvent;

void dm_event_free(DmEvent *ev);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmEvent, dm_event_free)

typedef struct {
	gint64 id;
	gint64 message_row;
	gint64 invoice_id;          /* 0 when it matched no invoice */
	char *invoice_number;       /* (nullable) filled by the list query */
	char *from_addr;
	char *subject;              /* (nullable) filled by the list query */
	char *kind;                 /* reply, auto_reply, bounce */
	DmReplyClass klass;
	double confidence;
	GDate stated_date;
	char *reply_text;
	gboolean authenticated;
	char *auth_detail;
	gboolean applied;           /* it changed the invoice's dunning */
	char *note;                 /* (nullable) why it did not act although it would have */
	DmReplyNote note_reason;    /* the same, for the digest to word; NONE for an older row */
	char *received_at;
	gboolean needs_review;      /* waits for the owner's decision (reclassify or resume) */
	char *held_numbers;         /* (nullable) filled by the list query: for a reply that
	                             * matched none of the sender's several unpaid invoices, the
	                             * numbers of those it still holds, ", "-separated */
	gboolean owner_decided;     /* filled by the list query: the owner reclassified it */
	DmReplyClass owner_class;   /* then the class the owner's latest correction gave */
	GDate owner_date;           /* and its date (invalid when the owner gave none) */
} DmReplyRow;

void dm_reply_row_free(DmReplyRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmReplyRow, dm_reply_row_free)

/* The owner's correction of a reply's class (`dunmail reclassify`), kept with the text so
 * that a local model can be trained on it (`dunmail train --corrections`). */
typedef struct {
	gint64 id;
	gint64 reply_id;
	char *invoice_number;       /* (nullable) the reply's invoice when it had one */
	char *reply_text;           /* (nullable) the reply's new text, as classified */
	DmReplyClass original;      /* the class dunmail had given */
	DmReplyClass corrected;     /* the class the owner gave */
	GDate date;                 /* the date the owner gave (--date); invalid when none */
	char *at;                   /* when, ISO 8601 UTC */
} DmCorrection;

void dm_correction_free(DmCorrection *c);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmCorrection, dm_correction_free)

/* The short id by which the digest and the CLI name reply @id ("R12"); transfer full. */
char *dm_reply_short_id(gint64 id);
/* Reads "R12" or "r12" (or "12") into *@id; FALSE when @text is no reply id. */
gboolean dm_reply_short_id_parse(const char *text, gint64 *id);

/* One instalment of a payment plan. */
typedef struct {
	gint64 id;                  /* its row: its reminders' steps are made of it
	                             * (dm_instalment_step) */
	int number;                 /* 1.. in the plan */
	GDate due;
	gint64 amount_cents;        /* in the invoice's minor units */
	gboolean missed;            /* the missed event was written */
	gboolean reminded_before;   /* a reminder before its day went or is on its way */
	gboolean reminded_after;    /* a reminder after its day went or is on its way */
} DmInstalment;

/* A payment plan of one invoice: its instalments, in order.  Which are paid is not
 * stored: payments made since the plan began pay the instalments in order
 * (dm_plan_paid_count), so one payment of any size is counted once. */
typedef struct DmPlan {
	gint64 id;
	gint64 invoice_id;
	DmPlanState state;
	gint64 paid_at_start_cents; /* the invoice's payments when the plan began */
	char *created_at;
	char *ended_at;             /* (nullable) when it stopped running */
	GArray *instalments;        /* of DmInstalment, by number */
} DmPlan;

/* (transfer full) an empty plan (running, no instalments). */
DmPlan *dm_plan_new(void);
void dm_plan_free(DmPlan *plan);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(DmPlan, dm_plan_free)
