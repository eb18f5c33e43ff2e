#!/usr/bin/env python3
"""Write blind5's .eml files and labels.jsonl from the hand-typed src/m*.txt and labels.in.

Each message in src/m*.txt starts with a line '%%% NNN' and is typed whole, in the style of the
server that wrote it. Only what is dunmail's own output, the same every time, is filled in:
  @@ENV n@@   the VERP envelope sender of outbox id n
  @@MID n@@   the reminder's Message-ID of outbox id n
  @@REM n LANG MODE DATE to=ADDR [cc=ADDR] [name=Display_Name] [irt=ID]@@
              the returned reminder: MODE full (whole), hdr (headers only), pdf (whole, with
              the invoice PDF as multipart/mixed), hdrpdf (headers of the PDF reminder).
              DATE is 2026-11-03T09:14 (CET). irt= makes it a follow-up in a thread; rp=no leaves
              out the Return-Path where the reporting server typed its own above; inv=m
              gives the invoice of outbox id m (a second reminder for the same invoice).
The fixed frame of the business's own Postfix reports, as Postfix fills it from its
template (every recipient line and per-recipient DSN field is typed):
  @@PFHEAD n fail|delay DATE@@  header block and template text, up to "The mail system"
  @@PFDSN n ARRIVAL@@           the delivery-status part and its per-message fields
  @@PFRET n full|hdr@@          the part header of the returned message (or its headers)
  @@PFEND n@@                   the closing boundary
Then run tools/build_expected.py blind5.
"""
import base64, datetime, glob, hashlib, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
D = 'brouwers-bevestiging.nl'

def h(n, salt, k):
    return hashlib.sha1(f'{salt}{n}'.encode()).hexdigest()[:k]

def env(n):
    return f'billing+dm-{n}-{h(n, "sig", 8)}@{D}'

def mid(n):
    return f'<dm.{n}.{h(n, "tok", 10)}@{D}>'

def rfcdate(iso, sec=0):
    t = datetime.datetime.strptime(iso, '%Y-%m-%dT%H:%M') + datetime.timedelta(seconds=sec)
    return t.strftime('%a, %d %b %Y %H:%M:%S +0100')

SUBJ = {'nl': 'Betalingsherinnering factuur {inv}', 'de': 'Zahlungserinnerung Rechnung {inv}',
        'fr': 'Rappel de paiement facture {inv}', 'en': 'Payment reminder invoice {inv}'}
TEXT = {
 'nl': """Geachte heer/mevrouw,

Volgens onze administratie staat factuur {inv} van {amt} nog open. De
vervaldatum is inmiddels verstreken.

Wij verzoeken u het bedrag binnen 8 dagen over te maken op
NL05 RABO 0312 4587 90 t.n.v. Brouwers Bevestigingstechniek B.V., onder
vermelding van het factuurnummer. Heeft u al betaald, dan kunt u deze
herinnering als niet verzonden beschouwen.

Met vriendelijke groet,

Brouwers Bevestigingstechniek B.V.
Debiteurenadministratie
Celsiusweg 22, 5928 PR Venlo
""",
 'de': """Sehr geehrte Damen und Herren,

laut unserer Buchhaltung ist die Rechnung {inv} über {amt} noch offen.
Das Zahlungsziel ist überschritten.

Bitte überweisen Sie den Betrag innerhalb von 8 Tagen auf
NL05 RABO 0312 4587 90 (Brouwers Bevestigingstechniek B.V.) unter Angabe
der Rechnungsnummer. Sollten Sie bereits gezahlt haben, betrachten Sie
dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen

Brouwers Bevestigingstechniek B.V.
Buchhaltung
Celsiusweg 22, 5928 PR Venlo, Niederlande
""",
 'fr': """Madame, Monsieur,

Sauf erreur de notre part, la facture {inv} d'un montant de {amt} reste
impayée à ce jour.

Nous vous prions de bien vouloir régler ce montant sous 8 jours sur le
compte NL05 RABO 0312 4587 90 (Brouwers Bevestigingstechniek B.V.), en
mentionnant le numéro de facture. Si vous avez déjà payé, veuillez ne pas
tenir compte de ce rappel.

Meilleures salutations,

Brouwers Bevestigingstechniek B.V.
Comptabilité clients
Celsiusweg 22, 5928 PR Venlo, Pays-Bas
""",
 'en': """Dear Sir or Madam,

According to our records, invoice {inv} for {amt} is still outstanding.
The due date has passed.

Please transfer the amount within 8 days to NL05 RABO 0312 4587 90
(Brouwers Bevestigingstechniek B.V.), quoting the invoice number. If you
have already paid, please disregard this reminder.

Kind regards,

Brouwers Bevestigingstechniek B.V.
Accounts receivable
Celsiusweg 22, 5928 PR Venlo, The Netherlands
""",
}
PDF = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n'
       b'2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
       b'3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n'
       b'trailer<</Root 1 0 R>>\n%%EOF\n')

