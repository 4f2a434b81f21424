/// Finds dates, periods and relative year words in folded, normalized scalars.
///
/// Full dates and years are recorded as they are read. Months, days, quarters and halves
/// without a year, and relative words (今年, 去年, 明年, 全年, 上年), are resolved after the scan:
/// the dateline is the first full date near the top of the document; 今年 is its year (去年 and
/// 上年 one less, 明年 one more); 全年 and year-less dates take the year the text is about, the
/// last explicit year before them (else the dateline's).
struct DateScanner {
    let s: UnsafeBufferPointer<UInt32>
    private(set) var dates: [DateMention] = []
    /// Year-less items waiting for a year, by index into `dates`.
    private var pending: [(index: Int, template: Template)] = []
    /// Explicit years in document order: where they were written and their value.
    private var years: [(position: Int, year: Int, startsLine: Bool)] = []
    /// The years written at the start of a line, and the year used where there is none (set by `resolve()`).
    private var lineYears: [(position: Int, year: Int)] = []
    /// 今年 or 明年 opening a line or a heading (二、今年工作安排; 　　今年是…): the year what follows is
    /// about, known once the dateline is (where, and the offset from the dateline's year).
    private var relativeLineStarts: [(position: Int, offset: Int)] = []
    private var fallbackYear: Int?
    /// The year of the document's dateline, when it has one (set by `resolve()`).
    private(set) var datelineYear: Int?
    /// Spans the text has named (过去五年, 未来五年): where, how many years, which way they count, and
    /// their years when the text gives them (“十四五”时期是…的五年: the plan's).
    var periodAnchors: [(position: Int, count: Int, rule: PeriodRule, value: String?)] = []

    /// What a year-less item becomes once its year is known.
    enum Template: Sendable {
        case month(Int)
        case day(month: Int, day: Int)
        case quarter(Int)
        case quarters(Int, Int)
        case half(Int)
        case relative(offset: Int)
        case currentYear
        case dayOnly(Int)
        case months(Int, Int)
        /// A period reference (五年来, 目前), resolved from the dateline.
        case reference(PeriodRule, count: Int, reviewCount: Int?)
        /// The previous year of the sentence's own figure (比上年增长).
        case previousYear
        /// A relative year with a part of it (去年下半年, 明年3月).
        indirect case relativeWith(offset: Int, Template)
    }

    /// How far from the start a full date may be to count as the dateline.
    static let datelineReach = 400

    private static let placeholder = "".startIndex..<"".startIndex

    init(_ scalars: UnsafeBufferPointer<UInt32>) {
        s = scalars
    }

    @inline(__always)
    private func at(_ index: Int) -> UInt32 { s.scalar(at: index) }

    @inline(__always)
    private func matches(_ word: Keyword, at index: Int) -> Bool { s.matches(word, at: index) }

