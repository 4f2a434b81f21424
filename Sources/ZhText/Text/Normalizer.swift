/// Normalizes Chinese text with ICU while keeping a map back to the original.
///
/// Steps, each optional:
/// 1. NFKC (ICU): full-width digits, letters and punctuation become ASCII (１２３．５％ → 123.5%,
///    ＧＤＰ → GDP), the ideographic space becomes a space, compatibility forms (㎡) are spelled out.
/// 2. Traditional to Simplified Chinese with ICU's `Hant-Hans` transliterator (億元 → 亿元).
/// 3. Whitespace folding: a run of spaces and tabs becomes one space and `\r\n` or `\r` becomes `\n`.
///
/// A `Normalizer` is a small value that can be shared between tasks.
public struct Normalizer: Sendable, Hashable {
    /// Whether to apply NFKC.
    public var compatibilityForms: Bool
    /// Whether to convert Traditional characters to Simplified ones.
    public var traditionalToSimplified: Bool
    /// Whether to fold runs of horizontal whitespace and line-break variants.
    public var foldWhitespace: Bool

    /// A normalizer; by default NFKC and folded whitespace, Traditional characters kept.
    public init(compatibilityForms: Bool = true, traditionalToSimplified: Bool = false, foldWhitespace: Bool = true) {
        self.compatibilityForms = compatibilityForms
        self.traditionalToSimplified = traditionalToSimplified
        self.foldWhitespace = foldWhitespace
    }

    /// Normalizes `text`, returning the normalized text and its map to `text`.
    public func normalize(_ text: String) -> NormalizedText {
        var builder = Builder(reserve: text.utf8.count)
        let nfkc = ICU.NFKC.shared
        var pending: [UInt16] = []
        var pendingCount: Int32 = 0
        var originalOffset: Int32 = 0

        func flush() {
            guard pendingCount > 0 else { return }
            let start = originalOffset - pendingCount
            if compatibilityForms, pending.count > 0 {
                let normalized = (try? nfkc.normalize(pending)) ?? pending
                builder.appendChunk(normalized, originalStart: start)
            } else {
                builder.appendChunk(pending, originalStart: start)
            }
            pending.removeAll(keepingCapacity: true)
            pendingCount = 0
        }

        var scalars = text.unicodeScalars.makeIterator()
        var lookahead = scalars.next()
        while let scalar = lookahead {
            lookahead = scalars.next()
            let value = scalar.value
            if foldWhitespace, value == Self.carriageReturn {
                // \r\n and lone \r both become \n.
                flush()
                if lookahead?.value == UInt32(Self.lineFeed) {
                    lookahead = scalars.next()
                    originalOffset += 2
                    builder.appendChunk([Self.lineFeed], originalStart: originalOffset - 2)
                } else {
                    originalOffset += 1
                    builder.appendChunk([Self.lineFeed], originalStart: originalOffset - 1)
                }
                continue
            }
            if !compatibilityForms || value < Self.firstNonASCII || nfkc.isInert(value) {
                // Nothing to normalize: this scalar is a chunk of its own.
                flush()
                originalOffset += 1
                builder.appendScalar(value, originalStart: originalOffset - 1)
                continue
            }
            if nfkc.hasBoundaryBefore(value) { flush() }
            for unit in UTF16.encode(scalar)! { pending.append(unit) }
            pendingCount += 1
            originalOffset += 1
        }
        flush()
        builder.finish(originalCount: originalOffset)
        if foldWhitespace { builder.foldWhitespace() }
        if traditionalToSimplified { builder.toSimplified() }
        return builder.build(original: text)
    }
}

extension Normalizer {
    static let carriageReturn = UInt32(UInt8(ascii: "\r"))
    static let lineFeed = UInt16(UInt8(ascii: "\n"))
    static let space = UInt16(UInt8(ascii: " "))
    static let tab = UInt16(UInt8(ascii: "\t"))
    /// Scalars below it are ASCII, which NFKC leaves as they are.
    static let firstNonASCII: UInt32 = 0x80

    /// Accumulates normalized UTF-16 with, for each unit, the chunk it came from.
    struct Builder {
        var units: [UInt16] = []
        var chunkOfUnit: [Int32] = []
        var chunkStart: [Int32] = []

        init(reserve: Int) {
            units.reserveCapacity(reserve)
            chunkOfUnit.reserveCapacity(reserve)
            chunkStart.reserveCapacity(reserve)
        }

