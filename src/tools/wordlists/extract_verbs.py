"""Writes src/Geopolitics.Nlp/Resources/Entities/verbs.txt: Indonesian verb forms and their roots from the Universal
Dependencies treebanks' train/dev splits (UD Indonesian CSUI train, GSD dev; CC BY-SA 4.0). A form is kept when UD tags
it VERB in at least 80% of its occurrences; a root (lemma) when its verb forms do. Used by the entity stage to end a
name where a headline runs it into a verb (`Sugiono Dorong ...`, `Dewan Gubernur IAEA Desak Iran ...`).

Run from the repository root: python3 src/tools/wordlists/extract_verbs.py ../shared/data
"""
import collections
import os
import sys

data = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
files = [os.path.join(data, 'ud-indonesian-csui', 'id_csui-ud-train.conllu'),
         os.path.join(data, 'ud-indonesian-gsd', 'id_gsd-ud-dev.conllu')]
form_pos = collections.defaultdict(collections.Counter)
lemma_pos = collections.defaultdict(collections.Counter)
for path in files:
    for line in open(path, encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        if len(cols) < 4 or not cols[0].isdigit():
            continue
        form, lemma, upos = cols[1].lower(), cols[2].lower(), cols[3]
        if not form.isalpha():
            continue
        form_pos[form][upos] += 1
        if lemma.isalpha():
            lemma_pos[lemma][upos] += 1

def verbs(table):
    return {w for w, c in table.items() if c['VERB'] >= 1 and c['VERB'] >= 0.8 * sum(c.values()) and len(w) >= 3}

words = sorted(verbs(form_pos) | verbs(lemma_pos))
out = os.path.join('src', 'Geopolitics.Nlp', 'Resources', 'Entities', 'verbs.txt')
with open(out, 'w', encoding='utf-8') as f:
    f.write('# verbs.txt: Indonesian verb forms and roots, lower-case, one per line: a word UD Indonesian tags VERB in at least\n')
    f.write('# 80% of its occurrences, or the root of such forms. Derived by src/tools/wordlists/extract_verbs.py\n')
    f.write('# from UD Indonesian CSUI train and GSD dev (CC BY-SA 4.0; only the word forms and their part of speech are used).\n')
    for w in words:
        f.write(w + '\n')
print(f'{len(words)} words -> {out}')
