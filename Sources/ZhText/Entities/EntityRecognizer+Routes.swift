/// Lines and water transfers named by their two ends: 江澜至余姚铁路, 引江济淮.
extension EntityRules {
    /// A water transfer named by its source and its destination, one character each, at token `index`
    /// (rule water-transfer): 引江济淮 and 引大济湟工程 are one place each.
    ///
    /// The name is transfer-from (引), a name character, transfer-to (济) and a name character, read from
    /// places.tsv; it ends where a token ends, and a transfer-class word that is a token of its own right
    /// after it (工程) is inside it (引大济湟工程; 引通济柴 工程建设 stays 引通济柴). 引 opens a token of at most
    /// two characters (吸引 经济 names no transfer), and when it opens a verb the lexicon knows (引黄 济宁, 引导
    /// 济南) the name closes the clause or stands before the class word (加快引黄济宁、; 引导济南企业 names no
    /// transfer).
    func waterTransfer(at index: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        let range = tokens[index].scalarOffsets
        let start = range.lowerBound
        let end = start + 4
        guard range.count <= 2, end <= tokens.last!.scalarOffsets.upperBound,
            EntityVocabulary.transferSources.contains(s[start]),
            EntityVocabulary.transferDestinations.contains(s[start + 2]),
            isNameCharacter(s[start + 1]), isNameCharacter(s[start + 3]), endsAtToken(end, tokens)
        else { return nil }
        let next = tokens.countPrefix { $0.scalarOffsets.lowerBound < end }
        let classed =
            next < tokens.count && tokens[next].kind == .word
            && EntityVocabulary.transferClasses.contains(s[tokens[next].scalarOffsets])
        if range.count == 2, lexiconClass(range, s)?.tag == .function, !classed, next < tokens.count { return nil }
        return classed ? start..<tokens[next].scalarOffsets.upperBound : start..<end
    }

    /// Where the first end of a line named by its two ends starts, the second end's name right after 至
    /// (route-link) at `link` (rule route-ends): 江澜至余姚铁路 is one place, its ends are not tagged apart.
    ///
    /// The first end is the words right before 至 that can be in a place's name, up to six characters, from
    /// the first that opens a name (a place, a word the lexicon does not know); when none opens one, the words
    /// back to a list comma or a clause's start. Nil when no such words stand there (推进 至).
    func routeStart(
        before link: Int, _ tokens: [Token], _ tags: [(tag: WordClass, added: Bool)?],
        _ s: UnsafeBufferPointer<UInt32>, known: NameMemory
    ) -> Int? {
        var index = tokens.countPrefix { $0.scalarOffsets.upperBound <= link } - 1
        var anchor: Int?
        var start: Int?
        while index >= 0, link - tokens[index].scalarOffsets.lowerBound <= 6,
            let role = headRole(index, tokens, tags, s, place: true, known: known)
        {
            start = tokens[index].scalarOffsets.lowerBound
            if role == .anchor { anchor = start }
            index -= 1
        }
        if let anchor { return anchor }
        guard let start, start > 0, start < link else { return nil }
        return index < 0 || tokens[index].kind != .word ? start : nil
    }
}
