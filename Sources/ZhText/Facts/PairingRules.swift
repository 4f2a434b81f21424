/// The fact pairing rules, in the order they are tried: the list is the precedence.
///
/// Each figure is offered to the stages in turn. A `rule` pairs the figure (or drops it) and
/// says which figure to read next, or declines; the first rule that pairs it wins. A `read`
/// stage notes what the later rules read about the figure (its sentence, its head); an `adjust`
/// stage is a named rule that changes what the later rules see without pairing the figure.
extension FactExtractor {
    /// A stage of the pairing.
    enum Stage: Sendable {
        /// A rule: the index of the next figure when it pairs or drops the figure, else nil.
        case rule(String, @Sendable (FactExtractor, inout Pairing) -> Int?)
        /// A named rule that adjusts the state the later rules read.
        case adjust(String, @Sendable (FactExtractor, inout Pairing) -> Void)
        /// Reads what the later rules look at.
        case read(@Sendable (FactExtractor, inout Pairing) -> Void)

        /// The rule's name, nil for a read stage.
        var name: String? {
            switch self {
            case .rule(let name, _), .adjust(let name, _): name
            case .read: nil
            }
        }
    }

    /// The pairing, in order.
    static let pairing: [Stage] = [
        .rule("table-row") { $0.tableRow(&$1) },
        .rule("conversion") { $0.isConversion($1.figure) ? $1.index + 1 : nil },
        .rule("threshold-class") { $0.isThreshold($1.figure) ? $1.index + 1 : nil },
        .rule("tally") { $0.isTally($1.figure) ? $1.index + 1 : nil },
        .rule("population-in-passing") { $0.isPopulationInPassing($1.figure) ? $1.index + 1 : nil },
        .rule("capacity-in-name") { $0.isCapacityInName($1.figure) ? $1.index + 1 : nil },
        .rule("specification-in-name") { $0.isSpecification($1.figure) ? $1.index + 1 : nil },
        .rule("magnitude") { $0.isMagnitude($1.figure) ? $1.index + 1 : nil },
        .rule("aspects") { $0.countsAspects($1.figure) ? $1.index + 1 : nil },
        .rule("measures-counted") { $0.countsMeasures($1.figure) ? $1.index + 1 : nil },
        .rule("leader-occasions") { $0.isLeaderOccasion($1.figure) ? $1.index + 1 : nil },
        .read { $1.clause = $0.context.clauseStart(before: $1.figure.range.lowerBound) },
        .rule("milestone-count") { $0.milestoneCount(&$1) },
        .rule("count-list") { $0.countList(&$1) },
        .rule("restatement") { $0.restatement(&$1) },
        .read { $0.readSentence(&$1) },
        .adjust("embedded-figure") { $0.embeddedFigure(&$1) },
        .read { $0.readParagraph(&$1) },
        .rule("all-of-list") { $0.allOfList(&$1) },
        .rule("respectively") { $0.respectively(&$1) },
        .read { $0.readHead(&$1) },
        .rule("per-item") { $0.perItem(&$1) },
        .adjust("parts-of-total") { $0.partsOfTotal(&$1) },
        .rule("baseline-start") { $0.baselineStart(&$1) },
        .rule("change-from") { $0.changeFrom(&$1) },
        .rule("baseline") { $0.baseline(&$1) },
        .rule("label-list") { $0.labelList(&$1) },
        .rule("completion-ratio") { $0.completionRatio(&$1) },
        .rule("account-term") { $0.accountTerm(&$1) },
        .rule("carried-object") { $0.carriedObject(&$1) },
        .rule("continues-previous") { $0.continuesPrevious(&$1) },
        .rule("measure-of-count") { $0.measureOfCount(&$1) },
        .rule("counted-subject") { $0.countedSubject(&$1) },
        .rule("object-after") { $0.objectAfter(&$1) },
        .rule("fund-after") { $0.fundAfter(&$1) },
        .rule("share-at-end") { $0.shareAtEnd(&$1) },
        .rule("named-head") { $0.namedHead(&$1) },
        .rule("level-of-change") { $0.levelOfChange(&$1) },
        .rule("level-reached") { $0.levelReached(&$1) },
        .rule("same-indicator") { $0.sameIndicator(&$1) },
        .rule("change-of-previous") { $0.changeOfPrevious(&$1) },
    ]

    /// The names of the pairing rules, in order.
    static var pairingRuleNames: [String] { pairing.compactMap(\.name) }

    // MARK: Reads

    /// The sentence: a new one starts with no facts; the head starts after the figure before.
    func readSentence(_ p: inout Pairing) {
        let start = context.sentenceStart(before: p.figure.range.lowerBound)
        if start != p.sentenceStart {
            p.sentenceStart = start
            p.sentenceFacts = []
        }
        p.headStart = p.clause
        if p.index > 0, p.figures[p.index - 1].range.upperBound > p.headStart {
            p.headStart = p.figures[p.index - 1].range.upperBound
        }
    }

