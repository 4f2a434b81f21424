#!/usr/bin/env python3
"""Builds the Corpus gold files from anchored annotations, computing every offset.

usage: Scripts/build-gold.py [NAME ...]      (default: every gold/*.annotations.jsonl of both sets)

Each line of Corpus/gold/NAME.annotations.jsonl annotates one item of Corpus/NAME.txt (the written
set); Corpus/real/gold/NAME.annotations.jsonl annotates Corpus/real/NAME.txt (real documents):

  {"list": "quantities", "at": "收入⟦512.6亿元⟧，增长", "value": "51260000000", "unit": "CNY"}

`at` is a snippet of the document with the item's text between ⟦ and ⟧. The snippet (without the
brackets) must occur exactly once in the document, or `nth` (1-based) must say which occurrence.
Offsets are never typed by hand: this script finds them, in Unicode scalars of the decoded
original text, and writes gold/NAME.json beside it in the CONTRACT record format, lists sorted by
start. A `{"list": "document", ...}` line gives the document's frame (title, region, date, kind,
year), kept as `document` in the record. It fails with FILE:LINE on an anchor that is missing, ambiguous or malformed, or on a
value that is not an exact decimal string.
"""
import glob, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, 'Corpus')
SETS = (CORPUS, os.path.join(CORPUS, 'real'))  # each with its gold/ folder
OPEN, CLOSE = '\u27e6', '\u27e7'
DECIMAL = re.compile(r'^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$')
LISTS = ('quantities', 'percentages', 'dates', 'entities', 'terms', 'facts')
UNITS = {'CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'TWD', 'm2', 'km2', 'ha', 'mu', 'm', 'km', 'g', 'kg', 't',
         'jin', 'm3', 'L', 'kWh', 'kW', 'year', 'month', 'day', 'hour', 'minute', 'person', 'person-time',
         'household', 'count', 'mm', 'cm', 'mg', 'ug', None}
PERCENT_UNITS = {'percent', 'permille', 'percentage-point', 'fraction'}
DOCUMENT_KINDS = {'work-report', 'bulletin', 'budget-report', 'news'}
INTEGER = re.compile(r'^[1-9][0-9]*$')
DATE_KINDS = {'datetime', 'date', 'month', 'year', 'quarter', 'half', 'period', 'relative'}
ENTITY_TYPES = {'PER', 'LOC', 'ORG'}
STATUSES = {'actual', 'estimate', 'target'}


class GoldError(Exception):
    pass


def decode(path):
    data = open(path, 'rb').read()
    for encoding in ('utf-8-sig', 'gb18030', 'big5'):
        try:
            return data.decode(encoding), encoding.replace('-sig', '')
        except UnicodeDecodeError:
            pass
    raise GoldError(f'{path}: cannot decode')


def check_decimal(value, field, nullable=True):
    if value is None and nullable:
        return
    if not isinstance(value, str) or not DECIMAL.match(value):
        raise GoldError(f'{field} must be an exact decimal string like "512.6" (no exponent, no trailing zeros), got {value!r}')


def locate(text, at, nth):
    if at.count(OPEN) != 1 or at.count(CLOSE) != 1 or at.index(OPEN) > at.index(CLOSE):
        raise GoldError(f'anchor must contain one {OPEN}…{CLOSE}: {at!r}')
    before, rest = at.split(OPEN)
    inner, after = rest.split(CLOSE)
    if not inner:
        raise GoldError(f'empty item in anchor {at!r}')
    snippet = before + inner + after
    starts = [m.start() for m in re.finditer('(?=' + re.escape(snippet) + ')', text)]
    if not starts:
        raise GoldError(f'anchor not found: {snippet!r}')
    if nth is None and len(starts) > 1:
        raise GoldError(f'anchor occurs {len(starts)} times, add context or "nth": {snippet!r}')
    index = (nth or 1) - 1
    if not 0 <= index < len(starts):
        raise GoldError(f'"nth": {nth} but the anchor occurs {len(starts)} times: {snippet!r}')
    start = starts[index] + len(before)
    return inner, start, start + len(inner)


