/// A measure of the things counted in the clause before it (rule measure-of-count).
extension FactExtractor {
    /// 实施重点项目2800个，完成投资2400亿元 → 重点项目完成投资; 推进600个省级重点项目、完成投资3100亿元 →
    /// 省级重点项目完成投资.
    ///
    /// A head that is only a measure of the things counted (measure-predicate in facts/pairing-words.tsv: 完成投资),
    /// right after the 、 or ， that closes a count made in its sentence, takes the count's noun: the noun after its
    /// count, or its indicator without the verb it opens with (a list, result or count verb). Nil when the count's
    /// indicator opens with no such verb (what stands before the noun is then unknown).
    func measureOfCount(_ p: inout Pairing) -> Int? {
        guard p.figure.isMoney, let head = p.head, head.gaps.isEmpty, head.verb == nil, head.range.lowerBound > 0,
            PairingWords.measurePredicates.contains(where: {
                head.range.count == $0.scalars.count && s.matches($0, at: head.range.lowerBound)
            }),
            Self.clauseCommas.contains(s[head.range.lowerBound - 1]),
            let last = p.sentenceFacts.last, last == p.found.count - 1,
            case .measure(.count)? = p.found[last].unit,
            p.found[last].range.upperBound == head.range.lowerBound - 1,
            let noun = countedNoun(p.found[last].indicator)
        else { return nil }
        p.add(make([noun] + head.pieces, p.figure, head.range.lowerBound..<p.figure.range.upperBound, p))
        return p.index + 1
    }

    /// The commas that close a clause or a list item (the normalized text's ASCII comma, ，and 、).
    static let clauseCommas: Set<UInt32> = [Indicator.ASCII.comma, Scalar.fullwidthComma, Scalar.ideographicComma]

    /// The noun a count's indicator counts: the noun after its count (its last piece, after the verb's), or the
    /// indicator without the verb it opens with; nil when it opens with no verb an indicator keeps.
    private func countedNoun(_ indicator: [Indicator.Piece]) -> Indicator.Piece? {
        guard case .text(let range)? = indicator.last else { return nil }
        if indicator.count > 1 { return indicator.last }
        let verbs = Indicator.listVerbs + Indicator.resultVerbs + PairingWords.countVerb
        guard
            let verb = verbs.filter({ s.matches($0, at: range.lowerBound) }).max(by: {
                $0.scalars.count < $1.scalars.count
            }),
            range.count >= verb.scalars.count + 2
        else { return nil }
        return .text((range.lowerBound + verb.scalars.count)..<range.upperBound)
    }
}
