/// Numerals that are not figures, read from `non-figures.tsv`: words (十分 "very"), phases and
/// classes (三期工程, 三类海水), programme names (三年行动) and session ordinals (十二届七次).
enum NonFigures {
    /// Whether a numeral starting at `index` is one of the table's non-figures.
    ///
    /// `word` patterns match as written, unless a unit continues the numeral past them (十分钟 is
    /// ten minutes). `after` patterns are a Chinese numeral and a literal tail; `after-han` one
    /// whose tail is followed by a Han character; `before` a literal head ending at `index`, the
    /// numeral, and a tail.
    static func matches(_ s: UnsafeBufferPointer<UInt32>, at index: Int) -> Bool {
        let first = s.scalar(at: index)
        guard first >= Scalar.一 else { return false }  // every pattern is about a Han numeral
        // A cheap look first: the scalar after the numeral run, the one before it, or the first
        // one must be one that some pattern names; most numerals are then done with.
        var run = index
        while run < s.count, run - index < 6, Numeral.isChineseNumeral(s[run]) { run += 1 }
        guard
            gate.after.contains(s.scalar(at: run)) || gate.before.contains(s.scalar(at: index - 1))
                || gate.word.contains(first)
        else { return false }
        // The numeral's end is where its run of numeral characters ends (reading its value would allocate).
        let isDigitOrTen = Numeral.chineseDigit(first) != nil || Numeral.chineseSmallUnit(first) != nil
        let numberEnd: Int? = isDigitOrTen ? run : nil
        let table = compiled
        for entry in table.entries {
            switch entry.rule {
            case .word:
                guard table.spelled(entry.headStart, entry.headCount, in: s, at: index) else { continue }
                if let unit = UnitTable.match(s, from: numberEnd ?? index + 1), unit.end > index + entry.headCount {
                    continue
                }
                return true
            case .after, .afterHan:
                guard let numberEnd, table.spelled(entry.tailStart, entry.tailCount, in: s, at: numberEnd) else {
                    continue
                }
                let next = s.scalar(at: numberEnd + entry.tailCount)
                if entry.rule == .afterHan, !(next >= Scalar.一 && next < Scalar.yiSyllableIt) { continue }
                return true
            case .before:
                guard let numberEnd,
                    table.spelled(entry.headStart, entry.headCount, in: s, at: index - entry.headCount),
                    table.spelled(entry.tailStart, entry.tailCount, in: s, at: numberEnd)
                else { continue }
                return true
            case .notSign:
                continue
            }
        }
        return false
    }

    /// How a row of `non-figures.tsv` matches.
    enum Rule: String, Sendable {
        case word, after, afterHan = "after-han", before, notSign = "not-sign"
    }

    /// The table, compiled.
    static let compiled = CompiledPatterns(
        FigureTables.nonFigures.compactMap { entry in
            Rule(rawValue: entry.rule).map { (entry.pattern, $0) }
        })

    /// The scalars the patterns start with (words), end their head with (before) and start their tail with (after).
    private static let gate: (word: ScalarBitmap, before: ScalarBitmap, after: ScalarBitmap) = {
        var word: Set<UInt32> = [], before: Set<UInt32> = [], after: Set<UInt32> = []
        for (pattern, rule) in FigureTables.nonFigures {
            switch rule {
            case "word": if let first = pattern.head.first { word.insert(first) }
            case "before": if let last = pattern.head.last { before.insert(last) }
            default: if let first = pattern.tail.first { after.insert(first) }
            }
        }
        return (ScalarBitmap(word), ScalarBitmap(before), ScalarBitmap(after))
    }()

    /// Whether the 负 ending at `index` belongs to a word (减负, 税负) rather than being a minus sign.
    static func isWordEndingInFu(_ s: UnsafeBufferPointer<UInt32>, before index: Int) -> Bool {
        compiled.entries.contains { entry in
            entry.rule == .notSign
                && compiled.spelled(entry.headStart, entry.headCount, in: s, at: index - entry.headCount)
        }
    }
}
