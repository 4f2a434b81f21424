/// What the text around a fact says about it: the clause and sentence it is in, the period it
/// is for, and whether it is a result, an estimate or a target.
///
/// - Period: the last year, quarter, half or month written before the fact in its paragraph
///   (not the base of a comparison such as 比上半年, not the start of 1996年以来, and 到2027年
///   only within its sentence); else the year the text is about.
/// - Status: the nearest 预计 / 初步核算 (estimate) or 力争 / 确保 / 目标 / 预期 (target) before
///   the figure in its sentence; else such words earlier in the paragraph; else the section: a
///   report's plan sections (二、2024年主要目标, 重点工作, 预算草案) are targets and its review
///   sections (工作回顾, 预算执行情况) results; outside sections, 左右 in the reporting year is a
///   target; else `actual`.
struct FactContext {
    let s: UnsafeBufferPointer<UInt32>

    /// The status rules read here rather than from the frame (each has specs in `Specs/facts.jsonl`).
    enum Rule: String, CaseIterable {
        /// 初步核算 holds for its sentence; opening a paragraph (初步核算，全年能源消费总量…。煤炭消费量增长1.7%…)
        /// it holds for the whole paragraph, as 预计 does.
        case estimateOpensParagraph = "estimate-opens-paragraph"
        /// 预计 and 初步统计 hold for the rest of their paragraph only as a clause of their own (据初步统计，…) or
        /// opening it (预计全年…); inside a clause they hold for their sentence (…预计达3.4万亿元。高铁运营里程…).
        case estimateHeldByOpening = "estimate-held-by-opening"
        /// A date inside a quoted name (打造“新十二月市”等文旅消费品牌) is part of the name: no period of the figures
        /// after it. A quote that holds only the date (“十四五”) is the date.
        case dateInQuotedName = "date-in-quoted-name"
        /// A date followed by 的, a number and a word of multiple (是2010年的2.2倍, 相当于上年的1.5倍) is the base of
        /// the multiple: no period of the figures after it, nor the year 全年 names.
        case dateBaseOfMultiple = "date-base-of-multiple"
    }
    let reportingYear: Int?
    let datelineYear: Int?
    /// Top-level headings in text order: where each starts and whether its section states plans.
    private let sections: [(position: Int, isPlan: Bool?, hasYear: Bool)]
    /// Where the document first says 初步核算 (preliminary accounting of output).
    private let firstAccounting: Int?
    /// The quarter or half the document's title names (…2025年一季度重大项目集中签约活动): the
    /// period of figures that name none.
    private(set) var titlePeriod: String?
    /// Where lines, sentences (。) and clause lists (；) end: the positions after their marks, in
    /// text order, so that every look-up is a binary search.
    private let lineBreaks: [Int]
    private let periodBreaks: [Int]
    private let sentenceBreaks: [Int]
    /// Where the status words stand, in text order (one pass over the text, then binary searches).
    private let marks: Marks

    /// Positions of the words that decide a status.
    private struct Marks {
        /// 初步核算, 预计, 初步统计, 预测, 估计.
        var estimate: [Int] = []
        /// 预计, 初步统计, 预测, 估计 (the words that hold for a paragraph), and 初步核算 opening one.
        var paragraphEstimate: [Int] = []
        /// The estimate words that are a clause of their own (初步统计，…) or open their paragraph (预计全年…): the
        /// paragraph's figures after them are estimates.
        var openingEstimate: [Int] = []
        /// Target words as a plan reads them (力争 确保 目标 预期… 计划 争取).
        var target: [Int] = []
        /// Target words as a review reads them (力争 确保 目标).
        var strictTarget: [Int] = []
        /// 力争, 确保, and 目标 opening a list (目标是：): targets for a paragraph.
        var paragraphTarget: [Int] = []
        /// The 年 of words that may count a span of years (四年来, 十年内, 未来五年).
        var span: [Int] = []
        /// Where a note declares figures preliminary or forecast: the 数 of 数字为初步 / 数字为预测.
        var notes: [Int] = []

        /// Notes the status word or note at `position`, if one is there; `accounting` is where
        /// the document first says 初步核算.
        @inline(__always)
        mutating func read(_ s: UnsafeBufferPointer<UInt32>, at position: Int, accounting: inout Int?) {
            let scalar = s[position]
            // 数字为初步数字, 数字为预测数字: a note.
            if StatusWords.noteStarts.contains(scalar), let note = s.matching(StatusWords.noteFigures, at: position),
                FactContext.notesPreliminary(s, after: position + note.scalars.count)
            {
                notes.append(position)
                return
            }
            // Every status word opens with one of the table's first characters.
            guard StatusWords.starts.contains(scalar) else { return }
            if s.matchesAny(StatusWords.estimate, at: position) {
                estimate.append(position)
                if let word = s.matching(StatusWords.sentenceEstimate, at: position) {
                    if accounting == nil, s.matchesAny(StatusWords.accounting, at: position) { accounting = position }
                    if FactContext.opensParagraph(s, word, at: position) {
                        paragraphEstimate.append(position)
                        openingEstimate.append(position)
                    }
                } else {
                    paragraphEstimate.append(position)
                    if FactContext.opensAsEstimate(s, at: position) { openingEstimate.append(position) }
                }
            }
            let word = (s, position)
            if FactContext.isTargetWord(word, strict: false) { target.append(position) }
            if FactContext.isTargetWord(word, strict: true) {
                strictTarget.append(position)
                if !s.matchesAny(StatusWords.headingTarget, at: position) || FactContext.isTargetHeading(word) {
                    paragraphTarget.append(position)
                }
            }
        }
    }

