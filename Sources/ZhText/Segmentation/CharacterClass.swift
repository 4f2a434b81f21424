/// The tokenizer's classes of characters, read once from ICU's character properties.
enum CharacterClass: UInt8 {
    /// Unassigned, control, private use, symbols: each becomes its own symbol token.
    case symbol = 0
    /// Han ideographs (Script=Han, including 〇): segmented with the lexicon.
    case han
    /// Decimal digits, ASCII and full-width: the start of a number.
    case digit
    /// Latin letters, ASCII and full-width.
    case latin
    /// Letters of other scripts (kana, hangul, Thai, Cyrillic…): segmented by ICU's break iterator.
    case otherLetter
    /// White_Space characters, line breaks included.
    case whitespace
    /// Punctuation (general category P*).
    case punctuation
    /// Combining marks: they stay with the letter before them.
    case mark

    /// One class per BMP scalar, computed from ICU on first use (a few milliseconds, once).
    static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 65536)
        for value in 0..<65536 where !(Scalar.ud800..<Scalar.ue000).contains(UInt32(value)) {
            table[value] = compute(UInt32(value)).rawValue
        }
        return table
    }()

    /// The class of a scalar.
    static func of(_ scalar: UInt32) -> CharacterClass {
        scalar < Scalar.pastBMP ? CharacterClass(rawValue: table[Int(scalar)])! : compute(scalar)
    }

    private static func compute(_ scalar: UInt32) -> CharacterClass {
        typealias Category = ICU.Properties.Category
        if ICU.Properties.isWhiteSpace(scalar) { return .whitespace }
        let category = ICU.Properties.category(scalar)
        switch category {
        case .decimalDigitNumber:
            return .digit
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber:
            switch ICU.Properties.script(scalar) {
            case ICU.Properties.scriptHan: return .han
            case ICU.Properties.scriptLatin: return .latin
            case ICU.Properties.scriptCommon, ICU.Properties.scriptInherited: return .symbol
            default: return .otherLetter
            }
        case .nonSpacingMark, .enclosingMark, .combiningSpacingMark:
            return .mark
        case .dashPunctuation, .startPunctuation, .endPunctuation, .connectorPunctuation,
            .otherPunctuation, .initialPunctuation, .finalPunctuation:
            return .punctuation
        default:
            return .symbol
        }
    }
}
