/// A policy term or slogan quoted in the text: 放管服, 两个率先, 十四五.
public struct Term: Sendable, Hashable {
    /// The term as written, without its quote marks.
    public var text: String
    /// Where it is in the original text.
    public var range: Range<String.Index>
    /// Where it is in the original text, in Unicode scalars.
    public var scalarOffsets: Range<Int>
}

/// Finds the text inside “…”, 「…」 and 『…』 that reads as a term rather than quoted speech.
///
/// A quotation is a term when it is short (2 to 20 characters), has a Han character, and has no
/// sentence punctuation (，。；：！？): quoted sentences are speech, not terms. A list with 、 is
/// a term only when its parts are balanced, as slogans are (千村示范、万村整治). Quoted figures
/// (“5000亿元”) and short names being defined (以下简称“澜湾高新区”) are not terms.
public struct TermExtractor: Sendable {
    /// The longest term, in characters.
    public var maximumLength = 20

    public init() {}

    /// The terms of `text`, with ranges in `text`.
    public func terms(in text: String) -> [Term] {
        let scalars = Array(text.unicodeScalars)
        var found: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard let close = Self.closing(of: scalars[index].value) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, end - index <= maximumLength + 1, scalars[end].value != close,
                scalars[end].value != 0x0A, Self.closing(of: scalars[end].value) == nil
            {
                end += 1
            }
            if end < scalars.count, scalars[end].value == close, isTerm(scalars[(index + 1)..<end]),
                !isAbbreviation(before: index, scalars)
            {
                found.append((index + 1)..<end)
                index = end + 1
            } else {
                index += 1
            }
        }
        return OffsetIndex(text).items(found) { text, range, offsets in Term(text: text, range: range, scalarOffsets: offsets) }
    }

    private func isTerm(_ content: ArraySlice<Unicode.Scalar>) -> Bool {
        guard content.count >= 2, content.count <= maximumLength else { return false }
        var hasHan = false
        var partLengths: [Int] = [0]
        for scalar in content {
            switch scalar.value {
            case 0xFF0C, 0x3002, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x2C, 0x3B, 0x3A, 0x21, 0x3F: return false
            case 0x3001: partLengths.append(0)
            case 0x3400..<0xA000:
                hasHan = true
                partLengths[partLengths.count - 1] += 1
            default:
                partLengths[partLengths.count - 1] += 1
            }
        }
        // A figure in quotes (“5000亿元”: digits, then at most three characters of unit) is
        // emphasis, not a term; 5G+工业互联网 is one.
        let afterDigits = content.drop { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
        if afterDigits.count < content.count, afterDigits.count <= 3,
            afterDigits.allSatisfy({ (0x3400..<0xA000).contains($0.value) })
        {
            return false
        }
        // A list (、) is a term only as a balanced slogan: 千村示范、万村整治; 建链、补链、强链.
        if partLengths.count > 1 {
            guard partLengths.allSatisfy({ $0 >= 2 && $0 == partLengths[0] }) else { return false }
        }
        return hasHan
    }

    /// 以下简称“澜湾高新区”: a short name being defined, not a term.
    private func isAbbreviation(before index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        index >= 2 && scalars[index - 2] == "简" && scalars[index - 1] == "称"
    }

    private static func closing(of scalar: UInt32) -> UInt32? {
        switch scalar {
        case 0x201C: 0x201D  // “ ”
        case 0x300C: 0x300D  // 「 」
        case 0x300E: 0x300F  // 『 』
        default: nil
        }
    }
}

/// Turns scalar ranges of a text into its slices and `String.Index` ranges in one pass.
struct OffsetIndex {
    let text: String
    let utf8Offsets: [Int32]

    init(_ text: String) {
        self.text = text
        var offsets: [Int32] = []
        offsets.reserveCapacity(text.utf8.count / 2)
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            offsets.append(offset)
            offset += Int32(UTF8.width(scalar))
        }
        offsets.append(offset)
        utf8Offsets = offsets
    }

    func range(_ scalars: Range<Int>) -> Range<String.Index> {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(utf8Offsets[scalars.lowerBound]))
        let upper = utf8.index(utf8.startIndex, offsetBy: Int(utf8Offsets[scalars.upperBound]))
        return lower..<upper
    }

    func items<Item>(_ ranges: [Range<Int>], _ make: (String, Range<String.Index>, Range<Int>) -> Item) -> [Item] {
        ranges.map { scalars in
            let range = range(scalars)
            return make(String(text[range]), range, scalars)
        }
    }
}
