M = []
def add(n, delivery, recipient, message_id, kind, mta, lang, note, raw, orig=None, crlf=False):
    M.append(dict(n=n, delivery=delivery, recipient=recipient, message_id=message_id, kind=kind, mta=mta,
                  lang=lang, note=note, raw=raw, orig=orig, crlf=crlf))

# 061 Libero (Italian) post-acceptance bounce, mailbox full, final
add(61, 'failed', 'amministrazione.rossi-arredi@libero.it', '<dm-0524-4c9e1a0f3b.20261203T103500@zimmerei-gruber.at>', 'bounce',
    'Libero / Italiaonline', 'it', 'Italian+English text; the mailbox accepted then bounced (quota), "non verrà più tentata"; DSN Action failed 5.2.2',
    orig=dict(biz='gruber', to='amministrazione.rossi-arredi@libero.it', inv='ZG-2026/329',
              mid='<dm-0524-4c9e1a0f3b.20261203T103500@zimmerei-gruber.at>',
              date='Thu, 03 Dec 2026 10:35:00 +0100', dm='office+dm-0524-4c9e1a0f3b@zimmerei-gruber.at'),
    raw='''
Return-Path: <>
Received: from smtp-out.libero.it (smtp-31.iol.local [10.101.1.31])
	by mail.zimmerei-gruber.at with ESMTP; Thu, 3 Dec 2026 10:35:21 +0100
Date: Thu, 3 Dec 2026 10:35:20 +0100
From: Mail Delivery System <MAILER-DAEMON@libero.it>
To: office+dm-0524-4c9e1a0f3b@zimmerei-gruber.at
Subject: Messaggio non recapitato / Undelivered message
Message-ID: <dsn.5f1a2b3c4d.1764754520@smtp-out.libero.it>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="IOL-DSN-5f1a2b3c4d"

--IOL-DSN-5f1a2b3c4d
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Il messaggio non è stato recapitato al seguente destinatario:

   amministrazione.rossi-arredi@libero.it
   Motivo: la casella del destinatario è piena. La consegna non verrà più tentata.

The message could not be delivered to the recipient above: mailbox full.

--IOL-DSN-5f1a2b3c4d
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.libero.it
Arrival-Date: Thu, 3 Dec 2026 10:35:03 +0100

Final-Recipient: rfc822; amministrazione.rossi-arredi@libero.it
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full / casella piena

--IOL-DSN-5f1a2b3c4d
Content-Type: message/rfc822

@@ORIG@@

--IOL-DSN-5f1a2b3c4d--
''')