    /// The sentence's last indicator and the paragraph (whose first fact is noted after the figure).
    func readParagraph(_ p: inout Pairing) {
        p.previous = p.sentenceFacts.last.map { p.found[$0].indicator }
        p.lineStart = context.lineStart(before: p.figure.range.lowerBound)
        if p.lineStart != p.paragraphStart {
            p.paragraphStart = p.lineStart
            p.paragraphFirst = nil
        }
        p.tracksParagraph = true
    }

    /// The phrase before the figure, which ends before the start of a change (从2020年的3.68万亿元增长到…).
    func readHead(_ p: inout Pairing) {
        let figure = p.figure
        p.joined = joinedItem(&p)
        p.changeStart = baselines.start(before: figure.range, from: p.headStart, p.dates)
        let end = p.changeStart?.mark ?? figure.range.lowerBound
        p.head = p.text.head(p.headStart..<end, dates: p.dates, figure: figure)
        p.periodStart = context.periodStart(before: figure.range.lowerBound)
    }

    /// 认定雏鹰企业358户和种子独角兽企业1户: a list joint right after a paired figure opens the list's next item
    /// (rule joined-item, words list-joint in facts/pairing-words.tsv); the head starts after it (not before 以上).
    private func joinedItem(_ p: inout Pairing) -> Bool {
        let start = p.headStart
        guard p.index > 0, p.lastFigure == p.index - 1, start == p.figures[p.index - 1].range.upperBound,
            let joint = PairingWords.listJoints.first(where: { s.matches($0, at: start) })
        else { return false }
        let next = start + joint.scalars.count
        guard next + 1 < p.figure.range.lowerBound, Self.isHan(s[next]), !s.matchesAny(PairingWords.bound, at: next)
        else { return false }
        p.headStart = next
        return true
    }

    // MARK: Figures that make no fact

    /// A figure of a table row: `TableReader` reads the rows.
    func tableRow(_ p: inout Pairing) -> Int? {
        let lower = p.figure.range.lowerBound
        while p.rowIndex < p.rows.count, p.rows[p.rowIndex].range.upperBound <= lower { p.rowIndex += 1 }
        return p.rowIndex < p.rows.count && p.rows[p.rowIndex].range.contains(lower) ? p.index + 1 : nil
    }

    /// 每个服务点年度运营补助不超过5万元, 按每人1500元: a rate per item, not a total.
    func perItem(_ p: inout Pairing) -> Int? {
        guard let head = p.head, s.matchesAny(PairingWords.perItem, at: head.range.lowerBound) else { return nil }
        return p.index + 1
    }

    // MARK: Lists

    /// 建设10个A、60个B: each count pairs with the noun after it.
    func countList(_ p: inout Pairing) -> Int? {
        guard p.index > 0, let last = p.found.last,
            let item = CountListRule(s: s).item(p.figure, after: p.figures[p.index - 1], last: last)
        else { return nil }
        p.add(make(item.pieces, p.figure, item.range, p))
        return p.index + 1
    }

    /// 地区生产总值跨越3个千亿元台阶，达到1.5万亿元: the count of thresholds passed is no result; the level
    /// reached right after it (only a link between) is the clause's indicator's.
    func milestoneCount(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        guard let end = milestoneEnd(figure) else { return nil }
        // 千亿元 of 3个千亿元台阶 is part of the threshold too.
        var next = p.index + 1
        while next < p.figures.count, p.figures[next].range.lowerBound < end { next += 1 }
        guard next < p.figures.count,
            let head = p.text.head(p.clause..<figure.range.lowerBound, dates: p.dates, figure: figure),
            !head.range.isEmpty, head.verb == nil, isLinkOnly(end..<p.figures[next].range.lowerBound)
        else { return next }
        let sentence = context.sentenceStart(before: figure.range.lowerBound)
        if sentence != p.sentenceStart {
            p.sentenceStart = sentence
            p.sentenceFacts = []
        }
        p.add(make(head.pieces, p.figures[next], head.start..<p.figures[next].range.upperBound, p), for: next)
        return next + 1
    }

    /// Whether `range` holds only a comma and a word that links a phrase to its figure (，达到).
    private func isLinkOnly(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, Self.clauseCommas.contains(s[range.lowerBound]) else {
            return false
        }
        return Indicator.links.contains {
            $0.scalars.count == range.count - 1 && s.matches($0, at: range.lowerBound + 1)
        }
    }

