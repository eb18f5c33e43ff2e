/* ingest_plan_variant: the ingest plan as a GVariant dictionary and back, the form in
 * which the parse child hands it to dunmaild (dm-ingest-plan.h).  Strings are byte
 * strings (they come from strangers and need not be UTF-8); days are Julian day numbers
 * (0: unknown); the invoice and the reply are nested dictionaries, present or absent, and
 * so are the invoice's parts: why it is no invoice, and each disagreement of its sources.
 * A key missing or of another type reads as nothing said; a part whose enum is out of
 * range or that lacks a value is dropped, never guessed. */
#include "dunning/daemon/dm-ingest-plan.h"

/* ---- writing ---- */

static void
put_str(GVariantDict *d, const char *key, const char *value)
{
	if (value)
		g_variant_dict_insert_value(d, key, g_variant_new_bytestring(value));
}

static void
put_date(GVariantDict *d, const char *key, const GDate *date)
{
	if (g_date_valid(date))
		g_variant_dict_insert(d, key, "u", g_date_get_julian(date));
}

/* @list (of char*, nullable) as a byte string array under @key. */
static void
put_strv(GVariantDict *d, const char *key, const GPtrArray *list)
{
	g_autoptr(GPtrArray) items = g_ptr_array_new();
	for (guint i = 0; list && i < list->len; i++)
		g_ptr_array_add(items, g_ptr_array_index(list, i));
	g_variant_dict_insert_value(d, key,
		g_variant_new_bytestring_array((const char *const *) items->pdata, (gssize) items->len));
}

/* Why the message is no invoice, in its parts (dm-not-invoice-reason.h). */
static GVariant *
not_invoice_to_variant(const DmNotInvoiceReason *r)
{
	g_auto(GVariantDict) d = G_VARIANT_DICT_INIT(NULL);
	g_variant_dict_insert(&d, "kind", "i", (gint32) r->kind);
	g_variant_dict_insert(&d, "where", "i", (gint32) r->where);
	put_str(&d, "evidence", r->evidence);
	put_str(&d, "rule", r->rule);
	return g_variant_dict_end(&d);
}

/* The disagreements of the sources, each a dictionary of its parts. */
static GVariant *
disagreements_to_variant(const GPtrArray *list)
{
	GVariantBuilder b;
	g_variant_builder_init(&b, G_VARIANT_TYPE("aa{sv}"));
	for (guint i = 0; list && i < list->len; i++) {
		const DmInvoiceDisagreement *x = g_ptr_array_index(list, i);
		g_auto(GVariantDict) d = G_VARIANT_DICT_INIT(NULL);
		g_variant_dict_insert(&d, "field", "i", (gint32) x->field);
		put_str(&d, "kept", x->kept);
		put_str(&d, "ours", x->ours);
		put_str(&d, "other", x->other);
		put_str(&d, "theirs", x->theirs);
		g_variant_builder_add_value(&b, g_variant_dict_end(&d));
	}
	return g_variant_builder_end(&b);
}

static GVariant *
invoice_to_variant(const DmInvoiceFacts *f)
{
	g_auto(GVariantDict) d = G_VARIANT_DICT_INIT(NULL);
	g_variant_dict_insert(&d, "is_invoice", "b", f->is_invoice);
	put_str(&d, "number", f->number);
	g_variant_dict_insert(&d, "has_amount", "b", f->has_amount);
	g_variant_dict_insert(&d, "amount_cents", "x", f->amount_cents);
	put_str(&d, "currency", f->currency);
	put_date(&d, "issue_date", &f->issue_date);
	put_date(&d, "due_date", &f->due_date);
	g_variant_dict_insert(&d, "payment_term_days", "i", f->payment_term_days);
	put_str(&d, "debtor_email", f->debtor_email);
	put_str(&d, "debtor_name", f->debtor_name);
	put_str(&d, "language", f->language);
	g_variant_dict_insert(&d, "source", "i", (gint32) f->source);
	g_variant_dict_insert(&d, "has_total", "b", f->has_total);
	g_variant_dict_insert(&d, "amount_total_cents", "x", f->amount_total_cents);
	put_str(&d, "payment_reference", f->payment_reference);
	put_str(&d, "iban", f->iban);
	g_variant_dict_insert(&d, "debtor_kind", "i", (gint32) f->debtor_kind);
	put_str(&d, "debtor_kind_why", f->debtor_kind_why);
	g_variant_dict_insert(&d, "credit_note", "b", f->credit_note);
	put_str(&d, "credit_reference", f->credit_reference);
	if (f->not_invoice)
		g_variant_dict_insert_value(&d, "not_invoice", not_invoice_to_variant(f->not_invoice));
	g_autofree char *sources = dm_invoice_facts_sources_text(f);
	put_str(&d, "field_sources", sources);
	g_variant_dict_insert_value(&d, "disagreements", disagreements_to_variant(f->disagreements));
	return g_variant_dict_end(&d);
}

