/* compose: a labelled reply (DmLearnItem) -> the message its debtor's mail client would
 * have sent, so that training and evaluation read replies through the same stripping
 * dunmaild uses, not the clean text of the corpus.
 *
 * What each client does, as they write it in the three languages:
 *   gmail, gmail-mobile   "Op di 3 dec. 2025 om 09:00 schreef NAME <ADDR>:", "> " quotes,
 *                         signature after "-- ", HTML in div.gmail_quote;
 *   outlook, outlook-mobile, lotus, webmail
 *                         a header block (Van/Verzonden/Aan/Onderwerp, From/Sent/To/
 *                         Subject, Von/Gesendet/An/Betreff) under a rule or an "Original
 *                         Message" line, the reminder unquoted below it; HTML in
 *                         div#divRplyFwdMsg;
 *   apple-mail, iphone    "Op 3 dec. 2025 om 09:00 heeft NAME <ADDR> het volgende
 *                         geschreven:", "> " quotes, HTML blockquote type=cite;
 *   android, thunderbird  a short numeric attribution, "> " quotes; thunderbird puts "-- "
 *                         before the signature.
 * The new text comes first (top), is the body as given (inline: answers between quoted
 * lines), or stands alone (bare); then the signature, the mobile footer, the disclaimer.
 * Automatic replies carry Auto-Submitted and their client's subject, as real ones do.
 *
 * Failure classes: none; every item composes. */
#include "dunning/learn/dm-learn.h"
#include "parser/mime/dm-gmime-autoptr.h"
#include "parser/reply/dm-reply-features.h"

#include <string.h>

typedef struct {
	const char *lang;
	const char *company, *address;
	const char *subject;            /* printf: invoice */
	const char *reminder;           /* printf: name, invoice, amount */
	const char *re, *re_outlook, *auto_subject;
	const char *hdr_from, *hdr_sent, *hdr_to, *hdr_subject, *original;
	const char *gmail_attr, *apple_attr, *android_attr, *tb_attr;
	const char *const *weekdays, *const *months;
} Lang;

static const char *const nl_days[] = { "", "maandag", "dinsdag", "woensdag", "donderdag",
	"vrijdag", "zaterdag", "zondag" };
static const char *const en_days[] = { "", "Monday", "Tuesday", "Wednesday", "Thursday",
	"Friday", "Saturday", "Sunday" };
static const char *const de_days[] = { "", "Montag", "Dienstag", "Mittwoch", "Donnerstag",
	"Freitag", "Samstag", "Sonntag" };
static const char *const nl_months[] = { "", "januari", "februari", "maart", "april", "mei",
	"juni", "juli", "augustus", "september", "oktober", "november", "december" };
static const char *const en_months[] = { "", "January", "February", "March", "April", "May",
	"June", "July", "August", "September", "October", "November", "December" };
static const char *const de_months[] = { "", "Januar", "Februar", "März", "April", "Mai",
	"Juni", "Juli", "August", "September", "Oktober", "November", "Dezember" };

/* The attributions name their parts: {day} {month} (the name) {mm} (the number) {year}
 * {time} {name} {address}; each language orders them its own way. */
