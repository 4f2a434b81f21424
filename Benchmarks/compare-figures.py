#!/usr/bin/env python3
"""Figures side by side: `zhtext extract` against cn2an and jionlp on the same numerals and documents.

usage: Benchmarks/compare-figures.py [--numerals 1000] [--seed 20261205] [--runs 3]

Two inputs, the same for every tool:
- a seeded list of numerals written as money (X元) in Arabic (12.5, 1,234,567), Han (三千零五),
  financial (叁仟零伍), mixed (12.5万), chained (3万2千5百) and Han-decimal (十二点六) forms, each with its
  exact expected value; a tool agrees when it reads exactly that value (cn2an: cn2an(X, "smart");
  jionlp: parse_money(X元); zhtext: the CNY quantity of "共计X元。");
- the real documents of Corpus/real that are not in the test split (split.tsv): money amounts
  (jionlp's extract_money against zhtext's CNY quantities, same span and value) and time
  expressions (jionlp's extract_time against zhtext's dates, same span).

Speed is whole-process (start-up, dictionaries and imports included), the median of --runs runs.
The peers come from PyPI (`pip install cn2an jionlp`), installed into .build-bench-venv/ on first use.
Nothing of the test documents is read or printed.
"""
import argparse, json, os, random, statistics, subprocess, sys, time
from decimal import Decimal

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, '.build-bench-venv')
WORK = os.path.join(ROOT, '.build-bench')

DIGITS = '零一二三四五六七八九'
FINANCIAL = '零壹贰叁肆伍陆柒捌玖'


def han_section(n, digits, units, head):
    """0 < n < 10000 in Han numerals, without leading 零 (the caller writes it); 十 alone at the
    head of a number (十二, not 一十二), 一十 inside one (一万零一十)."""
    out, zero = '', False
    for divisor, unit in ((1000, units[2]), (100, units[1]), (10, units[0])):
        digit = n // divisor % 10
        if digit == 0:
            zero = zero or bool(out)
            continue
        if zero and out:
            out += digits[0]
        zero = False
        if not (head and not out and divisor == 10 and digit == 1 and digits[1] == '一'):
            out += digits[digit]
        out += unit
    if n % 10:
        if zero:
            out += digits[0]
        out += digits[n % 10]
    return out


