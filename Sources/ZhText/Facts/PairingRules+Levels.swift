/// The pairing rules for a head that names its indicator, and for the figures that complete the
/// fact before them (see `FactExtractor.pairing` for their order).
extension FactExtractor {
    /// A level after a phrase that holds 占 and the whole names the share as written (rule share-at-end).
    ///
    /// 出口占全国出口总值的98.5% → 出口占全国出口总值比重 (the 的 drops, as in 占Y的比重). Not 达标城市占65.5%,
    /// whose whole is not written (the golds name those differently: 占比, 比例).
    func shareAtEnd(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        guard figure.isPercentage, figure.change == nil, figure.value != nil, let head = p.head, !head.continues,
            head.gaps.isEmpty, head.verb == nil, head.range.count >= 2, !p.text.names(head, figure)
        else { return nil }
        var upper = head.range.upperBound
        guard upper == figure.range.lowerBound else { return nil }
        if s[upper - 1] == Scalar.的 { upper -= 1 }
        guard upper - head.range.lowerBound > 4,
            (head.range.lowerBound + 2..<(upper - 2)).contains(where: { s.matches(Indicator.share, at: $0) })
        else { return nil }
        let pieces: [Indicator.Piece] = [.text(head.range.lowerBound..<upper), .literal(PairingWords.shareName)]
        p.add(make(pieces, figure, head.range.lowerBound..<figure.range.upperBound, p))
        return p.index + 1
    }

    /// A head of two or more characters that names the figure's indicator: its pieces, completed
    /// from the facts before it (`namedPieces`).
    func namedHead(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        guard let head = p.head, head.range.count >= 2, figure.value != nil, p.text.names(head, figure) else {
            return nil
        }
        let pieces = namedPieces(head, p)
        let parent = p.parts.parent
        var fact = make(pieces, figure, head.range.lowerBound..<figure.range.upperBound, p)
        fact.isPart = parent != nil
        if let direction = head.direction { fact.applyChange(direction, figure) }
        // 农民人均纯收入增加405元，增长9.1%: the growth is the income's, not the increase's.
        fact.acceptsChange = !p.text.endsWithChangeVerb(head)
        p.add(fact)
        return p.index + 1
    }

    /// The indicator of a named head: the deaths of the accidents before, the subject of the fact
    /// before, the verb of the list, the total it is a part of.
    private func namedPieces(_ head: Indicator.Head, _ p: Pairing) -> [Indicator.Piece] {
        let figure = p.figure, text = p.text
        var pieces = head.pieces
        // 退出钢铁产能1.7亿吨以上、煤炭产能8亿吨: a bound after the item before (以上, 左右) leaves the list a list.
        let bound = Indicator.overUnder.first(where: { s.matches($0, at: p.headStart) })?.scalars.count ?? 0
        let listed = s.scalar(at: p.headStart + bound) == Scalar.ideographicComma || p.joined
        // 发生生产安全事故12起…；死亡11人: the deaths are the accidents'.
        if head.range.count == 2, s.matchesAny(PairingWords.deaths, at: head.range.lowerBound),
            figure.unit == .measure(.person),
            let accident = p.found.last(where: {
                $0.range.lowerBound >= p.periodStart && text.text($0.indicator).hasSuffix(PairingWords.accident)
            })
        {
            pieces = text.withoutKinds(accident.indicator) + [.literal(PairingWords.deathsName)]
        }
        let sentence = context.periodStart(before: figure.range.lowerBound)
        // 规模以上工业企业实现营业收入…；利润总额…: the measure is the same subject's.
        // (not after 、: 一般公共预算收入512.6亿元、税收收入430.8亿元 are peers).
        // 粮食连续五年增产，总产量…: the topic of the clause right before is the subject (rule topic-clause).
        if let topic = topicClause(before: head, p) {
            pieces = topic + pieces
        } else if let last = p.found.last, !listed || last.unit != figure.unit, last.range.lowerBound >= sentence,
            let subject = text.subject(of: last.indicator, for: head)
        {
            pieces = subject + pieces
        }
        // 税收超亿元楼宇23幢…；超10亿元楼宇4幢: a class by threshold is the same measure's.
        // (not after 、: 总投资超百亿元项目1个、超十亿元项目12个 are peers).
        if s[head.range.lowerBound] == Scalar.超, !listed, let last = p.found.last, last.range.lowerBound >= sentence,
            let subject = text.thresholdSubject(of: last.indicator)
        {
            pieces = subject + pieces
        }
        // 新增三级甲等医院2家、社区卫生服务中心15个: the list's verb opens each item; after ， a list verb only, when
        // the item is a bare noun measured as the one before (出版报纸249亿份，期刊18亿册 → 出版期刊; but 新增就业
        // 12万人，农村劳动力转移就业30万人 are two indicators, and so are 新增…，培育…, 新增…，总里程达…).
        if pieces.count == head.pieces.count, listed || continuesList(head, p),
            takesListVerb(head, at: p.headStart + bound + 1, p.text),
            let previous = p.previous, let verb = text.listVerb(previous, withResultVerbs: listed)
        {
            pieces.insert(verb, at: 0)
        }
        if pieces.count == head.pieces.count, let topic = industryTopic(of: head, p) { pieces = topic + pieces }
        return partPieces(pieces, head, p)
    }