    init(s: UnsafeBufferPointer<UInt32>, reportingYear: Int?, datelineYear: Int?) {
        self.s = s
        self.reportingYear = reportingYear
        self.datelineYear = datelineYear
        sections = Self.sections(in: s)
        var lines: [Int] = []
        var periods: [Int] = []
        var sentences: [Int] = []
        var marks = Marks()
        var accounting: Int?
        for position in 0..<s.count {
            let scalar = s[position]
            switch scalar {
            case 0x0A:
                lines.append(position + 1)
                periods.append(position + 1)
                sentences.append(position + 1)
                continue
            case Scalar.ideographicFullStop, 0x21, 0x3F:
                periods.append(position + 1)
                sentences.append(position + 1)
                continue
            case 0x3B, Scalar.fullwidthSemicolon:
                sentences.append(position + 1)
                continue
            case Scalar.年:  // 年 of 四年来, 十年内, 未来五年
                let next = s.scalar(at: position + 1)
                if next == Scalar.来 || next == Scalar.内 || s.endsWithAny(FactDateWords.future, before: position - 1) {
                    marks.span.append(position)
                }
                continue
            default:
                // One test for most characters: they open no status word and no note.
                if StatusWords.gate.contains(scalar) { marks.read(s, at: position, accounting: &accounting) }
            }
        }
        lineBreaks = lines
        periodBreaks = periods
        sentenceBreaks = sentences
        self.marks = marks
        firstAccounting = accounting
    }

    /// Briefs (【一】…【二】…): where each starts and the month or quarter it first names.
    ///
    /// The month or quarter is the period of the brief's figures that name none.
    /// A press release quoted as a section (六、政府统计处新闻公报) is an article too; its estimate
    /// says whether it releases estimates (发表…预先估计数字).
    private(set) var articles: [(position: Int, period: String?, isEstimate: Bool)] = []

    /// The period of the brief around `position`, if the document is a set of briefs.
    func articlePeriod(at position: Int) -> String? {
        article(at: position)?.period
    }

    private func article(at position: Int) -> (position: Int, period: String?, isEstimate: Bool)? {
        let count = articles.countPrefix { $0.position <= position }
        return count > 0 ? articles[count - 1] : nil
    }

    /// Finds the briefs of a news digest: lines that open with 【, each with the first month,
    /// month range or quarter (with its year) in its first 300 characters; and the sections that
    /// quote a press release (a heading with 公报 or 新闻), which end at the next heading.
    mutating func readArticles(_ dates: [DateMention]) {
        var starts: [(position: Int, isRelease: Bool)] = []
        for position in s.indices
        where s[position] == Scalar.leftBlackLenticularBracket && (position == 0 || s[position - 1] == 0x0A) {
            starts.append((position, false))
        }
        if starts.count < 2 { starts = [] }
        for (index, section) in sections.enumerated() {
            let heading = section.position..<end(lineBreaks, after: section.position)
            guard s.containsAny(FrameWords.pressRelease, in: heading) else { continue }
            starts.append((section.position, true))
            if index + 1 < sections.count { starts.append((sections[index + 1].position, false)) }
        }
        guard !starts.isEmpty else { return }
        starts.sort { $0.position < $1.position }
        var dateIndex = 0
        for (order, (start, isRelease)) in starts.enumerated() {
            while dateIndex < dates.count, dates[dateIndex].scalarOffsets.lowerBound < start { dateIndex += 1 }
            // A section that only ends a release is no article.
            let isBrief = s[start] == Scalar.leftBlackLenticularBracket
            guard isBrief || isRelease else {
                articles.append((start, nil, false))
                continue
            }
            let reach = order + 1 < starts.count ? min(starts[order + 1].position, start + 300) : start + 300
            var period: String?
            var index = dateIndex
            while index < dates.count, dates[index].scalarOffsets.lowerBound < reach {
                let date = dates[index]
                if date.kind == .month || date.kind == .quarter, let value = date.value {
                    period = Self.quarter(of: value)
                    break
                }
                index += 1
            }
            // 发表二〇二四年第一季本地生产总值预先估计数字: the release's figures are estimates.
            var body = end(lineBreaks, after: start)
            while body < s.count, [0x0A, 0x20, Scalar.ideographicSpace].contains(s[body]) { body += 1 }
            let opening = start..<end(periodBreaks, after: body)
            articles.append((start, period, isRelease && Self.last(marks.paragraphEstimate, in: opening) != nil))
        }
    }

    /// The year of the period the article around `position` names (a year-less 第一季 in it is that year's).
    private func articleYear(at position: Int) -> String? {
        article(at: position)?.period.map { String($0.prefix(4)) }
    }

