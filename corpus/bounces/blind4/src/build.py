#!/usr/bin/env python3
"""Write blind4's .eml files from the hand-typed batches src/b*.txt.

Each batch holds messages separated by a line "%%% NNN". A message is typed whole, except
for these fill-ins, which stand for output that is the same every time:

  @@MID n@@      the reminder's Message-ID for outbox id n (dunmail's own)
  @@ENV n@@      the VERP envelope sender for outbox id n (dunmail's own)
  @@REM mode n lang to[,cc] date=...@@
                 the returned reminder (dunmail's own output): mode is full, pdf (with the
                 invoice PDF), headers (header block only), pdfheaders (the header block of
                 the reminder with its PDF) or cut (headers and three lines)
  @@PFHEAD n qid kind date=...@@ / @@PFDSN n qid date=...@@ / @@PFRET qid part@@ /
  @@PFEND qid@@  the fixed parts of the business's own Postfix report (its header block,
                 the template sentences, the per-message DSN fields, the part headers), as
                 Postfix itself fills them from its bounce template. kind is fail, delay,
                 success or fail-nl (the Dutch bounce_template_file the business uses).
                 Every recipient line and per-recipient DSN field is typed in the batch.

Labels are typed in src/labels.in; @@MID n@@ there is filled in the same way and the result
written to blind4/labels.jsonl for tools/build_expected.py.
"""
import base64, glob, hashlib, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOM = 'hoekstra-koeltechniek.nl'
HOST = 'mail.' + DOM


def h(s, n):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def mid(n):
    return f'<dm.{n}.{h("m" + n, 10)}@{DOM}>'


def env(n):
    return f'billing+dm-{n}-{h("s" + n, 8)}@{DOM}'


SUBJ = {'nl': 'Betalingsherinnering factuur {inv}',
        'de': 'Zahlungserinnerung Rechnung {inv}',
        'fr': 'Rappel de paiement facture {inv}',
        'en': 'Payment reminder invoice {inv}'}
BODY = {
 'nl': ['Geachte heer, mevrouw,', '',
        'Volgens onze administratie is factuur {inv} van {amt} nog niet voldaan.',
        'Wij verzoeken u het bedrag binnen 14 dagen over te maken op',
        'NL41 RABO 0318 2746 50 t.n.v. Hoekstra Koeltechniek B.V. o.v.v. {inv}.', '',
        'Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.', '',
        'Met vriendelijke groet,', 'Hoekstra Koeltechniek B.V.', 'Debiteurenadministratie'],
 'de': ['Sehr geehrte Damen und Herren,', '',
        'laut unserer Buchhaltung ist die Rechnung {inv} über {amt} noch offen.',
        'Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf',
        'IBAN NL41 RABO 0318 2746 50 (Hoekstra Koeltechniek B.V.), Verwendungszweck {inv}.', '',
        'Sollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.', '',
        'Mit freundlichen Grüßen', 'Hoekstra Koeltechniek B.V.', 'Buchhaltung'],
 'fr': ['Madame, Monsieur,', '',
        'Sauf erreur de notre part, la facture {inv} de {amt} reste impayée.',
        'Nous vous prions de virer ce montant sous 14 jours sur le compte',
        'IBAN NL41 RABO 0318 2746 50 (Hoekstra Koeltechniek B.V.), référence {inv}.', '',
        'Si votre paiement a été effectué entre-temps, veuillez ne pas tenir compte de ce rappel.', '',
        'Cordialement,', 'Hoekstra Koeltechniek B.V.', 'Service comptabilité'],
 'en': ['Dear Sir or Madam,', '',
        'According to our records, invoice {inv} for {amt} is still unpaid.',
        'Please transfer the amount within 14 days to',
        'IBAN NL41 RABO 0318 2746 50 (Hoekstra Koeltechniek B.V.), reference {inv}.', '',
        'If you have paid in the meantime, please disregard this reminder.', '',
        'Kind regards,', 'Hoekstra Koeltechniek B.V.', 'Accounts receivable'],
}
PDF = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n'
       b'2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
       b'3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n'
       b'trailer<</Root 1 0 R>>\n%%EOF\n')


