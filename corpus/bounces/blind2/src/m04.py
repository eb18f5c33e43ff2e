M = []
def add(n, delivery, recipient, message_id, kind, mta, lang, note, raw, orig=None, crlf=False):
    M.append(dict(n=n, delivery=delivery, recipient=recipient, message_id=message_id, kind=kind, mta=mta,
                  lang=lang, note=note, raw=raw, orig=orig, crlf=crlf))

# 048 Symantec/Broadcom Email Security.cloud refusal quoted by Postfix
add(48, 'failed', 'creditors@kingsbury-hotels.co.uk', '<dm-0462-3e1b9c0d7a.20261203T103040@lynxontwerp.nl>', 'bounce',
    'Postfix (… Symantec/Broadcom Email Security.cloud remote text)', 'en', '.cloud "553 Message filtered" with (#5.7.1) at the end, no enhanced code up front',
    orig=dict(biz='lynx', to='creditors@kingsbury-hotels.co.uk', inv='INV-1209',
              mid='<dm-0462-3e1b9c0d7a.20261203T103040@lynxontwerp.nl>',
              date='Thu, 03 Dec 2026 10:30:40 +0100', dm='admin+dm-0462-3e1b9c0d7a@lynxontwerp.nl'),
    raw='''
Return-Path: <>
Received: by mx.lynxontwerp.nl (Postfix)
	id 7D0E2A1B3C; Thu,  3 Dec 2026 10:30:47 +0100 (CET)
Date: Thu,  3 Dec 2026 10:30:47 +0100 (CET)
From: MAILER-DAEMON@mx.lynxontwerp.nl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: admin+dm-0462-3e1b9c0d7a@lynxontwerp.nl
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7D0E2A1B3C.1764754247/mx.lynxontwerp.nl"
Message-Id: <20261203093047.7D0E2A1B3C@mx.lynxontwerp.nl>

This is a MIME-encapsulated message.

--7D0E2A1B3C.1764754247/mx.lynxontwerp.nl
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.lynxontwerp.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<creditors@kingsbury-hotels.co.uk>: host cluster8.eu.messagelabs.com[85.158.142.99]
    said: 553 Message filtered. Refer to the Troubleshooting page at
    http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)
    (in reply to end of DATA command)

--7D0E2A1B3C.1764754247/mx.lynxontwerp.nl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.lynxontwerp.nl
X-Postfix-Queue-ID: 7D0E2A1B3C
X-Postfix-Sender: rfc822; admin+dm-0462-3e1b9c0d7a@lynxontwerp.nl
Arrival-Date: Thu,  3 Dec 2026 10:30:41 +0100 (CET)

Final-Recipient: rfc822; creditors@kingsbury-hotels.co.uk
Original-Recipient: rfc822;creditors@kingsbury-hotels.co.uk
Action: failed
Status: 5.7.1
Remote-MTA: dns; cluster8.eu.messagelabs.com
Diagnostic-Code: smtp; 553 Message filtered. Refer to the Troubleshooting page
    at http://www.symanteccloud.com/troubleshooting for more information.
    (#5.7.1)

--7D0E2A1B3C.1764754247/mx.lynxontwerp.nl
Content-Description: Undelivered Message
Content-Type: message/rfc822

@@ORIG@@

--7D0E2A1B3C.1764754247/mx.lynxontwerp.nl--
''')

