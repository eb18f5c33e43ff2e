M = []
def add(n, delivery, recipient, message_id, kind, mta, lang, note, raw, orig=None, crlf=False):
    M.append(dict(n=n, delivery=delivery, recipient=recipient, message_id=message_id, kind=kind, mta=mta,
                  lang=lang, note=note, raw=raw, orig=orig, crlf=crlf))

# 038 A1 Telekom Austria (aon.at), quota permanent, German
add(38, 'failed', 'tischlerei.pichler@aon.at', '<dm-0518-6f2a0d9e1c.20261202T112718@zimmerei-gruber.at>', 'bounce',
    'A1 Telekom Austria (aon.at)', 'de', 'A1 German text "Postfach voll ... endgültig"; Status 5.2.2; headers only',
    orig=dict(biz='gruber', to='tischlerei.pichler@aon.at', inv='ZG-2026/325',
              mid='<dm-0518-6f2a0d9e1c.20261202T112718@zimmerei-gruber.at>',
              date='Wed, 02 Dec 2026 11:27:18 +0100', dm='office+dm-0518-6f2a0d9e1c@zimmerei-gruber.at'),
    raw='''
Return-Path: <>
Received: from smarthost.a1.net (smarthost.a1.net [195.3.96.36])
	by mail.zimmerei-gruber.at with ESMTP; Wed, 2 Dec 2026 11:27:25 +0100
Date: Wed, 2 Dec 2026 11:27:24 +0100
From: A1 Mail-System <MAILER-DAEMON@a1.net>
To: office+dm-0518-6f2a0d9e1c@zimmerei-gruber.at
Subject: =?UTF-8?Q?Unzustellbare_Nachricht_/_Undeliverable_message?=
Message-ID: <ndr-1764671244-5512@smarthost.a1.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="A1NDR-1764671244-5512"

--A1NDR-1764671244-5512
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: tischlerei.pichler@aon.at
Grund:     Das Postfach des Empfängers ist voll. Die Zustellung ist
           endgültig fehlgeschlagen.

Your message could not be delivered: recipient mailbox full.

--A1NDR-1764671244-5512
Content-Type: message/delivery-status

Reporting-MTA: dns; smarthost.a1.net
Arrival-Date: Wed, 2 Dec 2026 11:27:20 +0100

Final-Recipient: rfc822; tischlerei.pichler@aon.at
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--A1NDR-1764671244-5512
Content-Type: text/rfc822-headers

@@HDRS@@

--A1NDR-1764671244-5512--
''')

# 039 person's reply pasting a bounce they got when answering
add(39, 'none', None, None, 'reply', 'person (Thunderbird)', 'nl',
    'debtor pastes a Postfix bounce for the business\'s own address (Final-Recipient, Action: failed, Status 5.1.1) and asks what is wrong',
    raw='''
Return-Path: <r.bakker@kozijnen-bakker.nl>
Received: from smtp.kozijnen-bakker.nl (smtp.kozijnen-bakker.nl [185.182.56.14])
	by mx.despaak.nl (Postfix) with ESMTPS id 4R1Zq0m2Nnz1Yv
	for <administratie@despaak.nl>; Thu,  3 Dec 2026 09:44:12 +0100 (CET)
Message-ID: <6b1f0c2e-4a77-4d31-9e0b-3c2a1d5e7f90@kozijnen-bakker.nl>
Date: Thu, 3 Dec 2026 09:44:10 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: nl
From: Rob Bakker <r.bakker@kozijnen-bakker.nl>
To: administratie@despaak.nl
Subject: Re: Herinnering: factuur 2026-0407 - mail komt terug?
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Goedemorgen,

Ik heb gisteren op jullie herinnering gereageerd (factuur is op 28/11
betaald), maar mijn mail kwam terug met onderstaande melding. Klopt het
adres wel? Ik stuur het nu maar naar administratie@despaak.nl.

-------- Doorgestuurd bericht --------
Onderwerp: Undelivered Mail Returned to Sender
Datum: Wed,  2 Dec 2026 17:02:51 +0100 (CET)
Van: MAILER-DAEMON@smtp.kozijnen-bakker.nl (Mail Delivery System)

This is the mail system at host smtp.kozijnen-bakker.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<administratie+dm-1290-8e2b0f1c3a@despaak.nl>: host mx.despaak.nl said:
    550 5.1.1 Recipient address rejected: User unknown

Final-Recipient: rfc822; administratie+dm-1290-8e2b0f1c3a@despaak.nl
Action: failed
Status: 5.1.1

Met vriendelijke groet,
Rob Bakker
Kozijnen Bakker, Zwolle
''')

