extension FrameRules {
    /// How far back a passage opened by a period reference is followed (in scalars): a few sentences.
    static let passageReach = 600

    /// In a plan, the year of a passage opened by a sentence that begins with the year reviewed.
    ///
    /// 过去一年，我们的各项工作取得了很大成绩。地区生产总值增长6.1%…: its undated results are for that
    /// year. The passage ends at a sentence naming another period (今年…) or a heading; `sentence` is
    /// where the fact's own sentence starts (a date in it decides before this rule).
    func passageYear(before sentence: Int, scope: FrameReader.Scope, dates: [DateMention]) -> String? {
        guard let first = Int(scope.period.prefix(4)) else { return nil }
        let floor = max(scope.range.lowerBound, sentence - Self.passageReach)
        let count = dates.countPrefix { $0.scalarOffsets.upperBound <= sentence }
        guard count > 0 else { return nil }
        // The last date before the sentence opens the passage, or names another period and ends it.
        let opener = dates[count - 1]
        let at = opener.scalarOffsets
        guard at.lowerBound >= floor, opener.kind == .relative, let value = opener.value, value.count == 4,
            let year = Int(value), year < first, opensSentence(at.lowerBound), !crossesHeading(at.upperBound..<sentence)
        else { return nil }
        return value
    }

    /// Whether `position` begins a sentence or a line (过去一年 as the opening words, not 比去年).
    private func opensSentence(_ position: Int) -> Bool {
        var index = position - 1
        while index >= 0, s[index] == 0x20 || s[index] == Scalar.ideographicSpace || s[index] == 0x09 { index -= 1 }
        guard index >= 0 else { return true }
        switch s[index] {
        case 0x0A, Scalar.ideographicFullStop, 0x21, 0x3F, Scalar.fullwidthExclamationMark,
            Scalar.fullwidthQuestionMark, 0x3B, Scalar.fullwidthSemicolon:
            return true
        default: return false
        }
    }

    /// Whether a line in `range` is a heading (a line that ends without a full stop: （二）主要预期目标).
    private func crossesHeading(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            guard s[index] == 0x0A else {
                index += 1
                continue
            }
            var end = index + 1
            while end < range.upperBound, s[end] != 0x0A { end += 1 }
            // A line wholly inside the range whose last character is no full stop.
            if end < range.upperBound, end > index + 1, s[end - 1] != Scalar.ideographicFullStop { return true }
            index = end
        }
        return false
    }
}

extension FrameRules {
    /// In a review of several years, a date that opens the fact's sentence as its topic (２００２年，全国财政性
    /// 教育经费投入３３６６亿元，…) dates the whole sentence, not only its first clause; a year with 以来
    /// (１９９８年以来，…) is the span from it to the last year reviewed.
    func openingPeriod(sentence: Int, clause: Int, scope: FrameReader.Scope, dates: [DateMention]) -> String? {
        let index = dates.countPrefix { $0.scalarOffsets.lowerBound < sentence }
        guard index < dates.count, let value = dates[index].value else { return nil }
        let at = dates[index].scalarOffsets
        guard at.upperBound < clause, opensSentence(at.lowerBound) else { return nil }
        var end = at.upperBound
        let since = FactDateWords.since.first { s.matches($0, at: end) }
        end += since?.scalars.count ?? 0
        guard s.scalar(at: end) == Scalar.fullwidthComma || s.scalar(at: end) == 0x2C else { return nil }
        let isSince =
            since != nil || FactDateWords.since.contains { s.matches($0, at: at.upperBound - $0.scalars.count) }
        guard isSince else { return writtenPeriod(in: at.lowerBound..<at.upperBound, dates) }
        guard dates[index].kind == .year, let first = Int(value.prefix(4)), let last = Int(scope.period.suffix(4)),
            first < last
        else { return nil }
        return "\(first)/\(last)"
    }
}
