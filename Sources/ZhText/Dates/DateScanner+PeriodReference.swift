/// Period references (`period-words.tsv`): spans the text counts from its present, and plan names.
///
/// 五年来, 过去五年, 这五年 and 近3年 count back from the reviewed year; 未来五年 forward from the
/// dateline's; 目前 and 今年以来 are the dateline's year; 近年来 has no span (value null). After a
/// review span is named, a bare 五年 at the start of a clause (五年全国…, 经过五年…) is the same
/// span. Values are filled in by ``DateScanner/resolve()``.
extension DateScanner {
    /// How a period reference becomes a value once the dateline is known.
    enum PeriodRule: String, Sendable {
        case review, ahead, before, dateline, sinceLast = "since-last", thisNext = "this-next", open, century, plan
    }

    /// The table's patterns, compiled (longest first, as the table is sorted).
    static let compiledPeriodWords = CompiledPatterns(
        FigureTables.periodWords.compactMap { entry in
            PeriodRule(rawValue: entry.rule).map { (entry.pattern, $0) }
        })

    /// The compiled patterns by the scalar their head starts with, and those that start with the number.
    static let periodEntriesByFirst: [UInt32: [Int]] = Dictionary(
        grouping: compiledPeriodWords.entries.indices.filter {
            compiledPeriodWords.entries[$0].headCount > 0
        }, by: { compiledPeriodWords.scalars[compiledPeriodWords.entries[$0].headStart] })
    static let periodEntriesNumberFirst: [Int] = compiledPeriodWords.entries.indices.filter {
        compiledPeriodWords.entries[$0].headCount == 0
    }

    /// The first scalars of the plan names (六 七 八 九 十).
    static let planFirstScalars = ScalarBitmap(FigureTables.planPeriods.compactMap(\.name.first))

    /// Plan names compiled: the name as a head, the first year as the rule.
    static let compiledPlans = CompiledPatterns(
        FigureTables.planPeriods.map { plan in
            (
                FigureTables.Pattern(String(String.UnicodeScalarView(plan.name.compactMap(Unicode.Scalar.init)))),
                plan.firstYear
            )
        })

    /// The first scalars of the table's patterns and plan names (a number slot allows any numeral).
    static let periodFirstScalars = ScalarBitmap(periodFirstScalarSet)

    /// The first scalars of the patterns that open with a word (过去, 这, 目前): the only ones tried inside a token.
    static let periodWordFirstScalars = ScalarBitmap(FigureTables.periodWords.compactMap(\.pattern.head.first))

    private static let periodFirstScalarSet: Set<UInt32> = {
        var set: Set<UInt32> = []
        for (pattern, _) in FigureTables.periodWords {
            if let first = pattern.head.first {
                set.insert(first)
            } else {
                // A number slot: a count opens with a digit other than zero, or 十.
                set.formUnion(Self.slotFirstScalars)
            }
        }
        for plan in FigureTables.planPeriods { if let first = plan.name.first { set.insert(first) } }
        return set
    }()

    /// The characters a number slot's count can open with: 一–九, 两, 十, 1–9.
    private static let slotFirstScalars: [UInt32] =
        [Scalar.一, Scalar.二, Scalar.两, Scalar.三, Scalar.四, Scalar.五, Scalar.六, Scalar.七, Scalar.八, Scalar.九]
        + [Scalar.十]
        + Array(0x31...0x39)

    /// After N年, the first characters of a programme or a length's word (过渡期, 行动, 规划, 计划, 禁渔).
    private static let programmeFirsts: [UInt32] = [Scalar.过, Scalar.行, Scalar.规, Scalar.计, Scalar.禁]