# 040 OpenSMTPD
add(40, 'failed', 'billing@fenwick-joinery.co.uk', '<dm-0453-1a9c4e0f7b.20261203T093215@lynxontwerp.nl>', 'bounce',
    'OpenSMTPD', 'en', 'OpenSMTPD "Hi! This is the MAILER-DAEMON" text; DSN part; returned message below "Below is a copy of the original message"',
    orig=dict(biz='lynx', to='billing@fenwick-joinery.co.uk', inv='INV-1203',
              mid='<dm-0453-1a9c4e0f7b.20261203T093215@lynxontwerp.nl>',
              date='Thu, 03 Dec 2026 09:32:15 +0100', dm='admin+dm-0453-1a9c4e0f7b@lynxontwerp.nl'),
    raw='''
Return-Path: <>
Received: from mx.lynxontwerp.nl (localhost [127.0.0.1])
	by mx.lynxontwerp.nl (OpenSMTPD) with ESMTPSA id 5e0c9a31
	for <admin+dm-0453-1a9c4e0f7b@lynxontwerp.nl>;
	Thu, 3 Dec 2026 09:32:19 +0100 (CET)
Date: Thu, 3 Dec 2026 09:32:19 +0100 (CET)
From: Mailer Daemon <MAILER-DAEMON@mx.lynxontwerp.nl>
To: admin+dm-0453-1a9c4e0f7b@lynxontwerp.nl
Subject: Delivery status notification: error
Message-ID: <4d1a6b0c9e2f7a31@mx.lynxontwerp.nl>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="16215286161.5f3b9e.29417"
Content-Language: en-US
Auto-Submitted: auto-replied

This is a MIME-encapsulated message.

--16215286161.5f3b9e.29417
Content-Description: Notification
Content-Type: text/plain; charset=utf-8

Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this email.

An error has occurred while attempting to deliver a message for
the following list of recipients:

billing@fenwick-joinery.co.uk: 550 5.1.1 <billing@fenwick-joinery.co.uk>: Recipient address rejected: User unknown in local recipient table

Below is a copy of the original message:

--16215286161.5f3b9e.29417
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.lynxontwerp.nl

Final-Recipient: rfc822; billing@fenwick-joinery.co.uk
Action: failed
Status: 5.1.1

--16215286161.5f3b9e.29417
Content-Description: Message headers
Content-Type: text/rfc822-headers

@@HDRS@@

--16215286161.5f3b9e.29417--
''')

