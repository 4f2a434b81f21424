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
        guard first >= 0x4E00 else { return false }  // every pattern is about a Han numeral
        let isDigitOrTen = Numeral.chineseDigit(first) != nil || Numeral.chineseSmallUnit(first) != nil
        let numberEnd = isDigitOrTen ? Numeral.chinese(s, from: index)?.end : nil
        for (pattern, rule) in FigureTables.nonFigures {
            switch rule {
            case "word":
                guard literal(pattern.head, in: s, at: index) else { continue }
                if let unit = UnitTable.match(s, from: numberEnd ?? index + 1), unit.end > index + pattern.head.count { continue }
                return true
            case "after", "after-han":
                guard let numberEnd, literal(pattern.tail, in: s, at: numberEnd) else { continue }
                let next = s.scalar(at: numberEnd + pattern.tail.count)
                if rule == "after-han", !(next >= 0x4E00 && next < 0xA000) { continue }
                return true
            case "before":
                guard let numberEnd, literal(pattern.head, in: s, at: index - pattern.head.count),
                    literal(pattern.tail, in: s, at: numberEnd)
                else { continue }
                return true
            default:
                continue
            }
        }
        return false
    }

    /// Whether the 负 ending at `index` belongs to a word (减负, 税负) rather than being a minus sign.
    static func isWordEndingInFu(_ s: UnsafeBufferPointer<UInt32>, before index: Int) -> Bool {
        FigureTables.nonFigures.contains { pattern, rule in
            rule == "not-sign" && literal(pattern.head, in: s, at: index - pattern.head.count)
        }
    }

    @inline(__always)
    private static func literal(_ scalars: [UInt32], in s: UnsafeBufferPointer<UInt32>, at index: Int) -> Bool {
        guard index >= 0, index + scalars.count <= s.count else { return false }
        for offset in scalars.indices where s[index + offset] != scalars[offset] { return false }
        return true
    }
}
