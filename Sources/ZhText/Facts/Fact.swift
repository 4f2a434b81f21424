/// An indicator with its value and/or change, the period it is for, and whether it is a result,
/// an estimate or a target: 一般公共预算收入 → 512.6亿元, +9.1%, 2024, actual.
public struct Fact: Sendable, Hashable {
    /// The change a fact reports: its direction, its size and the size's unit (增长9.1% is an
    /// increase of 9.1 percent).
    public struct Change: Sendable, Hashable {
        /// Up or down; nil when the text gives a size without a direction.
        public var direction: ChangeDirection?
        /// The size of the change in `unit` (9.1 for 增长9.1%); for a range, its upper bound.
        public var value: ExactDecimal
        /// Percent, permille or percentage points.
        public var unit: Percentage.Unit
        /// The lower bound of a range (增长6%－6.5% → 6), else nil.
        public var low: ExactDecimal?
        /// The upper bound of a range (增长6%－6.5% → 6.5), else nil.
        public var high: ExactDecimal?

        /// A change of `value` `unit` in `direction`, or of a range from `low` to `high`.
        public init(
            direction: ChangeDirection?, value: ExactDecimal, unit: Percentage.Unit, low: ExactDecimal? = nil,
            high: ExactDecimal? = nil
        ) {
            self.direction = direction
            self.value = value
            self.unit = unit
            self.low = low
            self.high = high
        }

        /// The value a record prints: nil for a range (see ``low`` and ``high``), else ``value``.
        public var recordValue: ExactDecimal? { low != nil ? nil : value }
    }

    /// A fact's unit: a quantity's canonical unit (CNY, person…) or the unit of a ratio's level
    /// (percent, permille, percentage-point).
    public enum Unit: Sendable, Hashable, CustomStringConvertible {
        /// A quantity's canonical unit (CNY, person, t…).
        case measure(MeasureUnit)
        /// The unit of a ratio's level (percent, permille, percentage-point).
        case ratio(Percentage.Unit)

        /// The unit as the records write it (`CNY`, `percent`).
        public var rawValue: String {
            switch self {
            case .measure(let unit): unit.rawValue
            case .ratio(let unit): unit.rawValue
            }
        }

        /// The unit as the records write it.
        public var description: String { rawValue }

        /// The unit a record names, or nil for an unknown name.
        public init?(rawValue: String) {
            if let unit = MeasureUnit(rawValue: rawValue) {
                self = .measure(unit)
            } else if let unit = Percentage.Unit(rawValue: rawValue) {
                self = .ratio(unit)
            } else {
                return nil
            }
        }
    }

    /// Where a value started from (从54万亿元增加到82.7万亿元: 54万亿元, and the year it was).
    public struct Baseline: Sendable, Hashable {
        /// The value it started from, in the canonical unit.
        public var value: ExactDecimal
        /// The unit, as for the fact's value.
        public var unit: Unit?
        /// The year the text gives for it, else the year before the period the passage reviews.
        public var period: String?

        /// A baseline of `value` `unit` in `period`.
        public init(value: ExactDecimal, unit: Unit?, period: String?) {
            self.value = value
            self.unit = unit
            self.period = period
        }
    }

    /// Whether the figure is a result, an estimate or a target.
    public enum Status: String, Sendable, Hashable, Codable {
        /// A result: completed, or a past period's statistic (完成, 达到, 全年…增长).
        case actual
        /// A preliminary or projected figure (预计, 初步核算).
        case estimate
        /// A goal or a budgeted amount (目标, 预期, 力争, 确保, …预算为).
        case target
    }

    /// The phrase naming what is measured, as written (地区生产总值, 城镇新增就业).
    public var indicator: String
    /// The value in the canonical unit (a quantity), or the level of a ratio (58.6 for 58.6%).
    public var value: ExactDecimal?
    /// The value's unit: a quantity's canonical unit, or `percent`/`permille`/`percentage-point`
    /// for a ratio's level.
    public var unit: Unit?
    /// The change reported with the value (增长9.1%), if any.
    public var change: Change?
    /// The period: `2024`, `2024-Q1`, `2024-H1`, and so on.
    public var period: String?
    /// Whether the figure is a result, an estimate or a target.
    public var status: Status
    /// The value it went from, when the text gives one (从A提高到B: the fact is B, A its baseline).
    public var baseline: Baseline? = nil
    /// The place or body the fact is about when the sentence names one other than the document's
    /// region (东部地区生产总值 in a national bulletin → 东部地区); nil for the document's region.
    public var subject: String? = nil
    /// The evidence as written in the original text, from the indicator to the last figure.
    public var text: String
    /// Where the evidence is in the original text.
    public var range: Range<String.Index>
    /// Where the evidence is in the original text, in Unicode scalars (the records' `start` and `end`).
    public var scalarOffsets: Range<Int>
}
