/// Sentences in Traditional characters, read simplified (the text is simplified before it is
/// scanned; `TraditionalMarks` says where it was not).
extension EntityRules {
    /// Whether the tokenizer cut the sentence into single characters (most of its words, four or
    /// more) and it has Traditional characters: its words show once simplified.
    func isCutTraditional(_ tokens: [Token], _ traditional: TraditionalMarks?) -> Bool {
        guard let traditional else { return false }
        var singles = 0
        var words = 0
        for token in tokens where token.kind == .word {
            words += 1
            if token.scalarOffsets.count == 1 { singles += 1 }
        }
        guard singles >= 4, singles * 2 > words else { return false }
        return tokens.contains { token in
            token.kind == .word && token.scalarOffsets.count == 1
                && traditional.contains(token.scalarOffsets.lowerBound)
        }
    }

    /// The tokens of the text at `range` of `s`, with offsets in `s`.
    func tokens(of range: Range<Int>, _ s: UnsafeBufferPointer<UInt32>) -> [Token] {
        let text = String(String.UnicodeScalarView(s[range].compactMap(Unicode.Scalar.init)))
        var result: [Token] = []
        tokenizer.enumerateTokens(in: text) { token in
            let offsets = token.scalarOffsets
            result.append(
                Token(
                    kind: token.kind, utf8: 0..<0,
                    scalars: (range.lowerBound + offsets.lowerBound)..<(range.lowerBound + offsets.upperBound)))
        }
        return result
    }
}
