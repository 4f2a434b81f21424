/// Reads a document's frame from its normalized scalars and dates, once: the head (title,
/// dateline, region, kind, year), the top-level sections, and the scopes facts take their periods
/// and statuses from.
///
/// A scope is a stretch of text with a role and a period: a section, the rest of a section after a
/// paragraph opens a later plan period (“十四五”时期是… in a review of “十三五”), or one paragraph
/// whose opening names its own period (这五年，… in a review; 刚刚过去的2025年，…).
struct FrameReader {
    let s: UnsafeBufferPointer<UInt32>

    /// The rules that read a document's sections and scopes, beyond its numbered headings (each has specs in
    /// `Tests/ZhTextTests/Specs/facts.jsonl`).
    enum Rule: String, CaseIterable {
        /// A heading without a number (“十四五”时期发展成就和2025年工作回顾) before the first numbered one opens
        /// a section as a numbered heading does: the report reviews before it numbers its tasks.
        case bareHeadingBeforeNumbered = "bare-heading-before-numbered"
        /// In a review, lines that open with a dash (——经济实力实现新跃升。…) go on with the list the
        /// paragraph before opened: they keep its span of years (五年来，…。⏎——…).
        case dashListCarriesSpan = "dash-list-carries-span"
        /// In a plan of several years, a paragraph that opens with the planned year (今年是“十五五”开局之年)
        /// opens that year's plan, to the section's end.
        case plannedYearOpensPart = "planned-year-opens-part"
        /// A work report's section that names neither a review nor a plan (三、把改革开放扎实推向纵深) after a
        /// plan section goes on with the plan: tasks of the planned year.
        case planContinues = "plan-continues"
        /// In a review, a paragraph that names the last year as a plan's end and then counts the years back
        /// (2025年是“十四五”收官之年。五年来，…) reviews the span, not the year.
        case yearThenSpan = "year-then-span"
        /// In a review headed by a year and a plan period (2025年和“十四五”时期工作回顾), a paragraph that opens
        /// the plan's years holds over the lines after it that name no period, as one that opens the year does.
        case twoPartReview = "two-part-review"
        /// In a review, a line whose first sentence says what the years were (这是生态文明建设取得显著成效的五年。)
        /// reviews that many years back from the last one, as 五年来 does.
        case spanHeadline = "span-headline"
        /// In a review of several years, a dash item that opens with one year (——经济跨上新台阶。2007年，…) is that
        /// year's alone: the dash items after it keep the section's span.
        case dashItemOwnYear = "dash-item-own-year"
        /// A work report's section that names neither a review nor a plan (二、一张蓝图绘到底，…) whose first paragraph
        /// opens with a later plan period (“十五五”时期是…) states that plan's targets.
        case laterPlanOpensSection = "later-plan-opens-section"
    }
    /// The dates of the text, in text order (normalized offsets).
    let dates: [DateMention]

    /// A section with normalized offsets.
    struct Section {
        var heading: Range<Int>
        var range: Range<Int>
        var role: DocumentFrame.Section.Role
        var period: String?
    }

    /// A stretch of text whose figures share a role and a period.
    struct Scope {
        var range: Range<Int>
        var role: DocumentFrame.Section.Role
        var period: String
    }

    /// The frame with normalized offsets, and its scopes.
    struct Frame {
        var title: String?
        var region: String?
        var date: String?
        var kind: DocumentFrame.Kind?
        var year: Int?
        var datelineYear: Int?
        /// Where the head (title and speech line) ends: no heading stands before it.
        var headEnd = 0
        var sections: [Section] = []
        /// Section parts, in text order, not overlapping.
        var parts: [Scope] = []
        /// Paragraphs whose opening names their own period, in text order.
        var paragraphs: [Scope] = []

        /// The scope at `position`: its paragraph's own, else its section part's.
        func scope(at position: Int) -> Scope? {
            for list in [paragraphs, parts] {
                let count = list.countPrefix { $0.range.lowerBound <= position }
                if count > 0, list[count - 1].range.contains(position) { return list[count - 1] }
            }
            return nil
        }
    }

