internal import CICU

extension ICU {
    /// The Unicode properties the tokenizer reads, from ICU's character database.
    enum Properties {
        /// ICU's `UCharCategory` values used here.
        enum Category: Int32 {
            case unassigned = 0, uppercaseLetter, lowercaseLetter, titlecaseLetter, modifierLetter,
                otherLetter, nonSpacingMark, enclosingMark, combiningSpacingMark, decimalDigitNumber,
                letterNumber, otherNumber, spaceSeparator, lineSeparator, paragraphSeparator,
                control, format, privateUse, surrogate, dashPunctuation, startPunctuation,
                endPunctuation, connectorPunctuation, otherPunctuation, mathSymbol, currencySymbol,
                modifierSymbol, otherSymbol, initialPunctuation, finalPunctuation
        }

        /// ICU's `UScriptCode` values used here.
        static let scriptCommon: Int32 = 0
        static let scriptInherited: Int32 = 1
        static let scriptHan: Int32 = 17
        static let scriptLatin: Int32 = 25

        static func category(_ scalar: UInt32) -> Category {
            Category(rawValue: cicu_char_type(scalar)) ?? .unassigned
        }

        static func script(_ scalar: UInt32) -> Int32 { cicu_script(scalar) }

        static func isWhiteSpace(_ scalar: UInt32) -> Bool { cicu_is_white_space(scalar) != 0 }
    }
}
