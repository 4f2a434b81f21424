/// An indicator with its value and/or change, the period it is for, and whether it is a result,
/// an estimate or a target: 一般公共预算收入 → 512.6亿元, +9.1%, 2024, actual.
public struct Fact: Sendable, Hashable {
    /// The change a fact reports.
    public struct Change: Sendable, Hashable {
        public var direction: Percentage.Change?
        public var value: ExactDecimal
        public var unit: Percentage.Unit
    }

    /// Whether the figure is a result, an estimate or a target.
    public enum Status: String, Sendable, Hashable, Codable {
        case actual, estimate, target
    }

    /// The phrase naming what is measured, as written (地区生产总值, 城镇新增就业).
    public var indicator: String
    /// The value in the canonical unit (a quantity), or the level of a ratio (58.6 for 58.6%).
    public var value: ExactDecimal?
    /// The value's unit: a quantity's canonical unit, or `percent`/`permille`/`percentage-point`
    /// for a ratio's level (as the unit's raw value).
    public var unit: String?
    public var change: Change?
    /// The period: `2024`, `2024-Q1`, `2024-H1`…
    public var period: String?
    public var status: Status
    /// The evidence in the original text, from the indicator to the last figure.
    public var range: Range<String.Index>
    public var scalarOffsets: Range<Int>
}