    /// How many lines the head (title, dateline, speaker) may take, page furniture included.
    static let headLines = 24

    func read() -> Frame {
        var frame = Frame()
        let lines = self.lines()
        readHead(lines, into: &frame)
        readSections(lines, into: &frame)
        return frame
    }

    // MARK: Head

    /// The title and the speech line of the head: the first line that names a kind of document (a
    /// page's channel name, 云南要闻 above 2026年政府工作报告, names none), else the first line that is
    /// neither furniture nor a sentence; and the first line that dates a speech.
    private func titleAndSpeech(_ lines: [Range<Int>]) -> (title: Range<Int>?, speech: Range<Int>?) {
        var candidates: [Range<Int>] = []
        var speech: Range<Int>?
        for line in lines.prefix(Self.headLines) {
            let text = trimmed(line)
            guard !text.isEmpty, !isFurniture(text) else { continue }
            if isSpeechLine(text) {
                if speech == nil { speech = text }
                continue
            }
            if (4...60).contains(text.count), !s[text].contains(Scalar.ideographicFullStop),
                !s[text].contains(Scalar.fullwidthColon), !s[text].contains(0x3A)
            {
                candidates.append(text)
            }
        }
        let namingKind = candidates.first { range in FrameWords.kinds.contains { s.contains($0.0, in: range) } }
        return (namingKind ?? candidates.first, speech)
    }

    /// A title written as the speech's occasion (在第十一届全国人民代表大会第三次会议上的政府工作报告) is the kind's
    /// words after it (政府工作报告), which `completedTitle` completes like any bare title; the whole line still
    /// names the region (全国人民代表大会).
    private func titleAfterSession(_ title: Range<Int>) -> Range<Int> {
        guard FrameWords.occasionOpeners.contains(where: { s.matches($0, at: title.lowerBound) }),
            FrameWords.sessionWords.contains(where: { s.contains($0, in: title) }),
            let at = FrameWords.kinds.lazy.compactMap({ kind in title.first { s.matches(kind.0, at: $0) } }).min()
        else { return title }
        return at..<title.upperBound
    }

    private func readHead(_ lines: [Range<Int>], into frame: inout Frame) {
        let (title, speech) = titleAndSpeech(lines)
        frame.headEnd = max(title?.upperBound ?? 0, speech?.upperBound ?? 0)
        let dateline =
            speech.flatMap(firstDate(in:))
            ?? lines.prefix(Self.headLines).lazy
            .filter { !self.isFurniture(self.trimmed($0)) }.compactMap(firstDate(in:)).first
        frame.date = dateline.flatMap { $0.value.map { String($0.prefix(10)) } }
        frame.datelineYear = frame.date.flatMap { Int($0.prefix(4)) }
        let titleText = title.map { string(titleAfterSession($0)) }
        frame.kind =
            titleText.flatMap { text in FrameWords.kinds.first { text.contains($0.0.text) }?.1 }
            ?? (speech != nil ? .workReport : nil)
        // The region: national words, else the title without its year and kind, else the speech line
        // (在河北省第十四届…).
        let head = [title, speech].compactMap { $0 }
        if head.contains(where: { range in FrameWords.national.contains { s.contains($0, in: range) } }) {
            frame.region = FrameWords.nation
        } else if let title, let region = region(inTitle: title) {
            frame.region = region
        } else if let speech, let region = region(inSpeech: speech) {
            frame.region = region
        }
        let titleYear = title.flatMap { range in
            firstDate(in: range) { $0.kind == .year }?.value.flatMap { Int($0.prefix(4)) }
        }
        readYear(titleYear: titleYear, titleText: titleText, into: &frame)
        frame.title = titleText.map { text in completedTitle(text, titleYear: titleYear, frame: frame) }
    }

