/// Pairs indicators with the figures that follow them: values, changes, 分别 lists.
///
/// It reads the figures the figure grammars found (normalized offsets) and the text around them:
/// - `IND [为|达到|实现…] 512.6亿元` is a fact with a value; a change right after it in the same
///   sentence (`，比上年增长9.1%`) is that fact's change.
/// - `IND 增长9.1%` is a fact with a change only; `IND 为58.6%` a fact whose value is a level.
/// - `A、B分别增长x、y` pairs in order (a count that does not match pairs nothing), and
///   `A 512.6亿元、B 430.8亿元，分别增长x、y` gives the changes to A and B.
/// - The period is the last year, quarter, 今年 or 全年 written before the fact in its paragraph,
///   else the year the text is about (as for 全年); the status is `target` for 力争, 确保, 目标,
///   预期 or a 左右 in the sentence (or 目标, 预期, 力争 earlier in the paragraph), `estimate` for
///   预计 or 初步核算, else `actual`.
struct FactExtractor {
    let s: UnsafeBufferPointer<UInt32>

    /// A figure the extractor pairs: its normalized range, and what it says.
    struct Figure {
        var range: Range<Int>
        var value: ExactDecimal?
        var unit: String?
        var change: Percentage.Change?
        var isPercentage: Bool
        var approximate: Bool
    }

    /// A fact with normalized offsets, before mapping to the original.
    struct Found {
        var indicator: String
        var value: ExactDecimal?
        var unit: String?
        var change: Fact.Change?
        var period: String?
        var status: Fact.Status
        var range: Range<Int>
    }

    private static let links: [Keyword] = [
        "比上年末", "比上年", "比去年", "同比", "环比", "分别", "实现了", "实现", "完成了", "完成", "达到了", "达到", "达", "为",
        "是", "共计", "共", "累计", "总计", "合计", "突破", "超过", "超", "逾", "近", "约", "增至", "降至", "提高到", "提高至",
    ]
    private static let leads: [Keyword] = [
        "其中", "全年", "全市", "全县", "全区", "全省", "年末", "年初", "当年", "今年", "去年", "另外", "此外", "同时", "完成",
        "实现", "预计", "经初步核算", "据初步核算", "初步核算", "达到", "累计", "共",
    ]
    private static let changeVerbs: [Keyword] = [
        "增长", "下降", "提高", "降低", "增加", "减少", "上升", "回落", "上涨", "下跌", "增幅", "降幅", "增速",
    ]
    private static let targetWords: [Keyword] = ["力争", "确保", "目标", "预期", "计划", "争取"]
    private static let estimateWords: [Keyword] = ["预计", "初步核算", "初步统计", "预测"]

    func facts(figures: [Figure], dates: [DateMention], yearOfText: (Int) -> Int?) -> [Found] {
        var found: [Found] = []
        var sentenceStart = -1
        var sentenceFacts: [Int] = []  // indices into `found` of this sentence's facts
        var index = 0
        while index < figures.count {
            let figure = figures[index]
            let clause = clauseStart(before: figure.range.lowerBound)
            let start = sentenceStartIndex(before: figure.range.lowerBound)
            if start != sentenceStart {
                sentenceStart = start
                sentenceFacts = []
            }
            var headStart = clause
            if index > 0, figures[index - 1].range.upperBound > headStart { headStart = figures[index - 1].range.upperBound }
            let head = trimmed(headStart..<figure.range.lowerBound, dates: dates)
            // 分别: a list of figures shares the subjects before it.
            if contains(Keyword.respectively, in: headStart..<figure.range.lowerBound) {
                var run = [index]
                var next = index + 1
                while next < figures.count, isListSeparator(figures[run.last!].range.upperBound..<figures[next].range.lowerBound) {
                    run.append(next)
                    next += 1
                }
                let subjects = head.text.split(separator: "、").map(String.init).filter { $0.unicodeScalars.count >= 2 }
                if subjects.count == run.count {
                    for (subject, item) in zip(subjects, run) {
                        found.append(make(subject, figures[item], head.range.lowerBound..<figures[item].range.upperBound, dates, yearOfText))
                        sentenceFacts.append(found.count - 1)
                    }
                } else if subjects.isEmpty || subjects.count == 1, sentenceFacts.count >= run.count {
                    // A 512.6亿元、B 430.8亿元，分别增长9.1%、7.6%: the changes go to the last facts.
                    let targets = Array(sentenceFacts.suffix(run.count))
                    for (target, item) in zip(targets, run) where figures[item].change != nil || figures[item].isPercentage {
                        attach(figures[item], to: &found[target])
                    }
                }
                index = next
                continue
            }
            let headScalars = head.text.unicodeScalars.count
            if figure.isPercentage, figure.change != nil, headScalars < 2, let last = sentenceFacts.last, found[last].change == nil {
                attach(figure, to: &found[last])
            } else if headScalars >= 2, figure.value != nil {
                found.append(make(head.text, figure, head.range.lowerBound..<figure.range.upperBound, dates, yearOfText))
                sentenceFacts.append(found.count - 1)
            }
            index += 1
        }
        return found
    }