static const Lang langs[] = {
	{ "nl", "Van Dijk Installatietechniek", "facturen@vandijk-installatie.example",
	  "Herinnering: factuur %s",
	  "Geachte %s,\n\nVolgens onze administratie staat factuur %s van %s nog open. Wij "
	  "verzoeken u het bedrag binnen zeven dagen over te maken. Heeft u inmiddels betaald, "
	  "dan kunt u deze betalingsherinnering als niet verzonden beschouwen. Blijft betaling "
	  "uit, dan volgt een aanmaning.\n\nMet vriendelijke groet,\n\nVan Dijk Installatietechniek",
	  "Re: ", "RE: ", "Automatisch antwoord: ",
	  "Van", "Verzonden", "Aan", "Onderwerp", "-----Oorspronkelijk bericht-----",
	  "Op {day} {month} {year} om {time} schreef {name} <{address}>:",
	  "Op {day} {month} {year} om {time} heeft {name} <{address}> het volgende geschreven:",
	  "Op {day} {month} {year} {time} schreef {name} <{address}>:",
	  "Op {day}-{mm}-{year} om {time} schreef {name}:", nl_days, nl_months },
	{ "en", "Harbour Print Ltd", "accounts@harbourprint.example",
	  "Reminder: invoice %s",
	  "Dear %s,\n\nAccording to our records invoice %s of %s is still unpaid. Please pay "
	  "the amount within seven days. If you have already paid, please disregard this "
	  "reminder. If payment is not received we will send a final notice.\n\nKind regards,\n\n"
	  "Harbour Print Ltd",
	  "Re: ", "RE: ", "Automatic reply: ",
	  "From", "Sent", "To", "Subject", "-----Original Message-----",
	  "On {day} {month} {year} at {time}, {name} <{address}> wrote:",
	  "On {day} {month} {year}, at {time}, {name} <{address}> wrote:",
	  "On {day} {month} {year} {time}, {name} <{address}> wrote:",
	  "On {day}/{mm}/{year} {time}, {name} wrote:", en_days, en_months },
	{ "de", "Müller Haustechnik GmbH", "buchhaltung@mueller-haustechnik.example",
	  "Zahlungserinnerung: Rechnung %s",
	  "Sehr geehrte/r %s,\n\nlaut unserer Buchhaltung ist die Rechnung %s über %s noch "
	  "offen. Bitte überweisen Sie den Betrag innerhalb von sieben Tagen. Sollten Sie "
	  "bereits bezahlt haben, betrachten Sie diese Zahlungserinnerung als gegenstandslos. "
	  "Andernfalls folgt eine Mahnung.\n\nMit freundlichen Grüßen\n\nMüller Haustechnik GmbH",
	  "Re: ", "AW: ", "Automatische Antwort: ",
	  "Von", "Gesendet", "An", "Betreff", "-----Ursprüngliche Nachricht-----",
	  "Am {day}. {month} {year} um {time} Uhr schrieb {name} <{address}>:",
	  "Am {day}.{mm}.{year} um {time} schrieb {name} <{address}>:",
	  "Am {day}.{mm}.{year} {time} schrieb {name} <{address}>:",
	  "Am {day}.{mm}.{year} um {time} schrieb {name}:", de_days, de_months },
};

static const Lang *
lang_of(const char *code)
{
	for (gsize i = 0; i < G_N_ELEMENTS(langs); i++)
		if (g_strcmp0(code, langs[i].lang) == 0)
			return &langs[i];
	return &langs[0];
}

typedef enum { STYLE_GMAIL, STYLE_OUTLOOK, STYLE_APPLE, STYLE_ANDROID, STYLE_THUNDERBIRD }
	Style;

static Style
style_of(const char *client)
{
	if (!client)
		return STYLE_GMAIL;
	/* Exchange's web and desktop clients write Outlook's header block; the iPad runs
	 * Apple Mail. */
	if (g_str_has_prefix(client, "outlook") || strcmp(client, "lotus") == 0 ||
	    strcmp(client, "webmail") == 0 || strcmp(client, "exchange") == 0)
		return STYLE_OUTLOOK;
	if (strcmp(client, "apple-mail") == 0 || strcmp(client, "iphone") == 0 ||
	    strcmp(client, "ipad") == 0)
		return STYLE_APPLE;
	if (strcmp(client, "android") == 0)
		return STYLE_ANDROID;
	if (strcmp(client, "thunderbird") == 0)
		return STYLE_THUNDERBIRD;
	return STYLE_GMAIL;
}

/* The attribution line of @style for a reminder sent at @when. */
static char *
attribution(const Lang *l, Style style, GDateTime *when)
{
	const char *fmt = style == STYLE_APPLE ? l->apple_attr : style == STYLE_ANDROID
		? l->android_attr : style == STYLE_THUNDERBIRD ? l->tb_attr : l->gmail_attr;
	g_autofree char *day = g_strdup_printf("%d", g_date_time_get_day_of_month(when));
	g_autofree char *month_num = g_strdup_printf("%02d", g_date_time_get_month(when));
	g_autofree char *year = g_strdup_printf("%d", g_date_time_get_year(when));
	g_autofree char *time = g_date_time_format(when, "%H:%M");
	const char *month = l->months[g_date_time_get_month(when)];
	if (style == STYLE_ANDROID || style == STYLE_THUNDERBIRD) {
		g_free(day);
		day = g_strdup_printf("%02d", g_date_time_get_day_of_month(when));
	}
	const char *parts[][2] = { { "{day}", day }, { "{month}", month }, { "{mm}", month_num },
	                           { "{year}", year }, { "{time}", time },
	                           { "{name}", l->company }, { "{address}", l->address } };
	GString *out = g_string_new(fmt);
	for (gsize i = 0; i < G_N_ELEMENTS(parts); i++)
		g_string_replace(out, parts[i][0], parts[i][1], 0);
	return g_string_free(out, FALSE);
}

