#!/usr/bin/env python3
"""Builds the base lexicon (Sources/ZhTextData/lexicon/base.lex) from jieba's dictionary.

usage: Scripts/build-lexicon.py [DICT.txt]

Without an argument it installs jieba (MIT, see NOTICE) from PyPI into a temporary virtual
environment and reads its dict.txt. The output is a prefix trie laid out in flat little-endian
arrays, so that the library uses it in place, straight from the binary, with no load step:

  header (64 bytes)
    0  magic     8 bytes  "ZHLEX001"
    8  nodes     u32      node count (node 0 is the root)
   12  tags      u32      number of tag names
   16  total     u64      sum of all word frequencies
   24  maxLen    u32      longest word, in scalars
   28  words     u32      number of words
   32  reserved  32 bytes
  rootTable  u32 x 65536  node index of the root's child for each BMP scalar (0: none)
  childStart u32 x nodes  index of a node's first child; children are contiguous, sorted by label
  logProb    f32 x nodes  log(freq / total) for a word, +1.0 for a node that only prefixes words
  label      u16 x nodes  the scalar leading to this node (every dictionary word is in the BMP)
  childCount u16 x nodes  number of children (0 for leaves)
  tag        u8  x nodes  index into the tag names (0: none)
  tagNames   NUL-separated ASCII, padded to 4 bytes
"""
import math, os, struct, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'Sources', 'ZhTextData', 'lexicon', 'base.lex')


def jieba_dict():
    if len(sys.argv) > 1:
        return sys.argv[1]
    env = tempfile.mkdtemp(prefix='zhtext-lexicon-')
    subprocess.check_call([sys.executable, '-m', 'venv', env])
    subprocess.check_call([os.path.join(env, 'bin', 'pip'), 'install', '-q', 'jieba==0.42.1'])
    out = subprocess.check_output([os.path.join(env, 'bin', 'python'), '-c',
                                   'import jieba, os; print(os.path.dirname(jieba.__file__))'])
    return os.path.join(out.decode().strip(), 'dict.txt')


def main():
    entries = {}
    with open(jieba_dict(), encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            parts = line.split()
            if not parts:
                continue
            word, freq = parts[0], int(parts[1])
            tag = parts[2] if len(parts) > 2 else ''
            if any(ord(c) > 0xFFFF for c in word):
                raise SystemExit(f'line {number}: {word!r} is outside the BMP')
            entries[word] = (freq, tag)
    total = sum(f for f, _ in entries.values())
    tag_names = [''] + sorted({t for _, t in entries.values() if t})
    tag_index = {t: i for i, t in enumerate(tag_names)}

    # Build the trie breadth-first so that each node's children are contiguous and sorted.
    children = {'': set()}
    for word in entries:
        for i in range(1, len(word) + 1):
            children.setdefault(word[:i], set())
            children[word[:i - 1]].add(word[i - 1])
    order, index = [''], {'': 0}
    head = 0
    while head < len(order):
        prefix = order[head]
        head += 1
        for c in sorted(children[prefix]):
            index[prefix + c] = len(order)
            order.append(prefix + c)
    n = len(order)
    child_start = [0] * n
    child_count = [0] * n
    for prefix in order:
        kids = sorted(children[prefix])
        if kids:
            child_start[index[prefix]] = index[prefix + kids[0]]
            child_count[index[prefix]] = len(kids)
    if child_count[0] > 0xFFFF:
        raise SystemExit('root has too many children')
    log_total = math.log(total)
    log_prob, labels, tags = [], [], []
    for prefix in order:
        entry = entries.get(prefix)
        log_prob.append(math.log(entry[0]) - log_total if entry and entry[0] > 0 else 1.0)
        labels.append(ord(prefix[-1]) if prefix else 0)
        tags.append(tag_index[entry[1]] if entry else 0)
    root_table = [0] * 65536
    for c in children['']:
        root_table[ord(c)] = index[c]

    names = b'\0'.join(t.encode('ascii') for t in tag_names) + b'\0'
    names += b'\0' * (-len(names) % 4)
    max_len = max(len(w) for w in entries)
    with open(OUT, 'wb') as out:
        out.write(b'ZHLEX001')
        out.write(struct.pack('<IIQII', n, len(tag_names), total, max_len, len(entries)))
        out.write(b'\0' * 32)
        out.write(struct.pack(f'<{65536}I', *root_table))
        out.write(struct.pack(f'<{n}I', *child_start))
        out.write(struct.pack(f'<{n}f', *log_prob))
        out.write(struct.pack(f'<{n}H', *labels))
        out.write(struct.pack(f'<{n}H', *child_count))
        out.write(bytes(tags))
        out.write(b'\0' * (-n % 4))
        out.write(names)
    print(f'{OUT}: {len(entries)} words, {n} nodes, {os.path.getsize(OUT)} bytes')


if __name__ == '__main__':
    main()