static GVariant *
reply_to_variant(const DmReplyAnalysis *a, const DmAuthVerdict *auth)
{
	g_auto(GVariantDict) d = G_VARIANT_DICT_INIT(NULL);
	g_variant_dict_insert(&d, "kind", "i", (gint32) a->kind);
	g_variant_dict_insert(&d, "class", "i", (gint32) a->klass);
	g_variant_dict_insert(&d, "confidence", "d", a->confidence);
	g_variant_dict_insert(&d, "confident", "b", a->confident);
	g_variant_dict_insert(&d, "secondary", "i", (gint32) a->secondary);
	put_date(&d, "date", &a->date);
	put_date(&d, "holds_until", &a->holds_until);
	put_str(&d, "reply_text", a->reply_text);
	put_str(&d, "bounced_recipient", a->bounced_recipient);
	put_str(&d, "matched_rule", a->matched_rule);
	g_variant_dict_insert(&d, "delivery", "i", (gint32) a->delivery);
	put_str(&d, "returned_message_id", a->returned_message_id);
	put_str(&d, "new_address", a->new_address);
	/* The policy tells a machine's auto reply from a typed one by it (dm_policy_typed). */
	g_variant_dict_insert(&d, "automatic_headers", "b", a->automatic_headers);
	put_str(&d, "automatic_header", a->automatic_header);
	put_str(&d, "machine_mail", a->machine_mail);
	g_variant_dict_insert(&d, "date_contradicts", "b", a->date_contradicts);
	g_variant_dict_insert(&d, "verified", "b", auth->verified);
	put_str(&d, "auth_method", auth->method);
	put_str(&d, "auth_detail", auth->detail);
	return g_variant_dict_end(&d);
}

GVariant *
dm_ingest_plan_to_variant(const DmIngestPlan *plan)
{
	g_auto(GVariantDict) d = G_VARIANT_DICT_INIT(NULL);
	g_variant_dict_insert(&d, "direction", "i", (gint32) plan->direction);
	put_str(&d, "mail_from", plan->mail_from);
	put_str(&d, "first_rcpt", plan->first_rcpt);
	put_str(&d, "verp_rcpt", plan->verp_rcpt);
	put_str(&d, "command_rcpt", plan->command_rcpt);
	put_str(&d, "queue_id", plan->queue_id);
	put_str(&d, "received_at", plan->received_at);
	put_str(&d, "message_id", plan->message_id);
	put_str(&d, "sha256", plan->sha256);
	put_str(&d, "from_addr", plan->from_addr);
	put_str(&d, "subject", plan->subject);
	put_date(&d, "date", &plan->date);
	g_variant_dict_insert(&d, "own", "b", plan->own);
	put_strv(&d, "thread_ids", plan->thread_ids);
	if (plan->invoice)
		g_variant_dict_insert_value(&d, "invoice", invoice_to_variant(plan->invoice));
	if (plan->reply)
		g_variant_dict_insert_value(&d, "reply", reply_to_variant(plan->reply, &plan->auth));
	return g_variant_dict_end(&d);
}

/* ---- reading ---- */

/* (transfer full) the byte string under @key, or NULL. */
static char *
get_str(GVariantDict *d, const char *key)
{
	g_autoptr(GVariant) v = g_variant_dict_lookup_value(d, key, G_VARIANT_TYPE_BYTESTRING);
	return v ? g_variant_dup_bytestring(v, NULL) : NULL;
}

static GDate
get_date(GVariantDict *d, const char *key)
{
	GDate date;
	g_date_clear(&date, 1);
	guint32 julian = 0;
	if (g_variant_dict_lookup(d, key, "u", &julian) && g_date_valid_julian(julian))
		g_date_set_julian(&date, julian);
	return date;
}

static gint32
get_int(GVariantDict *d, const char *key)
{
	gint32 n = 0;
	g_variant_dict_lookup(d, key, "i", &n);
	return n;
}

/* An enum under @key in [0, @end), or -1 when missing or out of range (an answer garbled
 * yet well-formed): never an index past a table. */
static gint32
get_enum_below(GVariantDict *d, const char *key, gint32 end)
{
	gint32 n = -1;
	g_variant_dict_lookup(d, key, "i", &n);
	return n >= 0 && n < end ? n : -1;
}

