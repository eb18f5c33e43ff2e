M = []
def add(n, delivery, recipient, message_id, kind, mta, lang, note, raw, orig=None, crlf=False):
    M.append(dict(n=n, delivery=delivery, recipient=recipient, message_id=message_id, kind=kind, mta=mta,
                  lang=lang, note=note, raw=raw, orig=orig, crlf=crlf))

# 066 Exchange 2016 (Dutch) at the business's IT firm: size limit of the route
add(66, 'failed', 'info@architectenbureau-lammers.nl', '<dm-0217-9f1e3c0a2b.20261203T113344@kroon-installatie.nl>', 'bounce',
    'Exchange 2016 (Dutch, hosted at local IT firm)', 'nl', 'Dutch Exchange NDR: message too large (PDF), 550 5.3.4 ROUTING.SizeLimit; In-Reply-To carries the reminder id, headers-only part too',
    orig=dict(pdf=True, biz='kroon', to='info@architectenbureau-lammers.nl', inv='K-26-1036',
              mid='<dm-0217-9f1e3c0a2b.20261203T113344@kroon-installatie.nl>',
              date='Thu, 03 Dec 2026 11:33:44 +0100', dm='debiteuren+dm-0217-9f1e3c0a2b@kroon-installatie.nl'),
    crlf=True, raw='''
Received: from EX2016.kroon.local (10.0.0.12) by EX2016.kroon.local (10.0.0.12)
 with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Thu, 3 Dec 2026
 11:33:51 +0100
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kroon-installatie.nl>
To: <debiteuren+dm-0217-9f1e3c0a2b@kroon-installatie.nl>
Date: Thu, 3 Dec 2026 11:33:51 +0100
Content-Type: multipart/report; report-type=delivery-status;
	boundary="d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
Message-ID: <0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d@EX2016.kroon.local>
In-Reply-To: <dm-0217-9f1e3c0a2b.20261203T113344@kroon-installatie.nl>
References: <dm-0217-9f1e3c0a2b.20261203T113344@kroon-installatie.nl>
Thread-Topic: Herinnering: factuur K-26-1036
Subject: Onbestelbaar: Herinnering: factuur K-26-1036
Auto-Submitted: auto-replied
MIME-Version: 1.0

--d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bezorging is mislukt voor deze geadresseerden of groepen:

info@architectenbureau-lammers.nl (info@architectenbureau-lammers.nl)
Het bericht is niet bezorgd omdat het te groot is. De maximale grootte is 10 MB. Dit bericht is 14 MB.

Diagnostische gegevens voor beheerders:

Genererende server: EX2016.kroon.local

info@architectenbureau-lammers.nl
Remote Server returned '550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route'

Oorspronkelijke berichtkoppen:

Received: from EX2016.kroon.local (10.0.0.12) by EX2016.kroon.local (10.0.0.12)
 with Microsoft SMTP Server id 15.1.2507.39; Thu, 3 Dec 2026 11:33:50 +0100
Message-ID: <dm-0217-9f1e3c0a2b.20261203T113344@kroon-installatie.nl>
Subject: Herinnering: factuur K-26-1036

--d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6
Content-Type: message/delivery-status

Reporting-MTA: dns;EX2016.kroon.local
Received-From-MTA: dns;EX2016.kroon.local
Arrival-Date: Thu, 3 Dec 2026 10:33:50 +0000

Final-Recipient: rfc822;info@architectenbureau-lammers.nl
Action: failed
Status: 5.3.4
Diagnostic-Code: smtp;550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route
X-Display-Name: info@architectenbureau-lammers.nl

--d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6
Content-Type: text/rfc822-headers

@@HDRS@@

--d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6--
''')

