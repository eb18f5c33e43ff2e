M = []
def add(n, delivery, recipient, message_id, kind, mta, lang, note, raw, orig=None, crlf=False):
    M.append(dict(n=n, delivery=delivery, recipient=recipient, message_id=message_id, kind=kind, mta=mta,
                  lang=lang, note=note, raw=raw, orig=orig, crlf=crlf))

# 001 STRATO, unknown user, DSN
add(1, 'failed', 'info@moebel-kraemer.de', '<dm-2211-a81c0e4f97.20261130T081502@schreinerei-hofmann.de>', 'bounce',
    'STRATO (Postfix)', 'de', 'STRATO relay; German+English intro; Original-Recipient rfc822 with upper case',
    orig=dict(biz='hofmann', to='info@moebel-kraemer.de', toname='Möbel Krämer', inv='RE-2026-88',
              mid='<dm-2211-a81c0e4f97.20261130T081502@schreinerei-hofmann.de>',
              date='Mon, 30 Nov 2026 08:15:02 +0100', dm='buchhaltung+dm-2211-a81c0e4f97@schreinerei-hofmann.de'),
    crlf=True, raw='''
Return-Path: <>
Received: from mo6-p00-ob.smtp.rzone.de ([81.169.146.218])
	by smtp.strato.de (RZmta 51.2.3)
	id z2b4a1AB0GF5c1R for <buchhaltung+dm-2211-a81c0e4f97@schreinerei-hofmann.de>;
	Mon, 30 Nov 2026 08:15:09 +0100 (CET)
Date: Mon, 30 Nov 2026 08:15:09 +0100 (CET)
From: MAILER-DAEMON@strato.de (Mail Delivery System)
To: buchhaltung+dm-2211-a81c0e4f97@schreinerei-hofmann.de
Subject: Unzustellbar: Zahlungserinnerung: Rechnung RE-2026-88
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="B9A2C1C0E1.1764486909/smtp.strato.de"
Message-Id: <20261130071509.B9A2C1C0E1@smtp.strato.de>
X-RZG-CLASS-ID: mo00

This is a MIME-encapsulated message.

--B9A2C1C0E1.1764486909/smtp.strato.de
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist eine automatisch erzeugte Nachricht des STRATO Mailsystems.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Dies ist ein permanenter Fehler.

This is an automatically generated message from the STRATO mail system.
Your message could not be delivered to one or more recipients.
This is a permanent error.

<Info@Moebel-Kraemer.de>: host mx01.moebel-kraemer.de[212.227.15.41] said:
    550 5.1.1 <Info@Moebel-Kraemer.de>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--B9A2C1C0E1.1764486909/smtp.strato.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.strato.de
X-RZG-Queue-ID: B9A2C1C0E1
Arrival-Date: Mon, 30 Nov 2026 08:15:03 +0100 (CET)

Final-Recipient: rfc822; Info@Moebel-Kraemer.de
Original-Recipient: rfc822;Info@Moebel-Kraemer.de
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx01.moebel-kraemer.de
Diagnostic-Code: smtp; 550 5.1.1 <Info@Moebel-Kraemer.de>: Recipient address
    rejected: User unknown in virtual mailbox table

--B9A2C1C0E1.1764486909/smtp.strato.de
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

@@ORIG@@

--B9A2C1C0E1.1764486909/smtp.strato.de--
''')

