/// Reads indicator phrases: the words before a figure, trimmed to what a statistician would put
/// in a table row (地区生产总值, 城镇新增就业), and the subjects of a 分别 list.
struct Indicator {
    let s: UnsafeBufferPointer<UInt32>

    /// A part of an indicator: a stretch of the (normalized) text, or words the text implies
    /// (城乡居民 → 城镇居民 and 农村居民).
    enum Piece: Hashable {
        case text(Range<Int>)
        case literal(String)
    }

    /// The phrase before a figure, once trimmed.
    struct Head {
        var range: Range<Int>
        /// A change verb kept after a comparison (常住人口比上年末减少 → 常住人口减少).
        var verb: Range<Int>? = nil
        /// Words inside the phrase that are not part of the indicator (规模以上工业企业实现营业收入).
        var gaps: [Range<Int>] = []
        /// The change a noun or verb at the end implies for a ratio (涨幅为0.3%, 压减5%).
        var direction: ChangeDirection?
        /// Whether the phrase only continues the previous fact (占…比重, 净增, 总数).
        var continues: Bool
        /// Whether the phrase is a verb whose object is the previous fact's (新建5G基站…，累计建成…).
        var takesObject = false
        /// Whether the figure is where the indicator started from (污水处理率由45%提高到55%): the
        /// fact is the figure it went to.
        var isFrom = false
    }

    /// Words that open a clause without being part of the indicator, longest first (全年, 其中).
    static let leads: [Keyword] = IndicatorTables.longestFirst("lead")
    /// Words that end a phrase without being part of the indicator: links to the figure, longest first.
    static let links: [Keyword] = IndicatorTables.longestFirst("link")
    /// The links and the bases of comparisons (比上年末…), as trimmed before an absolute change.
    static let linksAndComparisons: [Keyword] = IndicatorTables.sortedByLength(
        IndicatorTables.list("link") + IndicatorTables.list("comparison-base"))
    /// Verbs of an absolute change an indicator keeps: 常住人口减少2100人.
    static let amountChanges: [Keyword] = IndicatorTables.changeWords("amount")
    /// Phrases that only continue the previous fact.
    static let continuations: [Keyword] = IndicatorTables.list("continuation")
    /// A continuation that names the level of the fact before it (国内生产总值增长6.6%，总量突破90万亿元).
    static let ownTotals: [Keyword] = IndicatorTables.list("own-total")
    /// Verbs of results that open an indicator (新增医疗床位) and carry along a 、 list
    /// (新增三级甲等医院2家、社区卫生服务中心15个 → 新增社区卫生服务中心).
    static let resultVerbs: [Keyword] = IndicatorTables.longestFirst("result-verb")
    /// Verbs of a previous indicator that a continuation does not carry (新增高新技术企业 … 总数).
    static let carriedVerbs: [Keyword] = IndicatorTables.sortedByLength(
        IndicatorTables.list("result-verb") + IndicatorTables.list("carried") + IndicatorTables.list("object-verb"))
    /// Verbs that, alone before a figure, act on the previous fact's object (清理规章230件，废止83件 → 废止规章).
    static let objectVerbs: [Keyword] = IndicatorTables.list("object-verb")
    /// Words that open an indicator besides the result verbs (累计).
    static let opensIndicator: [Keyword] = IndicatorTables.list("opens-indicator")
    /// The nouns that say what is measured, which the parts of a total share (粮食总产量…，其中稻谷… → 稻谷产量).
    static let measures: [Keyword] = IndicatorTables.longestFirst("measure")
    /// Last characters of a phrase that already names a measure (发电量, 覆盖率, 零售额).
    static let measureEnds: Set<UInt32> = IndicatorTables.scalars("measure-end")
    /// Words one function each looks for (their comments give examples).
    static let completed = IndicatorTables.word("completion")
    static let budgetOf = IndicatorTables.word("completion-of")
    static let budgetArranged = IndicatorTables.word("budget-arranged")
    static let insuranceBudget = IndicatorTables.word("insurance-budget")
    static let kinds = IndicatorTables.word("kinds")
    static let share = IndicatorTables.word("share")
    static let shareLink = IndicatorTables.word("share-link")
    static let shareCloses: [Keyword] = IndicatorTables.list("share-close")
    static let ratioOpen = IndicatorTables.word("ratio-open")
    static let ratioClose = IndicatorTables.word("ratio-close")
    static let allOf: [Keyword] = IndicatorTables.list("all-of")
    static let thresholds: [Keyword] = IndicatorTables.list("threshold")
    static let overUnder: [Keyword] = IndicatorTables.list("over-under")
    /// 城乡居民 → 城镇居民 and 农村居民; 城乡低保 → 城市低保 and 农村低保.
    static let joint = IndicatorTables.word("joint")
    static let residents = IndicatorTables.word("residents")
    static let jointTown = IndicatorTables.word("joint-town")
    static let jointCity = IndicatorTables.word("joint-city")
    static let jointRural = IndicatorTables.word("joint-rural")
    /// The last words of a comparison that say the figure is less (少, 低) or more (多, 高).
    static let lowerEnds: [Keyword] = IndicatorTables.list("lower-end")
    static let higherEnds: [Keyword] = IndicatorTables.list("higher-end")

