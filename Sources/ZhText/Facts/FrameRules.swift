/// Periods and statuses from the document's frame and the fact's sentence, as named rules tried
/// in one fixed order (`FrameRules.order`); the first rule that decides wins.
///
/// The frame gives each stretch of text a scope (`FrameReader.Scope`): a review of one year, a
/// review of several years, or a plan (targets, tasks) with its period. Outside any scope the
/// rules decide nothing and the period and status `FactContext` read stay.
struct FrameRules {
    let s: UnsafeBufferPointer<UInt32>
    let frame: FrameReader.Frame

    /// The rules that decide a period, in the order they are tried.
    enum PeriodRule: String, CaseIterable {
        /// In a review, a span of years written in the sentence (2020年到2025年，…从17.9%提升到35.5%) gives a level
        /// reached its last year (a sum of money put in keeps the span; １９９８年以来 is no span written).
        case spanLevelAtEnd = "span-level-at-end"
        /// A year or period written in the fact's own sentence decides (2025年达到…; 到2002年的
        /// 10.2万亿元), except the start of a plan's span in a plan of several years, in a review a later year
        /// that no word looks ahead to (面向2030年的科技创新重大项目，…新设6个示范区: the review's), and in a plan a
        /// period already past when a target word stands in the figure's clause (“十四五”批复的…，确保新增…).
        case writtenInSentence = "written-in-sentence"
        /// In a review, a sentence that counts the years back before the figure (五年全国新增城镇就业5100万人;
        /// 五年来，国家财政用于农业的支出达4077亿元) gives its figures the span: a total over those years. A level
        /// word keeps the end year (提高到, 突破, 达到 a length, a rate or a revenue), except for money put in or
        /// spent (五年间，…资金达480亿元).
        case spanNamedInSentence = "span-named-in-sentence"
        /// In a review of several years, a level reached (达到, 突破, 提高到, 增加到, 降至) is the
        /// level at the end: the span's last year.
        case levelReachedAtEnd = "level-reached-at-end"
        /// In a review of several years, a ratio's level (精深加工率85%, 占比达44.7%) is a state at the end,
        /// not an amount over the years: the span's last year, unless 累计 or 年均 stands with it or a word
        /// holds it over the years (保持在80%以上) or its indicator sums them (城镇累计新增就业…约占全国1/10) or names
        /// money spent over them (财政支出中民生占比超过80%; not 研发投入强度: level-ratio words). A change
        /// in percentage points with it is over the years, split off by `splitLevels` (占比超过50%、提升9个百分点:
        /// 50% in 2025, +9 points over 2021/2025), unless it compares with the year before (比上年提高: one fact).
        /// Read once the fact is whole (`ratioLevels`), when the ratio is known to be its value, not its change.
        case ratioLevelAtEnd = "ratio-level-at-end"
        /// In a review of several years, the value of an indicator that names a stock held at a time
        /// (技能人才总量超696万, 人均地区生产总值超1万美元, 绿氢产能近3万吨) is the level at the end: the span's last
        /// year, unless 累计 or 年均 stands with it, a word holds it over the years, or the indicator or its
        /// clause names what was added or removed (新增装机, 淘汰落后产能) or a change (人均可支配收入增加). An
        /// indicator ending with a yearly level or a stock (营收, 产值, 运营里程, 经营主体) is one too.
        /// Read once the fact is whole (`stockLevels`); a change with it stays the span's (`splitLevels`).
        case stockLevelAtEnd = "stock-level-at-end"
        /// In a review of several years, a count of units of a rank or class with no verb before its noun
        /// (国家级数字领航企业18家, 10个国家大科学装置) is the number there at the end: the span's last year,
        /// unless a word in its clause adds, sums or holds it. Read once the fact is whole (`classCounts`,
        /// FrameRules+Classes.swift).
        case classCountAtEnd = "class-count-at-end"
        /// In a review of several years, a value listed right after a level reached at the end, with no word of its
        /// own (重大科技基础设施达到8个、全国重点实验室45家), shares that level word: the span's last year too, unless
        /// its indicator adds, sums or counts a change. Read once the facts are whole (`carriedLevels`).
        case levelCarriedInList = "level-carried-in-list"
        /// In a review of several years, anything else (累计, 年均增长, 五年共, 新增…) is for the span.
        case spanOfReview = "span-of-review"
        /// In a review, a change over a count of years written before it (3年增长58.6%, 两年提高12个百分点)
        /// is for those years, counted back from the last year of the period decided (2023/2025).
        /// Read once the fact is whole (`countedYears`).
        case yearsCountedBack = "years-counted-back"
        /// In a review, a change compared with a year written after 比 or 较 (2007年，…比2002年增长65.5%) is over the
        /// years after that one up to the fact's own (2003/2007); with a level of the fact's year it is a fact of its
        /// own (`splitLevels`). A base one year before is the year before's change (比2006年: one fact, 2007).
        case sinceDatedBase = "since-dated-base"
        /// In a review of one year, the year reviewed (a quarter of it written in the paragraph stays).
        case reviewedYear = "reviewed-year"
        /// In a plan, a figure its clause says is there already (我国60岁以上人口已达2.5亿; 国家已设立400亿元基金) is a
        /// result of the year before the plan (done words), not a target.
        case alreadyInPlan = "already-in-plan"
        /// In a plan, an undated result in a passage opened by the year reviewed (过去一年，…。地区生产总值
        /// 增长6.1%) is for that year, up to a sentence naming another period or a heading; not a figure with a
        /// target word before it in its sentence (拟增加…).
        case pastYearPassage = "past-year-passage"
        /// In targets and tasks, the plan's period (2026; 2026/2030 for a five-year plan).
        case planPeriod = "plan-period"
    }

