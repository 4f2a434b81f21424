/// A rule that trims one edge of the words before a figure (`Sources/ZhTextData/indicators/edge-rules.tsv`).
///
/// ``Indicator/head(_:dates:figure:keepsList:)`` runs the `pass` rules in the table's order until
/// a whole pass trims nothing, then each `once` rule; what a rule does is its function's, the words it
/// trims or keeps and their exceptions are the table's.
struct IndicatorEdgeRule: Sendable {
    /// The rules, by their names in the table.
    enum Name: String, CaseIterable, Sendable {
        case separatorAtStart = "separator-at-start", dateBefore = "date-before", openQuote = "open-quote"
        case methodBefore = "method-before", meansBefore = "means-before", conditionBefore = "condition-before"
        case itemNumber = "item-number", ordinalItem = "ordinal-item", leadWord = "lead-word"
        case withinYears = "within-years", leftOut = "left-out", nationalScope = "national-scope"
        case aboutShare = "about-share", setting, clauseYou = "clause-you", separatorAtEnd = "separator-at-end"
        case footnote, amountChange = "amount-change", comparisonDirection = "comparison-direction"
        case increaseWord = "increase-word", decreaseWord = "decrease-word", linkWord = "link-word"
        case comparisonTail = "comparison-tail"
        case budgetedAmount = "budgeted-amount", denominator, methodAfter = "method-after", cause
        case fromFigure = "from-figure", abbreviation, examples, numberedGroup = "numbered-group"
        case listItems = "list-items", lightVerb = "light-verb", selfComparison = "self-comparison"
        case datedBase = "dated-base", cumulative
        case pulledChange = "pulled-change"

        /// Whether the rule tries its words longest first (平均 before 均); the others keep the tables' order.
        var triesLongestFirst: Bool { self == .leadWord || self == .linkWord || self == .selfComparison }
    }

    /// Which edge of the phrase a rule trims.
    enum Edge: String, Sendable {
        case start, end
    }

    let name: Name
    let edge: Edge
    /// Whether the rule runs in every pass of the loop (or once after it).
    let eachPass: Bool
    /// The words it trims or looks for (a role's words longest first).
    let words: [Keyword]
    /// The words that keep the edge as it is.
    let exceptions: [Keyword]

    /// The rules of the table, in its order (each rule of ``Name`` once).
    static let all: [IndicatorEdgeRule] = {
        let rules = IndicatorTables.edgeRules.rows.map { row in
            func field(_ index: Int) -> String { index < row.count ? row[index] : "" }
            guard let name = Name(rawValue: row[0]), let edge = Edge(rawValue: field(1)),
                ["pass", "once"].contains(field(2))
            else { preconditionFailure("indicators/edge-rules.tsv: bad row \(row)") }
            let written = Self.words(field(3))
            return IndicatorEdgeRule(
                name: name, edge: edge, eachPass: field(2) == "pass",
                words: name.triesLongestFirst ? IndicatorTables.sortedByLength(written) : written,
                exceptions: Self.words(field(4)))
        }
        precondition(
            Set(rules.map(\.name)).count == Name.allCases.count && rules.count == Name.allCases.count,
            "indicators/edge-rules.tsv must list each rule once")
        return rules
    }()

    /// The rules of each pass, and the rules run once after the loop.
    static let passRules = all.filter(\.eachPass)
    static let onceRules = all.filter { !$0.eachPass }

    /// The rule with this name.
    static func named(_ name: Name) -> IndicatorEdgeRule {
        guard let rule = all.first(where: { $0.name == name }) else {
            preconditionFailure("indicators/edge-rules.tsv has no rule \(name.rawValue)")
        }
        return rule
    }

    /// The words of a field: words as written, `@role` as that role's words of words.tsv, `@change:role`
    /// and `@change:role:direction` as the words of change of figures/change-words.tsv.
    private static func words(_ field: String) -> [Keyword] {
        field.split(separator: " ").flatMap { token -> [Keyword] in
            guard token.hasPrefix("@") else { return [Keyword(stringLiteral: String(token))] }
            let parts = token.dropFirst().split(separator: ":").map(String.init)
            guard parts[0] == "change" else { return IndicatorTables.list(parts[0]) }
            return IndicatorTables.changeWords(parts[1], going: parts.count > 2 ? parts[2] : nil)
        }
    }
}

