/// A report's own bodies: in a province's own report, 省委 and 省政府 name one body each (the
/// province's party committee and government), while 市委 there, 各级政府 or 省、市、县政府 name none.
extension EntityRules {
    /// The level of the division whose report it is, read from the government that gives the report
    /// (我代表省人民政府, 受市人民政府委托, 2026年河北省政府工作报告), or nil when the sentence names none.
    func ownLevel(_ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> [UInt32]? {
        guard let first = tokens.first, let last = tokens.last else { return nil }
        let lower = first.scalarOffsets.lowerBound
        let upper = last.scalarOffsets.upperBound
        for start in lower..<upper where EntityVocabulary.ownBodyFirsts.contains(s[start]) {
            guard let body = EntityVocabulary.ownBodies.first(where: { startsWith($0, start..<upper, s) }),
                let level = EntityVocabulary.levels.first(where: { endsWith($0, lower..<start, s) })
            else { continue }
            let levelStart = start - level.scalars.count
            let end = start + body.scalars.count
            if EntityVocabulary.ownCuesBefore.contains(where: { endsWith($0, lower..<levelStart, s) })
                || EntityVocabulary.ownCuesAfter.contains(where: { startsWith($0, end..<upper, s) })
            {
                return level.scalars
            }
        }
        return nil
    }

    /// The own body the word at `index` opens in a report of the division at `level`: the level
    /// alone, then a body word ending a token (省委, 省政府, 省人民政府, 自治区党委); not 全市政府性
    /// or 我市政府债务 (the division as a whole), 省、市、县政府 (several levels), 省委书记 (a post in the body).
    func ownBody(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>, level: [UInt32]) -> Range<Int>? {
        let limit = tokens.last!.scalarOffsets.upperBound
        let start = tokens[index].scalarOffsets.lowerBound
        guard start + level.count < limit, level.indices.allSatisfy({ s[start + $0] == level[$0] }) else { return nil }
        // The text before the sentence too: a list comma ends a sentence (省、 then 市、县政府).
        let previous = s.scalar(at: start - 1)
        if EntityVocabulary.levelScalars.contains(previous) || EntityVocabulary.levelDeterminers.contains(previous)
            || (previous == Scalar.ideographicComma && EntityVocabulary.levelScalars.contains(s.scalar(at: start - 2)))
        {
            return nil
        }
        let bodyStart = start + level.count
        guard let body = EntityVocabulary.ownBodies.first(where: { startsWith($0, bodyStart..<limit, s) }) else {
            return nil
        }
        let end = bodyStart + body.scalars.count
        guard endsAtToken(end, tokens),
            !EntityVocabulary.postsAfterBody.contains(where: { startsWith($0, end..<limit, s) })
        else { return nil }
        return start..<ownOfficeEnd(end, tokens, s)
    }
}