    /// The rules that decide a status, in the order they are tried.
    enum StatusRule: String, CaseIterable {
        /// 预计, 初步核算 and the notes `FactContext` reads: an estimate wherever it stands.
        case estimateWords = "estimate-words"
        /// A year the sentence names after the years reviewed is planned (今年…将达305亿元 in a review).
        case laterYearInReview = "later-year-in-review"
        /// A review's figures are results (争取, 确保 there tell what was done).
        case reviewIsActual = "review-is-actual"
        /// A plan's figures for a year already past (written in the sentence, or the year of its passage) are results.
        case pastYearInPlan = "past-year-in-plan"
        /// Any other figure of a plan is a target.
        case planIsTarget = "plan-is-target"
    }

    static let periodOrder: [PeriodRule] = PeriodRule.allCases
    static let statusOrder: [StatusRule] = StatusRule.allCases
    /// Characters before a date that make it the base of a comparison or a start (比, 较, 从, 由, 自, 与, 同).
    static let comparisonMarks = FrameWords.comparisonMarks.union(
        FactWords.characters(FactWords.periodCueTable, "with"))

    /// Words just before a figure that give a level reached (not an amount done over the years).
    static let levelWords = FactWords.keywords(FactWords.levelTable, "level")
    /// Words before a figure, in its clause, that make it an amount over the years even after a level word.
    static let cumulativeWords = FactWords.keywords(FactWords.levelTable, "cumulative")

    /// Decides the period and status of `fact`, whose figure is at `figure`, from its scope.
    ///
    /// `written` is the period `FactContext` read; `status` the status it read.
    func decide(
        _ fact: inout FactExtractor.Found, figure: Range<Int>, clause: Int, sentence: Int, written: String?,
        dates: [DateMention], isSum: () -> Bool = { false }
    ) {
        guard let scope = frame.scope(at: figure.lowerBound) else { return }
        // In a review of several years only the clause's own date counts (…增加到2002年的10.2万亿元，
        // 平均每年增长7.7%: the average is the span's).
        var inSentence = writtenPeriod(
            in: (scope.role == .reviewOfYears ? clause : sentence)..<figure.lowerBound, dates)
        if inSentence == nil, scope.role == .reviewOfYears {
            inSentence = openingPeriod(sentence: sentence, clause: clause, scope: scope, dates: dates)
        }
        for rule in Self.periodOrder {
            if let period = period(
                by: rule, scope: scope, inSentence: inSentence, written: written, figure: figure,
                at: (clause, sentence), dates: dates, isSum: isSum)
            {
                fact.period = period
                fact.periodRule = rule
                break
            }
        }
        for rule in Self.statusOrder {
            if let status = status(
                by: rule, scope: scope, current: fact.status, period: fact.period, inSentence: inSentence,
                sentence: sentence..<figure.lowerBound, periodRule: fact.periodRule)
            {
                fact.status = status
                break
            }
        }
    }

    /// In a review of several years, the level a baseline went to (由66户整合至12户) is the level at the end.
    func reached(_ fact: inout FactExtractor.Found) {
        guard fact.periodRule == .spanOfReview || fact.periodRule == .spanNamedInSentence,
            let scope = frame.scope(at: fact.range.lowerBound),
            scope.role == .reviewOfYears
        else { return }
        fact.period = String(scope.period.suffix(4))
        fact.periodRule = .levelReachedAtEnd
    }

    /// Words that hold a ratio over the years reviewed (保持在, 稳定在): the span's, not the end's.
    static let heldWords = FrameWords.held

