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