    /// The result verb an indicator opens with (新增, 新建、改扩建), as a piece.
    func resultVerb(_ pieces: [Piece]) -> Piece? {
        guard case .text(let range)? = pieces.first else { return nil }
        return Self.resultVerbs.first {
            s.matches($0, at: range.lowerBound)
                && (range.count > $0.scalars.count + 1 || range.count == $0.scalars.count && pieces.count > 1)
        }
        .map { .text(range.lowerBound..<(range.lowerBound + $0.scalars.count)) }
    }

    /// Verbs that are part of a name and open every item of its 、 list (办理人大代表建议9件、政协提案5件).
    static let listVerbs: [Keyword] = IndicatorTables.longestFirst("list-verb")
    /// What opens an item of a 、 list that the list's verb does not open: a verb of its own (发放补贴4亿元、带动3万人
    /// 就业), a measure of the item before (、总投资860亿元), or a lead word the head kept (、完成投资3000亿元).
    static let ownOpenings: [Keyword] = IndicatorTables.list("own-opening") + leads
    /// Determiners trimmed before a noun (各类, 各项), longest first.
    static let determiners: [Keyword] = IndicatorTables.longestFirst("determiner")

    /// The verb a list's first item opens with that opens every item: a result verb (unless `withResultVerbs` is
    /// false) or a list verb, as a piece; with the 累计 that opens it (累计培育创新型企业…、专精特新企业… → 累计培育).
    func listVerb(_ pieces: [Piece], withResultVerbs: Bool = true) -> Piece? {
        if withResultVerbs, let verb = resultVerb(pieces) { return verb }
        guard case .text(let range)? = pieces.first else { return nil }
        let opening = Self.opensIndicator.first { s.matches($0, at: range.lowerBound) }?.scalars.count ?? 0
        let verbs = withResultVerbs && opening > 0 ? Self.listVerbs + Self.resultVerbs : Self.listVerbs
        guard
            let verb = verbs.first(where: {
                let length = opening + $0.scalars.count
                return s.matches($0, at: range.lowerBound + opening)
                    && (range.count > length + 1 || range.count == length && pieces.count > 1)
            })
        else { return nil }
        return .text(range.lowerBound..<(range.lowerBound + opening + verb.scalars.count))
    }

    /// An indicator closed by an object verb (自治区重大项目开工), without that verb: the noun a verb alone after it
    /// acts on (…开工390个、竣工437个 → 自治区重大项目竣工); nil when no object verb closes it.
    func objectBeforeVerb(_ pieces: [Piece]) -> [Piece]? {
        guard case .text(let range)? = pieces.last,
            let verb = Self.objectVerbs.first(where: { ends(with: $0, range.lowerBound, range.upperBound) }),
            range.count >= verb.scalars.count + 2
        else { return nil }
        return pieces.dropLast() + [.text(range.lowerBound..<(range.upperBound - verb.scalars.count))]
    }

    /// Whether an indicator is a result or object verb alone (废止), with no object.
    func isVerbAlone(_ pieces: [Piece]) -> Bool {
        guard pieces.count == 1, case .text(let range) = pieces[0] else { return false }
        return (Self.resultVerbs + Self.objectVerbs).contains {
            range.count == $0.scalars.count && s.matches($0, at: range.lowerBound)
        }
    }

    /// The measure noun an indicator or a label ends with (粮食总产量 → 产量), as a piece.
    func measure(_ range: Range<Int>) -> Piece? {
        Self.measures.first {
            ends(with: $0, range.lowerBound, range.upperBound) && range.count > $0.scalars.count
                || range.count == $0.scalars.count && s.matches($0, at: range.lowerBound)
        }
        .map { .text((range.upperBound - $0.scalars.count)..<range.upperBound) }
    }