    /// In a review of several years, a ratio given as a fact's value (a level, no change) is for the
    /// span's last year: 咖啡精深加工率85% in the review of 2021/2025 is the rate of 2025.
    ///
    /// A ratio's change in percentage points goes with it for now (数字经济占比超过50%、提升9个百分点); the span it
    /// was read in is kept for `splitLevels(_:)`, which splits that change off.
    func ratioLevels(_ found: inout [FactExtractor.Found]) {
        let reader = Indicator(s: s)
        for index in found.indices where found[index].change == nil || isPointChange(found[index]) {
            let rule = found[index].periodRule
            guard rule == .spanOfReview || rule == .spanNamedInSentence else { continue }
            let range = found[index].range
            let level =
                found[index].change == nil
                ? range
                : range.lowerBound..<(valueClauseEnd(found[index]) ?? range.upperBound)
            guard case .ratio? = found[index].unit, found[index].value != nil,
                !Self.cumulativeWords.contains(where: { s.contains($0, in: level) }),
                !isHeld(found[index]),
                let scope = frame.scope(at: range.lowerBound),
                scope.role == .reviewOfYears || rule == .spanNamedInSentence, let period = found[index].period
            else { continue }
            // 城镇累计新增就业超700万人、约占全国1/10: the share of a sum over the years; 财政支出中民生占比超过80%:
            // the share of money spent over them (研发投入强度 is a yearly level).
            let name = reader.text(found[index].indicator)
            if Self.cumulativeWords.contains(where: { name.contains($0.text) })
                || Self.sumNouns.contains(where: { name.contains($0.text) })
                    && !Self.levelRatios.contains(where: { name.contains($0.text) })
            {
                continue
            }
            found[index].span = period.contains("/") ? period : scope.period
            found[index].period = String(period.suffix(4))
            found[index].periodRule = .ratioLevelAtEnd
        }
    }

    /// Words of a ratio's indicator that make it a level of one year even when it names money spent (研发投入强度).
    static let levelRatios = FactWords.keywords(FrameWords.table, "level-ratio")

    /// Whether a fact's value is a ratio and its change one in percentage points (占比50%、提升9个百分点).
    func isPointChange(_ fact: FactExtractor.Found) -> Bool {
        guard case .ratio? = fact.unit, fact.value != nil, let change = fact.change else { return false }
        return change.unit == .percentagePoint
    }

    /// Whether a held word (保持在, 稳定在) stands after the fact's indicator: 水土保持率61.4% names 保持, holds
    /// nothing.
    func isHeld(_ fact: FactExtractor.Found) -> Bool {
        let range = fact.range
        let named = fact.indicator.compactMap { piece -> Int? in
            guard case .text(let words) = piece, range.contains(words.lowerBound) else { return nil }
            return words.upperBound
        }
        let tail = min(named.max() ?? range.lowerBound, range.upperBound)..<range.upperBound
        return Self.heldWords.contains { s.contains($0, in: tail) }
    }

    /// Where the first clause after a fact's indicator ends (、，；), when it ends inside the fact.
    private func valueClauseEnd(_ fact: FactExtractor.Found) -> Int? {
        let range = fact.range
        let named = fact.indicator.compactMap { piece -> Int? in
            guard case .text(let words) = piece, range.contains(words.lowerBound) else { return nil }
            return words.upperBound
        }
        let start = min(named.max() ?? range.lowerBound, range.upperBound)
        return (start..<range.upperBound).first {
            s[$0] == Scalar.ideographicComma || s[$0] == Scalar.fullwidthComma || s[$0] == Scalar.fullwidthSemicolon
        }
    }

    /// Words before a figure, in its clause, that say it is there already (已达, 已有, 已经): in a plan, a result.
    static let doneWords = FactWords.keywords(FrameWords.table, "done")

    /// Words of an indicator that name a stock held at a time (总量, 余额, 产能, 人均): the level at a review's end.
    static let stockNouns = FactWords.keywords(FrameWords.table, "stock-noun")
    /// Whether a fact named `name` gives a stock: a stock word in its name (or its last word), and no word that adds,
    /// removes or sums up, in the name or the clause before it.
    ///
    /// 城乡居民人均可支配收入分别增加9870元: a change over the years, named by its verb. 淘汰落后炼铁产能4659万吨、
    /// 炼钢产能3747万吨: the clause's verb (a list's) names what was removed; not past a level word of the fact's own
    /// (累计净增经营主体155万户、总量达474万户). 投资规模: money put in.
    private func namesStock(_ fact: FactExtractor.Found, _ name: String) -> Bool {
        let range = fact.range
        let ownLevel = Self.levelWords.contains { s.contains($0, in: range) }
        let opening = (ownLevel ? range.lowerBound : clauseOpening(before: range.lowerBound))..<range.lowerBound
        // 净增经营主体总量: a name ending with the whole stock (总量, 总数) names it, whatever was added before.
        let total = Self.stockTotals.contains { name.hasSuffix($0.text) }
        let stock =
            total || Self.stockNouns.contains { name.contains($0.text) }
            || Self.stockHeads.contains { name.hasSuffix($0.text) || reachesStock($0, name) }
        return stock
            && !Self.flowNouns.contains(where: { !total && name.contains($0.text) || s.contains($0, in: opening) })
            && !Self.cumulativeWords.contains(where: { s.contains($0, in: opening) })
            && !Self.sumNouns.contains(where: { name.contains($0.text) })
            && !Self.countedChanges.contains(where: { name.hasSuffix($0.text) })
    }

    /// Whether `head`, a stock head that is also a reach verb (覆盖), stands in `name` before the noun it reached
    /// (远程教育覆盖农村中小学: rule reach-verb-object keeps the noun after it), naming the stock as at the end.
    private func reachesStock(_ head: Keyword, _ name: String) -> Bool {
        PairingWords.reachVerbs.contains { $0.text == head.text } && name.contains(head.text)
    }

