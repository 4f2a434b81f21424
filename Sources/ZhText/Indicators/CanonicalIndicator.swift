/// A measure that reports name in many ways, under one id: 国内生产总值, 地区生产总值, 生产总值,
/// GDP and 经济增长 are all `gdp`.
///
/// ```swift
/// CanonicalIndicator.matching("全省地区生产总值")?.id  // "gdp"
/// ```
///
/// The table is data (`Sources/ZhTextData/indicators/canonical.tsv`), compiled into the binary.
public struct CanonicalIndicator: Sendable, Hashable, Codable {
    /// What a measure's figures are.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// An amount, usually reported with its growth (GDP, revenue, output).
        case level
        /// A change reported as a rate (consumer prices rose 2%).
        case growth
        /// A share or rate (unemployment rate, deficit ratio, urbanization rate).
        case ratio
        /// A number of people or things (new urban jobs, population).
        case count
    }

    /// The stable id (`gdp`, `cpi`, `urban_new_jobs`).
    public var id: String
    /// What the figures are.
    public var kind: Kind
    /// The measure's name in English.
    public var name: String
    /// The phrases that name it, as the table lists them.
    public var aliases: [String]

    /// A measure of the table.
    public init(id: String, kind: Kind, name: String, aliases: [String]) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
    }

    /// Every measure of the built-in table, in its order.
    public static var all: [CanonicalIndicator] { CanonicalIndicatorTable.builtIn.indicators }

    /// The measure with this id, if the table has it.
    public static func withID(_ id: String) -> CanonicalIndicator? {
        CanonicalIndicatorTable.builtIn.byID[id]
    }

    /// The measure an indicator phrase names, or nil when no entry fits (see
    /// ``CanonicalIndicatorTable/matching(_:)``).
    public static func matching(_ phrase: String) -> CanonicalIndicator? {
        CanonicalIndicatorTable.builtIn.matching(phrase)
    }
}

extension Fact {
    /// The canonical measure this fact's indicator names (`gdp` for 地区生产总值), or nil when no
    /// entry of the table fits.
    public var canonical: CanonicalIndicator? { CanonicalIndicator.matching(indicator) }
}
