/// The pairing rules that read the phrase before a figure (see `FactExtractor.pairing` for their order).
extension FactExtractor {
    // MARK: Adjustments

    /// 50万元以上的行政村占比, 3岁以下婴幼儿托位数: the figure before is part of the indicator (its
    /// fact, if it made one, is taken back).
    func embeddedFigure(_ p: inout Pairing) {
        let index = p.index
        guard index > 0, p.headStart == p.figures[index - 1].range.upperBound,
            isEmbedding(at: p.headStart, after: p.figures[index - 1])
        else { return }
        if p.lastFigure == index - 1, let last = p.sentenceFacts.last, last == p.found.count - 1 {
            p.headStart = p.found[last].range.lowerBound
            p.found.removeLast()
            p.sentenceFacts.removeLast()
        } else {
            p.headStart = context.clauseStart(before: p.figures[index - 1].range.lowerBound)
            // …38个、千亩以上产业基地: not past the figure before it.
            // 新建750千伏和330千伏电网工程16个: nor past a specification before it (rule specification-in-name).
            var before = index - 2
            while before >= 0, isSpecification(p.figures[before]) { before -= 1 }
            if before >= 0 { p.headStart = max(p.headStart, p.figures[before].range.upperBound) }
        }
    }

    /// 其中, 分…看 or a label (主要工业产品产量：) opens parts that share their total's measure noun.
    func partsOfTotal(_ p: inout Pairing) {
        let lower = p.figure.range.lowerBound
        let periodStart = p.periodStart
        if p.parts.label?.scope != periodStart {
            p.parts.label = nil
            p.parts.insideTotal = false
        }
        // Under a label, 其中 holds to the end of its clause list (…汽车5.32万辆，其中新能源汽车…；粗钢…).
        let markScope = p.parts.label == nil ? periodStart : context.sentenceStart(before: lower)
        if let mark = context.partsMark(in: markScope..<lower), let total = total(before: mark, in: p.found) {
            p.parts.parent = p.found[total].indicator
            p.parts.unit = .same(p.found[total].unit)
            p.parts.scope = periodStart
        } else if let total = context.inTotal(in: periodStart..<lower) {
            // 在限额以上单位商品零售额中，粮油食品类增长6.8%: each part inside its total's name.
            p.parts.openLabel([.text(total)], scope: periodStart)
            p.parts.insideTotal = true
        } else if p.parts.label == nil, let opener = context.listOpener(in: periodStart..<lower),
            let first = p.found.firstIndex(where: { $0.range.lowerBound >= opener && $0.range.upperBound <= lower })
        {
            // 主要工业产品中，汽车产量86.4万辆…；粗钢1862.3万吨: the items share the first one's measure.
            p.parts.openLabel(p.found[first].indicator, scope: periodStart)
        } else if p.clause > 0, Self.colons.contains(s[p.clause - 1]) {
            // A label's items are measured in their own units.
            p.parts.openLabel([.text(context.sentenceStart(before: p.clause - 1)..<(p.clause - 1))], scope: periodStart)
        } else if let label = p.parts.label {
            p.parts.parent = label.pieces
            p.parts.unit = .any
        } else if p.parts.scope != periodStart {
            p.parts.parent = nil
        }
    }

    // MARK: Changes from a start

    /// 研究与试验开发经费，从1997年的509亿元增加到…; 占…的比重从0.64%提高到1.13%: the indicator
    /// waits for the figure it went to.
    func baselineStart(_ p: inout Pairing) -> Int? {
        guard let changeStart = p.changeStart,
            let pieces = baselines.indicator(
                p.head, clause: p.clause, previous: p.previous, context: context, text: p.text, dates: p.dates,
                figure: p.figure)
        else { return nil }
        p.pending = (partOfTotal(pieces, p), p.clause, p.figure, changeStart.period)
        return p.index + 1
    }

