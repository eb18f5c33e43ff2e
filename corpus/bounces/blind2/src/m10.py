M = []
def add(n, delivery, recipient, message_id, kind, mta, lang, note, raw, orig=None, crlf=False):
    M.append(dict(n=n, delivery=delivery, recipient=recipient, message_id=message_id, kind=kind, mta=mta,
                  lang=lang, note=note, raw=raw, orig=orig, crlf=crlf))

# 082 Exim with Dutch-localised templates (DirectAdmin at Antagonist)
add(82, 'failed', 'administratie@rijschool-koster.nl', '<dm-1359-1f2e3d4c5b.20261203T123010@despaak.nl>', 'bounce',
    'Exim (Antagonist, Dutch templates)', 'nl', 'Dutch Exim text "Dit bericht is automatisch aangemaakt"; X-Failed-Recipients; DSN part; headers only',
    orig=dict(biz='spaak', to='administratie@rijschool-koster.nl', inv='2026-0462',
              mid='<dm-1359-1f2e3d4c5b.20261203T123010@despaak.nl>',
              date='Thu, 03 Dec 2026 12:30:10 +0100', dm='administratie+dm-1359-1f2e3d4c5b@despaak.nl'),
    raw='''
Return-path: <>
Envelope-to: administratie+dm-1359-1f2e3d4c5b@despaak.nl
Delivery-date: Thu, 03 Dec 2026 12:30:16 +0100
Received: from mailnull by server45.antagonist.nl with local (Exim 4.97.1)
	id 1tI2Bx-0009Qp-0s
	for administratie+dm-1359-1f2e3d4c5b@despaak.nl;
	Thu, 03 Dec 2026 12:30:16 +0100
X-Failed-Recipients: administratie@rijschool-koster.nl
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@server45.antagonist.nl>
To: administratie+dm-1359-1f2e3d4c5b@despaak.nl
Content-Type: multipart/report; report-type=delivery-status; boundary=1764761416-eximdsn-1714636915
MIME-Version: 1.0
Subject: Bericht kon niet worden afgeleverd
Message-Id: <E1tI2Bx-0009Qp-0s@server45.antagonist.nl>
Date: Thu, 03 Dec 2026 12:30:16 +0100

--1764761416-eximdsn-1714636915
Content-type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dit bericht is automatisch aangemaakt door de mailserver.

Een bericht dat u heeft verstuurd kon niet worden afgeleverd bij een of
meer ontvangers. Dit is een permanente fout. Het volgende adres is mislukt:

  administratie@rijschool-koster.nl
    host mail.rijschool-koster.nl [178.22.57.140]
    SMTP-fout van de ontvangende server na RCPT TO:<administratie@rijschool-koster.nl>:
    550 5.1.1 <administratie@rijschool-koster.nl>: Recipient address rejected: User unknown in virtual mailbox table

--1764761416-eximdsn-1714636915
Content-type: message/delivery-status

Reporting-MTA: dns; server45.antagonist.nl

Action: failed
Final-Recipient: rfc822;administratie@rijschool-koster.nl
Status: 5.0.0
Remote-MTA: dns; mail.rijschool-koster.nl
Diagnostic-Code: smtp; 550 5.1.1 <administratie@rijschool-koster.nl>: Recipient address rejected: User unknown in virtual mailbox table

--1764761416-eximdsn-1714636915
Content-type: text/rfc822-headers

@@HDRS@@

--1764761416-eximdsn-1714636915--
''')

# 083 Cisco IronPort (debtor gateway) own NDR
add(83, 'failed', 'finance@lakeside-marinas.co.uk', '<dm-0471-6e7f8a9b0c.20261203T124000@lynxontwerp.nl>', 'bounce',
    'Cisco Secure Email (IronPort)', 'en', 'IronPort bounce: "5.1.0 - Unknown address error 550-\'5.1.1 ... User unknown\'"; headers-only attachment',
    orig=dict(biz='lynx', to='finance@lakeside-marinas.co.uk', inv='INV-1215',
              mid='<dm-0471-6e7f8a9b0c.20261203T124000@lynxontwerp.nl>',
              date='Thu, 03 Dec 2026 12:40:00 +0100', dm='admin+dm-0471-6e7f8a9b0c@lynxontwerp.nl'),
    raw='''
Return-Path: <>
Received: from esa1.lakeside-marinas.iphmx.com (esa1.lakeside-marinas.iphmx.com [68.232.140.12])
	by mx.lynxontwerp.nl (Postfix) with ESMTPS id 4R2L5e6fG7z7Lv
	for <admin+dm-0471-6e7f8a9b0c@lynxontwerp.nl>; Thu,  3 Dec 2026 12:40:09 +0100 (CET)
From: Mail Delivery System <MAILER-DAEMON@esa1.lakeside-marinas.iphmx.com>
To: admin+dm-0471-6e7f8a9b0c@lynxontwerp.nl
Subject: Delivery Status Notification (Failure)
Date: Thu, 3 Dec 2026 11:40:08 +0000
Message-Id: <b1c8a5$2k7q1f@esa1.lakeside-marinas.iphmx.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="===============0817264531=="

--===============0817264531==
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit
Content-Description: Notification

The following message to <finance@lakeside-marinas.co.uk> was undeliverable.
The reason for the problem:
5.1.0 - Unknown address error 550-'5.1.1 <finance@lakeside-marinas.co.uk>: Recipient address rejected: User unknown'

--===============0817264531==
Content-Type: message/delivery-status
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit
Content-Description: Delivery Report

Reporting-MTA: dns; esa1.lakeside-marinas.iphmx.com

Final-Recipient: rfc822; finance@lakeside-marinas.co.uk
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.1.1 <finance@lakeside-marinas.co.uk>: Recipient address rejected: User unknown'

--===============0817264531==
Content-Type: text/rfc822-headers
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit
Content-Description: Undelivered Message Headers

@@HDRS@@

--===============0817264531==--
''')