extension Indicator {
    /// What a rule did to the phrase.
    enum Trimmed {
        /// Nothing: the next rule runs.
        case nothing
        /// An edge moved: the next rule runs, and the loop runs another pass.
        case edge
        /// An edge moved: the next pass starts now.
        case again
        /// Nothing moved, but the pass ends here (a kept verb: the end stays where it is).
        case endPass
        /// The phrase is decided (nil when it names nothing).
        case head(Head?)
    }

    /// The phrase being trimmed and what the rules know of it.
    struct Trim {
        var lower: Int
        var upper: Int
        /// The direction a word of change at the end gave.
        var direction: ChangeDirection?
        /// Whether an absolute change's verb is kept: the end is not trimmed again.
        var keepsVerb = false
        /// Whether a word of change was trimmed from the end (a rate before it stays: 增速提高).
        var changeTrimmed = false
        let dates: [DateMention]
        let figure: FactExtractor.Figure
        /// Whether the phrase may list several indicators (a 分别 list).
        let keepsList: Bool
    }

    /// Runs one rule.
    func apply(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        switch rule.name {
        case .separatorAtStart: separatorsAtStart(&trim)
        case .dateBefore: dateBefore(rule, &trim)
        case .openQuote: openQuote(&trim)
        case .methodBefore, .meansBefore: methodBefore(rule, &trim)
        case .conditionBefore: conditionBefore(rule, &trim)
        case .itemNumber: itemNumber(&trim)
        case .ordinalItem: ordinalItem(rule, &trim)
        case .leadWord: leadWord(rule, &trim)
        case .cumulative: cumulative(rule, &trim)
        case .withinYears: withinYears(rule, &trim)
        case .leftOut: leftOut(rule, &trim)
        case .nationalScope: nationalScope(rule, &trim)
        case .aboutShare: aboutShare(rule, &trim)
        case .setting: setting(rule, &trim)
        case .clauseYou: clauseYou(rule, &trim)
        case .separatorAtEnd: separatorsAtEnd(&trim)
        case .footnote: footnote(&trim)
        case .pulledChange: pulledChange(rule, &trim)
        case .amountChange: amountChange(rule, &trim)
        case .comparisonDirection: comparisonDirection(rule, &trim)
        case .selfComparison: selfComparison(rule, &trim)
        case .datedBase: datedBase(rule, &trim)
        case .increaseWord: changeWord(rule, .increase, &trim)
        case .decreaseWord: changeWord(rule, .decrease, &trim)
        case .linkWord: linkWord(rule, &trim)
        case .comparisonTail: comparisonTail(rule, &trim)
        default: applyOnce(rule, &trim)
        }
    }

    /// Runs one of the rules that run once, after the loop.
    private func applyOnce(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        switch rule.name {
        case .budgetedAmount: budgetedAmount(rule, &trim)
        case .denominator: denominator(rule, &trim)
        case .methodAfter: methodAfter(rule, &trim)
        case .cause: cause(rule, &trim)
        case .fromFigure: fromFigure(rule, &trim)
        case .abbreviation: abbreviation(&trim)
        case .examples: examples(rule, &trim)
        case .numberedGroup: numberedGroup(&trim)
        case .listItems: listItems(rule, &trim)
        case .lightVerb: lightVerb(rule, &trim)
        default: .nothing
        }
    }

    // MARK: The start of the phrase, in each pass

    /// Separators (、，；： spaces) before the phrase.
    private func separatorsAtStart(_ trim: inout Trim) -> Trimmed {
        var trimmed = Trimmed.nothing
        while trim.lower < trim.upper, isSeparator(s[trim.lower]) {
            trim.lower += 1
            trimmed = .edge
        }
        return trimmed
    }

    /// 东陵市去年GDP: what comes before the last date is the place or the time, not the indicator
    /// (but 上年结转: a date the exceptions follow stays).
    ///
    /// A date followed only by links (财政用于教育支出五年累计, 人均期望寿命2002年达) is the figure's period, and the
    /// phrase before it is the indicator.
    private func dateBefore(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard let date = lastDate(in: trim.lower..<trim.upper, trim.dates),
            !rule.exceptions.contains(where: { s.matches($0, at: date.scalarOffsets.upperBound) })
        else { return .nothing }
        if date.scalarOffsets.lowerBound >= trim.lower + 2, isLinksOnly(date.scalarOffsets.upperBound..<trim.upper) {
            trim.upper = date.scalarOffsets.lowerBound
            return .edge
        }
        trim.lower = date.scalarOffsets.upperBound
        return .edge
    }