    /// The periods a note declares preliminary (二〇二三年第四季及全年数字为初步数字): a review's
    /// figures for them are estimates.
    private(set) var notedEstimates: Set<String> = []

    /// Reads the notes that declare periods preliminary or forecast (…年的数字为预测数字).
    mutating func readNotes(_ dates: [DateMention]) {
        for mark in marks.notes {
            let clause = clauseStart(before: mark)..<mark
            var year: String?
            for date in dates[dates.countPrefix { $0.scalarOffsets.lowerBound < clause.lowerBound }...] {
                guard date.scalarOffsets.lowerBound < clause.upperBound else { break }
                guard var value = date.value else { continue }
                // 第四季及全年: the year of the quarter before it.
                if date.kind == .relative, let year { value = year }
                year = String(value.prefix(4))
                notedEstimates.insert(value)
            }
        }
    }

    /// Whether `word` at `position` opens its line (after indentation) and its clause ends right after it
    /// (初步核算，…): a paragraph's opening words.
    static func opensParagraph(_ s: UnsafeBufferPointer<UInt32>, _ word: Keyword, at position: Int) -> Bool {
        guard [Scalar.fullwidthComma, 0x2C].contains(s.scalar(at: position + word.scalars.count)) else { return false }
        return opensLine(s, at: position)
    }

    /// Whether the estimate word at `position` is a clause of its own (据初步统计，…) or opens its line before the
    /// words of a whole year (预计全年…): it holds for the rest of the paragraph.
    static func opensAsEstimate(_ s: UnsafeBufferPointer<UInt32>, at position: Int) -> Bool {
        guard let word = s.matching(StatusWords.estimate, at: position) else { return false }
        let next = position + word.scalars.count
        if [Scalar.fullwidthComma, 0x2C].contains(s.scalar(at: next)) { return true }
        return s.matchesAny(FactDateWords.wholeYear, at: next) && opensLine(s, at: position)
    }

    /// Whether `position` opens its line, after indentation.
    private static func opensLine(_ s: UnsafeBufferPointer<UInt32>, at position: Int) -> Bool {
        var index = position - 1
        while index >= 0, [0x20, Scalar.ideographicSpace, 0x09].contains(s[index]) { index -= 1 }
        return index < 0 || s[index] == 0x0A
    }

    /// Whether 为初步 or 为预测 follows `position`, maybe after one character (数字均为初步…).
    private static func notesPreliminary(_ s: UnsafeBufferPointer<UInt32>, after position: Int) -> Bool {
        [position, position + 1].contains { s.matchesAny(StatusWords.notePreliminary, at: $0) }
    }

    /// Whether `position` is in a press release of estimates.
    func isInEstimateRelease(_ position: Int) -> Bool { article(at: position)?.isEstimate ?? false }

    /// The first break after `position` (the end of its line or sentence), else the text's end.
    private func end(_ breaks: [Int], after position: Int) -> Int {
        let index = Self.insertionPoint(breaks, position + 1)
        return index < breaks.count ? breaks[index] : s.count
    }

    /// Reads the title's period from the dates: a quarter or half with its year on the first line.
    mutating func readTitle(_ dates: [DateMention]) {
        var titleEnd = 0
        while titleEnd < min(s.count, 200), s[titleEnd] != 0x0A { titleEnd += 1 }
        for date in dates {
            guard date.scalarOffsets.upperBound <= titleEnd else { break }
            if date.kind == .quarter || date.kind == .half, let value = date.value, !value.contains("/") {
                titlePeriod = value
                return
            }
            // 二〇二四至二五年度财政预算案: the fiscal year the document plans.
            if date.kind == .period, let value = date.value, date.scalarOffsets.count > 2,
                s.endsWithAny(FactDateWords.fiscalYear, before: date.scalarOffsets.upperBound)
            {
                titlePeriod = value
                return
            }
        }
    }

    /// Heading words of plan sections (targets) and review sections (results).
    private static let planHeadings = FrameWords.sectionWords("plan", column: 2)
    private static let reviewHeadings = FrameWords.sectionWords("review", column: 2)

    // MARK: Period

    /// The period of a fact whose evidence starts at `position`, or nil to use the year the text is about.
    func period(before position: Int, sentence: Int, _ dates: [DateMention]) -> String? {
        let lineStart = lineStart(before: position)
        let span = span(before: position, from: lineStart)
        let low = datesEnding(before: position, dates)
        var index = low - 1
        while index >= 0 {
            let date = dates[index]
            index -= 1
            let range = date.scalarOffsets
            guard range.lowerBound >= lineStart else { break }
            // 今年是…。四年来，…: the span is nearer than the dates before it.
            if let span, range.upperBound <= span.position { return span.value }
            guard date.value != nil, !Self.isInQuotedName(s, range) else { continue }
            // 比上半年, 较上年同期: the base of a comparison; 1996年以来: a starting point.
            let before = s.scalar(at: range.lowerBound - 1)
            if before == Scalar.比 || before == Scalar.较 || before == Scalar.与
                || s.matchesAny(FactDateWords.sinceOrBefore, at: range.upperBound) || Self.isBaseOfMultiple(s, range)
            {
                continue
            }
            // 到2027年 sets the period of its own sentence only.
            let isSamePeriod =
                range.lowerBound >= periodStart(before: position)
                && s.containsAny(FactDateWords.samePeriod, in: sentenceStart(before: position)..<position)
            if (before == Scalar.到 || before == Scalar.至), range.lowerBound < sentenceStart(before: position),
                !isSamePeriod
            {
                continue
            }
            // 由二〇二二年第四季的3.5%: where a change started.
            if before == Scalar.由 { continue }
            let reading = DateReading(
                index: index + 1, position: position, sentence: sentence, lineStart: lineStart, before: before,
                isSamePeriod: isSamePeriod)
            if let period = period(of: date, reading, dates) { return period }
        }
        return span?.value
    }