    /// A work report's conventional full title: the year and the issuing government added where the
    /// written title leaves them out (政府工作报告 given in 2021 by the State Council → 2021年国务院
    /// 政府工作报告; 2026年政府工作报告 given in Yunnan → 2026年云南省政府工作报告).
    private func completedTitle(_ text: String, titleYear: Int?, frame: Frame) -> String {
        guard frame.kind == .workReport else { return text }
        let issuer = frame.region == FrameWords.nation ? FrameWords.nationalIssuer : (frame.region ?? "")
        let missing = text.contains(issuer) ? "" : issuer
        let yearWord = String(Character(Unicode.Scalar(Scalar.年)!))
        if let titleYear {
            let prefix = "\(titleYear)" + yearWord
            guard text.hasPrefix(prefix) else { return text }
            return prefix + missing + text.dropFirst(prefix.count)
        }
        guard let year = frame.datelineYear else { return text }
        return "\(year)" + yearWord + missing + text
    }

    /// The year the document reports on, from its kind, its title's year and its dateline.
    private func readYear(titleYear: Int?, titleText: String?, into frame: inout Frame) {
        // A report given early in a year (a people's congress session) reports on the year before;
        // a report whose title names the year of its subject (关于2024年…工作情况的报告) on that year.
        let month = frame.date.flatMap { Int($0.dropFirst(5).prefix(2)) } ?? 1
        let namesGivingYear =
            titleText.map { text in FrameWords.givingYearTitles.contains { text.contains($0.text) } } ?? false
        switch frame.kind {
        case .bulletin?: frame.year = titleYear ?? frame.datelineYear.map { $0 - 1 }
        case .workReport?, .budgetReport?:
            if let titleYear, !namesGivingYear {
                frame.year = titleYear
            } else {
                frame.year = (frame.datelineYear ?? titleYear).map { month <= 6 ? $0 - 1 : $0 }
            }
        case .news?, nil: frame.year = frame.datelineYear ?? titleYear
        }
    }

    /// Whether a line is the speech line: a dash or bracket and a date (——2026年1月26日在…会议上,
    /// （2026年1月27日在…）), or a date with the session it was given at (2026年1月27日在…会议上;
    /// 第十二届全国人大二次会议，2014年3月5日).
    private func isSpeechLine(_ text: Range<Int>) -> Bool {
        guard firstDate(in: text) != nil else { return false }
        if FrameWords.speechOpeners.contains(s[text.lowerBound]) { return true }
        return FrameWords.sessionWords.contains { s.contains($0, in: text) }
    }

    /// The region a title names: 2026年河北省政府工作报告 → 河北省.
    private func region(inTitle title: Range<Int>) -> String? {
        var lower = title.lowerBound
        var upper = title.upperBound
        if let date = firstDate(in: title, where: { $0.scalarOffsets.lowerBound == lower }) {
            lower = date.scalarOffsets.upperBound
        }
        guard let kind = FrameWords.titleKinds.first(where: { word in s.contains(word, in: lower..<upper) }),
            let at = (lower..<upper).first(where: { s.matches(kind, at: $0) })
        else { return nil }
        upper = at
        // 陕西省2026年政府工作报告: the year after the region.
        if let date = firstDate(in: lower..<upper, where: { $0.scalarOffsets.upperBound == upper }) {
            upper = date.scalarOffsets.lowerBound
        }
        return regionName(lower..<upper)
    }

    /// The region a speech line names: 在河北省第十四届人民代表大会… → 河北省.
    private func region(inSpeech speech: Range<Int>) -> String? {
        guard let open = speech.first(where: { s[$0] == Scalar.在 }),  // 在
            let close = ((open + 1)..<speech.upperBound).first(where: { s[$0] == Scalar.第 })  // 第
        else { return nil }
        return regionName((open + 1)..<close)
    }

    private func regionName(_ range: Range<Int>) -> String? {
        guard (2...12).contains(range.count),
            range.allSatisfy({ (Scalar.cjkUnifiedIdeograph3400..<Scalar.yiSyllableIt).contains(s[$0]) }),
            FrameWords.regionEnds.contains(where: {
                range.count > $0.scalars.count && s.matches($0, at: range.upperBound - $0.scalars.count)
            })
        else { return nil }
        return string(range)
    }

    // MARK: Sections

