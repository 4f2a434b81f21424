#!/usr/bin/env python3
"""Entity-level P/R/F1 on the public NER test sets (evaluation only).

usage: Scripts/eval-ner.py [--set msra|pd|all|real-dev|real-test|real-fresh|real-next|written] [--mode raw|model|hybrid|rules]
                          [--model FILE] [--file PATH]

  msra  ../shared/eval/ner/msra_test.char.bmes: one character and a BMES tag a line (NR person,
        NS place, NT organisation), a blank line between sentences.
  pd    ../shared/eval/ner/pd_example.test: People's Daily (1998) test split, one character and a
        BIO tag (PER, LOC, ORG) a line, a blank line between sentences.

  real-dev, real-test, real-fresh, written: the entities of the Corpus gold (Corpus/real/gold split by
        split.tsv, Corpus/gold), scored as `Scripts/eval-figures.py --lists entities` scores
        `zhtext extract` (which runs the default mode, rules); the test set prints totals only.

Each sentence (or document) is one record for `zhtext-train-entities tag`, which runs the
library's entity recognizer in a mode: `raw`, the model's names in the conventions it learned
(People's Daily's: the public test sets' own, the default here); `model`, those names brought to
the project's guidelines; `hybrid`, the rules' names and the model's where the rules found none;
`rules`, the rules alone (what `zhtext extract` runs). `--model FILE` reads a model not yet
compiled in. An entity counts when its span and type match a gold entity exactly. Nothing from
these files goes into training, a lexicon, a rule or a test.
"""
import argparse, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL = os.path.join(os.path.dirname(ROOT), 'shared', 'eval', 'ner')
SETS = {'msra': 'msra_test.char.bmes', 'pd': 'pd_example.test'}
TYPES = {'NR': 'PER', 'NS': 'LOC', 'NT': 'ORG', 'PER': 'PER', 'LOC': 'LOC', 'ORG': 'ORG'}


def sentences(path):
    chars, tags = [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            if chars:
                yield ''.join(chars), tags
            chars, tags = [], []
            continue
        fields = line.split()
        char, tag = (fields[0], fields[-1]) if len(fields) >= 2 else (line[0], 'O')
        chars.append(char)
        tags.append(tag)
    if chars:
        yield ''.join(chars), tags


def spans(tags):
    """Gold spans from BMES or BIO tags."""
    out, start, kind = set(), None, None
    for i, tag in enumerate(tags + ['O']):
        prefix, _, name = tag.partition('-')
        name = TYPES.get(name, name)
        if prefix in ('M', 'I', 'E') and start is not None and name == kind:
            if prefix == 'E':
                out.add((start, i + 1, kind))
                start = None
            continue
        if start is not None and prefix != 'E':
            # A BIO name ends where the next label is not its I.
            if tags is not None and all(t.split('-')[0] in ('B', 'I', 'O') for t in tags[start:i]):
                out.add((start, i, kind))
            start = None
        if prefix == 'S':
            out.add((i, i + 1, name))
        elif prefix == 'B':
            start, kind = i, name
    return out


def score(path, mode, model):
    data = list(sentences(path))
    lines = ''.join(json.dumps({'id': i, 'text': text}, ensure_ascii=False) + '\n' for i, (text, _) in enumerate(data))
    command = [os.path.join(ROOT, '.build', 'release', 'zhtext-train-entities'), 'tag', '--mode', mode]
    if model:
        command += ['--model', model]
    out = subprocess.run(command, input=lines, capture_output=True, text=True, check=True)
    records = [json.loads(line) for line in out.stdout.splitlines()]
    counts = {t: [0, 0, 0] for t in ('PER', 'LOC', 'ORG')}
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
    print(f'{os.path.basename(path)}: {len(data)} sentences, mode {model or mode}')
    for kind, (hit, found, gold) in list(counts.items()) + [('ALL', total)]:
        p = hit / found if found else 0
        r = hit / gold if gold else 0
        f = 2 * p * r / (p + r) if p + r else 0
        print(f'{kind:4} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {gold}, found {found}, correct {hit})')


def score_gold(which, mode, model):
    """Entity P/R/F1 on a Corpus gold set (totals only)."""
    folder = os.path.join('Corpus', 'real') if which.startswith('real') else 'Corpus'
    gold_dir = os.path.join(ROOT, folder, 'gold')
    names = sorted(f[:-5] for f in os.listdir(gold_dir) if f.endswith('.json'))
    if which != 'written':
        wanted = which[len('real-'):]
        rows = [line.rstrip('\n').split('\t') for line in open(os.path.join(gold_dir, 'split.tsv'), encoding='utf-8')]
        listed = {row[0] for row in rows[1:] if len(row) == 2 and row[1] == wanted}
        names = [n for n in names if n in listed]
        if not names:
            sys.exit(f'no gold documents in split {wanted!r} of {os.path.join(gold_dir, "split.tsv")}')
    lines = ''.join(json.dumps({'id': n, 'path': os.path.join(ROOT, folder, n + '.txt')}) + '\n' for n in names)
    command = [os.path.join(ROOT, '.build', 'release', 'zhtext-train-entities'), 'tag', '--mode', mode]
    if model:
        command += ['--model', model]
    out = subprocess.run(command, input=lines, capture_output=True, text=True, check=True)
    hit = found = expected = 0
    for name, line in zip(names, out.stdout.splitlines()):
        record = json.loads(line)
        gold = json.load(open(os.path.join(gold_dir, name + '.json'), encoding='utf-8'))
        want = {(e['start'], e['end'], e['type']) for e in gold.get('entities', [])}
        got = {(e['start'], e['end'], e['type']) for e in record['entities']}
        hit += len(want & got)
        found += len(got)
        expected += len(want)
    p = hit / found if found else 0
    r = hit / expected if expected else 0
    f = 2 * p * r / (p + r) if p + r else 0
    print(f'{which} entities, mode {model or mode}: P {p:.4f}  R {r:.4f}  F1 {f:.4f}  (gold {expected}, found {found}, correct {hit})')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--set', choices=['msra', 'pd', 'all', 'real-dev', 'real-test', 'real-fresh', 'real-next', 'written'], default='all')
    parser.add_argument('--mode', choices=['raw', 'model', 'hybrid', 'rules'], default='raw')
    parser.add_argument('--model', help='a model file written by zhtext-train-entities (not yet compiled in)')
    parser.add_argument('--file', help='another file in one of the two formats')
    args = parser.parse_args()
    subprocess.run(['swift', 'build', '-c', 'release', '--product', 'zhtext-train-entities'], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    if args.set in ('real-dev', 'real-test', 'real-fresh', 'real-next', 'written'):
        score_gold(args.set, args.mode, args.model)
        return
    paths = [args.file] if args.file else [os.path.join(EVAL, SETS[s]) for s in (SETS if args.set == 'all' else [args.set])]
    for path in paths:
        if not os.path.exists(path):
            sys.exit(f'no evaluation data at {path}')
        score(path, args.mode, args.model)


if __name__ == '__main__':
    main()