    /// 由45%提高到55%: the indicator waits for the figure it went to.
    func changeFrom(_ p: inout Pairing) -> Int? {
        guard let head = p.head, head.isFrom else { return nil }
        p.pending = (partOfTotal(head.pieces, p), p.clause, p.figure, nil)
        return p.index + 1
    }

    /// A start's indicator that is its own head after 其中 is named as a part of the total (rule part-from:
    /// 公路通车里程由…增加到…，其中高速公路由4771公里增加到2.52万公里 → 高速公路通车里程).
    private func partOfTotal(_ pieces: [Indicator.Piece], _ p: Pairing) -> [Indicator.Piece] {
        guard let head = p.head, !head.continues, head.pieces == pieces, p.parts.parent != nil else { return pieces }
        return partPieces(pieces, head, p)
    }

    /// The figure a waiting indicator went to: the fact, with the start as its baseline.
    ///
    /// A waiting indicator holds for the next figure only.
    func baseline(_ p: inout Pairing) -> Int? {
        defer { p.pending = nil }
        let figure = p.figure
        guard let pending = p.pending, pending.clause == p.clause,
            p.head?.range.isEmpty ?? true
                || baselines.reaches(pending.figure.range.upperBound..<figure.range.lowerBound, p.dates)
        else { return nil }
        var fact = make(pending.pieces, figure, p.clause..<figure.range.upperBound, p)
        rules.reached(&fact)
        fact.baseline = baselines.baseline(
            pending.figure, written: pending.period, scope: rules.frame.scope(at: figure.range.lowerBound),
            factPeriod: fact.period)
        p.add(fact)
        return p.index + 1
    }

    // MARK: Heads

    /// 1.GDP：2836.5亿元，+6.2%: a list of indicators with their figures.
    func labelList(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        guard p.head?.range.isEmpty ?? true, p.clause > 0, Self.colons.contains(s[p.clause - 1]),
            let label = p.text.label(endingAt: p.clause - 1, from: context.sentenceStart(before: p.clause - 1)),
            figure.value != nil
        else { return nil }
        var fact = make(label.pieces, figure, label.range.lowerBound..<figure.range.upperBound, p)
        if figure.isPercentage, figure.change == nil, let direction = signDirection(figure) {
            fact.applyChange(direction, figure)
        }
        p.add(fact)
        return p.index + 1
    }

    /// 一般公共预算收入512.63亿元，完成预算的101.8%: the revenue's completion ratio.
    func completionRatio(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        guard figure.isPercentage, figure.change == nil,
            let budget = p.text.completion(p.headStart..<figure.range.lowerBound),
            let previous = p.previous
        else { return nil }
        let pieces = previous + [.text(budget), .literal(PairingWords.completionName)]
        var fact = make(pieces, figure, p.headStart..<figure.range.upperBound, p)
        fact.acceptsChange = false
        p.add(fact)
        return p.index + 1
    }

    /// 收入总计823.65亿元, …基金收入186.42亿元、支出172.65亿元: the account's subject in front (the
    /// paragraph's first fact, or the sentence's: …收入预计为421.50亿元，增长4.8%；支出安排398.20亿元);
    /// 当年 and 年末 name the balance (当年收支结余, 年末滚存结余).
    func accountTerm(_ p: inout Pairing) -> Int? {
        guard let head = p.head else { return nil }
        let term = p.text.accountTerm(head.range)
        guard term.isTerm else { return nil }
        let found = p.found
        let sentenceSubject =
            p.previous ?? found.last.flatMap { $0.range.lowerBound >= p.periodStart ? $0.indicator : nil }
        guard let subject = term.ofParagraph ? p.paragraphFirst.map({ found[$0].indicator }) : sentenceSubject else {
            return nil
        }
        var pieces = head.pieces
        if let balance = PairingWords.balance.first(where: {
            s.matches($0, at: head.range.lowerBound - $0.scalars.count)
        }) {
            pieces = [.text((head.range.lowerBound - balance.scalars.count)..<head.range.upperBound)]
        }
        let indicator = p.text.accountSubject(subject, forBalance: term.ofParagraph) + pieces
        p.add(make(indicator, p.figure, head.range.lowerBound..<p.figure.range.upperBound, p))
        return p.index + 1
    }