# 041 ARF spam complaint (feedback report) containing the reminder
add(41, 'none', None, None, 'auto_reply', 'ARF feedback loop (mail.de)', 'en',
    'multipart/report report-type=feedback-report with the whole reminder attached as message/rfc822 and the debtor as Original-Rcpt-To',
    orig=dict(rp=True, biz='hofmann', to='j.neumann@mail.de', inv='RE-2026-102',
              mid='<dm-2238-5c1f0e9a3b.20261201T111944@schreinerei-hofmann.de>',
              date='Tue, 01 Dec 2026 11:19:44 +0100', dm='buchhaltung+dm-2238-5c1f0e9a3b@schreinerei-hofmann.de'),
    raw='''
Return-Path: <fbl@mail.de>
Received: from fbl.mail.de (fbl.mail.de [62.201.172.40])
	by mx.schreinerei-hofmann.de (Postfix) with ESMTPS id 4R1c0D1e2Fz5Rq
	for <abuse@schreinerei-hofmann.de>; Thu,  3 Dec 2026 10:05:33 +0100 (CET)
From: mail.de Feedback Loop <fbl@mail.de>
To: abuse@schreinerei-hofmann.de
Subject: FW: Zahlungserinnerung: Rechnung RE-2026-102
Date: Thu, 03 Dec 2026 10:05:32 +0100
Message-ID: <fbl.20261203100532.77a1@mail.de>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
	boundary="----=_fbl_77a1_1764752732"

------=_fbl_77a1_1764752732
Content-Type: text/plain; charset=us-ascii

This is an email abuse report for an email message received from IP
81.169.146.218 on Tue, 01 Dec 2026 11:19:46 +0100.
A user of mail.de marked this message as spam.

------=_fbl_77a1_1764752732
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: maildefbl/1.2
Version: 1
Original-Mail-From: <buchhaltung+dm-2238-5c1f0e9a3b@schreinerei-hofmann.de>
Original-Rcpt-To: <j.neumann@mail.de>
Arrival-Date: Tue, 01 Dec 2026 11:19:46 +0100
Source-IP: 81.169.146.218
Reported-Domain: schreinerei-hofmann.de

------=_fbl_77a1_1764752732
Content-Type: message/rfc822
Content-Disposition: inline

@@ORIG@@

------=_fbl_77a1_1764752732--
''')

# 042 Haraka
add(42, 'failed', 'admin@fietsverhuur-texel.nl', '<dm-1338-4d0a7c3e9b.20261203T094011@despaak.nl>', 'bounce',
    'Haraka', 'en', 'Haraka bounce: multipart/report with the recipient only in the DSN and in the one-line diagnostic',
    orig=dict(biz='spaak', to='admin@fietsverhuur-texel.nl', inv='2026-0446',
              mid='<dm-1338-4d0a7c3e9b.20261203T094011@despaak.nl>',
              date='Thu, 03 Dec 2026 09:40:11 +0100', dm='administratie+dm-1338-4d0a7c3e9b@despaak.nl'),
    raw='''
Return-Path: <>
Received: from mx.fietsverhuur-texel.nl (Haraka/3.0.3) by mx.despaak.nl with ESMTPS; Thu, 3 Dec 2026 09:40:16 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@mx.fietsverhuur-texel.nl>
To: administratie+dm-1338-4d0a7c3e9b@despaak.nl
Auto-Submitted: auto-replied
Subject: Mail delivery failed: returning message to sender
Message-Id: <C8E5F1A2-3B4C-4D5E-8F90-1A2B3C4D5E6F.1@mx.fietsverhuur-texel.nl>
Date: Thu, 03 Dec 2026 09:40:15 +0100
MIME-Version: 1.0
Content-type: multipart/report; report-type=delivery-status;
    boundary="boundary_1764751215_80f1a9"

--boundary_1764751215_80f1a9
Content-type: text/plain; charset=us-ascii

Probably you have been sent this message because of a temporary or
permanent failure of the recipient's mail system.

Failure: mailbox unavailable: no such user (#5.1.1)

--boundary_1764751215_80f1a9
content-type: message/delivery-status

Reporting-MTA: dns;mx.fietsverhuur-texel.nl
Original-Envelope-Id: C8E5F1A2-3B4C-4D5E-8F90-1A2B3C4D5E6F.1
Arrival-Date: Thu, 03 Dec 2026 09:40:14 +0100

Final-Recipient: rfc822;admin@fietsverhuur-texel.nl
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 mailbox unavailable: no such user

--boundary_1764751215_80f1a9
Content-Type: message/rfc822

@@ORIG@@

--boundary_1764751215_80f1a9--
''')

