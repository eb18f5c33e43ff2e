#!/usr/bin/env python3
"""Assemble the handwritten reports in m*.py into NNN.eml + expected.json, then check them.
The report texts are written by hand per file; only the returned reminder (dunmail's own
output) is filled in from a short template."""
import base64, collections, email, email.policy, email.utils, glob, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

BIZ = {
    'spaak': ('Fietsenmakerij De Spaak', 'administratie', 'despaak.nl', 'nl'),
    'vandam': ('Bakkerij Van Dam', 'facturen', 'bakkerijvandam.nl', 'nl'),
    'peeters': ('Peeters Sanitair BV', 'boekhouding', 'peeters-sanitair.be', 'nl'),
    'hofmann': ('Schreinerei Hofmann', 'buchhaltung', 'schreinerei-hofmann.de', 'de'),
    'gruber': ('Zimmerei Gruber GmbH', 'office', 'zimmerei-gruber.at', 'de'),
    'lynx': ('Lynx Grafisch Ontwerp', 'admin', 'lynxontwerp.nl', 'en'),
    'kroon': ('Installatiebedrijf Kroon', 'debiteuren', 'kroon-installatie.nl', 'nl'),
}

TEXT = {
 'nl': ("Herinnering: factuur {inv}",
        "Geachte {name},\n\nVolgens onze administratie staat factuur {inv} van {fdate} ten bedrage van\n"
        "{amt} nog open. De betalingstermijn is inmiddels verstreken.\n\n"
        "Wilt u het bedrag binnen 7 dagen overmaken op {iban} onder vermelding van\n"
        "het factuurnummer? Heeft u al betaald, dan kunt u deze herinnering als niet\n"
        "verzonden beschouwen.\n\nMet vriendelijke groet,\n\n{biz}\n"),
 'en': ("Reminder: invoice {inv}",
        "Dear {name},\n\nOur records show that invoice {inv} of {fdate} for {amt} is still\n"
        "outstanding. The payment term has now passed.\n\n"
        "Please transfer the amount within 7 days to {iban}, quoting the invoice\n"
        "number. If you have already paid, please disregard this reminder.\n\nKind regards,\n\n{biz}\n"),
 'de': ("Zahlungserinnerung: Rechnung {inv}",
        "Sehr geehrte(r) {name},\n\nlaut unserer Buchhaltung ist die Rechnung {inv} vom {fdate} über {amt}\n"
        "noch offen. Das Zahlungsziel ist inzwischen überschritten.\n\n"
        "Bitte überweisen Sie den Betrag innerhalb von 7 Tagen auf {iban} unter\n"
        "Angabe der Rechnungsnummer. Sollten Sie bereits bezahlt haben, betrachten\n"
        "Sie dieses Schreiben bitte als gegenstandslos.\n\nMit freundlichen Grüßen\n\n{biz}\n"),
}
IBAN = {'nl': 'NL42 RABO 0123 4567 89', 'be': 'BE71 0961 2345 6769', 'de': 'DE44 5001 0517 5407 3249 31',
        'at': 'AT61 1904 3002 3457 3201'}


def dm_addr(biz, n, h):
    _, local, dom, _ = BIZ[biz]
    return f"{local}+dm-{n}-{h}@{dom}"


def reminder(o, hdr_only=False):
    name, local, dom, lang = BIZ[o['biz']]
    lang = o.get('lang', lang)
    subj, body = TEXT[lang]
    to = o['to']
    toname = o.get('toname')
    tohdr = email.utils.formataddr((toname, to)) if toname else to
    iban = IBAN['be' if dom.endswith('.be') else 'at' if dom.endswith('.at') else 'de' if dom.endswith('.de') else 'nl']
    amt = o.get('amt', '€ 245,00' if lang != 'en' else '€ 245.00')
    salut = {'nl': 'heer/mevrouw', 'en': 'Sir or Madam', 'de': 'Damen und Herren'}[lang] if not toname else toname
    if lang == 'de' and not toname:
        body = body.replace('Sehr geehrte(r) {name}', 'Sehr geehrte Damen und Herren')
    h = []
    if o.get('rp', False):
        h.append(f"Return-Path: <{o['dm']}>")
    if o.get('recv'):
        h.append(o['recv'])
    else:
        import hashlib
        qid = hashlib.sha1(o['mid'].encode()).hexdigest()[:11].upper()
        h.append(f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.{dom} (Postfix) with ESMTPSA id {qid}\n"
                 f"\tfor <{to}>; {o['date']}")
    h += [f"From: {name} <{local}@{dom}>", f"To: {tohdr}"]
    if o.get('cc'):
        h.append(f"Cc: {o['cc']}")
    bnd = 'dm-' + o['mid'].split('.')[0].strip('<').split('-')[-1]
    if o.get('pdf'):
        ctype = [f'Content-Type: multipart/mixed; boundary="{bnd}"']
    else:
        ctype = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    h += [f"Subject: {subj.format(inv=o['inv'])}", f"Date: {o['date']}", f"Message-ID: {o['mid']}",
          "MIME-Version: 1.0"] + ctype + ["Auto-Submitted: auto-generated", f"X-Mailer: dunmail/0.9"]
    hdrs = "\n".join(h) + "\n"
    if hdr_only:
        return hdrs
    text = body.format(name=salut, inv=o['inv'], fdate=o.get('fdate', '15-10-2026'),
                       amt=amt, iban=iban, biz=name)
    if not o.get('pdf'):
        return hdrs + "\n" + text
    fname = {'nl': 'Factuur', 'en': 'Invoice', 'de': 'Rechnung'}[lang] + '_' + o['inv'].replace('/', '-') + '.pdf'
    pdf = b64("%PDF-1.4\n% dunmail reminder copy of invoice " + o['inv'] + "\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    return (hdrs + "\n" + f"--{bnd}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + text + f"\n--{bnd}\nContent-Type: application/pdf; name=\"{fname}\"\n"
            + f"Content-Disposition: attachment; filename=\"{fname}\"\nContent-Transfer-Encoding: base64\n\n"
            + pdf + f"\n--{bnd}--\n")


