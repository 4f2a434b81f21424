#!/usr/bin/env python3
"""Whole-process tokenization throughput: `zhtext tokenize` side by side with rjieba and jieba.

usage: Benchmarks/compare-tokenize.py [--megabytes 12] [--runs 3] [--skip-jieba]

Builds `zhtext` in release mode, writes one UTF-8 input of at least --megabytes MB by repeating
the documents of Corpus/, and times each tool as a whole process (start-up and dictionary load
included) on that same file, in one run: the median of --runs runs per tool. Every tool writes
the same format: each input line's words separated by one space. The peers come from PyPI
(`pip install jieba rjieba`), installed into .build-bench-venv/ on first use.
"""
import argparse, os, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, '.build-bench-venv')
PEER = r'''
import sys
mode = sys.argv[1]
if mode == 'rjieba':
    import rjieba
    cut = lambda line: rjieba.cut(line)
else:
    import jieba
    jieba.setLogLevel(60)
    cut = lambda line: jieba.cut(line)
out = sys.stdout
with open(sys.argv[2], encoding='utf-8') as f:
    for line in f:
        out.write(' '.join(w for w in cut(line.rstrip('\n')) if not w.isspace()) + '\n')
'''


def make_input(path, megabytes):
    corpus = os.path.join(ROOT, 'Corpus')
    texts = []
    for name in sorted(os.listdir(corpus)):
        if not name.endswith('.txt'):
            continue
        data = open(os.path.join(corpus, name), 'rb').read()
        for encoding in ('utf-8', 'gb18030'):
            try:
                texts.append(data.decode(encoding))
                break
            except UnicodeDecodeError:
                pass
    block = '\n'.join(texts).encode('utf-8')
    with open(path, 'wb') as out:
        written = 0
        while written < megabytes * 1_000_000:
            out.write(block)
            written += len(block)
    return written


def time_run(command, output):
    start = time.perf_counter()
    with open(output, 'wb') as out:
        subprocess.run(command, stdout=out, check=True)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--megabytes', type=float, default=12)
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--skip-jieba', action='store_true', help='leave out jieba (slow: ~20 s per run)')
    args = parser.parse_args()

    subprocess.run(['swift', 'build', '-c', 'release', '--product', 'zhtext'], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    zhtext = os.path.join(ROOT, '.build', 'release', 'zhtext')
    python = os.path.join(VENV, 'bin', 'python')
    if not os.path.exists(python):
        subprocess.run([sys.executable, '-m', 'venv', VENV], check=True)
        subprocess.run([os.path.join(VENV, 'bin', 'pip'), 'install', '-q', 'jieba', 'rjieba'], check=True)

    work = os.path.join(ROOT, '.build-bench')
    os.makedirs(work, exist_ok=True)
    source = os.path.join(work, 'input.txt')
    size = make_input(source, args.megabytes)
    peer = os.path.join(work, 'peer.py')
    open(peer, 'w').write(PEER)

    tools = [
        ('zhtext tokenize', [zhtext, 'tokenize', source]),
        ('zhtext tokenize --mode icu', [zhtext, 'tokenize', '--mode', 'icu', source]),
        ('rjieba', [python, peer, 'rjieba', source]),
    ]
    if not args.skip_jieba:
        tools.append(('jieba', [python, peer, 'jieba', source]))
    print(f'input: {size / 1e6:.1f} MB of Corpus/ text, median of {args.runs} runs, whole process')
    results = {}
    for name, command in tools:
        runs = args.runs if name != 'jieba' else min(args.runs, 1)
        times = [time_run(command, os.path.join(work, 'out.txt')) for _ in range(runs)]
        results[name] = statistics.median(times)
    reference = results['rjieba']
    print(f'{"tool":<28} {"seconds":>8} {"MB/s":>8} {"vs rjieba":>10}')
    for name, seconds in results.items():
        print(f'{name:<28} {seconds:8.2f} {size / 1e6 / seconds:8.2f} {reference / seconds:9.2f}x')


if __name__ == '__main__':
    main()