    /// 实际使用外资8263亿元，下降27.1%，折1162亿美元，下降28.8%: the value restated in another currency.
    func restatement(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        let sentence = context.sentenceStart(before: figure.range.lowerBound)
        guard let last = p.found.last, last.range.upperBound > sentence else { return nil }
        let range = p.clause..<figure.range.upperBound
        let pairing = p
        guard
            let restated = Restatement(s: s).restate(
                figure, clause: p.clause, of: last, make: { make(last.indicator, figure, range, pairing) })
        else { return nil }
        p.sentenceStart = sentence
        p.add(restated)
        return p.index + 1
    }

    /// 分别: a list of figures shares the subjects before it; A 512.6亿元、B 430.8亿元，分别增长9.1%、7.6%
    /// gives the changes to the last facts.
    ///
    /// Without 分别, a list of two or more ratios does the same (rule unmarked-respectively: 城乡居民人均收入年均增长
    /// 5.3%、7.7%; …分别达6.9万元、3.4万元，增长4.2%、5.3%), and so do two figures after a joint head (rule
    /// joint-respectively: 城乡低保标准提高到815元和615元).
    func respectively(_ p: inout Pairing) -> Int? {
        let figure = p.figure
        let marked = s.containsAny(PairingWords.respectively, in: p.headStart..<figure.range.lowerBound)
        let joint = s.containsAny([Indicator.joint], in: p.headStart..<figure.range.lowerBound)
        guard marked || figure.isPercentage || joint else { return nil }
        var run = [p.index]
        var next = p.index + 1
        while next < p.figures.count,
            isListSeparator(p.figures[run.last!].range.upperBound..<p.figures[next].range.lowerBound)
        {
            run.append(next)
            next += 1
        }
        let head = p.text.head(p.headStart..<figure.range.lowerBound, dates: p.dates, figure: figure, keepsList: true)
        guard marked || run.count >= 2 && run.allSatisfy({ p.figures[$0].isPercentage }) || isJoint(head, run, p)
        else { return nil }
        let subjects = respectiveSubjects(head, figure, count: run.count, p.text)
        if let head, subjects.count == run.count {
            var first: FactExtractor.Found?
            for (subject, item) in zip(subjects, run) {
                let verb: [Indicator.Piece] = head.verb.map { [.text($0)] } ?? []
                let range = head.range.lowerBound..<p.figures[item].range.upperBound
                var fact = make(subject + verb, p.figures[item], range, p)
                if let direction = head.direction { fact.applyChange(direction, p.figures[item]) }
                // 分别增至37座、14座: the items share the verb, so the level the first reached at the end.
                if let first, first.periodRule == .levelReachedAtEnd, fact.periodRule == .spanOfReview {
                    fact.period = first.period
                    fact.periodRule = first.periodRule
                }
                first = first ?? fact
                p.add(fact, for: item)
            }
        } else if head == nil || head!.range.isEmpty, p.sentenceFacts.count >= run.count,
            marked || p.sentenceFacts.suffix(run.count).allSatisfy({ p.found[$0].change == nil })
        {
            let targets = Array(p.sentenceFacts.suffix(run.count))
            for (target, item) in zip(targets, run) where p.figures[item].change != nil || p.figures[item].isPercentage
            {
                attach(p.figures[item], to: &p.found[target])
            }
        } else if !marked {
            return nil
        }
        return next
    }

    /// 城乡低保标准提高到每月815元和615元: a head opening with the joint word (城乡) before two figures of one unit
    /// shares them out as 分别 would (rule joint-respectively: 城市低保标准, 农村低保标准).
    private func isJoint(_ head: Indicator.Head?, _ run: [Int], _ p: Pairing) -> Bool {
        guard let head, run.count == 2, head.gaps.isEmpty, head.range.count > Indicator.joint.scalars.count + 1,
            s.matches(Indicator.joint, at: head.range.lowerBound), p.figures[run[0]].unit == p.figures[run[1]].unit
        else { return false }
        return !s[head.range].contains(Scalar.ideographicComma)
    }

    /// The subjects a 分别 list shares out: 比全国、全省平均水平分别高出… names none; 白沙镇、柳塘镇分别实现
    /// 税收收入1.36亿元、0.92亿元: the subjects share what follows 分别.
    private func respectiveSubjects(_ head: Indicator.Head?, _ figure: Figure, count: Int, _ text: Indicator)
        -> [[Indicator.Piece]]
    {
        guard let head else { return [] }
        let word = PairingWords.respectively[0]
        if let split = context.find(word, in: head.range), split > head.range.lowerBound + 1,
            let measure = text.measureAfter(split + word.scalars.count..<head.range.upperBound)
        {
            return text.subjects(head.range.lowerBound..<split, count: count).map { $0 + [measure] }
        }
        return text.names(head, figure) ? text.subjects(head.range, count: count) : []
    }
}