    /// Words an indicator ends with that name a whole stock even after a word that adds (净增经营主体总量).
    static let stockTotals = FactWords.keywords(FrameWords.table, "stock-total")
    /// Words an indicator ends with that name a yearly level or a stock (产值, 营收, 里程, 经营主体).
    static let stockHeads = FactWords.keywords(FrameWords.table, "stock-head")
    /// Words of an indicator that name what was added over the years (新增, 净增): no stock, however it is named.
    static let flowNouns = FactWords.keywords(FrameWords.table, "flow-noun")

    /// In a review of several years, the value of a stock (技能人才总量超696万, 居民人均可支配收入超3.1万元) is for the
    /// span's last year; a change with it is split off for the span by `splitLevels(_:)`.
    func stockLevels(_ found: inout [FactExtractor.Found]) {
        let reader = Indicator(s: s)
        for index in found.indices where found[index].value != nil {
            let rule = found[index].periodRule
            guard rule == .spanOfReview || rule == .spanNamedInSentence, let period = found[index].period,
                period.contains("/")
            else { continue }
            if case .ratio? = found[index].unit { continue }  // ratio-level-at-end's
            let range = found[index].range
            // 居民人均可支配收入超3.1万元、年均增长6.1%: the 年均 of the change after a break is not the value's.
            let level =
                found[index].change == nil
                ? range
                : range.lowerBound..<(valueClauseEnd(found[index]) ?? range.upperBound)
            guard !Self.cumulativeWords.contains(where: { s.contains($0, in: level) }), !isHeld(found[index]),
                let scope = frame.scope(at: range.lowerBound),
                scope.role == .reviewOfYears || rule == .spanNamedInSentence
            else { continue }
            guard namesStock(found[index], reader.text(found[index].indicator)) else { continue }
            found[index].period = String(period.suffix(4))
            found[index].periodRule = .stockLevelAtEnd
        }
    }

    /// How far back a fact's clause is read for its verb (in scalars).
    static let clauseReach = 80

    /// Where the clause holding `position` opens (after ，；。：or a line break), not further back than `clauseReach`.
    func clauseOpening(before position: Int) -> Int {
        var index = position
        let limit = max(0, position - Self.clauseReach)
        while index > limit, !FactContext.isClauseMark(s[index - 1]) { index -= 1 }
        return index
    }

    /// In a review of several years, a value listed right after a level reached at the end is a level too.
    ///
    /// The two are written as a list (达到8个、全国重点实验室45家: only 、 between them): the level word is
    /// shared. Not when the indicator names what was added, summed or spent, or a change, nor when a word holds the
    /// value over the years (月访问量稳定在2000万人次).
    func carriedLevels(_ found: inout [FactExtractor.Found]) {
        let reader = Indicator(s: s)
        // A level carried to one item carries on to the next (达到8个、45家、547家: rule level-carried-in-list).
        let ends: Set<FrameRules.PeriodRule> = [
            .levelReachedAtEnd, .stockLevelAtEnd, .classCountAtEnd, .ratioLevelAtEnd, .levelCarriedInList,
        ]
        for index in found.indices.dropFirst() where found[index].change == nil && found[index].value != nil {
            let before = found[index - 1]
            let own = found[index].periodRule
            guard own == .spanOfReview || own == .spanNamedInSentence, let rule = before.periodRule,
                ends.contains(rule),
                let period = before.period, found[index].period?.hasSuffix(period) == true,
                before.range.upperBound + 1 == found[index].range.lowerBound,
                s[before.range.upperBound] == Scalar.ideographicComma
            else { continue }
            let name = reader.text(found[index].indicator)
            guard !Self.flowNouns.contains(where: { name.contains($0.text) }),
                !Self.cumulativeWords.contains(where: { name.contains($0.text) }),
                !Self.sumNouns.contains(where: { name.contains($0.text) }),
                !Self.countedChanges.contains(where: { name.hasSuffix($0.text) }), !isHeld(found[index])
            else { continue }
            found[index].period = period
            found[index].periodRule = .levelCarriedInList
        }
    }

    /// Words after a count of years that make the change after them one over those years (3年增长).
    static let countedChanges = FactWords.keywords(FrameWords.table, "counted-change")

    /// In a review, a change written after a count of years (财政收入达到1350亿元，3年增长58.6%) is for
    /// those years, ending with the last year of the period decided: 2023/2025 in the review of 2021/2025.
    func countedYears(_ found: inout [FactExtractor.Found]) {
        for index in found.indices where found[index].value != nil && found[index].change == nil {
            // 常住人口…，比2020年末增加35万人: an absolute change since the base year (since-dated-base).
            guard isAbsoluteChange(found[index]), let span = sinceDatedBase(found[index]) else { continue }
            found[index].period = span
            found[index].periodRule = .sinceDatedBase
        }
        for index in found.indices where found[index].change != nil && found[index].value == nil {
            if let span = sinceDatedBase(found[index]) {
                found[index].period = span
                found[index].periodRule = .sinceDatedBase
                continue
            }
            let range = found[index].range
            guard let period = found[index].period, let last = Int(period.suffix(4)),
                let scope = frame.scope(at: range.lowerBound),
                scope.role == .review || scope.role == .reviewOfYears,
                let count = yearsCounted(in: range), count >= 2, count <= 20
            else { continue }
            found[index].period = "\(last - count + 1)/\(last)"
            found[index].periodRule = .yearsCountedBack
        }
    }