# 084 SmarterMail (debtor) catch-all off: "No such user here"
add(84, 'failed', 'rekeningen@partyverhuur-bosman.nl', '<dm-1362-4a5b6c7d8e.20261203T125005@despaak.nl>', 'bounce',
    'SmarterMail', 'en', 'SmarterMail post-acceptance bounce; the only address in the body is in "<...> No such user here"; catch-all just turned off',
    orig=dict(biz='spaak', to='rekeningen@partyverhuur-bosman.nl', inv='2026-0464',
              mid='<dm-1362-4a5b6c7d8e.20261203T125005@despaak.nl>',
              date='Thu, 03 Dec 2026 12:50:05 +0100', dm='administratie+dm-1362-4a5b6c7d8e@despaak.nl'),
    raw='''
Return-Path: <>
Received: from mail.partyverhuur-bosman.nl by mail.partyverhuur-bosman.nl (SmarterMail) with SMTP id 202612031250120422
	for <administratie+dm-1362-4a5b6c7d8e@despaak.nl>; Thu, 3 Dec 2026 12:50:12 +0100
From: "Mail Delivery System" <postmaster@partyverhuur-bosman.nl>
To: administratie+dm-1362-4a5b6c7d8e@despaak.nl
Subject: Undeliverable Mail
Date: Thu, 3 Dec 2026 12:50:12 +0100
Message-ID: <NDR.202612031250120422@mail.partyverhuur-bosman.nl>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_NextPart_000_0422_01DA45E0.5C1B2A30"

------=_NextPart_000_0422_01DA45E0.5C1B2A30
Content-Type: text/plain; charset=utf-8

Delivery failed for the following recipient(s):

Failed to deliver to '<rekeningen@partyverhuur-bosman.nl>'
550 <rekeningen@partyverhuur-bosman.nl> No such user here

------=_NextPart_000_0422_01DA45E0.5C1B2A30
Content-Type: message/rfc822; name="original.eml"
Content-Disposition: attachment; filename="original.eml"

@@ORIG@@

------=_NextPart_000_0422_01DA45E0.5C1B2A30--
''')

# 085 NoSpamProxy "held for review" notice to the sender
add(85, 'none', None, None, 'auto_reply', 'NoSpamProxy hold notice', 'de',
    'gateway tells the sender the reminder "wurde zurückgehalten" and is "noch nicht zugestellt"; not a failure; Auto-Submitted',
    raw='''
Return-Path: <postmaster@stb-keller.de>
Received: from nsp.stb-keller.de (nsp.stb-keller.de [217.110.44.9])
	by mx.schreinerei-hofmann.de (Postfix) with ESMTPS id 4R2M7g8hJ9z5Rw
	for <buchhaltung+dm-2304-2b3c4d5e6f@schreinerei-hofmann.de>; Thu,  3 Dec 2026 13:05:33 +0100 (CET)
From: NoSpamProxy <postmaster@stb-keller.de>
To: buchhaltung+dm-2304-2b3c4d5e6f@schreinerei-hofmann.de
Subject: Ihre E-Mail wurde zur Prüfung zurückgehalten: Zahlungserinnerung: Rechnung RE-2026-129
Date: Thu, 3 Dec 2026 13:05:32 +0100
Message-ID: <hold.c3d4e5f6-a7b8-4c9d-0e1f-2a3b4c5d6e7f@nsp.stb-keller.de>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Absenderin, sehr geehrter Absender,

Ihre E-Mail an kanzlei@stb-keller.de wurde von NoSpamProxy zur Prüfung
zurückgehalten und ist noch nicht zugestellt. Ein Administrator prüft
die Nachricht. Sie müssen nichts weiter tun.

Betreff: Zahlungserinnerung: Rechnung RE-2026-129
Grund:   Anhang vom Typ PDF von neuem Absender

Diese Nachricht wurde automatisch erzeugt.
''')

# 086 Microsoft 365 Dutch NDR: SPF failure at the debtor
add(86, 'failed', 'crediteurenadministratie@zorggroep-example.nl', '<dm-0220-5c6d7e8f9a.20261203T130011@kroon-installatie.nl>', 'bounce',
    'Exchange Online (Microsoft 365, Dutch)', 'nl', 'Dutch M365 NDR: 550 5.7.23 SPF violation at the debtor\'s tenant; the address is valid, the sender refused',
    orig=dict(biz='kroon', to='crediteurenadministratie@zorggroep-example.nl', inv='K-26-1038',
              mid='<dm-0220-5c6d7e8f9a.20261203T130011@kroon-installatie.nl>',
              date='Thu, 03 Dec 2026 13:00:11 +0100', dm='debiteuren+dm-0220-5c6d7e8f9a@kroon-installatie.nl'),
    raw='''
Received: from AM8P189MB1201.EURP189.PROD.OUTLOOK.COM (2603:10a6:20b:31c::7)
 by AS2P189MB2118.EURP189.PROD.OUTLOOK.COM with HTTPS; Thu, 3 Dec 2026
 12:00:20 +0000
MIME-Version: 1.0
From: Microsoft Outlook <postmaster@kroon-installatie.nl>
To: <debiteuren+dm-0220-5c6d7e8f9a@kroon-installatie.nl>
Date: Thu, 3 Dec 2026 12:00:20 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a9b8c7d6-e5f4-4a3b-2c1d-0e9f8a7b6c5e"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
Message-ID: <3f4a5b6c-7d8e-4f9a-0b1c-2d3e4f5a6b7c@AM8P189MB1201.EURP189.PROD.OUTLOOK.COM>
In-Reply-To: <dm-0220-5c6d7e8f9a.20261203T130011@kroon-installatie.nl>
References: <dm-0220-5c6d7e8f9a.20261203T130011@kroon-installatie.nl>
Subject: Onbestelbaar: Herinnering: factuur K-26-1038
Auto-Submitted: auto-replied

--a9b8c7d6-e5f4-4a3b-2c1d-0e9f8a7b6c5e
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Uw bericht voor crediteurenadministratie@zorggroep-example.nl kan niet worden bezorgd

De organisatie van de ontvanger heeft uw bericht geweigerd omdat het de SPF-controle (Sender Policy Framework) niet heeft doorstaan.

Installatiebedrijf Kroon
Actie vereist
zorggroep-example.nl
Beveiliging of beleid

Hoe los ik dit op?
Vraag uw e-mailbeheerder het SPF-record van kroon-installatie.nl te controleren.

Meer informatie voor e-mailbeheerders
Statuscode: 550 5.7.23

Oorspronkelijke berichtdetails
Gemaakt op:        3-12-2026 12:00:11
Adres afzender:    debiteuren@kroon-installatie.nl
Adres ontvanger:   crediteurenadministratie@zorggroep-example.nl

Foutdetails
Gerapporteerde fout: 550 5.7.23 The message was rejected because of Sender Policy Framework violation
DSN gegenereerd door: AM8P189MB1201.EURP189.PROD.OUTLOOK.COM
Externe server:      zorggroep-example-nl.mail.protection.outlook.com

--a9b8c7d6-e5f4-4a3b-2c1d-0e9f8a7b6c5e
Content-Type: message/delivery-status

Reporting-MTA: dns;AM8P189MB1201.EURP189.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.kroon-installatie.nl
Arrival-Date: Thu, 3 Dec 2026 12:00:12 +0000

Final-Recipient: rfc822;crediteurenadministratie@zorggroep-example.nl
Action: failed
Status: 5.7.23
Diagnostic-Code: smtp;550 5.7.23 The message was rejected because of Sender Policy Framework violation
Remote-MTA: dns;zorggroep-example-nl.mail.protection.outlook.com

--a9b8c7d6-e5f4-4a3b-2c1d-0e9f8a7b6c5e
Content-Type: message/rfc822

@@ORIG@@

--a9b8c7d6-e5f4-4a3b-2c1d-0e9f8a7b6c5e--
''')

