#!/usr/bin/env python3
"""Time spent reading the embedded knowledge tables at startup, measured with perf.

Runs the release `zhtext extract` on a one-sentence document under `perf record` (cpu-clock
sampling every 50 µs, call graphs), N times, and attributes every sample whose stack holds one of
ZhText's one-time initializers (Swift `static let`/global initializers, mangled `...WZ`) to the
outermost such initializer. Prints, per run, the milliseconds under initializers of the rule
tables (everything but the lexicons, the place gazetteer, the ICU character classes and the entity
model) and the median over
the runs, then the largest initializers of the last run.

usage: Benchmarks/table-startup.py [--runs N] [--zhtext PATH]
Needs perf (linux-tools) and a release build: swift build -c release --product zhtext.
"""
import argparse, collections, os, statistics, subprocess, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--runs", type=int, default=7)
parser.add_argument("--zhtext", default=os.path.join(ROOT, ".build/release/zhtext"))
args = parser.parse_args()

NOT_TABLES = ("7LexiconV", "8FlatTrie", "11EntityModel", "16EntityVocabularyO6places_WZ", "14CharacterClassO5table")  # lexicons, ICU, the model
PERIOD_MS = 0.05


def demangle(names):
    out = subprocess.run(["swift", "demangle", "--compact"], input="\n".join(names), capture_output=True,
                         text=True).stdout.splitlines()
    return dict(zip(names, out)) if len(out) == len(names) else {n: n for n in names}


def run_once(document):
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "perf.data")
        subprocess.run(["perf", "record", "-q", "-F", "20000", "-g", "-o", data, args.zhtext, "extract", document],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        script = subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym"], capture_output=True, text=True).stdout
    per_init = collections.Counter()
    total = 0
    for sample in script.split("\n\n"):
        frames = [line.split(None, 1)[1] if len(line.split(None, 1)) > 1 else "" for line in sample.strip().splitlines()]
        if not frames:
            continue
        total += 1
        inits = [f.split("+")[0] for f in frames if f.startswith("$s6ZhText") and f.split("+")[0].endswith("WZ")]
        if inits:
            per_init[inits[-1]] += 1  # the outermost: stacks list the innermost frame first
    return total, per_init


document = os.path.join(tempfile.mkdtemp(), "one.txt")
with open(document, "w", encoding="utf-8") as f:
    f.write("2024年，全省地区生产总值增长5.2%，城镇新增就业41万人，一般公共预算收入512.6亿元。\n")
results = []
for _ in range(args.runs):
    total, per_init = run_once(document)
    names = demangle(list(per_init))
    tables = sum(count for name, count in per_init.items() if not any(word in name for word in NOT_TABLES))
    results.append((tables * PERIOD_MS, total * PERIOD_MS))
    print(f"run: tables {tables * PERIOD_MS:.2f} ms of {total * PERIOD_MS:.1f} ms sampled")
print(f"median: tables {statistics.median(r[0] for r in results):.2f} ms; "
      f"whole process {statistics.median(r[1] for r in results):.1f} ms")
print("largest initializers of the last run:")
for name, count in per_init.most_common(12):
    print(f"  {count * PERIOD_MS:6.2f} ms  {name[:60]}  {names[name][:60]}")
