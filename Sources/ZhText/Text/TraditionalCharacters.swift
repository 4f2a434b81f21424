internal import ZhTextData

/// The one Traditional-to-Simplified table: every scanner reads a text simplified in place.
///
/// The pairs are `Sources/ZhTextData/text/traditional.tsv`, built by `Scripts/build-traditional.py`
/// from ICU's Hant-Hans transliterator: one character for one, both in the CJK Unified Ideographs
/// block (U+4E00…U+9FFF), so both take three bytes in UTF-8 and a text keeps its length, its UTF-8
/// offsets and its scalar offsets when it is simplified (維持在 is read as 维持在, 億元 as 亿元).
enum TraditionalCharacters {
    /// The table as embedded.
    static let table = DataTable("text/traditional.tsv") { zhtext_traditional($0) }

    /// The code points the table covers: the CJK Unified Ideographs block.
    static let block: Range<UInt32> = Scalar.一..<Scalar.yiSyllableIt

    /// The Simplified form of each character of the block, or 0.
    ///
    /// A flat table, so that a pass over a whole document costs a load per character; read straight
    /// from the embedded bytes (the rows of ``table`` are for the checks): a pair is a line
    /// `Traditional<TAB>Simplified`.
    private static let simplifiedForms: [UInt16] = {
        var forms = [UInt16](repeating: 0, count: block.count)
        var size = 0
        guard let bytes = zhtext_traditional(&size) else { return forms }
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: size), as: UTF8.self)
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            let scalars = Array(String(decoding: line, as: UTF8.self).unicodeScalars)
            guard scalars.count == 3, scalars[1] == "\t", block.contains(scalars[0].value),
                block.contains(scalars[2].value)
            else {
                preconditionFailure("text/traditional.tsv: a row must pair two characters of U+4E00…U+9FFF")
            }
            forms[Int(scalars[0].value - block.lowerBound)] = UInt16(scalars[2].value)
        }
        return forms
    }()

    /// The Simplified form of `scalar`, or `scalar` when it has none in the table.
    @inline(__always)
    static func simplified(_ scalar: UInt32) -> UInt32 {
        guard block.contains(scalar) else { return scalar }
        let form = simplifiedForms[Int(scalar - block.lowerBound)]
        return form == 0 ? scalar : UInt32(form)
    }

    /// `text` with its Traditional characters simplified, byte for byte in its UTF-8, or nil when it
    /// has none (and no copy is made).
    static func simplify(_ text: String) -> String? {
        var text = text
        let first = text.withUTF8 { firstTraditional(in: $0) }
        guard let first else { return nil }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { simplifyUTF8(in: $0, from: first) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The UTF-8 offset of the first Traditional character of `utf8`, if any.
    private static func firstTraditional(in utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        let forms = simplifiedForms
        var index = 0
        while index + 2 < utf8.count {
            guard let scalar = blockScalar(utf8, at: index) else {
                index += 1
                continue
            }
            if forms[Int(scalar - Scalar.一)] != 0 { return index }
            index += 3
        }
        return nil
    }

    /// Simplifies the Traditional characters of `utf8` from the offset `start` on, in place.
    private static func simplifyUTF8(in utf8: UnsafeMutableBufferPointer<UInt8>, from start: Int) {
        let forms = simplifiedForms
        var index = start
        while index + 2 < utf8.count {
            guard let scalar = blockScalar(UnsafeBufferPointer(utf8), at: index) else {
                index += 1
                continue
            }
            let form = forms[Int(scalar - Scalar.一)]
            if form != 0 {
                utf8[index] = UTF8Block.threeByteLead | UInt8(form >> 12)
                utf8[index + 1] = UTF8Block.continuation | UInt8(truncatingIfNeeded: form >> 6) & UTF8Block.payload
                utf8[index + 2] = UTF8Block.continuation | UInt8(truncatingIfNeeded: form) & UTF8Block.payload
            }
            index += 3
        }
    }

    /// The character of the block whose UTF-8 starts at `index`, or nil (another character, or a
    /// byte inside one).
    @inline(__always)
    private static func blockScalar(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        let lead = utf8[index]
        // U+4E00…U+9FFF: three bytes, the first E4…E9 (a continuation byte is 80…BF, so never a lead).
        guard lead >= UTF8Block.firstLead, lead <= UTF8Block.lastLead else { return nil }
        let scalar =
            UInt32(lead & UTF8Block.leadPayload) << 12 | UInt32(utf8[index + 1] & UTF8Block.payload) << 6
            | UInt32(utf8[index + 2] & UTF8Block.payload)
        return scalar >= Scalar.一 ? scalar : nil
    }

    /// The lead bytes of the block's three-byte UTF-8 sequences.
    private enum UTF8Block {
        static let firstLead: UInt8 = 0xE4
        static let lastLead: UInt8 = 0xE9
        /// The marks and payload masks of a three-byte sequence.
        static let threeByteLead: UInt8 = 0xE0
        static let leadPayload: UInt8 = 0x0F
        static let continuation: UInt8 = 0x80
        static let payload: UInt8 = 0x3F
    }
}

extension NormalizedText {
    /// The same text with its Traditional characters simplified in place (``TraditionalCharacters``):
    /// the offsets, and the map back to the original, stay exactly as they were, and the original
    /// keeps its characters (a name reported from a Traditional document reads as written there).
    func simplifiedTraditional() -> NormalizedText {
        guard let simplified = TraditionalCharacters.simplify(text) else { return self }
        return replacingText(simplified)
    }

    /// The normalized text's scalar values, the buffer the scanners read.
    var scalarValues: [UInt32] {
        var values: [UInt32] = []
        values.reserveCapacity(scalarCount)
        for scalar in text.unicodeScalars { values.append(scalar.value) }
        return values
    }
}