        mutating func appendScalar(_ value: UInt32, originalStart: Int32) {
            chunkStart.append(originalStart)
            let chunk = Int32(chunkStart.count - 1)
            if value <= UInt16.max {
                units.append(UInt16(value))
                chunkOfUnit.append(chunk)
            } else {
                for unit in UTF16.encode(Unicode.Scalar(value)!)! {
                    units.append(unit)
                    chunkOfUnit.append(chunk)
                }
            }
        }

        /// Appends a chunk's output; a chunk with no output joins the previous chunk.
        mutating func appendChunk(_ output: [UInt16], originalStart: Int32) {
            guard !output.isEmpty else {
                if chunkStart.isEmpty { chunkStart.append(0) }
                return
            }
            chunkStart.append(originalStart)
            let chunk = Int32(chunkStart.count - 1)
            units.append(contentsOf: output)
            chunkOfUnit.append(contentsOf: repeatElement(chunk, count: output.count))
        }

        mutating func finish(originalCount: Int32) {
            chunkStart.append(originalCount)
        }

        /// Folds each run of horizontal whitespace into one space, merging the run's chunks.
        mutating func foldWhitespace() {
            var outUnits: [UInt16] = []
            var outChunks: [Int32] = []
            outUnits.reserveCapacity(units.count)
            outChunks.reserveCapacity(units.count)
            var index = 0
            while index < units.count {
                let unit = units[index]
                if Self.isHorizontalSpace(unit) {
                    var end = index + 1
                    while end < units.count, Self.isHorizontalSpace(units[end]) { end += 1 }
                    outUnits.append(Normalizer.space)
                    outChunks.append(chunkOfUnit[index])
                    // The later chunks of the run fold into the first: drop their starts.
                    let first = chunkOfUnit[index]
                    let last = chunkOfUnit[end - 1]
                    if last > first {
                        for chunk in (first + 1)...last { chunkStart[Int(chunk)] = -1 }
                    }
                    index = end
                } else {
                    outUnits.append(unit)
                    outChunks.append(chunkOfUnit[index])
                    index += 1
                }
            }
            // Renumber chunks, skipping the dropped ones.
            var renumber = [Int32](repeating: 0, count: chunkStart.count)
            var kept: [Int32] = []
            kept.reserveCapacity(chunkStart.count)
            for (chunk, start) in chunkStart.enumerated() where start >= 0 || chunk == chunkStart.count - 1 {
                renumber[chunk] = Int32(kept.count)
                kept.append(start)
            }
            for chunk in chunkStart.indices where chunkStart[chunk] < 0 {
                renumber[chunk] = renumber[chunk - 1]
            }
            units = outUnits
            chunkOfUnit = outChunks.map { renumber[Int($0)] }
            chunkStart = kept
        }

        static func isHorizontalSpace(_ unit: UInt16) -> Bool {
            let scalar = UInt32(unit)
            return unit == Normalizer.space || unit == Normalizer.tab || scalar == Scalar.ideographicSpace
                || scalar == Scalar.noBreakSpace || (scalar >= Scalar.enQuad && scalar <= Scalar.hairSpace)
                || scalar == Scalar.narrowNoBreakSpace || scalar == Scalar.mediumMathematicalSpace
        }

        /// Applies ICU's Hant-Hans transliterator; a change of length falls back to chunk by chunk.
        mutating func toSimplified() {
            guard let transliterator = try? ICU.Transliterator("Hant-Hans") else { return }
            guard let converted = try? transliterator.apply(units) else { return }
            if converted.count == units.count {
                units = converted
                return
            }
            var outUnits: [UInt16] = []
            var outChunks: [Int32] = []
            var index = 0
            while index < units.count {
                var end = index + 1
                while end < units.count, chunkOfUnit[end] == chunkOfUnit[index] { end += 1 }
                let piece = Array(units[index..<end])
                let output = (try? transliterator.apply(piece)) ?? piece
                outUnits.append(contentsOf: output)
                outChunks.append(contentsOf: repeatElement(chunkOfUnit[index], count: output.count))
                index = end
            }
            units = outUnits
            chunkOfUnit = outChunks
        }

        func build(original: String) -> NormalizedText {
            var chunkOfScalar: [Int32] = []
            chunkOfScalar.reserveCapacity(units.count)
            for (index, unit) in units.enumerated() where !UTF16.isTrailSurrogate(unit) {
                chunkOfScalar.append(chunkOfUnit[index])
            }
            return NormalizedText(
                text: String(decoding: units, as: UTF16.self), original: original,
                chunkOfScalar: chunkOfScalar, chunkStart: chunkStart)
        }
    }
}
