#!/usr/bin/env python3
"""Compares `zhtext extract` with the Corpus gold: P/R/F1 per list and per document.

usage: Scripts/eval-figures.py [--show N] [--lists quantities,percentages,dates] [NAME ...]

Matching: quantities by (start, end, value, unit, low, high); percentages by (start, end, value,
unit); dates by (start, end, value, kind); terms by (start, end). --show N prints up to N misses
(in gold, not found) and false hits (found, not in gold) per document and list.
"""
import argparse, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {
    'quantities': ('start', 'end', 'value', 'unit', 'low', 'high'),
    'percentages': ('start', 'end', 'value', 'unit'),
    'dates': ('start', 'end', 'value', 'kind'),
    'terms': ('start', 'end'),
    'entities': ('start', 'end', 'type'),
    'facts': (),
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--show', type=int, default=0)
    parser.add_argument('--lists', default='quantities,percentages,dates')
    parser.add_argument('names', nargs='*')
    args = parser.parse_args()
    lists = args.lists.split(',')
    gold_dir = os.path.join(ROOT, 'Corpus', 'gold')
    names = args.names or sorted(f[:-5] for f in os.listdir(gold_dir) if f.endswith('.json'))
    subprocess.run(['swift', 'build', '-c', 'release', '--product', 'zhtext'], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    paths = [os.path.join('Corpus', n + '.txt') for n in names]
    out = subprocess.run([os.path.join(ROOT, '.build', 'release', 'zhtext'), 'extract', '--format', 'jsonl', *paths],
                         cwd=ROOT, capture_output=True, text=True)
    records = [json.loads(line) for line in out.stdout.splitlines()]
    totals = {l: [0, 0, 0] for l in lists}
    for name, record in zip(names, records):
        gold = json.load(open(os.path.join(gold_dir, name + '.json'), encoding='utf-8'))
        cells = []
        for kind in lists:
            if kind not in gold or kind not in record:
                cells.append(f'{kind[:5]} -')
                continue
            if kind == 'facts':
                # Facts match on what they say, not on their evidence span (duplicates count once).
                key = lambda item: (item.get('indicator'), item.get('value'), item.get('unit'),
                                    json.dumps(item.get('change'), sort_keys=True), item.get('period'), item.get('status'))
                expected = {key(i): {**i, 'text': i['indicator']} for i in gold[kind]}
                found = {key(i): {**i, 'text': i['indicator']} for i in record[kind]}
            else:
                key = lambda item: tuple(item.get(k) for k in KEYS[kind])
                expected = {key(i): i for i in gold[kind]}
                found = {key(i): i for i in record[kind]}
            hits = len(expected.keys() & found.keys())
            totals[kind][0] += hits
            totals[kind][1] += len(found)
            totals[kind][2] += len(expected)
            p = hits / len(found) if found else 1.0
            r = hits / len(expected) if expected else 1.0
            cells.append(f'{kind[:5]} P {p:.3f} R {r:.3f} ({len(expected)})')
            if args.show:
                for k in list(expected.keys() - found.keys())[:args.show]:
                    print(f'  {name} {kind} MISS {k} {expected[k]["text"]!r}')
                for k in list(found.keys() - expected.keys())[:args.show]:
                    print(f'  {name} {kind} FALSE {k} {found[k]["text"]!r}')
        print(f'{name:36} ' + '  '.join(cells))
    for kind, (hits, found, expected) in totals.items():
        if not expected:
            continue
        p = hits / found if found else 0
        r = hits / expected
        f = 2 * p * r / (p + r) if p + r else 0
        print(f'ALL {kind:12} P {p:.4f}  R {r:.4f}  F1 {f:.4f}  (gold {expected}, found {found}, correct {hits})')


if __name__ == '__main__':
    main()
