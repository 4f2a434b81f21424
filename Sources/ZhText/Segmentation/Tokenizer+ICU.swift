extension Tokenizer {
    /// The `.icu` mode: ICU's word break iterator alone over the UTF-8 text.
    func scanWithICU(_ buffer: UnsafeBufferPointer<UInt8>, emit: (Token) -> Void) {
        let bytes = buffer.baseAddress!
        var boundaries: [(Int, ICU.WordBreaker.Status)] = []
        if let breaker = try? ICU.WordBreaker(locale: "zh"), (try? breaker.setText(bytes, count: buffer.count)) != nil {
            while let boundary = breaker.next() { boundaries.append((boundary, breaker.status)) }
        }
        if boundaries.last?.0 != buffer.count { boundaries.append((buffer.count, .none)) }
        var previous = 0
        var scalarIndex = 0
        for (boundary, status) in boundaries where boundary > previous {
            let scalarStart = scalarIndex
            for offset in previous..<boundary where bytes[offset] & 0xC0 != 0x80 { scalarIndex += 1 }
            let first = decodeScalar(bytes, previous).scalar
            let kind: TokenKind
            switch status {
            case .number: kind = .number
            case .kana, .ideographic: kind = .word
            case .letter: kind = CharacterClass.of(first) == .latin ? .latin : .word
            case .none:
                switch CharacterClass.of(first) {
                case .whitespace: kind = .whitespace
                case .punctuation: kind = .punctuation
                case .digit: kind = .number
                case .latin: kind = .latin
                case .han, .otherLetter: kind = .word
                case .symbol, .mark: kind = .symbol
                }
            }
            emit(
                Token(
                    kind: kind, utf8Start: previous, utf8End: boundary, scalarStart: scalarStart, scalarEnd: scalarIndex
                ))
            previous = boundary
        }
    }
}