# 087 Gmail (business on Workspace) Dutch: recipient account disabled
add(87, 'failed', 'jeroen@fotostudio-lens.nl', '<dm-0874-0d1e2f3a4b.20261203T131500@peeters-sanitair.be>', 'bounce',
    'Google Workspace (Gmail, custom domain)', 'nl', 'Dutch Gmail NDR: the debtor\'s own Workspace account is disabled (550 5.2.1); recipient only in text, DSN and X-Failed-Recipients; no returned body',
    orig=dict(biz='peeters', to='jeroen@fotostudio-lens.nl', inv='F2026-0356',
              mid='<dm-0874-0d1e2f3a4b.20261203T131500@peeters-sanitair.be>',
              date='Thu, 03 Dec 2026 13:15:00 +0100', dm='boekhouding+dm-0874-0d1e2f3a4b@peeters-sanitair.be'),
    raw='''
Return-Path: <>
Received: by 2002:a05:6a10:9c31:b0:5a1:7d2e:1b40 with SMTP id q17csp441902pxb;
        Thu, 3 Dec 2026 04:15:05 -0800 (PST)
Date: Thu, 03 Dec 2026 04:15:05 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: boekhouding+dm-0874-0d1e2f3a4b@peeters-sanitair.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <dm-0874-0d1e2f3a4b.20261203T131500@peeters-sanitair.be>
In-Reply-To: <dm-0874-0d1e2f3a4b.20261203T131500@peeters-sanitair.be>
X-Failed-Recipients: jeroen@fotostudio-lens.nl
Message-ID: <674ef5a9.170a0220.3c1e2d.08f1.GMR@mx.google.com>
MIME-Version: 1.0
Content-Type: multipart/report; boundary="0000000000009b2e4f0627f3d1a8"; report-type=delivery-status

--0000000000009b2e4f0627f3d1a8
Content-Type: text/plain; charset="UTF-8"


** Bericht geblokkeerd **

Je bericht aan jeroen@fotostudio-lens.nl is niet bezorgd omdat het account van de ontvanger is uitgeschakeld.

Het antwoord van de externe server was:

550 5.2.1 The email account that you tried to reach is disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser a640c23a62f3a-aa5f1c2e09bsi22871566b.41 - gsmtp

--0000000000009b2e4f0627f3d1a8
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; boekhouding@peeters-sanitair.be
Arrival-Date: Thu, 03 Dec 2026 04:15:01 -0800 (PST)
X-Original-Message-ID: <dm-0874-0d1e2f3a4b.20261203T131500@peeters-sanitair.be>

Final-Recipient: rfc822; jeroen@fotostudio-lens.nl
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; The email account that you tried to reach is disabled. For more information, go to
 https://support.google.com/mail/?p=DisabledUser a640c23a62f3a-aa5f1c2e09bsi22871566b.41 - gsmtp
Last-Attempt-Date: Thu, 03 Dec 2026 04:15:05 -0800 (PST)

--0000000000009b2e4f0627f3d1a8
Content-Type: text/rfc822-headers

@@HDRS@@

--0000000000009b2e4f0627f3d1a8--
''')

# 088 Postfix: 5.1.6 mailbox moved, the domain went to another provider
add(88, 'failed', 'info@kinderopvang-zonnestraal.nl', '<dm-1365-7b8c9d0e1f.20261203T132020@despaak.nl>', 'bounce',
    'Postfix (TransIP relay) (… old provider remote text)', 'en', 'remote 550 5.1.6 "adres verhuisd naar andere provider, geen doorsturing"; Dutch diagnostic inside an English Postfix report',
    orig=dict(biz='spaak', to='info@kinderopvang-zonnestraal.nl', inv='2026-0466',
              mid='<dm-1365-7b8c9d0e1f.20261203T132020@despaak.nl>',
              date='Thu, 03 Dec 2026 13:20:20 +0100', dm='administratie+dm-1365-7b8c9d0e1f@despaak.nl'),
    raw='''
Return-Path: <>
Delivered-To: administratie+dm-1365-7b8c9d0e1f@despaak.nl
Received: by relay.transip.nl (Postfix)
	id 4R2N9j0kL1z1Xv; Thu,  3 Dec 2026 13:20:24 +0100 (CET)
Date: Thu,  3 Dec 2026 13:20:24 +0100 (CET)
From: MAILER-DAEMON@relay.transip.nl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: administratie+dm-1365-7b8c9d0e1f@despaak.nl
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4R2N9j0kL1z1Xv.1764764424/relay.transip.nl"
Message-Id: <4R2N9j0kL1z1Xv@relay.transip.nl>

This is a MIME-encapsulated message.

--4R2N9j0kL1z1Xv.1764764424/relay.transip.nl
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.transip.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<info@kinderopvang-zonnestraal.nl>: host mx.oude-hoster.example.nl[31.3.97.4]
    said: 550 5.1.6 <info@kinderopvang-zonnestraal.nl>: adres verhuisd naar
    andere provider, geen doorsturing ingesteld (in reply to RCPT TO command)

--4R2N9j0kL1z1Xv.1764764424/relay.transip.nl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.transip.nl
X-Postfix-Queue-ID: 4R2N9j0kL1z1Xv
X-Postfix-Sender: rfc822; administratie+dm-1365-7b8c9d0e1f@despaak.nl
Arrival-Date: Thu,  3 Dec 2026 13:20:21 +0100 (CET)

Final-Recipient: rfc822; info@kinderopvang-zonnestraal.nl
Original-Recipient: rfc822;info@kinderopvang-zonnestraal.nl
Action: failed
Status: 5.1.6
Remote-MTA: dns; mx.oude-hoster.example.nl
Diagnostic-Code: smtp; 550 5.1.6 <info@kinderopvang-zonnestraal.nl>: adres
    verhuisd naar andere provider, geen doorsturing ingesteld

--4R2N9j0kL1z1Xv.1764764424/relay.transip.nl
Content-Description: Undelivered Message
Content-Type: message/rfc822

@@ORIG@@

--4R2N9j0kL1z1Xv.1764764424/relay.transip.nl--
''')

