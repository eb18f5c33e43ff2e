#!/usr/bin/env python3
"""Expand blind3/src/NNN.in into blind3/NNN.eml.

Each report text in NNN.in is typed by hand. Only the returned reminder -- dunmail's own
output, the same for every report -- is filled in from the template below, where a line
  @@REM id=5012;sig=..;tok=..;lang=nl;to=..;cc=..;date=..;inv=..;amt=..;mode=full@@
stands. mode: full, headers (header block only), trunc (body cut after three lines),
pdf (multipart/mixed with the invoice PDF). pfx= puts a quote prefix before every line;
rp=0 leaves out the Return-Path line (the report already wrote one).
A first line "#crlf" makes the file CRLF. Then run tools/build_expected.py blind3.
"""
import base64, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..')
DOM = 'kortekaas-interieur.nl'

SUBJ = {'nl': 'Betalingsherinnering factuur {inv}',
        'de': 'Zahlungserinnerung Rechnung {inv}',
        'fr': 'Rappel de paiement - facture {inv}',
        'en': 'Payment reminder: invoice {inv}'}
BODY = {
 'nl': """Geachte heer/mevrouw,

Volgens onze administratie is factuur {inv} van {amt} nog niet voldaan.
De betaaltermijn van 30 dagen is inmiddels verstreken.

Wij verzoeken u het bedrag binnen 14 dagen over te maken op
NL61 INGB 0006 8439 21 t.n.v. Kortekaas Interieurbouw B.V., onder
vermelding van het factuurnummer. Heeft u inmiddels betaald, dan kunt
u deze herinnering als niet verzonden beschouwen.

Met vriendelijke groet,

Kortekaas Interieurbouw B.V.
Debiteurenbeheer
Industrieweg 14, 4704 RP Roosendaal
""",
 'de': """Sehr geehrte Damen und Herren,

laut unserer Buchhaltung ist die Rechnung {inv} über {amt} noch offen.
Das Zahlungsziel von 30 Tagen ist überschritten.

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf
DE06 3704 0044 0532 0194 41 (Kortekaas Interieurbouw B.V.) unter
Angabe der Rechnungsnummer. Sollten Sie bereits gezahlt haben,
betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen

Kortekaas Interieurbouw B.V.
Debitorenbuchhaltung
Industrieweg 14, 4704 RP Roosendaal, Niederlande
""",
 'fr': """Madame, Monsieur,

Sauf erreur de notre part, la facture {inv} d'un montant de {amt}
reste impayée à ce jour. Le délai de paiement de 30 jours est dépassé.

Nous vous prions de bien vouloir régler ce montant sous 14 jours sur
le compte NL61 INGB 0006 8439 21 (Kortekaas Interieurbouw B.V.) en
indiquant le numéro de facture. Si vous avez déjà effectué le
paiement, veuillez ne pas tenir compte de ce rappel.

Cordialement,

Kortekaas Interieurbouw B.V.
Service comptabilité
Industrieweg 14, 4704 RP Roosendaal, Pays-Bas
""",
 'en': """Dear Sir or Madam,

According to our records, invoice {inv} for {amt} is still unpaid.
The payment term of 30 days has passed.

Please transfer the amount within 14 days to NL61 INGB 0006 8439 21
(Kortekaas Interieurbouw B.V.), quoting the invoice number. If you
have already paid, please disregard this reminder.

Kind regards,

Kortekaas Interieurbouw B.V.
Accounts receivable
Industrieweg 14, 4704 RP Roosendaal, The Netherlands
"""}
PDF = base64.encodebytes(
    b'%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
    b'2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
).decode()

def addr(s):
    m = re.search(r'<([^>]+)>', s)
    return m.group(1) if m else s.strip()

def reminder(kv):
    inv, amt, lang = kv['inv'], kv.get('amt', '€ 1.250,00'), kv['lang']
    to = kv['to']
    rcpt = kv.get('rcpt', addr(to))
    mid = f"<dm.{kv['id']}.{kv['tok']}@{DOM}>"
    env = f"billing+dm-{kv['id']}-{kv['sig']}@{DOM}"
    qid = kv.get('qid', '4Q' + kv['tok'][:6].upper() + 'z' + kv['id'][-2:])
    utf8 = any(ord(c) > 127 for c in to + kv.get('cc', ''))
    h = [f'Return-Path: <{env}>'] if kv.get('rp', '1') == '1' else []
    h += [f'Received: from app.{DOM} (app.{DOM} [10.20.0.15])',
         f'\tby mail.{DOM} (Postfix) with ESMTPS id {qid}',
         f"\tfor <{rcpt}>; {kv['date']}",
         f'From: Kortekaas Interieurbouw <billing@{DOM}>',
         f'To: {to}']
    if kv.get('cc'):
        h.append(f"Cc: {kv['cc']}")
    h += [f'Subject: {SUBJ[lang].format(inv=inv)}',
          f"Date: {kv['date']}",
          f'Message-ID: {mid}',
          'MIME-Version: 1.0']
    body = BODY[lang].format(inv=inv, amt=amt)
    mode = kv.get('mode', 'full')
    if mode == 'pdf':
        b = f"=_dm{kv['id']}{kv['tok'][:4]}"
        h.append(f'Content-Type: multipart/mixed; boundary="{b}"')
        text = '\n'.join(h) + '\n\nThis is a multi-part message in MIME format.\n\n' + \
            f'--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n' + \
            body + f'\n--{b}\nContent-Type: application/pdf; name="Factuur-{inv}.pdf"\n' + \
            f'Content-Disposition: attachment; filename="Factuur-{inv}.pdf"\n' + \
            'Content-Transfer-Encoding: base64\n\n' + PDF + f'\n--{b}--\n'
    else:
        h += ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit']
        if mode == 'headers':
            text = '\n'.join(h) + '\n'
        elif mode == 'trunc':
            text = '\n'.join(h) + '\n\n' + '\n'.join(body.split('\n')[:3]) + '\n'
        else:
            text = '\n'.join(h) + '\n\n' + body
    return text.rstrip('\n')

def quote(text, pfx):
    return '\n'.join((pfx + l).rstrip() if l else pfx.rstrip() for l in text.split('\n'))

def expand(m):
    kv = dict(p.split('=', 1) for p in m.group(1).split(';'))
    t = reminder({k: v for k, v in kv.items() if k != 'pfx'})
    return quote(t, kv['pfx']) if 'pfx' in kv else t

def main():
    names = sorted(f for f in os.listdir(HERE) if f.endswith('.in'))
    for f in names:
        src = open(os.path.join(HERE, f), encoding='utf-8').read()
        crlf = src.startswith('#crlf\n')
        if crlf:
            src = src[len('#crlf\n'):]
        out = re.sub(r'^@@REM (.*?)@@$', expand, src, flags=re.M)
        if not out.endswith('\n'):
            out += '\n'
        if crlf:
            out = out.replace('\n', '\r\n')
        with open(os.path.join(OUT, f[:-3] + '.eml'), 'w', encoding='utf-8', newline='') as fh:
            fh.write(out)
    print(len(names), 'files')

main()