    /// Where a date is read for a fact: the date's index, the fact's position, its sentence and
    /// paragraph, the character before the date, and whether 同期 carries the date's period.
    private struct DateReading {
        let index: Int
        let position: Int
        let sentence: Int
        let lineStart: Int
        let before: UInt32
        let isSamePeriod: Bool
    }

    /// The period `date` gives a fact, or nil when it gives none (the search goes on before it).
    private func period(of date: DateMention, _ reading: DateReading, _ dates: [DateMention]) -> String? {
        guard let value = date.value else { return nil }
        let range = date.scalarOffsets
        let isWord = { (words: [Keyword]) in
            words.contains { range.count == $0.scalars.count && self.s.matches($0, at: range.lowerBound) }
        }
        switch date.kind {
        case .year: return String(value.prefix(4))
        case .relative where isWord(FactDateWords.wholeYear):
            // 今年…，计划全年…: the year named earlier in the paragraph.
            return namedYear(before: reading.index, from: reading.lineStart, dates)
                ?? ahead(String(value.prefix(4)), before: reading.position)
        case .relative where isWord(FactDateWords.namedYear): return String(value.prefix(4))
        case .period where range.count > 2 && s.endsWithAny(FactDateWords.fiscalYear, before: range.upperBound):
            // 二〇二三至二四年度: a fiscal year.
            return value
        case .period
        where range.count > 6 && s[range.upperBound - 1] == Scalar.年
            && range.lowerBound >= sentenceStart(before: reading.position):
            // 二〇二五至二〇二八年本地生产总值每年平均增长…: a span of years, in its sentence.
            return value
        case .date where reading.before == Scalar.至 && s.scalar(at: range.lowerBound - 2) == Scalar.截:
            // 截至二〇二四年三月三十一日: a balance at the end of that month.
            return String(value.prefix(7))
        case .month:
            // 截至去年12月末: a year-end balance is the year's.
            if value.hasSuffix("-12"), s.matchesAny(FactDateWords.end, at: range.upperBound) {
                return String(value.prefix(4))
            }
            // A month holds in its sentence, or in the paragraph it opens (2月份全省PMI…。其中…);
            // 12月份CPI… after the year's figures is that sentence's alone.
            guard range.lowerBound >= reading.sentence || periodStart(before: range.lowerBound) == reading.lineStart
            else {
                return nil
            }
            return Self.quarter(
                of: yearless(range)
                    ? rebased(
                        value,
                        namedYear(before: reading.index, from: reading.lineStart, dates)
                            ?? articleYear(at: reading.position))
                    : value)
        case .quarter, .half:
            // A quarter or half names the period of its own clause list only (四季度建成…；力争…).
            // …第四季的2.9%，下降0.6个百分点；同期总就业人数…: 同期 carries it past the clause list.
            if range.lowerBound >= sentenceStart(before: reading.position) || reading.isSamePeriod {
                guard yearless(range) else { return value }
                return rebased(
                    value,
                    ahead(
                        namedYear(before: reading.index, from: reading.lineStart, dates)
                            ?? articleYear(at: reading.position), value,
                        before: reading.position))
            }
        default: return nil
        }
        return nil
    }

    /// A span of years the paragraph counts from the dateline: 四年来 (the years before it, up to
    /// the last: 2021/2024 in 2025), 未来五年 and 十年内 (from its year on: 2024/2028, 2024/2033).
    private func span(before position: Int, from lineStart: Int) -> (position: Int, value: String)? {
        guard let year = datelineYear else { return nil }
        var slot = Self.insertionPoint(marks.span, position - 1)
        while slot > 0, marks.span[slot - 1] > lineStart {
            slot -= 1
            let index = marks.span[slot]
            guard let count = Numeral.chineseDigit(s[index - 1]) ?? (s[index - 1] == Scalar.十 ? 10 : nil), count >= 2
            else { continue }
            if s.scalar(at: index + 1) == Scalar.来, !s.matchesAny(FactDateWords.many, at: index - 2) {  // 四年来
                return (index, "\(year - count)/\(year - 1)")
            }
            // 未来五年, 十年内.
            let isFuture =
                s.endsWithAny(FactDateWords.future, before: index - 1) || s.scalar(at: index + 1) == Scalar.内
            if isFuture, s.scalar(at: index - 2) != Scalar.第 { return (index, "\(year)/\(year + count - 1)") }
        }
        return nil
    }