# 043 Trend Micro Email Security NDR (the debtor's gateway generates it), attachment policy
add(43, 'failed', 'purchase.ledger@ashcombe-builders.co.uk', '<dm-0456-8f1c3b0a2e.20261203T100233@lynxontwerp.nl>', 'bounce',
    'Trend Micro Email Security', 'en', 'gateway NDR in its own words ("blocked by policy: Attachment Filter"); recipient in a table; no DSN; original attached',
    orig=dict(pdf=True, biz='lynx', to='purchase.ledger@ashcombe-builders.co.uk', inv='INV-1205',
              mid='<dm-0456-8f1c3b0a2e.20261203T100233@lynxontwerp.nl>',
              date='Thu, 03 Dec 2026 10:02:33 +0100', dm='admin+dm-0456-8f1c3b0a2e@lynxontwerp.nl'),
    raw='''
Return-Path: <>
Received: from eu1-relay.tmes.trendmicro.eu (eu1-relay.tmes.trendmicro.eu [18.185.115.14])
	by mx.lynxontwerp.nl (Postfix) with ESMTPS id 4R1d9Y0pTqz7Lr
	for <admin+dm-0456-8f1c3b0a2e@lynxontwerp.nl>; Thu,  3 Dec 2026 10:02:41 +0100 (CET)
From: Trend Micro Email Security <postmaster@tmes.trendmicro.eu>
To: admin+dm-0456-8f1c3b0a2e@lynxontwerp.nl
Subject: Undeliverable: Reminder: invoice INV-1205
Date: Thu, 3 Dec 2026 09:02:40 +0000
Message-ID: <TMES.ndr.5e8a1b2c-3d4f-4a5b-9c6d-7e8f9a0b1c2d@tmes.trendmicro.eu>
X-TM-Deliver-Signature: 7A1B2C3D4E5F60718293A4B5C6D7E8F9
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="TMES_NDR_5e8a1b2c"

--TMES_NDR_5e8a1b2c
Content-Type: text/plain; charset=utf-8

Your message was not delivered to the following recipient(s) because it
violates the email policy of the recipient's organization.

Recipient                                   Reason
------------------------------------------  ----------------------------------
purchase.ledger@ashcombe-builders.co.uk     Blocked by policy: Attachment Filter
                                            (rule "Block PDF from external")

Message ID: <dm-0456-8f1c3b0a2e.20261203T100233@lynxontwerp.nl>
Subject:    Reminder: invoice INV-1205

Please contact the recipient by other means if you need to send this
message. Do not reply to this notification.

--TMES_NDR_5e8a1b2c
Content-Type: message/rfc822

@@ORIG@@

--TMES_NDR_5e8a1b2c--
''')