    /// Whether a fact is an absolute change: its indicator ends with the verb of one (常住人口增加).
    private func isAbsoluteChange(_ fact: FactExtractor.Found) -> Bool {
        guard case .text(let range)? = fact.indicator.last else { return false }
        return Indicator.amountChanges.contains {
            range.count >= $0.scalars.count && s.matches($0, at: range.upperBound - $0.scalars.count)
        }
    }

    /// The words that open a dated base of a comparison (比, 较: the rule dated-base of the indicator's edges).
    static let datedBases = IndicatorEdgeRule.named(.datedBase).words
    /// How far before a fact's evidence its dated base may open (比2020年末: 8 characters).
    static let baseReach = 8

    /// The span a review's change compared with a year written after 比 or 较 is over (比2002年增长65.5% in 2007 →
    /// 2003/2007), or nil: no such year, or one less than two years before the fact's (rule since-dated-base).
    func sinceDatedBase(_ fact: FactExtractor.Found) -> String? {
        guard let period = fact.period, period.count == 4, let last = Int(period),
            let scope = frame.scope(at: fact.range.lowerBound), scope.role == .review || scope.role == .reviewOfYears
        else { return nil }
        // 常住人口…，比2020年末增加35万人: the absolute change's evidence opens after its base.
        let digits = 4
        let window = max(0, fact.range.lowerBound - Self.baseReach)..<fact.range.upperBound
        for mark in window {
            guard let word = s.matching(Self.datedBases, at: mark) else { continue }
            let year = (mark + word.scalars.count)..<(mark + word.scalars.count + digits)
            guard year.upperBound < window.upperBound, year.allSatisfy({ Numeral.isASCIIDigit(s[$0]) }),
                s[year.upperBound] == Scalar.年
            else { continue }
            let base = year.reduce(0) { $0 * 10 + Int(s[$1] - UInt32(UInt8(ascii: "0"))) }
            return last - base >= 2 ? "\(base + 1)/\(last)" : nil
        }
        return nil
    }

    /// The count of years written just before a change word in `range` (3年增长, 两年提高), or nil.
    private func yearsCounted(in range: Range<Int>) -> Int? {
        for mark in range where s[mark] == Scalar.年 && mark > range.lowerBound {
            guard Self.countedChanges.contains(where: { s.matches($0, at: mark + 1) }) else { continue }
            var start = mark
            while start > range.lowerBound, Numeral.isASCIIDigit(s[start - 1]) { start -= 1 }
            // 比前五年增长67%: the years compared with, not the years of the change.
            let first = start < mark ? start : mark - 1
            guard !s.endsWithAny(Self.comparedSpans, before: first) else { return nil }
            if start < mark {
                // 2025年增长: a year, not a count (at most two digits, no digit before).
                guard mark - start <= 2 else { return nil }
                return (start..<mark).reduce(0) { $0 * 10 + Int(s[$1] - UInt32(UInt8(ascii: "0"))) }
            }
            let numeral = s[mark - 1]
            // 两年, 三年, 十年; not 第三年 (an ordinal) nor 上年, 每年.
            guard s.scalar(at: mark - 2) != Scalar.第 else { return nil }
            return Numeral.chineseDigit(numeral) ?? (numeral == Scalar.十 ? 10 : nil)
        }
        return nil
    }

    /// In a review of several years, a level reached at the end and the change over the years are
    /// two facts (地区生产总值达到1.5万亿元、增长19.8%: 1.5万亿元 in 2025, +19.8% over 2021/2025); so are a ratio at
    /// the end and its change in points (占比79.2%、提高13.2个百分点), and, in any review, a level and a change
    /// after a count of years (达到66.25%，近3年提升21个百分点: 66.25% in 2025, +21 points over 2023/2025).
    func splitLevels(_ found: inout [FactExtractor.Found]) {
        // One pass that copies, so that many splits stay linear.
        guard found.contains(where: { $0.change != nil && $0.value != nil }) else { return }
        var result: [FactExtractor.Found] = []
        result.reserveCapacity(found.count)
        for var fact in found {
            guard fact.value != nil, let change = fact.change, let scope = frame.scope(at: fact.range.lowerBound),
                let span = overYears(fact, scope: scope)
            else {
                result.append(fact)
                continue
            }
            var over = fact
            over.value = nil
            over.unit = nil
            over.baseline = nil
            over.period = span
            over.periodRule = .spanOfReview
            over.span = nil
            over.change = change
            fact.change = nil
            result.append(fact)
            result.append(over)
        }
        found = result
    }

