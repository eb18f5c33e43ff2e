/* dm-bounce-person: a person's answer that quotes what a report said (bounce_person.c).
 * Private to src/parser/reply and its tests. */
#pragma once
#include <glib.h>
#include <gmime/gmime.h>

/* TRUE when @msg, whose subject is @subject (nullable) and whose readable text is @text,
 * has the shape of a person's answer: a reply's subject ("Re:", "AW:", "Antw:" …), an
 * In-Reply-To or References header, no header that says a machine wrote it (Auto-Submitted,
 * X-Autoreply and their kin, a null Return-Path, X-Failed-Recipients), no sender only a
 * machine writes as (MAILER-DAEMON, "Mail Delivery System"), and own words above the mail
 * it answers, quoted ("> …") or under an attribution ("Op … schreef …:", "On … wrote:").  The caller asks it only of a mail that returns nothing and has no report
 * part: what such a mail says of codes ("550 5.7.1 … Client host blocked") is a person's
 * account of a report, not one. */
gboolean dm_bounce_person_answer(GMimeMessage *msg, const char *subject, const char *text);
