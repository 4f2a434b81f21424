/// A word the figure and date grammars look for, kept as scalars so that matching is a compare loop.
struct Keyword: ExpressibleByStringLiteral, Sendable {
    let text: String
    let scalars: [UInt32]

    init(stringLiteral text: String) {
        self.init(text)
    }

    /// A word read from a table.
    init(_ text: String) {
        self.text = text
        scalars = text.unicodeScalars.map(\.value)
    }
}

extension UnsafeBufferPointer<UInt32> {
    /// The scalar at `index`, or 0 outside the buffer: grammars look around without bounds checks.
    @inline(__always)
    func scalar(at index: Int) -> UInt32 { index >= 0 && index < count ? self[index] : 0 }

    /// Whether the literal `word` is spelled at `index`: the literal's scalars are read in place,
    /// so no array is made (a `Keyword` made from a literal at each call would allocate one).
    @inline(__always)
    func matches(_ word: String, at index: Int) -> Bool {
        guard index >= 0 else { return false }
        var position = index
        for scalar in word.unicodeScalars {
            guard position < count, self[position] == scalar.value else { return false }
            position += 1
        }
        return true
    }

    /// Whether `word` is spelled at `index`.
    @inline(__always)
    func matches(_ word: Keyword, at index: Int) -> Bool {
        guard index >= 0, index + word.scalars.count <= count else { return false }
        for offset in word.scalars.indices where self[index + offset] != word.scalars[offset] { return false }
        return true
    }
}
