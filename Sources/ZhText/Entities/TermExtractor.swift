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
/// A quotation is a term when its shape is a term's and the words around it do not say otherwise.
///
/// Shape: 2 to 20 characters (a Latin word counts as one) and no sentence punctuation
/// (，。；：！？): quoted sentences are speech, not terms. A list with 、 is a term only when its
/// parts are balanced, as slogans are (千村示范、万村整治). Quoted figures (“5000亿元”, “三分之一”)
/// are not terms; bare numerals are plan periods (“十四五”, “九五”) or name a plan
/// (“八七”扶贫攻坚计划), not holidays (“十一”黄金周). A formula without Han (“2+3”) is a term when
/// a policy noun follows it (现代产业体系); a Latin phrase of two or more words (“Made in China
/// 2025”) is one unless it carries a version (“… V1.0”).
///
/// Context (see `TermExtractor+Context.swift`): short names being defined or nicknames
/// (以下简称“澜湾高新区”, 被誉为“…”), quoted speech after ： or 说, brands and products (“…”牌,
/// “…”号, “…”等区域公用品牌, “…”大模型, “…”3.0版), events without policy words (夜市, 音乐季),
/// names of indicators (“…”两项指标, “…指数”), states (“…”状态, “…”趋势), metaphors closing a
/// clause (经济的“压舱石”。) and the two ends of a change (从“速度优先”向“效益优先”转变).
public struct TermExtractor: Sendable {
    /// The longest term, in characters (a Latin word counts as one character).
    public var maximumLength = 20

    /// A term reader with the default limits.
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
            while end < scalars.count, end - index <= 3 * maximumLength + 1, scalars[end].value != close,
                scalars[end] != "\n", Self.closing(of: scalars[end].value) == nil
            {
                end += 1
            }
            if end < scalars.count, scalars[end].value == close, let shape = shape(of: scalars[(index + 1)..<end]),
                QuoteContext(scalars: scalars, open: index, close: end).allows(shape)
            {
                found.append((index + 1)..<end)
                index = end + 1
            } else {
                index += 1
            }
        }
        return OffsetIndex(text).items(found) { text, range, offsets in
            Term(text: text, range: range, scalarOffsets: offsets)
        }
    }

    /// What a quotation looks like on its own, before its context is read.
    enum Shape {
        /// Han text: 放管服, 千村示范、万村整治, 5G+工业互联网.
        case words
        /// Chinese numerals only: 十四五, 八七, 十一.
        case numerals
        /// Digits, Latin letters and + without Han: 2+3, 1+X.
        case formula
        /// Two or more Latin words: Made in China 2025.
        case latinPhrase
    }

    /// The shape of a quotation's content, or nil when it cannot be a term whatever its context.
    func shape(of content: ArraySlice<Unicode.Scalar>) -> Shape? {
        var hasHan = false
        var allNumerals = true
        var length = 0  // characters, a Latin word counting as one
        var latinWords = 0  // words of Latin letters
        var hasVersion = false  // V2, 1.0
        var partLengths: [Int] = [0]
        var previous: Unicode.Scalar = " "
        for (offset, scalar) in zip(content.indices, content) {
            let next: Unicode.Scalar = offset + 1 < content.endIndex ? content[offset + 1] : " "
            if Self.sentenceMarks.contains(scalar) { return nil }
            switch scalar {
            case ".":
                // A full stop ends an English sentence; a point between digits (V1.0) does not.
                guard Self.isDigit(previous), Self.isDigit(next) else { return nil }
                hasVersion = true
            case Self.ideographicComma: partLengths.append(0)
            case _ where Self.isHan(scalar):
                hasHan = true
                partLengths[partLengths.count - 1] += 1
            default:
                partLengths[partLengths.count - 1] += 1
            }
            if !Self.numerals.contains(scalar) { allNumerals = false }
            if Self.isLatinLetter(scalar) || Self.isDigit(scalar) {
                if !Self.isLatinLetter(previous), !Self.isDigit(previous), previous != "." {
                    length += 1
                    if Self.isLatinLetter(scalar) { latinWords += 1 }
                    if scalar == "V" || scalar == "v", Self.isDigit(next) { hasVersion = true }
                }
            } else if scalar != " ", scalar != "." {
                length += 1
            }
            previous = scalar
        }
        guard length >= 2, length <= maximumLength else { return nil }
        guard hasHan else { return Self.latinShape(of: content, latinWords: latinWords, hasVersion: hasVersion) }
        // A figure in quotes (“5000亿元”: digits, then at most three characters of unit) is
        // emphasis, not a term; 5G+工业互联网 is one.
        let afterDigits = content.drop { Self.isDigit($0) || $0 == "." || $0 == "," }
        if afterDigits.count < content.count, afterDigits.count <= 3,
            afterDigits.allSatisfy(Self.isHan)
        {
            return nil
        }
        if allNumerals {
            // “三分之一”, “二点五” are figures; “十四五”, “十一” are names to be read in context.
            return content.contains(where: Self.fractionMarks.contains) ? nil : .numerals
        }
        // A list (、) is a term only as a balanced slogan: 千村示范、万村整治; 建链、补链、强链.
        if partLengths.count > 1 {
            guard partLengths.allSatisfy({ $0 >= 2 && $0 == partLengths[0] }) else { return nil }
        }
        return .words
    }

    /// The shape of a quotation without Han: 2+3, 1+X are formulas; Made in China 2025 is a
    /// phrase; 6G Testbed V1.0 is a product, no term.
    static func latinShape(of content: ArraySlice<Unicode.Scalar>, latinWords: Int, hasVersion: Bool) -> Shape? {
        if content.contains("+"), content.allSatisfy({ isLatinLetter($0) || isDigit($0) || $0 == "+" }) {
            return .formula
        }
        return latinWords >= 2 && !hasVersion ? .latinPhrase : nil
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (Scalar.cjkUnifiedIdeograph3400..<Scalar.yiSyllableIt).contains(scalar.value)
    }

    /// Chinese numerals, and 分 and 之 and 点 so that fractions and decimals read as numerals
    /// (terms/numerals.tsv).
    static let numerals = EntityTables.numerals.scalarSet(ofKind: "numeral")

    /// The numerals that make a quoted figure a fraction or a decimal (三分之一, 二点五).
    static let fractionMarks = EntityTables.numerals.scalarSet(ofKind: "fraction")

    /// Sentence punctuation, which a term never holds: quoted sentences are speech.
    static let sentenceMarks = scalars(
        Scalar.fullwidthComma, Scalar.ideographicFullStop, Scalar.fullwidthSemicolon, Scalar.fullwidthColon,
        Scalar.fullwidthExclamationMark, Scalar.fullwidthQuestionMark
    ).union([",", ";", ":", "!", "?"])

    static let ideographicComma = Unicode.Scalar(Scalar.ideographicComma)!

    /// The set of the scalars `values`.
    static func scalars(_ values: UInt32...) -> Set<Unicode.Scalar> {
        Set(values.compactMap(Unicode.Scalar.init))
    }

    /// The closing quote mark of an opening one: “ ”, 「 」, 『 』.
    static func closing(of scalar: UInt32) -> UInt32? {
        switch scalar {
        case Scalar.leftDoubleQuotationMark: Scalar.rightDoubleQuotationMark
        case Scalar.leftCornerBracket: Scalar.rightCornerBracket
        case Scalar.leftWhiteCornerBracket: Scalar.rightWhiteCornerBracket
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
