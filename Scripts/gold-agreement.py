#!/usr/bin/env python3
"""Agreement between two blind annotations of one document: F1 per list, as eval-figures scores the tool.

usage: Scripts/gold-agreement.py A.json B.json [A2.json B2.json ...]

Each pair is two gold records of the same document (built by `Scripts/build-gold.py` from two
annotators' independent `annotations.jsonl`). A is taken as the reference and B as the output; F1
is symmetric, so the order only swaps P and R. The matching is `eval-figures.py`'s (quantities by
span, value, unit and bounds; facts by indicator, value, unit, change, period and status), with the
relaxed fact totals and, for entities, a span-only figure (type ignored). Totals over all pairs are
printed last. Agreement between careful annotators is the ceiling a tool can be measured against:
a list where two annotators agree at 0.85 cannot show a tool above that.
"""
import importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('eval_figures', os.path.join(HERE, 'eval-figures.py'))
ev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ev)


def keyed(kind, items):
    """Items keyed as eval-figures matches them (a repeated key counts once)."""
    if kind == 'facts':
        return {ev.fact_key(i) for i in items}
    return {tuple(i.get(k) for k in ev.KEYS[kind]) for i in items}


def f1(hits, found, expected):
    p = hits / found if found else 0.0
    r = hits / expected if expected else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    paths = sys.argv[1:]
    if not paths or len(paths) % 2:
        raise SystemExit(__doc__.split('\n\n')[1])
    totals = {}
    for a_path, b_path in zip(paths[::2], paths[1::2]):
        a, b = (json.load(open(p, encoding='utf-8')) for p in (a_path, b_path))
        if a.get('source') != b.get('source'):
            raise SystemExit(f'{a_path} and {b_path} annotate different documents')
        rows = []
        for kind in ev.ALL:
            ka, kb = keyed(kind, a.get(kind, [])), keyed(kind, b.get(kind, []))
            rows.append((kind, len(ka & kb), len(kb), len(ka)))
            if kind == 'entities':
                sa = {(i['start'], i['end']) for i in a[kind]}
                sb = {(i['start'], i['end']) for i in b[kind]}
                rows.append(('entities-span', len(sa & sb), len(sb), len(sa)))
            if kind == 'facts':
                for name, reduce in ev.RELAXED.items():
                    hits, found, expected = ev.relaxed_hits(a[kind], b[kind], reduce)
                    rows.append((f'facts-{name}', hits, found, expected))
        print(os.path.basename(a_path))
        for kind, hits, found, expected in rows:
            p, r, f = f1(hits, found, expected)
            print(f'  {kind:26} F1 {f:.3f}  (A {expected}, B {found}, both {hits})')
            t = totals.setdefault(kind, [0, 0, 0])
            t[0], t[1], t[2] = t[0] + hits, t[1] + found, t[2] + expected
    if len(paths) > 2:
        print('ALL')
        for kind, (hits, found, expected) in totals.items():
            print(f'  {kind:26} F1 {f1(hits, found, expected)[2]:.3f}  (A {expected}, B {found}, both {hits})')


if __name__ == '__main__':
    main()