    /// Whether the item a head names takes its list's verb.
    ///
    /// Not when it opens with a verb of its own (、带动3万人就业, 、完成投资300亿元), names the stock the list added to
    /// (、经营主体总量达412万户), or lost words to the trim (，县运动员在比赛中获得金牌), but after a determiner still
    /// (、各类期刊). `start` is where the item starts.
    private func takesListVerb(_ head: Indicator.Head, at start: Int, _ text: Indicator) -> Bool {
        let range = head.range
        guard !text.opensWithVerb(range), !s.matchesAny(Indicator.ownOpenings, at: range.lowerBound),
            !Indicator.continuations.contains(where: { text.ends(with: $0, range.lowerBound, range.upperBound) })
        else { return false }
        return range.lowerBound <= start
            || Indicator.determiners.contains {
                let opening = range.lowerBound - $0.scalars.count
                return opening <= start && s.matches($0, at: opening)
            }
    }

    /// The industry or project a bare measure opening a clause is the measure of (rule industry-topic).
    ///
    /// 石化产业持续…。产值突破1300亿元: 产值, 产业规模 or 总产能 alone take the topic an earlier sentence
    /// of the line opened with (石化产业产值); the nearest such sentence decides. Nil when none opens with one.
    private func industryTopic(of head: Indicator.Head, _ p: Pairing) -> [Indicator.Piece]? {
        let isHead = { (word: Keyword) in
            head.range.count == word.scalars.count && s.matches(word, at: head.range.lowerBound)
        }
        guard head.verb == nil, head.gaps.isEmpty, head.range.lowerBound == p.clause else { return nil }
        let ends: [Keyword]
        if Indicator.topicMeasures.contains(where: isHead) {
            ends = Indicator.topicEnds
        } else if Indicator.projectMeasures.contains(where: isHead) {
            ends = Indicator.projectEnds
        } else {
            return nil
        }
        let measure = head.range.count
        var start = context.periodStart(before: head.range.lowerBound)
        // 吉化乙烯项目投产，总产能达190万吨: the head's own sentence first, when it opened with something else.
        var own = start < head.range.lowerBound
        while own || start > p.lineStart {
            if !own { start = context.periodStart(before: start - 1) }
            own = false
            guard let topic = p.text.topic(at: start, ends: ends) else { continue }
            // 新能源产业 + 产业投资 → 新能源产业投资: the shared word once.
            let shared = ends.first {
                s.matches($0, at: topic.upperBound - $0.scalars.count) && s.matches($0, at: head.range.lowerBound)
                    && measure > $0.scalars.count
            }
            return [.text(topic.lowerBound..<(topic.upperBound - (shared?.scalars.count ?? 0)))]
        }
        return nil
    }

    /// The longest item after ， that a list verb still opens (期刊, 图书; 收购存量商品房 is a clause of its own).
    static let bareItemLength = 4

    /// Whether a head after ， continues the list of the figure before: a bare noun (no verb, no measure, at most
    /// `bareItemLength` characters) right after the previous fact's figure, its figure in the same unit.
    private func continuesList(_ head: Indicator.Head, _ p: Pairing) -> Bool {
        guard p.index > 0, p.headStart > 0, [Scalar.fullwidthComma, 0x2C].contains(s[p.headStart - 1]),
            p.figures[p.index - 1].range.upperBound == p.headStart - 1, head.verb == nil, head.gaps.isEmpty,
            p.text.lacksMeasure(head.range), p.lastFigure == p.index - 1, let last = p.found.last,
            last.unit == p.figure.unit, !p.figure.isPercentage,
            head.range.count <= Self.bareItemLength
        else { return false }
        return true
    }

