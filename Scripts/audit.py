#!/usr/bin/env python3
"""Sampling audit of `zhtext extract` on real documents that have no gold.

Where there is no gold, precision is measured by judging a seeded random sample of the tool's
output, each item read in its context. Three steps, all kept in Corpus/audit/ so a later round can
draw again and compare:

  Scripts/audit.py draw NAME [--seed S] [--per-list N] [--lists L,L]
      Runs the release zhtext over Corpus/real/*.txt except the documents with gold (and the GBK
      twins), draws N items per list with random.Random(S), writes Corpus/audit/NAME.sample.jsonl
      and prints each item with its context. Items identical to one judged in an earlier audit
      (same document, offsets and output) get that verdict copied into NAME.verdicts.jsonl.
  (a reader writes Corpus/audit/NAME.verdicts.jsonl: {"id": "facts-007", "verdict": "right"|"wrong",
      "why": "…"} per item, judging the item in its context; a fact is right only when its
      indicator, value, change, period and status are all right)
  Scripts/audit.py score NAME [OTHER]
      Precision per list with a 95% Wilson interval; with OTHER, the two audits side by side.
"""
import argparse, glob, json, math, os, random, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REAL = os.path.join(ROOT, 'Corpus', 'real')
AUDIT = os.path.join(ROOT, 'Corpus', 'audit')
LISTS = ['quantities', 'percentages', 'dates', 'entities', 'terms', 'facts']
CONTEXT = 60  # characters shown on each side of an item


def unannotated_documents():
    """Real documents without gold, the GBK twins of annotated ones left out too."""
    gold = {os.path.basename(p)[:-len('.annotations.jsonl')]
            for p in glob.glob(os.path.join(REAL, 'gold', '*.annotations.jsonl'))}
    split = os.path.join(REAL, 'gold', 'split.tsv')
    if os.path.exists(split):
        gold |= {line.split('\t')[0] for line in open(split, encoding='utf-8').read().splitlines()[1:]}
    names = []
    for path in sorted(glob.glob(os.path.join(REAL, '*.txt'))):
        name = os.path.basename(path)[:-4]
        if name.endswith('.gbk'):
            continue  # the same text as its UTF-8 twin
        if name not in gold:
            names.append(name)
    return names


