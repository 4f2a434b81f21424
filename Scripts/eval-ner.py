#!/usr/bin/env python3
"""Entity-level P/R/F1 of `zhtext extract` on the MSRA NER test set (evaluation only).

usage: Scripts/eval-ner.py [--file ../shared/eval/ner/msra_test.char.bmes]

The file has one character and a BMES tag per line (NR person, NS place, NT organisation) and a
blank line between sentences. Each sentence goes to `zhtext extract --jsonl-input` as one record;
an entity counts when its span and type match a gold entity exactly. Nothing from this file goes
into a lexicon, a rule or a test.
"""
import argparse, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = {'NR': 'PER', 'NS': 'LOC', 'NT': 'ORG'}


def sentences(path):
    chars, tags = [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            if chars:
                yield ''.join(chars), tags
            chars, tags = [], []
            continue
        char, tag = line.split()[:2] if len(line.split()) >= 2 else (line[0], 'O')
        chars.append(char)
        tags.append(tag)
    if chars:
        yield ''.join(chars), tags


def spans(tags):
    out, start = set(), None
    for i, tag in enumerate(tags):
        prefix, _, kind = tag.partition('-')
        if prefix == 'S':
            out.add((i, i + 1, TYPES.get(kind, kind)))
        elif prefix == 'B':
            start = i
        elif prefix == 'E' and start is not None:
            out.add((start, i + 1, TYPES.get(kind, kind)))
            start = None
        elif prefix not in ('M', 'I'):
            start = None
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--file', default=os.path.join(os.path.dirname(ROOT), 'shared', 'eval', 'ner', 'msra_test.char.bmes'))
    args = parser.parse_args()
    if not os.path.exists(args.file):
        sys.exit(f'no evaluation data at {args.file}')
    subprocess.run(['swift', 'build', '-c', 'release', '--product', 'zhtext'], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    data = list(sentences(args.file))
    lines = ''.join(json.dumps({'id': i, 'text': text}, ensure_ascii=False) + '\n' for i, (text, _) in enumerate(data))
    out = subprocess.run([os.path.join(ROOT, '.build', 'release', 'zhtext'), 'extract', '--jsonl-input', '--format', 'jsonl', '-'],
                         input=lines, capture_output=True, text=True)
    records = [json.loads(line) for line in out.stdout.splitlines()]
    counts = {t: [0, 0, 0] for t in TYPES.values()}
    for (text, tags), record in zip(data, records):
        gold = spans(tags)
        found = {(e['start'], e['end'], e['type']) for e in record.get('entities', [])}
        for kind in counts:
            g = {x for x in gold if x[2] == kind}
            f = {x for x in found if x[2] == kind}
            counts[kind][0] += len(g & f)
            counts[kind][1] += len(f)
            counts[kind][2] += len(g)
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    print(f'{len(data)} sentences')
    for kind, (hit, found, gold) in list(counts.items()) + [('ALL', total)]:
        p = hit / found if found else 0
        r = hit / gold if gold else 0
        f = 2 * p * r / (p + r) if p + r else 0
        print(f'{kind:4} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {gold}, found {found}, correct {hit})')


if __name__ == '__main__':
    main()