static char *
outlook_block(const Lang *l, const DmLearnItem *it, GDateTime *when, const char *subject,
              gboolean original_line)
{
	g_autofree char *time = g_date_time_format(when, "%H:%M");
	return g_strdup_printf("%s\n%s: %s <%s>\n%s: %s %d %s %d %s\n%s: %s <%s>\n%s: %s\n",
	                       original_line ? l->original : "________________________________",
	                       l->hdr_from, l->company, l->address, l->hdr_sent,
	                       l->weekdays[g_date_time_get_day_of_week(when)],
	                       g_date_time_get_day_of_month(when),
	                       l->months[g_date_time_get_month(when)], g_date_time_get_year(when),
	                       time, l->hdr_to, it->from_name ? it->from_name : "", it->from,
	                       l->hdr_subject, subject);
}

static void
quote_into(GString *out, const char *text)
{
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	for (guint i = 0; lines[i]; i++)
		g_string_append_printf(out, lines[i][0] ? "> %s\n" : ">\n", lines[i]);
}

/* The parts below the new text: signature, mobile footer, disclaimer. */
static void
trailer_into(GString *out, const DmLearnItem *it, Style style)
{
	if (it->signature)
		g_string_append_printf(out, "\n%s%s\n",
		                       style == STYLE_THUNDERBIRD || style == STYLE_GMAIL ? "-- \n" : "",
		                       it->signature);
	if (it->mobile_footer)
		g_string_append_printf(out, "\n%s\n", it->mobile_footer);
	if (it->disclaimer)
		g_string_append_printf(out, "\n%s\n", it->disclaimer);
}

static void
html_escape_into(GString *out, const char *text)
{
	g_autofree char *esc = g_markup_escape_text(text, -1);
	for (const char *p = esc; *p; p++)
		if (*p == '\n')
			g_string_append(out, "<br>\n");
		else
			g_string_append_c(out, *p);
}