    /// After N年, the characters that make it a length or a time, not the span named before (五年前,
    /// 五年后, 五年以上, 五年多, 五年左右, 五年级, 五年期, 五年度, 五年代, 五年底, 五年末, 五年初, 五年中).
    private static let lengthFollowers: [UInt32] = [
        Scalar.前, Scalar.后, Scalar.以, Scalar.多, Scalar.左, Scalar.级, Scalar.期, Scalar.度, Scalar.代, Scalar.底,
        Scalar.末, Scalar.初, Scalar.中,
    ]

    /// A small count in a pattern's number slot (五, 3, 两, 二十): its value and end.
    ///
    /// Read here without allocating: one to three Arabic digits, or a Han count below 100 (五, 两,
    /// 十, 十二, 二十, 二十五).
    func slotNumber(at index: Int) -> (value: Int, end: Int)? {
        var end = index
        var value = 0
        while end < s.count, end - index < 3, Numeral.isASCIIDigit(s[end]) {
            value = value * 10 + Int(s[end] - 0x30)
            end += 1
        }
        if end > index {
            guard !Numeral.isASCIIDigit(s.scalar(at: end)), s.scalar(at: end) != 0x2E, value >= 1 else { return nil }
            return (value, end)
        }
        let tens: Int
        if let digit = Numeral.chineseDigit(s.scalar(at: end)), digit > 0 {
            end += 1
            guard s.scalar(at: end) == Scalar.十 else {
                return Numeral.isChineseNumeral(s.scalar(at: end)) ? nil : (digit, end)
            }
            tens = digit
        } else if s.scalar(at: end) == Scalar.十 {
            tens = 1
        } else {
            return nil
        }
        end += 1  // past 十
        if let digit = Numeral.chineseDigit(s.scalar(at: end)), digit > 0 {
            end += 1
            value = tens * 10 + digit
        } else {
            value = tens * 10
        }
        return Numeral.isChineseNumeral(s.scalar(at: end)) ? nil : (value, end)
    }

    /// Tries a period reference or a plan name at `index`; returns the index past it, or nil.
    ///
    /// Inside a longer word (回顾过去的五年 may be one token) only patterns that start with a word are tried.
    /// Inside a word, a reference counts only when it does not stop before `endingAt`, the word's end.
    mutating func scanPeriodReference(at index: Int, insideWord: Bool = false, endingAt wordEnd: Int? = nil) -> Int? {
        let first = s.scalar(at: index)
        guard Self.periodFirstScalars.contains(first) else { return nil }
        if !insideWord, Self.planFirstScalars.contains(first), let end = scanPlanName(at: index) { return end }
        // Patterns that open with the number (五年来) need 年 right after a short numeral: a
        // cheap look first, so that most number tokens cost no reading.
        var run = index
        while run < s.count, run - index < 3, Numeral.isASCIIDigit(s[run]) || Numeral.isChineseNumeral(s[run]) {
            run += 1
        }
        // 六十多年来: an approximate count (多) may stand between the number and 年.
        let yearAt = s.scalar(at: run) == Scalar.多 ? run + 1 : run
        let numberFirst = run > index && s.scalar(at: yearAt) == Scalar.年
        let table = Self.compiledPeriodWords
        // The patterns that can start here, in the table's order (longest first): heads never start
        // with a numeral, so a place has either word-first or number-first candidates.
        let candidates =
            Self.periodEntriesByFirst[first] ?? (numberFirst && !insideWord ? Self.periodEntriesNumberFirst : [])
        for position in candidates {
            let entry = table.entries[position]
            if entry.headCount > 0, !table.spelled(entry.headStart, entry.headCount, in: s, at: index) { continue }
            // Rule `word-straddling-reference`: a reference's word that starts with the last character of a
            // word and runs on into the next is a chance of letters (项目|前期 holds no 目前); 回顾过去|的五年
            // keeps two characters of its word inside the first.
            if let wordEnd, wordEnd - index < 2, index + entry.headCount > wordEnd { continue }
            let rule = entry.rule
            var end = index + entry.headCount
            var count: Int?
            if entry.hasSlot {
                // 前一年 is "the year before", not a span before the review: spans count two or more.
                guard let number = slotNumber(at: end), number.value > 1 || rule != .before else { continue }
                count = number.value
                end = number.end
            }
            guard table.spelled(entry.tailStart, entry.tailCount, in: s, at: end) else { continue }
            end += entry.tailCount
            // 第十四个五年规划 is a plan; 新征程的第一个五年 is not.
            if rule == .plan, !DateWords.any(DateWords.planEnds, s, at: end) { continue }
            // Rule `page-word`: 扫一扫在手机打开当前页: the page's words, no period.
            if rule == .dateline, DateWords.any(DateWords.presentNouns, s, at: end) { continue }
            if rule == .dateline, setAgainstLongTerm(after: end) { continue }
            if let wordEnd, end < wordEnd { continue }
            recordPeriodReference(index..<end, rule, count)
            return end
        }
        guard !insideWord, numberFirst else { return nil }
        if let end = scanPredicateSpan(at: index) { return end }
        return periodAnchors.isEmpty ? nil : scanBareReviewSpan(at: index)
    }