    /// The span a fact's change is over when the fact's value is a level of one year, or nil when the two stay one
    /// fact.
    private func overYears(_ fact: FactExtractor.Found, scope: FrameReader.Scope) -> String? {
        // 2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%: the change since the base year (since-dated-base).
        if let span = sinceDatedBase(fact) { return span }
        let isReview = scope.role == .review || scope.role == .reviewOfYears
        // 达到66.25%，近3年提升21个百分点: a change after a count of years (years-counted-back dates it).
        if isReview, let count = yearsCounted(in: fact.range), count >= 2, count <= 20 { return scope.period }
        // 占比79.2%、提高13.2个百分点 in a review of several years; not 比上年提高 (a change of the last year).
        if isPointChange(fact), fact.periodRule == .ratioLevelAtEnd || fact.periodRule == .levelReachedAtEnd {
            guard !Self.oneYearChanges.contains(where: { s.contains($0, in: fact.range) }) else { return nil }
            if let span = fact.span, span.contains("/") { return span }
            return scope.role == .reviewOfYears ? scope.period : nil
        }
        // A level of one year whose change is over the years (…增加到2002年的10.2万亿元，平均每年增长7.7%).
        let isLevel =
            fact.periodRule == .levelReachedAtEnd || fact.periodRule == .stockLevelAtEnd
            || fact.period.map { !$0.contains("/") } == true
                && Self.cumulativeWords.contains { s.contains($0, in: fact.range) }
        return isLevel && !isPointChange(fact) && scope.role == .reviewOfYears ? scope.period : nil
    }

    /// Words right before a count of years that make them the years compared with (比前五年增长).
    static let comparedSpans = FactWords.keywords(FrameWords.table, "compared-span")

    /// Words in a change's clause that compare it with the year before (比上年, 同比): a change of one year.
    static let oneYearChanges = FactWords.keywords(FrameWords.table, "one-year-change")

    private func period(
        by rule: PeriodRule, scope: FrameReader.Scope, inSentence: String?, written: String?, figure: Range<Int>,
        at starts: (clause: Int, sentence: Int), dates: [DateMention], isSum: () -> Bool
    ) -> String? {
        let clause = starts.clause
        let isReview = scope.role == .review || scope.role == .reviewOfYears
        let isPlan = scope.role == .targets || scope.role == .tasks
        switch rule {
        case .writtenInSentence:
            guard let inSentence, isReview || isPlan else { return nil }
            // 到2030年，…达到69% in the plan for 2026/2030: the plan's span.
            if isPlan, scope.period.contains("/"), let year = Int(inSentence.prefix(4)), inSentence.count == 4,
                let first = Int(scope.period.prefix(4)), let last = Int(scope.period.suffix(4)),
                (first...last).contains(year)
            {
                return scope.period
            }
            // 加快建设“十四五”批复的6个基地，确保新增装机3000万千瓦 in the plan for 2026: a period past before the plan
            // names what the sentence speaks of, while a target word makes the figure the plan's.
            if isPlan, let last = Int(inSentence.suffix(4)), let first = Int(scope.period.prefix(4)), last < first,
                StatusWords.target.contains(where: { s.contains($0, in: clause..<figure.lowerBound) })
            {
                return nil
            }
            // 部署启动面向2030年的科技创新重大项目，…新设6个示范区 in a review: a later year no word looks ahead to
            // names no period of the results (later-year-in-review makes one that is looked ahead to a target).
            // 今年以来 in a report of May: the present, not a later year.
            if isReview, let year = Int(inSentence.prefix(4)), let last = Int(scope.period.suffix(4)),
                year > max(last, frame.datelineYear ?? last),
                !Self.outlooks.contains(where: { s.contains($0, in: starts.sentence..<figure.lowerBound) })
            {
                return nil
            }
            return inSentence
        case .spanLevelAtEnd:
            return isReview ? spanLevel(figure, at: starts, dates, isSum: isSum) : nil
        case .spanNamedInSentence:
            guard isReview, let span = countedSpan(in: starts.sentence..<figure.lowerBound, scope: scope, dates) else {
                return nil
            }
            return isTotal(figure, clause: clause, isSum: isSum) ? span : nil
        case .levelReachedAtEnd:
            guard scope.role == .reviewOfYears, isLevel(figure, clause: clause) else { return nil }
            return String(scope.period.suffix(4))
        case .ratioLevelAtEnd, .stockLevelAtEnd, .classCountAtEnd, .yearsCountedBack, .levelCarriedInList,
            .sinceDatedBase:
            return nil  // decided once the fact is whole: `ratioLevels(_:)`, `stockLevels(_:)`, `countedYears(_:)`
        case .spanOfReview:
            return scope.role == .reviewOfYears ? scope.period : nil
        case .reviewedYear:
            guard scope.role == .review else { return nil }
            // 一季度…增长5.3% in the review of that year: the quarter of the reviewed year.
            if let written, written.count > 4, written.dropFirst(4).first == "-" {
                return written.split(separator: "/").map { scope.period + $0.dropFirst(4) }.joined(separator: "/")
            }
            return scope.period
        case .alreadyInPlan:
            guard isPlan, Self.doneWords.contains(where: { s.contains($0, in: clause..<figure.lowerBound) }),
                let first = Int(scope.period.prefix(4))
            else { return nil }
            return String(first - 1)
        case .pastYearPassage:
            // 去年…超收7239亿元。…拟增加稳定调节基金1032亿元: a target word makes the figure the plan's.
            let before = starts.sentence..<figure.lowerBound
            guard isPlan, !StatusWords.target.contains(where: { s.contains($0, in: before) }) else { return nil }
            return passageYear(before: starts.sentence, scope: scope, dates: dates)
        case .planPeriod:
            return isPlan ? scope.period : nil
        }
    }

