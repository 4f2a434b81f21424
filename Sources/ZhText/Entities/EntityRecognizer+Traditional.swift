/// Sentences in Traditional characters, read simplified.
extension EntityRules {
    /// Whether the tokenizer cut the sentence into single characters (most of its words, four or
    /// more) and it has Traditional characters: its words show once simplified.
    func isCutTraditional(_ tokens: [Token], _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        var singles = 0
        var words = 0
        for token in tokens where token.kind == .word {
            words += 1
            if token.scalarOffsets.count == 1 { singles += 1 }
        }
        guard singles >= 4, singles * 2 > words else { return false }
        return tokens.contains { token in
            token.kind == .word && token.scalarOffsets.count == 1
                && TraditionalCharacters.simplified[s[token.scalarOffsets.lowerBound]] != nil
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