# 089 Sendmail on an old hoster box: one permanent, one transient in the same report
add(89, 'failed', 'l.peeters@garage-peeters-example.be', '<dm-0901-2c3d4e5f6a.20261203T133000@peeters-sanitair.be>', 'bounce',
    'Sendmail 8.15 (hoster shared server)', 'en', 'two recipients: the Cc has "transient non-fatal errors" (still queued) and the To "permanent fatal errors"; the transient one is listed first in the DSN',
    orig=dict(biz='peeters', to='l.peeters@garage-peeters-example.be', cc='boekhouding@garage-peeters-example.be', inv='F2026-0358',
              mid='<dm-0901-2c3d4e5f6a.20261203T133000@peeters-sanitair.be>',
              date='Thu, 03 Dec 2026 13:30:00 +0100', dm='boekhouding+dm-0901-2c3d4e5f6a@peeters-sanitair.be'),
    raw='''
Return-Path: <>
Received: from localhost (localhost)
	by shared04.webhost-vlaanderen.be (8.15.2/8.15.2) id 0B3CU5qD019284;
	Thu, 3 Dec 2026 13:30:05 +0100
Date: Thu, 3 Dec 2026 13:30:05 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@shared04.webhost-vlaanderen.be>
Message-Id: <202612031230.0B3CU5qD019284@shared04.webhost-vlaanderen.be>
To: <boekhouding+dm-0901-2c3d4e5f6a@peeters-sanitair.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0B3CU5qD019284.1764765005/shared04.webhost-vlaanderen.be"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--0B3CU5qD019284.1764765005/shared04.webhost-vlaanderen.be

The original message was received at Thu, 3 Dec 2026 13:30:01 +0100
from mail.peeters-sanitair.be [85.201.44.10]

   ----- The following addresses had permanent fatal errors -----
<l.peeters@garage-peeters-example.be>
    (reason: 550 5.1.1 <l.peeters@garage-peeters-example.be>... User unknown)

   ----- The following addresses had transient non-fatal errors -----
<boekhouding@garage-peeters-example.be>
    (reason: 452 4.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mx.garage-peeters-example.be.:
>>> RCPT To:<boekhouding@garage-peeters-example.be>
<<< 452 4.2.2 Mailbox full
<boekhouding@garage-peeters-example.be>... Deferred: 452 4.2.2 Mailbox full
>>> RCPT To:<l.peeters@garage-peeters-example.be>
<<< 550 5.1.1 <l.peeters@garage-peeters-example.be>... User unknown
550 5.1.1 <l.peeters@garage-peeters-example.be>... User unknown

--0B3CU5qD019284.1764765005/shared04.webhost-vlaanderen.be
Content-Type: message/delivery-status

Reporting-MTA: dns; shared04.webhost-vlaanderen.be
Received-From-MTA: DNS; mail.peeters-sanitair.be
Arrival-Date: Thu, 3 Dec 2026 13:30:01 +0100

Final-Recipient: RFC822; boekhouding@garage-peeters-example.be
Action: delayed
Status: 4.2.2
Remote-MTA: DNS; mx.garage-peeters-example.be
Diagnostic-Code: SMTP; 452 4.2.2 Mailbox full
Last-Attempt-Date: Thu, 3 Dec 2026 13:30:05 +0100

Final-Recipient: RFC822; l.peeters@garage-peeters-example.be
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mx.garage-peeters-example.be
Diagnostic-Code: SMTP; 550 5.1.1 <l.peeters@garage-peeters-example.be>... User unknown
Last-Attempt-Date: Thu, 3 Dec 2026 13:30:05 +0100

--0B3CU5qD019284.1764765005/shared04.webhost-vlaanderen.be
Content-Type: message/rfc822

@@ORIG@@

--0B3CU5qD019284.1764765005/shared04.webhost-vlaanderen.be--
''')

# 090 SpamExperts (N-able) Dutch quarantine digest
add(90, 'none', None, None, 'auto_reply', 'SpamExperts / N-able Mail Assure quarantine digest', 'nl',
    'Dutch digest to the business listing quarantined inbound mails, one of them a "Mail delivery failed" from a MAILER-DAEMON; nothing of ours failed',
    raw='''
Return-Path: <noreply@spamexperts.com>
Received: from outgoing.spamexperts.com (outgoing.spamexperts.com [38.111.198.60])
	by mx.despaak.nl (Postfix) with ESMTPS id 4R2P1k2lM3z1Yz
	for <administratie@despaak.nl>; Fri,  4 Dec 2026 07:00:19 +0100 (CET)
From: Spamfilter <noreply@spamexperts.com>
To: administratie@despaak.nl
Subject: Quarantaine-overzicht voor administratie@despaak.nl (2 berichten)
Date: Fri, 04 Dec 2026 07:00:18 +0100
Message-ID: <digest.20261204070018.5a1e@spamexperts.com>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Quarantaine-overzicht voor administratie@despaak.nl

De volgende berichten zijn door het spamfilter tegengehouden en niet in
uw mailbox afgeleverd. U kunt ze binnen 14 dagen vrijgeven.

Datum             Afzender                               Onderwerp
03-12-2026 18:22  MAILER-DAEMON@mail.example-spam.xyz    Mail delivery failed: returning message to sender
04-12-2026 02:41  factuur@ing-example-verify.top         Uw betaling is mislukt

Vrijgeven of bekijken: https://mailassure.example/quarantine?u=administratie%40despaak.nl

Dit is een automatisch bericht.
''')

