/// Pairs indicators with the figures that follow them: values, changes, 分别 lists.
///
/// It reads the figures the figure grammars found (normalized offsets) and the text around them:
/// - `IND [为|达到|实现…] 512.6亿元` is a fact with a value; a change right after it in the same
///   sentence (`，比上年增长9.1%`) is that fact's change.
/// - `IND 增长9.1%` is a fact with a change only; `IND 为58.6%` a fact whose value is a level;
///   `IND 涨幅为0.3%` and `IND 压减5%` are changes; `IND 增加4000亩` an absolute change whose
///   indicator keeps the verb.
/// - A head that only continues the previous fact (`，占地区生产总值的比重为…`, `，比上年末净增…`,
///   `，总数达到…`) takes that fact's indicator in front.
/// - `A、B分别增长x、y` pairs in order (a count that does not match pairs nothing), a shared head
///   distributes (城镇和农村居民人均可支配收入 → 城镇居民…, 农村居民…; 第一、二、三产业增加值), and
///   `A 512.6亿元、B 430.8亿元，分别增长x、y` gives the changes to A and B.
/// - The period and status come from `FactContext`, then the frame's rules (`FrameRules`).
///
/// The pairing is a list of named rules tried in order (`FactExtractor.pairing`, in
/// PairingRules.swift): the list is the precedence. Their state is one struct (`Pairing`), and
/// the words they look for are tables (`Sources/ZhTextData/facts/`, read through `FactWords`).
struct FactExtractor {
    let s: UnsafeBufferPointer<UInt32>
    var context: FactContext
    /// Periods and statuses from the document's frame.
    let rules: FrameRules
    /// 从A提高到B: the start and the level reached.
    let baselines: BaselineRule
    /// 东部地区生产总值: the subject a fact is about.
    let subjects: SubjectRule

    init(
        s: UnsafeBufferPointer<UInt32>, reportingYear: Int?, datelineYear: Int?,
        frame: FrameReader.Frame = FrameReader.Frame(), places: [Range<Int>] = []
    ) {
        self.s = s
        context = FactContext(s: s, reportingYear: reportingYear, datelineYear: datelineYear)
        rules = FrameRules(s: s, frame: frame)
        baselines = BaselineRule(s: s)
        subjects = SubjectRule(s: s, region: frame.region, places: places)
    }

    /// A figure the extractor pairs: its normalized range, and what it says.
    struct Figure {
        var range: Range<Int>
        var value: ExactDecimal?
        /// The canonical unit of a quantity, or the unit of a ratio.
        var unit: Fact.Unit?
        var change: ChangeDirection?
        var isPercentage: Bool
        var approximate: Bool
        /// The bounds of a range of percentages (6%－6.5%); `value` is then the upper one.
        var low: ExactDecimal? = nil
        var high: ExactDecimal? = nil

        /// The figure as a change of `value` in `direction`, a range's bounds included.
        func asChange(_ direction: ChangeDirection?, value: ExactDecimal) -> Fact.Change {
            Fact.Change(direction: direction, value: value, unit: ratioUnit, low: low, high: high)
        }
    }

    /// A fact with normalized offsets, before mapping to the original.
    struct Found {
        var indicator: [Indicator.Piece]
        var value: ExactDecimal?
        var unit: Fact.Unit?
        var change: Fact.Change?
        var period: String?
        var status: Fact.Status
        var range: Range<Int>
        /// Whether a change after it is its own (not for a completion ratio: 完成预算的101.8%).
        var acceptsChange = true
        /// Whether it is a part of a total (after 其中 or 分…看).
        var isPart = false
        /// Where the value started from (从A提高到B).
        var baseline: Fact.Baseline?
        /// The place or body it is about, when not the document's region.
        var subject: String?
        /// The frame rule that decided its period, if one did.
        var periodRule: FrameRules.PeriodRule?
        /// The span of years a level at the end was read in (ratio-level-at-end), for a change over them split off.
        var span: String?
    }

