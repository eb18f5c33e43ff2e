M = []
def add(n, delivery, recipient, message_id, kind, mta, lang, note, raw, orig=None, crlf=False):
    M.append(dict(n=n, delivery=delivery, recipient=recipient, message_id=message_id, kind=kind, mta=mta,
                  lang=lang, note=note, raw=raw, orig=orig, crlf=crlf))

# 076 Hostnet Dutch expired after 3 days
add(76, 'expired', 'info@zonwering-peters.nl', '<dm-1296-4b6d8f0a2c.20261130T151515@despaak.nl>', 'bounce',
    'Hostnet (Postfix, Dutch text)', 'nl', 'Dutch "kon gedurende 3 dagen niet worden afgeleverd" and "definitief"; Status 4.4.2 with Action failed',
    orig=dict(biz='spaak', to='info@zonwering-peters.nl', inv='2026-0402',
              mid='<dm-1296-4b6d8f0a2c.20261130T151515@despaak.nl>',
              date='Mon, 30 Nov 2026 15:15:15 +0100', dm='administratie+dm-1296-4b6d8f0a2c@despaak.nl'),
    raw='''
Return-Path: <>
Received: by smtp-out.hostnet.nl (Postfix) id 4R2J1a2bC3z2xV; Thu,  3 Dec 2026 15:16:02 +0100 (CET)
Date: Thu,  3 Dec 2026 15:16:02 +0100 (CET)
From: Hostnet Mailsysteem <MAILER-DAEMON@hostnet.nl>
Subject: Onbestelbaar bericht: Herinnering: factuur 2026-0402
To: administratie+dm-1296-4b6d8f0a2c@despaak.nl
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=-hostnet-ndr-4R2J1a2bC3z2xV"
Message-Id: <4R2J1a2bC3z2xV@smtp-out.hostnet.nl>

--=-hostnet-ndr-4R2J1a2bC3z2xV
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste afzender,

Uw bericht kon gedurende 3 dagen niet worden afgeleverd bij de
onderstaande ontvanger. Wij hebben de bezorging nu definitief gestaakt.

Ontvanger:   info@zonwering-peters.nl
Laatste fout: 421 4.4.2 mail.zonwering-peters.nl: connection timed out

Hostnet B.V.

--=-hostnet-ndr-4R2J1a2bC3z2xV
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.hostnet.nl
Arrival-Date: Mon, 30 Nov 2026 15:15:16 +0100 (CET)

Final-Recipient: rfc822; info@zonwering-peters.nl
Action: failed
Status: 4.4.2
Diagnostic-Code: smtp; 421 4.4.2 mail.zonwering-peters.nl: connection timed out

--=-hostnet-ndr-4R2J1a2bC3z2xV
Content-Type: text/rfc822-headers

@@HDRS@@

--=-hostnet-ndr-4R2J1a2bC3z2xV--
''')