def reminder(arg):
    head, date = arg.split(' date=')
    mode, n, lang, rcpts = head.split()
    to, _, cc = rcpts.partition(',')
    inv = f'2026-{n}'
    amt = f'EUR {int(h("a" + n, 4), 16) % 4000 + 180},{int(n) % 100:02d}'
    qid = h('q' + n, 11).upper()
    hdr = [f'Return-Path: <{env(n)}>',
           f'Received: from app.{DOM} (app.{DOM} [10.12.0.7])',
           f'\tby {HOST} (Postfix) with ESMTPS id {qid}',
           f'\tfor <{to}>; {date}',
           f'From: Hoekstra Koeltechniek B.V. <billing@{DOM}>',
           f'To: <{to}>']
    if cc:
        hdr.append(f'Cc: <{cc}>')
    hdr += [f'Subject: {SUBJ[lang].format(inv=inv)}', f'Date: {date}',
            f'Message-ID: {mid(n)}', 'MIME-Version: 1.0']
    body = [l.format(inv=inv, amt=amt) for l in BODY[lang]]
    if mode == 'headers':
        return '\n'.join(hdr + ['Content-Type: text/plain; charset=utf-8'])
    if mode == 'pdfheaders':
        return '\n'.join(hdr + [f'Content-Type: multipart/mixed; boundary="dm-{h("b" + n, 16)}"'])
    if mode == 'pdf':
        b = 'dm-' + h('b' + n, 16)
        pdf = base64.encodebytes(PDF).decode().rstrip('\n')
        return '\n'.join(hdr + [f'Content-Type: multipart/mixed; boundary="{b}"', '',
                                f'--{b}', 'Content-Type: text/plain; charset=utf-8',
                                'Content-Transfer-Encoding: 8bit', ''] + body +
                         ['', f'--{b}',
                          f'Content-Type: application/pdf; name="factuur-{inv}.pdf"',
                          f'Content-Disposition: attachment; filename="factuur-{inv}.pdf"',
                          'Content-Transfer-Encoding: base64', '', pdf, f'--{b}--'])
    if mode == 'cut':
        body = body[:3]
    return '\n'.join(hdr + ['Content-Type: text/plain; charset=utf-8',
                            'Content-Transfer-Encoding: 8bit', ''] + body)


def boundary(qid):
    return f'{qid}.{1796000000 + int(h(qid, 5), 16) % 900000}/{HOST}'


INTRO = {
 'fail': ["This is the mail system at host " + HOST + ".", '',
          "I'm sorry to have to inform you that your message could not",
          "be delivered to one or more recipients. It's attached below.", '',
          "For further assistance, please send mail to postmaster.", '',
          "If you do so, please include this problem report. You can",
          "delete your own text from the attached returned message.", '',
          "                   The mail system"],
 'fail-nl': ["Dit is het mailsysteem op host " + HOST + ".", '',
             "Helaas moeten wij u melden dat uw bericht niet kon worden",
             "afgeleverd bij een of meer ontvangers. Het bericht is hieronder bijgevoegd.", '',
             "Neem voor verdere hulp contact op met postmaster@" + DOM + "",
             "en stuur dit foutrapport mee.", '',
             "                   Het mailsysteem"],
 'delay': ["This is the mail system at host " + HOST + ".", '',
           "####################################################################",
           "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #",
           "####################################################################", '',
           "Your message could not be delivered for {hours} hours.",
           "It will be retried until it is {days} days old.", '',
           "For further assistance, please send mail to postmaster.", '',
           "If you do so, please include this problem report. You can",
           "delete your own text from the attached returned message.", '',
           "                   The mail system"],
 'success': ["This is the mail system at host " + HOST + ".", '',
             "Your message was successfully delivered to the destination(s)",
             "listed below. If the message was delivered to mailbox you will",
             "receive no further notifications. Otherwise you may still receive",
             "notifications of mail delivery errors from other systems.", '',
             "                   The mail system"],
}
SUBJECT = {'fail': 'Undelivered Mail Returned to Sender',
           'fail-nl': 'Onbestelbaar bericht teruggestuurd naar afzender',
           'delay': 'Delayed Mail (still being retried)',
           'success': 'Successful Mail Delivery Report'}


