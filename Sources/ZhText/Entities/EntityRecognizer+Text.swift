/// Reading the text: words of the vocabulary and the lexicon, token boundaries, affixes.
extension EntityRules {
    /// Whether the general lexicon knows the text at `range` as a common word: a noun, a verb, an
    /// adjective, a function word (资源, 新兴), not a name.
    func isCommonLexiconWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard let entry = tokenizer.lexiconClass(UnsafeBufferPointer(rebasing: s[range])) else { return false }
        switch entry.tag {
        case .noun, .verbalNoun, .function, .other: return true
        default: return false
        }
    }

    /// Whether the text at `range` is a common noun or a generic head (城镇, 全市), never a name.
    func isCommonWord(_ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        range.count <= 8 && EntityVocabulary.commonScalars.contains(s[range])
    }

    /// Whether a token of the sentence ends at `end` (tokens are in order: binary search).
    func endsAtToken(_ end: Int, _ tokens: [Token]) -> Bool {
        let index = tokens.countPrefix { $0.scalarOffsets.upperBound < end }
        return index < tokens.count && tokens[index].scalarOffsets.upperBound == end
    }

    func endsWith(_ word: Keyword, _ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard range.count >= word.scalars.count else { return false }
        let start = range.upperBound - word.scalars.count
        return word.scalars.indices.allSatisfy { s[start + $0] == word.scalars[$0] }
    }

    func startsWith(_ word: Keyword, _ range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        guard range.count >= word.scalars.count else { return false }
        return word.scalars.indices.allSatisfy { s[range.lowerBound + $0] == word.scalars[$0] }
    }
}