    /// Words that qualify a whole total (城镇, 农村, 男性): the part is the word and the total.
    static let qualifiers: [Keyword] = IndicatorTables.list("qualifier")

    /// A part of a total: 农村 + 居民消费价格, 稻谷 + 产量 (the total's measure noun).
    func part(_ pieces: [Piece], of total: [Piece]) -> [Piece] {
        if pieces.count == 1, case .text(let range) = pieces[0],
            Self.qualifiers.contains(where: { range.count == 2 && s.matches($0, at: range.lowerBound) })
        {
            return pieces + total
        }
        if let kind = kind(pieces, of: total) { return withVerb(of: total, kind) }
        guard case .text(let range)? = total.last, let measure = measure(range) else {
            return withVerb(of: total, pieces)
        }
        // 总用水量…其中，生活用水: a part that ends with the measure's next to last character (水) takes the last (量).
        if case .text(let last)? = pieces.last, case .text(let noun) = measure, noun.count >= 2, last.count >= 2,
            s[last.upperBound - 1] == s[noun.upperBound - 2]
        {
            return withVerb(of: total, pieces + [.text((noun.upperBound - 1)..<noun.upperBound)])
        }
        return withVerb(of: total, pieces + [measure])
    }

    /// The tail of a total a part leaves off: 总量 (国有建设用地供应总量 → 工矿仓储用地供应).
    static let totalTails: [Keyword] = IndicatorTables.list("total-tail")

    /// A part that names a kind of the noun of a total ending with a total tail (总量) takes what follows the noun
    /// in the total, without the tail: 国有建设用地供应总量…其中，工矿仓储用地 → 工矿仓储用地供应.
    ///
    /// The noun is the part's last two characters, spelled in the total; nil when there is none or no tail
    /// (装机容量…其中，光伏装机 stays 光伏装机).
    func kind(_ pieces: [Piece], of total: [Piece]) -> [Piece]? {
        guard case .text(let last)? = pieces.last, last.count >= 3, case .text(let range)? = total.last,
            range.count >= 3,
            let noun = (range.lowerBound..<(range.upperBound - 1)).first(where: {
                s[$0] == s[last.upperBound - 2] && s[$0 + 1] == s[last.upperBound - 1]
            })
        else { return nil }
        let tail = (noun + 2)..<range.upperBound
        guard let word = Self.totalTails.first(where: { ends(with: $0, tail.lowerBound, tail.upperBound) }) else {
            return nil
        }
        let kept = tail.lowerBound..<(tail.upperBound - word.scalars.count)
        return kept.isEmpty ? pieces : pieces + [.text(kept)]
    }

    /// A part named inside its total: 限额以上单位 + 粮油食品类 + 商品零售额.
    func part(_ pieces: [Piece], inside total: [Piece]) -> [Piece] {
        guard case .text(let range)? = total.last, total.count == 1, case .text(let measure)? = measure(range) else {
            return part(pieces, of: total)
        }
        return [.text(range.lowerBound..<measure.lowerBound)] + pieces + [.text(measure)]
    }

    /// A part of a total whose indicator opens with a result or list verb opens with it too (新增政府债券
    /// 8.90亿元，其中一般债券2.10亿元 → 新增一般债券; 建设蓄水项目…，其中塘坝5座 → 建设塘坝).
    func withVerb(of total: [Piece], _ pieces: [Piece]) -> [Piece] {
        guard let verb = listVerb(total), case .text(let range)? = pieces.first, !opensWithVerb(range),
            case .text(let verbRange) = verb,
            !pieces.contains(where: { piece in
                if case .text(let text) = piece {
                    return s.contains(Keyword(stringLiteral: self.text([.text(verbRange)])), in: text)
                }
                return false
            })
        else { return pieces }
        return [verb] + pieces
    }

    /// The levels of government a budget total can be scoped to.
    static let scopes: [Keyword] = IndicatorTables.list("budget-scope")

    /// A part of a scoped total is scoped too (市级一般公共预算支出…。其中：教育支出 → 市级教育支出).
    func withScope(of total: [Piece], _ pieces: [Piece]) -> [Piece] {
        guard case .text(let totalRange)? = total.first, case .text(let range)? = pieces.first,
            let scope = Self.scopes.first(where: { s.matches($0, at: totalRange.lowerBound) }),
            !Self.scopes.contains(where: { s.matches($0, at: range.lowerBound) })
        else { return pieces }
        return [.text(totalRange.lowerBound..<(totalRange.lowerBound + scope.scalars.count))] + pieces
    }