    /// 新建5G基站4200个，累计建成1.2万个: the verb takes the previous fact's object.
    func carriedObject(_ p: inout Pairing) -> Int? {
        guard let head = p.head, head.takesObject, let previous = p.previous,
            // 废止71件，宣布失效80件 with no object before: a verb carries no verb.
            !p.text.isVerbAlone(previous),
            // 新增7个全国典型案例: the count names its own object after it.
            p.figure.isMoney || p.text.object(after: p.figure.range, isMoney: false) == nil
        else { return nil }
        let pieces =
            p.text.objectBeforeVerb(previous).map { $0 + head.pieces } ?? head.pieces + p.text.carried(previous)
        p.add(make(pieces, p.figure, head.start..<p.figure.range.upperBound, p))
        return p.index + 1
    }

    /// 占…比重, 净增, 总数: the previous fact's indicator names what is measured.
    func continuesPrevious(_ p: inout Pairing) -> Int? {
        guard let head = p.head, head.continues, let previous = p.previous else { return nil }
        if ownTotal(head, &p) { return p.index + 1 }
        var pieces = p.text.carried(previous) + head.pieces
        let verb = head.verb ?? head.range
        if verb.count > 1, s[verb.upperBound - 1] == Scalar.的 { pieces.append(.literal(PairingWords.shareName)) }
        var fact = make(pieces, p.figure, head.range.lowerBound..<p.figure.range.upperBound, p)
        if let direction = head.direction { fact.applyChange(direction, p.figure) }
        p.add(fact)
        return p.index + 1
    }

    /// 国内生产总值增长6.6%，总量突破90万亿元 (rule own-total): the total alone, right after a fact of its sentence
    /// given only as a change, is that fact's value; not after a fact of what was added (新增企业…，总量 is the
    /// stock's).
    private func ownTotal(_ head: Indicator.Head, _ p: inout Pairing) -> Bool {
        guard head.verb == nil, !p.figure.isPercentage, p.figure.value != nil,
            Indicator.ownTotals.contains(where: {
                head.range.count == $0.scalars.count && s.matches($0, at: head.range.lowerBound)
            }),
            let last = p.sentenceFacts.last, last == p.found.count - 1, p.found[last].value == nil,
            p.found[last].change != nil, p.text.resultVerb(p.found[last].indicator) == nil
        else { return false }
        p.found[last].value = p.figure.value
        p.found[last].unit = p.figure.unit
        p.found[last].range = p.found[last].range.lowerBound..<p.figure.range.upperBound
        p.lastFigure = p.index
        return true
    }

