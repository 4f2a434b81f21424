#!/usr/bin/env python3
"""Compares `zhtext extract` with the Corpus gold: P/R/F1 per list and per document.

usage: Scripts/eval-figures.py [--set written|real-dev|real-test|real-fresh|real-next] [--show N] [--lists L,L] [NAME ...]

Sets: `written` is Corpus/gold (our own documents); `real-dev` and `real-test` are the real
documents of Corpus/real/gold, split by Corpus/real/gold/split.tsv. The test set is for reporting
only: it prints totals, never per-document lines or misses (--show is refused), so nobody reads it
for ideas. `real-fresh` holds real documents annotated blind in a later round and not yet developed
against (split `fresh`): scored like the test set (totals only) until a round moves them to dev. `real-next` holds documents annotated
blind in a round while its work was under way, scored the same way and moved to dev by the next round.
--lists all scores the six lists.

Facts also print relaxed totals (the same facts matched on fewer fields: without the indicator,
without period and status, on value and unit alone), so a reader sees which field loses most,
on the test set too, without seeing any item.

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


ALL = ['quantities', 'percentages', 'dates', 'entities', 'terms', 'facts']


def fact_key(item):
    """What a fact says: indicator, value, unit, change, period, status (not its evidence span)."""
    change = item.get('change') or {}
    return (item.get('indicator'), item.get('value'), item.get('unit'), change.get('direction'), change.get('value'),
            change.get('unit'), item.get('period'), item.get('status'))


RELAXED = {
    'no-indicator': lambda k: k[1:],
    'no-period-status': lambda k: k[:6],
    'value-unit': lambda k: k[1:3],
}


def relaxed_hits(gold_items, found_items, reduce):
    """How many facts match when each key is cut down by `reduce` (a gold fact counts once)."""
    pool = {}
    for item in found_items:
        pool[reduce(fact_key(item))] = pool.get(reduce(fact_key(item)), 0) + 1
    hits = 0
    for item in gold_items:
        key = reduce(fact_key(item))
        if pool.get(key, 0) > 0:
            pool[key] -= 1
            hits += 1
    return hits, len(found_items), len(gold_items)


def split_names(gold_dir, which):
    """The gold documents of a set: all of Corpus/gold, or the real ones split.tsv puts in it."""
    names = sorted(f[:-5] for f in os.listdir(gold_dir) if f.endswith('.json'))
    if which == 'written':
        return names
    wanted = which[len('real-'):]
    rows = [line.rstrip('\n').split('\t') for line in open(os.path.join(gold_dir, 'split.tsv'), encoding='utf-8')]
    listed = {row[0] for row in rows[1:] if len(row) == 2 and row[1] == wanted}
    chosen = [n for n in names if n in listed]
    if not chosen:
        raise SystemExit(f'no gold documents in split {wanted!r} of {os.path.join(gold_dir, "split.tsv")}')
    return chosen


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--set', default='written', choices=('written', 'real-dev', 'real-test', 'real-fresh', 'real-next'))
    parser.add_argument('--show', type=int, default=0)
    parser.add_argument('--lists', default='quantities,percentages,dates')
    parser.add_argument('names', nargs='*')
    args = parser.parse_args()
    lists = ALL if args.lists == 'all' else args.lists.split(',')
    test = args.set in ('real-test', 'real-fresh', 'real-next')
    if test and args.show:
        raise SystemExit('the real test set is scored for reporting only: --show is not available for it')
    folder = os.path.join('Corpus', 'real') if args.set.startswith('real') else 'Corpus'
    gold_dir = os.path.join(ROOT, folder, 'gold')
    names = args.names or split_names(gold_dir, args.set)
    subprocess.run(['swift', 'build', '-c', 'release', '--product', 'zhtext'], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    paths = [os.path.join(folder, n + '.txt') for n in names]
    out = subprocess.run([os.path.join(ROOT, '.build', 'release', 'zhtext'), 'extract', '--format', 'jsonl', *paths],
                         cwd=ROOT, capture_output=True, text=True)
    records = [json.loads(line) for line in out.stdout.splitlines()]
    totals = {l: [0, 0, 0] for l in lists}
    relaxed = {name: [0, 0, 0] for name in RELAXED}
    for name, record in zip(names, records):
        gold = json.load(open(os.path.join(gold_dir, name + '.json'), encoding='utf-8'))
        cells = []
        for kind in lists:
            if kind not in gold or kind not in record:
                cells.append(f'{kind[:5]} -')
                continue
            if kind == 'facts':
                # Facts match on what they say, not on their evidence span (duplicates count once).
                key = fact_key
                for relax, reduce in RELAXED.items():
                    counts = relaxed_hits(gold[kind], record[kind], reduce)
                    relaxed[relax] = [a + b for a, b in zip(relaxed[relax], counts)]
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
        if not test:
            print(f'{name:36} ' + '  '.join(cells))
    for kind, (hits, found, expected) in totals.items():
        if not expected:
            continue
        p = hits / found if found else 0
        r = hits / expected
        f = 2 * p * r / (p + r) if p + r else 0
        print(f'{args.set} ALL {kind:12} P {p:.4f}  R {r:.4f}  F1 {f:.4f}  (gold {expected}, found {found}, correct {hits})')
    if 'facts' in totals and totals['facts'][2]:
        for relax, (hits, found, expected) in relaxed.items():
            p, r = hits / found if found else 0, hits / expected
            f = 2 * p * r / (p + r) if p + r else 0
            print(f'{args.set} relaxed facts {relax:16} P {p:.4f}  R {r:.4f}  F1 {f:.4f}')


if __name__ == '__main__':
    main()