# 091 IceWarp German, quota permanent
add(91, 'failed', 'verwaltung@gaestehaus-alpenrose.at', '<dm-0530-4d5e6f7a8b.20261203T134000@zimmerei-gruber.at>', 'bounce',
    'IceWarp (German)', 'de', 'German IceWarp text "Postfach voll ... nicht erneut versucht"; Action failed 5.2.2; original as message/rfc822',
    orig=dict(biz='gruber', to='verwaltung@gaestehaus-alpenrose.at', inv='ZG-2026/333',
              mid='<dm-0530-4d5e6f7a8b.20261203T134000@zimmerei-gruber.at>',
              date='Thu, 03 Dec 2026 13:40:00 +0100', dm='office+dm-0530-4d5e6f7a8b@zimmerei-gruber.at'),
    raw='''
Return-Path: <>
Received: from mail.gaestehaus-alpenrose.at ([81.19.151.20])
	by mail.zimmerei-gruber.at with ESMTPS; Thu, 3 Dec 2026 13:40:08 +0100
From: "Mail-Zustellsystem" <postmaster@gaestehaus-alpenrose.at>
To: office+dm-0530-4d5e6f7a8b@zimmerei-gruber.at
Subject: Unzustellbar: Zahlungserinnerung: Rechnung ZG-2026/333
Date: Thu, 03 Dec 2026 13:40:07 +0100
Message-ID: <icewarp.ndr.20261203134007.0112@gaestehaus-alpenrose.at>
X-Mailer: IceWarp Mailer 14.1.0.8 x64
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="_===1887364====mail.gaestehaus-alpenrose.at===_"

--_===1887364====mail.gaestehaus-alpenrose.at===_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Die Zustellung an folgende Empfänger ist fehlgeschlagen:

verwaltung@gaestehaus-alpenrose.at
    Das Postfach des Empfängers ist voll. Die Nachricht wird nicht erneut zugestellt.

--_===1887364====mail.gaestehaus-alpenrose.at===_
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.gaestehaus-alpenrose.at
Arrival-Date: Thu, 03 Dec 2026 13:40:06 +0100

Final-Recipient: rfc822; verwaltung@gaestehaus-alpenrose.at
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded

--_===1887364====mail.gaestehaus-alpenrose.at===_
Content-Type: message/rfc822

@@ORIG@@

--_===1887364====mail.gaestehaus-alpenrose.at===_--
''')

# 092 Exchange 2013 French (Walloon debtor, local IT firm)
add(92, 'failed', 'f.renard@menuiserie-renard.be', '<dm-0904-5e6f7a8b9c.20261203T134500@peeters-sanitair.be>', 'bounce',
    'Exchange 2013 (French, hosted at local IT firm)', 'fr', 'French Exchange NDR "La remise aux destinataires ou groupes suivants a échoué"; display name then address; employee left (5.1.10 RecipientNotFound)',
    orig=dict(biz='peeters', to='f.renard@menuiserie-renard.be', toname='François Renard', inv='F2026-0360',
              mid='<dm-0904-5e6f7a8b9c.20261203T134500@peeters-sanitair.be>',
              date='Thu, 03 Dec 2026 13:45:00 +0100', dm='boekhouding+dm-0904-5e6f7a8b9c@peeters-sanitair.be'),
    crlf=True, raw='''
Received: from EXCH13.renard.local (192.168.1.10) by EXCH13.renard.local
 (192.168.1.10) with Microsoft SMTP Server (TLS) id 15.0.1497.48; Thu, 3 Dec
 2026 13:45:07 +0100
From: Microsoft Outlook <postmaster@menuiserie-renard.be>
To: <boekhouding+dm-0904-5e6f7a8b9c@peeters-sanitair.be>
Date: Thu, 3 Dec 2026 13:45:07 +0100
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-BE
Message-ID: <8c9d0e1f-2a3b-4c4d-5e6f-7a8b9c0d1e2f@EXCH13.renard.local>
In-Reply-To: <dm-0904-5e6f7a8b9c.20261203T134500@peeters-sanitair.be>
References: <dm-0904-5e6f7a8b9c.20261203T134500@peeters-sanitair.be>
Subject: =?utf-8?Q?Non_remis=C2=A0=3A_Herinnering=3A_factuur_F2026-0360?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

La remise aux destinataires ou groupes suivants a échoué :

François Renard (f.renard@menuiserie-renard.be)
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et renvoyez le message. Si le problème persiste, contactez votre service d'assistance.

Informations de diagnostic pour les administrateurs :

Serveur de génération : EXCH13.renard.local

f.renard@menuiserie-renard.be
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH13.renard.local
Received-From-MTA: dns;mx.menuiserie-renard.be
Arrival-Date: Thu, 3 Dec 2026 12:45:05 +0000

Final-Recipient: rfc822;f.renard@menuiserie-renard.be
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
X-Display-Name: =?utf-8?Q?Fran=C3=A7ois_Renard?=

--4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8
Content-Type: message/rfc822

@@ORIG@@

--4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8--
''')