def b64(s, width=76):
    b = base64.b64encode(s.encode('utf-8')).decode()
    return "\n".join(b[i:i + width] for i in range(0, len(b), width)) + "\n"


def render(m):
    raw = m['raw']
    if raw.startswith('\n'):
        raw = raw[1:]
    o = m.get('orig')
    if o:
        full = reminder(o)
        raw = raw.replace('@@ORIG@@', full.rstrip('\n'))
        raw = raw.replace('@@HDRS@@', reminder(o, True).rstrip('\n'))
        raw = raw.replace('@@B64@@', b64(full).rstrip('\n'))
        raw = raw.replace('@@QUOTED@@', "\n".join(('> ' + l).rstrip() for l in full.rstrip('\n').split('\n')))
        raw = raw.replace('@@BODY@@', full.split('\n\n', 1)[1].rstrip('\n'))
    assert '@@' not in raw, m['n']
    if m.get('crlf'):
        raw = raw.replace('\n', '\r\n')
    return raw.encode(m.get('charset', 'utf-8'))


def main():
    msgs = []
    for f in sorted(glob.glob(os.path.join(HERE, 'm*.py'))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        msgs += mod.M
    exp = {}
    seen = set()
    for m in msgs:
        fn = f"{m['n']:03d}.eml"
        assert fn not in seen, fn
        seen.add(fn)
        data = render(m)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(data)
        exp[fn] = {k: m[k] for k in ('delivery', 'recipient', 'message_id', 'kind', 'mta', 'lang', 'note')}
    exp = dict(sorted(exp.items()))
    with open(os.path.join(OUT, 'expected.json'), 'w') as fh:
        json.dump(exp, fh, indent=1, ensure_ascii=False)
        fh.write('\n')
    check(exp)


def decoded(data):
    """Every base64 block in the file, decoded (a returned message may be base64 even in a
    message/rfc822 part, which the email module leaves undecoded)."""
    import re
    out = b''
    for blk in re.findall(rb'(?:^[A-Za-z0-9+/=]{16,}\r?\n)+', data, re.M):
        try:
            out += base64.b64decode(re.sub(rb'\s', b'', blk))
        except Exception:
            pass
    return out


def check(exp):
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(OUT, '*.eml')))
    bad = 0
    if set(files) != set(exp):
        print('MISMATCH files vs expected:', set(files) ^ set(exp)); bad += 1
    for fn, e in exp.items():
        data = open(os.path.join(OUT, fn), 'rb').read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if not msg['From'] or not msg['Date']:
            print(fn, 'missing From/Date'); bad += 1
        for part in msg.walk():
            part.get_content_type()
        if msg.defects:
            print(fn, 'defects', msg.defects); bad += 1
        low = data.lower()
        if e['recipient'] is not None and e['recipient'].encode() not in low:
            # base64-only or encoded recipient: look into the decoded parts too
            dec = decoded(data)
            if e['recipient'].encode() not in dec.lower():
                print(fn, 'recipient not in file', e['recipient']); bad += 1
        if e['message_id'] is not None and e['message_id'].encode() not in data:
            dec = decoded(data)
            if e['message_id'].encode() not in dec:
                print(fn, 'message_id not in file', e['message_id']); bad += 1
        if e['delivery'] == 'none' and (e['recipient'] or e['message_id']):
            print(fn, 'none with recipient/message_id'); bad += 1
        if e['recipient'] and e['recipient'] != e['recipient'].lower():
            print(fn, 'recipient not lowercase'); bad += 1
    sys.stdout.flush()
    print(len(exp), 'messages;', bad, 'problems')
    for k in ('delivery', 'kind', 'lang', 'mta'):
        c = collections.Counter(e[k] for e in exp.values())
        print(k + ':', ', '.join(f'{a} {b}' for a, b in sorted(c.items(), key=lambda x: (-x[1], x[0]))))
    return bad


if __name__ == '__main__':
    main()
