#!/usr/bin/env python3
"""Share of the headline facts of the real gold whose indicator gets the right canonical id.

The expected ids are blind: Corpus/real/gold/canonical-{dev,test}.tsv were written by an annotator
who saw only the gold's indicator strings and the list of ids with their English names (not the
table's aliases, not the tool's output): per string, whether it names a headline measure and which
id names the same measure with the same scope (`none` when no id does). The gold's strings are
mapped by `zhtext indicators -` (the library's table and rules). Counts facts, not distinct strings.

Two shares per split: strict (every headline fact, so a measure the table lacks counts as wrong)
and within the table (headline facts whose measure has an id). The test split prints totals only.

usage: Scripts/eval-canonical.py [--set dev|test] [--zhtext PATH] [--show]
"""
import argparse, collections, json, pathlib, subprocess

root = pathlib.Path(__file__).resolve().parent.parent
parser = argparse.ArgumentParser()
parser.add_argument("--set", choices=["dev", "test"], default="dev")
parser.add_argument("--zhtext", default=str(root / ".build/release/zhtext"))
parser.add_argument("--show", action="store_true", help="dev only: print the headline strings mapped wrongly")
args = parser.parse_args()

gold = root / "Corpus/real/gold"
names = [line.split("\t")[0] for line in (gold / "split.tsv").read_text().splitlines()[1:]
         if line.endswith(f"\t{args.set}")]
expected = {}
for line in (gold / f"canonical-{args.set}.tsv").read_text().splitlines()[1:]:
    phrase, headline, id_ = line.split("\t")
    expected[phrase] = (headline == "yes", id_)

facts = collections.Counter()
for name in names:
    for fact in json.loads((gold / f"{name}.json").read_text())["facts"]:
        facts[fact["indicator"]] += 1

phrases = sorted(facts)
mapped = subprocess.run([args.zhtext, "indicators", "-"], input="\n".join(phrases) + "\n",
                        capture_output=True, text=True, check=True).stdout.splitlines()
got = {phrase: (id_ if id_ != "-" and id_ else None) for phrase, id_ in (line.split("\t", 1) for line in mapped)}

headline = right = in_table = right_in_table = other = other_mapped = 0
show = args.show and args.set == "dev"
for phrase, count in sorted(facts.items()):
    is_headline, id_ = expected.get(phrase, (False, "-"))
    if is_headline:
        headline += count
        ok = id_ != "none" and got.get(phrase) == id_
        right += count * ok
        if id_ != "none":
            in_table += count
            right_in_table += count * ok
        if show and not ok:
            print(f"miss\t{phrase}\texpected {id_}\tgot {got.get(phrase) or '-'}\t×{count}")
    else:
        other += count
        if got.get(phrase):
            other_mapped += count
            if show:
                print(f"other\t{phrase}\t→ {got[phrase]}\t×{count}")
print(f"{args.set}: headline facts {headline}; right canonical {right} ({right / headline:.1%}) strict; "
      f"{right_in_table} of {in_table} ({right_in_table / in_table:.1%}) whose measure has an id")
print(f"{args.set}: facts of other indicators that got an id anyway: {other_mapped} of {other}")
