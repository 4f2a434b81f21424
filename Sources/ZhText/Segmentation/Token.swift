/// What a token is made of.
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// Chinese (or other-script) words, including single unknown characters.
    case word
    /// Numbers: 126.06, 1,234.5, 3.5万, 12.5%, 2024年, 二〇二〇年, 一百零五.
    case number
    /// Runs of Latin letters and digits: GDP, COVID-19, 5G, PM2.5.
    case latin
    /// Punctuation: ，。、“ and ASCII punctuation; —— and …… stay whole.
    case punctuation
    /// Spaces, tabs, line breaks and the ideographic space.
    case whitespace
    /// Symbols and everything else: ℃, ×, ㎡, emoji.
    case symbol

    /// The kind's name, as `zhtext tokenize --format jsonl` writes it.
    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .latin: "latin"
        case .punctuation: "punctuation"
        case .whitespace: "whitespace"
        case .symbol: "symbol"
        }
    }
}

/// A token: a kind and where it is in the text, as UTF-8 and Unicode-scalar offsets.
///
/// Tokens carry offsets, never copies: use ``range(in:)`` or ``text(in:)`` with the string that
/// was tokenized. Scalar offsets are what the command line's records report (`start`, `end`).
public struct Token: Sendable, Hashable {
    /// What the token is made of.
    public let kind: TokenKind
    private let utf8Start: Int32
    private let utf8End: Int32
    private let scalarStart: Int32
    private let scalarEnd: Int32

    init(kind: TokenKind, utf8: Range<Int>, scalars: Range<Int>) {
        self.kind = kind
        utf8Start = Int32(truncatingIfNeeded: utf8.lowerBound)
        utf8End = Int32(truncatingIfNeeded: utf8.upperBound)
        scalarStart = Int32(truncatingIfNeeded: scalars.lowerBound)
        scalarEnd = Int32(truncatingIfNeeded: scalars.upperBound)
    }

    @inline(__always)
    init(kind: TokenKind, utf8Start: Int, utf8End: Int, scalarStart: Int, scalarEnd: Int) {
        self.kind = kind
        self.utf8Start = Int32(truncatingIfNeeded: utf8Start)
        self.utf8End = Int32(truncatingIfNeeded: utf8End)
        self.scalarStart = Int32(truncatingIfNeeded: scalarStart)
        self.scalarEnd = Int32(truncatingIfNeeded: scalarEnd)
    }

    /// The token's UTF-8 byte offsets in the tokenized text.
    public var utf8Offsets: Range<Int> { Int(utf8Start)..<Int(utf8End) }

    /// The token's Unicode-scalar (code point) offsets in the tokenized text.
    public var scalarOffsets: Range<Int> { Int(scalarStart)..<Int(scalarEnd) }

    /// The token's range in `text`, the string it was made from.
    ///
    /// - Complexity: O(1) for native Swift strings.
    public func range(in text: String) -> Range<String.Index> {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(utf8Start))
        let upper = utf8.index(lower, offsetBy: Int(utf8End - utf8Start))
        return lower..<upper
    }

    /// The token's text, a slice of `text`, the string it was made from.
    public func text(in text: String) -> Substring { text[range(in: text)] }
}