    /// The facts of the text: each figure is offered to the pairing rules in their order
    /// (`FactExtractor.pairing`) until one pairs it; then the table rows and the frame's splits.
    mutating func facts(figures: [Figure], dates: [DateMention], yearOfText: @escaping (Int) -> Int?) -> [Found] {
        context.readTitle(dates)
        context.readArticles(dates)
        context.readNotes(dates)
        let rows = TableReader(s: s).rows()
        var pairing = Pairing(figures: figures, dates: dates, yearOfText: yearOfText, rows: rows, text: Indicator(s: s))
        while pairing.index < figures.count {
            pairing.tracksParagraph = false
            var next: Int?
            for stage in Self.pairing {
                switch stage {
                case .read(let read): read(self, &pairing)
                case .adjust(_, let adjust): adjust(self, &pairing)
                case .rule(_, let rule): next = rule(self, &pairing)
                }
                if next != nil { break }
            }
            if pairing.tracksParagraph { pairing.noteParagraphFirst() }
            pairing.index = next ?? pairing.index + 1
        }
        var found = pairing.found
        for row in rows {
            let period =
                context.year(before: row.range.lowerBound, dates).map(String.init)
                ?? yearOfText(row.range.lowerBound).map(String.init)
            let status = context.status(
                of: row.range, approximate: false, period: period, indicator: { pairing.text.text([.text(row.label)]) })
            found.append(
                Found(
                    indicator: [.text(row.label)], value: row.value, unit: row.unit, change: row.change, period: period,
                    status: status, range: row.range))
        }
        if !rows.isEmpty { found.sort { $0.range.lowerBound < $1.range.lowerBound } }
        rules.ratioLevels(&found)
        rules.stockLevels(&found)
        rules.classCounts(&found)
        rules.carriedLevels(&found)
        rules.splitLevels(&found)
        rules.countedYears(&found)
        return found
    }

    // MARK: Building facts

    /// A fact of `indicator` for `figure`, its evidence `range`: its period and status read from
    /// the context and the frame, its subject split off, the figure as its value or its change.
    func make(_ indicator: [Indicator.Piece], _ figure: Figure, _ range: Range<Int>, _ pairing: Pairing) -> Found {
        let written = context.period(
            before: range.lowerBound, sentence: context.periodStart(before: range.lowerBound), pairing.dates)
        let plannedYear = context.isUndatedPlan(at: range.lowerBound) ? 1 : 0
        // 目前，全区共有独角兽企业4家: a stock now, not the period the title names.
        let now = s.containsAny(PairingWords.now, in: context.periodStart(before: range.lowerBound)..<range.lowerBound)
        // 星芯半导体股份有限公司投资105亿元…，项目计划用地约420亩: a company's project, described
        // by its size, not a figure of the quarter the title names.
        let isProject =
            context.titlePeriod != nil
            && s.containsAny(PairingWords.company, in: context.lineStart(before: range.lowerBound)..<range.upperBound)
        let period =
            written ?? context.articlePeriod(at: range.lowerBound) ?? (now || isProject ? nil : context.titlePeriod)
            ?? pairing.yearOfText(range.lowerBound).map { String($0 + plannedYear) }
        // 东部地区生产总值 in a national bulletin: the region is the subject, not part of the indicator.
        let subject = subjects.split(indicator)
        let indicator = subject?.pieces ?? indicator
        let status = context.status(
            of: figure.range, approximate: figure.approximate, period: period, isWritten: written != nil,
            indicator: { Indicator(s: s).text(indicator) })
        var fact = Found(
            indicator: indicator, value: nil, unit: nil, change: nil, period: period, status: status, range: range)
        if let subject {
            fact.subject = subject.subject
            // The output estimated after 初步核算 is the document's own, not a region's.
            let sentence = context.sentenceStart(before: figure.range.lowerBound)
            if fact.status == .estimate, !context.hasEstimateWord(in: sentence..<figure.range.lowerBound) {
                fact.status = .actual
            }
        }
        rules.decide(
            &fact, figure: figure.range, clause: context.clauseStart(before: figure.range.lowerBound),
            sentence: context.sentenceStart(before: figure.range.lowerBound), written: written, dates: pairing.dates,
            isSum: { figure.isMoney && rules.namesSpending(Indicator(s: s).text(indicator)) })
        if figure.isPercentage, let change = figure.change, let value = figure.value {
            fact.change = figure.asChange(change, value: value)
        } else {
            fact.value = figure.value
            fact.unit = figure.unit
        }
        return fact
    }

    /// Gives `figure`, a ratio, to `fact` as its change (in `direction` when the figure has none).
    func attach(_ figure: Figure, direction: ChangeDirection? = nil, to fact: inout Found) {
        guard let value = figure.value, figure.isPercentage else { return }
        fact.change = figure.asChange(figure.change ?? direction, value: value)
        fact.range = fact.range.lowerBound..<max(fact.range.upperBound, figure.range.upperBound)
    }
}

extension FactExtractor.Figure {
    /// Whether the figure is an amount of money (CNY, USD, HKD…).
    var isMoney: Bool {
        if case .measure(let unit)? = unit { return unit.isCurrency }
        return false
    }

    /// The unit of a ratio (percent unless the figure says permille or points).
    var ratioUnit: Percentage.Unit {
        if case .ratio(let unit)? = unit { return unit }
        return .percent
    }
}

extension FactExtractor.Found {
    /// Reads a ratio written after a change noun or verb (涨幅为0.3%, 压减5%) as the fact's change.
    mutating func applyChange(_ direction: ChangeDirection, _ figure: FactExtractor.Figure) {
        guard figure.isPercentage, let value = figure.value, change == nil else { return }
        change = figure.asChange(direction, value: value)
        self.value = nil
        unit = nil
    }
}
