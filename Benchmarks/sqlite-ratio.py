#!/usr/bin/env python3
"""The time of `zhtext extract --format sqlite` over that of jsonl on the same corpus (≤ 1.3×).

Runs both, interleaved, RUNS times each (default 5) with --jobs 2 and --output to a temporary
folder, and prints the medians and their ratio; exits 1 when the ratio is over the limit.
usage: Benchmarks/sqlite-ratio.py [--zhtext PATH] [--runs N] [--limit 1.3] [CORPUS...]
"""
import argparse, pathlib, statistics, subprocess, sys, tempfile, time

root = pathlib.Path(__file__).resolve().parent.parent
parser = argparse.ArgumentParser()
parser.add_argument("--zhtext", default=str(root / ".build/release/zhtext"))
parser.add_argument("--runs", type=int, default=5)
parser.add_argument("--limit", type=float, default=1.3)
parser.add_argument("corpus", nargs="*", default=[str(root / "Corpus")])
args = parser.parse_args()

times = {"jsonl": [], "sqlite": []}
with tempfile.TemporaryDirectory() as folder:
    for _ in range(args.runs):
        for format in times:
            out = f"{folder}/out.{format}"
            start = time.perf_counter()
            subprocess.run([args.zhtext, "extract", "--jobs", "2", "--format", format, "--output", out, *args.corpus], check=True)
            times[format].append(time.perf_counter() - start)
jsonl, sqlite = statistics.median(times["jsonl"]), statistics.median(times["sqlite"])
print(f"median of {args.runs}: jsonl {jsonl:.3f} s, sqlite {sqlite:.3f} s, ratio {sqlite / jsonl:.2f} (limit {args.limit})")
sys.exit(0 if sqlite / jsonl <= args.limit else 1)
