M = []
def add(n, delivery, recipient, message_id, kind, mta, lang, note, raw, orig=None, crlf=False):
    M.append(dict(n=n, delivery=delivery, recipient=recipient, message_id=message_id, kind=kind, mta=mta,
                  lang=lang, note=note, raw=raw, orig=orig, crlf=crlf))

# 021 Mittwald Postfix: domain moved away, old host refuses relay
add(21, 'failed', 'kontakt@praxis-dr-seidel.de', '<dm-2250-8d1f4e0b73.20261202T113002@schreinerei-hofmann.de>', 'bounce',
    'Postfix (Mittwald)', 'de', 'the debtor moved its domain to another provider and the old host refuses relaying (554 5.7.1 Relay access denied); German Mittwald text',
    orig=dict(biz='hofmann', to='kontakt@praxis-dr-seidel.de', inv='RE-2026-109',
              mid='<dm-2250-8d1f4e0b73.20261202T113002@schreinerei-hofmann.de>',
              date='Wed, 02 Dec 2026 11:30:02 +0100', dm='buchhaltung+dm-2250-8d1f4e0b73@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: by mx-out.agenturserver.de (Postfix)
	id 4Qz3Hb1s2Kz4wQ; Wed,  2 Dec 2026 11:30:06 +0100 (CET)
Date: Wed,  2 Dec 2026 11:30:06 +0100 (CET)
From: MAILER-DAEMON@agenturserver.de (Mail Delivery System)
Subject: Unzustellbare Nachricht
To: buchhaltung+dm-2250-8d1f4e0b73@schreinerei-hofmann.de
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Qz3Hb1s2Kz4wQ.1764671406/mx-out.agenturserver.de"
Content-Transfer-Encoding: 8bit
Message-Id: <4Qz3Hb1s2Kz4wQ@mx-out.agenturserver.de>

Dies ist eine MIME-formatierte Nachricht.

--4Qz3Hb1s2Kz4wQ.1764671406/mx-out.agenturserver.de
Content-Description: Benachrichtigung
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist das Mailsystem von mx-out.agenturserver.de (Mittwald).

Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht
zugestellt werden. Die Nachricht ist unten angehängt.

Wenden Sie sich bei Fragen bitte an postmaster@agenturserver.de und
fügen Sie diesen Fehlerbericht bei.

                   Das Mailsystem

<kontakt@praxis-dr-seidel.de>: host mail.praxis-dr-seidel.de[178.254.0.87]
    said: 554 5.7.1 <kontakt@praxis-dr-seidel.de>: Relay access denied (in
    reply to RCPT TO command)

--4Qz3Hb1s2Kz4wQ.1764671406/mx-out.agenturserver.de
Content-Description: Zustellbericht
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out.agenturserver.de
X-Postfix-Queue-ID: 4Qz3Hb1s2Kz4wQ
X-Postfix-Sender: rfc822; buchhaltung+dm-2250-8d1f4e0b73@schreinerei-hofmann.de
Arrival-Date: Wed,  2 Dec 2026 11:30:03 +0100 (CET)

Final-Recipient: rfc822; kontakt@praxis-dr-seidel.de
Original-Recipient: rfc822;kontakt@praxis-dr-seidel.de
Action: failed
Status: 5.7.1
Remote-MTA: dns; mail.praxis-dr-seidel.de
Diagnostic-Code: smtp; 554 5.7.1 <kontakt@praxis-dr-seidel.de>: Relay access
    denied

--4Qz3Hb1s2Kz4wQ.1764671406/mx-out.agenturserver.de
Content-Description: Unzustellbare Nachricht
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

@@ORIG@@

--4Qz3Hb1s2Kz4wQ.1764671406/mx-out.agenturserver.de--
''')

# 022 Hostnet Dutch bounce, catch-all turned off
add(22, 'failed', 'bestellingen@webshop-dekker.nl', '<dm-1324-0f7b3a2c9e.20261202T121511@despaak.nl>', 'bounce',
    'Hostnet (Postfix, Dutch text)', 'nl', 'Dutch-only hoster bounce; the debtor switched its catch-all off; delivery-status part is text/plain',
    orig=dict(biz='spaak', to='bestellingen@webshop-dekker.nl', inv='2026-0436',
              mid='<dm-1324-0f7b3a2c9e.20261202T121511@despaak.nl>',
              date='Wed, 02 Dec 2026 12:15:11 +0100', dm='administratie+dm-1324-0f7b3a2c9e@despaak.nl'),
    raw='''
Return-Path: <>
Received: by smtp-out.hostnet.nl (Postfix) id 4Qz4Gm0YwCz2xT; Wed,  2 Dec 2026 12:15:15 +0100 (CET)
Date: Wed,  2 Dec 2026 12:15:15 +0100 (CET)
From: Hostnet Mailsysteem <MAILER-DAEMON@hostnet.nl>
Subject: Onbestelbaar bericht: Herinnering: factuur 2026-0436
To: administratie+dm-1324-0f7b3a2c9e@despaak.nl
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=-hostnet-ndr-4Qz4Gm0YwCz2xT"
Message-Id: <4Qz4Gm0YwCz2xT@smtp-out.hostnet.nl>

--=-hostnet-ndr-4Qz4Gm0YwCz2xT
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste afzender,

Uw bericht kon niet worden afgeleverd bij een of meer ontvangers.
Dit is een permanente fout; het bericht wordt niet opnieuw verstuurd.

Ontvanger:  bestellingen@webshop-dekker.nl
Foutmelding: 550 5.1.1 <bestellingen@webshop-dekker.nl>: Recipient address
             rejected: no such user here (catch-all is uitgeschakeld)

Hostnet B.V.

--=-hostnet-ndr-4Qz4Gm0YwCz2xT
Content-Type: text/plain; charset=us-ascii; name="details.txt"
Content-Disposition: inline; filename="details.txt"

Reporting-MTA: dns; smtp-out.hostnet.nl
Arrival-Date: Wed,  2 Dec 2026 12:15:12 +0100 (CET)

Final-Recipient: rfc822; bestellingen@webshop-dekker.nl
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <bestellingen@webshop-dekker.nl>: Recipient
    address rejected: no such user here (catch-all is uitgeschakeld)

--=-hostnet-ndr-4Qz4Gm0YwCz2xT
Content-Type: message/rfc822
Content-Disposition: attachment; filename="origineel-bericht.eml"

@@ORIG@@

--=-hostnet-ndr-4Qz4Gm0YwCz2xT--
''')

# 023 Exim (Antagonist / DirectAdmin) delay warning
add(23, 'delayed', 'info@schildersbedrijf-vos.nl', '<dm-1327-3c9e0d7b1a.20261201T161402@despaak.nl>', 'bounce',
    'Exim (Antagonist, DirectAdmin)', 'en', 'Exim 24-hour delay warning with a DSN part (Action: delayed); subject names only the queue id; "No action is required on your part"',
    orig=dict(biz='spaak', to='info@schildersbedrijf-vos.nl', inv='2026-0433',
              mid='<dm-1327-3c9e0d7b1a.20261201T161402@despaak.nl>',
              date='Tue, 01 Dec 2026 16:14:02 +0100', dm='administratie+dm-1327-3c9e0d7b1a@despaak.nl'),
    raw='''
Return-path: <>
Envelope-to: administratie+dm-1327-3c9e0d7b1a@despaak.nl
Delivery-date: Wed, 02 Dec 2026 16:20:11 +0100
Received: from mailnull by server45.antagonist.nl with local (Exim 4.97.1)
	id 1tHhtT-0007Lq-2C
	for administratie+dm-1327-3c9e0d7b1a@despaak.nl;
	Wed, 02 Dec 2026 16:20:11 +0100
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@server45.antagonist.nl>
To: administratie+dm-1327-3c9e0d7b1a@despaak.nl
References: <dm-1327-3c9e0d7b1a.20261201T161402@despaak.nl>
Content-Type: multipart/report; report-type=delivery-status; boundary=1764688811-eximdsn-846930886
MIME-Version: 1.0
Subject: Warning: message 1tHMq2-0003aB-1F delayed 24 hours
Message-Id: <E1tHhtT-0007Lq-2C@server45.antagonist.nl>
Date: Wed, 02 Dec 2026 16:20:11 +0100

--1764688811-eximdsn-846930886
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on server45.antagonist.nl.

The message identifier is:     1tHMq2-0003aB-1F
The subject of the message is: Herinnering: factuur 2026-0433
The date of the message is:    Tue, 01 Dec 2026 16:14:02 +0100

The address to which the message has not yet been delivered is:

  info@schildersbedrijf-vos.nl
    host mail.schildersbedrijf-vos.nl [84.22.108.91]
    Delay reason: SMTP error from remote mail server after RCPT TO:<info@schildersbedrijf-vos.nl>:
    451 4.3.0 Temporary lookup failure

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

--1764688811-eximdsn-846930886
Content-type: message/delivery-status

Reporting-MTA: dns; server45.antagonist.nl

Action: delayed
Final-Recipient: rfc822;info@schildersbedrijf-vos.nl
Status: 4.0.0
Remote-MTA: dns; mail.schildersbedrijf-vos.nl
Diagnostic-Code: smtp; 451 4.3.0 Temporary lookup failure
Will-Retry-Until: Fri, 04 Dec 2026 16:14:02 +0100

--1764688811-eximdsn-846930886
Content-type: text/rfc822-headers

@@HDRS@@

--1764688811-eximdsn-846930886--
''')

# 024 Combell, Dutch, mailbox disabled; Final-Recipient in DSN, returned message base64
add(24, 'failed', 'kristof.wouters@wouters-dakwerken.be', '<dm-0889-a2c5e7f0b3.20261202T133044@peeters-sanitair.be>', 'bounce',
    'Combell (Postfix)', 'nl', 'Combell Dutch text; returned message is a base64 message/rfc822 part; 5.2.1 account uitgeschakeld',
    orig=dict(biz='peeters', to='kristof.wouters@wouters-dakwerken.be', toname='Kristof Wouters', inv='F2026-0339',
              mid='<dm-0889-a2c5e7f0b3.20261202T133044@peeters-sanitair.be>',
              date='Wed, 02 Dec 2026 13:30:44 +0100', dm='boekhouding+dm-0889-a2c5e7f0b3@peeters-sanitair.be'),
    raw='''
Return-Path: <>
Received: by mailout-1.combell.net (Postfix)
	id 4Qz5yD3mFxz9sV; Wed,  2 Dec 2026 13:30:49 +0100 (CET)
Date: Wed,  2 Dec 2026 13:30:49 +0100 (CET)
From: Combell Mail <MAILER-DAEMON@combell.net>
Subject: =?utf-8?q?Niet_afgeleverd=3A_Herinnering=3A_factuur_F2026-0339?=
To: boekhouding+dm-0889-a2c5e7f0b3@peeters-sanitair.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="combell-4Qz5yD3mFxz9sV"
Message-Id: <4Qz5yD3mFxz9sV@mailout-1.combell.net>

--combell-4Qz5yD3mFxz9sV
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dit is het mailsysteem van Combell.

Uw bericht kon niet afgeleverd worden aan de volgende ontvanger(s):

<kristof.wouters@wouters-dakwerken.be>: de server van de ontvanger
    antwoordde: 550 5.2.1 Account uitgeschakeld / account disabled

Dit is een definitieve fout.

--combell-4Qz5yD3mFxz9sV
Content-Type: message/delivery-status

Reporting-MTA: dns; mailout-1.combell.net
Arrival-Date: Wed,  2 Dec 2026 13:30:45 +0100 (CET)

Final-Recipient: rfc822; kristof.wouters@wouters-dakwerken.be
Action: failed
Status: 5.2.1
Remote-MTA: dns; mx.wouters-dakwerken.be
Diagnostic-Code: smtp; 550 5.2.1 Account uitgeschakeld / account disabled

--combell-4Qz5yD3mFxz9sV
Content-Type: message/rfc822
Content-Transfer-Encoding: base64

@@B64@@

--combell-4Qz5yD3mFxz9sV--
''')

# 025 Hornetsecurity spam report digest to the business
add(25, 'none', None, None, 'auto_reply', 'Hornetsecurity Spam-Report', 'de',
    'quarantine digest to the business listing blocked mails; words "abgewiesen", "Zustellung"; no report of our reminder',
    raw='''
Return-Path: <noreply@hornetsecurity.com>
Received: from mx-relay50-hz1.antispameurope.com (mx-relay50-hz1.antispameurope.com [94.100.128.50])
	by mx.schreinerei-hofmann.de (Postfix) with ESMTPS id 4Qz6A0b1c2z5rR
	for <buchhaltung@schreinerei-hofmann.de>; Thu,  3 Dec 2026 07:00:12 +0100 (CET)
From: Hornetsecurity Spam-Report <noreply@hornetsecurity.com>
To: buchhaltung@schreinerei-hofmann.de
Subject: Spam-Report für buchhaltung@schreinerei-hofmann.de (3 E-Mails)
Date: Thu, 03 Dec 2026 07:00:11 +0100
Message-ID: <spamreport.3b1e9d.20261203070011@hornetsecurity.com>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Spam-Report für buchhaltung@schreinerei-hofmann.de
Zeitraum: 02.12.2026 07:00 - 03.12.2026 07:00

Die folgenden E-Mails wurden als Spam eingestuft und nicht zugestellt.
Sie befinden sich in der Quarantäne und können innerhalb von 10 Tagen
über das Control Panel freigegeben werden.

Datum             Absender                          Betreff
02.12.2026 09:14  info@paket-zustellung-de.top      Ihre Sendung konnte nicht zugestellt werden
02.12.2026 15:41  noreply@rechnungsportal24.biz     Mahnung: offene Rechnung 4471
03.12.2026 03:02  mailer-daemon@vps8812.example.ru  Undelivered Mail Returned to Sender

Freigabe: https://cp.hornetsecurity.com/quarantine?u=buchhaltung%40schreinerei-hofmann.de

Diese Nachricht wurde automatisch erstellt.
''')

# 026 Hornetsecurity rejects the reminder as spam, German NDR from Hornet's relay
add(26, 'failed', 'rechnungseingang@stadtwerke-example.de', '<dm-2254-1d9c0a7f3e.20261202T140011@schreinerei-hofmann.de>', 'bounce',
    'STRATO (… Hornetsecurity remote text)', 'de',
    'the debtor\'s Hornetsecurity filter refuses the reminder as spam; German STRATO text quotes the English reply; address is valid',
    orig=dict(biz='hofmann', to='rechnungseingang@stadtwerke-example.de', inv='RE-2026-110',
              mid='<dm-2254-1d9c0a7f3e.20261202T140011@schreinerei-hofmann.de>',
              date='Wed, 02 Dec 2026 14:00:11 +0100', dm='buchhaltung+dm-2254-1d9c0a7f3e@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: by smtp.strato.de (RZmta 51.2.3) id a0b1c2AB2Dc0Z9X; Wed, 2 Dec 2026 14:00:19 +0100 (CET)
Date: Wed, 2 Dec 2026 14:00:19 +0100 (CET)
From: MAILER-DAEMON@strato.de (Mail Delivery System)
To: buchhaltung+dm-2254-1d9c0a7f3e@schreinerei-hofmann.de
Subject: Unzustellbar: Zahlungserinnerung: Rechnung RE-2026-110
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="E0F1A2B3C4.1764680419/smtp.strato.de"
Message-Id: <20261202130019.E0F1A2B3C4@smtp.strato.de>

This is a MIME-encapsulated message.

--E0F1A2B3C4.1764680419/smtp.strato.de
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist eine automatisch erzeugte Nachricht des STRATO Mailsystems.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Dies ist ein permanenter Fehler.

This is an automatically generated message from the STRATO mail system.
Your message could not be delivered to one or more recipients.
This is a permanent error.

<rechnungseingang@stadtwerke-example.de>: host
    mx-gate10-hz2.hornetsecurity.com[94.100.132.10] said: 554 5.7.1 Message
    rejected due to spam classification (Hornetsecurity Spam-Score 98, Ref
    3b1e9d) (in reply to end of DATA command)

--E0F1A2B3C4.1764680419/smtp.strato.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.strato.de
Arrival-Date: Wed, 2 Dec 2026 14:00:12 +0100 (CET)

Final-Recipient: rfc822; rechnungseingang@stadtwerke-example.de
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx-gate10-hz2.hornetsecurity.com
Diagnostic-Code: smtp; 554 5.7.1 Message rejected due to spam classification
    (Hornetsecurity Spam-Score 98, Ref 3b1e9d)

--E0F1A2B3C4.1764680419/smtp.strato.de
Content-Description: Undelivered Message
Content-Type: message/rfc822

@@ORIG@@

--E0F1A2B3C4.1764680419/smtp.strato.de--
''')

# 027 Zoho Mail (the business's mailbox is on Zoho), invalid address
add(27, 'failed', 'accounts@brightwell-dental.co.uk', '<dm-0447-5b0e2c9a71.20261202T143318@lynxontwerp.nl>', 'bounce',
    'Zoho Mail', 'en', 'Zoho NDR: HTML+text, no DSN part, original attached as .eml file (message/rfc822 with filename)',
    orig=dict(biz='lynx', to='accounts@brightwell-dental.co.uk', inv='INV-1195',
              mid='<dm-0447-5b0e2c9a71.20261202T143318@lynxontwerp.nl>',
              date='Wed, 02 Dec 2026 14:33:18 +0100', dm='admin+dm-0447-5b0e2c9a71@lynxontwerp.nl'),
    raw='''
Delivered-To: admin+dm-0447-5b0e2c9a71@lynxontwerp.nl
Return-Path: <>
Received: from mx.zoho.eu by mx.zoho.eu
	with SMTP id 1764682403912101.56; Wed, 2 Dec 2026 14:33:23 +0100 (CET)
From: Mail Delivery Subsystem <mailer-daemon@mx.zoho.eu>
To: admin+dm-0447-5b0e2c9a71@lynxontwerp.nl
Subject: Undelivered Mail Returned to Sender
Date: Wed, 2 Dec 2026 14:33:23 +0100 (CET)
Message-Id: <1764682403912101.56.mailerdaemon@mx.zoho.eu>
X-ZohoMail-DKIM: pass
X-Zoho-Virus-Status: 1
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_881204_1530727384.1764682403912"

------=_Part_881204_1530727384.1764682403912
Content-Type: multipart/alternative; boundary="----=_Part_881205_2061181218.1764682403912"

------=_Part_881205_2061181218.1764682403912
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients.
This is a permanent error. The following address(es) failed:

accounts@brightwell-dental.co.uk, ERROR CODE :550 - 5.1.1 <accounts@brightwell-dental.co.uk>: Recipient address rejected: Invalid Address

------=_Part_881205_2061181218.1764682403912
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

<html><body><div style="font-family:Verdana,Arial;font-size:10pt">This message was created automatically by mail delivery software.<br>A message that you sent could not be delivered to one or more of its recipients.<br>This is a permanent error. The following address(es) failed:<br><br><b>accounts@brightwell-dental.co.uk</b>, ERROR CODE :550 - 5.1.1 &lt;accounts@brightwell-dental.co.uk&gt;: Recipient address rejected: Invalid Address</div></body></html>
------=_Part_881205_2061181218.1764682403912--

------=_Part_881204_1530727384.1764682403912
Content-Type: message/rfc822; name="Reminder_ invoice INV-1195.eml"
Content-Disposition: attachment; filename="Reminder_ invoice INV-1195.eml"

@@ORIG@@
------=_Part_881204_1530727384.1764682403912--
''')

# 028 Exim cPanel greylisting delay, subject only "Warning"
add(28, 'delayed', 'finance@harbourside-cafe.co.uk', '<dm-0450-c0d2a9e4b7.20261203T090107@lynxontwerp.nl>', 'bounce',
    'Exim (cPanel)', 'en', 'Exim delay warning after 4 hours, greylisted 451; no X-Failed-Recipients, no DSN part',
    orig=dict(biz='lynx', to='finance@harbourside-cafe.co.uk', inv='INV-1199',
              mid='<dm-0450-c0d2a9e4b7.20261203T090107@lynxontwerp.nl>',
              date='Thu, 03 Dec 2026 09:01:07 +0100', dm='admin+dm-0450-c0d2a9e4b7@lynxontwerp.nl'),
    raw='''
Return-path: <>
Envelope-to: admin+dm-0450-c0d2a9e4b7@lynxontwerp.nl
Delivery-date: Thu, 03 Dec 2026 13:05:44 +0100
Received: from mailnull by server217.web-hosting.com with local (Exim 4.98)
	id 1tHzKO-00GA1q-1s
	for admin+dm-0450-c0d2a9e4b7@lynxontwerp.nl;
	Thu, 03 Dec 2026 13:05:44 +0100
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@server217.web-hosting.com>
To: admin+dm-0450-c0d2a9e4b7@lynxontwerp.nl
Subject: Warning: message 1tHvRf-00F2kk-3D delayed 4 hours
Message-Id: <E1tHzKO-00GA1q-1s@server217.web-hosting.com>
Date: Thu, 03 Dec 2026 13:05:44 +0100

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 4 hours on the queue on server217.web-hosting.com.

The message identifier is:     1tHvRf-00F2kk-3D
The subject of the message is: Reminder: invoice INV-1199
The date of the message is:    Thu, 03 Dec 2026 09:01:07 +0100

The address to which the message has not yet been delivered is:

  finance@harbourside-cafe.co.uk
    host mx1.harbourside-cafe.co.uk [51.89.14.201]
    Delay reason: SMTP error from remote mail server after RCPT TO:<finance@harbourside-cafe.co.uk>:
    451 Greylisted, please try again in 300 seconds

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

------ This is a copy of the message's headers. ------

@@HDRS@@
''')

# 029 Postfix at IONOS-hosted VPS quoting Yandex reply
add(29, 'failed', 'd.volkov-buh@yandex.com', '<dm-2258-7e1a0c3b9d.20261202T150244@schreinerei-hofmann.de>', 'bounce',
    'Postfix (… Yandex remote text)', 'en', 'Yandex says "No such user!" after DATA; Postfix DSN with headers only',
    orig=dict(biz='hofmann', to='d.volkov-buh@yandex.com', inv='RE-2026-112',
              mid='<dm-2258-7e1a0c3b9d.20261202T150244@schreinerei-hofmann.de>',
              date='Wed, 02 Dec 2026 15:02:44 +0100', dm='buchhaltung+dm-2258-7e1a0c3b9d@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: by mail.schreinerei-hofmann.de (Postfix)
	id 9A2C3E1001F; Wed,  2 Dec 2026 15:02:49 +0100 (CET)
Date: Wed,  2 Dec 2026 15:02:49 +0100 (CET)
From: MAILER-DAEMON@mail.schreinerei-hofmann.de (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: buchhaltung+dm-2258-7e1a0c3b9d@schreinerei-hofmann.de
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9A2C3E1001F.1764684169/mail.schreinerei-hofmann.de"
Message-Id: <20261202140249.9A2C3E1001F@mail.schreinerei-hofmann.de>

This is a MIME-encapsulated message.

--9A2C3E1001F.1764684169/mail.schreinerei-hofmann.de
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.schreinerei-hofmann.de.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.volkov-buh@yandex.com>: host mx.yandex.net[77.88.21.249] said: 550 5.7.1
    No such user! (in reply to end of DATA command)

--9A2C3E1001F.1764684169/mail.schreinerei-hofmann.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.schreinerei-hofmann.de
X-Postfix-Queue-ID: 9A2C3E1001F
X-Postfix-Sender: rfc822; buchhaltung+dm-2258-7e1a0c3b9d@schreinerei-hofmann.de
Arrival-Date: Wed,  2 Dec 2026 15:02:45 +0100 (CET)

Final-Recipient: rfc822; d.volkov-buh@yandex.com
Original-Recipient: rfc822;d.volkov-buh@yandex.com
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.yandex.net
Diagnostic-Code: smtp; 550 5.7.1 No such user!

--9A2C3E1001F.1764684169/mail.schreinerei-hofmann.de
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

@@HDRS@@

--9A2C3E1001F.1764684169/mail.schreinerei-hofmann.de--
''')

# 030 Sophos Central quarantine notice to the business
add(30, 'none', None, None, 'auto_reply', 'Sophos Central Email quarantine notice', 'en',
    'gateway "message held for review" notice to the business about an inbound mail; "not delivered" wording; mentions a Mail Delivery Subsystem sender',
    raw='''
Return-Path: <do-not-reply@email-notifications.sophos.com>
Received: from relay-eu-central-1.prod.hydra.sophos.com (relay-eu-central-1.prod.hydra.sophos.com [18.197.221.10])
	by mx.lynxontwerp.nl (Postfix) with ESMTPS id 4R00b1c2d3z7Lp
	for <admin@lynxontwerp.nl>; Thu,  3 Dec 2026 10:12:40 +0100 (CET)
From: Sophos Email <do-not-reply@email-notifications.sophos.com>
To: admin@lynxontwerp.nl
Subject: Message held for review: "Re: Reminder: invoice INV-1187"
Date: Thu, 03 Dec 2026 09:12:39 +0000
Message-ID: <0102018d2f1e.held.4e9a@email-notifications.sophos.com>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

A message addressed to you has been held for review and has not been
delivered to your mailbox.

  From:     "Hansen Tandlaege" <regnskab@hansen-tandlaege.com>
  Subject:  Re: Reminder: invoice INV-1187
  Received: 3 Dec 2026 09:12 UTC
  Reason:   Attachment type blocked by policy (.htm)

You can release this message from the Sophos Central Self Service portal:
https://central.sophos.com/manage/self-service/quarantine

This is an automated message. Please do not reply.
''')

# 031 Mail.ru account disabled, quoted by the Versatel relay
add(31, 'failed', 'schmidt.anlagenbau@mail.ru', '<dm-2262-3f0b8c1e4a.20261202T153010@schreinerei-hofmann.de>', 'bounce',
    'Postfix (1&1 Versatel relay) (… Mail.ru remote text)', 'en', 'Mail.ru "account is disabled" at RCPT; relay DSN with message/rfc822',
    orig=dict(biz='hofmann', to='schmidt.anlagenbau@mail.ru', inv='RE-2026-113',
              mid='<dm-2262-3f0b8c1e4a.20261202T153010@schreinerei-hofmann.de>',
              date='Wed, 02 Dec 2026 15:30:10 +0100', dm='buchhaltung+dm-2262-3f0b8c1e4a@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: by smtprelay.versatel.de (Postfix)
	id 4R0C1x2yZnz3kM; Wed,  2 Dec 2026 15:30:17 +0100 (CET)
Date: Wed,  2 Dec 2026 15:30:17 +0100 (CET)
From: MAILER-DAEMON@smtprelay.versatel.de (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: buchhaltung+dm-2262-3f0b8c1e4a@schreinerei-hofmann.de
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4R0C1x2yZnz3kM.1764685817/smtprelay.versatel.de"
Message-Id: <4R0C1x2yZnz3kM@smtprelay.versatel.de>

This is a MIME-encapsulated message.

--4R0C1x2yZnz3kM.1764685817/smtprelay.versatel.de
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtprelay.versatel.de.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<schmidt.anlagenbau@mail.ru>: host mxs.mail.ru[94.100.180.31] said: 550
    Message was not accepted -- invalid mailbox.  Local mailbox
    schmidt.anlagenbau@mail.ru is unavailable: account is disabled (in reply
    to RCPT TO command)

--4R0C1x2yZnz3kM.1764685817/smtprelay.versatel.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtprelay.versatel.de
X-Postfix-Queue-ID: 4R0C1x2yZnz3kM
X-Postfix-Sender: rfc822; buchhaltung+dm-2262-3f0b8c1e4a@schreinerei-hofmann.de
Arrival-Date: Wed,  2 Dec 2026 15:30:11 +0100 (CET)

Final-Recipient: rfc822; schmidt.anlagenbau@mail.ru
Original-Recipient: rfc822;schmidt.anlagenbau@mail.ru
Action: failed
Status: 5.0.0
Remote-MTA: dns; mxs.mail.ru
Diagnostic-Code: smtp; 550 Message was not accepted -- invalid mailbox.  Local
    mailbox schmidt.anlagenbau@mail.ru is unavailable: account is disabled

--4R0C1x2yZnz3kM.1764685817/smtprelay.versatel.de
Content-Description: Undelivered Message
Content-Type: message/rfc822

@@ORIG@@

--4R0C1x2yZnz3kM.1764685817/smtprelay.versatel.de--
''')

# 032 SmarterMail expired
add(32, 'expired', 'office@reisebuero-lechner.at', '<dm-0512-9c3a1e7f0b.20261128T101520@zimmerei-gruber.at>', 'bounce',
    'SmarterMail', 'en', 'SmarterMail "Delivery failed" headline but the reason is the 4-day queue lifetime; no DSN; original headers pasted',
    orig=dict(biz='gruber', to='office@reisebuero-lechner.at', inv='ZG-2026/318',
              mid='<dm-0512-9c3a1e7f0b.20261128T101520@zimmerei-gruber.at>',
              date='Sat, 28 Nov 2026 10:15:20 +0100', dm='office+dm-0512-9c3a1e7f0b@zimmerei-gruber.at'),
    crlf=True, raw='''
Return-Path: <>
Received: from mail.zimmerei-gruber.at by mail.zimmerei-gruber.at (SmarterMail) with SMTP id 202612021016320158
	for <office+dm-0512-9c3a1e7f0b@zimmerei-gruber.at>; Wed, 2 Dec 2026 10:16:32 +0100
From: "Mail Delivery System" <postmaster@zimmerei-gruber.at>
To: office+dm-0512-9c3a1e7f0b@zimmerei-gruber.at
Subject: Undeliverable: Zahlungserinnerung: Rechnung ZG-2026/318
Date: Wed, 2 Dec 2026 10:16:32 +0100
Message-ID: <NDR.202612021016320158@mail.zimmerei-gruber.at>
X-SmarterMail-Spam: SPF_None
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Delivery failed for the following recipient(s):

office@reisebuero-lechner.at

Reason: The message could not be delivered within the configured retry
period (4 days). The remote server could not be contacted.

Last attempt: 02.12.2026 10:16:31
Last response: 421 4.4.2 mail.reisebuero-lechner.at: Connection timed out

Original message headers:

@@HDRS@@
''')

# 033 Axigen, unknown user with DSN, recipient in mixed case in Final-Recipient
add(33, 'failed', 'e.hofer@hofer-tischlerei.at', '<dm-0515-2e7d0a9c3f.20261202T100944@zimmerei-gruber.at>', 'bounce',
    'Axigen', 'en', 'Axigen DSN; human part short; Final-Recipient rfc822 with upper case; Original-Envelope-Id is the +dm envelope',
    orig=dict(biz='gruber', to='e.hofer@hofer-tischlerei.at', toname='Elisabeth Hofer', inv='ZG-2026/322',
              mid='<dm-0515-2e7d0a9c3f.20261202T100944@zimmerei-gruber.at>',
              date='Wed, 02 Dec 2026 10:09:44 +0100', dm='office+dm-0515-2e7d0a9c3f@zimmerei-gruber.at'),
    raw='''
Return-Path: <>
Received: from mail.hofer-tischlerei.at ([91.118.64.30]) by mx.zimmerei-gruber.at; Wed, 2 Dec 2026 10:09:51 +0100
From: MAILER-DAEMON@hofer-tischlerei.at
To: office+dm-0515-2e7d0a9c3f@zimmerei-gruber.at
Subject: Delivery Status Notification (Failure)
Date: Wed, 2 Dec 2026 10:09:50 +0100
Message-ID: <AXIGEN-DSN-3a9f1c22-1764666590@mail.hofer-tischlerei.at>
X-Mailer: Axigen Mail Server 10.5.18
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=Axigen-DSN-Boundary-3a9f1c22"

--=Axigen-DSN-Boundary-3a9f1c22
Content-Type: text/plain; charset=us-ascii

The following message could not be delivered to some or all of its recipients.

Recipient: E.Hofer@hofer-tischlerei.at
Reason: 5.1.1 User unknown in local domain

--=Axigen-DSN-Boundary-3a9f1c22
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.hofer-tischlerei.at
Original-Envelope-Id: office+dm-0515-2e7d0a9c3f@zimmerei-gruber.at
Arrival-Date: Wed, 2 Dec 2026 10:09:49 +0100

Final-Recipient: rfc822; E.Hofer@hofer-tischlerei.at
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown in local domain

--=Axigen-DSN-Boundary-3a9f1c22
Content-Type: message/rfc822

@@ORIG@@

--=Axigen-DSN-Boundary-3a9f1c22--
''')

# 034 challenge-response (German)
add(34, 'none', None, None, 'auto_reply', 'challenge-response (Spamschutz)', 'de',
    'asks the sender to confirm by clicking; says the message "wurde zurückgehalten" and "nicht zugestellt" until confirmed',
    raw='''
Return-Path: <bestaetigung@mailschutz-example.de>
Received: from out.mailschutz-example.de (out.mailschutz-example.de [5.9.44.120])
	by mx.schreinerei-hofmann.de (Postfix) with ESMTPS id 4R0D5r9LkTz4xN
	for <buchhaltung+dm-2265-6a2d9f0c1b@schreinerei-hofmann.de>; Wed,  2 Dec 2026 16:01:22 +0100 (CET)
From: Spamschutz fuer info@weinhandel-koch.de <bestaetigung@mailschutz-example.de>
To: buchhaltung+dm-2265-6a2d9f0c1b@schreinerei-hofmann.de
Subject: Bitte bestaetigen: Zahlungserinnerung: Rechnung RE-2026-115
Date: Wed, 02 Dec 2026 16:01:21 +0100
Message-ID: <challenge.8f1e2d3c.1764687681@mailschutz-example.de>
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

Ihre Nachricht an info@weinhandel-koch.de wurde vom Spamschutz
zurückgehalten und noch nicht zugestellt, weil Ihre Adresse dem
Empfänger noch nicht bekannt ist.

Bitte bestätigen Sie einmalig, dass Sie kein Roboter sind:

  https://mailschutz-example.de/c/8f1e2d3c

Nach der Bestätigung wird Ihre Nachricht sofort zugestellt. Ohne
Bestätigung wird sie nach 7 Tagen gelöscht.

Betreff: Zahlungserinnerung: Rechnung RE-2026-115
''')

# 035 IceWarp, delivery-status as text/plain attachment
add(35, 'failed', 'verkoop@vloeren-smit.nl', '<dm-1331-8b4f0e2a6c.20261202T105533@despaak.nl>', 'bounce',
    'IceWarp', 'en', 'IceWarp report: DSN fields in a text/plain part named "Delivery report", not message/delivery-status; original as text/plain attachment',
    orig=dict(biz='spaak', to='verkoop@vloeren-smit.nl', inv='2026-0441',
              mid='<dm-1331-8b4f0e2a6c.20261202T105533@despaak.nl>',
              date='Wed, 02 Dec 2026 10:55:33 +0100', dm='administratie+dm-1331-8b4f0e2a6c@despaak.nl'),
    raw='''
Return-Path: <>
Received: from mail.vloeren-smit.nl ([213.125.40.77])
	by mx.despaak.nl (Postfix) with ESMTPS id 4R0E7y1QqBz1Ys
	for <administratie+dm-1331-8b4f0e2a6c@despaak.nl>; Wed,  2 Dec 2026 10:55:40 +0100 (CET)
From: "Mail Delivery System" <postmaster@vloeren-smit.nl>
To: administratie+dm-1331-8b4f0e2a6c@despaak.nl
Subject: Undeliverable: Herinnering: factuur 2026-0441
Date: Wed, 02 Dec 2026 10:55:39 +0100
Message-ID: <icewarp.ndr.20261202105539.0045@vloeren-smit.nl>
X-Mailer: IceWarp Mailer 13.0.3.10 x64
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_===4117221====mail.vloeren-smit.nl===_"

--_===4117221====mail.vloeren-smit.nl===_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Delivery has failed to these recipients or distribution lists:

verkoop@vloeren-smit.nl
    Mailbox is disabled or blocked by administrator

--_===4117221====mail.vloeren-smit.nl===_
Content-Type: text/plain; name="details.txt"
Content-Description: Delivery report
Content-Disposition: inline; filename="details.txt"

Reporting-MTA: dns; mail.vloeren-smit.nl
Arrival-Date: Wed, 02 Dec 2026 10:55:38 +0100

Final-Recipient: rfc822; verkoop@vloeren-smit.nl
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox is disabled or blocked by administrator

--_===4117221====mail.vloeren-smit.nl===_
Content-Type: text/plain; name="original.txt"
Content-Disposition: attachment; filename="original.txt"
Content-Transfer-Encoding: 8bit

@@ORIG@@

--_===4117221====mail.vloeren-smit.nl===_--
''')

# 036 hMailServer, no original returned
add(36, 'failed', 'info@camping-de-eikels.nl', None, 'bounce',
    'hMailServer', 'en', 'hMailServer text only: nothing of the original but its subject and send time, so message_id is null',
    raw='''
Return-Path: <>
Received: from mail.despaak.nl (127.0.0.1) by mail.despaak.nl ; Wed, 2 Dec 2026 11:20:14 +0100
Message-ID: <9A3E1C2D-0B4F-4A11-8E2C-7D1F0B9A3C55@mail.despaak.nl>
From: mailer-daemon@despaak.nl
To: administratie+dm-1335-1e0c7b9f2d@despaak.nl
Subject: Message undeliverable: Herinnering: factuur 2026-0443
Date: Wed, 2 Dec 2026 11:20:14 +0100
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Your message did not reach some or all of the intended recipients.

   Sent: Wed, 2 Dec 2026 11:20:09 +0100
   Subject: Herinnering: factuur 2026-0443

The following recipient(s) could not be reached:

info@camping-de-eikels.nl
   Error Type: SMTP
   Remote server (91.184.0.112) issued an error.
   hMailServer sent: RCPT TO:<info@camping-de-eikels.nl>
   Remote server replied: 550 5.1.1 <info@camping-de-eikels.nl>: Recipient address rejected: User unknown in virtual mailbox table

hMailServer
''')

# 037 Vodafone/Arcor German delay
add(37, 'delayed', 'buchhaltung@baeckerei-lindner.de', '<dm-2268-0b3e9a7c1d.20261203T081502@schreinerei-hofmann.de>', 'bounce',
    'Vodafone (Arcor) relay', 'de', 'German delay report "Zustellung verzögert"; text/plain only, no DSN; "wird weiterhin versucht"',
    orig=dict(biz='hofmann', to='buchhaltung@baeckerei-lindner.de', inv='RE-2026-117',
              mid='<dm-2268-0b3e9a7c1d.20261203T081502@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 08:15:02 +0100', dm='buchhaltung+dm-2268-0b3e9a7c1d@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: from mail-relay.vodafonemail.de (mail-relay.vodafonemail.de [145.253.228.10])
	by mx.schreinerei-hofmann.de (Postfix) with ESMTPS id 4R1Xa2b3c4z5Qp
	for <buchhaltung+dm-2268-0b3e9a7c1d@schreinerei-hofmann.de>; Thu,  3 Dec 2026 12:15:40 +0100 (CET)
Date: Thu, 3 Dec 2026 12:15:39 +0100
From: Vodafone Mail Delivery <MAILER-DAEMON@vodafonemail.de>
To: buchhaltung+dm-2268-0b3e9a7c1d@schreinerei-hofmann.de
Subject: Zustellung verzoegert: Zahlungserinnerung: Rechnung RE-2026-117
Message-ID: <delay.4R1Xa2b3c4.1764760539@vodafonemail.de>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="vf-delay-4R1Xa2b3c4"

--vf-delay-4R1Xa2b3c4
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Nachricht konnte seit 4 Stunden nicht an folgenden Empfänger
zugestellt werden:

  buchhaltung@baeckerei-lindner.de

Grund: 421 4.7.0 Try again later, closing connection.

Dies ist nur eine Warnung. Sie müssen die Nachricht nicht erneut
senden. Die Zustellung wird bis zu 5 Tage lang weiterhin versucht.

Ihr Vodafone Mail-Team

--vf-delay-4R1Xa2b3c4
Content-Type: text/rfc822-headers

@@HDRS@@

--vf-delay-4R1Xa2b3c4--
''')