    mutating func record(_ range: Range<Int>, _ kind: DateMention.Kind, _ value: String?, _ template: Template? = nil) {
        if let template { pending.append((dates.count, template)) }
        dates.append(DateMention(text: "", range: Self.placeholder, scalarOffsets: range, value: value, kind: kind))
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    // MARK: Scanning

    /// Tries a date at `index`; returns the index past it, or nil.
    mutating func scanDate(at index: Int) -> Int? {
        // 第十四届 is an ordinal, but 第四季度 a quarter.
        if at(index - 1) == Scalar.第, !matches(DateWords.quarterShort, at: index + 1) { return nil }
        if let end = scanPeriodReference(at: index) { return end }
        if let end = scanWords(at: index) { return end }
        guard let number = Numeral.number(s, from: index), let integer = number.value.intValue, number.value.isInteger
        else { return nil }
        let end = number.end
        let digits = end - index
        // A year: four digits (Arabic or Chinese) and 年, or an ISO date.
        if digits == 4, (1900...2100).contains(integer) {
            return scanYear(at: index, year: integer, end: end, arabic: number.arabic)
        }
        // A range of months: 1—2月, 1-11月.
        if digits <= 2, (1...12).contains(integer), let end = scanMonthDigitsRange(at: index, first: integer, end: end)
        {
            return end
        }
        // A day without a month (news: 4日, the dateline's month).
        if digits <= 2, number.arabic, (1...31).contains(integer), at(end) == Scalar.日, at(index - 1) != Scalar.月 {
            record(index..<(end + 1), .date, nil, .dayOnly(integer))
            return end + 1
        }
        // A month (and day) without a year: 12月, 3月5日, 十二月三十一日.
        if digits <= 3, (1...12).contains(integer), at(end) == Scalar.月, at(index - 1) != Scalar.个 {
            return scanMonth(at: index, month: integer, monthEnd: end + 1, arabic: number.arabic)
        }
        return nil
    }

    /// A four-digit year at `index` ending at `end`: a period (2021—2025年), an ISO date, a year of a
    /// list (１９９８、１９９９年), or a year with 年 and maybe its part, month and day.
    private mutating func scanYear(at index: Int, year: Int, end: Int, arabic: Bool) -> Int? {
        if let periodEnd = scanPeriod(from: index, firstYear: year, after: end) { return periodEnd }
        if arabic, at(end) == 0x2D || at(end) == 0x2F, let isoEnd = scanISODate(at: index, year: year) {
            return isoEnd
        }
        // Rule `year-list`: １９９８、１９９９年: a year that shares the 年 of the next one.
        if at(end) == Scalar.ideographicComma, sharesYearCharacter(after: end + 1) {
            years.append((index, year, false))
            record(index..<end, .year, "\(year)")
            return end
        }
        guard at(end) == Scalar.年 else { return scanYearBeforeName(at: index, year: year, end: end, arabic: arabic) }
        let yearEnd = end + 1
        // A year that starts a line sets the year of what follows, unless it is a full date (a dateline).
        let isFullDate = twoDigitNumber(at: yearEnd, arabic: arabic).map { at($0.end) == Scalar.月 } ?? false
        // Rule `year-cut-off`: 2009年到期的…, 2005年底前…: a cut-off inside the sentence, not the line's year.
        let isCutOff = DateWords.any(DateWords.yearCutOffs, s, at: yearEnd)
        years.append((index, year, !isFullDate && !isCutOff && (startsLine(index) || inHeading(index, end: yearEnd))))
        if let partEnd = scanYearPart(at: index, year: year, after: yearEnd) { return partEnd }
        if let month = twoDigitNumber(at: yearEnd, arabic: arabic), (1...12).contains(month.value),
            at(month.end) == Scalar.月
        {
            return scanMonthOfYear(at: index, year: year, month: month.value, monthEnd: month.end + 1, arabic: arabic)
        }
        record(index..<yearEnd, .year, "\(year)")
        return yearEnd
    }

    /// 2025年一季度, 2024年上半年: one item with the year.
    private mutating func scanYearPart(at index: Int, year: Int, after yearEnd: Int) -> Int? {
        guard let wordEnd = scanWords(at: yearEnd), let last = dates.last, last.scalarOffsets.lowerBound == yearEnd,
            last.kind == .quarter || last.kind == .half
        else { return nil }
        dates[dates.count - 1].scalarOffsets = index..<wordEnd
        if let slot = pending.lastIndex(where: { $0.index == dates.count - 1 }) {
            let template = pending[slot].template
            pending.remove(at: slot)
            dates[dates.count - 1].value = Self.value(of: template, year: year)
        }
        return wordEnd
    }

    /// A month after a year (2024年3月): with its day and time, a range of months, or alone.
    private mutating func scanMonthOfYear(at index: Int, year: Int, month: Int, monthEnd: Int, arabic: Bool) -> Int {
        if let day = dayNumber(at: monthEnd, arabic: arabic) {
            let dayEnd = day.end + 1
            let date = "\(year)-\(Self.pad(month))-\(Self.pad(day.value))"
            if let time = scanTime(at: dayEnd) {
                record(index..<time.end, .datetime, "\(date)T\(time.value)")
                return time.end
            }
            record(index..<dayEnd, .date, date)
            return dayEnd
        }
        if let last = monthRangeEnd(after: monthEnd, from: month, arabic: arabic) {
            // 二〇二四年四月至六月: a range of months.
            record(index..<last.end, .month, "\(year)-\(Self.pad(month))/\(year)-\(Self.pad(last.month))")
            return last.end
        }
        let spanEnd = at(monthEnd) == Scalar.份 ? monthEnd + 1 : monthEnd  // 12月份
        record(index..<spanEnd, .month, "\(year)-\(Self.pad(month))")
        return spanEnd
    }

    /// A month without a year (12月, 3月5日, 四月至六月), resolved later.
    private mutating func scanMonth(at index: Int, month: Int, monthEnd: Int, arabic: Bool) -> Int {
        if let day = dayNumber(at: monthEnd, arabic: arabic) {
            record(index..<(day.end + 1), .date, nil, .day(month: month, day: day.value))
            return day.end + 1
        }
        if let last = monthRangeEnd(after: monthEnd, from: month, arabic: arabic) {
            record(index..<last.end, .month, nil, .months(month, last.month))  // 四月至六月
            return last.end
        }
        let spanEnd = at(monthEnd) == Scalar.份 ? monthEnd + 1 : monthEnd  // 12月份
        record(index..<spanEnd, .month, nil, .month(month))
        return spanEnd
    }

    /// A day of the month at `index` followed by 日 or 号: its value and where the number ends.
    private func dayNumber(at index: Int, arabic: Bool) -> (value: Int, end: Int)? {
        guard let day = twoDigitNumber(at: index, arabic: arabic), (1...31).contains(day.value),
            at(day.end) == Scalar.日 || at(day.end) == Scalar.号
        else { return nil }
        return day
    }

    /// Rule `month-range`: 1—2月, 1-11月: two month numbers and one 月, after the first ending at `end`.
    private mutating func scanMonthDigitsRange(at index: Int, first: Int, end: Int) -> Int? {
        guard let connector = RangeConnectors.monthDigits.end(s, at: end), connector == end + 1,
            let second = Numeral.number(s, from: connector), let last = second.value.intValue,
            second.end - connector <= 2, last > first, last <= 12, at(second.end) == Scalar.月
        else { return nil }
        let spanEnd = at(second.end + 1) == Scalar.份 ? second.end + 2 : second.end + 1
        record(index..<spanEnd, .month, nil, .months(first, last))
        return spanEnd
    }

    /// The end of a range of months after a month's 月 (四月至六月, 3月—5月): the last month and
    /// where it ends, or nil.
    private func monthRangeEnd(after monthEnd: Int, from first: Int, arabic: Bool) -> (month: Int, end: Int)? {
        guard RangeConnectors.month.end(s, at: monthEnd) == monthEnd + 1,
            let last = twoDigitNumber(at: monthEnd + 1, arabic: arabic), last.value > first, last.value <= 12,
            at(last.end) == Scalar.月
        else { return nil }
        return (last.value, at(last.end + 1) == Scalar.份 ? last.end + 2 : last.end + 1)
    }

    /// A one- or two-digit number (Arabic, or Chinese such as 十二, 三十一) at `index`.
    private func twoDigitNumber(at index: Int, arabic: Bool) -> (value: Int, end: Int)? {
        guard let number = Numeral.number(s, from: index), number.end - index <= 3,
            let value = number.value.intValue, number.value.isInteger, value < 100
        else { return nil }
        return (value, number.end)
    }

    /// 2021—2025年, 2021-2025年: a period; also a fiscal year 二〇二三至二四年度, 2023-24年度.
    private mutating func scanPeriod(from index: Int, firstYear: Int, after end: Int) -> Int? {
        var connector = end
        if at(connector) == Scalar.年 { connector += 1 }
        guard let secondStart = RangeConnectors.year.end(s, at: connector),
            let second = Numeral.number(s, from: secondStart), var lastYear = second.value.intValue
        else { return nil }
        let digits = second.end - secondStart
        // Rule `year-range-without-year`: 2003-2012期间, 2016—2020年间.
        if at(second.end) != Scalar.年 {
            guard digits == 4, DateWords.any(DateWords.yearRangeEnds, s, at: second.end), lastYear > firstYear,
                lastYear <= 2100
            else { return nil }
            record(index..<second.end, .period, "\(firstYear)/\(lastYear)")
            return second.end
        }
        if digits == 2, at(second.end + 1) == Scalar.度 {  // 年度: a two-digit second year
            lastYear += firstYear / 100 * 100
            if lastYear < firstYear { lastYear += 100 }
        } else if digits != 4 {
            return nil
        }
        guard lastYear > firstYear, lastYear <= 2100 else { return nil }
        let end = at(second.end + 1) == Scalar.度 ? second.end + 2 : second.end + 1
        record(index..<end, .period, "\(firstYear)/\(lastYear)")
        return end
    }

    /// 2024-03-05, 2024/3/5, with an optional time.
    private mutating func scanISODate(at index: Int, year: Int) -> Int? {
        let separator = at(index + 4)
        guard let month = Numeral.arabic(s, from: index + 5), let monthValue = month.value.intValue,
            month.end - (index + 5) <= 2, (1...12).contains(monthValue), at(month.end) == separator,
            let day = Numeral.arabic(s, from: month.end + 1), let dayValue = day.value.intValue,
            day.end - (month.end + 1) <= 2, (1...31).contains(dayValue),
            !Numeral.isASCIIDigit(at(day.end))
        else { return nil }
        years.append((index, year, false))
        let date = "\(year)-\(Self.pad(monthValue))-\(Self.pad(dayValue))"
        if let time = scanTime(at: day.end) {
            record(index..<time.end, .datetime, "\(date)T\(time.value)")
            return time.end
        }
        record(index..<day.end, .date, date)
        return day.end
    }

    /// A clock time after one space: 09:30, 09:30:00, or with Han marks 07时41分, 07时41分30秒.
    private func scanTime(at index: Int) -> (value: String, end: Int)? {
        var position = index
        guard at(position) == 0x20 else { return nil }
        while at(position) == 0x20 { position += 1 }
        if let time = scanHanTime(at: position) { return time }
        var parts: [Int] = []
        var end = position
        while parts.count < 3 {
            guard let number = Numeral.arabic(s, from: end), number.end - end <= 2, let value = number.value.intValue,
                number.value.isInteger
            else { break }
            parts.append(value)
            end = number.end
            guard parts.count < 3, at(end) == 0x3A, Numeral.isASCIIDigit(at(end + 1)) else { break }
            end += 1
        }
        return Self.clock(parts, end: end)
    }

    /// Rule `clock-after-day`: a day's clock time written with 时, 分 and 秒 (a page's publication time).
    private func scanHanTime(at index: Int) -> (value: String, end: Int)? {
        let marks = [Scalar.时, Scalar.分, Scalar.秒]
        var parts: [Int] = []
        var end = index
        while parts.count < 3, let number = Numeral.arabic(s, from: end), number.end - end <= 2,
            let value = number.value.intValue, number.value.isInteger, at(number.end) == marks[parts.count]
        {
            parts.append(value)
            end = number.end + 1
        }
        return parts.count >= 2 ? Self.clock(parts, end: end) : nil
    }

    /// Hours, minutes and maybe seconds as a clock time (09:30:00), nil when one is out of range.
    private static func clock(_ parts: [Int], end: Int) -> (value: String, end: Int)? {
        guard parts.count >= 2, parts[0] < 24, parts[1] < 60, parts.count < 3 || parts[2] < 60 else { return nil }
        let seconds = parts.count == 3 ? parts[2] : 0
        return ("\(pad(parts[0])):\(pad(parts[1])):\(pad(seconds))", end)
    }

    // MARK: Words

    /// The characters a date word can start with: the table's words, 前 (前三季度), 第 (第四季度) and
    /// the quarters' digits 一–四, 1–4.
    private static let wordFirstScalars = ScalarBitmap(
        DateWords.relatives.compactMap(\.word.scalars.first) + DateWords.halves.compactMap(\.0.scalars.first)
            + DateWords.planNames.compactMap(\.0.scalars.first)
            + [Scalar.前, Scalar.第, Scalar.一, Scalar.二, Scalar.三, Scalar.四] + Array(0x31...0x34))

    /// Quarters, halves, plan periods and relative years.
    private mutating func scanWords(at index: Int) -> Int? {
        guard Self.wordFirstScalars.contains(at(index)) else { return nil }
        for (word, value) in DateWords.planNames where matches(word, at: index) {
            let end = index + word.scalars.count
            record(index..<end, .period, value)
            return end
        }
        if let end = scanRelativeYear(at: index) { return end }
        if let half = DateWords.half(s, at: index) {
            record(index..<half.end, .half, nil, .half(half.half))
            return half.end
        }
        // 前三季度, 前两季度.
        if at(index) == Scalar.前, let count = Numeral.chineseDigit(at(index + 1)), (2...3).contains(count),
            matches(DateWords.quarter, at: index + 2)
        {
            let end = index + 2 + DateWords.quarter.scalars.count
            record(index..<end, .quarter, nil, .quarters(1, count))
            return end
        }
        return scanQuarter(at: index)
    }

    /// 今年, 去年, 上年, 全年, and with a part of the year (去年下半年).
    private mutating func scanRelativeYear(at index: Int) -> Int? {
        for relative in DateWords.relatives where matches(relative.word, at: index) {
            let end = index + relative.word.scalars.count
            // Rule `relative-year-part`: 去年下半年, 今年一季度, 明年3月: one item with the part.
            if let offset = relative.offset, let part = partOfYear(at: end) {
                record(index..<part.end, part.kind, nil, .relativeWith(offset: offset, part.template))
                return part.end
            }
            // 上年 inside 上年度 is still the previous year; 全年 inside 全年度 too.
            if case .relative(let offset) = relative.alone, offset >= 0, startsLine(index) {
                relativeLineStarts.append((index, offset))  // Rule `relative-line-year`
            }
            record(index..<end, .relative, nil, relative.alone)
            return end
        }
        return nil
    }

    /// The quarter written at `index` (第四, 四, 1) and the index past it, or nil.
    private func quarterNumber(at index: Int) -> (quarter: Int, end: Int)? {
        let position = at(index) == Scalar.第 ? index + 1 : index
        let scalar = at(position)
        guard let quarter = Numeral.chineseDigit(scalar) ?? (Numeral.isASCIIDigit(scalar) ? Int(scalar - 0x30) : nil),
            (1...4).contains(quarter)
        else { return nil }
        return (quarter, position + 1)
    }

    /// Rule `quarter`: 第四季度, 四季度, 一季度, 第四季, 1季度 (a bare 四季 needs 第).
    private mutating func scanQuarter(at index: Int) -> Int? {
        guard let (quarter, numberEnd) = quarterNumber(at: index) else { return nil }
        let end: Int
        if matches(DateWords.quarter, at: numberEnd) {
            end = numberEnd + DateWords.quarter.scalars.count
        } else if matches(DateWords.quarterShort, at: numberEnd), numberEnd - 1 != index {
            end = numberEnd + DateWords.quarterShort.scalars.count
        } else {
            return nil
        }
        record(index..<end, .quarter, nil, .quarter(quarter))
        return end
    }

    /// A half, quarter or month right after a relative year word: its kind, template and end.
    private func partOfYear(at index: Int) -> (kind: DateMention.Kind, template: Template, end: Int)? {
        if let half = DateWords.half(s, at: index) { return (.half, .half(half.half), half.end) }
        if let (quarter, numberEnd) = quarterNumber(at: index), matches(DateWords.quarter, at: numberEnd) {
            return (.quarter, .quarter(quarter), numberEnd + DateWords.quarter.scalars.count)
        }
        if let month = Numeral.number(s, from: index), month.end - index <= 2, let value = month.value.intValue,
            month.value.isInteger, (1...12).contains(value), at(month.end) == Scalar.月,
            !Numeral.isChineseNumeral(at(month.end + 1)), !Numeral.isASCIIDigit(at(month.end + 1))
        {
            return (.month, .month(value), month.end + 1)
        }
        return nil
    }

    /// Rule `year-before-name`: 2025中国足协杯, 2026全球工业互联网大会: an Arabic year right before a name's Han
    /// words, without 年, is the year (透过2025回望: a unit read after counts only, 3回, is no unit after a year);
    /// not before a unit, a multiplier or an approximating 多/余 (2025亿元, 2000多人),
    /// not inside a longer number, a date written with slashes or a Latin name, not before 等/和
    /// (１９９８、１９９９等), and not opening a title (《2024中国城市营商环境报告》) or naming an edition (2025版).
    private mutating func scanYearBeforeName(at index: Int, year: Int, end: Int, arabic: Bool) -> Int? {
        let next = at(end)
        let before = at(index - 1)
        guard arabic, next >= Scalar.一, next < Scalar.yiSyllableIt, Numeral.chineseDigit(next) == nil,
            Numeral.largeUnitPower(next) == nil, Numeral.chineseSmallUnit(next) == nil,
            Qualifiers.innerText(next) == nil, UnitTable.match(s, from: end).map(\.entry.digitsOnly) ?? true,
            next != Scalar.月, next != Scalar.日, next != Scalar.版, before != Scalar.leftDoubleAngleBracket,
            RangeConnectors.figure.end(s, at: end) == nil, !DateWords.any(DateWords.yearNameStops, s, at: end),
            !Numeral.isASCIIDigit(before), before != 0x2E, before != 0x2B, before != 0x2D, before != 0x2F,
            !((before | 0x20) >= 0x61 && (before | 0x20) <= 0x7A)
        else { return nil }
        record(index..<end, .year, "\(year)")
        return end
    }

    /// Whether a four-digit year written with 年 follows at `index` (the end of a year list).
    private func sharesYearCharacter(after index: Int) -> Bool {
        guard let next = Numeral.number(s, from: index), next.end - index == 4, let year = next.value.intValue,
            (1900...2100).contains(year)
        else { return false }
        return at(next.end) == Scalar.年
            || (at(next.end) == Scalar.ideographicComma && sharesYearCharacter(after: next.end + 1))
    }

    // MARK: Resolution

    /// The year the document reports from: its dateline's, else the year it names most often.
    ///
    /// Call after `resolve()`.
    var reportingYear: Int? { fallbackYear }

    /// The year the text at `position` is about.
    ///
    /// The last year written at the start of a line before it, else the dateline's year, else the
    /// year the document names most often (the rule `resolve()` applies to 全年). Call after `resolve()`.
    func yearOfText(at position: Int) -> Int? {
        let count = lineYears.countPrefix { $0.position < position }
        return count > 0 ? lineYears[count - 1].year : fallbackYear
    }

    /// The last year written in the sentence before `position` (back to 。；！？ or a line break).
    private func sentenceYear(before position: Int) -> Int? {
        var start = position - 1
        while start > 0, position - start < 200 {
            if Punctuation.sentenceEnd.contains(at(start - 1)) { break }
            start -= 1
        }
        return years.last { $0.position >= start && $0.position < position }?.year
    }

    /// Whether only indentation or a heading number (一、 （二） 3.) stands between the line
    /// start and `index`: a year there sets the year the following text is about.
    ///
    /// Rule `line-opening-year`: an opening phrase (刚刚过去的2025年，…) and a form of address with its
    /// punctuation (各位代表！2025年…, `date-words.tsv`) may stand there too; a preposition (到2030年) may not.
    private func startsLine(_ index: Int) -> Bool {
        var start = index
        if let opening = DateWords.lineOpenings.first(where: { matches($0, at: start - $0.scalars.count) }) {
            start -= opening.scalars.count
        }
        let mark = at(start - 1)
        if Punctuation.clauseEnd.contains(mark) || Punctuation.sentenceEnd.contains(mark), mark != 0x0A,
            let address = DateWords.addresses.first(where: { matches($0, at: start - 1 - $0.scalars.count) })
        {
            start -= 1 + address.scalars.count
        }
        return onlyNumberingBefore(start)
    }

    /// Whether only indentation or a heading number stands between the line start and `index`.
    private func onlyNumberingBefore(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position < 8 {
            let scalar = at(position)
            if scalar == 0x0A { return true }
            let isIndent = Punctuation.indent.contains(scalar)
            let isNumbering =
                Numeral.chineseDigit(scalar) != nil || Numeral.chineseSmallUnit(scalar) != nil
                || Numeral.isASCIIDigit(scalar) || Punctuation.headingNumber.contains(scalar)
            guard isIndent || isNumbering else { return false }
            position -= 1
        }
        return position < 0
    }

    /// The most characters a heading holds before its year (一、“十四五”时期和2025年) and after it.
    private static let headingReach = (before: 24, after: 16)

    /// Rule `heading-year`: a year inside a short heading that opens with its number.
    ///
    /// (一、“十四五”时期和2025年工作回顾; 二、“十五五”时期目标任务和2026年工作安排): what follows is
    /// about that year, as after a heading that opens with it. No clause punctuation stands in the heading.
    private func inHeading(_ index: Int, end: Int) -> Bool {
        var position = end
        while position < s.count, at(position) != 0x0A {
            guard position - end < Self.headingReach.after, !Punctuation.clauseEnd.contains(at(position)) else {
                return false
            }
            position += 1
        }
        position = index - 1
        while position >= 0, at(position) != 0x0A {
            guard index - position <= Self.headingReach.before, !Punctuation.clauseEnd.contains(at(position)) else {
                return false
            }
            position -= 1
        }
        var first = position + 1
        while first < index, Punctuation.indent.contains(at(first)) { first += 1 }
        if at(first) == Scalar.fullwidthLeftParenthesis || at(first) == 0x28 { first += 1 }
        var number = first
        while number < index, Numeral.chineseDigit(at(number)) != nil || at(number) == Scalar.十 { number += 1 }
        return number > first && Punctuation.headingNumber.contains(at(number))
    }

    private static func value(of template: Template, year: Int) -> String? {
        switch template {
        case .relative, .dayOnly, .reference, .previousYear: nil
        case .relativeWith(_, let inner): value(of: inner, year: year)
        case .currentYear: "\(year)"
        case .month(let month): "\(year)-\(pad(month))"
        case .months(let first, let last): "\(year)-\(pad(first))/\(year)-\(pad(last))"
        case .day(let month, let day): "\(year)-\(pad(month))-\(pad(day))"
        case .quarter(let quarter): "\(year)-Q\(quarter)"
        case .quarters(let first, let last): "\(year)-Q\(first)/\(year)-Q\(last)"
        case .half(let half): "\(year)-H\(half)"
        }
    }

    /// Fills in the values of year-less items once the whole text is scanned.
    ///
    /// A year-less item right after a year (今年上半年, 去年全年) takes that year. Otherwise it
    /// takes the year the text is about: the last year written at the start of a line or heading
    /// before it (一、2024年工作回顾; 　　2024年，全县…; ——2024年全市经济运行), else the
    /// dateline's year, else the year the document names most often. A day without a month (4日)
    /// takes the month of the last full date or month before it.
    mutating func resolve() {
        let anchors = yearAnchors()
        datelineYear = anchors.dateline
        let relativeMarks =
            anchors.dateline.map { year in relativeLineStarts.map { ($0.position, year + $0.offset) } } ?? []
        lineYears = (years.filter(\.startsLine).map { ($0.position, $0.year) } + relativeMarks).sorted {
            $0.position < $1.position
        }
        fallbackYear = anchors.reporting
        var lineIndex = 0
        var lineYear: Int?
        var lastMonth: String?
        var pendingIndex = 0
        for index in dates.indices {
            let position = dates[index].scalarOffsets.lowerBound
            while lineIndex < lineYears.count, lineYears[lineIndex].position < position {
                lineYear = lineYears[lineIndex].year
                lineIndex += 1
            }
            guard pendingIndex < pending.count, pending[pendingIndex].index == index else {
                if let value = dates[index].value, value.count >= 7, dates[index].kind != .period,
                    dates[index].kind != .quarter
                {
                    lastMonth = String(value.prefix(7))
                }
                continue
            }
            let template = pending[pendingIndex].template
            pendingIndex += 1
            var year = lineYear ?? anchors.reporting
            if index > 0, dates[index - 1].scalarOffsets.upperBound == position,
                let value = dates[index - 1].value, let previous = Int(value.prefix(4))
            {
                year = previous
            }
            dates[index].value = value(
                of: template, at: position, year: year, lineYear: lineYear, lastMonth: lastMonth, anchors: anchors)
            if let value = dates[index].value, value.count >= 7,
                dates[index].kind == .month || dates[index].kind == .date
            {
                lastMonth = String(value.prefix(7))
            }
        }
    }

    /// The years year-less items are resolved from: the dateline's, the reviewed one and the reporting one.
    private typealias YearAnchors = (dateline: Int?, reviewed: Int?, reporting: Int?)

    /// The dateline's year (the first full date near the top), the year a report reviews, and the
    /// year it reports from (the dateline's, else the year named most often).
    private func yearAnchors() -> YearAnchors {
        let datelineValue = dates.first {
            ($0.kind == .date || $0.kind == .datetime) && $0.scalarOffsets.lowerBound < Self.datelineReach
        }?.value
        let dateline = datelineValue.flatMap { Int($0.prefix(4)) }
        var counts: [Int: Int] = [:]
        for entry in years { counts[entry.year, default: 0] += 1 }
        // A report given in the first half of a year reviews the year before (a 2026 work report, a
        // bulletin of February 2025 on 2024); later in the year the text is about its own year.
        let datelineMonth = datelineValue.flatMap { Int($0.dropFirst(5).prefix(2)) }
        let reviewed = dateline.map { year in (datelineMonth ?? 1) <= 6 ? year - 1 : year }
        let reporting = dateline ?? counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
        return (dateline, reviewed, reporting)
    }

    /// The value of a year-less item at `position` once the years around it are known.
    private func value(
        of template: Template, at position: Int, year: Int?, lineYear: Int?, lastMonth: String?, anchors: YearAnchors
    ) -> String? {
        let dateline = anchors.dateline
        switch template {
        case .relative(let offset):
            return dateline.map { "\($0 + offset)" }
        case .relativeWith(let offset, let inner):
            return dateline.flatMap { Self.value(of: inner, year: $0 + offset) }
        case .reference(let rule, let count, let reviewCount):
            return dateline.flatMap { dateline in
                Self.value(
                    of: rule, count: count, reviewCount: reviewCount, reviewed: anchors.reviewed ?? dateline,
                    dateline: dateline)
            }
        case .previousYear:
            // 上年 is the year before the sentence's own year, else before the year the text is about.
            let own = sentenceYear(before: position) ?? lineYear ?? anchors.reviewed ?? anchors.reporting
            return own.map { "\($0 - 1)" }
        case .dayOnly(let day):
            return lastMonth.map { "\($0)-\(Self.pad(day))" }
        default:
            return year.flatMap { Self.value(of: template, year: $0) }
        }
    }
}
