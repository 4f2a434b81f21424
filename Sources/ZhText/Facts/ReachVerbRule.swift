/// The head of a count whose noun follows it when the head ends with a verb of reach (rule reach-verb-object).
extension FactExtractor {
    /// The pieces naming a count reached by a programme: the whole head, ending with a reach verb (reach-verb in
    /// facts/pairing-words.tsv), to which the noun after the count is added; or nil.
    ///
    /// 养老补贴惠及15万名老人 → 养老补贴惠及老人, 服务网络覆盖60个国家 → 服务网络覆盖国家: what reached them is part of
    /// the name, unlike what stands before a count verb (基础教育对口帮扶35所学校 → 对口帮扶学校). An adverb right
    /// before the verb (reach-adverb: 已) is dropped; a 了 after it too.
    func reachHead(_ head: Indicator.Head?) -> [Indicator.Piece]? {
        guard let head, head.verb == nil, !head.range.isEmpty else { return nil }
        var end = head.range.upperBound
        if s[end - 1] == Scalar.了 { end -= 1 }
        guard
            let verb = PairingWords.reachVerbs.first(where: {
                end - $0.scalars.count >= head.range.lowerBound && s.matches($0, at: end - $0.scalars.count)
            })
        else { return nil }
        let verbStart = end - verb.scalars.count
        let pieces = clipped(head, to: end).pieces
        guard
            let adverb = PairingWords.reachAdverbs.first(where: {
                verbStart - $0.scalars.count > head.range.lowerBound && s.matches($0, at: verbStart - $0.scalars.count)
            })
        else { return pieces }
        return clipped(head, to: verbStart - adverb.scalars.count).pieces + [.text(verbStart..<end)]
    }

    /// The head up to `end`, with the gaps before it.
    private func clipped(_ head: Indicator.Head, to end: Int) -> Indicator.Head {
        var head = head
        head.range = head.range.lowerBound..<end
        head.gaps = head.gaps.filter { $0.upperBound <= end }
        return head
    }
}