# 067 Kerio Connect expired
add(67, 'expired', 'office@weingut-brunner.at', '<dm-0509-2b1c0a9f3e.20261129T120000@zimmerei-gruber.at>', 'bounce',
    'Kerio Connect', 'de', 'German Kerio text: "konnte innerhalb von 3 Tagen nicht zugestellt werden"; recipient in the subject too; no DSN',
    orig=dict(biz='gruber', to='office@weingut-brunner.at', inv='ZG-2026/316',
              mid='<dm-0509-2b1c0a9f3e.20261129T120000@zimmerei-gruber.at>',
              date='Sun, 29 Nov 2026 12:00:00 +0100', dm='office+dm-0509-2b1c0a9f3e@zimmerei-gruber.at'),
    raw='''
Return-Path: <>
Received: from mail.zimmerei-gruber.at by mail.zimmerei-gruber.at (Kerio Connect 10.0.6);
	Thu, 3 Dec 2026 12:00:14 +0100
From: "Mail-Zustellsystem" <MAILER-DAEMON@mail.zimmerei-gruber.at>
To: <office+dm-0509-2b1c0a9f3e@zimmerei-gruber.at>
Subject: Nicht zugestellt: office@weingut-brunner.at
Date: Thu, 3 Dec 2026 12:00:14 +0100
Message-ID: <kerio-ndr-8d0e1f2a.3c4@mail.zimmerei-gruber.at>
X-Mailer: Kerio Connect 10.0.6
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="------------kerio4b5c6d7e8f"

--------------kerio4b5c6d7e8f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ihre Nachricht

   Betreff: Zahlungserinnerung: Rechnung ZG-2026/316
   Gesendet: 29.11.2026 12:00

konnte innerhalb von 3 Tagen nicht an folgenden Empfänger zugestellt
werden und wurde aus der Warteschlange entfernt:

office@weingut-brunner.at
   Letzter Fehler: 421 4.3.2 Service not available, closing transmission channel

--------------kerio4b5c6d7e8f
Content-Type: message/rfc822

@@ORIG@@

--------------kerio4b5c6d7e8f--
''')

# 068 Mijndomein Dutch, domain expired
add(68, 'failed', 'post@klusbedrijf-vanrijn.nl', '<dm-1353-6d0e2f1a9c.20261203T120544@despaak.nl>', 'bounce',
    'Mijndomein (Dutch text)', 'nl', 'Dutch-only text: "het domein bestaat niet (meer)"; DSN 5.1.2; recipient also in Dutch subject',
    orig=dict(biz='spaak', to='post@klusbedrijf-vanrijn.nl', inv='2026-0458',
              mid='<dm-1353-6d0e2f1a9c.20261203T120544@despaak.nl>',
              date='Thu, 03 Dec 2026 12:05:44 +0100', dm='administratie+dm-1353-6d0e2f1a9c@despaak.nl'),
    raw='''
Return-Path: <>
Received: by smtp.mijndomein.nl (Postfix)
	id 4R2F5g6hJ7z2Xz; Thu,  3 Dec 2026 12:05:46 +0100 (CET)
Date: Thu,  3 Dec 2026 12:05:46 +0100 (CET)
From: Mijndomein Mailsysteem <MAILER-DAEMON@mijndomein.nl>
Subject: Bericht aan post@klusbedrijf-vanrijn.nl niet afgeleverd
To: administratie+dm-1353-6d0e2f1a9c@despaak.nl
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4R2F5g6hJ7z2Xz.1764759946/smtp.mijndomein.nl"
Message-Id: <4R2F5g6hJ7z2Xz@smtp.mijndomein.nl>

--4R2F5g6hJ7z2Xz.1764759946/smtp.mijndomein.nl
Content-Description: Melding
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dit is het mailsysteem van Mijndomein.

Uw bericht kon niet worden afgeleverd. Het domein klusbedrijf-vanrijn.nl
bestaat niet (meer): er is geen mailserver voor gevonden. Controleer het
adres of neem op een andere manier contact op met de ontvanger.

--4R2F5g6hJ7z2Xz.1764759946/smtp.mijndomein.nl
Content-Description: Afleverrapport
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.mijndomein.nl
Arrival-Date: Thu,  3 Dec 2026 12:05:45 +0100 (CET)

Final-Recipient: rfc822; post@klusbedrijf-vanrijn.nl
Action: failed
Status: 5.1.2
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=klusbedrijf-vanrijn.nl type=A: Host not found

--4R2F5g6hJ7z2Xz.1764759946/smtp.mijndomein.nl
Content-Description: Oorspronkelijk bericht
Content-Type: message/rfc822

@@ORIG@@

--4R2F5g6hJ7z2Xz.1764759946/smtp.mijndomein.nl--
''')

