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
