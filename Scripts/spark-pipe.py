#!/usr/bin/env python3
"""Runs zhtext as a mapper under Spark's RDD.pipe (local mode) and checks it against a local run.

usage: Scripts/spark-pipe.py [--binary PATH] [--partitions N] [--copies K]

Builds (or takes) a zhtext binary, writes a JSON Lines corpus from Corpus/ (each document split
into paragraphs, K copies, plus a few bad lines: a blank line, broken JSON, a missing id, a
numeric id), pipes it through `zhtext extract --jsonl-input --exit-zero -` in N partitions with
pyspark in local mode (`checkCode=True`: a non-zero exit would fail the job), and compares
Spark's output with `zhtext extract --jsonl-input --exit-zero` run locally on the same file,
line for line. Prints the line counts, the timing of both runs, and exits 1 on any difference.

Records of bad lines carry their line number within the mapper's input, which under Spark is
the partition's: those numbers are set aside in the comparison (the record's `line` and the
message's "line N of -"); the line's excerpt in the message still finds it.

pyspark comes from PyPI into .build-spark-venv/ on first use; Java (17 or later) from the system.
"""
import argparse, glob, json, os, re, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, '.build-spark-venv')


def ensure_pyspark():
    """Re-runs this script inside the venv that has pyspark, creating it on first use."""
    python = os.path.join(VENV, 'bin', 'python')
    if sys.prefix == VENV:
        return
    if not os.path.exists(python):
        subprocess.run([sys.executable, '-m', 'venv', VENV], check=True)
        subprocess.run([python, '-m', 'pip', 'install', '-q', 'pyspark'], check=True)
    os.execv(python, [python] + sys.argv)


def corpus_lines(copies):
    """JSON Lines records: every paragraph of Corpus/ (written and real documents), K times."""
    lines = []
    paths = sorted(glob.glob(os.path.join(ROOT, 'Corpus', '*.txt')) + glob.glob(os.path.join(ROOT, 'Corpus', 'real', '*.txt')))
    for copy in range(copies):
        for path in paths:
            if path.endswith('.gbk.txt') or '11_gb18030' in path:
                continue
            text = open(path, encoding='utf-8-sig').read()
            name = os.path.relpath(path, ROOT)
            for number, paragraph in enumerate(p for p in text.split('\n') if p.strip()):
                lines.append(json.dumps({'id': f'{name}#{number}@{copy}', 'text': paragraph}, ensure_ascii=False))
    # Lines a mapper must survive: each still gives one record.
    lines[10:10] = ['', '{broken', '{"text": "没有编号"}', '{"id": 49, "text": "增长9.1%"}']
    return lines


def comparable(line):
    """A record with a bad line's position within its partition set aside."""
    if '"error"' not in line:
        return line
    record = json.loads(line)
    record.pop('line', None)
    record['error']['message'] = re.sub(r'line \d+ of -', 'line N of -', record['error']['message'])
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--binary', default=os.path.join(ROOT, '.build', 'release', 'zhtext'))
    parser.add_argument('--partitions', type=int, default=4)
    parser.add_argument('--copies', type=int, default=2)
    args = parser.parse_args()
    ensure_pyspark()
    if not os.path.exists(args.binary):
        subprocess.run(['swift', 'build', '-c', 'release', '--product', 'zhtext'], cwd=ROOT, check=True)
    binary = os.path.abspath(args.binary)
    lines = corpus_lines(args.copies)
    folder = tempfile.mkdtemp(prefix='zhtext-spark-')
    source = os.path.join(folder, 'input.jsonl')
    with open(source, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    command = [binary, 'extract', '--jsonl-input', '--exit-zero', '--jobs', '1', '-']

    start = time.perf_counter()
    with open(source, 'rb') as f:
        local = subprocess.run(command, stdin=f, capture_output=True, check=True).stdout.decode('utf-8').splitlines()
    local_seconds = time.perf_counter() - start

    from pyspark.sql import SparkSession
    spark = SparkSession.builder.master('local[2]').appName('zhtext-pipe').config('spark.ui.enabled', 'false').getOrCreate()
    spark.sparkContext.setLogLevel('ERROR')
    start = time.perf_counter()
    rdd = spark.sparkContext.parallelize(lines, args.partitions)
    piped = rdd.pipe(' '.join(command), checkCode=True).collect()
    spark_seconds = time.perf_counter() - start
    spark.stop()

    print(f'{len(lines)} lines in ({os.path.getsize(source) / 1e6:.1f} MB), {args.partitions} partitions')
    print(f'local run: {len(local)} records in {local_seconds:.1f} s')
    print(f'spark pipe (local[2]): {len(piped)} records in {spark_seconds:.1f} s')
    errors = sum('"error"' in line for line in piped)
    print(f'error records (bad lines reported, job not failed): {errors}')
    same = [comparable(line) for line in piped] == [comparable(line) for line in local]
    print('identical to the local run, line for line' if same else 'DIFFERENT from the local run')
    if not same:
        for number, (a, b) in enumerate(zip(piped, local)):
            if a != b:
                print(f'first difference at line {number + 1}:\n  spark: {a[:200]}\n  local: {b[:200]}')
                break
    sys.exit(0 if same and len(piped) == len(lines) else 1)


if __name__ == '__main__':
    main()