    /// A count opening its clause, its noun, then a predicate: 2所职业大学获批 → 获批职业大学.
    ///
    /// 20项民生实事全面完成 → 民生实事: a predicate from `facts/pairing-words.tsv` that only says it was done leaves
    /// the noun alone, and so does a verb that opens another figure of the things counted (810个项目完成投资1042亿元
    /// → 项目, rule measure-predicate). The count opens its clause, or follows the examples of what it counts
    /// (甲村等5个村) or a preposition (为300个小区引入物业服务). An adverb between noun and predicate (全部, 相继) is
    /// neither's; a count of people may have no noun (2人当选院士 → 当选院士).
    func countedSubject(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        let after = figure.range.upperBound
        guard !figure.isPercentage, !figure.isMoney, figure.value != nil, opensClause(figure, p),
            figure.range.count > 1, after < s.count,
            Indicator.classifiers.contains(s[after - 1]) || figure.unit == .measure(.person),
            Self.isHan(s[after]) || s[after] == Scalar.leftDoubleQuotationMark,
            !Indicator.objectStops.contains(s[after])
        else { return nil }
        let next = p.index + 1 < p.figures.count ? p.figures[p.index + 1].range.lowerBound : s.count
        var end = after
        // Not past a list's next item (2个矿山修复项目、3个…成果入选): its counts are not this noun's.
        while end < s.count, end - after < 24, s[end] != Scalar.ideographicComma,
            !Indicator.objectEnds.contains(s[end]) || s[end] == Scalar.rightDoubleQuotationMark
        {
            // 2人当选院士: a count of people names itself by its predicate alone.
            if end - after >= 2 || end == after && figure.unit == .measure(.person),
                s[end] != Scalar.rightDoubleQuotationMark
            {
                // 810个项目完成投资1042亿元: a verb opening another figure of the things counted (measure-predicate).
                if end > after,
                    s.matchesAny(PairingWords.donePredicates, at: end)
                        || s.matchesAny(PairingWords.measurePredicates, at: end) && opensFigure(from: end, next: next)
                {
                    p.add(make([.text(after..<end)], figure, figure.range.lowerBound..<end, p))
                    return p.index + 1
                }
                let adverb = PairingWords.predicateAdverbs.first { s.matches($0, at: end) }?.scalars.count ?? 0
                if let verb = predicateVerb(at: end + adverb) {
                    // 5个地级市和5个县级城市获评: a noun holding another count is a list of counts.
                    guard let close = resultPredicateEnd(from: end + adverb, verb: verb, next: next),
                        !s[after..<end].contains(where: Numeral.isASCIIDigit)
                    else { return nil }
                    let predicate = (end + adverb)..<close
                    // 25个案例获评全球最佳减贫案例: a predicate ending with the noun names it once.
                    let noun = Array(s[after..<end])
                    let named =
                        noun.isEmpty || predicate.count > noun.count && Array(s[(close - noun.count)..<close]) == noun
                    let pieces: [Indicator.Piece] = named ? [.text(predicate)] : [.text(predicate), .text(after..<end)]
                    p.add(make(pieces, figure, figure.range.lowerBound..<close, p))
                    return p.index + 1
                }
            }
            end += 1
        }
        return listOpening(&p, noun: after..<end)
    }

    /// Whether the count opens its clause: at its start, right after the examples of what it counts (甲村等5个村; not
    /// after a verb's object: 新建甲村等5个村), or after a preposition alone (为300个小区, 在20个县: words
    /// count-preposition in facts/pairing-words.tsv).
    private func opensClause(_ figure: Figure, _ p: Pairing) -> Bool {
        let lower = figure.range.lowerBound
        if p.clause == lower { return true }
        if lower > p.clause + 1, s[lower - 1] == Scalar.等 {
            return !s.matchesAny(PairingWords.tailVerbs + PairingWords.droppedVerb, at: p.clause)
        }
        return PairingWords.countPrepositions.contains {
            p.clause + $0.scalars.count == lower && s.matches($0, at: p.clause)
        }
    }

    /// Whether the next figure `next` stands in the clause of `start`, with Han characters alone before it.
    private func opensFigure(from start: Int, next: Int) -> Bool {
        next < s.count && next - start <= Self.predicateLength && (start..<next).allSatisfy { Self.isHan(s[$0]) }
    }

    /// The length of the result or award predicate's verb at `start`, or nil.
    private func predicateVerb(at start: Int) -> Int? {
        (PairingWords.resultPredicates + PairingWords.awardPredicates).first { s.matches($0, at: start) }?.scalars.count
    }