# 044 CommuniGate Pro expired
add(44, 'expired', 'info@getraenke-maier.de', '<dm-2226-2a9d0f1c7e.20261128T151200@schreinerei-hofmann.de>', 'bounce',
    'CommuniGate Pro', 'en', 'CommuniGate "delivery time limit exceeded" after 4 days, Action failed and 5.4.7-looking text but the reason is expiry',
    orig=dict(biz='hofmann', to='info@getraenke-maier.de', inv='RE-2026-95',
              mid='<dm-2226-2a9d0f1c7e.20261128T151200@schreinerei-hofmann.de>',
              date='Sat, 28 Nov 2026 15:12:00 +0100', dm='buchhaltung+dm-2226-2a9d0f1c7e@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: from [91.250.84.3] (HELO cgp.mailhost-example.de)
  by mx.schreinerei-hofmann.de (CommuniGate Pro SMTP 6.3.14)
  with ESMTPS id 41881522 for buchhaltung+dm-2226-2a9d0f1c7e@schreinerei-hofmann.de; Wed, 02 Dec 2026 15:12:07 +0100
Date: Wed, 02 Dec 2026 15:12:07 +0100
From: MAILER-DAEMON@cgp.mailhost-example.de
Subject: Undeliverable mail: Zahlungserinnerung: Rechnung RE-2026-95
To: buchhaltung+dm-2226-2a9d0f1c7e@schreinerei-hofmann.de
Message-ID: <DSN41881522.1@cgp.mailhost-example.de>
X-Mailer: CommuniGate Pro SMTP 6.3.14
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="_===41881522====cgp.mailhost-example.de===_"

--_===41881522====cgp.mailhost-example.de===_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Failed to deliver to '<info@getraenke-maier.de>'
SMTP module(domain getraenke-maier.de) reports:
 delivery time limit exceeded
 last error: mx.getraenke-maier.de: connection refused

--_===41881522====cgp.mailhost-example.de===_
Content-Type: message/delivery-status

Reporting-MTA: dns; cgp.mailhost-example.de
Arrival-Date: Sat, 28 Nov 2026 15:12:01 +0100

Final-Recipient: rfc822; info@getraenke-maier.de
Action: failed
Status: 4.4.7
Diagnostic-Code: smtp; delivery time limit exceeded; last error: connection refused

--_===41881522====cgp.mailhost-example.de===_
Content-Type: text/rfc822-headers

@@HDRS@@

--_===41881522====cgp.mailhost-example.de===_--
''')

# 045 NoSpamProxy (German gateway) NDR
add(45, 'failed', 'rechnungen@autohaus-kessler.de', '<dm-2271-9e0b2d1f4a.20261203T083010@schreinerei-hofmann.de>', 'bounce',
    'NoSpamProxy', 'de', 'NoSpamProxy German NDR: message rejected for its level of trust (spam score), recipient in the text and DSN; German only',
    orig=dict(biz='hofmann', to='rechnungen@autohaus-kessler.de', inv='RE-2026-118',
              mid='<dm-2271-9e0b2d1f4a.20261203T083010@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 08:30:10 +0100', dm='buchhaltung+dm-2271-9e0b2d1f4a@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: from nsp01.autohaus-kessler.de (nsp01.autohaus-kessler.de [195.145.40.20])
	by mx.schreinerei-hofmann.de (Postfix) with ESMTPS id 4R1e0f1g2hz5Rs
	for <buchhaltung+dm-2271-9e0b2d1f4a@schreinerei-hofmann.de>; Thu,  3 Dec 2026 08:30:19 +0100 (CET)
From: NoSpamProxy <postmaster@autohaus-kessler.de>
To: <buchhaltung+dm-2271-9e0b2d1f4a@schreinerei-hofmann.de>
Subject: Unzustellbar: Zahlungserinnerung: Rechnung RE-2026-118
Date: Thu, 3 Dec 2026 08:30:18 +0100
Message-ID: <a7b8c9d0-1e2f-4a3b-8c4d-5e6f7a8b9c0d@nsp01.autohaus-kessler.de>
X-NoSpamProxy-Version: 14.1
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_NSP_Part_0_1764747018"

------=_NSP_Part_0_1764747018
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ihre E-Mail konnte nicht zugestellt werden.

Die Nachricht an rechnungen@autohaus-kessler.de wurde von NoSpamProxy
abgewiesen, da sie die Richtlinien des Empfängers verletzt.

Grund: Die E-Mail hat den erforderlichen Vertrauenswert nicht erreicht
(Spam Confidence Level 8).

Wenden Sie sich bitte auf anderem Weg an den Empfänger.

------=_NSP_Part_0_1764747018
Content-Type: message/delivery-status

Reporting-MTA: dns; nsp01.autohaus-kessler.de
Arrival-Date: Thu, 3 Dec 2026 08:30:16 +0100

Final-Recipient: rfc822; rechnungen@autohaus-kessler.de
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message rejected by NoSpamProxy (SCL 8)

------=_NSP_Part_0_1764747018
Content-Type: text/rfc822-headers

@@HDRS@@

------=_NSP_Part_0_1764747018--
''')

# 046 helpdesk ticket opened from the reminder
add(46, 'none', None, None, 'auto_reply', 'helpdesk (Freshdesk-style) ticket acknowledgement', 'en',
    'ticket acknowledgement quoting the subject and saying the message "has been received"; Auto-Submitted, no failure',
    raw='''
Return-Path: <bounces+support=northbridge-it.co.uk@freshdesk.example.com>
Received: from mail.freshdesk.example.com (mail.freshdesk.example.com [52.50.12.88])
	by mx.lynxontwerp.nl (Postfix) with ESMTPS id 4R1f2A3b4Cz7Ls
	for <admin+dm-0459-0c7e1a3d9f@lynxontwerp.nl>; Thu,  3 Dec 2026 10:21:05 +0100 (CET)
From: Northbridge IT Support <support@northbridge-it.co.uk>
Reply-To: Northbridge IT Support <support@northbridge-it.co.uk>
To: admin+dm-0459-0c7e1a3d9f@lynxontwerp.nl
Subject: [#48213] Received: Reminder: invoice INV-1207
Date: Thu, 03 Dec 2026 09:21:04 +0000
Message-ID: <ticket.48213.1764753664@freshdesk.example.com>
In-Reply-To: <dm-0459-0c7e1a3d9f.20261203T102100@lynxontwerp.nl>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_674ecd40a1b2c_3f1e"

----==_mimepart_674ecd40a1b2c_3f1e
Content-Type: text/plain; charset=UTF-8

Dear Lynx Grafisch Ontwerp,

Thank you for contacting Northbridge IT. Your request has been received
and a ticket has been created with ID #48213. A member of our accounts
team will respond within 2 business days.

Please keep the ticket number in the subject line of any further
correspondence.

Northbridge IT Support

----==_mimepart_674ecd40a1b2c_3f1e
Content-Type: text/html; charset=UTF-8

<p>Dear Lynx Grafisch Ontwerp,</p><p>Thank you for contacting Northbridge IT. Your request has been received and a ticket has been created with ID <b>#48213</b>.</p><p>Northbridge IT Support</p>

----==_mimepart_674ecd40a1b2c_3f1e--
''')

# 047 cPanel Exim quoting SpamExperts rejection (blocklist)
add(47, 'failed', 'info@zeilmakerij-dewind.nl', '<dm-1341-7a2c0e9b3f.20261203T101505@despaak.nl>', 'bounce',
    'Exim (cPanel) (… SpamExperts / N-able remote text)', 'en', 'X-Failed-Recipients and an Exim report; the debtor\'s SpamExperts filter refuses the sending IP (blocklist); no DSN part, headers only',
    orig=dict(biz='spaak', to='info@zeilmakerij-dewind.nl', inv='2026-0448',
              mid='<dm-1341-7a2c0e9b3f.20261203T101505@despaak.nl>',
              date='Thu, 03 Dec 2026 10:15:05 +0100', dm='administratie+dm-1341-7a2c0e9b3f@despaak.nl'),
    raw='''
Return-path: <>
Envelope-to: administratie+dm-1341-7a2c0e9b3f@despaak.nl
Delivery-date: Thu, 03 Dec 2026 10:15:12 +0100
Received: from mailnull by cp12.hosting-noord.nl with local (Exim 4.98)
	id 1tI0Fk-00A2Zx-0P
	for administratie+dm-1341-7a2c0e9b3f@despaak.nl;
	Thu, 03 Dec 2026 10:15:12 +0100
X-Failed-Recipients: info@zeilmakerij-dewind.nl
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@cp12.hosting-noord.nl>
To: administratie+dm-1341-7a2c0e9b3f@despaak.nl
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tI0Fk-00A2Zx-0P@cp12.hosting-noord.nl>
Date: Thu, 03 Dec 2026 10:15:12 +0100

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  info@zeilmakerij-dewind.nl
    host mx.spamexperts.com [38.111.198.180]
    SMTP error from remote mail server after RCPT TO:<info@zeilmakerij-dewind.nl>:
    550 5.7.1 [185.40.12.77] Our system has detected that this message is
    likely unsolicited mail. The sending IP is listed on a blocklist. Please
    contact the recipient by other means. (SE-RBL)

------ This is a copy of the message's headers. ------

@@HDRS@@
''')