    private func readSections(_ lines: [Range<Int>], into frame: inout Frame) {
        var headings: [(line: Range<Int>, text: Range<Int>)] = []
        for line in lines {
            let text = trimmed(line)
            var numerals = text.lowerBound
            while numerals < text.upperBound, Numeral.chineseDigit(s[numerals]) != nil || s[numerals] == Scalar.十 {
                numerals += 1
            }
            guard numerals > text.lowerBound, numerals < text.upperBound, s[numerals] == Scalar.ideographicComma,
                text.count <= 40, !s[text].contains(Scalar.ideographicFullStop)
            else { continue }
            headings.append((line, (numerals + 1)..<text.upperBound))
        }
        // “十四五”时期工作回顾 on a line of its own, without a number: a heading when it says what a section
        // does, in a document without numbered headings or before its first one.
        let firstNumbered = headings.first?.line.lowerBound ?? s.count
        var bare: [(line: Range<Int>, text: Range<Int>)] = []
        for line in lines where line.lowerBound >= frame.headEnd && line.upperBound < firstNumbered {
            let text = trimmed(line)
            guard isBareHeading(text) else { continue }
            bare.append((line, text))
        }
        headings = bare + headings
        let reviewed = frame.year
        // A report's plan is for the year after the one it reports on (a report of December 2024 plans 2025).
        let planned = frame.kind == .bulletin || frame.kind == .news ? frame.year : frame.year.map { $0 + 1 }
        // Whether the section before plans (its facts are targets and tasks).
        var inPlan = false
        for (index, heading) in headings.enumerated() {
            let end = index + 1 < headings.count ? headings[index + 1].line.lowerBound : s.count
            let range = heading.line.lowerBound..<end
            var (role, period) = classify(heading.text, reviewed: reviewed, planned: planned)
            // A bulletin's sections (一、综合 二、农业) are the statistics of its year.
            if role == .other, frame.kind == .bulletin { (role, period) = (.review, reviewed.map(String.init)) }
            frame.sections.append(Section(heading: heading.text, range: range, role: role, period: period))
            // 三、把改革开放扎实推向纵深 after 二、2015年工作总体部署: the plan goes on for the facts in it (the
            // section still says neither).
            if role == .other, frame.kind == .workReport, let planned, inPlan {
                (role, period) = (.tasks, String(planned))
            } else if role == .other, frame.kind == .workReport, let planned,
                let plan = laterPlan(opening: range, planned)
            {
                (role, period) = (.targets, plan)
            }
            inPlan = role == .targets || role == .tasks
            readParagraphs(of: range, role: role, period: period, planned: planned, into: &frame)
        }
    }

    /// The later plan period (first year `planned` or after) that opens the first paragraph after the heading of
    /// `section` (“十五五”时期是…), if one does.
    private func laterPlan(opening section: Range<Int>, _ planned: Int) -> String? {
        var start = section.lowerBound
        while start < section.upperBound, s[start] != 0x0A { start += 1 }
        let body = trimmed((start + 1)..<min(section.upperBound, start + 1 + FrameWords.openingLength))
        guard let date = firstDate(in: body, where: { $0.kind == .period }), let value = date.value,
            let first = Int(value.prefix(4)), first >= planned
        else { return nil }
        return value
    }

    /// Whether a line without a number is a heading: short, no sentence, and it says what a section does.
    private func isBareHeading(_ text: Range<Int>) -> Bool {
        (4...FrameWords.longestBareHeading).contains(text.count)
            && !s[text].contains(where: { FrameWords.sentenceMarks.contains($0) })
            && (FrameWords.review.contains(where: { s.contains($0, in: text) })
                || FrameWords.targets.contains(where: { s.contains($0, in: text) })
                || FrameWords.tasks.contains(where: { s.contains($0, in: text) }))
    }

