#!/usr/bin/env python3
"""Assemble a set's expected.json from its hand-written labels and check the set.

Usage: build_expected.py [SET]   (SET defaults to blind1). blind1's labels are
tools/labels.jsonl; any other set's labels are SET/labels.jsonl.

Checks: every .eml parses as a MIME message (python3 email), every labelled file exists and
vice versa, each labelled recipient and message_id occurs in its file's bytes (recipient
case-insensitively), labels use the allowed values. Prints counts by delivery, kind,
language and MTA.
"""
import collections, email, email.policy, html, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET_NAME = sys.argv[1].rstrip('/').split('/')[-1] if len(sys.argv) > 1 else 'blind1'
SET = os.path.join(HERE, '..', SET_NAME)
LABELS = (os.path.join(HERE, 'labels.jsonl') if SET_NAME == 'blind1'
          else os.path.join(SET, 'labels.jsonl'))
ok = True
def bad(msg):
    global ok
    ok = False
    print('ERROR', msg)

labels = {}
for n, line in enumerate(open(LABELS, encoding='utf-8'), 1):
    if not line.strip():
        continue
    d = json.loads(line)
    f = d.pop('f')
    if f in labels:
        bad(f'{f} labelled twice (line {n})')
    labels[f] = d

files = sorted(x for x in os.listdir(SET) if x.endswith('.eml'))
for f in files:
    if f not in labels:
        bad(f'{f} has no label')
for f in labels:
    if f not in files:
        bad(f'label {f} has no file')

for f in files:
    raw = open(os.path.join(SET, f), 'rb').read()
    try:
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for part in m.walk():
            if part.get_content_maintype() == 'text':
                part.get_content()
        if not m['From'] or not m['Date']:
            bad(f'{f}: missing From or Date')
        if m.get_content_maintype() == 'multipart' and m.defects:
            bad(f'{f}: defects {m.defects}')
    except Exception as e:
        bad(f'{f}: does not parse: {e!r}')
    d = labels.get(f)
    if not d:
        continue
    if d['delivery'] not in ('failed', 'expired', 'delayed', 'delivered', 'none'):
        bad(f'{f}: delivery {d["delivery"]}')
    if d['kind'] not in ('bounce', 'auto_reply', 'reply'):
        bad(f'{f}: kind {d["kind"]}')
    if (d['delivery'] == 'none') != (d['kind'] != 'bounce'):
        bad(f'{f}: delivery/kind mismatch')
    r = d['recipient']
    if d['delivery'] == 'none':
        if r is not None:
            bad(f'{f}: recipient for none')
    else:
        if not r or r != r.lower() or r.encode() not in raw.lower():
            bad(f'{f}: recipient {r!r} not in file')
    mid = d['message_id']
    # An HTML-only report may write the ID's brackets as &lt; &gt;.
    unescaped = html.unescape(raw.decode('utf-8', 'replace')).encode()
    if mid is not None and (not mid.startswith('<') or
                            (mid.encode() not in raw and mid.encode() not in unescaped)):
        bad(f'{f}: message_id {mid!r} not in file')

out = {f: labels[f] for f in sorted(labels)}
with open(os.path.join(SET, 'expected.json'), 'w', encoding='utf-8') as fh:
    json.dump(out, fh, ensure_ascii=False, indent=1)
    fh.write('\n')

for key in ('delivery', 'kind', 'lang', 'mta'):
    c = collections.Counter(d[key] for d in out.values())
    print(f'by {key}:', ', '.join(f'{k}={v}' for k, v in sorted(c.items())))
print('with message_id:', sum(1 for d in out.values() if d['message_id']),
      '/ reports:', sum(1 for d in out.values() if d['kind'] == 'bounce'))
print('files', len(files), 'labels', len(out), 'OK' if ok else 'FAILED')
sys.exit(0 if ok else 1)