    /// Whether `range` is one or more links (累计, 达, 共计) and nothing else.
    private func isLinksOnly(_ range: Range<Int>) -> Bool {
        var position = range.lowerBound
        while position < range.upperBound, let link = Indicator.links.first(where: { s.matches($0, at: position) }) {
            position += link.scalars.count
        }
        return !range.isEmpty && position == range.upperBound
    }

    /// “今年高校毕业生: a quote that opens a speech (it does not close in the phrase), not a name.
    private func openQuote(_ trim: inout Trim) -> Trimmed {
        guard s[trim.lower] == Scalar.leftDoubleQuotationMark,
            !s[trim.lower..<trim.upper].contains(Scalar.rightDoubleQuotationMark)
        else { return .nothing }
        trim.lower += 1
        return .edge
    }

    /// 按可比价格计算, 通过贴息方式: a method or a means (the first word, then one of the others within 12
    /// characters, the first that ends), not the indicator; at least two characters stay after it.
    private func methodBefore(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        let window = trim.lower..<min(trim.upper, trim.lower + 12)
        guard s.matches(rule.words[0], at: trim.lower),
            let end = rule.words.dropFirst().compactMap({ find($0, in: window) }).min(), end + 2 <= trim.upper
        else { return .nothing }
        trim.lower = end
        return .edge
    }

    /// 正常年景下粮食产量, 在现行标准下: a condition (up to a word of the rule, within the first 12 characters) is
    /// not the indicator; at least two characters stay after it.
    private func conditionBefore(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        let window = trim.lower..<min(trim.upper, trim.lower + 12)
        guard let end = rule.words.compactMap({ find($0, in: window) }).min(), end + 2 <= trim.upper else {
            return .nothing
        }
        trim.lower = end
        return .again
    }

    /// 1.拨款, 3、社会福利经常开支: an item's number (one or two digits and a mark).
    private func itemNumber(_ trim: inout Trim) -> Trimmed {
        guard trim.lower + 2 < trim.upper, Numeral.isASCIIDigit(s[trim.lower]) else { return .nothing }
        var end = trim.lower
        while end < trim.upper, Numeral.isASCIIDigit(s[end]) { end += 1 }
        guard end - trim.lower <= 2, end + 1 < trim.upper,
            [ASCII.fullStop, Scalar.fullwidthFullStop, Scalar.ideographicComma].contains(s[end]),
            !Numeral.isASCIIDigit(s[end + 1])
        else { return .nothing }
        trim.lower = end + 1
        return .again
    }

    /// 三是, 十四是: an item's ordinal (one to three Chinese numerals and a word of the rule), not the indicator; at
    /// least two characters stay after it.
    private func ordinalItem(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        var end = trim.lower
        while end < trim.upper, end - trim.lower < 3, Numeral.chineseDigit(s[end]) != nil || s[end] == Scalar.十 {
            end += 1
        }
        guard end > trim.lower, let word = rule.words.first(where: { s.matches($0, at: end) }),
            end + word.scalars.count + 2 <= trim.upper
        else { return .nothing }
        trim.lower = end + word.scalars.count
        return .again
    }

    /// 全年, 其中, 完成: a word that opens a clause; one at a time, longest first (but 完成投资 as the
    /// whole phrase is the name of a project's investment: an exception that is the whole phrase stays; and a
    /// word of its own that opens with a lead word, 再生 or 再就业 (role whole-word), keeps it).
    private func leadWord(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard
            let word = rule.words.first(where: {
                s.matches($0, at: trim.lower) && trim.lower + $0.scalars.count <= trim.upper
            }),
            !rule.exceptions.contains(where: {
                s.matches($0, at: trim.lower) && trim.upper == trim.lower + $0.scalars.count
            }),
            !Self.wholeWords.contains(where: {
                s.matches($0, at: trim.lower) && trim.lower + $0.scalars.count <= trim.upper
            })
        else { return .nothing }
        trim.lower += word.scalars.count
        return .again
    }

