#!/usr/bin/env python3
"""Corpus-run figures for `zhtext extract`: --jobs 2 against --jobs 1, and peak memory.

usage: Benchmarks/corpus-run.py [--copies 12] [--runs 5]

1. Builds `zhtext` in release mode and lays out a corpus folder: the documents of Corpus/ (and of
   ../shared/corpus when it exists), each copied --copies times.
2. Times `zhtext extract --jobs 1` and `--jobs 2` over it alternately, --runs times each, as
   whole processes, checks that both outputs are identical, and prints medians and the ratio.
3. Writes a one-line document of 24 MB (Corpus text without line breaks, repeated) and prints
   the peak resident memory of `zhtext extract` on it (GNU time's %M).
"""
import argparse, os, shutil, statistics, subprocess, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def decode(path):
    data = open(path, 'rb').read()
    for encoding in ('utf-8', 'gb18030'):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return ''


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--copies', type=int, default=12)
    parser.add_argument('--runs', type=int, default=5)
    args = parser.parse_args()
    subprocess.run(['swift', 'build', '-c', 'release', '--product', 'zhtext'], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    zhtext = os.path.join(ROOT, '.build', 'release', 'zhtext')
    work = os.path.join(ROOT, '.build-bench', 'corpus-run')
    shutil.rmtree(work, ignore_errors=True)
    corpus = os.path.join(work, 'corpus')
    os.makedirs(corpus)
    sources = [os.path.join(ROOT, 'Corpus', f) for f in sorted(os.listdir(os.path.join(ROOT, 'Corpus'))) if f.endswith('.txt')]
    shared = os.path.join(os.path.dirname(ROOT), 'shared', 'corpus')
    if os.path.isdir(shared):
        sources += [os.path.join(shared, f) for f in sorted(os.listdir(shared)) if f.endswith('.txt')]
    for copy in range(args.copies):
        for source in sources:
            shutil.copy(source, os.path.join(corpus, f'{copy:03d}-{os.path.basename(source)}'))
    size = sum(os.path.getsize(os.path.join(corpus, f)) for f in os.listdir(corpus))
    print(f'corpus: {len(os.listdir(corpus))} documents, {size / 1e6:.1f} MB')

    times = {1: [], 2: []}
    outputs = {}
    for _ in range(args.runs):
        for jobs in (1, 2):
            out = os.path.join(work, f'out{jobs}.jsonl')
            start = time.perf_counter()
            with open(out, 'wb') as f:
                subprocess.run([zhtext, 'extract', '--jobs', str(jobs), corpus], stdout=f, check=True)
            times[jobs].append(time.perf_counter() - start)
            outputs[jobs] = open(out, 'rb').read()
    same = outputs[1] == outputs[2]
    one, two = statistics.median(times[1]), statistics.median(times[2])
    print(f'--jobs 1: {one:.2f} s ({size / 1e6 / one:.1f} MB/s)   --jobs 2: {two:.2f} s ({size / 1e6 / two:.1f} MB/s)   '
          f'ratio {one / two:.2f}x   identical output: {same}')

    text = ''.join(decode(s).replace('\n', '').replace('\r', '') for s in sources[:15])
    line = (text * (24_000_000 // len(text.encode()) + 1)).encode()[:24_000_000]
    line = line.decode('utf-8', 'ignore').encode()
    big = os.path.join(work, 'one-line-24mb.txt')
    open(big, 'wb').write(line)
    result = subprocess.run(['/usr/bin/time', '-f', '%M %e', zhtext, 'extract', '--jobs', '1', big],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    rss_kb, seconds = result.stderr.strip().split('\n')[-1].split()
    print(f'one-line document: {len(line) / 1e6:.1f} MB, peak RSS {int(rss_kb) / 1024:.0f} MiB, {float(seconds):.2f} s')


if __name__ == '__main__':
    main()