    /// A part's indicator: its total's use (其中用于产业发展的比例), its name in the total's, or, measured
    /// alike, the total's verb and scope (新增债务限额5.60亿元，其中一般债务限额1.20亿元).
    func partPieces(_ pieces: [Indicator.Piece], _ head: Indicator.Head, _ p: Pairing) -> [Indicator.Piece] {
        guard let parent = p.parts.parent else { return pieces }
        let figure = p.figure, text = p.text
        if s.matchesAny(PairingWords.use, at: head.range.lowerBound) { return text.carried(parent) + pieces }
        let unit = figure.isPercentage && figure.change != nil ? nil : figure.unit
        // 新开工700万套，其中各类棚户区470万套: a total that is a result verb alone opens each part measured alike
        // (rule verb-total-parts).
        if head.verb == nil, text.isVerbAlone(parent), p.parts.unit == .same(unit), text.lacksMeasure(head.range),
            !text.opensWithVerb(head.range)
        {
            return parent + pieces
        }
        if text.lacksMeasure(head.range), head.verb == nil,
            p.parts.unit == .any || p.parts.unit == .same(unit) || unit == nil && figure.isPercentage
        {
            let part = p.parts.insideTotal ? text.part(pieces, inside: parent) : text.part(pieces, of: parent)
            return text.withPartScope(of: parent, part)
        }
        if head.verb == nil, p.parts.unit == .same(figure.unit), text.sharesMeasure(head.range, with: parent) {
            return text.withScope(of: parent, text.withVerb(of: parent, pieces))
        }
        // 货物进出口总额…其中，出口: a part that is a measure word alone takes the total's scope word (货物出口).
        if head.verb == nil,
            Indicator.measures.contains(where: {
                head.range.count == $0.scalars.count && s.matches($0, at: head.range.lowerBound)
            })
        {
            return text.withPartScope(of: parent, pieces)
        }
        return pieces
    }

    /// 总就业人数增加约7.3万人至367.2万人: the level the change reached is a fact of its own.
    func levelOfChange(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        guard isReached(figure, after: p.headStart), p.lastFigure == p.index - 1, let last = p.sentenceFacts.last,
            p.found[last].value != nil, p.found[last].unit == figure.unit,
            let base = p.text.withoutChangeVerb(p.found[last].indicator)
        else { return nil }
        p.add(make(base, figure, p.found[last].range.lowerBound..<figure.range.upperBound, p))
        return p.index + 1
    }

    /// 上升0.5个百分点至5.8%, 固定资产投资增长20%左右，达到428亿元: the figure reached is the value of
    /// the fact before; 总数突破1100家，达到1136家: so is the level after a threshold passed.
    func levelReached(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        let reached = isReached(figure, after: p.headStart)
        guard figure.value != nil, !figure.isPercentage || figure.change == nil && reached,
            p.head?.range.isEmpty ?? true || reached, let last = p.sentenceFacts.last,
            // …增长6%，191家工业企业营业收入超百亿元: a count with its noun after it opens a clause of its own.
            reached || figure.isMoney || p.text.object(after: figure.range, isMoney: false) == nil
        else { return nil }
        let fact = p.found[last]
        guard
            fact.value == nil && fact.change != nil
                || fact.unit == figure.unit && fact.change == nil && isThresholdPassed(p.figures[p.index - 1])
                    && s.endsWithAny(PairingWords.reached, before: context.wordsEnd(before: figure.range)),
            p.lastFigure == p.index - 1
        else { return nil }
        p.found[last].value = figure.value
        p.found[last].unit = figure.unit
        p.found[last].range = fact.range.lowerBound..<figure.range.upperBound
        p.lastFigure = p.index
        return p.index + 1
    }

    /// 一季度增长5.2%，上半年增长5.5%: the same indicator for another period (in the paragraph:
    /// …增长3.2%。按季度计算，第一季增长2.9%); 扣除价格因素实际增长9.5%: its real growth.
    func sameIndicator(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        guard p.head?.range.count ?? 0 < 2, figure.isPercentage, figure.change != nil else { return nil }
        let clause = context.clauseStart(before: max(0, p.headStart - 1))..<figure.range.lowerBound
        guard
            context.startsWithDate(p.headStart..<figure.range.lowerBound, p.dates)
                || s.containsAny(PairingWords.realGrowth, in: clause)
        else { return nil }
        let lineStart = p.lineStart
        guard
            let previous = p.previous ?? p.found.last.flatMap({ $0.range.lowerBound >= lineStart ? $0.indicator : nil })
        else { return nil }
        p.add(make(previous, figure, (p.head?.start ?? p.headStart)..<figure.range.upperBound, p))
        return p.index + 1
    }

    /// …，比上月上升1.3个百分点 / 扩大14.2%: the change of the fact before.
    func changeOfPrevious(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        guard figure.isPercentage, let direction = figure.change ?? p.head?.direction ?? signDirection(figure),
            p.head?.range.count ?? 0 < 2
        else { return nil }
        let found = p.found
        guard let last = p.sentenceFacts.last(where: { found[$0].acceptsChange }), found[last].change == nil else {
            return nil
        }
        attach(figure, direction: direction, to: &p.found[last])
        return p.index + 1
    }
}

extension Pairing.Parts {
    /// Opens a label whose items are parts of `pieces`, measured in their own units.
    mutating func openLabel(_ pieces: [Indicator.Piece], scope: Int) {
        parent = pieces
        unit = .any
        self.scope = scope
        label = (pieces, scope)
    }
}