    /// The role and period of a section from its heading.
    private func classify(_ heading: Range<Int>, reviewed: Int?, planned: Int?) -> (DocumentFrame.Section.Role, String?)
    {
        let written = firstDate(in: heading) { $0.value != nil }
        let has = { (words: [Keyword]) in words.contains { self.s.contains($0, in: heading) } }
        if has(FrameWords.pressRelease) { return (.pressRelease, written?.value) }
        if has(FrameWords.budgetTable) { return (.budgetTable, written?.value) }
        if has(FrameWords.review) {
            if let value = written?.value, value.contains("/"), let first = Int(value.prefix(4)),
                let last = Int(value.suffix(4))
            {
                // “十四五”目标任务完成情况 in January 2025: the years reviewed end with the last complete one.
                let end = min(last, reviewed ?? last)
                return end > first ? (.reviewOfYears, "\(first)/\(end)") : (.review, String(end))
            }
            if let count = spanCount(in: heading), let year = reviewed {
                return (.reviewOfYears, "\(year - count + 1)/\(year)")
            }
            return (.review, written?.value.map { String($0.prefix(4)) } ?? reviewed.map(String.init))
        }
        if has(FrameWords.targets) { return (.targets, written?.value ?? planned.map(String.init)) }
        // “十五五”时期发展的主要考虑: a later plan period is planned.
        if let value = written?.value, written?.kind == .period, let first = Int(value.prefix(4)), let planned,
            first >= planned
        {
            return (.targets, value)
        }
        if has(FrameWords.tasks) {
            return (
                .tasks, written?.value.map { $0.contains("/") ? $0 : String($0.prefix(4)) } ?? planned.map(String.init)
            )
        }
        // 三、关于2026年工作: a heading that names the planned year (or a later one) plans it.
        if let written, written.kind == .year || written.kind == .relative,
            let year = written.value.flatMap({ Int($0.prefix(4)) }),
            let planned, year >= planned
        {
            return (.tasks, String(year))
        }
        return (.other, nil)
    }

    /// Splits a section into its parts and paragraph scopes.
    private func readParagraphs(
        of section: Range<Int>, role: DocumentFrame.Section.Role, period: String?, planned: Int?,
        into frame: inout Frame
    ) {
        guard let period else { return }
        var part = Scope(range: section, role: role, period: period)
        if role == .targets || role == .tasks, let first = Int(period.prefix(4)), period.contains("/"),
            let opening = plannedYearLine(in: section, year: first)
        {
            // 今年是“十五五”开局之年 in the plan for 2026/2030: that year's plan opens here.
            part.range = part.range.lowerBound..<opening
            frame.parts.append(part)
            frame.parts.append(Scope(range: opening..<section.upperBound, role: role, period: String(first)))
            return
        }
        guard role == .review || role == .reviewOfYears, let last = Int(period.suffix(4)) else {
            frame.parts.append(part)
            return
        }
        var lineStart = section.lowerBound
        // 2025年和“十四五”时期工作回顾: a review in two parts, each holding until the other opens.
        let twoParts =
            role == .review
            && firstDate(in: section, where: { $0.kind == .period }).map { date in
                !s[section.lowerBound..<date.scalarOffsets.lowerBound].contains(0x0A)
            } == true
        // A paragraph that opens the review of one year holds over the lines after it that name no period
        // of their own (刚刚过去的2025年…。⏎（一）经济运行…: the year's review, in a section of several years).
        var carried: Scope?
        // A paragraph that reviews several years holds over the dash lines right after it (——…).
        var listed: Scope?
        // The heading's line is the section's own.
        while lineStart < section.upperBound, s[lineStart] != 0x0A { lineStart += 1 }
        lineStart += 1
        while lineStart < section.upperBound {
            var lineEnd = lineStart
            while lineEnd < section.upperBound, s[lineEnd] != 0x0A { lineEnd += 1 }
            let line = lineStart..<lineEnd
            let opening = trimmed(line).lowerBound..<min(lineEnd, trimmed(line).lowerBound + FrameWords.openingLength)
            if let later = firstDate(in: opening, where: { $0.kind == .period }),
                let value = later.value, let first = Int(value.prefix(4)), first > last
            {
                // “十四五”时期是…: the plan for a later period opens here and holds to the section's end.
                part.range = part.range.lowerBound..<lineStart
                frame.parts.append(part)
                part = Scope(range: lineStart..<section.upperBound, role: .targets, period: value)
                break
            }
            let count = frame.paragraphs.count
            let isDash = s.scalar(at: trimmed(line).lowerBound) == Scalar.emDash
            if let scope = openingScope(line, opening: opening, last: last) { frame.paragraphs.append(scope) }
            if frame.paragraphs.count > count {
                let opened = frame.paragraphs[count].role
                carried =
                    opened == .review && !(isDash && role == .reviewOfYears) || twoParts && opened == .reviewOfYears
                    ? frame.paragraphs[count] : nil
                // A dash item with a span of its own (——西部大开发开局良好。…三年来) leaves the list's span.
                if !isDash { listed = opened == .reviewOfYears ? frame.paragraphs[count] : nil }
            } else if var scope = carried {
                scope.range = line
                frame.paragraphs.append(scope)
            } else if var scope = listed, isDash {
                // 五年来，…。⏎——基础设施建设实现新跃升。…: the dash list goes on with the span.
                scope.range = line
                frame.paragraphs.append(scope)
            } else {
                listed = nil
            }
            lineStart = lineEnd + 1
        }
        frame.parts.append(part)
    }