# 062 Hostpoint (CH) German delay
add(62, 'delayed', 'buchhaltung@velo-huber.ch', '<dm-2286-1f3a0c9e2d.20261203T070505@schreinerei-hofmann.de>', 'bounce',
    'Postfix (Hostpoint, German)', 'de', 'German-localised Postfix delay ("Verzögerte Zustellung, wird weiter versucht"), mailbox full 4.2.2 still retried',
    orig=dict(biz='hofmann', to='buchhaltung@velo-huber.ch', inv='RE-2026-123',
              mid='<dm-2286-1f3a0c9e2d.20261203T070505@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 07:05:05 +0100', dm='buchhaltung+dm-2286-1f3a0c9e2d@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: by asmtp.mail.hostpoint.ch (Postfix)
	id 4R2C0d1eF2z3Gh; Thu,  3 Dec 2026 11:05:44 +0100 (CET)
Date: Thu,  3 Dec 2026 11:05:44 +0100 (CET)
From: MAILER-DAEMON@hostpoint.ch (Mail-Zustellsystem)
Subject: =?utf-8?q?Verz=C3=B6gerte_Zustellung_=28wird_weiter_versucht=29?=
To: buchhaltung+dm-2286-1f3a0c9e2d@schreinerei-hofmann.de
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4R2C0d1eF2z3Gh.1764756344/asmtp.mail.hostpoint.ch"
Message-Id: <4R2C0d1eF2z3Gh@asmtp.mail.hostpoint.ch>

--4R2C0d1eF2z3Gh.1764756344/asmtp.mail.hostpoint.ch
Content-Description: Benachrichtigung
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist das Mailsystem auf asmtp.mail.hostpoint.ch.

###################################################################
# DIES IST NUR EINE WARNUNG. SIE MÜSSEN DIE NACHRICHT NICHT ERNEUT #
# SENDEN.                                                         #
###################################################################

Ihre Nachricht konnte seit mehr als 4 Stunden nicht zugestellt werden.
Die Zustellung wird versucht, bis die Nachricht 5 Tage alt ist.

<buchhaltung@velo-huber.ch>: host mx.velo-huber.ch[217.26.52.18] said: 452
    4.2.2 Mailbox full, try again later (in reply to RCPT TO command)

--4R2C0d1eF2z3Gh.1764756344/asmtp.mail.hostpoint.ch
Content-Description: Zustellbericht
Content-Type: message/delivery-status

Reporting-MTA: dns; asmtp.mail.hostpoint.ch
Arrival-Date: Thu,  3 Dec 2026 07:05:06 +0100 (CET)

Final-Recipient: rfc822; buchhaltung@velo-huber.ch
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx.velo-huber.ch
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full, try again later
Will-Retry-Until: Tue, 8 Dec 2026 07:05:06 +0100 (CET)

--4R2C0d1eF2z3Gh.1764756344/asmtp.mail.hostpoint.ch
Content-Description: Kopfzeilen der Nachricht
Content-Type: text/rfc822-headers

@@HDRS@@

--4R2C0d1eF2z3Gh.1764756344/asmtp.mail.hostpoint.ch--
''')

# 063 IONOS German text, recipient only in the diagnostic line, original as attachment
add(63, 'failed', 'info@physio-lorenz.de', '<dm-2289-7b2d0e1a9f.20261203T104410@schreinerei-hofmann.de>', 'bounce',
    'IONOS (mout.kundenserver.de, German)', 'de', 'German IONOS text; the failed address appears only inside the remote SMTP reply; multipart/mixed, no DSN, no X-Failed-Recipients',
    orig=dict(biz='hofmann', to='info@physio-lorenz.de', inv='RE-2026-124',
              mid='<dm-2289-7b2d0e1a9f.20261203T104410@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 10:44:10 +0100', dm='buchhaltung+dm-2289-7b2d0e1a9f@schreinerei-hofmann.de'),
    raw='''
Return-Path: <>
Received: from mout.kundenserver.de ([212.227.126.187]) by mx.kundenserver.de
 (mxeueus003 [212.227.15.41]) with ESMTPS (Nemesis) id 1N4hzZ-1tF0aA2kcB-00yQ9s
 for <buchhaltung+dm-2289-7b2d0e1a9f@schreinerei-hofmann.de>; Thu, 03 Dec 2026 10:44:18 +0100
Date: Thu, 03 Dec 2026 10:44:18 +0100
From: Mail Delivery System <mailer-daemon@kundenserver.de>
To: buchhaltung+dm-2289-7b2d0e1a9f@schreinerei-hofmann.de
Subject: Unzustellbar: Zahlungserinnerung: Rechnung RE-2026-124
Message-Id: <1N4hzZ-1tF0aA2kcB-00yQ9s@mout.kundenserver.de>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_IONOS_NDR_1N4hzZ"

------=_IONOS_NDR_1N4hzZ
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Diese Nachricht wurde automatisch vom Mail-Zustellsystem erzeugt.

Eine von Ihnen gesendete Nachricht konnte nicht zugestellt werden.
Dies ist ein dauerhafter Fehler.

Antwort des empfangenden Servers:
  mx01.physio-lorenz.de (85.13.140.22):
  550 5.1.1 <info@physio-lorenz.de>: Empfängeradresse abgelehnt: Postfach
  existiert nicht mehr

------=_IONOS_NDR_1N4hzZ
Content-Type: message/rfc822
Content-Disposition: attachment; filename="Originalnachricht.eml"

@@ORIG@@

------=_IONOS_NDR_1N4hzZ--
''')

# 064 person's "your mail came back" with screenshot description
add(64, 'none', None, None, 'reply', 'person (Apple Mail)', 'en',
    'a person describes a screenshot of a bounce ("Undeliverable", "550 5.1.1", "address not found") about their own mail to the business',
    raw='''
Return-Path: <sarah.pemberton@pemberton-florists.co.uk>
Received: from mail.pemberton-florists.co.uk (mail.pemberton-florists.co.uk [51.148.77.30])
	by mx.lynxontwerp.nl (Postfix) with ESMTPS id 4R2D3e4fG5z7Lt
	for <admin@lynxontwerp.nl>; Thu,  3 Dec 2026 11:31:08 +0100 (CET)
From: Sarah Pemberton <sarah.pemberton@pemberton-florists.co.uk>
Content-Type: multipart/mixed; boundary="Apple-Mail=_6A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D"
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3776.700.51\\))
Subject: Re: Reminder: invoice INV-1183 - your email bounced
Date: Thu, 3 Dec 2026 10:31:05 +0000
In-Reply-To: <dm-0437-1b3c5d7e9f.20261201T090000@lynxontwerp.nl>
To: admin@lynxontwerp.nl
Message-Id: <7C2D1E0F-9A8B-4C7D-6E5F-4A3B2C1D0E9F@pemberton-florists.co.uk>

