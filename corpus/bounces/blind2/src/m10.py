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