    /// Rule `short-term`: 处理好当前与长远, 利当前、惠长远: 当前 set against the long term (长远 later in its clause,
    /// 、 between) is the short term, no date.
    private func setAgainstLongTerm(after end: Int) -> Bool {
        var position = end
        while position - end < Self.longTermReach, !Punctuation.clauseEnd.contains(s.scalar(at: position)) {
            if DateWords.any(DateWords.longTerms, s, at: position) { return true }
            position += 1
        }
        return false
    }

    /// The most characters between 当前 and the long term it is set against (当前、更惠长远).
    private static let longTermReach = 6

    /// Rule `plan-predicate-span`: 的 + N年 closing a phrase names a span, not a length.
    ///
    /// It does when the sentence says whose: a plan named before it and linked to it (“十四五”时期是极不平凡的五年。
    /// “十四五”的五年，) gives the plan's years; 以来的五年， the review's. After 过去五年 (过去五年，是
    /// 极不平凡的五年) the predicate repeats the span and is no item.
    private mutating func scanPredicateSpan(at index: Int) -> Int? {
        guard s.scalar(at: index - 1) == Scalar.的, let number = slotNumber(at: index), number.value > 1,
            s.scalar(at: number.end) == Scalar.年, Punctuation.phraseEnd.contains(s.scalar(at: number.end + 1))
        else { return nil }
        let end = number.end + 1
        if DateWords.spanSince.contains(where: { s.matches($0, at: index - $0.scalars.count) }) {
            periodAnchors.append((index, number.value, .review, nil))
            record(index..<end, .relative, nil, .reference(.review, count: number.value, reviewCount: nil))
            return end
        }
        guard let plan = linkedPlan(before: index), plan.last - plan.first + 1 == number.value else { return nil }
        let value = "\(plan.first)/\(plan.last)"
        periodAnchors.append((index, number.value, .review, value))
        record(index..<end, .relative, value)
        return end
    }

    /// The years of the plan named earlier in the sentence before `index` and linked to what follows
    /// by a word of `date-words.tsv` (“十四五”时期是…, “十四五”的…), or nil.
    private func linkedPlan(before index: Int) -> (first: Int, last: Int)? {
        guard let plan = lastPlan(), plan.end < index else { return nil }
        var position = plan.end
        for scalar in position..<index where Punctuation.sentenceEnd.contains(s.scalar(at: scalar)) { return nil }
        if s.scalar(at: position) == Scalar.rightDoubleQuotationMark { position += 1 }
        for word in DateWords.planNameEnds where s.matches(word, at: position) {
            position += word.scalars.count
            break
        }
        return DateWords.planLinks.contains { s.matches($0, at: position) } ? (plan.first, plan.last) : nil
    }