    /// The number of dates that end at or before `position` (dates are in text order).
    private func datesEnding(before position: Int, _ dates: [DateMention]) -> Int {
        dates.countPrefix { $0.scalarOffsets.upperBound <= position }
    }

    /// The year written (2025年) or named (今年, 去年) last among `dates[..<end]` in the paragraph.
    private func namedYear(before end: Int, from lineStart: Int, _ dates: [DateMention]) -> String? {
        var index = end - 1
        while index >= 0, dates[index].scalarOffsets.lowerBound >= lineStart {
            let date = dates[index]
            index -= 1
            guard let value = date.value else { continue }
            let before = s.scalar(at: date.scalarOffsets.lowerBound - 1)
            if before == Scalar.比 || before == Scalar.较 { continue }  // 较2020年: a base
            if Self.isBaseOfMultiple(s, date.scalarOffsets) { continue }  // 是2010年的2.2倍
            if date.kind == .year { return String(value.prefix(4)) }
            // 二〇二四年第一季…。第一季…: a quarter, month or day written with its year names it too.
            if date.kind == .quarter || date.kind == .month || date.kind == .date, !yearless(date.scalarOffsets) {
                return String(value.prefix(4))
            }
            if date.kind == .relative, date.scalarOffsets.count == 2,
                s.matchesAny(FactDateWords.namedYear, at: date.scalarOffsets.lowerBound)
            {
                return String(value.prefix(4))
            }
        }
        return nil
    }

