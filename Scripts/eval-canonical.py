#!/usr/bin/env python3
"""Share of the headline facts of the real DEVELOPMENT gold whose indicator gets the right canonical id.

The gold's own indicator strings are mapped by `zhtext indicators -` (the library's table and
rules); Scripts/headline-indicators.tsv says, by hand, which strings name a headline measure and
which id they should get. Counts facts, not distinct strings. Reads only the development set
(Corpus/real/gold/split.tsv).

usage: Scripts/eval-canonical.py [--zhtext PATH] [--show]
"""
import argparse, collections, json, pathlib, subprocess, sys

root = pathlib.Path(__file__).resolve().parent.parent
parser = argparse.ArgumentParser()
parser.add_argument("--zhtext", default=str(root / ".build/release/zhtext"))
parser.add_argument("--show", action="store_true", help="print the headline strings mapped wrongly")
args = parser.parse_args()

gold = root / "Corpus/real/gold"
dev = [line.split("\t")[0] for line in (gold / "split.tsv").read_text().splitlines()[1:] if line.endswith("\tdev")]
expected = {}
for line in (root / "Scripts/headline-indicators.tsv").read_text().splitlines():
    if line and not line.startswith("#") and not line.startswith("gold_indicator\t"):
        phrase, id_ = line.split("\t")
        expected[phrase] = id_

facts = collections.Counter()
for name in dev:
    for fact in json.loads((gold / f"{name}.json").read_text())["facts"]:
        facts[fact["indicator"]] += 1

phrases = sorted(facts)
mapped = subprocess.run([args.zhtext, "indicators", "-"], input="\n".join(phrases) + "\n",
                        capture_output=True, text=True, check=True).stdout.splitlines()
got = dict(line.split("\t", 1) for line in mapped)

headline = right = 0
others_mapped = 0
for phrase, count in facts.items():
    if phrase in expected:
        headline += count
        if got.get(phrase) == expected[phrase]:
            right += count
        elif args.show:
            print(f"miss\t{phrase}\texpected {expected[phrase]}\tgot {got.get(phrase) or '-'}\t×{count}")
    elif got.get(phrase):
        others_mapped += count
        if args.show:
            print(f"other\t{phrase}\t→ {got[phrase]}\t×{count}")
print(f"headline facts of the development gold: {headline}; right canonical: {right} ({right / headline:.1%})")
print(f"facts of other indicators that got an id anyway: {others_mapped} of {sum(facts.values()) - headline}")