    /// 累计建筑业产值 → 建筑业产值, 累计重大项目投资 → 重大项目投资: 累计 (a word of the rule) before a noun phrase
    /// that names its measure (something, then a measure noun: 建筑业 + 产值) drops, the span being the fact's period;
    /// before a verb it stays (累计建成, 累计接待游客, 累计投入资金: no measure noun at the end; the exceptions, verbs
    /// an indicator keeps and 实际 of 实际利用, also before one), and so before a measure alone (累计筹资).
    private func cumulative(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard let word = rule.words.first(where: { s.matches($0, at: trim.lower) }) else { return .nothing }
        let rest = (trim.lower + word.scalars.count)..<trim.upper
        guard !s.matchesAny(rule.exceptions, at: rest.lowerBound), case .text(let noun)? = measure(rest),
            noun.lowerBound > rest.lowerBound
        else { return .nothing }
        trim.lower = rest.lowerBound
        return .again
    }

    /// Words of their own that open with a lead word (再生, 再就业): the lead word is theirs.
    private static let wholeWords = IndicatorTables.list("whole-word")

    /// 十年内新增: the word's last character opens the phrase and the rest ends the figure before it
    /// (十年 is a quantity): that character opens no indicator.
    private func withinYears(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard rule.words.contains(where: { s.matches($0, at: trim.lower + 1 - $0.scalars.count) }),
            trim.lower + 2 < trim.upper
        else { return .nothing }
        trim.lower += 1
        return .again
    }

    /// 扣除食品和能源价格后的核心CPI: what was left out (the first word, up to the second within 16
    /// characters) is not part of the name.
    private func leftOut(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard s.matches(rule.words[0], at: trim.lower),
            let after = find(rule.words[1], in: trim.lower..<min(trim.upper, trim.lower + 16)), after + 1 < trim.upper
        else { return .nothing }
        trim.lower = after
        return .again
    }

    /// 全国一般公共预算收入, 国务院已取消: the nation's scope or its government opening a clause, like 全省 (but
    /// 全国首店 names a kind of shop, 全国重点实验室 and 全国文明城市 a rank the nation gives, and 国务院组成部门
    /// the government's own bodies).
    private func nationalScope(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard let word = rule.words.first(where: { s.matches($0, at: trim.lower) }), trim.lower + 3 < trim.upper,
            !rule.exceptions.contains(where: { s.matches($0, at: trim.lower) })
        else { return .nothing }
        trim.lower += word.scalars.count
        return .again
    }

    /// 约占本级支出的1%: 约 (the word's first character) qualifies the share.
    private func aboutShare(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard rule.words.contains(where: { s.matches($0, at: trim.lower) }) else { return .nothing }
        trim.lower += 1
        return .edge
    }

    /// 运动员在全国比赛中共获得, 在医院中有公立医院: a setting (the first word, then the second or third within
    /// 16 characters, 2 or more apart) and the actor before it are not the indicator; the exceptions are words
    /// that open with 在 (在建, 在校) or that end or open with 中 or 上 (以上, 上市, 中小).
    private func setting(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard trim.upper - trim.lower > 6,
            let open = (trim.lower..<(trim.upper - 6)).first(where: { s.matches(rule.words[0], at: $0) }),
            !rule.exceptions.contains(where: { s.matches($0, at: open) })
        else { return .nothing }
        let last = min(trim.upper - 2, open + 16)
        guard open + 3 < last,
            let close = ((open + 3)..<last).first(where: { position in
                rule.words.dropFirst().contains { s.matches($0, at: position) }
                    && !rule.exceptions.contains {
                        s.matches($0, at: position + 1 - $0.scalars.count) || s.matches($0, at: position)
                    }
            })
        else { return .nothing }
        trim.lower = close + 1
        return .again
    }

    /// 有 opens a clause (有体育场地), but 有效 有色 有机 有线 有关 are words, and 有 before a 的 with a noun after it
    /// opens a relative clause that is part of the name (有进出口实绩的企业数量; not 有各类…的: there are).
    private func clauseYou(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard trim.lower + 2 < trim.upper, let word = rule.words.first(where: { s.matches($0, at: trim.lower) }),
            !rule.exceptions.contains(where: { s.matches($0, at: trim.lower) }),
            s.matches(Self.kinds, at: trim.lower + word.scalars.count)
                || !s[(trim.lower + 2)..<max(trim.lower + 2, trim.upper - 2)].contains(Scalar.的)
        else { return .nothing }
        trim.lower += word.scalars.count
        return .edge
    }

    // MARK: The end of the phrase, in each pass

