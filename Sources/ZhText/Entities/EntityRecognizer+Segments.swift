/// Items of a list of places before their class that the lexicon cuts or knows as other words.
extension EntityRules {
    /// The whole segment of a list of places that ends at `end` (a list comma, 等, a count or a size before a
    /// class of places), or nil (rule listed-segment-place).
    ///
    /// In 鹿岭、车马岗、大保等新线 each item is a line's or a place's name though the tokenizer cuts it into
    /// common words (车马 岗, 大 保): an item is the word tokens back to a list comma or a clause's start, or, for
    /// the list's first item, back to a verb of two or more characters (建成 in 建成柴石滩、麻栗坝大型灌区); two to
    /// five characters that can be in a name and are no common word. An item that is one token is a name the
    /// lexicon knows as a place, a person or a proper name, or one it does not know (扩建, 防洪 are no items).
    func listedSegment(endingAt end: Int, _ words: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Range<Int>? {
        var index = words.countPrefix { $0.scalarOffsets.upperBound < end }
        guard index < words.count, words[index].scalarOffsets.upperBound == end else { return nil }
        var start = end
        var count = 0
        while index >= 0, words[index].scalarOffsets.upperBound == start {
            let range = words[index].scalarOffsets
            // 建成柴石滩: a verb opens the first item's clause, after the item's own last token.
            if count > 0, range.count >= 2, lexiconClass(range, s)?.tag == .function { break }
            guard end - range.lowerBound <= 5 else { return nil }
            start = range.lowerBound
            count += 1
            index -= 1
        }
        let item = start..<end
        guard item.count >= 2, start > 0, !isCommonWord(item, s) else { return nil }
        // 甘其毛都、满都拉等口岸: between two list commas an item's characters may be a function word's (都, 其,
        // 家: rule listed-item-function-character); the list's first item still has only name characters.
        let betweenCommas = s[start - 1] == Scalar.ideographicComma
        guard
            item.allSatisfy({
                betweenCommas ? s[$0] >= Scalar.一 && s[$0] < Scalar.yiSyllableIt : isNameCharacter(s[$0])
            })
        else { return nil }
        // One token: a name the lexicon knows as one, or a word it does not know.
        if count == 1, let entry = lexiconClass(item, s), isCommonLexiconWord(item, s) || entry.tag == .function {
            return nil
        }
        // A verb opening the first item must stand right before it: past a list comma or a clause's start the
        // walk stopped at punctuation.
        if !opensListItem(s[start - 1]), !(index >= 0 && words[index].scalarOffsets.upperBound == start) {
            return nil
        }
        return item
    }

    /// Whether a character bounds a list's item on its left: a list comma, a clause's end or a line break.
    private func opensListItem(_ scalar: UInt32) -> Bool {
        endsItem(scalar) || scalar == UInt32(UInt8(ascii: "\n"))
    }

    /// The end of a place's suffix of two or more characters right after a part of a province, or nil (rule
    /// province-part-suffix): 滇中城市群, 皖北城镇群 and 鲁南经济区 are one place each, the part's own group of towns
    /// or zone; 滇中引水 names the part alone.
    func suffixedPart(_ end: Int, _ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>, limit: Int) -> Int? {
        var best: Int?
        for suffix in EntityVocabulary.placeSuffixes where suffix.scalars.count >= 2 {
            let after = end + suffix.scalars.count
            if after > best ?? end, startsWith(suffix, end..<limit, s), endsAtToken(after, tokens) { best = after }
        }
        return best
    }
}