def rem(args):
    n, lang, mode, date = args[0], args[1], args[2], args[3]
    kw = dict(a.split('=', 1) for a in args[4:])
    n = int(n)
    inv = f'VF26-{int(kw.get("inv", n)) - 5000:05d}'  # inv=: a later reminder for an earlier invoice
    cents = int(h(n, 'amt', 6), 16) % 400000 + 9000
    euros = f'{cents // 100:,}'.replace(',', '.')
    amt = f'€ {euros},{cents % 100:02d}' if lang in ('nl', 'de', 'fr') else f'EUR {cents // 100:,}.{cents % 100:02d}'
    if lang == 'de':
        amt = f'{euros},{cents % 100:02d} €'
    to = kw['to']
    name = kw.get('name', '').replace('_', ' ')
    subj = SUBJ[lang].format(inv=inv)
    if 'irt' in kw:
        subj = ('Tweede ' if lang == 'nl' else '2. ' if lang == 'de' else '') + subj
    qid = h(n, 'qid', 10).upper()
    hd = [f'Return-Path: <{env(n)}>'] if kw.get('rp') != 'no' else []
    hd += [f'Received: from app.{D} (app.{D} [10.40.0.12])',
          f'\tby mail.{D} (Postfix) with ESMTP id 4N{qid}',
          f'\tfor <{to}>; {rfcdate(date)} (CET)',
          f'From: Brouwers Bevestigingstechniek <billing@{D}>',
          f'To: "{name}" <{to}>' if name else f'To: {to}']
    if 'cc' in kw:
        hd.append(f'Cc: {kw["cc"]}')
    hd += [f'Subject: {subj}', f'Date: {rfcdate(date)}', f'Message-ID: {mid(n)}']
    if 'irt' in kw:
        prev = mid(int(kw['irt']))
        hd += [f'In-Reply-To: {prev}', f'References: {prev}']
    hd += ['MIME-Version: 1.0']
    body = TEXT[lang].format(inv=inv, amt=amt)
    if mode in ('pdf', 'hdrpdf'):
        b = f'=_dm{n}_{h(n, "b", 6)}'
        hd.append(f'Content-Type: multipart/mixed; boundary="{b}"')
        if mode == 'hdrpdf':
            return '\n'.join(hd)
        pdf = base64.encodebytes(PDF).decode().rstrip('\n')
        return '\n'.join(hd) + f'''

--{b}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{body}
--{b}
Content-Type: application/pdf; name="{inv}.pdf"
Content-Disposition: attachment; filename="{inv}.pdf"
Content-Transfer-Encoding: base64

{pdf}
--{b}--'''
    hd += ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit']
    if mode == 'hdr':
        return '\n'.join(hd)
    assert mode == 'full', mode
    return '\n'.join(hd) + '\n\n' + body.rstrip('\n')