    /// Scope words a total's name opens with that its parts take (货物, 服务).
    static let partScopes: [Keyword] = IndicatorTables.longestFirst("part-scope")

    /// A part of a total whose name opens with a scope word right before a measure takes the scope word.
    ///
    /// 货物进出口总额…其中，出口 → 货物出口; not after a scope word that opens a longer word (服务业增加值: 业 follows,
    /// no measure), nor when the part holds the word already.
    func withPartScope(of total: [Piece], _ pieces: [Piece]) -> [Piece] {
        guard case .text(let totalRange)? = total.first,
            let scope = Self.partScopes.first(where: { s.matches($0, at: totalRange.lowerBound) }),
            Self.measures.contains(where: { s.matches($0, at: totalRange.lowerBound + scope.scalars.count) }),
            !text(pieces).hasPrefix(scope.text)
        else { return pieces }
        return [.text(totalRange.lowerBound..<(totalRange.lowerBound + scope.scalars.count))] + pieces
    }

    /// Whether a phrase ends with the same two characters as the total's last piece (一般债务限额, 新增债务限额).
    func sharesMeasure(_ range: Range<Int>, with total: [Piece]) -> Bool {
        guard range.count >= 3, case .text(let last)? = total.last, last.count >= 3 else { return false }
        return s[range.upperBound - 1] == s[last.upperBound - 1] && s[range.upperBound - 2] == s[last.upperBound - 2]
    }

    /// Whether a phrase lacks a measure noun (稻谷, 男性, 装备制造业), so a part takes its total's.
    func lacksMeasure(_ range: Range<Int>) -> Bool {
        !range.isEmpty && !Self.measureEnds.contains(s[range.upperBound - 1]) && range.count <= 18
            && measure(range) == nil  // 养老服务床位 names its measure
    }

    /// Words that compare with something else (增速高于全省0.1个百分点, 降幅比上年收窄): what
    /// follows is not the indicator's own figure.
    static let comparisons: [Keyword] = IndicatorTables.list("comparison")
    /// Measures counted in years or months (受教育年限): a duration after them is their level, not a length of time.
    static let durationMeasures: [Keyword] = IndicatorTables.list("duration-measure")
    /// Last words of a phrase that does not name an indicator: 建设的12英寸…, 市第二中学等4所, 约占, 折合,
    /// 最高500万元 (a cap of a policy).
    static let danglingEnds: [Keyword] = IndicatorTables.list("dangling")

    /// Whether a head names an indicator for `figure`: not a duration (连续三年, 过去一年), not a
    /// comparison, not a phrase left hanging.
    func names(_ head: Head, _ figure: FactExtractor.Figure) -> Bool {
        // 平均受教育年限提高到11.3年: a measure counted in years names its level (rule years-measure).
        if figure.unit == .measure(.year) || figure.unit == .measure(.month),
            !Self.durationMeasures.contains(where: { ends(with: $0, head.range.lowerBound, head.range.upperBound) })
        {
            return false
        }
        let whole = head.range.lowerBound..<(head.verb?.upperBound ?? head.range.upperBound)
        if Self.comparisons.contains(where: { s.contains($0, in: whole) }) { return false }
        // 推广5万亩稻渔综合种养: a list verb alone names nothing (what it counts follows the figure).
        if head.verb == nil,
            Self.listVerbs.contains(where: { $0.scalars.count == whole.count && s.matches($0, at: whole.lowerBound) })
        {
            return false
        }
        // 扭转了前一年收缩…: a clause with 了 tells what happened, it names no indicator.
        if s[whole].contains(Scalar.了) { return false }
        return !Self.danglingEnds.contains { ends(with: $0, head.range.lowerBound, head.range.upperBound) }
    }

    /// Budget terms that name a line of the account whose subject is the paragraph's (收入总计,
    /// 结转下年) or the previous figure's (…基金收入186.42亿元、支出172.65亿元).
    static let accountTerms: [Keyword] = IndicatorTables.longestFirst("account-term")
    static let itemTerms: [Keyword] = IndicatorTables.list("item-term")

