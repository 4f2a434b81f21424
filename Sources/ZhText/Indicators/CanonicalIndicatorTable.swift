internal import ZhTextData

/// The table of canonical indicators and how a phrase is matched against it.
///
/// A phrase matches in three steps, each tried only when the one before finds nothing:
/// 1. **alias**: the phrase, with full-width Latin letters, digits and brackets folded to ASCII
///    and letters upper-cased, is an alias (`ＧＤＰ` → `GDP`).
/// 2. **scope dropped**: a scope word before it (全省, 全国, 我市…) is dropped: 全省地区生产总值.
/// 3. **change dropped**: a word of change after it (增长, 增速, 涨幅…) is dropped:
///    地区生产总值增速, 居民消费价格涨幅.
///
/// Nothing else is guessed: 城镇新增就业多增 or 全社会研发经费投入强度 name other measures.
public struct CanonicalIndicatorTable: Sendable {
    /// A malformed row of a table.
    public struct FormatError: Error, Sendable, CustomStringConvertible {
        /// The 1-based line.
        public var line: Int
        /// What is wrong.
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// The measures, in the table's order.
    public private(set) var indicators: [CanonicalIndicator] = []
    /// The measures by id.
    public private(set) var byID: [String: CanonicalIndicator] = [:]
    /// The folded aliases and the id each names.
    private var aliases: [String: String] = [:]

    /// Scope words that may stand before an indicator without changing the measure (全省, 我市), longest first.
    static let scopeWords: [String] = sortedByLength(IndicatorTables.strings("canonical-scope"))
    /// Words of change (and 总量) that may follow an indicator: the measure stays the same (增速, 涨幅),
    /// longest first.
    static let changeWords: [String] = sortedByLength(
        IndicatorTables.changeWords("canonical").map(\.text) + IndicatorTables.strings("canonical-tail"))

    /// The built-in table (`canonical.tsv`, compiled into the binary).
    public static let builtIn: CanonicalIndicatorTable = {
        var size = 0
        let bytes = zhtext_canonical_indicators(&size)!
        let text = String(decoding: UnsafeBufferPointer(start: bytes, count: size), as: UTF8.self)
        do {
            return try CanonicalIndicatorTable(tsv: text)
        } catch {
            preconditionFailure("the embedded indicator table is invalid: \(error)")
        }
    }()

    /// Reads a table of `#` comment lines, a header line starting `id`, then rows.
    ///
    /// A row is `id<TAB>kind<TAB>English name<TAB>aliases separated by spaces`; an alias may name one id only.
    public init(tsv: String) throws(FormatError) {
        var number = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("id\t") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { throw FormatError(line: number, message: "expected 4 tab-separated fields") }
            guard let kind = CanonicalIndicator.Kind(rawValue: fields[1]) else {
                throw FormatError(line: number, message: "unknown kind \(fields[1])")
            }
            guard byID[fields[0]] == nil else { throw FormatError(line: number, message: "id \(fields[0]) twice") }
            let names = fields[3].split(separator: " ").map(String.init)
            let indicator = CanonicalIndicator(id: fields[0], kind: kind, name: fields[2], aliases: names)
            for alias in names {
                let key = Self.folded(alias)
                if let other = aliases[key] {
                    throw FormatError(line: number, message: "alias \(alias) already names \(other)")
                }
                aliases[key] = indicator.id
            }
            indicators.append(indicator)
            byID[indicator.id] = indicator
        }
    }

    /// The names of the matching steps (the type's summary), for the rule catalog.
    static let steps = ["canonical-alias", "canonical-scope-dropped", "canonical-change-dropped"]

    /// The measure a phrase names, or nil (the steps are in the type's summary).
    public func matching(_ phrase: String) -> CanonicalIndicator? {
        let key = Self.folded(phrase)
        if let id = aliases[key] { return byID[id] }
        let scoped = Self.droppingScope(key)
        if scoped != key, let id = aliases[scoped] { return byID[id] }
        for word in Self.changeWords where scoped.hasSuffix(word) && scoped.count > word.count {
            if let id = aliases[String(scoped.dropLast(word.count))] { return byID[id] }
        }
        return nil
    }

    /// The phrase without one scope word at its start.
    static func droppingScope(_ phrase: String) -> String {
        for word in scopeWords where phrase.hasPrefix(word) && phrase.count > word.count {
            return String(phrase.dropFirst(word.count))
        }
        return phrase
    }

    /// Full-width ASCII (ＧＤＰ, （）) as ASCII, letters upper-cased, spaces dropped.
    static func folded(_ phrase: String) -> String {
        let fullwidth = Scalar.fullwidthExclamationMark...Scalar.fullwidthTilde
        let fullwidthOffset = Scalar.fullwidthExclamationMark - Indicator.ASCII.exclamationMark
        let caseOffset = Indicator.ASCII.smallLetters.lowerBound - Indicator.ASCII.capitals.lowerBound
        var scalars = String.UnicodeScalarView()
        for scalar in phrase.unicodeScalars {
            var value = scalar.value
            if fullwidth.contains(value) { value -= fullwidthOffset }
            if Indicator.ASCII.smallLetters.contains(value) { value -= caseOffset }
            if value == Indicator.ASCII.space || value == Scalar.ideographicSpace { continue }
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    private static func sortedByLength(_ words: [String]) -> [String] {
        IndicatorTables.sortedByLength(words.map { Keyword(stringLiteral: $0) }).map(\.text)
    }
}
