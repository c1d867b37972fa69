"""Joins the per-layer annotation files in this folder into ../NNN_id.gold.json and checks every span."""
import glob
import json
import os

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
for txt in sorted(glob.glob('*.txt')):
    id = txt[:-4]
    text = open(txt, encoding='utf-8').read()
    e = json.load(open(f'gold-work/{id}.entities.json'))
    d = json.load(open(f'gold-work/{id}.dates.json'))
    c = json.load(open(f'gold-work/{id}.claims.json'))
    ents = []
    for m in e['entities']:
        # ANNOTATION.md lists `Organisasi Kerja Sama Shanghai` as an ORGANIZATION example from this seed.
        if m['text'] == 'KTT Organisasi Kerja Sama Shanghai':
            off = len('KTT ')
            m = {'start': m['start'] + off, 'end': m['end'], 'text': m['text'][off:],
                 'type': 'ORGANIZATION', 'canonical': 'Organisasi Kerja Sama Shanghai'}
        ents.append({k: m.get(k) for k in ['start', 'end', 'text', 'type', 'canonical']})
    for m in ents + d['dates']:
        assert text[m['start']:m['end']] == m['text'], m
    for cl in c['claims']:
        for part in ['cue', 'speaker', 'content']:
            assert text[cl[part]['start']:cl[part]['end']] == cl[part]['text'], (id, cl)
    gold = {'id': id, 'documentDate': d['documentDate'], 'documentDateNote': d.get('documentDateNote'),
            'entities': ents, 'dates': d['dates'], 'claims': c['claims']}
    with open(f'{id}.gold.json', 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print(id, len(ents), len(d['dates']), len(c['claims']))
