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
    orig=dict(biz='hofmann', to='j.neumann@mail.de', inv='RE-2026-102',
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
