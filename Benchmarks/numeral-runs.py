#!/usr/bin/env python3
"""Checks that `zhtext extract` stays linear on long runs of numerals (issue 17).

usage: Benchmarks/numeral-runs.py [--size N]

For each run pattern (一…, 9…, 十一…, 一万…, 三点…) writes a document of N characters and one of
4N, times `zhtext extract --jobs 1` on each (the median of three runs), and prints the ratio. A
linear cost gives about 4; the check fails above 5. Timing is by ratio within one run of the
script, never against a fixed number, since the machine is shared.
"""
import argparse, os, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATTERNS = ['一', '9', '十一', '一万', '三点', '1,000']


def timed(binary, path):
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([binary, 'extract', '--jobs', '1', path], check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--size', type=int, default=1_000_000, help='characters of the smaller document')
    args = parser.parse_args()
    subprocess.run(['swift', 'build', '-c', 'release', '--product', 'zhtext'], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, '.build', 'release', 'zhtext')
    folder = tempfile.mkdtemp(prefix='zhtext-runs-')
    worst = 0.0
    for pattern in PATTERNS:
        paths = []
        for size in (args.size, 4 * args.size):
            path = os.path.join(folder, f'{len(paths)}.txt')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(pattern * (size // len(pattern)) + '\n')
            paths.append(path)
        small, large = timed(binary, paths[0]), timed(binary, paths[1])
        ratio = large / small
        worst = max(worst, ratio)
        print(f'{pattern!r:8} {args.size:>9} chars {small:6.2f} s   {4 * args.size:>9} chars {large:6.2f} s   ratio {ratio:4.2f}')
    print(f'worst ratio {worst:.2f} (linear ≈ 4; limit 5)')
    sys.exit(0 if worst <= 5 else 1)


if __name__ == '__main__':
    main()