--Apple-Mail=_6A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D
Content-Transfer-Encoding: 7bit
Content-Type: text/plain; charset=us-ascii

Hi,

I tried to reply to your reminder to say we paid INV-1183 on Monday,
but my email came straight back. Screenshot attached - it says
"Undeliverable: Re: Reminder: invoice INV-1183", "Address not found",
"550 5.1.1 The email account that you tried to reach does not exist".

Could you check which address I should use? Remittance advice is below.

Thanks,
Sarah

--Apple-Mail=_6A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D
Content-Disposition: inline; filename="Screenshot 2026-12-03 at 10.29.41.png"
Content-Type: image/png; name="Screenshot 2026-12-03 at 10.29.41.png"
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==

--Apple-Mail=_6A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D--
''')

# 065 Novell GroupWise 8, old text
add(65, 'failed', 'boekhouding@gemeente-example.nl', '<dm-1350-3e9c1a0b2f.20261203T111501@despaak.nl>', 'bounce',
    'Novell GroupWise 8', 'en', 'GroupWise text: "The message that you sent was undeliverable to the following:" then the address with (user not found); returned headers inline after "Possible issues"',
    orig=dict(biz='spaak', to='boekhouding@gemeente-example.nl', inv='2026-0455',
              mid='<dm-1350-3e9c1a0b2f.20261203T111501@despaak.nl>',
              date='Thu, 03 Dec 2026 11:15:01 +0100', dm='administratie+dm-1350-3e9c1a0b2f@despaak.nl'),
    crlf=True, raw='''
Return-Path: <>
Received: from gwia.gemeente-example.nl (gwia.gemeente-example.nl [145.12.8.21])
	by mx.despaak.nl (Postfix) with ESMTP id 4R2E0a1bC2z1Yt
	for <administratie+dm-1350-3e9c1a0b2f@despaak.nl>; Thu,  3 Dec 2026 11:15:09 +0100 (CET)
Message-Id: <674EFA1D.GEM.GWIA.200.2A1.1.3F2.1@gwia.gemeente-example.nl>
Date: Thu, 03 Dec 2026 11:15:09 +0100
From: Mail Delivery System <Postmaster@gemeente-example.nl>
To: <administratie+dm-1350-3e9c1a0b2f@despaak.nl>
Subject: Delivery Status Notification - Herinnering: factuur 2026-0455
Mime-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=__Part5A1B2C3D.0__="
X-Mailer: Novell GroupWise Internet Agent 8.0.3

--=__Part5A1B2C3D.0__=
Content-Type: text/plain; charset=US-ASCII
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

The message that you sent was undeliverable to the following:
	boekhouding (user not found)

Possible issues:
	The user is not in the GroupWise directory.
	The recipient's post office is closed.

--=__Part5A1B2C3D.0__=
Content-Type: message/delivery-status

Reporting-MTA: dns; gwia.gemeente-example.nl
Arrival-Date: Thu, 03 Dec 2026 11:15:08 +0100

Final-Recipient: rfc822;boekhouding@gemeente-example.nl
Action: failed
Status: 5.1.1

--=__Part5A1B2C3D.0__=
Content-Type: text/rfc822-headers

@@HDRS@@

--=__Part5A1B2C3D.0__=--
''')