    /// 10个国家大科学装置、5个国家技术创新中心…: each count of a list opening the clause pairs with its own noun.
    ///
    /// Not with the noun before the next count; count-list pairs the next items. `noun` runs from the count to where
    /// counted-subject stopped; it pairs when a 、 and the next count follow it.
    private func listOpening(_ p: inout Pairing, noun: Range<Int>) -> Int? {
        let end = noun.upperBound
        guard end + 1 < s.count, noun.count >= 2, s[end] == Scalar.ideographicComma,
            Numeral.isASCIIDigit(s[end + 1]) || Numeral.chineseDigit(s[end + 1]) != nil,
            !s[noun].contains(where: Numeral.isASCIIDigit),
            // 2个千亿级、11个百亿级产业集群: classes of size sharing the last item's noun, no nouns of their own.
            !Self.sizeOpenings.contains(s[noun.lowerBound]), Numeral.chineseDigit(s[noun.lowerBound]) == nil
        else { return nil }
        p.add(make([.text(noun)], p.figure, p.figure.range.lowerBound..<end, p))
        return p.index + 1
    }

    /// The multipliers that open a class of size after a count (千亿级, 百亿元).
    static let sizeOpenings: Set<UInt32> = [Scalar.百, Scalar.千, Scalar.万, Scalar.亿]

    /// Where a result predicate that opens at `start` ends (the clause's end or the next figure `next`), or nil.
    ///
    /// Nil when it is long: a short predicate says what the things counted achieved (入选国家碳达峰试点); a quoted
    /// name in it counts as one word (入选“中国科学十大进展”), as long as it closes before the clause ends. Past
    /// `listLength` characters, or cut by a figure, a predicate ends at its first 、 (获批上市、数量居全国前列: the
    /// next item is a clause of its own; 荣获文华奖、荷花奖 is one). Cut by a figure, it names the count only when it
    /// says more than its verb (175家企业发放贷款1193笔 → 发放贷款企业).
    private func resultPredicateEnd(from start: Int, verb: Int, next: Int) -> Int? {
        var close = start
        var length = 0
        var quoted = false
        var firstComma: Int?
        while close < next,
            !Indicator.objectEnds.contains(s[close]) || quoted && s[close] == Scalar.rightDoubleQuotationMark
        {
            if s[close] == Scalar.leftDoubleQuotationMark {
                quoted = true
                length += 1
            } else if s[close] == Scalar.rightDoubleQuotationMark {
                quoted = false
            } else if !quoted {
                if s[close] == Scalar.ideographicComma, firstComma == nil { firstComma = close }
                length += 1
            }
            close += 1
        }
        // 25项经验获推广、83项案例入选, 11处煤矿建成试运转、新增产能300万吨: a 、 before the next figure closes it.
        if close == next, let firstComma { return firstComma }
        if close == next, next < s.count, close - start <= verb + 1 { return nil }
        if let firstComma, length > Self.listLength { return firstComma }
        return quoted || length > Self.predicateLength ? nil : close
    }

    /// The longest result predicate (characters; a quoted name counts as one).
    static let predicateLength = 16
    /// The longest result predicate that holds a 、 list.
    static let listLength = 10

