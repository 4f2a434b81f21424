/// A number with a unit or measure word (512.6亿元, 2.7万人, 1850户), or a bare cardinal.
public struct Quantity: Sendable, Hashable {
    /// The figure exactly as written in the original text.
    public var text: String
    /// Where it is in the original text.
    public var range: Range<String.Index>
    /// Where it is in the original text, in Unicode scalars (the records' `start` and `end`).
    public var scalarOffsets: Range<Int>
    /// The value in the canonical unit, multiplier applied; nil for a range.
    public var value: ExactDecimal?
    /// The canonical unit; nil for a bare cardinal.
    public var unit: MeasureUnit?
    /// The number as written (512.6), without multiplier.
    public var number: ExactDecimal?
    /// The multiplier (100000000 for 亿), if any.
    public var multiplier: ExactDecimal?
    /// The unit as written (元, 平方米), if any.
    public var surfaceUnit: String?
    /// The measure word of a `count` (个, 家, 项…).
    public var classifier: String?
    /// Whether a qualifier makes the figure approximate (约, 近, 超, 余, 多, 左右…).
    public var approximate: Bool
    /// The qualifier's text, also for bounds (最多, 不超过), which are not approximate.
    public var qualifier: String?
    /// The bounds of a range (3至5万元, 七八十人), in the canonical unit.
    public var low: ExactDecimal?
    /// The upper bound of a range, in the canonical unit.
    public var high: ExactDecimal?
}

/// A percentage, permille or percentage-point figure, with the change it describes.
public struct Percentage: Sendable, Hashable {
    /// What kind of ratio the figure is.
    public enum Unit: String, Sendable, Hashable, Codable {
        /// Percent (%, ％, 百分之, 成), permille (‰, 千分之).
        case percent, permille
        /// Percentage points (个百分点).
        case percentagePoint = "percentage-point"
        /// A fraction (四分之一, 2/3, 万分之三): exact in ``Percentage/numerator`` and ``Percentage/denominator``.
        case fraction
    }

    /// The older name of `ChangeDirection`.
    @available(*, deprecated, renamed: "ChangeDirection")
    public typealias Change = ChangeDirection

    /// The figure exactly as written in the original text.
    public var text: String
    /// Where it is in the original text.
    public var range: Range<String.Index>
    /// Where it is in the original text, in Unicode scalars.
    public var scalarOffsets: Range<Int>
    /// The figure in its unit: 9.1 for 9.1%, 30 for 三成.
    ///
    /// For a range (6.5%－7%) it is the upper
    /// bound, and for a fraction the quotient (cut after 12 decimal places when it does not end,
    /// 2/3 → 0.666666666666): records print ``recordValue``, which is nil for both.
    public var value: ExactDecimal
    /// Percent, permille, percentage points, or a fraction.
    public var unit: Unit
    /// Whether a qualifier makes the figure approximate (约, 左右, 以上…).
    public var approximate: Bool
    /// The qualifier's text, also for bounds (不超过), which are not approximate.
    public var qualifier: String?
    /// The direction the figure describes, when it is an amount of change.
    public var change: ChangeDirection?
    /// The bounds of a range of percentages (6.5%－7%, 6%—6.5%), in the unit.
    public var low: ExactDecimal? = nil
    /// The upper bound of a range.
    public var high: ExactDecimal? = nil
    /// A fraction's numerator and denominator, exact integers (万分之三 → 3 and 10000).
    public var numerator: ExactDecimal? = nil
    /// A fraction's denominator.
    public var denominator: ExactDecimal? = nil

    /// The value a record prints: nil for a range (see ``low`` and ``high``) and for a fraction
    /// (see ``numerator`` and ``denominator``), else ``value``.
    public var recordValue: ExactDecimal? {
        low != nil || unit == .fraction ? nil : value
    }
}

/// The direction of a change: 增长 9.1% is an increase, 下降 0.3 个百分点 a decrease.
public enum ChangeDirection: String, Sendable, Hashable, Codable {
    /// Up: 增长, 提高, 上升, 增加, 上涨.
    case increase
    /// Down: 下降, 减少, 降低, 回落.
    case decrease
}

/// A date, a period or a relative year word, with its normalized value.
public struct DateMention: Sendable, Hashable {
    /// What the value describes.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A day with a clock time (`2024-03-05T09:30:00`).
        case datetime
        /// A day (`2024-03-05`).
        case date
        /// A month or a range of months (`2024-12`, `2025-01/2025-02`).
        case month
        /// A year (`2024`).
        case year
        /// A quarter or a range of quarters (`2024-Q4`, `2024-Q1/2024-Q3`).
        case quarter
        /// A half year (`2024-H1`).
        case half
        /// A span of years (十四五 → `2021/2025`).
        case period
        /// A word counted from the text's present (今年, 上年, 五年来), resolved where the text allows.
        case relative
    }

    /// The date as written in the original text.
    public var text: String
    /// Where it is in the original text.
    public var range: Range<String.Index>
    /// Where it is in the original text, in Unicode scalars.
    public var scalarOffsets: Range<Int>
    /// ISO-like value: `2024-03-05T09:30:00`, `2024-03-05`, `2024-12`, `2024`, `2024-Q4`,
    /// `2024-Q1/2024-Q3`, `2024-H1`, `2021/2025`; the resolved year for relative words; nil when
    /// the year cannot be known.
    public var value: String?
    /// What the value describes.
    public var kind: Kind
}

/// The figures found in a text.
public struct Figures: Sendable, Hashable {
    /// The quantities, in text order.
    public var quantities: [Quantity] = []
    /// The percentages, in text order.
    public var percentages: [Percentage] = []
    /// The dates and periods, in text order.
    public var dates: [DateMention] = []
}
