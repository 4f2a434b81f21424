/// Numerals that are not figures, read from `non-figures.tsv`: words (十分 "very"), phases and
/// classes (三期工程, 三类海水), programme names (三年行动, 三年攻坚行动) and session ordinals (十二届七次).
enum NonFigures {
    /// Whether a numeral starting at `index` is one of the table's non-figures.
    ///
    /// `word` patterns match as written, unless a unit continues the numeral past them (十分钟 is
    /// ten minutes). `after` patterns are a Chinese numeral and a literal tail; `after-han` one
    /// whose tail is followed by a Han character; `before` a literal head ending at `index`, the
    /// numeral, and a tail; `programme` a numeral, a lead, a short name and a close (三年攻坚行动).
    static func matches(_ s: UnsafeBufferPointer<UInt32>, at index: Int) -> Bool {
        let first = s.scalar(at: index)
        if Numeral.isASCIIDigit(first) { return matchesArabicYears(s, at: index) }
        guard first >= Scalar.一 else { return false }  // the other patterns are about a Han numeral
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
            case .programme:
                guard let numberEnd, matchesProgramme(entry, s, at: numberEnd) else { continue }
                return true
            case .notSign, .unitWord:
                continue
            }
        }
        return false
    }

    /// Rule `programme-name` for Arabic digits: the rows whose tail starts with 年 (3年行动, 10年禁渔, 3年攻坚行动,
    /// and the `before` rows: 学前1年).
    private static func matchesArabicYears(_ s: UnsafeBufferPointer<UInt32>, at index: Int) -> Bool {
        var run = index
        while run < s.count, run - index < 3, Numeral.isASCIIDigit(s[run]) { run += 1 }
        guard s.scalar(at: run) == Scalar.年 else { return false }
        let table = compiled
        for entry in table.entries where entry.tailCount > 0 && table.scalars[entry.tailStart] == Scalar.年 {
            switch entry.rule {
            case .after: if table.spelled(entry.tailStart, entry.tailCount, in: s, at: run) { return true }
            case .programme: if matchesProgramme(entry, s, at: run) { return true }
            case .before:
                if table.spelled(entry.headStart, entry.headCount, in: s, at: index - entry.headCount),
                    table.spelled(entry.tailStart, entry.tailCount, in: s, at: run)
                {
                    return true
                }
            default: continue
            }
        }
        return false
    }

    /// The first characters of the `unit-word` rows.
    private static let unitWordFirsts = ScalarBitmap(
        FigureTables.nonFigures.filter { $0.rule == Rule.unitWord.rawValue }.compactMap(\.pattern.head.first))

    /// How a row of `non-figures.tsv` matches.
    enum Rule: String, Sendable {
        case word, after, afterHan = "after-han", before, notSign = "not-sign", programme, unitWord = "unit-word"
    }

    /// Rule `unit-starts-word`: whether the one-character unit at `index` opens a word of the table (台阶 in
    /// 5万亿台阶, 市场 in 上亿市场主体): then it is no unit.
    static func isUnitWord(_ s: UnsafeBufferPointer<UInt32>, at index: Int) -> Bool {
        guard unitWordFirsts.contains(s.scalar(at: index)) else { return false }
        return compiled.entries.contains { entry in
            entry.rule == .unitWord && compiled.spelled(entry.headStart, entry.headCount, in: s, at: index)
        }
    }

    /// The most Han characters a programme's name holds between its years and its close (三年棚改攻坚计划).
    private static let programmeGap = 4

    /// Rule `programme-name`: the numeral, the tail's lead (年), up to ``programmeGap`` Han characters and
    /// the close after `…` (行动, 计划): 三年攻坚行动 and 两年投资计划 name programmes, they measure nothing.
    private static func matchesProgramme(
        _ entry: CompiledPatterns<Rule>.Entry, _ s: UnsafeBufferPointer<UInt32>, at numberEnd: Int
    ) -> Bool {
        let table = compiled
        let tailEnd = entry.tailStart + entry.tailCount
        var gap = entry.tailStart
        while gap < tailEnd, table.scalars[gap] != Scalar.horizontalEllipsis { gap += 1 }
        let closeCount = tailEnd - gap - 1
        guard closeCount > 0, table.spelled(entry.tailStart, gap - entry.tailStart, in: s, at: numberEnd) else {
            return false
        }
        var position = numberEnd + gap - entry.tailStart
        for _ in 0...programmeGap {
            if table.spelled(gap + 1, closeCount, in: s, at: position) { return true }
            let scalar = s.scalar(at: position)
            guard scalar >= Scalar.一 && scalar < Scalar.yiSyllableIt else { return false }
            position += 1
        }
        return false
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