# 069 French out-of-office (Belgium) quoting the reminder
add(69, 'none', None, None, 'auto_reply', 'out-of-office (webmail autoresponder, French)', 'fr',
    'French absence reply "Réponse automatique" quoting the Dutch reminder with > marks, incl. the original Message-ID line',
    orig=dict(biz='peeters', to='c.lambert@boulangerie-lambert.be', inv='F2026-0351',
              mid='<dm-0895-0a2c4e6b8d.20261203T090000@peeters-sanitair.be>',
              date='Thu, 03 Dec 2026 09:00:00 +0100', dm='boekhouding+dm-0895-0a2c4e6b8d@peeters-sanitair.be'),
    raw='''
Return-Path: <c.lambert@boulangerie-lambert.be>
Received: from mail.boulangerie-lambert.be (mail.boulangerie-lambert.be [81.246.12.90])
	by mx.peeters-sanitair.be with ESMTPS; Thu, 3 Dec 2026 09:00:09 +0100
Date: Thu, 3 Dec 2026 09:00:08 +0100 (CET)
From: Claire Lambert <c.lambert@boulangerie-lambert.be>
To: boekhouding+dm-0895-0a2c4e6b8d@peeters-sanitair.be
Message-ID: <1438200941.2211.1764748808@mail.boulangerie-lambert.be>
In-Reply-To: <dm-0895-0a2c4e6b8d.20261203T090000@peeters-sanitair.be>
Subject: =?utf-8?Q?R=C3=A9ponse_automatique_=3A_Herinnering=3A_factuur_F2026-0351?=
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Je suis absente jusqu'au 7 décembre inclus. Votre message ne sera pas
transféré. Pour toute question urgente : info@boulangerie-lambert.be.

Cordialement,
Claire Lambert

----- Message d'origine -----
@@QUOTED@@
''')

# 070 Sophos Email Appliance NDR, content policy
add(70, 'failed', 'facturation@imprimerie-dupont.be', '<dm-0898-5e7a9c1b3d.20261203T093015@peeters-sanitair.be>', 'bounce',
    'Sophos Email Appliance', 'en', 'Sophos gateway NDR: "blocked by Sophos" content policy (invoice reminders from new senders), no DSN; original attached',
    orig=dict(biz='peeters', to='facturation@imprimerie-dupont.be', inv='F2026-0353', lang='nl',
              mid='<dm-0898-5e7a9c1b3d.20261203T093015@peeters-sanitair.be>',
              date='Thu, 03 Dec 2026 09:30:15 +0100', dm='boekhouding+dm-0898-5e7a9c1b3d@peeters-sanitair.be'),
    raw='''
Return-Path: <>
Received: from sophos.imprimerie-dupont.be (sophos.imprimerie-dupont.be [91.183.44.18])
	by mx.peeters-sanitair.be with ESMTPS; Thu, 3 Dec 2026 09:30:22 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@sophos.imprimerie-dupont.be>
To: boekhouding+dm-0898-5e7a9c1b3d@peeters-sanitair.be
Subject: Message delivery failure: Herinnering: factuur F2026-0353
Date: Thu, 3 Dec 2026 09:30:21 +0100
Message-ID: <sea.ndr.1764750621.44812@sophos.imprimerie-dupont.be>
X-Sophos-Appliance: SEA 4.5.3.0
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_sophos_ndr_44812"

--=_sophos_ndr_44812
Content-Type: text/plain; charset=utf-8

Your message could not be delivered to the following recipient:

  facturation@imprimerie-dupont.be

Reason: 550 5.7.1 Message blocked by Sophos - Policy: "Finance phishing
protection" (new external sender with payment request)

This is a permanent error. Please contact the recipient by other means.

--=_sophos_ndr_44812
Content-Type: message/rfc822

@@ORIG@@

--=_sophos_ndr_44812--
''')