def extract(names):
    """The release zhtext's records for the documents, in order."""
    subprocess.run(['swift', 'build', '-c', 'release', '--product', 'zhtext'], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    paths = [os.path.join('Corpus', 'real', n + '.txt') for n in names]
    out = subprocess.run([os.path.join(ROOT, '.build', 'release', 'zhtext'), 'extract', '--format', 'jsonl', *paths],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in out.stdout.splitlines()]


def context(text, start, end):
    """The item between ⟦ and ⟧ with CONTEXT characters either side, on one line."""
    snippet = text[max(0, start - CONTEXT):start] + '⟦' + text[start:end] + '⟧' + text[end:end + CONTEXT]
    return snippet.replace('\n', '⏎')


def summary(kind, item):
    """The output fields a reader judges, without offsets."""
    drop = {'start', 'end', 'text'}
    return {k: v for k, v in item.items() if k not in drop and v is not None}


def identity(entry):
    return json.dumps([entry['document'], entry['start'], entry['end'], entry['list'], entry['output']],
                      ensure_ascii=False, sort_keys=True)


def earlier_verdicts(exclude):
    """Verdicts of earlier audits, by item identity."""
    known = {}
    for path in sorted(glob.glob(os.path.join(AUDIT, '*.sample.jsonl'))):
        name = os.path.basename(path)[:-len('.sample.jsonl')]
        if name == exclude:
            continue
        verdicts = read_verdicts(name, required=False)
        for entry in read_jsonl(path):
            if entry['id'] in verdicts:
                known[identity(entry)] = verdicts[entry['id']]
    return known


def draw(args):
    names = unannotated_documents()
    records = extract(names)
    texts = {n: open(os.path.join(REAL, n + '.txt'), encoding='utf-8-sig').read() for n in names}
    rng = random.Random(args.seed)
    lists = LISTS if args.lists == 'all' else args.lists.split(',')
    sample = []
    for kind in lists:
        population = [(n, item) for n, record in zip(names, records) for item in record.get(kind) or []]
        chosen = rng.sample(population, min(args.per_list, len(population)))
        chosen.sort(key=lambda pair: (pair[0], pair[1]['start']))
        for number, (name, item) in enumerate(chosen, 1):
            sample.append({'id': f'{kind}-{number:03d}', 'list': kind, 'document': name, 'start': item['start'],
                           'end': item['end'], 'text': texts[name][item['start']:item['end']],
                           'output': summary(kind, item), 'context': context(texts[name], item['start'], item['end']),
                           'population': len(population)})
    os.makedirs(AUDIT, exist_ok=True)
    path = os.path.join(AUDIT, args.name + '.sample.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for entry in sample:
            f.write(json.dumps(entry, ensure_ascii=False) + '\n')
    known = earlier_verdicts(args.name)
    reused = [{'id': e['id'], **known[identity(e)]} for e in sample if identity(e) in known]
    if reused:
        with open(os.path.join(AUDIT, args.name + '.verdicts.jsonl'), 'a', encoding='utf-8') as f:
            for verdict in reused:
                f.write(json.dumps(verdict, ensure_ascii=False) + '\n')
    for entry in sample:
        print(f"{entry['id']}  {entry['document']}  {json.dumps(entry['output'], ensure_ascii=False)}\n    {entry['context']}")
    print(f'{os.path.relpath(path, ROOT)}: {len(sample)} items from {len(names)} documents (seed {args.seed}); '
          f'{len(reused)} verdicts carried over from earlier audits', file=sys.stderr)


def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def read_verdicts(name, required=True):
    path = os.path.join(AUDIT, name + '.verdicts.jsonl')
    if not os.path.exists(path):
        if required:
            raise SystemExit(f'{os.path.relpath(path, ROOT)}: no verdicts yet')
        return {}
    verdicts = {}
    for number, entry in enumerate(read_jsonl(path), 1):
        if entry.get('verdict') not in ('right', 'wrong'):
            raise SystemExit(f'{os.path.relpath(path, ROOT)}:{number}: "verdict" must be "right" or "wrong"')
        verdicts[entry['id']] = {'verdict': entry['verdict'], 'why': entry.get('why', '')}
    return verdicts


def wilson(right, n, z=1.959964):
    """The 95% Wilson score interval of a proportion."""
    if n == 0:
        return 0.0, 1.0
    p = right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def precision(name):
    sample = read_jsonl(os.path.join(AUDIT, name + '.sample.jsonl'))
    verdicts = read_verdicts(name)
    missing = [e['id'] for e in sample if e['id'] not in verdicts]
    if missing:
        raise SystemExit(f'{name}: {len(missing)} items have no verdict yet (first: {missing[0]})')
    result = {}
    for kind in LISTS:
        items = [e for e in sample if e['list'] == kind]
        if items:
            right = sum(verdicts[e['id']]['verdict'] == 'right' for e in items)
            result[kind] = (right, len(items), items[0]['population'])
    return result


def score(args):
    audits = [args.name] + ([args.other] if args.other else [])
    results = [precision(n) for n in audits]
    print('list          ' + ''.join(f'{n[:34]:>36}' for n in audits))
    for kind in LISTS:
        cells = []
        for result in results:
            if kind not in result:
                cells.append(f'{"-":>36}')
                continue
            right, n, population = result[kind]
            low, high = wilson(right, n)
            cells.append(f'{f"{right}/{n} = {right / n:.3f} [{low:.3f}, {high:.3f}]":>36}')
        print(f'{kind:14}' + ''.join(cells))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    sub = parser.add_subparsers(dest='command', required=True)
    d = sub.add_parser('draw', help='draw a seeded sample of the output on documents without gold')
    d.add_argument('name')
    d.add_argument('--seed', type=int, default=12)
    d.add_argument('--per-list', type=int, default=40)
    d.add_argument('--lists', default='all')
    s = sub.add_parser('score', help='precision per list with a 95%% interval')
    s.add_argument('name')
    s.add_argument('other', nargs='?')
    args = parser.parse_args()
    draw(args) if args.command == 'draw' else score(args)


if __name__ == '__main__':
    main()
