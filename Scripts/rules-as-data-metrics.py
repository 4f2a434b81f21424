#!/usr/bin/env python3
"""Measures the rules-as-data figures of Sources/ZhText: Chinese string literals, function lengths,
long lines, bare hex characters and data files.

Usage: python3 Scripts/rules-as-data-metrics.py [--json] [--top N]

A Chinese string literal is a Swift string literal ("..." or \"\"\"...\"\"\") that contains a character in
U+3400–U+9FFF or U+F900–U+FAFF; comments are skipped. A function's length is counted from the line
of its `func`/`init`/`var … {` declaration to its closing brace, by brace depth on comment- and
string-stripped text. Display columns count East Asian wide characters as two.
"""
import json, os, re, sys, unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SOURCES = os.path.join(ROOT, "Sources", "ZhText")
DATA = os.path.join(ROOT, "Sources", "ZhTextData")
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def strip(text):
    """Returns (code with comments and string contents blanked, list of string literal texts)."""
    out, literals, i, n = [], [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        elif text.startswith('"""', i) or c == '"' or (c == "#" and re.match(r'#+"', text[i:])):
            hashes = re.match(r"#*", text[i:]).group(0)
            k = i + len(hashes)
            triple = text.startswith('"""', k)
            quote = '"""' if triple else '"'
            close = quote + hashes
            j = k + len(quote)
            while j < n:
                if text[j] == "\\" and not hashes:
                    j += 2; continue
                if text.startswith(close, j):
                    break
                if not triple and text[j] == "\n":
                    break
                j += 1
            end = min(n, j + len(close))
            literals.append(text[i:end])
            out.append(re.sub(r"[^\n]", " ", text[i:end])); i = end
        else:
            out.append(c); i += 1
    return "".join(out), literals


def display_width(line):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


FUNC = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|static|final|override|"
                  r"mutating|nonisolated|package|convenience|required|@inlinable|@usableFromInline)\s+)*"
                  r"(?:func\s|init[?!]?\s*[(<]|subscript\s*[(<]|(?:var|let)\s+\w+\s*:[^=]*\{\s*$)")


def functions(code):
    lines = code.split("\n")
    found = []
    for start, line in enumerate(lines):
        if not FUNC.match(line):
            continue
        depth, opened = 0, False
        for k in range(start, len(lines)):
            for ch in lines[k]:
                if ch == "{":
                    depth += 1; opened = True
                elif ch == "}":
                    depth -= 1
            if opened and depth <= 0:
                found.append((start + 1, k - start + 1, line.strip()[:70]))
                break
            if not opened and k > start + 8:
                break
    return found


def main():
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 10
    per_file, funcs, long_lines, bare_hex = {}, [], [], 0
    for folder, _, files in os.walk(SOURCES):
        for name in sorted(files):
            if not name.endswith(".swift"):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, ROOT)
            text = open(path, encoding="utf-8").read()
            code, literals = strip(text)
            count = sum(1 for lit in literals if HAN.search(lit))
            if count:
                per_file[rel] = count
            for line_no, length, head in functions(code):
                funcs.append((length, rel, line_no, head))
            for k, line in enumerate(text.split("\n")):
                if display_width(line) > 120:
                    long_lines.append(f"{rel}:{k + 1}")
            if not rel.endswith("Rules/Scalar.swift"):  # the named constants themselves
                bare_hex += len(re.findall(r"0x[0-9A-Fa-f]{4,5}\b", code))
    data_files = sorted(os.path.relpath(os.path.join(f, n), DATA) for f, _, ns in os.walk(DATA) for n in ns
                        if not n.endswith((".c", ".h")))
    funcs.sort(reverse=True)
    result = {
        "chinese_literals": sum(per_file.values()),
        "longest_function": funcs[0][0] if funcs else 0,
        "functions_over_80": sum(1 for f in funcs if f[0] > 80),
        "functions_over_50": sum(1 for f in funcs if f[0] > 50),
        "lines_over_120_columns": len(long_lines),
        "hex_code_points_in_code": bare_hex,
        "data_files": len(data_files),
    }
    if "--json" in sys.argv:
        print(json.dumps(result, indent=1)); return
    for key, value in result.items():
        print(f"{key:28} {value}")
    print("\nChinese literals by file:")
    for rel, count in sorted(per_file.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {count:5}  {rel}")
    print("\nLongest functions:")
    for length, rel, line_no, head in funcs[:top]:
        print(f"  {length:5}  {rel}:{line_no}  {head}")
    print("\nData files:", ", ".join(data_files))


if __name__ == "__main__":
    main()