    /// Whether `range` is a term of a budget account, and whether its subject is the paragraph's.
    func accountTerm(_ range: Range<Int>) -> (isTerm: Bool, ofParagraph: Bool) {
        if Self.accountTerms.contains(where: { range.count == $0.scalars.count && s.matches($0, at: range.lowerBound) })
        {
            return (true, true)
        }
        return (
            Self.itemTerms.contains { range.count == $0.scalars.count && s.matches($0, at: range.lowerBound) }, false
        )
    }

    /// The subject of a budget account from an indicator: 一般公共预算收入 → 一般公共预算;
    /// 社会保险基金预算收入 → 社会保险基金 (its balances are the fund's; its spending is the budget's).
    func accountSubject(_ pieces: [Piece], forBalance: Bool = true) -> [Piece] {
        // 预备费 + 实际动用: the subject is the pieces before the account's own term.
        if pieces.count > 1, case .text(let last)? = pieces.last,
            Self.itemTerms.contains(where: { last.count == $0.scalars.count && s.matches($0, at: last.lowerBound) })
        {
            return Array(pieces.dropLast())
        }
        guard case .text(var range)? = pieces.last, pieces.count == 1 else { return pieces }
        for word in Self.itemTerms where ends(with: word, range.lowerBound, range.upperBound) && range.count > 4 {
            range = range.lowerBound..<(range.upperBound - word.scalars.count)
            break
        }
        // 社会保险基金预算: the fund, without 预算.
        if forBalance, ends(with: Self.insuranceBudget, range.lowerBound, range.upperBound) {
            range = range.lowerBound..<(range.upperBound - 2)
        }
        // 市级预算安排预备费, 县本级预算安排预备费: the reserve fund is the subject.
        if let arranged = find(Self.budgetArranged, in: range), arranged < range.upperBound {
            range = arranged..<range.upperBound
        }
        return [.text(range)]
    }

    /// The label before a colon (1.GDP：2836.5亿元; 实际使用外资（Actual FDI）：…), without its
    /// numbering and its English gloss, as a head.
    func label(endingAt colon: Int, from start: Int) -> Head? {
        var lower = start
        while lower < colon,
            isSeparator(s[lower]) || Numeral.isASCIIDigit(s[lower]) || s[lower] == ASCII.fullStop
                || s[lower] == Scalar.ideographicSpace
        {
            lower += 1
        }
        var upper = colon
        if upper - lower > 2, Self.closingBrackets.contains(s[upper - 1]),
            let open = (lower..<upper).last(where: { Self.openingBrackets.contains(s[$0]) }), open > lower
        {
            upper = open
        }
        guard upper - lower >= 2, upper - lower <= 20 else { return nil }
        return finish(lower..<upper, verb: nil, direction: nil)
    }

    /// What follows 分别 in a head, without its link verbs (分别实现税收收入 → 税收收入), as a piece.
    func measureAfter(_ range: Range<Int>) -> Piece? {
        var lower = range.lowerBound
        while let word = Self.leads.first(where: {
            s.matches($0, at: lower) && lower + $0.scalars.count < range.upperBound
        }) {
            lower += word.scalars.count
        }
        return range.upperBound - lower >= 2 ? .text(lower..<range.upperBound) : nil
    }

    /// The budget a completion ratio is measured against: 完成预算的101.8% → 预算,
    /// 完成调整预算的96.3% → 调整预算.
    func completion(_ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        while lower < range.upperBound, isSeparator(s[lower]) { lower += 1 }
        guard s.matches(Self.completed, at: lower), ends(with: Self.budgetOf, lower, range.upperBound) else {
            return nil
        }
        let budget = (lower + Self.completed.scalars.count)..<(range.upperBound - 1)  // without 的
        return budget.count <= 6 ? budget : nil
    }

    /// Measures that name nothing without a subject (利润总额, 总产量, 授权量).
    static let bareMeasures: [Keyword] = IndicatorTables.longestFirst("bare-measure")
    /// Measures of the things a count counted (道路14条、总长23.6公里).
    static let lengths: [Keyword] = IndicatorTables.list("length")
    /// The measures a subject is cut from (规模以上工业企业营业收入 → 规模以上工业企业).
    static let subjectMeasures: [Keyword] = IndicatorTables.sortedByLength(
        bareMeasures + measures + IndicatorTables.list("subject-measure"))

