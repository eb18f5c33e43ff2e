M = []
def add(n, delivery, recipient, message_id, kind, mta, lang, note, raw, orig=None, crlf=False):
    M.append(dict(n=n, delivery=delivery, recipient=recipient, message_id=message_id, kind=kind, mta=mta,
                  lang=lang, note=note, raw=raw, orig=orig, crlf=crlf))

# 057 "dit e-mailadres wordt niet meer gelezen" autoresponder
add(57, 'none', None, None, 'auto_reply', 'autoresponder (Exchange Online inbox rule)', 'nl',
    '"wordt niet meer gelezen", "niet langer werkzaam", "niet doorgestuurd": the person left, but the mailbox took the mail; quotes nothing',
    raw='''
Return-Path: <m.dewit@installatietechniek-dewit.nl>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2071.outbound.protection.outlook.com [40.107.105.71])
	by mx.kroon-installatie.nl (Postfix) with ESMTPS id 4R2A1b2C3dz2Xy
	for <debiteuren+dm-0214-2a7e9c1f0b@kroon-installatie.nl>; Thu,  3 Dec 2026 11:20:31 +0100 (CET)
From: Martijn de Wit <m.dewit@installatietechniek-dewit.nl>
To: "debiteuren+dm-0214-2a7e9c1f0b@kroon-installatie.nl" <debiteuren+dm-0214-2a7e9c1f0b@kroon-installatie.nl>
Subject: Automatisch antwoord: Herinnering: factuur K-26-1034
Date: Thu, 3 Dec 2026 10:20:29 +0000
Message-ID: <AS8PR09MB6142A1B2C3D4E5F6A7B8C9D0E1F2A@AS8PR09MB6142.eurprd09.prod.outlook.com>
In-Reply-To: <dm-0214-2a7e9c1f0b.20261203T112025@kroon-installatie.nl>
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: m.dewit@installatietechniek-dewit.nl
X-Auto-Response-Suppress: All
Content-Language: nl-NL
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dit e-mailadres wordt niet meer gelezen.

Martijn de Wit is niet langer werkzaam bij Installatietechniek De Wit.
Uw bericht wordt niet doorgestuurd. Voor facturen en betalingen kunt u
mailen naar administratie@installatietechniek-dewit.nl.

Met vriendelijke groet,
Installatietechniek De Wit
''')

# 058 Exim: retry time not reached after long failure period
add(58, 'expired', 'info@hotel-zur-post-example.de', '<dm-2229-c3b0a9e1f4.20261127T093012@schreinerei-hofmann.de>', 'bounce',
    'Exim (IONOS dedicated server)', 'en', 'Exim "all hosts have been failing for a long time (and retry time not reached)"; permanent-error headline; no DSN; full copy returned',
    orig=dict(biz='hofmann', to='info@hotel-zur-post-example.de', inv='RE-2026-96',
              mid='<dm-2229-c3b0a9e1f4.20261127T093012@schreinerei-hofmann.de>',
              date='Fri, 27 Nov 2026 09:30:12 +0100', dm='buchhaltung+dm-2229-c3b0a9e1f4@schreinerei-hofmann.de'),
    raw='''
Return-path: <>
Envelope-to: buchhaltung+dm-2229-c3b0a9e1f4@schreinerei-hofmann.de
Delivery-date: Thu, 03 Dec 2026 09:42:18 +0100
Received: from Debian-exim by s18221412.onlinehome-server.info with local (Exim 4.96)
	id 1tI0kU-0002wX-0R
	for buchhaltung+dm-2229-c3b0a9e1f4@schreinerei-hofmann.de;
	Thu, 03 Dec 2026 09:42:18 +0100
X-Failed-Recipients: info@hotel-zur-post-example.de
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@s18221412.onlinehome-server.info>
To: buchhaltung+dm-2229-c3b0a9e1f4@schreinerei-hofmann.de
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tI0kU-0002wX-0R@s18221412.onlinehome-server.info>
Date: Thu, 03 Dec 2026 09:42:18 +0100

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  info@hotel-zur-post-example.de
    all hosts for 'hotel-zur-post-example.de' have been failing for a long time (and retry time not reached)

------ This is a copy of the message, including all the headers. ------

@@ORIG@@
''')