    /// The scope a paragraph's opening gives its line in a review whose last year is `last`, if it names one.
    private func openingScope(_ line: Range<Int>, opening: Range<Int>, last: Int) -> Scope? {
        // The first year or plan period of the opening decides (2025年是“十四五”收官之年: 2025).
        let named = firstDate(in: opening) { $0.kind == .period || $0.kind == .year }
        if let earlier = named, earlier.kind == .period,
            let value = earlier.value, let first = Int(value.prefix(4)), let end = Int(value.suffix(4)),
            first < last, end >= last - 1
        {
            // “十四五”时期是…的五年 in the review of 2025: that paragraph reviews the plan's years.
            return Scope(range: line, role: .reviewOfYears, period: "\(first)/\(min(end, last))")
        }
        if let count = spanCount(in: opening) ?? headlineSpan(line) {
            return Scope(range: line, role: .reviewOfYears, period: "\(last - count + 1)/\(last)")
        }
        if FrameWords.oneYear.contains(where: { s.contains($0, in: opening) }) {
            return Scope(range: line, role: .review, period: String(last))
        }
        guard let year = named, year.kind == .year, let value = year.value.flatMap({ Int($0.prefix(4)) }),
            value <= last, value > last - 10,
            !FrameWords.comparisonMarks.contains(s.scalar(at: year.scalarOffsets.lowerBound - 1)),
            !FactContext.isBaseOfMultiple(s, year.scalarOffsets)  // 是2023年的1.8倍: a base
        else {
            // 各位代表！经过五年接续奋斗，我省“十四五”顺利收官。五年来，…: the second sentence counts the years.
            guard named == nil, let count = nextSentenceSpan(line, after: opening.lowerBound) else { return nil }
            return Scope(range: line, role: .reviewOfYears, period: "\(last - count + 1)/\(last)")
        }
        // 2025年是“十四五”收官之年。五年来，…: the last year named as the plan's end, then the span reviewed.
        if value == last, let count = nextSentenceSpan(line, after: year.scalarOffsets.upperBound) {
            return Scope(range: line, role: .reviewOfYears, period: "\(last - count + 1)/\(last)")
        }
        return Scope(range: line, role: .review, period: String(value))
    }

    /// The number of years a line's first sentence names as what they were: 这是…的五年。, …时期是…的五年，
    /// (a copula, then 的 and the years closing the sentence or its first clause).
    private func headlineSpan(_ line: Range<Int>) -> Int? {
        let text = trimmed(line)
        let reach = min(text.upperBound, text.lowerBound + FrameWords.longestHeadline)
        guard let stop = (text.lowerBound..<reach).first(where: { FrameWords.headlineEnds.contains(s[$0]) }),
            stop - text.lowerBound >= 4, s[stop - 1] == Scalar.年,
            let count = Numeral.chineseDigit(s[stop - 2]) ?? (s[stop - 2] == Scalar.十 ? 10 : nil), count >= 2,
            FrameWords.headlineBefore.contains(where: { s.matches($0, at: stop - 2 - $0.scalars.count) }),
            FrameWords.headlineCopula.contains(where: { s.contains($0, in: text.lowerBound..<(stop - 2)) })
        else { return nil }
        return count
    }