def item(entry, text):
    kind = entry.get('list')
    if kind not in LISTS:
        raise GoldError(f'"list" must be one of {", ".join(LISTS)}')
    inner, start, end = locate(text, entry['at'], entry.get('nth'))
    if kind == 'quantities':
        for field in ('value', 'low', 'high'):
            check_decimal(entry.get(field), field)
        if entry.get('value') is None and (entry.get('low') is None or entry.get('high') is None):
            raise GoldError('a quantity needs "value", or "low" and "high" for a range')
        if entry.get('unit') not in UNITS:
            raise GoldError(f'unknown unit {entry.get("unit")!r}')
        if entry.get('unit') == 'count' and not entry.get('classifier'):
            raise GoldError('unit "count" needs its "classifier"')
        return {'text': inner, 'start': start, 'end': end, 'value': entry.get('value'), 'unit': entry.get('unit'),
                'classifier': entry.get('classifier'), 'approximate': bool(entry.get('approximate', False)),
                'qualifier': entry.get('qualifier'), 'low': entry.get('low'), 'high': entry.get('high')}
    if kind == 'percentages':
        if entry.get('unit') not in PERCENT_UNITS:
            raise GoldError(f'unknown percentage unit {entry.get("unit")!r}')
        if entry.get('change') not in ('increase', 'decrease', None):
            raise GoldError(f'"change" must be increase, decrease or null')
        result = {'text': inner, 'start': start, 'end': end, 'value': entry.get('value'), 'unit': entry['unit'],
                  'approximate': bool(entry.get('approximate', False)), 'qualifier': entry.get('qualifier'),
                  'change': entry.get('change')}
        if entry['unit'] == 'fraction':
            for field in ('numerator', 'denominator'):
                if not isinstance(entry.get(field), str) or not INTEGER.match(entry[field]):
                    raise GoldError(f'a fraction needs "{field}" as an integer string, got {entry.get(field)!r}')
            if entry.get('value') is not None:
                raise GoldError('a fraction has "value": null (numerator and denominator keep it exact)')
            return {**result, 'numerator': entry['numerator'], 'denominator': entry['denominator']}
        for field in ('value', 'low', 'high'):
            check_decimal(entry.get(field), field)
        if entry.get('value') is None:
            if entry.get('low') is None or entry.get('high') is None:
                raise GoldError('a percentage needs "value", or "low" and "high" for a range')
            return {**result, 'low': entry['low'], 'high': entry['high']}
        return result
    if kind == 'dates':
        if entry.get('kind') not in DATE_KINDS:
            raise GoldError(f'unknown date kind {entry.get("kind")!r}')
        return {'text': inner, 'start': start, 'end': end, 'value': entry.get('value'), 'kind': entry['kind']}
    if kind == 'entities':
        if entry.get('type') not in ENTITY_TYPES:
            raise GoldError(f'unknown entity type {entry.get("type")!r}')
        return {'text': inner, 'start': start, 'end': end, 'type': entry['type']}
    if kind == 'terms':
        return {'text': inner, 'start': start, 'end': end}
    # facts
    check_decimal(entry.get('value'), 'value')
    change = entry.get('change')
    if change is not None:
        for field in ('value', 'low', 'high'):
            check_decimal(change.get(field), 'change.' + field)
        if change.get('direction') not in ('increase', 'decrease', None):
            raise GoldError('"change.direction" must be increase, decrease or null')
    if entry.get('status') not in STATUSES:
        raise GoldError(f'"status" must be one of {", ".join(sorted(STATUSES))}')
    if entry.get('unit') not in UNITS and entry.get('unit') not in PERCENT_UNITS:
        raise GoldError(f'unknown unit {entry.get("unit")!r}')
    result = {'indicator': entry['indicator'], 'value': entry.get('value'), 'unit': entry.get('unit'),
              'change': change, 'period': entry.get('period'), 'status': entry['status'], 'start': start, 'end': end}
    baseline = entry.get('baseline')
    if baseline is not None:
        check_decimal(baseline.get('value'), 'baseline.value', nullable=False)
        result['baseline'] = {'value': baseline['value'], 'unit': baseline.get('unit'), 'period': baseline.get('period')}
    if entry.get('subject') is not None:
        result['subject'] = entry['subject']
    return result


def frame(entry):
    """Checks a `document` line: the frame a reader takes from the title and dateline."""
    if entry.get('kind') not in DOCUMENT_KINDS:
        raise GoldError(f'"kind" must be one of {", ".join(sorted(DOCUMENT_KINDS))}')
    if not re.match(r'^[0-9]{4}-[0-9]{2}-[0-9]{2}$', entry.get('date') or ''):
        raise GoldError('"date" must be YYYY-MM-DD')
    if not isinstance(entry.get('year'), int) or not isinstance(entry.get('title'), str) or not entry.get('region'):
        raise GoldError('a document line needs "title", "region" and "year" (an integer)')
    return {k: entry[k] for k in ('title', 'region', 'date', 'kind', 'year')}


def folder(name):
    """The set folder (Corpus/ or Corpus/real/) whose gold/ holds NAME's annotations."""
    for base in SETS:
        if os.path.exists(os.path.join(base, 'gold', name + '.annotations.jsonl')):
            return base
    raise SystemExit(f'{name}: no gold/{name}.annotations.jsonl in Corpus/ or Corpus/real/')


def build(name):
    base = folder(name)
    source = os.path.join(base, 'gold', name + '.annotations.jsonl')
    document = os.path.join(base, name + '.txt')
    text, encoding = decode(document)
    record = {'schema': 1, 'source': os.path.relpath(document, ROOT), 'encoding': encoding, 'characters': len(text)}
    lists = {kind: [] for kind in LISTS}
    annotated = set()
    for number, line in enumerate(open(source, encoding='utf-8'), 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        try:
            entry = json.loads(line)
            if entry.get('list') == 'document':
                record['document'] = frame(entry)
                continue
            result = item(entry, text)
        except (GoldError, json.JSONDecodeError, KeyError) as error:
            raise SystemExit(f'{source}:{number}: {error}')
        kind = entry['list']
        annotated.add(kind)
        key = (result['start'], result['end'], result.get('indicator'))
        if any((r['start'], r['end'], r.get('indicator')) == key for r in lists[kind]):
            raise SystemExit(f'{source}:{number}: duplicate {kind} item at {result["start"]}')
        lists[kind].append(result)
    for kind in LISTS:
        if kind in annotated:
            record[kind] = sorted(lists[kind], key=lambda r: (r['start'], r['end']))
    out = os.path.join(base, 'gold', name + '.json')
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(record, f, ensure_ascii=False, indent=1)
        f.write('\n')
    counts = ', '.join(f'{kind} {len(record[kind])}' for kind in LISTS if kind in record)
    print(f'{os.path.relpath(out, ROOT)}: {counts}')


def main():
    names = sys.argv[1:] or sorted(
        os.path.basename(p)[:-len('.annotations.jsonl')]
        for base in SETS for p in glob.glob(os.path.join(base, 'gold', '*.annotations.jsonl')))
    for name in names:
        build(name)


if __name__ == '__main__':
    main()