    /// 招聘150名工程师 → 招聘工程师; 办好10件民生实事 → 民生实事; 打造10个…企业 → 打造…企业 (rule count-verb);
    /// 完成100个…改造 → …改造 (rule action-noun); 安排3640万元支持… → 支持….
    func objectAfter(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        // 养老补贴惠及15万名老人 → 养老补贴惠及老人: a head ending with a reach verb is kept whole (reach-verb-object).
        let reach = figure.isMoney ? nil : reachHead(p.head)
        guard !figure.isPercentage, figure.value != nil, p.head?.verb == nil,
            let object = p.text.object(after: figure.range, isMoney: figure.isMoney, multiplied: reach != nil)
        else { return nil }
        // 基础教育对口帮扶217所学校 → 对口帮扶学校: only the verb at the end of a longer head.
        let tail = figure.isMoney || reach != nil ? nil : p.head.flatMap(verbNamingObject)
        guard
            namesObject(figure, head: p.head) || tail != nil || reach != nil
                || !figure.isMoney && isVerbList(p.head, p.text)
        else { return nil }
        var verb = figure.isMoney ? [] : p.head?.pieces ?? []
        // 撤销了9个临时机构 → 撤销临时机构: the verb's 了 is not part of the name.
        if !figure.isMoney, let head = p.head, head.gaps.isEmpty, head.range.count > 2,
            s[head.range.upperBound - 1] == Scalar.了
        {
            verb = [.text(head.range.lowerBound..<(head.range.upperBound - 1))]
        }
        if let tail {
            // 法治政府建设10项主要指标全部达标: the count and its noun open a clause of their own.
            if hasPredicate(object) { return nil }
            verb = [.text(tail)]
        }
        if let reach {
            // 覆盖20万人口以上的县: a class with a 的 is no noun a programme reached.
            if (object.lowerBound..<object.upperBound).contains(where: { s[$0] == Scalar.的 }) { return nil }
            verb = reach
        }
        if !figure.isMoney, isBare(p.head) {
            verb = countVerb(before: figure.range.lowerBound).map { [$0] } ?? []
        }
        // 每年办好10件民生实事, 重点办好45件民生实事 → 民生实事: a verb the head drops (dropped-verb) drops what
        // opens the head before it too (rule dropped-verb-object).
        if !figure.isMoney, s.endsWithAny(PairingWords.droppedVerb, before: figure.range.lowerBound) { verb = [] }
        // 完成1000个行政村生活污水治理: the noun names the work, the verb before it says nothing more.
        if s.endsWithAny(PairingWords.actionNouns, before: object.upperBound) { verb = [] }
        p.add(make(verb + [.text(object)], figure, (p.head?.start ?? figure.range.lowerBound)..<object.upperBound, p))
        return p.index + 1
    }

    /// 完成新建、重组11家全国重点实验室 → 新建、重组全国重点实验室: two or three verbs joined by 、 (each of two or
    /// three characters, the first a verb an indicator opens with, or a count-verb: 新开、复航、加密) name a count
    /// with its noun after it, as one verb does (rule verb-list-object).
    private func isVerbList(_ head: Indicator.Head?, _ text: Indicator) -> Bool {
        guard let head, head.gaps.isEmpty,
            text.opensWithVerb(head.range) || s.matchesAny(PairingWords.countVerb, at: head.range.lowerBound)
        else { return false }
        let items = s[head.range].split(separator: Scalar.ideographicComma, omittingEmptySubsequences: false)
        return (2...3).contains(items.count) && items.allSatisfy { (2...3).contains($0.count) }
    }

    /// 发行6600亿元长期建设国债 → 发行长期建设国债; 对新增2万亿元中央财政资金 → 新增中央财政资金: an amount between
    /// the verb that raised or gave it and the name of the fund it is (words fund-verb and fund-end in
    /// facts/pairing-words.tsv); what stands before the verb (特别是, 拟, 对) is not the indicator.
    func fundAfter(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        let lower = figure.range.lowerBound
        guard figure.isMoney, figure.value != nil,
            let verb = PairingWords.fundVerbs.first(where: {
                lower >= $0.scalars.count && s.matches($0, at: lower - $0.scalars.count)
            }),
            let fund = fundName(after: figure.range.upperBound)
        else { return nil }
        let verbStart = lower - verb.scalars.count
        p.add(make([.text(verbStart..<lower), .text(fund)], figure, verbStart..<fund.upperBound, p))
        return p.index + 1
    }

    /// The name of a fund right after an amount: Han characters (at least two, at most 12) up to the first
    /// fund end (长期建设国债, 中央财政资金建立… → 中央财政资金), or nil.
    private func fundName(after start: Int) -> Range<Int>? {
        var end = start
        while end < s.count, end - start < 12, Self.isHan(s[end]) {
            end += 1
            if end - start >= 2, PairingWords.fundEnds.contains(where: { s.matches($0, at: end - $0.scalars.count) }) {
                return start..<end
            }
        }
        return nil
    }
}