# 093 Orange refuses with "essayer plus tard" wording but a 5xx code
add(93, 'failed', 'sav.garnier-habitat@orange.fr', '<dm-0907-6f7a8b9c0d.20261203T135000@peeters-sanitair.be>', 'bounce',
    'Postfix (… Orange remote text)', 'en', 'Orange "550 5.7.1 Service refuse. Veuillez essayer plus tard. [OFR_999]": "try later" in words, final by code and Action failed',
    orig=dict(biz='peeters', to='sav.garnier-habitat@orange.fr', inv='F2026-0362',
              mid='<dm-0907-6f7a8b9c0d.20261203T135000@peeters-sanitair.be>',
              date='Thu, 03 Dec 2026 13:50:00 +0100', dm='boekhouding+dm-0907-6f7a8b9c0d@peeters-sanitair.be'),
    raw='''
Return-Path: <>
Received: by mail.peeters-sanitair.be (Postfix)
	id 3B4C5D6E7F; Thu,  3 Dec 2026 13:50:06 +0100 (CET)
Date: Thu,  3 Dec 2026 13:50:06 +0100 (CET)
From: MAILER-DAEMON@mail.peeters-sanitair.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: boekhouding+dm-0907-6f7a8b9c0d@peeters-sanitair.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3B4C5D6E7F.1764766206/mail.peeters-sanitair.be"
Message-Id: <20261203125006.3B4C5D6E7F@mail.peeters-sanitair.be>

This is a MIME-encapsulated message.

--3B4C5D6E7F.1764766206/mail.peeters-sanitair.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.peeters-sanitair.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<sav.garnier-habitat@orange.fr>: host smtp-in.orange.fr[193.252.22.65] said:
    550 5.7.1 Service refuse. Veuillez essayer plus tard. service refused,
    please try later. OFR_999 [999] (in reply to end of DATA command)

--3B4C5D6E7F.1764766206/mail.peeters-sanitair.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.peeters-sanitair.be
X-Postfix-Queue-ID: 3B4C5D6E7F
X-Postfix-Sender: rfc822; boekhouding+dm-0907-6f7a8b9c0d@peeters-sanitair.be
Arrival-Date: Thu,  3 Dec 2026 13:50:01 +0100 (CET)

Final-Recipient: rfc822; sav.garnier-habitat@orange.fr
Original-Recipient: rfc822;sav.garnier-habitat@orange.fr
Action: failed
Status: 5.7.1
Remote-MTA: dns; smtp-in.orange.fr
Diagnostic-Code: smtp; 550 5.7.1 Service refuse. Veuillez essayer plus tard.
    service refused, please try later. OFR_999 [999]

--3B4C5D6E7F.1764766206/mail.peeters-sanitair.be
Content-Description: Undelivered Message
Content-Type: message/rfc822

@@ORIG@@

--3B4C5D6E7F.1764766206/mail.peeters-sanitair.be--
''')