# 077 Microsoft 365 (business tenant, German): directory-based edge block
add(77, 'failed', 'rechnungspruefung@klinikum-example.de', '<dm-2301-9d8c7b6a5f.20261203T120010@schreinerei-hofmann.de>', 'bounce',
    'Exchange Online (Microsoft 365, German)', 'de', 'German M365 NDR "Ihre Nachricht an ... konnte nicht zugestellt werden"; 550 5.4.1 Recipient address rejected: Access denied; HTML+text alternative inside the report',
    orig=dict(biz='hofmann', to='rechnungspruefung@klinikum-example.de', inv='RE-2026-128',
              mid='<dm-2301-9d8c7b6a5f.20261203T120010@schreinerei-hofmann.de>',
              date='Thu, 03 Dec 2026 12:00:10 +0100', dm='buchhaltung+dm-2301-9d8c7b6a5f@schreinerei-hofmann.de'),
    raw='''
Received: from FR3P281MB0471.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:3e::9)
 by FR2P281MB2890.DEUP281.PROD.OUTLOOK.COM with HTTPS; Thu, 3 Dec 2026
 11:00:18 +0000
MIME-Version: 1.0
From: Microsoft Outlook <postmaster@schreinerei-hofmann.de>
To: <buchhaltung+dm-2301-9d8c7b6a5f@schreinerei-hofmann.de>
Date: Thu, 3 Dec 2026 11:00:18 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b@FR3P281MB0471.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <dm-2301-9d8c7b6a5f.20261203T120010@schreinerei-hofmann.de>
References: <dm-2301-9d8c7b6a5f.20261203T120010@schreinerei-hofmann.de>
Thread-Topic: Zahlungserinnerung: Rechnung RE-2026-128
Subject: Unzustellbar: Zahlungserinnerung: Rechnung RE-2026-128
Auto-Submitted: auto-replied

--b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e
Content-Type: multipart/alternative;
	boundary="c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f"

--c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Ihre Nachricht an rechnungspruefung@klinikum-example.de konnte nicht zugestellt werden.

rechnungspruefung wurde bei klinikum-example.de nicht gefunden.

Schreinerei Hofmann
Aktion erforderlich
Empfänger
Unbekannter Empfänger

Wie kann ich das beheben?
Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Versuchen Sie, die Adresse zu korrigieren.

Weitere Informationen für E-Mail-Administratoren
Statuscode: 550 5.4.1
Diese Fehlermeldung wird durch den Verzeichnisbasierten Edgeblock (DBEB) der Empfängerorganisation erzeugt.

Ursprüngliche Nachrichtendetails
Erstellungsdatum:  03.12.2026 11:00:10
Absenderadresse:   buchhaltung@schreinerei-hofmann.de
Empfängeradresse:  rechnungspruefung@klinikum-example.de

Fehlerdetails
Gemeldeter Fehler: 550 5.4.1 Recipient address rejected: Access denied. [FR2PEPF00000123.DEUP281.PROD.OUTLOOK.COM]
DSN generiert von: FR3P281MB0471.DEUP281.PROD.OUTLOOK.COM
Remoteserver:      klinikum-example-de.mail.protection.outlook.com

--c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body><p><b>Ihre Nachricht an <a href="mailto:rechnungspruefung@klinikum-example.de">rechnungspruefung@klinikum-example.de</a> konnte nicht zugestellt werden.</b></p><p>rechnungspruefung wurde bei klinikum-example.de nicht gefunden.</p><p>Statuscode: 550 5.4.1</p></body></html>

--c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f--

--b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e
Content-Type: message/delivery-status

Reporting-MTA: dns;FR3P281MB0471.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.schreinerei-hofmann.de
Arrival-Date: Thu, 3 Dec 2026 11:00:12 +0000

Final-Recipient: rfc822;rechnungspruefung@klinikum-example.de
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied. [FR2PEPF00000123.DEUP281.PROD.OUTLOOK.COM]
Remote-MTA: dns;klinikum-example-de.mail.protection.outlook.com

--b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e
Content-Type: message/rfc822

@@ORIG@@

--b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e--
''')