    /// Separators after the phrase.
    private func separatorsAtEnd(_ trim: inout Trim) -> Trimmed {
        var trimmed = Trimmed.nothing
        while trim.lower < trim.upper, isSeparator(s[trim.upper - 1]) {
            trim.upper -= 1
            trimmed = .edge
        }
        return trimmed
    }

    /// 国内生产总值[2]: a footnote's mark is not part of the name.
    private func footnote(_ trim: inout Trim) -> Trimmed {
        guard let mark = footnote(endingAt: trim.upper, from: trim.lower) else { return .nothing }
        trim.upper = mark
        return .again
    }

    /// 常住人口比上年末减少2100人: the verb of an absolute change stays (not before a percentage); the
    /// links and comparisons before it are trimmed, and the phrase and the verb are kept apart (but 改造提升, an
    /// exception, is a result verb of its own).
    private func amountChange(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard !trim.figure.isPercentage, let verb = rule.words.first(where: { ends(with: $0, trim.lower, trim.upper) }),
            !rule.exceptions.contains(where: {
                $0.scalars.count > verb.scalars.count && ends(with: $0, trim.lower, trim.upper)
            })
        else { return .nothing }
        trim.keepsVerb = true
        let start = trim.upper - verb.scalars.count
        var inner = start
        while let word = Self.linksAndComparisons.first(where: { ends(with: $0, trim.lower, inner) }) {
            inner -= word.scalars.count
        }
        guard inner < start else { return .endPass }
        return .head(finish(trim.lower..<inner, verb: start..<trim.upper, direction: nil))
    }

    /// 较原来预算少约16%, 比全国高: a comparison (opening with a word of the rule) before a percentage,
    /// whose last word gives the direction; it names no indicator.
    private func comparisonDirection(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard trim.figure.isPercentage, rule.words.contains(where: { s.matches($0, at: trim.lower) }),
            trim.upper - trim.lower >= 3
        else { return .nothing }
        let end = trim.upper..<trim.upper
        if Self.lowerEnds.contains(where: { ends(with: $0, trim.lower, trim.upper) }) {
            return .head(Head(range: end, direction: .decrease, continues: false))
        }
        if Self.higherEnds.contains(where: { ends(with: $0, trim.lower, trim.upper) }) {
            return .head(Head(range: end, direction: .increase, continues: false))
        }
        return .nothing
    }

    /// 比2002年增加5400万人, 较2020年末增长36%: the base of a comparison is not the indicator, as 比上年 is not.
    ///
    /// The base is a word of the rule right before a date that opens the phrase, then maybe a lead word such as 末,
    /// then a verb of change. A relative year (比上年) is the lead words' and self-comparison's; 较2019年同期恢复至
    /// keeps its base.
    private func datedBase(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard let word = rule.words.first(where: { s.matches($0, at: trim.lower) }),
            let date = trim.dates.first(where: { $0.scalarOffsets.lowerBound == trim.lower + word.scalars.count }),
            date.kind != .relative
        else { return .nothing }
        var after = date.scalarOffsets.upperBound
        if let lead = Self.leads.first(where: { s.matches($0, at: after) }) { after += lead.scalars.count }
        guard Self.changeVerbs.contains(where: { s.matches($0, at: after) && after + $0.scalars.count <= trim.upper })
        else { return .nothing }
        trim.lower = date.scalarOffsets.upperBound
        return .again
    }

    /// 比去年预算高0.2个百分点, 比上年低0.5个百分点: a figure compared with itself a year before (a word of the rule),
    /// whose last word gives the direction: a change of the fact before it, so the head is empty.
    private func selfComparison(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard trim.figure.isPercentage,
            let base = rule.words.first(where: {
                trim.upper - trim.lower > $0.scalars.count && s.matches($0, at: trim.lower)
            })
        else { return .nothing }
        let rest = (trim.lower + base.scalars.count)..<trim.upper
        func isEnd(_ word: Keyword) -> Bool { rest.count == word.scalars.count && s.matches(word, at: rest.lowerBound) }
        let end = trim.upper..<trim.upper
        let direction: ChangeDirection? =
            Self.lowerEnds.contains(where: isEnd) ? .decrease : Self.higherEnds.contains(where: isEnd) ? .increase : nil
        guard let direction else { return .nothing }
        return .head(Head(range: end, direction: direction, continues: false))
    }