    /// The years of a plan named right before `index` (“十一五”前四年: only its closing quote between), or nil.
    private func planJustBefore(_ index: Int) -> (first: Int, last: Int)? {
        guard let plan = lastPlan() else { return nil }
        var position = plan.end
        if s.scalar(at: position) == Scalar.rightDoubleQuotationMark { position += 1 }
        return position == index ? (plan.first, plan.last) : nil
    }

    /// The years and end offset of the last date read, when it is a plan period (“十四五” → 2021, 2025).
    private func lastPlan() -> (first: Int, last: Int, end: Int)? {
        guard let plan = dates.last, plan.kind == .period, let value = plan.value,
            let first = Int(value.prefix(4)), let last = Int(value.suffix(4))
        else { return nil }
        return (first, last, plan.scalarOffsets.upperBound)
    }

    /// 六五 … 十五五: a five-year plan by its short name.
    ///
    /// Names up to 十五 are also plain numbers, so they count only inside quotes (“九五”) or
    /// before the words `date-words.tsv` gives (计划, 规划, 时期, 期间).
    private mutating func scanPlanName(at index: Int) -> Int? {
        let plans = Self.compiledPlans
        for entry in plans.entries where plans.scalars[entry.headStart] == s.scalar(at: index) {
            guard plans.spelled(entry.headStart, entry.headCount, in: s, at: index) else { continue }
            let firstYear = entry.rule
            let end = index + entry.headCount
            if entry.headCount <= 2 {
                // “九五”计划, 十五期间; not “八五”普法 (a plan of another kind) nor 十五人.
                let close = s.scalar(at: end) == Scalar.rightDoubleQuotationMark ? end + 1 : end
                let quoted = s.scalar(at: index - 1) == Scalar.leftDoubleQuotationMark && close == end + 1
                let named = DateWords.any(DateWords.planNameEnds, s, at: close)
                let next = s.scalar(at: close)
                guard named || (quoted && !(next >= Scalar.一 && next < Scalar.yiSyllableIt)) else { return nil }
            }
            record(index..<end, .period, "\(firstYear)/\(firstYear + 4)")
            return end
        }
        return nil
    }

    private mutating func recordPeriodReference(_ range: Range<Int>, _ rule: PeriodRule, _ count: Int?) {
        switch rule {
        case .century:
            record(range, .period, count.map { "2001/\(2000 + $0)" })
        case .plan:
            // The third plan began in 1966 after a gap; from then on each one is five years on.
            let value = count.flatMap { $0 >= 3 ? 1966 + 5 * ($0 - 3) : nil }.map { "\($0)/\($0 + 4)" }
            record(range, .period, value)
        case .review, .ahead:
            if let count { periodAnchors.append((range.lowerBound, count, rule, nil)) }
            record(range, .relative, nil, .reference(rule, count: count ?? 1, reviewCount: nil))
        case .before:
            if let count, let plan = planJustBefore(range.lowerBound), count < plan.last - plan.first + 1 {
                // Rule `plan-first-years`: “十一五”前四年 are the plan's first four years.
                let last = plan.first + count - 1
                record(range, .relative, count == 1 ? "\(last)" : "\(plan.first)/\(last)")
                return
            }
            // 比前五年: the span before the review of the same length, else before the last review.
            let review =
                (periodAnchors.last { $0.rule == .review && $0.count == count }
                ?? periodAnchors.last { $0.rule == .review })?.count
            record(range, .relative, nil, .reference(rule, count: count ?? 1, reviewCount: review))
        default:
            record(range, .relative, nil, .reference(rule, count: count ?? 1, reviewCount: nil))
        }
    }