def pfhead(arg):
    head, date = arg.split(' date=')
    n, qid, kind = head.split()[:3]
    extra = head.split()[3:]
    e = env(n)
    lines = [ 'Return-Path: <>', f'X-Original-To: {e}', f'Delivered-To: {e}',
             f'Received: by {HOST} (Postfix)', f'\tid {qid}; {date}', f'Date: {date}',
             f'From: MAILER-DAEMON@{HOST} (Mail Delivery System)',
             f'Subject: {SUBJECT[kind]}', f'To: {e}', 'Auto-Submitted: auto-replied',
             'MIME-Version: 1.0',
             'Content-Type: multipart/report; report-type=delivery-status;',
             f'\tboundary="{boundary(qid)}"', 'Content-Transfer-Encoding: 8bit',
             f'Message-Id: <{h("i" + qid + date, 14)}.{qid}@{HOST}>', '',
             'This is a MIME-encapsulated message.', '', f'--{boundary(qid)}',
             'Content-Description: ' + ('Notification' if kind != 'delay' else
                                        'Notification'),
             'Content-Type: text/plain; charset=utf-8', '']
    intro = INTRO[kind]
    if kind == 'delay':
        hours, days = extra
        intro = [l.format(hours=hours, days=days) for l in intro]
    return '\n'.join(lines + intro)


def pfdsn(arg):
    head, date = arg.split(' date=')
    n, qid = head.split()
    return '\n'.join([f'--{boundary(qid)}', 'Content-Description: Delivery report',
                      'Content-Type: message/delivery-status', '',
                      f'Reporting-MTA: dns; {HOST}', f'X-Postfix-Queue-ID: {qid}',
                      f'X-Postfix-Sender: rfc822; {env(n)}', f'Arrival-Date: {date}'])


def pfret(arg):
    qid, part = arg.split()
    if part == 'headers':
        return '\n'.join([f'--{boundary(qid)}', 'Content-Description: Undelivered Message Headers',
                          'Content-Type: text/rfc822-headers'])
    return '\n'.join([f'--{boundary(qid)}',
                      'Content-Description: ' + ('Delivered Message' if part == 'delivered'
                                                 else 'Undelivered Message'),
                      'Content-Type: message/rfc822', 'Content-Transfer-Encoding: 8bit'])


MACROS = {'MID': lambda a: mid(a.strip()), 'ENV': lambda a: env(a.strip()),
          'REM': reminder, 'PFHEAD': pfhead, 'PFDSN': pfdsn, 'PFRET': pfret,
          'PFEND': lambda a: f'--{boundary(a.strip())}--'}


def expand(text):
    return re.sub(r'@@([A-Z]+) ([^@]*(?:@[^@][^@]*)*)@@',
                  lambda m: MACROS[m.group(1)](m.group(2)), text)


def main():
    done = set()
    for batch in sorted(glob.glob(os.path.join(HERE, 'b*.txt'))):
        for chunk in open(batch, encoding='utf-8').read().split('%%% ')[1:]:
            num, _, body = chunk.partition('\n')
            num = num.strip()
            assert num not in done, num
            done.add(num)
            out = expand(body).rstrip('\n') + '\n'
            with open(os.path.join(SET, num + '.eml'), 'w', encoding='utf-8') as fh:
                fh.write(out)
    with open(os.path.join(SET, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for line in open(os.path.join(HERE, 'labels.in'), encoding='utf-8'):
            if line.strip() and not line.startswith('#'):
                fh.write(expand(line))
    print(len(done), 'messages written')


main()