    // MARK: Building facts

    private func make(_ indicator: String, _ figure: Figure, _ range: Range<Int>, _ dates: [DateMention], _ yearOfText: (Int) -> Int?) -> Found {
        var fact = Found(
            indicator: indicator, value: nil, unit: nil, change: nil,
            period: period(before: range.lowerBound, dates) ?? yearOfText(range.lowerBound).map(String.init),
            status: status(around: figure), range: range)
        if figure.isPercentage, let change = figure.change, let value = figure.value {
            fact.change = Fact.Change(direction: change, value: value, unit: Percentage.Unit(rawValue: figure.unit ?? "") ?? .percent)
        } else {
            fact.value = figure.value
            fact.unit = figure.unit
        }
        return fact
    }

    private func attach(_ figure: Figure, to fact: inout Found) {
        guard let value = figure.value, figure.isPercentage else { return }
        fact.change = Fact.Change(direction: figure.change, value: value, unit: Percentage.Unit(rawValue: figure.unit ?? "") ?? .percent)
        fact.range = fact.range.lowerBound..<max(fact.range.upperBound, figure.range.upperBound)
    }

    /// The last year-bearing date before `position` in the same paragraph, as a period.
    private func period(before position: Int, _ dates: [DateMention]) -> String? {
        let lineStart = lineStart(before: position)
        // Dates are in text order: find the last one before `position`, then walk back in the paragraph.
        var low = 0
        var high = dates.count
        while low < high {
            let middle = (low + high) / 2
            if dates[middle].scalarOffsets.upperBound <= position { low = middle + 1 } else { high = middle }
        }
        for date in dates[..<low].reversed() {
            guard date.scalarOffsets.lowerBound >= lineStart else { break }
            guard let value = date.value else { continue }
            // 比上年 names the base of a comparison, not the period; 今年 and 全年 do name it.
            let text = String(String.UnicodeScalarView(s[date.scalarOffsets].compactMap(Unicode.Scalar.init)))
            switch date.kind {
            case .year: return String(value.prefix(4))
            case .relative where text == "今年" || text == "全年" || text == "明年": return String(value.prefix(4))
            case .quarter, .half: return value.contains("/") ? String(value.prefix(4)) : value
            default: continue
            }
        }
        return nil
    }

    private func status(around figure: Figure) -> Fact.Status {
        let sentence = sentenceStartIndex(before: figure.range.lowerBound)..<sentenceEnd(after: figure.range.upperBound)
        if Self.targetWords.contains(where: { contains($0, in: sentence) }) || figure.approximate && contains("左右", in: figure.range.upperBound..<min(figure.range.upperBound + 2, s.count)) {
            return .target
        }
        if Self.estimateWords.contains(where: { contains($0, in: sentence) }) { return .estimate }
        // A paragraph of targets (主要预期目标是：…；…；…) makes each of its clauses a target.
        let paragraph = lineStart(before: figure.range.lowerBound)..<figure.range.lowerBound
        if [Keyword("目标"), "预期", "力争"].contains(where: { contains($0, in: paragraph) }) {
            return .target
        }
        return .actual
    }

    // MARK: Text