    /// Whether `range` (a date) is the base of a multiple: 的, then digits or numerals, then a word of multiple
    /// (是2010年的2.2倍, 为上年的两倍) (rule date-base-of-multiple).
    static func isBaseOfMultiple(_ s: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> Bool {
        guard s.scalar(at: range.upperBound) == Scalar.的 else { return false }
        var index = range.upperBound + 1
        while index < min(s.count, range.upperBound + maxMultipleDigits) {
            if s.matchesAny(FactDateWords.multiple, at: index) { return index > range.upperBound + 1 }
            let c = s[index]
            guard Numeral.isASCIIDigit(c) || c == Indicator.ASCII.fullStop || Numeral.isChineseNumeral(c) else {
                return false
            }
            index += 1
        }
        return false
    }

    /// How far after a date's 的 the word of multiple may stand (的12.35倍).
    private static let maxMultipleDigits = 10

    /// Whether `range` (a date) stands inside a quoted name with other words (“新十二月市”), not alone in its quotes.
    static func isInQuotedName(_ s: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> Bool {
        let limit = max(0, range.lowerBound - longestQuotedName)
        var open = range.lowerBound - 1
        while open >= limit, s[open] != Scalar.leftDoubleQuotationMark {
            if s[open] == Scalar.rightDoubleQuotationMark || isClauseEnd(s[open]) { return false }
            open -= 1
        }
        guard open >= limit else { return false }
        var close = range.upperBound
        let end = min(s.count, range.upperBound + longestQuotedName)
        while close < end, s[close] != Scalar.rightDoubleQuotationMark {
            if s[close] == Scalar.leftDoubleQuotationMark || isClauseEnd(s[close]) { return false }
            close += 1
        }
        guard close < end else { return false }
        return open + 1 < range.lowerBound || close > range.upperBound
    }

    /// The longest quoted name a date may stand in (characters on either side of the date).
    static let longestQuotedName = 12

    /// The dateline's year for a year-less period in a sentence that looks ahead (计划全年…,
    /// 一季度GDP增速有望…) when the text's year is already past; else `year`.
    private func ahead(_ year: String?, _ value: String? = nil, before position: Int) -> String? {
        // The words before the fact, and its verb after the indicator (一季度GDP增速有望保持在…).
        let words = sentenceStart(before: position)..<min(s.count, position + 12)
        guard let datelineYear, let written = Int((year ?? value ?? "").prefix(4)), written < datelineYear,
            s.containsAny(StatusWords.ahead, in: words)
        else { return year }
        return String(datelineYear)
    }

    /// A range of months that is a calendar quarter as that quarter (2024-04/2024-06 → 2024-Q2);
    /// any other value as it is.
    static func quarter(of value: String) -> String {
        let scalars = Array(value.utf8)
        guard scalars.count == 15, scalars[7] == UInt8(ascii: "/"), value.prefix(4) == value.dropFirst(8).prefix(4),
            let first = Int(value.dropFirst(5).prefix(2)), let last = Int(value.suffix(2)), last == first + 2,
            first % 3 == 1
        else { return value }
        return "\(value.prefix(4))-Q\((first + 2) / 3)"
    }

    /// Whether a date's text names no year of its own (一季度, 12月份).
    private func yearless(_ range: Range<Int>) -> Bool { !s[range].contains(Scalar.年) }

    /// `value` with its year replaced by `year` (2024-Q1 → 2025-Q1).
    private func rebased(_ value: String, _ year: String?) -> String {
        guard let year, value.count >= 4 else { return value }
        // The year opens each end of the value: 2024-Q1, 2024-Q1/2024-Q3.
        return value.split(separator: "/", omittingEmptySubsequences: false).map { year + $0.dropFirst(4) }.joined(
            separator: "/")
    }

    /// The last year written within a few lines before `position` (a table's title).
    func year(before position: Int, _ dates: [DateMention]) -> Int? {
        let limit = max(0, position - Self.reach * 2)
        return dates[..<datesEnding(before: position, dates)].reversed().prefix { $0.scalarOffsets.lowerBound >= limit }
            .first { $0.kind == .year }
            .flatMap { $0.value.flatMap { Int($0.prefix(4)) } }
    }

    // MARK: Status

    /// The status of a fact whose figure is at `figure`; `indicator` is its text (GDP and its
    /// parts are estimates after 初步核算); `isWritten` says the period was written near the fact
    /// (not the year the text is about).
    func status(
        of figure: Range<Int>, approximate: Bool, period: String?, isWritten: Bool = true, indicator: () -> String
    ) -> Fact.Status {
        let sentence = sentenceStart(before: figure.lowerBound)
        let section = section(at: figure.lowerBound)
        // 政府收入预算为7288亿港元: a budgeted amount.
        if s.endsWithAny(StatusWords.budget, before: wordsEnd(before: figure)) { return .target }
        // The nearest signal before the figure in its sentence decides.
        let estimate = Self.last(marks.estimate, in: sentence..<figure.lowerBound)
        let target = Self.last(section == false ? marks.strictTarget : marks.target, in: sentence..<figure.lowerBound)
        if let estimate, estimate >= target ?? -1 { return .estimate }
        if target != nil { return .target }
        let paragraph = lineStart(before: figure.lowerBound)..<sentence
        // 税收收入预计为437.10亿元，增长4.5%；非税收入98.60亿元: the estimate holds to the end of its sentence.
        if section == true,
            let estimate = Self.last(marks.estimate, in: periodStart(before: figure.lowerBound)..<sentence),
            Self.last(marks.target, in: estimate..<figure.lowerBound) == nil,
            // 支出安排398.20亿元: spending is planned.
            !s.containsAny(StatusWords.plannedSpending, in: sentence..<figure.lowerBound)
        {
            return .estimate
        }
        // 二〇二三年第四季住宅物业成交量…: a plan section's figure for a year already past is a result.
        let isPast = isWritten && period.flatMap({ Int($0.prefix(4)) }).map { $0 < (datelineYear ?? $0) } ?? false
        if section == true, !isPast { return .target }
        if Self.last(marks.openingEstimate, in: paragraph) != nil { return .estimate }
        if Self.last(marks.paragraphTarget, in: paragraph) != nil { return .target }
        if isInEstimateRelease(figure.lowerBound) { return .estimate }
        if section == false, let period, notedEstimates.contains(period) { return .estimate }
        if firstAccounting != nil, Self.isOutput(indicator()),
            let year = period.flatMap({ Int($0.prefix(4)) }), year >= (reportingYear ?? year) - 1
        {
            return .estimate
        }
        // A whole year not over when the document was dated: a plan (今年粮食播种面积稳定在…以上).
        if section == nil, isWritten, let datelineYear, period == String(datelineYear) { return .target }
        if section == nil, approximate,
            s.containsAny(StatusWords.about, in: figure.upperBound..<min(figure.upperBound + 2, s.count)),
            let year = period.flatMap({ Int($0.prefix(4)) }), let reportingYear, year >= reportingYear
        {
            return .target
        }
        return .actual
    }

    /// Whether an estimate word (预计, 初步核算…) stands in `range`.
    func hasEstimateWord(in range: Range<Int>) -> Bool { Self.last(marks.estimate, in: range) != nil }

    /// Whether an indicator names output (GDP and its three industries), which a document that
    /// says 初步核算 gives as estimates; shares of it (占…比重) and per-unit figures (能耗) are not.
    static func isOutput(_ indicator: String) -> Bool {
        // Scalars, not Characters: the words are Han and Latin letters.
        let scalars = indicator.unicodeScalars.map(\.value)
        let has = { (word: Keyword) -> Bool in
            scalars.withUnsafeBufferPointer { buffer in buffer.contains(word, in: 0..<buffer.count) }
        }
        if StatusWords.outputExcluded.contains(where: has) { return false }
        if StatusWords.industryOutput.contains(where: has) { return true }
        if StatusWords.outputShare.contains(where: has) { return false }
        return StatusWords.output.contains(where: has)
    }

    /// Whether a word at `position` makes what follows a target.
    ///
    /// `strict` (in a review section) keeps only 力争, 确保 and 目标 (争取 and 计划 there are things done).
    private static func isTargetWord(_ word: (UnsafeBufferPointer<UInt32>, Int), strict: Bool) -> Bool {
        let (s, position) = word
        if let expectation = s.matching(StatusWords.expectation, at: position) {
            // 预期目标, 预期增长; not 市场预期 or 预期指数.
            return !strict && s.matchesAny(StatusWords.afterExpectation, at: position + expectation.scalars.count)
        }
        return s.matchesAny(strict ? StatusWords.strictTarget : StatusWords.target, at: position)
    }

    /// 目标是：, 主要目标为, 目标： — a paragraph that lists targets.
    private static func isTargetHeading(_ word: (UnsafeBufferPointer<UInt32>, Int)) -> Bool {
        let (s, position) = word
        guard let word = s.matching(StatusWords.headingTarget, at: position) else { return false }
        return StatusWords.headingEnds.contains(s.scalar(at: position + word.scalars.count))
    }

    /// The last of `marks` (in text order) inside `range`, by binary search.
    private static func last(_ marks: [Int], in range: Range<Int>) -> Int? {
        let index = insertionPoint(marks, range.upperBound)
        return index > 0 && marks[index - 1] >= range.lowerBound ? marks[index - 1] : nil
    }

    /// The number of `values` (in order) below `value`.
    private static func insertionPoint(_ values: [Int], _ value: Int) -> Int {
        values.countPrefix { $0 < value }
    }

    /// The last break at or before `position`, not further back than `reach`.
    private static func start(_ breaks: [Int], before position: Int, reach: Int) -> Int {
        let index = insertionPoint(breaks, position + 1)
        return max(index > 0 ? breaks[index - 1] : 0, position - reach)
    }

    /// Whether the section at `position` states plans (true), results (false), or is not known (nil).
    private func section(at position: Int) -> Bool? {
        sectionIndex(at: position).flatMap { sections[$0].isPlan }
    }

    /// Whether `position` is in a plan section whose heading names no year (三、下一步工作打算):
    /// its figures are for the year after the one the text is about.
    func isUndatedPlan(at position: Int) -> Bool {
        sectionIndex(at: position).map { sections[$0].isPlan == true && !sections[$0].hasYear } ?? false
    }

    private func sectionIndex(at position: Int) -> Int? {
        let count = sections.countPrefix { $0.position <= position }
        return count > 0 ? count - 1 : nil
    }

    /// The top-level headings (一、… 二、…) and whether their section reviews or plans (nil: a
    /// heading that says neither).
    private static func sections(in s: UnsafeBufferPointer<UInt32>) -> [(position: Int, isPlan: Bool?, hasYear: Bool)] {
        var sections: [(position: Int, isPlan: Bool?, hasYear: Bool)] = []
        var lineStart = 0
        while lineStart < s.count {
            var lineEnd = lineStart
            while lineEnd < s.count, s[lineEnd] != 0x0A { lineEnd += 1 }
            var index = lineStart
            while index < lineEnd, s[index] == 0x20 || s[index] == Scalar.ideographicSpace || s[index] == 0x09 {
                index += 1
            }
            var numerals = index
            while numerals < lineEnd, Numeral.chineseDigit(s[numerals]) != nil || s[numerals] == Scalar.十 {
                numerals += 1
            }
            if numerals > index, numerals < lineEnd, s[numerals] == Scalar.ideographicComma, lineEnd - index <= 40,
                !s[index..<lineEnd].contains(Scalar.ideographicFullStop)
            {
                let line = index..<lineEnd
                if reviewHeadings.contains(where: { s.contains($0, in: line) }) {
                    sections.append((lineStart, false, s[line].contains(Scalar.年)))
                } else if planHeadings.contains(where: { s.contains($0, in: line) }) {
                    sections.append((lineStart, true, s[line].contains(Scalar.年)))
                } else {
                    // 三、加强政府自身建设: neither a review nor a plan.
                    sections.append((lineStart, nil, true))
                }
            }
            lineStart = lineEnd + 1
        }
        return sections
    }

    // MARK: Text

    /// How far the rules look around a figure: a sentence or a paragraph longer than this is
    /// read in part (a one-line document of megabytes must not make every look-up scan it all).
    static let reach = 300

    func clauseStart(before position: Int) -> Int {
        var index = position
        let limit = max(0, position - Self.reach)
        while index > limit {
            let scalar = s[index - 1]
            if Self.isClauseEnd(scalar) {
                if scalar == 0x2E, index >= 2, Numeral.isASCIIDigit(s[index - 2]) { index -= 1; continue }
                return index
            }
            index -= 1
        }
        return limit
    }

    /// Whether `scalar` ends a clause for the frame rules (，；。：, a line break), not a decimal point.
    static func isClauseMark(_ scalar: UInt32) -> Bool {
        scalar != 0x2E && isClauseEnd(scalar)
    }

    private static func isClauseEnd(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2C, Scalar.fullwidthComma, Scalar.ideographicFullStop, 0x3B, Scalar.fullwidthSemicolon, 0x0A, 0x3A,
            Scalar.fullwidthColon, 0x21, 0x3F, 0x2E:
            true
        default: false
        }
    }

    func sentenceStart(before position: Int) -> Int {
        Self.start(sentenceBreaks, before: position, reach: Self.reach)
    }

    /// Where the sentence that ends with 。 (not ；) containing `position` starts.
    func periodStart(before position: Int) -> Int {
        Self.start(periodBreaks, before: position, reach: Self.reach)
    }

    func lineStart(before position: Int) -> Int {
        Self.start(lineBreaks, before: position, reach: Self.reach * 4)
    }

    func contains(_ word: Keyword, in range: Range<Int>) -> Bool { s.contains(word, in: range) }

    /// Where the words before a figure end: its start, or before the 约 that qualifies it.
    func wordsEnd(before figure: Range<Int>) -> Int {
        figure.lowerBound - (s.scalar(at: figure.lowerBound - 1) == Scalar.约 ? 1 : 0)  // 约
    }

    func contains(_ word: String, in range: Range<Int>) -> Bool { s.contains(word, in: range) }

    /// Where the last mark that opens the parts of a total stands in `range`: 其中, or 分…看 /
    /// 从…看 (分经济类型看，…).
    func partsMark(in range: Range<Int>) -> Int? {
        var position = range.upperBound - 2
        while position >= range.lowerBound {
            if s.matchesAny(PairingWords.parts, at: position) { return position }
            if s[position] == Scalar.看, [Scalar.fullwidthComma, 0x2C].contains(s.scalar(at: position + 1)),
                ((max(range.lowerBound, position - 8))..<position).contains(where: {
                    s[$0] == Scalar.分 || s[$0] == Scalar.从
                })
            {
                return position
            }
            position -= 1
        }
        return nil
    }

    /// Where the clause after a classifying one at the start of `range` starts (按零售业态分，), or nil when none
    /// opens it.
    private func classifiedStart(_ range: Range<Int>) -> Int? {
        guard range.count > 3, s.matchesAny(PairingWords.classifyOpen, at: range.lowerBound) else { return nil }
        let limit = min(range.upperBound - 1, range.lowerBound + 10)
        guard
            let close = (range.lowerBound..<limit).first(where: {
                s.matchesAny(PairingWords.classifyClose, at: $0)
                    && [Scalar.fullwidthComma, 0x2C].contains(s.scalar(at: $0 + 1))
            })
        else { return nil }
        return close + 2
    }

    /// The total named by 在…中， in `range` (在限额以上单位商品零售额中，粮油食品类增长6.8%).
    func inTotal(in range: Range<Int>) -> Range<Int>? {
        guard let open = (range.lowerBound..<range.upperBound).last(where: { s[$0] == Scalar.在 }) else { return nil }
        let end = min(range.upperBound - 1, open + 24)
        guard
            let close = ((open + 3)..<max(open + 3, end)).first(where: {
                s[$0] == Scalar.中 && [Scalar.fullwidthComma, 0x2C].contains(s.scalar(at: $0 + 1))
            })
        else { return nil }
        return (open + 1)..<close
    }

    /// Where the items of a list start when its sentence opens with a clause ending in 中，
    /// (主要工业产品中，…), which names no figure; a clause saying how the items are classified may come first
    /// (按零售业态分，限额以上零售业单位中，…: rule classified-list).
    func listOpener(in range: Range<Int>) -> Int? {
        var position = classifiedStart(range) ?? range.lowerBound
        let limit = min(range.upperBound - 1, position + 16)
        while position < limit {
            let scalar = s[position]
            if scalar == Scalar.fullwidthComma || scalar == 0x2C { return nil }
            if Numeral.isASCIIDigit(scalar) { return nil }
            if scalar == Scalar.中, [Scalar.fullwidthComma, 0x2C].contains(s.scalar(at: position + 1)),
                position > range.lowerBound + 1
            {
                return position + 2
            }
            position += 1
        }
        return nil
    }

    /// Where `word` is last spelled inside `range`.
    func find(_ word: Keyword, in range: Range<Int>) -> Int? {
        guard range.count >= word.scalars.count else { return nil }
        return (range.lowerBound...(range.upperBound - word.scalars.count)).last { s.matches(word, at: $0) }
    }
}

extension UnsafeBufferPointer<UInt32> {
    /// Whether the literal `word` is spelled anywhere inside `range`.
    func contains(_ word: String, in range: Range<Int>) -> Bool {
        let length = word.unicodeScalars.count
        guard range.count >= length else { return false }
        for position in range.lowerBound...(range.upperBound - length) where matches(word, at: position) { return true }
        return false
    }

    /// Whether `word` is spelled anywhere inside `range`.
    func contains(_ word: Keyword, in range: Range<Int>) -> Bool {
        guard range.count >= word.scalars.count else { return false }
        for position in range.lowerBound...(range.upperBound - word.scalars.count) where matches(word, at: position) {
            return true
        }
        return false
    }
}

extension FactContext {
    /// Whether `range`, past separators, opens with a date (上半年增长5.5%).
    func startsWithDate(_ range: Range<Int>, _ dates: [DateMention]) -> Bool {
        var position = range.lowerBound
        while position < range.upperBound,
            [0x2C, Scalar.fullwidthComma, Scalar.ideographicComma, 0x20, Scalar.ideographicSpace].contains(s[position])
        { position += 1 }
        let index = dates.countPrefix { $0.scalarOffsets.lowerBound < position }
        return index < dates.count && dates[index].scalarOffsets.lowerBound == position
            && dates[index].scalarOffsets.upperBound <= range.upperBound
    }
}