/* An enum from the child, @last its highest value.  Missing or out of range it reads as 0,
 * which is each of these enums' "nothing said" (no direction, class other, no delivery
 * report, debtor kind unknown). */
static gint32
get_enum(GVariantDict *d, const char *key, gint32 last)
{
	return MAX(get_enum_below(d, key, last + 1), 0);
}

static gboolean
get_bool(GVariantDict *d, const char *key)
{
	gboolean b = FALSE;
	g_variant_dict_lookup(d, key, "b", &b);
	return b;
}

/* Appends the byte strings under @key to @out (of char*, owning). */
static void
get_strv(GVariantDict *d, const char *key, GPtrArray *out)
{
	g_autoptr(GVariant) v = g_variant_dict_lookup_value(d, key, G_VARIANT_TYPE_BYTESTRING_ARRAY);
	if (!v)
		return;
	g_autofree const char **list = g_variant_get_bytestring_array(v, NULL);
	for (const char **p = list; *p; p++)
		g_ptr_array_add(out, g_strdup(*p));
}

/* (transfer full) why the message is no invoice, from the dictionary under "not_invoice",
 * or NULL: there is none, or its kind or place is not one this dunmail knows. */
static DmNotInvoiceReason *
not_invoice_from_variant(GVariantDict *parent)
{
	g_autoptr(GVariant) v = g_variant_dict_lookup_value(parent, "not_invoice", G_VARIANT_TYPE_VARDICT);
	if (!v)
		return NULL;
	g_auto(GVariantDict) d = G_VARIANT_DICT_INIT(v);
	gint32 kind = get_enum_below(&d, "kind", DM_NOT_INVOICE_N_KINDS);
	gint32 where = get_enum_below(&d, "where", DM_NOT_INVOICE_N_WHERE);
	if (kind < 0 || where < 0)
		return NULL;
	g_autofree char *evidence = get_str(&d, "evidence");
	g_autofree char *rule = get_str(&d, "rule");
	return dm_not_invoice_reason_new((DmNotInvoiceKind) kind, (DmNotInvoiceWhere) where, evidence, rule);
}

/* Appends the disagreements under "disagreements" to @out (of DmInvoiceDisagreement*);
 * one without a known field or with a value missing is left out. */
static void
disagreements_from_variant(GVariantDict *parent, GPtrArray *out)
{
	g_autoptr(GVariant) v = g_variant_dict_lookup_value(parent, "disagreements", G_VARIANT_TYPE("aa{sv}"));
	for (gsize i = 0; v && i < g_variant_n_children(v); i++) {
		g_autoptr(GVariant) one = g_variant_get_child_value(v, i);
		g_auto(GVariantDict) d = G_VARIANT_DICT_INIT(one);
		gint32 field = get_enum_below(&d, "field", DM_INVOICE_N_FIELDS);
		g_autofree char *kept = get_str(&d, "kept"), *ours = get_str(&d, "ours");
		g_autofree char *other = get_str(&d, "other"), *theirs = get_str(&d, "theirs");
		if (field >= 0 && kept && ours && other && theirs)
			g_ptr_array_add(out, dm_invoice_disagreement_new((DmInvoiceField) field, kept, ours,
									 other, theirs));
	}
}

static DmInvoiceFacts *
invoice_from_variant(GVariant *v)
{
	g_auto(GVariantDict) d = G_VARIANT_DICT_INIT(v);
	DmInvoiceFacts *f = dm_invoice_facts_new();
	f->is_invoice = get_bool(&d, "is_invoice");
	f->number = get_str(&d, "number");
	f->has_amount = get_bool(&d, "has_amount");
	g_variant_dict_lookup(&d, "amount_cents", "x", &f->amount_cents);
	g_autofree char *currency = get_str(&d, "currency");
	if (currency)
		g_strlcpy(f->currency, currency, sizeof f->currency);
	f->issue_date = get_date(&d, "issue_date");
	f->due_date = get_date(&d, "due_date");
	f->payment_term_days = get_int(&d, "payment_term_days");
	f->debtor_email = get_str(&d, "debtor_email");
	f->debtor_name = get_str(&d, "debtor_name");
	f->language = get_str(&d, "language");
	f->source = (DmInvoiceSource) get_enum(&d, "source", DM_INVOICE_SOURCE_BODY);
	f->has_total = get_bool(&d, "has_total");
	g_variant_dict_lookup(&d, "amount_total_cents", "x", &f->amount_total_cents);
	f->payment_reference = get_str(&d, "payment_reference");
	f->iban = get_str(&d, "iban");
	f->debtor_kind = (DmInvoiceDebtorKind) get_enum(&d, "debtor_kind", DM_INVOICE_DEBTOR_CONSUMER);
	f->debtor_kind_why = get_str(&d, "debtor_kind_why");
	f->credit_note = get_bool(&d, "credit_note");
	f->credit_reference = get_str(&d, "credit_reference");
	f->not_invoice = not_invoice_from_variant(&d);
	g_autofree char *sources = get_str(&d, "field_sources");
	dm_invoice_facts_sources_parse(f, sources);
	disagreements_from_variant(&d, f->disagreements);
	return f;
}

