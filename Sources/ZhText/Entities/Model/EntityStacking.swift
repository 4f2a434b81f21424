/// The second pass of a stacked entity model: features that read the first pass's labels.
///
/// A stacked model (``EntityModel`` version 6) holds two feature tables. The first scores the
/// characters from ``EntityFeatures`` alone and Viterbi gives each a label; the second reads the
/// same features and ``count`` more, built here from those labels, and decodes again. What the
/// first pass found around a character (the label two before it to two after it, the name
/// covering it, with its kind, length and last character, the same characters named elsewhere in
/// the sentence) lets the second pass weigh a whole name (a long body's name whose middle the
/// first pass left out, a place inside a body's name) where the first saw one character at a time.
///
/// In training the first pass's labels come from models that did not see the sentence
/// (jack-knifed by document: ``EntityModelTrainer/Examples/stacked(_:)``), so that the second pass
/// learns how far the first is to be trusted on text it has not seen.
enum EntityStacking {
    /// Slots a character reads in the second pass: ``EntityFeatures/count`` and the stacked ones.
    static let width = EntityFeatures.count + count
    /// The stacked slots.
    static let count = 8
    /// The first stacked template's number (after ``EntityFeatures``' templates).
    static let first = UInt64(EntityFeatures.count)

    /// The margin of a character's first-pass label, in four steps: its score over the best other
    /// label's (scores of an `Int8` table, whose features' largest magnitudes are up to 127).
    @inline(__always)
    static func margin(_ scores: SIMD16<Int32>, label: Int) -> UInt8 {
        let own = scores[label + EntityModel.lane]
        var other = Int32.min
        for tag in 0..<EntityTag.count where tag != label { other = max(other, scores[tag + EntityModel.lane]) }
        let gap = Int64(own) - Int64(other)
        return gap < 40 ? 0 : gap < 120 ? 1 : gap < 300 ? 2 : 3
    }

    /// Writes the stacked features of a sentence of `count` characters.
    ///
    /// `base` holds their ``EntityFeatures/count`` first-pass slots a character, `out` receives
    /// ``width`` slots a character (the first-pass slots copied, then the stacked ones). `labels` and
    /// `margins` are the first pass's.
    ///
    /// A character is known by its first slot (the hash of c₀, ``EntityFeatures``' template 0).
    static func fill(
        _ base: UnsafeBufferPointer<UInt64>, labels: [UInt8], margins: [UInt8], count: Int,
        into out: UnsafeMutablePointer<UInt64>
    ) {
        let inner = EntityFeatures.count
        func label(_ at: Int) -> UInt64 { at < 0 ? 14 : at >= count ? 15 : UInt64(labels[at]) }
        let spans = EntityTag.names(labels, offset: 0)
        // For each character, the first-pass name covering it, and the same characters found elsewhere.
        var covering = [Int](repeating: -1, count: count)
        for (index, span) in spans.enumerated() { for at in span.range { covering[at] = index } }
        let elsewhere = repeats(base, spans, covering, count: count)
        for at in 0..<count {
            let slots = out + at * width
            for slot in 0..<inner { slots[slot] = base[at * inner + slot] }
            let c0 = base[at * inner]
            @inline(__always) func put(_ offset: Int, _ a: UInt64, _ b: UInt64 = 0) {
                slots[inner + offset] = EntityFeatures.hash(first + UInt64(offset), a, b)
            }
            put(0, label(at), UInt64(margins[at]))
            put(1, label(at - 2), label(at - 1))
            put(2, label(at - 1), label(at + 1))
            put(3, label(at + 1), label(at + 2))
            put(4, label(at), c0)
            if covering[at] >= 0 {
                let span = spans[covering[at]].range
                let shape =
                    UInt64(EntityTag.kinds.firstIndex(of: spans[covering[at]].kind)!) << 8
                    | UInt64(min(span.count, 12)) << 2 | UInt64(EntityRules.position(at, in: span))
                put(5, shape, base[(span.upperBound - 1) * inner])
                put(6, shape, base[span.lowerBound * inner])
            } else {
                put(5, 0xFF, c0)
            }
            if elsewhere[at] != 0 { put(7, elsewhere[at]) }
        }
    }

    /// For each character, the kind and position (plus one) of a first-pass name of two or more
    /// characters found again elsewhere in the sentence over it, where the first pass named
    /// nothing there; else 0.
    static func repeats(
        _ base: UnsafeBufferPointer<UInt64>, _ spans: [EntityRules.Candidate], _ covering: [Int], count: Int
    ) -> [UInt64] {
        let inner = EntityFeatures.count
        var out = [UInt64](repeating: 0, count: count)
        for (index, span) in spans.enumerated() where span.range.count >= 2 {
            let length = span.range.count
            var start = 0
            while start + length <= count {
                let same =
                    !span.range.contains(start)
                    && (0..<length).allSatisfy {
                        base[(start + $0) * inner] == base[(span.range.lowerBound + $0) * inner]
                    }
                guard same, (start..<(start + length)).allSatisfy({ covering[$0] != index }) else {
                    start += 1
                    continue
                }
                let kind = UInt64(EntityTag.kinds.firstIndex(of: span.kind)! + 1) << 4
                for at in start..<(start + length) where covering[at] < 0 {
                    out[at] = kind | (UInt64(EntityRules.position(at, in: start..<(start + length))) + 1)
                }
                start += length
            }
        }
        return out
    }
}