    /// 涨幅为0.3%, 压减5%: a word at the end before a percentage gives its direction (the first such
    /// word, from the end, decides) and is trimmed.
    ///
    /// A rate a verb of change moved stays (高技术制造业增速提高10.6个百分点 → 高技术制造业增速), and so does a
    /// phrase ending with an exception (经济增长: 经济 alone names nothing).
    private func changeWord(_ rule: IndicatorEdgeRule, _ direction: ChangeDirection, _ trim: inout Trim) -> Trimmed {
        guard trim.figure.isPercentage, let word = rule.words.first(where: { ends(with: $0, trim.lower, trim.upper) }),
            !keepsEnd(word, rule, trim)
        else { return .nothing }
        trim.direction = trim.direction ?? direction
        trim.upper -= word.scalars.count
        trim.changeTrimmed = true
        return .again
    }

    /// The words of change trimmed at the end (verbs and words of direction), with the direction each gives.
    private static let changeEnds: [(word: Keyword, direction: ChangeDirection)] =
        (IndicatorTables.changeWords("verb", going: "up") + IndicatorEdgeRule.named(.increaseWord).words).map {
            ($0, .increase)
        }
        + (IndicatorTables.changeWords("verb", going: "down") + IndicatorEdgeRule.named(.decreaseWord).words).map {
            ($0, .decrease)
        }

    /// 最终消费支出拉动国内生产总值增长2.2个百分点 → 最终消费支出拉动国内生产总值增长: a word of change at the end of
    /// the phrase before a percentage, after a word of the rule (拉动) with what pulls before it and what is pulled
    /// between, names the measure (the pull on growth) and stays; it still gives the change its direction.
    private func pulledChange(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard trim.figure.isPercentage,
            let change = Self.changeEnds.first(where: { ends(with: $0.word, trim.lower, trim.upper) })
        else { return .nothing }
        let pulledEnd = trim.upper - change.word.scalars.count - 2
        guard trim.lower + 2 < pulledEnd,
            rule.words.contains(where: { s.contains($0, in: (trim.lower + 2)..<pulledEnd) })
        else { return .nothing }
        trim.direction = trim.direction ?? change.direction
        trim.keepsVerb = true
        return .endPass
    }

    /// 实有企业较“十三五”期末增长36.2%: the base of a change (a word of the rule and at most 11 characters after it,
    /// at the end of the phrase before a percentage change) is not the indicator; the exceptions are words that
    /// hold the rule's words (比重, 较好).
    private func comparisonTail(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard trim.figure.isPercentage, trim.figure.change != nil || trim.direction != nil,
            trim.upper - trim.lower > 5,
            let base = ((trim.lower + 2)..<(trim.upper - 2)).last(where: { position in
                rule.words.contains { s.matches($0, at: position) }
                    && !rule.exceptions.contains { s.matches($0, at: position) || s.matches($0, at: position - 1) }
            }),
            trim.upper - base <= 12
        else { return .nothing }
        trim.upper = base
        return .edge
    }

    /// 平均为 loses 为, then 平均 (not 均): a link or a verb of change, one word at a time, longest
    /// first; not when the phrase ends with an exception that ends with the word (签约, 下达).
    private func linkWord(_ rule: IndicatorEdgeRule, _ trim: inout Trim) -> Trimmed {
        guard let word = rule.words.first(where: { ends(with: $0, trim.lower, trim.upper) }),
            !keepsEnd(word, rule, trim)
        else { return .nothing }
        trim.upper -= word.scalars.count
        if Self.changeVerbs.contains(where: { $0.scalars == word.scalars }) { trim.changeTrimmed = true }
        return .edge
    }

    /// The verbs of change (增长, 提高) among the words of the link rule.
    private static let changeVerbs = IndicatorTables.changeWords("verb")

    /// Rates that a verb of change after them moves (增速提高): they name the measure.
    private static let rateNouns = IndicatorTables.list("rate-noun")

    /// Whether `word`, at the end of the phrase, stays: the phrase ends with a longer exception of the rule that
    /// ends with it (签约, 经济增长), or the word is a rate and a word of change after it was trimmed.
    private func keepsEnd(_ word: Keyword, _ rule: IndicatorEdgeRule, _ trim: Trim) -> Bool {
        rule.exceptions.contains { $0.scalars.count > word.scalars.count && ends(with: $0, trim.lower, trim.upper) }
            || trim.changeTrimmed && trim.upper - trim.lower > word.scalars.count
                && Self.rateNouns.contains { $0.scalars == word.scalars }
    }
}