/* Plain text with "> " quote runs -> HTML, the runs in the client's quote element. */
static char *
to_html(const char *plain, Style style, const char *attr, const char *quoted_reminder,
        const char *outlook_header)
{
	GString *h = g_string_new("<html><head><meta charset=\"utf-8\"></head><body>\n<div>");
	g_auto(GStrv) lines = g_strsplit(plain, "\n", -1);
	gboolean in_quote = FALSE;
	for (guint i = 0; lines[i]; i++) {
		gboolean q = lines[i][0] == '>';
		if (q && !in_quote)
			g_string_append(h, style == STYLE_GMAIL
			                ? "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;"
			                  "border-left:1px #ccc solid;padding-left:1ex\">"
			                : "<blockquote type=\"cite\">");
		else if (!q && in_quote)
			g_string_append(h, "</blockquote>");
		in_quote = q;
		const char *text = q ? lines[i] + (lines[i][1] == ' ' ? 2 : 1) : lines[i];
		html_escape_into(h, text);
		g_string_append(h, "<br>\n");
	}
	if (in_quote)
		g_string_append(h, "</blockquote>");
	g_string_append(h, "</div>\n");
	if (quoted_reminder) {
		if (style == STYLE_OUTLOOK) {
			g_string_append(h, "<hr style=\"display:inline-block;width:98%\">"
			                   "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font size=\"2\">");
			html_escape_into(h, outlook_header);
			g_string_append(h, "</font></div><div>");
			html_escape_into(h, quoted_reminder);
			g_string_append(h, "</div>\n");
		} else if (style == STYLE_GMAIL) {
			g_string_append(h, "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">");
			html_escape_into(h, attr);
			g_string_append(h, "</div><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 "
			                   ".8ex;border-left:1px #ccc solid;padding-left:1ex\">");
			html_escape_into(h, quoted_reminder);
			g_string_append(h, "</blockquote></div>\n");
		} else {
			g_string_append(h, "<div dir=\"ltr\"><br><blockquote type=\"cite\">");
			html_escape_into(h, attr);
			g_string_append(h, "<br>");
			html_escape_into(h, quoted_reminder);
			g_string_append(h, "</blockquote></div>\n");
		}
	}
	g_string_append(h, "</body></html>\n");
	return g_string_free(h, FALSE);
}

static GMimeTextPart *
text_part(const char *subtype, const char *text)
{
	GMimeTextPart *p = g_mime_text_part_new_with_subtype(subtype);
	g_mime_text_part_set_text(p, text);
	return p;
}

/* A stable number from @id, so that every choice made per item is the same each run. */
static guint32
stable(const char *id)
{
	return dm_reply_fnv1a(id, strlen(id));
}

GMimeMessage *
dm_learn_compose(const DmLearnItem *it)
{
	g_return_val_if_fail(it != NULL && it->sent != NULL, NULL);
	const Lang *l = lang_of(it->lang);
	Style style = style_of(it->client);
	gboolean automatic = it->klass == DM_REPLY_CLASS_AUTO_REPLY;
	/* The reminder went out a few days before the reply, in the morning. */
	g_autoptr(GDateTime) day = g_date_time_add_days(it->sent, -(int) (1 + stable(it->id) % 6));
	g_autoptr(GDateTime) when = g_date_time_new(g_date_time_get_timezone(day),
	                                            g_date_time_get_year(day),
	                                            g_date_time_get_month(day),
	                                            g_date_time_get_day_of_month(day), 9, 0, 0);
	const char *invoice = it->invoice ? it->invoice : "2025-0001";
	g_autofree char *subject = g_strdup_printf(l->subject, invoice);
	g_autofree char *reminder = g_strdup_printf(l->reminder,
	                                            it->from_name ? it->from_name : "klant", invoice,
	                                            it->amount ? it->amount : "€ 100,00");

	GString *body = g_string_new(NULL);
	g_autofree char *attr = attribution(l, style, when);
	g_autofree char *header = outlook_block(l, it, when, subject,
	                                        g_strcmp0(it->client, "lotus") == 0 ||
	                                        g_strcmp0(it->client, "webmail") == 0);
	gboolean inline_layout = g_strcmp0(it->layout, "inline") == 0;
	gboolean quoted = !automatic && g_strcmp0(it->layout, "top") == 0;
	g_string_append(body, it->text);
	g_string_append_c(body, '\n');
	trailer_into(body, it, style);
	g_autofree char *plain_new = g_strdup(body->str);
	if (quoted) {
		g_string_append_c(body, '\n');
		if (style == STYLE_OUTLOOK) {
			g_string_append_printf(body, "%s\n%s\n", header, reminder);
		} else {
			g_string_append_printf(body, "%s\n\n", attr);
			quote_into(body, reminder);
		}
	}

	GMimeMessage *msg = g_mime_message_new(TRUE);
	g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_FROM, it->from_name, it->from);
	g_mime_message_add_mailbox(msg, GMIME_ADDRESS_TYPE_TO, l->company, l->address);
	g_autofree char *full_subject = g_strconcat(automatic ? l->auto_subject
	                                            : style == STYLE_OUTLOOK ? l->re_outlook : l->re,
	                                            subject, NULL);
	g_mime_message_set_subject(msg, full_subject, "utf-8");
	g_mime_message_set_date(msg, it->sent);
	g_autofree char *mid = g_strdup_printf("%s.%08x@%s.example", it->id, stable(it->id),
	                                       it->client ? it->client : "mail");
	g_mime_message_set_message_id(msg, mid);
	g_autofree char *reminder_id = g_strdup_printf("<reminder-%s@%s>", invoice,
	                                               strchr(l->address, '@') + 1);
	g_mime_object_set_header(GMIME_OBJECT(msg), "In-Reply-To", reminder_id, NULL);
	g_mime_object_set_header(GMIME_OBJECT(msg), "References", reminder_id, NULL);
	if (automatic)
		g_mime_object_set_header(GMIME_OBJECT(msg), "Auto-Submitted", "auto-replied", NULL);

	gboolean html = it->html_only ||
	                (style != STYLE_THUNDERBIRD && style != STYLE_ANDROID && !inline_layout);
	g_autofree char *html_text = html
		? to_html(quoted ? plain_new : body->str, style, attr, quoted ? reminder : NULL, header)
		: NULL;
	if (it->html_only) {
		g_autoptr(GMimeTextPart) h = text_part("html", html_text);
		g_mime_message_set_mime_part(msg, GMIME_OBJECT(h));
	} else if (html) {
		g_autoptr(GMimeMultipart) alt = g_mime_multipart_new_with_subtype("alternative");
		g_autoptr(GMimeTextPart) p = text_part("plain", body->str);
		g_autoptr(GMimeTextPart) h = text_part("html", html_text);
		g_mime_multipart_add(alt, GMIME_OBJECT(p));
		g_mime_multipart_add(alt, GMIME_OBJECT(h));
		g_mime_message_set_mime_part(msg, GMIME_OBJECT(alt));
	} else {
		g_autoptr(GMimeTextPart) p = text_part("plain", body->str);
		g_mime_message_set_mime_part(msg, GMIME_OBJECT(p));
	}
	g_string_free(body, TRUE);
	return msg;
}