    /// Rule `bare-review-span`: 五年 (五年内) at the start of a clause, after the text has named a
    /// span of that many years (过去五年, 这五年): the same span, until a paragraph opens with a longer
    /// span (近3年… then “十四五”时期是…的五年。 … 3年增长58.6%: a length again).
    ///
    /// 用五年时间 and 连续五年 stay lengths.
    private mutating func scanBareReviewSpan(at index: Int) -> Int? {
        guard let number = slotNumber(at: index), number.value > 1, s.scalar(at: number.end) == Scalar.年,
            let found = periodAnchors.lastIndex(where: { $0.count == number.value })
        else { return nil }
        let anchor = periodAnchors[found]
        // A shorter span named later (一年来, 近两年) lies inside it; a longer one opening a paragraph does not.
        for later in periodAnchors[(found + 1)...] where later.count > anchor.count && opensParagraph(later.position) {
            return nil
        }
        let before = s.scalar(at: index - 1)
        let clauseStart =
            Punctuation.clauseStart.contains(before)
            || DateWords.clauseOpenings.contains { s.matches($0, at: index - $0.scalars.count) }
        // Rule `span-before-change`: 收入五年增长30.8%, 仅此一项五年增加489亿元: the span the figure's change covers;
        // and the span a total covers (支出五年累计1.6万亿元).
        let change = ChangeWords.all.first { s.matches($0, at: number.end + 1) }
        let total = DateWords.any(DateWords.spanTotals, s, at: number.end + 1)
        let afterLength = DateWords.lengthOpenings.contains { s.matches($0, at: index - $0.scalars.count) }
        let beforeChange = (change != nil || total) && !afterLength
        // Rule `span-noun`: 回顾五年成就, 五年历程极不寻常, 在五年的发展历程中: what the span held.
        let afterOf = s.scalar(at: number.end + 1) == Scalar.的 ? number.end + 2 : number.end + 1
        let beforeNoun = DateWords.any(DateWords.spanNouns, s, at: afterOf)
        guard clauseStart || beforeChange || beforeNoun else { return nil }
        var end = number.end + 1
        let next = s.scalar(at: end)
        // 五年提升行动: a programme's name.
        if let change, !clauseStart, Self.programmeFirsts.contains(s.scalar(at: end + change.scalars.count)) {
            return nil
        }
        // 五年过渡期, 五年行动: the years name a length or a programme.
        if Self.programmeFirsts.contains(next) { return nil }
        if next == Scalar.内 {
            end += 1  // 五年内
        } else if Self.lengthFollowers.contains(next),
            !(clauseStart && DateWords.any(DateWords.spanSubjects, s, at: end))
        {
            return nil  // 五年前, 五年以上, 五年期 …; rule `span-before-subject`: not 五年中央财政用于…
        }
        if let value = anchor.value {
            record(index..<end, .relative, value)
        } else {
            record(index..<end, .relative, nil, .reference(anchor.rule, count: anchor.count, reviewCount: nil))
        }
        return end
    }

    /// Whether `position` lies in the first sentence of its line.
    private func opensParagraph(_ position: Int) -> Bool {
        var before = position - 1
        while before >= 0, s.scalar(at: before) != 0x0A {
            if Punctuation.sentenceEnd.contains(s.scalar(at: before)) { return false }
            before -= 1
        }
        return true
    }

    /// The value of a period reference: `reviewed` is the year a report reviews, `dateline` its dateline's year.
    static func value(of rule: PeriodRule, count: Int, reviewCount: Int?, reviewed: Int, dateline: Int) -> String? {
        func span(_ first: Int, _ last: Int) -> String { first == last ? "\(first)" : "\(first)/\(last)" }
        switch rule {
        case .review: return span(reviewed - count + 1, reviewed)
        case .ahead: return span(dateline, dateline + count - 1)
        case .before:
            guard let reviewCount else { return nil }
            let last = reviewed - reviewCount
            return span(last - count + 1, last)
        case .dateline: return "\(dateline)"
        case .sinceLast: return span(dateline - 1, dateline)
        case .thisNext: return span(dateline, dateline + 1)
        case .open, .century, .plan: return nil
        }
    }
}