# 049 Microsoft Defender quarantine notification to the business
add(49, 'none', None, None, 'auto_reply', 'Microsoft 365 Defender quarantine notification', 'nl',
    'Dutch quarantine notice to the business\'s own user ("Berichten in quarantaine"); lists an inbound "Onbestelbaar" message',
    raw='''
Return-Path: <quarantine@messaging.microsoft.com>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2060.outbound.protection.outlook.com [40.107.20.60])
	by mx.kroon-installatie.nl (Postfix) with ESMTPS id 4R1g5H6j7Kz2Xw
	for <debiteuren@kroon-installatie.nl>; Thu,  3 Dec 2026 06:04:12 +0100 (CET)
From: Quarantine <quarantine@messaging.microsoft.com>
To: debiteuren@kroon-installatie.nl
Subject: Microsoft 365-beveiliging: u hebt berichten in quarantaine
Date: Thu, 3 Dec 2026 05:04:10 +0000
Message-ID: <c0b1a2d3-e4f5-4678-9a0b-c1d2e3f4a5b6@DB8EUR05HT123.eop-eur05.prod.protection.outlook.com>
Auto-Submitted: auto-generated
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Exchange-Generated-Message-Source: Quarantine Notification Agent
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Microsoft 365-beveiliging

Bekijk deze berichten binnen 15 dagen. Daarna worden ze verwijderd.

Berichten in quarantaine (2)

Afzender:  mailer-daemon@mail-relay.example.ru
Onderwerp: Onbestelbaar: uw factuur
Datum:     2-12-2026 22:41
Reden:     Phishing

Afzender:  no-reply@pakket-status.example.net
Onderwerp: Uw pakket kon niet bezorgd worden
Datum:     3-12-2026 03:12
Reden:     Spam

Berichten bekijken: https://security.microsoft.com/quarantine
''')