static DmReplyAnalysis *
reply_from_variant(GVariant *v, DmAuthVerdict *auth)
{
	g_auto(GVariantDict) d = G_VARIANT_DICT_INIT(v);
	DmReplyAnalysis *a = g_new0(DmReplyAnalysis, 1);
	a->kind = (DmReplyKind) get_enum(&d, "kind", DM_REPLY_KIND_BOUNCE);
	a->klass = (DmReplyClass) get_enum(&d, "class", DM_REPLY_CLASS_BOUNCE);
	g_variant_dict_lookup(&d, "confidence", "d", &a->confidence);
	a->confident = get_bool(&d, "confident");
	a->secondary = (DmReplyClass) get_enum(&d, "secondary", DM_REPLY_CLASS_BOUNCE);
	a->date = get_date(&d, "date");
	a->holds_until = get_date(&d, "holds_until");
	a->reply_text = get_str(&d, "reply_text");
	a->bounced_recipient = get_str(&d, "bounced_recipient");
	a->matched_rule = get_str(&d, "matched_rule");
	a->delivery = (DmDeliveryReport) get_enum(&d, "delivery", DM_DELIVERY_DELIVERED);
	a->returned_message_id = get_str(&d, "returned_message_id");
	a->new_address = get_str(&d, "new_address");
	a->automatic_headers = get_bool(&d, "automatic_headers");
	a->automatic_header = get_str(&d, "automatic_header");
	a->machine_mail = get_str(&d, "machine_mail");
	a->date_contradicts = get_bool(&d, "date_contradicts");
	/* The explanation is not carried back from the child (the ledger keeps none); the
	 * list is empty, never NULL, as dm-reply.h promises its readers. */
	a->explain = g_ptr_array_new_with_free_func(g_free);
	auth->verified = get_bool(&d, "verified");
	auth->method = get_str(&d, "auth_method");
	auth->detail = get_str(&d, "auth_detail");
	return a;
}

DmIngestPlan *
dm_ingest_plan_from_variant(GVariant *v)
{
	g_return_val_if_fail(g_variant_is_of_type(v, G_VARIANT_TYPE_VARDICT), NULL);
	g_auto(GVariantDict) d = G_VARIANT_DICT_INIT(v);
	DmIngestPlan *plan = g_new0(DmIngestPlan, 1);
	plan->direction = (DmDirection) get_enum(&d, "direction", DM_DIRECTION_INCOMING);
	plan->mail_from = get_str(&d, "mail_from");
	plan->first_rcpt = get_str(&d, "first_rcpt");
	plan->verp_rcpt = get_str(&d, "verp_rcpt");
	plan->command_rcpt = get_str(&d, "command_rcpt");
	plan->queue_id = get_str(&d, "queue_id");
	plan->received_at = get_str(&d, "received_at");
	plan->message_id = get_str(&d, "message_id");
	if (!plan->message_id)
		plan->message_id = g_strdup("");
	plan->sha256 = get_str(&d, "sha256");
	if (!plan->sha256)
		plan->sha256 = g_strdup("");
	plan->from_addr = get_str(&d, "from_addr");
	plan->subject = get_str(&d, "subject");
	plan->date = get_date(&d, "date");
	plan->own = get_bool(&d, "own");
	plan->thread_ids = g_ptr_array_new_with_free_func(g_free);
	get_strv(&d, "thread_ids", plan->thread_ids);
	g_autoptr(GVariant) inv = g_variant_dict_lookup_value(&d, "invoice", G_VARIANT_TYPE_VARDICT);
	if (inv)
		plan->invoice = invoice_from_variant(inv);
	g_autoptr(GVariant) reply = g_variant_dict_lookup_value(&d, "reply", G_VARIANT_TYPE_VARDICT);
	if (reply)
		plan->reply = reply_from_variant(reply, &plan->auth);
	return plan;
}