# 002 IONOS (Exim-style text from kundenserver), recipient only in text + X-Failed? no: plain text only
add(2, 'failed', 'verwaltung@hausverwaltung-brandt.de', '<dm-2214-0c3e9d71b2.20261130T081744@schreinerei-hofmann.de>', 'bounce',
    'IONOS (mout.kundenserver.de)', 'en', 'IONOS plain-text single part; original pasted inline after a separator; no DSN',
    orig=dict(biz='hofmann', to='verwaltung@hausverwaltung-brandt.de', inv='RE-2026-91',
              mid='<dm-2214-0c3e9d71b2.20261130T081744@schreinerei-hofmann.de>',
              date='Mon, 30 Nov 2026 08:17:44 +0100', dm='buchhaltung+dm-2214-0c3e9d71b2@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: from mout.kundenserver.de ([212.227.126.130]) by mx.kundenserver.de
 (mxeueus001 [212.227.15.41]) with ESMTPS (Nemesis) id 1MfYQJ-1vZx0A3Xsn-00gTtx
 for <buchhaltung+dm-2214-0c3e9d71b2@schreinerei-hofmann.de>; Mon, 30 Nov 2026 08:17:51 +0100
Date: Mon, 30 Nov 2026 08:17:51 +0100
From: Mail Delivery System <mailer-daemon@kundenserver.de>
To: buchhaltung+dm-2214-0c3e9d71b2@schreinerei-hofmann.de
Subject: Mail delivery failed: returning message to sender
Message-Id: <1MfYQJ-1vZx0A3Xsn-00gTtx@mout.kundenserver.de>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0
X-UI-Out-Filterresults: notjunk:1;

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address(es)
failed:

  verwaltung@hausverwaltung-brandt.de:
    SMTP error from remote server for RCPT TO command, host: mx00.emig.gmx.net (212.227.15.9) reason: 550 Requested action not taken: mailbox unavailable

--- The header of the original message is following. ---

@@HDRS@@
''')

# 003 out-of-office quoting the reminder in full
add(3, 'none', None, None, 'auto_reply', 'Outlook (Microsoft 365) out-of-office', 'de',
    'Abwesenheitsnotiz that quotes the whole reminder below an Ursprüngliche-Nachricht block; In-Reply-To names the reminder',
    orig=dict(biz='hofmann', to='m.berger@berger-elektro.at', toname='Martina Berger', inv='RE-2026-93',
              mid='<dm-2219-71f0a2cc54.20261130T082230@schreinerei-hofmann.de>',
              date='Mon, 30 Nov 2026 08:22:30 +0100', dm='buchhaltung+dm-2219-71f0a2cc54@schreinerei-hofmann.de'),
    raw='''
Return-Path: <m.berger@berger-elektro.at>
Received: from AM9P190MB1234.EURP190.PROD.OUTLOOK.COM (2603:10a6:20b:3a1::12)
 by AS8P190MB0987.EURP190.PROD.OUTLOOK.COM with HTTPS; Mon, 30 Nov 2026 07:22:41 +0000
From: Martina Berger <m.berger@berger-elektro.at>
To: Schreinerei Hofmann <buchhaltung@schreinerei-hofmann.de>
Subject: Automatische Antwort: Zahlungserinnerung: Rechnung RE-2026-93
Thread-Topic: Zahlungserinnerung: Rechnung RE-2026-93
Date: Mon, 30 Nov 2026 07:22:41 +0000
Message-ID: <AM9P190MB1234E1A0B2C3D4E5F6A7B8C9D0E1A@AM9P190MB1234.EURP190.PROD.OUTLOOK.COM>
In-Reply-To: <dm-2219-71f0a2cc54.20261130T082230@schreinerei-hofmann.de>
References: <dm-2219-71f0a2cc54.20261130T082230@schreinerei-hofmann.de>
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: m.berger@berger-elektro.at
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
Content-Language: de-AT
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14.12.2026 nicht im Büro und habe keinen Zugriff
auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden
Fällen wenden Sie sich bitte an office@berger-elektro.at.

Mit freundlichen Grüßen
Martina Berger
Berger Elektrotechnik GmbH, Villach

-----Ursprüngliche Nachricht-----
Von: Schreinerei Hofmann <buchhaltung@schreinerei-hofmann.de>
Gesendet: Montag, 30. November 2026 08:22
An: Martina Berger <m.berger@berger-elektro.at>
Betreff: Zahlungserinnerung: Rechnung RE-2026-93

@@BODY@@
''')

# 004 TransIP Postfix, Dutch debtor, user left
add(4, 'failed', 'p.jansen@bouwbedrijf-jansen.nl', '<dm-1301-5d2e7f8a90.20261201T093011@despaak.nl>', 'bounce',
    'Postfix (TransIP relay)', 'en', 'standard Postfix DSN; remote says mailbox disabled because employee left (Dutch remote text)',
    orig=dict(biz='spaak', to='p.jansen@bouwbedrijf-jansen.nl', toname='P. Jansen', inv='2026-0412',
              mid='<dm-1301-5d2e7f8a90.20261201T093011@despaak.nl>',
              date='Tue, 01 Dec 2026 09:30:11 +0100', dm='administratie+dm-1301-5d2e7f8a90@despaak.nl'),
    raw='''
Return-Path: <>
Delivered-To: administratie+dm-1301-5d2e7f8a90@despaak.nl
Received: by relay.transip.nl (Postfix)
	id 4QxY2b0nKHz1Xp; Tue,  1 Dec 2026 09:30:14 +0100 (CET)
Date: Tue,  1 Dec 2026 09:30:14 +0100 (CET)
From: MAILER-DAEMON@relay.transip.nl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: administratie+dm-1301-5d2e7f8a90@despaak.nl
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4QxY2b0nKHz1Xp.1764577814/relay.transip.nl"
Content-Transfer-Encoding: 8bit
Message-Id: <4QxY2b0nKHz1Xp@relay.transip.nl>

This is a MIME-encapsulated message.

--4QxY2b0nKHz1Xp.1764577814/relay.transip.nl
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.transip.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<p.jansen@bouwbedrijf-jansen.nl>: host mx2.bouwbedrijf-jansen.nl[185.10.51.7]
    said: 550 5.2.1 <p.jansen@bouwbedrijf-jansen.nl>: Mailbox disabled - deze
    medewerker is niet meer in dienst (in reply to RCPT TO command)

--4QxY2b0nKHz1Xp.1764577814/relay.transip.nl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.transip.nl
X-Postfix-Queue-ID: 4QxY2b0nKHz1Xp
X-Postfix-Sender: rfc822; administratie+dm-1301-5d2e7f8a90@despaak.nl
Arrival-Date: Tue,  1 Dec 2026 09:30:12 +0100 (CET)

Final-Recipient: rfc822; p.jansen@bouwbedrijf-jansen.nl
Original-Recipient: rfc822;p.jansen@bouwbedrijf-jansen.nl
Action: failed
Status: 5.2.1
Remote-MTA: dns; mx2.bouwbedrijf-jansen.nl
Diagnostic-Code: smtp; 550 5.2.1 <p.jansen@bouwbedrijf-jansen.nl>: Mailbox
    disabled - deze medewerker is niet meer in dienst

--4QxY2b0nKHz1Xp.1764577814/relay.transip.nl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

@@HDRS@@

--4QxY2b0nKHz1Xp.1764577814/relay.transip.nl--
''')

# 005 Hetzner Postfix delay, greylisting
add(5, 'delayed', 'rechnung@kfz-wagner.de', '<dm-2230-9be01d4c6f.20261203T101544@schreinerei-hofmann.de>', 'bounce',
    'Postfix (Hetzner managed server)', 'en', 'Postfix delay warning: greylisting 450 4.7.1, "will keep trying", only headers returned',
    orig=dict(biz='hofmann', to='rechnung@kfz-wagner.de', inv='RE-2026-97',
              mid='<dm-2230-9be01d4c6f.20261203T101544@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 10:15:44 +0100', dm='buchhaltung+dm-2230-9be01d4c6f@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: by mail.your-server.de (Postfix)
	id 7E1A41A80C4; Thu,  3 Dec 2026 14:16:02 +0100 (CET)
Date: Thu,  3 Dec 2026 14:16:02 +0100 (CET)
From: MAILER-DAEMON@mail.your-server.de (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: buchhaltung+dm-2230-9be01d4c6f@schreinerei-hofmann.de
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7E1A41A80C4.1764767762/mail.your-server.de"
Message-Id: <20261203131602.7E1A41A80C4@mail.your-server.de>

This is a MIME-encapsulated message.

--7E1A41A80C4.1764767762/mail.your-server.de
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.your-server.de.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<rechnung@kfz-wagner.de>: host mail.kfz-wagner.de[88.99.12.40] said: 450 4.7.1
    <rechnung@kfz-wagner.de>: Recipient address rejected: Greylisted, see
    http://postgrey.schweikert.ch/help/kfz-wagner.de.html (in reply to RCPT TO
    command)

--7E1A41A80C4.1764767762/mail.your-server.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.your-server.de
X-Postfix-Queue-ID: 7E1A41A80C4
X-Postfix-Sender: rfc822; buchhaltung+dm-2230-9be01d4c6f@schreinerei-hofmann.de
Arrival-Date: Thu,  3 Dec 2026 10:15:45 +0100 (CET)

Final-Recipient: rfc822; rechnung@kfz-wagner.de
Original-Recipient: rfc822;rechnung@kfz-wagner.de
Action: delayed
Status: 4.7.1
Remote-MTA: dns; mail.kfz-wagner.de
Diagnostic-Code: smtp; 450 4.7.1 <rechnung@kfz-wagner.de>: Recipient address
    rejected: Greylisted, see http://postgrey.schweikert.ch/help/kfz-wagner.de.html
Will-Retry-Until: Tue, 8 Dec 2026 10:15:45 +0100 (CET)

--7E1A41A80C4.1764767762/mail.your-server.de
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

@@HDRS@@

--7E1A41A80C4.1764767762/mail.your-server.de--
''')

# 006 Google Workspace custom domain, Address not found (Gmail-style, .be)
add(6, 'failed', 'facturatie@dewitte-interieur.be', '<dm-0871-3e0a61b9c4.20261201T101203@peeters-sanitair.be>', 'bounce',
    'Google Workspace (Gmail, custom domain)', 'nl', 'the business is on Google Workspace with its own domain: Gmail NDR in Dutch from googlemail.com, related+alternative nested inside the report',
    orig=dict(biz='peeters', to='facturatie@dewitte-interieur.be', inv='F2026-0318',
              mid='<dm-0871-3e0a61b9c4.20261201T101203@peeters-sanitair.be>',
              date='Tue, 01 Dec 2026 10:12:03 +0100', dm='boekhouding+dm-0871-3e0a61b9c4@peeters-sanitair.be'),
    raw='''
Return-Path: <>
Received: by 2002:a05:6a10:8e0b:b0:5a1:1c2d:9f0e with SMTP id k11csp2231877pxb;
        Tue, 1 Dec 2026 01:12:09 -0800 (PST)
Date: Tue, 01 Dec 2026 01:12:09 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: boekhouding+dm-0871-3e0a61b9c4@peeters-sanitair.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <dm-0871-3e0a61b9c4.20261201T101203@peeters-sanitair.be>
In-Reply-To: <dm-0871-3e0a61b9c4.20261201T101203@peeters-sanitair.be>
X-Failed-Recipients: facturatie@dewitte-interieur.be
Message-ID: <6745b2d9.a70a0220.1b3c9f.0e41.GMR@mx.google.com>
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000e3c1a40627f1b2a0"; report-type=delivery-status

--000000000000e3c1a40627f1b2a0
Content-Type: multipart/related; boundary="000000000000e3d0ba0627f1b2a9"

--000000000000e3d0ba0627f1b2a9
Content-Type: multipart/alternative; boundary="000000000000e3d0c10627f1b2aa"

--000000000000e3d0c10627f1b2aa
Content-Type: text/plain; charset="UTF-8"


** Adres niet gevonden **

Je bericht is niet bezorgd bij facturatie@dewitte-interieur.be omdat het adres niet is gevonden of geen e-mail kan ontvangen.

Meer informatie: https://support.google.com/mail/?p=NoSuchUser

Het antwoord van de externe server was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7c3e1a9b0f2si1188722a12.211 - gsmtp

--000000000000e3d0c10627f1b2aa
Content-Type: text/html; charset="UTF-8"

<html><head><style>* { font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif; }</style></head><body><table cellpadding="0" cellspacing="0" class="email-wrapper"><tbody><tr><td><h2 style="font-weight:400;font-size:22px">Adres niet gevonden</h2><p>Je bericht is niet bezorgd bij <a style="color:#212121;text-decoration:none"><b>facturatie@dewitte-interieur.be</b></a> omdat het adres niet is gevonden of geen e-mail kan ontvangen.</p></td></tr><tr><td><p>Het antwoord van de externe server was:</p><p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist.</p></td></tr></tbody></table></body></html>

--000000000000e3d0c10627f1b2aa--
--000000000000e3d0ba0627f1b2a9--

--000000000000e3c1a40627f1b2a0
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; boekhouding@peeters-sanitair.be
Arrival-Date: Tue, 01 Dec 2026 01:12:04 -0800 (PST)
X-Original-Message-ID: <dm-0871-3e0a61b9c4.20261201T101203@peeters-sanitair.be>

Final-Recipient: rfc822; facturatie@dewitte-interieur.be
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; The email account that you tried to reach does not exist. Please try
 double-checking the recipient's email address for typos or
 unnecessary spaces. For more information, go to
 https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7c3e1a9b0f2si1188722a12.211 - gsmtp
Last-Attempt-Date: Tue, 01 Dec 2026 01:12:09 -0800 (PST)

--000000000000e3c1a40627f1b2a0
Content-Type: message/rfc822

@@ORIG@@

--000000000000e3c1a40627f1b2a0--
''')

# 007 Exchange 2010 at a local IT firm, display name only in the text; user left
add(7, 'failed', 'h.mulder@mulder-transport.nl', '<dm-1307-e4b1c92a0d.20261201T093512@despaak.nl>', 'bounce',
    'Exchange 2010 (hosted at local IT firm)', 'nl', 'Exchange 2010 Dutch text names only the display name; address is in the DSN and the diagnostic line',
    orig=dict(biz='spaak', to='h.mulder@mulder-transport.nl', toname='Henk Mulder', inv='2026-0419',
              mid='<dm-1307-e4b1c92a0d.20261201T093512@despaak.nl>',
              date='Tue, 01 Dec 2026 09:35:12 +0100', dm='administratie+dm-1307-e4b1c92a0d@despaak.nl'),
    crlf=True, raw='''
Received: from EXCH01.ict-vanleeuwen.local (10.20.1.15) by
 EXCH01.ict-vanleeuwen.local (10.20.1.15) with Microsoft SMTP Server id
 14.3.498.0; Tue, 1 Dec 2026 09:35:20 +0100
From: <postmaster@mulder-transport.nl>
To: <administratie+dm-1307-e4b1c92a0d@despaak.nl>
Date: Tue, 1 Dec 2026 09:35:20 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a3f8b0c2-51de-4c47-9a11-0b6e0f2d7c31"
X-DSNContext: 335a7efd - 4480 - 00000001 - 80040546
Message-ID: <kV1a0B2c3D4e5F6g00000012@EXCH01.ict-vanleeuwen.local>
Subject: Onbestelbaar: Herinnering: factuur 2026-0419
Auto-Submitted: auto-replied

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--a3f8b0c2-51de-4c47-9a11-0b6e0f2d7c31
Content-Type: text/plain; charset=unicode-1-1-utf-7

Kan niet bezorgen bij deze geadresseerden of distributielijsten:

Henk Mulder
Het postvak van de geadresseerde is uitgeschakeld. Microsoft Exchange zal niet opnieuw proberen dit bericht te bezorgen. Neem contact op met de geadresseerde via een andere methode.

Diagnostische informatie voor beheerders:

Genererende server: EXCH01.ict-vanleeuwen.local

h.mulder@mulder-transport.nl
#550 5.2.1 RESOLVER.ADR.RecipNotFound; mailbox disabled ##

Oorspronkelijke berichtkoppen:

Received: from mx.ict-vanleeuwen.nl (10.20.1.2) by EXCH01.ict-vanleeuwen.local
 (10.20.1.15) with Microsoft SMTP Server id 14.3.498.0; Tue, 1 Dec 2026
 09:35:19 +0100
From: Fietsenmakerij De Spaak <administratie@despaak.nl>
To: Henk Mulder <h.mulder@mulder-transport.nl>
Subject: Herinnering: factuur 2026-0419
Date: Tue, 01 Dec 2026 09:35:12 +0100
Message-ID: <dm-1307-e4b1c92a0d.20261201T093512@despaak.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Return-Path: administratie+dm-1307-e4b1c92a0d@despaak.nl

--a3f8b0c2-51de-4c47-9a11-0b6e0f2d7c31
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.ict-vanleeuwen.local
Received-From-MTA: dns;mx.ict-vanleeuwen.nl
Arrival-Date: Tue, 1 Dec 2026 09:35:19 +0100

Final-Recipient: rfc822;h.mulder@mulder-transport.nl
Action: failed
Status: 5.2.1
X-Display-Name: Henk Mulder

--a3f8b0c2-51de-4c47-9a11-0b6e0f2d7c31
Content-Type: text/rfc822-headers

@@HDRS@@

--a3f8b0c2-51de-4c47-9a11-0b6e0f2d7c31--
''')

# 008 hoster quota warning to owner (Mijndomein)
add(8, 'none', None, None, 'auto_reply', 'Mijndomein quota warning', 'nl',
    'quota warning to the business itself, mentions "niet meer afgeleverd" in future tense; From mailer-daemon-like address',
    raw='''
Return-Path: <noreply@mijndomein.nl>
Received: from mail-out.mijndomein.nl (mail-out.mijndomein.nl [185.58.40.12])
	by mx.mijndomein.nl (Postfix) with ESMTP id 5B7E01200A4
	for <administratie@despaak.nl>; Wed,  2 Dec 2026 06:00:03 +0100 (CET)
From: "Mijndomein Mail" <mailer@mijndomein.nl>
To: administratie@despaak.nl
Subject: Waarschuwing: uw mailbox administratie@despaak.nl is 95% vol
Date: Wed, 02 Dec 2026 06:00:02 +0100
Message-ID: <quota-95-administratie-despaak.nl-20261202@mijndomein.nl>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Beste klant,

Uw mailbox administratie@despaak.nl gebruikt 4,75 GB van de beschikbare 5 GB=
 (95%).

Wanneer de mailbox vol is, worden nieuwe berichten niet meer afgeleverd en=
 ontvangen afzenders een foutmelding (onbestelbaar bericht).

Verwijder oude berichten of lege de map Verwijderde items, of breid uw=
 mailbox uit via Mijn Mijndomein.

Met vriendelijke groet,

Mijndomein
Dit is een automatisch verzonden bericht. U kunt hier niet op antwoorden.
''')

# 009 all-inkl, domain not found (NXDOMAIN)
add(9, 'failed', 'buero@tischlerei-vogt.de', '<dm-2236-4f8c0a13e7.20261201T111005@schreinerei-hofmann.de>', 'bounce',
    'Postfix (ALL-INKL.COM)', 'en', 'Postfix: Host or domain name not found (domain expired); no Remote-MTA, no SMTP code',
    orig=dict(biz='hofmann', to='buero@tischlerei-vogt.de', inv='RE-2026-101',
              mid='<dm-2236-4f8c0a13e7.20261201T111005@schreinerei-hofmann.de>',
              date='Tue, 01 Dec 2026 11:10:05 +0100', dm='buchhaltung+dm-2236-4f8c0a13e7@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: by dd41820.kasserver.com (Postfix)
	id 6C1E35A01B2; Tue,  1 Dec 2026 11:10:06 +0100 (CET)
Date: Tue,  1 Dec 2026 11:10:06 +0100 (CET)
From: MAILER-DAEMON@dd41820.kasserver.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: buchhaltung+dm-2236-4f8c0a13e7@schreinerei-hofmann.de
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="6C1E35A01B2.1764583806/dd41820.kasserver.com"
Message-Id: <20261201101006.6C1E35A01B2@dd41820.kasserver.com>

This is a MIME-encapsulated message.

--6C1E35A01B2.1764583806/dd41820.kasserver.com
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host dd41820.kasserver.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<buero@tischlerei-vogt.de>: Host or domain name not found. Name service error
    for name=tischlerei-vogt.de type=MX: Host not found, try again

--6C1E35A01B2.1764583806/dd41820.kasserver.com
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; dd41820.kasserver.com
X-Postfix-Queue-ID: 6C1E35A01B2
X-Postfix-Sender: rfc822; buchhaltung+dm-2236-4f8c0a13e7@schreinerei-hofmann.de
Arrival-Date: Tue,  1 Dec 2026 11:10:05 +0100 (CET)

Final-Recipient: rfc822; buero@tischlerei-vogt.de
Original-Recipient: rfc822;buero@tischlerei-vogt.de
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=tischlerei-vogt.de type=MX: Host not found, try again

--6C1E35A01B2.1764583806/dd41820.kasserver.com
Content-Description: Undelivered Message
Content-Type: message/rfc822

@@ORIG@@

--6C1E35A01B2.1764583806/dd41820.kasserver.com--
''')

# 010 Plesk Postfix, expired after 5 days, Status 4.4.1
add(10, 'expired', 'admin@kapsalon-linda.nl', '<dm-1288-b0e5d3a71c.20261127T140233@despaak.nl>', 'bounce',
    'Postfix (Plesk server)', 'en', 'Postfix gives up after 5 days: Action failed, Status 4.4.1, arrived 27 Nov, returned 2 Dec; the text says only "could not be delivered"',
    orig=dict(biz='spaak', to='admin@kapsalon-linda.nl', inv='2026-0397',
              mid='<dm-1288-b0e5d3a71c.20261127T140233@despaak.nl>',
              date='Fri, 27 Nov 2026 14:02:33 +0100', dm='administratie+dm-1288-b0e5d3a71c@despaak.nl'),
    raw='''
Return-Path: <>
Received: by vps2231.plesk-host.nl (Postfix)
	id 3A0E61E1F8A; Wed,  2 Dec 2026 14:05:41 +0100 (CET)
Date: Wed,  2 Dec 2026 14:05:41 +0100 (CET)
From: MAILER-DAEMON@vps2231.plesk-host.nl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: administratie+dm-1288-b0e5d3a71c@despaak.nl
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3A0E61E1F8A.1764680741/vps2231.plesk-host.nl"
Message-Id: <20261202130541.3A0E61E1F8A@vps2231.plesk-host.nl>

This is a MIME-encapsulated message.

--3A0E61E1F8A.1764680741/vps2231.plesk-host.nl
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host vps2231.plesk-host.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<admin@kapsalon-linda.nl>: connect to mail.kapsalon-linda.nl[94.142.3.18]:25:
    Connection timed out

--3A0E61E1F8A.1764680741/vps2231.plesk-host.nl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; vps2231.plesk-host.nl
X-Postfix-Queue-ID: 3A0E61E1F8A
X-Postfix-Sender: rfc822; administratie+dm-1288-b0e5d3a71c@despaak.nl
Arrival-Date: Fri, 27 Nov 2026 14:02:34 +0100 (CET)

Final-Recipient: rfc822; admin@kapsalon-linda.nl
Original-Recipient: rfc822;admin@kapsalon-linda.nl
Action: failed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.kapsalon-linda.nl[94.142.3.18]:25:
    Connection timed out

--3A0E61E1F8A.1764680741/vps2231.plesk-host.nl
Content-Description: Undelivered Message
Content-Type: message/rfc822

@@ORIG@@

--3A0E61E1F8A.1764680741/vps2231.plesk-host.nl--
''')

# 011 Proximus bilingual nl/fr, no DSN, original inline
add(11, 'failed', 'jan.claes@skynet.be', '<dm-0874-77a2e9c0f1.20261201T102540@peeters-sanitair.be>', 'bounce',
    'Proximus (Skynet) relay', 'nl', 'bilingual NL/FR plain text from the ISP relay; quota marked final ("définitivement"); original attached as message/rfc822',
    orig=dict(biz='peeters', to='jan.claes@skynet.be', toname='Jan Claes', inv='F2026-0321',
              mid='<dm-0874-77a2e9c0f1.20261201T102540@peeters-sanitair.be>',
              date='Tue, 01 Dec 2026 10:25:40 +0100', dm='boekhouding+dm-0874-77a2e9c0f1@peeters-sanitair.be'),
    raw='''
Return-Path: <>
Received: from relay.proximus.be (relay.proximus.be [195.238.20.130])
	by mx.peeters-sanitair.be with ESMTP; Tue, 1 Dec 2026 10:25:49 +0100
Date: Tue, 1 Dec 2026 10:25:48 +0100
From: Mail Delivery System <MAILER-DAEMON@proximus.be>
To: boekhouding+dm-0874-77a2e9c0f1@peeters-sanitair.be
Subject: Onbestelbaar bericht / Message non remis
Message-ID: <ndr.20261201092548.4411@relay.proximus.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_NDR_4411_1764581148"

------=_NDR_4411_1764581148
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

[NL] Uw bericht kon niet worden afgeleverd bij de volgende geadresseerde:

    jan.claes@skynet.be
    Reden: de mailbox van de bestemmeling is vol (552 5.2.2 quota exceeded).
    Het bericht wordt niet opnieuw verzonden.

[FR] Votre message n'a pas pu =EAtre remis au destinataire suivant :

    jan.claes@skynet.be
    Raison : la bo=EEte aux lettres du destinataire est pleine (552 5.2.2 quota=
 exceeded).
    Le message a =E9t=E9 d=E9finitivement refus=E9.

Proximus - Service Mail

------=_NDR_4411_1764581148
Content-Type: message/rfc822
Content-Disposition: attachment

@@ORIG@@

------=_NDR_4411_1764581148--
''')

# 012 one.com Exim, X-Failed-Recipients, no DSN part
add(12, 'failed', 'regnskab@hansen-tandlaege.com', '<dm-0440-c1d7a25e98.20261202T083059@lynxontwerp.nl>', 'bounce',
    'Exim (one.com)', 'en', 'single text/plain part; X-Failed-Recipients header; message too big (552 size) with PDF',
    orig=dict(pdf=True, biz='lynx', to='regnskab@hansen-tandlaege.com', inv='INV-1187',
              mid='<dm-0440-c1d7a25e98.20261202T083059@lynxontwerp.nl>',
              date='Wed, 02 Dec 2026 08:30:59 +0100', dm='admin+dm-0440-c1d7a25e98@lynxontwerp.nl'),
    raw='''
Return-path: <>
Envelope-to: admin+dm-0440-c1d7a25e98@lynxontwerp.nl
Delivery-date: Wed, 02 Dec 2026 08:31:06 +0100
Received: from mail-out1.one.com ([46.30.211.178])
	by mx1.one.com with esmtp (Exim 4.96)
	id 1tHaZ2-0004rT-1l
	for admin+dm-0440-c1d7a25e98@lynxontwerp.nl; Wed, 02 Dec 2026 08:31:06 +0100
X-Failed-Recipients: regnskab@hansen-tandlaege.com
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@one.com>
To: admin+dm-0440-c1d7a25e98@lynxontwerp.nl
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tHaZ2-0004rT-1l@mail-out1.one.com>
Date: Wed, 02 Dec 2026 08:31:06 +0100

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  regnskab@hansen-tandlaege.com
    host mx.hansen-tandlaege.com [80.62.117.4]
    SMTP error from remote mail server after end of data:
    552 5.3.4 Message size exceeds fixed maximum message size (10485760 bytes)

------ This is a copy of the message, including all the headers. ------
------ The body of the message is 14386702 characters long; only the first
------ 106496 or so are included here.

@@ORIG@@

''')

# 013 autoresponder "wij hebben uw mail ontvangen"
add(13, 'none', None, None, 'auto_reply', 'autoresponder (Hostnet webmail)', 'nl',
    'receipt autoresponder from the debtor\'s administratie: "ontvangen", "verwerkt", factuurnummer in subject',
    raw='''
Return-Path: <administratie@drukkerij-boersma.nl>
Received: from smtp.hostnet.nl (smtp.hostnet.nl [80.113.19.26])
	by mx.despaak.nl (Postfix) with ESMTPS id 4QyB1c2sKjz1Yq
	for <administratie+dm-1312-0a9f3b7c2e@despaak.nl>; Tue,  1 Dec 2026 09:41:03 +0100 (CET)
Date: Tue, 1 Dec 2026 09:41:02 +0100
From: Drukkerij Boersma - Administratie <administratie@drukkerij-boersma.nl>
To: administratie+dm-1312-0a9f3b7c2e@despaak.nl
Subject: Automatisch antwoord: Herinnering: factuur 2026-0422
Message-ID: <autoreply.1764578462.29117@drukkerij-boersma.nl>
In-Reply-To: <dm-1312-0a9f3b7c2e.20261201T094059@despaak.nl>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste afzender,

Wij hebben uw e-mail in goede orde ontvangen. Facturen en
betalingsherinneringen worden op dinsdag en donderdag verwerkt.

Let op: facturen die niet als PDF zijn aangeleverd kunnen wij niet in
behandeling nemen.

Met vriendelijke groet,
Drukkerij Boersma B.V.
Afdeling Administratie
''')

# 014 Orange (France), French text, Sendmail-like, DSN
add(14, 'failed', 'compta.lefevre-menuiserie@wanadoo.fr', '<dm-0880-19e4c7b2a3.20261201T110317@peeters-sanitair.be>', 'bounce',
    'Orange / Wanadoo (France)', 'fr', 'French Orange text; mailbox closed ("boîte aux lettres supprimée"), DSN present, original headers only',
    orig=dict(biz='peeters', to='compta.lefevre-menuiserie@wanadoo.fr', inv='F2026-0330', lang='nl',
              mid='<dm-0880-19e4c7b2a3.20261201T110317@peeters-sanitair.be>',
              date='Tue, 01 Dec 2026 11:03:17 +0100', dm='boekhouding+dm-0880-19e4c7b2a3@peeters-sanitair.be'),
    raw='''
Return-Path: <>
Received: from smtp.peeters-sanitair.be ([85.201.44.10])
	by mwinf5d41 with ME
	id 2Wn31f00A0dh3x10303Wn3; Tue, 01 Dec 2026 11:03:24 +0100
Date: Tue, 01 Dec 2026 11:03:24 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@orange.fr>
To: boekhouding+dm-0880-19e4c7b2a3@peeters-sanitair.be
Subject: =?UTF-8?Q?Echec_de_remise_du_message?=
Auto-Submitted: auto-replied
Message-ID: <20261201100324.2Wn31f00A0@mwinf5d41.me-wanadoo.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_mwinf5d41-1764583404-2Wn3"

--=_mwinf5d41-1764583404-2Wn3
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bonjour,

Le message ci-joint n'a pas pu être remis au destinataire suivant :

  compta.lefevre-menuiserie@wanadoo.fr

La boîte aux lettres de ce destinataire a été supprimée. Ce message ne
sera pas renvoyé.

Le service de messagerie Orange

--=_mwinf5d41-1764583404-2Wn3
Content-Type: message/delivery-status

Reporting-MTA: dns; mwinf5d41.me-wanadoo.net
Arrival-Date: Tue, 01 Dec 2026 11:03:22 +0100

Final-Recipient: rfc822; compta.lefevre-menuiserie@wanadoo.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <compta.lefevre-menuiserie@wanadoo.fr>: Boite
 du destinataire archivee / Recipient mailbox archived [OFR_416]

--=_mwinf5d41-1764583404-2Wn3
Content-Type: text/rfc822-headers

@@HDRS@@

--=_mwinf5d41-1764583404-2Wn3--
''')

# 015 Exchange 2013 hosted, Dutch delay DSN
add(15, 'delayed', 'crediteuren@vanderhoek-groothandel.nl', '<dm-1315-d3f0a1b8c6.20261202T080110@despaak.nl>', 'bounce',
    'Exchange 2013 (hosted at local IT firm)', 'nl', 'Dutch Exchange delay: "Vertraagde bezorging", Action delayed 4.4.7; says it keeps trying',
    orig=dict(biz='spaak', to='crediteuren@vanderhoek-groothandel.nl', inv='2026-0425',
              mid='<dm-1315-d3f0a1b8c6.20261202T080110@despaak.nl>',
              date='Wed, 02 Dec 2026 08:01:10 +0100', dm='administratie+dm-1315-d3f0a1b8c6@despaak.nl'),
    crlf=True, raw='''
Received: from EX13.itbeheer-zwolle.local (192.168.10.4) by
 EX13.itbeheer-zwolle.local (192.168.10.4) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id
 15.0.1497.48 via Frontend Transport; Wed, 2 Dec 2026 20:01:31 +0100
From: Microsoft Outlook <postmaster@despaak.nl>
To: <administratie+dm-1315-d3f0a1b8c6@despaak.nl>
Date: Wed, 2 Dec 2026 20:01:31 +0100
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2f1d3c6b-8a7e-4f10-b2d9-5c0e1a4f7b22"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
Message-ID: <e4b2c9a1-0f3d-4a77-9c12-8b5e6d0f1a23@EX13.itbeheer-zwolle.local>
In-Reply-To: <dm-1315-d3f0a1b8c6.20261202T080110@despaak.nl>
References: <dm-1315-d3f0a1b8c6.20261202T080110@despaak.nl>
Subject: Vertraagd: Herinnering: factuur 2026-0425
Auto-Submitted: auto-replied
MIME-Version: 1.0

--2f1d3c6b-8a7e-4f10-b2d9-5c0e1a4f7b22
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Vertraagde bezorging bij deze geadresseerden of groepen:

crediteuren@vanderhoek-groothandel.nl (crediteuren@vanderhoek-groothandel.nl)

Onderwerp: Herinnering: factuur 2026-0425

Dit bericht is nog niet bezorgd. Er wordt nog steeds geprobeerd het bericht te bezorgen.

De server zal nog 1 dag, 11 uur en 59 minuten proberen het bericht te bezorgen. U ontvangt een bericht als het bericht dan nog niet is bezorgd.

Diagnostische gegevens voor beheerders:

Genererende server: EX13.itbeheer-zwolle.local

crediteuren@vanderhoek-groothandel.nl
Remote Server at mail.vanderhoek-groothandel.nl (213.154.225.60) returned '400 4.4.7 Message delayed'
2-12-2026 19:01:31 - Remote Server at mail.vanderhoek-groothandel.nl (213.154.225.60) returned '441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060"'

--2f1d3c6b-8a7e-4f10-b2d9-5c0e1a4f7b22
Content-Type: message/delivery-status

Reporting-MTA: dns;EX13.itbeheer-zwolle.local
Received-From-MTA: dns;EX13.itbeheer-zwolle.local
Arrival-Date: Wed, 2 Dec 2026 07:01:12 +0000

Final-Recipient: rfc822;crediteuren@vanderhoek-groothandel.nl
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp;400 4.4.7 Message delayed
Will-Retry-Until: Fri, 4 Dec 2026 08:01:12 +0100
X-Display-Name: crediteuren@vanderhoek-groothandel.nl

--2f1d3c6b-8a7e-4f10-b2d9-5c0e1a4f7b22
Content-Type: text/rfc822-headers

@@HDRS@@

--2f1d3c6b-8a7e-4f10-b2d9-5c0e1a4f7b22--
''')

# 016 posteo, unknown user, recipient only in Diagnostic-Code (DSN Final-Recipient is the alias-expanded one? no: text/plain DSN)
add(16, 'failed', 'k.schubert@posteo.de', '<dm-2241-5a0c9e3f12.20261202T091833@schreinerei-hofmann.de>', 'bounce',
    'STRATO (… posteo remote text)', 'de', 'German+English STRATO text; the debtor is on posteo, whose reply is bilingual; text line and Final-Recipient in mixed case, the diagnostic in lower case',
    orig=dict(biz='hofmann', to='k.schubert@posteo.de', toname='Klaus Schubert', inv='RE-2026-104',
              mid='<dm-2241-5a0c9e3f12.20261202T091833@schreinerei-hofmann.de>',
              date='Wed, 02 Dec 2026 09:18:33 +0100', dm='buchhaltung+dm-2241-5a0c9e3f12@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: by smtp.strato.de (RZmta 51.2.3) id Y1c2d3AB2GIXa0Q; Wed, 2 Dec 2026 09:18:39 +0100 (CET)
Date: Wed, 2 Dec 2026 09:18:39 +0100 (CET)
From: MAILER-DAEMON@strato.de (Mail Delivery System)
To: buchhaltung+dm-2241-5a0c9e3f12@schreinerei-hofmann.de
Subject: Unzustellbar: Zahlungserinnerung: Rechnung RE-2026-104
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="D7F1A2B3C4.1764663519/smtp.strato.de"
Message-Id: <20261202081839.D7F1A2B3C4@smtp.strato.de>

This is a MIME-encapsulated message.

--D7F1A2B3C4.1764663519/smtp.strato.de
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist eine automatisch erzeugte Nachricht des STRATO Mailsystems.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Dies ist ein permanenter Fehler.

This is an automatically generated message from the STRATO mail system.
Your message could not be delivered to one or more recipients.
This is a permanent error.

<K.Schubert@posteo.de>: host mx04.posteo.de[185.67.36.62] said: 550 5.1.1
    <k.schubert@posteo.de>: Recipient address rejected: Mailbox does not exist
    - Postfach existiert nicht (in reply to RCPT TO command)

--D7F1A2B3C4.1764663519/smtp.strato.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.strato.de
Arrival-Date: Wed, 2 Dec 2026 09:18:34 +0100 (CET)

Final-Recipient: rfc822; K.Schubert@posteo.de
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx04.posteo.de
Diagnostic-Code: smtp; 550 5.1.1 <k.schubert@posteo.de>: Recipient address
    rejected: Mailbox does not exist - Postfach existiert nicht

--D7F1A2B3C4.1764663519/smtp.strato.de
Content-Description: Undelivered Message
Content-Type: message/rfc822

@@ORIG@@

--D7F1A2B3C4.1764663519/smtp.strato.de--
''')

# 017 Cisco IronPort at the debtor rejects PDF attachment; report from the business's Exim (cPanel)
add(17, 'failed', 'ap@northgate-logistics.co.uk', '<dm-0443-e8b21f0c7d.20261202T084512@lynxontwerp.nl>', 'bounce',
    'Exim (cPanel) (… Cisco IronPort remote text)', 'en', 'cPanel Exim DSN; remote gateway refuses the message for its attachment policy (554 5.7.1); address good, message refused',
    orig=dict(pdf=True, biz='lynx', to='ap@northgate-logistics.co.uk', inv='INV-1192',
              mid='<dm-0443-e8b21f0c7d.20261202T084512@lynxontwerp.nl>',
              date='Wed, 02 Dec 2026 08:45:12 +0100', dm='admin+dm-0443-e8b21f0c7d@lynxontwerp.nl'),
    raw='''
Return-path: <>
Envelope-to: admin+dm-0443-e8b21f0c7d@lynxontwerp.nl
Delivery-date: Wed, 02 Dec 2026 08:45:20 +0100
Received: from mailnull by server217.web-hosting.com with local (Exim 4.98)
	id 1tHamw-00Fq3s-0b
	for admin+dm-0443-e8b21f0c7d@lynxontwerp.nl;
	Wed, 02 Dec 2026 08:45:20 +0100
X-Failed-Recipients: ap@northgate-logistics.co.uk
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@server217.web-hosting.com>
To: admin+dm-0443-e8b21f0c7d@lynxontwerp.nl
References: <dm-0443-e8b21f0c7d.20261202T084512@lynxontwerp.nl>
Content-Type: multipart/report; report-type=delivery-status; boundary=1764661520-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tHamw-00Fq3s-0b@server217.web-hosting.com>
Date: Wed, 02 Dec 2026 08:45:20 +0100

--1764661520-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ap@northgate-logistics.co.uk
    host esa2.northgate.iphmx.com [68.232.151.40]
    SMTP error from remote mail server after end of data:
    554 5.7.1 Message rejected: attachment type not allowed by policy (ESA-ATT-PDF-EXT)

--1764661520-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; server217.web-hosting.com

Action: failed
Final-Recipient: rfc822;ap@northgate-logistics.co.uk
Status: 5.7.1
Remote-MTA: dns; esa2.northgate.iphmx.com
Diagnostic-Code: smtp; 554 5.7.1 Message rejected: attachment type not allowed by policy (ESA-ATT-PDF-EXT)

--1764661520-eximdsn-1804289383
Content-type: message/rfc822

@@ORIG@@

--1764661520-eximdsn-1804289383--
''')

# 018 read receipt (MDN) German Outlook
add(18, 'none', None, None, 'auto_reply', 'Outlook MDN (read receipt)', 'de',
    'multipart/report but report-type=disposition-notification; "Gelesen:"; Original-Message-ID of the reminder',
    raw='''
Return-Path: <einkauf@metallbau-roth.de>
Received: from mail.metallbau-roth.de (mail.metallbau-roth.de [93.104.211.5])
	by mx.schreinerei-hofmann.de (Postfix) with ESMTPS id 4Qz0P1ZtR5z2Bc
	for <buchhaltung@schreinerei-hofmann.de>; Wed,  2 Dec 2026 11:02:17 +0100 (CET)
From: "Roth, Andrea" <einkauf@metallbau-roth.de>
To: Schreinerei Hofmann <buchhaltung@schreinerei-hofmann.de>
Subject: Gelesen: Zahlungserinnerung: Rechnung RE-2026-106
Date: Wed, 2 Dec 2026 10:02:14 +0000
Message-ID: <FR2P281MB1487A0C2D3E4F5A6B7C8D9E0F1A2B@FR2P281MB1487.DEUP281.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_002_FR2P281MB1487A0C2D3E4F_"
Content-Language: de-DE

--_002_FR2P281MB1487A0C2D3E4F_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht

  An: Roth, Andrea
  Betreff: Zahlungserinnerung: Rechnung RE-2026-106
  Gesendet: Mittwoch, 2. Dezember 2026 09:31:05 (UTC+01:00) Amsterdam, Berl=
in, Bern, Rom, Stockholm, Wien

wurde am Mittwoch, 2. Dezember 2026 11:02:14 (UTC+01:00) Amsterdam, Berlin,=
 Bern, Rom, Stockholm, Wien gelesen.

--_002_FR2P281MB1487A0C2D3E4F_
Content-Type: message/disposition-notification

Reporting-UA: FR2P281MB1487.DEUP281.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;einkauf@metallbau-roth.de
Original-Message-ID: <dm-2245-2c8d0e7a41.20261202T093105@schreinerei-hofmann.de>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_FR2P281MB1487A0C2D3E4F_--
''')

# 019 Infomaniak (Swiss) over quota permanent, French/English
add(19, 'failed', 'administration@garage-rochat.ch', '<dm-0883-4b7e1c09da.20261202T100122@peeters-sanitair.be>', 'bounce',
    'Infomaniak (Postfix)', 'fr', 'Infomaniak French+English; quota exceeded, Status 5.2.2 Action failed although the text says "réessayer plus tard"',
    orig=dict(biz='peeters', to='administration@garage-rochat.ch', inv='F2026-0334',
              mid='<dm-0883-4b7e1c09da.20261202T100122@peeters-sanitair.be>',
              date='Wed, 02 Dec 2026 10:01:22 +0100', dm='boekhouding+dm-0883-4b7e1c09da@peeters-sanitair.be'),
    raw='''
Return-Path: <>
Received: from smtp-bc0b.mail.infomaniak.ch (smtp-bc0b.mail.infomaniak.ch [45.157.188.11])
	by mx.peeters-sanitair.be with ESMTPS; Wed, 2 Dec 2026 10:01:31 +0100
Received: by smtp-3-0001.mail.infomaniak.ch (Postfix)
	id 4Qz1Rq5Wm0zNlS; Wed,  2 Dec 2026 10:01:30 +0100 (CET)
Date: Wed,  2 Dec 2026 10:01:30 +0100 (CET)
From: MAILER-DAEMON@infomaniak.ch (Mail Delivery System)
Subject: =?utf-8?q?Message_non_distribu=C3=A9_/_Undelivered_Mail?=
To: boekhouding+dm-0883-4b7e1c09da@peeters-sanitair.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Qz1Rq5Wm0zNlS.1764666090/smtp-3-0001.mail.infomaniak.ch"
Message-Id: <4Qz1Rq5Wm0zNlS@smtp-3-0001.mail.infomaniak.ch>

--4Qz1Rq5Wm0zNlS.1764666090/smtp-3-0001.mail.infomaniak.ch
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ceci est le système de messagerie d'Infomaniak.
This is the Infomaniak mail system.

Votre message n'a pas pu être distribué au destinataire ci-dessous.
Your message could not be delivered to the recipient below.

<administration@garage-rochat.ch>: la boîte aux lettres du destinataire
    est pleine. Veuillez réessayer plus tard ou contacter le destinataire
    par un autre moyen. / Mailbox full.

--4Qz1Rq5Wm0zNlS.1764666090/smtp-3-0001.mail.infomaniak.ch
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-3-0001.mail.infomaniak.ch
Arrival-Date: Wed,  2 Dec 2026 10:01:23 +0100 (CET)

Final-Recipient: rfc822; administration@garage-rochat.ch
Original-Recipient: rfc822;administration@garage-rochat.ch
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; Quota exceeded (mailbox for user is full)

--4Qz1Rq5Wm0zNlS.1764666090/smtp-3-0001.mail.infomaniak.ch
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

@@HDRS@@

--4Qz1Rq5Wm0zNlS.1764666090/smtp-3-0001.mail.infomaniak.ch--
''')

# 020 Kerio Connect, recipient in subject, text only
add(20, 'failed', 'boekhouding@tuincentrum-hendriks.nl', '<dm-1320-6e3a0b9d24.20261202T101845@despaak.nl>', 'bounce',
    'Kerio Connect', 'en', 'Kerio puts the recipient in the subject and the text; no DSN; original as message/rfc822',
    orig=dict(biz='spaak', to='boekhouding@tuincentrum-hendriks.nl', inv='2026-0431',
              mid='<dm-1320-6e3a0b9d24.20261202T101845@despaak.nl>',
              date='Wed, 02 Dec 2026 10:18:45 +0100', dm='administratie+dm-1320-6e3a0b9d24@despaak.nl'),
    raw='''
Return-Path: <>
Received: from mail.tuincentrum-hendriks.nl (mail.tuincentrum-hendriks.nl [77.61.102.19])
	by mx.despaak.nl (Postfix) with ESMTPS id 4Qz1sT0bVqz1Yr
	for <administratie+dm-1320-6e3a0b9d24@despaak.nl>; Wed,  2 Dec 2026 10:18:52 +0100 (CET)
From: "Mail Delivery Subsystem" <MAILER-DAEMON@mail.tuincentrum-hendriks.nl>
To: <administratie+dm-1320-6e3a0b9d24@despaak.nl>
Subject: Undelivered mail: boekhouding@tuincentrum-hendriks.nl
Date: Wed, 2 Dec 2026 10:18:51 +0100
Message-ID: <kerio-ndr-5f2c1a0e.71b@mail.tuincentrum-hendriks.nl>
X-Mailer: Kerio Connect 10.0.6 patch 1
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="------------ndr0a1b2c3d4e5f"

--------------ndr0a1b2c3d4e5f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Your message did not reach some or all of the intended recipients.

   Subject: Herinnering: factuur 2026-0431
   Sent:    2-12-2026 10:18

The following recipient(s) could not be reached:

boekhouding@tuincentrum-hendriks.nl
   Error Type: SMTP
   Remote server replied: 550 5.1.1 <boekhouding@tuincentrum-hendriks.nl>... User unknown

--------------ndr0a1b2c3d4e5f
Content-Type: message/rfc822

@@ORIG@@

--------------ndr0a1b2c3d4e5f--
''')