    /// The previous indicator's subject for a head that is a bare measure: 规模以上工业企业营业收入…，
    /// 利润总额… → 规模以上工业企业; 粮食播种面积…，总产量… → 粮食.
    func subject(of previous: [Piece], for head: Head) -> [Piece]? {
        guard head.verb == nil, head.gaps.isEmpty,
            Self.bareMeasures.contains(where: {
                head.range.count == $0.scalars.count && s.matches($0, at: head.range.lowerBound)
            })
        else { return nil }
        // …存款余额…，比年初增加968.7亿元；各项贷款余额…: the level's subject, not its change's.
        let previous = withoutChangeVerb(previous) ?? previous
        guard case .text(let range)? = previous.last else { return nil }
        guard
            let measure = Self.subjectMeasures.first(where: {
                ends(with: $0, range.lowerBound, range.upperBound) && range.count >= $0.scalars.count
            })
        else {
            // 新建、改建道路14条、总长23.6公里: what was counted is the subject.
            return Self.lengths.contains(where: {
                head.range.count == $0.scalars.count && s.matches($0, at: head.range.lowerBound)
            }) ? previous : nil
        }
        var subject = Array(previous.dropLast())
        if range.count > measure.scalars.count {
            subject.append(.text(range.lowerBound..<(range.upperBound - measure.scalars.count)))
        }
        guard subject.reduce(0, { $0 + length($1) }) >= 2 else { return nil }
        // 新增高新技术企业: a verb is not part of the subject.
        return carried(subject)
    }

    /// Whether a head ends with the verb of an absolute change (常住人口减少).
    func endsWithChangeVerb(_ head: Head) -> Bool {
        let range = head.verb ?? head.range
        return Self.amountChanges.contains { ends(with: $0, range.lowerBound, range.upperBound) }
    }

    /// Whether a phrase opens with a result verb.
    func opensWithVerb(_ range: Range<Int>) -> Bool {
        Self.resultVerbs.contains { s.matches($0, at: range.lowerBound) }
            || Self.opensIndicator.contains { s.matches($0, at: range.lowerBound) }
            || Self.listVerbs.contains { s.matches($0, at: range.lowerBound) }
    }

    /// The indicator phrase in `range`, or nil when what is left is not a phrase: the edge rules
    /// (`indicators/edge-rules.tsv`) trim it, those of each pass until a pass trims nothing (the end is
    /// not trimmed once a verb is kept), then those that run once.
    func head(_ range: Range<Int>, dates: [DateMention], figure: FactExtractor.Figure, keepsList: Bool = false) -> Head?
    {
        var trim = Trim(
            lower: range.lowerBound, upper: range.upperBound, dates: dates, figure: figure, keepsList: keepsList)
        var changed = true
        passes: while changed, trim.lower < trim.upper {
            changed = false
            for rule in IndicatorEdgeRule.passRules {
                if rule.edge == .end, trim.keepsVerb { continue passes }
                switch apply(rule, &trim) {
                case .nothing: break
                case .edge: changed = true
                case .again:
                    changed = true
                    continue passes
                case .endPass: continue passes
                case .head(let head): return head
                }
            }
        }
        for rule in IndicatorEdgeRule.onceRules {
            if case .head(let head) = apply(rule, &trim) { return head }
        }
        // A 分别 list names several indicators: it may be longer than one.
        return finish(trim.lower..<trim.upper, verb: nil, direction: trim.direction, longest: keepsList ? 48 : 24)
    }

    /// Checks what is left is a phrase: at most 24 characters of Han, Latin, digits and the
    /// punctuation names use (“5G”基站, PM2.5, （PMI）).
    func finish(_ range: Range<Int>, verb: Range<Int>?, direction: ChangeDirection?, longest: Int = 24) -> Head? {
        let whole = range.lowerBound..<(verb?.upperBound ?? range.upperBound)
        guard whole.count - glossLength(in: whole) <= longest, whole.allSatisfy({ isPhraseScalar(s[$0]) }) else {
            return nil
        }
        if let verb, range.isEmpty { return Head(range: verb, direction: direction, continues: true) }
        if let verb, verb.lowerBound != range.upperBound {
            return Head(range: range, verb: verb, direction: direction, continues: false)
        }
        if (Self.resultVerbs + Self.objectVerbs).contains(where: {
            whole.count == $0.scalars.count && s.matches($0, at: whole.lowerBound)
        }) {
            return Head(range: whole, direction: direction, continues: false, takesObject: true)
        }
        let continues =
            !whole.isEmpty && s.matches(Self.share, at: whole.lowerBound)
            || whole.count > 3 && s.matches(Self.ratioOpen, at: whole.lowerBound)  // 与地区生产总值之比
                && s.matches(Self.ratioClose, at: whole.upperBound - Self.ratioClose.scalars.count)
            || Self.continuations.contains { whole.count == $0.scalars.count && s.matches($0, at: whole.lowerBound) }
        return Head(range: whole, gaps: verb == nil ? gaps(in: whole) : [], direction: direction, continues: continues)
    }