def han(n, digits=DIGITS, units='十百千'):
    """An integer in Han numerals with 万 and 亿 groups and 零 for skipped places."""
    if n == 0:
        return digits[0]
    groups = [(n // 100_000_000, '亿'), (n // 10_000 % 10_000, '万'), (n % 10_000, '')]
    out, gap = '', False
    for value, name in groups:
        if value == 0:
            gap = gap or bool(out)
            continue
        written = bool(out)
        if written and (gap or value < 1000):
            out += digits[0]  # 一亿零一, 一万零三百: one 零 for the skipped places
        gap = False
        out += han_section(value, digits, units, not written) + name
    return out


def chain(n):
    """3万2千5百: Arabic digits with Chinese units (n < 10^8, every non-zero place written)."""
    out = ''
    high, low = divmod(n, 10_000)
    if high:
        out += str(high) + '万'
    for divisor, unit in ((1000, '千'), (100, '百')):
        digit = low // divisor % 10
        if digit:
            out += str(digit) + unit
    rest = low % 100
    return out + (str(rest) if rest else '') if out else str(n)


def numerals(count, seed):
    """(text, expected Decimal) pairs, cycling through the forms."""
    rng = random.Random(seed)
    items = []
    for index in range(count):
        form = index % 7
        integer = rng.randint(1, 999_999_999) // rng.choice([1, 10, 1000, 100_000]) + 1
        if form == 0:
            cents = rng.randint(0, 99)
            text = f'{integer}.{cents:02d}' if cents else str(integer)
            items.append((text, Decimal(text)))
        elif form == 1:
            items.append((f'{integer:,}', Decimal(integer)))
        elif form == 2:
            items.append((han(integer), Decimal(integer)))
        elif form == 3:
            items.append((han(integer, FINANCIAL, '拾佰仟'), Decimal(integer)))
        elif form == 4:
            tenths = rng.randint(1, 99_999)
            big = rng.random() < 0.5
            number = f'{tenths // 10}' + (f'.{tenths % 10}' if tenths % 10 else '')
            items.append((number + ('亿' if big else '万'), Decimal(number) * (10 ** 8 if big else 10 ** 4)))
        elif form == 5:
            whole, tenth = rng.randint(1, 9999), rng.randint(1, 9)
            items.append((han(whole) + '点' + DIGITS[tenth], Decimal(f'{whole}.{tenth}')))
        else:
            # Every place below 万 written (3万2千5百, 3万2千5百83): no skipped 千 or 百, and a tail
            # of two digits or none (a single digit after 百 would read as an abbreviation).
            value = (rng.randint(1, 9999) * 10_000 + rng.randint(1, 9) * 1000 + rng.randint(1, 9) * 100
                     + (rng.randint(10, 99) if rng.random() < 0.5 else 0))
            items.append((chain(value), Decimal(value)))
    return items


PEER = r'''
import json, sys, time
tool, mode, path = sys.argv[1], sys.argv[2], sys.argv[3]
start = time.perf_counter()
if tool == 'cn2an':
    import cn2an
else:
    import jionlp as jio
loaded = time.perf_counter() - start
out = []
if mode == 'numerals':
    for line in open(path, encoding='utf-8'):
        text = line.rstrip('\n')
        try:
            if tool == 'cn2an':
                value = str(cn2an.cn2an(text, 'smart'))
            else:
                value = jio.parse_money(text + '元')['num']
        except Exception:
            value = None
        out.append(value)
else:
    for path_ in json.load(open(path)):
        text = open(path_, encoding='utf-8').read()
        if tool == 'cn2an':
            cn2an.transform(text, 'cn2an')
            out.append({})
            continue
        money = [(m['offset'][0], m['offset'][1], m['detail'].get('num')) for m in jio.ner.extract_money(text)
                 if m['detail'].get('case') == '元']
        times = [(t['offset'][0], t['offset'][1]) for t in jio.ner.extract_time(text, time_base=time.time())]
        out.append({'money': money, 'times': times})
print(json.dumps({'loaded': loaded, 'results': out}, ensure_ascii=False))
'''


def timed(command, stdin=None):
    start = time.perf_counter()
    result = subprocess.run(command, input=stdin, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, result.stdout


def same(found, expected):
    try:
        return found is not None and Decimal(found) == expected
    except Exception:
        return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--numerals', type=int, default=1000)
    parser.add_argument('--seed', type=int, default=20261205)
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--show', type=int, default=0, help='print up to N numerals each tool reads wrong')
    args = parser.parse_args()

    subprocess.run(['swift', 'build', '-c', 'release', '--product', 'zhtext'], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    zhtext = os.path.join(ROOT, '.build', 'release', 'zhtext')
    python = os.path.join(VENV, 'bin', 'python')
    if not os.path.exists(python):
        subprocess.run([sys.executable, '-m', 'venv', VENV], check=True)
    if subprocess.run([python, '-c', 'import cn2an, jionlp'], capture_output=True).returncode != 0:
        subprocess.run([os.path.join(VENV, 'bin', 'pip'), 'install', '-q', 'cn2an', 'jionlp'], check=True)
    os.makedirs(WORK, exist_ok=True)
    peer = os.path.join(WORK, 'figures-peer.py')
    open(peer, 'w').write(PEER)

    # Numerals.
    items = numerals(args.numerals, args.seed)
    listing = os.path.join(WORK, 'numerals.txt')
    open(listing, 'w', encoding='utf-8').write(''.join(text + '\n' for text, _ in items))
    lines = ''.join(json.dumps({'id': str(i), 'text': f'共计{text}元。'}, ensure_ascii=False) + '\n'
                    for i, (text, _) in enumerate(items))
    print(f'numerals: {len(items)} (seed {args.seed}), forms Arabic, grouped, Han, financial, mixed, Han decimal, chain')
    print(f'{"tool":<10} {"agree":>7} {"seconds":>8}')
    for tool in ('zhtext', 'cn2an', 'jionlp'):
        times, values = [], []
        for _ in range(args.runs):
            if tool == 'zhtext':
                seconds, out = timed([zhtext, 'extract', '--format', 'jsonl', '--jsonl-input', '-'], stdin=lines)
                values = []
                for record in map(json.loads, out.splitlines()):
                    money = [q for q in record.get('quantities', []) if q.get('unit') == 'CNY']
                    values.append(money[0]['value'] if len(money) == 1 else None)
            else:
                seconds, out = timed([python, peer, tool, 'numerals', listing])
                values = json.loads(out.strip().splitlines()[-1])['results']
            times.append(seconds)
        agree = sum(same(found, expected) for found, (_, expected) in zip(values, items))
        print(f'{tool:<10} {agree / len(items):7.1%} {statistics.median(times):8.2f}')
        wrong = [(text, found, expected) for found, (text, expected) in zip(values, items) if not same(found, expected)]
        for text, found, expected in wrong[:args.show]:
            print(f'    {text}: {found} (want {expected})')

    # Real documents (development split and documents without gold; never the test split).
    split = os.path.join(ROOT, 'Corpus', 'real', 'gold', 'split.tsv')
    test = {row.split('\t')[0] for row in open(split, encoding='utf-8').read().splitlines()[1:] if row.endswith('\ttest')}
    folder = os.path.join(ROOT, 'Corpus', 'real')
    paths = [os.path.join(folder, name) for name in sorted(os.listdir(folder))
             if name.endswith('.txt') and not name.endswith('.gbk.txt') and name[:-4] not in test]
    size = sum(len(open(p, encoding='utf-8').read().encode('utf-8')) for p in paths)
    listing = os.path.join(WORK, 'documents.json')
    json.dump(paths, open(listing, 'w'))
    print(f'\ndocuments: {len(paths)} of Corpus/real outside the test split, {size / 1e6:.2f} MB')
    seconds = {}
    zhtext_times, peer_times = [], {}
    for _ in range(args.runs):
        elapsed, out = timed([zhtext, 'extract', '--format', 'jsonl', *paths])
        zhtext_times.append(elapsed)
    records = [json.loads(line) for line in out.splitlines()]
    seconds['zhtext'] = statistics.median(zhtext_times)
    results = {}
    for tool in ('jionlp', 'cn2an'):
        runs = []
        for _ in range(args.runs if tool == 'cn2an' else 1):
            elapsed, out = timed([python, peer, tool, 'documents', listing])
            runs.append(elapsed)
        seconds[tool] = statistics.median(runs)
        results[tool] = json.loads(out.strip().splitlines()[-1])['results']
    ours_money = {(i, q['start'], q['end'], Decimal(q['value'])) for i, r in enumerate(records)
                  for q in r['quantities'] if q.get('unit') == 'CNY' and q.get('value')}
    theirs_money = {(i, s, e, Decimal(v)) for i, r in enumerate(results['jionlp']) for s, e, v in r['money'] if isinstance(v, str)}
    ours_dates = {(i, d['start'], d['end']) for i, r in enumerate(records) for d in r['dates']}
    theirs_dates = {(i, s, e) for i, r in enumerate(results['jionlp']) for s, e in r['times']}
    both_money, both_dates = ours_money & theirs_money, ours_dates & theirs_dates
    print(f'money (CNY): zhtext {len(ours_money)}, jionlp {len(theirs_money)}, same span and value {len(both_money)} '
          f'({len(both_money) / max(1, len(ours_money)):.1%} of zhtext\'s, {len(both_money) / max(1, len(theirs_money)):.1%} of jionlp\'s)')
    print(f'dates/times: zhtext {len(ours_dates)}, jionlp {len(theirs_dates)}, same span {len(both_dates)} '
          f'({len(both_dates) / max(1, len(ours_dates)):.1%} of zhtext\'s, {len(both_dates) / max(1, len(theirs_dates)):.1%} of jionlp\'s)')
    print(f'{"tool":<34} {"seconds":>8} {"MB/s":>8}')
    labels = {'zhtext': 'zhtext extract (all lists)', 'jionlp': 'jionlp extract_money + extract_time',
              'cn2an': 'cn2an transform (numerals only)'}
    for tool, elapsed in seconds.items():
        print(f'{labels[tool]:<34} {elapsed:8.2f} {size / 1e6 / elapsed:8.3f}')


if __name__ == '__main__':
    main()
