/* ledger_schema: the ledger's schema as a list of migrations.
 *
 * PRAGMA user_version holds the number of migrations applied.  A migration is appended,
 * never edited once released; each runs in the transaction that bumps the version, so a
 * crash mid-migration leaves the old schema.  This is the SQLite backend's DDL (the
 * version is PRAGMA user_version); a PostgreSQL backend brings its own, with the same
 * tables, columns and names.
 */
#include "dunning/ledger/dm-ledger-schema.h"

static const char *const migrations[] = {
	/* 1: the walking skeleton */
	"CREATE TABLE meta ("
	"  key TEXT PRIMARY KEY,"
	"  value TEXT NOT NULL);"

	"CREATE TABLE debtors ("
	"  id INTEGER PRIMARY KEY,"
	"  email TEXT NOT NULL UNIQUE,"
	"  name TEXT,"
	"  language TEXT,"
	"  created_at TEXT NOT NULL);"

	/* Every message dunmaild ingested, in either direction.  (message_id, sha256) makes
	 * ingestion idempotent: the same file spooled twice is recorded once. */
	"CREATE TABLE messages ("
	"  id INTEGER PRIMARY KEY,"
	"  message_id TEXT NOT NULL,"
	"  sha256 TEXT NOT NULL,"
	"  direction TEXT NOT NULL,"
	"  role TEXT NOT NULL,"            /* invoice, reply, own, other */
	"  mail_from TEXT,"
	"  from_addr TEXT,"
	"  subject TEXT,"
	"  queue_id TEXT,"
	"  received_at TEXT NOT NULL,"
	"  UNIQUE (message_id, sha256));"

	"CREATE TABLE invoices ("
	"  id INTEGER PRIMARY KEY,"
	"  number TEXT NOT NULL,"
	"  debtor_id INTEGER NOT NULL REFERENCES debtors(id),"
	"  amount_cents INTEGER,"
	"  currency TEXT,"
	"  issue_date TEXT,"
	"  due_date TEXT NOT NULL,"
	"  language TEXT,"
	"  source TEXT,"
	"  message_id TEXT NOT NULL,"      /* the invoice mail, for threading reminders */
	"  subject TEXT,"
	"  status TEXT NOT NULL DEFAULT 'open',"   /* open, paused, stopped, paid */
	"  pause_reason TEXT,"
	"  pause_until TEXT,"
	"  created_at TEXT NOT NULL,"
	"  UNIQUE (number, debtor_id));"
	"CREATE INDEX invoices_message_id ON invoices (message_id);"

	"CREATE TABLE replies ("
	"  id INTEGER PRIMARY KEY,"
	"  message_row INTEGER NOT NULL REFERENCES messages(id),"
	"  invoice_id INTEGER REFERENCES invoices(id),"
	"  from_addr TEXT,"
	"  kind TEXT NOT NULL,"
	"  class TEXT NOT NULL,"
	"  confidence REAL NOT NULL,"
	"  stated_date TEXT,"
	"  reply_text TEXT,"
	"  authenticated INTEGER NOT NULL,"
	"  auth_detail TEXT,"
	"  applied INTEGER NOT NULL,"
	"  note TEXT,"                     /* why a reply that would act did not */
	"  received_at TEXT NOT NULL);"

	/* One row per reminder, committed before the SMTP transaction; (invoice_id, step) is
	 * unique so no step can ever be queued twice.  state moves only forward:
	 * pending -> sending -> sent -> confirmed, or to failed / unknown. */
	"CREATE TABLE outbox ("
	"  id INTEGER PRIMARY KEY,"
	"  invoice_id INTEGER REFERENCES invoices(id),"     /* NULL for a digest */
	"  step INTEGER NOT NULL,"
	"  message_id TEXT NOT NULL UNIQUE,"
	"  recipient TEXT NOT NULL,"
	"  subject TEXT NOT NULL,"
	"  body BLOB NOT NULL,"            /* the complete message, so a retry sends the same bytes */
	"  state TEXT NOT NULL,"
	"  attempts INTEGER NOT NULL DEFAULT 0,"
	"  last_error TEXT,"
	"  created_at TEXT NOT NULL,"
	"  sent_at TEXT);"
	/* A step is queued once per invoice; a cancelled one (the invoice was paused before
	 * it went) does not count, so the step can go when the ladder resumes. */
	"CREATE UNIQUE INDEX outbox_step ON outbox (invoice_id, step) WHERE state <> 'cancelled';"

	"CREATE TABLE events ("
	"  id INTEGER PRIMARY KEY,"
	"  at TEXT NOT NULL,"
	"  invoice_id INTEGER REFERENCES invoices(id),"
	"  kind TEXT NOT NULL,"
	"  detail TEXT);"
	"CREATE INDEX events_invoice ON events (invoice_id);",

	/* 2: a digest goes through the outbox like a reminder, once per owner and local day,
	 * whoever queues it (dunmaild's pass or `dunmail digest --send`).  Digests queued
	 * before this migration keep day NULL: they never collide. */
	"ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'reminder';"
	"ALTER TABLE outbox ADD COLUMN day TEXT;"
	"UPDATE outbox SET kind = 'digest' WHERE invoice_id IS NULL;"
	"CREATE UNIQUE INDEX outbox_digest_day ON outbox (recipient, day) WHERE kind = 'digest';",

	/* 3: the owner's safety net.  A reply dunmail did not act on by itself waits for the
	 * owner (needs_review) until the owner reclassifies it or resumes its invoice; each
	 * correction is kept with the text and both classes, for a locally trained model. */
	"ALTER TABLE replies ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0;"
	"CREATE INDEX replies_needs_review ON replies (invoice_id) WHERE needs_review = 1;"
	"CREATE TABLE corrections ("
	"  id INTEGER PRIMARY KEY,"
	"  reply_id INTEGER NOT NULL REFERENCES replies(id),"
	"  reply_text TEXT,"
	"  original_class TEXT NOT NULL,"
	"  corrected_class TEXT NOT NULL,"
	"  stated_date TEXT,"              /* the date the owner gave, if any */
	"  created_at TEXT NOT NULL);",
	/* 4: addresses a proven hard bounce showed to refuse mail (dm-failing.h): the debtor's
	 * address is marked, not changed; the owner decides what replaces it. */
	"CREATE TABLE failing_addresses ("
	"  address TEXT PRIMARY KEY,"
	"  since TEXT NOT NULL,"
	"  outbox_id INTEGER REFERENCES outbox(id),"   /* the mail whose bounce showed it */
	"  detail TEXT);",
	/* 5: sending (issue 7): the MTA's queue id from its 250 to DATA; when the last SMTP
	 * transaction began, so that one cut short can be judged by what the milter saw
	 * within a safe interval; rows a dry run decided ('dry_run') never hold a step. */
	"ALTER TABLE outbox ADD COLUMN queue_id TEXT;"
	"ALTER TABLE outbox ADD COLUMN sending_at TEXT;"
	"DROP INDEX outbox_step;"
	"CREATE UNIQUE INDEX outbox_step ON outbox (invoice_id, step)"
	"  WHERE state NOT IN ('cancelled', 'dry_run');"
	"CREATE UNIQUE INDEX outbox_dry_step ON outbox (invoice_id, step) WHERE state = 'dry_run';",
	/* 6: the owner's settings per debtor (`dunmail debtor`): a row only once the owner set
	 * something, every column NULL for "not set"; and the payments recorded against an
	 * invoice (`dunmail paid`), whose sum lowers the amount the reminders name. */
	"CREATE TABLE debtor_settings ("
	"  debtor_id INTEGER PRIMARY KEY REFERENCES debtors(id),"
	"  language TEXT,"
	"  kind TEXT,"                     /* business, consumer */
	"  contact TEXT,"                  /* reminders go here instead of the invoice's address */
	"  ladder TEXT,"                   /* a [ladder NAME] of the configuration */
	"  credit_limit_cents INTEGER,"
	"  credit_currency TEXT,"
	"  paused_until TEXT,"
	"  pause_reason TEXT,"
	"  excluded INTEGER NOT NULL DEFAULT 0,"
	"  updated_at TEXT NOT NULL);"
	"CREATE TABLE payments ("
	"  id INTEGER PRIMARY KEY,"
	"  invoice_id INTEGER NOT NULL REFERENCES invoices(id),"
	"  amount_cents INTEGER NOT NULL,"
	"  paid_on TEXT NOT NULL,"
	"  recorded_at TEXT NOT NULL);"
	"CREATE INDEX payments_invoice ON payments (invoice_id);",
	/* 7: one reminder may cover several invoices of one debtor (dm-outbox.h).  Each covered
	 * invoice has its own row with its own step; "a step goes once per invoice" moves from
	 * the outbox to these rows, and a reminder cancelled or only rehearsed by a dry run frees
	 * the steps it held (the trigger, so that every way of getting there does it). */
	"CREATE TABLE outbox_invoices ("
	"  outbox_id INTEGER NOT NULL REFERENCES outbox(id),"
	"  invoice_id INTEGER NOT NULL REFERENCES invoices(id),"
	"  step INTEGER NOT NULL,"
	"  active INTEGER NOT NULL DEFAULT 1,"     /* 0 once its reminder was cancelled */
	"  PRIMARY KEY (outbox_id, invoice_id));"
	"INSERT INTO outbox_invoices (outbox_id, invoice_id, step, active)"
	"  SELECT id, invoice_id, step, state NOT IN ('cancelled', 'dry_run') FROM outbox"
	"  WHERE kind = 'reminder' AND invoice_id IS NOT NULL;"
	"DROP INDEX outbox_step;"
	"CREATE UNIQUE INDEX outbox_invoices_step ON outbox_invoices (invoice_id, step)"
	"  WHERE active = 1;"
	"CREATE INDEX outbox_invoices_invoice ON outbox_invoices (invoice_id);"
	"CREATE TRIGGER outbox_invoices_cancel AFTER UPDATE OF state ON outbox"
	"  WHEN new.state IN ('cancelled', 'dry_run') BEGIN"
	"  UPDATE outbox_invoices SET active = 0 WHERE outbox_id = new.id; END;",
	/* 8: what the invoice itself said beyond the skeleton's fields, and where each field
	 * came from.  credited_cents is what credit notes took off (the open amount is
	 * amount_cents - credited_cents); a credit note is a row of its own (credit_note = 1,
	 * never chased).  debtor_name is this invoice's reading; debtors.name stays the
	 * first one seen. */
	"ALTER TABLE invoices ADD COLUMN debtor_name TEXT;"
	"ALTER TABLE invoices ADD COLUMN business INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE invoices ADD COLUMN amount_total_cents INTEGER;"
	"ALTER TABLE invoices ADD COLUMN payment_reference TEXT;"
	"ALTER TABLE invoices ADD COLUMN iban TEXT;"
	"ALTER TABLE invoices ADD COLUMN credit_note INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE invoices ADD COLUMN credit_reference TEXT;"
	"ALTER TABLE invoices ADD COLUMN credited_cents INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE invoices ADD COLUMN field_sources TEXT;",
	/* 9: when each invoice next needs the scheduler's attention (dm-attention.h), so that a
	 * pass reads the invoices due today through an index instead of walking the book.
	 * next_action is the day (YYYY-MM-DD), NULL for "not until something changes", and ''
	 * (sorting before every day) for "changed: decide again".  The triggers set '' on
	 * every change the decision reads — the invoice's status, pause and due date, its
	 * reminders, its payments, its debtor's settings — whoever makes it, so no write path
	 * can forget; a new invoice starts at ''.  The listings page by (due_date, number)
	 * through an index, and a debtor's invoices are found by debtor_id. */
	"ALTER TABLE invoices ADD COLUMN next_action TEXT DEFAULT '';"
	"UPDATE invoices SET next_action = NULL"
	"  WHERE status NOT IN ('open', 'paused', 'held');"
	"CREATE INDEX invoices_next_action ON invoices (next_action, id)"
	"  WHERE next_action IS NOT NULL;"
	"CREATE INDEX invoices_due ON invoices (due_date, number);"
	"CREATE INDEX invoices_debtor ON invoices (debtor_id);"
	"CREATE TRIGGER attention_invoice AFTER UPDATE OF status, pause_until, pause_reason,"
	"  due_date, business, debtor_id ON invoices BEGIN"
	"  UPDATE invoices SET next_action = '' WHERE id = new.id; END;"
	"CREATE TRIGGER attention_payment AFTER INSERT ON payments BEGIN"
	"  UPDATE invoices SET next_action = '' WHERE id = new.invoice_id; END;"
	"CREATE TRIGGER attention_cover_added AFTER INSERT ON outbox_invoices BEGIN"
	"  UPDATE invoices SET next_action = '' WHERE id = new.invoice_id; END;"
	"CREATE TRIGGER attention_cover_changed AFTER UPDATE OF active, step ON outbox_invoices"
	"  BEGIN UPDATE invoices SET next_action = '' WHERE id = new.invoice_id; END;"
	"CREATE TRIGGER attention_outbox AFTER UPDATE OF state, sent_at ON outbox"
	"  WHEN new.kind = 'reminder' BEGIN"
	"  UPDATE invoices SET next_action = '' WHERE id IN"
	"  (SELECT invoice_id FROM outbox_invoices WHERE outbox_id = new.id); END;"
	"CREATE TRIGGER attention_debtor_added AFTER INSERT ON debtor_settings BEGIN"
	"  UPDATE invoices SET next_action = '' WHERE debtor_id = new.debtor_id"
	"  AND status IN ('open', 'paused', 'held'); END;"
	"CREATE TRIGGER attention_debtor_changed AFTER UPDATE ON debtor_settings BEGIN"
	"  UPDATE invoices SET next_action = '' WHERE debtor_id = new.debtor_id"
	"  AND status IN ('open', 'paused', 'held'); END;"
	"CREATE TRIGGER attention_debtor_removed AFTER DELETE ON debtor_settings BEGIN"
	"  UPDATE invoices SET next_action = '' WHERE debtor_id = old.debtor_id"
	"  AND status IN ('open', 'paused', 'held'); END;",
	/* 10: payment plans (`dunmail plan`).  While a plan runs (invoices.plan_id names it) its
	 * instalments' reminders replace the ladder.  Each reminder covers the invoice in
	 * outbox_invoices at a negative step made of its instalment's id (dm_instalment_step),
	 * so "a step goes once" holds for them through the same unique index, and the ladder's
	 * steps (positive) are where they were when the plan ends.  Which instalments are paid
	 * follows from the payments since the plan began (paid_at_start_cents). */
	"CREATE TABLE plans ("
	"  id INTEGER PRIMARY KEY,"
	"  invoice_id INTEGER NOT NULL REFERENCES invoices(id),"
	"  state TEXT NOT NULL,"           /* running, cancelled, missed, done */
	"  paid_at_start_cents INTEGER NOT NULL,"
	"  created_at TEXT NOT NULL,"
	"  ended_at TEXT);"
	"CREATE INDEX plans_invoice ON plans (invoice_id);"
	"CREATE TABLE instalments ("
	"  id INTEGER PRIMARY KEY,"
	"  plan_id INTEGER NOT NULL REFERENCES plans(id),"
	"  number INTEGER NOT NULL,"
	"  due_date TEXT NOT NULL,"
	"  amount_cents INTEGER NOT NULL,"
	"  missed_at TEXT,"                /* when it was found missed (its event) */
	"  UNIQUE (plan_id, number));"
	"CREATE INDEX instalments_missed ON instalments (missed_at) WHERE missed_at IS NOT NULL;"
	"ALTER TABLE invoices ADD COLUMN plan_id INTEGER REFERENCES plans(id);"
	/* A plan agreed, replaced or ended moves the invoice's next day (migration 9). */
	"CREATE TRIGGER attention_plan AFTER UPDATE OF plan_id ON invoices BEGIN"
	"  UPDATE invoices SET next_action = '' WHERE id = new.id; END;",
	/* 11: the owner's commands by replying to a digest (dm-digest-commands.h): each one
	 * done is kept once per digest, so that a reply ingested twice, or a line sent again
	 * in a new reply to the same digest, is not done twice. */
	"CREATE TABLE digest_commands ("
	"  id INTEGER PRIMARY KEY,"
	"  digest_id INTEGER NOT NULL REFERENCES outbox(id),"
	"  command TEXT NOT NULL,"         /* its CLI form (dm_command_cli) */
	"  message_id TEXT NOT NULL,"      /* the owner's reply that carried it */
	"  line TEXT NOT NULL,"            /* as the owner wrote it */
	"  outcome TEXT NOT NULL,"
	"  done_at TEXT NOT NULL,"
	"  UNIQUE (digest_id, command));",
	/* 12: a running plan's instalments decide its invoice's next day (dm-attention.h), so
	 * an instalment changed (a credit note lowered it, it was found missed) marks the
	 * invoice as migration 9's triggers do.  The outbox is found by state through an index:
	 * each pass lists the pending, sending and unknown rows, which without it meant reading
	 * every reminder ever sent (and, in SQLite, each one's body before its state). */
	"CREATE TRIGGER attention_instalment AFTER UPDATE OF amount_cents, due_date, missed_at"
	"  ON instalments BEGIN"
	"  UPDATE invoices SET next_action = ''"
	"  WHERE id = (SELECT invoice_id FROM plans WHERE id = new.plan_id); END;"
	"CREATE INDEX outbox_state ON outbox (state, sent_at);",
	/* 13: a reply that matched none of its sender's several unpaid invoices holds each of
	 * them for the owner; which ones, so that the owner's decision (reclassify, resume)
	 * lifts the holds it set and the digest names them. */
	"CREATE TABLE reply_holds ("
	"  reply_id INTEGER NOT NULL REFERENCES replies(id),"
	"  invoice_id INTEGER NOT NULL REFERENCES invoices(id),"
	"  PRIMARY KEY (reply_id, invoice_id));"
	"CREATE INDEX reply_holds_invoice ON reply_holds (invoice_id);",
	/* 14: `dunmail replies` pages through the replies in the order they came
	 * (dm_ledger_replies_foreach): each page one range of this index, not a sort of all. */
	"CREATE INDEX replies_received ON replies (received_at, id);",
	/* 15: the debtor's kind as the invoice reads it, in three states (issue 8): business,
	 * consumer, or NULL when the invoice says neither (the configured default then
	 * applies, dm_invoice_debtor_kind), and what said so.  Before it, business = 0 meant
	 * "no sign of a business", never "a consumer": those rows stay NULL, unknown.  The
	 * business column is still written (debtor_kind = 'business'), for readers of the old
	 * schema. */
	"ALTER TABLE invoices ADD COLUMN debtor_kind TEXT;"
	"ALTER TABLE invoices ADD COLUMN debtor_kind_why TEXT;"
	"UPDATE invoices SET debtor_kind = 'business' WHERE business = 1;",
	/* 16: where the monotonic clock stood as a row's last SMTP transaction began, and on
	 * which timeline (this boot), beside its wall-clock sending_at: a reminder cut off
	 * mid-send ages by the monotonic clock while the machine has not restarted, so a wall
	 * clock set hours forward (NTP correcting a virtual machine) does not make it look
	 * unseen while the milter's copy may still be on its way (dm-scheduler.h).  Rows
	 * stamped before it keep NULL: they age by the wall clock, as they did. */
	"ALTER TABLE outbox ADD COLUMN sending_mono INTEGER;"
	"ALTER TABLE outbox ADD COLUMN sending_timeline TEXT;",
	/* 17: the spool files set aside unread, by the SHA-256 of their message bytes (the
	 * hash messages.sha256 holds), so that one read again — moved back from bad/ by hand,
	 * found in work/ once more — and set aside again holds its invoices and is named in
	 * the digest once (dm_ledger_set_aside_seen). */
	"CREATE TABLE set_aside ("
	"  sha256 TEXT PRIMARY KEY,"
	"  name TEXT NOT NULL,"            /* the spool file's name when first set aside */
	"  at TEXT NOT NULL);",
	/* 18: why a reply did not act by itself, as a code (dm_reply_note_name) beside the
	 * English note, so that the digest words it in the owner's language.  Rows of older
	 * dunmails keep NULL: the digest shows their note as it was written. */
	"ALTER TABLE replies ADD COLUMN note_reason TEXT;",
	/* 19: what an event means, as a code and its named parameters (a GVariant a{ss} in
	 * its text form, dm_words), beside the English detail, so that the digest words it
	 * in the owner's language.  Events of older dunmails keep NULL: the digest shows
	 * their detail as it was written. */
	"ALTER TABLE events ADD COLUMN words TEXT;",
};

int
dm_ledger_schema_version(void)
{
	return (int) G_N_ELEMENTS(migrations);
}

const char *
dm_ledger_migration(int version)
{
	g_return_val_if_fail(version >= 1 && version <= (int) G_N_ELEMENTS(migrations), NULL);
	return migrations[version - 1];
}