    /// 2020年到2025年，…比重从17.9%提升到35.5%: a level reached in a sentence that writes a span of years (not
    /// １９９８年以来…达, a total since then) is the span's last year.
    private func spanLevel(
        _ figure: Range<Int>, at starts: (clause: Int, sentence: Int), _ dates: [DateMention], isSum: () -> Bool
    ) -> String? {
        guard let span = writtenPeriod(in: starts.sentence..<figure.lowerBound, dates), span.contains("/"),
            !isTotal(figure, clause: starts.clause, isSum: isSum)
        else { return nil }
        return String(span.suffix(4))
    }

    /// Whether `figure` is a total over the years: no level word before it, or 达 before money put in or spent.
    private func isTotal(_ figure: Range<Int>, clause: Int, isSum: () -> Bool) -> Bool {
        guard let word = levelWord(before: figure, clause: clause) else { return true }
        return Self.sumWords.contains(word) && isSum()
    }

    /// Words that look ahead: a later year they name in a review is planned (今年…将达305亿元), while
    /// 今年以来…增长 tells what happened.
    static let outlooks = StatusWords.laterYear

    private func status(
        by rule: StatusRule, scope: FrameReader.Scope, current: Fact.Status, period: String?, inSentence: String?,
        sentence: Range<Int>?, periodRule: PeriodRule? = nil
    ) -> Fact.Status? {
        switch rule {
        case .estimateWords:
            return current == .estimate ? .estimate : nil
        case .laterYearInReview:
            guard scope.role == .review || scope.role == .reviewOfYears, let inSentence,
                let year = Int(inSentence.prefix(4)),
                let last = Int(scope.period.suffix(4)), year > last, let sentence,
                Self.outlooks.contains(where: { s.contains($0, in: sentence) })
            else { return nil }
            return .target
        case .reviewIsActual:
            return scope.role == .review || scope.role == .reviewOfYears ? .actual : nil
        case .pastYearInPlan:
            let isPlan = scope.role == .targets || scope.role == .tasks
            if isPlan, periodRule == .pastYearPassage || periodRule == .alreadyInPlan { return .actual }
            guard isPlan, let inSentence, let year = Int(inSentence.prefix(4)),
                let first = Int(scope.period.prefix(4)), year < first, !inSentence.contains("/")
            else { return nil }
            return .actual
        case .planIsTarget:
            return scope.role == .targets || scope.role == .tasks ? .target : nil
        }
    }

    /// Words of an indicator that names money put in or spent (投入, 资金, 支出): summed over the years a sentence
    /// counts, not a level (收入, 生产总值 and balances are levels).
    static let sumNouns = FactWords.keywords(FrameWords.table, "sum-noun")

    /// Whether `indicator` names money put in or spent (财政用于科技的投入, 扶贫资金).
    func namesSpending(_ indicator: String) -> Bool {
        let scalars = indicator.unicodeScalars.map(\.value)
        return scalars.withUnsafeBufferPointer { buffer in
            Self.sumNouns.contains { buffer.contains($0, in: 0..<buffer.count) }
        }
    }

    /// Level words that, before a sum of money in a sentence counting the years, give a total (达, 达到).
    static let sumWords = Set(FactWords.keywords(FrameWords.table, "sum-level").map(\.scalars))

    /// The most years a span counted back in a review holds (十年来).
    static let longestSpan = 10

    /// The span of years counted back that a date in `range` names (五年来, 五年间, a bare 五年 after one),
    /// ending with the scope's last year; not the base of a comparison (比前五年) nor years ahead.
    func countedSpan(in range: Range<Int>, scope: FrameReader.Scope, _ dates: [DateMention]) -> String? {
        let end = dates.countPrefix { $0.scalarOffsets.upperBound <= range.upperBound }
        var index = end - 1
        while index >= 0, dates[index].scalarOffsets.lowerBound >= range.lowerBound {
            let date = dates[index]
            index -= 1
            // 30年来首次: a span that long is no review's.
            guard date.kind == .relative, let value = date.value, value.contains("/"),
                value.suffix(4) == scope.period.suffix(4), let first = Int(value.prefix(4)),
                let last = Int(value.suffix(4)), first < last, last - first < Self.longestSpan,
                !Self.comparisonMarks.contains(s.scalar(at: date.scalarOffsets.lowerBound - 1))
            else { continue }
            return value
        }
        return nil
    }

