/// The topic of the clause before a bare measure (rule topic-clause).
extension FactExtractor {
    /// Words right after the topic opening a clause with no figure (连续, 持续: topic-link in indicators/words.tsv).
    static let topicLinks: [Keyword] = IndicatorTables.list("topic-link")

    /// The subject a bare measure takes from the topic of the clause right before it, or nil.
    ///
    /// 粮食连续五年增产，总产量10570亿斤 → 粮食总产量: a bare measure (bare-measure in indicators/words.tsv) right
    /// after the comma closing a clause with no figure and no fact, a clause that opens with its topic (two to six
    /// Han characters, after a lead word such as 全市) and goes on with a topic link, takes that topic as its
    /// subject, rather than the subject of a fact further back.
    func topicClause(before head: Indicator.Head, _ p: Pairing) -> [Indicator.Piece]? {
        guard head.verb == nil, head.gaps.isEmpty, head.range.lowerBound > 1,
            Indicator.bareMeasures.contains(where: {
                head.range.count == $0.scalars.count && s.matches($0, at: head.range.lowerBound)
            }),
            Self.clauseCommas.contains(s[head.range.lowerBound - 1])
        else { return nil }
        let comma = head.range.lowerBound - 1
        let clause = context.clauseStart(before: comma)
        // 全市棉花持续增产: a scope word before the topic is not part of it.
        let lead = Indicator.leads.first { s.matches($0, at: clause) }
        let opening = clause + (lead?.scalars.count ?? 0)
        guard comma - opening >= 3, p.found.last.map({ $0.range.upperBound <= clause }) ?? true,
            !(clause..<comma).contains(where: { Numeral.isASCIIDigit(s[$0]) })
        else { return nil }
        guard
            let end = (opening + 2...min(opening + 6, comma - 1)).first(where: { index in
                Self.topicLinks.contains { s.matches($0, at: index) }
            }),
            (opening..<end).allSatisfy({ Self.isHan(s[$0]) })
        else { return nil }
        return [.text(opening..<end)]
    }
}