    /// The years counted back (五年来) at the opening of the sentence after the one that holds `position`,
    /// when that sentence ends within the paragraph's opening words.
    private func nextSentenceSpan(_ line: Range<Int>, after position: Int) -> Int? {
        let reach = min(line.upperBound, position + FrameWords.openingLength * 2)
        guard let stop = (position..<reach).first(where: { s[$0] == Scalar.ideographicFullStop }) else { return nil }
        let next = stop + 1
        return spanCount(in: next..<min(line.upperBound, next + FrameWords.openingLength))
    }

    /// Where a line of `section` opens with the planned year `year` (今年是…, 2026年是…) as its first date:
    /// the start of that year's plan in a section that plans several years.
    private func plannedYearLine(in section: Range<Int>, year: Int) -> Int? {
        var lineStart = section.lowerBound
        while lineStart < section.upperBound, s[lineStart] != 0x0A { lineStart += 1 }
        lineStart += 1
        while lineStart < section.upperBound {
            var lineEnd = lineStart
            while lineEnd < section.upperBound, s[lineEnd] != 0x0A { lineEnd += 1 }
            let text = trimmed(lineStart..<lineEnd)
            if let date = firstDate(in: text, where: { $0.value != nil }),
                date.scalarOffsets.lowerBound == text.lowerBound, date.kind == .year || date.kind == .relative,
                date.value == String(year)
            {
                return lineStart
            }
            lineStart = lineEnd + 1
        }
        return nil
    }

    /// The number of years a review counts back (过去五年, 五年来, 这五年, 近五年), if `range` says so.
    func spanCount(in range: Range<Int>) -> Int? {
        for position in range where s[position] == Scalar.年 && position > range.lowerBound {  // 年
            let numeral = s[position - 1]
            guard let count = Numeral.chineseDigit(numeral) ?? (numeral == Scalar.十 ? 10 : nil), count >= 2 else {
                continue
            }
            // 第五年, 未来五年.
            if s.scalar(at: position - 2) == Scalar.第 || s.scalar(at: position - 2) == Scalar.未 { continue }
            let before = FrameWords.spanBefore.contains { s.matches($0, at: position - 1 - $0.scalars.count) }
            let after = FrameWords.spanAfter.contains { s.matches($0, at: position) }
            if before || after { return count }
        }
        return nil
    }

    // MARK: Text

    private func lines() -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for position in 0..<s.count where s[position] == 0x0A {
            lines.append(start..<position)
            start = position + 1
        }
        if start < s.count { lines.append(start..<s.count) }
        return lines
    }

    /// A line without its indentation and trailing spaces.
    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        let blank: Set<UInt32> = [0x20, Scalar.ideographicSpace, 0x09, 0x0D, 0xA0]
        while lower < upper, blank.contains(s[lower]) { lower += 1 }
        while upper > lower, blank.contains(s[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private func isFurniture(_ range: Range<Int>) -> Bool {
        range.isEmpty
            || FrameWords.furniture.contains {
                s.matches($0, at: range.lowerBound) && range.count <= $0.scalars.count + 24
            }
    }

    /// The first full date (年月日) inside `range`.
    private func firstDate(in range: Range<Int>) -> DateMention? {
        firstDate(in: range) { $0.kind == .date || $0.kind == .datetime }
    }

    /// The first date that starts inside `range` and satisfies `test`, found by binary search
    /// (dates are in text order), so that reading every line stays linear.
    private func firstDate(in range: Range<Int>, where test: (DateMention) -> Bool) -> DateMention? {
        let index = dates.countPrefix { $0.scalarOffsets.lowerBound < range.lowerBound }
        guard index < dates.count else { return nil }
        return dates[index...].prefix { $0.scalarOffsets.lowerBound < range.upperBound }.first(where: test)
    }

    private func string(_ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(s[range].compactMap(Unicode.Scalar.init)))
    }
}