    /// The level word right before `figure` (past qualifiers and the year of the level), with no cumulative word
    /// in its clause, as its scalars; nil when there is none.
    private func levelWord(before figure: Range<Int>, clause: Int) -> [UInt32]? {
        guard isLevel(figure, clause: clause) else { return nil }
        var end = figure.lowerBound
        while end > clause {
            if let word = Self.levelWords.first(where: { s.matches($0, at: end - $0.scalars.count) }) {
                return word.scalars
            }
            end -= 1
        }
        return nil
    }

    /// Whether the words just before `figure` give a level reached, with no cumulative word in its clause.
    func isLevel(_ figure: Range<Int>, clause: Int) -> Bool {
        var end = figure.lowerBound
        // 增加到超过100万亿元, 达到约…, 提高到每月815元: a qualifier or a basis stands between (接近 ends with one).
        while !Self.levelWords.contains(where: { s.matches($0, at: end - $0.scalars.count) }),
            let word = (BaselineRule.qualifiers + BaselineRule.bases).first(where: {
                end - $0.scalars.count > clause && s.matches($0, at: end - $0.scalars.count)
            })
        {
            end -= word.scalars.count
        }
        // 增加到2002年的10.2万亿元: the year of the level stands between.
        if s.scalar(at: end - 1) == Scalar.的,
            let year = (max(clause, end - 8)..<(end - 1)).last(where: { s[$0] == Scalar.年 }), year == end - 2
        {
            var start = year
            while start > clause, Numeral.isASCIIDigit(s[start - 1]) { start -= 1 }
            end = start
        }
        guard Self.levelWords.contains(where: { s.matches($0, at: end - $0.scalars.count) }) else { return false }
        return !Self.cumulativeWords.contains { s.contains($0, in: clause..<end) }
    }

    /// The period written last in `range` (a sentence up to the figure): a year, a quarter, half or
    /// month with its year, a span of years, 今年 or 去年; not the base of a comparison (比上年,
    /// 较2020年, 高于去年), not a start (从2020年的, 2012年以来), not 全年 or 上年 (whose year the scope knows better).
    func writtenPeriod(in range: Range<Int>, _ dates: [DateMention]) -> String? {
        let end = dates.countPrefix { $0.scalarOffsets.upperBound <= range.upperBound }
        var index = end - 1
        while index >= 0, dates[index].scalarOffsets.lowerBound >= range.lowerBound {
            let date = dates[index]
            index -= 1
            guard let value = date.value else { continue }
            let at = date.scalarOffsets
            // 由“十三五”末的…: the mark before the quote.
            let before =
                s.scalar(at: at.lowerBound - 1) == Scalar.leftDoubleQuotationMark
                ? s.scalar(at: at.lowerBound - 2) : s.scalar(at: at.lowerBound - 1)
            if Self.comparisonMarks.contains(before) { continue }
            // 增幅明显高于去年: the base of a comparison written with a word (高于, 快于).
            if s.endsWithAny(Indicator.comparisons, before: at.lowerBound) { continue }
            // 打造“新十二月市”等品牌: a name.
            if FactContext.isInQuotedName(s, at) { continue }
            // 是2010年的2.2倍: the base of a multiple.
            if FactContext.isBaseOfMultiple(s, at) { continue }
            // 今年以来: the dateline's year so far (a start otherwise: 2012年以来).
            if date.kind == .relative, let this = s.matching(FactDateWords.thisYear, at: at.lowerBound),
                at.count == this.scalars.count && s.matchesAny(FactDateWords.since, at: at.upperBound)
                    || FactDateWords.since.contains(where: { since in
                        at.count == this.scalars.count + since.scalars.count
                            && s.matches(since, at: at.lowerBound + this.scalars.count)
                    })
            {
                return String(value.prefix(4))
            }
            if s.matchesAny(FactDateWords.sinceOrBeforeAll, at: at.upperBound) { continue }
            switch date.kind {
            case .period where s.matchesAny(FactDateWords.planEnd, at: at.upperBound):
                // “十三五”末: the plan's last year.
                return String(value.suffix(4))
            case .year, .period: return value
            case .quarter, .half, .month:
                guard namesYear(at) else { continue }  // 一季度, 上半年 without a year: the scope's
                // 截至2025年12月底: a year-end balance is the year's.
                if value.hasSuffix("-12"), s.matchesAny(FactDateWords.end, at: at.upperBound) {
                    return String(value.prefix(4))
                }
                return FactContext.quarter(of: value)
            case .relative:
                guard
                    FactDateWords.frameNamedYear.contains(where: {
                        at.count == $0.scalars.count && s.matches($0, at: at.lowerBound)
                    })
                else { continue }
                return String(value.prefix(4))
            default: continue
            }
        }
        return nil
    }

    /// Whether a date's text writes its year (2024年上半年, 二〇二四年第一季), not only a part of one (上半年).
    private func namesYear(_ range: Range<Int>) -> Bool {
        guard let mark = range.first(where: { s[$0] == Scalar.年 }), mark > range.lowerBound else { return false }
        let numeral = s[mark - 1]
        return Numeral.isASCIIDigit(numeral) || Numeral.chineseDigit(numeral) != nil
            || numeral == Scalar.ideographicNumberZero || numeral == Scalar.零
    }
}