# 078 Fastmail (business mailbox at Fastmail), remote mailbox disabled
add(78, 'failed', 'accounts@oakfield-vets.co.uk', '<dm-0465-0b1c2d3e4f.20261203T121212@lynxontwerp.nl>', 'bounce',
    'Fastmail (Postfix, messagingengine.com)', 'en', 'Fastmail outbound Postfix; 550 5.2.1 "This mailbox is disabled (554.30)" style reply; full original',
    orig=dict(biz='lynx', to='accounts@oakfield-vets.co.uk', inv='INV-1211',
              mid='<dm-0465-0b1c2d3e4f.20261203T121212@lynxontwerp.nl>',
              date='Thu, 03 Dec 2026 12:12:12 +0100', dm='admin+dm-0465-0b1c2d3e4f@lynxontwerp.nl'),
    raw='''
Return-Path: <>
Received: from compute2.internal (compute2.nyi.internal [10.202.2.42])
	 by mailout.nyi.internal (Postfix) with ESMTP id 2F1E0D3C4B
	 for <admin+dm-0465-0b1c2d3e4f@lynxontwerp.nl>; Thu,  3 Dec 2026 06:12:20 -0500 (EST)
Received: by mailout.nyi.internal (Postfix)
	id 2F1E0D3C4B; Thu,  3 Dec 2026 06:12:20 -0500 (EST)
Date: Thu,  3 Dec 2026 06:12:20 -0500 (EST)
From: MAILER-DAEMON@messagingengine.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: admin+dm-0465-0b1c2d3e4f@lynxontwerp.nl
Auto-Submitted: auto-replied
X-ME-Sender: <xms:FHtOZ3xzbGl4ZWdpbmVjb20>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2F1E0D3C4B.1764760340/mailout.nyi.internal"
Message-Id: <20261203111220.2F1E0D3C4B@mailout.nyi.internal>

This is a MIME-encapsulated message.

--2F1E0D3C4B.1764760340/mailout.nyi.internal
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mailout.nyi.internal.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please contact Fastmail support.

                   The mail system

<accounts@oakfield-vets.co.uk>: host oakfieldvets-co-uk01i.mail.protection.outlook.com[52.101.73.2]
    said: 550 5.2.1 This mailbox is disabled (554.30) (in reply to RCPT TO
    command)

--2F1E0D3C4B.1764760340/mailout.nyi.internal
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mailout.nyi.internal
X-Postfix-Queue-ID: 2F1E0D3C4B
X-Postfix-Sender: rfc822; admin+dm-0465-0b1c2d3e4f@lynxontwerp.nl
Arrival-Date: Thu,  3 Dec 2026 06:12:13 -0500 (EST)

Final-Recipient: rfc822; accounts@oakfield-vets.co.uk
Original-Recipient: rfc822;accounts@oakfield-vets.co.uk
Action: failed
Status: 5.2.1
Remote-MTA: dns; oakfieldvets-co-uk01i.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.2.1 This mailbox is disabled (554.30)

--2F1E0D3C4B.1764760340/mailout.nyi.internal
Content-Description: Undelivered Message
Content-Type: message/rfc822

@@ORIG@@

--2F1E0D3C4B.1764760340/mailout.nyi.internal--
''')

# 079 Plesk qmail, "This address no longer accepts mail."
add(79, 'failed', 'facturen@bouwmaterialen-dijkstra.nl', '<dm-1356-8a9b0c1d2e.20261203T122200@despaak.nl>', 'bounce',
    'qmail (Plesk server)', 'en', 'qmail-send text on a Plesk box; "This address no longer accepts mail."; original appended after "--- Below this line is a copy of the message."',
    orig=dict(biz='spaak', to='facturen@bouwmaterialen-dijkstra.nl', inv='2026-0460',
              mid='<dm-1356-8a9b0c1d2e.20261203T122200@despaak.nl>',
              date='Thu, 03 Dec 2026 12:22:00 +0100', dm='administratie+dm-1356-8a9b0c1d2e@despaak.nl'),
    raw='''
Return-Path: <>
Received: from plesk12.bouwmaterialen-dijkstra.nl (plesk12.bouwmaterialen-dijkstra.nl [37.97.140.66])
	by mx.despaak.nl (Postfix) with SMTP id 4R2K3c4dE5z1Yx
	for <administratie+dm-1356-8a9b0c1d2e@despaak.nl>; Thu,  3 Dec 2026 12:22:06 +0100 (CET)
Received: (qmail 28713 invoked for bounce); 3 Dec 2026 12:22:05 +0100
Date: 3 Dec 2026 12:22:05 +0100
From: MAILER-DAEMON@plesk12.bouwmaterialen-dijkstra.nl
To: administratie+dm-1356-8a9b0c1d2e@despaak.nl
Subject: failure notice

Hi. This is the qmail-send program at plesk12.bouwmaterialen-dijkstra.nl.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<facturen@bouwmaterialen-dijkstra.nl>:
This address no longer accepts mail.

--- Below this line is a copy of the message.

@@ORIG@@
''')