# 059 Exchange 2007 German text, recipient not found
add(59, 'failed', 'a.gruber@steuerberatung-gruber.de', '<dm-2283-9a1f0d3c2e.20261203T101222@schreinerei-hofmann.de>', 'bounce',
    'Exchange 2007 (German)', 'de', 'old Exchange 2007 German NDR: the display name line, then the address with #550 5.1.1 RESOLVER.ADR.RecipNotFound; original attached',
    orig=dict(biz='hofmann', to='a.gruber@steuerberatung-gruber.de', toname='Anton Gruber', inv='RE-2026-122',
              mid='<dm-2283-9a1f0d3c2e.20261203T101222@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 10:12:22 +0100', dm='buchhaltung+dm-2283-9a1f0d3c2e@schreinerei-hofmann.de'),
    crlf=True, raw='''
Received: from SBS2008.gruber.local ([192.168.16.2]) by SBS2008.gruber.local
 ([192.168.16.2]) with mapi; Thu, 3 Dec 2026 10:12:30 +0100
From: "Systemadministrator" <postmaster@steuerberatung-gruber.de>
To: <buchhaltung+dm-2283-9a1f0d3c2e@schreinerei-hofmann.de>
Date: Thu, 3 Dec 2026 10:12:30 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01D7E3A1B2C3D4E500000AF1SBS2008.gruber."
X-DSNContext: 7ce717b1 - 1378 - 00000002 - 00000000
Message-ID: <1A0B2C3D4E5F60718293a4b5c6d7e8f9@SBS2008.gruber.local>
Subject: Unzustellbar: Zahlungserinnerung: Rechnung RE-2026-122
Auto-Submitted: auto-replied

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01D7E3A1B2C3D4E500000AF1SBS2008.gruber.
Content-Type: text/plain; charset=unicode-1-1-utf-7

Die Nachricht konnte an folgende Empfänger oder Verteilerlisten nicht übermittelt werden:

Anton Gruber
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihr Helpdesk.

Diagnoseinformationen für Administratoren:

Generierender Server: SBS2008.gruber.local

a.gruber@steuerberatung-gruber.de
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

--9B095B5ADSN=_01D7E3A1B2C3D4E500000AF1SBS2008.gruber.
Content-Type: message/delivery-status

Reporting-MTA: dns;SBS2008.gruber.local
Received-From-MTA: dns;SBS2008.gruber.local
Arrival-Date: Thu, 3 Dec 2026 10:12:29 +0100

Final-Recipient: rfc822;a.gruber@steuerberatung-gruber.de
Action: failed
Status: 5.1.1
X-Display-Name: Anton Gruber

--9B095B5ADSN=_01D7E3A1B2C3D4E500000AF1SBS2008.gruber.
Content-Type: message/rfc822

@@ORIG@@

--9B095B5ADSN=_01D7E3A1B2C3D4E500000AF1SBS2008.gruber.--
''')

# 060 null MX (RFC 7505), Postfix at TransIP
add(60, 'failed', 'facturen@oud-domein-example.nl', '<dm-1347-0d2b9f1a3c.20261203T110204@despaak.nl>', 'bounce',
    'Postfix (TransIP relay)', 'en', 'domain publishes a null MX ("does not accept mail"), Status 5.1.10; no remote host',
    orig=dict(biz='spaak', to='facturen@oud-domein-example.nl', inv='2026-0453',
              mid='<dm-1347-0d2b9f1a3c.20261203T110204@despaak.nl>',
              date='Thu, 03 Dec 2026 11:02:04 +0100', dm='administratie+dm-1347-0d2b9f1a3c@despaak.nl'),
    raw='''
Return-Path: <>
Delivered-To: administratie+dm-1347-0d2b9f1a3c@despaak.nl
Received: by relay.transip.nl (Postfix)
	id 4R2B7c8dQ9z1Xs; Thu,  3 Dec 2026 11:02:05 +0100 (CET)
Date: Thu,  3 Dec 2026 11:02:05 +0100 (CET)
From: MAILER-DAEMON@relay.transip.nl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: administratie+dm-1347-0d2b9f1a3c@despaak.nl
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4R2B7c8dQ9z1Xs.1764756125/relay.transip.nl"
Message-Id: <4R2B7c8dQ9z1Xs@relay.transip.nl>

This is a MIME-encapsulated message.

--4R2B7c8dQ9z1Xs.1764756125/relay.transip.nl
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.transip.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<facturen@oud-domein-example.nl>: Domain oud-domein-example.nl does not accept
    mail (nullMX)

--4R2B7c8dQ9z1Xs.1764756125/relay.transip.nl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.transip.nl
X-Postfix-Queue-ID: 4R2B7c8dQ9z1Xs
X-Postfix-Sender: rfc822; administratie+dm-1347-0d2b9f1a3c@despaak.nl
Arrival-Date: Thu,  3 Dec 2026 11:02:05 +0100 (CET)

Final-Recipient: rfc822; facturen@oud-domein-example.nl
Original-Recipient: rfc822;facturen@oud-domein-example.nl
Action: failed
Status: 5.1.10
Diagnostic-Code: X-Postfix; Domain oud-domein-example.nl does not accept mail
    (nullMX)

--4R2B7c8dQ9z1Xs.1764756125/relay.transip.nl
Content-Description: Undelivered Message
Content-Type: message/rfc822

@@ORIG@@

--4R2B7c8dQ9z1Xs.1764756125/relay.transip.nl--
''')