# 050 Postfix (Hetzner) two recipients: one failed, one delayed
add(50, 'failed', 'l.meier@zahnarzt-meier.ch', '<dm-2274-6b0d1e3a9c.20261203T084511@schreinerei-hofmann.de>', 'bounce',
    'Postfix (Hetzner managed server)', 'en', 'two recipients in one report: the Cc is only delayed (4.4.1) and listed first, the To failed (5.1.1); headline is the failure text',
    orig=dict(biz='hofmann', to='l.meier@zahnarzt-meier.ch', toname='Dr. Lukas Meier', cc='praxis@zahnarzt-meier-verwaltung.ch', inv='RE-2026-119',
              mid='<dm-2274-6b0d1e3a9c.20261203T084511@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 08:45:11 +0100', dm='buchhaltung+dm-2274-6b0d1e3a9c@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: by mail.your-server.de (Postfix)
	id 0C1D2E3F40; Thu,  3 Dec 2026 08:45:20 +0100 (CET)
Date: Thu,  3 Dec 2026 08:45:20 +0100 (CET)
From: MAILER-DAEMON@mail.your-server.de (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: buchhaltung+dm-2274-6b0d1e3a9c@schreinerei-hofmann.de
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0C1D2E3F40.1764747920/mail.your-server.de"
Message-Id: <20261203074520.0C1D2E3F40@mail.your-server.de>

This is a MIME-encapsulated message.

--0C1D2E3F40.1764747920/mail.your-server.de
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.your-server.de.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<praxis@zahnarzt-meier-verwaltung.ch>: connect to
    mail.zahnarzt-meier-verwaltung.ch[83.150.2.77]:25: Connection refused

<l.meier@zahnarzt-meier.ch>: host mx1.hostpoint.ch[217.26.49.136] said: 550
    5.1.1 <l.meier@zahnarzt-meier.ch>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)

--0C1D2E3F40.1764747920/mail.your-server.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.your-server.de
X-Postfix-Queue-ID: 0C1D2E3F40
X-Postfix-Sender: rfc822; buchhaltung+dm-2274-6b0d1e3a9c@schreinerei-hofmann.de
Arrival-Date: Thu,  3 Dec 2026 08:45:12 +0100 (CET)

Final-Recipient: rfc822; praxis@zahnarzt-meier-verwaltung.ch
Original-Recipient: rfc822;praxis@zahnarzt-meier-verwaltung.ch
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to
    mail.zahnarzt-meier-verwaltung.ch[83.150.2.77]:25: Connection refused
Will-Retry-Until: Tue, 8 Dec 2026 08:45:12 +0100 (CET)

Final-Recipient: rfc822; l.meier@zahnarzt-meier.ch
Original-Recipient: rfc822;l.meier@zahnarzt-meier.ch
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.hostpoint.ch
Diagnostic-Code: smtp; 550 5.1.1 <l.meier@zahnarzt-meier.ch>: Recipient
    address rejected: User unknown in virtual mailbox table

--0C1D2E3F40.1764747920/mail.your-server.de
Content-Description: Undelivered Message
Content-Type: message/rfc822

@@ORIG@@

--0C1D2E3F40.1764747920/mail.your-server.de--
''')

# 051 Proton (debtor, custom domain) quoted by cPanel Exim; returned message base64 text/plain
add(51, 'failed', 'hello@studio-vanes.nl', '<dm-1344-2f9e0c1b7d.20261203T104820@despaak.nl>', 'bounce',
    'Exim (… Proton Mail remote text)', 'en', 'Exim report with a DSN part; Proton says the address does not exist; the returned message is base64 text/plain "message.txt"',
    orig=dict(biz='spaak', to='hello@studio-vanes.nl', inv='2026-0451',
              mid='<dm-1344-2f9e0c1b7d.20261203T104820@despaak.nl>',
              date='Thu, 03 Dec 2026 10:48:20 +0100', dm='administratie+dm-1344-2f9e0c1b7d@despaak.nl'),
    raw='''
Return-path: <>
Envelope-to: administratie+dm-1344-2f9e0c1b7d@despaak.nl
Delivery-date: Thu, 03 Dec 2026 10:48:27 +0100
Received: from mailnull by cp12.hosting-noord.nl with local (Exim 4.98)
	id 1tI0lz-00A6kQ-2b
	for administratie+dm-1344-2f9e0c1b7d@despaak.nl;
	Thu, 03 Dec 2026 10:48:27 +0100
X-Failed-Recipients: hello@studio-vanes.nl
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@cp12.hosting-noord.nl>
To: administratie+dm-1344-2f9e0c1b7d@despaak.nl
Content-Type: multipart/report; report-type=delivery-status; boundary=1764755307-eximdsn-1681692777
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tI0lz-00A6kQ-2b@cp12.hosting-noord.nl>
Date: Thu, 03 Dec 2026 10:48:27 +0100

--1764755307-eximdsn-1681692777
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  hello@studio-vanes.nl
    host mail.protonmail.ch [185.70.42.128]
    SMTP error from remote mail server after RCPT TO:<hello@studio-vanes.nl>:
    550 5.1.1 Address does not exist

--1764755307-eximdsn-1681692777
Content-type: message/delivery-status

Reporting-MTA: dns; cp12.hosting-noord.nl

Action: failed
Final-Recipient: rfc822;hello@studio-vanes.nl
Status: 5.1.1
Remote-MTA: dns; mail.protonmail.ch
Diagnostic-Code: smtp; 550 5.1.1 Address does not exist

--1764755307-eximdsn-1681692777
Content-type: text/plain; name="message.txt"
Content-Disposition: attachment; filename="message.txt"
Content-Transfer-Encoding: base64

@@B64@@

--1764755307-eximdsn-1681692777--
''')

# 052 Tutanota/Tuta debtor, quoted by mailbox.org (business mailbox there)
add(52, 'failed', 'e.koenig@tutanota.de', '<dm-2277-0e3f9a1c2b.20261203T091506@schreinerei-hofmann.de>', 'bounce',
    'Postfix (mailbox.org) (… Tuta remote text)', 'de', 'mailbox.org German notification above the standard Postfix text; the recipient only in the diagnostic lines (DSN has Final-Recipient too)',
    orig=dict(biz='hofmann', to='e.koenig@tutanota.de', inv='RE-2026-120',
              mid='<dm-2277-0e3f9a1c2b.20261203T091506@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 09:15:06 +0100', dm='buchhaltung+dm-2277-0e3f9a1c2b@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: by mx1.mailbox.org (Postfix)
	id 4R1hW8k2Lqz9sQ; Thu,  3 Dec 2026 09:15:12 +0100 (CET)
Date: Thu,  3 Dec 2026 09:15:12 +0100 (CET)
From: MAILER-DAEMON@mailbox.org (Mail Delivery System)
Subject: Unzustellbar / Undelivered Mail Returned to Sender
To: buchhaltung+dm-2277-0e3f9a1c2b@schreinerei-hofmann.de
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4R1hW8k2Lqz9sQ.1764749712/mx1.mailbox.org"
Message-Id: <4R1hW8k2Lqz9sQ@mx1.mailbox.org>

This is a MIME-encapsulated message.

--4R1hW8k2Lqz9sQ.1764749712/mx1.mailbox.org
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist das Mailsystem von mailbox.org.

Ihre Nachricht konnte leider nicht zugestellt werden. Die Fehlermeldung
des empfangenden Servers finden Sie unten.

This is the mail system at host mx1.mailbox.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<e.koenig@tutanota.de>: host mail.tutanota.de[185.205.69.211] said: 550 5.1.1
    Recipient address rejected: This mailbox has been deleted (in reply to
    RCPT TO command)

--4R1hW8k2Lqz9sQ.1764749712/mx1.mailbox.org
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.mailbox.org
Arrival-Date: Thu,  3 Dec 2026 09:15:07 +0100 (CET)

Final-Recipient: rfc822; e.koenig@tutanota.de
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.tutanota.de
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: This mailbox has
    been deleted

--4R1hW8k2Lqz9sQ.1764749712/mx1.mailbox.org
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

@@HDRS@@

--4R1hW8k2Lqz9sQ.1764749712/mx1.mailbox.org--
''')

# 053 Exchange Online delivery receipt (Dutch) - success
add(53, 'delivered', 'inkoop@bloemisterij-vermeulen.nl', '<dm-0211-8c0a3f1e2d.20261203T110300@kroon-installatie.nl>', 'bounce',
    'Exchange Online (Microsoft 365) delivery receipt', 'nl', 'success report "Bezorgd:" with a DSN part, Action: delivered; looks like every other multipart/report',
    orig=dict(biz='kroon', to='inkoop@bloemisterij-vermeulen.nl', inv='K-26-1031',
              mid='<dm-0211-8c0a3f1e2d.20261203T110300@kroon-installatie.nl>',
              date='Thu, 03 Dec 2026 11:03:00 +0100', dm='debiteuren+dm-0211-8c0a3f1e2d@kroon-installatie.nl'),
    raw='''
Received: from AM0PR02MB5521.eurprd02.prod.outlook.com (2603:10a6:208:15f::14)
 by DB9PR02MB7050.eurprd02.prod.outlook.com with HTTPS; Thu, 3 Dec 2026
 10:03:09 +0000
MIME-Version: 1.0
From: postmaster@bloemisterij-vermeulen.nl
To: debiteuren+dm-0211-8c0a3f1e2d@kroon-installatie.nl
Date: Thu, 3 Dec 2026 10:03:09 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0e4c7a2b-1d3f-4a5b-8c9d-0e1f2a3b4c5d"
Content-Language: nl-NL
Message-ID: <f9e8d7c6-b5a4-4321-8fed-cba987654321@AM0PR02MB5521.eurprd02.prod.outlook.com>
In-Reply-To: <dm-0211-8c0a3f1e2d.20261203T110300@kroon-installatie.nl>
References: <dm-0211-8c0a3f1e2d.20261203T110300@kroon-installatie.nl>
Thread-Topic: Herinnering: factuur K-26-1031
Subject: Bezorgd: Herinnering: factuur K-26-1031
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:

--0e4c7a2b-1d3f-4a5b-8c9d-0e1f2a3b4c5d
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Uw bericht is bezorgd bij de volgende geadresseerden:

inkoop@bloemisterij-vermeulen.nl (inkoop@bloemisterij-vermeulen.nl)

Onderwerp: Herinnering: factuur K-26-1031

--0e4c7a2b-1d3f-4a5b-8c9d-0e1f2a3b4c5d
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR02MB5521.eurprd02.prod.outlook.com
Received-From-MTA: dns;mail.kroon-installatie.nl
Arrival-Date: Thu, 3 Dec 2026 10:03:06 +0000

Final-Recipient: rfc822;inkoop@bloemisterij-vermeulen.nl
Action: delivered
Status: 2.0.0
X-Display-Name: inkoop@bloemisterij-vermeulen.nl

--0e4c7a2b-1d3f-4a5b-8c9d-0e1f2a3b4c5d
Content-Type: text/rfc822-headers

@@HDRS@@

--0e4c7a2b-1d3f-4a5b-8c9d-0e1f2a3b4c5d--
''')

# 054 Scarlet (Belgium) bilingual delay
add(54, 'delayed', 'boekhouding@frituur-dewilde.be', '<dm-0892-1c3e5a7b9d.20261203T071530@peeters-sanitair.be>', 'bounce',
    'Scarlet relay (Belgium)', 'nl', 'bilingual nl/fr delay "Vertraagde aflevering / Remise différée" as plain text; no DSN; original headers pasted',
    orig=dict(biz='peeters', to='boekhouding@frituur-dewilde.be', inv='F2026-0347',
              mid='<dm-0892-1c3e5a7b9d.20261203T071530@peeters-sanitair.be>',
              date='Thu, 03 Dec 2026 07:15:30 +0100', dm='boekhouding+dm-0892-1c3e5a7b9d@peeters-sanitair.be'),
    raw='''
Return-Path: <>
Received: from smtp.scarlet.be (smtp.scarlet.be [193.74.71.26])
	by mx.peeters-sanitair.be with ESMTP; Thu, 3 Dec 2026 11:16:02 +0100
Date: Thu, 3 Dec 2026 11:16:01 +0100
From: Scarlet Mail <MAILER-DAEMON@scarlet.be>
To: boekhouding+dm-0892-1c3e5a7b9d@peeters-sanitair.be
Subject: Vertraagde aflevering / Remise =?ISO-8859-1?Q?diff=E9r=E9e?=
Message-ID: <delay.1764756961.2281@smtp.scarlet.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

*** Dit is enkel een waarschuwing / Ceci est un simple avertissement ***

NL: Uw bericht aan boekhouding@frituur-dewilde.be kon sinds 4 uur niet
worden afgeleverd. Wij blijven het nog 3 dagen proberen. U hoeft het
bericht niet opnieuw te versturen.

FR: Votre message pour boekhouding@frituur-dewilde.be n'a pas pu =EAtre
remis depuis 4 heures. Nous continuerons d'essayer pendant 3 jours. Vous
n'avez pas besoin de renvoyer le message.

Reden / Raison : 451 4.7.1 Service unavailable - try again later

--- Oorspronkelijke headers / En-t=EAtes d'origine ---

@@HDRS@@
''')

# 055 freenet German, quota permanent, Postfix-based freenet text
add(55, 'failed', 'g.hartmann@freenet.de', '<dm-2280-5d1e0b9c3a.20261203T094102@schreinerei-hofmann.de>', 'bounce',
    'Postfix (… freenet remote text)', 'en', 'freenet answers "Postfach voll" with 552 5.2.2 at RCPT; final', 
    orig=dict(biz='hofmann', to='g.hartmann@freenet.de', toname='Gerd Hartmann', inv='RE-2026-121',
              mid='<dm-2280-5d1e0b9c3a.20261203T094102@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 09:41:02 +0100', dm='buchhaltung+dm-2280-5d1e0b9c3a@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: by mail.schreinerei-hofmann.de (Postfix)
	id B1C2D3E4F5; Thu,  3 Dec 2026 09:41:07 +0100 (CET)
Date: Thu,  3 Dec 2026 09:41:07 +0100 (CET)
From: MAILER-DAEMON@mail.schreinerei-hofmann.de (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: buchhaltung+dm-2280-5d1e0b9c3a@schreinerei-hofmann.de
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="B1C2D3E4F5.1764751267/mail.schreinerei-hofmann.de"
Message-Id: <20261203084107.B1C2D3E4F5@mail.schreinerei-hofmann.de>

This is a MIME-encapsulated message.

--B1C2D3E4F5.1764751267/mail.schreinerei-hofmann.de
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.schreinerei-hofmann.de.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<g.hartmann@freenet.de>: host mx.freenet.de[195.4.92.212] said: 552 5.2.2
    <g.hartmann@freenet.de>: Postfach voll / mailbox full (in reply to RCPT
    TO command)

--B1C2D3E4F5.1764751267/mail.schreinerei-hofmann.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.schreinerei-hofmann.de
X-Postfix-Queue-ID: B1C2D3E4F5
X-Postfix-Sender: rfc822; buchhaltung+dm-2280-5d1e0b9c3a@schreinerei-hofmann.de
Arrival-Date: Thu,  3 Dec 2026 09:41:03 +0100 (CET)

Final-Recipient: rfc822; g.hartmann@freenet.de
Original-Recipient: rfc822;g.hartmann@freenet.de
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.freenet.de
Diagnostic-Code: smtp; 552 5.2.2 <g.hartmann@freenet.de>: Postfach voll /
    mailbox full

--B1C2D3E4F5.1764751267/mail.schreinerei-hofmann.de
Content-Description: Undelivered Message
Content-Type: message/rfc822

@@ORIG@@

--B1C2D3E4F5.1764751267/mail.schreinerei-hofmann.de--
''')

# 056 Gmail (business on Workspace) DNS error, German
add(56, 'failed', 'info@ferienwohnung-alpenblick.at', '<dm-0521-7f0c2e9a1b.20261203T100015@zimmerei-gruber.at>', 'bounce',
    'Google Workspace (Gmail, custom domain)', 'de', 'German Gmail "Nachricht nicht zugestellt": NXDOMAIN for the debtor domain (expired), no SMTP code, quoted-printable text',
    orig=dict(biz='gruber', to='info@ferienwohnung-alpenblick.at', inv='ZG-2026/327',
              mid='<dm-0521-7f0c2e9a1b.20261203T100015@zimmerei-gruber.at>',
              date='Thu, 03 Dec 2026 10:00:15 +0100', dm='office+dm-0521-7f0c2e9a1b@zimmerei-gruber.at'),
    raw='''
Return-Path: <>
Received: by 2002:a05:7300:5b8c:b0:13a:61b2:9f04 with SMTP id d12csp981122dyf;
        Thu, 3 Dec 2026 01:00:19 -0800 (PST)
Date: Thu, 03 Dec 2026 01:00:19 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: office+dm-0521-7f0c2e9a1b@zimmerei-gruber.at
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <dm-0521-7f0c2e9a1b.20261203T100015@zimmerei-gruber.at>
In-Reply-To: <dm-0521-7f0c2e9a1b.20261203T100015@zimmerei-gruber.at>
X-Failed-Recipients: info@ferienwohnung-alpenblick.at
Message-ID: <674ec7e3.050a0220.2b7c1d.19a4.GMR@mx.google.com>
MIME-Version: 1.0
Content-Type: multipart/report; boundary="00000000000077a8c10627f2c9d1"; report-type=delivery-status

--00000000000077a8c10627f2c9d1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable


** Nachricht nicht zugestellt **

Es gab ein Problem bei der Zustellung Ihrer Nachricht an info@ferienwohnung=
-alpenblick.at. Die Domain ferienwohnung-alpenblick.at wurde nicht gefunden=
. =C3=9Cberpr=C3=BCfen Sie sie auf Tippfehler oder unn=C3=B6tige Leerzeich=
en und versuchen Sie es noch einmal.

Die Antwort war:

DNS Error: DNS type 'mx' lookup of ferienwohnung-alpenblick.at responded wi=
th code NXDOMAIN Domain name not found: ferienwohnung-alpenblick.at
Weitere Informationen: https://support.google.com/mail/?p=3DBadRcptDomain

--00000000000077a8c10627f2c9d1
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; office@zimmerei-gruber.at
Arrival-Date: Thu, 03 Dec 2026 01:00:16 -0800 (PST)
X-Original-Message-ID: <dm-0521-7f0c2e9a1b.20261203T100015@zimmerei-gruber.at>

Final-Recipient: rfc822; info@ferienwohnung-alpenblick.at
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of ferienwohnung-alpenblick.at responded with code NXDOMAIN
 Domain name not found: ferienwohnung-alpenblick.at
Last-Attempt-Date: Thu, 03 Dec 2026 01:00:19 -0800 (PST)

--00000000000077a8c10627f2c9d1
Content-Type: message/rfc822

@@ORIG@@

--00000000000077a8c10627f2c9d1--
''')