# 080 Exchange 2010 English delay
add(80, 'delayed', 'payables@greenlane-garden-centre.co.uk', '<dm-0468-3c4d5e6f7a.20261203T080808@lynxontwerp.nl>', 'bounce',
    'Exchange 2010 (the business\'s hosted Exchange)', 'en', 'Exchange 2010 "Delivery Status Notification (Delay)": "This is an automatically generated Delivery Status Notification. THIS IS A WARNING MESSAGE ONLY."',
    orig=dict(biz='lynx', to='payables@greenlane-garden-centre.co.uk', inv='INV-1213',
              mid='<dm-0468-3c4d5e6f7a.20261203T080808@lynxontwerp.nl>',
              date='Thu, 03 Dec 2026 08:08:08 +0100', dm='admin+dm-0468-3c4d5e6f7a@lynxontwerp.nl'),
    crlf=True, raw='''
Received: from HEX01.hostedexchange-nl.local (10.40.1.21) by
 HEX01.hostedexchange-nl.local (10.40.1.21) with Microsoft SMTP Server id
 14.3.513.0; Thu, 3 Dec 2026 16:08:40 +0100
From: <postmaster@lynxontwerp.nl>
To: <admin+dm-0468-3c4d5e6f7a@lynxontwerp.nl>
Date: Thu, 3 Dec 2026 16:08:40 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01D7E4C2A3B4C5D600001B22HEX01.hosted"
X-DSNContext: 335a7efd - 4523 - 00000001 - 00000000
Message-ID: <Ju2bcfVdA00001b22@HEX01.hostedexchange-nl.local>
Subject: Delivery Status Notification (Delay)
Auto-Submitted: auto-replied

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01D7E4C2A3B4C5D600001B22HEX01.hosted
Content-Type: text/plain; charset=unicode-1-1-utf-7

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed.

       payables@greenlane-garden-centre.co.uk

--9B095B5ADSN=_01D7E4C2A3B4C5D600001B22HEX01.hosted
Content-Type: message/delivery-status

Reporting-MTA: dns;HEX01.hostedexchange-nl.local
Received-From-MTA: dns;HEX01.hostedexchange-nl.local
Arrival-Date: Thu, 3 Dec 2026 08:08:10 +0100

Final-Recipient: rfc822;payables@greenlane-garden-centre.co.uk
Action: delayed
Status: 4.4.7
Will-Retry-Until: Sat, 5 Dec 2026 08:08:10 +0100
X-Display-Name: payables@greenlane-garden-centre.co.uk

--9B095B5ADSN=_01D7E4C2A3B4C5D600001B22HEX01.hosted
Content-Type: text/rfc822-headers

@@HDRS@@

--9B095B5ADSN=_01D7E4C2A3B4C5D600001B22HEX01.hosted--
''')

# 081 cPanel mailbox quota warning to the business
add(81, 'none', None, None, 'auto_reply', 'cPanel quota warning', 'en',
    'cPanel "mailbox is almost full" to the owner; says future mail "will bounce"; From cPanel on the same server that writes real bounces',
    raw='''
Return-Path: <cpanel@server217.web-hosting.com>
Received: from localhost ([127.0.0.1]:41822 helo=server217.web-hosting.com)
	by server217.web-hosting.com with esmtp (Exim 4.98)
	id 1tI1aB-00GQ2x-1c
	for admin@lynxontwerp.nl; Fri, 04 Dec 2026 03:00:11 +0100
Auto-Submitted: auto-generated
X-Precedence: auto_reply
Precedence: bulk
From: "cPanel on lynxontwerp.nl" <cpanel@server217.web-hosting.com>
To: admin@lynxontwerp.nl
Subject: [lynxontwerp.nl] The mailbox "admin@lynxontwerp.nl" is almost full.
Date: Fri, 04 Dec 2026 03:00:11 +0100
Message-Id: <1764813611.2934158.cpanel@server217.web-hosting.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

The mailbox "admin@lynxontwerp.nl" is almost full.

  Used:       4.78 GB
  Quota:      5 GB
  Percentage: 95.6%

If the mailbox exceeds its quota, new messages to this address will
bounce back to their senders with a "mailbox full" error.

To manage this mailbox, log in to cPanel and open Email Accounts.

Do not reply to this automated message.
''')
