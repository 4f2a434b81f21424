/// Normalized text with a map from every span back to the original text.
///
/// Normalization works in chunks: a run of original scalars that ICU normalizes together (most
/// often one scalar) becomes a run of normalized scalars. A span of normalized scalars maps back
/// to the smallest run of whole original chunks that covers it, so a reported span always
/// points at real text in the user's original.
///
/// ```swift
/// let normalized = Normalizer().normalize("增长１２．５％")
/// normalized.text                                  // "增长12.5%"
/// normalized.originalScalarRange(of: 2..<7)        // 2..<7 ("１２．５％")
/// ```
public struct NormalizedText: Sendable, Hashable {
    /// The normalized text.
    public let text: String
    /// The text it was made from.
    public let original: String
    /// The chunk of each normalized scalar.
    private let chunkOfScalar: [Int32]
    /// The original scalar offset where each chunk starts, followed by the original's scalar count.
    private let chunkStart: [Int32]

    init(text: String, original: String, chunkOfScalar: [Int32], chunkStart: [Int32]) {
        self.text = text
        self.original = original
        self.chunkOfScalar = chunkOfScalar
        self.chunkStart = chunkStart
    }

    /// The same map with `text` replaced by a text of the same scalars, one for one (a text
    /// simplified in place): every offset and the map to the original hold as they were.
    func replacingText(_ text: String) -> NormalizedText {
        NormalizedText(text: text, original: original, chunkOfScalar: chunkOfScalar, chunkStart: chunkStart)
    }

    /// The number of Unicode scalars in the normalized text.
    public var scalarCount: Int { chunkOfScalar.count }

    /// Maps a range of normalized scalar offsets to the original scalar offsets it came from.
    ///
    /// - Complexity: O(1).
    public func originalScalarRange(of range: Range<Int>) -> Range<Int> {
        precondition(range.lowerBound >= 0 && range.upperBound <= chunkOfScalar.count, "range out of bounds")
        if range.isEmpty {
            let at =
                range.lowerBound == chunkOfScalar.count
                ? Int(chunkStart[chunkStart.count - 1]) : Int(chunkStart[Int(chunkOfScalar[range.lowerBound])])
            return at..<at
        }
        let first = Int(chunkOfScalar[range.lowerBound])
        let last = Int(chunkOfScalar[range.upperBound - 1])
        return Int(chunkStart[first])..<Int(chunkStart[last + 1])
    }

    /// Maps a range of the normalized text to the range of the original text it came from.
    ///
    /// - Complexity: O(n) in the offsets involved (scalar offsets are counted).
    public func originalRange(of range: Range<String.Index>) -> Range<String.Index> {
        let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        let count = text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
        let mapped = originalScalarRange(of: start..<(start + count))
        let scalars = original.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: mapped.lowerBound)
        let upper = scalars.index(lower, offsetBy: mapped.count)
        return lower..<upper
    }
}