    /// The indicator phrase in `range`: leading words (其中, 全年, dates) and trailing links (为,
    /// 比上年增长) removed.
    private func trimmed(_ range: Range<Int>, dates: [DateMention]) -> (text: String, range: Range<Int>) {
        var lower = range.lowerBound
        var upper = range.upperBound
        var changed = true
        while changed, lower < upper {
            changed = false
            while lower < upper, isSeparator(s[lower]) { lower += 1; changed = true }
            if let date = date(startingAt: lower, dates), date.scalarOffsets.upperBound <= upper {
                lower = date.scalarOffsets.upperBound
                changed = true
            }
            for word in Self.leads where s.matches(word, at: lower) && lower + word.scalars.count <= upper {
                lower += word.scalars.count
                changed = true
            }
            while lower < upper, isSeparator(s[upper - 1]) { upper -= 1; changed = true }
            for word in Self.links + Self.changeVerbs where upper - word.scalars.count >= lower && s.matches(word, at: upper - word.scalars.count) {
                upper -= word.scalars.count
                changed = true
            }
        }
        let text = String(String.UnicodeScalarView(s[lower..<upper].compactMap(Unicode.Scalar.init)))
        // An indicator is a phrase, not a clause: at most 20 characters, all Han or Latin.
        guard text.unicodeScalars.count <= 20,
            text.unicodeScalars.allSatisfy({ (0x3400..<0xA000).contains($0.value) || $0.properties.isAlphabetic || $0 == "、" || $0 == "（" || $0 == "）" })
        else { return ("", upper..<upper) }
        return (text, lower..<upper)
    }

    /// The date that starts at `position`, found by binary search (dates are in text order).
    private func date(startingAt position: Int, _ dates: [DateMention]) -> DateMention? {
        var low = 0
        var high = dates.count
        while low < high {
            let middle = (low + high) / 2
            if dates[middle].scalarOffsets.lowerBound < position { low = middle + 1 } else { high = middle }
        }
        return low < dates.count && dates[low].scalarOffsets.lowerBound == position ? dates[low] : nil
    }

    private func isSeparator(_ scalar: UInt32) -> Bool {
        scalar == 0x20 || scalar == 0x3000 || scalar == 0x2C || scalar == 0xFF0C || scalar == 0x3001 || scalar == 0x3B || scalar == 0xFF1B
            || scalar == 0x3A || scalar == 0xFF1A || scalar == 0x28 || scalar == 0x29 || scalar == 0x201C || scalar == 0x201D
    }

    /// Whether only a list separator (、 or 和) lies between two figures.
    private func isListSeparator(_ range: Range<Int>) -> Bool {
        range.count >= 1 && range.count <= 2 && range.allSatisfy { s[$0] == 0x3001 || s[$0] == 0x548C || s[$0] == 0x20 }
    }

    private func clauseStart(before position: Int) -> Int {
        var index = position
        let limit = max(0, position - Self.reach)
        while index > limit {
            let scalar = s[index - 1]
            if [0x2C, 0xFF0C, 0x3002, 0x3B, 0xFF1B, 0x0A, 0x3A, 0xFF1A, 0x21, 0x3F, 0x2E].contains(scalar) {
                if scalar == 0x2E, index >= 2, Numeral.isASCIIDigit(s[index - 2]) { index -= 1; continue }
                return index
            }
            index -= 1
        }
        return limit
    }

    /// How far the rules look around a figure: a sentence or a paragraph longer than this is
    /// read in part (a one-line document of megabytes must not make every look-up scan it all).
    static let reach = 300

    private func sentenceStartIndex(before position: Int) -> Int {
        var index = position
        let limit = max(0, position - Self.reach)
        while index > limit, ![0x3002, 0x0A, 0x3B, 0xFF1B, 0x21, 0x3F].contains(s[index - 1]) { index -= 1 }
        return index
    }

    private func sentenceEnd(after position: Int) -> Int {
        var index = position
        let limit = min(s.count, position + Self.reach)
        while index < limit, ![0x3002, 0x0A, 0x3B, 0xFF1B].contains(s[index]) { index += 1 }
        return index
    }

    private func lineStart(before position: Int) -> Int {
        var index = position
        let limit = max(0, position - Self.reach * 4)
        while index > limit, s[index - 1] != 0x0A { index -= 1 }
        return index
    }

    private func contains(_ word: Keyword, in range: Range<Int>) -> Bool {
        guard range.count >= word.scalars.count else { return false }
        for position in range.lowerBound...(range.upperBound - word.scalars.count) where s.matches(word, at: position) { return true }
        return false
    }
}

extension Keyword {
    static let respectively: Keyword = "分别"
}
