/// Names the tokenizer leaves in single characters: runs of abbreviated cities, regions cut apart.
extension EntityRules {
    /// Cities abbreviated to one character each, written in one run (rule city-chain): 汉襄宜, 宜荆荆恩.
    ///
    /// The tokenizer leaves such a run in single characters, or a doubled one (黄黄 of 黄石 and 黄冈). Each
    /// character opens a city's name or is a province's abbreviation, a number only after the first (襄十 of
    /// 襄阳 and 十堰); the run stands between punctuation and words of two or more characters. Three or more
    /// make a place; two need quotes of their own (“襄十”) or a chain-close word after them (兰白一体化);
    /// three opening with a surname are a person's shape and need the same.
    func cityChain(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        guard isChainPart(index, tokens, s, opening: true), index == 0 || !isSingleCharacter(tokens[index - 1])
        else { return nil }
        var next = index + 1
        while next < tokens.count, next - index < 6, isChainPart(next, tokens, s, opening: false) { next += 1 }
        if next < tokens.count, isSingleCharacter(tokens[next]) { return nil }
        let range = tokens[index].scalarOffsets.lowerBound..<tokens[next - 1].scalarOffsets.upperBound
        guard range.count >= 2, next - index >= 2,
            tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range])) == nil
        else { return nil }
        let personShape = range.count == 3 && next - index == 3 && isSurnameStart(range.lowerBound, s)
        if range.count >= 3, !personShape { return range }
        // Quotes end the sentence's tokens: they are read in the text.
        let quoted =
            range.lowerBound > 0 && range.upperBound < s.count
            && s[range.lowerBound - 1] == Scalar.leftDoubleQuotationMark
            && s[range.upperBound] == Scalar.rightDoubleQuotationMark
        let closed =
            next < tokens.count && tokens[next].kind == .word
            && EntityVocabulary.chainClosings.contains(s[tokens[next].scalarOffsets])
        return quoted || closed ? range : nil
    }

    /// Whether the token at `index` may be part of a run of abbreviated cities: one character opening a city's
    /// name and no function word (和 of 和龙), or two such characters the lexicon does not know as a word (黄黄); a
    /// number (十) only after the first.
    private func isChainPart(
        _ index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>, opening: Bool
    ) -> Bool {
        let token = tokens[index]
        let range = token.scalarOffsets
        switch token.kind {
        case .word:
            guard range.count <= 2, range.allSatisfy({ EntityVocabulary.isChainCharacter(s[$0]) }) else { return false }
            return range.count == 1
                || (!opening && tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range])) == nil)
        case .number: return !opening && range.count == 1 && EntityVocabulary.cityInitials.contains(s[range.lowerBound])
        default: return false
        }
    }

    /// Whether a token is one character of a word or a number, which a run of abbreviated cities may not border.
    private func isSingleCharacter(_ token: Token) -> Bool {
        (token.kind == .word || token.kind == .number) && token.scalarOffsets.count == 1
    }

    /// A region's name the tokenizer cuts into single characters (陇 原, 荆 楚: rule region-split-word): the
    /// characters from `index` on spell a region of the places table and end where a token ends.
    func splitRegion(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        guard tokens[index].kind == .word, tokens[index].scalarOffsets.count == 1 else { return nil }
        let start = tokens[index].scalarOffsets.lowerBound
        var next = index + 1
        while next < tokens.count, next - index < 4, tokens[next].kind == .word, tokens[next].scalarOffsets.count == 1 {
            let range = start..<tokens[next].scalarOffsets.upperBound
            if EntityVocabulary.regions.contains(s[range]) { return range }
            next += 1
        }
        return nil
    }

    /// A line and its section between two cities abbreviated to one character each, then 段, are one place
    /// (rule line-section): 沿江高铁武宜段, 银兰高铁中兰段; the names chosen inside the section (兰段) go.
    func lineSections(_ chosen: [Candidate], _ s: UnsafeBufferPointer<UInt32>, limit: Int) -> [Candidate] {
        var joined: [Candidate] = []
        var index = 0
        while index < chosen.count {
            let candidate = chosen[index]
            index += 1
            let end = candidate.range.upperBound
            guard candidate.kind == .location, end + 2 < limit, EntityVocabulary.sectionSuffixes.contains(s[end + 2]),
                (end..<(end + 2)).allSatisfy({ EntityVocabulary.isChainCharacter(s[$0]) }),
                (2...4).contains(where: { length in
                    candidate.range.count > length
                        && EntityVocabulary.routeSuffixes.contains(s[(end - length)..<end])
                })
            else {
                joined.append(candidate)
                continue
            }
            while index < chosen.count, chosen[index].range.lowerBound < end + 3 { index += 1 }
            joined.append((candidate.range.lowerBound..<(end + 3), .location))
        }
        return joined
    }
}