def pfdate(iso, sec=0):
    t = datetime.datetime.strptime(iso, '%Y-%m-%dT%H:%M') + datetime.timedelta(seconds=sec)
    return t.strftime('%a, ') + f'{t.day:2d}' + t.strftime(' %b %Y %H:%M:%S +0100 (CET)')

PF_FAIL = """I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below."""
PF_DELAY = """####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old."""
PF_STATE = {}

def pfhead(n, kind, date):
    n = int(n)
    qid = '4R' + h(n, 'rq' + kind, 9).upper()
    t = datetime.datetime.strptime(date, '%Y-%m-%dT%H:%M') + datetime.timedelta(seconds=7)
    epoch = int(t.timestamp())
    bnd = f'{qid}.{epoch}/mail.{D}'
    PF_STATE[n] = (qid, bnd)
    subj = 'Undelivered Mail Returned to Sender' if kind == 'fail' else 'Delayed Mail (still being retried)'
    utc = t - datetime.timedelta(hours=1)
    return f"""Return-Path: <>
X-Original-To: {env(n)}
Delivered-To: {env(n)}
Received: by mail.{D} (Postfix)
	id {qid}; {pfdate(date, 7)}
Date: {pfdate(date, 7)}
From: MAILER-DAEMON@mail.{D} (Mail Delivery System)
Subject: {subj}
To: {env(n)}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{bnd}"
Content-Transfer-Encoding: 8bit
Message-Id: <{utc.strftime('%Y%m%d%H%M%S')}.{qid}@mail.{D}>

This is a MIME-encapsulated message.

--{bnd}
Content-Description: {'Notification' if kind == 'fail' else 'Notification'}
Content-Type: text/plain; charset=utf-8

This is the mail system at host mail.{D}.

{PF_FAIL if kind == 'fail' else PF_DELAY}

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system
"""

def pfdsn(n, arrival):
    n = int(n)
    qid, bnd = PF_STATE[n]
    return f"""--{bnd}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.{D}
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; {env(n)}
Arrival-Date: {pfdate(arrival, 2)}
"""

def pfret(n, mode):
    qid, bnd = PF_STATE[int(n)]
    if mode == 'hdr':
        return f"""--{bnd}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
"""
    return f"""--{bnd}
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit
"""

def pfend(n):
    return f'--{PF_STATE[int(n)][1]}--'

def fill(text):
    text = re.sub(r'@@PFHEAD (\d+) (\w+) (\S+)@@\n', lambda m: pfhead(m[1], m[2], m[3]), text)
    text = re.sub(r'@@PFDSN (\d+) (\S+)@@\n', lambda m: pfdsn(m[1], m[2]), text)
    text = re.sub(r'@@PFRET (\d+) (\w+)@@\n', lambda m: pfret(m[1], m[2]), text)
    text = re.sub(r'@@PFEND (\d+)@@', lambda m: pfend(m[1]), text)
    text = re.sub(r'@@ENV (\d+)@@', lambda m: env(int(m[1])), text)
    text = re.sub(r'@@MID (\d+)@@', lambda m: mid(int(m[1])), text)
    return re.sub(r'@@REM ([^\n]+?)@@', lambda m: rem(m[1].split()), text)

def main():
    for old in glob.glob(os.path.join(SET, '*.eml')):
        os.remove(old)
    seen = set()
    for src in sorted(glob.glob(os.path.join(HERE, 'm*.txt'))):
        parts = re.split(r'^%%% (\d{3})\n', open(src, encoding='utf-8').read(), flags=re.M)
        for num, body in zip(parts[1::2], parts[2::2]):
            assert num not in seen, num
            seen.add(num)
            out = fill(body).rstrip('\n') + '\n'
            open(os.path.join(SET, f'{num}.eml'), 'w', encoding='utf-8').write(out)
    labels = fill(open(os.path.join(HERE, 'labels.in'), encoding='utf-8').read())
    open(os.path.join(SET, 'labels.jsonl'), 'w', encoding='utf-8').write(labels)
    print(len(seen), 'messages')

main()
