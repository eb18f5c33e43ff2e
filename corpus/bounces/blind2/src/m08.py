M = []
def add(n, delivery, recipient, message_id, kind, mta, lang, note, raw, orig=None, crlf=False):
    M.append(dict(n=n, delivery=delivery, recipient=recipient, message_id=message_id, kind=kind, mta=mta,
                  lang=lang, note=note, raw=raw, orig=orig, crlf=crlf))

# 071 STRATO German delay
add(71, 'delayed', 'kontakt@elektro-schaefer.de', '<dm-2292-0f1e2d3c4b.20261203T080011@schreinerei-hofmann.de>', 'bounce',
    'STRATO (Postfix)', 'de', 'German+English STRATO delay; "Zustellung verzögert", "wird weiterhin versucht"; connection refused',
    orig=dict(biz='hofmann', to='kontakt@elektro-schaefer.de', inv='RE-2026-125',
              mid='<dm-2292-0f1e2d3c4b.20261203T080011@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 08:00:11 +0100', dm='buchhaltung+dm-2292-0f1e2d3c4b@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: by smtp.strato.de (RZmta 51.2.3) id f1a2b3AB3C0bX7Z; Thu, 3 Dec 2026 12:01:03 +0100 (CET)
Date: Thu, 3 Dec 2026 12:01:03 +0100 (CET)
From: MAILER-DAEMON@strato.de (Mail Delivery System)
To: buchhaltung+dm-2292-0f1e2d3c4b@schreinerei-hofmann.de
Subject: =?utf-8?q?Zustellung_verz=C3=B6gert=3A_Zahlungserinnerung=3A_Rechnung_RE-2026-125?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="F1A2B3C4D5.1764759663/smtp.strato.de"
Message-Id: <20261203110103.F1A2B3C4D5@smtp.strato.de>

This is a MIME-encapsulated message.

--F1A2B3C4D5.1764759663/smtp.strato.de
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist eine automatisch erzeugte Nachricht des STRATO Mailsystems.

DIES IST NUR EINE WARNUNG. Ihre Nachricht konnte seit 4 Stunden nicht
zugestellt werden. Die Zustellung wird weiterhin versucht. Sie müssen die
Nachricht nicht erneut senden.

THIS IS A WARNING ONLY. Delivery of your message has been delayed for 4
hours. The system will keep trying.

<kontakt@elektro-schaefer.de>: connect to mail.elektro-schaefer.de[46.38.243.9]:25:
    Connection refused

--F1A2B3C4D5.1764759663/smtp.strato.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.strato.de
Arrival-Date: Thu, 3 Dec 2026 08:00:12 +0100 (CET)

Final-Recipient: rfc822; kontakt@elektro-schaefer.de
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.elektro-schaefer.de[46.38.243.9]:25:
    Connection refused
Will-Retry-Until: Tue, 8 Dec 2026 08:00:12 +0100 (CET)

--F1A2B3C4D5.1764759663/smtp.strato.de
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

@@HDRS@@

--F1A2B3C4D5.1764759663/smtp.strato.de--
''')

# 072 Telekom (Magenta Business Mail) German, mailbox deactivated
add(72, 'failed', 'info@fliesen-wolf.de', '<dm-2295-3a2b1c0d9e.20261203T082233@schreinerei-hofmann.de>', 'bounce',
    'Telekom Mail (Magenta Business)', 'de', 'German Telekom text "Postfach deaktiviert"; DSN with Original-Recipient; the business sends through the Telekom relay',
    orig=dict(biz='hofmann', to='info@fliesen-wolf.de', inv='RE-2026-126',
              mid='<dm-2295-3a2b1c0d9e.20261203T082233@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 08:22:33 +0100', dm='buchhaltung+dm-2295-3a2b1c0d9e@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: from mailout02.t-online.de (mailout02.t-online.de [194.25.134.17])
	by mx.schreinerei-hofmann.de (Postfix) with ESMTPS id 4R2G6h7iK8z5Rt
	for <buchhaltung+dm-2295-3a2b1c0d9e@schreinerei-hofmann.de>; Thu,  3 Dec 2026 08:22:41 +0100 (CET)
Date: Thu, 3 Dec 2026 08:22:40 +0100
From: Telekom Mail <MAILER-DAEMON@t-online.de>
To: buchhaltung+dm-2295-3a2b1c0d9e@schreinerei-hofmann.de
Subject: Nicht zustellbar: Zahlungserinnerung: Rechnung RE-2026-126
Message-ID: <ndr.1764746560.0812@securemail.telekom.de>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="TKM-NDR-0812"

--TKM-NDR-0812
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ihre E-Mail konnte nicht zugestellt werden.

Empfänger:   info@fliesen-wolf.de
Grund:       Das Postfach des Empfängers wurde deaktiviert.
Fehlercode:  550 5.2.1

Die Zustellung wird nicht wiederholt.

Ihr Telekom Mail Team

--TKM-NDR-0812
Content-Type: message/delivery-status

Reporting-MTA: dns; securemail.telekom.de
Arrival-Date: Thu, 3 Dec 2026 08:22:35 +0100

Original-Recipient: rfc822; info@fliesen-wolf.de
Final-Recipient: rfc822; info@fliesen-wolf.de
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 mailbox deactivated

--TKM-NDR-0812
Content-Type: message/rfc822

@@ORIG@@

--TKM-NDR-0812--
''')

# 073 "Niet gelezen" MDN (deleted without reading)
add(73, 'none', None, None, 'auto_reply', 'Outlook MDN (not read)', 'nl',
    'Dutch "Niet gelezen:" receipt: the reminder was deleted unread; disposition-notification report with Final-Recipient and Original-Message-ID',
    raw='''
Return-Path: <s.visser@visser-hoveniers.nl>
Received: from mail.visser-hoveniers.nl (mail.visser-hoveniers.nl [89.146.5.201])
	by mx.despaak.nl (Postfix) with ESMTPS id 4R2H8j9kL0z1Yw
	for <administratie@despaak.nl>; Thu,  3 Dec 2026 13:12:44 +0100 (CET)
From: Sanne Visser <s.visser@visser-hoveniers.nl>
To: Fietsenmakerij De Spaak <administratie@despaak.nl>
Subject: Niet gelezen: Herinnering: factuur 2026-0439
Date: Thu, 3 Dec 2026 12:12:41 +0000
Message-ID: <DB7PR05MB5432F1E2D3C4B5A69788@DB7PR05MB5432.eurprd05.prod.outlook.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_DB7PR05MB5432F1E2D3C4B5A69788_"
Content-Language: nl-NL

--_000_DB7PR05MB5432F1E2D3C4B5A69788_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Uw bericht

  Aan: Sanne Visser
  Onderwerp: Herinnering: factuur 2026-0439
  Verzonden: woensdag 2 december 2026 10:31:12 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

is verwijderd zonder te zijn gelezen op donderdag 3 december 2026 13:12:41 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.

--_000_DB7PR05MB5432F1E2D3C4B5A69788_
Content-Type: message/disposition-notification

Reporting-UA: DB7PR05MB5432.eurprd05.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;s.visser@visser-hoveniers.nl
Original-Message-ID: <dm-1333-5c7e9a1b3d.20261202T103112@despaak.nl>
Disposition: automatic-action/MDN-sent-automatically; deleted

--_000_DB7PR05MB5432F1E2D3C4B5A69788_--
''')

# 074 Seznam quoted by Postfix (Czech remote text)
add(74, 'failed', 'ucetni.novak-stavby@seznam.cz', '<dm-0527-8e0f1a2b3c.20261203T110010@zimmerei-gruber.at>', 'bounce',
    'Postfix (… Seznam remote text)', 'en', 'Seznam answers in Czech and English ("Schránka neexistuje"); UTF-8 in the diagnostic; headers only',
    orig=dict(biz='gruber', to='ucetni.novak-stavby@seznam.cz', inv='ZG-2026/331',
              mid='<dm-0527-8e0f1a2b3c.20261203T110010@zimmerei-gruber.at>',
              date='Thu, 03 Dec 2026 11:00:10 +0100', dm='office+dm-0527-8e0f1a2b3c@zimmerei-gruber.at'),
    raw='''
Return-Path: <>
Received: by mail.zimmerei-gruber.at (Postfix)
	id 5C6D7E8F90; Thu,  3 Dec 2026 11:00:14 +0100 (CET)
Date: Thu,  3 Dec 2026 11:00:14 +0100 (CET)
From: MAILER-DAEMON@mail.zimmerei-gruber.at (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: office+dm-0527-8e0f1a2b3c@zimmerei-gruber.at
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5C6D7E8F90.1764756014/mail.zimmerei-gruber.at"
Content-Transfer-Encoding: 8bit
Message-Id: <20261203100014.5C6D7E8F90@mail.zimmerei-gruber.at>

This is a MIME-encapsulated message.

--5C6D7E8F90.1764756014/mail.zimmerei-gruber.at
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mail.zimmerei-gruber.at.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ucetni.novak-stavby@seznam.cz>: host mx1.seznam.cz[77.75.78.42] said: 550
    5.1.1 Schránka neexistuje / Mailbox does not exist (in reply to RCPT TO
    command)

--5C6D7E8F90.1764756014/mail.zimmerei-gruber.at
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.zimmerei-gruber.at
X-Postfix-Queue-ID: 5C6D7E8F90
X-Postfix-Sender: rfc822; office+dm-0527-8e0f1a2b3c@zimmerei-gruber.at
Arrival-Date: Thu,  3 Dec 2026 11:00:11 +0100 (CET)

Final-Recipient: rfc822; ucetni.novak-stavby@seznam.cz
Original-Recipient: rfc822;ucetni.novak-stavby@seznam.cz
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.seznam.cz
Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist

--5C6D7E8F90.1764756014/mail.zimmerei-gruber.at
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

@@HDRS@@

--5C6D7E8F90.1764756014/mail.zimmerei-gruber.at--
''')

# 075 Exchange 2016 German: the Cc failed, the To was delivered (not in the report)
add(75, 'failed', 'r.lang@lang-immobilien.de', '<dm-2298-6c5d4e3f2a.20261203T113000@schreinerei-hofmann.de>', 'bounce',
    'Exchange 2016 (German, hosted at local IT firm)', 'de', 'the reminder went To the company and Cc a person; only the Cc (the person who left) is in the NDR; the returned To is fine',
    orig=dict(biz='hofmann', to='buchhaltung@lang-immobilien.de', cc='Robert Lang <r.lang@lang-immobilien.de>', inv='RE-2026-127',
              mid='<dm-2298-6c5d4e3f2a.20261203T113000@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 11:30:00 +0100', dm='buchhaltung+dm-2298-6c5d4e3f2a@schreinerei-hofmann.de'),
    crlf=True, raw='''
Received: from EXCH16.lang.local (192.168.20.5) by EXCH16.lang.local
 (192.168.20.5) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Thu, 3 Dec
 2026 11:30:09 +0100
From: Microsoft Outlook <postmaster@lang-immobilien.de>
To: <buchhaltung+dm-2298-6c5d4e3f2a@schreinerei-hofmann.de>
Date: Thu, 3 Dec 2026 11:30:09 +0100
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a@EXCH16.lang.local>
In-Reply-To: <dm-2298-6c5d4e3f2a.20261203T113000@schreinerei-hofmann.de>
References: <dm-2298-6c5d4e3f2a.20261203T113000@schreinerei-hofmann.de>
Subject: Unzustellbar: Zahlungserinnerung: Rechnung RE-2026-127
Auto-Submitted: auto-replied
MIME-Version: 1.0

--7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

Robert Lang (r.lang@lang-immobilien.de)
Das Postfach des Empfängers wurde deaktiviert. Wenden Sie sich auf andere Weise an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH16.lang.local

r.lang@lang-immobilien.de
Remote Server returned '550 5.2.1 STOREDRV.Deliver; mailbox disabled'

--7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH16.lang.local
Received-From-MTA: dns;mx.lang-immobilien.de
Arrival-Date: Thu, 3 Dec 2026 10:30:05 +0000

Final-Recipient: rfc822;r.lang@lang-immobilien.de
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp;550 5.2.1 STOREDRV.Deliver; mailbox disabled
X-Display-Name: Robert Lang

--7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d
Content-Type: message/rfc822

@@ORIG@@

--7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d--
''')