# 094 mail.de post-acceptance bounce: recipient only in the subject
add(94, 'failed', 'k.albrecht@mail.de', '<dm-2307-8a9b0c1d2e.20261203T140000@schreinerei-hofmann.de>', 'bounce',
    'mail.de', 'de', 'the address appears only in the subject ("Unzustellbar an k.albrecht@mail.de") and the returned message\'s To; body says only "Das Postfach existiert nicht mehr"',
    orig=dict(biz='hofmann', to='k.albrecht@mail.de', toname='Katrin Albrecht', inv='RE-2026-130',
              mid='<dm-2307-8a9b0c1d2e.20261203T140000@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 14:00:00 +0100', dm='buchhaltung+dm-2307-8a9b0c1d2e@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: from mailout.mail.de (mailout.mail.de [62.201.172.24])
	by mx.schreinerei-hofmann.de (Postfix) with ESMTPS id 4R2Q3m4nP5z5Rx
	for <buchhaltung+dm-2307-8a9b0c1d2e@schreinerei-hofmann.de>; Thu,  3 Dec 2026 14:00:12 +0100 (CET)
Date: Thu, 3 Dec 2026 14:00:11 +0100
From: mail.de Zustellsystem <mailer-daemon@mail.de>
To: buchhaltung+dm-2307-8a9b0c1d2e@schreinerei-hofmann.de
Subject: Unzustellbar an k.albrecht@mail.de
Message-ID: <ndr.1764766811.3a4b@mailout.mail.de>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="mailde-ndr-3a4b"

--mailde-ndr-3a4b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hallo,

Ihre unten angehängte Nachricht konnte nicht zugestellt werden:
Das Postfach existiert nicht mehr. Die Zustellung wurde endgültig
abgebrochen.

Ihr mail.de Team

--mailde-ndr-3a4b
Content-Type: message/rfc822

@@ORIG@@

--mailde-ndr-3a4b--
''')

# 095 English out-of-office with delivery words
add(95, 'none', None, None, 'auto_reply', 'out-of-office (Google Workspace vacation responder)', 'en',
    'vacation reply: "your message has been delivered", "could not be processed until", "will not be forwarded"; In-Reply-To the reminder',
    raw='''
Return-Path: <j.whitfield@whitfield-plumbing.co.uk>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
	by mx.lynxontwerp.nl (Postfix) with ESMTPS id 4R2R5n6pQ7z7Lx
	for <admin+dm-0474-9c0d1e2f3a@lynxontwerp.nl>; Thu,  3 Dec 2026 14:10:05 +0100 (CET)
MIME-Version: 1.0
From: James Whitfield <j.whitfield@whitfield-plumbing.co.uk>
Date: Thu, 3 Dec 2026 05:10:03 -0800
Message-ID: <CAHx9p1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d@mail.gmail.com>
Subject: Away until 11 December - Re: Reminder: invoice INV-1217
To: admin+dm-0474-9c0d1e2f3a@lynxontwerp.nl
In-Reply-To: <dm-0474-9c0d1e2f3a.20261203T141000@lynxontwerp.nl>
References: <dm-0474-9c0d1e2f3a.20261203T141000@lynxontwerp.nl>
Auto-Submitted: auto-replied
Precedence: bulk
Content-Type: text/plain; charset="UTF-8"

Thank you for your email. Your message has been delivered to my mailbox,
but I am on leave until Friday 11 December and it could not be processed
until my return. It will not be forwarded.

For anything urgent regarding accounts please call the office on
01632 960 412.

James Whitfield
Whitfield Plumbing & Heating Ltd
''')

# 096 Postfix quoting Gmail's security block for the PDF
add(96, 'failed', 'hampton.decor.accounts@gmail.com', '<dm-0477-0d1e2f3a4b.20261203T141500@lynxontwerp.nl>', 'bounce',
    'Postfix (… Gmail remote text)', 'en', 'Gmail refuses the message for its attachment: 552 5.7.0 "potential security issue"; the address is valid',
    orig=dict(pdf=True, biz='lynx', to='hampton.decor.accounts@gmail.com', inv='INV-1219',
              mid='<dm-0477-0d1e2f3a4b.20261203T141500@lynxontwerp.nl>',
              date='Thu, 03 Dec 2026 14:15:00 +0100', dm='admin+dm-0477-0d1e2f3a4b@lynxontwerp.nl'),
    raw='''
Return-Path: <>
Received: by mx.lynxontwerp.nl (Postfix)
	id 8E9F0A1B2C; Thu,  3 Dec 2026 14:15:09 +0100 (CET)
Date: Thu,  3 Dec 2026 14:15:09 +0100 (CET)
From: MAILER-DAEMON@mx.lynxontwerp.nl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: admin+dm-0477-0d1e2f3a4b@lynxontwerp.nl
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8E9F0A1B2C.1764767709/mx.lynxontwerp.nl"
Message-Id: <20261203131509.8E9F0A1B2C@mx.lynxontwerp.nl>

This is a MIME-encapsulated message.

--8E9F0A1B2C.1764767709/mx.lynxontwerp.nl
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.lynxontwerp.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<hampton.decor.accounts@gmail.com>: host gmail-smtp-in.l.google.com[142.250.102.27]
    said: 552-5.7.0 This message was blocked because its content presents a
    potential 552-5.7.0 security issue. To review our message content and
    attachment 552-5.7.0 content guidelines, go to 552 5.7.0
    https://support.google.com/mail/?p=BlockedMessage
    5b1f17b1804b1-434a1c2d3e4si1234567f8.290 - gsmtp (in reply to end of DATA
    command)

--8E9F0A1B2C.1764767709/mx.lynxontwerp.nl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.lynxontwerp.nl
X-Postfix-Queue-ID: 8E9F0A1B2C
X-Postfix-Sender: rfc822; admin+dm-0477-0d1e2f3a4b@lynxontwerp.nl
Arrival-Date: Thu,  3 Dec 2026 14:15:01 +0100 (CET)

Final-Recipient: rfc822; hampton.decor.accounts@gmail.com
Original-Recipient: rfc822;hampton.decor.accounts@gmail.com
Action: failed
Status: 5.7.0
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 552-5.7.0 This message was blocked because its content
    presents a potential 552-5.7.0 security issue. To review our message
    content and attachment 552-5.7.0 content guidelines, go to 552 5.7.0
    https://support.google.com/mail/?p=BlockedMessage
    5b1f17b1804b1-434a1c2d3e4si1234567f8.290 - gsmtp

--8E9F0A1B2C.1764767709/mx.lynxontwerp.nl
Content-Description: Undelivered Message
Content-Type: message/rfc822

@@ORIG@@

--8E9F0A1B2C.1764767709/mx.lynxontwerp.nl--
''')

# 097 Postfix: MX of the debtor's domain points back at the sender's own host
add(97, 'failed', 'info@bike-service-noord.nl', '<dm-1368-9f0a1b2c3d.20261203T142000@despaak.nl>', 'bounce',
    'Postfix (Hetzner VPS)', 'en', 'misconfigured debtor domain (its MX was left pointing at a shared host): "mail for ... loops back to myself", Status 5.4.6, no remote reply',
    orig=dict(biz='spaak', to='info@bike-service-noord.nl', inv='2026-0468',
              mid='<dm-1368-9f0a1b2c3d.20261203T142000@despaak.nl>',
              date='Thu, 03 Dec 2026 14:20:00 +0100', dm='administratie+dm-1368-9f0a1b2c3d@despaak.nl'),
    raw='''
Return-Path: <>
Received: by mail.despaak.nl (Postfix)
	id 1A2B3C4D5E; Thu,  3 Dec 2026 14:20:01 +0100 (CET)
Date: Thu,  3 Dec 2026 14:20:01 +0100 (CET)
From: MAILER-DAEMON@mail.despaak.nl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: administratie+dm-1368-9f0a1b2c3d@despaak.nl
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="1A2B3C4D5E.1764768001/mail.despaak.nl"
Message-Id: <20261203132001.1A2B3C4D5E@mail.despaak.nl>

This is a MIME-encapsulated message.

--1A2B3C4D5E.1764768001/mail.despaak.nl
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.despaak.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<info@bike-service-noord.nl>: mail for bike-service-noord.nl loops back to
    myself

--1A2B3C4D5E.1764768001/mail.despaak.nl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.despaak.nl
X-Postfix-Queue-ID: 1A2B3C4D5E
X-Postfix-Sender: rfc822; administratie+dm-1368-9f0a1b2c3d@despaak.nl
Arrival-Date: Thu,  3 Dec 2026 14:20:00 +0100 (CET)

Final-Recipient: rfc822; info@bike-service-noord.nl
Original-Recipient: rfc822;info@bike-service-noord.nl
Action: failed
Status: 5.4.6
Diagnostic-Code: X-Postfix; mail for bike-service-noord.nl loops back to myself

--1A2B3C4D5E.1764768001/mail.despaak.nl
Content-Description: Undelivered Message
Content-Type: message/rfc822

@@ORIG@@

--1A2B3C4D5E.1764768001/mail.despaak.nl--
''')

# 098 Hostpoint German: unknown user, Final-Recipient is the alias target
add(98, 'failed', 'rechnungen@schreinerei-baumann.ch', '<dm-2310-0a1b2c3d4e.20261203T143000@schreinerei-hofmann.de>', 'bounce',
    'Postfix (Hostpoint, German)', 'de', 'alias: Original-Recipient is the address written to, Final-Recipient the expanded mailbox that no longer exists ("expanded from" in the text)',
    orig=dict(biz='hofmann', to='rechnungen@schreinerei-baumann.ch', inv='RE-2026-131',
              mid='<dm-2310-0a1b2c3d4e.20261203T143000@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 14:30:00 +0100', dm='buchhaltung+dm-2310-0a1b2c3d4e@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: by mxin.mail.hostpoint.ch (Postfix)
	id 4R2S7p8qR9z3Gk; Thu,  3 Dec 2026 14:30:06 +0100 (CET)
Date: Thu,  3 Dec 2026 14:30:06 +0100 (CET)
From: MAILER-DAEMON@hostpoint.ch (Mail-Zustellsystem)
Subject: Unzustellbare Nachricht
To: buchhaltung+dm-2310-0a1b2c3d4e@schreinerei-hofmann.de
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4R2S7p8qR9z3Gk.1764768606/mxin.mail.hostpoint.ch"
Message-Id: <4R2S7p8qR9z3Gk@mxin.mail.hostpoint.ch>

--4R2S7p8qR9z3Gk.1764768606/mxin.mail.hostpoint.ch
Content-Description: Benachrichtigung
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist das Mailsystem auf mxin.mail.hostpoint.ch.

Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht
zugestellt werden. Die Nachricht ist unten angehängt.

<m.baumann@schreinerei-baumann.ch> (expanded from
    <rechnungen@schreinerei-baumann.ch>): unknown user: "m.baumann"

--4R2S7p8qR9z3Gk.1764768606/mxin.mail.hostpoint.ch
Content-Description: Zustellbericht
Content-Type: message/delivery-status

Reporting-MTA: dns; mxin.mail.hostpoint.ch
Arrival-Date: Thu,  3 Dec 2026 14:30:02 +0100 (CET)

Final-Recipient: rfc822; m.baumann@schreinerei-baumann.ch
Original-Recipient: rfc822;rechnungen@schreinerei-baumann.ch
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "m.baumann"

--4R2S7p8qR9z3Gk.1764768606/mxin.mail.hostpoint.ch
Content-Description: Unzustellbare Nachricht
Content-Type: message/rfc822

@@ORIG@@

--4R2S7p8qR9z3Gk.1764768606/mxin.mail.hostpoint.ch--
''')

# 099 Exim (Plesk) quoting Exchange Online Protection: banned sending IP
add(99, 'failed', 'ap@riverside-dental-example.co.uk', '<dm-0480-1e2f3a4b5c.20261203T144000@lynxontwerp.nl>', 'bounce',
    'Exim (Plesk) (… Exchange Online Protection remote text)', 'en', 'EOP 550 5.7.606 "Access denied, banned sending IP"; Exim text + X-Failed-Recipients, no DSN; full copy returned',
    orig=dict(biz='lynx', to='ap@riverside-dental-example.co.uk', inv='INV-1221',
              mid='<dm-0480-1e2f3a4b5c.20261203T144000@lynxontwerp.nl>',
              date='Thu, 03 Dec 2026 14:40:00 +0100', dm='admin+dm-0480-1e2f3a4b5c@lynxontwerp.nl'),
    raw='''
Return-path: <>
Envelope-to: admin+dm-0480-1e2f3a4b5c@lynxontwerp.nl
Delivery-date: Thu, 03 Dec 2026 14:40:07 +0100
Received: from mailnull by plesk-eu3.webhost-example.nl with local (Exim 4.96)
	id 1tI4DL-0001yZ-0f
	for admin+dm-0480-1e2f3a4b5c@lynxontwerp.nl;
	Thu, 03 Dec 2026 14:40:07 +0100
X-Failed-Recipients: ap@riverside-dental-example.co.uk
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@plesk-eu3.webhost-example.nl>
To: admin+dm-0480-1e2f3a4b5c@lynxontwerp.nl
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tI4DL-0001yZ-0f@plesk-eu3.webhost-example.nl>
Date: Thu, 03 Dec 2026 14:40:07 +0100

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ap@riverside-dental-example.co.uk
    host riversidedentalexample-co-uk.mail.protection.outlook.com [52.101.68.13]
    SMTP error from remote mail server after pipelined MAIL FROM:<admin+dm-0480-1e2f3a4b5c@lynxontwerp.nl> SIZE=2841:
    550 5.7.606 Access denied, banned sending IP [185.116.8.41]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [AM4PEPF00027A5F.eurprd04.prod.outlook.com 2026-12-03T13:40:07.118Z 08DD12A4B5C6D7E8]

------ This is a copy of the message, including all the headers. ------

@@ORIG@@
''')

# 100 CommuniGate Pro LOCAL recipient, quota, permanent
add(100, 'failed', 'einkauf@tischlerei-winkler.de', '<dm-2313-1b2c3d4e5f.20261203T145000@schreinerei-hofmann.de>', 'bounce',
    'CommuniGate Pro', 'de', 'CommuniGate with German text; Final-Recipient "LOCAL;einkauf" (no domain), Original-Recipient has the address; quota marked permanent',
    orig=dict(biz='hofmann', to='einkauf@tischlerei-winkler.de', inv='RE-2026-132',
              mid='<dm-2313-1b2c3d4e5f.20261203T145000@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 14:50:00 +0100', dm='buchhaltung+dm-2313-1b2c3d4e5f@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: from [88.198.71.14] (HELO mail.tischlerei-winkler.de)
  by mx.schreinerei-hofmann.de with ESMTPS; Thu, 03 Dec 2026 14:50:09 +0100
Date: Thu, 03 Dec 2026 14:50:08 +0100
From: MAILER-DAEMON@tischlerei-winkler.de
Subject: Unzustellbare Nachricht: Zahlungserinnerung: Rechnung RE-2026-132
To: buchhaltung+dm-2313-1b2c3d4e5f@schreinerei-hofmann.de
Message-ID: <DSN77120431.3@mail.tischlerei-winkler.de>
X-Mailer: CommuniGate Pro SMTP 6.3.14
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="_===77120431====mail.tischlerei-winkler.de===_"

--_===77120431====mail.tischlerei-winkler.de===_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Die Nachricht konnte nicht zugestellt werden an 'einkauf'
LOCAL-Modul (Konto einkauf) meldet:
 Kontingent überschritten (Postfach voll). Zustellung endgültig fehlgeschlagen.

--_===77120431====mail.tischlerei-winkler.de===_
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.tischlerei-winkler.de
Arrival-Date: Thu, 03 Dec 2026 14:50:07 +0100

Original-Recipient: rfc822;einkauf@tischlerei-winkler.de
Final-Recipient: LOCAL;einkauf
Action: failed
Status: 5.2.2
Diagnostic-Code: x-local; account quota exceeded

--_===77120431====mail.tischlerei-winkler.de===_
Content-Type: text/rfc822-headers

@@HDRS@@

--_===77120431====mail.tischlerei-winkler.de===_--
''')