    /// Verbs and fillers inside a phrase that a table row would not have: 实现, 完成, 全年, 出现.
    static let fillers: [Keyword] = IndicatorTables.list("filler")
    /// Settled names that open with a filler and keep it (对外承包工程完成营业额).
    static let keptFillers: [Keyword] = IndicatorTables.list("kept-filler")

    /// Where a footnote's mark ([2], [12]) that ends at `upper` starts, or nil.
    func footnote(endingAt upper: Int, from lower: Int) -> Int? {
        guard upper - lower > 3, s[upper - 1] == ASCII.rightSquareBracket,
            let open = (max(lower, upper - 5)..<(upper - 1)).last(where: { s[$0] == ASCII.leftSquareBracket }),
            open + 1 < upper - 1, (open + 1..<(upper - 1)).allSatisfy({ Numeral.isASCIIDigit(s[$0]) }), open > lower
        else { return nil }
        return open
    }

    /// Where fillers and footnote marks stand inside `range` (not at its ends).
    private func gaps(in range: Range<Int>) -> [Range<Int>] {
        guard range.count > 4 else { return [] }
        var gaps: [Range<Int>] = []
        var position = range.lowerBound + 2
        while position < range.upperBound - 2 {
            // 农民工[8]总量: a footnote's mark inside the name.
            if s[position] == ASCII.leftSquareBracket,
                let close = (position + 1..<min(range.upperBound, position + 5)).first(where: {
                    s[$0] == ASCII.rightSquareBracket
                }),
                close > position + 1, (position + 1..<close).allSatisfy({ Numeral.isASCIIDigit(s[$0]) })
            {
                gaps.append(position..<(close + 1))
                position = close + 1
                continue
            }
            // 研究与试验发展（R&D）经费支出: an abbreviation in brackets inside the name.
            // 农村金融机构（农村信用社、农村商业银行）贷款余额: a gloss listing names in brackets, too.
            if let close = abbreviationClose(openingAt: position, before: range.upperBound - 1)
                ?? listGlossClose(openingAt: position, before: range.upperBound - 1)
            {
                gaps.append(position..<(close + 1))
                position = close + 1
                continue
            }
            if isShareLink(at: position, in: range) {
                gaps.append(position..<(position + 1))
                position += 1
                continue
            }
            if let word = Self.fillers.first(where: {
                s.matches($0, at: position) && position + $0.scalars.count < range.upperBound - 1
            }), !s.matchesAny(Self.keptFillers, at: position) {
                gaps.append(position..<(position + word.scalars.count))
                position += word.scalars.count
            } else {
                position += 1
            }
        }
        return gaps
    }

    /// Whether the 的 at `position` links a share to its last word after 占 (rule share-without-de): 民间投资占全部
    /// 投资的比重 is named 民间投资占全部投资比重, as the guideline settles; 的 elsewhere stays.
    private func isShareLink(at position: Int, in range: Range<Int>) -> Bool {
        s.matches(Self.shareLink, at: position)
            && Self.shareCloses.contains {
                position + 1 + $0.scalars.count == range.upperBound && s.matches($0, at: position + 1)
            }
            && (range.lowerBound..<position).contains { s.matches(Self.share, at: $0) }
    }

    /// Where a gloss in brackets that opens at `open` and lists names closes, or nil: two or more items
    /// between 、, each of three characters or more (（农村信用社、农村商业银行）; not 县（市、区）, whose
    /// items are one character).
    func listGlossClose(openingAt open: Int, before upper: Int) -> Int? {
        guard Self.openingBrackets.contains(s[open]),
            let close = ((open + 1)..<min(upper, open + 40)).first(where: {
                Self.closingBrackets.contains(s[$0]) || Self.openingBrackets.contains(s[$0])
            }),
            Self.closingBrackets.contains(s[close])
        else { return nil }
        let items = split((open + 1)..<close, on: [Scalar.ideographicComma])
        return items.count >= 2 && items.allSatisfy({ $0.count >= 3 }) ? close : nil
    }

    /// How many characters of `range` are glosses listing names in brackets (not counted in a name's length).
    private func glossLength(in range: Range<Int>) -> Int {
        var length = 0
        var position = range.lowerBound + 1
        while position < range.upperBound - 1 {
            if let close = listGlossClose(openingAt: position, before: range.upperBound - 1) {
                length += close + 1 - position
                position = close + 1
            } else {
                position += 1
            }
        }
        return length
    }

    /// An absolute change's indicator without its verb (总就业人数增加 → 总就业人数), or nil.
    func withoutChangeVerb(_ pieces: [Piece]) -> [Piece]? {
        guard case .text(let range)? = pieces.last,
            let verb = Self.amountChanges.first(where: { ends(with: $0, range.lowerBound, range.upperBound) })
        else { return nil }
        // 常住人口 + 减少 (the verb a piece of its own), or 总就业人数增加 (one piece).
        if range.count == verb.scalars.count { return pieces.count > 1 ? Array(pieces.dropLast()) : nil }
        guard range.count > 3 else { return nil }
        return pieces.dropLast() + [.text(range.lowerBound..<(range.upperBound - verb.scalars.count))]
    }

    /// The measure a class by threshold belongs to, from the fact before: 单体投资超10亿元的项目 →
    /// 单体投资; or the whole indicator when its own figure was the threshold passed
    /// (村级集体经济经营性收入全部超过15万元 → 村级集体经济经营性收入).
    func thresholdSubject(of previous: [Piece]) -> [Piece]? {
        // 村级集体经济经营性收入 + 超50万元的村: the pieces before the one that opens with 超.
        if previous.count > 1,
            let threshold = previous.firstIndex(where: { piece in
                if case .text(let range) = piece { return s[range.lowerBound] == Scalar.超 }
                return false
            }), threshold > 0
        {
            return Array(previous[..<threshold])
        }
        guard case .text(var range)? = previous.first else { return nil }
        if let mark = (range.lowerBound + 2..<range.upperBound).first(where: { s[$0] == Scalar.超 }) {
            return [.text(range.lowerBound..<mark)]
        }
        guard previous.count == 1, range.count > 3,
            Self.thresholds.contains(where: { s.matches($0, at: range.upperBound) })
        else { return nil }
        if let all = Self.allOf.first(where: { ends(with: $0, range.lowerBound, range.upperBound) }) {
            range = range.lowerBound..<(range.upperBound - all.scalars.count)
        }
        return [.text(range)]
    }

    /// An indicator without 各类 in front (各类生产安全事故 → 生产安全事故).
    func withoutKinds(_ pieces: [Piece]) -> [Piece] {
        guard case .text(let range)? = pieces.first, range.count > 2, s.matches(Self.kinds, at: range.lowerBound) else {
            return pieces
        }
        return [.text((range.lowerBound + Self.kinds.scalars.count)..<range.upperBound)] + pieces.dropFirst()
    }

    /// The previous fact's indicator as a continuation carries it: without 新增 or 新建 in front.
    func carried(_ pieces: [Piece]) -> [Piece] {
        guard case .text(var range)? = pieces.first else { return pieces }
        // 县本级预算安排预备费 → 预备费: what the budget arranged is the subject.
        if let arranged = find(Self.budgetArranged, in: range), arranged < range.upperBound - 1 {
            range = arranged..<range.upperBound
            return carried([.text(range)] + pieces.dropFirst())
        }
        for verb in Self.carriedVerbs where s.matches(verb, at: range.lowerBound) {
            if range.count == verb.scalars.count, pieces.count > 1 { return Array(pieces.dropFirst()) }
            if range.count > verb.scalars.count + 1 {
                return [.text((range.lowerBound + verb.scalars.count)..<range.upperBound)] + pieces.dropFirst()
            }
        }
        return pieces
    }

    /// The text of an indicator in the normalized text.
    func text(_ pieces: [Piece]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let range): String(String.UnicodeScalarView(s[range].compactMap(Unicode.Scalar.init)))
            case .literal(let text): text
            }
        }.joined()
    }
}

extension Indicator.Head {
    /// The indicator this head names, before anything a continuation carries.
    var pieces: [Indicator.Piece] {
        var pieces: [Indicator.Piece] = []
        var start = range.lowerBound
        for gap in gaps {
            pieces.append(.text(start..<gap.lowerBound))
            start = gap.upperBound
        }
        pieces.append(.text(start..<range.upperBound))
        return pieces + (verb.map { [Indicator.Piece.text($0)] } ?? [])
    }

    /// Where the evidence starts.
    var start: Int { range.lowerBound }
}
